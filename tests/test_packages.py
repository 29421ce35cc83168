"""BagIt packages between two real archives: what goes, what never goes, and bags that are refused.

The source archive is tests/test_dublin_core.py's (built once per module): every case the exchange
rules name, with marker strings that must never appear in any exported byte.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bagit
import pytest
from sqlalchemy import func, select

from archive_schema import Asset, Base, Consent, Cue, IndexSegment, Institution, Interview, Person, Transcript
from tests.conftest import run_cli
from tests.test_dublin_core import HOME, World, world
from zacni_app.core import media_store
from zacni_app.core.access import interview_access
from zacni_app.core.archive import Archive
from zacni_app.core.dublin_core import set_home_institution
from zacni_app.core.integrity import check_archive
from zacni_app.core.package_export import export_bagit
from zacni_app.core.package_import import PackageRefused, import_package

__all__ = ["world"]  # the source archive: a fixture of tests/test_dublin_core.py
PARTNER = "Miejska Biblioteka Publiczna w Sandomierzu"


@pytest.fixture(scope="module")
def bag(world: World, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    with Archive.open(world.root) as archive:
        answer = export_bagit(archive, tmp_path_factory.mktemp("pakiety"))
    return Path(answer["bag"]), answer


@pytest.fixture
def partner(template_archive: Path, tmp_path: Path) -> Iterator[Archive]:
    root = tmp_path / "partner"
    shutil.copytree(template_archive, root)
    with Archive.open(root) as archive:
        with archive.transaction() as s:
            set_home_institution(s, name=PARTNER, isil="PL-9902")
        yield archive


def exported_bytes(folder: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def metadata(bag_dir: Path) -> dict[str, Any]:
    return dict(json.loads((bag_dir / "data" / "metadata.json").read_text(encoding="utf-8")))


# -- what goes --------------------------------------------------------------------------------------
def test_the_bag_is_valid_bagit_with_the_required_bag_info(bag: tuple[Path, dict[str, Any]]) -> None:
    bag_dir, answer = bag
    opened = bagit.Bag(str(bag_dir))
    opened.validate()
    assert opened.version_info == (1, 0)
    info = opened.info
    assert info["Source-Organization"] == HOME
    assert info["External-Identifier"] == answer["external_identifier"].strip()
    assert info["Bag-Count"] == "1 of 1" and info["Bagging-Date"][:4].isdigit()
    files = [p for p in (bag_dir / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == f"{sum(p.stat().st_size for p in files)}.{len(files)}"
    assert answer["files"] == len(files) and answer["records"] == 3
    names = {p.relative_to(bag_dir / "data").as_posix() for p in files}
    assert "metadata.json" in names
    assert all(n == "metadata.json" or n.startswith(("media/", "transcripts/")) for n in names)


def test_only_research_level_material_goes_and_withheld_says_why(
    world: World, bag: tuple[Path, dict[str, Any]]
) -> None:
    bag_dir, answer = bag
    meta = metadata(bag_dir)
    with Archive.open(world.root) as archive:
        sent = {i["uid"] for i in meta["interviews"]}
        assert sent == {
            world.uid(archive, Interview, world.interviews[c]) for c in ("public", "anonymous", "research")
        }
    reasons = {(w["kind"], w["id"]): w["reason"] for w in answer["withheld"]}
    assert "embargo until 2031-01-01" in reasons["interview", world.interviews["embargo"]]
    assert "withdrawn on 2025-01-10" in reasons["interview", world.interviews["withdrawn"]]
    assert "'archive'" in reasons["interview", world.interviews["archive_only"]]
    assert "closed" in reasons["interview", world.interviews["closed"]]
    assert "staff" in reasons["asset", world.assets["staff_photo"]]
    assert "closed passage" in reasons["master", world.assets["closed_wav"]]
    assert "--with-consent-scans" in reasons["consent_scan", world.assets["scan"]]


def test_withheld_material_and_private_fields_never_appear_in_any_byte(
    world: World, bag: tuple[Path, dict[str, Any]]
) -> None:
    everything = exported_bytes(bag[0])
    for marker in world.never:
        assert marker.encode("utf-8") not in everything, marker
    meta = metadata(bag[0])
    assert all(not {"phone", "email", "address", "notes"} & set(p) for p in meta["people"])
    with Archive.open(world.root) as archive, archive.session() as s:
        scan_sha = s.get(Asset, world.assets["scan"]).sha256
        closed_sha = s.get(Asset, world.assets["closed_wav"]).sha256
    manifest = (bag[0] / "manifest-sha256.txt").read_text()
    assert scan_sha not in manifest and closed_sha not in manifest  # neither master is in the payload


def test_a_recording_with_a_closed_passage_goes_without_master_and_without_the_passage(
    world: World, bag: tuple[Path, dict[str, Any]]
) -> None:
    meta = metadata(bag[0])
    with Archive.open(world.root) as archive:
        uid = world.uid(archive, Asset, world.assets["closed_wav"])
    record = next(a for a in meta["assets"] if a["uid"] == uid)
    assert record["file"] is None
    transcript = next(t for t in meta["transcripts"] if t["asset"] == uid)
    assert [c["text"] for c in transcript["cues"]] == ["Zbieram zioła na łące.", "Suszę je na strychu."]
    vtt = (bag[0] / "data" / transcript["file"]).read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT") and "Suszę je na strychu." in vtt and "ODSZKODOWANIE" not in vtt
    assert [g["title"] for g in meta["segments"] if g["asset"] == uid] == ["Zioła z łąki"]
    assert any(w["kind"] == "master" and w["uid"] == uid for w in meta["withheld"])


def test_consent_scans_go_only_when_asked(world: World, tmp_path: Path) -> None:
    with Archive.open(world.root) as archive:
        answer = export_bagit(
            archive, tmp_path, interview_ids=[world.interviews["public"]], with_consent_scans=True
        )
        with archive.session() as s:
            scan = s.get(Asset, world.assets["scan"])
            sha, uid = scan.sha256, scan.uid
    meta = metadata(Path(answer["bag"]))
    assert answer["records"] == 1 and [i["title"] for i in meta["interviews"]] == [
        "Łąka i pszczoły w Karwowie"
    ]
    assert (Path(answer["bag"]) / "data" / "media" / f"{sha}.jpg").is_file()
    assert [c["scan"] for c in meta["consents"] if c["interview"] == meta["interviews"][0]["uid"]] == [uid]


def test_a_researcher_exports_what_a_researcher_may_see(world: World, tmp_path: Path) -> None:
    with Archive.open(world.root) as archive:
        answer = export_bagit(archive, tmp_path, user="badaczka")
        assert answer["records"] == 3
        with pytest.raises(Exception, match="no interview with id"):
            export_bagit(archive, tmp_path, user="badaczka", interview_ids=[world.interviews["closed"]])
        with pytest.raises(Exception, match="nothing to export"):
            export_bagit(archive, tmp_path, interview_ids=[world.interviews["embargo"]])
    assert len([p for p in tmp_path.iterdir()]) == 1  # a refused export leaves no folder behind


# -- the round trip ---------------------------------------------------------------------------------
def _interview_view(s: Any, interview: Interview) -> dict[str, Any]:
    return {
        "title": interview.title,
        "recorded_on": interview.recorded_on,
        "summary": interview.summary,
        "language": interview.language,
        "status": interview.status,
        "access": interview.access,
        "place": interview.place.name if interview.place else None,
        "subjects": sorted(x.label for x in interview.subjects),
        "people": [(p.person.uid, p.role, p.position) for p in interview.participants],
        "effective": interview_access(s, interview),
    }


def _asset_view(asset: Asset) -> dict[str, Any]:
    keys = (
        "uid",
        "sha256",
        "kind",
        "size",
        "mime",
        "ext",
        "original_name",
        "title",
        "description",
        "access",
        "duration_ms",
        "codec",
        "sample_rate",
        "channels",
        "width",
        "height",
        "taken_at",
        "camera",
        "gps_lat",
        "gps_lon",
        "tech",
    )
    return {k: getattr(asset, k) for k in keys} | {
        "interview": asset.interview.uid if asset.interview else None
    }


def _passages(s: Any, asset: Asset) -> tuple[list[Any], list[Any]]:
    cues = s.execute(
        select(Cue.start_ms, Cue.end_ms, Cue.speaker, Cue.text, Cue.access)
        .join(Transcript)
        .where(Transcript.asset_id == asset.id, Cue.access.is_(None))
        .order_by(Cue.start_ms)
    ).all()
    segments = s.scalars(
        select(IndexSegment).where(IndexSegment.asset_id == asset.id, IndexSegment.access.is_(None))
    )
    return [tuple(c) for c in cues], sorted(
        (g.start_ms, g.end_ms, g.title, g.synopsis, tuple(g.keywords), tuple(x.label for x in g.subjects))
        for g in segments
    )


def test_round_trip_between_two_archives_keeps_everything(
    world: World, bag: tuple[Path, dict[str, Any]], partner: Archive
) -> None:
    answer = import_package(partner, bag[0])
    assert answer["institution"]["name"] == HOME and answer["institution"]["created"]
    assert (
        answer["imported"]["interviews"] == 3 and answer["imported"]["assets"] == 3
    )  # 2 recordings, 1 photo
    assert any(w["kind"] == "asset" and "withheld its master" in w["reason"] for w in answer["withheld"])
    with Archive.open(world.root) as source, source.session() as a, partner.session() as b:
        home_uid = a.scalar(select(Institution.uid).where(Institution.name == HOME))
        for case in ("public", "anonymous", "research"):
            mine = a.get(Interview, world.interviews[case])
            theirs = b.scalars(select(Interview).where(Interview.uid == mine.uid)).one()
            assert _interview_view(b, theirs) == _interview_view(a, mine)
            holder = b.get(Institution, theirs.institution_id)
            assert (holder.uid, holder.name, holder.isil) == (home_uid, HOME, "PL-9901")
            assert answer["external_identifier"] in (theirs.provenance or "")
            assert all(p.person.phone is None and p.person.email is None for p in theirs.participants)
        for name in ("public_wav", "public_photo", "research_wav"):
            mine_asset = a.get(Asset, world.assets[name])
            theirs_asset = b.scalars(select(Asset).where(Asset.uid == mine_asset.uid)).one()
            assert _asset_view(theirs_asset) == _asset_view(mine_asset)
            assert b.get(Institution, theirs_asset.institution_id).uid == home_uid
            master = partner.media_root / theirs_asset.media_relpath
            assert media_store.hash_file(master) == mine_asset.sha256
            assert master.read_bytes() == (source.media_root / mine_asset.media_relpath).read_bytes()
            assert _passages(b, theirs_asset) == _passages(a, mine_asset)
        for case in ("public", "anonymous", "research"):
            person_a = a.get(Person, world.people[case])
            person_b = b.scalars(select(Person).where(Person.uid == person_a.uid)).one()
            assert (person_b.name, person_b.birth_year, person_b.locality, person_b.bio) == (
                person_a.name,
                person_a.birth_year,
                person_a.locality,
                person_a.bio,
            )
            assert (person_b.phone, person_b.email, person_b.address) == (None, None, None)
            view = [
                (c.scope, c.signed_on, c.embargo_until, c.withdrawn_on, c.interview.uid)
                for c in a.scalars(select(Consent).where(Consent.person_id == person_a.id))
            ]
            assert view == [
                (c.scope, c.signed_on, c.embargo_until, c.withdrawn_on, c.interview.uid)
                for c in b.scalars(select(Consent).where(Consent.person_id == person_b.id))
            ]
    assert check_archive(partner, record=False)["ok"]


def test_importing_the_same_bag_twice_dedupes(bag: tuple[Path, dict[str, Any]], partner: Archive) -> None:
    import_package(partner, bag[0])
    before = snapshot(partner)
    again = import_package(partner, bag[0])
    assert set(again["imported"].values()) == {0}
    kinds = [d["kind"] for d in again["duplicates"]]
    assert kinds.count("interview") == 3 and kinds.count("asset") == 3 and "consent" in kinds
    after = snapshot(partner)
    assert after["tables"].pop("audit_event") == before["tables"].pop("audit_event") + 1  # the import itself
    assert after == before


def test_the_partner_passes_material_on_with_its_provenance(
    world: World, bag: tuple[Path, dict[str, Any]], partner: Archive, tmp_path: Path
) -> None:
    import_package(partner, bag[0])
    onward = export_bagit(partner, tmp_path)
    meta = metadata(Path(onward["bag"]))
    assert meta["institution"]["name"] == PARTNER
    holders = {i["uid"]: i["name"] for i in meta["institutions"]}
    assert {holders[i["institution"]] for i in meta["interviews"]} == {HOME}
    with Archive.open(world.root) as source:
        back = import_package(source, Path(onward["bag"]))  # home again: nothing new, nothing doubled
    assert back["imported"]["interviews"] == 0 and back["imported"]["assets"] == 0


# -- refused bags ------------------------------------------------------------------------------------
def snapshot(archive: Archive) -> dict[str, Any]:
    """Row counts of every table and the files under media/ and derivatives/."""
    with archive.engine.connect() as conn:
        tables = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }
    files = sorted(
        p.relative_to(archive.root).as_posix()
        for folder in (archive.media_root, archive.derivatives_dir)
        for p in folder.rglob("*")
        if p.is_file()
    )
    return {"tables": tables, "files": files}


def _resign(bag_dir: Path) -> None:
    bagit.Bag(str(bag_dir)).save(manifests=True)  # the bag validates again after our change


def _edit_metadata(bag_dir: Path, change: Any) -> None:
    path = bag_dir / "data" / "metadata.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _resign(bag_dir)


def _tamper(bag_dir: Path) -> None:
    master = next((bag_dir / "data" / "media").glob("*.wav"))
    data = bytearray(master.read_bytes())
    data[-10] ^= 0xFF
    master.write_bytes(bytes(data))


def _escape(bag_dir: Path) -> None:
    (bag_dir.parent / "poza.wav").write_bytes(b"RIFF")
    _edit_metadata(bag_dir, lambda d: d["assets"][0].update(file="../../poza.wav"))


def _link(bag_dir: Path) -> None:
    (bag_dir / "data" / "media" / "hasla.txt").symlink_to("/etc/passwd")


REFUSALS = {
    "tampered file": (_tamper, "validation failed"),
    "missing manifest": (lambda b: [p.unlink() for p in b.glob("manifest-*.txt")], "No manifest files found"),
    "path escaping data/": (_escape, "outside the bag's data/ folder"),
    "symbolic link": (_link, "symbolic link"),
    "private field in metadata": (
        lambda b: _edit_metadata(b, lambda d: d["people"][0].update(phone="+48 600 000 000")),
        "does not follow the package schema",
    ),
    "metadata without consents": (lambda b: _edit_metadata(b, lambda d: d.pop("consents")), "package schema"),
    "dangling reference": (
        lambda b: _edit_metadata(b, lambda d: d["consents"][0].update(person="nie-ma-takiej-osoby")),
        "does not describe it",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_a_bad_bag_is_refused_and_nothing_is_written(
    case: str, bag: tuple[Path, dict[str, Any]], partner: Archive, tmp_path: Path
) -> None:
    spoil, message = REFUSALS[case]
    copy = tmp_path / "kopia" / bag[0].name
    shutil.copytree(bag[0], copy)
    spoil(copy)
    before = snapshot(partner)
    with pytest.raises(PackageRefused, match=message) as refused:
        import_package(partner, copy)
    assert "\n" not in str(refused.value) and str(refused.value).startswith("package refused: ")
    assert snapshot(partner) == before
    assert not list(partner.tmp_dir.glob("*"))


def test_cli_exports_and_imports_a_package(world: World, tmp_path: Path) -> None:
    partner = tmp_path / "partner"
    assert run_cli("init", archive=partner).code == 0
    out = run_cli(
        "--json",
        "export",
        "bagit",
        tmp_path / "out",
        "--interview",
        str(world.interviews["public"]),
        archive=world.root,
    )
    assert out.code == 0, out.stderr
    assert set(out.json) >= {"records", "files", "bag", "withheld"} and out.json["records"] == 1
    done = run_cli("--json", "import-package", out.json["bag"], archive=partner)
    assert done.code == 0, done.stderr
    assert set(done.json) >= {"institution", "imported", "duplicates", "withheld"}
    assert done.json["institution"]["name"] == HOME and done.json["imported"]["interviews"] == 1
    (Path(out.json["bag"]) / "manifest-sha256.txt").unlink()
    (Path(out.json["bag"]) / "manifest-sha512.txt").unlink()
    refused = run_cli("import-package", out.json["bag"], archive=partner)
    assert refused.code == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("zacni: error: package refused")
