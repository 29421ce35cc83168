"""Consent, users, the audit trail and archive-wide settings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from archive_schema.base import Base, EditableMixin, utcnow
from archive_schema.catalogue import Interview, Person
from archive_schema.enums import CONSENT_SCOPES, ROLES, check_in
from archive_schema.media import Asset


class Consent(EditableMixin, Base):
    """What a person agreed to, for one interview or (interview NULL) for all their material."""

    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint(check_in("scope", CONSENT_SCOPES), name="scope"),
        CheckConstraint(
            "withdrawn_on IS NULL OR signed_on IS NULL OR withdrawn_on >= signed_on", name="dates"
        ),
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[str] = mapped_column(String(20))
    signed_on: Mapped[date | None] = mapped_column()
    embargo_until: Mapped[date | None] = mapped_column()
    withdrawn_on: Mapped[date | None] = mapped_column()
    scan_asset_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()
    interview: Mapped[Interview | None] = relationship()
    scan: Mapped[Asset | None] = relationship()


class User(EditableMixin, Base):
    __tablename__ = "user_account"
    __table_args__ = (CheckConstraint(check_in("role", ROLES), name="role"),)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(12))
    password_hash: Mapped[str | None] = mapped_column(String(300), deferred=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEvent(Base):
    """One change: who, when, which record, and the changed fields as {field: [before, after]}.

    Written by the core in the same transaction as the change itself; never updated.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    detail: Mapped[str | None] = mapped_column(Text)


class ArchiveSetting(Base):
    """Archive-wide key/value settings (archive name, holding institution, last backup…)."""

    __tablename__ = "archive_setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
