"""Taking files into the archive: a card's or a folder's worth at a time, never half-written.

For each file: copy it into media/.incoming while hashing (one read of the source), read its
metadata and make its derivatives from the copy (in worker processes, both cores busy), skip it
as a duplicate if the hash is known, rename the copy to its content address, then commit its row
(this process alone, in file order). A crash at any point leaves either nothing, a temp file (swept on
the next run) or a master without a row, which running the same import again completes.
Bad files never stop the batch: each gets a specific reason in the report.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from archive_schema import Asset, AssetPerson, Interview, Person, Story
from zacni_app.core import faults, file_names, ingest_worker, media_store, records
from zacni_app.core.access import require
from zacni_app.core.archive import Archive
from zacni_app.core.ingest_worker import Job, Prepared
from zacni_app.core.media_probe import MediaInfo, Problem
from zacni_app.core.progress import CancelFlag, Cancelled, ProgressCallback, ProgressUpdate, no_progress

#: Files cameras and operating systems leave behind; skipped without a word.
IGNORED_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", ".nomedia"})


@dataclass(frozen=True)
class IngestTarget:
    """What new assets are attached to (all optional)."""

    interview_id: int | None = None
    person_id: int | None = None
    story_id: int | None = None


@dataclass
class IngestReport:
    imported: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "cancelled": self.cancelled,
        }


def display_path(path: Path) -> str:
    """A path as text even when its bytes are not valid UTF-8 (shown with replacement marks)."""
    return os.fsencode(path).decode("utf-8", "replace")


def collect_files(paths: list[Path], report: IngestReport) -> list[Path]:
    """Expand folders (sorted, recursively), refusing what cannot be read and following no loops."""
    files: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        files.extend(_expand(path, report, seen_dirs))
    return files


def _expand(path: Path, report: IngestReport, seen_dirs: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        st = path.stat()
    except OSError as exc:
        reason = (
            "symlink_loop"
            if exc.errno == errno.ELOOP
            else "not_found"
            if exc.errno == errno.ENOENT
            else "unreadable"
        )
        _reject(report, path, Problem(reason, f"cannot read {display_path(path)}: {exc.strerror}"))
        return
    if path.is_dir():
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            _reject(report, path, Problem("symlink_loop", "folder reached twice through a link; skipped"))
            return
        seen_dirs.add(key)
        try:
            children = sorted(path.iterdir(), key=lambda p: os.fsencode(p.name))
        except OSError as exc:
            _reject(report, path, Problem("unreadable", f"cannot list the folder: {exc.strerror}"))
            return
        for child in children:
            if child.name.lower() in IGNORED_NAMES or child.name.startswith("._"):
                continue
            yield from _expand(child, report, seen_dirs)
    elif path.is_file():
        yield path
    else:
        _reject(report, path, Problem("not_a_file", "not a regular file (device, pipe or socket)"))


def _reject(report: IngestReport, path: Path, problem: Problem) -> None:
    report.rejected.append({"path": display_path(path), "code": problem.code, "reason": problem.detail})


#: Below this many files, starting worker processes (~0.5 s) costs more than it saves.
PARALLEL_FROM = 4
#: Worker processes; decoding photos is what they share out. ZACNI_IMPORT_WORKERS overrides.
WORKERS = int(os.environ.get("ZACNI_IMPORT_WORKERS") or max(1, min(2, os.cpu_count() or 1)))
#: How many files the workers may be ahead of the writer (bounds the temp space in use).
LOOKAHEAD = 2


def ingest_paths(
    archive: Archive,
    paths: list[Path],
    *,
    user: str = "admin",
    target: IngestTarget | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Import files and folders; returns what was imported, found duplicate and refused (and why).

    Copying, hashing, probing and derivatives run in `workers` processes (default: both cores);
    this process alone renames masters into media/ and writes rows, in the order of the files.
    """
    target = target or IngestTarget()
    cancel = cancel or CancelFlag()
    actor = archive.actor(user)
    with archive.session(actor) as s:
        require(s, "import")
        _check_target(s, target)
    report = IngestReport()
    sweep_incoming(archive)
    files = collect_files(paths, report)
    notes = file_names.name_problems(files)
    jobs = [
        Job(path, _original_name(path), archive.tmp_dir, archive.media_root, archive.derivatives_dir)
        for path in files
    ]
    workers = WORKERS if workers is None else workers
    parallel = workers > 1 and len(jobs) >= PARALLEL_FROM
    with _prepared_in_order(jobs, cancel, workers if parallel else 1) as results:
        for done, prepared in enumerate(results):
            progress(ProgressUpdate(done, len(jobs), prepared.job.source.name))
            try:
                if prepared.cancelled or cancel.cancelled:
                    report.cancelled = True
                    continue
                _finish(archive, actor, prepared, target, report, notes.get(prepared.job.source, []), cancel)
            except Cancelled:
                report.cancelled = True
            except OSError as exc:  # writing this file failed (a full disk is one): say so, go on
                _reject(report, prepared.job.source, ingest_worker.os_problem(exc))
            finally:
                prepared.discard()
    progress(ProgressUpdate(len(jobs), len(jobs), ""))
    return report


@contextlib.contextmanager
def _prepared_in_order(jobs: list[Job], cancel: CancelFlag, workers: int) -> Iterator[Iterator[Prepared]]:
    if workers <= 1:
        yield (
            Prepared(job, cancelled=True) if cancel.cancelled else ingest_worker.prepare(job, cancel)
            for job in jobs
        )
        return
    ctx = ingest_worker.spawn_context()
    stop = ctx.Event()
    pool = ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=ingest_worker.init_worker, initargs=(stop,)
    )
    pending: deque[Future[Prepared]] = deque()
    try:
        yield _drain(pool, jobs, pending, cancel, stop, workers)
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        for future in pending:  # prepared but never taken: remove their temp copies
            if future.done() and not future.cancelled() and future.exception() is None:
                future.result().discard()


def _drain(
    pool: ProcessPoolExecutor,
    jobs: list[Job],
    pending: deque[Future[Prepared]],
    cancel: CancelFlag,
    stop: Any,
    workers: int,
) -> Iterator[Prepared]:
    queue = deque(jobs)
    while queue or pending:
        while queue and len(pending) < workers + LOOKAHEAD and not cancel.cancelled:
            pending.append(pool.submit(ingest_worker.prepare, queue.popleft()))
        if not pending:  # cancelled before the rest were started
            yield from (Prepared(job, cancelled=True) for job in queue)
            return
        head = pending[0]
        while not head.done():
            wait([head], timeout=0.1)
            if cancel.cancelled:
                stop.set()
        pending.popleft()
        yield head.result()


def _check_target(session: Session, target: IngestTarget) -> None:
    if target.interview_id is not None:
        records.get(session, Interview, target.interview_id)
    if target.person_id is not None:
        records.get(session, Person, target.person_id)
    if target.story_id is not None:
        records.get(session, Story, target.story_id)


def sweep_incoming(archive: Archive) -> int:
    """Remove temp files crashed imports left in media/.incoming (not those of imports still
    running on this or another PC); returns how many."""
    return media_store.sweep_leftovers(archive.tmp_dir)


def _finish(
    archive: Archive,
    actor: Any,
    prepared: Prepared,
    target: IngestTarget,
    report: IngestReport,
    notes: list[Problem],
    cancel: CancelFlag,
) -> None:
    """The writer's part: duplicate or new; master renamed into place, then its row committed."""
    path = prepared.job.source
    if prepared.problem is not None:
        _reject(report, path, prepared.problem)
        return
    staged = prepared.staged
    assert staged is not None
    if _known_duplicate(archive, actor, prepared, report):
        return
    if prepared.info is None:  # media/ has the bytes but no row: an interrupted import; finish it
        ingest_worker.probe_and_derive(prepared, cancel)
        if prepared.problem is not None:
            _reject(report, path, prepared.problem)
            return
    info = prepared.info
    assert info is not None
    info.warnings.extend(notes + prepared.derivative_problems)
    placed = media_store.find_master(archive.media_root, staged.sha256) is None
    master = media_store.commit(staged, archive.media_root, info.type.ext)
    try:
        with archive.transaction(actor) as s:
            asset = _asset_row(s, info, staged, prepared.job.original_name, path, target)
            entry = {
                "path": display_path(path),
                "asset_id": asset.id,
                "sha256": asset.sha256,
                "kind": asset.kind,
                "warnings": [w["detail"] for w in asset.warnings],
                "warning_codes": [w["code"] for w in asset.warnings],
            }
            faults.point("row.before_commit")
    except IntegrityError:
        # Another PC committed the same bytes between our look-up and our insert (the unique
        # index on sha256 decided): the same master is in place either way; report a duplicate.
        if _known_duplicate(archive, actor, prepared, report):
            return
        raise
    except OSError:  # the row could not be saved (a full disk): take back the master it would name
        if placed:
            _take_back(archive, actor, master, staged.sha256)
        raise
    faults.point("row.after_commit")
    report.imported.append(entry)


def _take_back(archive: Archive, actor: Any, master: Path, sha256: str) -> None:
    """Remove a master this import placed when its row failed, unless a row (another PC's) names
    it by now. If even that cannot be checked, the master stays: the next import adopts it."""
    try:
        with archive.session(actor) as s:
            if s.scalar(select(Asset.id).where(Asset.sha256 == sha256)) is None:
                master.unlink(missing_ok=True)
    except Exception:  # a best effort on a failing disk; adoption covers the rest
        return


def _known_duplicate(archive: Archive, actor: Any, prepared: Prepared, report: IngestReport) -> bool:
    """If the archive already has these bytes, report a duplicate (bringing back a lost master)."""
    staged = prepared.staged
    assert staged is not None
    with archive.session(actor) as s:
        existing = s.execute(select(Asset.id, Asset.ext).where(Asset.sha256 == staged.sha256)).first()
    if existing is None:
        return False
    entry = {"path": display_path(prepared.job.source), "asset_id": existing.id, "sha256": staged.sha256}
    if media_store.find_master(archive.media_root, staged.sha256) is None:
        media_store.commit(staged, archive.media_root, existing.ext)  # a lost master comes back
        entry["master_restored"] = True
    report.duplicates.append(entry)
    return True


def _original_name(path: Path) -> str:
    """The file's name as text, NFC (macOS writes NFD), invalid bytes replaced."""
    return file_names.shown(path.name)[:500]


def _asset_row(
    session: Session,
    info: MediaInfo,
    staged: media_store.StagedFile,
    original: str,
    path: Path,
    target: IngestTarget,
) -> Asset:
    interview = session.get(Interview, target.interview_id) if target.interview_id else None
    tags = info.tags
    asset = Asset(
        sha256=staged.sha256,
        kind=info.type.kind,
        size=staged.size,
        mime=info.type.mime,
        ext=info.type.ext,
        original_name=original,
        source_path=display_path(path.absolute())[:4000],
        imported_at=datetime.now(UTC),
        title=(tags.get("title") or Path(original).stem)[:300],
        access=interview.access if interview else "staff",
        interview=interview,
        duration_ms=info.duration_ms,
        codec=info.codec,
        bitrate=info.bitrate,
        sample_rate=info.sample_rate,
        channels=info.channels,
        width=info.width,
        height=info.height,
        orientation=info.orientation,
        taken_at=info.taken_at,
        camera=info.camera,
        gps_lat=info.gps_lat,
        gps_lon=info.gps_lon,
        page_count=info.page_count,
        tech={"tags": dict(tags), **info.extra},
        warnings=[{"code": w.code, "detail": w.detail} for w in info.warnings],
    )
    session.add(asset)
    if target.person_id:
        role = "depicted" if info.type.kind == "image" else "speaker"
        asset.people.append(AssetPerson(person=session.get(Person, target.person_id), role=role))
    if target.story_id:
        story = session.get(Story, target.story_id)
        if story is not None:
            story.assets.append(asset)
    session.flush()
    return asset
