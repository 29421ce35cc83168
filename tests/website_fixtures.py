"""Scaffolding for the website tests (no tests here): narrators with real media, stories, and a
byte-wise search of every file of an exported site."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import av

from archive_schema import Story
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core.analysis_pl import fold
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.ingest import IngestTarget, ingest_paths
from zacni_app.core.interviews import add_interview
from zacni_app.core.people import add_person
from zacni_app.core.stories import add_story, set_status
from zacni_app.core.transcript_records import save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.website import WebsiteReport, export_website

#: A recording's transcript: the middle passage is the one the tests close.
CUES = [
    (0, 2000, "Pszczoły latały nad łąką."),
    (2000, 3500, "Tajemnica ZASTRZEZONYFRAGMENT sąsiada z Karwowa."),
    (3500, 6000, "Miód był złoty jak żółć jesieni."),
]


@dataclass
class Narrated:
    person_id: int
    interview_id: int
    recording_id: int | None
    photo_id: int | None


def narrated(
    archive: Archive,
    folder: Path,
    *,
    name: str,
    title: str,
    scope: str | None = "publish-with-name",
    access: str = "public",
    cues: Sequence[tuple[int, int, str]] = (),
    closed: Sequence[int] = (),
    seconds: float = 3.0,
    photo: dict[str, Any] | None = None,
    summary: str | None = None,
    subjects: Sequence[str] = ("pszczelarstwo",),
    **person: Any,
) -> Narrated:
    """A narrator with one interview, a consent signed 2024-05-01, a WAV recording with `cues`
    (indexes in `closed` closed) and, when `photo` is given, a JPEG made with those EXIF values."""
    folder.mkdir(parents=True, exist_ok=True)
    with archive.transaction() as s:
        narrator = add_person(s, name=name, **person)
        interview = add_interview(
            s,
            title=title,
            narrators=[narrator.id],
            access=access,
            place="Łąka",
            summary=summary,
            subjects=list(subjects),
        )
        if scope is not None:
            add_consent(
                s, person_id=narrator.id, interview_id=interview.id, scope=scope, signed_on="2024-05-01"
            )
        person_id, interview_id = narrator.id, interview.id
    files = []
    if cues:  # the INFO tag makes every recording's bytes unique (and must never reach the website)
        tag = {"INAM": f"WAVTAG{interview_id}".encode()}
        files.append(make_wav(folder / f"nagranie-{interview_id}.wav", seconds=seconds, rate=16000, info=tag))
    if photo is not None:
        unique = {"exif_datetime": datetime(2001, 1, 1) + timedelta(minutes=interview_id), **photo}
        files.append(make_jpeg(folder / f"zdjecie-{interview_id}.jpg", **unique))
    target = IngestTarget(interview_id=interview_id, person_id=person_id)
    report = ingest_paths(archive, files, target=target, workers=1)
    assert not report.duplicates and not report.rejected, (report.duplicates, report.rejected)
    ids = {Path(item["path"]).suffix: item["asset_id"] for item in report.imported}
    recording, picture = ids.get(".wav"), ids.get(".jpg")
    if recording is not None:
        with archive.transaction() as s:
            parsed = [ParsedCue(start, end, text, name) for start, end, text in cues]
            save_transcript(s, recording, parsed, source="test", closed_cues=list(closed))
    return Narrated(person_id, interview_id, recording, picture)


def story(
    archive: Archive,
    *,
    title: str,
    interviews: Sequence[int] = (),
    assets: Sequence[int] = (),
    hero: int | None = None,
    lead: str | None = "Wstęp do historii.",
    body: str | None = "Treść historii.",
    people: Sequence[int] = (),
    publish: bool = True,
) -> int:
    with archive.transaction() as s:
        made = add_story(
            s,
            title=title,
            interviews=list(interviews),
            assets=list(assets),
            people=list(people),
            hero_asset_id=hero,
            lead=lead,
            body=body,
        )
        story_id = made.id
    if publish:
        with archive.transaction() as s:
            set_status(s, story_id, "published")
    return story_id


def later_consent(archive: Archive, item: Narrated, scope: str, **dates: str) -> None:
    """A newer consent for the interview (signed today): it decides from now on."""
    with archive.transaction() as s:
        add_consent(
            s,
            person_id=item.person_id,
            interview_id=item.interview_id,
            scope=scope,
            signed_on=date.today().isoformat(),
            **dates,
        )


def force_status(archive: Archive, story_id: int, status: str) -> None:
    with archive.transaction() as s:
        found = s.get(Story, story_id)
        assert found is not None
        found.status = status


def export(archive: Archive, out: Path, **options: Any) -> WebsiteReport:
    return export_website(archive, out, **options)


def site_files(out: Path) -> dict[str, bytes]:
    """Every file of the site, media and the manifest included, by path relative to `out`."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def forms(marker: str) -> set[bytes]:
    """The ways a marker could show up in a file: as written, lowercase, folded (search index),
    and JSON-escaped."""
    import json

    texts = {marker, marker.lower(), fold(marker), json.dumps(marker)[1:-1]}
    return {t.encode() for t in texts if t}


def leaks(out: Path, markers: Iterable[str]) -> list[tuple[str, str]]:
    """(marker, file) for every marker found anywhere in the bytes of any exported file."""
    found = []
    for rel, data in site_files(out).items():
        lowered = data.lower()
        for marker in markers:
            if any(form.lower() in lowered for form in forms(marker)):
                found.append((marker, rel))
    return found


def samples_ms(path: Path) -> int:
    """The length of a recording's sound, by decoding every sample."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        samples = sum(frame.samples for frame in container.decode(stream))
        return round(samples * 1000 / (stream.rate or 1))


def video_ms(path: Path) -> int:
    """The length of a video's picture: the last frame's time plus one frame."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        times = [frame.time for frame in container.decode(stream) if frame.time is not None]
        step = 1 / float(stream.average_rate or 1)
        return round((max(times) + step) * 1000)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class PageCheck(HTMLParser):
    """What a validator would refuse in our pages: a missing doctype or lang, unclosed or misnested
    elements, duplicate ids, images without alt, labels and aria references to missing ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.references: list[str] = []
        self.links: list[str] = []
        self.doctype = ""
        self.lang: str | None = None
        self.attributes: list[tuple[str, str, str | None]] = []

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.attributes += [(tag, k, v) for k, v in attrs]
        if tag == "html":
            self.lang = values.get("lang")
        if values.get("id"):
            self.ids.append(values["id"])
        if tag == "img" and "alt" not in values:
            self.problems.append(f"<img> without alt: {values.get('src')}")
        for key in ("for", "aria-labelledby"):
            if values.get(key):
                self.references.append(str(values[key]))
        for key in ("href", "src"):
            if values.get(key):
                self.links.append(str(values[key]))
        if values.get("srcset"):
            self.links += [part.split()[0] for part in str(values["srcset"]).split(",")]
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()

    def check(self, html: str) -> list[str]:
        self.feed(html)
        self.close()
        problems = list(self.problems)
        if self.doctype.lower() != "doctype html":
            problems.append(f"doctype is {self.doctype!r}")
        if self.lang != "pl":
            problems.append(f"<html lang> is {self.lang!r}")
        if self.stack:
            problems.append(f"unclosed {self.stack}")
        duplicates = {i for i in self.ids if self.ids.count(i) > 1}
        if duplicates:
            problems.append(f"duplicate ids {duplicates}")
        problems += [f"reference to missing id {r!r}" for r in self.references if r not in self.ids]
        return problems
