"""Transcripts stored as cue rows: import via CLI, export, closed passages kept and hidden."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.media_factory import make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.transcript_records import save_transcript, transcript_cues
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user

VTT = """WEBVTT

00:00:00.500 --> 00:00:02.000
<v Anna Nowak>Jak się zaczęła przygoda z pszczołami?

00:00:02.000 --> 00:00:04.000
<v Stanisław Wójcik>Od ojca, w Opatowie.

00:00:04.000 --> 00:00:05.500
<v Stanisław Wójcik>Sąsiad dostał odszkodowanie.
"""


def test_cli_transcript_import_and_export_round_trip(tmp_path: Path) -> None:
    root = tmp_path / "arch"
    assert run_cli("init", archive=root).code == 0
    asset_id = run_cli("--json", "import", str(make_wav(tmp_path / "w.wav", seconds=6)), archive=root).json[
        "imported"
    ][0]["asset_id"]
    (tmp_path / "t.vtt").write_text(VTT, encoding="utf-8")
    imported = run_cli("--json", "transcript", "import", str(asset_id), str(tmp_path / "t.vtt"), archive=root)
    assert imported.code == 0, imported.stderr
    assert imported.json["cues"] == 3
    out = tmp_path / "out.srt"
    assert run_cli("transcript", "export", str(asset_id), str(out), "--format", "srt", archive=root).code == 0
    text = out.read_text(encoding="utf-8")
    assert "00:00:02,000 --> 00:00:04,000" in text and "Stanisław Wójcik: Od ojca, w Opatowie." in text
    bad = tmp_path / "bad.srt"
    bad.write_text("1\n00:00:01,000 --> 00:00:00,500\ntekst\n", encoding="utf-8")
    refused = run_cli("transcript", "import", str(asset_id), str(bad), archive=root)
    assert refused.code == 1 and "line 2" in refused.stderr and "Traceback" not in refused.stderr


def test_closed_passage_survives_reimport_and_is_hidden_from_researchers(
    archive: Archive, tmp_path: Path
) -> None:
    asset_id = ingest_paths(archive, [make_wav(tmp_path / "w.wav", seconds=6)]).imported[0]["asset_id"]
    cues = [
        ParsedCue(500, 2000, "Jak się zaczęło?", "Anna Nowak"),
        ParsedCue(2000, 4000, "Od ojca.", "Stanisław Wójcik"),
        ParsedCue(4000, 5500, "Sąsiad dostał odszkodowanie.", "Stanisław Wójcik"),
    ]
    with archive.transaction() as s:
        save_transcript(s, asset_id, cues, closed_cues=[2])
        add_user(s, name="badacz", role="researcher")
    with archive.transaction() as s:
        from archive_schema import Asset

        asset = s.get(Asset, asset_id)
        assert asset is not None
        asset.access = "research"
    # an edited transcript comes back with the closed passage split in two: both halves stay closed
    edited = [
        *cues[:2],
        ParsedCue(4000, 4700, "Sąsiad dostał", None),
        ParsedCue(4700, 5500, "odszkodowanie.", None),
    ]
    with archive.transaction() as s:
        save_transcript(s, asset_id, edited)
    with archive.session("badacz") as s:
        seen = transcript_cues(s, asset_id)
    assert [c.text for c in seen] == ["Jak się zaczęło?", "Od ojca."]
    with archive.session("admin") as s:
        assert len(transcript_cues(s, asset_id)) == 4
