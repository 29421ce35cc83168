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

from archive_schema import ACCESS_LEVELS, Asset, Clip, Consent, Interview, Person
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


# -- the public website ------------------------------------------------------------------------
#: The one level that may leave the archive for the public website.
WEBSITE_LEVEL = "public"


def person_access(session: Session, person: Person, today: date | None = None) -> str:
    """Effective access of a person's record: their own level and their consent for each
    interview they narrated (no consent on file counts as staff only, as for the interviews)."""
    today = today or date.today()
    levels = [person.access] + [consent_level(c, today) for c in person_consents(session, person)]
    return most_restrictive(levels)


def person_consents(session: Session, person: Person) -> list[Consent | None]:
    """The deciding consent for each live interview the person narrated."""
    narrated = [
        p.interview
        for p in person.participations
        if p.role == "narrator" and p.interview is not None and p.interview.deleted_at is None
    ]
    return [narrator_consent(session, person, interview) for interview in narrated]


#: People whose consent an asset needs: those seen or heard in it (not its photographer or donor).
CONSENTING_ROLES = frozenset({"depicted", "speaker"})


def asset_access(session: Session, asset: Asset, today: date | None = None) -> str:
    """Effective access of an asset: its own level, the consents of the people seen or heard in
    it, and, if it belongs to one, its interview's (closed while that is in the trash)."""
    levels = [asset_own_access(session, asset, today)]
    if asset.interview is not None:
        levels.append(interview_access(session, asset.interview, today))
        if asset.interview.deleted_at is not None:
            levels.append("closed")  # files of an interview in the trash: for those who keep the trash
    return most_restrictive(levels)


def asset_own_access(session: Session, asset: Asset, today: date | None = None) -> str:
    """An asset's own level and its people's consents, without its interview's."""
    today = today or date.today()
    levels = [asset.access] + [consent_level(c, today) for c in asset_people_consents(session, asset)]
    return most_restrictive(levels)


def asset_people_consents(session: Session, asset: Asset) -> list[Consent | None]:
    """The consent that decides for each person seen or heard in the asset (None: no consent on
    file). A narrator's consent for the asset's interview wins over their general one."""
    people = {link.person.id: link.person for link in asset.people if link.role in CONSENTING_ROLES}
    found: list[Consent | None] = []
    for person in people.values():
        consents = session.scalars(select(Consent).where(Consent.person_id == person.id)).all()
        found.append(_applicable(consents, asset.interview_id or 0))
    return found


def on_website(level: str) -> bool:
    """May material of this effective level go to the public website?"""
    return level == WEBSITE_LEVEL


def passage_access(recording_level: str, passage_level: str | None) -> str:
    """A cue or index segment: its own restriction (NULL inherits) and its recording's, stricter."""
    return most_restrictive([recording_level, passage_level or "public"])


def website_clip_access(session: Session, clip: Clip, today: date | None = None) -> str:
    """A clip is chosen by an editor to go out when its recording as a whole does not: the
    recording's own level (which keeps the whole back) does not count, but a closed or trashed
    recording and every consent of its interview still do. A recording of no interview has no
    consents to ask, so its own level decides."""
    asset = clip.asset
    if asset.deleted_at is not None or asset.access == "closed":
        return "closed"
    interview = asset.interview
    if interview is None:
        return asset.access
    if interview.deleted_at is not None:
        return "closed"
    return interview_access(session, interview, today)


def person_may_be_named(session: Session, person: Person, today: date | None = None) -> bool:
    """May the public website print this person's name? Only with a current publish-with-name
    consent: the consent deciding each interview they narrate (or their general consent) must say
    so, none under embargo, and no consent of theirs withdrawn."""
    today = today or date.today()
    if person.deleted_at is not None:
        return False
    consents = session.scalars(select(Consent).where(Consent.person_id == person.id)).all()
    if any(c.withdrawn_on is not None and c.withdrawn_on <= today for c in consents):
        return False
    narrated = [p.interview for p in person.participations if p.role == "narrator"]
    deciding = [_applicable(consents, i.id) for i in narrated if i.deleted_at is None]
    if not deciding:
        deciding = [_applicable(consents, -1)]  # the newest general consent
    return all(_names_allowed(c, today) for c in deciding)


def _names_allowed(consent: Consent | None, today: date) -> bool:
    return (
        consent is not None
        and consent.scope == "publish-with-name"
        and on_website(consent_level(consent, today))
    )


# -- exports to aggregators and partner institutions ----------------------------------------------
ExportPurpose = Literal["public", "partner"]

#: The most each kind of export may carry: aggregators (Dublin Core, OAI-PMH) get public material
#: only; a partner institution of the coalition (BagIt package) research material too.
_EXPORT_CEILING: dict[str, str] = {"public": "public", "partner": "research"}


def exportable_level(purpose: ExportPurpose) -> str:
    return _EXPORT_CEILING[purpose]


def may_export(actor: Actor, level: str, purpose: ExportPurpose) -> bool:
    """Material of this effective level may go out for `purpose`: within the purpose's ceiling,
    and no further than the exporting user may see."""
    return rank(level) <= rank(exportable_level(purpose)) and may_see(actor, level)


def export_refusal(
    session: Session, interview: Interview, actor: Actor, purpose: ExportPurpose, today: date | None = None
) -> str | None:
    """Why `interview` may not go out for `purpose`, or None when it may. The words name no
    person and no title: they appear in answers that a researcher may read."""
    today = today or date.today()
    if may_export(actor, interview_access(session, interview, today), purpose):
        return None
    if not may_export(actor, interview.access, purpose):
        return f"the interview is marked {interview.access}"
    for person in interview.people("narrator"):
        reason = _consent_refusal(narrator_consent(session, person, interview), today, purpose)
        if reason:
            return f"narrator (person {person.id}): {reason}"
    return f"the interview is {interview_access(session, interview, today)} in effect"


def _consent_refusal(consent: Consent | None, today: date, purpose: ExportPurpose) -> str | None:
    if consent is None:
        return "no signed consent on file"
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return f"consent withdrawn on {consent.withdrawn_on.isoformat()}"
    if consent.embargo_until is not None and consent.embargo_until > today:
        return f"under embargo until {consent.embargo_until.isoformat()}"
    if rank(consent_level(consent, today)) > rank(exportable_level(purpose)):
        return f"the consent covers only '{consent.scope}'"
    return None


# -- consents ----------------------------------------------------------------------------------
def may_lift_withdrawal(actor: Actor) -> bool:
    """Withdrawing a consent is open to everyone who edits; taking a withdrawal back (clearing or
    postponing its date) shows material again, so it is for those who may lift restrictions."""
    return can(actor, "reopen")
