"""The folder a website is exported into: atomic files and a manifest for incremental re-export.

The manifest (`.zacni-website.json`: relative path → SHA-256 of the content) says which files the
previous export wrote. A re-export rewrites only the files whose content changed, keeps web
copies of media that are already there (their names are derived from what they were made of),
and removes the files that are no longer published. A folder that is not empty and has no
manifest was not made by an export, so it is refused rather than mixed into a website or
cleaned out.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TypeVar

from zacni_app.core.errors import ZacniError
from zacni_app.core.website_media import write_atomically

MANIFEST = ".zacni-website.json"
FORMAT = "zacni-website/1"

T = TypeVar("T")


class WebsiteFolderError(ZacniError):
    """The chosen folder cannot take the website (not empty and not an export, inside the archive…)."""

    code = "website_folder"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _safe(rel: str) -> bool:
    """A path the manifest may name: relative, inside the folder, no '..' (a tampered manifest
    must not make an export delete files elsewhere)."""
    path = PurePosixPath(rel)
    return bool(rel) and not path.is_absolute() and ".." not in path.parts and "\\" not in rel


class SiteFolder:
    def __init__(self, root: Path, previous: dict[str, str]) -> None:
        self.root = root
        self.previous = previous
        self.files: dict[str, str] = {}
        self.written = 0

    @classmethod
    def open(cls, root: Path, *, archive_root: Path) -> SiteFolder:
        """The export folder, created if missing; refused with one clear line when unsuitable."""
        root = root.expanduser().absolute()
        archive, real = (
            Path(os.path.realpath(archive_root)),
            Path(os.path.realpath(root)),
        )  # no raise on loops
        if real == archive or archive in real.parents:
            raise WebsiteFolderError(f"{root} is inside the archive folder; choose a folder outside it")
        if root.exists() and not root.is_dir():
            raise WebsiteFolderError(f"{root} exists and is not a folder")
        manifest = root / MANIFEST
        if root.is_dir() and not manifest.is_file() and any(root.iterdir()):
            raise WebsiteFolderError(
                f"{root} is not empty and was not made by 'zacni export website'; choose an empty folder"
            )
        root.mkdir(parents=True, exist_ok=True)
        return cls(root, _read_manifest(manifest) if manifest.is_file() else {})

    def path(self, rel: str) -> Path:
        return self.root / rel

    def have(self, rel: str) -> bool:
        """Is this file, made by an earlier export, still there? (Web copies of media are named by
        what they were made of, so one that is there needs no remaking.)"""
        if rel in self.previous and self.path(rel).is_file():
            self.files[rel] = self.previous[rel]
            return True
        return False

    def write(self, rel: str, data: bytes) -> None:
        """Write `data` unless the file already holds exactly it (its time then stays as it was)."""
        digest = _sha256(data)
        self.files[rel] = digest
        target = self.path(rel)
        if self.previous.get(rel) == digest and target.is_file() and _file_sha256(target) == digest:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
        self.written += 1

    def make(self, rel: str, maker: Callable[[Path], T]) -> T:
        """Let `maker` write the file (atomically, itself), then record what it wrote."""
        target = self.path(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        result = maker(target)
        self.files[rel] = _file_sha256(target)
        self.written += 1
        return result

    def finish(self) -> int:
        """Remove what the previous export wrote and this one did not; save the manifest."""
        removed = 0
        for rel in sorted(set(self.previous) - set(self.files)):
            if _safe(rel) and self.path(rel).is_file():
                self.path(rel).unlink()
                removed += 1
                self._prune(self.path(rel).parent)
        self.save(self.files)
        return removed

    def save_partial(self) -> None:
        """After a Cancel or failure: remember old and new files alike, so the next export can
        still tell all of them apart from files it did not make."""
        self.save({**self.previous, **self.files})

    def save(self, files: dict[str, str]) -> None:
        data = {"format": FORMAT, "files": dict(sorted(files.items()))}
        write_atomically(self.root / MANIFEST, (json.dumps(data, indent=1) + "\n").encode())

    def _prune(self, folder: Path) -> None:
        while folder != self.root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebsiteFolderError(f"{path} is damaged ({exc}); export into an empty folder") from None
    files = data.get("files") if isinstance(data, dict) and data.get("format") == FORMAT else None
    if not isinstance(files, dict):
        raise WebsiteFolderError(f"{path} is not a website manifest of this version; use an empty folder")
    return {str(k): str(v) for k, v in files.items() if _safe(str(k))}


def relative_from(page: str) -> str:
    """The prefix that leads from a page (e.g. 'historie/ule.html') back to the site's root."""
    depth = page.count("/")
    return "../" * depth
