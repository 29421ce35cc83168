"""Waveform peaks: the shape of real generated recordings, damaged files, damaged peaks, bounded memory."""

from __future__ import annotations

import random
import time
import tracemalloc
import wave
from collections.abc import Iterable, Sequence
from pathlib import Path

import av
import numpy as np
import numpy.typing as npt
import pytest
from av.audio.stream import AudioStream

from tests import media_factory
from zacni_app.core.progress import CancelFlag, Cancelled
from zacni_app.core.waveform import (
    PEAKS_PER_SECOND,
    DamagedPeaks,
    NoAudio,
    WaveformResult,
    make_waveform,
    read_peaks,
    waveform_path,
)

SHA = "ab" + "0" * 62
Pcm = npt.NDArray[np.int16]


def envelope(segments: Sequence[tuple[float, float]], rate: int, *, freq: float = 440.0) -> Pcm:
    """A mono tone whose amplitude (fraction of full scale) is constant within each (seconds, amplitude)."""
    parts = []
    for seconds, amplitude in segments:
        t = np.arange(round(seconds * rate)) / rate
        parts.append(amplitude * np.sin(2 * np.pi * freq * t))
    return np.round(np.concatenate(parts) * 32767).astype(np.int16)


def write_wav(path: Path, channels: Sequence[Pcm], rate: int) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(len(channels))
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.column_stack(channels).astype("<i2").tobytes())
    return path


def encode(path: Path, pcm: Pcm, rate: int, codec: str, muxer: str) -> Path:
    """Encode mono PCM with PyAV (as media_factory does for its tones)."""
    with av.open(str(path), "w", format=muxer) as container:
        stream = container.add_stream(codec, rate=rate)
        assert isinstance(stream, AudioStream)
        stream.layout = "mono"
        stream.bit_rate = 64000
        for start in range(0, len(pcm), 1152):
            frame = av.AudioFrame.from_ndarray(pcm[None, start : start + 1152], format="s16", layout="mono")
            frame.sample_rate = rate
            frame.pts = start
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def damage(path: Path, at: float, size: int, target: Path) -> Path:
    """A copy of `path` with `size` random bytes written over it at fraction `at` of its length."""
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    data[start : start + size] = random.Random(7).randbytes(size)
    target.write_bytes(bytes(data))
    return target


def near(columns: Iterable[tuple[float, float]], amplitude: float, tolerance: float = 0.02) -> bool:
    return all(abs(lo + amplitude) <= tolerance and abs(hi - amplitude) <= tolerance for lo, hi in columns)


def test_silence_loud_then_half_gives_that_shape(tmp_path: Path) -> None:
    rate = 16000
    wav = write_wav(tmp_path / "nagranie.wav", [envelope([(1, 0.0), (1, 0.8), (1, 0.4)], rate)], rate)
    result = make_waveform(wav, tmp_path / "derivatives", SHA)
    assert result == WaveformResult(waveform_path(tmp_path / "derivatives", SHA), 3000, False)
    assert result.path == tmp_path / "derivatives" / "waveforms" / "ab" / f"{SHA}.peaks"
    peaks = read_peaks(result.path)
    assert (peaks.peaks_per_second, peaks.sample_rate, peaks.samples) == (PEAKS_PER_SECOND, rate, 3 * rate)
    assert len(peaks.mins) == len(peaks.maxs) == 3 * PEAKS_PER_SECOND
    silence, loud, half = peaks.columns(3)
    assert near([silence], 0.0) and near([loud], 0.8) and near([half], 0.4)
    assert near(peaks.columns(50, 1000, 2000), 0.8, tolerance=0.03)  # zoomed in: 20 ms a column
    assert near(peaks.columns(20, 2000, 3000), 0.4, tolerance=0.03)
    assert peaks.columns(4, 0, 4000)[3] == (0.0, 0.0)  # past the end
    assert peaks.columns(0) == []


def test_view_larger_than_peaks_repeats_them(tmp_path: Path) -> None:
    rate = 8000
    wav = write_wav(tmp_path / "krótkie.wav", [envelope([(0.5, 0.5), (0.5, 0.0)], rate)], rate)
    peaks = read_peaks(make_waveform(wav, tmp_path, SHA).path)
    columns = peaks.columns(1000, 0, 1000)  # 10 columns for each peak
    assert len(columns) == 1000
    assert near(columns[:490], 0.5, tolerance=0.03) and near(columns[510:], 0.0)
    with pytest.raises(ValueError, match="end after it starts"):
        peaks.columns(10, 500, 500)


@pytest.mark.parametrize("rate", [8000, 11025, 22050, 44100, 48000])
def test_count_matches_duration_at_any_rate(tmp_path: Path, rate: int) -> None:
    seconds = 1.234
    wav = write_wav(tmp_path / "a.wav", [envelope([(seconds, 0.5)], rate)], rate)
    result = make_waveform(wav, tmp_path, SHA)
    peaks = read_peaks(result.path)
    samples = round(seconds * rate)
    assert abs(len(peaks.mins) - seconds * PEAKS_PER_SECOND) <= 1
    assert len(peaks.mins) == -(-samples * PEAKS_PER_SECOND // rate)  # the last bucket may be partial
    assert (peaks.samples, result.duration_ms) == (samples, samples * 1000 // rate)
    assert near(peaks.columns(10), 0.5)


@pytest.mark.parametrize("live", [0, 1])
def test_stereo_with_one_dead_channel_still_shows_the_live_one(tmp_path: Path, live: int) -> None:
    rate = 16000
    signal, dead = envelope([(1, 0.6)], rate), np.zeros(rate, dtype=np.int16)
    channels = [signal, dead] if live == 0 else [dead, signal]
    peaks = read_peaks(make_waveform(write_wav(tmp_path / "s.wav", channels, rate), tmp_path, SHA).path)
    assert near(peaks.columns(5), 0.6)


@pytest.mark.parametrize("fmt", ["mp3", "flac", "ogg", "opus", "m4a"])
def test_compressed_formats_give_peaks(tmp_path: Path, fmt: media_factory.AudioFormat) -> None:
    path = media_factory.make_encoded_audio(tmp_path / f"wywiad.{fmt}", fmt, seconds=2.0)
    result = make_waveform(path, tmp_path / "derivatives", SHA)
    peaks = read_peaks(result.path)
    assert not result.truncated and result.damaged_packets == 0 and result.missing_ms == 0
    assert abs(len(peaks.mins) - result.duration_ms * PEAKS_PER_SECOND / 1000) <= 1
    assert 1950 <= result.duration_ms <= 2100  # AAC keeps its encoder delay
    # media_factory's tone is 12000/32768 of full scale; lossy codecs add some overshoot
    assert all(0.3 < hi < 0.75 and -0.75 < lo < -0.3 for lo, hi in peaks.columns(10)[1:-1])


@pytest.mark.parametrize("fmt", ["mp4", "mkv"])
def test_audio_track_of_a_video_gives_peaks(tmp_path: Path, fmt: media_factory.VideoFormat) -> None:
    video = media_factory.make_video(tmp_path / f"film.{fmt}", fmt, seconds=2.0)
    result = make_waveform(video, tmp_path, SHA)
    assert 1950 <= result.duration_ms <= 2100
    assert all(0.3 < hi < 0.5 for _, hi in read_peaks(result.path).columns(10)[1:-1])


def test_video_without_sound_raises_no_audio(tmp_path: Path) -> None:
    video = media_factory.make_video(tmp_path / "niemy.mp4", "mp4", audio=False)
    with pytest.raises(NoAudio, match="no audio stream"):
        make_waveform(video, tmp_path, SHA)
    assert not list(tmp_path.rglob("*.peaks")) and not list(tmp_path.rglob("*.part"))


def test_file_that_is_not_media_is_a_value_error(tmp_path: Path) -> None:
    junk = tmp_path / "żółć.mp3"
    junk.write_bytes(b"to nie jest nagranie " * 100)
    with pytest.raises(ValueError) as caught:
        make_waveform(junk, tmp_path, SHA)
    assert not isinstance(caught.value, NoAudio)
    assert not list(tmp_path.rglob("*.part"))


def test_mp3_cut_in_half_keeps_its_first_half_marked_truncated(tmp_path: Path) -> None:
    whole = media_factory.make_encoded_audio(tmp_path / "cały.mp3", "mp3", seconds=20.0)
    half = tmp_path / "połowa.mp3"
    half.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = make_waveform(half, tmp_path, SHA)
    assert result.truncated
    assert 9000 <= result.duration_ms <= 11000
    peaks = read_peaks(result.path)
    assert peaks.truncated and abs(len(peaks.mins) - result.duration_ms / 10) <= 1
    assert not make_waveform(whole, tmp_path, SHA).truncated


@pytest.mark.parametrize(("name", "fmt", "muxer"), [("a.m4a", "m4a", None), ("a.mkv", "opus", "matroska")])
def test_damage_inside_a_file_keeps_the_timeline(
    tmp_path: Path, name: str, fmt: media_factory.AudioFormat, muxer: str | None
) -> None:
    """Lost packets are drawn as silence, so the rest of the waveform stays under its cues."""
    whole = media_factory.make_encoded_audio(tmp_path / name, fmt, seconds=30.0, muxer=muxer)
    damaged = damage(whole, 0.5, 20000, tmp_path / f"uszkodzony-{name}")
    result = make_waveform(damaged, tmp_path, SHA)
    assert abs(result.duration_ms - make_waveform(whole, tmp_path, "cd" + SHA[2:]).duration_ms) <= 50
    assert result.missing_ms > 500 and not result.truncated
    columns = read_peaks(result.path).columns(30)
    assert sum(hi < 0.05 for _, hi in columns) >= 1  # the lost second or two is flat
    assert all(hi > 0.3 for _, hi in columns[-5:])  # and the end is where it was


def test_damaged_mp3_keeps_the_sound_after_the_damage(tmp_path: Path) -> None:
    rate = 44100
    pcm = envelope([(10, 0.7), (5, 0.0), (5, 0.7)], rate)
    mp3 = encode(tmp_path / "w.mp3", pcm, rate, "libmp3lame", "mp3")
    result = make_waveform(damage(mp3, 0.2, 3000, tmp_path / "d.mp3"), tmp_path, SHA)
    assert not result.truncated and abs(result.duration_ms - 20000) < 500
    columns = read_peaks(result.path).columns(20, 0, 20000)
    assert near(columns[16:19], 0.7, tolerance=0.1)


def test_damaged_peaks_files_raise_a_clear_error(tmp_path: Path) -> None:
    rate = 8000
    good = make_waveform(
        write_wav(tmp_path / "a.wav", [envelope([(2, 0.5)], rate)], rate), tmp_path, SHA
    ).path
    data = good.read_bytes()
    cases = {
        "empty": b"",
        "header only": data[:20],
        "cut": data[:-7],
        "flipped byte": data[:100] + bytes([data[100] ^ 0xFF]) + data[101:],
        "other file": b"RIFF" + data[4:],
        "newer version": data[:4] + b"\x09\x00" + data[6:],
        "zero rate": data[:8] + bytes(4) + data[12:],
    }
    for name, content in cases.items():
        broken = tmp_path / f"{name}.peaks"
        broken.write_bytes(content)
        with pytest.raises(DamagedPeaks, match=broken.name):
            read_peaks(broken)


def test_cancel_leaves_nothing_behind(tmp_path: Path) -> None:
    wav = media_factory.make_wav(tmp_path / "a.wav", seconds=3.0)
    flag = CancelFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        make_waveform(wav, tmp_path / "derivatives", SHA, flag)
    assert not [p for p in (tmp_path / "derivatives").rglob("*") if p.is_file()]


def test_rebuild_replaces_the_old_file(tmp_path: Path) -> None:
    rate = 8000
    wav = write_wav(tmp_path / "a.wav", [envelope([(1, 0.5)], rate)], rate)
    target = waveform_path(tmp_path, SHA)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"stare")
    make_waveform(wav, tmp_path, SHA)
    assert near(read_peaks(target).columns(4), 0.5)
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_long_recording_streams_in_bounded_memory(tmp_path: Path) -> None:
    """20 minutes of 16 kHz stereo (77 MB of samples) with a loud last minute; memory stays small."""
    rate, minutes = 16000, 20
    path = tmp_path / "długi.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        quiet = np.column_stack([envelope([(60, 0.1)], rate)] * 2)
        for _ in range(minutes - 1):
            out.writeframes(quiet.tobytes())
        out.writeframes(np.column_stack([envelope([(60, 0.9)], rate)] * 2).tobytes())
    signal_bytes = minutes * 60 * rate * 2 * 2
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = make_waveform(path, tmp_path, SHA)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 10
    assert peak < signal_bytes / 20, f"{peak / 1e6:.1f} MB held while decoding"
    peaks = read_peaks(result.path)
    assert len(peaks.mins) == minutes * 60 * PEAKS_PER_SECOND
    minute_columns = peaks.columns(minutes)
    assert near(minute_columns[:-1], 0.1) and near(minute_columns[-1:], 0.9)
