"""Taking files into the archive: a card's or a folder's worth at a time, never half-written.

For each file: copy it into media/.incoming while hashing (one read of the source), skip it as a
duplicate if the hash is known, read its metadata from the copy, rename the copy to its content
address, then commit its row. A crash at any point leaves either nothing, a temp file (swept on
the next run) or a master without a row, which running the same import again completes.
Bad files never stop the batch: each gets a specific reason in the report.
"""

from __future__ import annotations

import errno
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset, AssetPerson, Interview, Person, Story
from zacni_app.core import media_store, records
from zacni_app.core.access import require
from zacni_app.core.archive import Archive
from zacni_app.core.media_probe import MediaInfo, MediaRejected, Problem, probe
from zacni_app.core.progress import CancelFlag, Cancelled, ProgressCallback, ProgressUpdate, no_progress
from zacni_app.core.thumbnails import make_thumbnails

#: Files cameras and operating systems leave behind; skipped without a word.
IGNORED_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", ".nomedia"})


@dataclass(frozen=True)
class IngestTarget:
    """What new assets are attached to (all optional)."""

    interview_id: int | None = None
    person_id: int | None = None
    story_id: int | None = None


@dataclass
class IngestReport:
    imported: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "cancelled": self.cancelled,
        }


def display_path(path: Path) -> str:
    """A path as text even when its bytes are not valid UTF-8 (shown with replacement marks)."""
    return os.fsencode(path).decode("utf-8", "replace")


def collect_files(paths: list[Path], report: IngestReport) -> list[Path]:
    """Expand folders (sorted, recursively), refusing what cannot be read and following no loops."""
    files: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        files.extend(_expand(path, report, seen_dirs))
    return files


def _expand(path: Path, report: IngestReport, seen_dirs: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        st = path.stat()
    except OSError as exc:
        reason = (
            "symlink_loop"
            if exc.errno == errno.ELOOP
            else "not_found"
            if exc.errno == errno.ENOENT
            else "unreadable"
        )
        _reject(report, path, Problem(reason, f"cannot read {display_path(path)}: {exc.strerror}"))
        return
    if path.is_dir():
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            _reject(report, path, Problem("symlink_loop", "folder reached twice through a link; skipped"))
            return
        seen_dirs.add(key)
        try:
            children = sorted(path.iterdir(), key=lambda p: os.fsencode(p.name))
        except OSError as exc:
            _reject(report, path, Problem("unreadable", f"cannot list the folder: {exc.strerror}"))
            return
        for child in children:
            if child.name.lower() in IGNORED_NAMES or child.name.startswith("._"):
                continue
            yield from _expand(child, report, seen_dirs)
    elif path.is_file():
        yield path
    else:
        _reject(report, path, Problem("not_a_file", "not a regular file (device, pipe or socket)"))


def _reject(report: IngestReport, path: Path, problem: Problem) -> None:
    report.rejected.append({"path": display_path(path), "code": problem.code, "reason": problem.detail})


def ingest_paths(
    archive: Archive,
    paths: list[Path],
    *,
    user: str = "admin",
    target: IngestTarget | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
) -> IngestReport:
    """Import files and folders; returns what was imported, found duplicate and refused (and why)."""
    target = target or IngestTarget()
    actor = archive.actor(user)
    with archive.session(actor) as s:
        require(s, "import")
        _check_target(s, target)
    report = IngestReport()
    sweep_incoming(archive)
    files = collect_files(paths, report)
    for done, path in enumerate(files):
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            break
        progress(ProgressUpdate(done, len(files), path.name))
        try:
            _ingest_one(archive, actor, path, target, report, cancel)
        except Cancelled:
            report.cancelled = True
            break
    progress(ProgressUpdate(len(files), len(files), ""))
    return report


def _check_target(session: Session, target: IngestTarget) -> None:
    if target.interview_id is not None:
        records.get(session, Interview, target.interview_id)
    if target.person_id is not None:
        records.get(session, Person, target.person_id)
    if target.story_id is not None:
        records.get(session, Story, target.story_id)


def sweep_incoming(archive: Archive) -> int:
    """Remove temp files a crashed import left in media/.incoming; returns how many."""
    removed = 0
    if archive.tmp_dir.is_dir():
        for leftover in archive.tmp_dir.glob("import-*.part"):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed


def _ingest_one(
    archive: Archive,
    actor: Any,
    path: Path,
    target: IngestTarget,
    report: IngestReport,
    cancel: CancelFlag | None,
) -> None:
    shown = display_path(path)
    try:
        staged = media_store.stage(path, archive.tmp_dir, cancel)
    except OSError as exc:
        _reject(report, path, _os_problem(exc))
        return
    try:
        with archive.session(actor) as s:
            existing = s.scalars(select(Asset.id).where(Asset.sha256 == staged.sha256)).first()
        if existing is not None:
            report.duplicates.append({"path": shown, "asset_id": existing, "sha256": staged.sha256})
            return
        original = _original_name(path)
        try:
            info = probe(staged.path, original_name=original)
        except MediaRejected as exc:
            _reject(report, path, exc.problem)
            return
        master = media_store.commit(staged, archive.media_root, info.type.ext)
        if info.type.kind == "image":
            _thumbnails(master, archive, staged.sha256, info)
        with archive.transaction(actor) as s:
            asset = _asset_row(s, info, staged, original, path, target)
            entry = {
                "path": shown,
                "asset_id": asset.id,
                "sha256": asset.sha256,
                "kind": asset.kind,
                "warnings": [w["detail"] for w in asset.warnings],
                "warning_codes": [w["code"] for w in asset.warnings],
            }
        report.imported.append(entry)
    finally:
        staged.discard()


def _thumbnails(master: Path, archive: Archive, sha256: str, info: MediaInfo) -> None:
    """Derivatives are a convenience: a failure is a warning on the asset, never a lost import."""
    try:
        make_thumbnails(master, archive.derivatives_dir, sha256)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        info.warnings.append(Problem("no_thumbnail", f"no thumbnail could be made: {exc}"))


def _os_problem(exc: OSError) -> Problem:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Problem("unreadable", f"no permission to read the file: {exc.strerror}")
    if exc.errno == errno.ENOSPC:
        return Problem("disk_full", "the archive's disk is full; free some space and import again")
    if exc.errno == errno.ELOOP:
        return Problem("symlink_loop", "the link points back to itself")
    return Problem("unreadable", f"cannot read the file: {exc.strerror or exc}")


def _original_name(path: Path) -> str:
    """The file's name as text, NFC (macOS writes NFD), invalid bytes replaced."""
    return unicodedata.normalize("NFC", display_path(Path(path.name)))[:500]


def _asset_row(
    session: Session,
    info: MediaInfo,
    staged: media_store.StagedFile,
    original: str,
    path: Path,
    target: IngestTarget,
) -> Asset:
    interview = session.get(Interview, target.interview_id) if target.interview_id else None
    tags = info.tags
    asset = Asset(
        sha256=staged.sha256,
        kind=info.type.kind,
        size=staged.size,
        mime=info.type.mime,
        ext=info.type.ext,
        original_name=original,
        source_path=display_path(path.absolute())[:4000],
        imported_at=datetime.now(UTC),
        title=(tags.get("title") or Path(original).stem)[:300],
        access=interview.access if interview else "staff",
        interview=interview,
        duration_ms=info.duration_ms,
        codec=info.codec,
        bitrate=info.bitrate,
        sample_rate=info.sample_rate,
        channels=info.channels,
        width=info.width,
        height=info.height,
        orientation=info.orientation,
        taken_at=info.taken_at,
        camera=info.camera,
        gps_lat=info.gps_lat,
        gps_lon=info.gps_lon,
        page_count=info.page_count,
        tech={"tags": dict(tags), **info.extra},
        warnings=[{"code": w.code, "detail": w.detail} for w in info.warnings],
    )
    session.add(asset)
    if target.person_id:
        role = "depicted" if info.type.kind == "image" else "speaker"
        asset.people.append(AssetPerson(person=session.get(Person, target.person_id), role=role))
    if target.story_id:
        story = session.get(Story, target.story_id)
        if story is not None:
            story.assets.append(asset)
    session.flush()
    return asset
