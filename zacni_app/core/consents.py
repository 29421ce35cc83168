"""Consents: what each person agreed to, for one interview or for all their material."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import CONSENT_SCOPES, Consent, Interview, Person
from zacni_app.core import records, validation
from zacni_app.core.access import require
from zacni_app.core.errors import ValidationError


def add_consent(
    session: Session,
    *,
    person_id: int,
    scope: str,
    interview_id: int | None = None,
    signed_on: date | str | None = None,
    embargo_until: date | str | None = None,
    withdrawn_on: date | str | None = None,
    notes: str | None = None,
) -> Consent:
    require(session, "edit")
    person = records.get(session, Person, person_id)
    interview = records.get(session, Interview, interview_id) if interview_id is not None else None
    consent = Consent(
        person=person,
        interview=interview,
        scope=validation.choice("scope", scope, CONSENT_SCOPES),
        signed_on=validation.iso_date("signed", signed_on),
        embargo_until=validation.iso_date("embargo_until", embargo_until),
        withdrawn_on=validation.iso_date("withdrawn", withdrawn_on),
        notes=validation.text("notes", notes, max_len=5000),
    )
    today = date.today()
    if consent.signed_on and consent.signed_on > today:
        raise ValidationError("signed", "a consent cannot be signed in the future")
    if consent.withdrawn_on and consent.signed_on and consent.withdrawn_on < consent.signed_on:
        raise ValidationError("withdrawn", "is before the date the consent was signed")
    session.add(consent)
    session.flush()
    return consent


def consents_of(session: Session, person_id: int) -> list[Consent]:
    return list(session.scalars(select(Consent).where(Consent.person_id == person_id).order_by(Consent.id)))


def consent_dict(consent: Consent) -> dict[str, Any]:
    return {
        "id": consent.id,
        "person_id": consent.person_id,
        "interview_id": consent.interview_id,
        "scope": consent.scope,
        "signed": consent.signed_on.isoformat() if consent.signed_on else None,
        "embargo_until": consent.embargo_until.isoformat() if consent.embargo_until else None,
        "withdrawn": consent.withdrawn_on.isoformat() if consent.withdrawn_on else None,
        "version": consent.version,
    }
