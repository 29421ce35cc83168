"""media_probe: the real type of a file and the facts the catalogue needs, on real generated media.

Every file here is made by `tests.media_factory` with the same libraries users' files go through,
then damaged on purpose for the hostile battery.
"""

from __future__ import annotations

import json
import os
import random
import struct
import unicodedata
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, features

from tests import media_factory as mf
from zacni_app.core import media_probe
from zacni_app.core.errors import ZacniError
from zacni_app.core.media_meta import camera_name, clean_text
from zacni_app.core.media_probe import FileType, MediaInfo, MediaRejected, Problem, probe, sniff

TAGS = {"title": "Wywiad z panią Zofią", "artist": "Zofia Kowalska", "date": "2019-05-03"}


def codes(info: MediaInfo) -> list[str]:
    return [w.code for w in info.warnings]


def rejected(path: Path, **kwargs: str) -> MediaRejected:
    with pytest.raises(MediaRejected) as caught:
        probe(path, **kwargs)
    return caught.value


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x02\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00\x00\x00\x08free"


# --------------------------------------------------------------------------------------------
# sniff
# --------------------------------------------------------------------------------------------

OGG_PAGE = b"OggS\x00\x02" + b"\x00" * 20 + b"\x01\x13"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", ("image", "image/jpeg", "jpg")),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("image", "image/png", "png")),
        (b"II*\x00\x08\x00\x00\x00", ("image", "image/tiff", "tif")),
        (b"MM\x00*\x00\x00\x00\x08", ("image", "image/tiff", "tif")),
        (b"RIFF\x00\x10\x00\x00WEBPVP8 ", ("image", "image/webp", "webp")),
        (ftyp(b"heic", b"mif1", b"heic"), ("image", "image/heic", "heic")),
        (ftyp(b"mif1", b"mif1", b"heix"), ("image", "image/heic", "heic")),
        (ftyp(b"mif1", b"mif1"), ("image", "image/heif", "heic")),
        (ftyp(b"avif", b"mif1", b"avif"), ("image", "image/avif", "avif")),
        (b"RIFF\x24\x7d\x00\x00WAVEfmt ", ("audio", "audio/wav", "wav")),
        (b"ID3\x04\x00\x00\x00\x00\x01\x00TIT2", ("audio", "audio/mpeg", "mp3")),
        (b"\xff\xfb\x90\x64\x00\x00\x00\x00", ("audio", "audio/mpeg", "mp3")),  # MPEG-1 Layer III
        (b"\xff\xf3\x48\xc4\x00\x00\x00\x00", ("audio", "audio/mpeg", "mp3")),  # MPEG-2 Layer III
        (b"fLaC\x00\x00\x00\x22", ("audio", "audio/flac", "flac")),
        (OGG_PAGE + b"\x01vorbis\x00\x00\x00\x00", ("audio", "audio/ogg", "ogg")),
        (OGG_PAGE + b"OpusHead\x01\x01", ("audio", "audio/ogg", "opus")),
        (ftyp(b"M4A ", b"M4A ", b"isom"), ("audio", "audio/mp4", "m4a")),
        (ftyp(b"M4B ", b"M4B "), ("audio", "audio/mp4", "m4a")),
        (b"\xff\xf1\x50\x80\x02\x1f\xfc", ("audio", "audio/aac", "aac")),
        (ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), ("video", "video/mp4", "mp4")),
        (ftyp(b"mp42", b"mp42", b"isom"), ("video", "video/mp4", "mp4")),
        (ftyp(b"qt  ", b"qt  "), ("video", "video/quicktime", "mov")),
        (b"\x00\x00\x00\x08wide\x00\x01\x00\x00mdat", ("video", "video/quicktime", "mov")),
        (b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska", ("video", "video/x-matroska", "mkv")),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", ("video", "video/webm", "webm")),
        (b"RIFF\x00\x00\x00\x00AVI LIST", ("video", "video/x-msvideo", "avi")),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", ("document", "application/pdf", "pdf")),
        (b"GIF89a\x10\x00\x10\x00", ("image", "image/gif", "gif")),
    ],
)
def test_sniff_recognises_magic_bytes(head: bytes, expected: tuple[str, str, str]) -> None:
    assert sniff(head) == FileType(*expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"Hello, this is a plain text file renamed to .jpg\n",
        b"PK\x03\x04\x14\x00\x06\x00",  # a .docx
        ftyp(b"crx ", b"crx "),  # Canon CR3 raw
        b"\xff\xfe\x00\x00",  # not an MPEG frame (layer bits reserved)
        b"RIFF\x00\x00\x00\x00CDXA",
        b"\x00" * 64,
    ],
)
def test_sniff_unknown_is_none(head: bytes) -> None:
    assert sniff(head) is None


def test_sniff_reads_at_most_64_bytes() -> None:
    assert sniff(b" " * 60 + b"%PDF-1.4") is None  # the marker ends past byte 64
    assert sniff(b" " * 50 + b"%PDF-1.4") == media_probe.PDF


@given(st.binary(max_size=200))
def test_sniff_never_raises(data: bytes) -> None:
    result = sniff(data)
    assert result is None or isinstance(result, FileType)


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------


def test_jpeg_with_full_exif(tmp_path: Path) -> None:
    path = mf.make_jpeg(
        tmp_path / "photo.jpg",
        (640, 480),
        exif_datetime=datetime(1998, 7, 4, 16, 5, 9),
        make="Canon",
        model="Canon EOS 5D",
        gps=(52.2297, 21.0122),
        orientation=6,
        description="Festyn na podwórku",
    )
    info = probe(path)
    assert info.type == FileType("image", "image/jpeg", "jpg")
    assert (info.width, info.height, info.orientation) == (640, 480, 6)
    assert info.taken_at == datetime(1998, 7, 4, 16, 5, 9)
    assert info.camera == "Canon EOS 5D"
    assert info.gps_lat == pytest.approx(52.2297, abs=1e-5)
    assert info.gps_lon == pytest.approx(21.0122, abs=1e-5)
    assert info.tags["description"] == "Festyn na podwórku"
    assert info.warnings == []
    assert info.extra["size"] == path.stat().st_size


@pytest.mark.parametrize(
    ("gps", "lat", "lon"),
    [
        ((-33.8568, 151.2153), -33.8568, 151.2153),
        ((40.6892, -74.0445), 40.6892, -74.0445),
        ((-22.95, -43.21), -22.95, -43.21),
    ],
)
def test_gps_south_and_west_are_negative(
    tmp_path: Path, gps: tuple[float, float], lat: float, lon: float
) -> None:
    info = probe(mf.make_jpeg(tmp_path / "gps.jpg", (64, 48), gps=gps))
    assert info.gps_lat == pytest.approx(lat, abs=1e-5)
    assert info.gps_lon == pytest.approx(lon, abs=1e-5)


@pytest.mark.parametrize(
    ("make", "model", "expected"),
    [
        ("NIKON CORPORATION", "NIKON D750", "NIKON D750"),
        ("Apple", "iPhone 12", "Apple iPhone 12"),
        ("Canon\x00\x00\x00", "Canon PowerShot A70\x00", "Canon PowerShot A70"),
        ("  OLYMPUS IMAGING CORP.  ", "E-M10", "OLYMPUS IMAGING CORP. E-M10"),
        (None, "DSC-W55", "DSC-W55"),
    ],
)
def test_camera_is_make_and_model_tidied(tmp_path: Path, make: str | None, model: str, expected: str) -> None:
    info = probe(mf.make_jpeg(tmp_path / "cam.jpg", (64, 48), make=make, model=model))
    assert info.camera == expected
    assert "garbage_tags" not in codes(info)


def test_camera_name_helper() -> None:
    assert camera_name("Canon", None) == "Canon"
    assert camera_name(None, None) is None
    assert camera_name("samsung", "SAMSUNG SM-G991B") == "SAMSUNG SM-G991B"


def test_unset_exif_date_is_none_without_warning(tmp_path: Path) -> None:
    info = probe(mf.make_jpeg(tmp_path / "d.jpg", (64, 48), exif_datetime="0000:00:00 00:00:00"))
    assert info.taken_at is None
    assert info.warnings == []


def test_png(tmp_path: Path) -> None:
    info = probe(mf.make_png(tmp_path / "scan.png", (320, 240), text={"Title": "Kamienica przy Brzeskiej"}))
    assert info.type == FileType("image", "image/png", "png")
    assert (info.width, info.height) == (320, 240)
    assert info.tags["title"] == "Kamienica przy Brzeskiej"
    assert info.warnings == []


def test_multipage_tiff_scan(tmp_path: Path) -> None:
    info = probe(mf.make_tiff(tmp_path / "scan.tiff", (300, 200), pages=3))
    assert info.type == FileType("image", "image/tiff", "tif")
    assert (info.width, info.height, info.page_count) == (300, 200, 3)
    assert info.extra["dpi"] == [300.0, 300.0]
    assert info.warnings == []  # .tiff is a fine spelling of tif


def test_webp_with_exif_date(tmp_path: Path) -> None:
    info = probe(mf.make_webp(tmp_path / "p.webp", (200, 100), exif_datetime=datetime(2015, 3, 1, 9, 0, 0)))
    assert info.type == FileType("image", "image/webp", "webp")
    assert (info.width, info.height) == (200, 100)
    assert info.taken_at == datetime(2015, 3, 1, 9, 0, 0)


def test_heic(tmp_path: Path) -> None:
    pytest.importorskip("pillow_heif")
    info = probe(
        mf.make_heic(tmp_path / "IMG_0001.HEIC", (320, 240), exif_datetime=datetime(2022, 8, 15, 12, 0))
    )
    assert info.type == FileType("image", "image/heic", "heic")
    assert (info.width, info.height) == (320, 240)
    assert info.taken_at == datetime(2022, 8, 15, 12, 0)
    assert info.warnings == []


def test_heic_without_decoder_is_sniffed_and_warned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pillow_heif")
    path = mf.make_heic(tmp_path / "IMG_0002.heic", (64, 48))
    monkeypatch.setattr(media_probe, "_heif_opener", lambda: False)
    info = probe(path)
    assert info.type.ext == "heic"
    assert info.width is None and info.height is None
    assert codes(info) == ["no_decoder"]


def test_avif(tmp_path: Path) -> None:
    if not features.check("avif"):
        pytest.skip("Pillow built without AVIF")
    info = probe(mf.make_avif(tmp_path / "a.avif", (120, 80)))
    assert info.type == FileType("image", "image/avif", "avif")
    assert (info.width, info.height) == (120, 80)


# --------------------------------------------------------------------------------------------
# Audio
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("rate", "channels"), [(16000, 1), (44100, 2), (48000, 1)])
def test_wav(tmp_path: Path, rate: int, channels: int) -> None:
    info = probe(mf.make_wav(tmp_path / "rec.wav", seconds=1.5, rate=rate, channels=channels))
    assert info.type == FileType("audio", "audio/wav", "wav")
    assert info.duration_ms == 1500
    assert (info.sample_rate, info.channels, info.codec) == (rate, channels, "pcm_s16le")
    assert info.bitrate == rate * channels * 16
    assert info.warnings == []


def test_wav_info_and_bext(tmp_path: Path) -> None:
    path = mf.make_wav(
        tmp_path / "zoom.wav",
        info={
            "INAM": "Wspomnienia pani Zofii".encode("cp1250"),
            "IART": "Zofia Żółkiewska".encode(),
            "ICMT": b"Kaseta 3",
        },
        bext=(b"Nagranie na podworku", "2019-05-03", "14:20:00"),
    )
    info = probe(path)
    assert info.tags["title"] == "Wspomnienia pani Zofii"
    assert info.tags["artist"] == "Zofia Żółkiewska"
    assert info.tags["comment"] == "Kaseta 3"
    assert info.tags["description"] == "Nagranie na podworku"
    assert info.taken_at == datetime(2019, 5, 3, 14, 20, 0)


def test_wav_info_in_windows_1250(tmp_path: Path) -> None:
    path = mf.make_wav(tmp_path / "w.wav", info={"INAM": "Zażółć gęślą jaźń".encode("cp1250")})
    assert probe(path).tags["title"] == "Zażółć gęślą jaźń"


@pytest.mark.parametrize(
    ("fmt", "mime", "codec", "rate", "channels"),
    [
        ("mp3", "audio/mpeg", "mp3", 44100, 1),
        ("flac", "audio/flac", "flac", 44100, 1),
        ("ogg", "audio/ogg", "vorbis", 44100, 2),
        ("opus", "audio/ogg", "opus", 48000, 1),
        ("m4a", "audio/mp4", "aac", 44100, 1),
    ],
)
def test_encoded_audio(
    tmp_path: Path, fmt: mf.AudioFormat, mime: str, codec: str, rate: int, channels: int
) -> None:
    path = mf.make_encoded_audio(tmp_path / f"rec.{fmt}", fmt, seconds=3.0, tags=TAGS)
    info = probe(path)
    assert info.type == FileType("audio", mime, fmt)
    assert info.duration_ms is not None and abs(info.duration_ms - 3000) <= 120
    assert (info.codec, info.sample_rate, info.channels) == (codec, rate, channels)
    assert info.bitrate is not None and 8_000 < info.bitrate < 2_000_000
    assert {k: info.tags[k] for k in TAGS} == TAGS
    assert info.taken_at == datetime(2019, 5, 3)
    assert info.warnings == []


def test_year_only_date_is_a_tag_not_taken_at(tmp_path: Path) -> None:
    info = probe(mf.make_encoded_audio(tmp_path / "old.mp3", "mp3", tags={"date": "1987"}))
    assert info.tags["date"] == "1987"
    assert info.taken_at is None


def test_aac_in_plain_mp4_is_audio(tmp_path: Path) -> None:
    info = probe(mf.make_encoded_audio(tmp_path / "voice.mp4", "m4a", muxer="mp4"))
    assert info.type == FileType("audio", "audio/mp4", "m4a")
    assert info.codec == "aac"
    assert codes(info) == []  # .mp4 is a fine name for audio-only MPEG-4
    assert info.extra["container_type"] == "mp4"


def test_flac_behind_an_id3_tag(tmp_path: Path) -> None:
    flac = mf.make_encoded_audio(tmp_path / "x.flac", "flac", seconds=1.0)
    id3 = b"ID3\x03\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10  # an empty ID3v2.3 tag (10 bytes of padding)
    path = tmp_path / "tagged.flac"
    path.write_bytes(id3 + flac.read_bytes())
    info = probe(path)
    assert info.type.ext == "flac"
    assert "extension_mismatch" not in codes(info)


def test_id3_latin1_frames_in_windows_1250_are_repaired(tmp_path: Path) -> None:
    from mutagen.id3 import ID3, TIT2, TPE1

    path = mf.make_encoded_audio(tmp_path / "stare.mp3", "mp3")
    id3 = ID3()  # type: ignore[no-untyped-call]
    mojibake = "Zażółć gęślą jaźń".encode("cp1250").decode("latin-1")
    id3.add(TIT2(encoding=0, text=[mojibake]))  # type: ignore[no-untyped-call]
    id3.add(TPE1(encoding=0, text=["Crème brûlée"]))  # type: ignore[no-untyped-call]  # real Latin-1 stays
    id3.save(str(path), v2_version=3)
    info = probe(path)
    assert info.tags["title"] == "Zażółć gęślą jaźń"
    assert info.tags["artist"] == "Crème brûlée"
    assert "garbage_tags" not in codes(info)


def test_tags_are_cleaned(tmp_path: Path) -> None:
    tags = {
        "title": "  Tytuł\x00\x07 z\x1b śmieciami  ",
        "artist": "A" * 5000,
        "comment": "linia 1\r\nlinia 2",
    }
    info = probe(mf.make_encoded_audio(tmp_path / "t.flac", "flac", tags=tags))
    assert info.tags["title"] == "Tytuł; z śmieciami"
    assert len(info.tags["artist"]) == 2000 and info.tags["artist"].endswith("…")
    assert info.tags["comment"] == "linia 1\nlinia 2"
    assert all(isinstance(v, str) for v in info.tags.values())
    assert "garbage_tags" in codes(info)
    assert "TITLE" in next(w.detail for w in info.warnings if w.code == "garbage_tags").upper()


def test_clean_text_helper() -> None:
    assert clean_text(b"Zo\xbfka") == ("Zożka", False)  # not UTF-8: read as Windows-1250
    assert clean_text("a\x00\x00") == ("a", False)  # padding is not garbage
    assert clean_text("a\ufffdb") == ("ab", True)
    assert clean_text("x\ud800y") == ("xy", True)  # a lone surrogate
    assert clean_text("e\u0301") == ("é", False)  # NFC
    assert clean_text(12) == ("", False)


# --------------------------------------------------------------------------------------------
# Video
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "mime", "vcodec", "acodec"),
    [
        ("mp4", "video/mp4", "h264", "aac"),
        ("mov", "video/quicktime", "h264", "aac"),
        ("mkv", "video/x-matroska", "h264", "opus"),
        ("webm", "video/webm", "vp8", "opus"),
    ],
)
def test_video(tmp_path: Path, fmt: mf.VideoFormat, mime: str, vcodec: str, acodec: str) -> None:
    info = probe(mf.make_video(tmp_path / f"film.{fmt}", fmt, seconds=2.0, size=(160, 120), fps=10))
    assert info.type == FileType("video", mime, fmt)
    assert info.duration_ms is not None and abs(info.duration_ms - 2000) <= 150
    assert (info.codec, info.width, info.height) == (vcodec, 160, 120)
    assert (info.sample_rate, info.channels) == (48000, 1)
    assert info.extra["audio_codec"] == acodec
    assert info.extra["fps"] == 10.0
    assert info.extra["rotation"] == 0
    assert info.bitrate is not None and info.bitrate > 0
    assert info.warnings == []


def test_video_without_audio(tmp_path: Path) -> None:
    info = probe(mf.make_video(tmp_path / "silent.mp4", "mp4", audio=False))
    assert info.type.kind == "video"
    assert info.sample_rate is None and info.channels is None and "audio_codec" not in info.extra


def test_phone_video_rotation_location_and_date(tmp_path: Path) -> None:
    meta = {
        "location": "-33.8568+151.2153/",
        "creation_time": "2021-06-01T10:00:00.000000Z",
        "title": "Spacer",
    }
    info = probe(mf.make_video(tmp_path / "VID.mp4", "mp4", rotation=90, metadata=meta))
    assert info.extra["rotation"] == 90
    assert (info.gps_lat, info.gps_lon) == (-33.8568, 151.2153)
    assert info.tags["title"] == "Spacer"
    assert "language" not in info.tags
    # creation_time is UTC: shown in this computer's time zone, as the other dates are wall-clock times
    assert info.taken_at == datetime(2021, 6, 1, 10, 0, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert info.extra["creation_time"] == "2021-06-01T10:00:00.000000Z"


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


def test_pdf(tmp_path: Path) -> None:
    info = probe(mf.make_pdf(tmp_path / "kronika.pdf", pages=3, title="Kronika osiedla", author="Jan Nowak"))
    assert info.type == FileType("document", "application/pdf", "pdf")
    assert info.page_count == 3
    assert info.tags["title"] == "Kronika osiedla"
    assert info.tags["author"] == "Jan Nowak"
    assert info.warnings == []


def test_password_protected_pdf_is_taken_with_a_warning(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    source = mf.make_pdf(tmp_path / "src.pdf", pages=2)
    writer = PdfWriter(clone_from=str(source))
    writer.encrypt(user_password="tajne", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    writer.write(str(path))
    info = probe(path)
    assert info.type.ext == "pdf"
    assert info.page_count is None
    assert codes(info) == ["encrypted"]


# --------------------------------------------------------------------------------------------
# Hostile battery
# --------------------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    exc = rejected(path)
    assert exc.code == "empty" and exc.problem == Problem("empty", exc.message)
    assert isinstance(exc, ZacniError)


def test_text_file_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "notatki.jpg"
    path.write_text("Zażółć gęślą jaźń — spotkanie w piątek, źródła i łąki.\n" * 20, encoding="utf-8")
    exc = rejected(path)
    assert exc.code == "unsupported_type"
    assert "notatki.jpg" in exc.message and "plain text" in exc.message


def test_jpeg_truncated_at_half_is_taken_with_a_warning(tmp_path: Path) -> None:
    """Decision: a JPEG whose header survives is kept (it may be the only copy) and flagged."""
    full = mf.make_jpeg(tmp_path / "full.jpg", (800, 600), exif_datetime=datetime(2001, 1, 2, 3, 4, 5))
    data = full.read_bytes()
    path = tmp_path / "half.jpg"
    path.write_bytes(data[: len(data) // 2])
    info = probe(path)
    assert info.type.ext == "jpg"
    assert (info.width, info.height) == (800, 600)
    assert info.taken_at == datetime(2001, 1, 2, 3, 4, 5)
    assert codes(info) == ["truncated"]


def test_jpeg_cut_inside_its_header_is_corrupt(tmp_path: Path) -> None:
    data = mf.make_jpeg(tmp_path / "full.jpg", (64, 48)).read_bytes()
    path = tmp_path / "stub.jpg"
    path.write_bytes(data[:40])
    assert rejected(path).code == "corrupt"


def test_random_bytes_named_wav(tmp_path: Path) -> None:
    data = random.Random(20240501).randbytes(50_000)
    assert sniff(data) is None
    path = tmp_path / "nagranie.wav"
    path.write_bytes(data)
    assert rejected(path).code == "unsupported_type"


def test_png_decompression_bomb(tmp_path: Path) -> None:
    path = mf.make_png_bomb(tmp_path / "bomb.png", 30000, 30000)
    assert path.stat().st_size < 200
    exc = rejected(path)
    assert exc.code == "decompression_bomb"


def test_pixel_limit_holds_even_without_pillows_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    exc = rejected(mf.make_png_bomb(tmp_path / "big.png", 20000, 10000))
    assert exc.code == "decompression_bomb" and "200 megapixels" in exc.message


def test_large_scan_under_the_limit_is_accepted_quietly(tmp_path: Path) -> None:
    path = mf.make_png_bomb(tmp_path / "scan.png", 12000, 12000)  # 144 MP: Pillow would warn
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        info = probe(path)
    assert (info.width, info.height) == (12000, 12000)
    assert "decompression_bomb" not in codes(info)


def test_wav_renamed_mp3(tmp_path: Path) -> None:
    path = mf.make_wav(tmp_path / "wywiad.mp3", seconds=0.5)
    info = probe(path)
    assert info.type == FileType("audio", "audio/wav", "wav")
    assert info.duration_ms == 500
    assert codes(info) == ["extension_mismatch"]
    detail = info.warnings[0].detail
    assert ".mp3" in detail and "WAV" in detail and ".wav" in detail
    assert info.extra["declared_ext"] == "mp3"


def test_original_name_decides_the_extension_check(tmp_path: Path) -> None:
    path = mf.make_wav(tmp_path / "import-1234.part", seconds=0.2)
    assert probe(path, original_name="nagranie.WAV").warnings == []
    assert codes(probe(path, original_name="nagranie.flac")) == ["extension_mismatch"]
    assert probe(path, original_name="bez_rozszerzenia").warnings == []


def test_garbage_exif_bytes(tmp_path: Path) -> None:
    garbage = b"Exif\x00\x00" + random.Random(7).randbytes(300)
    info = probe(mf.jpeg_with_app1(tmp_path / "g.jpg", garbage, (64, 48)))
    assert info.type.ext == "jpg" and (info.width, info.height) == (64, 48)
    assert codes(info) == ["garbage_tags"]
    assert info.taken_at is None and info.camera is None


def test_garbage_inside_exif_fields(tmp_path: Path) -> None:
    path = mf.make_jpeg(
        tmp_path / "x.jpg", (64, 48), make="Ca\x07non\x1b", exif_datetime="kiedyś latem", orientation=42
    )
    info = probe(path)
    assert info.camera == "Canon"
    assert info.taken_at is None and info.orientation is None
    assert codes(info) == ["garbage_tags"]


def test_unreadable_file(tmp_path: Path) -> None:
    path = mf.make_jpeg(tmp_path / "private.jpg", (64, 48))
    path.chmod(0)
    try:
        if os.geteuid() == 0 or os.access(path, os.R_OK):
            pytest.skip("running as root: permissions do not stop reading")
        assert rejected(path).code == "unreadable"
    finally:
        path.chmod(0o644)


def test_permission_error_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same check where root can read everything: the OS refusal is simulated."""
    path = mf.make_jpeg(tmp_path / "private.jpg", (64, 48))
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    exc = rejected(path)
    assert exc.code == "unreadable" and "Permission denied" in exc.message


def test_missing_file_and_directory_are_unreadable(tmp_path: Path) -> None:
    assert rejected(tmp_path / "nie-ma.jpg").code == "unreadable"
    assert rejected(tmp_path).code == "unreadable"


def test_polish_nfd_file_name(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Źródło_łąka_Gęś.JPG")
    assert name != unicodedata.normalize("NFC", name)
    path = mf.make_jpeg(tmp_path / name, (64, 48), exif_datetime=datetime(1990, 5, 1, 12, 0))
    info = probe(path)
    assert info.type.ext == "jpg" and info.taken_at == datetime(1990, 5, 1, 12, 0)
    assert info.warnings == []
    renamed = probe(path, original_name=unicodedata.normalize("NFD", "Źródło_łąka.png"))
    assert "'Źródło_łąka.png'" in renamed.warnings[0].detail  # named in NFC


@pytest.mark.parametrize(
    ("prefix", "name"),
    [
        (b"\xff\xd8\xff\xe0", "x.jpg"),
        (b"OggS\x00\x02", "x.ogg"),
        (b"%PDF-1.4\n", "x.pdf"),
        (b"\x1a\x45\xdf\xa3", "x.mkv"),
    ],
)
def test_magic_then_garbage_is_corrupt(tmp_path: Path, prefix: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(prefix + random.Random(3).randbytes(4000))
    assert rejected(path).code == "corrupt"


def test_truncated_wav(tmp_path: Path) -> None:
    data = mf.make_wav(tmp_path / "full.wav", seconds=2.0, rate=16000).read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[: 44 + 16000])  # half a second of 16-bit mono
    info = probe(path)
    assert codes(info) == ["truncated"]
    assert info.duration_ms == 500


def test_truncated_mp3(tmp_path: Path) -> None:
    data = mf.make_encoded_audio(tmp_path / "full.mp3", "mp3", seconds=4.0).read_bytes()
    path = tmp_path / "cut.mp3"
    path.write_bytes(data[: len(data) // 2])
    info = probe(path)
    assert codes(info) == ["truncated"]
    assert info.duration_ms is not None and 1500 <= info.duration_ms <= 2500
    assert info.extra["declared_duration_ms"] == pytest.approx(4000, abs=150)


def test_truncated_png(tmp_path: Path) -> None:
    data = mf.make_png(tmp_path / "full.png", (200, 200)).read_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) // 2])
    info = probe(path)
    assert (info.width, info.height) == (200, 200)
    assert codes(info) == ["truncated"]


def test_truncated_mp4(tmp_path: Path) -> None:
    """The index at the end (FFmpeg's default) is lost with the end: nothing can be read. With the
    index first ("faststart", as phones write), the start still plays: a warning."""
    data = mf.make_video(tmp_path / "a.mp4", "mp4").read_bytes()
    (tmp_path / "cut.mp4").write_bytes(data[: len(data) // 2])
    assert rejected(tmp_path / "cut.mp4").code == "corrupt"
    data = mf.make_video(tmp_path / "b.mp4", "mp4", faststart=True).read_bytes()
    (tmp_path / "cut2.mp4").write_bytes(data[: len(data) // 2])
    info = probe(tmp_path / "cut2.mp4")
    assert info.type.kind == "video" and codes(info) == ["truncated"]


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    data = mf.make_pdf(tmp_path / "a.pdf", pages=5).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    assert rejected(tmp_path / "cut.pdf").code == "corrupt"


def test_extra_and_tags_are_json_serialisable(tmp_path: Path) -> None:
    paths = [
        mf.make_jpeg(tmp_path / "a.jpg", (64, 48), exif_datetime=datetime(2000, 1, 1), gps=(50.0, 20.0)),
        mf.make_tiff(tmp_path / "a.tif", (64, 48), pages=2),
        mf.make_wav(tmp_path / "a.wav", 0.2, bext=(b"opis", "2020-01-01", "10:00:00")),
        mf.make_encoded_audio(tmp_path / "a.m4a", "m4a", seconds=0.5, tags=TAGS),
        mf.make_video(
            tmp_path / "a.mov", "mov", seconds=0.5, metadata={"creation_time": "2020-01-01T00:00:00Z"}
        ),
        mf.make_pdf(tmp_path / "a.pdf", pages=1, title="T"),
    ]
    for path in paths:
        info = probe(path)
        assert json.loads(json.dumps(info.extra)) == info.extra
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in info.tags.items())


MAGICS = [
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"II*\x00",
    b"RIFF\x00\x01\x00\x00WAVE",
    b"RIFF\x00\x01\x00\x00WEBP",
    b"RIFF\x00\x01\x00\x00AVI ",
    b"ID3\x04\x00\x00\x00\x00\x00\x10",
    b"\xff\xfb\x90\x64",
    b"fLaC",
    b"OggS\x00\x02",
    ftyp(b"M4A "),
    ftyp(b"isom"),
    ftyp(b"heic"),
    b"\x1a\x45\xdf\xa3",
    b"%PDF-1.4\n",
    b"GIF89a",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(magic=st.sampled_from(MAGICS), body=st.binary(max_size=3000))
def test_hostile_bytes_never_escape_as_other_exceptions(tmp_path: Path, magic: bytes, body: bytes) -> None:
    path = tmp_path / "fuzz.bin"
    path.write_bytes(magic + body)
    try:
        info = probe(path)
    except MediaRejected as exc:
        assert exc.code in {"corrupt", "unsupported_type", "decompression_bomb"}
    else:
        assert isinstance(info, MediaInfo) and info.type.kind in ("image", "audio", "video", "document")
