"""Restoring a backup into a new archive folder, every checksum checked before it counts.

The archive is rebuilt in a temporary folder next to the target, checking on the way the manifest's
checksum, the database snapshot's hash and SQLite's integrity check, and each master's hash while
it is copied out of the media pool. The folder is renamed into place only when all of it matched
and the archive opens; on any failure (a damaged backup, a full disk, a kill) nothing is left under
the target's name. See backup.py for how backups are written and backup_manifest.py for the format.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.engine import make_url

from archive_schema import Asset
from archive_schema.schema_version import head_revision, revision_number
from zacni_app.core import faults
from zacni_app.core.archive import SQLITE_NAME, TOML_NAME, Archive, _postgres_engine, _write_toml
from zacni_app.core.backup import pg_command, run_pg_tool
from zacni_app.core.backup_manifest import (
    POOL,
    BackupDamaged,
    Manifest,
    PoolEntry,
    check_database_hash,
    copy_hashed,
    database_stream,
    open_backup,
)
from zacni_app.core.errors import SchemaError, ZacniError
from zacni_app.core.partial_files import fsync_dir
from zacni_app.core.progress import CancelFlag, ProgressCallback, ProgressUpdate, no_progress
from zacni_app.core.storage_rules import DiskFull, is_disk_full


@dataclass(frozen=True)
class RestoreReport:
    file: Path
    archive: Path
    assets: int

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "archive": str(self.archive), "assets": self.assets}


def restore_archive(
    file: Path,
    target_dir: Path,
    *,
    database_url: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
) -> RestoreReport:
    """Rebuild the archive of backup `file` in the new folder `target_dir`, every checksum checked.

    A PostgreSQL backup is loaded into the empty database `database_url`, last, after every master
    has been verified. On any failure nothing is left under `target_dir`.
    """
    source = Path(file).expanduser().absolute()
    target = Path(target_dir).expanduser().absolute()
    _check_restore_target(target)
    try:
        with open_backup(source) as (manifest, tar):
            _check_restorable(source, manifest, database_url)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Not mkdtemp: its 0700 mode would stay on the restored archive. The umask decides, as for init.
            work = target.parent / f".{target.name}.restoring-{secrets.token_hex(4)}"
            work.mkdir()
            try:
                _restore_into(work, source, manifest, tar, database_url, progress, cancel)
                faults.point("restore.rename")
                if target.is_dir():
                    target.rmdir()  # empty: checked above
                os.replace(work, target)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
    except OSError as exc:
        if isinstance(exc, ZacniError):
            raise
        if is_disk_full(exc):
            raise DiskFull(f"the disk holding {target.parent} is full: nothing was restored") from None
        raise ZacniError(f"cannot restore into {target}: {exc.strerror or exc}", code="io") from None
    with contextlib.suppress(OSError):  # the archive is complete and in place; this only hurries the disk
        fsync_dir(target.parent)
    return RestoreReport(source, target, len(manifest.assets))


def _check_restore_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise ZacniError(f"{target} exists and is not a folder", code="exists")
    if target.is_dir() and any(target.iterdir()):
        raise ZacniError(f"{target} is not empty: restore into a new or empty folder", code="exists")


def _check_restorable(source: Path, manifest: Manifest, database_url: str | None) -> None:
    if manifest.database_kind == "sqlite" and database_url:
        raise ZacniError(f"{source} holds a single-PC (SQLite) archive: restore it without --database")
    if manifest.database_kind == "postgresql" and not database_url:
        raise ZacniError(
            f"{source} holds an archive kept on PostgreSQL: give --database URL of an empty database "
            "to restore it into"
        )
    known = revision_number(head_revision())
    if manifest.schema_version > known:
        raise SchemaError(
            f"{source} was made by a newer version of Zacni (schema {manifest.schema_version}; this "
            f"program knows up to {known}): please update Zacni"
        )


def _restore_into(
    work: Path,
    source: Path,
    manifest: Manifest,
    tar: tarfile.TarFile,
    database_url: str | None,
    progress: ProgressCallback,
    cancel: CancelFlag | None,
) -> None:
    sqlite = manifest.database_kind == "sqlite"
    database = work / (SQLITE_NAME if sqlite else "database.dump")
    sha256, size = copy_hashed(database_stream(source, manifest, tar), database, "restore.database", cancel)
    check_database_hash(source, manifest, sha256, size)
    if sqlite:
        _check_sqlite_integrity(source, database)
    _restore_masters(work, source, manifest, progress, cancel)
    if database_url:
        _pg_restore(database_url, database)
        _write_toml(work / TOML_NAME, database_url, None)
        database.unlink()
    faults.point("restore.open")
    with Archive.open(work) as restored:
        _check_assets_match(source, manifest, restored)


def _check_sqlite_integrity(source: Path, database: Path) -> None:
    """The bytes are as backed up; is the database itself whole? (It may have been damaged before.)"""
    try:
        conn = sqlite3.connect(database)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        raise BackupDamaged(f"the database in {source} fails SQLite's integrity check: {rows[0]}")


def _restore_masters(
    work: Path, source: Path, manifest: Manifest, progress: ProgressCallback, cancel: CancelFlag | None
) -> None:
    pool = source.parent / POOL
    folders = {work, work / "media"}
    for done, entry in enumerate(manifest.assets):
        progress(ProgressUpdate(done, len(manifest.assets), entry.relpath))
        try:
            src = open(pool / entry.relpath, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise BackupDamaged(
                f"the media pool {pool} is missing {entry.relpath} (asset {entry.asset_id}) that "
                f"{source.name} needs"
            ) from None
        target = work / "media" / entry.relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        with src:
            sha256, size = copy_hashed(src, target, "restore.master", cancel)
        if (sha256, size) != (entry.sha256, entry.size):
            raise BackupDamaged(
                f"the media pool {pool} holds a damaged copy of {entry.relpath} (asset {entry.asset_id}): "
                f"its SHA-256 is {sha256}, the manifest says {entry.sha256}"
            )
        folders.update((target.parent, target.parent.parent, target.parent.parent.parent))
    progress(ProgressUpdate(len(manifest.assets), len(manifest.assets), ""))
    for folder in sorted(folders, reverse=True):
        fsync_dir(folder)


def _check_assets_match(source: Path, manifest: Manifest, restored: Archive) -> None:
    """The manifest is derived from the snapshot; if they disagree, one of them is not this backup's."""
    with restored.engine.connect() as conn:
        rows = conn.execute(select(Asset.id, Asset.sha256, Asset.ext, Asset.size)).all()
    in_database = {PoolEntry(i, sha, ext, size) for i, sha, ext, size in rows}
    if in_database != set(manifest.assets):
        raise BackupDamaged(f"{source} is inconsistent: its manifest and its database list different masters")


def _pg_restore(database_url: str, dump: Path) -> None:
    """Load the dump into an empty database, without the old database's grants and policies."""
    url = make_url(database_url)
    engine = _postgres_engine(database_url)
    try:
        if inspect(engine).get_table_names():
            raise ZacniError(f"the database {url.database} is not empty: restore into a new, empty database")
    finally:
        engine.dispose()
    args, env = pg_command("pg_restore", url)
    listing = run_pg_tool([*args, "--list", str(dump)], env, "pg_restore --list")
    keep = dump.with_suffix(".list")
    keep.write_text("\n".join(line for line in listing.splitlines() if " POLICY " not in line) + "\n")
    faults.point("restore.load")
    command = [*args, "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction"]
    run_pg_tool(
        [*command, "--use-list", str(keep), "--dbname", url.database or "postgres", str(dump)],
        env,
        "pg_restore",
    )
    keep.unlink()
