"""Metadata helpers for `zacni_app.core.media_probe`, none of which raise on bad data.

- EXIF the way cameras, phones and scanners actually write it (`read_exif`): what cannot be read
  goes to `ExifFacts.issues` (one English sentence each), which the probe reports as "garbage_tags";
- embedded tags of recordings, videos and PNGs (`gather_tags`, `mutagen_items`, `full_date`) and
  the text cleaning they share (`clean_text`);
- cheap structural checks of container files (`boxes_fit`, `riff_chunks`, `file_tail`), which tell
  a truncated file without decoding it.
"""

from __future__ import annotations

import math
import re
import struct
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image

__all__ = [
    "ExifFacts",
    "WavFacts",
    "boxes_fit",
    "camera_name",
    "clean_text",
    "file_tail",
    "full_date",
    "gather_tags",
    "mutagen_items",
    "parse_exif_datetime",
    "parse_iso6709",
    "pixel_data_problem",
    "read_exif",
    "read_wav",
    "riff_chunks",
]

TAG_LIMIT = 2000  # characters kept of one tag value

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_ORIENTATION = 0x0112
_MAKE, _MODEL, _DESCRIPTION, _SOFTWARE, _ARTIST, _COPYRIGHT = 0x010F, 0x0110, 0x010E, 0x0131, 0x013B, 0x8298
_DATETIME_ORIGINAL, _DATETIME_DIGITIZED, _OFFSET_ORIGINAL = 36867, 36868, 36881
_USER_COMMENT, _LENS_MODEL = 37510, 42036
_XP_TAGS = {0x9C9B: "title", 0x9C9C: "comment", 0x9C9D: "artist", 0x9C9E: "keywords", 0x9C9F: "subject"}

# ImageDescription values cameras fill in by themselves; not worth suggesting as a description.
_JUNK_DESCRIPTIONS = {
    "olympus digital camera", "sony dsc", "digital camera", "kodak digital still camera",
    "minolta digital camera", "default", "samsung", "exif_jpeg_picture", "exif jpeg", "jpeg",
    "image", "picture", "camera", "sanyo digital camera", "konica minolta digital camera",
}  # fmt: skip
_KEEP_CONTROLS = {"\n", "\t"}
_DROP_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}  # control, surrogate, private use, unassigned


@dataclass
class ExifFacts:
    orientation: int | None = None
    taken_at: datetime | None = None
    camera: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    tags: dict[str, str] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)
    issues: list[str] = field(default_factory=list)


def clean_text(value: object, *, multiline: bool = False, cut_at_nul: bool = False) -> tuple[str, bool]:
    """Tidy a tag value: (text, had_garbage).

    Bytes are decoded as UTF-8, else Windows-1250 (old Polish software). Trailing NULs and
    whitespace are padding and go silently; other control characters, lone surrogates, U+FFFD
    and unassigned code points are dropped and reported through `had_garbage`. Interior NULs
    either end the value (`cut_at_nul`, for fixed-size EXIF fields) or separate values. Lines
    and tabs survive only when `multiline`; otherwise runs of whitespace become one space. The
    result is at most TAG_LIMIT characters (cut with an ellipsis).
    """
    if isinstance(value, bytes | bytearray):
        raw = bytes(value)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1250", errors="replace")
    elif isinstance(value, str):
        text = value
    else:
        return "", False
    text = text.rstrip("\x00 \t\r\n")
    if cut_at_nul:
        text = text.split("\x00", 1)[0]
    else:
        text = "; ".join(part for part in (p.strip() for p in text.split("\x00")) if part)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept: list[str] = []
    garbage = False
    for ch in text:
        if ch in _KEEP_CONTROLS:
            kept.append(ch if multiline else " ")
        elif ch in "\ufffd\ufeff" or unicodedata.category(ch) in _DROP_CATEGORIES:
            garbage = True
        else:
            kept.append(ch)
    text = "".join(kept)
    if multiline:
        text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    else:
        text = re.sub(r"\s+", " ", text).strip()
    if len(text) > TAG_LIMIT:
        text = text[: TAG_LIMIT - 1].rstrip() + "…"
    return unicodedata.normalize("NFC", text), garbage


def camera_name(make: str | None, model: str | None) -> str | None:
    """ "Make Model" without the make twice: ("Canon", "Canon EOS 5D") -> "Canon EOS 5D",
    ("NIKON CORPORATION", "NIKON D750") -> "NIKON D750", ("Apple", "iPhone 12") -> "Apple iPhone 12"."""
    make = (make or "").strip()
    model = (model or "").strip()
    if not model:
        return make or None
    if not make:
        return model
    first_word = make.split()[0].casefold()
    if model.casefold().startswith(first_word):
        return model
    return f"{make} {model}"


_DATE_RE = re.compile(r"^\s*(\d{4})[:\-./](\d{1,2})[:\-./](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def parse_exif_datetime(text: str) -> datetime | None:
    """EXIF "YYYY:MM:DD HH:MM:SS" (and the dashed variants some software writes) as a naive datetime.

    Returns None for the "unset" forms cameras write ("0000:00:00 00:00:00", blanks); raises
    ValueError for anything else that is not a date.
    """
    text = text.strip().strip("\x00")
    if not text or set(text) <= set("0: -T"):
        return None
    match = _DATE_RE.match(text)
    if match is None:
        raise ValueError(f"not an EXIF date: {text[:40]!r}")
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    return datetime(year, month, day, hour, minute, second)  # raises ValueError when out of range


def _ratio(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        num, den = value
        return float(num) / float(den) if den else math.nan
    return float(value)  # IFDRational (nan for a zero denominator), int, float


def _coordinate(value: Any, ref: Any, negative: str) -> float:
    parts = [value] if not isinstance(value, tuple | list) else list(value)
    if not 1 <= len(parts) <= 3:
        raise ValueError("wrong number of GPS components")
    numbers = [_ratio(p) for p in parts]
    degrees = sum(n / 60.0**i for i, n in enumerate(numbers))
    ref_text = clean_text(ref, cut_at_nul=True)[0].upper() if ref is not None else ""
    return -degrees if ref_text.startswith(negative) else degrees


def _gps(ifd: Any, facts: ExifFacts) -> None:
    if 2 not in ifd or 4 not in ifd:
        return
    try:
        lat = _coordinate(ifd[2], ifd.get(1), "S")
        lon = _coordinate(ifd[4], ifd.get(3), "W")
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        facts.issues.append("The GPS position in the EXIF data is not a readable set of coordinates.")
        return
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        facts.issues.append("The GPS position in the EXIF data is out of range.")
        return
    if lat == 0 and lon == 0:
        return  # what cameras write when they had no fix
    facts.gps_lat, facts.gps_lon = round(lat, 7), round(lon, 7)
    if 6 in ifd:
        try:
            altitude = _ratio(ifd[6])
            if math.isfinite(altitude):
                sign = -1 if ifd.get(5) in (1, b"\x01") else 1
                facts.extra["gps_altitude"] = round(sign * altitude, 2)
        except (TypeError, ValueError, ZeroDivisionError):
            pass


def _text_tag(
    facts: ExifFacts, value: object, label: str, *, multiline: bool = False, raw: bool = True
) -> str:
    """A text field. Pillow decodes EXIF ASCII fields as Latin-1, but software writes UTF-8 (or, in
    old Polish programs, Windows-1250) there: for a `raw` field the original bytes are recovered
    and decoded as `clean_text` decodes bytes."""
    if raw and isinstance(value, str) and value and max(map(ord, value)) < 256:
        value = value.encode("latin-1")
    text, garbage = clean_text(value, multiline=multiline, cut_at_nul=True)
    if garbage:
        facts.issues.append(f"The EXIF field {label} contains unprintable characters, which were removed.")
    return text


def _xp_text(value: Any) -> str:
    """Windows XP* tags: UTF-16LE bytes, sometimes handed over as a tuple of byte values."""
    if isinstance(value, tuple):
        value = bytes(value)
    if isinstance(value, bytes):
        return value.decode("utf-16-le", errors="replace")
    return str(value)


def _user_comment(value: Any) -> object:
    if not isinstance(value, bytes) or len(value) < 8:
        return value
    charset, body = value[:8], value[8:]
    if charset.startswith(b"UNICODE"):
        big_endian = body[:1] == b"\x00" and body[1:2] != b"\x00"
        return body.decode("utf-16-be" if big_endian else "utf-16-le", errors="replace")
    return body


def read_exif(exif: Image.Exif, *, raw_length: int = 0) -> ExifFacts:
    """The catalogue's facts from parsed EXIF. `raw_length` is the size of the EXIF block found in
    the file: if it is substantial but nothing could be parsed from it, that is reported as garbage."""
    facts = ExifFacts()
    try:
        base = dict(exif)
        exif_ifd = dict(exif.get_ifd(_EXIF_IFD)) if _EXIF_IFD in base else {}
        gps_ifd = dict(exif.get_ifd(_GPS_IFD)) if _GPS_IFD in base else {}
    except Exception:  # Pillow's IFD reader on hostile data: struct.error, KeyError, ...
        facts.issues.append("The EXIF block is damaged and could not be read.")
        return facts
    if raw_length > 32 and not base:  # (an empty but valid EXIF block is 20 bytes)
        facts.issues.append(
            f"The file has an EXIF block ({raw_length} bytes) but no field in it is readable."
        )
        return facts

    orientation = base.get(_ORIENTATION)
    if orientation is not None:
        if isinstance(orientation, int) and 1 <= orientation <= 8:
            facts.orientation = orientation
        else:
            facts.issues.append(f"The EXIF orientation {str(orientation)[:20]!r} is not a valid value (1-8).")

    make = _text_tag(facts, base.get(_MAKE), "Make")
    model = _text_tag(facts, base.get(_MODEL), "Model")
    facts.camera = camera_name(make, model)

    original = exif_ifd.get(_DATETIME_ORIGINAL)
    if original is not None:
        text = _text_tag(facts, original, "DateTimeOriginal")
        try:
            facts.taken_at = parse_exif_datetime(text)
        except ValueError:
            facts.issues.append(f"The EXIF date taken {text[:30]!r} is not a valid date.")
    for tag, key in (
        (_DATETIME_DIGITIZED, "exif_datetime_digitized"),
        (_OFFSET_ORIGINAL, "exif_offset_original"),
    ):
        if tag in exif_ifd:
            text = clean_text(exif_ifd[tag], cut_at_nul=True)[0]
            if text:
                facts.extra[key] = text
    for tag, key in ((_SOFTWARE, "software"), (_LENS_MODEL, "lens_model")):
        source = base if tag in base else exif_ifd
        text = clean_text(source.get(tag), cut_at_nul=True)[0]
        if text:
            facts.extra[key] = text

    description = _text_tag(facts, base.get(_DESCRIPTION), "ImageDescription", multiline=True)
    if description and description.casefold() not in _JUNK_DESCRIPTIONS and description != facts.camera:
        facts.tags["description"] = description
    for tag, key in ((_ARTIST, "artist"), (_COPYRIGHT, "copyright")):
        text = _text_tag(facts, base.get(tag), key.capitalize())
        if text:
            facts.tags[key] = text
    for tag, key in _XP_TAGS.items():
        if tag in base and key not in facts.tags:
            text = _text_tag(facts, _xp_text(base[tag]), f"XP{key.capitalize()}", multiline=True, raw=False)
            if text:
                facts.tags[key] = text
    if _USER_COMMENT in exif_ifd:
        comment = _user_comment(exif_ifd[_USER_COMMENT])
        text = _text_tag(facts, comment, "UserComment", multiline=True, raw=isinstance(comment, bytes))
        if text:
            facts.tags["comment"] = text

    _gps(gps_ifd, facts)
    return facts


# --------------------------------------------------------------------------------------------
# Embedded tags of recordings, videos and PNGs
# --------------------------------------------------------------------------------------------

# fmt: off
_TAG_KEYS = {  # key in the file (exact, else casefolded) -> catalogue key
    "title": "title", "artist": "artist", "author": "artist", "album": "album", "albumartist": "album_artist",
    "album_artist": "album_artist", "date": "date", "year": "date", "creation time": "date",
    "date_recorded": "date", "comment": "comment", "description": "description", "synopsis": "description",
    "genre": "genre", "composer": "composer", "performer": "performer", "copyright": "copyright",
    "language": "language", "publisher": "publisher", "organization": "publisher", "subject": "subject",
    "keywords": "keywords", "lyrics": "lyrics", "tracknumber": "track", "track": "track",
    "encoder": "encoder", "encoded_by": "encoder", "software": "encoder",
    # ID3
    "TIT2": "title", "TPE1": "artist", "TALB": "album", "TPE2": "album_artist", "TDRC": "date",
    "TYER": "date", "TCON": "genre", "TCOM": "composer", "TCOP": "copyright", "TLAN": "language",
    "TPUB": "publisher", "TRCK": "track", "COMM": "comment", "USLT": "lyrics", "TSSE": "encoder",
    "TENC": "encoder",
    # MP4
    "©nam": "title", "©ART": "artist", "©alb": "album", "aART": "album_artist", "©day": "date",
    "©cmt": "comment", "desc": "description", "ldes": "description", "©gen": "genre", "©wrt": "composer",
    "cprt": "copyright", "©lyr": "lyrics", "trkn": "track", "©too": "encoder",
    # RIFF INFO
    "INAM": "title", "IART": "artist", "IPRD": "album", "ICRD": "date", "ICMT": "comment", "IGNR": "genre",
    "ICOP": "copyright", "ISBJ": "subject", "IKEY": "keywords", "ISFT": "encoder",
}
# fmt: on
_MULTILINE = {"comment", "description", "lyrics"}
_MOJIBAKE = set("¹³¿¥¯\x9c\x9f\x8c\x8f")  # Polish letters of Windows-1250 read as Latin-1


def _tag_value(value: object) -> str | bytes | None:
    """One tag value as text (lists joined); covers and other non-text data give None."""
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, int) for v in value):
            return "/".join(str(v) for v in value if v)  # MP4 track number (3, 10)
        parts = [p for p in map(_tag_value, value) if p]
        return "; ".join(p if isinstance(p, str) else p.decode("utf-8", "replace") for p in parts) or None
    if type(value).__name__ == "MP4Cover":
        return None
    if isinstance(value, str | bytes):
        return value
    if isinstance(value, int | float) or type(value).__name__ == "ID3TimeStamp":
        return str(value)
    return None


def _unmojibake(text: object) -> object:
    """Polish text that old software wrote as Windows-1250 into a Latin-1 ID3 frame."""
    if isinstance(text, str) and _MOJIBAKE & set(text) and max(map(ord, text)) < 256:
        try:
            return text.encode("latin-1").decode("cp1250")
        except UnicodeError:
            pass
    return text


def mutagen_items(tags: Any) -> list[tuple[str, object]]:
    """(key, value) pairs from ID3, Vorbis comment or MP4 tags as mutagen holds them."""
    if isinstance(tags, list):  # VComment: [(key, value), ...]
        return [(str(k), v) for k, v in tags]
    items: list[tuple[str, object]] = []
    for key, value in tags.items():
        text = getattr(value, "text", value)  # ID3 frames carry their strings in .text
        if getattr(value, "encoding", None) == 0 and isinstance(text, list):  # Latin-1 frame
            text = [_unmojibake(t) for t in text]
        items.append((str(key), text))
    return items


def gather_tags(items: Iterable[tuple[str, object]]) -> tuple[dict[str, str], list[str]]:
    """Catalogue tags (title, artist, date, comment, ..., and "encoder") from raw (key, value) pairs,
    the first value of each kept, and the keys whose values had unprintable characters removed."""
    tags: dict[str, str] = {}
    bad: list[str] = []
    for key, value in items:
        base = key.split(":", 1)[0] if key[:4].isupper() and key[:4].isalnum() else key  # "COMM::pol"
        canon = _TAG_KEYS.get(base) or _TAG_KEYS.get(base.casefold())
        if canon is None and base == "TXXX" and key.count(":"):
            canon = _TAG_KEYS.get(key.split(":", 2)[1].casefold())  # TXXX:DESCRIPTION
        raw = _tag_value(value) if canon is not None else None
        if canon is None or raw is None:
            continue
        text, garbage = clean_text(raw, multiline=canon in _MULTILINE)
        if garbage:
            bad.append(key)
        if text:
            tags.setdefault(canon, text)
    return tags, bad


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")


def full_date(text: str | None, *, utc_to_local: bool = False) -> datetime | None:
    """A tag date naming a day ("2019-05-03", "2019-05-03T10:00:00+0200") as naive wall-clock time;
    None for a bare year and the like. With `utc_to_local` a zoned time is converted to this
    computer's zone (for MP4 creation_time, which is UTC); otherwise the zone is dropped."""
    if not text or not _FULL_DATE.match(text.strip()):
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = (moment.astimezone() if utc_to_local else moment).replace(tzinfo=None)
    if not 1800 <= moment.year <= 2200 or moment == datetime(1970, 1, 1):  # epoch: "unset"
        return None
    return moment


_ISO6709 = re.compile(r"^([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)")


def parse_iso6709(text: str | None) -> tuple[float, float] | None:
    """Latitude and longitude from an ISO 6709 string as phones write it ("+52.2297+021.0122/")."""
    match = _ISO6709.match(text or "")
    if match is None:
        return None
    lat, lon = float(match[1]), float(match[2])
    return (lat, lon) if abs(lat) <= 90 and abs(lon) <= 180 else None


# --------------------------------------------------------------------------------------------
# Structure of container files
# --------------------------------------------------------------------------------------------


def file_tail(path: Path, count: int) -> bytes:
    with path.open("rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - count))
        return fh.read()


def boxes_fit(path: Path, size: int) -> bool:
    """ISO base media (MP4, MOV, M4A, HEIC, AVIF): do the top-level boxes end inside the file?"""
    offset = 0
    with path.open("rb") as fh:
        while offset + 8 <= size:
            fh.seek(offset)
            header = fh.read(16)
            length = int.from_bytes(header[:4], "big")
            if length == 1 and len(header) == 16:
                length = int.from_bytes(header[8:16], "big")
            elif length == 0:  # runs to the end of the file
                return True
            if length < 8:
                return False
            offset += length
    return offset <= size


def riff_chunks(path: Path, size: int) -> tuple[dict[bytes, tuple[int, int]], bool]:
    """RIFF chunks {id: (data offset, declared length)} (the first of each id) and whether they
    all end inside the file."""
    chunks: dict[bytes, tuple[int, int]] = {}
    offset = 12
    with path.open("rb") as fh:
        while offset + 8 <= size and len(chunks) < 256:
            fh.seek(offset)
            cid, length = struct.unpack("<4sI", fh.read(8))
            chunks.setdefault(cid, (offset + 8, length))
            if length == 0xFFFFFFFF:  # streaming writers and RF64: "until the end"
                return chunks, True
            offset += 8 + length + (length & 1)
    return chunks, offset <= size + 1  # a missing final pad byte is harmless


@dataclass
class WavFacts:
    duration_ms: int | None
    sample_rate: int | None
    channels: int | None
    bitrate: int | None
    bits: int
    codec: str
    truncated: bool
    tags: list[tuple[str, object]]  # RIFF INFO and Broadcast WAV fields, raw
    recorded_at: datetime | None = None
    bad_date: str | None = None


_WAV_CODECS = {3: "pcm_f{}le", 0xFFFE: "pcm_s{}le", 0x55: "mp3", 0x11: "adpcm_ima_wav", 6: "pcm_alaw"}


def read_wav(path: Path, size: int) -> WavFacts:
    """Format, duration of the data actually present, RIFF INFO tags and the Broadcast WAV
    (field recorder) description and date. Raises ValueError without a fmt and a data chunk."""
    chunks, complete = riff_chunks(path, size)
    if b"fmt " not in chunks or b"data" not in chunks:
        raise ValueError("it has no format or no data section")
    items: list[tuple[str, object]] = []
    with path.open("rb") as fh:
        fh.seek(chunks[b"fmt "][0])
        fmt_tag, channels, rate, byte_rate, _, bits = struct.unpack("<HHIIHH", fh.read(16).ljust(16, b"\0"))
        data_at, data_len = chunks[b"data"]
        available = max(0, min(data_len, size - data_at))
        pcm = f"pcm_s{bits}le" if bits > 8 else "pcm_u8"
        facts = WavFacts(
            duration_ms=round(available * 1000 / byte_rate) if byte_rate else None,
            sample_rate=rate or None,
            channels=channels or None,
            bitrate=byte_rate * 8 or None,
            bits=bits,
            codec=pcm if fmt_tag == 1 else _WAV_CODECS.get(fmt_tag, f"0x{fmt_tag:04x}").format(bits),
            truncated=not complete or available < data_len < 0xFFFFFFFF,
            tags=items,
        )
        if b"LIST" in chunks:  # RIFF INFO: INAM, IART, ICMT, ICRD, ...
            fh.seek(chunks[b"LIST"][0])
            body = fh.read(min(chunks[b"LIST"][1], 65536))
            pos = 4 if body[:4] == b"INFO" else len(body)
            while pos + 8 <= len(body):
                cid, length = struct.unpack("<4sI", body[pos : pos + 8])
                items.append((cid.decode("latin-1"), body[pos + 8 : pos + 8 + length]))
                pos += 8 + length + (length & 1)
        if b"bext" in chunks:  # Broadcast WAV: description[256] ... date[10] time[8]
            fh.seek(chunks[b"bext"][0])
            bext = fh.read(346).ljust(346, b"\0")
            items.append(("description", bext[:256]))
            day, time = (clean_text(bext[a:b], cut_at_nul=True)[0] for a, b in ((320, 330), (330, 338)))
            try:
                facts.recorded_at = parse_exif_datetime(f"{day} {time.replace('-', ':')}")
            except ValueError:
                facts.bad_date = f"{day} {time}"
    return facts


# --------------------------------------------------------------------------------------------
# Pixel data
# --------------------------------------------------------------------------------------------


def pixel_data_problem(img: Image.Image, path: Path, size: int) -> tuple[str, str] | None:
    """A cheap check that the pixel data is complete: (problem code, reason) or None."""
    try:
        if img.format == "JPEG":
            img.draft("RGB", (256, 256))  # decodes at 1/8 scale: fast even for 12 MP
            img.load()
        elif img.format == "PNG":
            if not file_tail(path, 12).startswith(b"\x00\x00\x00\x00IEND"):
                return "truncated", "the file ends before the PNG end marker"
            with Image.open(path) as again:
                again.verify()  # walks the chunks and checks their CRCs without decompressing
        elif img.format == "TIFF":
            tags = getattr(img, "tag_v2", {})
            offsets, counts = tags.get(273) or tags.get(324) or (), tags.get(279) or tags.get(325) or ()
            if any(o + c > size for o, c in zip(offsets, counts, strict=False)):
                return "truncated", "its image strips extend past the end of the file"
        elif img.format in ("WEBP", "BMP"):  # both headers state the file size
            with path.open("rb") as fh:
                head = fh.read(8)
            webp = img.format == "WEBP"
            declared = int.from_bytes(head[4:8] if webp else head[2:6], "little") + (8 if webp else 0)
            if declared > size:
                return "truncated", "the file is shorter than its header says"
        elif img.format in ("HEIF", "AVIF") and not boxes_fit(path, size):
            return "truncated", "its data boxes extend past the end of the file"
    except Exception as exc:  # Pillow: "image file is truncated", "broken data stream", CRC errors
        reason = (clean_text(str(exc))[0] or type(exc).__name__)[:200]
        return ("truncated" if "truncat" in reason.casefold() else "damaged_data"), reason
    return None
