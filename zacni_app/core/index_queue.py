"""The persistent to-index queue: every change the ORM flushes is queued for the search index.

One session hook (like audit.py's) sees every insert, update and delete, so no service can forget
to keep the index fresh. It appends (entity, id) rows to `index_queue` in the same transaction as
the change: both land or neither does. Right after the commit the queue is drained into Whoosh
(search_index.catch_up); if the process dies first, the next search drains it before answering.

Rows are coarse on purpose: a transcript import of thousands of cues queues one row for the
transcript, and the index rebuilds that transcript's cues together. A consent queues the interview
it is about (or, for a general consent, the person, whose interviews follow).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, event, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from archive_schema import (
    ArchiveSetting,
    Asset,
    AssetPerson,
    Collection,
    Consent,
    Cue,
    IndexQueueEntry,
    IndexSegment,
    Interview,
    InterviewPerson,
    Person,
    Place,
    Story,
    Subject,
    Transcript,
)
from archive_schema.base import utcnow

if TYPE_CHECKING:
    from zacni_app.core.archive import Archive

log = logging.getLogger(__name__)

_PENDING = "index_queue_pending"
#: archive_setting key: the highest queue id ever pruned (an index that applied less must rebuild).
PRUNED_SETTING = "index_queue_pruned_through"
#: On PostgreSQL several PCs each keep an index and read the same queue: rows stay this long.
SHARED_RETENTION = timedelta(days=14)
#: Serialises queue writers on PostgreSQL so ids commit in the order they were taken.
_PG_QUEUE_LOCK = 7_340_713

_ENTITIES: dict[type[Any], str] = {
    Person: "person",
    Interview: "interview",
    Asset: "asset",
    Transcript: "transcript",
    IndexSegment: "segment",
    Story: "story",
    Place: "place",
    Subject: "subject",
    Collection: "collection",
}


@dataclass(frozen=True)
class QueuedChange:
    id: int
    entity: str
    entity_id: int


def install(factory: sessionmaker[Session], archive: Archive) -> None:
    """Queue changes on every flush of `factory`'s sessions; drain after each commit that queued."""
    event.listen(factory, "after_flush", _after_flush)

    def _after_commit(session: Session) -> None:
        if session.info.pop(_PENDING, False):
            _drain_quietly(archive)

    def _after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)

    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_rollback", _after_rollback)


def _drain_quietly(archive: Archive) -> None:
    """The commit has happened; a failure to index must not look like a failed save.

    Whatever could not be applied stays queued and the next search applies it first. An archive
    never searched has no index yet: nothing to keep fresh, and the first search builds it whole
    (so a batch of CLI commands does not load the Polish dictionary once per command)."""
    from zacni_app.core.search_index import catch_up, has_index

    if not has_index(archive):
        return
    try:
        catch_up(archive, wait=False)
    except Exception:  # any failure leaves the rows queued; logged, never lost
        log.warning("search index not updated after commit; the next search catches up", exc_info=True)


# -- the hook -------------------------------------------------------------------------------
def _after_flush(session: Session, _context: Any) -> None:
    keys: set[tuple[str, int]] = set()
    for obj in session.new:
        keys.update(_keys(obj))
    for obj in session.dirty:
        if session.is_modified(obj):
            keys.update(_keys(obj))
    for obj in session.deleted:
        keys.update(_keys(obj))
    if not keys:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_QUEUE_LOCK})
    now = utcnow()
    rows = [{"entity": e, "entity_id": i, "queued_at": now} for e, i in sorted(keys)]
    conn.execute(insert(IndexQueueEntry), rows)
    session.info[_PENDING] = True


def _keys(obj: object) -> Iterator[tuple[str, int]]:
    """(entity, id) pairs the index must revisit because `obj` changed."""
    if isinstance(obj, Cue):
        yield from _pairs("transcript", _values(obj, "transcript_id"))
    elif isinstance(obj, Consent):
        # The person's record and all their interviews follow (a general consent covers them all).
        yield from _pairs("person", _values(obj, "person_id"))
        yield from _pairs("interview", _values(obj, "interview_id"))
    elif isinstance(obj, InterviewPerson):
        yield from _pairs("interview", _values(obj, "interview_id"))
        yield from _pairs("person", _values(obj, "person_id"))
    elif isinstance(obj, AssetPerson):
        yield from _pairs("asset", _values(obj, "asset_id"))
    else:
        entity = _ENTITIES.get(type(obj))
        if entity is not None:
            yield from _pairs(entity, _values(obj, "id"))


def _pairs(entity: str, ids: list[int]) -> Iterator[tuple[str, int]]:
    for value in ids:
        yield entity, value


def _values(obj: object, attr: str) -> list[int]:
    """The attribute's current value and, if it just changed, its previous one (both ids matter)."""
    state = inspect(obj)
    found: list[int] = []
    current = state.dict.get(attr)
    if isinstance(current, int):
        found.append(current)
    if attr in state.mapper.column_attrs:
        for old in state.attrs[attr].history.deleted or ():
            if isinstance(old, int) and old not in found:
                found.append(old)
    return found


# -- reading and pruning -------------------------------------------------------------------
def pending(conn: Connection, after: int) -> list[QueuedChange]:
    """Queued changes with an id above `after`, oldest first."""
    rows = conn.execute(
        select(IndexQueueEntry.id, IndexQueueEntry.entity, IndexQueueEntry.entity_id)
        .where(IndexQueueEntry.id > after)
        .order_by(IndexQueueEntry.id)
    )
    return [QueuedChange(int(r.id), str(r.entity), int(r.entity_id)) for r in rows]


def last_id(conn: Connection) -> int:
    """The newest queue id (0 if none ever pruned or queued): what a fresh rebuild has covered."""
    newest = conn.execute(select(func.max(IndexQueueEntry.id))).scalar_one_or_none()
    return max(int(newest or 0), pruned_through(conn))


def pruned_through(conn: Connection) -> int:
    value = conn.execute(
        select(ArchiveSetting.value).where(ArchiveSetting.key == PRUNED_SETTING)
    ).scalar_one_or_none()
    return int(value) if value and value.isdigit() else 0


def prune(engine: Engine, applied: int) -> None:
    """Forget rows the index has applied. On PostgreSQL other PCs' indexes may still need them,
    so only rows older than SHARED_RETENTION go (a PC that was off longer rebuilds its index)."""
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    with writer.begin() as conn:
        query = delete(IndexQueueEntry).where(IndexQueueEntry.id <= applied)
        if engine.dialect.name != "sqlite":
            query = query.where(IndexQueueEntry.queued_at < utcnow() - SHARED_RETENTION)
        removed = [int(i) for i in conn.execute(query.returning(IndexQueueEntry.id)).scalars()]
        if not removed:
            return
        through = max(max(removed), pruned_through(conn))
        updated = conn.execute(
            update(ArchiveSetting).where(ArchiveSetting.key == PRUNED_SETTING).values(value=str(through))
        )
        if updated.rowcount == 0:
            conn.execute(insert(ArchiveSetting).values(key=PRUNED_SETTING, value=str(through)))
