"""Finished stories assembled from the archive for the website."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from archive_schema.base import Base, EditableMixin, TrashMixin, UidMixin, link_table
from archive_schema.catalogue import Interview, Person
from archive_schema.enums import STORY_STATUSES, check_in
from archive_schema.media import Asset

story_interview = link_table("story_interview", "story", "interview")
story_asset = link_table("story_asset", "story", "asset")
story_person = link_table("story_person", "story", "person")


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
