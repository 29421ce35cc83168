"""Subjects (the hobby/topic thesaurus) and places, looked up by label as people type them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_schema import Place, Subject
from zacni_app.core import polish, validation
from zacni_app.core.access import require


def find_subject(session: Session, label: str) -> Subject | None:
    cleaned = validation.required_text("subject", label, max_len=200)
    return session.scalars(select(Subject).where(func.lower(Subject.label) == cleaned.lower())).first()


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
    found = session.scalars(
        select(Place).where(func.lower(Place.name) == cleaned.lower(), Place.deleted_at.is_(None))
    ).first()
    if found is not None:
        return found
    require(session, "edit")
    new = Place(name=cleaned)
    session.add(new)
    session.flush()
    return new
