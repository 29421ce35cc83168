"""Importing files: content-addressed storage, duplicates, refusals with reasons, `zacni check`."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from archive_schema import Asset, AssetPerson
from tests.conftest import run_cli
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.ingest import IngestTarget, ingest_paths
from zacni_app.core.integrity import check_archive
from zacni_app.core.interviews import add_interview
from zacni_app.core.media_store import hash_file
from zacni_app.core.people import add_person
from zacni_app.core.progress import CancelFlag, ProgressUpdate


def _card(folder: Path) -> Path:
    folder.mkdir()
    make_jpeg(folder / "ule.jpg", exif_datetime=datetime(2024, 6, 14, 10, 30), make="Canon", model="EOS 80D",
              gps=(50.8, 21.42))  # fmt: skip
    make_wav(folder / "wywiad.wav", seconds=2.0)
    (folder / "notatka.txt").write_text("to nie jest zdjęcie", encoding="utf-8")
    (folder / "Thumbs.db").write_bytes(b"\0" * 10)
    return folder


def test_folder_import_stores_by_hash_and_reports_refusals(archive: Archive, tmp_path: Path) -> None:
    card = _card(tmp_path / "karta")
    seen: list[ProgressUpdate] = []
    report = ingest_paths(archive, [card], progress=seen.append)
    assert sorted(Path(i["path"]).name for i in report.imported) == ["ule.jpg", "wywiad.wav"]
    assert [(Path(r["path"]).name, r["code"]) for r in report.rejected] == [
        ("notatka.txt", "unsupported_type")
    ]
    assert seen[-1].done == seen[-1].total == 3  # Thumbs.db is skipped silently
    with archive.session() as s:
        photo = s.scalars(select(Asset).where(Asset.kind == "image")).one()
        master = archive.media_root / photo.media_relpath
        assert master.read_bytes() == (card / "ule.jpg").read_bytes()
        assert hash_file(master) == photo.sha256
        assert photo.taken_at == datetime(2024, 6, 14, 10, 30)
        assert photo.camera and "EOS 80D" in photo.camera
        assert photo.original_name == "ule.jpg"
        audio = s.scalars(select(Asset).where(Asset.kind == "audio")).one()
        assert abs((audio.duration_ms or 0) - 2000) < 50
    assert list(archive.tmp_dir.glob("*")) == []


def test_same_content_twice_is_a_duplicate(archive: Archive, tmp_path: Path) -> None:
    first = make_wav(tmp_path / "a.wav")
    copy = tmp_path / "kopia.wav"
    copy.write_bytes(first.read_bytes())
    report = ingest_paths(archive, [first, copy])
    assert len(report.imported) == 1
    assert report.duplicates == [
        {
            "path": str(copy),
            "asset_id": report.imported[0]["asset_id"],
            "sha256": report.imported[0]["sha256"],
        }
    ]


def test_import_attaches_to_interview_and_person(archive: Archive, tmp_path: Path) -> None:
    with archive.transaction() as s:
        pid = add_person(s, name="Zofia Baran").id
        iid = add_interview(s, title="Obrus", narrators=[pid], access="research").id
    photo = make_jpeg(tmp_path / "obrus.jpg")
    report = ingest_paths(archive, [photo], target=IngestTarget(interview_id=iid, person_id=pid))
    with archive.session() as s:
        asset = s.get(Asset, report.imported[0]["asset_id"])
        assert asset is not None and asset.interview_id == iid and asset.access == "research"
        link = s.scalars(select(AssetPerson)).one()
        assert (link.person_id, link.role) == (pid, "depicted")


def test_cancel_stops_between_files(archive: Archive, tmp_path: Path) -> None:
    files = [make_wav(tmp_path / f"{n}.wav", seconds=0.1 + n / 10) for n in range(4)]
    cancel = CancelFlag()

    def after_first(update: ProgressUpdate) -> None:
        if update.done == 1:
            cancel.cancel()

    report = ingest_paths(archive, files, progress=after_first, cancel=cancel)
    assert report.cancelled and len(report.imported) == 1


def test_check_finds_flipped_bit_missing_master_and_orphan(archive: Archive, tmp_path: Path) -> None:
    report = ingest_paths(archive, [make_wav(tmp_path / "a.wav"), make_jpeg(tmp_path / "b.jpg")])
    assert check_archive(archive)["ok"]
    with archive.session() as s:
        audio, photo = (s.get(Asset, i["asset_id"]) for i in report.imported)
        assert audio is not None and photo is not None
    audio_path = archive.media_root / audio.media_relpath
    data = bytearray(audio_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    os.chmod(audio_path, 0o644)
    audio_path.write_bytes(bytes(data))
    (archive.media_root / photo.media_relpath).unlink()
    stray = archive.media_root / "00" / "00" / ("0" * 64 + ".jpg")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"x")
    result = check_archive(archive)
    kinds = sorted((p["kind"], p["asset_id"]) for p in result["problems"])
    assert not result["ok"]
    assert kinds == [("fixity", audio.id), ("missing", photo.id), ("orphan_file", None)]


def test_cli_import_json_and_exit_code(tmp_path: Path) -> None:
    root = tmp_path / "arch"
    assert run_cli("init", archive=root).code == 0
    card = _card(tmp_path / "karta")
    result = run_cli("--json", "import", str(card), archive=root)
    assert result.code == 1  # something was rejected
    data = result.json
    assert {Path(i["path"]).name for i in data["imported"]} == {"ule.jpg", "wywiad.wav"}
    assert data["rejected"][0]["reason"]
    again = run_cli("--json", "import", str(card / "ule.jpg"), archive=root)
    assert again.code == 0 and len(again.json["duplicates"]) == 1
    assert run_cli("--json", "check", archive=root).json["ok"] is True


def test_photos_get_upright_thumbnails_in_two_sizes(archive: Archive, tmp_path: Path) -> None:
    from PIL import Image

    from zacni_app.core.thumbnails import SIZES, thumbnail_path

    # stored landscape 1200x800 with orientation 6 (rotate 90° clockwise): shown as portrait
    rotated = make_jpeg(tmp_path / "portret.jpg", (1200, 800), orientation=6)
    report = ingest_paths(archive, [rotated])
    sha = report.imported[0]["sha256"]
    for name, side in SIZES.items():
        with Image.open(thumbnail_path(archive.derivatives_dir, sha, name)) as thumb:
            assert max(thumb.size) == min(side, 1200)
            assert thumb.height > thumb.width
