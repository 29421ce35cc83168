"""Storage rules: WAL + synchronous=FULL or nothing; no SQLite archive on a network filesystem;
a full disk is a clear error that leaves the archive as it was and goes away once space is freed.

The full-disk tests run on a real, small tmpfs mounted for the test (root only; CI runs as root).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from archive_schema import Asset, Person
from tests.conftest import REPO, run_cli
from zacni_app.core.archive import Archive
from zacni_app.core.integrity import check_archive
from zacni_app.core.people import add_person
from zacni_app.core.storage_rules import (
    DiskFull,
    Filesystem,
    UnsafeStorage,
    filesystem_at,
    filesystem_from_mount_output,
    filesystem_of,
    require_safe_journal,
    unc_share,
)

# Lines as the kernel writes them (see proc(5), /proc/[pid]/mountinfo), from real machines.
MOUNTINFO = "\n".join(
    [
        "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro",
        "25 22 0:23 / /dev/shm rw,nosuid,nodev shared:4 - tmpfs tmpfs rw,inode64",
        "31 22 0:33 /@home /home rw,relatime shared:2 - btrfs /dev/sda2 rw,ssd,space_cache=v2,subvol=/@home",
        "35 22 0:40 / /mnt/nas rw,relatime shared:20 - autofs systemd-1 rw,fd=51,pgrp=1,timeout=0,minproto=5",
        "312 35 0:52 / /mnt/nas rw,relatime shared:170 - nfs4 nas.local:/export/archiwum "
        "rw,vers=4.2,rsize=1048576,hard,proto=tcp,timeo=600,sec=sys,clientaddr=192.168.1.20,addr=192.168.1.10",
        "313 22 0:53 / /mnt/nas2 rw,relatime shared:171 - ext4 /dev/sdb1 rw",
        "320 22 0:55 / /mnt/udział rw,relatime shared:175 - cifs //serwer/Archiwum "
        "rw,vers=3.1.1,cache=strict,username=ola,uid=1000,addr=192.168.1.10,soft,nounix,serverino,mapposix",
        r"321 22 0:56 / /media/ola/Dysk\040sieciowy rw,relatime shared:176 - smb3 //nas/Wspólny rw,vers=3",
        "330 22 0:60 / /home/ola/zdalne rw,nosuid,nodev,relatime shared:180 - fuse.sshfs "
        "ola@serwer:/srv/archiwum rw,user_id=1000,group_id=1000",
        "331 22 0:61 / /home/ola/pendrive rw,nosuid,nodev,relatime shared:181 - fuseblk /dev/sdc1 "
        "rw,user_id=0,group_id=0,allow_other,blksize=4096",
        r"85 22 0:66 / /mnt/c rw,noatime - 9p C:\134 rw,dirsync,aname=drvfs;path=C:\;uid=1000;gid=1000,"
        "mmap,access=client,trans=virtio",
        "523 472 0:44 / /var/lib/docker/overlay2/abc/merged rw,relatime - overlay overlay "
        "rw,lowerdir=/var/lib/docker/overlay2/l/X,upperdir=/var/lib/docker/overlay2/abc/diff",
    ]
)


@pytest.mark.parametrize(
    ("path", "fstype", "network"),
    [
        ("/home/ola/Archiwum", "btrfs", False),
        ("/srv/zacni", "ext4", False),
        ("/dev/shm/x", "tmpfs", False),
        ("/mnt/nas/archiwum", "nfs4", True),  # the nfs mount stacked on its autofs trigger
        ("/mnt/nas", "nfs4", True),
        ("/mnt/nas2/archiwum", "ext4", False),  # a prefix of the name is not a parent folder
        ("/mnt/udział/Zacni", "cifs", True),
        ("/media/ola/Dysk sieciowy/archiwum", "smb3", True),
        ("/home/ola/zdalne/archiwum", "fuse.sshfs", True),
        ("/home/ola/pendrive/archiwum", "fuseblk", False),
        ("/mnt/c/Users/ola/Archiwum", "9p", True),
        ("/var/lib/docker/overlay2/abc/merged/data", "overlay", False),
    ],
)
def test_filesystem_of_a_path_is_its_longest_mount_point(path: str, fstype: str, network: bool) -> None:
    fs = filesystem_of(path, MOUNTINFO)
    assert fs is not None and fs.fstype == fstype and fs.is_network is network


def test_mountinfo_escapes_and_sources_are_read() -> None:
    fs = filesystem_of("/media/ola/Dysk sieciowy", MOUNTINFO)
    assert fs == Filesystem("/media/ola/Dysk sieciowy", "smb3", "//nas/Wspólny")
    assert filesystem_of("/x", "garbage line\n\n") is None
    assert Filesystem("/m", "fuse", "sshfs#ola@serwer:/srv").is_network  # old-style sshfs


MOUNT_OUTPUT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)
//ola@nas._smb._tcp.local/Archiwum on /Volumes/Archiwum (smbfs, nodev, nosuid, mounted by ola)
nas:/export/zdjęcia on /Volumes/zdjęcia (nfs, asynchronous)
/dev/disk4s1 on /Volumes/Łąka (msdos, local, nodev, nosuid, noowners)
"""


@pytest.mark.parametrize(
    ("path", "fstype", "network"),
    [
        ("/Users/ola/Archiwum", "apfs", False),
        ("/System/Volumes/Data/Users/ola", "apfs", False),
        ("/Volumes/Archiwum/Zacni", "smbfs", True),
        ("/Volumes/zdjęcia", "nfs", True),
        ("/Volumes/Łąka/Zacni", "msdos", False),
    ],
)
def test_mount_output_of_macos(path: str, fstype: str, network: bool) -> None:
    fs = filesystem_from_mount_output(path, MOUNT_OUTPUT)
    assert fs is not None and fs.fstype == fstype and fs.is_network is network


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (r"\\serwer\Archiwum\Zacni", r"\\serwer\Archiwum"),
        (r"\\?\UNC\serwer\Archiwum\Zacni", r"\\serwer\Archiwum"),
        ("//serwer/Archiwum/Zacni", r"\\serwer\Archiwum"),
        (r"C:\Users\Łucja\Archiwum", None),
        (r"\\?\C:\Users\Łucja", None),
        (r"\\.\PhysicalDrive0", None),
    ],
)
def test_unc_paths_are_network_shares(path: str, share: str | None) -> None:
    assert unc_share(path) == share


def test_this_machines_temp_folder_is_a_local_disk(tmp_path: Path) -> None:
    fs = filesystem_at(tmp_path / "not" / "yet" / "made")
    assert fs is not None and not fs.is_network
    assert fs.fstype in {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "apfs", "local", "ntfs"}


# -- an archive on a network filesystem ------------------------------------------------------
def _as_seen_over_nfs(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `zacni` in a private mount namespace whose mount table says `folder` is an NFS mount."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare(1) to give the CLI a mount table with an NFS mount")
    table = folder.parent / "mountinfo"
    line = f"900 1 0:99 / {folder} rw,relatime shared:500 - nfs4 nas.local:/export/archiwum rw,vers=4.2\n"
    table.write_text(Path("/proc/self/mountinfo").read_text() + line)
    cli = [sys.executable, "-m", "zacni_app.cli", "--archive", str(folder), *args]
    script = 'mount --bind "$0" /proc/$$/mountinfo && exec "$@"'
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script, str(table), *cli],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    if "mount:" in done.stderr or "unshare:" in done.stderr:
        pytest.skip(f"cannot make a private mount table here: {done.stderr.strip()}")
    return done


def test_an_sqlite_archive_on_nfs_is_refused_at_init_and_at_open(
    template_archive: Path, tmp_path: Path
) -> None:
    new = tmp_path / "nowe"
    new.mkdir()
    done = _as_seen_over_nfs(new, "init", "--json")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert "network filesystem (nfs4 from nas.local:/export/archiwum)" in done.stderr
    assert "for several PCs use PostgreSQL: see README 'Several PCs'" in done.stderr
    assert done.stdout and '"code": "network_filesystem"' in done.stdout
    assert list(new.iterdir()) == [], "nothing may be written to a refused folder"

    existing = tmp_path / "istniejące"
    shutil.copytree(template_archive, existing)
    done = _as_seen_over_nfs(existing, "info")
    assert done.returncode == 1 and "network filesystem (nfs4" in done.stderr
    assert run_cli("info", archive=existing).code == 0  # the same folder, seen as the local disk it is


# -- journal mode and synchronous ------------------------------------------------------------
def test_an_archive_connection_is_wal_and_synchronous_full(archive: Archive) -> None:
    with archive.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2


def test_a_journal_mode_sqlite_quietly_kept_is_refused(tmp_path: Path) -> None:
    memory = sqlite3.connect(":memory:")
    assert memory.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "memory"  # no error, no WAL
    with pytest.raises(UnsafeStorage, match="stays in 'memory' mode"):
        require_safe_journal(memory, ":memory:")
    db = sqlite3.connect(tmp_path / "plik.sqlite3")
    db.execute("PRAGMA journal_mode=DELETE")
    with pytest.raises(UnsafeStorage, match="'delete' mode"):
        require_safe_journal(db, "plik.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    with pytest.raises(UnsafeStorage, match="synchronous=FULL"):
        require_safe_journal(db, "plik.sqlite3")
    db.execute("PRAGMA synchronous=FULL")
    require_safe_journal(db, "plik.sqlite3")


def test_an_archive_on_a_read_only_disk_is_refused_with_a_clear_message(
    small_disk: Path, template_archive: Path
) -> None:
    root = small_disk / "archiwum"
    shutil.copytree(template_archive, root)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for args, where in ((["info"], root), (["init"], small_disk)):
        target = root if args == ["info"] else small_disk / "nowe"
        done = run_cli(*args, "--json", archive=target)
        assert done.code == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert f"zacni: error: {where} is read-only" in done.stderr
        assert done.json["error"]["code"] == "read_only"


# -- a full disk, for real -------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MB filesystem (tmpfs), unmounted afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root on Linux (CI runs as root)")
    disk = tmp_path / "dysk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _recording(path: Path, seconds: float) -> Path:
    """A real WAV of noise (16 kHz mono, 32 kB a second), different bytes every time."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(os.urandom(int(seconds * 16000) * 2))
    return path


def _fill(disk: Path, leave: int) -> Path:
    """Write a filler file that leaves `leave` bytes free (0: until the disk is full)."""
    filler = disk / "wypełniacz.bin"
    st = os.statvfs(disk)
    size = st.f_bavail * st.f_frsize - leave if leave else 1 << 40
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while size > 0:
            size -= os.write(fd, b"\0" * min(size, 1 << 20))
    except OSError as exc:
        assert leave == 0, f"the disk filled up before the filler was written: {exc}"
    finally:
        os.close(fd)
    return filler


def _temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and (".incoming" in p.parts or p.suffix == ".part")]


@pytest.mark.slow
def test_importing_onto_a_full_disk_refuses_what_does_not_fit_and_works_once_space_is_freed(
    small_disk: Path, template_archive: Path, tmp_path: Path
) -> None:
    root = small_disk / "archiwum"
    shutil.copytree(template_archive, root)
    card = tmp_path / "karta"
    card.mkdir()
    recordings = [_recording(card / f"nagranie_{i}_żółć.wav", 31.0) for i in range(6)]  # ~1 MB each
    filler = _fill(small_disk, leave=2_600_000)  # room for two

    done = run_cli("import", card, "--json", archive=root)
    assert done.code == 1 and "Traceback" not in done.stderr
    report = done.json
    # Room for about two: how many fit depends on how many files the two import workers have staged
    # at the moment the disk fills, so the test asks for "some, not all" rather than an exact count.
    fitted = len(report["imported"])
    assert 1 <= fitted < len(recordings)
    assert [r["code"] for r in report["rejected"]] == ["disk_full"] * (len(recordings) - fitted)
    assert "free some space" in report["rejected"][0]["reason"]
    assert _temp_files(root) == []
    with Archive.open(root) as arch:
        checked = check_archive(arch, record=False)
        assert checked["ok"], checked["problems"]

    filler.unlink()
    again = run_cli("import", card, "--json", archive=root)
    assert again.code == 0, again.stderr
    assert len(again.json["imported"]) == len(recordings) - fitted
    assert len(again.json["duplicates"]) == fitted
    with Archive.open(root) as arch:
        assert check_archive(arch)["ok"]
        with arch.session() as s:
            assert s.scalar(select(func.count()).select_from(Asset)) == len(recordings)
    assert _temp_files(root) == []


def test_a_full_disk_under_the_database_is_a_clear_error_and_nothing_is_half_written(
    small_disk: Path, template_archive: Path
) -> None:
    root = small_disk / "archiwum"
    shutil.copytree(template_archive, root)
    with Archive.open(root) as arch:
        with arch.transaction() as s:
            add_person(s, name="Łucja Żółć")  # the WAL and its shared memory exist from here on
        filler = _fill(small_disk, leave=0)
        bio = "Pszczoły, miód i łąki. " * 800  # ~18 000 characters: new pages of the journal
        full = pytest.raises(DiskFull, match="is full: nothing was saved; free some space")
        with full as caught, arch.transaction() as s:
            add_person(s, name="Bożena Pszczółka", bio=bio, subjects=["pszczelarstwo"])
        assert caught.value.code == "disk_full"

        cli = run_cli("person", "add", "--name", "Żaneta Łąka", "--bio", bio, "--json", archive=root)
        assert cli.code == 1 and cli.stderr.count("\n") == 1 and "Traceback" not in cli.stderr
        assert cli.json["error"]["code"] == "disk_full"

        with arch.session() as s:
            assert s.scalars(select(Person.name)).all() == ["Łucja Żółć"]
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        filler.unlink()
        with arch.transaction() as s:
            add_person(s, name="Bożena Pszczółka", bio=bio, subjects=["pszczelarstwo"])
    with Archive.open(root) as arch:
        assert check_archive(arch, record=False)["ok"]
        with arch.session() as s:
            assert sorted(s.scalars(select(Person.name))) == ["Bożena Pszczółka", "Łucja Żółć"]
