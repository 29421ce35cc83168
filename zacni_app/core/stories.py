"""Stories: finished pieces for the website, assembled from interviews, photos, clips and people.

A story moves draft → ready → published. Publishing asks `publication_blockers`, which asks the
one access module: every interview, photo and recording in a story must be public in effect
(its own level and the consents of everyone in it), or the story says precisely what blocks it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset, Interview, Person, Story
from archive_schema.base import utcnow
from zacni_app.core import access, records, validation
from zacni_app.core.access import asset_access as asset_access  # moved to access.py; importable here too
from zacni_app.core.access import require
from zacni_app.core.errors import ValidationError, ZacniError
from zacni_app.core.website_reasons import Reason, interview_refusal

CLEANERS: records.Cleaners = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "lead": lambda v: validation.text("lead", v, max_len=2000),
    "body": lambda v: validation.text("body", v, max_len=200_000),
}


class PublicationBlocked(ZacniError):
    """The story cannot be published yet; `blockers` says what stands in the way."""

    def __init__(self, blockers: list[Blocker]) -> None:
        listed = "; ".join(b.reason for b in blockers[:5])
        more = f" (and {len(blockers) - 5} more)" if len(blockers) > 5 else ""
        super().__init__(f"the story cannot be published: {listed}{more}", code="publication_blocked")
        self.blockers = blockers


@dataclass(frozen=True)
class Blocker:
    kind: str  # "interview" | "asset" | "story"
    id: int
    reason: str


def slugify(title: str) -> str:
    """A URL slug from a Polish title: 'Pszczoły pana Łukasza' → 'pszczoly-pana-lukasza'."""
    folded = unicodedata.normalize("NFKD", title.replace("ł", "l").replace("Ł", "L"))
    ascii_only = folded.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:80] or "historia"


def add_story(
    session: Session,
    *,
    title: str,
    interviews: list[int] | None = None,
    assets: list[int] | None = None,
    people: list[int] | None = None,
    hero_asset_id: int | None = None,
    **fields: Any,
) -> Story:
    require(session, "edit")
    story = Story(status="draft")
    records.apply_changes(story, {"title": title, **fields}, CLEANERS)
    story.slug = _unique_slug(session, slugify(story.title))
    _link(session, story, interviews, assets, people, hero_asset_id)
    session.add(story)
    session.flush()
    return story


def update_story(session: Session, story_id: int, *, expected_version: int | None, **changes: Any) -> Story:
    require(session, "edit")
    story = records.get(session, Story, story_id)
    records.check_version(story, expected_version)
    links = {k: changes.pop(k, None) for k in ("interviews", "assets", "people")}
    hero = changes.pop("hero_asset_id", ...)
    records.apply_changes(story, changes, CLEANERS)
    _link(
        session, story, links["interviews"], links["assets"], links["people"], None if hero is ... else hero
    )
    if hero is None:
        story.hero = None  # asked for no hero photo (… means the hero was not mentioned)
    if any(v is not None for v in links.values()):
        story.updated_at = utcnow()  # links live in their own tables: bump the row's version
    session.flush()
    return story


def _link(
    session: Session,
    story: Story,
    interviews: list[int] | None,
    assets: list[int] | None,
    people: list[int] | None,
    hero_asset_id: int | None,
) -> None:
    if interviews is not None:
        story.interviews = [records.get(session, Interview, i) for i in dict.fromkeys(interviews)]
    if assets is not None:
        story.assets = [records.get(session, Asset, i) for i in dict.fromkeys(assets)]
    if people is not None:
        story.people = [records.get(session, Person, i) for i in dict.fromkeys(people)]
    if hero_asset_id is not None:
        hero = records.get(session, Asset, hero_asset_id)
        if hero.kind != "image":
            raise ValidationError("hero", f"asset {hero_asset_id} is not a photo")
        story.hero = hero


def _unique_slug(session: Session, base: str) -> str:
    taken = set(session.scalars(select(Story.slug).where(Story.slug.like(f"{base}%"))))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def publication_blockers(session: Session, story: Story, today: date | None = None) -> list[Blocker]:
    """Everything that stops `story` from going to the website, each with a precise reason."""
    blockers: list[Blocker] = []
    if not (story.body or story.lead):
        blockers.append(Blocker("story", story.id, "the story has neither a lead nor a body"))
    for interview in story.interviews:
        level = access.interview_access(session, interview, today)
        if interview.deleted_at is not None:
            blockers.append(Blocker("interview", interview.id, f"interview {interview.id} is in the trash"))
        elif level != "public":
            why = _why_not_public(session, interview, level, today)
            blockers.append(Blocker("interview", interview.id, f"interview '{interview.title}' {why}"))
    for asset in [*story.assets, *([story.hero] if story.hero else [])]:
        level = asset_access(session, asset, today)
        if level != "public":
            reason = f"{asset.kind} '{asset.title or asset.original_name}' is {level}, not public"
            blockers.append(Blocker("asset", asset.id, reason))
    return list(dict.fromkeys(blockers))


def _why_not_public(session: Session, interview: Interview, level: str, today: date | None) -> str:
    if interview.access != "public":
        return f"is marked {interview.access}"
    for person in interview.people("narrator"):
        consent = access.narrator_consent(session, person, interview)
        allowed = access.consent_level(consent, today or date.today())
        if allowed != "public":
            if consent is None:
                return f"has no signed consent from {person.name}"
            if consent.withdrawn_on is not None:
                return f"— {person.name} withdrew consent on {consent.withdrawn_on.isoformat()}"
            if consent.embargo_until is not None and consent.embargo_until > (today or date.today()):
                return f"is under embargo until {consent.embargo_until.isoformat()} ({person.name})"
            return f"— {person.name}'s consent covers only '{consent.scope}', not publication"
    return f"is {level} in effect"


def blocker_reasons(session: Session, story: Story, today: date | None = None) -> list[Reason]:
    """The story's blockers as the website's reason codes with their values (website_reasons), so
    a window can say each in its own language exactly as the publishing report does."""
    today = today or date.today()
    return [blocker_reason(session, b, today) for b in publication_blockers(session, story, today)]


def blocker_reason(session: Session, blocker: Blocker, today: date) -> Reason:
    """One blocker as a reason code: the interview's refusal, a file not public, or no text."""
    interview = session.get(Interview, blocker.id) if blocker.kind == "interview" else None
    asset = session.get(Asset, blocker.id) if blocker.kind == "asset" else None
    if interview is not None:
        return interview_refusal(session, interview, today)
    if asset is not None:
        level = access.asset_access(session, asset, today)
        title = asset.title or asset.original_name
        return Reason("asset_not_public", {"kind": asset.kind, "title": title, "level": level})
    return Reason("no_text")


def set_status(session: Session, story_id: int, status: str, *, expected_version: int | None = None) -> Story:
    """Move a story along draft → ready → published; publishing checks consent first."""
    story = records.get(session, Story, story_id)
    records.check_version(story, expected_version)
    if status == "published":
        require(session, "publish")
        blockers = publication_blockers(session, story)
        if blockers:
            raise PublicationBlocked(blockers)
        story.published_at = utcnow()
    else:
        require(session, "edit")
        validation.choice("status", status, ("draft", "ready"))
        story.published_at = None
    story.status = status
    session.flush()
    return story


def story_dict(session: Session, story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "uid": story.uid,
        "title": story.title,
        "slug": story.slug,
        "lead": story.lead,
        "body": story.body,
        "status": story.status,
        "published_at": story.published_at.isoformat() if story.published_at else None,
        "hero_asset_id": story.hero_asset_id,
        "interviews": [i.id for i in story.interviews],
        "assets": [a.id for a in story.assets],
        "people": [p.id for p in story.people],
        "blockers": [b.__dict__ for b in publication_blockers(session, story)],
        "version": story.version,
    }
