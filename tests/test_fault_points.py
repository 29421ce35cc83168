"""Every I/O step of an import fails in turn; the archive is always before, after, or completable.

The walk moves the failure point forward (n = 1, 2, 3, …) until the import completes without
reaching it — the way SQLite tests itself. After each failure the archive must hold exactly the
files before the faulted one, the faulted one entirely or not at all (a master without its row is
allowed: the next import adopts it), nothing after it, no temp files once the import is run
again, and re-running the import must bring every file in exactly once.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from archive_schema import Asset
from tests.conftest import REPO
from tests.media_factory import make_jpeg, make_png, make_wav
from zacni_app.core import faults
from zacni_app.core.archive import Archive
from zacni_app.core.assets import asset_dict
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.integrity import check_archive
from zacni_app.core.media_store import hash_file

#: The steps an import of photos and a recording goes through, each a numbered point.
IMPORT_POINTS = {
    "stage.open",
    "stage.write",
    "stage.fsync",
    "probe",
    "thumbnail.write",
    "thumbnail.rename",
    "commit.rename",
    "commit.dirsync",
    "row.before_commit",
    "row.after_commit",
}
#: Fields that differ between two imports of the same file by nature.
VOLATILE = {"id", "uid", "imported_at", "version"}


def _batch(folder: Path, photos: int = 2) -> list[Path]:
    """Photos and a recording with Polish names; imported in this (byte-sorted) order."""
    folder.mkdir()
    files = [make_jpeg(folder / "a_zdjęcie_łąki.jpg", (320, 240), description="Łąka")]
    files.append(make_wav(folder / "b_rozmowa_z_panią_żółć.wav", seconds=0.4))
    files += [make_png(folder / f"c_skan_{i}.png", (200 + i, 150)) for i in range(photos - 1)]
    return files


def _rows(arch: Archive) -> list[dict[str, Any]]:
    with arch.session() as s:
        assets = s.scalars(select(Asset).order_by(Asset.id)).all()
        return [{k: v for k, v in asset_dict(a).items() if k not in VOLATILE} for a in assets]


def _masters(arch: Archive) -> set[str]:
    media = arch.media_root
    return {
        p.relative_to(media).as_posix()
        for p in media.rglob("*")
        if p.is_file() and ".incoming" not in p.parts
    }


def _temp_files(root: Path) -> list[Path]:
    """Anything half-written: staging copies, partial thumbnails, partial database copies."""
    incoming = [p for p in (root / "media" / ".incoming").rglob("*") if p.is_file()]
    return incoming + [p for p in root.rglob("*") if p.suffix in (".part", ".partial")]


@pytest.fixture
def batch(tmp_path: Path) -> list[Path]:
    return _batch(tmp_path / "karta")


@pytest.fixture
def reference(template_archive: Path, tmp_path: Path, batch: list[Path]) -> dict[str, Any]:
    """An undisturbed import of the batch: its rows, its masters, and the points it passes."""
    root = tmp_path / "reference"
    shutil.copytree(template_archive, root)
    with Archive.open(root) as arch, faults.Trace() as trace:
        report = ingest_paths(arch, [batch[0].parent], workers=1)
        assert not report.rejected
        return {"rows": _rows(arch), "masters": _masters(arch), "points": list(trace.reached)}


def _assert_before_or_after(arch: Archive, ref: dict[str, Any], *, killed: bool) -> None:
    """Every file but the faulted one is in as in the reference (a killed import: the ones before it);
    the faulted one is entirely in or out, at most its master left without a row; nothing else."""
    rows = _rows(arch)
    missing = [r for r in ref["rows"] if r not in rows]
    if killed:
        assert rows == ref["rows"][: len(rows)], "a killed import must have committed files in order"
    else:
        assert len(missing) <= 1 and len(rows) + len(missing) == len(ref["rows"]), "a fault hit other files"
    masters = _masters(arch)
    committed = {r["media_path"] for r in rows}
    assert committed <= masters, "a row without its master"
    faulted = {r["media_path"] for r in ref["rows"][len(rows) : len(rows) + 1]} if killed else set()
    allowed = faulted if killed else {r["media_path"] for r in missing}
    assert masters - committed <= allowed, f"masters of files the import never reached: {masters - committed}"
    report = check_archive(arch, record=False)
    kinds = {"orphan_file", "leftover"} if killed else {"orphan_file"}
    assert {p["kind"] for p in report["problems"]} <= kinds, report["problems"]


def _assert_completed(arch: Archive, root: Path, ref: dict[str, Any], batch: list[Path]) -> None:
    report = ingest_paths(arch, [batch[0].parent], workers=1)
    assert not report.rejected, report.rejected
    rows, expected = _rows(arch), ref["rows"]
    by_hash = sorted(rows, key=lambda r: r["sha256"])
    assert by_hash == sorted(expected, key=lambda r: r["sha256"]), "re-running must bring every file in once"
    assert _masters(arch) == ref["masters"]
    assert check_archive(arch, record=False)["ok"]
    assert _temp_files(root) == []


def test_the_import_passes_every_kind_of_point(reference: dict[str, Any]) -> None:
    """Guards the walk: a point removed from the code would silently never be tried."""
    missing = IMPORT_POINTS - set(reference["points"])
    assert not missing, f"points the import no longer passes: {missing}"


def test_only_the_nth_point_fails_and_only_under_a_plan() -> None:
    faults.point("stage.open")  # nothing active: a no-op
    with faults.FailAt(2) as plan:
        faults.point("a")
        with pytest.raises(OSError) as caught:
            faults.point("b")
        faults.point("c")
    assert caught.value.errno == errno.ENOSPC and plan.fired_at == "b"
    assert plan.reached == ["a", "b", "c"]


def test_a_bad_fault_plan_in_the_environment_is_named() -> None:
    assert faults.plan_from({}) is None
    plan = faults.plan_from({"ZACNI_FAULT_AT": "3", "ZACNI_FAULT_KIND": "kill", "ZACNI_FAULT_ERRNO": "EIO"})
    assert plan is not None and (plan.n, plan.kind, plan.errno) == (3, "kill", errno.EIO)
    with pytest.raises(RuntimeError, match="ZACNI_FAULT_AT='zero'"):
        faults.plan_from({"ZACNI_FAULT_AT": "zero"})


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_an_error_at_every_point_of_an_import_leaves_the_archive_before_or_after(
    template_archive: Path, tmp_path: Path, batch: list[Path], reference: dict[str, Any], code: int
) -> None:
    folder = batch[0].parent
    walked: list[str] = []
    for n in range(1, len(reference["points"]) + 2):
        root = tmp_path / f"n{n}"
        shutil.copytree(template_archive, root)
        with Archive.open(root) as arch:
            with faults.FailAt(n, errno=code) as plan:
                report = ingest_paths(arch, [folder], workers=1)
            if not plan.fired:
                assert n == len(reference["points"]) + 1 and _rows(arch) == reference["rows"]
                break
            walked.append(plan.fired_at or "")
            _check_error_outcome(arch, root, reference, report.to_dict(), plan, code)
            _assert_completed(arch, root, reference, batch)
        shutil.rmtree(root)
    assert walked == reference["points"]


def _check_error_outcome(
    arch: Archive, root: Path, ref: dict[str, Any], report: dict[str, Any], plan: faults.FailAt, code: int
) -> None:
    assert _temp_files(root) == [], "a failed write left a temp file behind"
    _assert_before_or_after(arch, ref, killed=False)
    expected = "disk_full" if code == errno.ENOSPC else "unreadable"
    assert [r["code"] for r in report["rejected"]] == [expected], report
    if plan.fired_at != "row.after_commit":  # after the commit the file is in, though reported refused
        assert len(report["imported"]) + 1 == len(ref["rows"])


def test_a_full_disk_while_writing_a_thumbnail_refuses_the_file(archive: Archive, tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "łąka.jpg", (320, 240))
    trace_root = tmp_path / "trace"
    shutil.copytree(archive.root, trace_root)
    with Archive.open(trace_root) as other, faults.Trace() as trace:
        ingest_paths(other, [photo], workers=1)
    with faults.FailAt(trace.reached.index("thumbnail.write") + 1):
        report = ingest_paths(archive, [photo], workers=1).to_dict()
    assert report["imported"] == [] and [r["code"] for r in report["rejected"]] == ["disk_full"]


# --------------------------------------------------------------------------------------------
# Killing the import at every point: a subprocess that dies with SIGKILL where the n-th point is
# --------------------------------------------------------------------------------------------


def _run_import(root: Path, folder: Path, n: int, workers: int) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "ZACNI_FAULT_AT": str(n),
        "ZACNI_FAULT_KIND": "kill",
        "ZACNI_IMPORT_WORKERS": str(workers),
    }
    cmd = [sys.executable, "-m", "zacni_app.cli", "--archive", str(root), "import", str(folder), "--json"]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=REPO)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_kill_at_every_point_of_an_import_leaves_the_archive_completable(
    template_archive: Path, tmp_path: Path, batch: list[Path], reference: dict[str, Any]
) -> None:
    folder = batch[0].parent
    kills = 0
    for n in range(1, len(reference["points"]) + 2):
        root = tmp_path / f"n{n}"
        shutil.copytree(template_archive, root)
        done = _run_import(root, folder, n, workers=1)
        if done.returncode == 0:
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        kills += 1
        with Archive.open(root) as arch:
            _assert_before_or_after(arch, reference, killed=True)
            _assert_completed(arch, root, reference, batch)
        shutil.rmtree(root)
    assert kills == len(reference["points"])


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_kill_in_a_worker_process_or_the_writer_leaves_the_archive_completable(
    template_archive: Path, tmp_path: Path
) -> None:
    """With two workers each process counts its own points: n kills a worker, the writer, or both."""
    batch = _batch(tmp_path / "karta", photos=4)  # five files: workers start from four
    batch_hashes = sorted(hash_file(p) for p in batch)
    for n in range(1, 40):
        root = tmp_path / f"n{n}"
        shutil.copytree(template_archive, root)
        done = _run_import(root, batch[0].parent, n, workers=2)
        assert "Traceback" not in done.stderr
        with Archive.open(root) as arch:
            problems = check_archive(arch, record=False)["problems"]
            assert {p["kind"] for p in problems} <= {"orphan_file", "leftover"}, problems
            report = ingest_paths(arch, [batch[0].parent], workers=2)
            assert not report.rejected, report.rejected
            with arch.session() as s:
                assert sorted(s.scalars(select(Asset.sha256))) == batch_hashes
            assert check_archive(arch, record=False)["ok"]
        assert _temp_files(root) == []
        shutil.rmtree(root)
        if done.returncode == 0:
            break
    else:
        pytest.fail("the import never got past its fault points")
