"""Temporary files tagged with their writer, so a leftover can be told from work in progress.

Every file the archive writes atomically goes first to a temporary name that carries the writing
process and computer (`…<pid>@<host>…part`), then is renamed into place. A crash or a kill leaves
that temporary file behind; the next writer of the same folder removes it only when its owner is
known to be gone — a process of this computer that no longer runs — or, when the owner cannot be
asked (another PC on a shared drive, a name without an owner), once it is older than STALE_AFTER_S.
"""

from __future__ import annotations

import glob
import os
import re
import socket
import time
from pathlib import Path

#: A temporary file whose writer cannot be asked (another PC) is a leftover only after this long.
STALE_AFTER_S = 12 * 3600
_OWNER = re.compile(r"(?P<pid>\d+)@(?P<host>[A-Za-z0-9.]*)(?:-[A-Za-z0-9_]*)?\.part$")


def host() -> str:
    """This computer's name as it goes into file names (letters, digits and inner dots only, so
    the tag can be read back whatever follows it)."""
    return re.sub(r"[^A-Za-z0-9.]", "", socket.gethostname()).strip(".")[:60]


def owner_tag() -> str:
    """`<pid>@<host>` of this process."""
    return f"{os.getpid()}@{host()}"


def partial_for(target: Path) -> Path:
    """A temporary name beside `target` for this process, after sweeping what crashed writers of
    the same target left there (one small folder: no walk over the whole derivatives tree)."""
    sweep(target.parent, f"{glob.escape(target.name)}.*.part")
    return target.with_name(f"{target.name}.{owner_tag()}.part")


def sweep(folder: Path, pattern: str, now: float | None = None) -> int:
    """Remove the abandoned temporary files matching `pattern` in `folder`; returns how many."""
    if not folder.is_dir():
        return 0
    now = time.time() if now is None else now
    removed = 0
    for leftover in folder.glob(pattern):
        if abandoned(leftover, now):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed


def abandoned(path: Path, now: float) -> bool:
    match = _OWNER.search(path.name)
    if match and match["host"] == host() and os.name == "posix":
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


def fsync_dir(directory: Path) -> None:
    """Make renames into `directory` durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
