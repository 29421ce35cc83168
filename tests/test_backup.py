"""Backups and restore: an equal archive comes back, only new masters are copied, a damaged backup
is refused naming what is wrong, and a full disk, a fault at any I/O step or a kill never costs the
previous backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
import wave
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive_schema import AuditEvent, Person
from archive_schema.base import Base
from tests.conftest import REPO, run_cli
from tests.media_factory import make_jpeg, make_wav, tone_pcm
from zacni_app.core import faults
from zacni_app.core.archive import Archive
from zacni_app.core.backup import backup_archive, last_backup_at
from zacni_app.core.backup_manifest import POOL, BackupDamaged
from zacni_app.core.errors import PermissionDenied, ZacniError
from zacni_app.core.ingest import IngestTarget, ingest_paths
from zacni_app.core.integrity import check_archive
from zacni_app.core.interviews import add_interview
from zacni_app.core.people import add_person
from zacni_app.core.progress import CancelFlag, Cancelled, ProgressUpdate
from zacni_app.core.restore import restore_archive
from zacni_app.core.storage_rules import DiskFull
from zacni_app.core.users import add_user

PRIVATE = {"phone": "+48 600 100 205", "email": "halina.zurek@example.org", "address": "ul. Łąkowa 7, Jurków"}


# -- scaffolding ----------------------------------------------------------------------------------
def wavs(folder: Path, n: int, first: int = 0, seconds: float = 2.0) -> list[Path]:
    """`n` distinct real WAV recordings, quickly (one tone, a different first sample each)."""
    folder.mkdir(parents=True, exist_ok=True)
    pcm = tone_pcm(seconds, 16000, 1)
    paths = []
    for i in range(first, first + n):
        path = folder / f"nagranie-{i:02d}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(16000)
            out.writeframes(i.to_bytes(2, "little") + pcm[2:])
        paths.append(path)
    return paths


def imported(archive: Archive, paths: list[Path], target: IngestTarget | None = None) -> None:
    report = ingest_paths(archive, paths, target=target, workers=1)
    assert not report.rejected and len(report.imported) == len(paths)


@pytest.fixture
def filled(archive: Archive, tmp_path: Path) -> Archive:
    """An archive with a narrator (private fields too), an interview, a photo and a recording."""
    with archive.transaction() as s:
        halina = add_person(s, name="Halina Żurek", birth_year=1941, locality="Jurków", **PRIVATE)
        s.flush()
        talk = add_interview(s, title="O haftowaniu pszczołami", narrators=[halina.id], place="Jurków")
        s.flush()
        interview_id = talk.id
    sources = tmp_path / "źródła"
    sources.mkdir()
    files = [make_jpeg(sources / "łąka.jpg"), make_wav(sources / "żółć.wav", seconds=1.5)]
    imported(archive, files, IngestTarget(interview_id=interview_id))
    return archive


def table_counts(archive: Archive) -> dict[str, int]:
    with archive.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def master_hashes(archive: Archive) -> dict[str, str]:
    """Each master's relative path and its SHA-256 computed from the bytes on disk."""
    from zacni_app.core.media_store import hash_file

    return {
        p.relative_to(archive.media_root).as_posix(): hash_file(p)
        for p in sorted(archive.media_root.rglob("*"))
        if p.is_file() and ".incoming" not in p.parts
    }


def leftovers(folder: Path) -> list[str]:
    """Temporary files or folders a backup or restore might leave: there must be none."""
    found = [p.name for p in folder.iterdir() if ".zacni-tmp" in p.name or ".restoring-" in p.name]
    incoming = folder / POOL / ".incoming"
    if incoming.is_dir():
        found += [p.name for p in incoming.iterdir()]
    return found


def restored_assets(file: Path, dest: Path) -> int:
    """Restore `file` into `dest`; the archive must open and pass `zacni check`. Returns its assets."""
    report = restore_archive(file, dest)
    with Archive.open(dest) as restored:
        result = check_archive(restored, record=False)
        assert result["ok"], result["problems"]
        assert report.assets == result["assets"]
    shutil.rmtree(dest)
    return report.assets


def usb(tmp_path: Path, name: str = "usb") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


# -- round trip ------------------------------------------------------------------------------------
def test_restore_gives_back_an_equal_archive_private_fields_too(filled: Archive, tmp_path: Path) -> None:
    before = table_counts(filled)
    masters = master_hashes(filled)
    file = usb(tmp_path) / "zacni-2026-11-24.zbk"
    report = backup_archive(filled, file)
    assert (report.assets, report.copied, report.reused, report.verified) == (2, 2, 0, True)
    assert report.bytes_copied == sum((filled.media_root / rel).stat().st_size for rel in masters)

    dest = tmp_path / "odtworzone"
    dest.mkdir()  # an existing empty folder is fine
    assert restore_archive(file, dest).assets == 2
    with Archive.open(dest) as restored:
        assert table_counts(restored) == before  # the snapshot predates the note of this backup
        assert master_hashes(restored) == masters
        assert check_archive(restored, record=False)["ok"]
        with restored.session() as s:
            halina = s.scalars(select(Person).where(Person.name == "Halina Żurek")).one()
            assert {k: getattr(halina, k) for k in PRIVATE} == PRIVATE
            assert halina.locality == "Jurków"
    assert sorted(p.name for p in dest.iterdir()) == [
        "archive.sqlite3", "backups", "derivatives", "index", "media", "tmp",
    ]  # fmt: skip
    assert leftovers(file.parent) == [] and leftovers(tmp_path) == []


def test_the_manifest_lists_every_checksum_and_what_is_left_out(filled: Archive, tmp_path: Path) -> None:
    import json

    file = usb(tmp_path) / "b.zbk"
    backup_archive(filled, file)
    with tarfile.open(file) as tar:
        assert tar.getnames() == ["manifest.json", "manifest.sha256", "database.sqlite3"]
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert manifest["archive"] == {"database": "sqlite", "schema_version": filled.schema_version(),
                                   "schema_revision": filled.current_revision()}  # fmt: skip
    assert manifest["counts"] == {"people": 1, "interviews": 1, "assets": 2, "stories": 0}
    with filled.session() as s:
        from archive_schema import Asset

        rows = {a.sha256: (a.size, a.media_relpath) for a in s.scalars(select(Asset))}
    assert {a["sha256"]: (a["size"], a["relpath"]) for a in manifest["assets"]} == rows
    assert set(manifest["not_included"]) == {"derivatives/", "index/", "backups/"}
    assert manifest["tool"].startswith("zacni ") and manifest["created_at"]


def test_the_backup_time_is_noted_and_audited(filled: Archive, tmp_path: Path) -> None:
    assert last_backup_at(filled) is None
    started = datetime.now(UTC).replace(microsecond=0)
    backup_archive(filled, usb(tmp_path) / "b.zbk")
    noted = last_backup_at(filled)
    assert noted is not None and started <= noted <= datetime.now(UTC)
    with filled.session() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "backup")).all()
    assert (event.user_name, event.changes["assets"], event.changes["verified"]) == ("admin", 2, True)


def test_a_snapshot_is_consistent_while_the_app_writes(filled: Archive, tmp_path: Path) -> None:
    stop = threading.Event()
    added: list[int] = []

    def cataloguer() -> None:
        while not stop.is_set():
            with filled.transaction() as s:
                add_person(s, name=f"Zofia Wójcik {len(added)}", phone="+48 601 000 000")
            added.append(1)

    writer = threading.Thread(target=cataloguer)
    writer.start()
    try:
        while not added:
            threading.Event().wait(0.005)
        file = usb(tmp_path) / "b.zbk"
        backup_archive(filled, file)
    finally:
        stop.set()
        writer.join()
    restore_archive(file, tmp_path / "r")
    with Archive.open(tmp_path / "r") as restored:
        assert check_archive(restored, record=False)["ok"]
        people = table_counts(restored)["person"]
    assert 1 + 1 <= people <= 1 + len(added)


# -- incremental -----------------------------------------------------------------------------------
def test_a_second_backup_copies_only_the_new_masters(filled: Archive, tmp_path: Path) -> None:
    folder = usb(tmp_path)
    first = backup_archive(filled, folder / "poniedziałek.zbk")
    assert (first.copied, first.reused) == (2, 0)
    new = wavs(tmp_path / "nowe", 2)
    imported(filled, new)
    second = backup_archive(filled, folder / "wtorek.zbk")
    assert (second.assets, second.copied, second.reused) == (4, 2, 2)
    assert second.bytes_copied == sum(p.stat().st_size for p in new)
    again = backup_archive(filled, folder / "wtorek.zbk")  # replacing a backup of the same name
    assert (again.copied, again.reused) == (0, 4)
    # both backups share the pool and both restore
    assert restored_assets(folder / "poniedziałek.zbk", tmp_path / "r1") == 2
    assert restored_assets(folder / "wtorek.zbk", tmp_path / "r2") == 4


def damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def pool_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / POOL).rglob("*.*") if p.is_file() and p.name != ".lock")


def test_a_pool_file_no_backup_lists_is_hashed_before_reuse(filled: Archive, tmp_path: Path) -> None:
    folder = usb(tmp_path)
    backup_archive(filled, folder / "b.zbk")
    bad = pool_files(folder)[0]
    damage(bad, 100)  # same size, wrong bytes
    (folder / "b.zbk").unlink()  # no complete backup vouches for the pool any more
    report = backup_archive(filled, folder / "c.zbk")
    assert (report.copied, report.reused) == (1, 1)
    assert restored_assets(folder / "c.zbk", tmp_path / "r") == 2


def test_verify_pool_rehashes_files_a_backup_lists(filled: Archive, tmp_path: Path) -> None:
    folder = usb(tmp_path)
    backup_archive(filled, folder / "b.zbk")
    damage(pool_files(folder)[1], 100)
    trusting = backup_archive(filled, folder / "b.zbk")
    assert (trusting.copied, trusting.reused) == (0, 2)  # same size, listed: trusted without reading
    checking = backup_archive(filled, folder / "b.zbk", verify_pool=True)
    assert (checking.copied, checking.reused) == (1, 1)  # the damaged copy was replaced
    assert restored_assets(folder / "b.zbk", tmp_path / "r") == 2


# -- damaged backups -------------------------------------------------------------------------------
def members(file: Path) -> dict[str, tarfile.TarInfo]:
    with tarfile.open(file) as tar:
        return {m.name: m for m in tar.getmembers()}


def _flip_in(name: str, where: str) -> Callable[[Path], None]:
    def act(file: Path) -> None:
        m = members(file)[name]
        damage(file, m.offset + 20 if where == "header" else m.offset_data + m.size // 2)

    return act


def _truncate(file: Path) -> None:
    db = members(file)["database.sqlite3"]
    with open(file, "r+b") as f:
        f.truncate(db.offset_data + db.size // 2)


def _damage_pool(file: Path) -> None:
    damage(pool_files(file.parent)[0], 1000)


def _lose_pool_file(file: Path) -> None:
    pool_files(file.parent)[0].unlink()


def _photo_instead(file: Path) -> None:
    make_jpeg(file.with_suffix(".jpg"))
    file.with_suffix(".jpg").replace(file)


def _tar_without_manifest(file: Path) -> None:
    inner = file.with_name("notatki.txt")
    inner.write_text("Zapiski o pszczołach", encoding="utf-8")
    with tarfile.open(file, "w") as tar:
        tar.add(inner, arcname="notatki.txt")


DAMAGES = {
    "tar header": (_flip_in("manifest.json", "header"), "cannot be read as a tar archive"),
    "manifest": (_flip_in("manifest.json", "data"), "does not match the manifest's checksum"),
    "database header": (
        _flip_in("database.sqlite3", "header"),
        "database snapshot database.sqlite3 is missing",
    ),
    "database": (_flip_in("database.sqlite3", "data"), "is damaged: its database snapshot has SHA-256"),
    "truncated": (_truncate, "is truncated or damaged"),
    "pool master": (_damage_pool, "holds a damaged copy of"),
    "missing master": (_lose_pool_file, "is missing"),
    "not a backup": (_photo_instead, "is not a Zacni backup, or its beginning is damaged"),
    "foreign tar": (_tar_without_manifest, "is not a Zacni backup: it holds no manifest.json"),
}


@pytest.mark.parametrize("case", list(DAMAGES))
def test_a_damaged_backup_is_refused_naming_what_is_wrong(filled: Archive, tmp_path: Path, case: str) -> None:
    file = usb(tmp_path) / "b.zbk"
    backup_archive(filled, file)
    spoil, message = DAMAGES[case]
    spoil(file)
    dest = tmp_path / "odtworzone"
    with pytest.raises(ZacniError, match=message) as refused:
        restore_archive(file, dest)
    assert "\n" not in refused.value.message
    assert not dest.exists() and leftovers(tmp_path) == []
    if case not in ("not a backup", "foreign tar"):
        assert isinstance(refused.value, BackupDamaged)


def test_restore_refuses_a_folder_that_is_not_empty(filled: Archive, tmp_path: Path) -> None:
    file = usb(tmp_path) / "b.zbk"
    backup_archive(filled, file)
    dest = tmp_path / "zajęte"
    dest.mkdir()
    (dest / "list.txt").write_text("Drogi Panie Janie…", encoding="utf-8")
    with pytest.raises(ZacniError, match="is not empty"):
        restore_archive(file, dest)
    assert [p.name for p in dest.iterdir()] == ["list.txt"]


# -- who, when, how ---------------------------------------------------------------------------------
def test_a_researcher_may_not_take_the_private_fields_home(filled: Archive, tmp_path: Path) -> None:
    with filled.transaction() as s:
        add_user(s, name="badaczka", role="researcher")
    with pytest.raises(PermissionDenied, match="private contact details"):
        backup_archive(filled, usb(tmp_path) / "b.zbk", user="badaczka")
    assert leftovers(tmp_path / "usb") == [] and not (tmp_path / "usb" / "b.zbk").exists()


def test_cancel_keeps_the_previous_backup(filled: Archive, tmp_path: Path) -> None:
    file = usb(tmp_path) / "b.zbk"
    backup_archive(filled, file)
    previous = file.read_bytes()
    imported(filled, wavs(tmp_path / "nowe", 2))
    cancel = CancelFlag()

    def progress(update: ProgressUpdate) -> None:
        if update.done == 3:
            cancel.cancel()

    with pytest.raises(Cancelled):
        backup_archive(filled, file, progress=progress, cancel=cancel)
    assert file.read_bytes() == previous and leftovers(file.parent) == []


def test_one_backup_at_a_time_per_folder(filled: Archive, tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    folder = usb(tmp_path)
    backup_archive(filled, folder / "b.zbk")
    with open(folder / POOL / ".lock", "r+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(ZacniError, match="another backup is being written"):
            backup_archive(filled, folder / "c.zbk")
    assert not (folder / "c.zbk").exists()


# -- faults, full disks, kills --------------------------------------------------------------------
BEFORE_RENAME = {
    "backup.lock", "backup.snapshot", "backup.pool.open", "backup.pool.write", "backup.pool.fsync",
    "backup.pool_rename", "backup.pool_dirsync", "backup.tar_write", "backup.tar_fsync", "backup.verify",
    "backup.rename",
}  # fmt: skip


def test_every_fault_point_of_a_backup_keeps_the_previous_one(filled: Archive, tmp_path: Path) -> None:
    """SQLite's way: fail the 1st I/O step, then the 2nd, … until the backup completes untouched.
    Each try starts from the same folder (the previous backup and its pool), so n walks every step."""
    pristine = usb(tmp_path)
    backup_archive(filled, pristine / "b.zbk")
    imported(filled, wavs(tmp_path / "nowe", 2))
    fired: list[str] = []
    for n in count(1):
        file = shutil.copytree(pristine, tmp_path / f"usb-{n}") / "b.zbk"
        with faults.FailAt(n) as plan:
            try:
                report = backup_archive(filled, file)
            except DiskFull as exc:
                assert "is full" in exc.message and "intact" in exc.message
            else:
                assert report.verified
        if not plan.fired:
            break
        assert plan.fired_at is not None
        fired.append(plan.fired_at)
        assert leftovers(file.parent) == [], plan.fired_at
        expected = 2 if plan.fired_at in BEFORE_RENAME else 4
        assert restored_assets(file, tmp_path / f"r{n}") == expected, plan.fired_at
    assert BEFORE_RENAME | {"backup.dirsync", "backup.record"} <= set(fired)
    assert restored_assets(file, tmp_path / "last") == 4


def test_every_fault_point_of_a_restore_leaves_nothing_behind(filled: Archive, tmp_path: Path) -> None:
    file = usb(tmp_path) / "b.zbk"
    backup_archive(filled, file)
    dest = tmp_path / "odtworzone"
    fired = []
    for n in count(1):
        with faults.FailAt(n) as plan, contextlib.suppress(DiskFull):
            restore_archive(file, dest)
        if not plan.fired:
            break
        fired.append(plan.fired_at)
        assert not dest.exists() and leftovers(tmp_path) == [], plan.fired_at
    assert {"restore.database.write", "restore.master.fsync", "restore.open", "restore.rename"} <= set(fired)
    with Archive.open(dest) as restored:
        assert check_archive(restored, record=False)["ok"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB filesystem (tmpfs), where a real ENOSPC happens. Needs the right to mount."""
    mount_point = tmp_path / "pendrive"
    mount_point.mkdir()
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("tmpfs mounts are a Linux thing; the fault-point walk covers the full disk elsewhere")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()}); fault points cover ENOSPC")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_a_full_disk_is_reported_and_the_previous_backup_survives(
    filled: Archive, tmp_path: Path, small_disk: Path
) -> None:
    filler = small_disk / "zdjęcia-z-wakacji.bin"
    filler.write_bytes(b"\0" * (2 * 1024 * 1024))
    file = small_disk / "b.zbk"
    backup_archive(filled, file)
    previous = file.read_bytes()
    imported(filled, [make_wav(tmp_path / "długie.wav", seconds=60, rate=16000)])  # ~1.9 MB
    with pytest.raises(DiskFull, match="is full: the backup was not written"):
        backup_archive(filled, file)
    assert file.read_bytes() == previous and leftovers(small_disk) == []
    assert restored_assets(file, tmp_path / "r1") == 2
    filler.unlink()  # space freed: backups work again
    assert backup_archive(filled, file).copied == 1
    assert restored_assets(file, tmp_path / "r2") == 3


@pytest.fixture
def big_archive(archive: Archive, tmp_path: Path) -> tuple[Archive, Path]:
    """30 recordings; the backup beside it (made with the first 5) is the one a kill must not cost."""
    sources = wavs(tmp_path / "nagrania", 30, seconds=15)  # ~0.5 MB each: a copy that takes a while
    imported(archive, sources[:5])
    pristine = usb(tmp_path, "usb-pristine")
    backup_archive(archive, pristine / "b.zbk")
    imported(archive, sources[5:])
    return archive, pristine


def _cli_backup(archive: Archive, file: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`zacni backup FILE` in a subprocess we can kill (run_cli waits for the end)."""
    cmd = [sys.executable, "-m", "zacni_app.cli", "--archive", str(archive.root), "backup", str(file)]
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.Popen(
        cmd, env=full_env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _after_a_kill(
    archive: Archive, folder: Path, tmp_path: Path, expected: set[int], next_name: str = "b.zbk"
) -> None:
    """The backup under the final name is whole (old or new); a new backup then succeeds and clears
    what the killed one left (under another name too: leftovers are found, not just overwritten)."""
    assert restored_assets(folder / "b.zbk", tmp_path / "check") in expected
    again = run_cli("backup", folder / next_name, "--json", archive=archive.root)
    assert again.code == 0, again.stderr
    assert (again.json["assets"], again.json["verified"]) == (30, True)
    assert leftovers(folder) == []
    assert restored_assets(folder / next_name, tmp_path / "check") == 30


@pytest.mark.slow
def test_a_killed_backup_keeps_the_previous_one(big_archive: tuple[Archive, Path], tmp_path: Path) -> None:
    archive, pristine = big_archive
    dry = shutil.copytree(pristine, tmp_path / "usb-dry")
    with faults.Trace() as trace:
        backup_archive(archive, dry / "b.zbk")
    points = trace.reached
    writes = [i for i, name in enumerate(points, 1) if name == "backup.pool.write"]
    renames = [i for i, name in enumerate(points, 1) if name == "backup.pool_rename"]
    moments = [writes[0], renames[len(renames) // 2]]
    moments += [points.index(name) + 1 for name in ("backup.tar_fsync", "backup.verify", "backup.rename")]
    moments.append(points.index("backup.record") + 1)
    for n in moments:
        folder = shutil.copytree(pristine, tmp_path / f"usb-{n}")
        kill_at = {"ZACNI_FAULT_AT": str(n), "ZACNI_FAULT_KIND": "kill"}
        killed = _cli_backup(archive, folder / "b.zbk", kill_at)
        killed.communicate(timeout=300)
        assert killed.returncode == -signal.SIGKILL, points[n - 1]
        new_in_place = points.index("backup.rename") < n - 1
        _after_a_kill(archive, folder, tmp_path, {30} if new_in_place else {5})


@pytest.mark.slow
def test_a_backup_killed_from_outside_keeps_the_previous_one(
    big_archive: tuple[Archive, Path], tmp_path: Path
) -> None:
    """SIGKILL from another process as soon as the pool shows the copy under way."""
    archive, pristine = big_archive
    folder = shutil.copytree(pristine, tmp_path / "usb")
    start = len(pool_files(folder))
    running = _cli_backup(archive, folder / "b.zbk")
    while running.poll() is None and len(pool_files(folder)) < start + 3:
        time.sleep(0.001)  # only to leave the CPU to the backup; the trigger is what the pool shows
    assert running.poll() is None, "the backup ended before 3 of its 25 new masters were seen"
    running.send_signal(signal.SIGKILL)
    running.communicate(timeout=300)
    assert leftovers(folder) != []  # killed mid-copy: its temporary files are still there
    _after_a_kill(archive, folder, tmp_path, {5}, next_name="środa.zbk")


# -- the command --------------------------------------------------------------------------------
def test_cli_backup_and_restore_answer_in_json(filled: Archive, tmp_path: Path) -> None:
    file = usb(tmp_path) / "zacni.zbk"
    done = run_cli("backup", file, "--json", archive=filled.root)
    assert done.code == 0 and done.stderr == ""
    assert set(done.json) == {"file", "assets", "copied", "reused", "bytes_copied", "verified", "warnings"}
    assert done.json["file"] == str(file) and done.json["bytes_copied"] > 0
    assert [done.json[k] for k in ("assets", "copied", "reused", "verified")] == [2, 2, 0, True]
    dest = tmp_path / "nowe archiwum"
    back = run_cli("restore", file, dest, "--json")
    assert back.code == 0 and back.json == {"file": str(file), "archive": str(dest), "assets": 2}
    info = run_cli("info", "--json", archive=dest)
    assert info.json["counts"] == {"people": 1, "interviews": 1, "assets": 2, "stories": 0}

    again = run_cli("restore", file, dest, "--json")
    assert again.code == 1 and again.json["error"]["code"] == "exists"
    assert again.stderr.count("\n") == 1 and "is not empty" in again.stderr


def test_cli_refuses_a_damaged_backup_in_one_line(filled: Archive, tmp_path: Path) -> None:
    file = usb(tmp_path) / "zacni.zbk"
    assert run_cli("backup", file, archive=filled.root).code == 0
    _flip_in("database.sqlite3", "data")(file)
    dest = tmp_path / "odtworzone"
    refused = run_cli("restore", file, dest, "--json")
    assert refused.code == 1 and refused.json["error"]["code"] == "backup_damaged"
    assert refused.stderr.startswith("zacni: error: ") and refused.stderr.count("\n") == 1
    assert "database snapshot has SHA-256" in refused.stderr and not dest.exists()


def test_cli_user_errors(filled: Archive, tmp_path: Path) -> None:
    folder = usb(tmp_path)
    as_folder = run_cli("backup", folder, archive=filled.root)
    assert as_folder.code == 1 and "is a folder: give the backup a file name" in as_folder.stderr
    nowhere = run_cli("backup", tmp_path / "brak" / "b.zbk", archive=filled.root)
    assert nowhere.code == 1 and "does not exist (is the disk connected?)" in nowhere.stderr
    missing = run_cli("restore", folder / "b.zbk", tmp_path / "r")
    assert missing.code == 1 and "no backup file at" in missing.stderr
    assert run_cli("restore", folder / "b.zbk").code == 2  # DIR is required
    for result in (as_folder, nowhere, missing):
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


# -- PostgreSQL ---------------------------------------------------------------------------------
@pytest.mark.postgres
def test_a_postgresql_archive_round_trips(pg_url: str, pg_cluster: object, tmp_path: Path) -> None:
    from tests.pg_cluster import PostgresCluster

    assert isinstance(pg_cluster, PostgresCluster)
    with Archive.create(tmp_path / "serwer", database_url=pg_url) as archive:
        with archive.transaction() as s:
            add_person(s, name="Halina Żurek", **PRIVATE)
        imported(archive, [make_jpeg(tmp_path / "łąka.jpg")])
        before = table_counts(archive)
        file = usb(tmp_path) / "b.zbk"
        report = backup_archive(archive, file)
        assert (report.assets, report.verified) == (1, True)
    assert members(file)["database.dump"].size > 0
    with pytest.raises(ZacniError, match="give --database URL"):
        restore_archive(file, tmp_path / "kopia")
    target_db = "t_restore_" + os.urandom(4).hex()
    url = pg_cluster.create_database(target_db)
    try:
        restore_archive(file, tmp_path / "kopia", database_url=url)
        with Archive.open(tmp_path / "kopia") as restored:
            counts = table_counts(restored)
            assert {k: v for k, v in counts.items() if k != "audit_event"} == {
                k: v for k, v in before.items() if k != "audit_event"
            }
            assert check_archive(restored, record=False)["ok"]
            with restored.session() as s:
                halina = s.scalars(select(Person)).one()
                assert {k: getattr(halina, k) for k in PRIVATE} == PRIVATE
        with pytest.raises(ZacniError, match="is not empty"):
            restore_archive(file, tmp_path / "druga", database_url=url)
        assert not (tmp_path / "druga").exists()
    finally:
        pg_cluster.drop_database(target_db)
