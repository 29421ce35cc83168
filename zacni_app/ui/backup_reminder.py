"""Backups from the window: a reminder bar when the last one is old, and "Plik → Kopia zapasowa…".

The window calls the same `core.backup.backup_archive` as `zacni backup FILE`, on the background
worker with progress and Cancel; the core writes under a temporary name and renames only a
verified file, so Cancel leaves the previous backup as it was and no half-written one. Only roles
the core lets make a backup (those that may see private contact details: a backup holds
everything) see the menu entry and the reminder. The reminder is a bar, not a dialog: nobody is
stopped from working, and it can be dismissed for the session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from zacni_app.core.access import can
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.progress import CancelFlag, ProgressCallback
from zacni_app.ui.qt import (
    QCoreApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSettings,
    QWidget,
    Signal,
)

REMIND_DAYS_SETTING = "backup/remind_days"
FOLDER_SETTING = "backup/folder"
DEFAULT_REMIND_DAYS = 7
translate = QCoreApplication.translate


def may_back_up(actor: Actor) -> bool:
    """The permission core.backup requires: a backup holds private contact details too."""
    return can(actor, "read_private")


def remind_days(settings: QSettings) -> int:
    try:
        return max(0, int(str(settings.value(REMIND_DAYS_SETTING, DEFAULT_REMIND_DAYS))))
    except ValueError:
        return DEFAULT_REMIND_DAYS


def backup_age(last: datetime | None, now: datetime | None = None) -> timedelta | None:
    if last is None:
        return None
    moment = last if last.tzinfo is not None else last.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - moment


def backup_is_due(last: datetime | None, days: int, now: datetime | None = None) -> bool:
    age = backup_age(last, now)
    return age is None or age > timedelta(days=days)


def reminder_text(last: datetime | None, now: datetime | None = None) -> str:
    age = backup_age(last, now)
    if last is None or age is None:
        return translate("BackupReminder", "No backup of this archive has been made yet.")
    shown = (last.astimezone().date() if last.tzinfo is not None else last.date()).isoformat()
    if age.days <= 1:
        return translate(
            "BackupReminder", "The last backup of this archive was made on {0}, a day ago."
        ).format(shown)
    return translate(
        "BackupReminder", "The last backup of this archive was made on {0}, {1} days ago."
    ).format(shown, age.days)


class BackupReminder(QFrame):
    """A bar across the top of the window; "Back up now" asks the window for a backup."""

    backup_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_reminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#backup_reminder { background: #fff4ce; border: 1px solid #e0c060; }")
        self.dismissed = False
        self.text = QLabel()
        self.text.setObjectName("backup_reminder_text")
        self.text.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(self.backup_now.emit)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setObjectName("backup_dismiss")
        self.dismiss_button.setToolTip(self.tr("Hide this reminder until Zacni is started again"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def check(self, archive: Archive, actor: Actor, settings: QSettings) -> bool:
        """Show the bar if a backup is due and this user may make one; True when shown."""
        from zacni_app.core.backup import last_backup_at

        if self.dismissed or not may_back_up(actor):
            self.hide()
            return False
        last = last_backup_at(archive)
        due = backup_is_due(last, remind_days(settings)) and not _nothing_to_keep(archive, actor)
        if due:
            self.text.setText(reminder_text(last))
        self.setVisible(due)
        return due

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()


def _nothing_to_keep(archive: Archive, actor: Actor) -> bool:
    """A new, empty archive needs no backup yet: the reminder would only be noise on day one."""
    from zacni_app.core.stats import archive_counts

    with archive.session(actor) as s:
        return not any(archive_counts(s).values())


def default_backup_name(today: date | None = None) -> str:
    return f"zacni-kopia-{(today or date.today()).isoformat()}.zbk"


def choose_backup_file(parent: QWidget, settings: QSettings) -> Path | None:
    """Ask where to write the backup, starting in the folder used last time."""
    folder = str(settings.value(FOLDER_SETTING, str(Path.home())))
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("BackupReminder", "Back up the archive"),
        str(Path(folder) / default_backup_name()),
        translate("BackupReminder", "Zacni backups (*.zbk);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue(FOLDER_SETTING, str(path.parent))
    return path


def backup_work(archive: Archive, user: str, file: Path) -> Callable[[ProgressCallback, CancelFlag], Any]:
    """The backup as long work for the window's background worker."""

    def work(progress: ProgressCallback, cancel: CancelFlag) -> Any:
        from zacni_app.core.backup import backup_archive

        return backup_archive(archive, file, user=user, progress=progress, cancel=cancel)

    return work


def backup_done_text(report: Any) -> str:
    text = translate(
        "BackupReminder", "The backup {0} is written and verified: {1} files ({2} copied, {3} reused)."
    ).format(report.file, report.assets, report.copied, report.reused)
    if report.warnings:
        text += "\n\n" + "\n".join(report.warnings)
    return text
