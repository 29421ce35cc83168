"""Finished stories assembled from the archive for the website."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from archive_schema.base import Base, EditableMixin, TrashMixin, UidMixin
from archive_schema.catalogue import Interview, Person
from archive_schema.enums import STORY_STATUSES, check_in
from archive_schema.media import Asset

story_interview = Table(
    "story_interview",
    Base.metadata,
    Column("story_id", ForeignKey("story.id", ondelete="CASCADE"), primary_key=True),
    Column("interview_id", ForeignKey("interview.id", ondelete="CASCADE"), primary_key=True, index=True),
)
story_asset = Table(
    "story_asset",
    Base.metadata,
    Column("story_id", ForeignKey("story.id", ondelete="CASCADE"), primary_key=True),
    Column("asset_id", ForeignKey("asset.id", ondelete="CASCADE"), primary_key=True, index=True),
)
story_person = Table(
    "story_person",
    Base.metadata,
    Column("story_id", ForeignKey("story.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Story(EditableMixin, UidMixin, TrashMixin, Base):
    __tablename__ = "story"
    __table_args__ = (CheckConstraint(check_in("status", STORY_STATUSES), name="status"),)
    title: Mapped[str] = mapped_column(String(300))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    lead: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    hero_asset_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id", ondelete="SET NULL"))
    published_at: Mapped[datetime | None] = mapped_column()

    hero: Mapped[Asset | None] = relationship(foreign_keys=[hero_asset_id])
    interviews: Mapped[list[Interview]] = relationship(secondary=story_interview)
    assets: Mapped[list[Asset]] = relationship(secondary=story_asset)
    people: Mapped[list[Person]] = relationship(secondary=story_person)
