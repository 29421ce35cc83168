"""Files in the archive and the time-coded text that describes recordings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from archive_schema.base import Base, EditableMixin, TrashMixin, UidMixin, link_table
from archive_schema.catalogue import Collection, Interview, Person, Place, Subject
from archive_schema.enums import ACCESS_LEVELS, ASSET_KINDS, ASSET_PERSON_ROLES, check_in

asset_subject = link_table("asset_subject", "asset", "subject", right_ondelete="RESTRICT")

segment_subject = link_table(
    "segment_subject", "index_segment", "subject", left_column="segment_id", right_ondelete="RESTRICT"
)

segment_place = link_table(
    "segment_place", "index_segment", "place", left_column="segment_id", right_ondelete="RESTRICT"
)

#: A passage's own restriction: NULL inherits from its recording, "closed" hides just that range.
_PASSAGE_ACCESS = "access IS NULL OR " + check_in("access", ACCESS_LEVELS)


class Asset(EditableMixin, UidMixin, TrashMixin, Base):
    """A master file, stored once under media/ by its SHA-256 and never edited in place."""

    __tablename__ = "asset"
    __table_args__ = (
        CheckConstraint(check_in("kind", ASSET_KINDS), name="kind"),
        CheckConstraint(check_in("access", ACCESS_LEVELS), name="access"),
        CheckConstraint("size >= 0", name="size"),
        CheckConstraint("duration_ms IS NULL OR duration_ms >= 0", name="duration"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
    )
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(100))
    ext: Mapped[str] = mapped_column(String(10))
    original_name: Mapped[str] = mapped_column(String(500))
    source_path: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column()
    title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    access: Mapped[str] = mapped_column(String(10), default="staff")
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview.id", ondelete="SET NULL"), index=True
    )
    collection_id: Mapped[int | None] = mapped_column(ForeignKey("collection.id", ondelete="SET NULL"))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id", ondelete="SET NULL"))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"), index=True)
    # technical metadata the catalogue filters and sorts on
    duration_ms: Mapped[int | None] = mapped_column(BigInteger)
    codec: Mapped[str | None] = mapped_column(String(40))
    bitrate: Mapped[int | None] = mapped_column(Integer)
    sample_rate: Mapped[int | None] = mapped_column(Integer)
    channels: Mapped[int | None] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    orientation: Mapped[int | None] = mapped_column(Integer)
    #: As the camera's clock said it (EXIF has no zone): naive local time, not UTC.
    taken_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False), index=True)
    camera: Mapped[str | None] = mapped_column(String(200))
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    page_count: Mapped[int | None] = mapped_column(Integer)
    #: Everything else the file told us (embedded tags offered as suggestions, stream details).
    tech: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Problems found on import that did not stop it: [{"code", "detail"}].
    warnings: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)

    interview: Mapped[Interview | None] = relationship(back_populates="assets")
    collection: Mapped[Collection | None] = relationship()
    place: Mapped[Place | None] = relationship()
    subjects: Mapped[list[Subject]] = relationship(secondary=asset_subject)
    people: Mapped[list[AssetPerson]] = relationship(
        back_populates="asset", cascade="all, delete-orphan", passive_deletes=True
    )
    transcripts: Mapped[list[Transcript]] = relationship(
        back_populates="asset", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def media_relpath(self) -> str:
        """Where the master lives below the archive's media root (content-addressed)."""
        h = self.sha256
        return f"{h[:2]}/{h[2:4]}/{h}.{self.ext}"


class AssetPerson(Base):
    __tablename__ = "asset_person"
    __table_args__ = (CheckConstraint(check_in("role", ASSET_PERSON_ROLES), name="role"),)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(12), primary_key=True)

    asset: Mapped[Asset] = relationship(back_populates="people")
    person: Mapped[Person] = relationship()


class Transcript(EditableMixin, Base):
    __tablename__ = "transcript"
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(10), default="pl")
    source: Mapped[str | None] = mapped_column(String(300))

    asset: Mapped[Asset] = relationship(back_populates="transcripts")
    cues: Mapped[list[Cue]] = relationship(
        back_populates="transcript",
        cascade="all, delete-orphan",
        order_by="Cue.start_ms",
        passive_deletes=True,
    )


class Cue(Base):
    """One timed piece of a transcript. Cues change with their transcript (its version guards them)."""

    __tablename__ = "cue"
    __table_args__ = (
        CheckConstraint("start_ms >= 0", name="start"),
        CheckConstraint("end_ms >= start_ms", name="end_after_start"),
        CheckConstraint(_PASSAGE_ACCESS, name="access"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcript.id", ondelete="CASCADE"), index=True)
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int] = mapped_column(BigInteger)
    speaker: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    access: Mapped[str | None] = mapped_column(String(10))

    transcript: Mapped[Transcript] = relationship(back_populates="cues")


class IndexSegment(EditableMixin, Base):
    """An OHMS-style index point: a titled, described stretch of a recording."""

    __tablename__ = "index_segment"
    __table_args__ = (
        CheckConstraint("start_ms >= 0", name="start"),
        CheckConstraint("end_ms IS NULL OR end_ms >= start_ms", name="end_after_start"),
        CheckConstraint(_PASSAGE_ACCESS, name="access"),
    )
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id", ondelete="CASCADE"), index=True)
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int | None] = mapped_column(BigInteger)
    title: Mapped[str] = mapped_column(String(300))
    partial_transcript: Mapped[str | None] = mapped_column(Text)
    synopsis: Mapped[str | None] = mapped_column(Text)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    access: Mapped[str | None] = mapped_column(String(10))

    asset: Mapped[Asset] = relationship()
    subjects: Mapped[list[Subject]] = relationship(secondary=segment_subject)
    places: Mapped[list[Place]] = relationship(secondary=segment_place)


class Clip(EditableMixin, Base):
    """A marked range of a recording, publishable on its own when the whole may not be."""

    __tablename__ = "clip"
    __table_args__ = (
        CheckConstraint("start_ms >= 0", name="start"),
        CheckConstraint("end_ms > start_ms", name="end_after_start"),
    )
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id", ondelete="CASCADE"), index=True)
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int] = mapped_column(BigInteger)
    title: Mapped[str | None] = mapped_column(String(300))
    story_id: Mapped[int | None] = mapped_column(ForeignKey("story.id", ondelete="SET NULL"), index=True)

    asset: Mapped[Asset] = relationship()
