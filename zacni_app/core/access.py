"""Who may do what, and who may see which material: the one place that decides.

Roles: admin, cataloguer, volunteer, researcher (read-only). Items carry an access level
(public < research < staff < closed). The effective access of an item is the most restrictive of
its own level and what the consents of the people in it allow; search, the GUI and every export
ask this module, so one rule is enforced everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from archive_schema import ACCESS_LEVELS, Consent, Interview, Person
from zacni_app.core.archive import Actor
from zacni_app.core.errors import PermissionDenied

Permission = Literal["read", "edit", "delete", "import", "publish", "manage_users", "read_private", "reopen"]

_STAFF = frozenset({"read", "edit", "delete", "import", "publish", "read_private", "reopen"})
_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": _STAFF | {"manage_users"},
    "cataloguer": _STAFF,
    "volunteer": frozenset({"read", "edit", "import"}),
    "researcher": frozenset({"read"}),
}

#: The most restrictive level each role may see.
_CEILING = {"admin": "closed", "cataloguer": "closed", "volunteer": "staff", "researcher": "research"}

_ACTION_WORDS = {
    "edit": "change the catalogue",
    "delete": "delete records",
    "import": "import files",
    "publish": "publish stories",
    "manage_users": "manage users",
    "read_private": "see private contact details",
    "reopen": "lift a restriction on a passage",
    "read": "read the archive",
}


def actor_of(session: Session) -> Actor:
    actor = session.info.get("actor")
    if not isinstance(actor, Actor):
        raise PermissionDenied("no acting user for this session")
    return actor


def can(actor: Actor, permission: Permission) -> bool:
    return permission in _PERMISSIONS.get(actor.role, frozenset())


def require(session: Session, permission: Permission) -> Actor:
    """The session's actor, if allowed to `permission`; PermissionDenied otherwise."""
    actor = actor_of(session)
    if not can(actor, permission):
        raise PermissionDenied(f"user {actor.name!r} ({actor.role}) may not {_ACTION_WORDS[permission]}")
    return actor


def rank(level: str) -> int:
    return ACCESS_LEVELS.index(level)


def most_restrictive(levels: Iterable[str]) -> str:
    return max(levels, key=rank, default="public")


def visible_levels(actor: Actor) -> tuple[str, ...]:
    """Access levels the actor may see, e.g. ('public', 'research') for a researcher."""
    ceiling = _CEILING.get(actor.role, "public")
    return ACCESS_LEVELS[: rank(ceiling) + 1]


def may_see(actor: Actor, level: str) -> bool:
    return rank(level) <= rank(_CEILING.get(actor.role, "public"))


def consent_level(consent: Consent | None, today: date) -> str:
    """What one consent allows. No consent on file means staff only: nothing is shown by default."""
    if consent is None:
        return "staff"
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return "closed"
    if consent.embargo_until is not None and consent.embargo_until > today:
        return "staff"
    return {"archive": "staff", "research": "research"}.get(consent.scope, "public")


def interview_access(session: Session, interview: Interview, today: date | None = None) -> str:
    """Effective access of an interview: its own level and each narrator's consent, most restrictive.

    A narrator's consent for this interview wins over their general consent (interview NULL);
    among several applicable consents the newest signed one counts.
    """
    today = today or date.today()
    levels = [interview.access]
    for person in interview.people("narrator"):
        levels.append(consent_level(narrator_consent(session, person, interview), today))
    return most_restrictive(levels)


def narrator_consent(session: Session, person: Person, interview: Interview) -> Consent | None:
    """The consent that decides what `person` allows for `interview` (see interview_access)."""
    consents = session.scalars(
        select(Consent)
        .where(Consent.person_id == person.id)
        .where(or_(Consent.interview_id == interview.id, Consent.interview_id.is_(None)))
    ).all()
    return _applicable(consents, interview.id)


def _applicable(consents: Iterable[Consent], interview_id: int) -> Consent | None:
    specific = [c for c in consents if c.interview_id == interview_id]
    pool = specific or [c for c in consents if c.interview_id is None]
    if not pool:
        return None
    # A withdrawal anywhere in the pool is honoured whatever its order.
    withdrawn = [c for c in pool if c.withdrawn_on is not None]
    if withdrawn:
        return withdrawn[0]
    return max(pool, key=lambda c: (c.signed_on or date.min, c.id))
