"""Subjects (the hobby/topic thesaurus) and places, looked up by label as people type them.

Both are edited as records too (the Subjects and Places sections of the window): a label stays
unique ignoring case, since people type it in any case and the lookups above ignore it; the
thesaurus and the places stay trees, never cycles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_schema import Collection, Place, Subject
from archive_schema.catalogue import interview_subject, person_subject
from archive_schema.media import asset_subject
from zacni_app.core import polish, records, validation
from zacni_app.core.access import require
from zacni_app.core.errors import ValidationError

T = TypeVar("T")


def find_subject(session: Session, label: str) -> Subject | None:
    cleaned = validation.required_text("subject", label, max_len=200)
    return _same_text(session, Subject, Subject.label, cleaned)


def _same_text(session: Session, model: type[T], column: Any, text: str, *where: Any) -> T | None:
    """The first row whose `column` equals `text` ignoring case, Polish letters included.

    SQLite's lower() folds only ASCII (lower('Ćmielów') keeps the Ć), and PostgreSQL's depends on
    the server's locale, so the comparison is made in Python on the few rows of the same length."""
    wanted = text.lower()
    for row in session.scalars(select(model).where(func.length(column) == len(text), *where)):
        if str(getattr(row, column.key)).lower() == wanted:
            return row
    return None


def subject(session: Session, label: str, *, parent: str | None = None) -> Subject:
    """The subject with this label (case-insensitive), added to the thesaurus if new."""
    found = find_subject(session, label)
    if found is not None:
        return found
    require(session, "edit")
    new = Subject(label=validation.required_text("subject", label, max_len=200))
    if parent:
        new.parent = subject(session, parent)
    session.add(new)
    session.flush()
    return new


def subjects(session: Session, labels: Iterable[str]) -> list[Subject]:
    result: list[Subject] = []
    for label in labels:
        term = subject(session, label)
        if term not in result:
            result.append(term)
    return result


def list_subjects(session: Session) -> list[Subject]:
    return sorted(session.scalars(select(Subject)).all(), key=lambda s: polish.sort_key(s.label))


def place(session: Session, name: str) -> Place:
    """The live place of this name (case-insensitive), added if new."""
    cleaned = validation.required_text("place", name, max_len=200)
    found = _same_text(session, Place, Place.name, cleaned, Place.deleted_at.is_(None))
    if found is not None:
        return found
    require(session, "edit")
    new = Place(name=cleaned)
    session.add(new)
    session.flush()
    return new


def find_collection(session: Session, name: str) -> Collection | None:
    """The live collection of this name (case-insensitive), or None."""
    cleaned = validation.required_text("collection", name, max_len=300)
    return _same_text(session, Collection, Collection.name, cleaned, Collection.deleted_at.is_(None))


# -- subjects as records ---------------------------------------------------------------------
SUBJECT_CLEANERS: records.Cleaners = {
    "label": lambda v: validation.required_text("label", v, max_len=200),
    "label_en": lambda v: validation.text("label_en", v, max_len=200),
    "scope_note": lambda v: validation.text("scope_note", v, max_len=5000),
}


def add_subject(session: Session, *, label: str, parent: str | None = None, **fields: Any) -> Subject:
    """A new term of the thesaurus; refused if the label is there already (in any case)."""
    require(session, "edit")
    term = Subject()
    records.apply_changes(term, {"label": label, **fields}, SUBJECT_CLEANERS)
    _unique_label(session, term)
    term.parent = _broader(session, term, parent)
    session.add(term)
    session.flush()
    return term


def update_subject(
    session: Session, subject_id: int, *, expected_version: int | None, **changes: Any
) -> Subject:
    """Edit a term: label, label_en, scope_note, and parent (the broader term's label, or None)."""
    require(session, "edit")
    term = records.get(session, Subject, subject_id)
    records.check_version(term, expected_version)
    parent = changes.pop("parent", ...)
    changed = records.apply_changes(term, changes, SUBJECT_CLEANERS)
    if "label" in changed:
        _unique_label(session, term)
    if parent is not ...:
        term.parent = _broader(session, term, parent)
    session.flush()
    return term


def delete_subject(session: Session, subject_id: int, *, expected_version: int | None) -> dict[str, Any]:
    """Remove a term nobody uses (a typo, a term made by mistake); returns what it was, so it can
    be made again. A term that records or narrower terms use is refused, with how many: merge or
    rename it instead, since removing it would silently untag them."""
    require(session, "delete")
    term = records.get(session, Subject, subject_id)
    records.check_version(term, expected_version)
    uses = sum(
        int(session.scalar(select(func.count()).select_from(link).where(link.c.subject_id == term.id)) or 0)
        for link in (person_subject, interview_subject, asset_subject)
    )
    if uses:
        raise ValidationError("subject", f"is used by {uses} records")
    narrower = session.scalar(select(func.count()).where(Subject.parent_id == term.id)) or 0
    if narrower:
        raise ValidationError("subject", f"has {narrower} narrower terms")
    was = subject_dict(term)
    session.delete(term)
    session.flush()
    return {k: was[k] for k in ("label", "label_en", "parent", "scope_note")}


def _unique_label(session: Session, term: Subject) -> None:
    other = _same_text(session, Subject, Subject.label, term.label, Subject.id != term.id)
    if other is not None:
        raise ValidationError("label", f"{other.label!r} is already in the thesaurus")


def _broader(session: Session, term: Subject, parent: str | None) -> Subject | None:
    """The broader term named `parent`, which must exist and must not lie below `term`."""
    if parent is None or not parent.strip():
        return None
    cleaned = validation.required_text("parent", parent, max_len=200)
    found = _same_text(session, Subject, Subject.label, cleaned)
    if found is None:
        raise ValidationError("parent", f"no subject called {cleaned!r}")
    step: Subject | None = found
    while step is not None:
        if step is term:
            raise ValidationError(
                "parent", f"{found.label!r} lies below {term.label!r}: that would be a cycle"
            )
        step = step.parent
    return found


def subject_dict(term: Subject) -> dict[str, Any]:
    return {
        "id": term.id,
        "label": term.label,
        "label_en": term.label_en,
        "parent": term.parent.label if term.parent else None,
        "scope_note": term.scope_note,
        "version": term.version,
    }


# -- places as records -----------------------------------------------------------------------
_SIMC = re.compile(r"^[0-9]{7}$")


def _teryt(value: str | None) -> str | None:
    """The SIMC identifier of a locality in TERYT, the Polish register: seven digits."""
    cleaned = validation.text("teryt", value, max_len=14)
    if cleaned is not None and not _SIMC.match(cleaned):
        raise ValidationError("teryt", f"{cleaned!r} is not a TERYT SIMC code (7 digits)")
    return cleaned


def _coordinate(field: str, value: float | str | None, limit: int) -> float | None:
    """Degrees as a number; a decimal comma is accepted, as Polish keyboards type it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value.strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a number") from None
    if not -limit <= number <= limit:
        word = "latitude" if field == "latitude" else "longitude"
        raise ValidationError(field, f"{number:g} is not a {word} between -{limit} and {limit}")
    return number


PLACE_CLEANERS: records.Cleaners = {
    "name": lambda v: validation.required_text("name", v, max_len=200),
    "kind": lambda v: validation.text("kind", v, max_len=40),
    "teryt": _teryt,
    "latitude": lambda v: _coordinate("latitude", v, 90),
    "longitude": lambda v: _coordinate("longitude", v, 180),
}


def add_place(session: Session, *, name: str, parent: str | None = None, **fields: Any) -> Place:
    """A new place; refused if a live place of that name is there already (in any case)."""
    require(session, "edit")
    new = Place()
    records.apply_changes(new, {"name": name, **fields}, PLACE_CLEANERS)
    _unique_name(session, new)
    new.parent = _within(session, new, parent)
    session.add(new)
    session.flush()
    return new


def update_place(session: Session, place_id: int, *, expected_version: int | None, **changes: Any) -> Place:
    """Edit a place: name, kind, teryt, latitude, longitude, and parent (a live place's name)."""
    require(session, "edit")
    found = records.get(session, Place, place_id)
    records.check_version(found, expected_version)
    parent = changes.pop("parent", ...)
    changed = records.apply_changes(found, changes, PLACE_CLEANERS)
    if "name" in changed:
        _unique_name(session, found)
    if parent is not ...:
        found.parent = _within(session, found, parent)
    session.flush()
    return found


def _unique_name(session: Session, new: Place) -> None:
    live = Place.deleted_at.is_(None)
    other = _same_text(session, Place, Place.name, new.name, live, Place.id != new.id)
    if other is not None:
        raise ValidationError("name", f"a place called {other.name!r} is already in the list")


def _within(session: Session, new: Place, parent: str | None) -> Place | None:
    if parent is None or not parent.strip():
        return None
    cleaned = validation.required_text("parent", parent, max_len=200)
    found = _same_text(session, Place, Place.name, cleaned, Place.deleted_at.is_(None))
    if found is None:
        raise ValidationError("parent", f"no place called {cleaned!r}")
    step: Place | None = found
    while step is not None:
        if step is new:
            raise ValidationError("parent", f"{found.name!r} lies within {new.name!r}: that would be a cycle")
        step = step.parent
    return found


def place_dict(found: Place) -> dict[str, Any]:
    return {
        "id": found.id,
        "name": found.name,
        "kind": found.kind,
        "parent": found.parent.name if found.parent else None,
        "teryt": found.teryt,
        "latitude": found.latitude,
        "longitude": found.longitude,
        "version": found.version,
    }
