"""The two-core import pipeline, odd file names, lost masters, and killing a real import."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive_schema import Asset
from tests.conftest import REPO, run_cli
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.file_names import name_problems, windows_reason
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.integrity import check_archive
from zacni_app.core.media_store import find_master, hash_file
from zacni_app.core.progress import CancelFlag, ProgressUpdate
from zacni_app.core.thumbnails import thumbnail_path


def _batch(folder: Path, photos: int = 6, size: tuple[int, int] = (1600, 1200)) -> Path:
    folder.mkdir(parents=True)
    for i in range(photos):
        make_jpeg(folder / f"zdjęcie_{i:02d}.jpg", size, description=f"ujęcie {i}")  # all different
    make_wav(folder / "rozmowa.wav", seconds=1.5)
    (folder / "pusty.jpg").write_bytes(b"")
    (folder / "uszkodzony.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")
    return folder


def _summary(report: dict[str, list[dict[str, object]]]) -> tuple[object, ...]:
    return (
        [(Path(str(i["path"])).name, i["asset_id"], i["kind"]) for i in report["imported"]],
        sorted((Path(str(r["path"])).name, r["code"]) for r in report["rejected"]),
    )


def test_two_workers_give_the_same_archive_as_one(tmp_path: Path, template_archive: Path) -> None:
    batch = _batch(tmp_path / "karta")
    results = []
    for workers in (1, 2):
        root = tmp_path / f"a{workers}"
        shutil.copytree(template_archive, root)
        with Archive.open(root) as arch:
            results.append(ingest_paths(arch, [batch], workers=workers).to_dict())
            assert check_archive(arch)["ok"]
            sha = hash_file(batch / "zdjęcie_03.jpg")
            assert thumbnail_path(arch.derivatives_dir, sha, "small").is_file()
            assert not list(arch.tmp_dir.glob("*"))
    assert _summary(results[0]) == _summary(results[1])
    assert len(results[1]["imported"]) == 7
    assert {r["code"] for r in results[1]["rejected"]} == {"empty", "corrupt"}


def test_cancel_with_workers_leaves_no_temp_files_and_a_rerun_completes(
    archive: Archive, tmp_path: Path
) -> None:
    batch = _batch(tmp_path / "karta", photos=10)
    flag = CancelFlag()

    def stop_after_two(update: ProgressUpdate) -> None:
        if update.done == 2:
            flag.cancel()

    report = ingest_paths(archive, [batch], workers=2, progress=stop_after_two, cancel=flag)
    assert report.cancelled
    assert 1 <= len(report.imported) < 11
    assert not list(archive.tmp_dir.glob("*")), "a cancelled import leaves no temp copies"
    assert check_archive(archive)["ok"]
    again = ingest_paths(archive, [batch], workers=2)
    assert len(again.imported) + len(again.duplicates) == 11
    with archive.session() as s:
        assert s.scalar(select(func.count(Asset.id))) == 11


def test_a_lost_master_comes_back_when_the_file_is_imported_again(archive: Archive, tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "ul.jpg")
    first = ingest_paths(archive, [photo])
    sha = first.imported[0]["sha256"]
    master = find_master(archive.media_root, sha)
    assert master is not None
    master.unlink()
    assert [p["kind"] for p in check_archive(archive)["problems"]] == ["missing"]
    again = ingest_paths(archive, [photo])
    assert again.duplicates[0]["master_restored"] is True
    assert check_archive(archive)["ok"]


def test_a_master_left_without_its_row_is_adopted(archive: Archive, tmp_path: Path) -> None:
    """What a crash between the rename and the commit leaves: the next import finishes the job."""
    photo = make_jpeg(tmp_path / "ul.jpg")
    sha = hash_file(photo)
    orphan = archive.media_root / sha[:2] / sha[2:4] / f"{sha}.jpg"
    orphan.parent.mkdir(parents=True)
    shutil.copyfile(photo, orphan)
    assert [p["kind"] for p in check_archive(archive)["problems"]] == ["orphan_file"]
    report = ingest_paths(archive, [photo])
    assert [i["sha256"] for i in report.imported] == [sha]
    assert check_archive(archive)["ok"]


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def test_odd_names_are_imported_with_specific_warnings(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "karta"
    folder.mkdir()
    nfc = unicodedata.normalize("NFC", "Łąka żółta.jpg")
    nfd = unicodedata.normalize("NFD", nfc)
    make_jpeg(folder / nfc, (64, 48))
    make_jpeg(folder / nfd, (66, 48))
    make_jpeg(folder / "CON.jpg", (68, 48))
    make_jpeg(folder / "pytanie?.jpg", (70, 48))
    long_name = "babcia_" + "ą" * 60 + "x" * 80 + ".jpg"  # 151 characters, 231 bytes
    make_jpeg(folder / long_name, (72, 48))
    latin2 = os.fsdecode("Pszczo\xb3y.wav".encode("latin-1"))  # ISO-8859-2 "ł": not UTF-8
    make_wav(folder / latin2, seconds=0.2)
    report = ingest_paths(archive, [folder])
    assert not report.rejected
    codes = {Path(i["path"]).name: set(i["warning_codes"]) for i in report.imported}
    by_code: dict[str, set[str]] = {}
    for name, found in codes.items():
        for code in found:
            by_code.setdefault(code, set()).add(unicodedata.normalize("NFC", name))
    assert by_code["same_name"] == {nfc}  # both spellings, shown composed
    assert by_code["name_decomposed"] == {nfc}
    assert by_code["name_windows"] == {"CON.jpg", "pytanie?.jpg"}
    assert by_code["name_too_long"] == {long_name}
    [bad] = by_code["name_not_utf8"]
    assert "\N{REPLACEMENT CHARACTER}" in bad
    with archive.session() as s:
        names = set(s.scalars(select(Asset.original_name)))
    assert nfc in names and all(unicodedata.is_normalized("NFC", n) for n in names)


@pytest.mark.parametrize(
    ("name", "reserved"),
    [
        ("CON.jpg", True),
        ("con", True),
        ("Lpt1.wav", True),
        ("COM10.jpg", False),
        ("console.jpg", False),
        ("a:b.jpg", True),
        ("kropka.", True),
        ("zdjęcie ślubne.jpg", False),
    ],
)
def test_windows_reserved_names(name: str, reserved: bool) -> None:
    assert (windows_reason(name) is not None) is reserved


def test_ordinary_names_have_no_warnings(tmp_path: Path) -> None:
    files = [tmp_path / "wywiad z Janiną.wav", tmp_path / "Łąka.jpg", tmp_path / "łąka.png"]
    assert name_problems(files) == {}


# --------------------------------------------------------------------------------------------
# Killing a real import
# --------------------------------------------------------------------------------------------


def _kill_batch(folder: Path) -> int:
    folder.mkdir()
    for i in range(14):
        make_jpeg(folder / f"IMG_{i:04d}.JPG", (2400, 1800), description=f"kadr {i}")
    for i in range(4):
        make_wav(folder / f"nagranie_{i}.wav", seconds=3.0 + i)
    return 18


def _start_import(archive_dir: Path, folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "zacni_app.cli",
            "--archive",
            str(archive_dir),
            "import",
            str(folder),
            "--json",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # the workers share its process group: kill them all, as a crash would
    )


def _after_kill(archive_dir: Path, batch: set[str]) -> set[str]:
    """What a kill may leave: temp copies and masters whose row was not yet committed. Nothing else."""
    with Archive.open(archive_dir) as arch:
        result = check_archive(arch)
        with arch.session() as s:
            rows = set(s.scalars(select(Asset.sha256)))
    kinds = {p["kind"] for p in result["problems"]}
    assert kinds <= {"orphan_file", "leftover"}, result["problems"]
    orphans = {Path(p["path"]).stem for p in result["problems"] if p["kind"] == "orphan_file"}
    assert orphans <= batch and rows <= batch
    return kinds


@pytest.mark.slow
def test_killing_an_import_at_many_points_never_breaks_the_archive(
    template_archive: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "karta"
    total = _kill_batch(folder)
    batch = {hash_file(p) for p in folder.iterdir()}
    runs = []
    for n in range(2):  # undisturbed runs, so the kills spread over a whole import; the faster one
        timing = tmp_path / f"timing{n}"  # (files cached, as for the kills) sets the pace
        shutil.copytree(template_archive, timing)
        started = time.monotonic()
        assert _start_import(timing, folder).wait(timeout=300) == 0
        runs.append(time.monotonic() - started)
    full = min(runs)
    interrupted, seen = 0, set()
    for n, fraction in enumerate((0.05, 0.15, 0.3, 0.42, 0.54, 0.66, 0.76, 0.86)):
        archive_dir = tmp_path / f"kill{n}"
        shutil.copytree(template_archive, archive_dir)
        proc = _start_import(archive_dir, folder)
        time.sleep(full * fraction)
        if proc.poll() is None:
            interrupted += 1
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        seen |= _after_kill(archive_dir, batch)
        rerun = run_cli("import", folder, "--json", archive=archive_dir)  # the same import again
        assert rerun.code == 0, rerun.stderr
        with Archive.open(archive_dir) as arch:
            assert check_archive(arch)["ok"]
            with arch.session() as s:
                assert sorted(s.scalars(select(Asset.sha256))) == sorted(batch)
        assert len(batch) == total
    assert interrupted >= 6, f"only {interrupted} of 8 kills landed inside the import ({runs} s)"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_truncated_photo_is_kept_with_its_damage_named(
    archive: Archive, tmp_path: Path, workers: int
) -> None:
    """The probe leaves the JPEG pixel decode to the thumbnailer; damage must still be reported."""
    folder = tmp_path / "karta"
    folder.mkdir()
    whole = make_jpeg(folder / "cały.jpg", (1200, 900)).read_bytes()
    (folder / "ucięty.jpg").write_bytes(whole[: len(whole) // 2])
    for i in range(3):
        make_jpeg(folder / f"inny_{i}.jpg", (320, 240), description=str(i))
    report = ingest_paths(archive, [folder], workers=workers)
    codes = {Path(i["path"]).name: i["warning_codes"] for i in report.imported}
    assert "truncated" in codes["ucięty.jpg"]
    assert codes["cały.jpg"] == [] and codes["inny_0.jpg"] == []
