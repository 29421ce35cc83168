"""The listening room over real archives and real recordings: play, follow, seek, type, index, publish.

Playback here runs without a sound card: Qt's FFmpeg backend finds no audio device under the
offscreen platform (PulseAudio is not reachable, QMediaDevices lists no outputs), logs "No audio
device detected" and plays on its own clock, so the position really advances in real time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import shiboken6
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from archive_schema import Asset, Interview
from tests.media_factory import make_video, make_wav
from tests.test_ui_fixtures import demo_archive, demo_template, type_text, ui_settings
from zacni_app.core import transcript_edits as edits
from zacni_app.core.archive import Archive
from zacni_app.core.demo_content import NARRATORS
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.users import add_user
from zacni_app.core.waveform import Peaks
from zacni_app.ui.language import install_translations
from zacni_app.ui.listening_room import ListeningRoom, open_listening_room
from zacni_app.ui.qt import QApplication, QMessageBox, QPoint, QSettings, Qt, QTimer, QVideoWidget, QWidget
from zacni_app.ui.record_form import LabelsField
from zacni_app.ui.room_shortcuts import ShortcutsDialog
from zacni_app.ui.waveform_view import WaveformView

__all__ = ["demo_archive", "demo_template", "ui_settings"]

OpenRoom = Callable[..., ListeningRoom]
CTRL = Qt.KeyboardModifier.ControlModifier
BEEKEEPER = NARRATORS[0]
CLOSED_TEXT = "Raz sąsiad opryskał rzepak"


@pytest.fixture
def open_room(
    qapp: QApplication, qtbot: QtBot, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[OpenRoom]:
    """Opens the room as the catalogue does, in Polish, active (so its shortcuts reach it).

    A warning box would wait for a click forever: it is recorded instead, and none may appear."""
    install_translations(qapp, "pl")
    opened: list[ListeningRoom] = []
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def make(archive: Archive, asset_id: int, *, user: str = "admin", settings: QSettings | None = None,
             start_ms: int = 0) -> ListeningRoom:  # fmt: skip
        room = open_listening_room(
            None, archive, archive.actor(user), settings or ui_settings, asset_id, start_ms
        )
        room.activateWindow()
        qtbot.waitUntil(room.isActiveWindow, timeout=5000)
        opened.append(room)
        return room

    yield make
    for room in opened:
        if shiboken6.isValid(room):
            room.close()
    assert warnings == []


def beekeeper(archive: Archive) -> int:
    with archive.session() as s:
        return int(
            s.scalars(
                select(Asset.id)
                .join(Interview, Asset.interview_id == Interview.id)
                .where(Asset.kind == "audio", Interview.title == BEEKEEPER.interview_title)
            ).one()
        )


def recording(archive: Archive, tmp_path: Path, seconds: float = 8) -> int:
    """A generated recording with no transcript yet (what a transcriptionist starts from)."""
    report = ingest_paths(archive, [make_wav(tmp_path / "nagranie.wav", seconds=seconds)])
    return int(report.imported[0]["asset_id"])


def stored(archive: Archive, asset_id: int, user: str = "admin") -> list[edits.CueRow]:
    with archive.session(user) as s:
        state = edits.transcript_state(s, asset_id)
    return list(state.cues) if state else []


def when_dialog_opens(answer: Callable[[QWidget], None], within_s: float = 20) -> list[str]:
    """Answer the next modal dialog as a user would, however late it opens (the machine may be busy);
    returns the list its object name is added to once answered."""
    answered: list[str] = []
    timer = QTimer(QApplication.instance())
    deadline = time.monotonic() + within_s

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if (dialog is not None and not answered) or time.monotonic() > deadline:
            timer.stop()
            timer.deleteLater()
        if dialog is not None and not answered:
            answered.append(dialog.objectName())
            answer(dialog)

    timer.timeout.connect(poll)
    timer.start(50)
    return answered


def focus(qtbot: QtBot, widget: object) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus, timeout=3000)  # type: ignore[attr-defined]


def test_a_generated_recording_plays_and_its_position_advances(
    archive: Archive, tmp_path: Path, open_room: OpenRoom, qtbot: QtBot
) -> None:
    room = open_room(archive, recording(archive, tmp_path, seconds=6))
    player = room.player
    assert player.audio.parent() is player.media  # the output dies with the player, never before it
    assert room.waveform.peaks is not None and room.waveform.peaks.duration_ms == 6000
    player.play()
    qtbot.waitUntil(lambda: player.position() >= 700, timeout=8000)
    assert player.is_playing()
    assert player.time_label.text().startswith("00:00:0")
    player.pause()
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=3000)
    paused_at = player.position()
    qtbot.wait(300)
    assert player.position() == paused_at


def test_a_video_shows_in_a_video_widget_and_plays(
    archive: Archive, tmp_path: Path, open_room: OpenRoom, qtbot: QtBot
) -> None:
    video = make_video(tmp_path / "warsztat.mp4", "mp4", seconds=3)
    asset_id = int(ingest_paths(archive, [video]).imported[0]["asset_id"])
    room = open_room(archive, asset_id)
    player = room.player
    assert isinstance(player.video, QVideoWidget) and player.media.videoOutput() is player.video
    assert player.video.isVisible()
    player.play()
    qtbot.waitUntil(lambda: player.position() >= 500, timeout=8000)
    assert player.media.hasVideo()
    player.pause()


def test_the_cue_being_heard_is_highlighted_and_scrolled_to_while_playing(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    room = open_room(demo_archive, beekeeper(demo_archive))
    model, table = room.transcript.model, room.transcript.table
    table.setFixedHeight(120)  # a few rows: the cue being heard must be scrolled to
    chosen = room.transcript.pane_cue
    last = len(model.rows) - 1
    room.player.seek(model.rows[last].start_ms - 400)
    room.player.play()
    qtbot.waitUntil(lambda: model.current == last, timeout=6000)
    room.player.pause()
    index = model.index(last, 3)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert table.viewport().rect().intersects(table.visualRect(index))
    assert room.transcript.pane_cue == chosen  # playback never moves the cue being typed
    completer = room.transcript.speaker.completer()
    assert {"Anna Nowak", "Stanisław Wójcik"} <= set(completer.model().stringList())
    completer.setCompletionPrefix("wójc")  # any part of the name, any case
    assert completer.currentCompletion() == "Stanisław Wójcik"


def test_clicking_the_waveform_or_a_cue_seeks_there(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    room = open_room(demo_archive, beekeeper(demo_archive))
    wave = room.waveform
    qtbot.waitUntil(lambda: room.player.duration >= 95_000, timeout=5000)
    x = wave.width() * 3 // 4
    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton, pos=QPoint(x, wave.height() // 2))
    expected = wave.view_start + x * (wave.view_end - wave.view_start) // wave.width()
    column_ms = (wave.view_end - wave.view_start) / wave.width()
    qtbot.waitUntil(lambda: abs(room.player.position() - expected) <= column_ms + 50, timeout=3000)
    table = room.transcript.table
    row = 5
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(row, 3)).center(),
    )
    qtbot.waitUntil(lambda: room.player.position() == room.transcript.model.rows[row].start_ms, timeout=3000)
    assert room.transcript.pane_cue == room.transcript.model.rows[row].id


def test_a_transcript_is_typed_from_scratch_with_the_keys_while_the_text_has_focus(
    archive: Archive, tmp_path: Path, open_room: OpenRoom, qtbot: QtBot
) -> None:
    asset_id = recording(archive, tmp_path)
    room = open_room(archive, asset_id)
    text = room.transcript.text
    focus(qtbot, text)
    qtbot.keyClick(text, Qt.Key.Key_T, CTRL)  # the first cue, at 0:00, starts the transcript
    assert [(c.start_ms, c.end_ms) for c in stored(archive, asset_id)] == [(0, 8000)]
    type_text(text, "Łąka za stodołą, ")
    room.player.seek(3000)
    qtbot.waitUntil(lambda: room.player.position() == 3000, timeout=3000)
    qtbot.keyClick(text, Qt.Key.Key_T, CTRL)  # the typed text stays, the next cue starts now
    assert text.hasFocus() and text.toPlainText() == ""
    type_text(text, "pszczołami się zajmuję.")
    cursor = text.textCursor().position()
    room.player.seek(6500)
    qtbot.waitUntil(lambda: room.player.position() == 6500, timeout=3000)
    qtbot.keyClick(text, Qt.Key.Key_Left, CTRL)  # back 5 s, not a word to the left
    qtbot.waitUntil(lambda: room.player.position() == 1500, timeout=3000)
    assert text.textCursor().position() == cursor
    qtbot.keyClick(text, Qt.Key.Key_Period, CTRL)
    assert room.player.rate() == pytest.approx(1.25)
    qtbot.keyClick(text, Qt.Key.Key_Space, CTRL)
    qtbot.waitUntil(room.player.is_playing, timeout=3000)
    qtbot.keyClick(text, Qt.Key.Key_Space, CTRL)
    qtbot.waitUntil(lambda: not room.player.is_playing(), timeout=3000)
    # what was typed is saved in the pause that follows, without leaving the field
    qtbot.waitUntil(lambda: len(stored(archive, asset_id)) == 2 and stored(archive, asset_id)[1].text != "",
                    timeout=5000)  # fmt: skip
    assert [(c.start_ms, c.end_ms, c.text) for c in stored(archive, asset_id)] == [
        (0, 3000, "Łąka za stodołą,"),
        (3000, 8000, "pszczołami się zajmuję."),
    ]


def test_split_and_merge_are_undone_and_redone_exactly(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    before = stored(demo_archive, asset_id)
    long_cue = before[1]
    room.transcript.select_cue(long_cue.id, cursor=long_cue.text.index("Ojciec"))
    room.player.seek(9000)
    qtbot.waitUntil(lambda: room.player.position() == 9000, timeout=3000)
    qtbot.keyClick(room.transcript.text, Qt.Key.Key_K, CTRL)
    split = stored(demo_archive, asset_id)
    assert len(split) == len(before) + 1
    assert (split[1].end_ms, split[1].text) == (9000, "Pamiętam, jakby to było wczoraj.")
    assert (split[2].start_ms, split[2].speaker) == (9000, "Stanisław Wójcik")
    assert split[2].text.startswith("Ojciec trzymał")
    room.undo_action.trigger()
    assert [(c.start_ms, c.end_ms, c.text, c.speaker) for c in stored(demo_archive, asset_id)] == [
        (c.start_ms, c.end_ms, c.text, c.speaker) for c in before
    ]
    room.redo_action.trigger()
    assert len(stored(demo_archive, asset_id)) == len(before) + 1
    room.undo_action.trigger()
    question = before[2]  # "I nie bał się pan użądleń?" (Anna Nowak) into the answer before it
    room.transcript.select_cue(long_cue.id)
    room.merge_action.trigger()
    merged = stored(demo_archive, asset_id)
    assert merged[1].text == f"{long_cue.text} {question.text}" and merged[1].end_ms == question.end_ms
    room.undo_action.trigger()
    assert [(c.start_ms, c.end_ms, c.text, c.speaker) for c in stored(demo_archive, asset_id)] == [
        (c.start_ms, c.end_ms, c.text, c.speaker) for c in before
    ]
    room.redo_action.trigger()
    assert len(stored(demo_archive, asset_id)) == len(before) - 1


def test_undo_while_typing_takes_back_the_typing_not_the_edit_before(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    cue = room.transcript.model.rows[2]
    room.transcript.select_cue(cue.id, cursor=len(cue.text))
    type_text(room.transcript.text, " Żółć, nie miód!")
    room.player.seek(19_000)
    qtbot.waitUntil(lambda: room.player.position() == 19_000, timeout=3000)
    qtbot.keyClick(room.transcript.text, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert room.transcript.text.toPlainText() == f"{cue.text} Żółć, nie miód![00:00:19] "
    room.undo_action.trigger()  # from the toolbar: the focus stays in the text, nothing was saved yet
    assert stored(demo_archive, asset_id)[2].text == cue.text
    assert room.transcript.text.toPlainText() == cue.text
    room.redo_action.trigger()
    assert stored(demo_archive, asset_id)[2].text == f"{cue.text} Żółć, nie miód![00:00:19]"


def test_a_segment_is_made_at_the_current_time_edited_marked_and_undone(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    index = room.index
    room.player.seek(12_000)
    qtbot.waitUntil(lambda: room.player.position() == 12_000, timeout=3000)
    room.new_segment_action.trigger()
    assert index.shown is not None and index.shown.start_ms == 12_000
    assert index.title.line.hasFocus() and index.title.line.text() == "Fragment od 00:00:12"
    type_text(index.title.line, "Słomiane ule ojca")
    index.fields["synopsis"].set("Ojciec trzymał sześć uli za stodołą, w Karwowie.")
    index.fields["keywords"].set(["ule słomiane", "ojciec"])
    index.fields["subjects"].set(["Pszczelarstwo"])
    index.fields["places"].set(["Karwów"])
    subjects = index.fields["subjects"]
    assert isinstance(subjects, LabelsField)
    assert "pszczelarstwo" in subjects.line.completer().model().stringList()  # from the vocabulary
    qtbot.mouseClick(index.save_button, Qt.MouseButton.LeftButton)
    with demo_archive.session() as s:
        made = next(g for g in edits.list_segments(s, asset_id) if g.start_ms == 12_000)
    assert (made.title, made.keywords, made.places) == (
        "Słomiane ule ojca",
        ("ule słomiane", "ojciec"),
        ("Karwów",),
    )
    assert [m.label for m in room.waveform.marks if m.ms == 12_000] == ["Słomiane ule ojca"]
    room.player.seek(0)
    qtbot.waitUntil(lambda: room.player.position() == 0, timeout=3000)
    room.next_action.trigger()
    qtbot.waitUntil(lambda: room.player.position() == 12_000, timeout=3000)
    room.next_action.trigger()
    qtbot.waitUntil(lambda: room.player.position() == 31_600, timeout=3000)  # "Miodobranie"
    room.previous_action.trigger()
    qtbot.waitUntil(lambda: room.player.position() == 12_000, timeout=3000)
    room.undo_action.trigger()  # the edit
    with demo_archive.session() as s:
        titles = [g.title for g in edits.list_segments(s, asset_id)]
    assert "Fragment od 00:00:12" in titles and "Słomiane ule ojca" not in titles
    room.undo_action.trigger()  # the new segment
    with demo_archive.session() as s:
        assert [g.start_ms for g in edits.list_segments(s, asset_id)] == [
            g.start_ms for g in BEEKEEPER.segments
        ]
    assert 12_000 not in [m.ms for m in room.waveform.marks]


def test_the_index_round_trips_through_ohms_xml_from_the_window(
    demo_archive: Archive, open_room: OpenRoom, tmp_path: Path
) -> None:
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    with demo_archive.transaction() as s:
        first = edits.list_segments(s, asset_id)[0]
        edits.update_segment(
            s,
            first.id,
            expected_version=None,
            places=["Karwów", "Opatów"],
            partial_transcript="Ojciec trzymał sześć uli…",
        )
    room.reload()
    with demo_archive.session() as s:
        before = [g.values() for g in edits.list_segments(s, asset_id)]
    target = tmp_path / "wojcik.xml"
    assert room.files.export_ohms(target) == len(before)
    for _ in before:
        room.index.select_segment(room.index.model.rows[0].id)
        room.index.delete_selected()
    assert room.index.model.rows == []
    assert room.files.import_ohms(target) == len(before)
    with demo_archive.session() as s:
        after = [g.values() for g in edits.list_segments(s, asset_id)]
    # OHMS counts whole seconds (core/ohms.py rounds start_ms down); everything else comes back as it was
    assert after == [{**v, "start_ms": v["start_ms"] // 1000 * 1000} for v in before]
    assert after[0]["places"] == ["Karwów", "Opatów"] and after[0]["partial_transcript"]
    assert [r.title for r in room.index.model.rows] == [v["title"] for v in before]


def test_a_transcript_exported_and_imported_again_keeps_its_cues_and_its_closed_passage(
    demo_archive: Archive, open_room: OpenRoom, tmp_path: Path
) -> None:
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    before = stored(demo_archive, asset_id)
    stamped = tmp_path / "wojcik.txt"
    assert room.files.export_transcript(stamped, "txt") == len(before)
    assert stamped.read_text(encoding="utf-8").startswith("[00:00:00.600] Anna Nowak: Panie Stanisławie")
    for fmt in ("vtt", "srt"):
        target = tmp_path / f"wojcik.{fmt}"
        assert room.files.export_transcript(target, fmt) == len(before)
        assert room.files.import_transcript(target) == len(before)
        again = stored(demo_archive, asset_id)
        assert [(c.start_ms, c.end_ms, c.speaker, c.text, c.access) for c in again] == [
            (c.start_ms, c.end_ms, c.speaker, c.text, c.access) for c in before
        ]
    assert room.undo_stack.count() == 0
    assert [c.text for c in room.transcript.model.rows] == [c.text for c in before]
    closed = next(n for n, c in enumerate(room.transcript.model.rows) if c.access == "closed")
    tip = room.transcript.model.data(room.transcript.model.index(closed, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Fragment zastrzeżony")  # staff see it, marked, so it is never published by mistake


def test_a_researcher_hears_and_reads_but_does_not_edit_and_the_closed_passage_is_left_out(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    with demo_archive.transaction() as s:
        add_user(s, name="badaczka", role="researcher")
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id, user="badaczka", start_ms=62_000)
    model = room.transcript.model
    texts = [c.text for c in model.rows]
    assert len(texts) == len(BEEKEEPER.cues) and not any(CLOSED_TEXT in t for t in texts)
    [hidden] = [n for n, c in enumerate(model.rows) if c.id == edits.REDACTED_ID]  # seen as closed, unread
    assert model.index(hidden, 3).data() == "[fragment zastrzeżony]"
    assert model.flags(model.index(hidden, 3)) == Qt.ItemFlag.ItemIsEnabled
    closed = (model.rows[hidden].start_ms, model.rows[hidden].end_ms)
    assert closed[0] <= 62_000 < closed[1]
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert room.transcript.text.isReadOnly() and room.index.title.line.isReadOnly()
    assert not room.clips.isVisible() and not room.index.save_button.isVisible()
    assert not any(a.isVisible() for a in room.editing_actions())
    focus(qtbot, room.transcript.table)
    qtbot.keyClick(room.transcript.table, Qt.Key.Key_T, CTRL)
    assert len(stored(demo_archive, asset_id)) == len(BEEKEEPER.cues)  # nothing was added
    heard: list[int] = []
    room.player.position_changed.connect(heard.append)
    room.player.seek(closed[0] - 600)  # just before the closed passage: playback jumps over it
    room.player.play()
    qtbot.waitUntil(lambda: room.player.position() > closed[1] + 300, timeout=8000)
    room.player.pause()
    assert not [ms for ms in heard if closed[0] <= ms < closed[1]], "the closed passage was played"
    room.player.seek(closed[0] + 1000)  # a seek into it lands after it
    qtbot.waitUntil(lambda: room.player.position() >= closed[1], timeout=3000)


def test_a_change_saved_by_another_pc_first_is_not_overwritten(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    cue = room.transcript.model.rows[0]
    with demo_archive.transaction() as s:  # the other PC
        edits.update_cue(s, cue.id, expected_version=None, text="Poprawione na drugim komputerze.")
    answered = when_dialog_opens(lambda dialog: dialog.reload_button.click())  # type: ignore[attr-defined]
    assert not room.transcript.edit_cue(cue.id, {"text": "Moja wersja z odsłuchu."})
    assert answered == ["conflict_dialog"]
    assert stored(demo_archive, asset_id)[0].text == "Poprawione na drugim komputerze."
    assert room.transcript.model.rows[0].text == "Poprawione na drugim komputerze."


def test_a_clip_is_marked_and_saved_for_a_story(
    demo_archive: Archive, open_room: OpenRoom, qtbot: QtBot
) -> None:
    from zacni_app.core.clips import list_clips

    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    for ms, action in ((5000, room.clips.set_in_action), (15_500, room.clips.set_out_action)):
        room.player.seek(ms)
        qtbot.waitUntil(lambda ms=ms: room.player.position() == ms, timeout=3000)
        action.trigger()
    assert room.waveform.clip == (5000, 15_500)
    room.clips.title.setText("Ojciec i sześć uli")
    room.clips.story.setCurrentIndex(room.clips.story.findText("Pszczoły z Karwowa"))
    clip_id = room.clips.save()
    with demo_archive.session() as s:
        (clip,) = list_clips(s, asset_id)
        assert (clip.id, clip.start_ms, clip.end_ms, clip.title) == (
            clip_id,
            5000,
            15_500,
            "Ojciec i sześć uli",
        )
        assert clip.story_id == room.clips.story.currentData()


def test_shortcuts_are_changed_in_a_dialog_kept_in_the_settings_and_work_while_typing(
    archive: Archive, tmp_path: Path, open_room: OpenRoom, ui_settings: QSettings, qtbot: QtBot
) -> None:
    asset_id = recording(archive, tmp_path)
    room = open_room(archive, asset_id)

    def choose_f9(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        dialog.edits["play_pause"].setKeySequence("F9")
        dialog.accept()

    answered = when_dialog_opens(choose_f9)
    room.shortcuts_action.trigger()
    assert answered == ["shortcuts_dialog"]
    assert ui_settings.value("listening_room/shortcuts/play_pause") == "F9"
    room.close()
    again = open_room(archive, asset_id)
    assert again.keyed["play_pause"].shortcut().toString() == "F9"
    again.player.seek(1000)
    focus(qtbot, again.transcript.text)
    qtbot.keyClick(again.transcript.text, Qt.Key.Key_F9)
    qtbot.waitUntil(again.player.is_playing, timeout=3000)
    again.player.pause()


def test_the_window_keeps_its_size_and_splitters(
    demo_archive: Archive, open_room: OpenRoom, ui_settings: QSettings
) -> None:
    asset_id = beekeeper(demo_archive)
    room = open_room(demo_archive, asset_id)
    room.resize(760, 560)  # within the offscreen screen (800×600): restoreGeometry keeps it on screen
    room.splitter.setSizes([170, 300])
    sizes = room.splitter.sizes()
    room.close()
    again = open_room(demo_archive, asset_id)
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes() == sizes


def synthetic_peaks(seconds: int) -> Peaks:
    rng = np.random.default_rng(7)
    count = seconds * 100
    maxs = rng.integers(0, 30000, count, dtype=np.int16)
    return Peaks(100, 16000, (-maxs).astype(np.int16), maxs, samples=seconds * 16000)


def best_paint_ms(view: WaveformView, peaks: Peaks, repeats: int = 9) -> float:
    """A full first paint (columns reduced, pixmaps drawn), the best of several: the least disturbed."""
    best = float("inf")
    for _ in range(repeats):
        view.set_peaks(peaks, peaks.duration_ms)
        started = time.perf_counter()
        view.grab()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def test_three_hours_of_waveform_paint_about_as_fast_as_one_minute(qtbot: QtBot) -> None:
    view = WaveformView()
    qtbot.addWidget(view)
    view.resize(1400, 120)
    minute = best_paint_ms(view, synthetic_peaks(60))
    three_hours = best_paint_ms(view, synthetic_peaks(3 * 3600))
    print(f"waveform paint: 1 min {minute:.2f} ms, 3 h {three_hours:.2f} ms ({three_hours / minute:.1f}×)")
    assert three_hours < minute * 4  # 180 times the peaks; drawing them one by one would be ~180×
    view.zoom(0.1, around_ms=3_600_000)  # the wheel: ten times closer around the pointer
    assert view.view_end - view.view_start == 3 * 360_000 and view.view_start < 3_600_000 < view.view_end
    view.set_position(view.view_end + 60_000)  # playback ran past the view: it pages along
    assert view.view_start <= view.position_ms < view.view_end
