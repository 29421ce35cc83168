"""People: narrators, interviewers, photographers… with private contact details kept private."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import ACCESS_LEVELS, Person
from zacni_app.core import polish, records, validation, vocabulary
from zacni_app.core.access import actor_of, can, may_see, person_access, require
from zacni_app.core.errors import NotFoundError, ValidationError

CLEANERS: records.Cleaners = {
    "name": lambda v: validation.required_text("name", v, max_len=200),
    "sort_name": lambda v: validation.text("sort_name", v, max_len=200),
    "birth_year": lambda v: validation.year("birth_year", v),
    "death_year": lambda v: validation.year("death_year", v),
    "locality": lambda v: validation.text("locality", v, max_len=200),
    "bio": lambda v: validation.text("bio", v, max_len=20000),
    "notes": lambda v: validation.text("notes", v, max_len=20000),
    "access": lambda v: validation.choice("access", v, ACCESS_LEVELS),
    "phone": lambda v: validation.phone("phone", v),
    "email": lambda v: validation.email("email", v),
    "address": lambda v: validation.text("address", v, max_len=1000),
}


def add_person(session: Session, *, name: str, subjects: list[str] | None = None, **fields: Any) -> Person:
    """Add a person; `fields` are any of CLEANERS. The sort name defaults to 'Surname, Given'."""
    require(session, "edit")
    person = Person(access="research")
    records.apply_changes(person, {"name": name, **fields}, CLEANERS)
    _check_years(person)
    if not person.sort_name:
        person.sort_name = polish.default_sort_name(person.name)
    person.subjects = vocabulary.subjects(session, subjects or [])
    session.add(person)
    session.flush()
    return person


def update_person(
    session: Session, person_id: int, *, expected_version: int | None, **changes: Any
) -> Person:
    """Edit fields of a person; refused with ConflictError if someone saved it in between."""
    require(session, "edit")
    person = records.get(session, Person, person_id)
    records.check_version(person, expected_version)
    if not can(actor_of(session), "read_private") and set(changes) & set(Person.PRIVATE_FIELDS):
        require(session, "read_private")
    subjects = changes.pop("subjects", None)
    changed = records.apply_changes(person, changes, CLEANERS)
    _check_years(person)
    if "name" in changed and "sort_name" not in changes:
        person.sort_name = polish.default_sort_name(person.name)
    if subjects is not None:
        person.subjects = vocabulary.subjects(session, subjects)
    session.flush()
    return person


def trash_person(session: Session, person_id: int, *, expected_version: int | None = None) -> Person:
    return records.trash(session, Person, person_id, expected_version=expected_version)


def restore_person(session: Session, person_id: int) -> Person:
    require(session, "delete")
    person = records.get(session, Person, person_id, include_trash=True)
    person.deleted_at = None
    session.flush()
    return person


def get_person(session: Session, person_id: int) -> Person:
    person = records.get(session, Person, person_id)
    if not may_see(actor_of(session), person_access(session, person)):  # consents count too
        raise NotFoundError(f"no person with id {person_id}")
    return person


def list_people(session: Session, *, text: str | None = None) -> list[Person]:
    """Live people the actor may see, in Polish alphabetical order of their sort names."""
    actor = actor_of(session)
    query = select(Person).where(Person.deleted_at.is_(None))
    if text:
        query = query.where(Person.name.icontains(text.strip()))
    people = [p for p in session.scalars(query) if may_see(actor, person_access(session, p))]
    return sorted(people, key=lambda p: polish.sort_key(p.sort_name))


def person_dict(session: Session, person: Person) -> dict[str, Any]:
    """The person as plain values; private fields only for those allowed to see them."""
    data: dict[str, Any] = {
        "id": person.id,
        "uid": person.uid,
        "name": person.name,
        "sort_name": person.sort_name,
        "birth_year": person.birth_year,
        "death_year": person.death_year,
        "locality": person.locality,
        "bio": person.bio,
        "access": person.access,
        "subjects": [s.label for s in person.subjects],
        "version": person.version,
        "interviews": [{"id": p.interview_id, "role": p.role} for p in person.participations],
    }
    if can(actor_of(session), "read_private"):
        data.update({f: getattr(person, f) for f in Person.PRIVATE_FIELDS})
        data["notes"] = person.notes
    return data


def _check_years(person: Person) -> None:
    if person.birth_year and person.death_year and person.death_year < person.birth_year:
        raise ValidationError("death_year", "is before the year of birth")
