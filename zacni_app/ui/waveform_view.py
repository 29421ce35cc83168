"""The waveform of a recording, drawn from its precomputed peaks: seek by clicking, see where you are.

Nothing is decoded here. The peaks file (core/waveform.py) is read once; `Peaks.columns` reduces it
to one (min, max) pair per pixel column with numpy, and that picture is kept as two pixmaps (played
and not yet played) until the size or the shown range changes. A paint is then two pixmap copies,
a few marks and the playhead, however long the recording: a 3-hour interview paints like a
1-minute one. The wheel zooms around the pointer; zoomed in, the view pages along with playback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from zacni_app.core.waveform import Peaks
from zacni_app.ui.player import clock
from zacni_app.ui.qt import (
    QColor,
    QLineF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointF,
    QRectF,
    QResizeEvent,
    QSize,
    Qt,
    QWheelEvent,
    QWidget,
    Signal,
)

RULER = 16  # pixels kept for the time ruler under the waveform
MIN_SPAN_MS = 2000
TICK_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)
PLAYED = QColor("#2f5f8f")
UNPLAYED = QColor("#8fb0cf")
MARK = QColor("#d9822b")
CLIP = QColor(60, 160, 90, 60)
PLAYHEAD = QColor("#c62828")


@dataclass(frozen=True)
class Mark:
    """A point on the timeline with a label: an index segment's start."""

    ms: int
    label: str


class WaveformView(QWidget):
    """Peaks, playhead, segment marks and the clip range; emits `seek_requested(ms)` on click/drag."""

    seek_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setMinimumHeight(90)
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.peaks: Peaks | None = None
        self.duration_ms = 0
        self.position_ms = 0
        self.view_start = 0
        self.view_end = 0
        self.marks: list[Mark] = []
        self.clip: tuple[int | None, int | None] = (None, None)
        self._cache_key: tuple[int, int, int, int] | None = None
        self._played = QPixmap()
        self._unplayed = QPixmap()
        self.empty_text = self.tr("No waveform for this recording yet.")

    def sizeHint(self) -> QSize:
        return QSize(800, 110)

    # -- what is shown -----------------------------------------------------------------------
    def set_peaks(self, peaks: Peaks | None, duration_ms: int) -> None:
        self.peaks = peaks
        self.duration_ms = max(duration_ms, peaks.duration_ms if peaks else 0)
        self.view_start, self.view_end = 0, self.duration_ms
        self._invalidate()

    def set_duration(self, duration_ms: int) -> None:
        """The player learned the exact duration; keep showing the whole if it was whole."""
        whole = self.view_start == 0 and self.view_end == self.duration_ms
        self.duration_ms = max(duration_ms, self.peaks.duration_ms if self.peaks else 0)
        if whole or self.view_end > self.duration_ms:
            self.view_start, self.view_end = 0, self.duration_ms
        self._invalidate()

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        span = self.view_end - self.view_start
        if self.duration_ms and span < self.duration_ms and not self.view_start <= ms < self.view_end:
            start = min(max(0, ms - span // 10), self.duration_ms - span)
            self.show_range(start, start + span)  # page along with playback
        self.update()

    def set_marks(self, marks: Sequence[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: m.ms)
        self.update()

    def set_clip(self, in_ms: int | None, out_ms: int | None) -> None:
        self.clip = (in_ms, out_ms)
        self.update()

    def show_range(self, start_ms: int, end_ms: int) -> None:
        if not self.duration_ms:
            return
        span = max(MIN_SPAN_MS, min(end_ms - start_ms, self.duration_ms))
        start = min(max(0, start_ms), max(0, self.duration_ms - span))
        self.view_start, self.view_end = start, start + span
        self._invalidate()

    def zoom(self, factor: float, around_ms: int | None = None) -> None:
        """factor < 1 zooms in; the time under `around_ms` stays where it is."""
        span = self.view_end - self.view_start
        if not span:
            return
        around = self.view_start + span // 2 if around_ms is None else around_ms
        share = (around - self.view_start) / span
        new_span = int(span * factor)
        start = int(around - share * new_span)
        self.show_range(start, start + new_span)

    # -- geometry ----------------------------------------------------------------------------
    def x_of(self, ms: int) -> float:
        span = self.view_end - self.view_start
        return 0.0 if span <= 0 else (ms - self.view_start) * self.width() / span

    def ms_at(self, x: float) -> int:
        span = self.view_end - self.view_start
        if self.width() <= 0 or span <= 0:
            return 0
        return int(min(max(0.0, self.view_start + x * span / self.width()), float(self.duration_ms)))

    # -- events ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.duration_ms:
            self.seek_requested.emit(self.ms_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.duration_ms:
            self.seek_requested.emit(self.ms_at(event.position().x()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(0.8**steps, self.ms_at(event.position().x()))
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fbfbf8"))
        if self.peaks is None or not self.duration_ms:
            painter.setPen(QColor("#777777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        self._ensure_pixmaps()
        split = max(0, min(self.width(), round(self.x_of(self.position_ms))))
        painter.drawPixmap(0, 0, self._played, 0, 0, split, self._played.height())
        painter.drawPixmap(split, 0, self._unplayed, split, 0, self.width() - split, self._unplayed.height())
        self._paint_clip(painter)
        self._paint_marks(painter)
        self._paint_ruler(painter)
        painter.setPen(QPen(PLAYHEAD, 2))
        painter.drawLine(QLineF(split, 0, split, self.height() - RULER))
        painter.end()

    # -- painting ----------------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._cache_key = None
        self.update()

    def _ensure_pixmaps(self) -> None:
        key = (self.width(), self.height(), self.view_start, self.view_end)
        if key == self._cache_key or self.peaks is None:
            return
        columns = self.peaks.columns(self.width(), self.view_start, self.view_end)
        self._played = self._waveform_pixmap(columns, PLAYED)
        self._unplayed = self._waveform_pixmap(columns, UNPLAYED)
        self._cache_key = key

    def _waveform_pixmap(self, columns: list[tuple[float, float]], colour: QColor) -> QPixmap:
        height = max(1, self.height() - RULER)
        pixmap = QPixmap(max(1, self.width()), height)
        pixmap.fill(Qt.GlobalColor.transparent)
        middle, half = height / 2, height / 2 - 2
        lines = [
            QLineF(x + 0.5, middle - hi * half, x + 0.5, middle - min(lo, hi - 0.01) * half)
            for x, (lo, hi) in enumerate(columns)
        ]
        painter = QPainter(pixmap)
        painter.setPen(QPen(colour, 1))
        painter.drawLines(lines)
        painter.setPen(QPen(colour.lighter(130), 1))
        painter.drawLine(QLineF(0, middle, pixmap.width(), middle))
        painter.end()
        return pixmap

    def _paint_clip(self, painter: QPainter) -> None:
        in_ms, out_ms = self.clip
        if in_ms is None and out_ms is None:
            return
        left = self.x_of(in_ms if in_ms is not None else self.view_start)
        right = self.x_of(out_ms if out_ms is not None else self.position_ms)
        painter.fillRect(QRectF(min(left, right), 0, abs(right - left), self.height() - RULER), CLIP)
        painter.setPen(QPen(QColor(40, 120, 60), 2))
        for edge in (in_ms, out_ms):
            if edge is not None:
                x = self.x_of(edge)
                painter.drawLine(QLineF(x, 0, x, self.height() - RULER))

    def _paint_marks(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        next_free = -1.0
        for mark in self.marks:
            x = self.x_of(mark.ms)
            if not 0 <= x <= self.width():
                continue
            painter.setPen(QPen(MARK, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QLineF(x, 0, x, self.height() - RULER))
            if x >= next_free:  # labels that would overlap the previous one are left to the tooltip
                text = metrics.elidedText(mark.label, Qt.TextElideMode.ElideRight, 160)
                box = QRectF(x + 2, 1, metrics.horizontalAdvance(text) + 6, metrics.height() + 2)
                painter.fillRect(box, QColor(255, 248, 235, 230))
                painter.setPen(MARK.darker(130))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                next_free = box.right() + 4

    def _paint_ruler(self, painter: QPainter) -> None:
        top = self.height() - RULER
        painter.fillRect(QRectF(0, top, self.width(), RULER), QColor("#efefea"))
        span_s = max(1, (self.view_end - self.view_start) // 1000)
        wanted = max(1, self.width() // 90)
        step = next((s for s in TICK_STEPS_S if span_s / s <= wanted), TICK_STEPS_S[-1]) * 1000
        painter.setPen(QColor("#555555"))
        first = (self.view_start // step + 1) * step
        for ms in range(first, self.view_end, step):
            x = self.x_of(ms)
            painter.drawLine(QLineF(x, top, x, top + 4))
            painter.drawText(QPointF(x + 2, self.height() - 3), clock(ms))
