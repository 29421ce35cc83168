"""The part of an import that needs no database: copy, hash, probe, derivatives — one file at a time.

`prepare` runs in worker processes (both cores: decoding a photo costs more than copying it), or
in the importing process for small batches. Workers never touch media/ or the database: they
leave a fsynced copy in media/.incoming and return what they learnt; the importing process alone
decides (duplicate or new), renames the copy into place and commits the row — one writer.

Processes, not threads: the probe captures Pillow's warnings with `warnings.catch_warnings`,
which is process-wide before Python 3.14, and decoding holds the GIL for long stretches.
"""

from __future__ import annotations

import multiprocessing
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zacni_app.core import faults, media_store
from zacni_app.core.derivatives import make_derivatives
from zacni_app.core.media_probe import MediaInfo, MediaRejected, Problem, probe, warn_if_damaged
from zacni_app.core.progress import CancelFlag, Cancelled


@dataclass(frozen=True)
class Job:
    """One file to prepare, with the archive folders the worker may write to."""

    source: Path
    original_name: str
    incoming: Path
    media_root: Path
    derivatives: Path


@dataclass
class Prepared:
    """What a worker learnt about one file (picklable: it crosses process boundaries)."""

    job: Job
    staged: media_store.StagedFile | None = None
    info: MediaInfo | None = None
    problem: Problem | None = None  # the file is refused
    master_exists: bool = False  # media/ already holds these bytes: probably a duplicate
    cancelled: bool = False
    derivative_problems: list[Problem] = field(default_factory=list)

    def discard(self) -> None:
        if self.staged is not None:
            self.staged.discard()


def prepare(job: Job, cancel: CancelFlag | None = None) -> Prepared:
    """Stage, probe and make derivatives of one file; never raises for a bad file."""
    cancel = cancel if cancel is not None else _worker_cancel
    result = Prepared(job)
    try:
        result.staged = media_store.stage(job.source, job.incoming, cancel)
        if media_store.find_master(job.media_root, result.staged.sha256) is not None:
            result.master_exists = True
            return result
        probe_and_derive(result, cancel)
    except Cancelled:
        result.discard()
        result.staged, result.cancelled = None, True
    except OSError as exc:
        result.problem = os_problem(exc)
    return result


def probe_and_derive(result: Prepared, cancel: CancelFlag | None) -> None:
    """Probe the staged copy (its bytes are in the page cache: no second read of the source)."""
    assert result.staged is not None
    job = result.job
    try:
        faults.point("probe")
        result.info = probe(result.staged.path, original_name=job.original_name, decode_check=False)
    except MediaRejected as exc:
        result.problem = exc.problem
        result.discard()
        result.staged = None
        return
    result.derivative_problems = make_derivatives(
        result.staged.path, job.derivatives, result.staged.sha256, result.info.type.kind, cancel
    )
    if any(p.code == "no_thumbnail" for p in result.derivative_problems):
        warn_if_damaged(result.staged.path, result.info, job.original_name)


def os_problem(exc: OSError) -> Problem:
    import errno

    if exc.errno in (errno.EACCES, errno.EPERM):
        return Problem("unreadable", f"no permission to read the file: {exc.strerror}")
    if exc.errno == errno.ENOSPC:
        return Problem("disk_full", "the archive's disk is full; free some space and import again")
    if exc.errno == errno.ELOOP:
        return Problem("symlink_loop", "the link points back to itself")
    if exc.errno == errno.ENAMETOOLONG:
        return Problem("name_too_long", "the file's path is longer than the system allows")
    return Problem("unreadable", f"cannot read the file: {exc.strerror or exc}")


def nfc_name(raw: str) -> str:
    return unicodedata.normalize("NFC", raw)


# --------------------------------------------------------------------------------------------
# Worker processes
# --------------------------------------------------------------------------------------------


_worker_cancel: CancelFlag | None = None


def init_worker(event: Any) -> None:
    """Runs once in each worker process."""
    global _worker_cancel
    _worker_cancel = CancelFlag(event)


def spawn_context() -> Any:
    """Spawned workers: forking a process that runs Qt or database threads is unsafe."""
    return multiprocessing.get_context("spawn")
