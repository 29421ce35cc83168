"""A passage closed on its own: hidden from those who may not see it everywhere it could show."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from archive_schema import Asset, AuditEvent, Transcript
from tests.conftest import run_cli
from tests.media_factory import make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.errors import PermissionDenied, ValidationError
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.passages import REDACTED, restrict_passage, restricted_passages
from zacni_app.core.search import search
from zacni_app.core.transcript_records import add_segment, save_transcript, transcript_cues
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user

CUES = [
    ParsedCue(0, 4_000, "Pszczoły zimują w ulu przy łące.", "Łucja"),
    ParsedCue(4_000, 8_000, "Sąsiad podpalił pasiekę, nigdy mu nie wybaczyłam.", "Łucja"),
    ParsedCue(8_000, 12_000, "Odszkodowania nie dostaliśmy żadnego.", "Łucja"),
    ParsedCue(12_000, 16_000, "Potem miód lipowy znów się udał.", "Łucja"),
]


@pytest.fixture
def recording(archive: Archive, tmp_path: Path) -> int:
    wav = make_wav(tmp_path / "pasieka_żółć.wav", seconds=17.0)
    report = ingest_paths(archive, [wav], workers=1)
    asset_id = int(report.imported[0]["asset_id"])
    with archive.transaction() as s:
        s.get(Asset, asset_id).access = "public"  # imported alone a file is staff-only
        save_transcript(s, asset_id, CUES)
        add_segment(s, asset_id, start_ms=0, title="Zimowanie pszczół", synopsis="O ulach zimą")
        add_segment(s, asset_id, start_ms=5_000, title="Pożar pasieki", synopsis="Podpalenie przez sąsiada")
        add_segment(s, asset_id, start_ms=13_000, title="Miód lipowy")
        for name, role in (("ula", "researcher"), ("wojtek", "volunteer")):
            add_user(s, name=name, role=role)
    return asset_id


def _close_fire(archive: Archive, asset_id: int, user: str = "admin") -> None:
    with archive.transaction(user) as s:
        change = restrict_passage(s, asset_id, start_ms=5_000, end_ms=9_000, access="closed")
    assert (change.cues, change.segments) == (2, 1)  # two cues touch 5–9 s, one segment runs inside


def test_closing_a_passage_hides_its_cues_and_segments_from_a_researcher(
    archive: Archive, recording: int
) -> None:
    _close_fire(archive, recording)
    with archive.session("ula") as s:
        texts = [c.text for c in transcript_cues(s, recording)]
        redacted = transcript_cues(s, recording, redact=True)
    assert texts == [CUES[0].text, CUES[3].text]
    assert [(c.start_ms, c.end_ms, c.text) for c in redacted] == [
        (0, 4_000, CUES[0].text),
        (4_000, 12_000, REDACTED),  # one placeholder for the whole closed run, as long as it is
        (12_000, 16_000, CUES[3].text),
    ]
    assert all(c.speaker is None for c in redacted if c.text == REDACTED)
    with archive.session("admin") as s:
        assert len(transcript_cues(s, recording)) == 4  # staff still see everything
        assert [p.to_dict() for p in restricted_passages(s, recording)] == [
            {"start_ms": 4_000, "end_ms": 13_000, "access": "closed"}
        ]


def test_search_never_reaches_a_closed_passage_for_a_researcher(archive: Archive, recording: int) -> None:
    assert search(archive, "podpalil", user="ula").total >= 1  # open: found without diacritics
    _close_fire(archive, recording)
    for query in ("podpalil", "odszkodowanie", "pożar pasieki"):
        assert search(archive, query, user="ula").total == 0, query
    assert search(archive, "podpalil", user="admin").total >= 1
    assert search(archive, "lipowy", user="ula").total >= 1  # the rest of the recording stays found


def test_reopening_needs_a_cataloguer_but_closing_does_not(archive: Archive, recording: int) -> None:
    _close_fire(archive, recording, user="wojtek")  # a volunteer may honour a narrator's request
    with pytest.raises(PermissionDenied, match="lift a restriction"), archive.transaction("wojtek") as s:
        restrict_passage(s, recording, start_ms=5_000, end_ms=9_000, access=None)
    with pytest.raises(PermissionDenied), archive.transaction("ula") as s:
        restrict_passage(s, recording, start_ms=0, end_ms=1_000, access="closed")
    with archive.transaction("admin") as s:
        reopened = restrict_passage(s, recording, start_ms=5_000, end_ms=9_000, access=None)
    assert reopened.cues == 2
    with archive.session("ula") as s:
        assert len(transcript_cues(s, recording)) == 4


def test_closing_bumps_the_transcript_version_and_is_audited(archive: Archive, recording: int) -> None:
    with archive.session() as s:
        before = s.scalars(select(Transcript.version)).one()
    _close_fire(archive, recording)
    with archive.session() as s:
        assert s.scalars(select(Transcript.version)).one() == before + 1
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity.in_(("cue", "index_segment")))).all()
    assert sum(1 for e in events if e.changes.get("access") == [None, "closed"]) == 3


@pytest.mark.parametrize(
    ("start", "end", "access", "field"),
    [(-1, 500, "closed", "start"), (900, 900, "closed", "end"), (60_000, 61_000, "closed", "start"),
     (0, 1_000, "public", "access")],
)  # fmt: skip
def test_bad_ranges_and_levels_are_refused_by_name(
    archive: Archive, recording: int, start: int, end: int, access: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught, archive.transaction() as s:
        restrict_passage(s, recording, start_ms=start, end_ms=end, access=access)
    assert caught.value.field == field


def test_cli_restrict_and_list_passages(archive_dir: Path, tmp_path: Path) -> None:
    with Archive.open(archive_dir) as archive:
        wav = make_wav(tmp_path / "nagranie.wav", seconds=17.0)
        asset_id = int(ingest_paths(archive, [wav], workers=1).imported[0]["asset_id"])
        with archive.transaction() as s:
            s.get(Asset, asset_id).access = "public"
            save_transcript(s, asset_id, CUES)
            add_user(s, name="ula", role="researcher")
    done = run_cli(
        "--json",
        "transcript",
        "restrict",
        str(asset_id),
        "--start",
        "5000",
        "--end",
        "9000",
        archive=archive_dir,
    )
    assert done.code == 0, done.stderr
    assert done.json == {
        "asset_id": asset_id, "start_ms": 5000, "end_ms": 9000, "access": "closed", "cues": 2, "segments": 0
    }  # fmt: skip
    listed = run_cli("--json", "transcript", "passages", str(asset_id), archive=archive_dir)
    assert listed.json["passages"] == [{"start_ms": 4000, "end_ms": 12000, "access": "closed"}]
    exported = tmp_path / "dla-badaczki.vtt"
    done = run_cli("--user", "ula", "transcript", "export", str(asset_id), exported, archive=archive_dir)
    assert done.code == 0, done.stderr
    text = exported.read_text(encoding="utf-8")
    assert "podpalił" not in text and "Odszkodowania" not in text and "miód lipowy" in text
    refused = run_cli("--user", "ula", "transcript", "passages", str(asset_id), archive=archive_dir)
    assert refused.code == 1 and refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    bad = run_cli("transcript", "restrict", str(asset_id), "--start", "x", "--end", "9", archive=archive_dir)
    assert bad.code == 2 and "milliseconds" in bad.stderr
