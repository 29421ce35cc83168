"""Long core work (import, the demo) on a QThreadPool worker, with progress and Cancel in the window.

The core functions know nothing of Qt: they take a progress callback and a cancel flag. The
runnable hands them both and turns their reports into signals, which Qt queues to the GUI
thread, so the window never freezes and no widget is touched from another thread. One job runs
at a time: database writes from the window have one writer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zacni_app.core.progress import CancelFlag, Cancelled, ProgressCallback, ProgressUpdate
from zacni_app.ui.qt import QObject, QProgressBar, QRunnable, QThreadPool, Signal

Work = Callable[[ProgressCallback, CancelFlag], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when the user stopped the work


class BackgroundWork(QRunnable):
    """One piece of long work; its signals live on the GUI thread, it runs on a pool thread."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its last signal has arrived
        self.work = work
        self.cancel_flag = CancelFlag()
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self._report, self.cancel_flag)
        except BaseException as error:  # shown to the user; a worker never takes the window down
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)

    def _report(self, update: ProgressUpdate) -> None:
        self.signals.progress.emit(update.done, update.total, update.label)


class WorkRunner(QObject):
    """Runs one piece of long work at a time and keeps it alive until it has reported its end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.current: BackgroundWork | None = None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def start(
        self,
        work: Work,
        *,
        on_progress: Callable[[int, int, str], None],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> bool:
        """Start `work`; False (nothing started) while other work still runs."""
        if self.current is not None:
            return False
        job = BackgroundWork(work)
        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(lambda result: self._ended(on_finished, result))
        job.signals.failed.connect(lambda error: self._ended(on_failed, error))
        self.current = job
        self.pool.start(job)
        return True

    def _ended(self, handler: Callable[[Any], None], value: Any) -> None:
        self.current = None
        handler(value)

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel_flag.cancel()

    def wait(self) -> None:
        """Ask running work to stop and wait for it (when the window closes)."""
        self.cancel()
        self.pool.waitForDone()


def was_cancelled(error: BaseException) -> bool:
    return isinstance(error, Cancelled)


def show_progress(bar: QProgressBar, done: int, total: int, label: str) -> None:
    """A worker's report on a progress bar: "12/40", what it is at as the tooltip."""
    bar.setRange(0, max(total, 1))
    bar.setValue(done)
    bar.setFormat(f"{done}/{total}")
    bar.setToolTip(label)
