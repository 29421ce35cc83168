"""Backups from the window: the reminder bar, Plik → Kopia zapasowa… in the background, Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from archive_schema import ArchiveSetting
from tests.test_ui_fixtures import demo_archive, demo_template, open_window, ui_settings
from zacni_app.core.archive import Archive
from zacni_app.core.backup import LAST_BACKUP, last_backup_at
from zacni_app.core.people import add_person
from zacni_app.core.restore import restore_archive
from zacni_app.core.stats import archive_counts
from zacni_app.core.users import add_user
from zacni_app.ui import backup_reminder
from zacni_app.ui.backup_reminder import FOLDER_SETTING, REMIND_DAYS_SETTING
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import QSettings, Qt

__all__ = ["demo_archive", "demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]


def backed_up(archive: Archive, days_ago: float) -> None:
    """Note a backup `days_ago` days back, as core.backup notes a real one."""
    when = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat()
    with archive.transaction() as s:
        setting = s.get(ArchiveSetting, LAST_BACKUP)
        if setting is None:
            s.add(ArchiveSetting(key=LAST_BACKUP, value=when))
        else:
            setting.value = when


def leftovers(folder: Path) -> list[Path]:
    """Anything a backup writes on its way: temporary files, partial pool copies."""
    found = [p for p in folder.glob(".*") if "zacni-tmp" in p.name]
    incoming = folder / "zacni-media" / ".incoming"
    return found + (list(incoming.iterdir()) if incoming.is_dir() else [])


def test_the_reminder_shows_when_there_was_never_a_backup_or_it_is_old(
    archive: Archive, open_window: OpenWindow, ui_settings: QSettings
) -> None:
    window = open_window(archive)
    assert not window.backup_reminder.isVisible()  # a new, empty archive: nothing to keep yet
    window.close()
    with archive.transaction() as s:
        add_person(s, name="Łucja Żółć")
    window = open_window(archive)
    bar = window.backup_reminder
    assert bar.isVisible()
    assert bar.text.text() == "Nie zrobiono jeszcze żadnej kopii zapasowej tego archiwum."
    assert bar.now_button.text() == "Zrób kopię teraz"
    window.close()
    backed_up(archive, 10.2)
    window = open_window(archive)
    assert window.backup_reminder.isVisible()
    assert "10 dni temu" in window.backup_reminder.text.text()
    window.close()
    backed_up(archive, 3)
    window = open_window(archive)
    assert not window.backup_reminder.isVisible()
    window.close()
    ui_settings.setValue(REMIND_DAYS_SETTING, 2)
    window = open_window(archive)
    assert window.backup_reminder.isVisible() and "3 dni temu" in window.backup_reminder.text.text()


def test_the_reminder_is_only_for_roles_that_may_back_up_and_can_be_dismissed(
    archive: Archive, open_window: OpenWindow
) -> None:
    with archive.transaction() as s:
        add_person(s, name="Łucja Żółć")
        add_user(s, name="wolontariusz", role="volunteer")
        add_user(s, name="badacz", role="researcher")
        add_user(s, name="katalogerka", role="cataloguer")
    for user in ("wolontariusz", "badacz"):
        window = open_window(archive, user=user)
        assert not window.backup_reminder.isVisible() and not window.actions.backup.isVisible()
        window.close()
    window = open_window(archive, user="katalogerka")
    assert window.backup_reminder.isVisible() and window.actions.backup.isVisible()
    window.backup_reminder.dismiss_button.click()
    assert not window.backup_reminder.isVisible()
    assert not window.backup_reminder.check(archive, window.actor, window.settings)  # for the session


def test_a_backup_from_the_menu_runs_in_the_background_and_restores(
    demo_archive: Archive,
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    disk = tmp_path / "pendrive"
    disk.mkdir()
    target = disk / "kopia-łąka.zbk"
    asked: list[str] = []

    def save_file_name(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr(backup_reminder.QFileDialog, "getSaveFileName", save_file_name)
    window = open_window(demo_archive)
    assert window.backup_reminder.isVisible()
    qtbot.mouseClick(window.backup_reminder.now_button, Qt.MouseButton.LeftButton)
    assert window.work_status.isVisible()  # progress and Cancel while the backup is written
    qtbot.waitUntil(lambda: not window.work_status.busy(), timeout=60000)
    assert window.backup_message is not None and window.backup_message.isVisible()
    assert window.backup_message.text().startswith(f"Kopia zapasowa {target} jest zapisana i sprawdzona")
    assert not window.backup_reminder.isVisible()
    assert last_backup_at(demo_archive) is not None
    assert ui_settings.value(FOLDER_SETTING) == str(disk)
    assert Path(asked[0]).name.startswith("zacni-kopia-")
    assert target.is_file() and leftovers(disk) == []
    restored = restore_archive(target, tmp_path / "odtworzone")
    with Archive.open(restored.archive) as again, again.session() as s, demo_archive.session() as t:
        assert archive_counts(s) == archive_counts(t) and archive_counts(s)["assets"] > 0
    window.close()
    again = open_window(demo_archive)
    assert not again.backup_reminder.isVisible()
    backup_reminder.choose_backup_file(again, ui_settings)
    assert Path(asked[-1]).parent == disk  # the dialog opens in the folder used last time


def test_cancel_leaves_no_half_written_backup(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    disk = tmp_path / "dysk"
    disk.mkdir()
    target = disk / "kopia.zbk"
    window = open_window(demo_archive)
    assert window.backup_to(target)
    qtbot.mouseClick(window.work_status.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.work_status.busy(), timeout=60000)
    assert window.statusBar().currentMessage() == "Anulowano."
    assert not target.exists() and leftovers(disk) == []
    assert last_backup_at(demo_archive) is None and window.backup_reminder.isVisible()
