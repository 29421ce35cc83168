"""Content-addressed, write-once storage of master files under media/.

A file is copied to a temporary name next to its final place while its SHA-256 is computed (one
read of the source), flushed to disk, then renamed to `media/ab/cd/<sha256>.<ext>`. A rename is
atomic, so media/ never holds a half-written master; the database row is committed only after.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from zacni_app.core import faults
from zacni_app.core.progress import CancelFlag

CHUNK = 1024 * 1024
#: A staged copy whose writer cannot be asked (another PC) is a leftover only after this long.
STALE_AFTER_S = 12 * 3600
_STAGED_NAME = re.compile(r"^import-(?P<pid>\d+)@(?P<host>[A-Za-z0-9.-]*)-[^.]*\.part$")


@dataclass(frozen=True)
class StagedFile:
    """A copy of a source file waiting in the incoming folder, with its hash and size."""

    path: Path
    sha256: str
    size: int

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def relpath_for(sha256: str, ext: str) -> str:
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}.{ext}"


def stage(source: Path, incoming: Path, cancel: CancelFlag | None = None) -> StagedFile:
    """Copy `source` into `incoming` hashing as it goes; the copy is fsynced before returning."""
    incoming.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    faults.point("stage.open")
    fd, tmp_name = tempfile.mkstemp(dir=incoming, prefix=f"import-{os.getpid()}@{_host()}-", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                digest.update(chunk)
                faults.point("stage.write")
                dst.write(chunk)
                size += len(chunk)
            dst.flush()
            faults.point("stage.fsync")
            os.fsync(dst.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return StagedFile(tmp, digest.hexdigest(), size)


def commit(staged: StagedFile, media_root: Path, ext: str) -> Path:
    """Move a staged file to its content address (replacing a leftover of a crashed import)."""
    target = media_root / relpath_for(staged.sha256, ext)
    target.parent.mkdir(parents=True, exist_ok=True)
    faults.point("commit.rename")
    os.replace(staged.path, target)
    faults.point("commit.dirsync")
    _fsync_dir(target.parent)
    return target


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "", socket.gethostname())[:60]


def sweep_leftovers(incoming: Path, now: float | None = None) -> int:
    """Remove staged copies that a crashed import left behind; returns how many.

    media/.incoming may be shared by several PCs (a media root on a network drive), so a copy is
    removed only when its writer is known to be gone: a process of this computer that no longer
    runs, or (another computer's, or a name without an owner) untouched for STALE_AFTER_S.
    """
    if not incoming.is_dir():
        return 0
    now = time.time() if now is None else now
    removed = 0
    for leftover in incoming.glob("import-*.part"):
        if _abandoned(leftover, now):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed


def _abandoned(path: Path, now: float) -> bool:
    match = _STAGED_NAME.match(path.name)
    if match and match["host"] == _host() and os.name == "posix":
        return not _process_alive(int(match["pid"]))
    try:
        return now - path.stat().st_mtime > STALE_AFTER_S
    except FileNotFoundError:
        return False


def _process_alive(pid: int) -> bool:
    """POSIX only (on Windows os.kill would terminate the process)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that number
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed process nobody has reaped yet (in a container PID 1 may never reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def find_master(media_root: Path, sha256: str) -> Path | None:
    """The master with these bytes, whatever its extension, if media/ holds one."""
    folder = media_root / sha256[:2] / sha256[2:4]
    if not folder.is_dir():
        return None
    return next(iter(sorted(folder.glob(f"{sha256}.*"))), None)


def hash_file(path: Path, cancel: CancelFlag | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
