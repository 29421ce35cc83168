"""Passages of a recording restricted on their own: a time range closed while the rest stays open.

A narrator often asks to close one story, not the whole interview. The restriction lives on the
rows that carry the text — every transcript cue and index segment overlapping the range gets the
level — so search, the listening room and every export, which already look at each cue's and
segment's own `access` (access.may_see), honour it without knowing about passages. A cue that
only partly overlaps is restricted whole: it is better to hide a sentence too many than to show
half of what was asked to be closed.

Making a passage stricter needs the right to edit; making it less strict (reopening) needs
`reopen` (admins and cataloguers), because a volunteer must not undo a narrator's request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset, Cue, IndexSegment, Transcript
from archive_schema.base import utcnow
from zacni_app.core import records
from zacni_app.core.access import rank, require
from zacni_app.core.errors import ValidationError

#: Levels a passage can be given (None lifts the passage's own restriction).
PASSAGE_LEVELS = ("research", "staff", "closed")
#: What a reader who may not see a restricted passage is shown in its place (the listening room).
REDACTED = "[…]"


@dataclass(frozen=True)
class Passage:
    """A stretch of a recording with its own level (adjacent restricted cues merged)."""

    start_ms: int
    end_ms: int
    access: str

    def to_dict(self) -> dict[str, Any]:
        return {"start_ms": self.start_ms, "end_ms": self.end_ms, "access": self.access}


@dataclass(frozen=True)
class PassageChange:
    asset_id: int
    start_ms: int
    end_ms: int
    access: str | None
    cues: int
    segments: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "asset_id": self.asset_id,
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "access": self.access,
            "cues": self.cues,
            "segments": self.segments,
        }


def restrict_passage(
    session: Session, asset_id: int, *, start_ms: int, end_ms: int, access: str | None
) -> PassageChange:
    """Give every cue and index segment overlapping start_ms..end_ms the level `access`."""
    require(session, "edit")
    asset = records.get(session, Asset, asset_id)
    _check_range(asset, start_ms, end_ms)
    if access is not None and access not in PASSAGE_LEVELS:
        raise ValidationError("access", f"{access!r} is not one of {', '.join(PASSAGE_LEVELS)} or none")
    cues = _overlapping_cues(session, asset_id, start_ms, end_ms)
    segments = _overlapping_segments(session, asset_id, start_ms, end_ms)
    changed_cues = [c for c in cues if c.access != access]
    changed_segments = [g for g in segments if g.access != access]
    before = [c.access for c in changed_cues] + [g.access for g in changed_segments]
    if any(_loosens(level, access) for level in before):
        require(session, "reopen")
    for cue in changed_cues:
        cue.access = access
    for segment in changed_segments:
        segment.access = access
    for transcript in {cue.transcript for cue in changed_cues}:
        transcript.updated_at = utcnow()  # the row's UPDATE bumps its version: other editors reload
    session.flush()
    return PassageChange(asset_id, start_ms, end_ms, access, len(changed_cues), len(changed_segments))


def restricted_passages(session: Session, asset_id: int) -> list[Passage]:
    """The restricted stretches of a recording, for staff who manage them and for exports that
    must cut them out (adjacent or overlapping restricted cues of the same level merged)."""
    rows: list[tuple[int, int, str]] = []
    for start, end, level in session.execute(
        select(Cue.start_ms, Cue.end_ms, Cue.access)
        .join(Transcript, Cue.transcript_id == Transcript.id)
        .where(Transcript.asset_id == asset_id, Cue.access.is_not(None))
    ):
        rows.append((start, end, level or ""))
    for segment, until in _segment_spans(session, asset_id):
        if segment.access is not None:
            rows.append((segment.start_ms, until if until is not None else segment.start_ms, segment.access))
    spans = sorted(rows)
    merged: list[Passage] = []
    for start, end, level in spans:
        last = merged[-1] if merged else None
        if last is not None and last.access == level and start <= last.end_ms:
            merged[-1] = Passage(last.start_ms, max(last.end_ms, end), level)
        else:
            merged.append(Passage(start, end, level))
    return merged


def _loosens(before: str | None, after: str | None) -> bool:
    return before is not None and (after is None or rank(after) < rank(before))


def _check_range(asset: Asset, start_ms: int, end_ms: int) -> None:
    if asset.kind not in ("audio", "video"):
        raise ValidationError("asset", f"asset {asset.id} is a {asset.kind}, not a recording")
    if start_ms < 0:
        raise ValidationError("start", f"{start_ms} ms is before the start of the recording")
    if end_ms <= start_ms:
        raise ValidationError("end", "a passage must end after it starts")
    if asset.duration_ms is not None and start_ms >= asset.duration_ms:
        raise ValidationError(
            "start", f"{start_ms} ms is past the end of the recording ({asset.duration_ms} ms)"
        )


def _overlapping_cues(session: Session, asset_id: int, start_ms: int, end_ms: int) -> list[Cue]:
    return list(
        session.scalars(
            select(Cue)
            .join(Transcript, Cue.transcript_id == Transcript.id)
            .where(Transcript.asset_id == asset_id, Cue.start_ms < end_ms, Cue.end_ms > start_ms)
            .order_by(Cue.start_ms)
        )
    )


def _overlapping_segments(session: Session, asset_id: int, start_ms: int, end_ms: int) -> list[IndexSegment]:
    return [
        segment
        for segment, end in _segment_spans(session, asset_id)
        if segment.start_ms < end_ms and (end is None or end > start_ms)
    ]


def _segment_spans(session: Session, asset_id: int) -> list[tuple[IndexSegment, int | None]]:
    """Each segment with where it ends: its own end, else where the next one starts, else None
    (it runs to the end of the recording) — OHMS segments often have only a start."""
    segments = list(
        session.scalars(
            select(IndexSegment).where(IndexSegment.asset_id == asset_id).order_by(IndexSegment.start_ms)
        )
    )
    following: list[int | None] = [s.start_ms for s in segments[1:]]
    following.append(None)
    return [
        (s, s.end_ms if s.end_ms is not None else after)
        for s, after in zip(segments, following, strict=False)
    ]
