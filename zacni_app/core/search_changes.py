"""Which search documents a queued change touches, and the documents that replace them.

A change reaches further than its own record: a consent changes what its person's interviews,
their recordings and every cue of them may show; a renamed place or subject changes the facets
of everything filed under it. `ChangePlan.expand` follows those links once, in the database and
(for records that moved away or were deleted) in the index itself, then the plan deletes the old
documents and adds the current ones. A recording is always redone whole (its document, cues and
segments), because its passages inherit its access and context.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from whoosh.query import And, Term

from archive_schema import (
    Asset,
    AssetPerson,
    Cue,
    IndexSegment,
    Interview,
    InterviewPerson,
    Person,
    Story,
    Transcript,
)
from archive_schema.catalogue import interview_subject, person_subject
from archive_schema.media import asset_subject, segment_place, segment_subject
from zacni_app.core.index_queue import QueuedChange
from zacni_app.core.search_documents import (
    Context,
    Document,
    alive,
    asset_context,
    asset_documents,
    cue_documents,
    interview_context,
    interview_document,
    person_document,
    segment_document,
    story_document,
)


@dataclass
class ChangePlan:
    """Records whose documents are redone: deleted from the index, then added if still alive."""

    people: set[int] = field(default_factory=set)
    interviews: set[int] = field(default_factory=set)
    assets: set[int] = field(default_factory=set)
    transcripts: set[int] = field(default_factory=set)
    segments: set[int] = field(default_factory=set)
    stories: set[int] = field(default_factory=set)

    @classmethod
    def expand(cls, session: Session, searcher: Any, changes: Iterable[QueuedChange]) -> ChangePlan:
        by: dict[str, set[int]] = {}
        for change in changes:
            by.setdefault(change.entity, set()).add(change.entity_id)
        plan = cls(
            people=set(by.get("person", ())),
            interviews=set(by.get("interview", ())),
            assets=set(by.get("asset", ())),
            transcripts=set(by.get("transcript", ())),
            segments=set(by.get("segment", ())),
            stories=set(by.get("story", ())),
        )
        plan._vocabulary(
            session, by.get("place", set()), by.get("subject", set()), by.get("collection", set())
        )
        plan._people_reach(session)
        plan._interviews_reach(session, searcher)
        plan._passages_in_assets(session)
        return plan

    def _vocabulary(
        self, session: Session, places: set[int], subjects: set[int], collections: set[int]
    ) -> None:
        if places:
            self.interviews |= _ids(session, select(Interview.id).where(Interview.place_id.in_(places)))
            self.assets |= _ids(session, select(Asset.id).where(Asset.place_id.in_(places)))
            self.segments |= _ids(
                session, select(segment_place.c.segment_id).where(segment_place.c.place_id.in_(places))
            )
        if subjects:
            self.interviews |= _linked(session, interview_subject, "interview_id", subjects)
            self.people |= _linked(session, person_subject, "person_id", subjects)
            self.assets |= _linked(session, asset_subject, "asset_id", subjects)
            self.segments |= _linked(session, segment_subject, "segment_id", subjects)
        if collections:
            self.interviews |= _ids(
                session, select(Interview.id).where(Interview.collection_id.in_(collections))
            )
            self.assets |= _ids(session, select(Asset.id).where(Asset.collection_id.in_(collections)))

    def _people_reach(self, session: Session) -> None:
        """A person's name and consent appear in their interviews and the photos they are in."""
        if self.people:
            query = select(InterviewPerson.interview_id).where(InterviewPerson.person_id.in_(self.people))
            self.interviews |= _ids(session, query)
            self.assets |= _ids(
                session, select(AssetPerson.asset_id).where(AssetPerson.person_id.in_(self.people))
            )

    def _interviews_reach(self, session: Session, searcher: Any) -> None:
        """An interview's recordings now, and those the index still files under it (moved or orphaned)."""
        if not self.interviews:
            return
        self.assets |= _ids(session, select(Asset.id).where(Asset.interview_id.in_(self.interviews)))
        for interview_id in self.interviews:
            query = And([Term("interview", str(interview_id)), Term("type", "asset")])
            self.assets |= {int(hit["rid"]) for hit in searcher.search(query, limit=None)}

    def _passages_in_assets(self, session: Session) -> None:
        """Transcripts and segments of recordings redone whole need no separate pass."""
        if not self.assets:
            return
        if self.transcripts:
            query = select(Transcript.id).where(
                Transcript.id.in_(self.transcripts), Transcript.asset_id.in_(self.assets)
            )
            self.transcripts -= _ids(session, query)
        if self.segments:
            query = select(IndexSegment.id).where(
                IndexSegment.id.in_(self.segments), IndexSegment.asset_id.in_(self.assets)
            )
            self.segments -= _ids(session, query)

    def deletions(self) -> Iterator[tuple[str, str]]:
        """(field, value) terms whose documents go before the current ones are added."""
        for kind, ids in (
            ("person", self.people),
            ("interview", self.interviews),
            ("segment", self.segments),
            ("story", self.stories),
        ):
            for rid in sorted(ids):
                yield "key", f"{kind}:{rid}"
        for rid in sorted(self.assets):
            yield "asset", str(rid)  # the asset's own document, its cues and its segments
        for rid in sorted(self.transcripts):
            yield "transcript", str(rid)

    def documents(self, session: Session, today: date) -> Iterator[Document]:
        interviews: dict[int, Context] = {}
        assets: dict[int, Context] = {}

        def context_of(asset: Asset) -> Context:
            if asset.id not in assets:
                assets[asset.id] = asset_context(session, asset, today, interviews)
            return assets[asset.id]

        for person in _alive(session, Person, self.people):
            yield person_document(session, person, today)
        for interview in _alive(session, Interview, self.interviews):
            interviews[interview.id] = interview_context(session, interview, today)
            yield interview_document(interview, interviews[interview.id])
        for asset in _alive(session, Asset, self.assets):
            yield from asset_documents(session, asset, context_of(asset))
        for transcript in _alive(session, Transcript, self.transcripts):
            if alive(transcript.asset):
                ctx = context_of(transcript.asset)
                yield from cue_documents(session, transcript.asset, transcript.id, ctx)
        for segment in _alive(session, IndexSegment, self.segments):
            if alive(segment.asset):
                yield segment_document(segment, context_of(segment.asset))
        for story in _alive(session, Story, self.stories):
            yield story_document(story)


def all_documents(session: Session, today: date) -> Iterator[Document]:
    """Every document of the archive (for a rebuild)."""
    plan = ChangePlan(
        people=_ids(session, select(Person.id)),
        interviews=_ids(session, select(Interview.id)),
        assets=_ids(session, select(Asset.id)),
        stories=_ids(session, select(Story.id)),
    )
    return plan.documents(session, today)


def count_documents(session: Session) -> int:
    """About how many documents a rebuild writes (for its progress bar)."""
    return sum(
        int(session.scalar(select(func.count()).select_from(model)) or 0)
        for model in (Person, Interview, Asset, Cue, IndexSegment, Story)
    )


def _ids(session: Session, query: Any) -> set[int]:
    return {int(v) for v in session.scalars(query)}


def _linked(session: Session, table: Any, column: str, subjects: set[int]) -> set[int]:
    return _ids(session, select(table.c[column]).where(table.c.subject_id.in_(subjects)))


def _alive(session: Session, model: Any, ids: set[int]) -> Iterator[Any]:
    for rid in sorted(ids):
        obj = session.get(model, rid)
        if obj is not None and alive(obj):
            yield obj
