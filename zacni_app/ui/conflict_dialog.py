"""The choice shown when another PC saved a record first: never a silent overwrite."""

from __future__ import annotations

from typing import Literal

from zacni_app.ui.qt import QMessageBox, QPushButton, QWidget

Choice = Literal["reload", "overwrite", "cancel"]


class ConflictDialog(QMessageBox):
    """Przeładuj (take theirs) / Nadpisz moją wersją (keep mine) / Anuluj (decide later)."""

    def __init__(self, parent: QWidget | None, what: str) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setText(self.tr("Someone else saved “{0}” after you opened it.").format(what))
        self.setInformativeText(
            self.tr(
                "Reload shows their version and drops your changes. "
                "Overwrite saves your version over theirs. "
                "Cancel keeps your changes on screen, unsaved."
            )
        )
        self.reload_button = self._button("reload", self.tr("Reload"), QMessageBox.ButtonRole.ResetRole)
        self.overwrite_button = self._button(
            "overwrite", self.tr("Overwrite with my version"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self._button("cancel", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.reload_button)
        self.setEscapeButton(self.cancel_button)

    def _button(self, name: str, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        button.setObjectName(f"conflict_{name}")
        return button

    def choose(self) -> Choice:
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.reload_button:
            return "reload"
        if clicked is self.overwrite_button:
            return "overwrite"
        return "cancel"
