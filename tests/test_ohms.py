"""OHMS XML: export a recording's index and transcript, import index points, refuse hostile files.

The round trip goes through real files in real archives; the hand-written file follows the OHMS
6.0 format as the OHMS Editor writes it (namespaced ROOT/record, *_alt fields, gpspoints,
hyperlinks, CDATA transcript). Access is checked on the bytes of the written file.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import func, select

from archive_schema import Asset, IndexSegment, Person
from tests.conftest import run_cli
from tests.media_factory import make_wav
from zacni_app.core import faults, vocabulary
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.demo import load_demo
from zacni_app.core.errors import NotFoundError, ValidationError, ZacniError
from zacni_app.core.ingest import IngestTarget, ingest_paths
from zacni_app.core.interviews import add_interview
from zacni_app.core.ohms import OHMS_NS, export_ohms, import_ohms_index
from zacni_app.core.people import add_person
from zacni_app.core.transcript_edits import list_segments, new_segment
from zacni_app.core.transcript_records import save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user

NS = {"o": OHMS_NS}
#: The order of a record's children in files the OHMS Editor exports (version 6.0).
OHMS_RECORD_ORDER = [
    "version", "date", "date_nonpreferred_format", "cms_record_id", "title", "accession", "duration",
    "collection_id", "collection_name", "series_id", "series_name", "repository", "funding",
    "repository_url", "subject", "keyword", "interviewee", "interviewer", "format", "file_name",
    "transcript_alt_lang", "translate", "media_id", "media_url", "mediafile", "kembed", "language",
    "user_notes", "index", "type", "description", "rel", "vtt_transcript", "rights", "fmt", "usage",
    "userestrict", "xmllocation", "xmlfilename", "collection_link", "series_link",
]  # fmt: skip


# -- scaffolding -----------------------------------------------------------------------------------
def recording(archive: Archive, folder: Path, seconds: float, interview_id: int | None = None) -> int:
    wav = make_wav(folder / f"nagranie-{seconds}.wav", seconds=seconds)
    report = ingest_paths(archive, [wav], target=IngestTarget(interview_id=interview_id))
    return int(report.imported[0]["asset_id"])


def segment_count(archive: Archive, asset_id: int) -> int:
    with archive.session() as s:
        query = select(func.count()).select_from(IndexSegment).where(IndexSegment.asset_id == asset_id)
        return int(s.scalar(query) or 0)


@pytest.fixture
def interview(archive: Archive, tmp_path: Path) -> dict[str, int]:
    """A public interview whose narrator consented to publication with her name, one recording."""
    with archive.transaction() as s:
        narrator = add_person(
            s, name="Halina Żurek", phone="+48 600 111 222", email="halina@example.org",
            address="Jurkowice, ul. Polna 7, 27-500 Opatów",
        )  # fmt: skip
        interviewer = add_person(s, name="Anna Nowak")
        made = add_interview(
            s, title="Łąka i pszczoły", narrators=[narrator.id], interviewers=[interviewer.id],
            recorded_on="2025-05-20", summary="Opowieść o łące.", subjects=["pszczelarstwo"], access="public",
        )  # fmt: skip
        consent = add_consent(s, person_id=narrator.id, scope="publish-with-name", signed_on="2025-05-20")
        ids = {"narrator": narrator.id, "interview": made.id, "consent": consent.id}
    ids["asset"] = recording(archive, tmp_path, 30.0, ids["interview"])
    with archive.transaction() as s:
        cues = [
            ParsedCue(1000, 4000, "Jak się zaczęła przygoda z pszczołami?", "Anna Nowak"),
            ParsedCue(4500, 9000, "Od łąki za domem, żółć mleczy i brzęczenie.", "Halina Żurek"),
        ]
        save_transcript(s, ids["asset"], cues)
    return ids


def add_points(archive: Archive, asset_id: int) -> None:
    with archive.transaction() as s:
        new_segment(
            s, asset_id, start_ms=0, title="Łąka za domem", synopsis="Żółć mleczy; pierwsze ule.",
            partial_transcript="Od łąki za domem…", keywords=["łąka", "mlecze"], subjects=["pszczelarstwo"],
            places=["Jurkowice"],
        )  # fmt: skip
        new_segment(s, asset_id, start_ms=12_000, title="Zimowanie", keywords=["zima"], subjects=["ule"])
        new_segment(s, asset_id, start_ms=20_750, title="Miodobranie z pszczołami")
        vocabulary.place(s, "Jurkowice").latitude = 50.79
        vocabulary.place(s, "Jurkowice").longitude = 21.47


def shape(archive: Archive, asset_id: int) -> list[tuple[object, ...]]:
    with archive.session() as s:
        return [
            (r.start_ms, r.title, r.synopsis, r.partial_transcript, r.keywords, r.subjects, r.places)
            for r in list_segments(s, asset_id)
        ]


# -- the round trip ----------------------------------------------------------------------------------
def test_segments_round_trip_through_ohms_xml(
    archive: Archive, interview: dict[str, int], tmp_path: Path
) -> None:
    add_points(archive, interview["asset"])
    other = recording(archive, tmp_path, 25.0)
    target = tmp_path / "wywiad.xml"
    with archive.session() as s:
        assert export_ohms(s, interview["asset"], target) == 3
    with archive.transaction() as s:
        assert import_ohms_index(s, other, target) == 3

    before, after = shape(archive, interview["asset"]), shape(archive, other)
    assert [row[1:] for row in after] == [row[1:] for row in before]
    # OHMS counts whole seconds: 20 750 ms comes back as 20 000 ms, never later than it was said
    assert [row[0] for row in after] == [0, 12_000, 20_000]
    assert after[0][4] == ("łąka", "mlecze") and after[0][6] == ("Jurkowice",)
    raw = target.read_bytes()
    assert "Łąka za domem".encode() in raw
    assert "Żółć mleczy".encode() in raw and b"&#" not in raw  # UTF-8 as it is, not character references


def test_the_file_is_ohms_6_as_the_editor_writes_it(
    archive: Archive, interview: dict[str, int], tmp_path: Path
) -> None:
    add_points(archive, interview["asset"])
    target = tmp_path / "wywiad.xml"
    with archive.session() as s:
        export_ohms(s, interview["asset"], target)
    raw = target.read_bytes()
    assert raw.startswith(b"<?xml") and b"<vtt_transcript><![CDATA[WEBVTT" in raw
    record = ET.fromstring(raw).find("o:record", NS)
    assert record is not None
    tags = [child.tag.removeprefix(f"{{{OHMS_NS}}}") for child in record]
    assert [t for t in dict.fromkeys(tags)] == [t for t in OHMS_RECORD_ORDER if t in tags]
    assert record.findtext("o:version", namespaces=NS) == "6.0"
    assert record.findtext("o:title", namespaces=NS) == "Łąka i pszczoły"
    assert record.find("o:date", NS).get("value") == "2025-05-20"  # type: ignore[union-attr]
    assert record.findtext("o:duration", namespaces=NS) == "00:00:30"
    assert record.findtext("o:interviewee", namespaces=NS) == "Halina Żurek"
    assert record.findtext("o:interviewer", namespaces=NS) == "Anna Nowak"
    assert record.findtext("o:repository", namespaces=NS)
    points = record.findall("o:index/o:point", NS)
    assert [p.findtext("o:time", namespaces=NS) for p in points] == ["0", "12", "20"]
    assert points[0].findtext("o:keywords", namespaces=NS) == "łąka;mlecze"
    assert points[0].findtext("o:gpspoints/o:gps", namespaces=NS) == "50.79, 21.47"
    assert points[0].findtext("o:gpspoints/o:gps_text", namespaces=NS) == "Jurkowice"
    vtt = record.findtext("o:vtt_transcript", namespaces=NS) or ""
    assert vtt.startswith("WEBVTT") and "00:00:04.500 --> 00:00:09.000" in vtt
    assert "<v Halina Żurek>Od łąki za domem" in vtt
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


HAND_WRITTEN = """<?xml version="1.0" encoding="UTF-8"?>
<ROOT {ns}xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <record id="00012" dt="2024-11-02">
    <version>5.4</version>
    <date value="2024-10-30" format="yyyy-mm-dd"/>
    <title>Wywiad z kowalem</title>
    <duration>0:00:40</duration>
    <repository>Dom Kultury w Opatowie</repository>
    <index>
      <point>
        <time>3</time>
        <title>Kuźnia ojca</title>
        <title_alt>Father's forge</title_alt>
        <partial_transcript>KOWAL: Kowadło stało tu od zawsze.</partial_transcript>
        <partial_transcript_alt/>
        <synopsis>Narrator opowiada o kuźni przy drodze i o żółtym ogniu.</synopsis>
        <synopsis_alt/>
        <keywords>kowadło;miech; podkowy ;</keywords>
        <keywords_alt>anvil</keywords_alt>
        <subjects>kowalstwo;rzemiosło</subjects>
        <subjects_alt/>
        <gpspoints>
          <gps>50.80, 21.43</gps><gps_zoom>17</gps_zoom><gps_text>Strzyżów</gps_text><gps_text_alt/>
        </gpspoints>
        <hyperlinks><hyperlink>https://example.org/kuznia</hyperlink><hyperlink_text>Kuźnia</hyperlink_text></hyperlinks>
      </point>
      <point>
        <time>27.5</time>
        <title>Ostatnie zamówienie &amp; pożegnanie</title>
        <keywords></keywords>
        <subjects></subjects>
      </point>
    </index>
    <transcript>KOWAL: Kowadło stało tu od zawsze.</transcript>
  </record>
</ROOT>
"""


@pytest.mark.parametrize("namespace", [f'xmlns="{OHMS_NS}" ', ""], ids=["ohms-namespace", "legacy"])
def test_a_hand_written_ohms_file_imports(archive: Archive, tmp_path: Path, namespace: str) -> None:
    asset = recording(archive, tmp_path, 40.0)
    source = tmp_path / "kowal.xml"
    source.write_text(HAND_WRITTEN.format(ns=namespace), encoding="utf-8")
    with archive.transaction() as s:
        assert import_ohms_index(s, asset, source) == 2
    first, second = shape(archive, asset)
    assert first == (
        3000, "Kuźnia ojca", "Narrator opowiada o kuźni przy drodze i o żółtym ogniu.",
        "KOWAL: Kowadło stało tu od zawsze.", ("kowadło", "miech", "podkowy"),
        ("kowalstwo", "rzemiosło"), ("Strzyżów",),
    )  # fmt: skip
    assert second == (27_500, "Ostatnie zamówienie & pożegnanie", None, None, (), (), ())
    with archive.transaction() as s:
        assert import_ohms_index(s, asset, source) == 0  # importing again adds nothing twice
    assert segment_count(archive, asset) == 2


# -- refusals --------------------------------------------------------------------------------------
def _points(*points: str) -> str:
    body = "".join(f"<point>{p}</point>" for p in points)
    return f'<ROOT xmlns="{OHMS_NS}"><record><index>{body}</index></record></ROOT>'


GOOD = "<time>1</time><title>Łąka</title>"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>\n" + _points("<time>1</time><title>&lol9;</title>")
)  # fmt: skip


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (BILLION_LAUGHS, "DOCTYPE or entities"),
        ("{external}", "DOCTYPE or entities"),
        (_points(GOOD)[:-20], "not well-formed XML"),
        ("Łąka, żółć i pszczoły: to nie jest XML", "not well-formed XML"),
        ("", "not well-formed XML"),
        ("<html><body><p>Łąka</p></body></html>", "not an OHMS <ROOT>"),
        ('<ROOT xmlns="urn:inne"><record/></ROOT>', "not an OHMS <ROOT>"),
        ("<ROOT><record/><record/></ROOT>", "holds 2 records"),
        (
            _points(GOOD, "<time>12:00</time><title>Zima</title>"),
            "index point 2: time: '12:00' is not a time",
        ),
        (_points("<time>abc</time><title>Zima</title>"), "is not a time in seconds"),
        (_points("<time>-5</time><title>Zima</title>"), "is not a time in seconds"),
        (_points("<time>1e3</time><title>Zima</title>"), "is not a time in seconds"),
        (_points("<time></time><title>Zima</title>"), "'(empty)' is not a time"),
        (_points(GOOD, "<time>600</time><title>Po końcu</title>"), "index point 2: time: 600 s is past"),
        (_points("<time>3</time><title>  </title>"), "title: must not be empty"),
        (_points("<time>3</time><title>" + "ż" * 301 + "</title>"), "at most 300"),
    ],
)
def test_malformed_hostile_and_out_of_range_files_are_refused(
    archive: Archive, tmp_path: Path, content: str, says: str
) -> None:
    asset = recording(archive, tmp_path, 20.0)
    secret = tmp_path / "sekret.txt"
    secret.write_text("tajne hasło", encoding="utf-8")
    external = f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret.as_uri()}">]>' + _points(
        "<time>1</time><title>&x;</title>"
    )
    source = tmp_path / "zly.xml"
    source.write_text(content.replace("{external}", external), encoding="utf-8")
    with pytest.raises(ValidationError) as refused, archive.transaction() as s:
        import_ohms_index(s, asset, source)
    assert says in refused.value.message and "\n" not in refused.value.message
    assert segment_count(archive, asset) == 0


def test_a_bad_point_after_good_ones_writes_nothing(archive: Archive, tmp_path: Path) -> None:
    asset = recording(archive, tmp_path, 20.0)
    source = tmp_path / "czesciowo.xml"
    source.write_text(_points(GOOD, "<time>5</time><title>Dobry</title>", "<time>x</time><title>Zły</title>"))
    with archive.session() as s:  # a caller's open session, as the listening room's
        with pytest.raises(ValidationError, match="index point 3"):
            import_ohms_index(s, asset, source)
        assert s.scalar(select(func.count()).select_from(IndexSegment)) == 0


def test_import_needs_the_right_to_edit_and_a_recording(archive: Archive, tmp_path: Path) -> None:
    asset = recording(archive, tmp_path, 20.0)
    source = tmp_path / "ok.xml"
    source.write_text(_points(GOOD), encoding="utf-8")
    with archive.transaction() as s:
        add_user(s, name="badacz", role="researcher")
    with pytest.raises(ZacniError, match="may not change"), archive.transaction("badacz") as s:
        import_ohms_index(s, asset, source)
    with pytest.raises(ZacniError, match="cannot read"), archive.transaction() as s:
        import_ohms_index(s, asset, tmp_path / "nie ma.xml")
    assert segment_count(archive, asset) == 0


# -- access ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, template_archive: Path) -> Path:
    root = tmp_path_factory.mktemp("demo") / "archive"
    shutil.copytree(template_archive, root)
    with Archive.open(root) as archive:
        load_demo(archive)
        with archive.transaction() as s:
            add_user(s, name="badacz", role="researcher")
    return root


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Archive]:
    shutil.copytree(demo_template, tmp_path / "demo")
    with Archive.open(tmp_path / "demo") as archive:
        yield archive


def _beekeeper(archive: Archive) -> int:
    """The beekeeper's recording: public, consent with name, one passage closed ("odszkodowanie")."""
    with archive.session() as s:
        wojcik = s.scalars(select(Person).where(Person.name == "Stanisław Wójcik")).one()
        interview = wojcik.participations[0].interview
        return next(a.id for a in interview.assets if a.kind == "audio")


def test_closed_passages_never_reach_a_researchers_or_a_public_export(demo: Archive, tmp_path: Path) -> None:
    asset = _beekeeper(demo)
    with demo.transaction() as s:
        new_segment(
            s, asset, start_ms=60_400, title="Spór z sąsiadem", synopsis="Sprawa w gminie.", access="closed"
        )
        new_segment(s, asset, start_ms=70_000, title="Rodzinne kłótnie", access="research")
    files = {}
    for who, public in (("admin", False), ("badacz", False), ("admin", True)):
        target = tmp_path / f"{who}-{public}.xml"
        with demo.session(who) as s:
            export_ohms(s, asset, target, public=public)
        files[(who, public)] = target.read_bytes()

    closed = ["odszkodowanie", "Spór z sąsiadem", "Sprawa w gminie"]
    assert all(word.encode() in files[("admin", False)] for word in closed)  # staff see all of it
    for key in (("badacz", False), ("admin", True)):
        assert not any(word.encode() in files[key] for word in closed), key
        assert "pszczołami".encode() in files[key]  # the open passages are there
    assert "Rodzinne kłótnie".encode() in files[("badacz", False)]
    assert "Rodzinne kłótnie".encode() not in files[("admin", True)]  # research is not public
    with demo.session() as s:
        private = s.scalars(select(Person).where(Person.name == "Stanisław Wójcik")).one()
        fields = [private.phone, private.email, private.address]
    for raw in files.values():
        assert not any(value and value.encode() in raw for value in fields)


def test_a_public_export_names_only_people_who_allowed_it(
    archive: Archive, interview: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "publiczny.xml"
    with archive.session() as s:
        export_ohms(s, interview["asset"], target, public=True)
    named = target.read_bytes()
    assert "<interviewee>Halina Żurek</interviewee>".encode() in named
    assert b"Anna Nowak" not in named  # the interviewer's own record is not public
    assert b"file_name />" in named  # an original file name may say who it is

    with archive.transaction() as s:  # the narrator allows publication, but not of her name
        add_consent(s, person_id=interview["narrator"], interview_id=interview["interview"], scope="publish")
    with archive.session() as s:
        export_ohms(s, interview["asset"], target, public=True)
    anonymous = target.read_bytes()
    assert "Żurek".encode() not in anonymous and "żółć mleczy".encode() in anonymous
    assert "<v Narrator>Od łąki".encode() in anonymous


def test_what_may_not_be_published_is_refused_and_nothing_written(archive: Archive, tmp_path: Path) -> None:
    with archive.transaction() as s:
        made = add_interview(s, title="Tylko dla badaczy", access="research")
    asset = recording(archive, tmp_path, 15.0, made.id)
    target = tmp_path / "nie.xml"
    with pytest.raises(ZacniError, match="not public") as refused, archive.session() as s:
        export_ohms(s, asset, target, public=True)
    assert refused.value.code == "not_public" and not target.exists()
    with archive.transaction() as s:
        add_user(s, name="wolontariusz", role="volunteer")
        s.get(Asset, asset).access = "closed"  # type: ignore[union-attr]
    with pytest.raises(NotFoundError), archive.session("wolontariusz") as s:
        export_ohms(s, asset, target)
    assert not target.exists()


# -- writing safely ----------------------------------------------------------------------------------
def test_a_failed_write_leaves_the_old_file_and_no_scraps(
    archive: Archive, interview: dict[str, int], tmp_path: Path
) -> None:
    """Fail each I/O step of the write in turn (a full disk): the old file stays, whole."""
    target = tmp_path / "eksport" / "wywiad.xml"
    target.parent.mkdir()
    target.write_bytes(b"stary plik")
    steps = 0
    while True:
        steps += 1
        with faults.FailAt(n=steps) as plan, archive.session() as s:
            try:
                export_ohms(s, interview["asset"], target)
            except ZacniError as exc:
                assert (
                    plan.fired and exc.message.startswith("cannot write") and "No space left" in exc.message
                )
        if not plan.fired:
            break
        assert target.read_bytes() == b"stary plik"
        assert [p.name for p in target.parent.iterdir()] == ["wywiad.xml"]
    assert plan.reached == ["ohms.write", "ohms.fsync", "ohms.rename"]
    assert ET.fromstring(target.read_bytes()).tag == f"{{{OHMS_NS}}}ROOT"


# -- the command line --------------------------------------------------------------------------------
def test_cli_export_and_import_json_and_errors(archive_dir: Path, tmp_path: Path) -> None:
    with Archive.open(archive_dir) as archive:
        asset = recording(archive, tmp_path, 20.0)
        other = recording(archive, tmp_path, 22.0)
        with archive.transaction() as s:
            new_segment(s, asset, start_ms=2000, title="Łąka", keywords=["żółć"])
    out = tmp_path / "łąka.xml"
    done = run_cli("--json", "export", "ohms", str(asset), str(out), archive=archive_dir)
    assert done.code == 0, done.stderr
    assert done.json == {"records": 1, "points": 1, "asset_id": asset, "file": str(out)}
    done = run_cli("--json", "segment", "import", str(other), str(out), archive=archive_dir)
    assert done.code == 0 and done.json == {"asset_id": other, "segments": 1}

    bad = tmp_path / "zly.xml"
    bad.write_text(_points("<time>pół minuty</time><title>x</title>"), encoding="utf-8")
    for argv, code in (
        (["segment", "import", str(other), str(bad)], 1),
        (["export", "ohms", str(asset), str(tmp_path / "brak" / "x.xml")], 1),
        (["export", "ohms", "999", str(out)], 1),
        (["export", "ohms", "abc", str(out)], 2),
    ):
        done = run_cli(*argv, archive=archive_dir)
        assert done.code == code, (argv, done)
        assert "Traceback" not in done.stderr and "error: " in done.stderr.splitlines()[-1]
        if code == 1:
            assert len(done.stderr.splitlines()) == 1
