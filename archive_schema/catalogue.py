"""People, interviews and the vocabularies that describe them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from archive_schema.base import Base, EditableMixin, TrashMixin, UidMixin, link_table
from archive_schema.enums import ACCESS_LEVELS, INTERVIEW_STATUSES, PARTICIPANT_ROLES, check_in

if TYPE_CHECKING:
    from archive_schema.media import Asset

interview_subject = link_table("interview_subject", "interview", "subject", right_ondelete="RESTRICT")

person_subject = link_table("person_subject", "person", "subject", right_ondelete="RESTRICT")


class Institution(EditableMixin, UidMixin, Base):
    """A holding institution: the centre itself or a partner of the coalition (provenance)."""

    __tablename__ = "institution"
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(60))
    isil: Mapped[str | None] = mapped_column(String(40), unique=True)
    website: Mapped[str | None] = mapped_column(String(500))


class Place(EditableMixin, UidMixin, TrashMixin, Base):
    """A locality or a spot; `teryt` is the SIMC code of the Polish register of localities."""

    __tablename__ = "place"
    __table_args__ = (
        CheckConstraint("latitude IS NULL OR (latitude >= -90 AND latitude <= 90)", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR (longitude >= -180 AND longitude <= 180)", name="longitude_range"
        ),
    )
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str | None] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"), index=True)
    teryt: Mapped[str | None] = mapped_column(String(14))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    parent: Mapped[Place | None] = relationship(remote_side="Place.id")


class Subject(EditableMixin, UidMixin, Base):
    """A term of the hobby/topic thesaurus (hierarchical, Polish labels, optional English)."""

    __tablename__ = "subject"
    __table_args__ = (UniqueConstraint("label"),)
    label: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id", ondelete="SET NULL"), index=True)
    scope_note: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Subject | None] = relationship(remote_side="Subject.id")


class Collection(EditableMixin, UidMixin, TrashMixin, Base):
    __tablename__ = "collection"
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id", ondelete="SET NULL"))


class Person(EditableMixin, UidMixin, TrashMixin, Base):
    """A narrator, interviewer, photographer… `phone`, `email` and `address` are private:
    they never leave the archive and nobody below staff sees them. They are deferred (loaded
    together, only when read), so listing people never selects them: on PostgreSQL a reader
    role has no SELECT on those columns at all."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("birth_year IS NULL OR (birth_year > 1800 AND birth_year < 2200)", name="birth_year"),
        CheckConstraint(check_in("access", ACCESS_LEVELS), name="access"),
    )
    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    death_year: Mapped[int | None] = mapped_column(Integer)
    locality: Mapped[str | None] = mapped_column(String(200))
    bio: Mapped[str | None] = mapped_column(Text)
    access: Mapped[str] = mapped_column(String(10), default="research")
    notes: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(60), deferred=True, deferred_group="private")
    email: Mapped[str | None] = mapped_column(String(254), deferred=True, deferred_group="private")
    address: Mapped[str | None] = mapped_column(Text, deferred=True, deferred_group="private")

    subjects: Mapped[list[Subject]] = relationship(secondary=person_subject)
    participations: Mapped[list[InterviewPerson]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    #: Columns that never leave the archive (exports, search results for researchers).
    PRIVATE_FIELDS = ("phone", "email", "address")


class Interview(EditableMixin, UidMixin, TrashMixin, Base):
    __tablename__ = "interview"
    __table_args__ = (
        CheckConstraint(check_in("status", INTERVIEW_STATUSES), name="status"),
        CheckConstraint(check_in("access", ACCESS_LEVELS), name="access"),
    )
    title: Mapped[str] = mapped_column(String(300))
    recorded_on: Mapped[date | None] = mapped_column()
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="SET NULL"), index=True)
    language: Mapped[str] = mapped_column(String(10), default="pl")
    summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    access: Mapped[str] = mapped_column(String(10), default="staff")
    collection_id: Mapped[int | None] = mapped_column(ForeignKey("collection.id", ondelete="SET NULL"))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id", ondelete="SET NULL"))
    provenance: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    place: Mapped[Place | None] = relationship()
    subjects: Mapped[list[Subject]] = relationship(secondary=interview_subject)
    participants: Mapped[list[InterviewPerson]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        order_by="InterviewPerson.position",
        passive_deletes=True,
    )
    assets: Mapped[list[Asset]] = relationship(back_populates="interview")

    def people(self, role: str) -> list[Person]:
        return [p.person for p in self.participants if p.role == role]


class InterviewPerson(Base):
    """Who took part in an interview and as what (narrator, interviewer…)."""

    __tablename__ = "interview_person"
    __table_args__ = (CheckConstraint(check_in("role", PARTICIPANT_ROLES), name="role"),)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(12), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    interview: Mapped[Interview] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship(back_populates="participations")
