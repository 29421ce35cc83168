"""Editing a transcript cue by cue and an index segment by segment, as the listening room does.

Every operation is one small change with an `expected_version` check, so the window can wrap each
in an undo step and two PCs editing one interview never silently overwrite each other. Cues have
no version of their own: they change with their transcript, whose row is touched by every cue edit
(its version goes up). Index segments carry their own version.

Access: the asset must be visible to the actor, and a cue or segment restricted on its own to a
level the actor may not see is left out of every list and cannot be edited (it does not exist for
them). A new cue placed over a restricted passage takes that restriction, so text typed there is
as closed as the passage; no operation here ever loosens a restriction (passages.py does that).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import ACCESS_LEVELS, Asset, Cue, IndexSegment, Place, Subject, Transcript
from archive_schema.base import utcnow
from zacni_app.core import polish, records, validation, vocabulary
from zacni_app.core.access import actor_of, may_see, most_restrictive, person_access, require
from zacni_app.core.assets import get_asset
from zacni_app.core.errors import NotFoundError, ValidationError
from zacni_app.core.passages import REDACTED

MAX_TEXT = 20000
#: What `update_segment` may change (SegmentRow.values gives them all).
SEGMENT_FIELDS = frozenset(
    {"start_ms", "end_ms", "title", "partial_transcript", "synopsis", "keywords", "subjects", "places"}
)


@dataclass(frozen=True)
class CueRow:
    id: int
    start_ms: int
    end_ms: int
    speaker: str | None
    text: str
    access: str | None = None


#: The id of a placeholder row standing for a passage the reader may not see (no cue has id 0).
REDACTED_ID = 0


@dataclass(frozen=True)
class TranscriptState:
    """A transcript as the actor may see it: its version guards every cue edit."""

    transcript_id: int
    asset_id: int
    language: str
    version: int
    cues: tuple[CueRow, ...]


@dataclass(frozen=True)
class CueChange:
    """What one cue edit did: the transcript's new version and the cue it made, changed or removed."""

    transcript_id: int
    version: int
    cue: CueRow


@dataclass(frozen=True)
class SegmentRow:
    id: int
    version: int
    asset_id: int
    start_ms: int
    end_ms: int | None
    title: str
    partial_transcript: str | None
    synopsis: str | None
    keywords: tuple[str, ...]
    subjects: tuple[str, ...]
    places: tuple[str, ...]
    access: str | None = None

    def values(self) -> dict[str, Any]:
        """The editable fields, as `new_segment` and `update_segment` take them (lists, not tuples)."""
        found = {name: getattr(self, name) for name in sorted(SEGMENT_FIELDS)}
        return {name: list(v) if isinstance(v, tuple) else v for name, v in found.items()}


# -- reading ---------------------------------------------------------------------------------------
def transcript_state(
    session: Session, asset_id: int, *, language: str = "pl", redact: bool = False
) -> TranscriptState | None:
    """The asset's transcript in `language` (None if it has none yet). Cues the actor may not see
    are left out, or with `redact` each run of them is one placeholder row (id 0, text
    passages.REDACTED, no speaker) so the reader sees that, and for how long, something is closed."""
    get_asset(session, asset_id)
    transcript = _find_transcript(session, asset_id, language)
    if transcript is None:
        return None
    actor = actor_of(session)
    cues: list[CueRow] = []
    for c in _ordered(transcript):
        if c.access is None or may_see(actor, c.access):
            cues.append(cue_row(c))
        elif redact and cues and cues[-1].id == REDACTED_ID:
            last = cues[-1]
            cues[-1] = CueRow(
                REDACTED_ID, last.start_ms, max(last.end_ms, c.end_ms), None, REDACTED, c.access
            )
        elif redact:
            cues.append(CueRow(REDACTED_ID, c.start_ms, c.end_ms, None, REDACTED, c.access))
    return TranscriptState(transcript.id, asset_id, transcript.language, transcript.version, tuple(cues))


def speaker_names(session: Session, asset_id: int) -> list[str]:
    """Names to offer while typing a speaker: the transcript's, then those of the interview's people
    the actor may see (a name the people list would not show is not offered here either)."""
    asset = get_asset(session, asset_id)
    names: list[str] = []
    state = transcript_state(session, asset_id)
    for cue in state.cues if state else ():
        if cue.speaker and cue.speaker not in names:
            names.append(cue.speaker)
    actor = actor_of(session)
    people = {
        p.person.name
        for p in (asset.interview.participants if asset.interview else [])
        if p.person.deleted_at is None and may_see(actor, person_access(session, p.person))
    }
    return names + polish.sorted_polish([n for n in people if n not in names])


def list_segments(session: Session, asset_id: int) -> list[SegmentRow]:
    """The asset's index segments in time order, those restricted beyond the actor's reach left out."""
    get_asset(session, asset_id)
    actor = actor_of(session)
    found = session.scalars(
        select(IndexSegment)
        .where(IndexSegment.asset_id == asset_id)
        .order_by(IndexSegment.start_ms, IndexSegment.id)
    )
    return [segment_row(s) for s in found if s.access is None or may_see(actor, s.access)]


def cue_row(cue: Cue) -> CueRow:
    return CueRow(cue.id, cue.start_ms, cue.end_ms, cue.speaker, cue.text, cue.access)


def segment_row(segment: IndexSegment) -> SegmentRow:
    return SegmentRow(
        id=segment.id,
        version=segment.version,
        asset_id=segment.asset_id,
        start_ms=segment.start_ms,
        end_ms=segment.end_ms,
        title=segment.title,
        partial_transcript=segment.partial_transcript,
        synopsis=segment.synopsis,
        keywords=tuple(segment.keywords or ()),
        subjects=tuple(polish.sorted_polish([s.label for s in segment.subjects])),
        places=tuple(polish.sorted_polish([p.name for p in segment.places])),
        access=segment.access,
    )


# -- transcripts and cues ----------------------------------------------------------------------------
def create_transcript(session: Session, asset_id: int, *, language: str = "pl") -> Transcript:
    """An empty transcript to type into (a recording nobody has transcribed yet)."""
    require(session, "edit")
    asset = _recording(session, asset_id)
    language = validation.required_text("language", language, max_len=10)
    if _find_transcript(session, asset_id, language) is not None:
        raise ValidationError("language", f"asset {asset_id} already has a transcript in {language!r}")
    transcript = Transcript(asset=asset, language=language, source="listening room")
    session.add(transcript)
    session.flush()
    return transcript


def update_cue(session: Session, cue_id: int, *, expected_version: int | None, **changes: Any) -> CueChange:
    """Change a cue's text, speaker, start_ms or end_ms (only those given)."""
    cue, transcript = _editable_cue(session, cue_id, expected_version)
    unknown = set(changes) - {"text", "speaker", "start_ms", "end_ms"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of a cue that can be edited here")
    if "text" in changes:
        cue.text = _cue_text(changes["text"])
    if "speaker" in changes:
        cue.speaker = validation.text("speaker", changes["speaker"], max_len=200)
    if "start_ms" in changes or "end_ms" in changes:
        start = _ms("start_ms", changes.get("start_ms", cue.start_ms))
        end = _ms("end_ms", changes.get("end_ms", cue.end_ms))
        check_times(start, end, transcript.asset.duration_ms)
        cue.start_ms, cue.end_ms = start, end
        cue.access = _inherited_access(transcript, start, end, cue.access, besides=cue)
    return _changed(session, transcript, cue)


def split_cue(
    session: Session, cue_id: int, *, at_char: int, at_ms: int, expected_version: int | None
) -> CueChange:
    """Cut a cue in two: text before `at_char` stays and ends at `at_ms`, the rest starts there.

    The new second cue (returned) keeps the speaker and restriction of the first.
    """
    cue, transcript = _editable_cue(session, cue_id, expected_version)
    at_ms = _ms("at_ms", at_ms)
    if not cue.start_ms <= at_ms <= cue.end_ms:
        raise ValidationError("at_ms", f"{at_ms} ms is outside the cue ({cue.start_ms}–{cue.end_ms} ms)")
    if isinstance(at_char, bool) or not isinstance(at_char, int) or not 0 <= at_char <= len(cue.text):
        raise ValidationError("at_char", f"{at_char!r} is not a position in the cue's text")
    second = Cue(
        start_ms=at_ms,
        end_ms=cue.end_ms,
        speaker=cue.speaker,
        text=cue.text[at_char:].strip(),
        access=cue.access,
    )
    cue.text, cue.end_ms = cue.text[:at_char].strip(), at_ms
    transcript.cues.append(second)
    return _changed(session, transcript, second)


def merge_cue_with_next(
    session: Session, cue_id: int, *, expected_version: int | None, text: str | None = None
) -> CueChange:
    """Join a cue and the one after it into the first; returns the removed second cue.

    The text is both texts joined by a space unless `text` is given (undoing a split gives the
    text as it was). Cues restricted differently are not merged: the result would either show a
    restricted passage or hide an open one.
    """
    cue, transcript = _editable_cue(session, cue_id, expected_version)
    ordered = _ordered(transcript)
    position = ordered.index(cue)
    if position + 1 >= len(ordered):
        raise ValidationError("cue", "is the last cue; there is nothing after it to merge with")
    following = ordered[position + 1]
    if following.access != cue.access:
        raise ValidationError("access", "the next cue is restricted differently; it cannot be merged")
    removed = cue_row(following)
    joined = " ".join(part for part in (cue.text, following.text) if part)
    cue.text = _cue_text(joined if text is None else text)
    cue.end_ms = max(cue.end_ms, following.end_ms)
    transcript.cues.remove(following)
    return _changed(session, transcript, removed)


def insert_cue(
    session: Session,
    transcript_id: int,
    *,
    start_ms: int,
    expected_version: int | None,
    end_ms: int | None = None,
    text: str = "",
    speaker: str | None = None,
    access: str | None = None,
) -> CueChange:
    """A new cue from `start_ms`; without `end_ms` it runs to the next cue's start (or the recording's end).

    `access` restricts it (at most to a level the actor may see); over a restricted passage it
    takes the passage's restriction anyway.
    """
    require(session, "edit")
    transcript = records.get(session, Transcript, transcript_id)
    get_asset(session, transcript.asset_id)
    records.check_version(transcript, expected_version)
    start = _ms("start_ms", start_ms)
    end = _ms("end_ms", end_ms) if end_ms is not None else _default_end(transcript, start)
    check_times(start, end, transcript.asset.duration_ms)
    if access is not None and (access not in ACCESS_LEVELS or not may_see(actor_of(session), access)):
        raise ValidationError("access", f"{access!r} is not a level you may give a passage")
    cue = Cue(
        start_ms=start,
        end_ms=end,
        speaker=validation.text("speaker", speaker, max_len=200),
        text=_cue_text(text),
        access=_inherited_access(transcript, start, end, access),
    )
    transcript.cues.append(cue)
    return _changed(session, transcript, cue)


def delete_cue(session: Session, cue_id: int, *, expected_version: int | None) -> CueChange:
    """Remove a cue; returns it as it was, so the window can put it back (undo)."""
    cue, transcript = _editable_cue(session, cue_id, expected_version)
    removed = cue_row(cue)
    transcript.cues.remove(cue)
    return _changed(session, transcript, removed)


# -- index segments ----------------------------------------------------------------------------------
def new_segment(
    session: Session,
    asset_id: int,
    *,
    start_ms: int,
    title: str,
    end_ms: int | None = None,
    synopsis: str | None = None,
    partial_transcript: str | None = None,
    keywords: Sequence[str] = (),
    subjects: Sequence[str] = (),
    places: Sequence[str] = (),
    access: str | None = None,
) -> IndexSegment:
    """An index segment with subjects and places from the vocabulary (new terms are added to it)."""
    require(session, "edit")
    asset = _recording(session, asset_id)
    if access is not None and (access not in ACCESS_LEVELS or not may_see(actor_of(session), access)):
        raise ValidationError("access", f"{access!r} is not a level you may give a segment")
    given = {
        "start_ms": start_ms,
        "end_ms": end_ms,
        "title": title,
        "synopsis": synopsis,
        "partial_transcript": partial_transcript,
        "keywords": keywords,
        "subjects": subjects,
        "places": places,
    }
    segment = IndexSegment(asset=asset, access=access, **_segment_values(session, given, asset, 0, None))
    session.add(segment)
    session.flush()
    return segment


def update_segment(
    session: Session, segment_id: int, *, expected_version: int | None, **changes: Any
) -> IndexSegment:
    """Change the given fields of a segment (SEGMENT_FIELDS; SegmentRow.values gives them all)."""
    segment = _editable_segment(session, segment_id, expected_version)
    values = _segment_values(session, changes, segment.asset, segment.start_ms, segment.end_ms)
    with session.no_autoflush:  # replacing a collection loads the old one: no UPDATE half-way
        for field, value in values.items():
            setattr(segment, field, value)
    segment.updated_at = utcnow()  # a change of links alone must still bump the version
    session.flush()
    return segment


def delete_segment(session: Session, segment_id: int, *, expected_version: int | None) -> SegmentRow:
    """Remove a segment; returns it as it was, so the window can put it back (undo)."""
    segment = _editable_segment(session, segment_id, expected_version)
    removed = segment_row(segment)
    session.delete(segment)
    session.flush()
    return removed


# -- checks ------------------------------------------------------------------------------------------
def check_times(start_ms: int, end_ms: int | None, duration_ms: int | None) -> None:
    """0 ≤ start ≤ end ≤ duration (when the recording's duration is known); the error names the field."""
    if start_ms < 0:
        raise ValidationError("start_ms", f"{start_ms} ms is before the start of the recording")
    if duration_ms is not None and start_ms > duration_ms:
        raise ValidationError(
            "start_ms", f"{start_ms} ms is past the end of the recording ({duration_ms} ms)"
        )
    if end_ms is None:
        return
    if end_ms < start_ms:
        raise ValidationError("end_ms", f"{end_ms} ms is before the start ({start_ms} ms)")
    if duration_ms is not None and end_ms > duration_ms:
        raise ValidationError("end_ms", f"{end_ms} ms is past the end of the recording ({duration_ms} ms)")


def _ms(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"{value!r} is not a whole number of milliseconds")
    return value


def _cue_text(value: Any) -> str:
    if value is not None and not isinstance(value, str):
        raise ValidationError("text", f"{value!r} is not text")
    return validation.text("text", value, max_len=MAX_TEXT) or ""


def _labels(field: str, values: Iterable[str]) -> list[str]:
    if isinstance(values, str):
        raise ValidationError(field, "must be a list of names, not one text")
    return [v.strip() for v in values if v and v.strip()]


def _keywords(values: Iterable[str]) -> list[str]:
    found: list[str] = []
    for word in _labels("keywords", values):
        cleaned = validation.required_text("keywords", word, max_len=200)
        if cleaned not in found:
            found.append(cleaned)
    return found


def _segment_values(
    session: Session, changes: Mapping[str, Any], asset: Asset, start_ms: int, end_ms: int | None
) -> dict[str, Any]:
    """Every given field checked, and its terms looked up (the vocabulary may add some), before any
    is set: one edit is then one UPDATE of the segment, one step of its version."""
    unknown = set(changes) - SEGMENT_FIELDS
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of a segment that can be edited here")
    values: dict[str, Any] = {}
    if "start_ms" in changes or "end_ms" in changes:
        start = _ms("start_ms", changes.get("start_ms", start_ms))
        raw_end = changes.get("end_ms", end_ms)
        end = None if raw_end is None else _ms("end_ms", raw_end)
        check_times(start, end, asset.duration_ms)
        values.update(start_ms=start, end_ms=end)
    if "title" in changes:
        values["title"] = validation.required_text("title", changes["title"], max_len=300)
    for field in ("synopsis", "partial_transcript"):
        if field in changes:
            values[field] = validation.text(field, changes[field], max_len=MAX_TEXT)
    if "keywords" in changes:
        values["keywords"] = _keywords(changes["keywords"])
    if "subjects" in changes:
        values["subjects"] = _subjects(session, _labels("subjects", changes["subjects"]))
    if "places" in changes:
        values["places"] = [_place(session, name) for name in _labels("places", changes["places"])]
    return values


def _place(session: Session, name: str) -> Place:
    return vocabulary.place(session, name)


def _subjects(session: Session, labels: Iterable[str]) -> list[Subject]:
    return vocabulary.subjects(session, labels)


# -- plumbing ----------------------------------------------------------------------------------------
def _find_transcript(session: Session, asset_id: int, language: str) -> Transcript | None:
    return session.scalars(
        select(Transcript).where(Transcript.asset_id == asset_id, Transcript.language == language)
    ).first()


def _recording(session: Session, asset_id: int) -> Asset:
    asset = get_asset(session, asset_id)
    if asset.kind not in ("audio", "video"):
        raise ValidationError("asset", f"asset {asset_id} is a {asset.kind}, not a recording")
    return asset


def _ordered(transcript: Transcript) -> list[Cue]:
    return sorted(transcript.cues, key=lambda c: (c.start_ms, c.id or 0))


def _editable_cue(session: Session, cue_id: int, expected_version: int | None) -> tuple[Cue, Transcript]:
    """The cue and its transcript, if the actor may edit and see both and the version still holds."""
    require(session, "edit")
    cue = session.get(Cue, cue_id)
    if cue is None or (cue.access is not None and not may_see(actor_of(session), cue.access)):
        raise NotFoundError(f"no cue with id {cue_id}")
    transcript = cue.transcript
    get_asset(session, transcript.asset_id)
    records.check_version(transcript, expected_version)
    return cue, transcript


def _editable_segment(session: Session, segment_id: int, expected_version: int | None) -> IndexSegment:
    require(session, "edit")
    segment = session.get(IndexSegment, segment_id)
    if segment is None or (segment.access is not None and not may_see(actor_of(session), segment.access)):
        raise NotFoundError(f"no index segment with id {segment_id}")
    get_asset(session, segment.asset_id)
    records.check_version(segment, expected_version)
    return segment


def _default_end(transcript: Transcript, start_ms: int) -> int:
    later = [c.start_ms for c in transcript.cues if c.start_ms > start_ms]
    if later:
        return min(later)
    duration = transcript.asset.duration_ms
    return duration if duration is not None and duration >= start_ms else start_ms + 5000


def _inherited_access(
    transcript: Transcript, start_ms: int, end_ms: int, own: str | None, *, besides: Cue | None = None
) -> str | None:
    """The most restrictive of `own` and every restricted cue the range overlaps (never looser)."""
    levels = [
        c.access
        for c in transcript.cues
        if c.access and c is not besides and c.start_ms < max(end_ms, start_ms + 1) and start_ms < c.end_ms
    ]
    if own:
        levels.append(own)
    return most_restrictive(levels) if levels else None


def _changed(session: Session, transcript: Transcript, cue: Cue | CueRow) -> CueChange:
    transcript.updated_at = utcnow()  # the transcript row's UPDATE bumps its version
    session.flush()
    row = cue if isinstance(cue, CueRow) else cue_row(cue)
    return CueChange(transcript.id, transcript.version, row)
