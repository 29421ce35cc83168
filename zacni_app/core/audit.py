"""Every change through the core is recorded: who, when, which record, which fields.

One session hook sees every insert, update and delete the ORM flushes, so no service can forget
to audit. Events are written in the same transaction as the change: both land or neither does.
Private person fields are recorded as changed but their values are masked, so the audit never
becomes a second copy of someone's phone number or address.

The audit is append-only through the app: a second hook refuses any ORM update or delete of an
AuditEvent and any UPDATE/DELETE statement on audit_event sent through a session. The one
exception is the erasure of a person on request (privacy.py), which masks values in earlier events
and must say so with the `REDACTION_OPTION` execution option. A bulk replacement of a transcript's
cues is recorded as one summary event per transcript (counts), not one event per cue.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import TextClause, event, insert, inspect
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session, sessionmaker

from archive_schema import AuditEvent, Cue, Person
from archive_schema.base import Base, utcnow
from zacni_app.core.errors import PermissionDenied

MASK = "•••"
_SKIPPED = frozenset({"created_at", "updated_at", "version"})
_PRIVATE: dict[str, frozenset[str]] = {
    "person": frozenset(Person.PRIVATE_FIELDS),
    "user_account": frozenset({"password_hash"}),
}


#: Execution option that lets privacy.erase_person mask values in earlier events (and nothing else).
REDACTION_OPTION = "zacni_audit_redaction"
#: More cue changes than this in one transcript and one flush are summarised in a single event.
BULK_CUES = 20
_REDACT_KEY = "zacni_audit_redact_before"
_DELETED_KEY = "zacni_audit_deleted"
_AUDIT_SQL = re.compile(r"^\s*(update|delete\s+from)\s+[\"`\[]?audit_event\b", re.IGNORECASE)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_flush", _refuse_audit_edits)
    event.listen(factory, "do_orm_execute", _refuse_audit_statements)
    if not event.contains(Base, "after_delete", _collect_deleted):
        # Rows the flush deletes as orphans (cues of a replaced transcript, links of a changed
        # list) are never in session.deleted; the mapper event sees every deleted row.
        event.listen(Base, "after_delete", _collect_deleted, propagate=True)


def _collect_deleted(_mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    session = object_session(target)
    if session is not None:
        session.info.setdefault(_DELETED_KEY, []).append(target)


@contextmanager
def redacting(session: Session) -> Iterator[None]:
    """Changes flushed inside record only the new values: erasing a person must not copy the
    name it removes into the audit as a "before" value."""
    session.info[_REDACT_KEY] = True
    try:
        yield
    finally:
        session.info.pop(_REDACT_KEY, None)


def _refuse_audit_edits(session: Session, _context: Any, _instances: Any) -> None:
    session.info[_DELETED_KEY] = []  # filled by _collect_deleted during this flush
    for obj in session.deleted:
        if isinstance(obj, AuditEvent):
            raise PermissionDenied("the audit trail cannot be deleted", code="audit_append_only")
    for obj in session.dirty:
        if isinstance(obj, AuditEvent) and session.is_modified(obj):
            raise PermissionDenied("the audit trail cannot be edited", code="audit_append_only")


def _refuse_audit_statements(state: ORMExecuteState) -> None:
    """UPDATE/DELETE on audit_event through a session, as a construct or as raw SQL text."""
    if state.execution_options.get(REDACTION_OPTION):
        return
    statement = state.statement
    table = getattr(statement, "table", None)
    targeted = (state.is_update or state.is_delete) and getattr(table, "name", None) == "audit_event"
    if targeted or (isinstance(statement, TextClause) and _AUDIT_SQL.search(statement.text)):
        raise PermissionDenied("the audit trail cannot be edited or deleted", code="audit_append_only")


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


def _column_changes(obj: Base, *, created: bool, redact_before: bool = False) -> dict[str, list[Any]]:
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
        elif redact_before:
            changes[key] = [MASK if before is not None else None, _plain(after)]
        else:
            changes[key] = [_plain(before), _plain(after)]
    return changes


def _after_flush(session: Session, _context: Any) -> None:
    actor = session.info.get("actor")
    user_name = getattr(actor, "name", "system")
    redact = bool(session.info.get(_REDACT_KEY))
    rows: list[dict[str, Any]] = []
    cues: dict[int, list[dict[str, Any]]] = {}

    def add(action: str, obj: Base, changes: dict[str, list[Any]]) -> None:
        row = _row(user_name, action, obj, changes)
        if isinstance(obj, Cue):
            cues.setdefault(obj.transcript_id, []).append(row)
        else:
            rows.append(row)

    for obj in session.new:
        if isinstance(obj, AuditEvent) or not isinstance(obj, Base):
            continue
        add("create", obj, _column_changes(obj, created=True))
    for obj in session.dirty:
        if not isinstance(obj, Base) or isinstance(obj, AuditEvent) or not session.is_modified(obj):
            continue
        changes = _column_changes(obj, created=False, redact_before=redact)
        if changes:
            action = "trash" if "deleted_at" in changes and changes["deleted_at"][1] else "update"
            if "deleted_at" in changes and changes["deleted_at"][1] is None:
                action = "restore"
            add(action, obj, changes)
    deleted = {id(obj): obj for obj in [*session.deleted, *session.info.pop(_DELETED_KEY, [])]}
    for obj in deleted.values():
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            add("delete", obj, {})
    for transcript_id, cue_rows in cues.items():
        rows.extend(cue_rows if len(cue_rows) <= BULK_CUES else [_cue_summary(transcript_id, cue_rows)])
    if rows:
        session.connection().execute(insert(AuditEvent), rows)


def _cue_summary(transcript_id: int, cue_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One event for a bulk change of a transcript's cues: who, when, and how many were removed,
    added and changed ("cues": [count removed, count added], as before/after of the cue set)."""
    counts = {"create": 0, "delete": 0, "update": 0}
    for row in cue_rows:
        counts[row["action"]] = counts.get(row["action"], 0) + 1
    changes: dict[str, list[Any]] = {"cues": [counts["delete"], counts["create"]]}
    if counts["update"]:
        fields = sorted({key for row in cue_rows if row["action"] == "update" for key in row["changes"]})
        changes["cues_changed"] = [None, counts["update"]]
        changes["fields"] = [None, fields]
    detail = (
        f"transcript cues replaced: {counts['delete']} removed, {counts['create']} added, "
        f"{counts['update']} changed"
    )
    first = cue_rows[0]
    return {**first, "action": "cues_replaced", "entity": "transcript", "entity_id": transcript_id,
            "changes": changes, "detail": detail}  # fmt: skip


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
