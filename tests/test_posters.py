"""Poster frames of videos: the right moment, upright, in proportion, with thumbnails; honest failures."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import av
import pytest
from av.video.stream import VideoStream
from PIL import Image, ImageStat

from tests import media_factory
from zacni_app.core.posters import MAX_SIDE, NoVideoFrame, make_poster, poster_path, poster_time
from zacni_app.core.thumbnails import SIZES, thumbnail_path

SHA = "cd" + "1" * 62
RED, GREEN, BLUE = (230, 20, 20), (20, 200, 40), (20, 40, 230)
Colour = tuple[int, int, int]


def colour_video(
    path: Path,
    scenes: Sequence[tuple[float, Colour | Image.Image]],
    *,
    size: tuple[int, int] = (160, 120),
    fps: int = 10,
    rotation: int | None = None,
    pixel_aspect: Fraction | None = None,
    muxer: str = "mp4",
) -> Path:
    """An H.264 video of solid colours (or still pictures), each shown for its number of seconds."""
    with av.open(str(path), "w", format=muxer) as container:
        stream = container.add_stream("libx264", rate=fps)
        assert isinstance(stream, VideoStream)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        if rotation is not None:
            stream.set_display_rotation(rotation)
        if pixel_aspect is not None:
            stream.codec_context.sample_aspect_ratio = pixel_aspect
        index = 0
        for seconds, scene in scenes:
            image = scene if isinstance(scene, Image.Image) else Image.new("RGB", size, scene)
            for _ in range(round(seconds * fps)):
                frame = av.VideoFrame.from_image(image)  # type: ignore[no-untyped-call]
                frame.pts = index
                index += 1
                container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def mean(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> Colour:
    r, g, b = ImageStat.Stat(image.crop(box) if box else image).mean
    return round(r), round(g), round(b)


def close(actual: Colour, expected: Colour, tolerance: int = 30) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def test_poster_time_is_a_tenth_or_one_second() -> None:
    assert poster_time(600.0) == 60.0
    assert poster_time(10.0) == 1.0
    assert poster_time(3.0) == 1.0
    assert poster_time(0.5) == 0.25
    assert poster_time(None) == 0.0


def test_poster_is_taken_a_tenth_into_a_long_video(tmp_path: Path) -> None:
    video = colour_video(tmp_path / "łąka.mp4", [(1, RED), (2, GREEN), (17, BLUE)])  # 10% = 2 s
    target = make_poster(video, tmp_path / "derivatives", SHA)
    assert target == poster_path(tmp_path / "derivatives", SHA)
    assert target == tmp_path / "derivatives" / "posters" / "cd" / f"{SHA}.jpg"
    with Image.open(target) as poster:
        assert poster.format == "JPEG" and poster.size == (160, 120)
        assert close(mean(poster), GREEN), mean(poster)


def test_poster_of_a_short_clip_is_one_second_in(tmp_path: Path) -> None:
    video = colour_video(tmp_path / "krótki.mkv", [(0.5, RED), (1, GREEN), (1.5, BLUE)], muxer="matroska")
    with Image.open(make_poster(video, tmp_path, SHA)) as poster:
        assert close(mean(poster), GREEN), mean(poster)


def test_clip_shorter_than_a_second_gives_its_middle(tmp_path: Path) -> None:
    video = colour_video(tmp_path / "mig.mp4", [(0.2, RED), (0.4, BLUE)])
    with Image.open(make_poster(video, tmp_path, SHA)) as poster:
        assert close(mean(poster), BLUE), mean(poster)


def test_portrait_phone_video_is_turned_upright(tmp_path: Path) -> None:
    """PyAV writes the display matrix phones write; its rotation is counter-clockwise, as FFmpeg's."""
    top_red = Image.new("RGB", (160, 120), BLUE)
    top_red.paste(RED, (0, 0, 160, 60))
    video = colour_video(tmp_path / "telefon.mp4", [(2, top_red)], rotation=90)
    with Image.open(make_poster(video, tmp_path, SHA)) as poster:
        assert poster.size == (120, 160)
        # turned a quarter counter-clockwise: what was at the top is now on the left
        assert close(mean(poster, (0, 0, 50, 160)), RED), mean(poster, (0, 0, 50, 160))
        assert close(mean(poster, (70, 0, 120, 160)), BLUE)


def test_upside_down_video_is_turned_round(tmp_path: Path) -> None:
    top_red = Image.new("RGB", (160, 120), BLUE)
    top_red.paste(RED, (0, 0, 160, 60))
    video = colour_video(tmp_path / "do-góry-nogami.mp4", [(2, top_red)], rotation=180)
    with Image.open(make_poster(video, tmp_path, SHA)) as poster:
        assert poster.size == (160, 120)
        assert close(mean(poster, (0, 70, 160, 120)), RED) and close(mean(poster, (0, 0, 160, 50)), BLUE)


def test_non_square_pixels_are_shown_in_proportion(tmp_path: Path) -> None:
    video = colour_video(tmp_path / "dv.mp4", [(1, RED)], size=(160, 120), pixel_aspect=Fraction(2, 1))
    with Image.open(make_poster(video, tmp_path, SHA)) as poster:
        assert poster.size == (320, 120)


def test_large_video_is_scaled_down_and_thumbnails_exist(tmp_path: Path) -> None:
    video = colour_video(tmp_path / "hd.mp4", [(1, GREEN)], size=(1280, 720), fps=5)
    derivatives = tmp_path / "derivatives"
    with Image.open(make_poster(video, derivatives, SHA)) as poster:
        assert poster.size == (MAX_SIDE, 576)
    for name, side in SIZES.items():
        with Image.open(thumbnail_path(derivatives, SHA, name)) as thumb:
            assert thumb.format == "JPEG" and max(thumb.size) == side
            assert thumb.size[0] * 720 == pytest.approx(thumb.size[1] * 1280, rel=0.02)
            assert close(mean(thumb), GREEN)
    assert not list(derivatives.rglob("*.part"))


def test_factory_videos_of_every_container_get_posters(tmp_path: Path) -> None:
    formats: tuple[media_factory.VideoFormat, ...] = ("mp4", "mov", "mkv", "webm")
    for fmt in formats:
        video = media_factory.make_video(tmp_path / f"film.{fmt}", fmt)
        sha = fmt[:2] + SHA[2:]
        with Image.open(make_poster(video, tmp_path, sha)) as poster:
            assert poster.size == (160, 120)
        assert thumbnail_path(tmp_path, sha, "small").is_file()


def test_recording_without_video_raises_no_video_frame(tmp_path: Path) -> None:
    sound_only = media_factory.make_encoded_audio(tmp_path / "dźwięk.mp4", "m4a", muxer="mp4")
    with pytest.raises(NoVideoFrame, match="no video stream"):
        make_poster(sound_only, tmp_path / "derivatives", SHA)
    assert not (tmp_path / "derivatives").exists()


def test_video_whose_frames_are_all_damaged_raises_no_video_frame(tmp_path: Path) -> None:
    video = colour_video(tmp_path / "a.mkv", [(2, RED)], muxer="matroska")
    data = bytearray(video.read_bytes())
    start = data.find(b"\x1f\x43\xb6\x75")  # the first Matroska cluster: everything after is frames
    assert start > 0
    data[start + 64 :] = bytes(len(data) - start - 64)
    broken = tmp_path / "zepsuty.mkv"
    broken.write_bytes(bytes(data))
    with pytest.raises(NoVideoFrame, match="not one frame"):
        make_poster(broken, tmp_path / "derivatives", SHA)


def test_second_half_cut_off_still_gives_a_poster(tmp_path: Path) -> None:
    video = media_factory.make_video(tmp_path / "a.mp4", "mp4", seconds=4.0, faststart=True)
    half = tmp_path / "połowa.mp4"
    half.write_bytes(video.read_bytes()[: video.stat().st_size // 2])
    with Image.open(make_poster(half, tmp_path, SHA)) as poster:
        assert poster.size == (160, 120)


def test_file_that_is_not_a_video_is_a_value_error(tmp_path: Path) -> None:
    junk = tmp_path / "film.mp4"
    junk.write_bytes(b"\x00\x00\x00\x18ftypisom" + b"smieci" * 200)
    with pytest.raises(ValueError):
        make_poster(junk, tmp_path, SHA)
