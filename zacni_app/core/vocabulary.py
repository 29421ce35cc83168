"""Subjects (the hobby/topic thesaurus) and places, looked up by label as people type them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_schema import Place, Subject
from zacni_app.core import polish, validation
from zacni_app.core.access import require

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
