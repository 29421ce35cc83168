"""Backups of the whole archive to one file: a consistent snapshot, verified, incremental, kill-safe.

`backup_archive` takes a consistent snapshot of the database while the app may be writing (SQLite's
online backup API, or pg_dump in custom format), copies the masters that the folder's media pool
does not hold yet (see backup_manifest), writes the tar under a temporary name, re-reads and checks
it, and only then renames it over the previous backup of the same name. A crash, a kill or a full
disk at any moment leaves the previous backup as it was; pool files arrive by temp+rename too, so a
pool file is either complete or absent. Leftover temporary files of a killed run are removed by the
next backup (under a lock on the folder, so a running backup's files are never taken for them).
Restoring is restore.py.

Backups hold everything, private contact details too: they are inside the archive's trust boundary,
so only roles that may see private fields may make them.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from archive_schema import ArchiveSetting, Asset, AuditEvent
from archive_schema.base import utcnow
from archive_schema.schema_version import revision_number
from zacni_app import __version__
from zacni_app.core import faults
from zacni_app.core.access import can
from zacni_app.core.archive import SQLITE_NAME, Actor, Archive
from zacni_app.core.backup_manifest import (
    POOL,
    DatabaseEntry,
    PoolEntry,
    copy_hashed,
    hash_stream,
    known_pool_files,
    manifest_data,
    verify_backup,
    write_backup_tar,
)
from zacni_app.core.errors import ArchiveError, PermissionDenied, ZacniError
from zacni_app.core.partial_files import fsync_dir
from zacni_app.core.progress import CancelFlag, ProgressCallback, ProgressUpdate, no_progress
from zacni_app.core.stats import archive_counts
from zacni_app.core.storage_rules import DiskFull, is_disk_full

LAST_BACKUP = "last_backup_at"
_TEMP = ".zacni-tmp"


@dataclass
class BackupReport:
    file: Path
    assets: int
    copied: int = 0
    reused: int = 0
    bytes_copied: int = 0
    verified: bool = False
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "assets": self.assets,
            "copied": self.copied,
            "reused": self.reused,
            "bytes_copied": self.bytes_copied,
            "verified": self.verified,
            "warnings": self.warnings,
        }


@dataclass(frozen=True)
class Snapshot:
    """The database as it was at one moment, in a temporary file, and what it lists."""

    path: Path
    entry: DatabaseEntry
    revision: str | None
    counts: dict[str, int]
    assets: list[PoolEntry]


# -- backup ---------------------------------------------------------------------------------------
def backup_archive(
    archive: Archive,
    file: Path,
    *,
    user: str = "admin",
    verify_pool: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
) -> BackupReport:
    """Write a verified backup to `file`; masters go to the `zacni-media` pool beside it.

    A pool file is trusted by its size when a complete backup in the folder lists it (it was hashed
    when copied); otherwise, and for every file with `verify_pool`, it is re-hashed before reuse.
    """
    actor = archive.actor(user)
    if not can(actor, "read_private"):
        raise PermissionDenied(
            f"user {actor.name!r} ({actor.role}) may not back up the archive: a backup holds everything, "
            "private contact details too"
        )
    target = _backup_target(archive, Path(file))
    pool = target.parent / POOL
    try:
        with _folder_lock(pool):
            _remove_leftovers(target.parent, pool)
            try:
                report = _write_backup(archive, actor, target, pool, verify_pool, progress, cancel)
            finally:
                _remove_temps(target)
    except OSError as exc:
        raise _write_error(exc, target) from None
    warning = _record_backup(archive, actor, report)
    if warning:
        report.warnings.append(warning)
    return report


def _write_backup(
    archive: Archive,
    actor: Actor,
    target: Path,
    pool: Path,
    verify_pool: bool,
    progress: ProgressCallback,
    cancel: CancelFlag | None,
) -> BackupReport:
    created = datetime.now(UTC).isoformat(timespec="seconds")
    snapshot = _take_snapshot(archive, actor, _temp(target, "db"))
    known = set() if verify_pool else known_pool_files(target.parent)
    report = BackupReport(target, len(snapshot.assets))
    for done, entry in enumerate(snapshot.assets):
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(ProgressUpdate(done, len(snapshot.assets), entry.relpath))
        if _pool_holds(pool / entry.relpath, entry, (entry.relpath, entry.size) in known, cancel):
            report.reused += 1
        else:
            _copy_to_pool(archive, pool, entry, cancel)
            report.copied += 1
            report.bytes_copied += entry.size
    progress(ProgressUpdate(len(snapshot.assets), len(snapshot.assets), "verifying"))
    data = manifest_data(
        created_at=created,
        tool=f"zacni {__version__}",
        database_kind="sqlite" if archive.is_sqlite else "postgresql",
        schema_version=revision_number(snapshot.revision),
        schema_revision=snapshot.revision,
        database=snapshot.entry,
        counts=snapshot.counts,
        assets=snapshot.assets,
    )
    partial = _temp(target, "tar")
    write_backup_tar(partial, data, snapshot.path)
    verify_backup(partial, pool)
    report.verified = True
    faults.point("backup.rename")
    os.replace(partial, target)
    try:
        faults.point("backup.dirsync")
        fsync_dir(target.parent)
    except OSError as exc:  # the backup is in place, whole and verified: only the disk's word is missing
        report.warnings.append(
            f"the backup is complete, but the disk did not confirm the last step ({exc.strerror or exc}): "
            "eject it safely before unplugging it"
        )
    return report


def _backup_target(archive: Archive, file: Path) -> Path:
    target = file.expanduser().absolute()
    if target.is_dir():
        raise ZacniError(
            f"{target} is a folder: give the backup a file name, e.g. {target / 'zacni-backup.zbk'}",
            code="invalid",
        )
    if target.name == POOL:
        raise ZacniError(
            f"{POOL} is the name of the media pool beside backups: choose another", code="invalid"
        )
    if not target.parent.is_dir():
        raise ZacniError(
            f"the folder {target.parent} does not exist (is the disk connected?)", code="not_found"
        )
    if target.resolve().is_relative_to(archive.media_root.resolve()):
        raise ZacniError("a backup cannot be kept inside the archive's media folder", code="invalid")
    return target


def _temp(target: Path, what: str) -> Path:
    return target.parent / f".{target.name}{_TEMP}.{what}"


def _remove_temps(target: Path) -> None:
    for leftover in target.parent.glob(f".{glob.escape(target.name)}{_TEMP}.*"):
        leftover.unlink(missing_ok=True)


def _remove_leftovers(folder: Path, pool: Path) -> None:
    """Temporary files of a backup that was killed (we hold the folder's lock: none is live)."""
    for leftover in folder.glob(f".*{_TEMP}.*"):
        leftover.unlink(missing_ok=True)
    incoming = pool / ".incoming"
    if incoming.is_dir():
        for leftover in incoming.iterdir():
            leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def _folder_lock(pool: Path) -> Iterator[None]:
    """One backup at a time per folder; the OS drops the lock when its process dies, even by kill."""
    faults.point("backup.lock")
    pool.mkdir(exist_ok=True)
    fd = os.open(pool / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            raise ZacniError(
                f"another backup is being written to {pool.parent} right now; wait for it to finish",
                code="busy",
            )
        yield
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # a filesystem without locks (some USB/FUSE drives): carry on unlocked
        return exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS)
    return True


def _pool_holds(path: Path, entry: PoolEntry, trusted: bool, cancel: CancelFlag | None) -> bool:
    """Is a complete, correct copy already in the pool? (A wrong one is replaced by the caller.)"""
    try:
        if path.stat().st_size != entry.size:
            return False
    except FileNotFoundError:
        return False
    if trusted:
        return True
    with open(path, "rb") as f:
        return hash_stream(f, cancel)[0] == entry.sha256


def _copy_to_pool(archive: Archive, pool: Path, entry: PoolEntry, cancel: CancelFlag | None) -> None:
    source = archive.media_root / entry.relpath
    try:
        src = open(source, "rb")  # noqa: SIM115 - closed below; opened apart to name a missing master
    except FileNotFoundError:
        raise ArchiveError(
            f"the master of asset {entry.asset_id} (media/{entry.relpath}) is missing from the archive; "
            "run 'zacni check'. No backup was written"
        ) from None
    incoming = pool / ".incoming"
    incoming.mkdir(exist_ok=True)
    partial = incoming / Path(entry.relpath).name
    try:
        with src:
            sha256, _size = copy_hashed(src, partial, "backup.pool", cancel)
        if sha256 != entry.sha256:
            raise ArchiveError(
                f"the master of asset {entry.asset_id} (media/{entry.relpath}) has changed since it was "
                f"imported (SHA-256 is now {sha256}); run 'zacni check'. No backup was written"
            )
        final = pool / entry.relpath
        final.parent.mkdir(parents=True, exist_ok=True)
        faults.point("backup.pool_rename")
        os.replace(partial, final)
        faults.point("backup.pool_dirsync")
        fsync_dir(final.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _write_error(exc: OSError, target: Path) -> ZacniError:
    if isinstance(exc, ZacniError):
        return exc
    if is_disk_full(exc):
        return DiskFull(
            f"the disk holding {target.parent} is full: the backup was not written and the previous "
            f"{target.name}, if any, is intact; free some space or use another disk"
        )
    return ZacniError(
        f"cannot write the backup {target}: {exc.strerror or exc}; the previous one, if any, is intact",
        code="io",
    )


# -- the database snapshot ------------------------------------------------------------------------
def _take_snapshot(archive: Archive, actor: Actor, base: Path) -> Snapshot:
    if archive.is_sqlite:
        path = base.with_suffix(".sqlite3")
        _sqlite_snapshot(archive.root / SQLITE_NAME, path)
        revision, counts, assets = _contents(path)
        member = "database.sqlite3"
    else:
        path = base.with_suffix(".dump")
        _pg_dump(archive.engine.url, path)
        # Read after the dump: a master is in media/ before its row commits, so every asset the dump
        # holds is listed (a row added since only adds a master to the pool).
        with archive.session(actor) as s:
            revision, counts, assets = _session_contents(s)
        member = "database.dump"
    with open(path, "rb") as f:
        sha256, size = hash_stream(f)
    return Snapshot(path, DatabaseEntry(member, sha256, size), revision, counts, assets)


def _sqlite_snapshot(source: Path, target: Path) -> None:
    """SQLite's online backup in one step: one read transaction, so a consistent moment, while
    writers carry on (WAL). The copy is switched out of WAL so it is one self-contained file."""
    faults.point("backup.snapshot")
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        if is_disk_full(exc):
            raise OSError(errno.ENOSPC, str(exc)) from None
        raise ArchiveError(f"cannot take a snapshot of the database {source}: {exc}") from None
    finally:
        src.close()


def _contents(snapshot: Path) -> tuple[str | None, dict[str, int], list[PoolEntry]]:
    engine = create_engine(f"sqlite:///{snapshot}")
    try:
        with Session(engine) as s:
            return _session_contents(s)
    finally:
        engine.dispose()


def _session_contents(s: Session) -> tuple[str | None, dict[str, int], list[PoolEntry]]:
    revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    rows = s.execute(select(Asset.id, Asset.sha256, Asset.ext, Asset.size).order_by(Asset.id)).all()
    return revision, archive_counts(s), [PoolEntry(i, sha, ext, size) for i, sha, ext, size in rows]


def pg_command(tool: str, url: URL) -> tuple[list[str], dict[str, str]]:
    exe = shutil.which(tool)
    if exe is None:
        raise ArchiveError(
            f"{tool} is not installed: it is needed to back up and restore an archive kept on PostgreSQL "
            "(Debian/Ubuntu: apt-get install postgresql-client)"
        )
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [exe]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    return args, env


def run_pg_tool(args: list[str], env: dict[str, str], what: str) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"exit code {done.returncode}"]
        if "No space left" in done.stderr:
            raise OSError(errno.ENOSPC, lines[-1])
        raise ArchiveError(f"{what} failed: {lines[-1]}")
    return done.stdout


def _pg_dump(url: URL, target: Path) -> None:
    """pg_dump's custom format: pg_restore can then leave out the grants and row-level policies,
    which name this database's roles, and the restored archive sets up its own (pg_roles)."""
    faults.point("backup.snapshot")
    args, env = pg_command("pg_dump", url)
    run_pg_tool([*args, "--format=custom", "--file", str(target), url.database or "postgres"], env, "pg_dump")


# -- recording when ---------------------------------------------------------------------------------
def last_backup_at(archive: Archive) -> datetime | None:
    """When the last backup of this archive completed (for the GUI's reminder), or None."""
    with archive.engine.connect() as conn:
        value = conn.execute(
            select(ArchiveSetting.value).where(ArchiveSetting.key == LAST_BACKUP)
        ).scalar_one_or_none()
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _record_backup(archive: Archive, actor: Actor, report: BackupReport) -> str | None:
    """The backup is already complete: failing to note its time is a warning, not a failure."""
    now = utcnow()
    try:
        faults.point("backup.record")
        with archive.transaction(actor) as s:
            setting = s.get(ArchiveSetting, LAST_BACKUP)
            if setting is None:
                s.add(ArchiveSetting(key=LAST_BACKUP, value=now.isoformat()))
            else:
                setting.value = now.isoformat()
            changes = report.to_dict()
            del changes["warnings"]
            s.add(
                AuditEvent(at=now, user_name=actor.name, action="backup", entity="archive", changes=changes)
            )
    except (ZacniError, OSError, SQLAlchemyError) as exc:
        return f"the backup is complete, but its time could not be noted in the archive: {exc}"
    return None
