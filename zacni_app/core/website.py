"""`zacni export website OUT_DIR`: the static website of the published stories.

What goes out is decided once, by `website_plan.plan_site` through access.py (the publishing
dialog shows the same plan as its preview); this module makes the web copies of photos and
recordings, renders the pages, the JSON Feed and the search index, and writes them into the
folder incrementally (website_output). The answer lists what was withheld and why.

Only publishers (admin, cataloguer) export: the website is a publication.
"""

from __future__ import annotations

import errno
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import av
from PIL import Image

from zacni_app.core.access import require
from zacni_app.core.archive import Archive
from zacni_app.core.progress import CancelFlag, ProgressCallback, ProgressUpdate, no_progress
from zacni_app.core.transcripts import write_webvtt
from zacni_app.core.website_feed import json_feed, search_index_js
from zacni_app.core.website_media import MEDIA_VERSION, OPEN_END, PHOTO_SIDES, web_audio, web_photo, web_video
from zacni_app.core.website_output import MANIFEST, SiteFolder
from zacni_app.core.website_pages import TEMPLATES, Pages, PhotoFiles, RecordingFiles
from zacni_app.core.website_plan import PhotoOut, RecordingOut, SitePlan, StoryPreview, plan_site
from zacni_app.core.website_reasons import Reason, Withheld

STATIC_FILES = ("static/style.css", "static/search.js")
_FATAL_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EDQUOT}

__all__ = ["MANIFEST", "WebsiteReport", "export_website", "preview_website"]


@dataclass
class WebsiteReport:
    out_dir: Path
    stories: int = 0
    files: int = 0
    written: int = 0
    removed: int = 0
    withheld: list[Withheld] = field(default_factory=list)

    @property
    def index(self) -> Path:
        return self.out_dir / "index.html"

    def to_dict(self) -> dict[str, Any]:
        return {
            "out_dir": str(self.out_dir),
            "index": str(self.index),
            "stories": self.stories,
            "files": self.files,
            "written": self.written,
            "removed": self.removed,
            "withheld": [w.to_dict() for w in self.withheld],
        }


def preview_website(
    archive: Archive, *, user: str = "admin", today: date | None = None
) -> list[StoryPreview]:
    """Every story with what will be published and what is withheld and why (nothing is written)."""
    with archive.session(user) as session:
        require(session, "publish")
        return plan_site(session, today).previews


def export_website(
    archive: Archive,
    out_dir: Path,
    *,
    user: str = "admin",
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
    today: date | None = None,
) -> WebsiteReport:
    """Write (or bring up to date) the website in `out_dir`; see the module's docstring."""
    cancel = cancel or CancelFlag()
    with archive.session(user) as session:
        require(session, "publish")
        folder = SiteFolder.open(out_dir, archive_root=archive.root)
        plan = plan_site(session, today)
    try:
        return _build(archive, folder, plan, progress, cancel)
    except BaseException:
        folder.save_partial()  # a Cancel or a failure: the next export still knows its files
        raise


def _build(
    archive: Archive, folder: SiteFolder, plan: SitePlan, progress: ProgressCallback, cancel: CancelFlag
) -> WebsiteReport:
    media = _WebCopies(archive.media_root, folder, cancel)
    jobs = media.jobs(plan)
    total = len(jobs) + 1
    for done, (label, job) in enumerate(jobs):
        cancel.raise_if_cancelled()
        progress(ProgressUpdate(done, total, label))
        job()
    cancel.raise_if_cancelled()
    progress(ProgressUpdate(len(jobs), total, "strony"))
    for page, html in Pages(media.photos, media.recordings, plan.stories).all():
        folder.write(page, html.encode())
    folder.write("feed.json", json_feed(plan.stories, media.photos, media.recordings))
    folder.write("search-index.js", search_index_js(plan.stories))
    for name in STATIC_FILES:
        folder.write(name, (TEMPLATES / name).read_bytes())
    removed = folder.finish()
    progress(ProgressUpdate(total, total, ""))
    return WebsiteReport(
        out_dir=folder.root,
        stories=len(plan.stories),
        files=len(folder.files),
        written=folder.written,
        removed=removed,
        withheld=plan.withheld + media.withheld,
    )


def _photo_copy(master: Path, side: int, target: Path) -> tuple[int, int]:
    return web_photo(master, target, side)


def _key(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]


class _WebCopies:
    """Web copies of the plan's photos and recordings; each is made once and kept across exports."""

    def __init__(self, media_root: Path, folder: SiteFolder, cancel: CancelFlag) -> None:
        self.media_root, self.folder, self.cancel = media_root, folder, cancel
        self.photos: dict[int, PhotoFiles] = {}
        self.recordings: dict[str, RecordingFiles] = {}
        self.withheld: list[Withheld] = []

    def jobs(self, plan: SitePlan) -> list[tuple[str, Callable[[], None]]]:
        jobs: dict[object, tuple[str, Callable[[], None]]] = {}
        for story in plan.stories:
            for photo in [*([story.hero] if story.hero else []), *story.photos]:
                jobs.setdefault(
                    ("photo", photo.asset_id), (photo.title, functools.partial(self.photo, photo))
                )
            for recording in story.recordings:
                jobs.setdefault(
                    recording.key, (recording.title, functools.partial(self.recording, recording))
                )
        return list(jobs.values())

    def photo(self, photo: PhotoOut) -> None:
        master = self.media_root / photo.master
        if not self._present(master, photo.asset_id, "image", photo.title):
            return
        key = _key(photo.sha256, MEDIA_VERSION)
        sizes: dict[str, tuple[int, int]] = {}
        try:
            for name, side in PHOTO_SIDES.items():
                rel = f"media/zdjecia/{key}-{side}.jpg"
                if self.folder.have(rel):
                    with Image.open(self.folder.path(rel)) as done:
                        sizes[name] = done.size
                else:
                    sizes[name] = self.folder.make(rel, functools.partial(_photo_copy, master, side))
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            self._failed(exc, photo.asset_id, "image", photo.title)
            return
        small, large = (f"media/zdjecia/{key}-{PHOTO_SIDES[name]}.jpg" for name in ("small", "large"))
        self.photos[photo.asset_id] = PhotoFiles(small, large, sizes["small"], sizes["large"])

    def recording(self, recording: RecordingOut) -> None:
        master = self.media_root / recording.master
        if not self._present(master, recording.asset_id, recording.kind, recording.title):
            return
        rel = f"media/nagrania/{recording.key}.{'mp4' if recording.kind == 'video' else 'mp3'}"
        encode = web_video if recording.kind == "video" else web_audio
        try:
            if not self.folder.have(rel):
                self.folder.make(rel, lambda target: encode(master, target, recording.timeline, self.cancel))
            duration = self._duration(recording, self.folder.path(rel))
        except (OSError, ValueError, av.FFmpegError, IndexError) as exc:
            self._failed(exc, recording.asset_id, recording.kind, recording.title)
            return
        captions = write_webvtt(recording.timeline.shift(recording.cues)).encode()
        vtt = f"media/napisy/{recording.key}-{hashlib.sha256(captions).hexdigest()[:8]}.vtt"
        self.folder.write(vtt, captions)
        self.recordings[recording.key] = RecordingFiles(rel, vtt, duration)

    def _duration(self, recording: RecordingOut, copy: Path) -> int:
        if recording.window[1] < OPEN_END:
            return recording.timeline.duration_ms
        with av.open(str(copy)) as container:  # the master's length was not known: ask the copy
            return (container.duration or 0) // 1000

    def _present(self, master: Path, asset_id: int, kind: str, title: str) -> bool:
        if master.is_file():
            return True
        reason = Reason("media_missing", {"kind": kind, "title": title})
        self.withheld.append(Withheld(kind, asset_id, reason))
        return False

    def _failed(self, exc: BaseException, asset_id: int, kind: str, title: str) -> None:
        if isinstance(exc, OSError) and exc.errno in _FATAL_ERRNOS:
            raise exc  # a full or read-only disk is the export's failure, not the file's
        reason = Reason("media_failed", {"kind": kind, "title": title, "error": str(exc)[:200]})
        self.withheld.append(Withheld(kind, asset_id, reason))
