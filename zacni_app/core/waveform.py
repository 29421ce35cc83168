"""Waveform peaks of a recording, so the player draws a 3-hour interview instantly without decoding it.

The first audio stream of an audio or video master is decoded with PyAV (FFmpeg's decoders, bundled
in its wheels, no Qt) and streamed through in blocks of about a second: memory stays constant
however long the recording is. For every 1/PEAKS_PER_SECOND of a second the smallest and largest
sample over all channels is kept, so a stereo recording with one dead microphone still shows the
live one at full height.

File format (little-endian), derivatives/waveforms/ab/<sha256>.peaks:

    offset size  field
    0      4     magic b"ZPK1"
    4      2     version (1)
    6      2     flags (bit 0: decoding stopped before the end the file declares)
    8      4     peaks per second
    12     4     sample rate of the decoded audio (Hz)
    16     8     count of peaks
    24     8     decoded samples per channel (the exact duration)
    32     4     CRC-32 of the peak data
    36     4*count  (min, max) pairs of int16, full scale 32767

PEAKS_PER_SECOND is 100: at the closest zoom a pixel column is 10 ms, fine enough to set a cue
boundary between two words while transcribing; on disk that is 400 bytes a second, 1.4 MB for an
hour. int16 rather than int8 because interviews are often recorded quietly (peaks at -20 dBFS use a
tenth of the scale): the player can amplify them without the waveform turning into steps.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import av
import numpy as np
import numpy.typing as npt
from av.audio.frame import AudioFrame
from av.audio.stream import AudioStream

from zacni_app.core import partial_files
from zacni_app.core.progress import CancelFlag

PEAKS_PER_SECOND = 100
MAGIC = b"ZPK1"
VERSION = 1
FULL_SCALE = 32767
_HEADER = struct.Struct("<4sHHIIQQI")
_FLAG_TRUNCATED = 1
#: decoding at least this many samples into a block before reducing keeps numpy's per-call overhead low
_BLOCK_SAMPLES = 65536
#: decoded audio shorter than the declared duration by more than both of these counts as truncated
_SHORT_SECONDS = 1.0
_SHORT_FRACTION = 0.03
#: a timestamp jump longer than this is a broken timestamp, not lost sound to fill with silence
_MAX_GAP_SECONDS = 600

Int16Array = npt.NDArray[np.int16]
FloatArray = npt.NDArray[np.float64]


class NoAudio(ValueError):
    """The file has no audio stream, so there is no waveform to draw (a silent video, a photo)."""


class DamagedPeaks(ValueError):
    """A peaks file is not one this module wrote, or was damaged since; rebuild it from the master."""


@dataclass(frozen=True)
class WaveformResult:
    """What making a waveform found: `truncated` when the sound ends before the file says it should."""

    path: Path
    duration_ms: int
    truncated: bool
    damaged_packets: int = 0
    missing_ms: int = 0  # sound lost inside the file to damage, drawn as silence to keep the timeline


@dataclass(frozen=True, eq=False)
class Peaks:
    """The peaks of one recording, as int16 (min, max) pairs; `columns` turns them into pixels."""

    peaks_per_second: int
    sample_rate: int
    mins: Int16Array
    maxs: Int16Array
    samples: int = 0
    truncated: bool = False

    @property
    def duration_ms(self) -> int:
        return self.samples * 1000 // self.sample_rate

    def columns(self, width: int, start_ms: int = 0, end_ms: int | None = None) -> list[tuple[float, float]]:
        """(min, max) in [-1, 1] for each of `width` pixel columns showing start_ms..end_ms.

        Zoomed out, a column is the extreme of all peaks under it (one numpy reduceat, ~1 ms for
        an hour); zoomed in beyond one peak a column, neighbouring columns share a peak. Columns
        past the end of the recording are (0, 0).
        """
        if width <= 0:
            return []
        end = self.duration_ms if end_ms is None else end_ms
        start = max(0, start_ms)
        if end <= start:
            raise ValueError(f"the view must end after it starts ({start_ms} ms .. {end_ms} ms)")
        first = start * self.peaks_per_second / 1000
        last = end * self.peaks_per_second / 1000
        starts = np.floor(np.linspace(first, last, width, endpoint=False)).astype(np.int64)
        inside = starts[starts < len(self.mins)]
        out = np.zeros((width, 2), dtype=np.float64)
        if len(inside):
            stop = min(len(self.mins), max(int(np.ceil(last)), int(inside[-1]) + 1))
            out[: len(inside), 0] = np.minimum.reduceat(self.mins[:stop], inside) / FULL_SCALE
            out[: len(inside), 1] = np.maximum.reduceat(self.maxs[:stop], inside) / FULL_SCALE
        return [(lo, hi) for lo, hi in out.tolist()]


def waveform_path(derivatives: Path, sha256: str) -> Path:
    return derivatives / "waveforms" / sha256[:2] / f"{sha256}.peaks"


def make_waveform(
    master: Path, derivatives: Path, sha256: str, cancel: CancelFlag | None = None
) -> WaveformResult:
    """Decode the first audio stream of `master` and write its peaks file atomically.

    A damaged packet is skipped and counted; a read error ends decoding early, and what was decoded
    is kept and marked truncated, so a half-copied MP3 still gets the waveform of its first half.
    """
    target = waveform_path(derivatives, sha256)
    partial = partial_files.partial_for(target)
    with open_container(master) as container:
        stream = _audio_stream(container, master)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(partial, "wb") as out:
                result = _write_peaks(container, stream, out, cancel)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    samples, sample_rate, truncated, decoded = result
    missing_ms = decoded.filled * 1000 // sample_rate
    return WaveformResult(target, samples * 1000 // sample_rate, truncated, decoded.damaged, missing_ms)


def read_peaks(path: Path) -> Peaks:
    """Read a peaks file, checking its header, length and checksum before trusting a byte of it."""
    data = path.read_bytes()
    if len(data) < _HEADER.size:
        raise DamagedPeaks(f"{path.name}: too short to be a peaks file ({len(data)} bytes)")
    magic, version, flags, pps, rate, count, samples, crc = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise DamagedPeaks(f"{path.name}: not a peaks file (starts with {magic!r})")
    if version != VERSION:
        raise DamagedPeaks(f"{path.name}: peaks format version {version}, this program reads {VERSION}")
    if pps == 0 or rate == 0:
        raise DamagedPeaks(f"{path.name}: the header is damaged (zero rate)")
    if len(data) != _HEADER.size + 4 * count:
        raise DamagedPeaks(
            f"{path.name}: holds {len(data) - _HEADER.size} bytes of peaks, header says {4 * count}"
        )
    body = memoryview(data)[_HEADER.size :]
    if zlib.crc32(body) != crc:
        raise DamagedPeaks(f"{path.name}: the peaks do not match their checksum")
    pairs = np.frombuffer(body, dtype="<i2").reshape(count, 2).astype(np.int16)
    return Peaks(pps, rate, pairs[:, 0], pairs[:, 1], samples, bool(flags & _FLAG_TRUNCATED))


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def open_container(master: Path) -> Any:
    """av.open, with FFmpeg errors that are neither OSError nor ValueError turned into ValueError."""
    try:
        return av.open(str(master), metadata_errors="ignore")
    except (OSError, ValueError):
        raise
    except av.FFmpegError as exc:
        raise ValueError(f"FFmpeg cannot open the file: {exc}") from exc


def _audio_stream(container: Any, master: Path) -> AudioStream:
    if not container.streams.audio:
        raise NoAudio(f"{master.name} has no audio stream")
    stream: AudioStream = container.streams.audio[0]
    return stream  # no thread_type: FFmpeg's audio decoders are single-threaded (measured, no gain)


def _write_peaks(
    container: Any, stream: AudioStream, out: IO[bytes], cancel: CancelFlag | None
) -> tuple[int, int, bool, _Decoded]:
    """Stream decoded blocks into `out`; returns (samples, sample rate, truncated, what decoding met)."""
    out.write(bytes(_HEADER.size))  # the real header once the count is known
    decoded = _Decoded(container, stream)
    buckets: _Buckets | None = None
    crc = 0
    for block in decoded.blocks():
        if cancel is not None:
            cancel.raise_if_cancelled()
        if buckets is None:
            buckets = _Buckets(block.sample_rate)
        crc = _write_pairs(out, buckets.feed(block), crc)
    if buckets is None:
        raise ValueError(f"no sound could be decoded ({decoded.damaged} damaged packets)")
    crc = _write_pairs(out, buckets.finish(), crc)
    truncated = decoded.stopped_early or _shorter_than_declared(container, stream, buckets)
    header = _HEADER.pack(
        MAGIC,
        VERSION,
        _FLAG_TRUNCATED if truncated else 0,
        PEAKS_PER_SECOND,
        buckets.rate,
        buckets.count,
        buckets.position,
        crc,
    )
    out.seek(0)
    out.write(header)
    return buckets.position, buckets.rate, truncated, decoded


def _write_pairs(out: IO[bytes], pairs: Int16Array, crc: int) -> int:
    data = pairs.astype("<i2").tobytes()
    out.write(data)
    return zlib.crc32(data, crc)


def _shorter_than_declared(container: Any, stream: AudioStream, buckets: _Buckets) -> bool:
    """True when the container promises clearly more sound than could be decoded (a cut-off file)."""
    if stream.duration is not None and stream.time_base is not None:
        declared = float(stream.duration * stream.time_base)
    elif container.duration is not None:
        declared = container.duration / av.time_base
    else:
        return False
    decoded = buckets.position / buckets.rate
    return declared - decoded > max(_SHORT_SECONDS, _SHORT_FRACTION * declared)


@dataclass
class _Block:
    """Decoded samples of one format: `data` is (planes, n) and a sample frame spans `stride` columns."""

    data: npt.NDArray[Any]
    stride: int
    sample_rate: int
    scale: float
    offset: float

    @property
    def samples(self) -> int:
        return int(self.data.shape[1]) // self.stride


class _Decoded:
    """The audio stream as blocks of uniform format, surviving damaged packets and read errors."""

    def __init__(self, container: Any, stream: AudioStream) -> None:
        self.container = container
        self.stream = stream
        self.damaged = 0  # packets the decoder refused
        self.filled = 0  # samples of silence standing in for sound lost to damage
        self.stopped_early = False
        self._resampler: av.AudioResampler | None = None
        self._shape: tuple[str, str, int] | None = None
        self._origin: int | None = None  # timestamp of the first frame, in samples
        self._time_base = stream.time_base
        self._position = 0  # samples yielded so far, silence included

    def blocks(self) -> Iterator[_Block]:
        pending: list[AudioFrame] = []
        count = 0
        for frame in self._frames():
            gap = self._gap(frame)
            if gap and pending:
                yield _block(pending)
                pending, count = [], 0
            yield from _silence(gap, frame.sample_rate)
            self.filled += gap
            pending.append(frame)
            count += frame.samples
            self._position += gap + frame.samples
            if count >= _BLOCK_SAMPLES:
                yield _block(pending)
                pending, count = [], 0
        if pending:
            yield _block(pending)

    def _gap(self, frame: AudioFrame) -> int:
        """Samples lost before `frame` to a skipped packet, so later peaks stay at their true time.

        Drift under 10 ms is ignored (encoder padding); a jump of more than _MAX_GAP_SECONDS is a
        broken timestamp rather than lost sound and is not filled either.
        """
        # the stream's time base, read once: Fraction arithmetic per frame would cost a fifth of the time
        base = self._time_base if self._resampler is None else frame.time_base
        if frame.pts is None or base is None:
            return 0
        scaled = 2 * frame.pts * base.numerator * frame.sample_rate
        start = (scaled + base.denominator) // (2 * base.denominator)  # rounded to the nearest sample
        if self._origin is None:
            self._origin = start - self._position
        gap = start - self._origin - self._position
        if gap < frame.sample_rate // PEAKS_PER_SECOND or gap > _MAX_GAP_SECONDS * frame.sample_rate:
            return 0
        return gap

    def _frames(self) -> Iterator[AudioFrame]:
        packets = self.container.demux(self.stream)
        while True:
            try:
                packet = next(packets)
            except StopIteration:
                return
            except (av.FFmpegError, OSError):
                self.stopped_early = True
                return
            yield from self._decode(packet)

    def _decode(self, packet: Any) -> Iterator[AudioFrame]:
        try:
            frames = self.stream.decode(packet)
        except (av.FFmpegError, ValueError):
            self.damaged += 1
            return
        for frame in frames:
            yield from self._uniform(frame)

    def _uniform(self, frame: AudioFrame) -> Iterator[AudioFrame]:
        """Frames in the first frame's format, layout and rate (a stream may change them midway)."""
        shape = (frame.format.name, frame.layout.name, frame.sample_rate)
        if self._shape is None:
            self._shape = shape
        if shape == self._shape and self._resampler is None:
            yield frame
            return
        if self._resampler is None:
            fmt, layout, rate = self._shape
            self._resampler = av.AudioResampler(format=fmt, layout=layout, rate=rate)
        yield from self._resampler.resample(frame)


#: sample format → (scale, offset) mapping stored values to [-1, 1] as (value - offset) / scale
_SCALES: dict[str, tuple[float, float]] = {
    "u8": (128.0, 128.0),
    "s16": (32768.0, 0.0),
    "s32": (2.0**31, 0.0),
    "s64": (2.0**63, 0.0),
    "flt": (1.0, 0.0),
    "dbl": (1.0, 0.0),
}


def _silence(samples: int, rate: int) -> Iterator[_Block]:
    """`samples` of silence in blocks of bounded size."""
    for start in range(0, samples, _BLOCK_SAMPLES):
        size = min(_BLOCK_SAMPLES, samples - start)
        yield _Block(np.zeros((1, size), dtype=np.int16), 1, rate, 32768.0, 0.0)


def _block(frames: list[AudioFrame]) -> _Block:
    first = frames[0]
    fmt = first.format
    scale, offset = _SCALES[fmt.name.rstrip("p")]
    data = np.concatenate([frame.to_ndarray() for frame in frames], axis=1)
    stride = 1 if fmt.is_planar else len(first.layout.channels)
    return _Block(data, stride, first.sample_rate, scale, offset)


class _Buckets:
    """Cuts a stream of blocks into peak buckets of 1/PEAKS_PER_SECOND s, carrying a partial one over.

    Bucket k covers samples ceil(k*rate/pps) .. ceil((k+1)*rate/pps) - 1, so rates that are not a
    multiple of 100 (22050, 11025) never drift.
    """

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.position = 0  # samples per channel fed so far
        self.count = 0  # buckets emitted
        self._carry: tuple[float, float] | None = None

    def feed(self, block: _Block) -> Int16Array:
        """Reduce one block; returns the buckets it completed as (n, 2) int16."""
        n = block.samples
        if n == 0:
            return np.empty((0, 2), dtype=np.int16)
        pps, rate, pos = PEAKS_PER_SECOND, self.rate, self.position
        first, last = pos * pps // rate, (pos + n - 1) * pps // rate
        bounds = (np.arange(first + 1, last + 1, dtype=np.int64) * rate + pps - 1) // pps - pos
        starts = np.concatenate(([0], bounds)) * block.stride
        lows = (np.minimum.reduceat(block.data, starts, axis=1).min(axis=0) - block.offset) / block.scale
        highs = (np.maximum.reduceat(block.data, starts, axis=1).max(axis=0) - block.offset) / block.scale
        done: list[FloatArray] = []
        if self._carry is not None:
            if pos > 0 and (pos - 1) * pps // rate == first:
                lows[0] = min(lows[0], self._carry[0])
                highs[0] = max(highs[0], self._carry[1])
            else:
                done.append(np.array([self._carry]))
        done.append(np.column_stack((lows[:-1], highs[:-1])))
        self._carry = (float(lows[-1]), float(highs[-1]))
        self.position += n
        return self._quantise(np.concatenate(done))

    def finish(self) -> Int16Array:
        carry, self._carry = self._carry, None
        return self._quantise(np.array([carry] if carry is not None else [], dtype=np.float64).reshape(-1, 2))

    def _quantise(self, pairs: FloatArray) -> Int16Array:
        self.count += len(pairs)
        return np.clip(np.round(pairs * FULL_SCALE), -FULL_SCALE, FULL_SCALE).astype(np.int16)
