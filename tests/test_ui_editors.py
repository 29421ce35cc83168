"""The editors of files, consents, stories, subjects and places in the window, on the demo archive:
typed edits land in the core and Ctrl+Z takes them back, refusals appear in Polish beside their
field, another PC's save brings up the conflict dialog, a story says what blocks publishing it,
a place goes to the trash and back, and a researcher's editors are read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from archive_schema import Asset, Consent, Interview, Person, Place, Story, Subject
from tests.test_ui_fixtures import demo_archive, demo_template, open_window, type_text, ui_settings
from zacni_app.core.access import interview_access
from zacni_app.core.archive import Archive
from zacni_app.core.assets import asset_catalogue, update_asset
from zacni_app.core.consents import add_consent, update_consent
from zacni_app.core.demo_content import NARRATORS
from zacni_app.core.stories import update_story
from zacni_app.core.users import add_user
from zacni_app.core.vocabulary import update_place, update_subject
from zacni_app.ui.asset_editor import AssetEditor
from zacni_app.ui.catalogue_model import KEY_ROLE
from zacni_app.ui.conflict_dialog import ConflictDialog
from zacni_app.ui.consent_editor import ConsentEditor
from zacni_app.ui.editors import PersonEditor, RecordEditor
from zacni_app.ui.link_fields import LinksField, RecordField
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, Qt, QTimer
from zacni_app.ui.record_form import ChoiceField
from zacni_app.ui.story_editor import StoryEditor
from zacni_app.ui.vocabulary_editors import PlaceEditor, SubjectEditor

__all__ = ["demo_archive", "demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]
BEEKEEPER = NARRATORS[0]  # the demo's story is about him
EMBARGOED = next(n for n in NARRATORS if n.embargo_until)


def show(window: MainWindow, section: str, title: str) -> RecordEditor:
    """Select the row titled `title` in `section`, as a click in the list would."""
    if section == "assets":
        window.actions.thumbnails.setChecked(False)
    window.show_section(section)
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    window.table.selectRow(row)
    editor = window.detail.current_editor()
    assert editor is not None and editor.record_id == model.index(row, 0).data(KEY_ROLE)
    return editor


def type_into(editor: RecordEditor, field: str, text: str) -> None:
    widget = editor.fields[field].editor
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.setFocus()
    widget.clear()
    type_text(widget, text)


def link(editor: RecordEditor, field: str, title: str, qtbot: QtBot) -> None:
    """Type a title into a list of links and press its Add button."""
    links = editor.fields[field]
    assert isinstance(links, LinksField)
    links.line.setFocus()
    type_text(links.line, title)
    qtbot.mouseClick(links.add_button, Qt.MouseButton.LeftButton)


def undo(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def save(editor: RecordEditor, qtbot: QtBot) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def when_modal(kind: type, answer: Callable[[Any], None]) -> list[str]:
    """Once a modal `kind` is up, note its text and `answer` it; the list gets the text."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.text())  # type: ignore[attr-defined]
        answer(dialog)

    QTimer.singleShot(0, look)
    return seen


def answer_conflict(button: str) -> list[str]:
    """Click `button` of the conflict dialog once it is up; the list gets the dialog's text."""
    return when_modal(
        ConflictDialog, lambda d: d.findChild(type(d.reload_button), f"conflict_{button}").click()
    )


def answer_box(button: QMessageBox.StandardButton | None) -> list[str]:
    """Click `button` of the message box once it is up (None: close it); the list gets its text."""
    return when_modal(QMessageBox, lambda box: box.button(button).click() if button else box.close())


def error_of(editor: RecordEditor, field: str) -> str:
    label = editor.fields[field].error
    return label.text() if label.isVisible() else ""


# -- places -----------------------------------------------------------------------------------------
def test_a_place_is_edited_undone_refused_beside_its_field_and_guarded(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    editor = show(window, "places", "Opatów")
    assert isinstance(editor, PlaceEditor)
    place_id = editor.record_id
    type_into(editor, "teryt", "0265060")
    type_into(editor, "latitude", "50,7912")
    save(editor, qtbot)
    with demo_archive.session() as s:
        place = s.get_one(Place, place_id)
        assert (place.teryt, place.latitude) == ("0265060", 50.7912)
    undo(window, qtbot)
    with demo_archive.session() as s:
        assert (s.get_one(Place, place_id).teryt, s.get_one(Place, place_id).latitude) == (None, None)
    assert editor.fields["teryt"].get() is None  # the form shows the undone state

    type_into(editor, "teryt", "26506")
    type_into(editor, "longitude", "wschód")
    assert not window.detail.save()
    assert error_of(editor, "teryt") == "„26506” to nie jest kod TERYT: identyfikator SIMC ma 7 cyfr."
    type_into(editor, "teryt", "")
    assert not window.detail.save()
    assert error_of(editor, "longitude") == "„wschód” to nie jest liczba."
    assert error_of(editor, "teryt") == ""
    type_into(editor, "longitude", "")

    with demo_archive.transaction() as s:  # another PC renames it first
        update_place(s, place_id, expected_version=None, name="Opatów (miasto)")
    type_into(editor, "kind", "miasto")
    seen = answer_conflict("reload")
    assert not window.detail.save()
    assert seen and "Opatów" in seen[0]
    assert editor.fields["name"].get() == "Opatów (miasto)" and editor.fields["kind"].get() is None
    with demo_archive.session() as s:
        assert s.get_one(Place, place_id).kind is None


def test_a_place_goes_to_the_trash_and_comes_back(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    editor = show(window, "places", "Karwów")
    place_id = editor.record_id
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.row_of(place_id) is None
    with demo_archive.session() as s:
        assert s.get_one(Place, place_id).deleted_at is not None
    window.show_section("trash")
    keys = [window.model.index(r, 0).data(KEY_ROLE) for r in range(window.model.rowCount())]
    assert keys == [("place", place_id)]
    window.table.selectRow(0)
    assert window.detail.currentWidget() is window.detail.trash_page
    assert "Karwów" in window.detail.trash_label.text() and "miejsce" in window.detail.trash_label.text()
    qtbot.mouseClick(window.detail.restore_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    with demo_archive.session() as s:
        assert s.get_one(Place, place_id).deleted_at is None
    window.show_section("places")
    assert window.model.row_of(place_id) is not None


def test_a_new_place_and_a_new_subject_are_made_with_new_record(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    for section, field, name, model, column in [
        ("places", "name", "Żółków nad Łąką", Place, Place.name),
        ("subjects", "label", "bartnictwo", Subject, Subject.label),
    ]:
        window.show_section(section)
        window.table.setFocus()
        qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = window.detail.current_editor()
        assert editor is not None and editor.record_id is None
        assert editor.heading.text() in ("Nowe miejsce", "Nowy temat")
        type_into(editor, field, name)
        save(editor, qtbot)
        with demo_archive.session() as s:
            made = s.scalars(select(model).where(column == name)).one()
        assert editor.record_id == made.id and window.current_key() == made.id


# -- subjects ---------------------------------------------------------------------------------------
def test_a_subject_is_renamed_moved_and_undone_and_a_loop_is_refused(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    editor = show(window, "subjects", "pszczelarstwo")
    assert isinstance(editor, SubjectEditor)
    subject_id = editor.record_id
    with demo_archive.session() as s:
        before = s.get_one(Subject, subject_id)
        parent_before = before.parent.label if before.parent else None
    completer = editor.fields["parent"].editor.completer()  # type: ignore[attr-defined]
    assert "rękodzieło" in completer.model().stringList()
    type_into(editor, "label_en", "beekeeping with bees")
    type_into(editor, "parent", "przyroda")
    save(editor, qtbot)
    with demo_archive.session() as s:
        term = s.get_one(Subject, subject_id)
        assert (term.label_en, term.parent.label if term.parent else None) == (
            "beekeeping with bees",
            "przyroda",
        )
    undo(window, qtbot)
    with demo_archive.session() as s:
        term = s.get_one(Subject, subject_id)
        assert (term.parent.label if term.parent else None) == parent_before
        assert term.label_en != "beekeeping with bees"

    type_into(editor, "parent", "żółć pszczela")
    assert not window.detail.save()
    assert (
        error_of(editor, "parent")
        == "„żółć pszczela” nie ma na liście; sprawdź pisownię albo najpierw to dodaj."
    )
    type_into(editor, "parent", "")
    type_into(editor, "label", "HAFT")
    assert not window.detail.save()
    assert error_of(editor, "label") == "Temat „haft” jest już w słowniku."
    window.detail.revert()

    editor = show(window, "subjects", "hodowla")
    with demo_archive.session() as s:
        child = s.scalars(select(Subject.label).where(Subject.parent.has(Subject.label == "hodowla"))).first()
    assert child is not None
    type_into(editor, "parent", child)
    assert not window.detail.save()
    assert error_of(editor, "parent").endswith("powstałoby błędne koło.")

    window.detail.revert()
    with demo_archive.transaction() as s:
        update_subject(s, editor.record_id or 0, expected_version=None, scope_note="Chów zwierząt.")
    type_into(editor, "label_en", "animal husbandry")
    seen = answer_conflict("cancel")
    assert not window.detail.save()
    assert seen and editor.fields["label_en"].get() == "animal husbandry"  # kept on screen, unsaved
    with demo_archive.session() as s:
        assert s.get_one(Subject, editor.record_id).label_en != "animal husbandry"
    window.detail.revert()


# -- files ------------------------------------------------------------------------------------------
def test_a_photos_description_and_people_are_saved_and_undone(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    photo = BEEKEEPER.photos[1]
    editor = show(window, "assets", photo.caption)
    assert isinstance(editor, AssetEditor)
    asset_id = editor.record_id
    assert photo.filename in editor.facts.text() and "×" in editor.facts.text()  # the file's own facts
    assert editor.fields["interview_id"].get() is not None  # the demo's photos belong to interviews
    with demo_archive.session() as s:
        before = asset_catalogue(s.get_one(Asset, asset_id))
    people = editor.fields["people"]
    photographer = people.roles["photographer"].line  # type: ignore[attr-defined]
    photographer.setFocus()
    type_text(photographer, BEEKEEPER.interviewer)
    type_into(editor, "title", "Ojciec pszczelarza przy ulach słomianych, żółć i miód")
    type_into(editor, "place", "Karwów")
    save(editor, qtbot)
    with demo_archive.session() as s:
        asset = s.get_one(Asset, asset_id)
        assert asset.title == "Ojciec pszczelarza przy ulach słomianych, żółć i miód"
        assert asset.place is not None and asset.place.name == "Karwów"
        roles = sorted((p.person.name, p.role) for p in asset.people)
        assert roles == sorted([(BEEKEEPER.name, "depicted"), (BEEKEEPER.interviewer, "photographer")])
    undo(window, qtbot)
    with demo_archive.session() as s:
        after = asset_catalogue(s.get_one(Asset, asset_id))
    assert {k: v for k, v in after.items() if k != "version"} == {
        k: v for k, v in before.items() if k != "version"
    }
    depicted = people.roles["depicted"].line  # type: ignore[attr-defined]

    type_into(editor, "taken_at", "lato 1965")
    assert not window.detail.save()
    assert (
        error_of(editor, "taken_at")
        == "„lato 1965” to nie jest data; wpisz ją jako RRRR-MM-DD lub RRRR-MM-DD GG:MM."
    )
    type_into(editor, "taken_at", "1965-07-04 12:00")
    depicted.clear()
    type_text(depicted, "Nieznana Żółtkowska")
    assert not window.detail.save()
    assert error_of(editor, "people") == "W archiwum nie ma nikogo o nazwisku „Nieznana Żółtkowska”."
    depicted.clear()
    type_text(depicted, BEEKEEPER.name)

    with demo_archive.transaction() as s:
        update_asset(s, asset_id or 0, expected_version=None, description="Opis z drugiego komputera.")
    type_into(editor, "description", "Opis z tego komputera: pszczoły nad łąką.")
    seen = answer_conflict("overwrite")
    assert window.detail.save()
    assert seen
    with demo_archive.session() as s:
        assert s.get_one(Asset, asset_id).description == "Opis z tego komputera: pszczoły nad łąką."


def test_a_files_interview_link_opens_the_interview(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    editor = show(window, "assets", BEEKEEPER.photos[0].caption)
    interview = editor.fields["interview_id"]
    assert isinstance(interview, RecordField)
    assert interview.line.text() == BEEKEEPER.interview_title
    qtbot.mouseClick(interview.open_button, Qt.MouseButton.LeftButton)
    assert window.model.section == "interviews"
    shown = window.detail.current_editor()
    assert shown is not None and shown.kind == "interview"
    assert shown.fields["title"].get() == BEEKEEPER.interview_title


def test_an_interview_lists_its_files_and_a_person_their_interviews_and_each_opens(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    with demo_archive.transaction() as s:
        interview = s.scalars(select(Interview).where(Interview.title == BEEKEEPER.interview_title)).one()
        expected = {a.id for a in interview.assets}
        closed = next(a for a in interview.assets if a.kind == "image")
        closed.access = "closed"
        closed_id = closed.id
        add_user(s, name="badacz", role="researcher")
    window = open_window(demo_archive)
    editor = show(window, "interviews", BEEKEEPER.interview_title)
    files = editor.files  # type: ignore[attr-defined]
    listed = files.linked()
    assert {record_id for _, record_id in listed} == expected
    assert listed[0][0] == "asset" and "nagranie" in files.list.item(0).text()  # the recording first
    assert files.add_button.isVisible()
    photo = next(n for n, (_, record_id) in enumerate(listed) if record_id == closed_id)
    item = files.list.item(photo)
    files.list.setCurrentItem(item)
    qtbot.mouseClick(files.open_button, Qt.MouseButton.LeftButton)
    assert window.model.section == "assets"
    shown = window.detail.current_editor()
    assert isinstance(shown, AssetEditor) and shown.record_id == closed_id

    person = show(window, "people", BEEKEEPER.name)
    assert isinstance(person, PersonEditor)
    assert person.interviews.linked() == [("interview", interview.id)]
    assert "narrator" in person.interviews.list.item(0).text()
    where = person.interviews.list.visualItemRect(person.interviews.list.item(0)).center()
    qtbot.mouseClick(person.interviews.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(person.interviews.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.model.section == "interviews"
    assert window.detail.current_editor() is editor and editor.record_id == interview.id

    assert not person.fields["access"].hint.isVisible()  # his consent leaves his setting as it is
    withdrawn = next(n for n in NARRATORS if n.withdrawn_on)
    person = show(window, "people", withdrawn.name)
    assert person.fields["access"].get() == "research"
    assert person.fields["access"].hint.isVisible()
    assert person.fields["access"].hint.text() == "Ze względu na zgody: zamknięty"
    row = next(r for r in range(window.model.rowCount()) if window.model.index(r, 0).data() == withdrawn.name)
    assert window.model.index(row, 3).data() == "zamknięty"  # the list says what decides, too

    researcher = open_window(demo_archive, user="badacz")
    editor = show(researcher, "interviews", BEEKEEPER.interview_title)
    files = editor.files  # type: ignore[attr-defined]
    assert {record_id for _, record_id in files.linked()} == expected - {closed_id}
    assert not files.add_button.isVisible()


# -- stories ----------------------------------------------------------------------------------------
def test_a_story_is_edited_undone_and_refused_beside_its_field(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    editor = show(window, "stories", "Pszczoły z Karwowa")
    assert isinstance(editor, StoryEditor)
    story_id = editor.record_id
    with demo_archive.session() as s:
        lead_before = s.get_one(Story, story_id).lead
    type_into(editor, "lead", "Pszczoły, łąka i żółć wosku: pół wieku przy ulach.")
    type_into(editor, "people", BEEKEEPER.name)
    save(editor, qtbot)
    with demo_archive.session() as s:
        story = s.get_one(Story, story_id)
        assert story.lead == "Pszczoły, łąka i żółć wosku: pół wieku przy ulach."
        assert [p.name for p in story.people] == [BEEKEEPER.name]
    undo(window, qtbot)
    with demo_archive.session() as s:
        story = s.get_one(Story, story_id)
        assert (story.lead, story.people) == (lead_before, [])

    type_into(editor, "title", "   ")
    assert not window.detail.save()
    assert error_of(editor, "title") == "To pole nie może być puste."
    window.detail.revert()

    with demo_archive.transaction() as s:
        update_story(s, story_id or 0, expected_version=None, title="Pszczoły z Karwowa i okolic")
    type_into(editor, "body", "Nowa treść o pszczołach.")
    seen = answer_conflict("reload")
    assert not window.detail.save()
    assert seen and editor.fields["title"].get() == "Pszczoły z Karwowa i okolic"


def test_a_storys_blockers_are_listed_and_publishing_it_is_refused_with_the_reason(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    editor = show(window, "stories", "Pszczoły z Karwowa")
    assert isinstance(editor, StoryEditor)
    story_id = editor.record_id
    assert editor.blockers.text() == "Nic nie stoi na przeszkodzie publikacji."
    status = editor.fields["status"]
    assert isinstance(status, ChoiceField)
    status.set("ready")
    link(editor, "interviews", EMBARGOED.interview_title, qtbot)
    save(editor, qtbot)
    embargo = EMBARGOED.embargo_until.isoformat() if EMBARGOED.embargo_until else ""
    reason = f"Wywiad „{EMBARGOED.interview_title}” jest objęty embargiem do {embargo} ({EMBARGOED.name})"
    assert reason in editor.blockers.text()
    assert editor.blockers.text().startswith("Zanim będzie można ją opublikować:")
    with demo_archive.session() as s:
        story = s.get_one(Story, story_id)
        assert story.status == "ready" and len(story.interviews) == 2

    status = editor.fields["status"]
    assert isinstance(status, ChoiceField)
    status.set("published")
    assert not window.detail.save()
    assert error_of(editor, "status").startswith("Nie można jej jeszcze opublikować: ")
    assert reason in error_of(editor, "status")
    with demo_archive.session() as s:
        assert s.get_one(Story, story_id).status == "ready"

    window.detail.revert()  # take the embargoed interview out again: nothing blocks it any more
    links = editor.fields["interviews"]
    assert isinstance(links, LinksField)
    links.list.setCurrentRow(1)
    qtbot.mouseClick(links.remove_button, Qt.MouseButton.LeftButton)
    status = editor.fields["status"]
    assert isinstance(status, ChoiceField)
    status.set("published")
    assert window.detail.save()
    with demo_archive.session() as s:
        story = s.get_one(Story, story_id)
        assert story.status == "published" and len(story.interviews) == 1
    assert editor.blockers.text() == "Nic nie stoi na przeszkodzie publikacji."


# -- consents ---------------------------------------------------------------------------------------
def _consent_of(window: MainWindow, name: str, qtbot: QtBot) -> ConsentEditor:
    person = show(window, "people", name)
    assert isinstance(person, PersonEditor)
    assert person.consents.list.count() == 1
    qtbot.mouseClick(person.consents.open_button, Qt.MouseButton.LeftButton)
    editor = window.detail.current_editor()
    assert isinstance(editor, ConsentEditor)
    return editor


def test_a_consent_is_opened_from_its_person_withdrawn_and_undone(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    editor = _consent_of(window, BEEKEEPER.name, qtbot)
    consent_id = editor.record_id
    assert (
        editor.fields["person_id"].get() is not None and editor.heading.text() == f"Zgoda: {BEEKEEPER.name}"
    )
    type_into(editor, "embargo_until", "2031-06-30")
    qtbot.mouseClick(editor.withdraw_button, Qt.MouseButton.LeftButton)
    save(editor, qtbot)
    assert window.detail.current_editor() is editor  # a consent has no list: its editor stays
    with demo_archive.session() as s:
        consent = s.get_one(Consent, consent_id)
        assert (consent.withdrawn_on, consent.embargo_until) == (date.today(), date(2031, 6, 30))
        interview = s.scalars(select(Interview).where(Interview.title == BEEKEEPER.interview_title)).one()
        assert interview_access(s, interview) == "closed"  # effective access follows at once
    undo(window, qtbot)
    with demo_archive.session() as s:
        consent = s.get_one(Consent, consent_id)
        assert (consent.withdrawn_on, consent.embargo_until) == (None, None)
    assert editor.fields["withdrawn_on"].get() is None

    type_into(editor, "signed_on", "2999-01-01")
    assert not window.detail.save()
    assert error_of(editor, "signed_on") == "Zgoda nie może być podpisana w przyszłości."
    window.detail.revert()

    with demo_archive.transaction() as s:
        update_consent(s, consent_id or 0, expected_version=None, notes="Potwierdzona telefonicznie.")
    type_into(editor, "embargo_until", "2030-01-01")
    seen = answer_conflict("reload")
    assert not window.detail.save()
    assert seen and editor.fields["embargo_until"].get() is None
    assert editor.fields["notes"].get() == "Potwierdzona telefonicznie."


def test_a_consent_is_added_from_the_person_and_leads_back_to_them(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    person = show(window, "people", EMBARGOED.name)
    assert isinstance(person, PersonEditor)
    person_id = person.record_id
    qtbot.mouseClick(person.consents.add_button, Qt.MouseButton.LeftButton)
    editor = window.detail.current_editor()
    assert isinstance(editor, ConsentEditor) and editor.record_id is None
    assert editor.fields["person_id"].get() == person_id
    scope = editor.fields["scope"]
    assert isinstance(scope, ChoiceField)
    scope.set("research")
    type_into(editor, "interview_id", EMBARGOED.interview_title)
    type_into(editor, "notes", "Zgoda na badania, podpisana w świetlicy w Ćmielowie.")
    save(editor, qtbot)
    with demo_archive.session() as s:
        added = s.scalars(
            select(Consent).where(Consent.person_id == person_id).order_by(Consent.id.desc())
        ).first()
        assert added is not None and added.scope == "research" and added.interview is not None
        assert added.interview.title == EMBARGOED.interview_title
    assert editor.record_id == added.id
    qtbot.mouseClick(editor.fields["person_id"].open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    back = window.detail.current_editor()
    assert isinstance(back, PersonEditor) and back.record_id == person_id
    assert back.consents.list.count() == 2
    assert "wykorzystanie w badaniach" in back.consents.list.item(1).text()

    undo(window, qtbot)  # a consent typed in by mistake: Ctrl+Z takes the new consent away
    with demo_archive.session() as s:
        assert s.get(Consent, added.id) is None
    assert back.consents.list.count() == 1
    window.actions.redo.trigger()
    with demo_archive.session() as s:
        again = s.scalars(
            select(Consent).where(Consent.person_id == person_id, Consent.scope == "research")
        ).one()
        assert again.notes == "Zgoda na badania, podpisana w świetlicy w Ćmielowie."
    assert back.consents.list.count() == 2


def test_a_consent_entered_by_mistake_is_deleted_from_its_editor_and_comes_back_with_undo(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    withdrawn = next(n for n in NARRATORS if n.withdrawn_on)
    with demo_archive.transaction() as s:
        person_id = s.scalars(select(Person.id).where(Person.name == EMBARGOED.name)).one()
        mistake = add_consent(s, person_id=person_id, scope="research", signed_on="2024-03-01").id
        add_user(s, name="wolontariusz", role="volunteer")
    window = open_window(demo_archive)
    person = show(window, "people", EMBARGOED.name)
    assert isinstance(person, PersonEditor)
    row = next(n for n, (_, consent_id) in enumerate(person.consents.linked()) if consent_id == mistake)
    person.consents.list.setCurrentRow(row)
    qtbot.mouseClick(person.consents.open_button, Qt.MouseButton.LeftButton)
    editor = window.detail.current_editor()
    assert isinstance(editor, ConsentEditor) and editor.record_id == mistake
    assert editor.delete_button.isVisible()
    asked = answer_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Ctrl+Z" in asked[0]
    with demo_archive.session() as s:
        assert s.get(Consent, mistake) is None
    back = window.detail.current_editor()
    assert isinstance(back, PersonEditor) and back.record_id == person_id
    assert mistake not in [consent_id for _, consent_id in back.consents.linked()]
    assert window.undo_stack.undoText() == "Usuń: zgoda"
    window.activateWindow()  # back from the question box (offscreen, activation does not return)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    undo(window, qtbot)
    with demo_archive.session() as s:
        again = s.scalars(
            select(Consent).where(Consent.person_id == person_id, Consent.scope == "research")
        ).one()
        assert again.signed_on == date(2024, 3, 1)

    person = show(window, "people", withdrawn.name)  # a withdrawn consent offers no Delete
    qtbot.mouseClick(person.consents.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    editor = window.detail.current_editor()
    assert isinstance(editor, ConsentEditor) and editor.fields["withdrawn_on"].get() is not None
    assert not editor.delete_button.isVisible()
    volunteer = open_window(demo_archive, user="wolontariusz")
    person = show(volunteer, "people", EMBARGOED.name)
    qtbot.mouseClick(person.consents.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    editor = volunteer.detail.current_editor()
    assert isinstance(editor, ConsentEditor) and not editor.delete_button.isVisible()


def test_a_new_subject_is_undone_and_redone_and_an_unused_one_deleted_but_a_used_one_kept(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.show_section("subjects")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.detail.current_editor()
    assert isinstance(editor, SubjectEditor)
    type_into(editor, "label", "bartnictwo")
    type_into(editor, "parent", "pszczelarstwo")
    save(editor, qtbot)

    def labelled(label: str) -> Subject | None:
        with demo_archive.session() as s:
            return s.scalars(select(Subject).where(Subject.label == label)).one_or_none()

    assert labelled("bartnictwo") is not None
    undo(window, qtbot)
    assert labelled("bartnictwo") is None and "bartnictwo" not in column_texts(window)
    window.actions.redo.trigger()
    made = labelled("bartnictwo")
    assert made is not None and made.parent_id is not None and "bartnictwo" in column_texts(window)

    editor = show(window, "subjects", "bartnictwo")  # made again under a new id: still editable
    type_into(editor, "label_en", "forest beekeeping")
    save(editor, qtbot)
    assert (labelled("bartnictwo") or made).label_en == "forest beekeeping"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert labelled("bartnictwo") is None
    undo(window, qtbot)
    back = labelled("bartnictwo")
    assert back is not None and back.label_en == "forest beekeeping"

    show(window, "subjects", "pszczelarstwo")
    seen = answer_box(None)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert labelled("pszczelarstwo") is not None
    assert seen == ["Temat jest przypisany do rekordów: 2; zamiast go usuwać, zmień jego nazwę."]


def column_texts(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


# -- roles ------------------------------------------------------------------------------------------
def _read_only(editor: RecordEditor) -> bool:
    """Nothing on the form takes input and there is nothing to save with."""
    for field in editor.fields.values():
        widget = field.editor
        if isinstance(field, LinksField):
            if field.line.isVisible() or field.add_button.isVisible():
                return False
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            if not widget.isReadOnly():
                return False
        elif hasattr(field, "roles"):
            if not all(line.line.isReadOnly() for line in field.roles.values()):  # type: ignore[attr-defined]
                return False
        elif widget.isEnabled():
            return False
    return editor.read_only and not editor.save_button.isVisible()


def test_a_researcher_gets_every_editor_read_only(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    with demo_archive.transaction() as s:
        add_user(s, name="badacz", role="researcher")
    window = open_window(demo_archive, user="badacz")
    seen = set()
    for section in ("interviews", "assets", "stories", "subjects", "places"):
        window.actions.thumbnails.setChecked(False)
        window.show_section(section)
        assert window.model.rowCount() > 0
        window.table.selectRow(0)
        editor = window.detail.current_editor()
        assert editor is not None and _read_only(editor), section
        seen.add(editor.kind)
        window.table.setFocus()
        qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert window.detail.current_editor() is editor  # no new record either
    person = show(window, "people", BEEKEEPER.name)
    assert isinstance(person, PersonEditor) and not person.consents.add_button.isVisible()
    qtbot.mouseClick(person.consents.open_button, Qt.MouseButton.LeftButton)
    consent = window.detail.current_editor()
    assert isinstance(consent, ConsentEditor) and _read_only(consent)
    assert not consent.withdraw_button.isVisible()
    assert not consent.form.isRowVisible(consent.fields["notes"])  # staff notes stay with the staff
    assert seen == {"interview", "asset", "story", "subject", "place"}


def test_a_volunteer_edits_a_place_but_has_no_trash(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    with demo_archive.transaction() as s:
        add_user(s, name="wolontariusz", role="volunteer")
    window = open_window(demo_archive, user="wolontariusz")
    editor = show(window, "places", "Lipowa")
    type_into(editor, "kind", "wieś")
    save(editor, qtbot)
    with demo_archive.session() as s:
        place = s.scalars(select(Place).where(Place.name == "Lipowa")).one()
        assert place.kind == "wieś"
    assert not window.actions.trash.isVisible()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    with demo_archive.session() as s:
        assert s.scalars(select(Place).where(Place.name == "Lipowa")).one().deleted_at is None
    consent = _consent_of(window, BEEKEEPER.name, qtbot)
    assert not consent.read_only and not consent.form.isRowVisible(consent.fields["notes"])
    with demo_archive.session() as s:
        assert s.scalars(select(Person).where(Person.name == BEEKEEPER.name)).one()
