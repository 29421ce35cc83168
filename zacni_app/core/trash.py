"""The trash: deleted records wait here until restored or until the trash is emptied.

Deleting in the window only sets `deleted_at` (see records.trash), so a slip of the Delete key is
one click from undone. Emptying the trash removes the rows for good; for a file it also removes
the master from media/ and its thumbnails, after the database has committed, so a failure
half-way leaves a stray file (reported by `zacni check`) rather than a row without its file.
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset
from archive_schema.base import Base
from zacni_app.core import records
from zacni_app.core.access import require
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.catalogue_sections import TRASHABLE
from zacni_app.core.errors import ValidationError
from zacni_app.core.thumbnails import SIZES, thumbnail_path


def _model(kind: str) -> type[Base]:
    if kind not in TRASHABLE:
        raise ValidationError("kind", f"{kind!r} is not a kind of record that goes to the trash")
    return TRASHABLE[kind]


def trash_record(session: Session, kind: str, record_id: int, *, expected_version: int | None) -> int:
    """Move a live record to the trash; returns its new version (for undo)."""
    obj: Any = records.trash(session, _model(kind), record_id, expected_version=expected_version)
    return int(obj.version)


def restore_record(session: Session, kind: str, record_id: int) -> int:
    """Take a record back out of the trash; returns its new version."""
    require(session, "delete")
    obj: Any = records.get(session, _model(kind), record_id, include_trash=True)
    obj.deleted_at = None
    session.flush()
    return int(obj.version)


def empty_trash(archive: Archive, user: str | Actor, keys: list[tuple[str, int]] | None = None) -> int:
    """Delete for good everything in the trash (or just `keys`); returns how many records went."""
    masters: list[tuple[str, str]] = []
    removed = 0
    with archive.transaction(user) as s:
        require(s, "delete")
        for kind, model in TRASHABLE.items():
            m: Any = model
            query = select(m).where(m.deleted_at.is_not(None))
            if keys is not None:
                query = query.where(m.id.in_([rid for k, rid in keys if k == kind]))
            for obj in s.scalars(query):
                if isinstance(obj, Asset):
                    masters.append((obj.sha256, obj.media_relpath))
                s.delete(obj)
                removed += 1
    for sha256, relpath in masters:
        _remove_files(archive, sha256, relpath)
    return removed


def _remove_files(archive: Archive, sha256: str, relpath: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        (archive.media_root / relpath).unlink()
    for size in SIZES:
        with contextlib.suppress(FileNotFoundError):
            thumbnail_path(archive.derivatives_dir, sha256, size).unlink()
