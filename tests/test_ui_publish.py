"""The publishing dialog over the demo archive: preview with Polish reasons, export, cancel, open."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.test_ui_fixtures import demo_archive, demo_template, ui_settings
from tests.website_fixtures import force_status
from zacni_app.core.archive import Archive
from zacni_app.core.stories import add_story, set_status
from zacni_app.core.users import add_user
from zacni_app.ui.language import install_translations
from zacni_app.ui.publish_dialog import FOLDER_SETTING, PublishDialog
from zacni_app.ui.qt import QApplication, QDesktopServices, QFileDialog, QSettings, QUrl

__all__ = ["demo_archive", "demo_template", "ui_settings"]


@pytest.fixture
def polish(qapp: QApplication) -> None:
    install_translations(qapp, "pl")


@pytest.fixture
def published(demo_archive: Archive) -> Archive:
    """The demo's story published, and a story of the baker's archive-only interview marked published."""
    from sqlalchemy import select

    from archive_schema import Interview, Story

    with demo_archive.transaction() as s:
        beekeeper = s.scalars(select(Story)).one()
        set_status(s, beekeeper.id, "published")
        baker = s.scalars(select(Interview).where(Interview.title == "Chleb z własnego pieca")).one()
        blocked = add_story(s, title="Chleb z pieca", body="O chlebie.", interviews=[baker.id]).id
    force_status(demo_archive, blocked, "published")
    return demo_archive


def _dialog(qtbot: QtBot, archive: Archive, settings: QSettings, user: str = "admin") -> PublishDialog:
    dialog = PublishDialog(archive, archive.actor(user), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_preview_says_in_polish_what_goes_out_and_what_is_withheld(
    polish: None, qtbot: QtBot, published: Archive, ui_settings: QSettings
) -> None:
    dialog = _dialog(qtbot, published, ui_settings)
    assert dialog.windowTitle() == "Publikacja na stronie internetowej"
    rows = [dialog.stories.item(n).text() for n in range(dialog.stories.count())]
    assert sorted(rows) == ["✓ Pszczoły z Karwowa — zostanie opublikowana", "✗ Chleb z pieca — wstrzymana"]
    assert dialog.status.text() == "Historie, które zostaną opublikowane: 1 z 2."
    dialog.stories.setCurrentRow(rows.index("✓ Pszczoły z Karwowa — zostanie opublikowana"))
    text = dialog.details.toPlainText()
    assert "Zostanie opublikowana z: zdjęcia: 2, nagrania: 1, fragmenty nagrań: 0." in text
    assert (
        "Fragment 1:00.4–1:16.0 nagrania „Pięćdziesiąt lat przy ulach” ma dostęp: zamknięty — "
        "zostanie wycięty z nagrania i z transkrypcji." in text
    )
    assert "Anna Nowak: imię i nazwisko nie pojawi się na stronie" in text
    dialog.stories.setCurrentRow(rows.index("✗ Chleb z pieca — wstrzymana"))
    text = dialog.details.toPlainText()
    assert "Historia jest oznaczona jako opublikowana, ale nie może trafić na stronę:" in text
    assert "Wywiad „Chleb z własnego pieca” ma dostęp: tylko pracownicy" in text


def test_export_runs_in_the_background_and_opens_the_index(
    polish: None, qtbot: QtBot, published: Archive, ui_settings: QSettings, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    target = tmp_path / "strona"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(target))
    dialog = _dialog(qtbot, published, ui_settings)
    dialog.choose.click()
    assert dialog.folder.text() == str(target) and ui_settings.value(FOLDER_SETTING) == str(target)
    seen: list[tuple[int, int]] = []
    shown = dialog._progress

    def spy(done: int, total: int, label: str) -> None:
        seen.append((done, total))
        shown(done, total, label)

    monkeypatch.setattr(dialog, "_progress", spy)
    dialog.export_button.click()
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert not dialog.progress.isVisible() and dialog.export_button.isEnabled()
    assert dialog.status.text().startswith(f"Strona jest gotowa w folderze {target}: historie: 1,")
    assert (target / "index.html").is_file() and seen and seen[-1][0] == seen[-1][1]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(target / "index.html")]
    again = _dialog(qtbot, published, ui_settings)
    assert again.folder.text() == str(target)  # remembered


def test_cancel_stops_the_export_and_says_so(
    polish: None, qtbot: QtBot, published: Archive, ui_settings: QSettings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, published, ui_settings)
    dialog.folder.setText(str(tmp_path / "strona"))
    dialog.export_button.click()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=60_000)
    assert dialog.status.text() == "Eksport przerwano; wyeksportuj ponownie, aby dokończyć stronę."
    assert dialog.report is None and not dialog.open_button.isEnabled()
    assert not (tmp_path / "strona" / "index.html").exists()


def test_a_foreign_folder_is_refused_in_plain_polish(
    polish: None, qtbot: QtBot, published: Archive, ui_settings: QSettings, tmp_path: Path
) -> None:
    (tmp_path / "moje").mkdir()
    (tmp_path / "moje" / "list.txt").write_text("x")
    dialog = _dialog(qtbot, published, ui_settings)
    dialog.folder.setText(str(tmp_path / "moje"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=60_000)
    assert dialog.status.text() == (
        "Ten folder nie jest pusty i nie powstał przez eksport strony: wybierz pusty folder."
    )


def test_a_volunteer_sees_that_only_publishers_may_export(
    polish: None, qtbot: QtBot, published: Archive, ui_settings: QSettings
) -> None:
    with published.transaction() as s:
        add_user(s, name="wolontariusz", role="volunteer")
    dialog = _dialog(qtbot, published, ui_settings, user="wolontariusz")
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "Historie może publikować tylko administrator albo katalogujący."
    assert dialog.stories.count() == 0
