"""What a file really is, and the technical facts the catalogue records about it.

`sniff` names the type from the first bytes (never from the file name); `probe` reads the facts
with the library that knows the format: Pillow (+ pillow-heif) for photos and scans, mutagen for
audio, PyAV for video (and for audio mutagen cannot read), pypdf for PDFs. Only headers, index
structures and a draft-scale decode of JPEGs are read, never whole recordings or full-size images.
A file that cannot be taken in raises `MediaRejected`; anything odd about a file that can be taken
in becomes a `Problem` in `MediaInfo.warnings`. No exception from a library gets out of `probe`.
"""

from __future__ import annotations

import functools
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from PIL import Image, features

from zacni_app.core import media_meta
from zacni_app.core.errors import ZacniError

__all__ = [
    "IMAGE_PIXEL_LIMIT",
    "AssetKind",
    "FileType",
    "MediaInfo",
    "MediaRejected",
    "Problem",
    "probe",
    "sniff",
]

AssetKind = Literal["audio", "video", "image", "document"]
# A 600 dpi A3 scan is ~70 MP; beyond this we suspect a bomb. (Pillow's own default refuses more
# than ~179 MP too; this limit holds even where Image.MAX_IMAGE_PIXELS has been lifted.)
IMAGE_PIXEL_LIMIT = 180_000_000
HEAD_SIZE = 64


@dataclass(frozen=True)
class Problem:
    """A warning about a file, or the reason it is refused. `code` is stable; `detail` is English."""

    code: str
    detail: str


class MediaRejected(ZacniError):
    """The file cannot be taken into the archive at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.detail, code=problem.code)
        self.problem = problem


@dataclass(frozen=True)
class FileType:
    kind: AssetKind
    mime: str
    ext: str  # canonical, without the dot


@dataclass
class MediaInfo:
    type: FileType
    duration_ms: int | None = None
    codec: str | None = None  # FFmpeg's name: "h264", "aac", "pcm_s16le"; a video's audio codec is in extra
    bitrate: int | None = None  # bits per second
    sample_rate: int | None = None
    channels: int | None = None
    width: int | None = None  # as stored: `orientation` 5-8 (or extra["rotation"] 90) shows it turned
    height: int | None = None
    orientation: int | None = None  # EXIF 1..8
    taken_at: datetime | None = None  # naive wall-clock time
    camera: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    page_count: int | None = None
    tags: dict[str, str] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    def warn(self, code: str, detail: str) -> None:
        self.warnings.append(Problem(code, detail))


# --------------------------------------------------------------------------------------------
# Sniffing
# --------------------------------------------------------------------------------------------

# fmt: off
JPEG, PNG = FileType("image", "image/jpeg", "jpg"), FileType("image", "image/png", "png")
TIFF, WEBP = FileType("image", "image/tiff", "tif"), FileType("image", "image/webp", "webp")
GIF, BMP = FileType("image", "image/gif", "gif"), FileType("image", "image/bmp", "bmp")
HEIC, HEIF = FileType("image", "image/heic", "heic"), FileType("image", "image/heif", "heic")
AVIF = FileType("image", "image/avif", "avif")
WAV, MP3 = FileType("audio", "audio/wav", "wav"), FileType("audio", "audio/mpeg", "mp3")
FLAC, AAC = FileType("audio", "audio/flac", "flac"), FileType("audio", "audio/aac", "aac")
OGG, OPUS = FileType("audio", "audio/ogg", "ogg"), FileType("audio", "audio/ogg", "opus")
OGA, M4A = FileType("audio", "audio/ogg", "oga"), FileType("audio", "audio/mp4", "m4a")
MP4, MOV = FileType("video", "video/mp4", "mp4"), FileType("video", "video/quicktime", "mov")
MKV, WEBM = FileType("video", "video/x-matroska", "mkv"), FileType("video", "video/webm", "webm")
AVI, OGV = FileType("video", "video/x-msvideo", "avi"), FileType("video", "video/ogg", "ogv")
PDF = FileType("document", "application/pdf", "pdf")
_AUDIO_ONLY = {  # what a video container holding only audio is
    "mp4": M4A, "mov": M4A, "mkv": FileType("audio", "audio/x-matroska", "mka"),
    "webm": FileType("audio", "audio/webm", "webm"), "ogv": OGA,
}
_ALIASES: dict[str, set[str]] = {  # file name extensions that are fine for a content type
    "jpg": {"jpg", "jpeg", "jpe", "jfif"}, "tif": {"tif", "tiff"}, "heic": {"heic", "heif", "hif"},
    "wav": {"wav", "wave", "bwf"}, "ogg": {"ogg", "oga"}, "opus": {"opus", "ogg", "oga"},
    "oga": {"oga", "ogg"}, "m4a": {"m4a", "m4b", "mp4", "mov", "aac"}, "mp4": {"mp4", "m4v", "mov", "3gp"},
    "mov": {"mov", "qt", "mp4"}, "mkv": {"mkv", "mk3d"}, "mka": {"mka", "mkv"}, "webm": {"webm", "mkv"},
    "ogv": {"ogv", "ogg"},
}
_LABELS = {
    "jpg": "JPEG", "tif": "TIFF", "webp": "WebP", "ogg": "Ogg Vorbis", "opus": "Ogg Opus", "oga": "Ogg",
    "m4a": "MPEG-4 (M4A)", "mov": "QuickTime", "mkv": "Matroska", "webm": "WebM", "ogv": "Ogg",
}
_NOUNS = {"image": "image", "audio": "audio file", "video": "video", "document": "document"}
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
_BMP_HEADERS = (12, 40, 52, 56, 64, 108, 124)
# fmt: on


def _describe(t: FileType) -> str:
    return f"{_LABELS.get(t.ext, t.ext.upper())} {_NOUNS[t.kind]}"


def _a(noun: str) -> str:
    """The indefinite article for a format name: "an MP3", "an AVIF", "a WAV", "a Matroska"."""
    spelled_m = noun[:1] == "M" and (noun[1:2].isupper() or noun[1:2].isdigit())
    return ("an " if noun[:1] in "AEIOU" or spelled_m else "a ") + noun


def _sniff_ftyp(head: bytes) -> FileType | None:
    major = head[8:12]
    end = min(len(head), max(16, int.from_bytes(head[:4], "big")))
    brands = {major, *(head[i : i + 4] for i in range(16, end - 3, 4))}
    if major in _HEIC_BRANDS or (major in (b"mif1", b"msf1") and brands & _HEIC_BRANDS):
        return HEIC
    if major in (b"avif", b"avis") or (major in (b"mif1", b"msf1") and b"avif" in brands):
        return AVIF
    if major in (b"mif1", b"msf1"):
        return HEIF
    if major in (b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "):
        return M4A
    if major == b"qt  ":
        return MOV
    if major in (b"crx ", b"jp2 ", b"jpx ") or not major.strip(b"\x00 "):
        return None  # Canon CR3 raw and JPEG 2000 are not taken
    return MP4  # isom, iso2-9, mp41, mp42, avc1, 3gp*, M4V , XAVC, ...


def _is_mpeg_audio(h: bytes) -> bool:
    """An MPEG-1/2/2.5 Layer III frame header: sync, a valid version, bitrate and sample rate."""
    if len(h) < 4 or h[0] != 0xFF or h[1] & 0xE0 != 0xE0:
        return False
    return (h[1] >> 3) & 3 != 1 and (h[1] >> 1) & 3 == 1 and h[2] >> 4 not in (0, 15) and (h[2] >> 2) & 3 != 3


def sniff(head: bytes) -> FileType | None:
    """The type of a file from its first bytes (at most 64 are looked at); None when unknown."""
    h = bytes(head[:HEAD_SIZE])
    if h.startswith(b"\xff\xd8\xff"):
        return JPEG
    if h.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if h[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if h[:4] == b"RIFF":
        return {b"WEBP": WEBP, b"WAVE": WAV, b"AVI ": AVI}.get(h[8:12])
    if h[:4] in (b"RF64", b"BW64") and h[8:12] == b"WAVE":
        return WAV
    if h[4:8] == b"ftyp":
        return _sniff_ftyp(h)
    if h[4:8] in (b"moov", b"mdat", b"wide", b"pnot") and int.from_bytes(h[:4], "big") >= 8:
        return MOV  # QuickTime from before the ftyp box
    if h.startswith(b"\x1a\x45\xdf\xa3"):  # EBML; the DocType tells WebM from Matroska
        return WEBM if b"\x42\x82\x84webm" in h else MKV
    if h.startswith(b"OggS"):  # the codec's identification header is in the first page
        if b"OpusHead" in h:
            return OPUS
        return OGG if b"\x01vorbis" in h else OGV if b"\x80theora" in h else OGA
    if h.startswith(b"fLaC"):
        return FLAC
    if h.startswith(b"ID3") and len(h) >= 10 and h[3] in (2, 3, 4):
        return MP3  # or FLAC/AAC behind an ID3 tag: probe looks past it
    if _is_mpeg_audio(h):
        return MP3
    if len(h) >= 7 and h[0] == 0xFF and h[1] & 0xF6 == 0xF0 and (h[2] >> 2) & 0xF < 13:
        return AAC  # ADTS
    if h.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if h[:2] == b"BM" and len(h) >= 18 and int.from_bytes(h[14:18], "little") in _BMP_HEADERS:
        return BMP
    return PDF if b"%PDF-" in h else None


def _unknown_content(head: bytes) -> str:
    if not head.strip(b"\x00"):
        return "it contains only zero bytes"
    text = head.decode("utf-8", errors="ignore")
    if len(text.encode()) >= len(head) - 3 and all(ch.isprintable() or ch in "\r\n\t" for ch in text):
        return "it looks like plain text"
    if head.startswith(b"PK\x03\x04"):
        return "it is a ZIP archive (for example a Word or OpenDocument file)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "it is an old Microsoft Office document"
    return "its first bytes match no known format"


# --------------------------------------------------------------------------------------------
# probe()
# --------------------------------------------------------------------------------------------


def _reject(code: str, detail: str) -> MediaRejected:
    return MediaRejected(Problem(code, detail))


def _why(exc: BaseException) -> str:
    return (media_meta.clean_text(str(exc))[0] or type(exc).__name__)[:200]


def probe(path: Path, *, original_name: str | None = None, decode_check: bool = True) -> MediaInfo:
    """Detect the real type of `path` and read its technical metadata.

    `original_name` is the name the user imported the file under (for the extension check and
    messages); it defaults to the file's own name. Raises `MediaRejected` with code "unreadable",
    "empty", "unsupported_type", "decompression_bomb" or "corrupt"; other findings are warnings.
    Photos take tens of milliseconds (a 12 MP JPEG ~50 ms), other files a few. Pillow's warnings
    are captured with `warnings.catch_warnings`, which before Python 3.14 is process-wide: probing
    in a worker thread is fine, but not while other threads rely on warning filters.
    `decode_check=False` skips decoding a JPEG's pixels, for a caller about to decode them anyway
    (thumbnails): if that decode fails, it calls `warn_if_damaged` — one decode instead of two.
    """
    path = Path(path)
    name = unicodedata.normalize("NFC", original_name or path.name)
    try:
        if not path.is_file() and path.exists():
            raise _reject("unreadable", f"'{name}' is not a regular file.")
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(HEAD_SIZE)
            ftype = sniff(head)
            if ftype is MP3 and head.startswith(b"ID3") and len(head) >= 10:  # what is behind the tag?
                tag_size = 10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(head[6:10]))
                fh.seek(tag_size + (10 if head[5] & 0x10 else 0))
                inner = sniff(fh.read(HEAD_SIZE))
                ftype = inner if inner in (FLAC, AAC) else MP3
    except OSError as exc:
        raise _reject("unreadable", f"'{name}' cannot be read: {exc.strerror or _why(exc)}.") from None
    if size == 0:
        raise _reject("empty", f"'{name}' is empty (0 bytes).")
    if ftype is None:
        raise _reject(
            "unsupported_type",
            f"'{name}' is not a photo, scan, recording, video or PDF the archive can take: "
            f"{_unknown_content(head)}.",
        )
    info = MediaInfo(type=ftype, extra={"size": size})
    try:
        prober = _PROBERS[ftype.kind]
        if not decode_check and ftype.kind == "image":
            prober = functools.partial(_probe_image, decode_check=False)
        prober(path, info, name, size)
    except MediaRejected:
        raise
    except Exception as exc:  # a safety net: each prober already handles its libraries' errors
        what = _a(_describe(ftype))
        raise _reject("corrupt", f"'{name}' looks like {what} but is damaged: {_why(exc)}.") from None
    _check_extension(info, name)
    return info


def _check_extension(info: MediaInfo, name: str) -> None:
    declared = Path(name).suffix[1:].casefold()
    if not declared or not declared.isalnum():
        return
    if declared not in _ALIASES.get(info.type.ext, {info.type.ext}):
        info.extra["declared_ext"] = declared
        what = _a(_describe(info.type))
        info.warn(
            "extension_mismatch",
            f"The name '{name}' ends in '.{declared}', but the file is {what} (.{info.type.ext}).",
        )


def _add_tags(info: MediaInfo, items: Iterable[tuple[Any, object]], name: str) -> None:
    tags, bad = media_meta.gather_tags((str(k), v) for k, v in items)
    encoder = tags.pop("encoder", None)
    if encoder:
        info.extra.setdefault("encoder", encoder)
    for key, value in tags.items():
        info.tags.setdefault(key, value)
    if bad:
        keys = ", ".join(bad[:5])
        info.warn("garbage_tags", f"Tags of '{name}' had unprintable characters, which were removed: {keys}.")


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------


@functools.cache
def _heif_opener() -> bool:
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
        return True
    except Exception:  # not installed, or a broken binary wheel
        return False


def _probe_image(path: Path, info: MediaInfo, name: str, size: int, decode_check: bool = True) -> None:
    what = _describe(info.type)
    if (info.type.ext == "heic" and not _heif_opener()) or (
        info.type.ext == "avif" and not features.check("avif")
    ):
        info.warn("no_decoder", f"No {what} decoder is installed: the size of '{name}' was not read.")
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit applies
        try:
            img = Image.open(path)
        except Image.DecompressionBombError as exc:
            raise _reject("decompression_bomb", f"'{name}' declares a huge image: {_why(exc)}") from None
        except Exception as exc:
            raise _reject(
                "corrupt", f"'{name}' looks like {_a(what)} but cannot be read: {_why(exc)}."
            ) from None
        with img:
            width, height = img.size
            if width * height > IMAGE_PIXEL_LIMIT:
                raise _reject(
                    "decompression_bomb",
                    f"'{name}' declares {width} x {height} pixels ({width * height / 1e6:.0f} megapixels), "
                    f"more than the {IMAGE_PIXEL_LIMIT // 1_000_000} megapixels the archive accepts.",
                )
            info.width, info.height = width, height
            info.extra.update(mode=img.mode, format=img.format)
            frames = int(getattr(img, "n_frames", 1) or 1)
            if frames > 1:
                info.extra["frames"] = frames
                info.page_count = frames if info.type is TIFF else None  # a multi-page scan
            dpi = img.info.get("dpi")
            if isinstance(dpi, tuple) and len(dpi) == 2:
                info.extra["dpi"] = [round(float(d), 2) for d in dpi]
            seen = len(caught)
            raw = img.info.get("exif")
            try:  # (a PNG's getexif() decodes the whole image to look for an eXIf chunk after the data)
                parsed = img.getexif() if img.format != "PNG" or raw else Image.Exif()
                facts = media_meta.read_exif(parsed, raw_length=len(raw) if isinstance(raw, bytes) else 0)
            except Exception as exc:
                info.warn("garbage_tags", f"The EXIF data of '{name}' cannot be read: {_why(exc)}.")
            else:
                info.orientation, info.taken_at, info.camera = facts.orientation, facts.taken_at, facts.camera
                info.gps_lat, info.gps_lon = facts.gps_lat, facts.gps_lon
                info.tags.update(facts.tags)
                info.extra.update(facts.extra)
                issues = facts.issues + [media_meta.clean_text(str(w.message))[0] for w in caught[seen:]]
                if issues:
                    issue = issues[0][:1].lower() + issues[0][1:].rstrip(".") + "."
                    info.warn("garbage_tags", f"Part of the EXIF data of '{name}' is unreadable: {issue}")
            _add_tags(info, img.info.items(), name)  # PNG text chunks, JPEG comment (img.text would decode)
            skip = not decode_check and img.format == "JPEG"
            damage = None if skip else media_meta.pixel_data_problem(img, path, size)
    _warn_damage(info, name, damage)


def warn_if_damaged(path: Path, info: MediaInfo, name: str) -> None:
    """The pixel check `probe(..., decode_check=False)` left out, for when a later decode failed."""
    try:
        with Image.open(path) as img:
            damage = media_meta.pixel_data_problem(img, path, path.stat().st_size)
    except Exception as exc:  # it opened a moment ago in probe; anything now is damage too
        damage = ("damaged_data", _why(exc))
    _warn_damage(info, name, damage)


def _warn_damage(info: MediaInfo, name: str, damage: tuple[str, str] | None) -> None:
    if damage is not None:
        info.warn(damage[0], f"The image data of '{name}' is incomplete or damaged ({damage[1]}).")


# --------------------------------------------------------------------------------------------
# Audio and video
# --------------------------------------------------------------------------------------------

_MP4_CODECS = {"mp4a.40": "aac", "mp4a.6b": "mp3", "mp4a.69": "mp3", "alac": "alac", "ac-3": "ac3"}
_CODEC_BY_EXT = {"mp3": "mp3", "flac": "flac", "ogg": "vorbis", "opus": "opus", "aac": "aac"}


def _mutagen_audio(path: Path, info: MediaInfo, name: str, size: int) -> bool:
    """Stream facts and tags with mutagen; False when mutagen cannot read the stream."""
    import mutagen
    from mutagen import flac, mp3, mp4, oggopus, oggvorbis

    openers: dict[str, Callable[[str], Any]] = {"mp3": mp3.MP3, "flac": flac.FLAC, "m4a": mp4.MP4}
    openers.update(ogg=oggvorbis.OggVorbis, opus=oggopus.OggOpus)
    try:
        audio = openers.get(info.type.ext, mutagen.File)(str(path))
        stream = audio.info
        length = float(stream.length)
    except Exception as exc:
        info.extra["mutagen_error"] = _why(exc)
        if "id3" in type(exc).__module__.casefold():
            info.warn("garbage_tags", f"The ID3 tags of '{name}' are damaged and were not read: {_why(exc)}.")
        return False
    if getattr(stream, "sketchy", False):
        return False  # mutagen is guessing at the MPEG frames; FFmpeg decides
    info.duration_ms = round(length * 1000) if length > 0 else None
    info.bitrate = int(getattr(stream, "bitrate", 0) or 0) or None
    info.sample_rate = int(getattr(stream, "sample_rate", 0) or (48000 if info.type is OPUS else 0)) or None
    info.channels = int(getattr(stream, "channels", 0) or 0) or None
    codec = str(getattr(stream, "codec", "") or "").casefold()
    mp4_codec = next((v for k, v in _MP4_CODECS.items() if codec.startswith(k)), None)
    info.codec = mp4_codec or _CODEC_BY_EXT.get(info.type.ext)
    if info.codec in ("flac", "alac") and getattr(stream, "bits_per_sample", None):
        info.extra["bits_per_sample"] = int(stream.bits_per_sample)
    declared = (info.bitrate or 0) * (info.duration_ms or 0) / 8000  # MP3: from the Xing/VBRI header
    if info.type is MP3 and info.duration_ms and size < 0.9 * declared:
        info.extra["declared_duration_ms"] = info.duration_ms
        info.duration_ms = round(info.duration_ms * size / declared)
        info.warn("truncated", f"'{name}' is shorter than its MP3 header says: the end is missing.")
    if info.bitrate is None and info.duration_ms:  # Ogg Vorbis/Opus state no average
        info.bitrate = round(size * 8000 / info.duration_ms)
    if getattr(audio, "tags", None) is not None:
        _add_tags(info, media_meta.mutagen_items(audio.tags), name)
    return True


def _probe_wav(path: Path, info: MediaInfo, name: str, size: int) -> None:
    try:
        wav = media_meta.read_wav(path, size)
    except ValueError as exc:
        raise _reject("corrupt", f"'{name}' is a damaged WAV file: {exc}.") from None
    info.duration_ms, info.codec, info.bitrate = wav.duration_ms, wav.codec, wav.bitrate
    info.sample_rate, info.channels, info.taken_at = wav.sample_rate, wav.channels, wav.recorded_at
    info.extra["bits_per_sample"] = wav.bits
    if wav.truncated:
        info.warn("truncated", f"'{name}' is shorter than its WAV header says: the end is missing.")
    if wav.bad_date:
        info.warn("garbage_tags", f"The recording date in '{name}' is not a date: {wav.bad_date!r}.")
    _add_tags(info, wav.tags, name)
    from mutagen import wave

    try:  # an "id3 " chunk, as some editors write
        id3 = wave.WAVE(str(path)).tags  # type: ignore[no-untyped-call]
    except Exception as exc:
        info.extra["mutagen_error"] = _why(exc)
    else:
        _add_tags(info, media_meta.mutagen_items(id3) if id3 is not None else [], name)


def _probe_audio(path: Path, info: MediaInfo, name: str, size: int) -> None:
    if info.type is WAV:
        _probe_wav(path, info, name, size)
    elif not _mutagen_audio(path, info, name, size):
        _probe_av(path, info, name)
    if info.type is M4A and not media_meta.boxes_fit(path, size):
        info.warn("truncated", f"'{name}' ends early: its last data box extends past the end of the file.")
    if info.taken_at is None:
        info.taken_at = media_meta.full_date(info.tags.get("date"))


def _probe_av(path: Path, info: MediaInfo, name: str) -> None:
    import av

    try:
        container = av.open(str(path), metadata_errors="replace")
    except Exception as exc:
        what = _a(_describe(info.type))
        raise _reject("corrupt", f"'{name}' looks like {what} but cannot be read: {_why(exc)}.") from None
    with container:
        cover = av.stream.Disposition.attached_pic  # album art shows up as a one-frame video
        video = next((s for s in container.streams.video if not s.disposition & cover), None)
        audio = next(iter(container.streams.audio), None)
        if video is None and audio is None:
            raise _reject("corrupt", f"'{name}' contains no audio or video stream that can be read.")
        if video is None and info.type.kind == "video":
            info.extra["container_type"] = info.type.ext
            info.type = _AUDIO_ONLY.get(info.type.ext, info.type)
        seconds = container.duration / 1_000_000 if container.duration else 0.0
        for s in (video, audio):
            if not seconds and s is not None and s.duration and s.time_base:
                seconds = float(s.duration * s.time_base)
        info.duration_ms = round(seconds * 1000) if seconds > 0 else None
        info.bitrate = int(container.bit_rate or 0) or None
        info.extra["container"] = container.format.name
        if video is not None:
            vcc = video.codec_context
            info.codec, info.width, info.height = vcc.name, vcc.width or None, vcc.height or None
            if video.average_rate:
                info.extra["fps"] = round(float(video.average_rate), 3)
            try:  # the display rotation reaches us with the first decoded frame
                for count, packet in enumerate(container.demux(video)):
                    frames = packet.decode()
                    if frames or count > 300:
                        info.extra["rotation"] = int(getattr(frames[0], "rotation", 0) or 0) if frames else 0
                        break
            except Exception as exc:
                info.warn("damaged_data", f"The video of '{name}' cannot be decoded: {_why(exc)}.")
        if audio is not None:
            acc = audio.codec_context
            info.extra["audio_codec"] = acc.name
            info.codec = info.codec or acc.name
            info.sample_rate, info.channels = acc.sample_rate or None, acc.channels or None
        metadata: dict[str, str] = {}
        for s in (audio, video):  # Ogg keeps its tags on the stream; a track's language is not a tag
            metadata.update({k: v for k, v in (s.metadata if s else {}).items() if k != "language"})
        metadata.update(container.metadata)
    meta = {k.casefold(): v for k, v in metadata.items()}
    _add_tags(info, metadata.items(), name)
    info.camera = info.camera or media_meta.camera_name(
        meta.get("com.apple.quicktime.make") or meta.get("com.android.manufacturer"),
        meta.get("com.apple.quicktime.model") or meta.get("com.android.model"),
    )
    for key in ("com.apple.quicktime.location.iso6709", "location", "location-eng"):
        position = media_meta.parse_iso6709(meta.get(key))
        if position is not None:
            info.gps_lat, info.gps_lon = position
            break
    if "creation_time" in meta:
        info.extra["creation_time"] = meta["creation_time"]
    info.taken_at = (
        media_meta.full_date(meta.get("com.apple.quicktime.creationdate"))
        or media_meta.full_date(info.tags.get("date"))
        or media_meta.full_date(meta.get("creation_time"), utc_to_local=True)
    )


def _probe_video(path: Path, info: MediaInfo, name: str, size: int) -> None:
    if info.type in (MP4, MOV):
        from mutagen import mp4

        try:
            tags = mp4.MP4(str(path)).tags  # type: ignore[no-untyped-call]
            _add_tags(info, media_meta.mutagen_items(tags) if tags is not None else [], name)
        except Exception as exc:
            info.extra["mutagen_error"] = _why(exc)
    _probe_av(path, info, name)
    if str(info.extra.get("container", "")).startswith("mov,mp4") and not media_meta.boxes_fit(path, size):
        info.warn("truncated", f"'{name}' ends early: its last data box extends past the end of the file.")


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


def _probe_pdf(path: Path, info: MediaInfo, name: str, size: int) -> None:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path), strict=False)
        info.extra["pdf_version"] = reader.pdf_header.removeprefix("%PDF-")
        if reader.is_encrypted:
            info.extra["encrypted"] = True
            if not reader.decrypt(""):
                info.warn("encrypted", f"'{name}' is password-protected: its pages cannot be counted.")
                return
        pages = len(reader.pages)
    except Exception as exc:
        raise _reject("corrupt", f"'{name}' looks like a PDF but cannot be read: {_why(exc)}.") from None
    if pages == 0:
        raise _reject("corrupt", f"'{name}' looks like a PDF but no page can be found in it.")
    info.page_count = pages
    if b"%%EOF" not in media_meta.file_tail(path, 1024):
        info.warn("truncated", f"'{name}' ends without the PDF end marker: the last pages may be missing.")
    try:
        meta = reader.metadata
        if meta is not None:
            fields = ("title", meta.title), ("subject", meta.subject), ("keywords", meta.keywords)
            _add_tags(info, fields, name)
            author = media_meta.clean_text(meta.author)[0]
            if author:
                info.tags["author"] = author
            for key, value in (("creator", meta.creator), ("producer", meta.producer)):
                if media_meta.clean_text(value)[0]:
                    info.extra[key] = media_meta.clean_text(value)[0]
            if meta.creation_date is not None:
                info.extra["created"] = meta.creation_date.isoformat()
    except Exception as exc:
        info.warn("garbage_tags", f"The document information of '{name}' cannot be read: {_why(exc)}.")


_PROBERS: dict[str, Callable[[Path, MediaInfo, str, int], None]] = {
    "image": _probe_image,
    "audio": _probe_audio,
    "video": _probe_video,
    "document": _probe_pdf,
}
