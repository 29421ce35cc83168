"""Real, small media files for tests: photos, recordings, videos and PDFs made on the fly.

Everything is generated with the libraries the application already depends on (Pillow, the
standard `wave` module, PyAV's bundled FFmpeg encoders, mutagen for tags, pillow-heif for HEIC),
so the files are genuine: other programs open them and the probe reads them with the same code
paths as a user's files. All functions are deterministic and return the path they wrote.

Encoders in the PyAV 18.1 wheel (checked with `av.codecs_available`): libmp3lame (mp3), libopus
(opus), the native `vorbis` encoder (libvorbis is not bundled; the native one is marked
experimental, so it is opened with strict=experimental), flac, aac (native), libx264 (h264),
mpeg4, libvpx/libvpx-vp9. libfdk_aac and libopenh264 are not in the wheel.
"""

from __future__ import annotations

import io
import math
import struct
import wave
import zlib
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import av
from av.audio.stream import AudioStream
from av.video.stream import VideoStream
from PIL import Image, ImageDraw

from zacni_app.core.demo_media import gps_dms

AudioFormat = Literal["mp3", "flac", "ogg", "opus", "m4a"]
VideoFormat = Literal["mp4", "mov", "mkv", "webm"]

# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------


def picture(size: tuple[int, int] = (640, 480), *, mode: str = "RGB") -> Image.Image:
    """A picture with gradients, shapes and fine texture, so encoders produce realistic sizes."""
    width, height = size
    small = Image.new("RGB", (64, 48))
    small.putdata([(x * 4 % 256, y * 5 % 256, (x * y) % 256) for y in range(48) for x in range(64)])
    img = small.resize(size, Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(img)
    for i in range(12):
        x0, y0 = (i * 53) % max(1, width), (i * 37) % max(1, height)
        draw.ellipse(
            (x0, y0, x0 + width // 5, y0 + height // 5), outline=(255, 255 - i * 20, i * 20), width=3
        )
    noise = Image.effect_noise(size, 40).convert("RGB")
    img = Image.blend(img, noise, 0.25)
    return img.convert(mode) if mode != "RGB" else img


def make_exif(
    *,
    exif_datetime: datetime | str | None = None,
    make: str | None = None,
    model: str | None = None,
    gps: tuple[float, float] | None = None,
    orientation: int | None = None,
    description: str | None = None,
) -> Image.Exif:
    """EXIF as cameras write it: IFD0 Make/Model/Orientation, Exif IFD DateTimeOriginal, GPS IFD."""
    exif = Image.Exif()
    if make is not None:
        exif[0x010F] = make
    if model is not None:
        exif[0x0110] = model
    if orientation is not None:
        exif[0x0112] = orientation
    if description is not None:  # UTF-8 in an ASCII field, as cameras and editors write it
        exif[0x010E] = description if description.isascii() else description.encode("utf-8")
    if exif_datetime is not None:
        text = (
            exif_datetime if isinstance(exif_datetime, str) else exif_datetime.strftime("%Y:%m:%d %H:%M:%S")
        )
        exif.get_ifd(0x8769)[36867] = text
    if gps is not None:
        lat, lon = gps
        gps_ifd = exif.get_ifd(0x8825)
        gps_ifd[0] = b"\x02\x03\x00\x00"
        gps_ifd[1] = "N" if lat >= 0 else "S"
        gps_ifd[2] = gps_dms(lat)
        gps_ifd[3] = "E" if lon >= 0 else "W"
        gps_ifd[4] = gps_dms(lon)
    return exif


def make_jpeg(
    path: Path,
    size: tuple[int, int] = (640, 480),
    *,
    exif_datetime: datetime | str | None = None,
    make: str | None = None,
    model: str | None = None,
    gps: tuple[float, float] | None = None,
    orientation: int | None = None,
    description: str | None = None,
    quality: int = 85,
) -> Path:
    exif = make_exif(
        exif_datetime=exif_datetime,
        make=make,
        model=model,
        gps=gps,
        orientation=orientation,
        description=description,
    )
    picture(size).save(path, "JPEG", quality=quality, exif=exif)
    return path


def make_png(
    path: Path, size: tuple[int, int] = (320, 240), *, text: Mapping[str, str] | None = None
) -> Path:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for key, value in (text or {}).items():
        info.add_itxt(key, value)
    picture(size).save(path, "PNG", pnginfo=info)
    return path


def make_tiff(
    path: Path,
    size: tuple[int, int] = (320, 240),
    *,
    pages: int = 1,
    compression: str = "tiff_lzw",
    dpi: tuple[int, int] = (300, 300),
) -> Path:
    frames = [picture(size).rotate(15 * i) for i in range(pages)]
    frames[0].save(
        path, "TIFF", compression=compression, dpi=dpi, save_all=pages > 1, append_images=frames[1:]
    )
    return path


def make_webp(
    path: Path, size: tuple[int, int] = (320, 240), *, exif_datetime: datetime | None = None
) -> Path:
    exif = make_exif(exif_datetime=exif_datetime)
    picture(size).save(path, "WEBP", quality=80, exif=exif)
    return path


def make_heic(
    path: Path, size: tuple[int, int] = (320, 240), *, exif_datetime: datetime | None = None
) -> Path:
    """HEIC via pillow-heif's x265 encoder (the pillow-heif wheel bundles it)."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    picture(size).save(path, "HEIF", quality=60, exif=make_exif(exif_datetime=exif_datetime))
    return path


def make_avif(path: Path, size: tuple[int, int] = (320, 240)) -> Path:
    picture(size).save(path, "AVIF", quality=60)
    return path


def png_bomb_bytes(width: int = 30000, height: int = 30000) -> bytes:
    """A tiny PNG whose IHDR declares `width` x `height` (valid CRCs, a few bytes of IDAT)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    idat = zlib.compress(b"\x00" * 1024, 9)  # the first rows only; decoding would fail long after
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def make_png_bomb(path: Path, width: int = 30000, height: int = 30000) -> Path:
    path.write_bytes(png_bomb_bytes(width, height))
    return path


def jpeg_with_app1(path: Path, payload: bytes, size: tuple[int, int] = (64, 48)) -> Path:
    """A JPEG whose APP1 segment carries `payload` verbatim (e.g. b"Exif\\0\\0" + garbage)."""
    buffer = io.BytesIO()
    picture(size).save(buffer, "JPEG", quality=80)
    data = buffer.getvalue()
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    path.write_bytes(data[:2] + segment + data[2:])
    return path


# --------------------------------------------------------------------------------------------
# Audio
# --------------------------------------------------------------------------------------------


def tone_pcm(seconds: float, rate: int, channels: int, *, freq: float = 440.0) -> bytes:
    """Interleaved signed 16-bit little-endian PCM: a tone (a fifth higher on the right channel)."""
    count = round(seconds * rate)
    out = bytearray()
    for i in range(count):
        for ch in range(channels):
            f = freq * (1.5**ch)
            out += struct.pack("<h", int(12000 * math.sin(2 * math.pi * f * i / rate)))
    return bytes(out)


def make_wav(
    path: Path,
    seconds: float = 1.0,
    rate: int = 16000,
    channels: int = 1,
    *,
    info: Mapping[str, bytes] | None = None,
    bext: tuple[bytes, str, str] | None = None,
) -> Path:
    """A 16-bit PCM WAV of a tone. `info` adds a LIST/INFO chunk ({"INAM": b"title", ...}, raw bytes
    as Windows software writes them); `bext` a Broadcast WAV chunk (description, "YYYY-MM-DD",
    "HH:MM:SS") as field recorders write it."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(tone_pcm(seconds, rate, channels))
    extra = b""
    if info:
        body = b"INFO"
        for key, value in info.items():
            data = value + b"\x00"
            body += key.encode("ascii") + struct.pack("<I", len(data)) + data + b"\x00" * (len(data) & 1)
        extra += b"LIST" + struct.pack("<I", len(body)) + body
    if bext:
        description, day, time = bext
        body = description.ljust(256, b"\x00")[:256] + b"\x00" * 64 + day.encode() + time.encode()
        body = body.ljust(602, b"\x00")
        extra += b"bext" + struct.pack("<I", len(body)) + body
    if extra:
        data = path.read_bytes() + extra
        path.write_bytes(data[:4] + struct.pack("<I", len(data) - 8) + data[8:])
    return path


_AUDIO_SETUP: dict[str, tuple[str, str, int]] = {  # fmt -> (muxer, encoder, default rate)
    "mp3": ("mp3", "libmp3lame", 44100),
    "flac": ("flac", "flac", 44100),
    "ogg": ("ogg", "vorbis", 44100),
    "opus": ("ogg", "libopus", 48000),
    "m4a": ("ipod", "aac", 44100),
}


def _audio_frames(seconds: float, rate: int, channels: int) -> list[av.AudioFrame]:
    layout = "mono" if channels == 1 else "stereo"
    pcm = tone_pcm(seconds, rate, channels)
    step = 1024
    frames: list[av.AudioFrame] = []
    total = len(pcm) // (2 * channels)
    for start in range(0, total, step):
        n = min(step, total - start)
        frame = av.AudioFrame(format="s16", layout=layout, samples=n)
        frame.planes[0].update(pcm[start * 2 * channels : (start + n) * 2 * channels])
        frame.sample_rate = rate
        frame.pts = start
        frames.append(frame)
    return frames


def _encode_audio_into(
    container: av.container.OutputContainer, codec: str, rate: int, channels: int, seconds: float
) -> None:
    options = {"strict": "experimental"} if codec == "vorbis" else {}
    stream = container.add_stream(codec, rate=rate, options=options)
    assert isinstance(stream, AudioStream)
    stream.layout = "mono" if channels == 1 else "stereo"
    if codec in {"libmp3lame", "aac", "libopus", "vorbis"}:
        stream.bit_rate = 64000 * channels
    for frame in _audio_frames(seconds, rate, channels):
        container.mux(stream.encode(frame))
    container.mux(stream.encode(None))


def make_encoded_audio(
    path: Path,
    fmt: AudioFormat,
    *,
    seconds: float = 2.0,
    rate: int | None = None,
    channels: int | None = None,
    tags: Mapping[str, str] | None = None,
    muxer: str | None = None,
) -> Path:
    """Encode a tone with PyAV, then write `tags` (title, artist, date, ...) with mutagen.

    `channels` defaults to 1, except for "ogg": FFmpeg's native Vorbis encoder only writes stereo.
    `muxer` overrides the container (e.g. "mp4" for AAC in a plain MP4 rather than M4A).
    """
    default_muxer, codec, default_rate = _AUDIO_SETUP[fmt]
    muxer = muxer or default_muxer
    rate = rate or default_rate
    if channels is None:
        channels = 2 if fmt == "ogg" else 1
    if fmt == "ogg" and channels != 2:
        raise ValueError("FFmpeg's native Vorbis encoder (the only one in the PyAV wheel) only writes stereo")
    with av.open(str(path), "w", format=muxer) as container:
        _encode_audio_into(container, codec, rate, channels, seconds)
    if tags:
        write_tags(path, fmt, tags)
    return path


def write_tags(path: Path, fmt: AudioFormat, tags: Mapping[str, str]) -> None:
    """Tags as taggers write them: ID3v2.4 (mp3), Vorbis comments (flac, ogg, opus), MP4 atoms (m4a)."""
    import mutagen
    from mutagen import id3, mp4

    lib: Any = mutagen  # mutagen has no type hints
    if fmt == "mp3":
        frames: Any = id3
        classes = {"title": frames.TIT2, "artist": frames.TPE1, "album": frames.TALB, "date": frames.TDRC}
        try:
            tag = frames.ID3(str(path))
        except frames.ID3NoHeaderError:
            tag = frames.ID3()
        for key, value in tags.items():
            if key == "comment":
                tag.add(frames.COMM(encoding=3, lang="pol", desc="", text=[value]))
            else:
                tag.add(classes[key](encoding=3, text=[value]))
        tag.save(str(path))
    elif fmt in {"flac", "ogg", "opus"}:
        audio = lib.File(str(path))
        if audio.tags is None:
            audio.add_tags()
        for key, value in tags.items():
            audio[key] = [value]
        audio.save()
    elif fmt == "m4a":
        keys = {"title": "©nam", "artist": "©ART", "album": "©alb", "date": "©day", "comment": "©cmt"}
        movie: Any = mp4
        atoms = movie.MP4(str(path))
        for key, value in tags.items():
            atoms[keys[key]] = [value]
        atoms.save()


# --------------------------------------------------------------------------------------------
# Video
# --------------------------------------------------------------------------------------------

_VIDEO_SETUP: dict[str, tuple[str, str, str]] = {  # fmt -> (muxer, video encoder, audio encoder)
    "mp4": ("mp4", "libx264", "aac"),
    "mov": ("mov", "libx264", "aac"),
    "mkv": ("matroska", "libx264", "libopus"),
    "webm": ("webm", "libvpx", "libopus"),
}


def make_video(
    path: Path,
    fmt: VideoFormat,
    *,
    seconds: float = 2.0,
    size: tuple[int, int] = (160, 120),
    fps: int = 10,
    audio: bool = True,
    metadata: Mapping[str, str] | None = None,
    faststart: bool = False,
    rotation: int | None = None,
) -> Path:
    """A few seconds of small moving frames (and a tone unless `audio` is False). `metadata` goes to
    the container (FFmpeg names: title, date, location, creation_time); `rotation` (degrees) is a
    display matrix, as phones write for portrait videos; `faststart` puts the index first."""
    muxer, vcodec, acodec = _VIDEO_SETUP[fmt]
    options = {"movflags": "+faststart"} if faststart else {}
    with av.open(str(path), "w", format=muxer, options=options) as container:
        for key, value in (metadata or {}).items():
            container.metadata[key] = value
        vstream = container.add_stream(vcodec, rate=fps)
        assert isinstance(vstream, VideoStream)
        vstream.width, vstream.height = size
        vstream.pix_fmt = "yuv420p"
        if rotation is not None:
            vstream.set_display_rotation(rotation)
        astream: AudioStream | None = None
        rate = 48000
        if audio:
            astream = container.add_stream(acodec, rate=rate)  # type: ignore[assignment]
            assert isinstance(astream, AudioStream)
            astream.layout = "mono"
        base = picture(size)
        for i in range(int(seconds * fps)):
            img = base.rotate(i * 7)
            frame = av.VideoFrame.from_image(img)  # type: ignore[no-untyped-call]
            frame.pts = i
            container.mux(vstream.encode(frame))
        container.mux(vstream.encode(None))
        if astream is not None:
            for aframe in _audio_frames(seconds, rate, 1):
                container.mux(astream.encode(aframe))
            container.mux(astream.encode(None))
    return path


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


def make_pdf(path: Path, pages: int = 3, *, title: str | None = None, author: str | None = None) -> Path:
    """A multi-page PDF written by Pillow (one image per page, like a scanner's output)."""
    images = []
    for i in range(pages):
        img = Image.new("RGB", (200, 280), "white")
        ImageDraw.Draw(img).text((20, 20), f"Strona {i + 1}", fill="black")
        images.append(img)
    extra: dict[str, str] = {}
    if title is not None:
        extra["title"] = title
    if author is not None:
        extra["author"] = author
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=72, **extra)
    return path
