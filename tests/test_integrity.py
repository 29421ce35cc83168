"""Fixity checks leave preservation events in the audit trail (PREMIS-style: when, what, outcome)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from archive_schema import AuditEvent
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.integrity import check_archive
from zacni_app.core.media_store import find_master


def _events(archive: Archive) -> list[AuditEvent]:
    with archive.session() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.action == "fixity_check").order_by(AuditEvent.id))
        )


def test_each_check_is_recorded_with_its_outcome(archive: Archive, tmp_path: Path) -> None:
    report = ingest_paths(archive, [make_jpeg(tmp_path / "a.jpg"), make_wav(tmp_path / "b.wav")])
    photo, sound = (i["asset_id"] for i in report.imported)
    assert check_archive(archive)["ok"]
    [passed] = _events(archive)
    assert (passed.entity, passed.changes["outcome"], passed.changes["assets"]) == ("archive", "pass", 2)

    master = find_master(archive.media_root, report.imported[0]["sha256"])
    assert master is not None
    data = bytearray(master.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit
    master.write_bytes(bytes(data))
    sound_master = find_master(archive.media_root, report.imported[1]["sha256"])
    assert sound_master is not None
    sound_master.unlink()
    result = check_archive(archive)
    assert sorted(p["kind"] for p in result["problems"]) == ["fixity", "missing"]
    events = _events(archive)[1:]
    assert events[0].changes == {"outcome": "fail", "assets": 2, "problems": {"fixity": 1, "missing": 1}}
    per_asset = {(e.entity_id, e.changes["kind"]) for e in events[1:]}
    assert per_asset == {(photo, "fixity"), (sound, "missing")}
    assert all(e.entity == "asset" and e.changes["outcome"] == "fail" for e in events[1:])


def test_a_check_can_leave_no_trace(archive: Archive) -> None:
    check_archive(archive, record=False)
    assert _events(archive) == []
