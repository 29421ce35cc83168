"""Counts for `zacni info` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_schema import Asset, Interview, Person, Story
from archive_schema.base import Base


def archive_counts(session: Session) -> dict[str, int]:
    """Live (not trashed) records of each main kind."""

    def live(model: type[Base]) -> int:
        column = model.deleted_at  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(model).where(column.is_(None))) or 0)

    return {
        "people": live(Person),
        "interviews": live(Interview),
        "assets": live(Asset),
        "stories": live(Story),
    }
