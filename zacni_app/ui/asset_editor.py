"""The editor of a file's description: a photo, a recording, a video or a scanned document.

Above the form, what the file itself says (its picture, length, size, camera…), read-only: the
master is stored once and never edited, and update_asset refuses its technical columns. Below,
what the catalogue says about it: title, description, when and where it was taken, subjects,
its interview and collection, and the people seen or heard in it, by role; these are what decide,
with their consents, who may see the file.
"""

from __future__ import annotations

from html import escape
from typing import Any, ClassVar

from archive_schema import ACCESS_LEVELS
from zacni_app.core.catalogue_queries import format_duration
from zacni_app.core.thumbnails import thumbnail_path
from zacni_app.ui.editors import EDITORS, RecordEditor
from zacni_app.ui.language import value_label
from zacni_app.ui.link_fields import RecordField, RolePeopleField
from zacni_app.ui.qt import QLabel, QPixmap, Qt
from zacni_app.ui.record_form import ChoiceField, LabelsField, LineField, NameField, TextField
from zacni_app.ui.record_kinds import Values

PREVIEW_WIDTH = 320


class AssetEditor(RecordEditor):
    kind = "asset"
    CHOICES: ClassVar[tuple[str, ...]] = ("people", "subjects", "places", "interviews", "collections")
    CAN_CREATE: ClassVar[bool] = False  # files come in by importing them
    ALIASES: ClassVar[dict[str, str]] = {"interview": "interview_id", "subject": "subjects"}

    def build(self) -> None:
        self.preview = QLabel()
        self.preview.setObjectName("asset_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.addRow(self.preview)
        self.facts = QLabel()
        self.facts.setObjectName("asset_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.facts)
        self.add(self.tr("Title"), LineField("title"))
        self.add(self.tr("Description"), TextField("description", 4))
        self.add(self.tr("Taken on"), LineField("taken_at", self.tr("YYYY-MM-DD or YYYY-MM-DD HH:MM")))
        self.add(self.tr("Place"), NameField("place"), "places")
        self.add(
            self.tr("Subjects"), LabelsField("subjects", self.tr("e.g. beekeeping, embroidery")), "subjects"
        )
        interview = RecordField("interview_id", self.tr("the interview's title; empty: none"))
        self.linked(self.add(self.tr("Interview"), interview, "interviews"), "interview")
        self.add(self.tr("People"), RolePeopleField("people", self.role_labels()), "people")
        self.add(self.tr("Collection"), NameField("collection"), "collections")
        self.add(self.tr("Access"), ChoiceField("access", ACCESS_LEVELS))

    def role_labels(self) -> dict[str, str]:
        return {
            "depicted": self.tr("Seen in it"),
            "speaker": self.tr("Heard in it"),
            "photographer": self.tr("Photographed by"),
            "author": self.tr("Made by"),
            "donor": self.tr("Given by"),
        }

    def kind_label(self) -> str:
        return self.tr("file")

    def show_record(self, record_id: int | None, values: Values, version: int | None) -> None:
        super().show_record(record_id, values, version)
        file: dict[str, Any] = values.get("file") or {}
        self.facts.setText(self.facts_html(file))
        self._show_preview(file)

    def facts_html(self, file: dict[str, Any]) -> str:
        """The file's own facts, one per line, only those it has."""
        if not file:
            return ""
        size = f"{file['width']} × {file['height']}" if file.get("width") else None
        warnings = ", ".join(w.get("code", "") for w in file.get("warnings") or [])
        facts = [
            (self.tr("Kind"), value_label(file["kind"])),
            (self.tr("File"), file["original_name"]),
            (self.tr("Length"), format_duration(file.get("duration_ms")) or None),
            (self.tr("Size in pixels"), size),
            (self.tr("Camera"), file.get("camera")),
            (self.tr("Format"), " · ".join(str(v) for v in (file.get("mime"), file.get("codec")) if v)),
            (self.tr("Bytes"), f"{file['size']:,}".replace(",", " ")),
            (self.tr("Problems found on import"), warnings or None),
        ]
        rows = "".join(
            f"<tr><td style='color:#555;padding-right:10px'>{escape(k)}</td><td>{escape(str(v))}</td></tr>"
            for k, v in facts
            if v not in (None, "")
        )
        return f"<table>{rows}</table>"

    def _show_preview(self, file: dict[str, Any]) -> None:
        picture = QPixmap()
        if self.derivatives is not None and file.get("kind") in ("image", "document"):
            large = thumbnail_path(self.derivatives, file["sha256"], "large")
            if large.exists():
                picture.load(str(large))
        self.form.setRowVisible(self.preview, not picture.isNull())
        if picture.isNull():
            self.preview.clear()
            return
        width = min(PREVIEW_WIDTH, picture.width())
        self.preview.setPixmap(picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def update_heading(self) -> None:
        file = self.loaded.get("file") or {}
        self.heading.setText(self.loaded.get("title") or file.get("original_name") or "")


EDITORS.update(asset=AssetEditor)
