"""The website export: only what consent allows leaves the archive, checked byte by byte."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageCms

from archive_schema import Asset
from tests.media_factory import make_exif, picture
from tests.website_fixtures import (
    CUES,
    Narrated,
    PageCheck,
    export,
    later_consent,
    leaks,
    narrated,
    samples_ms,
    site_files,
    story,
)
from zacni_app.core.archive import Archive
from zacni_app.core.interviews import update_interview
from zacni_app.core.transcripts import parse_webvtt

TODAY = date.today()


def _restricted(archive: Archive, media: Path, marker: str) -> tuple[Narrated, int]:
    """A narrator, interview, recording, photo and published story whose every text carries `marker`."""
    item = narrated(
        archive,
        media / marker,
        name=f"Zenon {marker}OSOBA",
        title=f"Wywiad {marker}TYTUL",
        summary=f"Streszczenie {marker}STRESZCZENIE",
        cues=[(0, 1500, f"Mówię {marker}TEKST o pszczołach.")],
        photo={"description": f"{marker}EXIF"},
        phone="+48 601 222 333",
        email=f"{marker.lower()}@example.org",
        bio=f"Życiorys {marker}BIO",
    )
    story_id = story(
        archive,
        title=f"Historia {marker}HISTORIA",
        interviews=[item.interview_id],
        assets=[item.photo_id] if item.photo_id else [],
        lead=f"Wstęp {marker}WSTEP",
        body=f"Treść {marker}TRESC",
    )
    return item, story_id


def test_every_withheld_case_stays_out_of_every_exported_byte(archive: Archive, tmp_path: Path) -> None:
    media = tmp_path / "pliki"
    ok = narrated(
        archive,
        media / "ok",
        name="Łucja Żmijewska",
        title="Łąka pełna pszczół",
        cues=CUES,
        closed=[1],
        seconds=6,
        photo={
            "gps": (50.81, 21.42),
            "description": "EXIFOPISMARKER",
            "make": "Canon",
            "model": "MODELMARKER",
        },
        phone="+48 517 293 846",
        email="prywatnazolc@example.org",
        address="ul. Kryjówkowa 17, Karwów",
    )
    ok_story = story(archive, title="Pszczoły pani Łucji", interviews=[ok.interview_id], hero=ok.photo_id)
    closed, closed_story = _restricted(archive, media, "ZAMKNIETY")
    with archive.transaction() as s:
        update_interview(s, closed.interview_id, expected_version=None, access="closed")
    archive_only, archive_story = _restricted(archive, media, "ARCHIWALNY")
    later_consent(archive, archive_only, "archive")
    embargoed, embargo_story = _restricted(archive, media, "EMBARGO")
    later_consent(
        archive, embargoed, "publish-with-name", embargo_until=(TODAY + timedelta(days=400)).isoformat()
    )
    withdrawn, withdrawn_story = _restricted(archive, media, "WYCOFANY")
    # the consent is signed on the day it runs, so its withdrawal is dated the same (not TODAY, at midnight)
    later_consent(archive, withdrawn, "publish-with-name", withdrawn_on=date.today().isoformat())
    draft_story = story(archive, title="Historia SZKICHISTORIA", body="SZKICTRESC", publish=False)

    out = tmp_path / "strona"
    report = export(archive, out)

    markers = [f"{m}{part}" for m in ("ZAMKNIETY", "ARCHIWALNY", "EMBARGO", "WYCOFANY") for part in _PARTS]
    markers += ["ZASTRZEZONYFRAGMENT", "SZKICHISTORIA", "SZKICTRESC", "EXIFOPISMARKER", "MODELMARKER"]
    markers += ["517 293 846", "prywatnazolc", "Kryjówkowa"]  # the published narrator's private fields
    markers += ["601 222 333", "zamkniety@example", "embargo@example", "wycofany@example"]
    markers += ["WAVTAG"]  # the masters' own tags
    assert leaks(out, markers) == []
    files = site_files(out)
    page = files["historie/pszczoly-pani-lucji.html"].decode()
    assert "Pszczoły latały nad łąką." in page and "Miód był złoty jak żółć jesieni." in page
    assert "Łucja Żmijewska" in page  # publish-with-name: named
    assert len([f for f in files if f.endswith(".jpg")]) == 2  # the hero, two sizes: no other photo
    assert len([f for f in files if f.endswith(".mp3")]) == 1
    reasons = {(w.kind, w.id): w for w in report.withheld}
    assert reasons[("story", draft_story)].reason.code == "story_not_published"
    expected = {
        closed_story: "interview_marked",
        archive_story: "consent_scope",
        embargo_story: "embargo",
        withdrawn_story: "consent_withdrawn",
    }
    for story_id, code in expected.items():
        entry = reasons[("story", story_id)]
        assert entry.reason.code == "story_blocked"
        assert [b.code for b in entry.blockers] == [code, "asset_not_public"]  # its photo follows it
    passages = [w for w in report.withheld if w.kind == "passage"]
    assert [(w.story_id, w.reason.params["start"], w.reason.params["end"]) for w in passages] == [
        (ok_story, "0:02.0", "0:03.5")
    ]
    assert report.stories == 1


_PARTS = ("OSOBA", "TYTUL", "STRESZCZENIE", "TEKST", "HISTORIA", "WSTEP", "TRESC", "BIO", "EXIF")


def test_an_embargo_keeps_a_story_off_the_site_until_it_ends(archive: Archive, tmp_path: Path) -> None:
    item = narrated(archive, tmp_path / "m", name="Ewa Łąkowa", title="Wesele w Karwowie", cues=CUES[:1])
    story(archive, title="Wesele", interviews=[item.interview_id], body="Opowieść o weselu.")
    ends = TODAY + timedelta(days=30)
    later_consent(archive, item, "publish-with-name", embargo_until=ends.isoformat())
    assert export(archive, tmp_path / "teraz").stories == 0
    assert leaks(tmp_path / "teraz", ["Opowieść o weselu", "Ewa Łąkowa"]) == []
    after = export(archive, tmp_path / "potem", today=ends)
    assert after.stories == 1
    assert "Opowieść o weselu." in (tmp_path / "potem" / "historie" / "wesele.html").read_text()


def test_html_injection_in_titles_and_bodies_is_escaped(archive: Archive, tmp_path: Path) -> None:
    item = narrated(
        archive, tmp_path / "m", name="Jan Kos", title='"><img src=x onerror=alert(9)>', cues=CUES[:1]
    )
    body = "\n\n".join(
        [
            "Zwykły tekst o pszczołach.",
            "<script>alert(2)</script>",
            '<img src=x onerror="alert(3)">',
            "[kliknij](javascript:alert(4))",
            "[duże litery](JaVaScRiPt:alert(5))",
            "<javascript:alert(6)>",
            "[dane](data:text/html;base64,PHNjcmlwdD4=)",
            "![obraz z sieci](https://example.org/obraz.png)",
            "[strona ula](https://example.org/ul)",
        ]
    )
    story(
        archive,
        title='<script>alert("tytuł")</script> Łąka',
        interviews=[item.interview_id],
        lead='"><img src=x onerror=alert(1)>',
        body=body,
    )
    out = tmp_path / "strona"
    export(archive, out)
    files = site_files(out)
    for rel, data in files.items():
        text = data.decode("utf-8", "replace")
        assert "<script>alert" not in text and "<img src=x" not in text, rel
        if rel.endswith(".html"):
            checker = PageCheck()
            assert checker.check(text) == [], rel
            for tag, name, value in checker.attributes:
                assert not name.startswith("on"), (rel, tag, name)
                if name in ("href", "src"):
                    target = re.sub(r"\s", "", value or "").lower()
                    assert not target.startswith(("javascript:", "data:", "http:", "//")), (rel, value)
            scripts = [v for tag, name, v in checker.attributes if tag == "script" and name == "src"]
            assert scripts in ([], ["search-index.js", "static/search.js"]), rel
    page = files["historie/script-alert-tytul-script-laka.html"].decode()
    assert "&lt;script&gt;alert(&#34;tytuł&#34;)&lt;/script&gt; Łąka" in page
    assert '<a href="https://example.org/ul">strona ula</a>' in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert b"<" not in files["search-index.js"]


def test_exported_photos_are_upright_resized_and_carry_no_metadata(archive: Archive, tmp_path: Path) -> None:
    source = tmp_path / "ul.jpg"
    exif = make_exif(gps=(50.81, 21.42), make="Canon", model="MODELMARKER", orientation=6, description="OPIS")
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">XMPMARKER</x:xmpmeta>'
    picture((2000, 1500)).save(source, "JPEG", exif=exif, icc_profile=srgb, xmp=xmp, quality=90)
    item = narrated(archive, tmp_path / "m", name="Ala Ul", title="Ule", cues=CUES[:1])
    from zacni_app.core.ingest import IngestTarget, ingest_paths

    photo = ingest_paths(archive, [source], target=IngestTarget(interview_id=item.interview_id), workers=1)
    photo_id = photo.imported[0]["asset_id"]
    with archive.session() as s:
        asset = s.get(Asset, photo_id)
        assert asset is not None and asset.gps_lat is not None  # the master has GPS…
    story(archive, title="Ule", interviews=[item.interview_id], hero=photo_id)
    out = tmp_path / "strona"
    export(archive, out)
    photos = {rel: data for rel, data in site_files(out).items() if rel.endswith(".jpg")}
    assert len(photos) == 2
    sizes = set()
    for rel, data in photos.items():
        for marker in (b"GPS", b"Exif", b"MODELMARKER", b"Canon", b"XMPMARKER", b"xmpmeta", b"ICC_PROFILE"):
            assert marker not in data, (rel, marker)
        with Image.open(io.BytesIO(data)) as img:
            assert dict(img.getexif()) == {} and img.getexif().get_ifd(0x8825) == {}
            assert "icc_profile" not in img.info and "exif" not in img.info
            sizes.add(img.size)
    assert sizes == {(1200, 1600), (480, 640)}  # orientation 6 applied: the landscape master stands up


def test_closed_passages_are_cut_from_the_sound_and_the_captions(archive: Archive, tmp_path: Path) -> None:
    item = narrated(
        archive, tmp_path / "m", name="Ola Miód", title="Miodobranie", cues=CUES, closed=[1], seconds=6
    )
    story(archive, title="Miodobranie", interviews=[item.interview_id])
    out = tmp_path / "strona"
    export(archive, out)
    files = site_files(out)
    (mp3,) = [rel for rel in files if rel.endswith(".mp3")]
    assert abs(samples_ms(out / mp3) - 4500) <= 60  # 6 s less the closed 1.5 s
    (vtt,) = [rel for rel in files if rel.endswith(".vtt")]
    captions = parse_webvtt(files[vtt].decode())
    assert [(c.start_ms, c.end_ms, c.text) for c in captions] == [
        (0, 2000, CUES[0][2]),
        (2000, 4500, CUES[2][2]),
    ]
    assert {c.speaker for c in captions} == {"Ola Miód"}
    page = files["historie/miodobranie.html"].decode()
    assert "Fragment zastrzeżony" in page and "ZASTRZEZONYFRAGMENT" not in page
    assert '<span class="time">0:02</span> <b class="speaker">Ola Miód:</b> Miód był złoty' in page


def test_closed_passages_are_cut_from_video_picture_and_sound(archive: Archive, tmp_path: Path) -> None:
    from tests.media_factory import make_video
    from tests.website_fixtures import video_ms
    from zacni_app.core.ingest import IngestTarget, ingest_paths
    from zacni_app.core.transcript_records import save_transcript
    from zacni_app.core.transcripts import ParsedCue

    item = narrated(archive, tmp_path / "m", name="Piotr Kuźnia", title="Kuźnia", cues=())
    film = make_video(
        tmp_path / "kuznia.mp4", "mp4", seconds=4, size=(320, 240), metadata={"title": "FILMTAG"}
    )
    report = ingest_paths(archive, [film], target=IngestTarget(interview_id=item.interview_id), workers=1)
    video_id = report.imported[0]["asset_id"]
    cues = [ParsedCue(0, 1000, "Kowadło dzwoni.", None), ParsedCue(1000, 2000, "FILMZAKAZANY", None)]
    cues.append(ParsedCue(2000, 4000, "Podkowa gotowa.", None))
    with archive.transaction() as s:
        save_transcript(s, video_id, cues, closed_cues=[1])
    story(archive, title="Kuźnia", interviews=[item.interview_id])
    out = tmp_path / "strona"
    export(archive, out)
    files = site_files(out)
    (mp4,) = [rel for rel in files if rel.endswith(".mp4")]
    assert abs(video_ms(out / mp4) - 3000) <= 110
    assert abs(samples_ms(out / mp4) - 3000) <= 110
    (vtt,) = [rel for rel in files if rel.endswith(".vtt")]
    assert [(c.start_ms, c.end_ms) for c in parse_webvtt(files[vtt].decode())] == [(0, 1000), (1000, 3000)]
    page = files["historie/kuznia.html"].decode()
    assert f'<video controls preload="metadata" src="../{mp4}">' in page
    assert f'<track kind="captions" srclang="pl" label="Polski" src="../{vtt}" default>' in page
    assert leaks(out, ["FILMZAKAZANY", "FILMTAG"]) == []


def test_only_clips_go_out_when_the_whole_recording_may_not(archive: Archive, tmp_path: Path) -> None:
    from archive_schema import Clip

    whole = narrated(
        archive, tmp_path / "a", name="Ula Pień", title="Pasieka", cues=CUES, closed=[1], seconds=6
    )
    other = narrated(
        archive, tmp_path / "b", name="Józef Badacz", title="Badania", cues=[(0, 2000, "BADAWCZYTEKST")]
    )
    later_consent(archive, other, "research")
    story_id = story(archive, title="Fragmenty", interviews=[whole.interview_id])
    with archive.transaction() as s:
        recording = s.get(Asset, whole.recording_id)
        assert recording is not None
        recording.access = "research"  # the whole recording stays in the archive
        s.add(Clip(asset_id=whole.recording_id, start_ms=1000, end_ms=5000, title="Łąka", story_id=story_id))
        s.add(Clip(asset_id=whole.recording_id, start_ms=2100, end_ms=3400, title="Cisza", story_id=story_id))
        s.add(
            Clip(
                asset_id=other.recording_id, start_ms=0, end_ms=2000, title="BADAWCZYKLIP", story_id=story_id
            )
        )
    out = tmp_path / "strona"
    report = export(archive, out)
    files = site_files(out)
    (mp3,) = [rel for rel in files if rel.endswith(".mp3")]
    assert abs(samples_ms(out / mp3) - 2500) <= 60  # 1–5 s less the closed 2–3.5 s
    codes = sorted(w.reason.code for w in report.withheld if w.kind in ("clip", "recording"))
    assert codes == [
        "clip_empty",
        "clip_not_public",
        "recording_clips_only",
        "recording_not_public",
    ]
    (vtt,) = [rel for rel in files if rel.endswith(".vtt")]
    assert [(c.start_ms, c.end_ms) for c in parse_webvtt(files[vtt].decode())] == [(0, 1000), (1000, 2500)]
    assert leaks(out, ["BADAWCZYTEKST", "BADAWCZYKLIP", "ZASTRZEZONYFRAGMENT"]) == []
    assert "Łąka" in files["historie/fragmenty.html"].decode()


def test_people_without_consent_to_be_named_are_not_named_anywhere(archive: Archive, tmp_path: Path) -> None:
    anonymous = narrated(
        archive,
        tmp_path / "a",
        name="Bożena Kwiatkowska",
        title="Gołębie",
        scope="publish",
        cues=[(0, 1500, "Gołębie wracają zawsze.")],
    )
    named = narrated(archive, tmp_path / "b", name="Henryk Łąkowski", title="Ule", cues=CUES[:1])
    story(
        archive,
        title="Sąsiedzi z pasją",
        interviews=[anonymous.interview_id, named.interview_id],
        people=[anonymous.person_id],
        body="Bożena Kwiatkowska hoduje gołębie. "
        "U pani Kwiatkowskiej (i u pani Kwiatkowskiej) jest gołębnik.",
    )
    out = tmp_path / "strona"
    report = export(archive, out)
    assert leaks(out, ["Kwiatkowsk", "Bożena"]) == []
    page = (out / "historie" / "sasiedzi-z-pasja.html").read_text()
    assert "N.N. hoduje gołębie. U pani N.N. (i u pani N.N.) jest gołębnik." in page
    assert '<b class="speaker">Osoba opowiadająca:</b> Gołębie wracają zawsze.' in page
    assert "<li><strong>Henryk Łąkowski</strong></li>" in page
    withheld = {(w.reason.code, w.reason.params.get("name")): w for w in report.withheld}
    assert ("person_not_named", "Bożena Kwiatkowska") in withheld
    assert withheld[("name_replaced", "Bożena Kwiatkowska")].reason.params["count"] == 3


def test_pages_are_valid_html5_and_every_link_is_relative_and_resolves(
    archive: Archive, tmp_path: Path
) -> None:
    first = narrated(archive, tmp_path / "a", name="Anna Łąka", title="Łąka", cues=CUES, photo={}, seconds=6)
    second = narrated(archive, tmp_path / "b", name="Ewa Żuk", title="Żuki", cues=CUES[:1], subjects=["żuki"])
    story(archive, title="Łąka", interviews=[first.interview_id], hero=first.photo_id)
    story(archive, title="Żuki", interviews=[second.interview_id])
    out = tmp_path / "strona"
    export(archive, out)
    pages = [p for p in out.rglob("*.html")]
    assert {p.relative_to(out).as_posix() for p in pages} >= {
        "index.html",
        "szukaj.html",
        "tematy.html",
        "miejsca.html",
        "historie/laka.html",
        "tematy/pszczelarstwo.html",
        "tematy/zuki.html",
        "miejsca/laka.html",
    }
    for page in pages:
        checker = PageCheck()
        assert checker.check(page.read_text()) == [], page
        for link in checker.links:
            assert not link.startswith(("/", "http:", "https:", "file:")), (page, link)
            target = link.split("#")[0].split("?")[0]
            if target:
                assert (page.parent / target).resolve().is_file(), (page, link)
