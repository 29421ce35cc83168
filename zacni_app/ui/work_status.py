"""Long work as the status bar shows it: a progress bar and a Cancel button while it runs.

The window asks for work to be run (an import, the demo); this widget starts it on the single
background worker, follows its progress and reports how it ended, so the window itself never
waits and never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zacni_app.core.errors import ZacniError
from zacni_app.ui.background import Work, WorkRunner, show_progress, was_cancelled
from zacni_app.ui.messages import error_message
from zacni_app.ui.qt import QHBoxLayout, QProgressBar, QPushButton, QWidget, Signal


class WorkStatus(QWidget):
    #: (message, is it an error the user must read) when work ends without a result
    stopped = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = WorkRunner(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("work_progress")
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_work")
        self.cancel_button.clicked.connect(self.runner.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.hide()

    def run(self, work: Work, on_finished: Callable[[Any], None]) -> bool:
        """Start `work`; False (and nothing started) while other work is still running."""

        def finished(result: Any) -> None:
            self.hide()
            on_finished(result)

        if not self.runner.start(
            work, on_progress=self._progress, on_finished=finished, on_failed=self._failed
        ):
            return False
        self.progress.setRange(0, 0)  # busy until the first report says how much there is
        self.show()
        return True

    def busy(self) -> bool:
        return self.runner.busy

    def wait(self) -> None:
        self.runner.wait()

    def _progress(self, done: int, total: int, label: str) -> None:
        show_progress(self.progress, done, total, label)

    def _failed(self, error: BaseException) -> None:
        self.hide()
        if was_cancelled(error):
            self.stopped.emit(self.tr("Cancelled."), False)
        elif isinstance(error, ZacniError):
            self.stopped.emit(error_message(error), True)
        else:
            self.stopped.emit(str(error), True)
