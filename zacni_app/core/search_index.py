"""The Whoosh search index in archive/index/: derived from the database, kept fresh, rebuilt when hurt.

One index holds people, interviews, assets, transcript cues, index segments and stories
(search_documents builds them). Whoosh is not crash-safe and not part of the database's
transactions, so:

- Freshness: changes arrive through the `index_queue` table (index_queue.py). The index stores, in
  a "state" document committed together with the documents, the highest queue id it has applied;
  `catch_up` applies the rows above it. Runs right after every commit and before every search.
- Damage: an index that is missing, cannot be opened, has lost or truncated files, or was made by
  another schema is rebuilt from the database on open.
- Rebuilds write a new index beside the old one (Whoosh's `indexname`) and switch over by replacing
  the small CURRENT file atomically, so a crash mid-rebuild leaves the old index in use.
- One writer at a time: an OS file lock (flock / msvcrt) that the operating system releases when
  its process dies, so a writer killed with -9 leaves no stale lock behind; plus a thread lock
  for threads of one process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from whoosh import columns, fields, formats, index
from whoosh.query import NumericRange
from whoosh.util.filelock import FileLock

from archive_schema import Cue
from zacni_app.core.access import require
from zacni_app.core.analysis_pl import polish_analyzer
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.core.index_queue import QueuedChange, last_id, pending, prune, pruned_through
from zacni_app.core.progress import CancelFlag, ProgressCallback, ProgressUpdate, no_progress
from zacni_app.core.search_changes import ChangePlan, all_documents, count_documents

log = logging.getLogger(__name__)

#: Bump when the schema or the documents change meaning: older indexes are rebuilt on open.
INDEX_FORMAT = 2
CURRENT_FILE = "CURRENT"
LOCK_FILE = "writer.lock"
STATE_KEY = "state:"
INDEXER = Actor("search-index", "admin")
#: How long a search waits for another writer before answering from the index as it is.
CATCH_UP_WAIT = 5.0
REBUILD_WAIT = 60.0
#: From this many cues a rebuild uses both cores (Whoosh procs=2, multisegment: ~2x throughput).
PARALLEL_FROM = 20_000

_thread_locks: dict[Path, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


class IndexBusy(ZacniError):
    code = "index_busy"


# -- schema ----------------------------------------------------------------------------------
class FacetColumn(columns.VarBytesListColumn):  # type: ignore[misc]
    """A list of byte strings per document; a segment without any value reads as empty lists."""

    def default_value(self, reverse: bool = False) -> list[bytes]:
        return []


class FacetField(fields.FieldType):  # type: ignore[misc]
    """Several exact values per document (subject labels, place names…), counted by facets.

    Stored in a list column, so Whoosh's overlapping facet counts read one small list per hit
    instead of walking the whole lexicon of the field on every search."""

    def __init__(self) -> None:
        self.format = formats.Existence()
        self.analyzer = None
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.column_type = FacetColumn()

    def index(self, value: list[str], **_kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        for v in sorted(set(value)):
            yield v.encode("utf-8"), 1, 1.0, b""

    def to_column_value(self, value: list[str]) -> list[bytes]:
        return [v.encode("utf-8") for v in sorted(set(value))]

    def from_bytes(self, bs: bytes) -> str:
        return bs.decode("utf-8")


def index_schema() -> fields.Schema:
    """Text fields share the Polish analyzer; `chars=True` keeps offsets for cheap highlighting."""

    def text(**kwargs: Any) -> fields.TEXT:
        return fields.TEXT(analyzer=polish_analyzer(), **kwargs)

    return fields.Schema(
        key=fields.ID(unique=True, stored=True),
        type=fields.ID(stored=True),
        rid=fields.STORED(),
        heading=fields.STORED(),
        title=text(stored=True, chars=True, field_boost=2.0),
        body=text(stored=True, chars=True),
        tags=text(stored=True, chars=True),
        names=text(),
        places=text(),
        subjects=text(),
        collections=text(),
        access=fields.ID(),
        asset=fields.ID(stored=True),
        interview=fields.ID(stored=True),
        transcript=fields.ID(),
        start_ms=fields.STORED(),
        year=fields.NUMERIC(int, bits=32),
        review_on=fields.NUMERIC(int, bits=32),
        subject=FacetField(),
        place=FacetField(),
        decade=FacetField(),
        person=FacetField(),
        kind=FacetField(),
        collection=FacetField(),
        applied=fields.STORED(),
        format=fields.STORED(),
    )


# -- opening ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenIndex:
    """One generation of the current index, with a searcher the searches of this process share.

    Opening a searcher reads every segment file into memory (whoosh-reloaded copies each mmapped
    file into a BytesIO: ~100 ms on 500,000 cues), so one is kept per generation and used by one
    search at a time; a change written by anyone makes a new generation, opened on next use."""

    index: Any
    name: str
    applied: int
    signature: tuple[tuple[str, int, int], ...] = ()
    _lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)
    _searchers: list[Any] = field(default_factory=list, compare=False, repr=False)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Any]:
        with self._lock:
            if not self._searchers:
                self._searchers.append(self.index.searcher())
            yield self._searchers[0]

    def close(self) -> None:
        with self._lock:
            for searcher in self._searchers:
                with contextlib.suppress(Exception):
                    searcher.close()
            self._searchers.clear()


_opened: dict[Path, OpenIndex] = {}
_opened_guard = threading.Lock()


def open_index(archive: Archive) -> OpenIndex | None:
    """The current index if it is whole and of this program's format; None if it must be rebuilt.

    The same generation of the same index is opened once per process (see OpenIndex)."""
    folder = archive.index_dir
    name = _read_current(folder)
    if name is None:
        return None
    key = folder.resolve()
    with _opened_guard:
        cached = _opened.get(key)
    if cached is not None and cached.name == name and _signature(folder, name) == cached.signature:
        return cached
    opened = _open_generation(folder, name)
    with _opened_guard:
        previous = _opened.pop(key, None)
        if opened is not None:
            _opened[key] = opened
    if previous is not None and previous is not opened:
        previous.close()
    return opened


def _signature(folder: Path, name: str) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of the index's files: any write (a new generation) or
    damage (a file truncated or deleted) changes it, and the index is opened afresh."""
    found = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.lstrip("_").startswith(name) and not entry.name.endswith("_WRITELOCK"):
                st = entry.stat()
                found.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(found))


def _open_generation(folder: Path, name: str) -> OpenIndex | None:
    try:
        ix = index.open_dir(str(folder), indexname=name)
        if set(ix.schema.names()) != set(index_schema().names()):
            return None
        signature = _signature(folder, name)
        searcher = ix.searcher()  # opens every segment: a lost or truncated file fails here
        state = searcher.document(key=STATE_KEY)
        if state is None or state.get("format") != INDEX_FORMAT:
            searcher.close()
            return None
        opened = OpenIndex(ix, name, int(state["applied"]), signature)
        opened._searchers.append(searcher)  # the one opened to check it is the one searches share
        return opened
    except Exception as exc:  # Whoosh fails in many ways on a damaged index; all mean rebuild
        log.warning("search index in %s is damaged (%s: %s); rebuilding", folder, type(exc).__name__, exc)
        return None


def has_index(archive: Archive) -> bool:
    """Whether an index was ever built here (cheap: no Whoosh file is opened)."""
    return (archive.index_dir / CURRENT_FILE).exists()


def ready_index(archive: Archive) -> OpenIndex:
    """An index that has applied every queued change (rebuilt first if missing or damaged).

    When another process holds the writer lock longer than CATCH_UP_WAIT, the index is used as it
    is: that writer is applying the same queue."""
    catch_up(archive, wait=True)
    opened = open_index(archive)
    if opened is None:
        rebuild(archive)
        opened = open_index(archive)
        if opened is None:
            raise ZacniError("the search index could not be rebuilt", code="index_broken")
    return opened


# -- catching up -----------------------------------------------------------------------------
def catch_up(archive: Archive, *, wait: bool = True, today: date | None = None) -> int:
    """Apply every queued change (and every access that changes by `today`); returns how many.

    Rebuilds instead when the index is missing, damaged, or behind what the queue still holds.
    Without `wait`, gives up at once when another writer is busy (the rows stay queued)."""
    today = today or date.today()
    with writer_lock(archive, CATCH_UP_WAIT if wait else 0.0) as got:
        if not got:
            return 0
        opened = open_index(archive)
        with archive.engine.connect() as conn:
            if opened is None or opened.applied < pruned_through(conn):
                _rebuild_locked(archive, no_progress, None)
                return 0
            changes = pending(conn, opened.applied)
        changes += _due_for_review(opened, today)
        if not changes:
            return 0
        applied = max([opened.applied] + [c.id for c in changes])
        _apply(archive, opened, changes, applied, today)
        prune(archive.engine, applied)
        return len(changes)


def _due_for_review(opened: OpenIndex, today: date) -> list[QueuedChange]:
    """Items whose access changes by today (an embargo ended, a withdrawal took effect)."""
    due: list[QueuedChange] = []
    with opened.reading() as s:
        for hit in s.search(NumericRange("review_on", None, _day_number(today)), limit=None):
            kind, rid = hit["type"], int(hit["rid"])
            if kind in ("cue", "segment") and hit.get("asset"):
                kind, rid = "asset", int(hit["asset"])
            due.append(QueuedChange(0, kind, rid))
    return list(dict.fromkeys(due))


def _apply(
    archive: Archive, opened: OpenIndex, changes: list[QueuedChange], applied: int, today: date
) -> None:
    writer = opened.index.writer()
    try:
        with archive.session(INDEXER) as s, opened.reading() as searcher:
            plan = ChangePlan.expand(s, searcher, changes)
            for fieldname, value in plan.deletions():
                writer.delete_by_term(fieldname, value)
            for doc in plan.documents(s, today):
                writer.add_document(**doc)
        writer.update_document(**_state(applied))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


# -- rebuilding ------------------------------------------------------------------------------
def reindex(
    archive: Archive,
    *,
    user: str | Actor = "admin",
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
) -> int:
    """`zacni reindex`: anyone who may read the archive may rebuild its derived index."""
    with archive.session(user) as s:
        require(s, "read")
    return rebuild(archive, progress, cancel)


def rebuild(
    archive: Archive, progress: ProgressCallback = no_progress, cancel: CancelFlag | None = None
) -> int:
    """Build a new index from the database and switch to it; returns the number of documents."""
    with writer_lock(archive, REBUILD_WAIT) as got:
        if not got:
            raise IndexBusy("the search index is being updated by another program; try again shortly")
        return _rebuild_locked(archive, progress, cancel)


def _rebuild_locked(archive: Archive, progress: ProgressCallback, cancel: CancelFlag | None) -> int:
    folder = archive.index_dir
    folder.mkdir(parents=True, exist_ok=True)
    name = "ix" + uuid.uuid4().hex[:10]
    with archive.engine.connect() as conn:
        applied = last_id(conn)  # read before the data: later changes are re-applied, never missed
        cues = int(conn.execute(select(func.count()).select_from(Cue)).scalar_one())
    ix = index.create_in(str(folder), index_schema(), indexname=name)
    parallel = cues >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
    writer = ix.writer(procs=2, multisegment=True, limitmb=128) if parallel else ix.writer(limitmb=128)
    count = 0
    try:
        with archive.session(INDEXER) as s:
            total = count_documents(s)
            for doc in all_documents(s, date.today()):
                writer.add_document(**doc)
                count += 1
                if count % 2000 == 0:
                    progress(ProgressUpdate(count, total, "indexing"))
                    if cancel is not None:
                        cancel.raise_if_cancelled()
        writer.add_document(**_state(applied))
    except BaseException:
        writer.cancel()
        _remove_index_files(folder, keep=_read_current(folder))
        raise
    writer.commit()
    _write_current(folder, name)
    _remove_index_files(folder, keep=name)
    prune(archive.engine, applied)
    progress(ProgressUpdate(count, count, ""))
    return count


def _state(applied: int) -> dict[str, Any]:
    return {"key": STATE_KEY, "type": "state", "applied": applied, "format": INDEX_FORMAT}


def _read_current(folder: Path) -> str | None:
    try:
        return (folder / CURRENT_FILE).read_text(encoding="ascii").strip()
    except OSError:
        return None


def _write_current(folder: Path, name: str) -> None:
    """Switch to the index `name`: temp file, fsync, atomic replace, fsync of the folder."""
    partial = folder / (CURRENT_FILE + ".partial")
    with open(partial, "w", encoding="ascii") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(partial, folder / CURRENT_FILE)
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_index_files(folder: Path, keep: str | None) -> None:
    """Files of every index but `keep` (older rebuilds, a cancelled one); open ones stay for later."""
    for path in folder.iterdir():
        if path.name in (CURRENT_FILE, LOCK_FILE):
            continue
        owner = path.name.lstrip("_").split("_", 1)[0]
        if keep is None or owner != keep:
            with contextlib.suppress(OSError):
                path.unlink()


# -- one writer at a time --------------------------------------------------------------------
@contextlib.contextmanager
def writer_lock(archive: Archive, wait: float) -> Iterator[bool]:
    """Hold the index's writer lock (yields False if not had within `wait` seconds).

    The OS releases the file lock when its holder dies, so the lock file a killed writer leaves
    behind is inert: the next acquire simply succeeds."""
    folder = archive.index_dir
    folder.mkdir(parents=True, exist_ok=True)
    with _thread_locks_guard:
        thread_lock = _thread_locks.setdefault(folder.resolve(), threading.Lock())
    if not (thread_lock.acquire(timeout=wait) if wait > 0 else thread_lock.acquire(blocking=False)):
        yield False
        return
    try:
        file_lock = FileLock(str(folder / LOCK_FILE))
        deadline = time.monotonic() + wait
        while not file_lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(0.05)
        try:
            yield True
        finally:
            file_lock.release()
    finally:
        thread_lock.release()


def _day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day
