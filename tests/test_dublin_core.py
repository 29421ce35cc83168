"""Dublin Core (Omeka S CSV, oai_dc XML) and the static OAI-PMH repository: public records only.

The source archive built here (once per module, with real recordings and photos) holds every case
the export rules name: a public interview with a publish-with-name consent, one whose narrator
allows only "publish", a recording with a closed passage and a closed index segment, an interview
at the research level, one under embargo, one whose consent was withdrawn, one with an
archive-only consent, a closed one, a staff-only photo, a scan of a signed form, and private
contact details on everyone, each with a marker string that must never appear in any exported
byte. tests/test_packages.py uses the same archive for the BagIt packages.
"""

from __future__ import annotations

import csv
import io
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from archive_schema import Asset, Consent, Interview
from tests.conftest import run_cli
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.dublin_core import MULTIVALUE_SEPARATOR, export_dublin_core, set_home_institution
from zacni_app.core.errors import ValidationError
from zacni_app.core.ingest import IngestTarget, ingest_paths
from zacni_app.core.interviews import add_interview
from zacni_app.core.oai_pmh import export_oai_pmh
from zacni_app.core.people import add_person
from zacni_app.core.transcript_records import add_segment, save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user

HOME = "Dom Kultury w Opatowie"
CLOSED_CUE = "Sąsiad dostał ODSZKODOWANIE-SEKRET-Ż za szkody w pasiece."
CLOSED_SEGMENT = "SEGMENT-ZAMKNIĘTY-Ź spór o miedzę"
STAFF_PHOTO = "ZDJĘCIE-SŁUŻBOWE-Ć"


@dataclass
class World:
    root: Path
    interviews: dict[str, int] = field(default_factory=dict)  # case → interview id
    assets: dict[str, int] = field(default_factory=dict)  # name → asset id
    people: dict[str, int] = field(default_factory=dict)
    never: list[str] = field(default_factory=list)  # strings no export may contain

    def uid(self, archive: Archive, model: type[Any], record_id: int) -> str:
        with archive.session() as s:
            return str(s.get(model, record_id).uid)


def _import(archive: Archive, path: Path, interview_id: int | None = None) -> int:
    report = ingest_paths(archive, [path], target=IngestTarget(interview_id=interview_id), workers=1)
    assert not report.rejected, report.rejected
    return int((report.imported or report.duplicates)[0]["asset_id"])


def _person(s: Any, world: World, key: str, name: str, **fields: Any) -> int:
    """A person whose phone, e-mail and address are marker strings no export may contain."""
    marker = key.upper()
    private = {
        "phone": f"+48 600 {len(world.people):03d} 9{len(world.people):02d}",
        "email": f"{key}.prywatny@example.org",
        "address": f"ul. Prywatna-{marker} 7, Opatów",
    }
    world.never += list(private.values())
    person = add_person(s, name=name, birth_year=1950, locality="Opatów", **private, **fields)
    world.people[key] = person.id
    return person.id


def build_world(root: Path, media: Path) -> World:
    world = World(root)
    archive = Archive.open(root)
    with archive.transaction() as s:
        set_home_institution(
            s, name=HOME, short_name="DK Opatów", isil="PL-9901", website="https://dk.example.pl"
        )
        add_user(s, name="badaczka", role="researcher")
        anna = _person(s, world, "anna", "Anna Nowak", access="public", bio="Instruktorka Domu Kultury.")
        add_consent(s, person_id=anna, scope="publish-with-name", signed_on="2024-01-02")
        cases = {  # case: (narrator, title, own access, consent scope, extra consent fields)
            "public": ("Halina Żurek", "Łąka i pszczoły w Karwowie", "public", "publish-with-name", {}),
            "anonymous": ("Łucja Pszczółka", "Żółć i miód: zielarstwo", "public", "publish", {}),
            "research": ("Roman Kowalczyk", "Kowadło w kuźni pod Opatowem", "public", "research", {}),
            "embargo": (
                "Zenon Ćwik",
                "TYTUŁ-EMBARGO-Ś",
                "public",
                "publish-with-name",
                {"embargo_until": "2031-01-01"},
            ),
            "withdrawn": (
                "Wanda Źrebiec",
                "TYTUŁ-WYCOFANE-Ń",
                "public",
                "publish",
                {"withdrawn_on": "2025-01-10"},
            ),
            "archive_only": ("Adam Ślusarz", "TYTUŁ-TYLKO-ARCHIWUM-Ó", "public", "archive", {}),
            "closed": ("Cecylia Łęcka", "TYTUŁ-ZAMKNIĘTY-Ą", "closed", "publish-with-name", {}),
        }
        for case, (name, title, level, scope, extra) in cases.items():
            narrator = _person(s, world, case, name, bio=f"Opowieść: {title}.")
            interview = add_interview(
                s,
                title=title,
                narrators=[narrator],
                interviewers=[anna],
                recorded_on="2024-06-14",
                place="Karwów",
                summary=f"Rozmowa o pasji: {title}.",
                subjects=["pszczelarstwo", "zielarstwo"],
                access=level,
                status="catalogued",
            )
            add_consent(
                s, person_id=narrator, interview_id=interview.id, scope=scope, signed_on="2024-06-14", **extra
            )
            world.interviews[case] = interview.id
            if case not in ("public", "anonymous", "research"):
                world.never += [title, interview.uid, name]
    world.assets["public_wav"] = _import(
        archive, make_wav(media / "karwow.wav", 3.0), world.interviews["public"]
    )
    photo = make_jpeg(
        media / "pasieka.jpg",
        (320, 240),
        exif_datetime="2024:06:14 10:20:30",
        make="Canon",
        model="EOS 550D",
        gps=(50.81, 21.42),
    )
    world.assets["public_photo"] = _import(archive, photo, world.interviews["public"])
    world.assets["staff_photo"] = _import(
        archive, make_jpeg(media / "sluzbowe.jpg", (64, 48)), world.interviews["public"]
    )
    world.assets["scan"] = _import(archive, make_jpeg(media / "zgoda-skan.jpg", (80, 60)))
    world.assets["closed_wav"] = _import(
        archive, make_wav(media / "zielarka.wav", 2.5, rate=22050), world.interviews["anonymous"]
    )
    world.assets["research_wav"] = _import(
        archive, make_wav(media / "kuznia.wav", 1.5), world.interviews["research"]
    )
    for case in ("embargo", "withdrawn", "archive_only", "closed"):
        asset_id = _import(
            archive, make_wav(media / f"{case}.wav", 0.5 + len(case) / 10), world.interviews[case]
        )
        world.never.append(f"{case}.wav")
        world.assets[case] = asset_id
    with archive.transaction() as s:
        _describe(s, world)
    world.never += [CLOSED_CUE, "ODSZKODOWANIE-SEKRET", CLOSED_SEGMENT, STAFF_PHOTO]
    archive.close()
    return world


def _describe(s: Any, world: World) -> None:
    cues = [
        ParsedCue(0, 900, "Jak się zaczęła przygoda z pszczołami?", "Anna Nowak"),
        ParsedCue(900, 2000, "Od ojca, w Opatowie, na łące za stodołą.", "Halina Żurek"),
        ParsedCue(2000, 2900, "Żółć i miód leczą.", "Halina Żurek"),
    ]
    save_transcript(s, world.assets["public_wav"], cues, source="karwow.vtt")
    add_segment(
        s,
        world.assets["public_wav"],
        start_ms=0,
        end_ms=2000,
        title="Początki pasieki",
        synopsis="Pszczoły po ojcu.",
        keywords=["ul", "miód"],
        subjects=["pszczelarstwo"],
    )
    add_segment(s, world.assets["public_wav"], start_ms=2000, title="Miód jako lek", keywords=["zdrowie"])
    closed = [
        ParsedCue(0, 1000, "Zbieram zioła na łące.", "Łucja Pszczółka"),
        ParsedCue(1000, 2000, CLOSED_CUE),
        ParsedCue(2000, 2400, "Suszę je na strychu.", "Łucja Pszczółka"),
    ]
    save_transcript(s, world.assets["closed_wav"], closed, closed_cues=[1])
    add_segment(s, world.assets["closed_wav"], start_ms=0, title="Zioła z łąki")
    add_segment(s, world.assets["closed_wav"], start_ms=1000, title=CLOSED_SEGMENT).access = "closed"
    save_transcript(s, world.assets["research_wav"], [ParsedCue(0, 1400, "Kowadło po dziadku.", "Roman")])
    staff = s.get(Asset, world.assets["staff_photo"])
    staff.access, staff.title = "staff", STAFF_PHOTO
    s.get(Asset, world.assets["scan"]).access = "staff"
    consent = s.scalars(select(Consent).where(Consent.person_id == world.people["public"])).one()
    consent.scan_asset_id = world.assets["scan"]


@pytest.fixture(scope="module")
def world(template_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("zrodlo") / "archiwum"
    shutil.copytree(template_archive, root)
    return build_world(root, tmp_path_factory.mktemp("karta"))


OAI = "{http://www.openarchives.org/OAI/2.0/}"
OAI_DC = "{http://www.openarchives.org/OAI/2.0/oai_dc/}"
DC = "{http://purl.org/dc/elements/1.1/}"
STATIC = "{http://www.openarchives.org/OAI/2.0/static-repository}"
SIMPLE_DC = {
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "format",
    "identifier",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
}
BASE_URL = "https://brama.example.pl/oai/dk.example.pl/zacni.xml"


def _uids(world: World, cases: tuple[str, ...], assets: tuple[str, ...]) -> set[str]:
    with Archive.open(world.root) as archive:
        found = {f"urn:uuid:{world.uid(archive, Interview, world.interviews[c])}" for c in cases}
        return found | {f"urn:uuid:{world.uid(archive, Asset, world.assets[a])}" for a in assets}


@pytest.fixture(scope="module")
def exports(world: World, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The three public exports of the source archive, written once."""
    folder = tmp_path_factory.mktemp("eksport")
    with Archive.open(world.root) as archive:
        csv_answer = export_dublin_core(archive, folder / "omeka.csv")
        xml_answer = export_dublin_core(archive, folder / "dc.xml", fmt="xml")
        oai_answer = export_oai_pmh(archive, folder / "oai.xml", base_url=BASE_URL)
    return {"csv": csv_answer, "xml": xml_answer, "oai": oai_answer}


PUBLIC_CASES = ("public", "anonymous")
PUBLIC_ASSETS = ("public_wav", "public_photo", "closed_wav")


def test_omeka_csv_parses_with_the_expected_headers_and_polish_text(
    world: World, exports: dict[str, Any]
) -> None:
    raw = Path(exports["csv"]["file"]).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a BOM, or Omeka reads it into the first header
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert list(rows[0])[:4] == [
        "dcterms:identifier",
        "dcterms:title",
        "dcterms:creator",
        "dcterms:contributor",
    ]
    assert {
        "dcterms:subject",
        "dcterms:date",
        "dcterms:type",
        "dcterms:format",
        "dcterms:language",
        "dcterms:spatial",
        "dcterms:rights",
        "dcterms:publisher",
        "dcterms:provenance",
    } <= set(rows[0])
    assert all(":" in header and header.startswith("dcterms:") for header in rows[0])
    assert exports["csv"]["records"] == len(rows) == 5
    by_title = {row["dcterms:title"]: row for row in rows}
    interview = by_title["Łąka i pszczoły w Karwowie"]
    assert "Łąka i pszczoły w Karwowie".encode() in raw  # diacritics as UTF-8 bytes, not escapes
    assert interview["dcterms:subject"].split(MULTIVALUE_SEPARATOR) == ["pszczelarstwo", "zielarstwo"]
    assert interview["dcterms:contributor"] == "Halina Żurek" and interview["dcterms:creator"] == "Anna Nowak"
    assert (interview["dcterms:date"], interview["dcterms:language"]) == ("2024-06-14", "pol")
    assert (interview["dcterms:spatial"], interview["dcterms:type"]) == ("Karwów", "Sound")
    assert interview["dcterms:publisher"] == interview["dcterms:provenance"] == HOME
    parts = interview["dcterms:hasPart"].split(MULTIVALUE_SEPARATOR)
    assert set(parts) == _uids(world, (), ("public_wav", "public_photo"))
    photo = next(row for row in rows if row["dcterms:type"] == "StillImage")
    assert (
        photo["dcterms:format"] == "image/jpeg"
        and photo["dcterms:isPartOf"] == interview["dcterms:identifier"]
    )
    assert photo["dcterms:date"] == "2024-06-14" and photo["dcterms:identifier"].startswith("urn:uuid:")


def test_only_public_records_and_permitted_names_go_out(world: World, exports: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(Path(exports["csv"]["file"]).read_text("utf-8"), newline="")))
    assert {row["dcterms:identifier"] for row in rows} == _uids(world, PUBLIC_CASES, PUBLIC_ASSETS)
    anonymous = next(row for row in rows if row["dcterms:title"] == "Żółć i miód: zielarstwo")
    assert anonymous["dcterms:contributor"] == ""  # "publish" releases the words, not the name
    withheld = {(w["kind"], w["id"]): w["reason"] for w in exports["csv"]["withheld"]}
    assert "research" in withheld["interview", world.interviews["research"]]
    assert "embargo until 2031-01-01" in withheld["interview", world.interviews["embargo"]]
    assert "withdrawn on 2025-01-10" in withheld["interview", world.interviews["withdrawn"]]
    assert "'archive'" in withheld["interview", world.interviews["archive_only"]]
    assert "closed" in withheld["interview", world.interviews["closed"]]
    assert "staff" in withheld["asset", world.assets["staff_photo"]]
    assert "publish-with-name" in withheld["person_name", world.people["anonymous"]]
    for answer in exports.values():
        everything = Path(answer["file"]).read_bytes()
        for marker in [*world.never, "Łucja Pszczółka", "Roman Kowalczyk", "Kowadło w kuźni"]:
            assert marker.encode() not in everything, (answer["file"], marker)


def test_dc_xml_is_a_collection_of_oai_dc_records(world: World, exports: dict[str, Any]) -> None:
    root = ET.parse(exports["xml"]["file"]).getroot()
    records = list(root)
    assert len(records) == exports["xml"]["records"] == 5
    assert all(r.tag == f"{OAI_DC}dc" for r in records)
    for record in records:
        assert all(e.tag.startswith(DC) and e.tag[len(DC) :] in SIMPLE_DC for e in record)
        assert "oai_dc.xsd" in record.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", "")
    identifiers = {r.findtext(f"{DC}identifier") for r in records}
    assert identifiers == _uids(world, PUBLIC_CASES, PUBLIC_ASSETS)
    titles = [r.findtext(f"{DC}title") for r in records]
    assert "Łąka i pszczoły w Karwowie" in titles and "Żółć i miód: zielarstwo" in titles


def test_static_oai_pmh_repository_is_well_formed(world: World, exports: dict[str, Any]) -> None:
    text = Path(exports["oai"]["file"]).read_text("utf-8")
    assert '<Repository xmlns="http://www.openarchives.org/OAI/2.0/static-repository"' in text
    root = ET.fromstring(text.encode())
    assert root.tag == f"{STATIC}Repository"
    assert [child.tag for child in root] == [
        f"{STATIC}Identify",
        f"{STATIC}ListMetadataFormats",
        f"{STATIC}ListRecords",
    ]
    identify = root.find(f"{STATIC}Identify")
    assert identify is not None
    assert (
        identify.findtext(f"{OAI}baseURL") == BASE_URL and identify.findtext(f"{OAI}protocolVersion") == "2.0"
    )
    assert (
        identify.findtext(f"{OAI}granularity") == "YYYY-MM-DD"
        and identify.findtext(f"{OAI}deletedRecord") == "no"
    )
    assert identify.findtext(f"{OAI}adminEmail") == "webmaster@brama.example.pl"
    assert root.findtext(f"{STATIC}ListMetadataFormats/{OAI}metadataFormat/{OAI}metadataPrefix") == "oai_dc"
    listing = root.find(f"{STATIC}ListRecords")
    assert listing is not None and listing.get("metadataPrefix") == "oai_dc"
    records = listing.findall(f"{OAI}record")
    assert len(records) == exports["oai"]["records"] == 5
    stamps = [r.findtext(f"{OAI}header/{OAI}datestamp") or "" for r in records]
    assert all(len(s) == 10 and s[4] == s[7] == "-" for s in stamps)
    assert identify.findtext(f"{OAI}earliestDatestamp") == min(stamps)
    dc_ids = {r.findtext(f"{OAI}metadata/{OAI_DC}dc/{DC}identifier") for r in records}
    assert dc_ids == _uids(world, PUBLIC_CASES, PUBLIC_ASSETS)
    oai_ids = {r.findtext(f"{OAI}header/{OAI}identifier") for r in records}
    assert oai_ids == {f"oai:brama.example.pl:{uid.removeprefix('urn:uuid:')}" for uid in dc_ids}


def test_bad_base_urls_are_refused(world: World, tmp_path: Path) -> None:
    with Archive.open(world.root) as archive:
        for url in ("ftp://example.pl/oai.xml", "https://localhost/oai.xml", "nie adres"):
            with pytest.raises(ValidationError, match="base_url"):
                export_oai_pmh(archive, tmp_path / "oai.xml", base_url=url)
    assert not (tmp_path / "oai.xml").exists()


def test_cli_dublin_core_and_oai_pmh(world: World, tmp_path: Path) -> None:
    done = run_cli(
        "--json", "export", "dublin-core", tmp_path / "dc.xml", "--format", "xml", archive=world.root
    )
    assert done.code == 0, done.stderr
    assert done.json["records"] == 5 and {w["kind"] for w in done.json["withheld"]} >= {"interview", "asset"}
    oai = run_cli(
        "--json", "export", "oai-pmh", tmp_path / "oai.xml", "--base-url", BASE_URL, archive=world.root
    )
    assert oai.code == 0 and oai.json["records"] == 5
    ET.parse(tmp_path / "oai.xml")
    bad = run_cli("export", "oai-pmh", tmp_path / "x.xml", "--base-url", "localhost", archive=world.root)
    assert bad.code == 1 and bad.stderr.count("\n") == 1 and "base_url" in bad.stderr
