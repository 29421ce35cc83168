"""Search documents built from database rows: what the index holds for each record, and nothing more.

Every document carries the item's EFFECTIVE access, computed by access.py when it is indexed, so
search filters on one stored level instead of re-deciding access per hit. A cue or index segment
takes the stricter of its own level and its recording's; a recording the stricter of its own and
its interview's (which includes the narrators' consents). A level that will change on a known date
(an embargo ending, a withdrawal taking effect) is marked `review_on`, and the index re-checks the
item on that day (search_index.catch_up).

Private person fields (phone, e-mail, address) and internal notes are never read here, so they
cannot reach the index, a snippet or a search result.

Passages (cues, segments) inherit their recording's context — subjects, place, decade, people,
kind, collection — so facets and field queries (miejsce:, osoba:…) work on transcript hits too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import (
    Asset,
    Collection,
    Consent,
    Cue,
    IndexSegment,
    Interview,
    InterviewPerson,
    Person,
    Story,
    Transcript,
)
from zacni_app.core.access import (
    asset_own_access,
    asset_people_consents,
    interview_access,
    most_restrictive,
    narrator_consent,
    person_access,
    person_consents,
)

Document = dict[str, Any]
FACETS = ("subject", "place", "decade", "person", "kind", "collection")


@dataclass
class Context:
    """What an item and the passages of its recordings share: access, facets, field-query text."""

    access: str = "public"
    review_on: date | None = None
    year: int | None = None
    interview_id: int | None = None
    subjects: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)

    def fields(self) -> Document:
        """The facet and field-query fields of a document in this context."""
        decade = [f"{self.year // 10 * 10}s"] if self.year else []
        return {
            "access": self.access,
            "review_on": _day(self.review_on),
            "year": self.year,
            "interview": _ident(self.interview_id),
            "subject": _unique(self.subjects),
            "place": _unique(self.places),
            "decade": decade,
            "person": _unique(self.people),
            "kind": _unique(self.kinds),
            "collection": _unique(self.collections),
            "subjects": " ; ".join(_unique(self.subjects)) or None,
            "places": " ; ".join(_unique(self.places)) or None,
            "names": " ; ".join(_unique(self.people)) or None,
            "collections": " ; ".join(_unique(self.collections)) or None,
        }


def alive(obj: Any) -> bool:
    return obj is not None and getattr(obj, "deleted_at", None) is None


# -- contexts --------------------------------------------------------------------------------
def interview_context(session: Session, interview: Interview, today: date) -> Context:
    consents = [narrator_consent(session, p, interview) for p in interview.people("narrator")]
    return Context(
        access=interview_access(session, interview, today),
        review_on=_next_change(consents, today),
        year=interview.recorded_on.year if interview.recorded_on else None,
        interview_id=interview.id,
        subjects=[s.label for s in interview.subjects],
        places=[interview.place.name] if alive(interview.place) and interview.place else [],
        people=[p.person.name for p in interview.participants if alive(p.person)],
        collections=_collection_names(session, interview.collection_id),
    )


def asset_context(session: Session, asset: Asset, today: date, interviews: dict[int, Context]) -> Context:
    """The asset's own description combined with its interview's (access: the stricter)."""
    people_consents = asset_people_consents(session, asset)
    own = Context(
        access=asset_own_access(session, asset, today),
        review_on=_next_change(people_consents, today),
        year=asset.taken_at.year if asset.taken_at else None,
        subjects=[s.label for s in asset.subjects],
        places=[asset.place.name] if asset.place is not None and alive(asset.place) else [],
        people=[p.person.name for p in asset.people if alive(p.person)],
        kinds=[asset.kind],
        collections=_collection_names(session, asset.collection_id),
    )
    interview = asset.interview
    if not alive(interview) or interview is None:
        return own
    if interview.id not in interviews:
        interviews[interview.id] = interview_context(session, interview, today)
    shared = interviews[interview.id]
    return Context(
        access=most_restrictive([own.access, shared.access]),
        review_on=min((d for d in (own.review_on, shared.review_on) if d is not None), default=None),
        year=own.year or shared.year,  # a photo's own date says more than its interview's
        interview_id=interview.id,
        subjects=own.subjects + shared.subjects,
        places=own.places or shared.places,
        people=own.people + shared.people,
        kinds=own.kinds,
        collections=own.collections or shared.collections,
    )


def _next_change(consents: Iterable[Consent | None], today: date) -> date | None:
    """The first future day on which one of these consents changes what it allows."""
    days = [
        day
        for c in consents
        if c is not None
        for day in (c.embargo_until, c.withdrawn_on)
        if day is not None and day > today
    ]
    return min(days, default=None)


def _collection_names(session: Session, collection_id: int | None) -> list[str]:
    if collection_id is None:
        return []
    found = session.get(Collection, collection_id)
    return [found.name] if alive(found) and found is not None else []


# -- documents -------------------------------------------------------------------------------
def person_document(session: Session, person: Person, today: date) -> Document:
    """A person: name, locality, biography and hobbies; never the private contact fields.

    Access: the person's own level and their consent for each interview they narrated (no consent
    on file counts as staff only, as for the interviews themselves)."""
    consents = person_consents(session, person)
    context = Context(
        access=person_access(session, person, today),
        review_on=_next_change(consents, today),
        subjects=[s.label for s in person.subjects],
        places=[person.locality] if person.locality else [],
        people=[person.name],
    )
    tags = [person.locality or "", *context.subjects]
    return _document("person", person.id, person.name, person.bio, tags, context)


def interview_document(interview: Interview, context: Context) -> Document:
    tags = [*context.places, *context.subjects, *context.people, *context.collections]
    return _document("interview", interview.id, interview.title, interview.summary, tags, context)


def asset_documents(session: Session, asset: Asset, context: Context) -> Iterator[Document]:
    """The asset itself, then every cue of its transcripts and every index segment."""
    tags = [*context.places, *context.subjects, *context.people, asset.kind]
    doc = _document("asset", asset.id, asset.title or asset.original_name, asset.description, tags, context)
    yield doc | {"asset": _ident(asset.id)}
    transcripts = session.scalars(select(Transcript.id).where(Transcript.asset_id == asset.id)).all()
    for transcript_id in transcripts:
        yield from cue_documents(session, asset, transcript_id, context)
    for segment in session.scalars(select(IndexSegment).where(IndexSegment.asset_id == asset.id)):
        yield segment_document(segment, context)


def recording_title(asset: Asset) -> str:
    """What a hit in a recording is called: its interview's title (an import names the recording
    after its file), else the recording's own title or file name."""
    if asset.interview is not None and alive(asset.interview):
        return asset.interview.title
    return asset.title or asset.original_name


def cue_documents(session: Session, asset: Asset, transcript_id: int, context: Context) -> Iterator[Document]:
    """Cues read as plain columns: a long transcript has thousands and ORM objects cost time.

    A cue's heading (the recording's title) is stored for display but not indexed: otherwise a
    word of the interview's title would match every cue of it."""
    rows = session.execute(
        select(Cue.id, Cue.start_ms, Cue.speaker, Cue.text, Cue.access)
        .where(Cue.transcript_id == transcript_id)
        .order_by(Cue.start_ms)
    )
    base = context.fields() | {"type": "cue", "heading": recording_title(asset), "asset": _ident(asset.id)}
    base["transcript"] = _ident(transcript_id)
    for cue_id, start_ms, speaker, text, level in rows:
        doc = base | {"key": f"cue:{cue_id}", "rid": cue_id, "body": text, "start_ms": start_ms}
        doc["access"] = most_restrictive([context.access, level or "public"])
        if speaker:
            doc["tags"] = speaker
            doc["names"] = f"{speaker} ; {base['names'] or ''}"
        yield _clean(doc)


def segment_document(segment: IndexSegment, context: Context) -> Document:
    """An OHMS index point: title, synopsis, partial transcript, keywords, its subjects and places."""
    shared = Context(
        access=most_restrictive([context.access, segment.access or "public"]),
        review_on=context.review_on,
        year=context.year,
        interview_id=context.interview_id,
        subjects=[s.label for s in segment.subjects] + context.subjects,
        places=[p.name for p in segment.places] + context.places,
        people=context.people,
        kinds=context.kinds,
        collections=context.collections,
    )
    body = "\n".join(t for t in (segment.synopsis, segment.partial_transcript) if t)
    tags = [*segment.keywords, *(s.label for s in segment.subjects), *(p.name for p in segment.places)]
    doc = _document("segment", segment.id, segment.title, body, tags, shared)
    return doc | {"asset": _ident(segment.asset_id), "start_ms": segment.start_ms}


def story_document(story: Story) -> Document:
    """A story: public once published (publishing checks every consent), staff work until then."""
    context = Context(
        access="public" if story.status == "published" else "staff",
        people=[p.name for p in story.people if alive(p)],
    )
    body = "\n".join(t for t in (story.lead, story.body) if t)
    return _document("story", story.id, story.title, body, [], context)


def narrators_interviews(session: Session, person_id: int) -> list[int]:
    rows = session.scalars(select(InterviewPerson.interview_id).where(InterviewPerson.person_id == person_id))
    return sorted(set(rows))


# -- helpers ---------------------------------------------------------------------------------
def _document(kind: str, rid: int, title: str, body: str | None, tags: list[str], ctx: Context) -> Document:
    doc = ctx.fields() | {"key": f"{kind}:{rid}", "type": kind, "rid": rid, "title": title, "heading": title}
    doc["body"] = body
    doc["tags"] = ", ".join(_unique(tags)) or None
    return _clean(doc)


def _clean(doc: Document) -> Document:
    """Whoosh wants absent fields left out, not given as None."""
    return {k: v for k, v in doc.items() if v is not None}


def _ident(value: int | None) -> str | None:
    return None if value is None else str(value)


def _day(value: date | None) -> int | None:
    return None if value is None else value.year * 10000 + value.month * 100 + value.day


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen.append(v)
    return seen
