"""What a backup file holds, and how it is read back and checked.

A backup is one uncompressed tar (Python's `tarfile`, readable by any `tar`) holding, in order:
`manifest.json` (what was backed up, with every checksum), `manifest.sha256` (the manifest's own
SHA-256 in `sha256sum` format, so a flipped byte in the manifest is caught too) and the database
snapshot (`database.sqlite3`, or `database.dump` in pg_dump's custom format). Masters are not in the
tar: they live in a content-addressed pool next to the file, `zacni-media/ab/cd/<sha256>.<ext>`,
shared by every backup in that folder, so a second backup copies only the new masters.

Everything can be checked without Zacni: `tar -xf`, `sha256sum -c manifest.sha256`, and the
hashes in the manifest against the pool's file names.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tarfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from zacni_app.core import faults
from zacni_app.core.errors import ZacniError
from zacni_app.core.media_store import CHUNK, relpath_for
from zacni_app.core.progress import CancelFlag

FORMAT = "zacni-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_SUM = "manifest.sha256"
POOL = "zacni-media"
#: Rebuildable folders that backups leave out on purpose (said so in every manifest).
NOT_INCLUDED = {
    "derivatives/": "thumbnails, waveforms and posters: rebuilt from the masters",
    "index/": "the search index: rebuilt from the database by 'zacni reindex'",
    "backups/": "copies of the database taken before schema upgrades",
}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_EXT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,9}$")
_MAX_MANIFEST = 256 * 1024 * 1024


class BackupDamaged(ZacniError):
    """A backup file or its media pool is not what its manifest says; nothing was restored."""

    code = "backup_damaged"


@dataclass(frozen=True)
class PoolEntry:
    """One master as the manifest lists it."""

    asset_id: int
    sha256: str
    ext: str
    size: int

    @property
    def relpath(self) -> str:
        return relpath_for(self.sha256, self.ext)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.asset_id,
            "sha256": self.sha256,
            "size": self.size,
            "ext": self.ext,
            "relpath": self.relpath,
        }


@dataclass(frozen=True)
class DatabaseEntry:
    """The database snapshot inside the tar."""

    member: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    database_kind: str  # "sqlite" or "postgresql"
    schema_version: int
    created_at: str
    database: DatabaseEntry
    assets: tuple[PoolEntry, ...]
    data: dict[str, Any]


def manifest_data(
    *,
    created_at: str,
    tool: str,
    database_kind: str,
    schema_version: int,
    schema_revision: str | None,
    database: DatabaseEntry,
    counts: dict[str, int],
    assets: list[PoolEntry],
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created_at,
        "tool": tool,
        "archive": {
            "database": database_kind,
            "schema_version": schema_version,
            "schema_revision": schema_revision,
        },
        "database": {"member": database.member, "sha256": database.sha256, "size": database.size},
        "counts": counts,
        "media_pool": POOL,
        "assets": [a.to_dict() for a in assets],
        "not_included": NOT_INCLUDED,
    }


def write_backup_tar(target: Path, data: dict[str, Any], database: Path) -> None:
    """Write the tar to `target` (a temporary name) and flush it to disk."""
    body = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    checksum = f"{hashlib.sha256(body).hexdigest()}  {MANIFEST}\n".encode("ascii")
    faults.point("backup.tar_write")
    with open(target, "wb") as raw:
        with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
            _add_bytes(tar, MANIFEST, body)
            _add_bytes(tar, MANIFEST_SUM, checksum)
            info = tar.gettarinfo(str(database), arcname=data["database"]["member"])
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mode = 0o600
            info.mtime = int(info.mtime)  # a float mtime would add a PAX header before the member
            with open(database, "rb") as f:
                tar.addfile(info, f)
        raw.flush()
        faults.point("backup.tar_fsync")
        os.fsync(raw.fileno())


def _add_bytes(tar: tarfile.TarFile, name: str, body: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(body)
    info.mtime = int(time.time())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(body))


# -- reading --------------------------------------------------------------------------------------
@contextmanager
def open_backup(path: Path) -> Iterator[tuple[Manifest, tarfile.TarFile]]:
    """The checked manifest and the open tar; every problem is a one-line `BackupDamaged`."""
    if not path.exists():
        raise ZacniError(f"no backup file at {path}", code="not_found")
    if path.is_dir():
        raise BackupDamaged(f"{path} is a folder, not a backup file")
    try:
        tar = tarfile.open(path, mode="r:")  # noqa: SIM115 - closed by the with below
    except tarfile.ReadError:
        raise BackupDamaged(
            f"{path} is not a Zacni backup, or its beginning is damaged: it cannot be read as a tar archive"
        ) from None
    except OSError as exc:
        raise ZacniError(f"cannot read {path}: {exc.strerror or exc}", code="unreadable") from None
    try:
        with tar:
            yield read_manifest(path, tar), tar
    except (tarfile.ReadError, EOFError):
        raise BackupDamaged(
            f"{path} is truncated or damaged: it ends in the middle of its contents"
        ) from None


def read_manifest(path: Path, tar: tarfile.TarFile) -> Manifest:
    body = _member_bytes(path, tar, MANIFEST, not_backup=True)
    checksum = _member_bytes(path, tar, MANIFEST_SUM).decode("ascii", errors="replace").split()
    if not checksum or checksum[0] != hashlib.sha256(body).hexdigest():
        raise BackupDamaged(f"{path} is damaged: its manifest does not match the manifest's checksum")
    try:
        data = json.loads(body.decode("utf-8"))
        return _parse(data)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupDamaged(f"{path} has a manifest this program cannot read ({exc})") from None


def _member_bytes(path: Path, tar: tarfile.TarFile, name: str, *, not_backup: bool = False) -> bytes:
    try:
        member = tar.getmember(name)
    except KeyError:
        if not_backup:
            raise BackupDamaged(f"{path} is not a Zacni backup: it holds no {MANIFEST}") from None
        raise BackupDamaged(f"{path} is damaged or truncated: {name} is missing from it") from None
    stream = tar.extractfile(member)
    if stream is None or member.size > _MAX_MANIFEST:
        raise BackupDamaged(f"{path} is damaged: {name} is not a plain file of a sensible size")
    return stream.read()


def _parse(data: dict[str, Any]) -> Manifest:
    if data.get("format") != FORMAT:
        raise ValueError("it is not a Zacni backup manifest")
    if data.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"backup format {data.get('format_version')!r}; this program reads {FORMAT_VERSION}")
    db = data["database"]
    database = DatabaseEntry(str(db["member"]), _sha(db["sha256"]), _size(db["size"]))
    if database.member not in ("database.sqlite3", "database.dump"):
        raise ValueError(f"unknown database member {database.member!r}")
    assets = tuple(
        PoolEntry(int(a["id"]), _sha(a["sha256"]), _ext(a["ext"]), _size(a["size"])) for a in data["assets"]
    )
    kind = data["archive"]["database"]
    if kind not in ("sqlite", "postgresql"):
        raise ValueError(f"unknown database kind {kind!r}")
    version = data["archive"]["schema_version"]
    if not isinstance(version, int):
        raise ValueError("schema_version is not a number")
    return Manifest(kind, version, str(data["created_at"]), database, assets, data)


def _sha(value: Any) -> str:
    if not isinstance(value, str) or not _SHA256.match(value):
        raise ValueError(f"{value!r} is not a SHA-256")
    return value


def _ext(value: Any) -> str:
    if not isinstance(value, str) or not _EXT.match(value):
        raise ValueError(f"{value!r} is not a file extension")
    return value


def _size(value: Any) -> int:
    if not isinstance(value, int) or value < 0:
        raise ValueError(f"{value!r} is not a size")
    return value


def database_stream(path: Path, manifest: Manifest, tar: tarfile.TarFile) -> IO[bytes]:
    try:
        member = tar.getmember(manifest.database.member)
    except KeyError:
        raise BackupDamaged(
            f"{path} is damaged or truncated: its database snapshot {manifest.database.member} is missing"
        ) from None
    stream = tar.extractfile(member)
    if stream is None:
        raise BackupDamaged(f"{path} is damaged: {manifest.database.member} is not a plain file")
    return stream


def check_database_hash(path: Path, manifest: Manifest, sha256: str, size: int) -> None:
    if (sha256, size) != (manifest.database.sha256, manifest.database.size):
        raise BackupDamaged(
            f"{path} is damaged: its database snapshot has SHA-256 {sha256} ({size} bytes), "
            f"the manifest says {manifest.database.sha256} ({manifest.database.size} bytes)"
        )


def verify_backup(path: Path, pool: Path) -> Manifest:
    """Re-read a just-written backup: manifest checksum, database hash, every pool file's size.

    (The pool files were hashed as they were copied; a full re-hash is `restore`'s job.)
    """
    faults.point("backup.verify")
    with open_backup(path) as (manifest, tar):
        sha, size = hash_stream(database_stream(path, manifest, tar))
        check_database_hash(path, manifest, sha, size)
    for entry in manifest.assets:
        pool_file = pool / entry.relpath
        if not pool_file.is_file() or pool_file.stat().st_size != entry.size:
            raise BackupDamaged(
                f"the media pool {pool} lacks a complete {entry.relpath} (asset {entry.asset_id})"
            )
    return manifest


def known_pool_files(folder: Path) -> set[tuple[str, int]]:
    """(relpath, size) of masters that a complete backup in `folder` lists: they were hashed when
    copied, so a later backup trusts their size. Unreadable or foreign files are skipped."""
    known: set[tuple[str, int]] = set()
    for candidate in sorted(folder.iterdir()):
        if candidate.name.startswith(".") or not candidate.is_file() or not _starts_like_backup(candidate):
            continue
        try:
            with open_backup(candidate) as (manifest, _tar):
                known.update((a.relpath, a.size) for a in manifest.assets)
        except ZacniError:
            continue
    return known


def _starts_like_backup(path: Path) -> bool:
    """A cheap look at the first tar header: does the file begin with our manifest?"""
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        return False
    return head.startswith(MANIFEST.encode("ascii") + b"\0")


# -- copying with hashing -------------------------------------------------------------------------
def hash_stream(stream: IO[bytes], cancel: CancelFlag | None = None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        if cancel is not None:
            cancel.raise_if_cancelled()
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def copy_hashed(
    source: IO[bytes], target: Path, step: str, cancel: CancelFlag | None = None
) -> tuple[str, int]:
    """Copy to `target`, hashing on the way (one read), and flush it to disk. The caller removes
    `target` if this fails: it is always a temporary name or inside a temporary folder."""
    digest = hashlib.sha256()
    size = 0
    faults.point(f"{step}.open")
    with open(target, "wb") as out:
        while chunk := source.read(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            faults.point(f"{step}.write")
            out.write(chunk)
            digest.update(chunk)
            size += len(chunk)
        out.flush()
        faults.point(f"{step}.fsync")
        os.fsync(out.fileno())
    return digest.hexdigest(), size
