"""Full-text search in the window: queries as typed, bold snippets, facets, errors, hits that open."""

from __future__ import annotations

import shutil
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from archive_schema import Cue, Person
from tests.test_ui_fixtures import demo_template, open_window, type_text, ui_settings
from zacni_app.core.archive import Archive
from zacni_app.core.demo_content import NARRATORS
from zacni_app.core.search import search
from zacni_app.core.users import add_user
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import Qt
from zacni_app.ui.search_panel import LIMIT, SearchPanel
from zacni_app.ui.search_results import HTML_ROLE, media_time, snippet_html

__all__ = ["demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]
RESEARCHER = "badaczka"


@pytest.fixture(scope="module")
def indexed_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with a researcher and its search index built once (each test copies it)."""
    root = tmp_path_factory.mktemp("indexed") / "archive"
    shutil.copytree(demo_template, root)
    with Archive.open(root) as archive:
        with archive.transaction() as s:
            add_user(s, name=RESEARCHER, role="researcher")
        search(archive, "pszczoły")
    return root


@pytest.fixture
def demo_archive(indexed_template: Path, tmp_path: Path) -> Iterator[Archive]:
    root = tmp_path / "demo-archive"
    shutil.copytree(indexed_template, root)
    archive = Archive.open(root)
    yield archive
    archive.close()


def restricted_titles() -> set[str]:
    """Interviews under embargo, withdrawn, or consented for the archive only."""
    return {
        n.interview_title
        for n in NARRATORS
        if n.withdrawn_on or n.embargo_until or n.consent_scope == "archive"
    }


def answered(qtbot: QtBot, panel: SearchPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20000)


def shown_hits(panel: SearchPanel) -> list[tuple[str, int]]:
    return [(h.type, h.id) for h in panel.model.hits]


def row_of(panel: SearchPanel, hit_type: str) -> int:
    return next(n for n, h in enumerate(panel.model.hits) if h.type == hit_type)


def test_typing_without_diacritics_finds_hits_with_the_matches_in_bold(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    panel = window.search_panel
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert panel.query_field.hasFocus()
    type_text(panel.query_field, "pszczoly")
    assert panel.busy() and panel.model.rowCount() == 0  # waits for a pause in typing
    answered(qtbot, panel)
    expected = search(demo_archive, "pszczoly", user="admin", limit=LIMIT)
    assert expected.hits and shown_hits(panel) == [(h.type, h.id) for h in expected.hits]
    assert window.centre.currentWidget() is panel
    assert panel.summary.text() == f"Znaleziono: {expected.total}"
    html = [panel.model.index(r, 0).data(HTML_ROLE) for r in range(panel.model.rowCount())]
    assert any("<b>pszczołami</b>" in text for text in html)
    for hit, text in zip(panel.model.hits, html, strict=True):
        assert "«" not in text and "»" not in text
        if "«" in hit.snippet:
            assert "<b>" in text.split("<br>", 1)[1]
    cue = row_of(panel, "cue")
    hit = panel.model.hits[cue]
    assert f"transkrypcja · {media_time(hit.start_ms)}" in html[cue]
    # Polish letters typed with their diacritics find the same
    panel.query_field.clear()
    type_text(panel.query_field, "pszczoły")
    answered(qtbot, panel)
    assert shown_hits(panel) == [(h.type, h.id) for h in expected.hits]


def test_snippets_are_text_never_markup() -> None:
    assert snippet_html("a <b>tag</b> & «Łąka» «x<y»") == (
        "a &lt;b&gt;tag&lt;/b&gt; &amp; <b>Łąka</b> <b>x&lt;y</b>"
    )
    assert media_time(20_800) == "00:20" and media_time(3_725_000) == "1:02:05"


def test_a_facet_checkbox_narrows_the_hits_and_unticking_brings_them_back(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    panel = window.search_panel
    panel.set_query("pszczoly")
    answered(qtbot, panel)
    everything = shown_hits(panel)
    counts = dict(panel.result.facets["kind"])
    assert "audio" in counts and counts["audio"] < len(everything)
    box = panel.facets.boxes[("kind", "audio")]
    assert box.text() == f"nagranie ({counts['audio']})"
    box.click()
    answered(qtbot, panel)
    narrowed = search(demo_archive, "pszczoly", user="admin", limit=LIMIT, facets={"kind": ["audio"]})
    assert shown_hits(panel) == [(h.type, h.id) for h in narrowed.hits]
    assert len(shown_hits(panel)) == counts["audio"] < len(everything)
    assert panel.facets.boxes[("kind", "audio")].isChecked()  # rebuilt, still ticked
    panel.facets.boxes[("kind", "audio")].click()
    answered(qtbot, panel)
    assert shown_hits(panel) == everything


def test_a_malformed_query_is_explained_in_polish(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    panel = window.search_panel
    panel.set_query("pszczoly")
    answered(qtbot, panel)
    assert panel.model.rowCount() > 0
    type_text(panel.query_field, ' "ule')
    answered(qtbot, panel)
    assert panel.model.rowCount() == 0
    assert panel.message.isVisible()
    assert "Cudzysłów (&quot;) nie jest zamknięty." in panel.message.text()
    panel.set_query("miejsce:")
    answered(qtbot, panel)
    assert "trzeba podać wartość" in panel.message.text()
    panel.set_query("(pszczoly")
    answered(qtbot, panel)
    assert "Nawias jest otwarty, ale nie zamknięty." in panel.message.text()


def test_did_you_mean_offers_the_word_and_a_click_searches_it(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    panel = window.search_panel
    panel.set_query("pszczolamy")
    answered(qtbot, panel)
    expected = search(demo_archive, "pszczolamy", user="admin")
    assert expected.total == 0 and expected.suggestions
    assert panel.model.rowCount() == 0
    assert panel.summary.text() == "Nic nie znaleziono dla „pszczolamy”"
    text = panel.message.text()
    assert text.startswith("Czy chodziło o: ") and f">{expected.suggestions[0]}</a>" in text
    panel.message.linkActivated.emit("0")  # what a click on the first suggestion does
    answered(qtbot, panel)
    assert panel.query_field.text() == expected.suggestions[0]
    again = search(demo_archive, expected.suggestions[0], user="admin", limit=LIMIT)
    assert again.hits and shown_hits(panel) == [(h.type, h.id) for h in again.hits]


def test_double_clicking_a_transcript_hit_opens_the_recording_at_its_second(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[object, ...]] = []
    room = types.ModuleType("zacni_app.ui.listening_room")
    room.open_listening_room = lambda *args: opened.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "zacni_app.ui.listening_room", room)
    window = open_window(demo_archive)
    panel = window.search_panel
    panel.set_query("pszczoly")
    answered(qtbot, panel)
    row = next(n for n, h in enumerate(panel.model.hits) if h.type == "cue" and h.start_ms)
    hit = panel.model.hits[row]
    rect = panel.results.visualRect(panel.model.index(row, 0))
    with qtbot.waitSignal(panel.open_recording, timeout=2000) as signal:
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [hit.asset_id, hit.start_ms]
    assert opened == [(window, demo_archive, window.actor, window.settings, hit.asset_id, hit.start_ms)]


def test_without_the_listening_room_a_transcript_hit_selects_its_recording(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "zacni_app.ui.listening_room", None)  # import fails
    window = open_window(demo_archive)
    panel = window.search_panel
    panel.set_query("pszczoly")
    answered(qtbot, panel)
    hit = panel.model.hits[row_of(panel, "cue")]
    panel.open_recording.emit(hit.asset_id, hit.start_ms)
    assert window.model.section == "assets"
    assert window.centre.currentWidget() in (window.table, window.grid)
    assert window.current_key() == hit.asset_id


def test_enter_on_an_interview_hit_opens_it_in_its_section(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    type_text(window.search_field, "zzz")  # a list filter that would hide the interview
    panel = window.search_panel
    panel.set_query("pszczoly")
    answered(qtbot, panel)
    row = row_of(panel, "interview")
    hit = panel.model.hits[row]
    panel.results.setFocus()
    panel.results.setCurrentIndex(panel.model.index(row, 0))
    editor = window.detail.current_editor()
    assert editor is not None and editor.record_id == hit.id  # the current hit is shown beside
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.model.section == "interviews"
    assert window.centre.currentWidget() is window.table
    assert window.current_key() == hit.id
    assert window.search_field.text() == ""


def test_a_researcher_gets_only_what_search_lets_them_see(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    with demo_archive.session() as s:
        closed = s.scalars(select(Cue).where(Cue.text.contains("odszkodowanie"))).one()
    as_admin = search(demo_archive, "pszczoly", user="admin", limit=LIMIT)
    assert ("cue", closed.id) in [(h.type, h.id) for h in as_admin.hits]
    window = open_window(demo_archive, user=RESEARCHER)
    panel = window.search_panel
    type_text(panel.query_field, "pszczoly")
    answered(qtbot, panel)
    as_researcher = search(demo_archive, "pszczoly", user=RESEARCHER, limit=LIMIT)
    assert shown_hits(panel) == [(h.type, h.id) for h in as_researcher.hits]
    assert ("cue", closed.id) not in shown_hits(panel)
    assert "odszkodowanie" not in " ".join(h.snippet for h in panel.model.hits)
    panel.set_query("odszkodowanie")
    answered(qtbot, panel)
    assert panel.model.rowCount() == 0 and not panel.message.isVisible()  # not even a suggestion
    hidden = restricted_titles()
    assert hidden
    for title in hidden:
        assert title in [h.title for h in search(demo_archive, title, user="admin").hits]
        panel.set_query(title)
        answered(qtbot, panel)
        assert title not in [h.title for h in panel.model.hits]


def test_a_person_found_by_search_is_edited_beside_the_hits_and_the_edit_undone(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.table.selectRow(0)  # something else is selected in the list behind the search page
    listed = window.current_key()
    panel = window.search_panel
    type_text(panel.query_field, "Wojcik")
    answered(qtbot, panel)
    row = row_of(panel, "person")
    person_id = panel.model.hits[row].id
    assert person_id != listed
    panel.results.setCurrentIndex(panel.model.index(row, 0))
    editor = window.detail.current_editor()
    assert editor is not None and editor.kind == "person" and editor.record_id == person_id
    before = editor.fields["locality"].get()
    line = editor.fields["locality"].editor
    line.setFocus()
    line.clear()  # type: ignore[attr-defined]
    type_text(line, "Łężyce")
    assert window.detail.save()
    with demo_archive.session() as s:
        assert s.get(Person, person_id).locality == "Łężyce"  # type: ignore[union-attr]
    assert window.centre.currentWidget() is panel  # still on the hits,
    assert window.detail.current_editor() is editor and editor.record_id == person_id  # on that person
    window.actions.undo.trigger()
    with demo_archive.session() as s:
        assert s.get(Person, person_id).locality == before  # type: ignore[union-attr]
    assert editor.fields["locality"].get() == before
