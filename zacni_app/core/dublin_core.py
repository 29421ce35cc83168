"""Dublin Core records of the public catalogue, for aggregators and digital libraries.

Only interviews (and their files) whose effective access is public go out — access.py decides, the
same rules search uses — and of the people in them only names a publish-with-name consent allows.
Private person fields, internal notes, transcripts and passages are never part of a record.

Two files: a CSV for Omeka S CSV Import (headers are property terms such as `dcterms:title`, one
row per item, UTF-8; several values in one cell are joined by MULTIVALUE_SEPARATOR "|", which is
what to choose as "multivalue separator" in CSV Import; a "|" inside a value becomes "/"), and
an XML collection of `oai_dc:dc` records. oai_pmh.py wraps the same records for harvesting.

The holding institution (publisher, provenance) of a record is its own institution when it came
from a partner, else the archive's home institution, set with `set_home_institution`.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import ArchiveSetting, Asset, Consent, Institution, Interview, Person
from zacni_app.core import validation
from zacni_app.core.access import (
    actor_of,
    asset_access,
    export_refusal,
    interview_access,
    may_see,
    narrator_consent,
    person_may_be_named,
    require,
)
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.core.privacy import _fields, _write_atomically

MULTIVALUE_SEPARATOR = "|"
HOME_SETTING = "home_institution"
DEFAULT_HOME_NAME = "Zacni z Sąsiedztwa"
INSTITUTION_FIELDS = ("uid", "name", "short_name", "isil", "website")

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
for _prefix, _uri in (("oai_dc", OAI_DC_NS), ("dc", DC_NS), ("xsi", XSI_NS)):
    ET.register_namespace(_prefix, _uri)

#: DCMI Type Vocabulary term of each kind of file.
DCMI_TYPES = {"audio": "Sound", "video": "MovingImage", "image": "StillImage", "document": "Text"}
#: ISO 639-2 codes of the languages interviews are catalogued in (ISO 639-1 in the catalogue).
ISO_639_2 = {
    "pl": "pol", "en": "eng", "de": "deu", "uk": "ukr", "ru": "rus", "be": "bel", "lt": "lit",
    "cs": "ces", "sk": "slk", "fr": "fra", "he": "heb", "yi": "yid", "szl": "szl", "csb": "csb",
}  # fmt: skip
#: Omeka S property term of each element, in the CSV's column order.
CSV_TERMS = {
    "identifier": "dcterms:identifier", "title": "dcterms:title", "creator": "dcterms:creator",
    "contributor": "dcterms:contributor", "subject": "dcterms:subject",
    "description": "dcterms:description", "date": "dcterms:date", "type": "dcterms:type",
    "format": "dcterms:format", "language": "dcterms:language", "coverage": "dcterms:spatial",
    "rights": "dcterms:rights", "publisher": "dcterms:publisher", "provenance": "dcterms:provenance",
    "is_part_of": "dcterms:isPartOf", "has_part": "dcterms:hasPart",
}  # fmt: skip
#: The fifteen elements of simple Dublin Core that oai_dc allows, and what fills each.
OAI_DC_ELEMENTS = {
    "title": ["title"], "creator": ["creator"], "subject": ["subject"], "description": ["description"],
    "publisher": ["publisher"], "contributor": ["contributor"], "date": ["date"], "type": ["type"],
    "format": ["format"], "identifier": ["identifier"], "language": ["language"],
    "relation": ["is_part_of", "has_part"], "coverage": ["coverage"], "rights": ["rights"],
}  # fmt: skip
RIGHTS = "Udostępniono publicznie za zgodą osób nagranych. Prawa zastrzeżone: {holder}."

DcFormat = Literal["csv", "xml"]


@dataclass
class DcRecord:
    """One item: an interview or one of its files, as Dublin Core values (element → values)."""

    kind: str
    record_id: int
    uid: str
    datestamp: date
    values: dict[str, list[str]] = field(default_factory=dict)

    @property
    def urn(self) -> str:
        return f"urn:uuid:{self.uid}"


# -- holding institutions (publisher, provenance) -------------------------------------------------
def home_institution(session: Session) -> Institution | None:
    """The institution holding this archive's own material (records whose institution is NULL)."""
    uid = session.scalar(select(ArchiveSetting.value).where(ArchiveSetting.key == HOME_SETTING))
    return None if uid is None else session.scalar(select(Institution).where(Institution.uid == uid))


def set_home_institution(
    session: Session, *, name: str, short_name: str | None = None, isil: str | None = None,
    website: str | None = None,
) -> Institution:  # fmt: skip
    """Name the institution that holds this archive (publisher of its records, sender of its packages)."""
    require(session, "manage_users")
    values = {
        "name": validation.required_text("name", name, max_len=300),
        "short_name": validation.text("short_name", short_name, max_len=60),
        "isil": validation.text("isil", isil, max_len=40),
        "website": validation.text("website", website, max_len=500),
    }
    home = home_institution(session)
    if home is None:
        home = Institution(**values)
        session.add(home)
        session.flush()
        session.merge(ArchiveSetting(key=HOME_SETTING, value=home.uid))
    else:
        for key, value in values.items():
            setattr(home, key, value)
    session.flush()
    return home


def ensure_home_institution(archive: Archive) -> None:
    """Give the archive its institution record (default name) the first time a package needs its uid.

    Made once, by the system: any user may export, and the archive's identity is not theirs to make.
    """
    system = Actor("system", "admin")
    with archive.session(system) as s:
        if home_institution(s) is not None:
            return
    with archive.transaction(system) as s:
        if home_institution(s) is None:
            set_home_institution(s, name=DEFAULT_HOME_NAME)


def holder_name(session: Session, institution_id: int | None) -> str:
    holder = session.get(Institution, institution_id) if institution_id else home_institution(session)
    return holder.name if holder is not None else DEFAULT_HOME_NAME


def institution_dict(institution: Institution) -> dict[str, Any]:
    return _fields(institution, INSTITUTION_FIELDS)


# -- the records ---------------------------------------------------------------------------------
def public_records(
    session: Session, today: date | None = None
) -> tuple[list[DcRecord], list[dict[str, Any]]]:
    """Records of every live interview whose effective access is public, each followed by its public
    files; and what was withheld, with a reason per item (interviews the user cannot see at all are
    not mentioned)."""
    require(session, "read")
    actor, today = actor_of(session), today or date.today()
    scans = set(session.scalars(select(Consent.scan_asset_id).where(Consent.scan_asset_id.is_not(None))))
    found: list[DcRecord] = []
    withheld: list[dict[str, Any]] = []
    names = _Names(session, today, withheld)
    interviews = session.scalars(
        select(Interview).where(Interview.deleted_at.is_(None)).order_by(Interview.id)
    )
    for interview in interviews:
        if not may_see(actor, interview_access(session, interview, today)):
            continue
        reason = export_refusal(session, interview, actor, "public", today)
        if reason:
            withheld.append({"kind": "interview", "id": interview.id, "reason": reason})
            continue
        files = []
        for asset in sorted((a for a in interview.assets if a.deleted_at is None), key=lambda a: a.id):
            level = asset_access(session, asset, today)
            if asset.id in scans:
                withheld.append({"kind": "asset", "id": asset.id, "reason": "scan of a signed consent form"})
            elif level != "public":
                withheld.append({"kind": "asset", "id": asset.id, "reason": f"the {asset.kind} is {level}"})
            else:
                files.append(asset)
        record = _interview_record(session, interview, files, names, today)
        found.append(record)
        found.extend(_asset_record(session, asset, interview, record, names) for asset in files)
    return found, withheld


class _Names:
    """Who may be named in public records (access.person_may_be_named); the others are noted once."""

    def __init__(self, session: Session, today: date, withheld: list[dict[str, Any]]) -> None:
        self.s, self.today, self.withheld = session, today, withheld
        self.allowed: dict[int, bool] = {}

    def of(self, people: list[Person]) -> list[str]:
        for person in people:
            if person.id not in self.allowed:
                self.allowed[person.id] = person_may_be_named(self.s, person, self.today)
                if not self.allowed[person.id]:
                    reason = "no current publish-with-name consent: the name is left out"
                    self.withheld.append({"kind": "person_name", "id": person.id, "reason": reason})
        return [person.name for person in people if self.allowed[person.id]]


def _interview_record(
    session: Session, interview: Interview, files: list[Asset], names: _Names, today: date
) -> DcRecord:
    recordings = [a for a in files if a.kind in ("audio", "video")]
    holder = holder_name(session, interview.institution_id)
    values = {
        "identifier": [f"urn:uuid:{interview.uid}"],
        "title": [interview.title],
        "creator": names.of(interview.people("interviewer")),
        "contributor": names.of(interview.people("narrator")),
        "subject": [s.label for s in interview.subjects],
        "description": [interview.summary] if interview.summary else [],
        "date": [interview.recorded_on.isoformat()] if interview.recorded_on else [],
        "type": sorted({DCMI_TYPES[a.kind] for a in recordings}) or ["Sound"],
        "format": sorted({a.mime for a in recordings}),
        "language": [ISO_639_2.get(interview.language, interview.language)],
        "coverage": [interview.place.name] if interview.place else [],
        "rights": [RIGHTS.format(holder=holder)],
        "publisher": [holder],
        "provenance": [holder],
        "has_part": [f"urn:uuid:{a.uid}" for a in files],
    }
    consents = [narrator_consent(session, p, interview) for p in interview.people("narrator")]
    changed = [interview.updated_at, *(c.updated_at for c in consents if c is not None)]
    return DcRecord("interview", interview.id, interview.uid, max(changed).date(), values)


def _asset_record(
    session: Session, asset: Asset, interview: Interview, parent: DcRecord, names: _Names
) -> DcRecord:
    people = {role: [p.person for p in asset.people if p.role == role] for role in ("photographer", "author")}
    others = [p.person for p in asset.people if p.role in ("depicted", "speaker")]
    taken = asset.taken_at.date().isoformat() if asset.taken_at else None
    values = parent.values | {
        "identifier": [f"urn:uuid:{asset.uid}"],
        "title": [asset.title or asset.original_name],
        "creator": names.of(people["photographer"] + people["author"]) or parent.values["creator"],
        "contributor": list(dict.fromkeys(parent.values["contributor"] + names.of(others))),
        "subject": list(dict.fromkeys([s.label for s in asset.subjects] + parent.values["subject"])),
        "description": [asset.description] if asset.description else [],
        "date": [taken] if taken else parent.values["date"],
        "type": [DCMI_TYPES[asset.kind]],
        "format": [asset.mime],
        "coverage": [asset.place.name] if asset.place else parent.values["coverage"],
        "is_part_of": [parent.urn],
        "has_part": [],
    }
    stamp = max(parent.datestamp, asset.updated_at.date())
    return DcRecord(asset.kind, asset.id, asset.uid, stamp, values)


# -- files ---------------------------------------------------------------------------------------
def omeka_csv(records: list[DcRecord]) -> str:
    """The CSV Omeka S CSV Import reads: property terms as headers, one item a row, "|" between values."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_TERMS.values())
    for record in records:
        writer.writerow(_cell(record.values.get(element, [])) for element in CSV_TERMS)
    return out.getvalue()


def _cell(values: list[str]) -> str:
    return MULTIVALUE_SEPARATOR.join(v.replace(MULTIVALUE_SEPARATOR, "/") for v in values)


def oai_dc_element(record: DcRecord) -> ET.Element:
    """One `oai_dc:dc` record: simple Dublin Core as the OAI-PMH oai_dc schema allows it."""
    dc = ET.Element(f"{{{OAI_DC_NS}}}dc", {f"{{{XSI_NS}}}schemaLocation": f"{OAI_DC_NS} {OAI_DC_SCHEMA}"})
    for element, sources in OAI_DC_ELEMENTS.items():
        for source in sources:
            for value in record.values.get(source, []):
                ET.SubElement(dc, f"{{{DC_NS}}}{element}").text = value
    return dc


def dc_xml(records: list[DcRecord]) -> str:
    """A collection of oai_dc records in one XML document."""
    root = ET.Element("records", {"count": str(len(records))})
    root.extend(oai_dc_element(record) for record in records)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def export_dublin_core(
    archive: Archive, path: Path, *, user: str = "admin", fmt: DcFormat = "csv"
) -> dict[str, Any]:
    """Write the public records as Omeka S CSV or DC XML to `path` (whole or not at all)."""
    target = writable_target(path)
    with archive.session(user) as s:
        records, withheld = public_records(s)
    _write_atomically(target, WRITERS[fmt](records))
    return {"file": str(target), "format": fmt, "records": len(records), "withheld": withheld}


#: What each format of `export dublin-core` writes.
WRITERS: dict[DcFormat, Callable[[list[DcRecord]], str]] = {"csv": omeka_csv, "xml": dc_xml}


def writable_target(path: Path) -> Path:
    target = path.expanduser()
    if not target.parent.is_dir():
        raise ZacniError(f"cannot write {target}: the folder {target.parent} does not exist", code="invalid")
    if target.is_dir():
        raise ZacniError(f"cannot write {target}: it is a folder; give a file name", code="invalid")
    return target
