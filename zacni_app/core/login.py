"""Logging in: a user name and password become the `Actor` every service acts as.

Repeated guessing is slowed twice: each attempt costs an scrypt derivation (tens of milliseconds,
32 MiB), and after `MAX_FAILURES` wrong passwords in a row the account is locked for `LOCKOUT`.
A failed attempt is recorded in the audit ("login_failed") with the counter, never the password.

The log-in runs in a session of its own, outside the acting-user machinery: nobody is acting yet.
On PostgreSQL that session therefore runs as the PC's login role, which may read password hashes
and update the counter; the audit event is written here explicitly for the same reason.

A user without a password (the single-PC default `admin`) needs no log-in: `password_required`
says so, and the caller uses the user directly. `authenticate` refuses such a user, so a password
typed for an account that has none never counts as a success.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import AuditEvent, User
from archive_schema.base import utcnow
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import NotFoundError, PermissionDenied
from zacni_app.core.users import hash_password, verify_password

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
_WRONG = "wrong user name or password"


def password_required(archive: Archive, name: str) -> bool:
    """Whether `name` must log in with a password (False for a user that has none)."""
    with Session(archive.engine) as s:
        user = s.scalars(select(User).where(User.name == name)).first()
        if user is None:
            raise NotFoundError(f"no user named {name!r} in this archive")
        return user.password_hash is not None


def authenticate(archive: Archive, name: str, password: str, *, now: datetime | None = None) -> Actor:
    """The Actor for `name` if `password` is right; PermissionDenied (code "login_failed" or
    "locked") otherwise. `now` is the moment of the attempt (tests pass one to step past a lockout).
    """
    now = now or utcnow()
    with Session(archive.engine.execution_options(sqlite_begin="IMMEDIATE")) as s, s.begin():
        # FOR UPDATE (PostgreSQL) / BEGIN IMMEDIATE (SQLite): two PCs guessing at once count twice.
        user = s.scalars(select(User).where(User.name == name).with_for_update()).first()
        if user is None or not user.active or user.password_hash is None:
            verify_password(password, _decoy_hash())  # the same work: timing does not tell names apart
            _record(s, name, user, "login_failed", {}, _refusal_detail(user))
            failure: PermissionDenied = PermissionDenied(_refusal_message(user), code="login_failed")
        else:
            if user.locked_until is not None and user.locked_until > now:
                # Not even checked: a locked account cannot be used to test guesses.
                _record(s, user.name, user, "login_refused", {}, "account locked")
                failure = PermissionDenied(_locked_message(user.locked_until), code="locked")
            elif verify_password(password, user.password_hash):
                _succeed(s, user)
                return Actor(user.name, user.role)
            else:
                failure = _fail(s, user, now)
    raise failure  # raised after the block, so the counter and the audit event are committed


def _succeed(s: Session, user: User) -> None:
    if user.failed_logins or user.locked_until is not None:
        changes = {"failed_logins": [user.failed_logins, 0]}
        user.failed_logins = 0
        user.locked_until = None
        _record(s, user.name, user, "login", changes, "logged in: failure counter reset")


def _fail(s: Session, user: User, now: datetime) -> PermissionDenied:
    """Count a wrong password; the MAX_FAILURES-th in a row locks the account."""
    expired = user.locked_until is not None and user.locked_until <= now
    before = 0 if expired else (user.failed_logins or 0)
    user.failed_logins = before + 1
    user.locked_until = None
    changes: dict[str, list[Any]] = {"failed_logins": [before, user.failed_logins]}
    message = _WRONG
    if user.failed_logins >= MAX_FAILURES:
        user.locked_until = now + LOCKOUT
        changes["locked_until"] = [None, user.locked_until.isoformat()]
        message = f"{_WRONG}; {_locked_message(user.locked_until)}"
    _record(s, user.name, user, "login_failed", changes, "wrong password")
    return PermissionDenied(message, code="locked" if user.locked_until else "login_failed")


def _locked_message(until: datetime) -> str:
    local = until.astimezone()  # the PC's own clock time, as the user reads it
    return (
        f"account locked until {local:%H:%M} after {MAX_FAILURES} wrong passwords; "
        "an administrator can unlock it sooner with 'zacni user unlock NAME'"
    )


def _refusal_message(user: User | None) -> str:
    if user is not None and user.password_hash is None and user.active:
        return f"user {user.name!r} has no password; it is used without logging in"
    return _WRONG


def _refusal_detail(user: User | None) -> str:
    if user is None:
        return "unknown user name"  # the typed name is not kept: it may be a mistyped password
    return "account disabled" if not user.active else "account has no password"


def _record(
    s: Session, name: str, user: User | None, action: str, changes: dict[str, list[Any]], detail: str
) -> None:
    s.add(
        AuditEvent(
            at=utcnow(),
            user_name=name if user is not None else "?",
            action=action,
            entity="user_account",
            entity_id=user.id if user is not None else None,
            changes=changes,
            detail=detail,
        )
    )


@cache
def _decoy_hash() -> str:
    return hash_password("decoy password for unknown users")
