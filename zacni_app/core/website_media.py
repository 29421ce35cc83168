"""Web copies of archive media: photos, recordings and captions made fit for the public website.

Nothing of a master's embedded metadata may leave with it. Photos are decoded, turned upright,
converted to sRGB, resized and re-encoded from bare pixels, so no EXIF (GPS, camera serials, the
owner's name), XMP, IPTC or ICC block survives. Recordings are decoded and re-encoded (MP3 for
sound, MP4 with H.264/AAC for video) into a new container that carries no tags of the master, and
the passages that may not be published are cut out of the sound and the picture: what is kept is
a list of time ranges, and the captions are shifted onto the shortened media with `Timeline`.
"""

from __future__ import annotations

import bisect
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image, ImageCms, ImageOps

from zacni_app.core.progress import CancelFlag
from zacni_app.core.transcripts import ParsedCue

#: Bumped when the web copies are made differently, so every incremental export remakes them.
MEDIA_VERSION = 1
#: Longest side of a photo on a story page and on a story card.
PHOTO_SIDES = {"large": 1600, "small": 640}
PHOTO_QUALITY = 82
VIDEO_BOX = (1280, 720)
_MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
_AAC_RATES = (16000, 22050, 24000, 32000, 44100, 48000)
#: "Until the end of the recording" when its duration is not known.
OPEN_END = 1 << 62

Range = tuple[int, int]


# -- time ranges -----------------------------------------------------------------------------------
def kept_ranges(window: Range, cuts: Sequence[Range]) -> list[Range]:
    """The parts of `window` (start_ms, end_ms) outside every cut, in order, none empty."""
    start, end = window
    kept: list[Range] = []
    for cut_start, cut_end in sorted(cuts):
        if cut_end <= start or cut_start >= end:
            continue
        if cut_start > start:
            kept.append((start, cut_start))
        start = max(start, cut_end)
    if start < end:
        kept.append((start, end))
    return kept


@dataclass(frozen=True)
class Timeline:
    """Where a moment of the original recording lands in a copy made of `kept` ranges only."""

    kept: tuple[Range, ...]

    @property
    def duration_ms(self) -> int:
        return sum(end - start for start, end in self.kept)

    def position(self, ms: int) -> int:
        """A moment inside a removed stretch lands where the removed stretch was."""
        before = 0
        for start, end in self.kept:
            if ms < start:
                return before
            if ms < end:
                return before + ms - start
            before += end - start
        return before

    def shift(self, cues: Sequence[ParsedCue]) -> list[ParsedCue]:
        """Cues on the copy's clock; a cue left with no time of its own is dropped."""
        shifted = []
        for cue in cues:
            start, end = self.position(cue.start_ms), self.position(cue.end_ms)
            if end > start:
                shifted.append(ParsedCue(start, end, cue.text, cue.speaker))
        return shifted

    def sample_ranges(self, rate: int) -> list[tuple[int, int]]:
        return [(start * rate // 1000, min(end, OPEN_END) * rate // 1000) for start, end in self.kept]


# -- photos ----------------------------------------------------------------------------------------
def web_photo(master: Path, target: Path, side: int) -> tuple[int, int]:
    """Write a JPEG of the master at most `side` pixels long, upright, sRGB, with no metadata at all.

    Returns its (width, height), which the pages put on <img> so the layout does not jump."""
    with Image.open(master) as img:
        if img.format == "JPEG":
            img.draft("RGB", (side, side))
        icc = img.info.get("icc_profile")
        upright = ImageOps.exif_transpose(img)
        rgb = _srgb(_flatten(upright), icc)
    rgb.thumbnail((side, side), Image.Resampling.LANCZOS)
    bare = Image.frombytes("RGB", rgb.size, rgb.tobytes())  # pixels only: no info, EXIF or profile
    buffer = io.BytesIO()
    bare.save(buffer, "JPEG", quality=PHOTO_QUALITY, optimize=True, progressive=True)
    write_atomically(target, buffer.getvalue())
    return bare.size


def _flatten(img: Image.Image) -> Image.Image:
    """Transparent pixels onto white (a PNG scan with alpha must not turn black)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("RGB")


def _srgb(img: Image.Image, icc: bytes | None) -> Image.Image:
    """Colours as the master's profile means them, in sRGB (what browsers assume without a profile)."""
    if not icc:
        return img
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(img, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return img  # a broken profile: the pixels as they are beat no photo
    return converted if converted is not None else img


# -- recordings ------------------------------------------------------------------------------------
def web_audio(master: Path, target: Path, timeline: Timeline, cancel: CancelFlag) -> None:
    """MP3 of the sound of `master` (audio or video) made of the timeline's kept ranges only."""
    with av.open(str(master)) as source:
        stream = source.streams.audio[0]
        rate = _rate(stream.rate, _MP3_RATES, 44100)
        layout = "mono" if stream.channels == 1 else "stereo"
        partial = _partial(target)
        try:
            with av.open(str(partial), "w", format="mp3") as out:
                encoder = out.add_stream("libmp3lame", rate=rate)
                encoder.layout = layout
                encoder.bit_rate = 64000 * (1 if layout == "mono" else 2)
                cutter = _SoundCutter(timeline, rate, layout)
                for frame in source.decode(stream):
                    cancel.raise_if_cancelled()
                    for piece in cutter.cut(frame):
                        out.mux(encoder.encode(piece))
                for piece in cutter.cut(None):
                    out.mux(encoder.encode(piece))
                out.mux(encoder.encode(None))
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)


def web_video(master: Path, target: Path, timeline: Timeline, cancel: CancelFlag) -> None:
    """MP4 (H.264 + AAC, index first) of the timeline's kept ranges: removed stretches are gone from
    the picture and the sound alike, and what follows moves up to close the gap."""
    with av.open(str(master)) as source:
        video = source.streams.video[0]
        audio = source.streams.audio[0] if source.streams.audio else None
        partial = _partial(target)
        try:
            with av.open(str(partial), "w", format="mp4", options={"movflags": "+faststart"}) as out:
                pictures = _PictureCutter(out, video, timeline)
                sound = _sound_track(out, audio, timeline)
                streams = [video] + ([audio] if audio is not None else [])
                for frame in source.decode(*streams):
                    cancel.raise_if_cancelled()
                    if isinstance(frame, av.VideoFrame):
                        pictures.add(frame)
                    elif sound is not None and isinstance(frame, av.AudioFrame):
                        sound.add(frame)
                pictures.close()
                if sound is not None:
                    sound.close()
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)


def _rate(rate: int | None, allowed: Sequence[int], fallback: int) -> int:
    return rate if rate is not None and rate in allowed else fallback


def _partial(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return target.with_name(f".{target.name}.part")


class _SoundCutter:
    """Resamples decoded sound and keeps only the samples inside the timeline's kept ranges."""

    def __init__(self, timeline: Timeline, rate: int, layout: str) -> None:
        self.ranges = timeline.sample_ranges(rate)
        self.starts = [start for start, _ in self.ranges]
        self.rate = rate
        self.layout = layout
        self.resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        self.position = 0  # samples of the original (at the output rate) seen so far

    def cut(self, frame: av.AudioFrame | None) -> Iterator[av.AudioFrame]:
        """The kept parts of `frame` (None: flush the resampler at the end)."""
        for resampled in self.resampler.resample(frame):
            samples = resampled.to_ndarray()
            first, count = self.position, samples.shape[1]
            self.position += count
            for start, end in self._overlapping(first, first + count):
                piece = np.ascontiguousarray(samples[:, start - first : end - first], dtype=np.float32)
                out = av.AudioFrame.from_ndarray(piece, format="fltp", layout=self.layout)
                out.sample_rate = self.rate
                yield out

    def _overlapping(self, first: int, last: int) -> Iterator[tuple[int, int]]:
        index = max(0, bisect.bisect_right(self.starts, first) - 1)
        for start, end in self.ranges[index:]:
            if start >= last:
                return
            if end > first:
                yield max(start, first), min(end, last)


class _SoundTrack:
    """AAC sound of a video, cut like its picture."""

    def __init__(self, out: Any, stream: Any, timeline: Timeline) -> None:
        rate = _rate(stream.rate, _AAC_RATES, 48000)
        layout = "mono" if stream.channels == 1 else "stereo"
        self.out = out
        self.encoder = out.add_stream("aac", rate=rate)
        self.encoder.layout = layout
        self.encoder.bit_rate = 96000 if layout == "mono" else 128000
        self.cutter = _SoundCutter(timeline, rate, layout)

    def add(self, frame: av.AudioFrame) -> None:
        for piece in self.cutter.cut(frame):
            self.out.mux(self.encoder.encode(piece))

    def close(self) -> None:
        for piece in self.cutter.cut(None):
            self.out.mux(self.encoder.encode(piece))
        self.out.mux(self.encoder.encode(None))


def _sound_track(out: Any, stream: Any, timeline: Timeline) -> _SoundTrack | None:
    return _SoundTrack(out, stream, timeline) if stream is not None else None


class _PictureCutter:
    """H.264 picture of the kept ranges: frames inside a removed stretch are dropped, the rest keep
    their place on the shortened clock (so sound and picture stay together)."""

    def __init__(self, out: Any, stream: Any, timeline: Timeline) -> None:
        self.fps = Fraction(stream.average_rate or 25).limit_denominator(1001)
        self.timeline = timeline
        self.out = out
        self.encoder = out.add_stream("libx264", rate=self.fps, options={"crf": "23", "preset": "veryfast"})
        width, height = _fit(stream.codec_context.width, stream.codec_context.height, VIDEO_BOX)
        self.encoder.width, self.encoder.height = width, height
        self.encoder.pix_fmt = "yuv420p"
        self.last_pts = -1
        self.rotation_set = False

    def add(self, frame: av.VideoFrame) -> None:
        if frame.time is None:
            return
        ms = round(frame.time * 1000)
        if not any(start <= ms < end for start, end in self.timeline.kept):
            return
        if not self.rotation_set:  # a phone's portrait video stays portrait (display matrix)
            self.rotation_set = True
            if frame.rotation:
                self.encoder.set_display_rotation(frame.rotation)
        picture = frame.reformat(width=self.encoder.width, height=self.encoder.height, format="yuv420p")
        pts = max(self.last_pts + 1, round(self.timeline.position(ms) * self.fps / 1000))
        picture.pts, picture.time_base = pts, 1 / self.fps
        self.last_pts = pts
        self.out.mux(self.encoder.encode(picture))

    def close(self) -> None:
        self.out.mux(self.encoder.encode(None))


def _fit(width: int, height: int, box: tuple[int, int]) -> tuple[int, int]:
    """The size within `box` (either orientation) keeping the aspect; H.264 wants even sides."""
    limit_w, limit_h = box if width >= height else box[::-1]
    scale = min(1.0, limit_w / max(width, 1), limit_h / max(height, 1))
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


# -- files -----------------------------------------------------------------------------------------
def write_atomically(target: Path, data: bytes) -> None:
    """The file appears whole or not at all (a crash or Cancel never leaves half a page)."""
    partial = _partial(target)
    try:
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
