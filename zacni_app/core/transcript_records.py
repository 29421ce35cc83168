"""Transcripts and index segments of recordings, stored as rows (one cue per row)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset, Cue, IndexSegment, Transcript
from archive_schema.base import utcnow
from zacni_app.core import records, validation, vocabulary
from zacni_app.core.access import require
from zacni_app.core.errors import ValidationError
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

    transcript.cues = [
        Cue(
            start_ms=c.start_ms,
            end_ms=c.end_ms,
            speaker=c.speaker,
            text=c.text,
            access="closed" if n in closed_cues else None,
        )
        for n, c in enumerate(cues)
    ]
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


def transcript_dict(transcript: Transcript) -> dict[str, Any]:
    return {
        "asset_id": transcript.asset_id,
        "language": transcript.language,
        "cues": len(transcript.cues),
        "version": transcript.version,
    }
