"""Parsing and writing timed transcripts (WebVTT, SRT, stamped text)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zacni_app.core.errors import ZacniError
from zacni_app.core.transcripts import (
    LAST_CUE_MS,
    ParsedCue,
    TranscriptFormatError,
    decode_transcript_bytes,
    detect_format,
    format_timestamp,
    parse_srt,
    parse_stamped_text,
    parse_transcript,
    parse_webvtt,
    write_srt,
    write_stamped_text,
    write_webvtt,
)

VTT_SAMPLE = """WEBVTT - Wywiad: Pszczelarze z Opatowa
Kind: captions
Language: pl

NOTE Transkrypcja: Ewa Nowak, 2024
poprawiona przez Zofię

STYLE
::cue(.yellow) { color: yellow }

intro
00:00:01.000 --> 00:00:04.500 align:start position:10%
<v.loud Jan Kowalski>Pszczoły <i>zimują</i> w Opatowie,</v>
<v Jan Kowalski>w ulach &amp; w piwnicy.</v>

2
00:04.500 --> 00:09.250 line:0
<v ANKIETER>A jak było zimą &lt;1963&gt;?

00:00:09.250 --> 00:01:02.003
<c.yellow>Zażółć</c> <00:00:09.500>gęślą&nbsp;jaźń
<b>— mówiła babcia.</b>

NOTE koniec
"""


def test_parse_webvtt_realistic_sample() -> None:
    assert parse_webvtt(VTT_SAMPLE) == [
        ParsedCue(1000, 4500, "Pszczoły zimują w Opatowie,\nw ulach & w piwnicy.", "Jan Kowalski"),
        ParsedCue(4500, 9250, "A jak było zimą <1963>?", "ANKIETER"),
        ParsedCue(9250, 62003, "Zażółć gęślą\xa0jaźń\n— mówiła babcia.", None),
    ]


def test_parse_webvtt_reads_zoom_style_name_prefix_and_skips_header_lines_before_first_cue() -> None:
    text = "\ufeffWEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nZofia Wójcik-Łęcka: Dzień dobry.\n"
    assert parse_webvtt(text) == [ParsedCue(0, 2000, "Dzień dobry.", "Zofia Wójcik-Łęcka")]


def test_parse_webvtt_cue_right_after_the_header_line() -> None:
    assert parse_webvtt("WEBVTT\n00:00:00.000 --> 00:00:01.000\nTak.\n") == [ParsedCue(0, 1000, "Tak.")]


SRT_SAMPLE = (
    "1\r\n"
    "00:00:01,000 --> 00:00:03,500\r\n"
    "ANKIETER: Gdzie zimują pszczoły?\r\n"
    "\r\n"
    "7\r\n"
    "00:00:03,500 --> 00:00:08,000\r\n"
    "Jan Kowalski: <i>Pszczoły zimują</i>\r\n"
    "w Opatowie.\r\n"
    "\r\n"
    "\r\n"
    "\r\n"
    "00:00:08.000 --> 00:00:10,000 X1:100 X2:200\r\n"
    "Zażółć gęślą jaźń, o 12:30 --> u sąsiadów\r\n"
    "\r\n"
    "4\r\n"
    "\r\n"
    "00:00:10,000 --> 00:00:12,000\r\n"
    "{\\an8}Anna Maria Zofia Nowak: Tak.\r\n"
)


def test_parse_srt_realistic_sample_from_crlf_bytes() -> None:
    cues = parse_transcript(SRT_SAMPLE.encode("utf-8"), "wywiad.srt")
    assert cues == [
        ParsedCue(1000, 3500, "Gdzie zimują pszczoły?", "ANKIETER"),
        ParsedCue(3500, 8000, "Pszczoły zimują\nw Opatowie.", "Jan Kowalski"),
        ParsedCue(8000, 10000, "Zażółć gęślą jaźń, o 12:30 --> u sąsiadów", None),
        ParsedCue(10000, 12000, "Tak.", "Anna Maria Zofia Nowak"),
    ]


@pytest.mark.parametrize(
    "first_line",
    [
        "pan Jan: nie",  # lower-case word
        "Jeden Dwa Trzy Cztery Pięć: za długie",  # five words
        "Uwaga:bez spacji",  # no space after the colon
        "Strona http://example.org",
        "O 12:30 przyjechał",
    ],
)
def test_srt_text_that_is_not_a_speaker_prefix_stays_text(first_line: str) -> None:
    cues = parse_srt(f"1\n00:00:00,000 --> 00:00:01,000\n{first_line}\n")
    assert cues == [ParsedCue(0, 1000, first_line, None)]


def test_srt_keeps_text_after_a_stray_blank_line_and_sorts_cues_stably() -> None:
    text = (
        "1\n00:00:05,000 --> 00:00:06,000\nDruga\n\ndalej druga\n\n"
        "2\n00:00:01,000 --> 00:00:02,000\nPierwsza\n\n"
        "3\n00:00:05,000 --> 00:00:07,000\nTrzecia\n\n"
        "4\n00:00:01,000 --> 00:00:01,500\n1939\n"
    )
    assert parse_srt(text) == [
        ParsedCue(1000, 2000, "Pierwsza"),
        ParsedCue(1000, 1500, "1939"),
        ParsedCue(5000, 6000, "Druga\ndalej druga"),
        ParsedCue(5000, 7000, "Trzecia"),
    ]


STAMPED_SAMPLE = """Wywiad z Janem Kowalskim, Opatów 1998

[00:05] ANKIETER: Proszę opowiedzieć o pszczołach.
[00:12.5] Jan Kowalski: Pszczoły zimują w Opatowie,
   w piwnicy pod kościołem.

zawsze tak było.
(01:02:03) Zażółć gęślą jaźń.
00:59:00 Maria: Wcześniej.
[1:05:00.250]
\\[00:00] to nie jest znacznik
"""


def test_parse_stamped_text_with_continuations_and_every_stamp_form() -> None:
    assert parse_stamped_text(STAMPED_SAMPLE, duration_ms=4_000_000) == [
        ParsedCue(0, 5000, "Wywiad z Janem Kowalskim, Opatów 1998"),
        ParsedCue(5000, 12500, "Proszę opowiedzieć o pszczołach.", "ANKIETER"),
        ParsedCue(
            12500,
            3_540_000,
            "Pszczoły zimują w Opatowie,\nw piwnicy pod kościołem.\nzawsze tak było.",
            "Jan Kowalski",
        ),
        ParsedCue(3_540_000, 3_723_000, "Wcześniej.", "Maria"),
        ParsedCue(3_723_000, 3_900_250, "Zażółć gęślą jaźń."),
        ParsedCue(3_900_250, 4_000_000, "[00:00] to nie jest znacznik"),
    ]


def test_stamped_last_cue_without_usable_duration_lasts_the_default() -> None:
    text = "[00:01] Ala\n[00:10] Ola\n"
    assert parse_stamped_text(text)[-1] == ParsedCue(10_000, 10_000 + LAST_CUE_MS, "Ola")
    assert parse_stamped_text(text, duration_ms=3000)[-1].end_ms == 10_000 + LAST_CUE_MS
    assert parse_stamped_text(text, duration_ms=12_345)[-1].end_ms == 12_345
    assert parse_transcript(text.encode(), "wywiad.txt", duration_ms=12_345)[-1].end_ms == 12_345


POLISH = "Zażółć gęślą jaźń. Pszczoły zimują w Opatowie."


@pytest.mark.parametrize(
    "encoding", ["cp1250", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "iso-8859-2"]
)
def test_decode_transcript_bytes_in_polish_encodings(encoding: str) -> None:
    text = f"[00:01] {POLISH}\nŚwięto Źródeł, ZAŻÓŁĆ GĘŚLĄ JAŹŃ\n"
    assert decode_transcript_bytes(text.encode(encoding)) == text


def test_decode_normalises_newlines_and_composes_letters() -> None:
    decomposed = unicodedata.normalize("NFD", "Zażółć\r\ngęślą\rjaźń\n")
    assert decode_transcript_bytes(decomposed.encode("utf-8-sig")) == "Zażółć\ngęślą\njaźń\n"
    assert parse_transcript("[00:01] " + decomposed)[0].text == "Zażółć\ngęślą\njaźń"


@given(st.binary(max_size=200))
def test_decode_never_crashes(data: bytes) -> None:
    text = decode_transcript_bytes(data)
    assert "\r" not in text
    assert text == unicodedata.normalize("NFC", text)


def test_parse_transcript_decodes_windows_1250_srt() -> None:
    data = "1\r\n00:00:01,000 --> 00:00:02,000\r\nŁucja Ślązak: Zażółć gęślą jaźń\r\n".encode("cp1250")
    assert parse_transcript(data) == [ParsedCue(1000, 2000, "Zażółć gęślą jaźń", "Łucja Ślązak")]


@pytest.mark.parametrize(
    ("text", "filename", "expected"),
    [
        ("\ufeff\nWEBVTT\n\n00:01.000 --> 00:02.000\nx\n", "plik.srt", "vtt"),
        ("00:00:01.000 --> 00:00:02.000\nx\n", "plik.VTT", "vtt"),
        ("[00:01] x\n", "plik.srt", "srt"),
        ("1\n00:00:01,000 --> 00:00:02,000\nx\n", "plik.txt", "srt"),
        ("1\n00:00:01,000 --> 00:00:02,000\nx\n", None, "srt"),
        ("[00:01] x\n", None, "stamped"),
        ("WEBVTTX\n", None, "stamped"),
    ],
)
def test_detect_format(text: str, filename: str | None, expected: str) -> None:
    assert detect_format(text, filename) == expected


@pytest.mark.parametrize(
    ("parse", "text", "line", "fragment"),
    [
        (
            parse_srt,
            "1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:01:7,000 --> 00:01:09,000\nB\n",
            6,
            "'00:01:7,000'",
        ),
        (parse_webvtt, "WEBVTT\n\n00:00:01.000 --> 00:00:02\nA\n", 3, "hh:mm:ss.mmm"),
        (parse_webvtt, "WEBVTT\n\n00:61:00.000 --> 01:02:00.000\nA\n", 3, "minutes"),
        (parse_srt, "1\n00:00:60,000 --> 00:01:02,000\nA\n", 2, "seconds"),
        (parse_srt, "\n\n1\n00:00:05,000 --> 00:00:04,000\nA\n", 4, "before it starts"),
        (parse_webvtt, "WEBVTT\n\n00:00:05.000 --> 00:00:04.999\nA\n", 3, "before it starts"),
        (parse_webvtt, "", 1, "empty"),
        (parse_srt, " \n\n", 1, "empty"),
        (parse_stamped_text, "", 1, "empty"),
        (parse_webvtt, "WEBVTT - nic\n\nNOTE tylko notatka\n", 3, "without finding any cue"),
        (parse_srt, "Zażółć gęślą jaźń\n", 1, "expected a cue timing"),
        (parse_webvtt, "00:00:01.000 --> 00:00:02.000\nA\n", 1, "WEBVTT"),
        (
            parse_webvtt,
            "WEBVTT\n\nstray text\n\n00:00:01.000 --> 00:00:02.000\nA\n",
            3,
            "expected a cue timing",
        ),
        (parse_stamped_text, "Zażółć gęślą jaźń\nbez znaczników\n", 2, "timestamp"),
        (parse_stamped_text, "[00:01] A\n[00:1:7] B\n", 2, "'00:1:7'"),
        (parse_stamped_text, "[00:01] A\n\n[61:00] B\n", 3, "minutes"),
        (parse_stamped_text, "[00:01] A\n(00:00:75) B\n", 2, "seconds"),
    ],
)
def test_errors_name_the_line(
    parse: Callable[[str], list[ParsedCue]], text: str, line: int, fragment: str
) -> None:
    with pytest.raises(TranscriptFormatError) as caught:
        parse(text)
    error = caught.value
    assert isinstance(error, ZacniError)
    assert error.code == "transcript_format"
    assert error.line == line
    assert error.message.startswith(f"line {line}: ")
    assert fragment in error.message


@pytest.mark.parametrize(
    "text", ["[" + "1" * 5000 + ":00:00] A\n", "WEBVTT\n\n" + "9" * 5000 + ":00:00.000 --> 00:00:01.000\n"]
)
def test_absurdly_long_numbers_are_format_errors(text: str) -> None:
    with pytest.raises(TranscriptFormatError, match=r"^line [13]: "):
        parse_transcript(text)


@pytest.mark.parametrize(
    ("escaped", "plain"),
    [
        ("&#" + "1" * 5000 + ";", "&#" + "1" * 5000 + ";"),
        ("a&#10;b&#0;c&#x85;d&#xD800;", "a&#10;b&#0;c&#x85;d&#xD800;"),  # no control characters or surrogates
        ("&#x141;&#243;d&#378; &amp;c &copy; R&D; &quot;x&apos;", "Łódź &c &copy; R&D; \"x'"),
    ],
)
def test_character_references(escaped: str, plain: str) -> None:
    assert parse_srt(f"1\n00:00:00,000 --> 00:00:01,000\n{escaped}\n")[0].text == plain
    assert parse_webvtt(f"WEBVTT\n\n00:00.000 --> 00:01.000\n{escaped}\n")[0].text == plain


def test_webvtt_line_above_a_timing_is_text_unless_it_opens_a_block() -> None:
    text = "WEBVTT\n\n00:00.000 --> 00:01.000\nPierwsza\n00:01.000 --> 00:02.000\nDruga\n"
    assert parse_webvtt(text) == [ParsedCue(0, 1000, "Pierwsza"), ParsedCue(1000, 2000, "Druga")]


@given(st.text(max_size=300), st.sampled_from([None, "a.vtt", "a.srt", "a.txt"]))
def test_any_text_parses_or_gives_a_transcript_format_error(text: str, filename: str | None) -> None:
    try:
        cues = parse_transcript(text, filename)
    except TranscriptFormatError as error:
        assert error.message.startswith(f"line {error.line}: ")
    else:
        assert cues
        assert all(0 <= cue.start_ms <= cue.end_ms for cue in cues)
        assert [cue.start_ms for cue in cues] == sorted(cue.start_ms for cue in cues)


def test_format_timestamp() -> None:
    assert format_timestamp(3_723_004) == "01:02:03.004"
    assert format_timestamp(3_723_004, sep=",") == "01:02:03,004"
    assert format_timestamp(0) == "00:00:00.000"
    assert format_timestamp(360_000_000) == "100:00:00.000"
    with pytest.raises(ValueError):
        format_timestamp(-1)


SAMPLE_CUES = [
    ParsedCue(1000, 4500, "Pszczoły zimują w Opatowie\n& <mówi> --> dalej", "Jan Kowalski"),
    ParsedCue(4500, 9000, "Ala: ma kota", None),
]


def test_write_webvtt_exact_output() -> None:
    assert write_webvtt(SAMPLE_CUES) == (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:04.500\n"
        "<v Jan Kowalski>Pszczoły zimują w Opatowie\n&amp; &lt;mówi&gt; --&gt; dalej</v>\n\n"
        "00:00:04.500 --> 00:00:09.000\n"
        "Ala&#58; ma kota\n"
    )


def test_write_srt_exact_output() -> None:
    assert write_srt(SAMPLE_CUES) == (
        "1\n00:00:01,000 --> 00:00:04,500\n"
        "Jan Kowalski: Pszczoły zimują w Opatowie\n& <mówi> --&gt; dalej\n\n"
        "2\n00:00:04,500 --> 00:00:09,000\nAla&#58; ma kota\n"
    )


def test_write_stamped_text_exact_output() -> None:
    cues = [*SAMPLE_CUES, ParsedCue(9250, 9999, "Zażółć\n[01:00] gęślą jaźń", "ANKIETER")]
    assert write_stamped_text(cues) == (
        "[00:00:01] Jan Kowalski: Pszczoły zimują w Opatowie\n& <mówi> --> dalej\n\n"
        "[00:00:04.500] \\Ala: ma kota\n\n"
        "[00:00:09.250] ANKIETER: Zażółć\n\\[01:00] gęślą jaźń\n"
    )


TRICKY_TEXTS = [
    "Ala: ma kota",
    "SPEAKER:",
    "<i>nie kursywa</i> i <b>nie gruba</b> <font color=red>x</font> {\\an8}",
    "<i <b>>",
    "&amp; &lt; &#58; &nbsp; & ; &#x41; &#99999999;",
    "00:00:01,000 --> 00:00:02,000",
    "strzałka --> w tekście",
    "pierwsza\n2\n00:00:05,000 --> 00:00:06,000",
    "NOTE to nie notatka\nWEBVTT",
    "Zdanie\n[00:01] nie znacznik\n(1:02:03) też nie\n12:30:00 ani to\n\\ukośnik",
    "\\Jan: z ukośnikiem",
    "pierwsza\nJan Kowalski: druga linia",
    "<v Jan>udawany głos</v>",
    "<B\n>",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
@pytest.mark.parametrize("speaker", [None, "Zofia Wójcik-Łęcka"])
def test_tricky_text_round_trips_through_every_writer(text: str, speaker: str | None) -> None:
    cues = [ParsedCue(1000, 2000, text, speaker), ParsedCue(2000, 3000, "Zażółć gęślą jaźń", speaker)]
    assert parse_webvtt(write_webvtt(cues)) == cues
    assert parse_srt(write_srt(cues)) == cues
    assert parse_stamped_text(write_stamped_text(cues), duration_ms=3000) == cues
    assert parse_transcript(write_webvtt(cues)) == cues
    assert parse_transcript(write_srt(cues)) == cues
    assert parse_transcript(write_stamped_text(cues), "wywiad.txt", duration_ms=3000) == cues


def test_cues_with_speaker_and_no_text_round_trip() -> None:
    cues = [ParsedCue(0, 1000, "", "Jan Kowalski"), ParsedCue(1000, 2000, "", None)]
    assert parse_webvtt(write_webvtt(cues)) == cues
    assert parse_srt(write_srt(cues)) == cues
    assert parse_stamped_text(write_stamped_text(cues), duration_ms=2000) == cues


# ------------------------------------------------------------------------------------------ round trips

LETTERS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ"
PUNCTUATION = " .,;:!?-–—„”\"'()[]<>&#/\\{}*0123456789"
SPEAKERS = [None, "Jan Kowalski", "Zofia Wójcik-Łęcka", "ANKIETER", "Ewa", "Łucja Ślązak"]

lines = st.text(alphabet=LETTERS + PUNCTUATION, min_size=1, max_size=40).map(str.strip).filter(bool)
texts = st.lists(lines, min_size=1, max_size=4).map("\n".join)
cue_parts = st.tuples(st.integers(0, 600_000), st.integers(0, 600_000), texts, st.sampled_from(SPEAKERS))


def _build(parts: list[tuple[int, int, str, str | None]], *, ends_at_next_start: bool) -> list[ParsedCue]:
    cues: list[ParsedCue] = []
    start = 0
    for index, (gap, length, text, speaker) in enumerate(parts):
        start += gap
        if ends_at_next_start:
            end = start + parts[index + 1][0] if index + 1 < len(parts) else start + length
        else:
            end = start + length
        cues.append(ParsedCue(start, end, text, speaker))
    return cues


@settings(max_examples=300)
@given(st.lists(cue_parts, min_size=1, max_size=8))
def test_webvtt_and_srt_round_trip(parts: list[tuple[int, int, str, str | None]]) -> None:
    cues = _build(parts, ends_at_next_start=False)
    assert parse_webvtt(write_webvtt(cues)) == cues
    assert parse_srt(write_srt(cues)) == cues
    assert parse_transcript(write_webvtt(cues).encode("utf-8")) == cues
    assert parse_transcript(write_srt(cues).encode("utf-8-sig")) == cues


@settings(max_examples=300)
@given(st.lists(cue_parts, min_size=1, max_size=8))
def test_stamped_text_round_trip(parts: list[tuple[int, int, str, str | None]]) -> None:
    cues = _build(parts, ends_at_next_start=True)
    written = write_stamped_text(cues)
    assert parse_stamped_text(written, duration_ms=cues[-1].end_ms) == cues
    assert parse_transcript(written.encode("utf-16"), "wywiad.txt", duration_ms=cues[-1].end_ms) == cues
