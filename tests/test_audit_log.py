"""The audit trail: `zacni audit`, who may read it, that it cannot be edited, and cue summaries."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from archive_schema import AuditEvent
from tests.conftest import run_cli
from tests.media_factory import make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.audit import BULK_CUES
from zacni_app.core.audit_log import audit_events
from zacni_app.core.errors import PermissionDenied
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.people import add_person, update_person
from zacni_app.core.transcript_records import save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user


def ok(root: Path, *args: str) -> dict:
    result = run_cli(*args, "--json", archive=root)
    assert result.code == 0, result.stderr
    return result.json


def _all_events(archive: Archive) -> list[tuple[int, str, object]]:
    with archive.session() as s:
        return [(e.id, e.action, e.changes) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_cli_audit_shape_and_filters(archive_dir: Path) -> None:
    ok(archive_dir, "user", "add", "ewa", "--role", "cataloguer")
    pid = ok(archive_dir, "--user", "ewa", "person", "add", "--name", "Halina Żurek", "--phone", "600100200")[
        "id"
    ]
    ok(archive_dir, "person", "add", "--name", "Łucja Pszczółka")

    answer = ok(archive_dir, "audit", "--entity", "person", "--id", str(pid))
    assert answer["total"] == 1
    (event,) = answer["events"]
    assert set(event) >= {"at", "user", "action", "entity", "entity_id", "changes"}
    assert (event["user"], event["action"], event["entity"], event["entity_id"]) == (
        "ewa",
        "create",
        "person",
        pid,
    )
    assert event["changes"]["name"] == [None, "Halina Żurek"]
    assert event["changes"]["phone"] == [None, "•••"]  # private values are masked in the audit

    by_ewa = ok(archive_dir, "audit", "--user", "ewa")["events"]
    assert {e["user"] for e in by_ewa} == {"ewa"} and any(e["entity"] == "person" for e in by_ewa)
    people = ok(archive_dir, "audit", "--entity", "person")["events"]
    assert [e["changes"]["name"][1] for e in people] == ["Łucja Pszczółka", "Halina Żurek"]  # newest first
    assert len(ok(archive_dir, "audit", "--entity", "person", "--limit", "1")["events"]) == 1
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    assert ok(archive_dir, "audit", "--since", tomorrow) == {"events": [], "total": 0}
    assert ok(archive_dir, "audit", "--since", date.today().isoformat() + "T00:00")["total"] >= 3

    table = run_cli("audit", "--entity", "person", archive=archive_dir)
    assert table.code == 0 and "Halina Żurek" in table.stdout and "2 of 2 event(s)" in table.stdout


def test_cli_audit_bad_input_is_one_line(archive_dir: Path) -> None:
    for args, words in (
        (("--since", "wczoraj"), "is not a date"),
        (("--entity", "osoba"), "is not a kind of record"),
        (("--limit", "0"), "limit: must be between"),
    ):
        result = run_cli("audit", *args, archive=archive_dir)
        assert result.code == 1 and words in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""


def test_only_admins_and_cataloguers_read_the_audit(archive: Archive) -> None:
    with archive.transaction() as s:
        for name, role in (("ewa", "cataloguer"), ("jan", "volunteer"), ("ola", "researcher")):
            add_user(s, name=name, role=role)
    with archive.session("ewa") as s:
        events, total = audit_events(s)
        assert total == len(events) >= 4
    for reader in ("jan", "ola"):
        with pytest.raises(PermissionDenied, match="may not read the audit"), archive.session(reader) as s:
            audit_events(s)
    refused = run_cli("--user", "ola", "audit", "--json", archive=archive.root)
    assert refused.code == 1 and refused.json["error"]["code"] == "permission_denied"


def test_the_audit_cannot_be_edited_or_deleted_through_the_app(archive: Archive) -> None:
    with archive.transaction() as s:
        add_person(s, name="Halina Żurek")
    before = _all_events(archive)
    attempts = [
        lambda s: setattr(s.scalars(select(AuditEvent)).first(), "user_name", "ktoś"),
        lambda s: s.delete(s.scalars(select(AuditEvent)).first()),
        lambda s: s.execute(update(AuditEvent).values(user_name="ktoś")),
        lambda s: s.execute(update(AuditEvent.__table__).values(user_name="ktoś")),
        lambda s: s.execute(delete(AuditEvent)),
        lambda s: s.execute(text("DELETE FROM audit_event")),
        lambda s: s.execute(text("  update audit_event SET detail = 'zmienione'")),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="audit trail cannot be"), archive.transaction() as s:
            attempt(s)
            s.flush()
    assert _all_events(archive) == before
    with archive.transaction() as s:  # new events are still appended
        update_person(s, 1, expected_version=None, locality="Opatów")
    assert len(_all_events(archive)) == len(before) + 1


def _recording(archive: Archive, tmp_path: Path) -> int:
    report = ingest_paths(archive, [make_wav(tmp_path / "nagranie.wav", seconds=2.0)], workers=1)
    return int(report.imported[0]["asset_id"])


def _cues(n: int, speaker: str = "Halina Żurek") -> list[ParsedCue]:
    return [ParsedCue(i * 10, i * 10 + 9, f"zdanie {i} o pszczołach", speaker) for i in range(n)]


def test_a_bulk_cue_import_is_one_summary_event_per_transcript(archive: Archive, tmp_path: Path) -> None:
    asset_id = _recording(archive, tmp_path)
    first = _all_events(archive)[-1][0]
    with archive.transaction("admin") as s:
        transcript_id = save_transcript(s, asset_id, _cues(150)).id
    with archive.transaction("admin") as s:
        save_transcript(s, asset_id, _cues(120))
    with archive.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.id > first).order_by(AuditEvent.id)).all()
    assert not [e for e in events if e.entity == "cue"]  # not 270 events
    summaries = [e for e in events if e.action == "cues_replaced"]
    assert [(e.entity, e.entity_id, e.user_name) for e in summaries] == [
        ("transcript", transcript_id, "admin")
    ] * 2
    assert [e.changes["cues"] for e in summaries] == [[0, 150], [150, 120]]
    assert "150 removed, 120 added" in (summaries[1].detail or "")


def test_a_small_cue_edit_keeps_its_before_and_after(archive: Archive, tmp_path: Path) -> None:
    asset_id = _recording(archive, tmp_path)
    with archive.transaction() as s:
        save_transcript(s, asset_id, _cues(BULK_CUES))
    with archive.session() as s:
        cue_events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "cue")).all()
    assert len(cue_events) == BULK_CUES
    assert cue_events[0].changes["text"][1].endswith("o pszczołach")
