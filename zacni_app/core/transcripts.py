"""Timed interview transcripts: reading and writing WebVTT, SRT and "stamped" plain text.

Pure functions, no database. Parsers return `ParsedCue`s sorted by start (stable) whose text has one
stripped, non-empty line per line of the cue ("\\n"-joined). Writers escape just enough that, for speakers
that look like names (see `_split_speaker`) and text without blank lines or edge whitespace, writing and
parsing again gives back the same cues (stamped text keeps no end times: there the end is the next start).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from zacni_app.core.errors import ZacniError

TranscriptFormat = Literal["vtt", "srt", "stamped"]

LAST_CUE_MS = 5000
"""Length of the last stamped cue when the recording's duration is not known."""


class TranscriptFormatError(ZacniError):
    """A transcript cannot be read; the message starts with "line N:" and says what is wrong there."""

    code = "transcript_format"

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class ParsedCue:
    start_ms: int
    end_ms: int
    text: str
    speaker: str | None = None


def _fail(line: int, problem: str) -> TranscriptFormatError:
    return TranscriptFormatError(f"line {line}: {problem}", line=line)


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------- decoding

_LATIN2_LETTERS = re.compile(rb"[\xa1\xa6\xac\xb1\xb6\xbc]")  # Ą Ś Ź ą ś ź in ISO-8859-2; rare signs in 1250
_C1_BYTES = re.compile(rb"[\x80-\x9f]")  # control codes in ISO-8859-2, letters such as ś ź in Windows-1250


def _normalise(text: str) -> str:
    """Drop a BOM, turn CRLF and lone CR into LF, compose letters (NFC) so "ż" is always one code point."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM shows as NUL high bytes in every other byte; no 8-bit text has NULs."""
    pairs = len(data) // 2
    if pairs < 2:
        return None
    if data[1::2].count(0) * 3 > pairs:
        return data.decode("utf-16-le", "replace")
    if data[0::2].count(0) * 3 > pairs:
        return data.decode("utf-16-be", "replace")
    return None


def decode_transcript_bytes(data: bytes) -> str:
    """Decode a transcript file: BOM-marked UTF-8/16/32, else UTF-8 if valid, else Polish 8-bit.

    Text that is not UTF-8 comes from Windows Notepad/Word (Windows-1250) or, rarely, old Unix/Mac tools
    (ISO-8859-2); the two differ in ą ś ź Ą Ś Ź, and bytes 0x80-0x9F only occur in Windows-1250. Never raises:
    undecodable bytes become U+FFFD.
    """
    boms = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig")]
    boms += [(codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
    text = next((data.decode(enc, "replace") for bom, enc in boms if data.startswith(bom)), None)
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            latin2 = _LATIN2_LETTERS.search(data) and not _C1_BYTES.search(data)
            text = data.decode("iso-8859-2" if latin2 else "cp1250", "replace")
    return _normalise(text)


def detect_format(text: str, filename: str | None = None) -> TranscriptFormat:
    """A "WEBVTT" header wins, then the file extension, then any "start --> end" line (SRT), else stamped."""
    first_line = _normalise(text).lstrip().partition("\n")[0]
    if _is_webvtt_header(first_line):
        return "vtt"
    suffix = (filename or "").lower().rpartition(".")[2]
    if suffix in ("vtt", "srt"):
        return "vtt" if suffix == "vtt" else "srt"
    if any(_SRT_TIMING.match(line.strip()) for line in text.splitlines()):
        return "srt"
    return "stamped"


def parse_transcript(
    data: bytes | str, filename: str | None = None, *, duration_ms: int | None = None
) -> list[ParsedCue]:
    """Decode, detect the format and parse. `duration_ms` only matters for stamped text (last cue's end)."""
    text = decode_transcript_bytes(data) if isinstance(data, bytes) else _normalise(data)
    fmt = detect_format(text, filename)
    if fmt == "vtt":
        return parse_webvtt(text)
    if fmt == "srt":
        return parse_srt(text)
    return parse_stamped_text(text, duration_ms=duration_ms)


# ---------------------------------------------------------------------------------- timestamps and text

_CUE_TS = re.compile(r"(?:(\d{1,6}):)?(\d{2}):(\d{2})[.,](\d{3})")
_STAMP_TS = re.compile(r"(?:(\d{1,6}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?")
_STAMP_START = re.compile(
    r"\[\s*([\d:.,]*:[\d:.,]*)\s*\]|\(\s*([\d:.,]*:[\d:.,]*)\s*\)|(\d+:\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?=\s|$)"
)
_SRT_TIMING = re.compile(r"[\d:.,]+\s*-->")
_VTT_META = re.compile(r"(?:NOTE|STYLE|REGION)(?:\s|$)")
_VTT_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>\n]*)>")
_VTT_TAG = re.compile(r"<[^>\n]*>")
_SRT_TAG = re.compile(r"</?(?:[ibus]|font)(?:[ \t][^>\n]*)?>|\{\\[^}\n]*\}", re.IGNORECASE)
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|nbsp|lrm|rlm|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_NAMED = dict(amp="&", lt="<", gt=">", quot='"', apos="'", nbsp="\xa0", lrm="\u200e", rlm="\u200f")
_NAME_PUNCTUATION = frozenset("-.'’")


def format_timestamp(ms: int, *, sep: str = ".") -> str:
    """01:02:03.004 for 3723004 ms; sep="," gives the SRT form."""
    if ms < 0:
        raise ValueError(f"negative time: {ms} ms")
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{sep}{millis:03d}"


def _to_ms(match: re.Match[str], raw: str, line: int) -> int:
    hours, minutes, seconds, fraction = match.groups()
    if int(minutes) >= 60 or int(seconds) >= 60:
        part = "minutes" if int(minutes) >= 60 else "seconds"
        raise _fail(line, f"timestamp '{raw}' has {part} of 60 or more")
    total = (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)
    return total * 1000 + int((fraction or "0").ljust(3, "0"))


def _cue_ms(raw: str, line: int, sep: str) -> int:
    match = _CUE_TS.fullmatch(raw)
    if match is None:
        raise _fail(line, f"timestamp '{_clip(raw)}' is not hh:mm:ss{sep}mmm")
    return _to_ms(match, raw, line)


def _unescape(text: str) -> str:
    """Undo the character references our writers produce (and common ones others do); others stay as is."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if not name.startswith("#"):
            return _NAMED[name]
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        ok = 0x20 <= code <= 0x10FFFF and not 0x7F <= code <= 0x9F and not 0xD800 <= code <= 0xDFFF
        return chr(code) if ok else match.group(0)

    return _ENTITY.sub(replace, text)


def _is_name_word(word: str) -> bool:
    return word[0].isupper() and all(c.isalpha() or c in _NAME_PUNCTUATION for c in word)


def _split_speaker(line: str) -> tuple[str | None, str]:
    """Split "Jan Kowalski: text" into speaker and text.

    A speaker is 1-4 capitalised words of letters (and - . ' ’) before the line's first colon, which must be
    followed by a space or the line end: this catches "ANKIETER:" and "Zofia Wójcik-Łęcka:" but not
    "o 12:30" or "http://". Writers escape that colon in speakerless text that would match.
    """
    name, colon, rest = line.partition(":")
    words = name.split()
    if not colon or rest[:1] not in ("", " ", "\t") or not 1 <= len(words) <= 4:
        return None, line
    if not all(_is_name_word(word) for word in words):
        return None, line
    return " ".join(words), rest.strip()


def _text_lines(text: str) -> list[str]:
    return [stripped for line in text.split("\n") if (stripped := line.strip())]


def _cue_text(raw_lines: Sequence[str], *, vtt: bool) -> tuple[str | None, str]:
    """Speaker and plain text of a WebVTT/SRT cue body: voice tag or "Name:" prefix, tags removed."""
    joined = "\n".join(raw_lines)
    voice = _VTT_VOICE.search(joined) if vtt else None
    speaker = (_unescape(voice.group(1)).strip() or None) if voice else None
    lines = _text_lines((_VTT_TAG if vtt else _SRT_TAG).sub("", joined))
    if speaker is None and lines:
        speaker, first = _split_speaker(lines[0])
        lines[:1] = [first] if first else []
    return speaker, "\n".join(_unescape(line) for line in lines)


def _protect_speakerless(line: str) -> str:
    """Escape the colon of text that would be read back as a "Name:" prefix."""
    if _split_speaker(line)[0] is None:
        return line
    name, _, rest = line.partition(":")
    return f"{name}&#58;{rest}"


# ------------------------------------------------------------------------------------------ WebVTT, SRT


def _is_webvtt_header(line: str) -> bool:
    return line.startswith("WEBVTT") and line[6:7] in ("", " ", "\t")


def _is_timing(line: str, vtt: bool) -> bool:
    """In WebVTT any "-->" makes a timing line; SRT text may contain arrows, so a time must come first."""
    return "-->" in line if vtt else _SRT_TIMING.match(line) is not None


def _parse_timing(line: str, number: int, sep: str) -> tuple[int, int]:
    left, _, right = line.partition("-->")
    start = _cue_ms(left.strip(), number, sep)
    end = _cue_ms((right.split() or [""])[0], number, sep)  # cue settings after the end time are ignored
    if end < start:
        when = f"{format_timestamp(end, sep=sep)} before it starts ({format_timestamp(start, sep=sep)})"
        raise _fail(number, f"cue ends at {when}")
    return start, end


def _is_cue_id(lines: Sequence[str], index: int, block_start: bool, vtt: bool) -> bool:
    """WebVTT: a block's first line right above a timing line. SRT: a number above one, blanks allowed."""
    if vtt:
        return block_start and index + 1 < len(lines) and _is_timing(lines[index + 1].strip(), True)
    if not lines[index].strip().isdecimal():
        return False
    index += 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index < len(lines) and _is_timing(lines[index].strip(), False)


def _scan_cues(lines: Sequence[str], first: int, *, vtt: bool) -> list[ParsedCue]:
    """Read cues from `lines[first:]`: a timing line starts a cue, text up to the next cue belongs to it.

    Lenient about blank lines: text after a blank line inside a cue still belongs to that cue.
    """
    sep = "." if vtt else ","
    found: list[tuple[int, int, list[str]]] = []
    block_start, skipping = True, False
    for index in range(first, len(lines)):
        line = lines[index].strip()
        if not line:
            block_start, skipping = True, False
            continue
        at_block_start, block_start = block_start, False
        if skipping or (vtt and at_block_start and _VTT_META.match(line)):
            skipping = True  # NOTE, STYLE and REGION blocks last until the next blank line
        elif _is_timing(line, vtt):
            found.append((*_parse_timing(line, index + 1, sep), []))
        elif _is_cue_id(lines, index, at_block_start, vtt):
            continue
        elif not found:
            raise _fail(index + 1, f"expected a cue timing 'start --> end', found '{_clip(line)}'")
        else:
            found[-1][2].append(line)
    if not found:
        raise _fail(len(lines), "reached the end of the file without finding any cue ('start --> end')")
    cues = []
    for start, end, body in found:
        speaker, cue_text = _cue_text(body, vtt=vtt)
        cues.append(ParsedCue(start, end, cue_text, speaker))
    return sorted(cues, key=attrgetter("start_ms"))


def _lines_of(text: str) -> list[str]:
    """Lines of a non-empty transcript (a trailing newline adds no line); raise for an empty one."""
    text = _normalise(text)
    if not text.strip():
        raise _fail(1, "the file is empty")
    return text.rstrip("\n").split("\n")


def parse_webvtt(text: str) -> list[ParsedCue]:
    lines = _lines_of(text)
    first = next(index for index, line in enumerate(lines) if line.strip())
    if not _is_webvtt_header(lines[first].strip()):
        raise _fail(first + 1, f"a WebVTT file must start with 'WEBVTT', found '{_clip(lines[first])}'")
    first += 1
    while first < len(lines) and lines[first].strip() and "-->" not in lines[first]:
        first += 1  # header lines such as "Kind: captions"
    return _scan_cues(lines, first, vtt=True)


def parse_srt(text: str) -> list[ParsedCue]:
    return _scan_cues(_lines_of(text), 0, vtt=False)


def _escape_vtt(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_webvtt(cues: Sequence[ParsedCue]) -> str:
    """WebVTT with a `<v Speaker>` voice span per cue that has a speaker."""
    out = ["WEBVTT", ""]
    for cue in cues:
        out.append(f"{format_timestamp(cue.start_ms)} --> {format_timestamp(cue.end_ms)}")
        lines = [_escape_vtt(line) for line in _text_lines(cue.text)]
        if cue.speaker:
            lines = lines or [""]
            lines[0] = f"<v {_escape_vtt(cue.speaker)}>{lines[0]}"
            lines[-1] += "</v>"
        elif lines:
            lines[0] = _protect_speakerless(lines[0])
        out += [*lines, ""]
    return "\n".join(out)


def _escape_srt(line: str) -> str:
    """SRT has no escaping rules; use character references, but only where the text would be misread."""
    line = _ENTITY.sub(lambda m: "&amp;" + m.group(0)[1:], line)
    while _SRT_TAG.search(line):  # escaping one tag can reveal another inside it: "<i <b>>"
        line = _SRT_TAG.sub(lambda m: ("&lt;" if m.group(0)[0] == "<" else "&#123;") + m.group(0)[1:], line)
    return line.replace("-->", "--&gt;")


def write_srt(cues: Sequence[ParsedCue]) -> str:
    """Numbered SRT blocks; a speaker becomes a "Speaker: " prefix on the first line."""
    out: list[str] = []
    for number, cue in enumerate(cues, 1):
        timing = f"{format_timestamp(cue.start_ms, sep=',')} --> {format_timestamp(cue.end_ms, sep=',')}"
        lines = [_escape_srt(line) for line in _text_lines(cue.text)]
        if cue.speaker:
            lines[:1] = [f"{cue.speaker}: {lines[0]}" if lines else f"{cue.speaker}:"]
        elif lines:
            lines[0] = _protect_speakerless(lines[0])
        out += [str(number), timing, *lines, ""]
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ stamped text


def _stamp_ms(match: re.Match[str], line: int) -> int:
    raw = next(group for group in match.groups() if group is not None)
    parts = _STAMP_TS.fullmatch(raw)
    if parts is None:
        raise _fail(line, f"timestamp '{_clip(raw)}' is not [hh:mm:ss], [mm:ss] or [hh:mm:ss.mmm]")
    return _to_ms(parts, raw, line)


def _stamped_text(raw_lines: Sequence[str]) -> tuple[str | None, str]:
    """Speaker and text of a stamped cue; a leading backslash keeps a line from being read as stamp/name."""
    speaker, first = _split_speaker(raw_lines[0].strip())
    lines = _text_lines("\n".join([first, *raw_lines[1:]]))
    unescaped = (line[1:] if line.startswith("\\") else line for line in lines)
    return speaker, "\n".join(line for line in unescaped if line)


def parse_stamped_text(text: str, *, duration_ms: int | None = None) -> list[ParsedCue]:
    """Lines starting with [hh:mm:ss], [mm:ss], [hh:mm:ss.mmm], (…) or a bare hh:mm:ss start a cue.

    Lines without a stamp continue the cue above; text before the first stamp is a cue at 0 ms. A cue ends
    where the next one starts; the last at `duration_ms` (if not before its start) or LAST_CUE_MS after it.
    """
    lines = _lines_of(text)
    blocks: list[tuple[int, list[str]]] = []
    before_first: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        stamp = _STAMP_START.match(line)
        if stamp:
            blocks.append((_stamp_ms(stamp, number), [line[stamp.end() :]]))
        else:
            (blocks[-1][1] if blocks else before_first).append(line)
    if not blocks:
        raise _fail(len(lines), "reached the end of the file without finding a timestamp such as [00:01:23]")
    if any(before_first):
        blocks.insert(0, (0, before_first))
    blocks.sort(key=lambda block: block[0])
    last = blocks[-1][0]
    ends = [start for start, _ in blocks[1:]]
    ends.append(duration_ms if duration_ms is not None and duration_ms >= last else last + LAST_CUE_MS)
    cues = []
    for (start, body), end in zip(blocks, ends, strict=True):
        speaker, cue_text = _stamped_text(body)
        cues.append(ParsedCue(start, end, cue_text, speaker))
    return cues


def _escape_stamped(line: str, *, misread: bool) -> str:
    """Prefix a backslash to a line the parser would misread (as a stamp or a "Name:"), or that has one."""
    return "\\" + line if misread or line.startswith("\\") else line


def write_stamped_text(cues: Sequence[ParsedCue]) -> str:
    """One "[hh:mm:ss] Speaker: text" line per cue (".mmm" only when needed), then continuation lines."""
    out: list[str] = []
    for cue in cues:
        stamp = format_timestamp(cue.start_ms)
        head = [f"[{stamp[:-4] if stamp.endswith('.000') else stamp}]"]
        if cue.speaker:
            head.append(f"{cue.speaker}:")
        lines = _text_lines(cue.text)
        if lines:
            name_like = not cue.speaker and _split_speaker(lines[0])[0] is not None
            head.append(_escape_stamped(lines[0], misread=name_like))
        # a stamp would start a new cue; an SRT timing line would make `detect_format` say "srt"
        rest = [
            _escape_stamped(line, misread=bool(_STAMP_START.match(line) or _SRT_TIMING.match(line)))
            for line in lines[1:]
        ]
        out += [" ".join(head), *rest, ""]
    return "\n".join(out)
