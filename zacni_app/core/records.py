"""Shared steps of every catalogue service: fetch a live record, check its version, apply edits."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from archive_schema.base import Base
from zacni_app.core.errors import ConflictError, NotFoundError, ValidationError

T = TypeVar("T", bound=Base)

#: field name → function turning the given value into the stored one (raising ValidationError)
Cleaners = Mapping[str, Callable[[Any], Any]]


def get(session: Session, model: type[T], record_id: int, *, include_trash: bool = False) -> T:
    obj = session.get(model, record_id)
    if obj is None or (not include_trash and getattr(obj, "deleted_at", None) is not None):
        raise NotFoundError(f"no {model.__tablename__.replace('_', ' ')} with id {record_id}")
    return obj


def check_version(obj: Base, expected_version: int | None) -> None:
    """Refuse to save over a change someone else saved after the caller loaded the record."""
    current = getattr(obj, "version", None)
    if expected_version is not None and current != expected_version:
        what = f"{obj.__tablename__.replace('_', ' ')} {getattr(obj, 'id', '?')}"
        raise ConflictError(
            f"{what} was changed by someone else (version {current}, you edited version {expected_version}); "
            "reload it and apply your change again"
        )


def apply_changes(obj: Base, changes: Mapping[str, Any], cleaners: Cleaners) -> list[str]:
    """Validate and set the given fields; returns the names of fields whose value changed."""
    unknown = set(changes) - set(cleaners)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field that can be edited here")
    cleaned = {field: cleaners[field](value) for field, value in changes.items()}
    # Read every current value before setting any: reading a deferred column (private fields) loads
    # it with a query, and that query's autoflush would split one edit into two audited updates.
    current = {field: getattr(obj, field) for field in cleaned}
    changed = [field for field, value in cleaned.items() if current[field] != value]
    for field in changed:
        setattr(obj, field, cleaned[field])
    return changed


def trash(session: Session, model: type[T], record_id: int, *, expected_version: int | None) -> T:
    """Move a record to the trash (restorable until the trash is emptied)."""
    from archive_schema.base import utcnow
    from zacni_app.core.access import require

    require(session, "delete")
    obj = get(session, model, record_id)
    check_version(obj, expected_version)
    setattr(obj, "deleted_at", utcnow())  # noqa: B010 - every trashable model has it, Base does not
    session.flush()
    return obj
