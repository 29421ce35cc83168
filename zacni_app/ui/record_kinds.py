"""What the window can do with each kind of record, in the shape the editors and undo work in.

Every operation is one core service call in one transaction, under the acting user, so the
window does exactly what the CLI would. An editor's values are the service's own keyword
arguments (subjects as labels, narrators as person ids, the place by name), which lets undo
write the old values back through the same `update_*` call, with the version check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from zacni_app.core import trash
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.interviews import add_interview, get_interview, interview_dict, update_interview
from zacni_app.core.people import add_person, get_person, person_dict, update_person

Values = dict[str, Any]


@dataclass(frozen=True)
class RecordKind:
    kind: str
    section: str
    load: Callable[[Session, int], tuple[Values, int]]
    update: Callable[[Session, int, int | None, Values], int]
    create: Callable[[Session, Values], tuple[int, int]]


def _load_person(session: Session, record_id: int) -> tuple[Values, int]:
    data = person_dict(session, get_person(session, record_id))
    keep = ("name", "birth_year", "death_year", "locality", "access", "subjects", "bio", "notes")
    private = ("phone", "email", "address")
    values = {k: data[k] for k in keep + private if k in data}
    return values, int(data["version"])


def _update_person(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return update_person(session, record_id, expected_version=version, **changes).version


def _create_person(session: Session, values: Values) -> tuple[int, int]:
    person = add_person(session, **values)
    return person.id, person.version


def _load_interview(session: Session, record_id: int) -> tuple[Values, int]:
    interview = get_interview(session, record_id)
    data = interview_dict(session, interview)
    values: Values = {
        "title": data["title"],
        "recorded_on": data["date"],
        "place": data["place"],
        "language": data["language"],
        "status": data["status"],
        "access": data["access"],
        "narrators": [p["id"] for p in data["narrators"]],
        "interviewers": [p["id"] for p in data["interviewers"]],
        "subjects": data["subjects"],
        "summary": data["summary"],
        "notes": interview.notes,
    }
    return values, int(data["version"])


def _update_interview(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return update_interview(session, record_id, expected_version=version, **changes).version


def _create_interview(session: Session, values: Values) -> tuple[int, int]:
    interview = add_interview(session, **values)
    return interview.id, interview.version


KINDS: dict[str, RecordKind] = {
    "person": RecordKind("person", "people", _load_person, _update_person, _create_person),
    "interview": RecordKind("interview", "interviews", _load_interview, _update_interview, _create_interview),
}

#: The kind of record each list section shows (the mixed sections carry it in their keys).
SECTION_KINDS = {
    "people": "person",
    "interviews": "interview",
    "assets": "asset",
    "stories": "story",
    "collections": "collection",
    "subjects": "subject",
    "places": "place",
}


class Records:
    """The acting user's door to the catalogue: load, save, create, trash and restore records."""

    def __init__(self, archive: Archive, actor: Actor) -> None:
        self.archive = archive
        self.actor = actor

    def load(self, kind: str, record_id: int) -> tuple[Values, int]:
        with self.archive.session(self.actor) as s:
            return KINDS[kind].load(s, record_id)

    def update(self, kind: str, record_id: int, version: int | None, changes: Values) -> int:
        with self.archive.transaction(self.actor) as s:
            return KINDS[kind].update(s, record_id, version, dict(changes))

    def create(self, kind: str, values: Values) -> tuple[int, int]:
        with self.archive.transaction(self.actor) as s:
            return KINDS[kind].create(s, dict(values))

    def trash(self, kind: str, record_id: int, version: int | None) -> int:
        with self.archive.transaction(self.actor) as s:
            return trash.trash_record(s, kind, record_id, expected_version=version)

    def restore(self, kind: str, record_id: int) -> int:
        with self.archive.transaction(self.actor) as s:
            return trash.restore_record(s, kind, record_id)

    def empty_trash(self, keys: list[tuple[str, int]] | None = None) -> int:
        return trash.empty_trash(self.archive, self.actor, keys)
