"""Where and how an archive may keep its data — rules other archives learnt by losing some.

1. SQLite runs only in WAL mode with synchronous=FULL: a record whose commit returned survives a
   killed process and a power cut. The pragmas are checked after they are set, because SQLite
   answers a refused `journal_mode=WAL` by quietly keeping another mode.
2. A single-PC (SQLite) archive is never kept on a network filesystem. WAL relies on shared memory
   and byte-range locks that NFS, SMB and sshfs do not provide across machines, so two PCs
   writing the same file corrupt it. Several PCs share one PostgreSQL server instead; their media
   may then live on a network share, which is fine (masters are write-once files).
3. A full disk is the user's problem to fix, not a bug: it is reported as `DiskFull` (code
   "disk_full"), nothing half-written is kept, and the archive works again once space is freed.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from sqlalchemy.exc import DBAPIError

from zacni_app.core.errors import ZacniError

#: Filesystem types (Linux /proc/self/mountinfo, macOS/BSD `mount`) reached over a network.
#: 9p is included: WSL's view of Windows drives (/mnt/c) and QEMU shares lack the shared memory WAL needs.
NETWORK_FSTYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "ncpfs", "afs", "coda", "9p", "ceph",
        "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "sshfs", "afpfs", "webdav", "ftp",
    }
)  # fmt: skip
#: FUSE subtypes (mountinfo shows "fuse.<subtype>") that are network clients.
NETWORK_FUSE = frozenset(
    {"sshfs", "rclone", "s3fs", "gcsfuse", "davfs", "glusterfs", "smbnetfs", "curlftpfs", "cephfs"}
)
#: statfs(2) f_type magic numbers of network filesystems, for Linux without /proc.
NETWORK_MAGIC = {
    0x6969: "nfs",
    0x517B: "smbfs",
    0xFF534D42: "cifs",
    0xFE534D42: "smb2",
    0x01021997: "9p",
    0x5346414F: "afs",
    0x00C36400: "ceph",
    0x73757245: "coda",
    0x564C: "ncpfs",
}
SEVERAL_PCS = (
    "SQLite's WAL does not work across machines; for several PCs use PostgreSQL: see README 'Several PCs'"
)
SQLITE_FULL = 13
_DRIVE_REMOTE = 4  # GetDriveTypeW


class UnsafeStorage(ZacniError):
    """The archive's database would be kept where it cannot be kept safely; nothing was opened."""

    code = "unsafe_storage"


class DiskFull(ZacniError, OSError):
    """The disk is full: nothing was saved. Also an OSError(ENOSPC), so write-failure handlers see it."""

    code = "disk_full"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.errno = errno.ENOSPC


@dataclass(frozen=True)
class Filesystem:
    """The mounted filesystem a path lives on."""

    mount_point: str
    fstype: str
    source: str = ""

    @property
    def is_network(self) -> bool:
        base, _, subtype = self.fstype.partition(".")
        if base in ("fuse", "fuseblk") and subtype:
            return subtype in NETWORK_FUSE
        if base == "fuse":
            return self.source.startswith("sshfs#")  # old-style sshfs mounts
        return self.fstype in NETWORK_FSTYPES


# -- 1. journal and sync ---------------------------------------------------------------------
def require_safe_journal(conn: sqlite3.Connection, path: Path | str) -> None:
    """Refuse a connection on which WAL or synchronous=FULL did not take effect."""
    mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    synchronous = int(conn.execute("PRAGMA synchronous").fetchone()[0])
    if mode != "wal":
        raise UnsafeStorage(
            f"the database {path} could not be switched to write-ahead logging (it stays in "
            f"'{mode}' mode), so a crash could lose or damage records; keep the archive on a local disk "
            "you can write to"
        )
    if synchronous < 2:
        raise UnsafeStorage(f"the database {path} refused synchronous=FULL; committed records could be lost")


# -- 2. no SQLite archive on a network filesystem, nor in a folder it cannot write ------------
def require_safe_folder(root: Path) -> None:
    """Refuse a folder an SQLite archive cannot safely live in (network, read-only), before opening it."""
    require_local_disk(root)
    folder = _existing(root)
    if not os.access(folder, os.W_OK):
        raise UnsafeStorage(
            f"{folder} is read-only: an archive's database writes its journal beside it, even to be read; "
            "copy the archive to a disk you can write to",
            code="read_only",
        )


def require_local_disk(root: Path) -> None:
    """Refuse an SQLite archive whose folder is on a network filesystem (or a UNC path)."""
    fs = filesystem_at(root)
    if fs is not None and fs.is_network:
        where = f"{fs.fstype}{' from ' + fs.source if fs.source else ''}"
        raise UnsafeStorage(
            f"{root} is on a network filesystem ({where}): a single-PC archive must be on a local disk. "
            + SEVERAL_PCS,
            code="network_filesystem",
        )


def filesystem_at(path: Path) -> Filesystem | None:
    """The filesystem `path` (or its nearest existing parent) is on, by the means this OS has."""
    if sys.platform == "win32":
        return _windows_filesystem(path)
    resolved = os.fsdecode(_existing(path.expanduser()).resolve())
    mountinfo = Path("/proc/self/mountinfo")
    if mountinfo.is_file():
        return filesystem_of(resolved, mountinfo.read_text(encoding="utf-8", errors="surrogateescape"))
    if sys.platform.startswith("linux"):
        return _statfs_filesystem(resolved)
    return _mount_command_filesystem(resolved)


def _existing(path: Path) -> Path:
    """An archive about to be created: its folder may not exist yet, its parent's disk decides."""
    path = path.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def filesystem_of(path: str, mountinfo_text: str) -> Filesystem | None:
    """The longest mount point of /proc/self/mountinfo containing `path` (the last one if stacked)."""
    best: Filesystem | None = None
    for line in mountinfo_text.splitlines():
        fs = parse_mountinfo_line(line)
        if fs is None or not _contains(fs.mount_point, path):
            continue
        if best is None or len(fs.mount_point) >= len(best.mount_point):
            best = fs
    return best


def parse_mountinfo_line(line: str) -> Filesystem | None:
    """`36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw` → its mount point and type."""
    fields = line.split(" ")
    if "-" not in fields[6:]:
        return None
    dash = fields.index("-", 6)
    if len(fields) < dash + 3:
        return None
    return Filesystem(_unescape(fields[4]), fields[dash + 1], _unescape(fields[dash + 2]))


def _unescape(text: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (\\040 …)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def _contains(mount_point: str, path: str) -> bool:
    mp = mount_point.rstrip("/")
    return path == mount_point or path.startswith(mp + "/") or mount_point == "/"


_MOUNT_LINE = re.compile(r"^(?P<source>.+?) on (?P<mp>/.*?) \((?P<options>[^()]*)\)$")


def filesystem_from_mount_output(path: str, text: str) -> Filesystem | None:
    """The same from `mount` output (macOS, BSD): `//ola@nas/Archiwum on /Volumes/Archiwum (smbfs, …)`."""
    best: Filesystem | None = None
    for line in text.splitlines():
        m = _MOUNT_LINE.match(line.strip())
        if m is None or not _contains(m["mp"], path):
            continue
        fstype = m["options"].split(",")[0].strip()
        if best is None or len(m["mp"]) >= len(best.mount_point):
            best = Filesystem(m["mp"], fstype, m["source"])
    return best


def _mount_command_filesystem(path: str) -> Filesystem | None:
    try:
        out = subprocess.run(["mount"], capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None  # cannot tell: do not refuse a disk we know nothing bad about
    return filesystem_from_mount_output(path, out)


def _statfs_filesystem(path: str) -> Filesystem | None:
    """Linux without /proc mounted: ask statfs(2) for the filesystem's magic number."""
    import ctypes

    buf = ctypes.create_string_buffer(256)  # struct statfs; f_type is its first field on Linux
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.statfs(os.fsencode(path), buf) != 0:
        return None
    magic = ctypes.c_ulong.from_buffer(buf).value & 0xFFFFFFFF
    return Filesystem("", NETWORK_MAGIC.get(magic, f"magic:{magic:#x}"))


def unc_share(path_text: str) -> str | None:
    r"""`\\server\share\…` (or `\\?\UNC\server\share\…`) → the share; a drive letter → None."""
    drive = PureWindowsPath(path_text).drive
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return "\\\\" + drive[8:]
    if drive.startswith("\\\\") and not drive.startswith(("\\\\?\\", "\\\\.\\")):
        return drive
    return None


def _windows_filesystem(path: Path) -> Filesystem | None:
    """A UNC path, or a drive letter Windows calls remote (a mapped network drive)."""
    text = str(_existing(path).resolve())
    share = unc_share(text)
    if share is not None:
        return Filesystem(share, "smb", share)
    drive = PureWindowsPath(text).drive
    if sys.platform == "win32" and drive:
        import ctypes

        if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE:
            return Filesystem(drive, "smb", drive)
        return Filesystem(drive, "local")
    return None


# -- 3. a full disk -------------------------------------------------------------------------
def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC/EDQUOT from the OS, or SQLite's SQLITE_FULL ("database or disk is full")."""
    if isinstance(exc, DBAPIError):
        exc = exc.orig  # type: ignore[assignment]
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def raise_if_disk_full(exc: BaseException, where: Path | str) -> None:
    """Turn a full-disk failure into `DiskFull` with a message that says what to do."""
    if is_disk_full(exc):
        raise DiskFull(
            f"the disk holding {where} is full: nothing was saved; free some space and try again"
        ) from None
