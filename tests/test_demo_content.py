"""The demo archive's content and media generators (no database)."""

from __future__ import annotations

import math
import re
import sys
import wave
from array import array
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image

from zacni_app.core import demo_content
from zacni_app.core.demo_content import (
    INTERVIEWERS,
    NARRATORS,
    SUBJECTS,
    DemoNarrator,
    DemoPhoto,
    make_demo_photo,
    synth_voice_wav,
    voice_turns,
)

TODAY = date.today()


def _narrator(passion: str) -> DemoNarrator:
    [found] = [n for n in NARRATORS if n.passion == passion]
    return found


def _open_cue_text(narrator: DemoNarrator) -> str:
    return "\n".join(cue.text for cue in narrator.cues if not cue.closed)


def _is_freely_public(narrator: DemoNarrator) -> bool:
    return (
        narrator.access == "public"
        and narrator.consent_scope in ("publish", "publish-with-name")
        and narrator.embargo_until is None
        and narrator.withdrawn_on is None
    )


# --- people and vocabulary -----------------------------------------------------------------------


def test_ten_narrators_with_unique_keys_names_and_passions() -> None:
    assert len(NARRATORS) == 10
    assert len({n.key for n in NARRATORS}) == 10
    assert len({n.name for n in NARRATORS}) == 10
    assert len({n.passion for n in NARRATORS}) == 10
    for n in NARRATORS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n.key), n.key


def test_subjects_form_a_tree_and_hold_every_passion() -> None:
    labels = [label for label, _ in SUBJECTS]
    assert len(labels) == len(set(labels)), "duplicate subject labels"
    assert 35 <= len(labels) <= 60
    seen: set[str] = set()
    for label, parent in SUBJECTS:
        assert label == label.lower().strip() and label
        assert parent is None or parent in seen, f"parent of {label!r} missing or listed after it"
        seen.add(label)
    assert sum(parent is None for _, parent in SUBJECTS) >= 6
    for n in NARRATORS:
        assert n.passion in seen, n.passion


def test_people_fields_are_complete_and_fictional() -> None:
    assert 2 <= len(INTERVIEWERS) <= 3
    for n in NARRATORS:
        assert n.interviewer in INTERVIEWERS
        assert 1920 <= n.birth_year <= 1990
        assert re.fullmatch(r"\+48 600 100 2\d\d", n.phone), n.phone
        assert n.email is None or n.email.endswith("@example.org")
        assert "Przykładowa" in n.address
        for text in (n.bio, n.summary, n.interview_title, n.interview_place, n.locality):
            assert text.strip() == text and text
        assert 2 <= n.bio.count(". ") + 1 <= 3
        assert date(2024, 1, 1) <= n.interview_date < TODAY
    assert len({n.phone for n in NARRATORS}) == 10


# --- transcripts and index -------------------------------------------------------------------


def test_cues_are_sorted_disjoint_and_within_the_recording() -> None:
    for n in NARRATORS:
        assert 8 <= len(n.cues) <= 14, n.key
        previous_end = 0
        for cue in n.cues:
            assert previous_end <= cue.start_ms < cue.end_ms, (n.key, cue)
            assert cue.speaker in (n.name, n.interviewer), (n.key, cue.speaker)
            assert cue.text.strip() == cue.text and cue.text
            previous_end = cue.end_ms
        assert previous_end <= n.audio_seconds * 1000, n.key
        # the transcript covers the recording: no long silent tail
        assert n.audio_seconds * 1000 - previous_end <= 3000, n.key
        assert {c.speaker for c in n.cues} == {n.name, n.interviewer}


def test_segments_point_into_the_recording() -> None:
    for n in NARRATORS:
        assert 2 <= len(n.segments) <= 4, n.key
        starts = [s.start_ms for s in n.segments]
        assert starts == sorted(set(starts)) and starts[0] == 0
        assert starts[-1] < n.cues[-1].start_ms + 1
        for segment in n.segments:
            assert segment.title and segment.synopsis and segment.keywords
            assert segment.start_ms == 0 or segment.start_ms in {c.start_ms for c in n.cues}


@pytest.mark.parametrize(
    ("passion", "phrase"),
    [
        ("pszczelarstwo", "pszczołami"),
        ("śpiew w zespole", "dzięki studiu nagraniowemu"),
        ("gołębie pocztowe", "gołębie pocztowe"),
        ("wędkarstwo", "na zawodach wędkarskich"),
        ("kowalstwo", "kowadło"),
    ],
)
def test_required_phrases_are_in_open_public_transcripts(passion: str, phrase: str) -> None:
    narrator = _narrator(passion)
    assert _is_freely_public(narrator)
    assert phrase in _open_cue_text(narrator)


def test_w_opatowie_occurs_in_public_transcripts() -> None:
    assert any("w Opatowie" in _open_cue_text(n) for n in NARRATORS if _is_freely_public(n))


def test_one_closed_cue_in_the_beekeepers_interview() -> None:
    closed = [(n.key, c) for n in NARRATORS for c in n.cues if c.closed]
    assert len(closed) == 1
    key, cue = closed[0]
    assert key == _narrator("pszczelarstwo").key
    assert cue.speaker == _narrator("pszczelarstwo").name
    # the closed passage's distinctive word occurs nowhere else, so a search can prove it stays hidden
    everything = [c.text for n in NARRATORS for c in n.cues] + [n.summary for n in NARRATORS]
    assert sum("odszkodowanie" in text for text in everything) == 1
    assert "odszkodowanie" in cue.text


# --- consent and access ----------------------------------------------------------------------


def test_consents_embargo_and_withdrawal() -> None:
    scopes = [n.consent_scope for n in NARRATORS]
    assert scopes.count("research") == 2
    assert scopes.count("archive") == 1
    assert scopes.count("publish") + scopes.count("publish-with-name") == 7
    embargoed = [n for n in NARRATORS if n.embargo_until is not None]
    assert len(embargoed) == 1
    assert embargoed[0].embargo_until == date(2031, 1, 1) and embargoed[0].embargo_until > TODAY
    withdrawn = [n for n in NARRATORS if n.withdrawn_on is not None]
    assert len(withdrawn) == 1
    assert withdrawn[0].withdrawn_on is not None and withdrawn[0].withdrawn_on.year == 2025
    assert withdrawn[0].withdrawn_on > withdrawn[0].interview_date
    assert withdrawn[0].access == "closed"
    assert {n.access for n in NARRATORS} == {"public", "research", "staff", "closed"}


def test_anonymous_publication_does_not_name_the_narrator() -> None:
    for n in NARRATORS:
        if n.consent_scope != "publish":
            continue
        first, last = n.name.split()[0], n.name.split()[-1]
        public_text = [
            n.summary,
            n.interview_title,
            *(c.text for c in n.cues),
            *(p.caption for p in n.photos),
        ]
        for text in public_text:
            assert first[:-1] not in text and last[:-2] not in text, text


# --- photos data -----------------------------------------------------------------------------


def test_photo_data() -> None:
    filenames = [p.filename for n in NARRATORS for p in n.photos]
    assert len(filenames) == len(set(filenames))
    for n in NARRATORS:
        assert 1 <= len(n.photos) <= 3
        for photo in n.photos:
            assert photo.filename.endswith(".jpg") and photo.caption
            assert photo.taken_at < datetime(TODAY.year, TODAY.month, TODAY.day)
            if photo.gps is not None:
                lat, lon = photo.gps
                assert abs(lat - 50.80) <= 0.05 and abs(lon - 21.42) <= 0.05
    photos = [p for n in NARRATORS for p in n.photos]
    old = [p for p in photos if p.taken_at.year < 1990]
    assert old and all(p.camera is None and p.gps is None for p in old)
    assert sum(p.gps is not None for p in photos) >= 5


# --- audio -----------------------------------------------------------------------------------


class _Wav:
    def __init__(self, path: Path) -> None:
        with wave.open(str(path), "rb") as wav:
            self.channels = wav.getnchannels()
            self.width = wav.getsampwidth()
            self.rate = wav.getframerate()
            self.frames = wav.getnframes()
            self.samples = array("h", wav.readframes(self.frames))
        if sys.byteorder == "big":
            self.samples.byteswap()


def _window_rms(samples: array[int], rate: int, ms: int = 100) -> list[float]:
    size = rate * ms // 1000
    return [
        math.sqrt(sum(v * v for v in samples[i : i + size]) / size)
        for i in range(0, len(samples) - size + 1, size)
    ]


def test_synth_voice_wav_sounds_like_speech(tmp_path: Path) -> None:
    path = tmp_path / "voice.wav"
    synth_voice_wav(path, 6.5, seed=3)
    wav = _Wav(path)
    samples = wav.samples
    assert (wav.channels, wav.width, wav.rate) == (1, 2, 22050)
    assert wav.frames == len(samples) == round(6.5 * 22050)
    rms = _window_rms(samples, wav.rate)
    assert max(rms) > 1500, "silent"
    assert max(abs(v) for v in samples) < 32767, "clipped"
    loud = [r for r in rms if r > max(rms) * 0.25]
    quiet = [r for r in rms if r < max(rms) * 0.1]
    assert len(loud) >= len(rms) // 3, "mostly silence"
    assert quiet, "no pauses: a pure tone or noise"
    mean = sum(rms) / len(rms)
    spread = math.sqrt(sum((r - mean) ** 2 for r in rms) / len(rms))
    assert spread / mean > 0.3, "level does not vary like syllables"


def test_synth_voice_wav_is_deterministic_and_follows_turns(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.wav", tmp_path / "b.wav", tmp_path / "c.wav"
    synth_voice_wav(a, 2.0, seed=7, rate=16000)
    synth_voice_wav(b, 2.0, seed=7, rate=16000)
    synth_voice_wav(c, 2.0, seed=8, rate=16000)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert _Wav(a).rate == 16000

    turns = voice_turns(_narrator("pszczelarstwo"))[:2]
    first_start, first_end, _ = turns[0]
    path = tmp_path / "turns.wav"
    synth_voice_wav(path, (turns[1][1] + 500) / 1000, seed=1, turns=turns)
    wav = _Wav(path)
    rms = _window_rms(wav.samples, wav.rate)
    before = rms[: first_start // 100 - 1]
    during = rms[first_start // 100 + 1 : first_end // 100 - 1]
    assert before and max(before) < 400, "sound before the first cue"
    assert max(during) > 1500, "no voice during the first cue"


def test_voices_differ_by_speaker() -> None:
    narrator = _narrator("pszczelarstwo")
    pitches = {cue.speaker: hz for cue, (_, _, hz) in zip(narrator.cues, voice_turns(narrator), strict=True)}
    assert all(100 <= hz <= 220 for hz in pitches.values())
    assert pitches[narrator.interviewer] > pitches[narrator.name] + 40  # a woman asks, a man answers


# --- photos ----------------------------------------------------------------------------------


def _gps_decimal(values: tuple[float, float, float], ref: str) -> float:
    degrees, minutes, seconds = (float(v) for v in values)
    value = degrees + minutes / 60 + seconds / 3600
    return -value if ref in ("S", "W") else value


def test_make_demo_photo_writes_jpeg_with_exif(tmp_path: Path) -> None:
    photo = DemoPhoto(
        "test.jpg",
        "Pasieka za stodołą w Karwowie",
        datetime(2024, 6, 14, 10, 42, 5),
        (50.7714, 21.4047),
        ("samsung", "SM-A536B"),
    )
    path = tmp_path / photo.filename
    make_demo_photo(path, photo, seed=1, size=(640, 480))
    with Image.open(path) as image:
        assert image.format == "JPEG" and image.size == (640, 480)
        colours = image.convert("RGB").resize((32, 24)).getcolors(32 * 24)
        assert colours is not None and len(colours) > 20, "a blank picture"
        exif = image.getexif()
    assert exif[0x010F] == "samsung" and exif[0x0110] == "SM-A536B"
    assert exif[0x0112] == 1
    assert exif.get_ifd(0x8769)[0x9003] == "2024:06:14 10:42:05"
    gps = exif.get_ifd(0x8825)
    assert gps[1] == "N" and gps[3] == "E"
    assert _gps_decimal(gps[2], gps[1]) == pytest.approx(50.7714, abs=1e-6)
    assert _gps_decimal(gps[4], gps[3]) == pytest.approx(21.4047, abs=1e-6)


def test_make_demo_photo_southern_western_and_scanned(tmp_path: Path) -> None:
    south_west = DemoPhoto("sw.jpg", "Test", datetime(2020, 1, 2, 3, 4, 5), (-12.5, -45.25), ("Canon", "X"))
    make_demo_photo(tmp_path / "sw.jpg", south_west, seed=2, size=(320, 240))
    with Image.open(tmp_path / "sw.jpg") as image:
        gps = image.getexif().get_ifd(0x8825)
    assert (gps[1], gps[3]) == ("S", "W")
    assert _gps_decimal(gps[2], gps[1]) == pytest.approx(-12.5, abs=1e-6)
    assert _gps_decimal(gps[4], gps[3]) == pytest.approx(-45.25, abs=1e-6)

    scan = DemoPhoto("old.jpg", "Wesele w Jurkowicach, 1978", datetime(1978, 8, 20, 15, 0), None, None)
    make_demo_photo(tmp_path / "old.jpg", scan, seed=3, size=(320, 240))
    with Image.open(tmp_path / "old.jpg") as image:
        exif = image.getexif()
        assert image.format == "JPEG"
    assert exif.get_ifd(0x8769)[0x9003] == "1978:08:20 15:00:00"
    assert 0x010F not in exif and 0x0110 not in exif
    assert not exif.get_ifd(0x8825)


def test_every_demo_photo_can_be_made(tmp_path: Path) -> None:
    for i, photo in enumerate(p for n in NARRATORS for p in n.photos):
        make_demo_photo(tmp_path / photo.filename, photo, seed=i, size=(160, 120))
        with Image.open(tmp_path / photo.filename) as image:
            taken = image.getexif().get_ifd(0x8769)[0x9003]
        assert taken == photo.taken_at.strftime("%Y:%m:%d %H:%M:%S")


def test_core_modules_do_not_import_qt() -> None:
    for module in ("demo_content.py", "demo_media.py"):
        source = (Path(demo_content.__file__).parent / module).read_text(encoding="utf-8")
        assert "PySide6" not in source and "PyQt" not in source
