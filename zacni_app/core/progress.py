"""How long work reports progress and learns it should stop, without knowing who is watching.

The GUI worker, the CLI progress bar and tests all drive the same core functions through these.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class ProgressUpdate:
    done: int
    total: int
    label: str = ""


class ProgressCallback(Protocol):
    def __call__(self, update: ProgressUpdate) -> None: ...


def no_progress(update: ProgressUpdate) -> None:
    """The callback used when nobody watches."""


class Cancelled(Exception):
    """Raised inside long work when its cancel flag was set; the work has cleaned up after itself."""


class CancelFlag:
    """Thread-safe flag a caller sets to ask long work to stop at its next safe point.

    Backed by a `threading.Event`, or by a `multiprocessing` Event handed in so worker processes
    see the same flag.
    """

    def __init__(self, event: Any = None) -> None:
        self._event = event if event is not None else threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
