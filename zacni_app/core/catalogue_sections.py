"""The sections of the catalogue window's sidebar: their columns, what each sorts by, what the
filter matches, and the folding that lets people type without Polish letters.

catalogue_queries answers with these what a list holds (ids in order, rows for a page); the
window's model reads the column names from here. A column whose value is worked out rather than
stored (a person's access with their consents) sorts by `computed`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import SQLColumnExpression, func, select
from sqlalchemy.orm import Session

from archive_schema import (
    Asset,
    Collection,
    Interview,
    InterviewPerson,
    Person,
    Place,
    Story,
    Subject,
)
from archive_schema.base import Base
from zacni_app.core import access
from zacni_app.core.access_book import AccessBook

#: A list entry: a record id, or (kind, id) in the mixed sections ("review", "trash").
Key = int | tuple[str, int]
Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """A column of a section: its stable name, what it sorts by, and whether it is Polish text."""

    name: str
    sort: Callable[[], SQLColumnExpression[Any]]
    text: bool = False
    #: values worked out in Python rather than stored (a person's access with their consents):
    #: {id: sortable value} for the given ids; the list sorts by these instead of `sort`
    computed: Callable[[Session, list[int]], dict[int, Any]] | None = None


@dataclass(frozen=True)
class Section:
    name: str
    model: type[Base]
    columns: tuple[Column, ...]
    default_sort: str
    descending: bool = False
    #: columns the filter-as-you-type matches (diacritics and case ignored)
    search: tuple[str, ...] = ()


def _narrator_sort() -> SQLColumnExpression[Any]:
    """The first narrator's sort name, so interviews can be ordered by who told them."""
    return (
        select(Person.sort_name)
        .join(InterviewPerson, InterviewPerson.person_id == Person.id)
        .where(InterviewPerson.interview_id == Interview.id, InterviewPerson.role == "narrator")
        .order_by(InterviewPerson.position)
        .limit(1)
        .scalar_subquery()
    )


def _place_name(owner: Any) -> Callable[[], SQLColumnExpression[Any]]:
    return lambda: select(Place.name).where(Place.id == owner.place_id).scalar_subquery()


def asset_title() -> SQLColumnExpression[Any]:
    return func.coalesce(Asset.title, Asset.original_name)


def _interview_title() -> SQLColumnExpression[Any]:
    return select(Interview.title).where(Interview.id == Asset.interview_id).scalar_subquery()


SECTIONS: dict[str, Section] = {
    "people": Section(
        "people",
        Person,
        (
            Column("name", lambda: Person.sort_name, text=True),
            Column("birth_year", lambda: Person.birth_year),
            Column("locality", lambda: Person.locality, text=True),
            Column("access", lambda: Person.access, computed=lambda s, ids: _people_access_ranks(s, ids)),
        ),
        default_sort="name",
        search=("name", "locality"),
    ),
    "interviews": Section(
        "interviews",
        Interview,
        (
            Column("title", lambda: Interview.title, text=True),
            Column("date", lambda: Interview.recorded_on),
            Column("place", _place_name(Interview), text=True),
            Column("narrators", _narrator_sort, text=True),
            Column("status", lambda: Interview.status),
        ),
        default_sort="title",
        search=("title", "place", "narrators"),
    ),
    "assets": Section(
        "assets",
        Asset,
        (
            Column("title", asset_title, text=True),
            Column("kind", lambda: Asset.kind),
            Column("duration", lambda: Asset.duration_ms),
            Column("taken_at", lambda: Asset.taken_at),
            Column("interview", _interview_title, text=True),
            Column("imported_at", lambda: Asset.imported_at),
        ),
        default_sort="imported_at",
        descending=True,
        search=("title", "original_name"),
    ),
    "stories": Section(
        "stories",
        Story,
        (
            Column("title", lambda: Story.title, text=True),
            Column("status", lambda: Story.status),
            Column("published_at", lambda: Story.published_at),
        ),
        default_sort="title",
        search=("title",),
    ),
    "collections": Section(
        "collections",
        Collection,
        (
            Column("name", lambda: Collection.name, text=True),
            Column("description", lambda: Collection.description, text=True),
        ),
        default_sort="name",
        search=("name",),
    ),
    "subjects": Section(
        "subjects",
        Subject,
        (
            Column("label", lambda: Subject.label, text=True),
            Column("parent", lambda: parent_label(), text=True),
        ),
        default_sort="label",
        search=("label",),
    ),
    "places": Section(
        "places",
        Place,
        (
            Column("name", lambda: Place.name, text=True),
            Column("kind", lambda: Place.kind),
            Column("teryt", lambda: Place.teryt),
        ),
        default_sort="name",
        search=("name",),
    ),
}

#: Sections whose entries are (kind, id) pairs, listed in Python (they are small).
MIXED_COLUMNS: dict[str, tuple[str, ...]] = {
    "review": ("kind", "title", "problem"),
    "trash": ("kind", "title", "deleted_at"),
}

#: Kinds of record that go to the trash rather than being deleted at once.
TRASHABLE: dict[str, type[Base]] = {
    "person": Person,
    "interview": Interview,
    "asset": Asset,
    "story": Story,
    "place": Place,
    "collection": Collection,
}


def parent_label() -> SQLColumnExpression[Any]:
    parent = Subject.__table__.alias("parent_subject")
    return select(parent.c.label).where(parent.c.id == Subject.parent_id).scalar_subquery()


def column_names(section: str) -> tuple[str, ...]:
    if section in MIXED_COLUMNS:
        return MIXED_COLUMNS[section]
    return tuple(c.name for c in SECTIONS[section].columns)


def _folding_table() -> dict[int, str]:
    """Latin letters with diacritics → their base letter ('ą' → 'a', 'ł' → 'l', 'é' → 'e')."""
    table = {ord("ł"): "l", ord("Ł"): "L"}
    for code in range(0x00C0, 0x0250):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code) and len(base) == 1:
            table[code] = base
    return table


_FOLD = _folding_table()


def fold(value: str) -> str:
    """Lower case without diacritics ('Łąka' → 'laka'), so people may type without Polish letters.

    A translation table (C speed) rather than per-call Unicode decomposition: the filter folds
    every title of a 100,000-item list as the user types.
    """
    return value.translate(_FOLD).casefold()


# -- the access column of the people list -----------------------------------------------------
def people_access(session: Session, ids: list[int]) -> dict[int, str]:
    """Effective access of those of `ids` (a page of the list: asked record by record, a page is
    short) who narrated an interview; for the others it is their own level."""
    narrators = select(InterviewPerson.person_id).where(InterviewPerson.role == "narrator")
    query = select(Person).where(Person.id.in_(ids), Person.id.in_(narrators))
    return {p.id: access.person_access(session, p) for p in session.scalars(query)}


def _people_access_ranks(session: Session, ids: list[int]) -> dict[int, int]:
    """Sort values for the access column: every person's effective level, from the book of all
    consents (no IN list of all ids)."""
    book = AccessBook(session)
    effective = {**book.people_own_levels(), **book.person_levels()}
    return {pid: access.rank(effective[pid]) for pid in ids if pid in effective}
