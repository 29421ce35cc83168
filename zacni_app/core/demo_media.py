"""Media for the demo archive: speech-like WAV recordings and JPEG photos with EXIF.

Nothing here is a real recording or a real photograph. The audio only has to look and sound
like speech in the player (syllables about 4 per second, a voice-like pitch and timbre,
pauses between phrases and turns); the photos only have to look like something and carry the
EXIF fields the importer reads (date taken, camera, GPS). Both are deterministic for a seed.

Used through `zacni_app.core.demo_content`, which re-exports the two public functions.
"""

from __future__ import annotations

import functools
import math
import random
import sys
import unicodedata
import wave
from array import array
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from PIL.TiffImagePlugin import IFDRational

if TYPE_CHECKING:
    from zacni_app.core.demo_content import DemoPhoto

__all__ = ["make_demo_photo", "synth_voice_wav"]

# --------------------------------------------------------------------------------------------
# Speech-like audio
#
# A voice is a wavetable of one pitch period per vowel (harmonics weighted by formant resonances),
# played at a slowly falling pitch in syllables of 150–310 ms (most starting with a short noise
# burst, like a consonant), in phrases of 4–11 syllables with pauses of room tone between them.
# The tables are pre-scaled to 32 loudness steps, so the inner loop is only table look-ups:
# about 0.15 s per 40 s of audio at 22 050 Hz.
# --------------------------------------------------------------------------------------------

_TABLE_BITS = 9
_TABLE_SIZE = 1 << _TABLE_BITS  # samples in one pitch period of a wavetable
_TABLE_MASK = _TABLE_SIZE - 1
_PHASE_BITS = 16  # fixed-point fraction of the wavetable phase
_PHASE_WRAP = (_TABLE_SIZE << _PHASE_BITS) - 1
_LEVELS = 32  # loudness steps of the pre-scaled wavetables
_ENV_SIZE = 256  # points of an envelope shape
_NOISE_SIZE = 1 << 14
_NOISE_MASK = _NOISE_SIZE - 1
_VOICE_PEAK = 19000  # peak of a vowel at full loudness (int16 units)

# Rough formant frequencies (Hz) of Polish vowels a, e, i, o, u, y for an adult voice.
_VOWEL_FORMANTS: tuple[tuple[float, float, float], ...] = (
    (730.0, 1100.0, 2450.0),
    (540.0, 1800.0, 2500.0),
    (290.0, 2250.0, 3000.0),
    (560.0, 870.0, 2400.0),
    (320.0, 800.0, 2250.0),
    (420.0, 1550.0, 2500.0),
)

_Tables = tuple[tuple[tuple[int, ...], ...], ...]  # [vowel][loudness level] -> one pitch period


@functools.lru_cache(maxsize=64)
def _vowel_tables(base_hz: int, rate: int) -> _Tables:
    """One pitch period per vowel (harmonics of `base_hz` weighted by formant resonances),
    pre-scaled to `_LEVELS` loudness steps so that synthesis is table look-ups only."""
    sine = [math.sin(2.0 * math.pi * i / _TABLE_SIZE) for i in range(_TABLE_SIZE)]
    phases = random.Random(1234)  # fixed: the timbre does not depend on the seed
    top = min(3800.0, rate / 2.0 - 500.0)
    count = max(1, min(24, int(top // base_hz)))
    tables = []
    for formants in _VOWEL_FORMANTS:
        period = [0.0] * _TABLE_SIZE
        for k in range(1, count + 1):
            f = k * base_hz
            resonance = sum(1.0 / (1.0 + ((f - fc) / (60.0 + 0.05 * fc)) ** 2) for fc in formants)
            amplitude = (0.25 + resonance) / k**0.6
            offset = phases.randrange(_TABLE_SIZE)
            period = [v + amplitude * sine[(k * i + offset) & _TABLE_MASK] for i, v in enumerate(period)]
        peak = max(abs(v) for v in period) or 1.0
        tables.append(
            tuple(
                tuple(int(v * _VOICE_PEAK * level / ((_LEVELS - 1) * peak)) for v in period)
                for level in range(_LEVELS)
            )
        )
    return tuple(tables)


@functools.lru_cache(maxsize=1)
def _envelopes() -> tuple[tuple[float, ...], tuple[int, ...]]:
    """(vowel swell in 0..1, consonant burst in Q15) envelope shapes of `_ENV_SIZE` points."""
    vowel = []
    for i in range(_ENV_SIZE):
        x = i / (_ENV_SIZE - 1)
        rise = min(1.0, x / 0.18)
        fall = min(1.0, (1.0 - x) / 0.45)
        vowel.append(0.08 + 0.92 * math.sin(0.5 * math.pi * min(rise, fall)) ** 2)
    onset = [int(32767 * math.sin(math.pi * i / (_ENV_SIZE - 1))) for i in range(_ENV_SIZE)]
    return tuple(vowel), tuple(onset)


def _noise_table(rng: random.Random, level: int, smooth: int) -> list[int]:
    """White noise of peak about `level`, low-passed by a moving average of `smooth` samples."""
    raw = [rng.uniform(-1.0, 1.0) for _ in range(_NOISE_SIZE + smooth)]
    acc = sum(raw[:smooth])
    out = []
    for i in range(_NOISE_SIZE):
        out.append(acc / smooth)
        acc += raw[i + smooth] - raw[i]
    peak = max(abs(v) for v in out) or 1.0
    return [int(v * level / peak) for v in out]


class _Voice:
    """Appends syllables, phrases and silences (room tone) to an int16 buffer."""

    def __init__(self, rng: random.Random, rate: int) -> None:
        self.rng = rng
        self.rate = rate
        self.out = array("h")
        self.phase = 0
        room = _noise_table(rng, 220, 6)
        self.room = array("h", room + room)  # twice over, so that any window of a period is one slice
        self.hiss = _noise_table(rng, 5200, 1)  # fricatives and plosive bursts
        self.vowel_env, self.onset_env = _envelopes()
        self.block = max(16, rate // 200)  # loudness and pitch change every 5 ms

    def silence(self, samples: int) -> None:
        while samples > 0:
            take = min(samples, _NOISE_SIZE)
            off = self.rng.randrange(_NOISE_SIZE)
            self.out.extend(self.room[off : off + take])
            samples -= take

    def syllable(self, tables: _Tables, hz_from: float, hz_to: float, ms: float) -> None:
        """A consonant-like noise burst (usually) followed by a vowel gliding from hz_from to hz_to."""
        rng, rate, out = self.rng, self.rate, self.out
        total = max(1, int(ms * rate / 1000))
        onset = int(total * rng.uniform(0.12, 0.3)) if rng.random() < 0.75 else 0
        if onset:
            hiss, burst = self.hiss, self.onset_env
            off = rng.randrange(_NOISE_SIZE)
            step = (_ENV_SIZE << _PHASE_BITS) // onset
            gain = rng.randint(6000, 26000)  # Q15: soft "h"/"w" to sharp "s"/"cz"
            out.extend(
                [
                    (((hiss[(j + off) & _NOISE_MASK] * burst[(j * step) >> _PHASE_BITS]) >> 15) * gain >> 15)
                    for j in range(onset)
                ]
            )
        n = total - onset
        levels = tables[rng.randrange(len(tables))]
        loud = rng.uniform(0.6, 1.0) * (_LEVELS - 1)
        swell = self.vowel_env
        scale = _TABLE_SIZE / rate * (1 << _PHASE_BITS)
        shift, phase, block = _PHASE_BITS, self.phase, self.block
        for j in range(0, n, block):
            m = min(block, n - j)
            centre = j + m // 2
            table = levels[int(swell[centre * _ENV_SIZE // n] * loud + 0.5)]
            inc = max(1, int((hz_from + (hz_to - hz_from) * centre / n) * scale))
            end = phase + inc * m
            out.extend([table[(p >> shift) & _TABLE_MASK] for p in range(phase, end, inc)])
            phase = end & _PHASE_WRAP
        self.phase = phase

    def speak(self, samples: int, base_hz: float) -> None:
        """Fill `samples` with phrases of syllables around `base_hz`, ending in a short silence."""
        rng, rate = self.rng, self.rate
        tables = _vowel_tables(round(base_hz), rate)
        low, high = min(100.0, base_hz * 0.85), max(220.0, base_hz * 1.15)
        end = len(self.out) + samples
        while True:
            left_ms = (end - len(self.out)) * 1000 / rate
            if left_ms < 400:
                break
            syllables = rng.randint(4, 11)
            start_hz = base_hz * rng.uniform(1.04, 1.14)  # each phrase starts high and falls
            fall_hz = base_hz * rng.uniform(0.86, 0.95)
            hz = start_hz
            for s in range(syllables):
                ms = rng.uniform(150.0, 310.0)
                left_ms = (end - len(self.out)) * 1000 / rate
                if ms > left_ms - 120:
                    break
                target = start_hz + (fall_hz - start_hz) * (s + 1) / syllables
                target = min(high, max(low, target * rng.uniform(0.95, 1.07)))  # stressed / unstressed
                self.syllable(tables, hz, target, ms)
                hz = target
            left = end - len(self.out)
            pause = int(rate * (rng.uniform(0.6, 1.1) if rng.random() < 0.3 else rng.uniform(0.18, 0.45)))
            self.silence(min(pause, left))
        self.silence(end - len(self.out))


def synth_voice_wav(
    path: Path,
    seconds: float,
    *,
    seed: int,
    rate: int = 22050,
    turns: Sequence[tuple[int, int, float]] | None = None,
) -> None:
    """Write a mono 16-bit WAV of `seconds` that sounds like someone talking.

    Without `turns` one voice (pitch chosen by `seed`, within 100–220 Hz) talks for the whole
    length in phrases separated by short pauses. `turns` is a list of (start_ms, end_ms, pitch_hz):
    a voice of that pitch talks in each window and there is only room tone between them, so the
    waveform follows a transcript (see `demo_content.voice_turns`). Deterministic for a seed.
    """
    if seconds <= 0:
        raise ValueError("seconds must be positive")
    rng = random.Random(seed)
    total = round(seconds * rate)
    voice = _Voice(rng, rate)
    if turns is None:
        lead = int(rate * 0.3)
        voice.silence(lead)
        voice.speak(total - lead, rng.uniform(110.0, 190.0))
    else:
        for start_ms, end_ms, hz in sorted(turns):
            start = min(total, start_ms * rate // 1000)
            end = min(total, end_ms * rate // 1000)
            voice.silence(start - len(voice.out))
            if end > len(voice.out):
                voice.speak(end - len(voice.out), max(80.0, min(260.0, hz)))
    out = voice.out
    if len(out) < total:
        voice.silence(total - len(out))
    del out[total:]
    fade = min(len(out), rate // 50)
    for i in range(fade):
        out[total - 1 - i] = out[total - 1 - i] * i // fade
    if sys.byteorder == "big":
        out.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(out.tobytes())


# --------------------------------------------------------------------------------------------
# Photos
# --------------------------------------------------------------------------------------------

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110
_TAG_ORIENTATION = 0x0112
_TAG_DATETIME = 0x0132
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_DATETIME_DIGITIZED = 0x9004

_RGB = tuple[int, int, int]


def _mix(a: _RGB, b: _RGB, t: float) -> _RGB:
    return (
        int(a[0] + (b[0] - a[0]) * t),
        int(a[1] + (b[1] - a[1]) * t),
        int(a[2] + (b[2] - a[2]) * t),
    )


def _jitter(rng: random.Random, color: _RGB, amount: int) -> _RGB:
    r, g, b = (max(0, min(255, c + rng.randint(-amount, amount))) for c in color)
    return (r, g, b)


def _gradient(size: tuple[int, int], top: _RGB, bottom: _RGB) -> Image.Image:
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _palette(taken: datetime) -> tuple[_RGB, _RGB, _RGB, _RGB]:
    """(sky top, sky at horizon, near ground, far ground) for the season and time of day."""
    month, hour = taken.month, taken.hour
    if month in (12, 1, 2):
        ground, far = (222, 226, 232), (196, 204, 214)
    elif month in (3, 4, 5):
        ground, far = (96, 150, 62), (140, 170, 110)
    elif month in (6, 7, 8):
        ground, far = (110, 140, 50), (190, 170, 90)
    else:
        ground, far = (140, 110, 60), (170, 140, 90)
    sky_top, sky_low = (70, 120, 190), (185, 210, 235)
    if hour >= 18 or hour < 7:
        sky_top, sky_low = (60, 70, 130), (240, 160, 100)
    elif month in (11, 12, 1, 2):
        sky_top, sky_low = (140, 150, 165), (200, 205, 212)
    return sky_top, sky_low, ground, far


def _draw_scene(image: Image.Image, rng: random.Random, caption: str, taken: datetime) -> None:
    w, h = image.size
    sky_top, sky_low, ground, far = _palette(taken)
    horizon = int(h * rng.uniform(0.42, 0.6))
    image.paste(_gradient((w, horizon), sky_top, sky_low), (0, 0))
    image.paste(_gradient((w, h - horizon), far, ground), (0, horizon))
    draw = ImageDraw.Draw(image)
    text = caption.lower()

    if not (taken.hour >= 18 or taken.hour < 7 or taken.month in (11, 12, 1, 2)):
        cx, cy, r = rng.randint(w // 10, w - w // 10), rng.randint(h // 14, horizon // 2), h // 22
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 244, 200))
    for _ in range(rng.randint(2, 5)):  # clouds
        cx, cy = rng.randint(0, w), rng.randint(h // 20, horizon * 2 // 3)
        for _ in range(5):
            rx, ry = rng.randint(w // 30, w // 12), rng.randint(h // 50, h // 25)
            dx, dy = rng.randint(-w // 14, w // 14), rng.randint(-h // 60, h // 60)
            draw.ellipse((cx + dx - rx, cy + dy - ry, cx + dx + rx, cy + dy + ry), fill=(240, 243, 247))

    # distant hills, then fields in strips towards the viewer
    for layer in range(3):
        color = _mix(far, sky_low, 0.5 - layer * 0.2)
        points = [(0, horizon)]
        for x in range(0, w + w // 8, w // 8):
            points.append((x, horizon - rng.randint(h // 60, h // 14) + layer * h // 50))
        points.append((w, horizon + layer * h // 40))
        points.append((0, horizon + layer * h // 40))
        draw.polygon(points, fill=color)
    y = horizon + h // 30
    while y < h:
        band = int((y - horizon) * 0.35) + h // 40
        tint = _jitter(rng, _mix(ground, far, rng.uniform(0.0, 0.6)), 18)
        skew = rng.randint(-w // 6, w // 6)
        draw.polygon([(0, y), (w, y + skew // 8), (w, y + band + skew // 8), (0, y + band)], fill=tint)
        y += band

    water = any(word in text for word in ("staw", "rzek", "wędk", "wisł", "opatówk", "zalew", "ryb"))
    if water:
        top = horizon + int((h - horizon) * 0.35)
        draw.polygon(
            [(0, top), (w, top + h // 20), (w, h - h // 6), (0, h - h // 10)],
            fill=_mix(sky_low, (60, 90, 110), 0.45),
        )
        for _ in range(40):
            x, yy = rng.randint(0, w), rng.randint(top + 10, h - h // 8)
            draw.line((x, yy, x + rng.randint(20, 90), yy), fill=_mix(sky_low, (255, 255, 255), 0.4), width=2)

    # a village on the horizon: houses, a church tower, trees
    for _ in range(rng.randint(3, 7)):
        hw = rng.randint(w // 30, w // 16)
        x = rng.randint(0, w - hw)
        base = horizon + rng.randint(0, h // 40)
        hh = int(hw * rng.uniform(0.55, 0.8))
        wall = _jitter(rng, (225, 215, 195), 20)
        draw.rectangle((x, base - hh, x + hw, base), fill=wall)
        draw.polygon(
            [(x - hw // 10, base - hh), (x + hw // 2, base - hh - hw // 2), (x + hw + hw // 10, base - hh)],
            fill=_jitter(rng, (150, 60, 45), 25),
        )
        draw.rectangle(
            (x + hw // 4, base - hh // 2, x + hw // 4 + hw // 6, base - hh // 5), fill=(70, 60, 55)
        )
    if rng.random() < 0.6 or "kolegiat" in text or "kości" in text:  # a church tower
        x = rng.randint(w // 5, w * 4 // 5)
        tw, th = w // 60, h // 6
        draw.rectangle((x, horizon - th, x + tw, horizon), fill=(200, 195, 185))
        draw.polygon(
            [(x - 4, horizon - th), (x + tw // 2, horizon - th - th // 2), (x + tw + 4, horizon - th)],
            fill=(60, 80, 70),
        )
    for _ in range(rng.randint(4, 12)):
        x = rng.randint(0, w)
        base = horizon + rng.randint(h // 30, (h - horizon) // 2)
        size = rng.randint(h // 30, h // 10) * (base - horizon + h // 8) // (h // 4)
        draw.rectangle((x - size // 10, base - size, x + size // 10, base), fill=(80, 60, 40))
        if taken.month in (11, 12, 1, 2):  # bare winter trees
            crown = _jitter(rng, (105, 95, 85), 8)
        else:
            crown = _jitter(rng, (60, 100, 45), 20)
        draw.ellipse((x - size // 2, base - size * 2, x + size // 2, base - size // 2), fill=crown)

    if any(word in text for word in ("pasie", "uli", "ul ", "pszcz")):  # a row of hives
        base = h - h // 6
        for i in range(rng.randint(4, 7)):
            x = w // 10 + i * w // 9
            hw = w // 14
            draw.rectangle((x, base - hw, x + hw, base), fill=_jitter(rng, (210, 180, 90), 30))
            draw.rectangle((x - 6, base - hw - 14, x + hw + 6, base - hw), fill=(120, 90, 60))
            draw.rectangle((x + hw // 3, base - hw // 4, x + 2 * hw // 3, base - hw // 6), fill=(40, 30, 20))
    if any(word in text for word in ("gołęb", "ptak", "lot")):  # birds in the sky
        for _ in range(rng.randint(8, 20)):
            x, yy, s = rng.randint(0, w), rng.randint(h // 20, horizon - h // 10), rng.randint(8, 22)
            draw.line((x - s, yy - s // 2, x, yy, x + s, yy - s // 2), fill=(50, 50, 60), width=3)


def _old_print(image: Image.Image, rng: random.Random) -> Image.Image:
    """Make a scan of an old family print: sepia or black-and-white, grain, vignette, a white border."""
    w, h = image.size
    gray = image.convert("L").filter(ImageFilter.GaussianBlur(1.2))
    grain = Image.effect_noise((w, h), 28).filter(ImageFilter.GaussianBlur(0.6))
    gray = Image.blend(gray, grain, 0.12)
    vignette = Image.radial_gradient("L").resize((w, h))
    gray = Image.composite(Image.new("L", (w, h), 30), gray, vignette.point(lambda v: max(0, v - 120)))
    if rng.random() < 0.6:
        toned = Image.merge(
            "RGB",
            (gray.point(lambda v: min(255, int(v * 1.07 + 12))), gray, gray.point(lambda v: int(v * 0.82))),
        )
    else:
        toned = gray.convert("RGB")
    margin = w // 25
    scan = Image.new("RGB", (w, h), (238, 234, 222))
    scan.paste(toned.resize((w - 2 * margin, h - 2 * margin)), (margin, margin))
    return scan


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def _ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _draw_caption(image: Image.Image, caption: str, taken: datetime) -> Image.Image:
    w, h = image.size
    font = _font(max(12, h // 34))
    label = f"{caption} · {taken:%d.%m.%Y}"
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pad = h // 80
    try:
        box = draw.textbbox((0, 0), label, font=font)
    except UnicodeEncodeError:  # a bitmap fallback font without Polish letters
        label = _ascii_fold(label)
        box = draw.textbbox((0, 0), label, font=font)
    x, y = w // 40, h - h // 40 - (box[3] - box[1]) - 2 * pad
    draw.rectangle((x, y, x + box[2] - box[0] + 2 * pad, y + box[3] - box[1] + 2 * pad), fill=(0, 0, 0, 140))
    draw.text((x + pad - box[0], y + pad - box[1]), label, font=font, fill=(255, 255, 255, 255))
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def gps_dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """Decimal degrees as EXIF GPS degrees/minutes/seconds rationals (the sign goes in the N/S, E/W ref)."""
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(round(seconds * 10000), 10000)


def _exif(photo: DemoPhoto) -> Image.Exif:
    exif = Image.Exif()
    stamp = photo.taken_at.strftime("%Y:%m:%d %H:%M:%S")
    exif[_TAG_ORIENTATION] = 1
    exif[_TAG_DATETIME] = stamp
    if photo.camera is not None:
        exif[_TAG_MAKE], exif[_TAG_MODEL] = photo.camera
    exif_ifd = exif.get_ifd(_EXIF_IFD)
    exif_ifd[_TAG_DATETIME_ORIGINAL] = stamp
    exif_ifd[_TAG_DATETIME_DIGITIZED] = stamp
    if photo.gps is not None:
        lat, lon = photo.gps
        gps = exif.get_ifd(_GPS_IFD)
        gps[0] = b"\x02\x03\x00\x00"  # GPSVersionID 2.3
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = gps_dms(lat)
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = gps_dms(lon)
    return exif


def make_demo_photo(path: Path, photo: DemoPhoto, *, seed: int, size: tuple[int, int] = (1600, 1200)) -> None:
    """Write a JPEG of a made-up landscape with the caption in a corner and EXIF from `photo`.

    EXIF: DateTimeOriginal/DateTimeDigitized (Exif IFD) and DateTime = `taken_at`, Orientation 1,
    Make/Model when `camera` is given, a GPS IFD (degrees/minutes/seconds as rationals with N/S and
    E/W refs) when `gps` is given. A photo without a camera from before 1990 is drawn as a scanned
    old print (sepia or black and white with grain and a border).
    """
    if size[0] < 64 or size[1] < 48:
        raise ValueError("a demo photo must be at least 64 × 48 pixels")
    rng = random.Random(seed)
    image = Image.new("RGB", size)
    _draw_scene(image, rng, photo.caption, photo.taken_at)
    if photo.camera is None and photo.taken_at.year < 1990:
        image = _old_print(image, rng)
    image = _draw_caption(image, photo.caption, photo.taken_at)
    image.save(path, "JPEG", quality=85, exif=_exif(photo))
