"""Records linked to the one in the editor, listed under its form: an interview's files, a
person's interviews.

The list is read-only (links are made where they are kept: a file names its interview, an
interview its narrators); a double-click or Open shows the linked record in its own section.
An interview's list also offers to import more files straight into it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zacni_app.core.catalogue_queries import format_duration
from zacni_app.ui.language import value_label
from zacni_app.ui.link_fields import fit_list
from zacni_app.ui.qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def related_line(row: dict[str, Any]) -> str:
    """The title, then what the record is to this one: "nagranie · 1:31:05", "narrator · 2025-03-15"."""
    details = [value_label(str(row["what"]))]
    if row.get("duration_ms"):
        details.append(format_duration(int(row["duration_ms"])))
    if row.get("date"):
        details.append(str(row["date"]))
    return f"{row['title']}\n" + " · ".join(details)


class RelatedList(QWidget):
    """One line per linked record; `add_text` (if given) names a button that asks for more.

    Rows are dicts with "id" and "kind" (or all of `kind`), written by `line`; `unsaved_text`
    is what is said while the record itself is not saved yet (rows None).
    """

    open_record = Signal(str, int)  # kind, id
    add_requested = Signal()

    def __init__(
        self,
        name: str,
        empty_text: str,
        add_text: str = "",
        *,
        kind: str = "",
        line: Callable[[dict[str, Any]], str] = related_line,
        unsaved_text: str = "",
        most: int = 4,
    ) -> None:
        super().__init__()
        self.setObjectName(f"related_{name}")
        self.empty_text = empty_text
        self.unsaved_text = unsaved_text
        self.kind = kind
        self.line = line
        self.most = most
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName(f"open_{name}_button")
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"add_{name}_button")
        self.may_add = bool(add_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.list.itemDoubleClicked.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem() or self.list.item(0)))
        self.add_button.clicked.connect(self.add_requested.emit)

    def set_rows(self, rows: list[dict[str, Any]] | None, *, may_add: bool) -> None:
        """`rows` None: the record is not saved yet, so nothing can be linked to it."""
        self.list.clear()
        for row in rows or []:
            item = QListWidgetItem(self.line(row))
            item.setData(KIND_ROLE, row.get("kind", self.kind))
            item.setData(ID_ROLE, int(row["id"]))
            item.setToolTip(str(row.get("title") or item.text()))
            self.list.addItem(item)
        fit_list(self.list, self.most)
        self.note.setText(self.empty_text if rows is not None else self.unsaved_text)
        self.note.setVisible(not rows and bool(self.note.text()))
        self.list.setVisible(bool(rows))
        self.open_button.setVisible(bool(rows))
        self.add_button.setVisible(self.may_add and may_add and rows is not None)

    def linked(self) -> list[tuple[str, int]]:
        """(kind, id) of each listed record, in the list's order."""
        items = [self.list.item(n) for n in range(self.list.count())]
        return [(str(i.data(KIND_ROLE)), int(i.data(ID_ROLE))) for i in items]

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_record.emit(str(item.data(KIND_ROLE)), int(item.data(ID_ROLE)))
