"""Files and folders dropped on the window: anywhere to import them, on a row to attach them to it.

The window accepts drops itself (a drop on any part of it that takes none lands there) and this
filter watches the list and the photo grid, where the row under the pointer says what the files
belong to: an interview or a person. Only local files count (what a file manager or a camera
card drags); a drop that carries none, or a user who may not import, is refused at once so the
pointer shows that nothing would happen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from zacni_app.ui.qt import (
    QAbstractItemView,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QEvent,
    QMimeData,
    QObject,
    Qt,
)

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
DropHandler = Callable[[list[Path], Any], None]  # paths, the key of the row dropped on (or None)


def local_paths(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class DropFilter(QObject):
    """Takes drops on the views' viewports, naming the row under the pointer."""

    def __init__(
        self,
        views: list[QAbstractItemView],
        key_at_row: Callable[[int], Any],
        allowed: Callable[[], bool],
        on_drop: DropHandler,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.views = {view.viewport(): view for view in views}
        self.key_at_row = key_at_row
        self.allowed = allowed
        self.on_drop = on_drop
        for viewport, view in self.views.items():
            view.setAcceptDrops(True)
            viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.views.get(watched)  # type: ignore[call-overload]
        if view is None or event.type() not in _DRAG_EVENTS:
            return False
        assert isinstance(event, QDropEvent)
        if event.type() == QEvent.Type.Drop:
            self.drop(event, self.key_under(view, event))
        else:
            self.offer(event)
        return True

    def key_under(self, view: QAbstractItemView, event: QDropEvent) -> Any:
        index = view.indexAt(event.position().toPoint())
        return self.key_at_row(index.row()) if index.isValid() else None

    def offer(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        """Accept a drag that carries local files (and may be imported), refuse any other."""
        if self.allowed() and local_paths(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        event.ignore()
        return False

    def drop(self, event: QDropEvent, key: Any) -> None:
        if not self.offer(event):
            return
        self.on_drop(local_paths(event.mimeData()), key)
