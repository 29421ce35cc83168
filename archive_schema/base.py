"""Declarative base, portable column types and the mixin every editable row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

#: Stable constraint names, so Alembic migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as naive UTC, always handed back timezone-aware (UTC).

    SQLite keeps no zone; PostgreSQL would convert to the session zone. Storing naive UTC on both
    keeps comparisons and exports identical whichever database an archive uses.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column; attach a timezone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {datetime: UTCDateTime()}  # noqa: RUF012 - SQLAlchemy API


class EditableMixin:
    """Timestamps and a version counter for optimistic locking.

    SQLAlchemy adds ``AND version = :old`` to every UPDATE/DELETE of the row and raises
    StaleDataError when another session changed it first; the core turns that into a
    ConflictError. Services also compare a caller's expected version, so an edit made from a
    form loaded minutes ago cannot overwrite what another PC saved in between.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class UidMixin:
    """A globally unique id kept across archives, so exchanged records keep their identity."""

    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)


class TrashMixin:
    """Deleting from the GUI moves a record to the trash; emptying the trash deletes it."""

    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


def link_table(
    name: str, left: str, right: str, *, left_column: str | None = None, right_ondelete: str = "CASCADE"
) -> Table:
    """A many-to-many table: deleting the left record removes its links; the right side's rule is given."""
    left_col = left_column or f"{left}_id"
    return Table(
        name,
        Base.metadata,
        Column(left_col, ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(
            f"{right}_id", ForeignKey(f"{right}.id", ondelete=right_ondelete), primary_key=True, index=True
        ),
    )
