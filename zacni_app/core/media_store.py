"""Content-addressed, write-once storage of master files under media/.

A file is copied to a temporary name next to its final place while its SHA-256 is computed (one
read of the source), flushed to disk, then renamed to `media/ab/cd/<sha256>.<ext>`. A rename is
atomic, so media/ never holds a half-written master; the database row is committed only after.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from zacni_app.core import faults, partial_files
from zacni_app.core.progress import CancelFlag

CHUNK = 1024 * 1024


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
    fd, tmp_name = tempfile.mkstemp(
        dir=incoming, prefix=f"import-{partial_files.owner_tag()}-", suffix=".part"
    )
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
    partial_files.fsync_dir(target.parent)
    return target


def sweep_leftovers(incoming: Path, now: float | None = None) -> int:
    """Remove staged copies that crashed imports left behind (not those of imports still running
    on this or another PC sharing the media folder); returns how many."""
    return partial_files.sweep(incoming, "import-*.part", now)


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
