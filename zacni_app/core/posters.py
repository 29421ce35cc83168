"""A poster frame for each video, and thumbnails made from it, so the catalogue grid shows videos too.

The frame is taken at a tenth of the video (past the black or shaky first seconds; 1 s into clips
shorter than 10 s), decoded with PyAV. If seeking or decoding there fails, the first decodable
frame is used. The frame is shown as a player would: stretched to its display aspect ratio (DV
and old camcorders store non-square pixels) and turned upright by the stream's display matrix
(phones record portrait video as rotated landscape). Like every derivative it is rebuildable.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
from av.stream import Disposition
from av.video.frame import VideoFrame
from av.video.stream import VideoStream
from PIL import Image

from zacni_app.core import partial_files
from zacni_app.core.thumbnails import SIZES, thumbnail_path
from zacni_app.core.waveform import open_container

#: longest side of the poster in pixels (the large thumbnail's size: no need to keep more)
MAX_SIDE = 1024
#: frames decoded after a seek to reach the chosen moment (x264's default keyframe interval is 250)
_MAX_FRAMES_AFTER_SEEK = 300
#: packets read looking for a first decodable frame before giving up on a damaged file
_MAX_PACKETS_FIRST_FRAME = 500


class NoVideoFrame(ValueError):
    """The file has no video stream, or not one frame of it can be decoded."""


def poster_path(derivatives: Path, sha256: str) -> Path:
    return derivatives / "posters" / sha256[:2] / f"{sha256}.jpg"


def make_poster(master: Path, derivatives: Path, sha256: str) -> Path:
    """Write the poster of a video master and its thumbnails in every size; returns the poster path."""
    image = poster_image(master)
    target = poster_path(derivatives, sha256)
    _save_jpeg(image, target)
    for name, side in sorted(SIZES.items(), key=lambda item: -item[1]):  # each from the one before
        image = image.copy()
        image.thumbnail((side, side), Image.Resampling.LANCZOS)
        _save_jpeg(image, thumbnail_path(derivatives, sha256, name))
    return target


def poster_image(master: Path) -> Image.Image:
    """The poster frame of `master` as an upright RGB image no larger than MAX_SIDE."""
    frame, pixel_aspect = _poster_frame(master)
    rgb = _display_frame(frame, pixel_aspect).to_ndarray()
    return _upright(Image.fromarray(rgb), frame.rotation)


def poster_time(duration: float | None) -> float:
    """Seconds into the video to take the poster from."""
    if duration is None or duration <= 0:
        return 0.0
    return duration / 10 if duration >= 10 else min(1.0, duration / 2)


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def _poster_frame(master: Path) -> tuple[VideoFrame, Fraction | None]:
    """The chosen frame and the stream's pixel aspect ratio (FFmpeg keeps it on the stream)."""
    with open_container(master) as container:
        stream = _video_stream(container, master)
        aspect = _pixel_aspect(stream)
        if not stream.disposition & Disposition.attached_pic:
            frame = _frame_near(container, stream, poster_time(_duration(container, stream)))
            if frame is not None:
                return frame, aspect
    with open_container(master) as container:  # afresh: a failed seek may leave the demuxer anywhere
        frame = _first_frame(container, _video_stream(container, master))
    if frame is None:
        raise NoVideoFrame(f"not one frame of {master.name} could be decoded")
    return frame, aspect


def _video_stream(container: Any, master: Path) -> VideoStream:
    """The first real video stream; cover art (an attached picture) only when there is nothing else."""
    streams: list[VideoStream] = list(container.streams.video)
    if not streams:
        raise NoVideoFrame(f"{master.name} has no video stream")
    moving = [s for s in streams if not s.disposition & Disposition.attached_pic]
    stream = (moving or streams)[0]
    stream.thread_type = "AUTO"
    return stream


def _duration(container: Any, stream: VideoStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return float(container.duration / av.time_base)
    return None


def _frame_near(container: Any, stream: VideoStream, seconds: float) -> VideoFrame | None:
    """The first frame at or after `seconds` (or the last one before the video ends), None on errors."""
    if stream.time_base is None:
        return None
    try:
        if seconds > 0:
            container.seek(int(seconds / stream.time_base), stream=stream, backward=True)
        last: VideoFrame | None = None
        frames: Iterator[VideoFrame] = container.decode(stream)
        for index, frame in enumerate(frames):
            last = frame
            if frame.time is None or frame.time >= seconds - 1e-3 or index >= _MAX_FRAMES_AFTER_SEEK:
                return frame
        return last
    except (av.FFmpegError, OSError, ValueError):
        return None


def _first_frame(container: Any, stream: VideoStream) -> VideoFrame | None:
    """The first frame that decodes, skipping damaged packets."""
    for count, packet in enumerate(container.demux(stream)):
        if count >= _MAX_PACKETS_FIRST_FRAME:
            return None
        try:
            frames = stream.decode(packet)
        except (av.FFmpegError, ValueError):
            continue
        if frames:
            return frames[0]
    return None


# --------------------------------------------------------------------------------------------
# Picture
# --------------------------------------------------------------------------------------------


def _display_frame(frame: VideoFrame, pixel_aspect: Fraction | None) -> VideoFrame:
    """The frame in RGB at its display aspect ratio, scaled so that its longest side fits MAX_SIDE."""
    width, height = frame.width, frame.height
    if pixel_aspect is not None:
        width = round(width * pixel_aspect)
    scale = min(1.0, MAX_SIDE / max(width, height))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return frame.reformat(width=size[0], height=size[1], format="rgb24", interpolation="AREA")


def _pixel_aspect(stream: VideoStream) -> Fraction | None:
    """Width/height of one stored pixel, None when square or unknown (most files say nothing)."""
    ratio = stream.sample_aspect_ratio
    if ratio is None or ratio <= 0 or ratio == 1:
        return None
    return Fraction(ratio)


def _upright(image: Image.Image, rotation: int) -> Image.Image:
    """Turn the picture by the display matrix's rotation (degrees counter-clockwise, as FFmpeg reports)."""
    turns = {
        90: Image.Transpose.ROTATE_90,
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_270,
    }
    step = round(rotation / 90) * 90 % 360
    return image.transpose(turns[step]) if step in turns else image


def _save_jpeg(image: Image.Image, target: Path) -> None:
    """Write atomically: a crash leaves the old file or none, never half a JPEG."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_files.partial_for(target)
    try:
        with open(partial, "wb") as out:
            image.convert("RGB").save(out, "JPEG", quality=85)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
