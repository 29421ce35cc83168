"""Thumbnails for the photo grid, read on a QThreadPool worker, never on the GUI thread.

A view asks for an icon while painting; the first time it gets a placeholder and a worker reads
and scales the small thumbnail (QImage is safe off the GUI thread, QPixmap is not). When it is
ready, `ready` names the file's SHA-256 so the model repaints just that item. Only items a view
paints are ever asked for, so a 100,000-item grid loads as many thumbnails as fit on the screen.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from zacni_app.core.thumbnails import thumbnail_path
from zacni_app.ui.qt import (
    QApplication,
    QColor,
    QIcon,
    QImage,
    QObject,
    QPainter,
    QPixmap,
    QRunnable,
    QSize,
    QStyle,
    Qt,
    QThreadPool,
    Signal,
)

ICON_SIZE = QSize(160, 120)
CACHE_LIMIT = 600
WORKERS = 2


class _Signals(QObject):
    loaded = Signal(str, QImage)


class _ReadThumbnail(QRunnable):
    """Reads one thumbnail and scales it to the icon size; a null image when there is none."""

    def __init__(self, path: Path, sha256: str, signals: _Signals) -> None:
        super().__init__()
        self.path = path
        self.sha256 = sha256
        self.signals = signals

    def run(self) -> None:
        image = QImage(str(self.path))
        if not image.isNull():
            smooth = Qt.TransformationMode.SmoothTransformation
            image = image.scaled(ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio, smooth)
        self.signals.loaded.emit(self.sha256, image)


class ThumbnailLoader(QObject):
    """Icons of assets by SHA-256: cached, loaded lazily, a kind icon where there is no thumbnail."""

    ready = Signal(str)

    def __init__(self, derivatives: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.derivatives = derivatives
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(WORKERS)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._pending: set[str] = set()
        self._missing: set[str] = set()
        self._placeholder = _placeholder_icon()

    def icon(self, sha256: str, kind: str) -> QIcon:
        """The thumbnail if loaded; otherwise a placeholder now and a load started in the background."""
        if kind not in ("image", "document"):
            return kind_icon(kind)
        cached = self._icons.get(sha256)
        if cached is not None:
            self._icons.move_to_end(sha256)
            return cached
        if sha256 in self._missing:
            return kind_icon(kind)
        if sha256 not in self._pending:
            self._pending.add(sha256)
            path = thumbnail_path(self.derivatives, sha256, "small")
            self.pool.start(_ReadThumbnail(path, sha256, self._signals))
        return self._placeholder

    def is_loading(self) -> bool:
        return bool(self._pending)

    def close(self) -> None:
        """Stop the workers when the window closes; loads not yet started are dropped."""
        self.pool.clear()
        self.pool.waitForDone()

    def _on_loaded(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        if image.isNull():
            self._missing.add(sha256)
        else:
            self._icons[sha256] = QIcon(QPixmap.fromImage(image))
            while len(self._icons) > CACHE_LIMIT:
                self._icons.popitem(last=False)
        self.ready.emit(sha256)


def _placeholder_icon(symbol: QIcon | None = None) -> QIcon:
    """A grey frame the size of a thumbnail (with a symbol of the kind of file, if given)."""
    pixmap = QPixmap(ICON_SIZE)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor(200, 200, 200))
    painter.setBrush(QColor(236, 236, 236))
    painter.drawRoundedRect(8, 4, ICON_SIZE.width() - 16, ICON_SIZE.height() - 8, 6, 6)
    if symbol is not None:
        side = 48
        left, top = (ICON_SIZE.width() - side) // 2, (ICON_SIZE.height() - side) // 2
        painter.drawPixmap(left, top, symbol.pixmap(side, side))
    painter.end()
    return QIcon(pixmap)


_KIND_SYMBOLS = {
    "audio": QStyle.StandardPixmap.SP_MediaVolume,
    "video": QStyle.StandardPixmap.SP_MediaPlay,
    "document": QStyle.StandardPixmap.SP_FileIcon,
    "image": QStyle.StandardPixmap.SP_FileIcon,
}
_kind_icons: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """A framed symbol for a recording, a video or a file without a thumbnail (made once per kind)."""
    if kind not in _kind_icons:
        symbol = QApplication.style().standardIcon(_KIND_SYMBOLS.get(kind, QStyle.StandardPixmap.SP_FileIcon))
        _kind_icons[kind] = _placeholder_icon(symbol)
    return _kind_icons[kind]
