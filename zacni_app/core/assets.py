"""Asset records: reading them, with access honoured, as plain values, and editing their description."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from archive_schema import ACCESS_LEVELS, Asset, AssetPerson, Collection, Interview, Person
from archive_schema.base import utcnow
from archive_schema.enums import ASSET_PERSON_ROLES
from zacni_app.core import records, validation, vocabulary
from zacni_app.core.access import actor_of, asset_access, may_see, require
from zacni_app.core.errors import NotFoundError, ValidationError


def get_asset(session: Session, asset_id: int) -> Asset:
    asset = records.get(session, Asset, asset_id)
    if not may_see(actor_of(session), asset_access(session, asset)):  # consents count, not only its level
        raise NotFoundError(f"no asset with id {asset_id}")
    return asset


def asset_dict(asset: Asset) -> dict[str, Any]:
    return {
        "id": asset.id,
        "uid": asset.uid,
        "kind": asset.kind,
        "sha256": asset.sha256,
        "size": asset.size,
        "mime": asset.mime,
        "ext": asset.ext,
        "original_name": asset.original_name,
        "imported_at": asset.imported_at.isoformat(),
        "title": asset.title,
        "description": asset.description,
        "access": asset.access,
        "interview_id": asset.interview_id,
        "duration_ms": asset.duration_ms,
        "codec": asset.codec,
        "bitrate": asset.bitrate,
        "sample_rate": asset.sample_rate,
        "channels": asset.channels,
        "width": asset.width,
        "height": asset.height,
        "orientation": asset.orientation,
        "taken_at": asset.taken_at.isoformat() if asset.taken_at else None,
        "camera": asset.camera,
        "gps_lat": asset.gps_lat,
        "gps_lon": asset.gps_lon,
        "page_count": asset.page_count,
        "tags": asset.tech.get("tags", {}),
        "warnings": asset.warnings,
        "media_path": asset.media_relpath,
        "version": asset.version,
    }


# -- editing the catalogue description of a file -------------------------------------------------
#: Columns read from the file itself on import: the file is what it is, nobody edits these.
TECHNICAL_FIELDS = frozenset(
    {
        "kind",
        "sha256",
        "size",
        "mime",
        "ext",
        "original_name",
        "source_path",
        "imported_at",
        "duration_ms",
        "codec",
        "bitrate",
        "sample_rate",
        "channels",
        "width",
        "height",
        "orientation",
        "camera",
        "gps_lat",
        "gps_lon",
        "page_count",
        "tech",
        "warnings",
    }
)

CLEANERS: records.Cleaners = {
    "title": lambda v: validation.text("title", v, max_len=300),
    "description": lambda v: validation.text("description", v, max_len=50000),
    "access": lambda v: validation.choice("access", v, ACCESS_LEVELS),
    "taken_at": lambda v: _taken_at(v),
}

#: Role → the people in that role; an edit gives the whole mapping (roles left out lose their people).
AssetPeople = Mapping[str, Sequence[int]]


def update_asset(session: Session, asset_id: int, *, expected_version: int | None, **changes: Any) -> Asset:
    """Edit what the catalogue says about a file: title, description, access, when it was taken,
    place (by name), subjects (labels), collection (by name), interview (id) and the people in
    it by role. Technical metadata is refused by name: it describes the file and stays as read."""
    require(session, "edit")
    asset = get_asset(session, asset_id)
    records.check_version(asset, expected_version)
    technical = sorted(set(changes) & TECHNICAL_FIELDS)
    if technical:
        raise ValidationError(technical[0], "is technical metadata read from the file; it cannot be edited")
    links: dict[str, Any] = {
        k: changes.pop(k) for k in ("place", "collection", "interview_id") if k in changes
    }
    subjects = changes.pop("subjects", None)
    people = changes.pop("people", None)
    records.apply_changes(asset, changes, CLEANERS)
    _check_taken_at(asset.taken_at)
    _set_links(session, asset, links)
    if subjects is not None:
        asset.subjects = vocabulary.subjects(session, subjects)
    if people is not None:
        asset.people = _asset_people(session, asset, people)
    if subjects is not None or people is not None:
        asset.updated_at = utcnow()  # links live in their own tables: bump the row's version
    session.flush()
    return asset


def _set_links(session: Session, asset: Asset, links: dict[str, Any]) -> None:
    if "place" in links:
        asset.place = vocabulary.place(session, links["place"]) if links["place"] else None
    if "collection" in links:
        asset.collection = _collection(session, links["collection"]) if links["collection"] else None
    if "interview_id" in links:
        wanted = links["interview_id"]
        asset.interview = _interview(session, int(wanted)) if wanted is not None else None


def _collection(session: Session, name: str) -> Collection:
    cleaned = validation.required_text("collection", name, max_len=300)
    found = vocabulary.find_collection(session, cleaned)
    if found is None:
        raise ValidationError("collection", f"no collection called {cleaned!r}")
    return found


def _interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None or interview.deleted_at is not None:
        raise ValidationError("interview", f"no interview with id {interview_id}")
    return interview


def _asset_people(session: Session, asset: Asset, people: AssetPeople) -> list[AssetPerson]:
    """The new links, reusing rows that stay (same person and role) so none is deleted and re-inserted."""
    current = {(link.person_id, link.role): link for link in asset.people}
    result: list[AssetPerson] = []
    with session.no_autoflush:
        for role, ids in people.items():
            validation.choice("people", role, ASSET_PERSON_ROLES)
            for person_id in dict.fromkeys(int(i) for i in ids):
                link = current.get((person_id, role))
                if link is None:
                    person = session.get(Person, person_id)
                    if person is None or person.deleted_at is not None:
                        raise ValidationError("people", f"no person with id {person_id}")
                    link = AssetPerson(person=person, role=role)
                result.append(link)
    return result


def _taken_at(value: datetime | str | None) -> datetime | None:
    """'2024-06-14' or '2024-06-14 10:30[:15]': the camera's local time, kept without a zone."""
    if value is None or isinstance(value, datetime):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "taken_at", f"{value!r} is not a date and time in the form YYYY-MM-DD HH:MM"
        ) from None
    return parsed.replace(tzinfo=None)


def _check_taken_at(taken_at: datetime | None) -> None:
    if taken_at is not None and taken_at.date() > date.today():
        raise ValidationError("taken_at", f"{taken_at.date().isoformat()} is in the future")


def asset_catalogue(asset: Asset) -> dict[str, Any]:
    """The editable description of a file as update_asset takes it (plus its version)."""
    people: dict[str, list[int]] = {}
    for link in asset.people:
        people.setdefault(link.role, []).append(link.person_id)
    return {
        "title": asset.title,
        "description": asset.description,
        "access": asset.access,
        "taken_at": asset.taken_at.isoformat(sep=" ", timespec="minutes") if asset.taken_at else None,
        "place": asset.place.name if asset.place else None,
        "subjects": [s.label for s in asset.subjects],
        "collection": asset.collection.name if asset.collection else None,
        "interview_id": asset.interview_id,
        "people": people,
        "version": asset.version,
    }
