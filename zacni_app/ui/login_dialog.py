"""Who works at this PC: a user from the list and, when the account has one, a password.

Shown at start only when some user of the archive has a password (a shared PC); a single-PC
archive whose users have none opens straight away as the chosen user, as the CLI does.
"""

from __future__ import annotations

from zacni_app.core import login
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.ui.messages import error_message
from zacni_app.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class LoginDialog(QDialog):
    def __init__(self, archive: Archive, users: list[tuple[str, str, bool]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.archive = archive
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Zacni — who is working?"))
        self.user = QComboBox()
        self.user.setObjectName("login_user")
        for name, display, has_password in users:
            self.user.addItem(display if display == name else f"{display} ({name})", (name, has_password))
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.user.currentIndexChanged.connect(self._user_changed)
        self._user_changed()

    def _user_changed(self) -> None:
        data = self.user.currentData()
        needs_password = bool(data and data[1])
        self.password.setEnabled(needs_password)
        self.password.setPlaceholderText("" if needs_password else self.tr("this user has no password"))
        self.error.clear()

    def try_login(self) -> None:
        """Accept with the actor on success; otherwise say why and let the user try again."""
        name, has_password = self.user.currentData()
        try:
            if has_password:
                self.actor = login.authenticate(self.archive, name, self.password.text())
            else:
                self.actor = self.archive.actor(name)
        except ZacniError as error:
            self.error.setText(self._refusal(error))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    def _refusal(self, error: ZacniError) -> str:
        if error.code == "login_failed":
            return self.tr("Wrong user name or password.")
        if error.code == "locked":
            return self.tr("Too many wrong passwords: the account is locked for a while. ({0})").format(
                error.message
            )
        return error_message(error)
