"""Consents: what each person agreed to, for one interview or for all their material.

Nothing here decides access: access.py reads the consents, so an edit (a withdrawal above all)
changes what everyone may see at once, and the search index follows through index_queue.
Withdrawing is never refused to those who edit the catalogue; taking a withdrawal back shows
material again and needs more (access.may_lift_withdrawal).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from archive_schema import CONSENT_SCOPES, Asset, Consent, Interview, InterviewPerson, Person
from zacni_app.core import records, validation
from zacni_app.core.access import actor_of, may_lift_withdrawal, may_see, person_access, require
from zacni_app.core.errors import NotFoundError, PermissionDenied, ValidationError

CLEANERS: records.Cleaners = {
    "scope": lambda v: validation.choice("scope", v, CONSENT_SCOPES),
    "signed_on": lambda v: validation.iso_date("signed", v),
    "embargo_until": lambda v: validation.iso_date("embargo_until", v),
    "withdrawn_on": lambda v: validation.iso_date("withdrawn", v),
    "notes": lambda v: validation.text("notes", v, max_len=5000),
}


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
    scan_asset_id: int | None = None,
) -> Consent:
    require(session, "edit")
    consent = Consent(person=_person(session, person_id))
    consent.interview = _interview(session, interview_id)
    consent.scan = _scan(session, scan_asset_id)
    fields = {"scope": scope, "signed_on": signed_on, "embargo_until": embargo_until}
    records.apply_changes(consent, {**fields, "withdrawn_on": withdrawn_on, "notes": notes}, CLEANERS)
    _check_dates(consent)
    session.add(consent)
    session.flush()
    return consent


def update_consent(
    session: Session, consent_id: int, *, expected_version: int | None, **changes: Any
) -> Consent:
    """Edit a consent: person_id, interview_id (None: all their material), scope, signed_on,
    embargo_until, withdrawn_on, scan_asset_id (the scanned form), notes."""
    actor = require(session, "edit")
    consent = records.get(session, Consent, consent_id)
    records.check_version(consent, expected_version)
    was_withdrawn = consent.withdrawn_on
    if "person_id" in changes:
        consent.person = _person(session, changes.pop("person_id"))
    if "interview_id" in changes:
        consent.interview = _interview(session, changes.pop("interview_id"))
    if "scan_asset_id" in changes:
        consent.scan = _scan(session, changes.pop("scan_asset_id"))
    records.apply_changes(consent, changes, CLEANERS)
    _check_dates(consent)
    lifted = was_withdrawn is not None and (
        consent.withdrawn_on is None or consent.withdrawn_on > was_withdrawn
    )
    if lifted and not may_lift_withdrawal(actor):
        raise PermissionDenied(
            f"user {actor.name!r} ({actor.role}) may not take back a withdrawal of consent"
        )
    session.flush()
    return consent


def delete_consent(session: Session, consent_id: int, *, expected_version: int | None) -> dict[str, Any]:
    """Remove a consent entered by mistake; returns its values, so it can be entered again.

    A withdrawn consent is never removed: the withdrawal is what keeps the person's material
    closed, and removing it could open what they asked to close (edit the consent instead).
    """
    require(session, "delete")
    consent = records.get(session, Consent, consent_id)
    records.check_version(consent, expected_version)
    if consent.withdrawn_on is not None:
        raise ValidationError("withdrawn", "a withdrawn consent is kept")
    was: dict[str, Any] = {
        "person_id": consent.person_id,
        "interview_id": consent.interview_id,
        "scope": consent.scope,
        "signed_on": consent.signed_on,
        "embargo_until": consent.embargo_until,
        "notes": consent.notes,
        "scan_asset_id": consent.scan_asset_id,
    }
    session.delete(consent)
    session.flush()
    return was


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise ValidationError("person", f"no person with id {person_id}")
    return person


def _interview(session: Session, interview_id: int | None) -> Interview | None:
    if interview_id is None:
        return None
    interview = session.get(Interview, interview_id)
    if interview is None or interview.deleted_at is not None:
        raise ValidationError("interview", f"no interview with id {interview_id}")
    return interview


def _scan(session: Session, asset_id: int | None) -> Asset | None:
    """The scanned, signed form: a document or a photo of it."""
    if asset_id is None:
        return None
    asset = session.get(Asset, asset_id)
    if asset is None or asset.deleted_at is not None:
        raise ValidationError("scan", f"no file with id {asset_id}")
    if asset.kind not in ("document", "image"):
        raise ValidationError("scan", f"file {asset_id} is not a scanned document or photo")
    return asset


def _check_dates(consent: Consent) -> None:
    if consent.signed_on and consent.signed_on > date.today():
        raise ValidationError("signed", "a consent cannot be signed in the future")
    if consent.withdrawn_on and consent.signed_on and consent.withdrawn_on < consent.signed_on:
        raise ValidationError("withdrawn", "is before the date the consent was signed")


def get_consent(session: Session, consent_id: int) -> Consent:
    """A consent, for those who may see the person who gave it."""
    consent = records.get(session, Consent, consent_id)
    if not may_see(actor_of(session), person_access(session, consent.person)):
        raise NotFoundError(f"no consent with id {consent_id}")
    return consent


def consents_for_interview(session: Session, interview_id: int) -> list[Consent]:
    """The consents that bear on an interview: those given for it, and the general consents
    (interview NULL) of the people who took part in it; access.py picks the deciding one."""
    people = select(InterviewPerson.person_id).where(InterviewPerson.interview_id == interview_id)
    query = select(Consent).where(
        or_(
            Consent.interview_id == interview_id,
            Consent.interview_id.is_(None) & Consent.person_id.in_(people),
        )
    )
    return list(session.scalars(query.order_by(Consent.person_id, Consent.id)))


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
        "scan_asset_id": consent.scan_asset_id,
        "version": consent.version,
    }
