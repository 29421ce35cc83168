"""GDPR/RODO: subject access export and erasure on request, with real files in a real archive."""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from archive_schema import Asset, AuditEvent, Consent, Cue, Interview, InterviewPerson, Person
from tests.conftest import run_cli
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.errors import PermissionDenied
from zacni_app.core.ingest import IngestTarget, ingest_paths
from zacni_app.core.integrity import check_archive
from zacni_app.core.interviews import add_interview
from zacni_app.core.people import add_person
from zacni_app.core.privacy import ERASED_SPEAKER, erase_person, subject_access
from zacni_app.core.stories import add_story
from zacni_app.core.thumbnails import thumbnail_path
from zacni_app.core.transcript_records import save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user

HALINA = "Halina Żurek"
PHONE = "+48 600 100 205"


@dataclass
class World:
    """Halina narrates one interview alone and one with Łucja; a photo shows her; a story names her."""

    halina: int
    lucja: int
    alone: int  # interview only Halina narrates
    shared: int  # interview Halina and Łucja narrate
    alone_assets: list[int]
    shared_asset: int
    photo: int
    consent: int
    story: int


def _import(archive: Archive, path: Path, **target: int) -> int:
    report = ingest_paths(archive, [path], target=IngestTarget(**target), workers=1)
    assert not report.rejected, report.rejected
    return int(report.imported[0]["asset_id"])


def _cues(*speakers: str) -> list[ParsedCue]:
    return [ParsedCue(i * 100, i * 100 + 90, f"o pszczołach, część {i}", sp) for i, sp in enumerate(speakers)]


@pytest.fixture
def world(archive: Archive, tmp_path: Path) -> World:
    with archive.transaction() as s:
        add_user(s, name="ewa", role="cataloguer")
        private = {"phone": PHONE, "email": "halina@example.org", "address": "ul. Łąkowa 3"}
        halina = add_person(
            s, name=HALINA, birth_year=1941, locality="Jurkowice", bio="Pszczelarka", **private
        ).id
        lucja = add_person(s, name="Łucja Pszczółka").id
        alone = add_interview(s, title="Pasieka w Jurkowicach", narrators=[halina]).id
        shared = add_interview(s, title="Dwie pasieki", narrators=[halina, lucja]).id
        consent = add_consent(s, person_id=halina, scope="publish-with-name", signed_on="2025-03-02").id
    alone_assets = [
        _import(archive, make_wav(tmp_path / "halina.wav", seconds=1.0), interview_id=alone),
        _import(archive, make_jpeg(tmp_path / "pasieka.jpg"), interview_id=alone),
    ]
    shared_asset = _import(
        archive, make_wav(tmp_path / "dwie.wav", seconds=1.5, rate=22050), interview_id=shared
    )
    photo = _import(archive, make_jpeg(tmp_path / "portret.jpg", size=(320, 240)), person_id=halina)
    with archive.transaction() as s:
        save_transcript(s, alone_assets[0], _cues(HALINA, "Anna Nowak"))
        save_transcript(s, shared_asset, _cues(HALINA, "Łucja Pszczółka", "halina żurek ", "Łucja Pszczółka"))
        story = add_story(s, title="Miód z Jurkowic", body=f"Opowiada {HALINA}.", interviews=[shared]).id
    return World(halina, lucja, alone, shared, alone_assets, shared_asset, photo, consent, story)


def _audit_text(archive: Archive) -> str:
    """The audit as text, without the story's own history: a story that still names the person is
    listed for an editor to review (its text is theirs to change), and its history follows it."""
    with archive.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity != "story")).all()
        return json.dumps([(e.user_name, e.changes, e.detail) for e in events], ensure_ascii=False)


# -- subject access -------------------------------------------------------------------------------
def test_subject_access_holds_everything_about_the_person(archive: Archive, world: World) -> None:
    data = subject_access(archive, world.halina, "ewa")
    person = data["person"]
    assert (person["name"], person["phone"], person["address"]) == (HALINA, PHONE, "ul. Łąkowa 3")
    assert [c["id"] for c in data["consents"]] == [world.consent]
    assert {(i["id"], i["role"]) for i in data["interviews"]} == {
        (world.alone, "narrator"),
        (world.shared, "narrator"),
    }
    assert [(a["id"], a["role"]) for a in data["assets"]] == [(world.photo, "depicted")]
    spoken = [(c["asset_id"], c["start_ms"]) for c in data["cues"]]
    assert spoken == [(world.alone_assets[0], 0), (world.shared_asset, 0), (world.shared_asset, 200)]
    assert "Anna Nowak" not in json.dumps(data["cues"], ensure_ascii=False)
    assert [s["id"] for s in data["stories"]] == [world.story]
    assert {e["entity"] for e in data["audit_events"]} == {"person", "consent"}
    total = 1 + sum(
        len(data[k]) for k in ("consents", "interviews", "assets", "cues", "stories", "audit_events")
    )
    assert data["items"] == total
    with archive.session() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "subject_access_export")).all()
    assert (event.user_name, event.entity_id, event.changes["items"]) == ("ewa", world.halina, [None, total])
    assert PHONE not in _audit_text(archive)


def test_subject_access_needs_the_right_to_see_private_details(archive: Archive, world: World) -> None:
    with archive.transaction() as s:
        add_user(s, name="jan", role="volunteer")
    with pytest.raises(PermissionDenied, match="private contact details"):
        subject_access(archive, world.halina, "jan")


def test_cli_person_export_writes_the_file_whole(archive: Archive, world: World, tmp_path: Path) -> None:
    target = tmp_path / "eksport" / "halina.json"
    target.parent.mkdir()
    result = run_cli("person", "export", str(world.halina), str(target), "--json", archive=archive.root)
    assert result.code == 0, result.stderr
    assert result.json["file"] == str(target) and result.json["person_id"] == world.halina
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["person"]["email"] == "halina@example.org" and written["items"] == result.json["items"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # private details: readable by the owner only
    assert [p.name for p in target.parent.iterdir()] == ["halina.json"]  # no temp file left
    missing = run_cli(
        "person", "export", str(world.halina), str(tmp_path / "nie" / "ma.json"), archive=archive.root
    )
    assert missing.code == 1 and "does not exist" in missing.stderr
    unknown = run_cli("person", "export", "999", str(tmp_path / "x.json"), archive=archive.root)
    assert (
        unknown.code == 1 and "no person with id 999" in unknown.stderr and not (tmp_path / "x.json").exists()
    )


# -- erasure --------------------------------------------------------------------------------------
def _masters(archive: Archive, asset_ids: list[int]) -> list[Path]:
    with archive.session() as s:
        return [archive.media_root / s.get(Asset, a).media_relpath for a in asset_ids]  # type: ignore[union-attr]


def _sha(archive: Archive, asset_id: int) -> str:
    with archive.session() as s:
        return s.get(Asset, asset_id).sha256  # type: ignore[union-attr]


def test_erasure_removes_the_person_and_what_is_theirs_alone(archive: Archive, world: World) -> None:
    masters = _masters(archive, world.alone_assets)
    photo_sha = _sha(archive, world.alone_assets[1])
    assert (
        all(p.is_file() for p in masters)
        and thumbnail_path(archive.derivatives_dir, photo_sha, "small").is_file()
    )
    backup = archive.backup_database("przed-usunieciem")

    report = erase_person(archive, world.halina, "admin", keep_archival=False)

    assert report["removed"]["person"] == [world.halina]
    assert report["removed"]["interviews"] == [world.alone]
    assert sorted(report["removed"]["assets"]) == sorted(world.alone_assets)
    assert report["removed"]["consents"] == [world.consent]
    assert not any(p.exists() for p in masters)
    assert not thumbnail_path(archive.derivatives_dir, photo_sha, "small").exists()
    assert report["anonymised"]["unlinked_from_interviews"] == [world.shared]
    assert report["anonymised"]["cues_renamed"] == 2
    assert report["to_review"] == {"assets": [world.photo], "stories": [world.story]}
    assert backup.name in report["backups"] and "retention policy" in report["backups_note"]
    with archive.session() as s:
        assert s.get(Person, world.halina) is None and s.get(Interview, world.alone) is None
        assert s.scalars(select(Consent)).all() == []
        shared = s.get(Interview, world.shared)
        assert shared is not None and [p.id for p in shared.people("narrator")] == [world.lucja]
        speakers = s.scalars(select(Cue.speaker).order_by(Cue.id)).all()
        assert speakers == [ERASED_SPEAKER, "Łucja Pszczółka", ERASED_SPEAKER, "Łucja Pszczółka"]
        assert s.get(Asset, world.photo) is not None and s.get(Asset, world.shared_asset) is not None
        erased = s.scalars(select(AuditEvent).where(AuditEvent.action == "erased")).one()
        assert (erased.user_name, erased.entity_id, erased.detail) == (
            "admin",
            world.halina,
            "person erased on request (GDPR/RODO art. 17)",
        )
    audit = _audit_text(archive)
    assert "Żurek" not in audit and "Jurkowice" not in audit and "halina.wav" not in audit
    assert "Łucja Pszczółka" in audit  # other people's history stays
    assert check_archive(archive, record=False) == {"ok": True, "assets": 2, "problems": []}


def test_archival_exemption_anonymises_and_keeps_the_material(archive: Archive, world: World) -> None:
    masters = _masters(archive, [*world.alone_assets, world.shared_asset])
    report = erase_person(archive, world.halina, "admin", keep_archival=True)
    assert report["mode"] == "anonymised" and report["removed"] == {"masters": [], "derivatives": []}
    assert report["to_review"]["consents"] == [world.consent]
    with archive.session() as s:
        person = s.get(Person, world.halina)
        assert person is not None
        assert person.name == f"Osoba usunięta #{world.halina}" and person.access == "closed"
        cleared = (person.phone, person.email, person.address, person.bio, person.birth_year, person.locality)
        assert cleared == (None,) * 6
        links = s.scalars(select(InterviewPerson).where(InterviewPerson.person_id == world.halina)).all()
        assert {link.interview_id for link in links} == {world.alone, world.shared}
        assert ERASED_SPEAKER in s.scalars(select(Cue.speaker)).all()
    assert all(p.is_file() for p in masters)
    assert "Żurek" not in _audit_text(archive)
    assert check_archive(archive, record=False)["ok"]


def test_only_admins_erase(archive: Archive, world: World) -> None:
    with pytest.raises(PermissionDenied, match="admins only"):
        erase_person(archive, world.halina, "ewa", keep_archival=False)
    with archive.session() as s:
        assert s.get(Person, world.halina) is not None


def test_cli_person_erase(archive: Archive, world: World) -> None:
    root = archive.root
    unconfirmed = run_cli("person", "erase", str(world.halina), archive=root)
    assert unconfirmed.code == 2 and "--yes" in unconfirmed.stderr
    refused = run_cli("--user", "ewa", "person", "erase", str(world.halina), "--yes", archive=root)
    assert refused.code == 1 and "admins only" in refused.stderr
    with archive.session() as s:
        assert s.get(Person, world.halina) is not None
    done = run_cli("person", "erase", str(world.halina), "--yes", "--json", archive=root)
    assert done.code == 0, done.stderr
    answer = done.json
    assert set(answer) >= {"person_id", "removed", "anonymised", "backups_note"}
    assert answer["person_id"] == world.halina and answer["removed"]["interviews"] == [world.alone]
    again = run_cli("person", "erase", str(world.halina), "--yes", archive=root)
    assert again.code == 1 and f"no person with id {world.halina}" in again.stderr
