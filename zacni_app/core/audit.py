"""Every change through the core is recorded: who, when, which record, which fields.

One session hook sees every insert, update and delete the ORM flushes, so no service can forget
to audit. Events are written in the same transaction as the change: both land or neither does.
Private person fields are recorded as changed but their values are masked, so the audit never
becomes a second copy of someone's phone number or address.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from archive_schema import AuditEvent, Person
from archive_schema.base import Base, utcnow

MASK = "•••"
_SKIPPED = frozenset({"created_at", "updated_at", "version"})
_PRIVATE: dict[str, frozenset[str]] = {
    "person": frozenset(Person.PRIVATE_FIELDS),
    "user_account": frozenset({"password_hash"}),
}


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


def _plain(value: Any) -> Any:
    """A JSON-safe copy of a column value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    try:
        json.dumps(value)
    except TypeError:
        return str(value)
    return value


def _entity(obj: Base) -> str:
    return str(obj.__table__.name)  # type: ignore[attr-defined]


def _column_changes(obj: Base, *, created: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    private = _PRIVATE.get(_entity(obj), frozenset())
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIPPED or key == "id":
            continue
        hist = state.attrs[key].history
        if created:
            after = getattr(obj, key)
            if after is None or after == [] or after == {}:
                continue
            before = None
        elif hist.has_changes():
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if before == after:
                continue
        else:
            continue
        if key in private:
            changes[key] = [MASK if before is not None else None, MASK if after is not None else None]
        else:
            changes[key] = [_plain(before), _plain(after)]
    return changes


def _after_flush(session: Session, _context: Any) -> None:
    actor = session.info.get("actor")
    user_name = getattr(actor, "name", "system")
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, AuditEvent) or not isinstance(obj, Base):
            continue
        rows.append(_row(user_name, "create", obj, _column_changes(obj, created=True)))
    for obj in session.dirty:
        if not isinstance(obj, Base) or isinstance(obj, AuditEvent) or not session.is_modified(obj):
            continue
        changes = _column_changes(obj, created=False)
        if changes:
            action = "trash" if "deleted_at" in changes and changes["deleted_at"][1] else "update"
            if "deleted_at" in changes and changes["deleted_at"][1] is None:
                action = "restore"
            rows.append(_row(user_name, action, obj, changes))
    for obj in session.deleted:
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            rows.append(_row(user_name, "delete", obj, {}))
    if rows:
        session.connection().execute(insert(AuditEvent), rows)


def _row(user_name: str, action: str, obj: Base, changes: dict[str, list[Any]]) -> dict[str, Any]:
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    entity_id = identity[0] if identity and len(identity) == 1 and isinstance(identity[0], int) else None
    detail = None
    if entity_id is None and identity:
        detail = json.dumps([_plain(v) for v in identity])

    return {
        "at": utcnow(),
        "user_name": user_name,
        "action": action,
        "entity": _entity(obj),
        "entity_id": entity_id,
        "changes": changes,
        "detail": detail,
    }
