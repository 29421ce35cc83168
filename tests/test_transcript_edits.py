"""Cue-by-cue transcript editing and index segment editing: versions, validation, access, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_schema import Asset, Cue, IndexSegment, Place, Subject, Transcript
from tests.media_factory import make_wav
from zacni_app.core import transcript_edits as edits
from zacni_app.core.archive import Archive
from zacni_app.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.interviews import add_interview
from zacni_app.core.people import add_person
from zacni_app.core.search import search
from zacni_app.core.transcript_records import save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user
from zacni_app.core.vocabulary import subject

SECONDS = 8


@pytest.fixture
def asset_id(archive: Archive, tmp_path: Path) -> int:
    """An 8-second recording, open to researchers, with people for a second role check."""
    report = ingest_paths(archive, [make_wav(tmp_path / "wywiad.wav", seconds=SECONDS)])
    found = int(report.imported[0]["asset_id"])
    with archive.transaction() as s:
        asset = s.get(Asset, found)
        assert asset is not None
        asset.access = "research"
        add_user(s, name="badacz", role="researcher")
        add_user(s, name="wolontariusz", role="volunteer")
    return found


def start_transcript(archive: Archive, asset_id: int, *texts: str) -> edits.TranscriptState:
    """A transcript typed from scratch: one 2-second cue per text, through the editing operations."""
    with archive.transaction() as s:
        transcript = edits.create_transcript(s, asset_id)
        version = transcript.version
        for n, text in enumerate(texts):
            change = edits.insert_cue(
                s,
                transcript.id,
                start_ms=n * 2000,
                end_ms=n * 2000 + 2000,
                text=text,
                expected_version=version,
            )
            version = change.version
    return state(archive, asset_id)


def state(archive: Archive, asset_id: int, user: str = "admin") -> edits.TranscriptState:
    with archive.session(user) as s:
        found = edits.transcript_state(s, asset_id)
    assert found is not None
    return found


def test_every_cue_edit_bumps_the_transcript_version_and_a_stale_version_is_refused(
    archive: Archive, asset_id: int
) -> None:
    first = start_transcript(archive, asset_id, "Jak się zaczęło?", "Od ojca, w Opatowie.")
    assert [c.text for c in first.cues] == ["Jak się zaczęło?", "Od ojca, w Opatowie."]
    cue = first.cues[1]
    with archive.transaction() as s:
        change = edits.update_cue(
            s,
            cue.id,
            expected_version=first.version,
            text="Od ojca, z pszczołami.",
            speaker="Stanisław Wójcik",
        )
    assert change.version == first.version + 1
    assert (change.cue.text, change.cue.speaker) == ("Od ojca, z pszczołami.", "Stanisław Wójcik")
    with pytest.raises(ConflictError, match="version"), archive.transaction() as s:
        edits.update_cue(s, cue.id, expected_version=first.version, text="Nadpisane po cichu")
    after = state(archive, asset_id)
    assert after.version == change.version
    assert after.cues[1].text == "Od ojca, z pszczołami."


def test_split_then_merge_with_the_old_text_gives_the_cue_back(archive: Archive, asset_id: int) -> None:
    before = start_transcript(archive, asset_id, "Łąka za stodołą.  Tam stały ule.", "Żółć i miód.")
    cue = before.cues[0]
    cut = cue.text.index("Tam")
    with archive.transaction() as s:
        split = edits.split_cue(s, cue.id, at_char=cut, at_ms=1200, expected_version=before.version)
    halves = state(archive, asset_id).cues
    assert [(c.start_ms, c.end_ms, c.text) for c in halves[:2]] == [
        (0, 1200, "Łąka za stodołą."),
        (1200, 2000, "Tam stały ule."),
    ]
    assert split.cue == halves[1]
    with archive.transaction() as s:
        merged = edits.merge_cue_with_next(s, cue.id, expected_version=split.version, text=cue.text)
    assert merged.cue == halves[1]  # the removed cue, to put back on undo
    assert state(archive, asset_id).cues == before.cues
    with archive.transaction() as s:
        edits.merge_cue_with_next(s, cue.id, expected_version=None)
    assert state(archive, asset_id).cues[0].text == "Łąka za stodołą.  Tam stały ule. Żółć i miód."


def test_times_and_positions_are_checked_and_the_error_names_the_field(
    archive: Archive, asset_id: int
) -> None:
    first = start_transcript(archive, asset_id, "Pszczoły", "Kuźnia")
    cue = first.cues[0]
    wrong = [
        (lambda s: edits.update_cue(s, cue.id, expected_version=None, start_ms=-5), "start_ms"),
        (lambda s: edits.update_cue(s, cue.id, expected_version=None, end_ms=SECONDS * 1000 + 1), "end_ms"),
        (lambda s: edits.update_cue(s, cue.id, expected_version=None, start_ms=1500, end_ms=1000), "end_ms"),
        (lambda s: edits.update_cue(s, cue.id, expected_version=None, colour="red"), "colour"),
        (lambda s: edits.split_cue(s, cue.id, at_char=2, at_ms=2500, expected_version=None), "at_ms"),
        (lambda s: edits.split_cue(s, cue.id, at_char=99, at_ms=1000, expected_version=None), "at_char"),
        (lambda s: edits.merge_cue_with_next(s, first.cues[1].id, expected_version=None), "cue"),
        (
            lambda s: edits.insert_cue(
                s, first.transcript_id, start_ms=SECONDS * 1000 + 10, expected_version=None
            ),
            "start_ms",
        ),
        (lambda s: edits.new_segment(s, asset_id, start_ms=0, title="  "), "title"),
        (lambda s: edits.new_segment(s, asset_id, start_ms=3000, end_ms=2000, title="Ule"), "end_ms"),
    ]
    for attempt, field in wrong:
        with pytest.raises(ValidationError) as raised, archive.transaction() as s:
            attempt(s)
        assert raised.value.field == field
    assert state(archive, asset_id) == first  # nothing was written


def test_a_new_cue_runs_to_the_next_one_and_over_a_closed_passage_is_closed(
    archive: Archive, asset_id: int
) -> None:
    with archive.transaction() as s:
        cues = [
            ParsedCue(0, 2000, "Jawne."),
            ParsedCue(4000, 6000, "Zamknięte."),
            ParsedCue(6000, 8000, "Koniec."),
        ]
        transcript = save_transcript(s, asset_id, cues, closed_cues=[1])
        version, transcript_id = transcript.version, transcript.id
    with archive.transaction() as s:
        gap = edits.insert_cue(s, transcript_id, start_ms=2500, expected_version=version)
        inside = edits.insert_cue(
            s, transcript_id, start_ms=4500, text="Tu też.", expected_version=gap.version
        )
    assert (gap.cue.start_ms, gap.cue.end_ms, gap.cue.access) == (2500, 4000, None)
    assert (inside.cue.end_ms, inside.cue.access) == (6000, "closed")
    with archive.transaction() as s:
        last = edits.insert_cue(s, transcript_id, start_ms=7000, expected_version=None)
    assert last.cue.end_ms == SECONDS * 1000  # nothing after it: to the end of the recording
    researcher = [c.text for c in state(archive, asset_id, "badacz").cues]
    assert researcher == ["Jawne.", "", "Koniec.", ""]


def test_restricted_cues_are_invisible_and_untouchable_below_their_level(
    archive: Archive, asset_id: int
) -> None:
    with archive.transaction() as s:
        cues = [
            ParsedCue(0, 2000, "Jawne.", "Anna Nowak"),
            ParsedCue(2000, 4000, "Sąsiad dostał odszkodowanie."),
        ]
        save_transcript(s, asset_id, cues, closed_cues=[1])
    admin = state(archive, asset_id)
    closed = admin.cues[1]
    assert closed.access == "closed"
    assert [c.text for c in state(archive, asset_id, "badacz").cues] == ["Jawne."]
    assert [c.text for c in state(archive, asset_id, "wolontariusz").cues] == ["Jawne."]
    with pytest.raises(NotFoundError), archive.transaction("wolontariusz") as s:
        edits.update_cue(s, closed.id, expected_version=None, text="Otwarte")
    with pytest.raises(NotFoundError), archive.transaction("wolontariusz") as s:
        edits.delete_cue(s, closed.id, expected_version=None)
    with pytest.raises(ValidationError) as raised, archive.transaction() as s:
        edits.merge_cue_with_next(s, admin.cues[0].id, expected_version=None)
    assert raised.value.field == "access"  # an open and a closed cue never become one
    with pytest.raises(PermissionDenied), archive.transaction("badacz") as s:
        edits.update_cue(s, admin.cues[0].id, expected_version=None, text="Badacz nie pisze")
    with pytest.raises(ValidationError), archive.transaction("wolontariusz") as s:
        edits.insert_cue(s, admin.transcript_id, start_ms=5000, access="closed", expected_version=None)
    with archive.transaction() as s:
        removed = edits.delete_cue(s, closed.id, expected_version=None)
        back = edits.insert_cue(
            s,
            admin.transcript_id,
            start_ms=removed.cue.start_ms,
            end_ms=removed.cue.end_ms,
            text=removed.cue.text,
            access=removed.cue.access,
            expected_version=removed.version,
        )
    assert back.cue.access == "closed"  # undoing a delete puts the closed passage back closed
    assert [c.text for c in state(archive, asset_id, "badacz").cues] == ["Jawne."]


def test_segments_take_subjects_and_places_from_the_vocabulary_and_keep_their_own_version(
    archive: Archive, asset_id: int
) -> None:
    with archive.transaction() as s:
        subject(s, "Bartnictwo leśne")
        segment = edits.new_segment(
            s,
            asset_id,
            start_ms=1000,
            end_ms=5000,
            title="Pierwszy ul",
            synopsis="Jak ojciec przywiózł ul z Ćmielowa.",
            keywords=["ul", " miód ", "ul"],
            subjects=["bartnictwo LEŚNE"],
            places=["Ćmielów"],
        )
        segment_id, version = segment.id, segment.version
    with archive.session() as s:
        (row,) = edits.list_segments(s, asset_id)
        assert s.query(Subject).filter(Subject.label.like("Bartnictwo%")).count() == 1
    assert (row.title, row.keywords, row.subjects, row.places) == (
        "Pierwszy ul",
        ("ul", "miód"),
        ("Bartnictwo leśne",),
        ("Ćmielów",),
    )
    with archive.transaction() as s:
        changed = edits.update_segment(
            s,
            segment_id,
            expected_version=version,
            places=["Opatów", "Ćmielów"],
            partial_transcript="Ojciec…",
        )
        new_version = changed.version
        assert s.query(Place).filter(Place.name == "Ćmielów").count() == 1  # found again, not added twice
    assert new_version == version + 1
    with pytest.raises(ConflictError), archive.transaction() as s:
        edits.update_segment(s, segment_id, expected_version=version, title="Stara wersja")
    with archive.transaction() as s:
        removed = edits.delete_segment(s, segment_id, expected_version=new_version)
        assert s.get(IndexSegment, segment_id) is None
        again = edits.new_segment(s, asset_id, **removed.values())
        restored = edits.segment_row(again)
    assert restored.places == ("Ćmielów", "Opatów")  # in Polish order, as the form lists them
    assert restored.values() == removed.values()


def test_a_closed_segment_is_left_out_for_a_researcher_and_cannot_be_edited_by_them(
    archive: Archive, asset_id: int
) -> None:
    with archive.transaction() as s:
        edits.new_segment(s, asset_id, start_ms=0, title="Dzieciństwo")
        hidden = edits.new_segment(s, asset_id, start_ms=3000, title="Odszkodowanie", access="closed")
        hidden_id = hidden.id
    with archive.session("badacz") as s:
        assert [g.title for g in edits.list_segments(s, asset_id)] == ["Dzieciństwo"]
    with archive.session() as s:
        assert [g.title for g in edits.list_segments(s, asset_id)] == ["Dzieciństwo", "Odszkodowanie"]
    with pytest.raises(NotFoundError), archive.transaction("wolontariusz") as s:
        edits.update_segment(s, hidden_id, expected_version=None, title="Otwarte")


def test_an_edited_cue_is_found_by_search_right_after_the_save(archive: Archive, asset_id: int) -> None:
    first = start_transcript(archive, asset_id, "Na początku było cicho.")
    assert search(archive, "pszczol").total == 0  # builds the index
    with archive.transaction() as s:
        edits.update_cue(s, first.cues[0].id, expected_version=first.version, text="Zaczęło się od pszczół.")
    hits = search(archive, "pszczol").hits
    assert [(h.asset_id, h.start_ms) for h in hits] == [(asset_id, 0)]


def test_speakers_offered_are_the_transcripts_then_the_interviews_people(
    archive: Archive, asset_id: int
) -> None:
    with archive.transaction() as s:
        narrator = add_person(s, name="Zofia Wójcik-Łęcka")
        interviewer = add_person(s, name="Anna Nowak")
        hidden = add_person(s, name="Tomasz Żółkiewski", access="closed")  # beyond a volunteer
        interview = add_interview(
            s, title="Łąka", narrators=[narrator.id, hidden.id], interviewers=[interviewer.id]
        )
        asset = s.get(Asset, asset_id)
        assert asset is not None
        asset.interview_id = interview.id
        save_transcript(s, asset_id, [ParsedCue(0, 1000, "Dzień dobry.", "Ankieter")])
    with archive.session() as s:
        everyone = edits.speaker_names(s, asset_id)
    assert everyone == ["Ankieter", "Anna Nowak", "Tomasz Żółkiewski", "Zofia Wójcik-Łęcka"]
    with archive.session("wolontariusz") as s:
        assert edits.speaker_names(s, asset_id) == ["Ankieter", "Anna Nowak", "Zofia Wójcik-Łęcka"]


def test_a_transcript_is_created_once_per_language_and_only_for_recordings(
    archive: Archive, asset_id: int, tmp_path: Path
) -> None:
    from tests.media_factory import make_jpeg

    with archive.transaction() as s:
        made = edits.create_transcript(s, asset_id)
        assert s.get(Transcript, made.id) is not None
    with pytest.raises(ValidationError, match="already has"), archive.transaction() as s:
        edits.create_transcript(s, asset_id)
    photo = ingest_paths(archive, [make_jpeg(tmp_path / "zdjecie.jpg")]).imported[0]["asset_id"]
    with pytest.raises(ValidationError, match="not a recording"), archive.transaction() as s:
        edits.create_transcript(s, photo)
    with archive.session() as s:
        assert s.query(Cue).count() == 0
