"""Reading the audit trail: who changed what, when, filtered by time, record and user.

Who may read it: admins and cataloguers. The audit holds the before/after values of every record,
closed ones included, and notes which private fields changed; so a reader must be allowed to see
closed material and private details anyway (access.py: ceiling "closed" and "read_private"). Those
are exactly the roles that already see everything the audit could reveal; volunteers (no closed
material) and researchers would learn from it what their role hides. On PostgreSQL the grants
agree for researchers (no SELECT on audit_event); volunteers are kept out here, by the core.

Nothing here writes: the audit is append-only (see audit.py for the guard).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from archive_schema import AuditEvent
from archive_schema.base import Base
from zacni_app.core.access import actor_of, can, may_see
from zacni_app.core.archive import Actor
from zacni_app.core.errors import PermissionDenied, ValidationError

DEFAULT_LIMIT = 100
MAX_LIMIT = 100_000
#: Entities that are not tables: a fixity check of the whole archive.
_EXTRA_ENTITIES = ("archive",)
_ALIASES = {"user": "user_account", "segment": "index_segment"}


def may_read_audit(actor: Actor) -> bool:
    return can(actor, "read_private") and may_see(actor, "closed")


def known_entities() -> list[str]:
    return sorted({*Base.metadata.tables, *_EXTRA_ENTITIES, *_ALIASES})


def audit_events(
    session: Session,
    *,
    since: datetime | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    user_name: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> tuple[list[AuditEvent], int]:
    """The newest `limit` events matching every filter given, newest first, and how many match."""
    actor = actor_of(session)
    if not may_read_audit(actor):
        raise PermissionDenied(
            f"user {actor.name!r} ({actor.role}) may not read the audit trail "
            "(it shows closed records: admins and cataloguers only)"
        )
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError("limit", f"must be between 1 and {MAX_LIMIT}")
    query = _filtered(select(AuditEvent), since, entity, entity_id, user_name)
    total = session.scalar(_filtered(select(func.count(AuditEvent.id)), since, entity, entity_id, user_name))
    events = session.scalars(query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
    return list(events), int(total or 0)


def _filtered(
    query: Select[Any],
    since: datetime | None,
    entity: str | None,
    entity_id: int | None,
    user_name: str | None,
) -> Select[Any]:
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if entity is not None:
        query = query.where(AuditEvent.entity == entity_name(entity))
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == entity_id)
    if user_name is not None:
        query = query.where(AuditEvent.user_name == user_name)
    return query


def entity_name(entity: str) -> str:
    """The stored entity name for what a user typed ("user" means user_account)."""
    cleaned = entity.strip().lower()
    cleaned = _ALIASES.get(cleaned, cleaned)
    if cleaned not in Base.metadata.tables and cleaned not in _EXTRA_ENTITIES:
        choices = ", ".join(known_entities())
        raise ValidationError("entity", f"{entity!r} is not a kind of record; one of: {choices}")
    return cleaned


def parse_since(text: str) -> datetime:
    """A date (from the start of that day) or a date and time; without a zone, the PC's local time."""
    value = text.strip()
    try:
        if len(value) == 10:
            moment = datetime.combine(date.fromisoformat(value), time())
        else:
            moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            "since", f"{text!r} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # naive means the clock on the wall
    return moment.astimezone(UTC)


def event_dict(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "at": event.at.isoformat(),
        "user": event.user_name,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "changes": event.changes or {},
        "detail": event.detail,
    }


def event_line(event: dict[str, Any]) -> str:
    """One line of the readable table: local time, user, action, record, changed fields."""
    local = datetime.fromisoformat(event["at"]).astimezone()
    record = event["entity"] + (f" {event['entity_id']}" if event["entity_id"] is not None else "")
    what = ", ".join(_change_text(k, v) for k, v in event["changes"].items())
    if event["detail"] and not what:
        what = event["detail"]
    return f"{local:%Y-%m-%d %H:%M:%S}  {event['user']:<12} {event['action']:<14} {record:<22} {what}"


def _change_text(field: str, change: Any) -> str:
    if isinstance(change, list) and len(change) == 2:
        before, after = (_short(v) for v in change)
        return f"{field}: {before} → {after}"
    return f"{field}: {_short(change)}"


def _short(value: Any, width: int = 40) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"
