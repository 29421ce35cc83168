"""The listening room's player: a recording (audio, or video in a QVideoWidget) with its controls.

Two things learned the hard way. The QAudioOutput is a child of the QMediaPlayer: QMediaPlayer
crashed in 5 of 5 runs when its audio output was destroyed before it, and a child is destroyed
with (after) its parent. And speed: Qt 6.10 added pitch compensation; with the FFmpeg backend
(the one PySide6's wheels ship) it is "Available" and on by default, so 0.5x–2x keeps the voice's
pitch — we switch it on explicitly so a later default cannot change what a transcriptionist hears.

Without an audio device (a server, the offscreen test platform) the FFmpeg backend still plays:
it logs "No audio device detected" and runs on its own clock, so the position advances in real time.
"""

from __future__ import annotations

import re
from pathlib import Path

from zacni_app.ui.qt import (
    QAudioOutput,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMediaPlayer,
    QSlider,
    QStyle,
    Qt,
    QToolButton,
    QUrl,
    QVBoxLayout,
    QVideoWidget,
    QWidget,
    Signal,
)

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
SKIP_MS = 5000
_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$")


def clock(ms: int, *, millis: bool = False) -> str:
    """01:02:03 (or 01:02:03.450) for a time in milliseconds, as transcripts write it."""
    seconds, rest = divmod(max(0, ms), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return f"{text}.{rest:03d}" if millis else text


def parse_clock(text: str) -> int | None:
    """Milliseconds of "hh:mm:ss[.mmm]" or "mm:ss[.mmm]"; None for anything else."""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hours, minutes, seconds, fraction = match.groups()
    if (hours is not None and int(minutes) >= 60) or int(seconds) >= 60:
        return None
    total = (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)
    return total * 1000 + int((fraction or "0").ljust(3, "0"))


class Player(QWidget):
    """Play/pause, seek, skip ±5 s, speed and volume over one recording; `position_changed` in ms."""

    position_changed = Signal(int)
    duration_changed = Signal(int)
    playing_changed = Signal(bool)
    rate_changed = Signal(float)
    failed = Signal(str)

    def __init__(self, *, video: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self.media = QMediaPlayer(self)
        self.audio = QAudioOutput(self.media)  # a child of the player: it outlives no one (the crash trap)
        self.media.setAudioOutput(self.audio)
        if self.media.pitchCompensationAvailability() == QMediaPlayer.PitchCompensationAvailability.Available:
            self.media.setPitchCompensation(True)
        self.video = QVideoWidget() if video else None
        if self.video is not None:
            self.video.setObjectName("video")
            self.video.setMinimumHeight(180)
            self.media.setVideoOutput(self.video)
        self._duration = 0
        self._pending_seek: int | None = None  # asked for before the file was loaded
        self._silenced: list[tuple[int, int]] = []  # passages this user may not hear
        self._build_controls()
        self._connect()
        self.set_volume(80)

    # -- building ----------------------------------------------------------------------------
    def _button(self, name: str, icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _build_controls(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.back_button = self._button("player_back", pixmap.SP_MediaSeekBackward, self.tr("Back 5 seconds"))
        self.play_button = self._button("player_play", pixmap.SP_MediaPlay, self.tr("Play / pause"))
        self.forward_button = self._button(
            "player_forward", pixmap.SP_MediaSeekForward, self.tr("Forward 5 seconds")
        )
        self.time_label = QLabel(self._time_text(0))
        self.time_label.setObjectName("player_time")
        font = self.time_label.font()
        font.setFamily("monospace")
        self.time_label.setFont(font)
        self.rate_box = QComboBox()
        self.rate_box.setObjectName("player_rate")
        self.rate_box.setToolTip(self.tr("Playback speed (the voice keeps its pitch)"))
        for rate in RATES:
            self.rate_box.addItem(f"{rate:g}×", rate)
        self.rate_box.setCurrentIndex(RATES.index(1.0))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("player_volume")
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(110)
        self.volume.setToolTip(self.tr("Volume"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.back_button, self.play_button, self.forward_button, self.time_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Speed")))
        row.addWidget(self.rate_box)
        volume_icon = QLabel()
        volume_icon.setPixmap(self.style().standardIcon(pixmap.SP_MediaVolume).pixmap(16, 16))
        row.addWidget(volume_icon)
        row.addWidget(self.volume)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        if self.video is not None:
            column.addWidget(self.video, 1)
        column.addLayout(row)

    def _connect(self) -> None:
        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_MS))
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_MS))
        self.rate_box.currentIndexChanged.connect(lambda n: self.set_rate(RATES[n]))
        self.volume.valueChanged.connect(lambda value: self.audio.setVolume(value / 100))
        self.media.positionChanged.connect(self._position_moved)
        self.media.durationChanged.connect(self._duration_known)
        self.media.playbackStateChanged.connect(self._state_changed)
        self.media.mediaStatusChanged.connect(self._status_changed)
        self.media.errorOccurred.connect(lambda _error, text: self.failed.emit(text))

    # -- the recording -----------------------------------------------------------------------
    def load(self, path: Path, duration_ms: int | None = None) -> None:
        """Open a master file; `duration_ms` (from the catalogue) is used until the backend knows."""
        self._duration = duration_ms or 0
        self.media.setSource(QUrl.fromLocalFile(str(path)))
        self._position_moved(0)

    def unload(self) -> None:
        """Stop and let go of the file (before the window closes)."""
        self.media.stop()
        self.media.setSource(QUrl())

    @property
    def duration(self) -> int:
        return self._duration

    def position(self) -> int:
        return self._pending_seek if self._pending_seek is not None else int(self.media.position())

    def is_loaded(self) -> bool:
        status = self.media.mediaStatus()
        return status not in (QMediaPlayer.MediaStatus.NoMedia, QMediaPlayer.MediaStatus.LoadingMedia)

    def is_playing(self) -> bool:
        return self.media.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    # -- commands ----------------------------------------------------------------------------
    def play(self) -> None:
        self.media.play()

    def pause(self) -> None:
        self.media.pause()

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def set_silenced(self, ranges: list[tuple[int, int]]) -> None:
        """Passages (start_ms, end_ms) the listener may not hear: playback and seeks jump over them
        and the sound is muted until the jump lands (a position report comes every few dozen ms)."""
        self._silenced = sorted(ranges)

    def _past_silence(self, ms: int) -> int:
        for start, end in self._silenced:
            if start <= ms < end:
                return end
        return ms

    def seek(self, ms: int) -> None:
        limit = self._duration if self._duration > 0 else max(ms, 0)
        target = min(max(0, self._past_silence(int(ms))), limit)
        if not self.is_loaded():
            self._pending_seek = target  # applied once the file is open
            self._position_moved(target)
            return
        self.media.setPosition(target)

    def skip(self, delta_ms: int) -> None:
        self.seek(self.position() + delta_ms)

    def rate(self) -> float:
        return float(self.media.playbackRate())

    def set_rate(self, rate: float) -> None:
        rate = min(RATES, key=lambda r: abs(r - rate))
        self.media.setPlaybackRate(rate)
        if self.rate_box.currentIndex() != RATES.index(rate):
            self.rate_box.setCurrentIndex(RATES.index(rate))
        self.rate_changed.emit(rate)

    def slower(self) -> None:
        self.set_rate(RATES[max(0, RATES.index(self._current_rate()) - 1)])

    def faster(self) -> None:
        self.set_rate(RATES[min(len(RATES) - 1, RATES.index(self._current_rate()) + 1)])

    def set_volume(self, percent: int) -> None:
        self.volume.setValue(max(0, min(100, percent)))
        self.audio.setVolume(self.volume.value() / 100)

    # -- reports -----------------------------------------------------------------------------
    def _current_rate(self) -> float:
        return min(RATES, key=lambda r: abs(r - self.rate()))

    def _time_text(self, position: int) -> str:
        return f"{clock(position)} / {clock(self._duration)}"

    def _position_moved(self, position: int) -> None:
        beyond = self._past_silence(int(position))
        if beyond != position and self.is_loaded():
            self.audio.setMuted(True)
            self.media.setPosition(beyond)
            return
        if self.audio.isMuted() and self._silenced:
            self.audio.setMuted(False)
        self.time_label.setText(self._time_text(int(position)))
        self.position_changed.emit(int(position))

    def _duration_known(self, duration: int) -> None:
        if duration > 0:
            self._duration = int(duration)
            self.time_label.setText(self._time_text(self.position()))
            self.duration_changed.emit(self._duration)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._pending_seek is not None and self.is_loaded():
            target, self._pending_seek = self._pending_seek, None
            self.media.setPosition(target)

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.playing_changed.emit(playing)
