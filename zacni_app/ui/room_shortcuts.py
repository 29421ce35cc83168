"""The transcriptionist's keys: they work while typing, can be changed, and are kept in QSettings.

A text field claims keys it knows (Ctrl+Left moves a word) before any window shortcut sees them:
Qt first offers the key to the focus widget as a ShortcutOverride, and a QLineEdit or
QPlainTextEdit accepts it. `TypingShortcuts` watches those offers in the listening room and turns
down the ones that are a transcriptionist's shortcut, so the action fires instead; every other
key still belongs to the text field.
"""

from __future__ import annotations

from collections.abc import Iterable

from zacni_app.ui.qt import (
    QAction,
    QApplication,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QKeyEvent,
    QKeySequence,
    QKeySequenceEdit,
    QObject,
    QPushButton,
    QSettings,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate
SETTINGS_GROUP = "listening_room/shortcuts"

#: name → default key, in the order the dialog lists them
DEFAULTS: dict[str, str] = {
    "play_pause": "Ctrl+Space",
    "back": "Ctrl+Left",
    "forward": "Ctrl+Right",
    "insert_cue": "Ctrl+T",
    "insert_time": "Ctrl+Shift+T",
    "slower": "Ctrl+,",
    "faster": "Ctrl+.",
}


def shortcut_labels() -> dict[str, str]:
    return {
        "play_pause": translate("RoomShortcuts", "Play / pause"),
        "back": translate("RoomShortcuts", "Back 5 seconds"),
        "forward": translate("RoomShortcuts", "Forward 5 seconds"),
        "insert_cue": translate("RoomShortcuts", "New cue at the current time"),
        "insert_time": translate("RoomShortcuts", "Insert the current time into the text"),
        "slower": translate("RoomShortcuts", "Slower"),
        "faster": translate("RoomShortcuts", "Faster"),
    }


def load_shortcuts(settings: QSettings) -> dict[str, QKeySequence]:
    """The keys chosen in the dialog, or the defaults; portable text ("Ctrl+T") in the settings."""
    found: dict[str, QKeySequence] = {}
    for name, default in DEFAULTS.items():
        text = str(settings.value(f"{SETTINGS_GROUP}/{name}", default))
        found[name] = QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
    return found


def save_shortcuts(settings: QSettings, keys: dict[str, QKeySequence]) -> None:
    for name, key in keys.items():
        settings.setValue(f"{SETTINGS_GROUP}/{name}", key.toString(QKeySequence.SequenceFormat.PortableText))
    settings.sync()


class TypingShortcuts(QObject):
    """Turns down a text field's claim on the keys of `actions`, in `window` only."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = list(actions)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # delegate editors come and go: watch them all

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(action.isEnabled() and action.shortcut() == pressed for action in self.actions):
            event.ignore()  # not the text field's: the shortcut map goes on to the action
            return True
        return False

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class ShortcutsDialog(QDialog):
    """One key field per shortcut, with the defaults a click away."""

    def __init__(self, parent: QWidget | None, keys: dict[str, QKeySequence]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Listening room shortcuts"))
        self.edits: dict[str, QKeySequenceEdit] = {}
        form = QFormLayout()
        labels = shortcut_labels()
        for name in DEFAULTS:
            edit = QKeySequenceEdit(keys.get(name, QKeySequence(DEFAULTS[name])))
            edit.setObjectName(f"shortcut_{name}")
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        defaults = QPushButton(self.tr("Restore the defaults"))
        defaults.setObjectName("shortcuts_defaults")
        buttons.addButton(defaults, QDialogButtonBox.ButtonRole.ResetRole)
        defaults.clicked.connect(self.restore_defaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        for name, edit in self.edits.items():
            edit.setKeySequence(QKeySequence(DEFAULTS[name]))

    def keys(self) -> dict[str, QKeySequence]:
        return {name: edit.keySequence() for name, edit in self.edits.items()}
