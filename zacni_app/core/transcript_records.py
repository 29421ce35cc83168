"""Transcripts and index segments of recordings, stored as rows (one cue per row)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset, Cue, IndexSegment, Transcript
from archive_schema.base import utcnow
from zacni_app.core import records, validation, vocabulary
from zacni_app.core.access import most_restrictive, require
from zacni_app.core.errors import NotFoundError, ValidationError
from zacni_app.core.transcripts import ParsedCue


def save_transcript(
    session: Session,
    asset_id: int,
    cues: Sequence[ParsedCue],
    *,
    language: str = "pl",
    source: str | None = None,
    closed_cues: Sequence[int] = (),
) -> Transcript:
    """Replace the asset's transcript in `language` by these cues (indexes in `closed_cues` are closed)."""
    require(session, "edit")
    asset = records.get(session, Asset, asset_id)
    if asset.kind not in ("audio", "video"):
        raise ValidationError("asset", f"asset {asset_id} is a {asset.kind}, not a recording")
    if not cues:
        raise ValidationError("transcript", "has no cues")
    transcript = session.scalars(
        select(Transcript).where(Transcript.asset_id == asset_id, Transcript.language == language)
    ).first()
    if transcript is None:
        transcript = Transcript(asset=asset, language=language)
        session.add(transcript)
    transcript.source = validation.text("source", source, max_len=300)
    transcript.updated_at = utcnow()

    # A re-imported transcript keeps the passages that were closed: any new cue overlapping a
    # restricted old one inherits its restriction, so an edit elsewhere never reopens them.
    restricted = [(c.start_ms, c.end_ms, c.access) for c in transcript.cues if c.access]
    new_cues = []
    for n, c in enumerate(cues):
        levels = [a for s_ms, e_ms, a in restricted if s_ms < c.end_ms and c.start_ms < e_ms]
        if n in closed_cues:
            levels.append("closed")
        new_cues.append(
            Cue(
                start_ms=c.start_ms,
                end_ms=c.end_ms,
                speaker=c.speaker,
                text=c.text,
                access=most_restrictive(levels) if levels else None,
            )
        )
    transcript.cues = new_cues
    session.flush()
    return transcript


def add_segment(
    session: Session,
    asset_id: int,
    *,
    start_ms: int,
    title: str,
    end_ms: int | None = None,
    synopsis: str | None = None,
    keywords: Sequence[str] = (),
    subjects: Sequence[str] = (),
    partial_transcript: str | None = None,
) -> IndexSegment:
    require(session, "edit")
    asset = records.get(session, Asset, asset_id)
    if start_ms < 0 or (end_ms is not None and end_ms < start_ms):
        raise ValidationError("start", "a segment must start at or after 0 and end after it starts")
    segment = IndexSegment(
        asset=asset,
        start_ms=start_ms,
        end_ms=end_ms,
        title=validation.required_text("title", title, max_len=300),
        synopsis=validation.text("synopsis", synopsis, max_len=20000),
        partial_transcript=validation.text("partial_transcript", partial_transcript, max_len=20000),
        keywords=[k.strip() for k in keywords if k.strip()],
        subjects=vocabulary.subjects(session, list(subjects)),
    )
    session.add(segment)
    session.flush()
    return segment


def transcript_cues(
    session: Session, asset_id: int, *, language: str = "pl", redact: bool = False
) -> list[ParsedCue]:
    """The transcript's cues as plain values. Passages restricted on their own are left out for
    anyone who may not see them (exports); with `redact`, each run of such cues is one cue
    with the text passages.REDACTED instead, so a reader sees that, and how long, something
    was closed (the listening room)."""
    from zacni_app.core.access import actor_of, may_see
    from zacni_app.core.assets import get_asset
    from zacni_app.core.passages import REDACTED

    get_asset(session, asset_id)
    transcript = session.scalars(
        select(Transcript).where(Transcript.asset_id == asset_id, Transcript.language == language)
    ).first()
    if transcript is None:
        raise NotFoundError(f"asset {asset_id} has no transcript in language {language!r}")
    actor = actor_of(session)
    shown: list[ParsedCue] = []
    hidden_before = False
    for c in transcript.cues:
        if c.access is None or may_see(actor, c.access):
            shown.append(ParsedCue(c.start_ms, c.end_ms, c.text, c.speaker))
            hidden_before = False
        elif redact and hidden_before:
            last = shown[-1]
            shown[-1] = ParsedCue(last.start_ms, max(last.end_ms, c.end_ms), REDACTED, None)
        elif redact:
            shown.append(ParsedCue(c.start_ms, c.end_ms, REDACTED, None))
            hidden_before = True
    return shown


def transcript_dict(transcript: Transcript) -> dict[str, Any]:
    return {
        "asset_id": transcript.asset_id,
        "language": transcript.language,
        "cues": len(transcript.cues),
        "version": transcript.version,
    }
