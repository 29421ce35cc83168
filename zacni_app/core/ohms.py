"""OHMS XML: a recording's index and transcript as the OHMS Viewer/Editor reads and writes them.

OHMS (Oral History Metadata Synchronizer, Louie B. Nunn Center, University of Kentucky) is how many
oral-history archives publish an interview with a searchable index. Its XML (version 6.0, as the
OHMS Editor exports it) is `<ROOT xmlns="https://www.weareavp.com/nunncenter/ohms">` with one
`<record id dt>` whose children come in the schema's fixed order, empty ones written empty.

Export (`export_ohms`), archive → element:
  asset uid → record/@id, accession; today → record/@dt; interview date → date/@value
  interview title (else asset title, file name) → title; duration_ms → duration (HH:MM:SS)
  collection (asset's, else interview's) → collection_id (uid), collection_name
  holding institution (asset's, else interview's; else the archive_name setting) → repository,
  repository_url; interview and asset subjects → subject; keywords of the points → keyword
  narrators / interviewers → interviewee / interviewer (names only, never a private field)
  mime → format; original name → file_name (not in a public export); language; kind → clip_format, fmt
  index segment → index/point: time (whole seconds, start_ms rounded down as OHMS counts), title,
  partial_transcript, synopsis, keywords and subjects joined by ";" (a ";" inside becomes ","),
  places → gpspoints (gps "lat, lon", gps_text name)
  interview summary (else asset description) → description
  transcript cues → vtt_transcript (WebVTT with <v Speaker> voices in CDATA, as OHMS 6 writes it)
Not written: translations (*_alt), legacy sync/transcript, hyperlinks, media URLs, end times.

Import (`import_ohms_index`) reads index/point only: time (seconds, decimals allowed) → start_ms;
title, partial_transcript, synopsis; keywords, subjects split at ";"; gpspoints/gps_text → places.
An OHMS point runs until the next, so end_ms stays empty. Elements are matched by local name, so
files without the namespace (older OHMS) read the same. DOCTYPEs and entities are refused unread.

Access: a cue or segment whose own level the actor may not see is left out; a public export leaves
out everything above public and names only people whose consent allows it (others by their role).
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.parsers import expat

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import (
    ArchiveSetting,
    Asset,
    Collection,
    IndexSegment,
    Institution,
    Interview,
    Place,
    Transcript,
)
from zacni_app.core import faults, validation
from zacni_app.core.access import actor_of, asset_access, may_see, person_may_be_named, require
from zacni_app.core.archive import Actor
from zacni_app.core.assets import get_asset
from zacni_app.core.errors import NotFoundError, ValidationError, ZacniError
from zacni_app.core.file_names import shown
from zacni_app.core.partial_files import fsync_dir
from zacni_app.core.transcript_edits import new_segment
from zacni_app.core.transcripts import ParsedCue, write_webvtt

OHMS_NS = "https://www.weareavp.com/nunncenter/ohms"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OHMS_VERSION = "6.0"
#: Larger than any index with a full transcript; a bigger file is refused before it is parsed.
MAX_BYTES = 64 * 1024 * 1024
#: The repository named when neither the recording nor its interview has a holding institution.
ARCHIVE_NAME_SETTING = "archive_name"
DEFAULT_REPOSITORY = "Zacni z Sąsiedztwa"
#: Speakers whose names may not be published are shown by their part in the interview instead.
ROLE_LABELS = {"narrator": "Narrator", "interviewer": "Osoba prowadząca"}
_LANGUAGES = {"pl": "Polish", "en": "English", "de": "German", "uk": "Ukrainian", "ru": "Russian"}
_NOT_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SECONDS = re.compile(r"\d{1,9}(?:\.\d{1,6})?")
_FIELD = "OHMS file"


@dataclass(frozen=True)
class OhmsPoint:
    """One index point read from an OHMS file, checked and ready to become an index segment."""

    start_ms: int
    title: str
    partial_transcript: str | None
    synopsis: str | None
    keywords: tuple[str, ...]
    subjects: tuple[str, ...]
    places: tuple[str, ...]


# -- export ------------------------------------------------------------------------------------------
def export_ohms(session: Session, asset_id: int, target: Path, *, public: bool = False) -> int:
    """Write the recording's OHMS XML to `target` (atomically); returns the index points written.

    `public` is the export for publishing: the recording must be public in effect, and every
    passage above public and every name without consent to publish it is left out."""
    require(session, "read")
    actor = actor_of(session)
    asset = _recording(session, asset_id)
    level = asset_access(session, asset)
    if not may_see(actor, level):
        raise NotFoundError(f"no asset with id {asset_id}")
    if public and level != "public":
        raise ZacniError(
            f"asset {asset_id} is {level} in effect, not public: it cannot be exported for publishing",
            code="not_public",
        )
    interview = asset.interview if asset.interview and asset.interview.deleted_at is None else None
    interviewees, interviewers, withheld = _names(session, interview, actor, public)
    export = _Export(
        asset=asset,
        interview=interview,
        segments=[s for s in _segments(session, asset_id) if _visible(s.access, actor, public)],
        cues=_cues(session, asset, actor, public, withheld),
        interviewees=interviewees,
        interviewers=interviewers,
        public=public,
        slot=f"zacni-transcript-{secrets.token_hex(8)}",
    )
    root = _root(session, export, shown(target.name))
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    _write_atomically(target, data.replace(export.slot.encode(), _cdata(_vtt(export.cues))))
    return len(export.segments)


@dataclass(frozen=True)
class _Export:
    """What one file holds, already filtered by access."""

    asset: Asset
    interview: Interview | None
    segments: list[IndexSegment]
    cues: list[ParsedCue]
    interviewees: list[str]
    interviewers: list[str]
    public: bool
    #: a unique text standing in for the transcript until it is written as a CDATA section
    slot: str


def _recording(session: Session, asset_id: int) -> Asset:
    asset = get_asset(session, asset_id)
    if asset.kind not in ("audio", "video"):
        raise ValidationError("asset", f"asset {asset_id} is not a recording (kind: {asset.kind})")
    return asset


def _visible(level: str | None, actor: Actor, public: bool) -> bool:
    own = level or "public"
    return own == "public" if public else may_see(actor, own)


def _segments(session: Session, asset_id: int) -> list[IndexSegment]:
    query = select(IndexSegment).where(IndexSegment.asset_id == asset_id)
    return list(session.scalars(query.order_by(IndexSegment.start_ms, IndexSegment.id)))


def _names(
    session: Session, interview: Interview | None, actor: Actor, public: bool
) -> tuple[list[str], list[str], dict[str, str]]:
    """Narrators and interviewers to name and, for a public export, the casefolded full names and
    surnames of those the website may not name (access.person_may_be_named), with their part."""
    named: dict[str, list[str]] = {"narrator": [], "interviewer": []}
    withheld: dict[str, str] = {}
    for part in interview.participants if interview else []:
        person = part.person
        allowed = person_may_be_named(session, person) if public else may_see(actor, person.access)
        if part.role in named and allowed and person.deleted_at is None:
            named[part.role].append(person.name)
        elif part.role in named and public:
            withheld[person.name.casefold()] = ROLE_LABELS[part.role]
            withheld.setdefault(person.name.split()[-1].casefold(), ROLE_LABELS[part.role])
    return named["narrator"], named["interviewer"], withheld


def _cues(
    session: Session, asset: Asset, actor: Actor, public: bool, withheld: dict[str, str]
) -> list[ParsedCue]:
    transcript = _transcript(session, asset)
    cues = sorted(transcript.cues, key=lambda c: (c.start_ms, c.id)) if transcript else []
    return [
        ParsedCue(c.start_ms, c.end_ms, c.text, _speaker(c.speaker, withheld))
        for c in cues
        if _visible(c.access, actor, public)
    ]


def _transcript(session: Session, asset: Asset) -> Transcript | None:
    """The transcript in the interview's language, else the first one there is."""
    transcripts = sorted(
        session.scalars(select(Transcript).where(Transcript.asset_id == asset.id)), key=lambda t: t.id
    )
    language = asset.interview.language if asset.interview is not None else "pl"
    preferred = [t for t in transcripts if t.language == language]
    return (preferred or transcripts)[0] if transcripts else None


def _speaker(speaker: str | None, withheld: dict[str, str]) -> str | None:
    return withheld.get(speaker.strip().casefold(), speaker) if speaker else None


def _root(session: Session, export: _Export, file_name: str) -> ET.Element:
    """The document, element by element in the order of the OHMS schema."""
    asset, interview = export.asset, export.interview
    attributes = {"xmlns": OHMS_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": f"{OHMS_NS}/ohms.xsd"}
    root = ET.Element("ROOT", attributes)
    record = _add(root, "record", id=asset.uid, dt=date.today().isoformat())
    _add(record, "version", OHMS_VERSION)
    recorded = interview.recorded_on.isoformat() if interview and interview.recorded_on else ""
    _add(record, "date", value=recorded, format="yyyy-mm-dd")
    _empty(record, "date_nonpreferred_format", "cms_record_id")
    _add(record, "title", (interview.title if interview else None) or asset.title or asset.original_name)
    _add(record, "accession", asset.uid)
    _add(record, "duration", _clock(asset.duration_ms or 0))
    _collection(session, record, asset, interview)
    institution = _institution(session, asset, interview)
    _add(record, "repository", institution.name if institution else _archive_name(session))
    _empty(record, "funding")
    _add(record, "repository_url", institution.website if institution else None)
    subjects = [*(interview.subjects if interview else []), *asset.subjects]
    for label in dict.fromkeys(s.label for s in subjects):
        _add(record, "subject", label)
    for keyword in dict.fromkeys(k for s in export.segments for k in s.keywords):
        _add(record, "keyword", keyword)
    for tag, people in (("interviewee", export.interviewees), ("interviewer", export.interviewers)):
        for name in people or [""]:
            _add(record, tag, name)
    _add(record, "format", asset.mime)
    _add(record, "file_name", None if export.public else shown(asset.original_name))
    _media(record, asset, interview)
    index = _add(record, "index")
    for segment in export.segments:
        _point(index, segment)
    _empty(record, "type")
    _add(record, "description", (interview.summary if interview else None) or asset.description)
    _empty(record, "rel")
    _add(record, "vtt_transcript", export.slot if export.cues else None)
    _empty(record, "rights")
    _add(record, "fmt", asset.kind)
    _empty(record, "usage")
    _add(record, "userestrict", "0")
    _empty(record, "xmllocation")
    _add(record, "xmlfilename", file_name)
    _empty(record, "collection_link", "series_link")
    return root


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """A child element; characters XML cannot carry (control codes) are dropped."""
    element = ET.SubElement(parent, tag, {k: _xml_text(v) for k, v in attributes.items()})
    if text:
        element.text = _xml_text(text)
    return element


def _empty(parent: ET.Element, *tags: str) -> None:
    """Fields this archive has nothing for, written empty as OHMS writes them."""
    for tag in tags:
        ET.SubElement(parent, tag)


def _xml_text(text: str) -> str:
    return _NOT_XML_CHARS.sub("", text)


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _collection(session: Session, record: ET.Element, asset: Asset, interview: Interview | None) -> None:
    collection = asset.collection
    if collection is None and interview is not None and interview.collection_id is not None:
        collection = session.get(Collection, interview.collection_id)
    if collection is not None and collection.deleted_at is not None:
        collection = None
    _add(record, "collection_id", collection.uid if collection else None)
    _add(record, "collection_name", collection.name if collection else None)
    _empty(record, "series_id", "series_name")


def _institution(session: Session, asset: Asset, interview: Interview | None) -> Institution | None:
    for institution_id in (asset.institution_id, interview.institution_id if interview else None):
        if institution_id is not None:
            return session.get(Institution, institution_id)
    return None


def _archive_name(session: Session) -> str:
    setting = session.get(ArchiveSetting, ARCHIVE_NAME_SETTING)
    return setting.value if setting is not None and setting.value.strip() else DEFAULT_REPOSITORY


def _media(record: ET.Element, asset: Asset, interview: Interview | None) -> None:
    _empty(record, "transcript_alt_lang")
    _add(record, "translate", "0")
    _empty(record, "media_id", "media_url")
    mediafile = _add(record, "mediafile")
    _add(mediafile, "host", "Other")
    _empty(mediafile, "avalon_target_domain", "host_account_id", "host_player_id", "host_clip_id")
    _add(mediafile, "clip_format", asset.kind)
    _empty(record, "kembed")
    language = interview.language if interview is not None else "pl"
    _add(record, "language", _LANGUAGES.get(language, language))
    _empty(record, "user_notes")


def _point(index: ET.Element, segment: IndexSegment) -> None:
    point = _add(index, "point")
    _add(point, "time", str(segment.start_ms // 1000))
    texts = (
        ("title", segment.title),
        ("partial_transcript", segment.partial_transcript),
        ("synopsis", segment.synopsis),
        ("keywords", ";".join(k.replace(";", ",") for k in segment.keywords)),
        ("subjects", ";".join(s.label.replace(";", ",") for s in segment.subjects)),
    )
    for tag, text in texts:
        _add(point, tag, text)
        _empty(point, f"{tag}_alt")
    places: list[Place | None] = [p for p in segment.places if p.deleted_at is None]
    for place in places or [None]:
        gps = _add(point, "gpspoints")
        located = place is not None and place.latitude is not None and place.longitude is not None
        _add(gps, "gps", f"{place.latitude}, {place.longitude}" if located and place else None)
        _add(gps, "gps_zoom", "17" if located else None)
        _add(gps, "gps_text", place.name if place else None)
        _empty(gps, "gps_text_alt")
    _empty(_add(point, "hyperlinks"), "hyperlink", "hyperlink_text", "hyperlink_text_alt")


def _vtt(cues: list[ParsedCue]) -> str:
    """WebVTT framed by the NOTE blocks the OHMS Editor puts around a transcript."""
    body = write_webvtt(cues).removeprefix("WEBVTT\n\n")
    return f"WEBVTT\n\nNOTE\nTRANSCRIPTION BEGIN\n\n{body}\nNOTE\nTRANSCRIPTION END\n"


def _cdata(text: str) -> bytes:
    """A CDATA section, as OHMS writes its transcript ("]]>" inside is split across two sections)."""
    safe = _xml_text(text).replace("]]>", "]]]]><![CDATA[>")
    return b"<![CDATA[" + safe.encode("utf-8") + b"]]>"


def _write_atomically(target: Path, data: bytes) -> None:
    """Temp file beside the target, fsynced, renamed over it: a crash leaves the old file or none."""
    where = shown(str(target))
    if target.is_dir():
        raise ZacniError(f"{where} is a folder; give the name of the OHMS file to write", code="invalid")
    partial = target.parent / f".ohms-{os.getpid()}-{secrets.token_hex(4)}.part"
    try:
        with open(partial, "xb") as out:
            faults.point("ohms.write")
            out.write(data)
            out.flush()
            faults.point("ohms.fsync")
            os.fsync(out.fileno())
        faults.point("ohms.rename")
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise ZacniError(f"cannot write {where}: {exc.strerror or exc}", code="unwritable") from None
    finally:
        partial.unlink(missing_ok=True)


# -- import ------------------------------------------------------------------------------------------
def import_ohms_index(session: Session, asset_id: int, source: Path) -> int:
    """Create index segments from the index points of an OHMS XML file; returns how many.

    Every point is checked before anything is written: one bad point refuses the whole file.
    A point already there (same time and title) is not added twice, so importing again is safe."""
    require(session, "edit")
    asset = _recording(session, asset_id)
    points = read_ohms_index(_read(source), duration_ms=asset.duration_ms)
    have = {(s.start_ms, s.title) for s in _segments(session, asset_id)}
    new = [p for p in points if (p.start_ms, p.title) not in have]
    with session.begin_nested():  # the points land together or not at all
        for p in new:
            new_segment(session, asset_id, **asdict(p))
    return len(new)


def _read(source: Path) -> bytes:
    where = shown(str(source))
    try:
        with open(source, "rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ZacniError(f"cannot read {where}: {exc.strerror or exc}", code="unreadable") from None
    if len(data) > MAX_BYTES:
        raise ValidationError(_FIELD, f"{where} is over {MAX_BYTES // 2**20} MB; not an OHMS index")
    return data


def read_ohms_index(data: bytes, *, duration_ms: int | None = None) -> list[OhmsPoint]:
    """The index points of an OHMS XML file, each checked; ValidationError says what is wrong where."""
    root = parse_xml(data)
    if root.tag not in ("ROOT", f"{{{OHMS_NS}}}ROOT"):
        raise ValidationError(_FIELD, f"the document is <{_local(root.tag)}>, not an OHMS <ROOT>")
    records = _children(root, "record")
    if len(records) != 1:
        raise ValidationError(_FIELD, f"holds {len(records)} records; an OHMS file for one recording has one")
    points: list[OhmsPoint] = []
    for index in _children(records[0], "index"):
        for n, element in enumerate(_children(index, "point"), start=len(points) + 1):
            try:
                points.append(_read_point(element, duration_ms))
            except ValidationError as exc:
                raise ValidationError(_FIELD, f"index point {n}: {exc.message}") from None
    return points


def _read_point(point: ET.Element, duration_ms: int | None) -> OhmsPoint:
    raw_time = _text(point, "time")
    if not _SECONDS.fullmatch(raw_time):
        raise ValidationError("time", f"{raw_time[:40] or '(empty)'!r} is not a time in seconds")
    start_ms = int(Decimal(raw_time) * 1000)
    if duration_ms is not None and start_ms > duration_ms:
        raise ValidationError("time", f"{raw_time} s is past the recording's end ({_clock(duration_ms)})")
    places = [_text(gps, "gps_text") for gps in _children(point, "gpspoints")]
    return OhmsPoint(
        start_ms=start_ms,
        title=validation.required_text("title", _text(point, "title"), max_len=300),
        partial_transcript=_long_text(point, "partial_transcript"),
        synopsis=_long_text(point, "synopsis"),
        keywords=_terms("keywords", _text(point, "keywords").split(";")),
        subjects=_terms("subjects", _text(point, "subjects").split(";")),
        places=_terms("places", places),
    )


def _long_text(point: ET.Element, name: str) -> str | None:
    return validation.text(name, _text(point, name), max_len=20000)


def _terms(field: str, values: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for value in values:
        term = validation.text(field, value, max_len=200)
        if term is not None and term not in found:
            found.append(term)
    return tuple(found)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(parent: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in parent if _local(child.tag) == name]


def _text(parent: ET.Element, name: str) -> str:
    found = _children(parent, name)
    return "".join(found[0].itertext()).strip() if found else ""


def parse_xml(data: bytes) -> ET.Element:
    """An element tree from bytes, refusing any DOCTYPE or entity declaration before it is expanded.

    expat drives an ElementTree builder directly, so the guard sees the declaration first: an
    entity bomb or an external entity is refused, not expanded or fetched."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args: object) -> None:  # raised from inside expat, before anything is expanded
        raise ValidationError(_FIELD, "declares a DOCTYPE or entities; OHMS files have none")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    parser.StartElementHandler = lambda name, attributes: builder.start(_qualified(name), attributes)
    parser.EndElementHandler = lambda name: builder.end(_qualified(name))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
        return builder.close()
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code) if exc.code else str(exc)
        raise ValidationError(
            _FIELD, f"is not well-formed XML: {reason} at line {exc.lineno}, column {exc.offset + 1}"
        ) from None
    except (ValueError, LookupError) as exc:  # e.g. an encoding Python does not know
        raise ValidationError(_FIELD, f"is not readable XML ({exc})") from None


def _qualified(name: str) -> str:
    """expat gives "uri}local" with the separator we chose; ElementTree spells it "{uri}local"."""
    return "{" + name if "}" in name else name
