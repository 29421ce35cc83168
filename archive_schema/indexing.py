"""The search index's to-do list: which records changed since the index last saw them.

The Whoosh index is derived and lives outside the database, so it cannot join the database's
transactions. Instead every change appends (entity, id) rows here in the same transaction as the
change itself (calibre's "dirtied" table). Whoever reads the index first applies every row with an
id above the one the index remembers having applied, so a crash between commit and indexing leaves
work queued, never a silently stale index. Ids only grow (AUTOINCREMENT on SQLite), which is what
lets an index tell the rows it has applied from those it has not.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from archive_schema.base import Base, utcnow

#: What a queue row may name; the index knows how to rebuild the documents of each.
INDEXED_ENTITIES = (
    "person",
    "interview",
    "asset",
    "transcript",
    "segment",
    "story",
    "place",
    "subject",
    "collection",
)


class IndexQueueEntry(Base):
    """One changed record the search index has to look at again (no foreign key: it may be gone)."""

    __tablename__ = "index_queue"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy API
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
