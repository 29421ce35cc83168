"""Roles in the window: a researcher's read-only window without restricted material; the log-in."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from archive_schema import Asset, Interview
from tests.test_ui_fixtures import demo_archive, demo_template, open_window, type_text, ui_settings
from zacni_app.core.archive import Archive
from zacni_app.core.demo_content import NARRATORS
from zacni_app.core.users import add_user
from zacni_app.ui.catalogue_model import KEY_ROLE
from zacni_app.ui.launch import start
from zacni_app.ui.login_dialog import LoginDialog
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import QApplication, QSettings, Qt, QTimer

__all__ = ["demo_archive", "demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]


def listed(window: MainWindow, section: str) -> set[object]:
    window.show_section(section)
    return {window.model.index(r, 0).data(KEY_ROLE) for r in range(window.model.rowCount())}


def restricted_titles() -> set[str]:
    return {
        n.interview_title
        for n in NARRATORS
        if n.withdrawn_on or n.embargo_until or n.consent_scope == "archive"
    }


def test_a_researcher_gets_a_read_only_window_without_restricted_material(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    with demo_archive.transaction() as s:
        add_user(s, name="badacz", role="researcher")
    window = open_window(demo_archive, user="badacz")
    sections = [window.sidebar.item(n).data(Qt.ItemDataRole.UserRole) for n in range(window.sidebar.count())]
    assert "trash" not in sections and "review" not in sections
    a = window.actions
    assert not any(action.isVisible() for action in (a.new, a.save, a.trash, a.import_files, a.empty_trash))
    assert "badacz (badacz)" in window.user_label.text()

    hidden = restricted_titles()
    with demo_archive.session() as s:
        by_title = {i.title: i.id for i in s.scalars(select(Interview))}
        hidden_assets = set(
            s.scalars(select(Asset.id).where(Asset.interview_id.in_(by_title[t] for t in hidden)))
        )
    interviews = listed(window, "interviews")
    assert interviews and not interviews & {by_title[t] for t in hidden}
    assets = listed(window, "assets")
    assert assets and not assets & hidden_assets
    type_text(window.search_field, hidden.pop()[:6])  # not even the filter finds them
    qtbot.wait(300)
    assert (
        not {window.model.index(r, 0).data(KEY_ROLE) for r in range(window.model.rowCount())} & hidden_assets
    )

    window.search_field.clear()
    window.show_section("people")
    window.table.selectRow(0)
    editor = window.detail.current_editor()
    assert editor is not None and editor.read_only
    assert not editor.save_button.isVisible()
    assert editor.fields["name"].editor.isReadOnly()  # type: ignore[attr-defined]
    assert not any(editor.form.isRowVisible(editor.fields[f]) for f in ("phone", "email", "address"))
    window.table.setFocus()
    rows = window.model.rowCount()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == rows and window.detail.current_editor() is editor


def test_staff_see_everything_including_the_trash_and_review(
    demo_archive: Archive, open_window: OpenWindow
) -> None:
    window = open_window(demo_archive)
    with demo_archive.session() as s:
        every_interview = set(s.scalars(select(Interview.id)))
    assert listed(window, "interviews") == every_interview
    assert window.actions.trash.isVisible() and window.actions.new.isVisible()


def test_log_in_is_asked_when_users_have_passwords(
    demo_archive: Archive, qapp: QApplication, qtbot: QtBot, ui_settings: QSettings
) -> None:
    with demo_archive.transaction() as s:
        add_user(s, name="ewa", role="cataloguer", display_name="Ewa Żak", password="pszczoły-2024")
    seen: list[str] = []

    def log_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, log_in)
            return
        dialog.user.setCurrentIndex(dialog.user.findText("Ewa Żak (ewa)"))
        dialog.password.setText("zle-haslo")
        dialog.try_login()
        seen.append(dialog.error.text())
        dialog.password.setText("pszczoły-2024")
        dialog.try_login()

    QTimer.singleShot(0, log_in)
    window = start(qapp, demo_archive, ui_settings, user="admin", ask_login=True)
    assert window is not None
    qtbot.addWidget(window)
    assert seen == ["Błędna nazwa użytkownika lub hasło."]
    assert (window.actor.name, window.actor.role) == ("ewa", "cataloguer")


def test_log_in_can_be_cancelled(
    demo_archive: Archive, qapp: QApplication, qtbot: QtBot, ui_settings: QSettings
) -> None:
    with demo_archive.transaction() as s:
        add_user(s, name="ewa", role="cataloguer", password="pszczoły-2024")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert start(qapp, demo_archive, ui_settings, user="admin", ask_login=True) is None
