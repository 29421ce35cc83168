"""Interviews: who told what, when and where, and how far it may be shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import ACCESS_LEVELS, INTERVIEW_STATUSES, Interview, InterviewPerson, Person
from archive_schema.base import utcnow
from zacni_app.core import access, polish, records, validation, vocabulary
from zacni_app.core.access import actor_of, may_see, require
from zacni_app.core.errors import NotFoundError, ValidationError

CLEANERS: records.Cleaners = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "recorded_on": lambda v: validation.iso_date("date", v),
    "language": lambda v: validation.required_text("language", v, max_len=10),
    "summary": lambda v: validation.text("summary", v, max_len=50000),
    "status": lambda v: validation.choice("status", v, INTERVIEW_STATUSES),
    "access": lambda v: validation.choice("access", v, ACCESS_LEVELS),
    "provenance": lambda v: validation.text("provenance", v, max_len=5000),
    "notes": lambda v: validation.text("notes", v, max_len=20000),
}


def add_interview(
    session: Session,
    *,
    title: str,
    narrators: list[int] | None = None,
    interviewers: list[int] | None = None,
    place: str | None = None,
    subjects: list[str] | None = None,
    **fields: Any,
) -> Interview:
    """Add an interview; `fields` are any of CLEANERS (recorded_on takes a date or 'YYYY-MM-DD')."""
    require(session, "edit")
    interview = Interview(language="pl", status="draft", access="staff")
    records.apply_changes(interview, {"title": title, **fields}, CLEANERS)
    _check_date(interview.recorded_on)
    interview.place = vocabulary.place(session, place) if place else None
    interview.subjects = vocabulary.subjects(session, subjects or [])
    interview.participants = _participants(session, narrators or [], interviewers or [])
    session.add(interview)
    session.flush()
    return interview


def update_interview(
    session: Session, interview_id: int, *, expected_version: int | None, **changes: Any
) -> Interview:
    require(session, "edit")
    interview = records.get(session, Interview, interview_id)
    records.check_version(interview, expected_version)
    place = changes.pop("place", ...)
    subjects = changes.pop("subjects", None)
    narrators = changes.pop("narrators", None)
    interviewers = changes.pop("interviewers", None)
    records.apply_changes(interview, changes, CLEANERS)
    _check_date(interview.recorded_on)
    if place is not ...:
        interview.place = vocabulary.place(session, place) if place else None
    if subjects is not None:
        interview.subjects = vocabulary.subjects(session, subjects)
    if narrators is not None or interviewers is not None:
        keep_n = [p.id for p in interview.people("narrator")] if narrators is None else narrators
        keep_i = [p.id for p in interview.people("interviewer")] if interviewers is None else interviewers
        interview.participants = _participants(session, keep_n, keep_i, interview.participants)
        interview.updated_at = utcnow()  # participants live in their own table: bump the row's version
    session.flush()
    return interview


def trash_interview(session: Session, interview_id: int, *, expected_version: int | None = None) -> Interview:
    return records.trash(session, Interview, interview_id, expected_version=expected_version)


def get_interview(session: Session, interview_id: int) -> Interview:
    interview = records.get(session, Interview, interview_id)
    if not may_see(actor_of(session), access.interview_access(session, interview)):
        raise NotFoundError(f"no interview with id {interview_id}")
    return interview


def list_interviews(session: Session, *, person_id: int | None = None) -> list[Interview]:
    """Live interviews the actor may see (effective access), in Polish order of title."""
    actor = actor_of(session)
    query = select(Interview).where(Interview.deleted_at.is_(None))
    if person_id is not None:
        query = query.where(Interview.participants.any(InterviewPerson.person_id == person_id))
    found = [i for i in session.scalars(query) if may_see(actor, access.interview_access(session, i))]
    return sorted(found, key=lambda i: polish.sort_key(i.title))


def interview_dict(session: Session, interview: Interview) -> dict[str, Any]:
    return {
        "id": interview.id,
        "uid": interview.uid,
        "title": interview.title,
        "date": interview.recorded_on.isoformat() if interview.recorded_on else None,
        "place": interview.place.name if interview.place else None,
        "language": interview.language,
        "summary": interview.summary,
        "status": interview.status,
        "access": interview.access,
        "effective_access": access.interview_access(session, interview),
        "narrators": [{"id": p.id, "name": p.name} for p in interview.people("narrator")],
        "interviewers": [{"id": p.id, "name": p.name} for p in interview.people("interviewer")],
        "subjects": [s.label for s in interview.subjects],
        "assets": [a.id for a in interview.assets if a.deleted_at is None],
        "version": interview.version,
    }


def _participants(
    session: Session,
    narrators: list[int],
    interviewers: list[int],
    existing: list[InterviewPerson] | None = None,
) -> list[InterviewPerson]:
    """The new participant list, reusing rows that stay (same person and role) so none is re-inserted."""
    current = {(p.person_id, p.role): p for p in existing or []}
    result: list[InterviewPerson] = []
    with session.no_autoflush:
        _fill_participants(session, narrators, interviewers, current, result)
    return result


def _fill_participants(
    session: Session,
    narrators: list[int],
    interviewers: list[int],
    current: dict[tuple[int, str], InterviewPerson],
    result: list[InterviewPerson],
) -> None:
    for role, ids in (("narrator", narrators), ("interviewer", interviewers)):
        for position, person_id in enumerate(dict.fromkeys(ids)):
            link = current.get((person_id, role))
            if link is None:
                person = session.get(Person, person_id)
                if person is None or person.deleted_at is not None:
                    raise ValidationError(role, f"no person with id {person_id}")
                link = InterviewPerson(person=person, role=role)
            link.position = position
            result.append(link)


def _check_date(recorded_on: date | None) -> None:
    if recorded_on is not None and recorded_on > date.today():
        raise ValidationError("date", f"{recorded_on.isoformat()} is in the future")
