"""The consents of a person, listed under the person's editor, with "Add a consent".

A consent is opened in its own editor (consent_editor) from here; the list only says, in one
line each, what the person agreed to, for which interview, and whether it was withdrawn or is
under embargo, since that is what decides who sees their material.
"""

from __future__ import annotations

from typing import Any

from zacni_app.ui.link_fields import fit_list
from zacni_app.ui.qt import (
    QCoreApplication,
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

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


def scope_labels() -> dict[str, str]:
    """What each consent scope allows, in the window's words."""
    return {
        "archive": translate("Consents", "keeping in the archive only"),
        "research": translate("Consents", "research use"),
        "publish": translate("Consents", "publication without name"),
        "publish-with-name": translate("Consents", "publication with name"),
    }


def consent_line(row: dict[str, Any]) -> str:
    """Two lines: what was agreed and whether it still holds; then for what, and when signed."""
    first = scope_labels().get(row["scope"], row["scope"])
    if row.get("withdrawn"):
        first += " — " + translate("Consents", "WITHDRAWN {0}").format(row["withdrawn"])
    elif row.get("embargo_until"):
        first += " — " + translate("Consents", "embargo until {0}").format(row["embargo_until"])
    if row.get("interview"):
        second = [translate("Consents", "for “{0}”").format(row["interview"])]
    else:
        second = [translate("Consents", "for all their material")]
    if row.get("signed"):
        second.append(translate("Consents", "signed {0}").format(row["signed"]))
    return first + "\n" + ", ".join(second)


class ConsentList(QWidget):
    """One line per consent; double-click or Open shows it in the consent editor."""

    open_consent = Signal(int)
    add_consent = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consent_list")
        self.list = QListWidget()
        self.list.setObjectName("consents")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("open_consent_button")
        self.add_button = QPushButton(self.tr("Add a consent…"))
        self.add_button.setObjectName("add_consent_button")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.list.itemDoubleClicked.connect(lambda item: self.open_consent.emit(int(item.data(ID_ROLE))))
        self.open_button.clicked.connect(self._open_current)
        self.add_button.clicked.connect(self.add_consent.emit)

    def set_consents(self, rows: list[dict[str, Any]] | None, *, may_add: bool) -> None:
        """`rows` None: the person is not saved yet, so there is nothing to attach a consent to."""
        self.list.clear()
        for row in rows or []:
            item = QListWidgetItem(consent_line(row))
            item.setData(ID_ROLE, row["id"])
            item.setToolTip(item.text())
            self.list.addItem(item)
        fit_list(self.list, 3)
        if rows is None:
            self.note.setText(self.tr("Save the person first; then add their consent."))
        elif not rows:
            self.note.setText(self.tr("No signed consent on file: their material stays with the staff."))
        self.note.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self.open_button.setVisible(bool(rows))
        self.add_button.setVisible(may_add and rows is not None)

    def _open_current(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.open_consent.emit(int(item.data(ID_ROLE)))
