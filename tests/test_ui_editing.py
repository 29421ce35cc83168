"""Editing in the window: add a person, validation beside the field, interview editor, undo/redo,
conflicts with another PC, the trash."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from archive_schema import Asset, Interview, Person
from tests.test_ui_fixtures import demo_archive, demo_template, open_window, type_text, ui_settings
from zacni_app.core.archive import Archive
from zacni_app.core.people import add_person, update_person
from zacni_app.ui.catalogue_model import KEY_ROLE
from zacni_app.ui.conflict_dialog import ConflictDialog
from zacni_app.ui.editors import InterviewEditor, PersonEditor
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import QApplication, QMessageBox, Qt, QTimer

__all__ = ["demo_archive", "demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]


def select_row_named(window: MainWindow, text: str) -> None:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)
    window.table.selectRow(row)
    assert window.detail.current_editor() is not None or window.detail.currentWidget() is not None


def person_editor(window: MainWindow) -> PersonEditor:
    editor = window.detail.current_editor()
    assert isinstance(editor, PersonEditor)
    return editor


def type_into(qtbot: QtBot, editor: PersonEditor | InterviewEditor, field: str, text: str) -> None:
    line = editor.fields[field].editor
    line.setFocus()
    line.clear()  # type: ignore[attr-defined]
    type_text(line, text)


def answer_conflict(button: str) -> None:
    """Click a button of the conflict dialog once it is up, as a user would."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, click)
            return
        dialog.findChild(type(dialog.reload_button), f"conflict_{button}").click()

    QTimer.singleShot(0, click)


def test_adding_a_person_from_an_empty_form(archive: Archive, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(archive)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = person_editor(window)
    assert editor.record_id is None and editor.heading.text() == "Nowa osoba"
    type_into(qtbot, editor, "name", "Józefa Źródłowska")
    type_into(qtbot, editor, "birth_year", "1938")
    type_into(qtbot, editor, "locality", "Ćmielów")
    type_into(qtbot, editor, "subjects", "haft, koronkarstwo")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with archive.session() as s:
        person = s.scalars(select(Person).where(Person.name == "Józefa Źródłowska")).one()
        assert (person.birth_year, person.locality, person.sort_name) == (
            1938,
            "Ćmielów",
            "Źródłowska, Józefa",
        )
        assert sorted(x.label for x in person.subjects) == ["haft", "koronkarstwo"]
        new_id = person.id
    assert editor.record_id == new_id
    assert window.current_key() == new_id  # the new person is selected in the list
    window.undo_stack.undo()  # undoing the creation moves the person to the trash
    with archive.session() as s:
        assert s.get(Person, new_id).deleted_at is not None  # type: ignore[union-attr]
    assert window.model.row_of(new_id) is None
    window.undo_stack.redo()
    with archive.session() as s:
        assert s.get(Person, new_id).deleted_at is None  # type: ignore[union-attr]


def test_validation_messages_appear_beside_their_fields(
    archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(archive)
    window.new_record()
    editor = person_editor(window)
    type_into(qtbot, editor, "birth_year", "19x0")
    assert not window.detail.save()
    assert editor.fields["birth_year"].error.isVisible()
    assert editor.fields["birth_year"].error.text() == "Wpisz liczbę całkowitą, np. 1950."
    type_into(qtbot, editor, "birth_year", "1950")
    assert not window.detail.save()
    assert editor.fields["name"].error.text() == "To pole nie może być puste."
    assert not editor.fields["birth_year"].error.isVisible()
    type_into(qtbot, editor, "name", "Łucja Wiśniewska")
    type_into(qtbot, editor, "birth_year", "1700")
    assert not window.detail.save()  # the core refuses: the message names the field it is about
    assert editor.fields["birth_year"].error.text().startswith("1700 to nie jest rok z przedziału 1850")
    assert not editor.fields["name"].error.isVisible()
    type_into(qtbot, editor, "birth_year", "1950")
    type_into(qtbot, editor, "email", "nie-adres")
    assert not window.detail.save()
    assert editor.fields["email"].error.text() == "„nie-adres” to nie jest adres e-mail."
    type_into(qtbot, editor, "email", "lucja@example.pl")
    assert window.detail.save()
    assert not any(f.error.isVisible() for f in editor.fields.values())
    with archive.session() as s:
        assert (
            s.scalars(select(Person.email).where(Person.name == "Łucja Wiśniewska")).one()
            == "lucja@example.pl"
        )


def test_interview_editor_saves_through_the_core_and_undo_writes_the_old_values_back(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.show_section("interviews")
    select_row_named(window, "Gołębie, które zawsze wracają")
    editor = window.detail.current_editor()
    assert isinstance(editor, InterviewEditor)
    interview_id = editor.record_id
    completer = editor.fields["subjects"].editor.completer()  # type: ignore[attr-defined]
    assert "pszczelarstwo" in completer.model().stringList()
    assert editor.fields["narrators"].editor.text() == "Henryk Piątek"  # type: ignore[attr-defined]
    type_into(qtbot, editor, "title", "Gołębie pocztowe z Kobylan")
    type_into(qtbot, editor, "narrators", "Henryk Piątek, Zofia Baran")
    type_into(qtbot, editor, "subjects", "gołębiarstwo, pszczelarstwo")
    assert window.detail.save()
    with demo_archive.session() as s:
        interview = s.get(Interview, interview_id)
        assert interview is not None and interview.title == "Gołębie pocztowe z Kobylan"
        assert [p.name for p in interview.people("narrator")] == ["Henryk Piątek", "Zofia Baran"]
        assert "pszczelarstwo" in [x.label for x in interview.subjects]
    undo = window.actions.undo  # the menu names the edit; the toolbar button stays one word
    assert undo.text().startswith("&Cofnij edycję „") and undo.iconText() == "Cofnij"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with demo_archive.session() as s:
        interview = s.get(Interview, interview_id)
        assert interview is not None and interview.title == "Gołębie, które zawsze wracają"
        assert [p.name for p in interview.people("narrator")] == ["Henryk Piątek"]
    assert editor.fields["title"].get() == "Gołębie, które zawsze wracają"  # the form shows it too
    qtbot.keyClick(
        window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    with demo_archive.session() as s:
        assert s.get(Interview, interview_id).title == "Gołębie pocztowe z Kobylan"  # type: ignore[union-attr]


def test_an_unknown_narrator_is_refused_beside_the_field(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.show_section("interviews")
    window.table.selectRow(0)
    editor = window.detail.current_editor()
    assert isinstance(editor, InterviewEditor)
    type_into(qtbot, editor, "narrators", "Nieznany Człowiek")
    assert not window.detail.save()
    assert (
        editor.fields["narrators"].error.text() == "W archiwum nie ma nikogo o nazwisku „Nieznany Człowiek”."
    )


def _person_opened_and_changed_elsewhere(archive: Archive, window: MainWindow) -> tuple[PersonEditor, int]:
    with archive.transaction() as s:
        person_id = add_person(s, name="Marianna Kowalczyk", locality="Opatów").id
    window.refresh()
    window.table.selectRow(window.model.row_of(person_id) or 0)
    editor = person_editor(window)
    assert editor.record_id == person_id
    with archive.transaction() as s:  # another PC saves first
        update_person(s, person_id, expected_version=None, locality="Sandomierz")
    return editor, person_id


def test_a_save_over_another_pcs_change_asks_and_reload_shows_theirs(
    archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(archive)
    editor, person_id = _person_opened_and_changed_elsewhere(archive, window)
    type_into(qtbot, editor, "locality", "Ożarów")
    answer_conflict("reload")
    assert not window.detail.save()
    assert editor.fields["locality"].get() == "Sandomierz"
    with archive.session() as s:
        assert s.get(Person, person_id).locality == "Sandomierz"  # type: ignore[union-attr]


def test_a_save_over_another_pcs_change_can_overwrite_or_be_cancelled(
    archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(archive)
    editor, person_id = _person_opened_and_changed_elsewhere(archive, window)
    type_into(qtbot, editor, "locality", "Ożarów")
    answer_conflict("cancel")
    assert not window.detail.save()
    assert editor.fields["locality"].get() == "Ożarów"  # still on screen, unsaved
    with archive.session() as s:
        assert s.get(Person, person_id).locality == "Sandomierz"  # type: ignore[union-attr]
    answer_conflict("overwrite")
    assert window.detail.save()
    with archive.session() as s:
        assert s.get(Person, person_id).locality == "Ożarów"  # type: ignore[union-attr]


def test_undo_over_another_pcs_change_asks_instead_of_overwriting(
    archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(archive)
    with archive.transaction() as s:
        person_id = add_person(s, name="Tadeusz Ząbek", locality="Lipowa").id
    window.refresh()
    window.table.selectRow(window.model.row_of(person_id) or 0)
    editor = person_editor(window)
    type_into(qtbot, editor, "locality", "Karwów")
    assert window.detail.save()
    with archive.transaction() as s:
        update_person(s, person_id, expected_version=None, locality="Balbinów")
    answer_conflict("cancel")
    window.undo_stack.undo()
    with archive.session() as s:
        assert s.get(Person, person_id).locality == "Balbinów"  # type: ignore[union-attr]
    assert window.undo_stack.count() == 0  # the step that could not be taken is gone


def test_delete_moves_to_the_trash_which_restores_or_empties(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.show_section("assets")
    window.actions.thumbnails.setChecked(False)
    window.table.selectRow(0)
    asset_id = window.current_key()
    with demo_archive.session() as s:
        asset = s.get(Asset, asset_id)
        assert asset is not None
        master = demo_archive.media_root / asset.media_relpath
    assert master.exists()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.row_of(asset_id) is None
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.row_of(asset_id) is not None
    assert window.selected_keys() == [asset_id]  # undo selects what it brought back
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    window.show_section("trash")
    assert [window.model.index(r, 0).data(KEY_ROLE) for r in range(window.model.rowCount())] == [
        ("asset", asset_id)
    ]
    window.table.selectRow(0)
    assert window.detail.currentWidget() is window.detail.trash_page
    qtbot.mouseClick(window.detail.restore_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    window.show_section("assets")
    window.select_key(asset_id)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    window.show_section("trash")

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    window.empty_trash()
    assert window.model.rowCount() == 0
    with demo_archive.session() as s:
        assert s.get(Asset, asset_id) is None
    assert not master.exists()
    assert window.undo_stack.count() == 0


def test_changing_the_selection_saves_the_edit_first(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.table.selectRow(0)
    editor = person_editor(window)
    first = editor.record_id
    type_into(qtbot, editor, "locality", "Wąchock")
    window.table.selectRow(1)
    with demo_archive.session() as s:
        assert s.get(Person, first).locality == "Wąchock"  # type: ignore[union-attr]
    window.table.selectRow(0)
    type_into(qtbot, person_editor(window), "birth_year", "rok")
    window.table.selectRow(2)  # refused: the list stays on the person with the unreadable year
    assert window.current_key() == first
    assert person_editor(window).fields["birth_year"].error.isVisible()
