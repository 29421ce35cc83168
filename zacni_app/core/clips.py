"""Clips: marked ranges of a recording, publishable on their own when the whole may not be.

A clip may overlap a restricted passage (a narrator closed one story inside it); that is allowed,
because the website export cuts such passages out. `clip_dict` says which passages inside the
clip are restricted, so the editor sees it before publishing. Where closed stories lie is itself
for staff: readers who may not edit get None there instead of the list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from archive_schema import Asset, Clip, Story
from zacni_app.core import records, validation
from zacni_app.core.access import actor_of, can, may_see, require
from zacni_app.core.assets import get_asset
from zacni_app.core.errors import NotFoundError, ValidationError

#: What `update_clip` may change.
CLIP_FIELDS = frozenset({"start_ms", "end_ms", "title", "story_id"})


def add_clip(
    session: Session,
    asset_id: int,
    *,
    start_ms: int,
    end_ms: int,
    title: str | None = None,
    story_id: int | None = None,
) -> Clip:
    require(session, "edit")
    asset = _recording(session, asset_id)
    start, end = _range(start_ms, end_ms, asset.duration_ms)
    clip = Clip(
        asset=asset,
        start_ms=start,
        end_ms=end,
        title=validation.text("title", title, max_len=300),
        story_id=_story_id(session, story_id),
    )
    session.add(clip)
    session.flush()
    return clip


def update_clip(session: Session, clip_id: int, *, expected_version: int | None, **changes: Any) -> Clip:
    """Change the given fields (start_ms, end_ms, title, story_id); refused if someone saved first."""
    require(session, "edit")
    clip = get_clip(session, clip_id)
    records.check_version(clip, expected_version)
    unknown = set(changes) - CLIP_FIELDS
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of a clip that can be edited here")
    if "start_ms" in changes or "end_ms" in changes:
        start = changes.get("start_ms", clip.start_ms)
        end = changes.get("end_ms", clip.end_ms)
        clip.start_ms, clip.end_ms = _range(start, end, clip.asset.duration_ms)
    if "title" in changes:
        clip.title = validation.text("title", changes["title"], max_len=300)
    if "story_id" in changes:
        clip.story_id = _story_id(session, changes["story_id"])
    session.flush()
    return clip


def delete_clip(session: Session, clip_id: int) -> None:
    """Remove a clip. It is a marking, not a catalogue record: whoever may edit may remove it."""
    require(session, "edit")
    session.delete(get_clip(session, clip_id))
    session.flush()


def get_clip(session: Session, clip_id: int) -> Clip:
    """The clip, if its recording is visible to the actor (otherwise it does not exist for them)."""
    clip = session.get(Clip, clip_id)
    if clip is None or not may_see(actor_of(session), clip.asset.access) or clip.asset.deleted_at:
        raise NotFoundError(f"no clip with id {clip_id}")
    return clip


def list_clips(session: Session, asset_id: int | None = None, story_id: int | None = None) -> list[Clip]:
    """Clips of one recording and/or one story, in time order; those of hidden recordings left out."""
    actor = actor_of(session)
    query = select(Clip).join(Asset, Clip.asset_id == Asset.id).where(Asset.deleted_at.is_(None))
    if asset_id is not None:
        query = query.where(Clip.asset_id == asset_id)
    if story_id is not None:
        query = query.where(Clip.story_id == story_id)
    clips = session.scalars(query.order_by(Clip.asset_id, Clip.start_ms, Clip.id))
    return [c for c in clips if may_see(actor, c.asset.access)]


def clip_dict(clip: Clip) -> dict[str, Any]:
    return {
        "id": clip.id,
        "asset_id": clip.asset_id,
        "start_ms": clip.start_ms,
        "end_ms": clip.end_ms,
        "length_ms": clip.end_ms - clip.start_ms,
        "title": clip.title,
        "story_id": clip.story_id,
        "version": clip.version,
        "closed_passages": closed_passages(clip),
    }


def closed_passages(clip: Clip) -> list[dict[str, Any]] | None:
    """Restricted passages inside the clip (cut to its range), each with its level; None for
    someone who may not edit, to whom where the closed stories lie is not shown."""
    from zacni_app.core.passages import restricted_passages

    session = object_session(clip)
    if session is None or not can(actor_of(session), "edit"):
        return None
    return [
        {"start_ms": max(p.start_ms, clip.start_ms), "end_ms": min(p.end_ms, clip.end_ms), "access": p.access}
        for p in restricted_passages(session, clip.asset_id)
        if p.start_ms < clip.end_ms and clip.start_ms < max(p.end_ms, p.start_ms + 1)
    ]


def _recording(session: Session, asset_id: int) -> Asset:
    asset = get_asset(session, asset_id)
    if asset.kind not in ("audio", "video"):
        raise ValidationError("asset", f"asset {asset_id} is not a recording (kind: {asset.kind})")
    return asset


def _range(start_ms: Any, end_ms: Any, duration_ms: int | None) -> tuple[int, int]:
    """0 ≤ start < end ≤ the recording's duration (when known); the error names the field."""
    for field, value in (("start_ms", start_ms), ("end_ms", end_ms)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(field, f"{value!r} is not a whole number of milliseconds")
    if start_ms < 0:
        raise ValidationError("start_ms", f"{start_ms} ms is before the start of the recording")
    if end_ms <= start_ms:
        raise ValidationError("end_ms", f"a clip must end after it starts ({start_ms} ms)")
    if duration_ms is not None and end_ms > duration_ms:
        raise ValidationError("end_ms", f"{end_ms} ms is past the end of the recording ({duration_ms} ms)")
    return start_ms, end_ms


def _story_id(session: Session, story_id: Any) -> int | None:
    if story_id is None:
        return None
    if isinstance(story_id, bool) or not isinstance(story_id, int):
        raise ValidationError("story_id", f"{story_id!r} is not a record id")
    return records.get(session, Story, story_id).id
