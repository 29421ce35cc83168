"""Before an import, what will be taken in; after it, what was imported, found a duplicate or refused.

The list before is made by the core's own `collect_files` (the same folder walk the import does),
grouped by the kind of file its name suggests; the file's content decides in the end, and a
file that is not what its name says is reported afterwards. The report after lists the core's
IngestReport as it is, every refusal and warning in Polish from its stable code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.core.ingest import IngestReport, IngestTarget, collect_files, display_path
from zacni_app.ui.import_reasons import reason_text
from zacni_app.ui.language import value_label
from zacni_app.ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLocale,
    QStandardItem,
    QStandardItemModel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

_EXTENSIONS = {
    "image": "jpg jpeg jpe jfif png tif tiff webp gif bmp heic heif hif avif",
    "audio": "wav wave bwf mp3 flac aac m4a m4b ogg oga opus mka wma",
    "video": "mp4 m4v mov qt mkv mk3d webm avi ogv 3gp mts m2ts",
    "document": "pdf",
}
KIND_BY_EXTENSION = {ext: kind for kind, names in _EXTENSIONS.items() for ext in names.split()}
KIND_ORDER = ("image", "audio", "video", "document", "unknown")


def guess_kind(path: Path) -> str:
    """What a file probably is, by its name; "unknown" when the name does not say."""
    return KIND_BY_EXTENSION.get(path.suffix[1:].casefold(), "unknown")


def data_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


@dataclass
class ImportPlan:
    """What an import of `paths` would take in, before anything is copied."""

    paths: list[Path]
    target: IngestTarget
    target_label: str
    files: list[Path] = field(default_factory=list)
    sizes: dict[Path, int] = field(default_factory=dict)
    refused: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total_size(self) -> int:
        return sum(self.sizes.values())

    def by_kind(self) -> dict[str, list[Path]]:
        groups: dict[str, list[Path]] = {}
        for path in self.files:
            groups.setdefault(guess_kind(path), []).append(path)
        return {kind: groups[kind] for kind in KIND_ORDER if kind in groups}


def plan_import(paths: list[Path], target: IngestTarget, target_label: str) -> ImportPlan:
    found = IngestReport()
    plan = ImportPlan(list(paths), target, target_label, collect_files(list(paths), found))
    plan.refused = found.rejected
    for path in plan.files:
        try:
            plan.sizes[path] = path.stat().st_size
        except OSError:
            plan.sizes[path] = 0
    return plan


def target_label(archive: Archive, actor: Actor, target: IngestTarget) -> str:
    """What the new files will be attached to, in words."""
    from zacni_app.core.interviews import get_interview
    from zacni_app.core.people import get_person

    try:
        with archive.session(actor) as s:
            if target.interview_id is not None:
                title = get_interview(s, target.interview_id).title
                return translate("ImportDialog", "attached to the interview “{0}”").format(title)
            if target.person_id is not None:
                name = get_person(s, target.person_id).name
                return translate("ImportDialog", "attached to the person “{0}”").format(name)
    except ZacniError:
        pass
    return translate("ImportDialog", "not attached to any interview or person")


def kind_group_label(kind: str) -> str:
    labels = {
        "image": translate("ImportDialog", "Photos and scans"),
        "audio": translate("ImportDialog", "Recordings"),
        "video": translate("ImportDialog", "Videos"),
        "document": translate("ImportDialog", "Documents (PDF)"),
        "unknown": translate("ImportDialog", "Other files (their content will be checked)"),
    }
    return labels[kind]


def _tree(name: str) -> tuple[QTreeView, QStandardItemModel]:
    model = QStandardItemModel()
    view = QTreeView()
    view.setObjectName(name)
    view.setModel(model)
    view.setHeaderHidden(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformRowHeights(True)
    return view, model


def _item(text: str, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def item_texts(model: QStandardItemModel) -> list[str]:
    """Every line of a tree, parents before their children (what the user reads; tests read it too)."""
    lines: list[str] = []

    def walk(parent: QStandardItem) -> None:
        for row in range(parent.rowCount()):
            child = parent.child(row)
            lines.append(child.text())
            walk(child)

    walk(model.invisibleRootItem())
    return lines


class ImportDialog(QDialog):
    """Lists what will be imported; Import starts it (the window runs it in the background)."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import files"))
        self.plan = plan
        self.resize(620, 460)
        self.view, self.model = _tree("import_files")
        self._fill()
        self.view.expandAll()
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("start_import")
        self.import_button.setEnabled(bool(plan.files))
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def _summary(self) -> str:
        plan = self.plan
        if not plan.files:
            return self.tr("There is nothing here that could be imported.")
        return self.tr("Files to import: {0} ({1} in all), {2}.").format(
            len(plan.files), data_size(plan.total_size), plan.target_label
        )

    def _fill(self) -> None:
        root = self.model.invisibleRootItem()
        for kind, paths in self.plan.by_kind().items():
            size = data_size(sum(self.plan.sizes[p] for p in paths))
            group = _item(f"{kind_group_label(kind)}: {len(paths)} ({size})")
            for path in paths:
                shown = display_path(path)
                group.appendRow(_item(f"{path.name} — {data_size(self.plan.sizes[path])}", shown))
            root.appendRow(group)
        if self.plan.refused:
            group = _item(self.tr("Cannot be imported: {0}").format(len(self.plan.refused)))
            for entry in self.plan.refused:
                group.appendRow(_refusal(entry))
            root.appendRow(group)

    def lines(self) -> list[str]:
        return item_texts(self.model)


def _refusal(entry: dict[str, Any]) -> QStandardItem:
    name = Path(str(entry["path"])).name
    reason = reason_text(entry.get("code"), str(entry.get("reason", "")))
    return _item(f"{name} — {reason}", f"{entry['path']}\n{entry.get('reason', '')}")


def _imported(entries: Iterable[dict[str, Any]]) -> Iterable[QStandardItem]:
    for entry in entries:
        item = _item(
            f"{Path(str(entry['path'])).name} — {value_label(str(entry.get('kind', '')))}", str(entry["path"])
        )
        details = entry.get("warnings") or []
        codes = entry.get("warning_codes") or [None] * len(details)
        for code, detail in zip(codes, details, strict=False):
            warning = translate("ImportDialog", "Warning: {0}").format(reason_text(code, detail))
            item.appendRow(_item(warning, detail))
        yield item


class ImportReportDialog(QDialog):
    """Three lists: imported (with their warnings), duplicates, refused (with the reason)."""

    def __init__(self, report: IngestReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(self.tr("Import finished"))
        self.report = report
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        if report.cancelled:
            note = QLabel(self.tr("The import was cancelled; what is listed here was done before that."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.imported, imported = self._section(
            layout, "report_imported", self.tr("Imported: {0}").format(len(report.imported))
        )
        for item in _imported(report.imported):
            imported.appendRow(item)
        self.imported.expandAll()
        self.duplicates, duplicates = self._section(
            layout, "report_duplicates", self.tr("Already in the archive: {0}").format(len(report.duplicates))
        )
        for entry in report.duplicates:
            text = self.tr("{0} — the same file is already in the archive (no. {1})").format(
                Path(str(entry["path"])).name, entry["asset_id"]
            )
            duplicates.appendRow(_item(text, str(entry["path"])))
        self.refused, refused = self._section(
            layout, "report_refused", self.tr("Refused: {0}").format(len(report.rejected))
        )
        for entry in report.rejected:
            refused.appendRow(_refusal(entry))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _section(self, layout: QVBoxLayout, name: str, heading: str) -> tuple[QTreeView, QStandardItemModel]:
        label = QLabel(f"<b>{heading}</b>")
        label.setObjectName(f"{name}_heading")
        view, model = _tree(name)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        return view, model

    def lines(self, view: QTreeView) -> list[str]:
        model = view.model()
        assert isinstance(model, QStandardItemModel)
        return item_texts(model)
