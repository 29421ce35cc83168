"""Numbered fault points: make the n-th I/O step of an operation fail, to prove it fails safely.

Each I/O step of an import (staging open/write/fsync, probe, derivative writes, the rename into
media/, its directory fsync, the row transaction before and after commit) calls `point(name)`.
Normally that does nothing. Under a plan, the n-th point reached raises `OSError` (a full disk or
an I/O error) or kills the process outright, as a power cut or the OOM killer would. A test walks
n = 1, 2, 3, … until the operation completes without reaching n, and checks after each failure
that the archive is exactly as before or in a consistent later state — the way SQLite tests itself.

In-process: `with FailAt(n): …`. In a subprocess (and the import's worker processes, which are
spawned with the environment): ZACNI_FAULT_AT=n, ZACNI_FAULT_KIND=oserror|kill and optionally
ZACNI_FAULT_ERRNO=ENOSPC|EIO. Counting is per process.
"""

from __future__ import annotations

import errno as errno_codes
import os
import signal
import sys
import threading
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["oserror", "kill"]
KINDS: tuple[Kind, ...] = ("oserror", "kill")
ERRNOS = {"ENOSPC": errno_codes.ENOSPC, "EIO": errno_codes.EIO}


@dataclass
class Trace:
    """Records the name of every point reached, in order; never fails anything."""

    reached: list[str] = field(default_factory=list, kw_only=True)

    def __enter__(self) -> Trace:
        _install(self)
        return self

    def __exit__(self, *exc: object) -> None:
        _install(None)

    def reach(self, name: str) -> None:
        with _lock:
            self.reached.append(name)


@dataclass
class FailAt(Trace):
    """Fail at the n-th point reached (1-based): raise OSError(`errno`), or die with `kind="kill"`."""

    n: int = 1
    kind: Kind = "oserror"
    errno: int = errno_codes.ENOSPC
    fired_at: str | None = None

    @property
    def fired(self) -> bool:
        return self.fired_at is not None

    def reach(self, name: str) -> None:
        with _lock:
            self.reached.append(name)
            if len(self.reached) != self.n:
                return
            self.fired_at = name
        if self.kind == "kill":
            _die()
        raise OSError(self.errno, f"{os.strerror(self.errno)} (fault point {self.n}: {name})")


_lock = threading.Lock()
_plan: Trace | None = None
_env_read = False


def point(name: str) -> None:
    """An I/O step is about to happen; under a plan this may be where it fails."""
    plan = _plan if _env_read else _plan_from_env()
    if plan is not None:
        plan.reach(name)


def _install(plan: Trace | None) -> None:
    global _plan, _env_read
    _plan, _env_read = plan, True


def _plan_from_env() -> Trace | None:
    """Read ZACNI_FAULT_* once per process (a spawned worker reads them on its first point)."""
    global _plan, _env_read
    with _lock:
        if not _env_read:
            _plan, _env_read = plan_from(os.environ), True
        return _plan


def plan_from(env: dict[str, str] | os._Environ[str]) -> FailAt | None:
    """The plan the ZACNI_FAULT_* variables describe; a bad value is a mistake in the test, said so."""
    at = env.get("ZACNI_FAULT_AT")
    if not at:
        return None
    raw_kind = env.get("ZACNI_FAULT_KIND", "oserror")
    code = env.get("ZACNI_FAULT_ERRNO", "ENOSPC")
    if not at.isdigit() or int(at) < 1 or raw_kind not in KINDS or code not in ERRNOS:
        raise RuntimeError(
            f"ZACNI_FAULT_AT={at!r} ZACNI_FAULT_KIND={raw_kind!r} ZACNI_FAULT_ERRNO={code!r}: expected a "
            f"number from 1, one of {', '.join(KINDS)} and one of {', '.join(ERRNOS)}"
        )
    kind: Kind = "kill" if raw_kind == "kill" else "oserror"
    return FailAt(int(at), kind=kind, errno=ERRNOS[code])


def _die() -> None:
    """Stop this process the way a crash does: no cleanup, no flushing, no exit handlers."""
    if sys.platform != "win32":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)
