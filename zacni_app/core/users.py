"""Users of the archive and their roles; passwords are hashed with scrypt (memory-hard)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import ROLES, User
from archive_schema.base import utcnow
from zacni_app.core import records, validation
from zacni_app.core.access import actor_of, require
from zacni_app.core.errors import NotFoundError, ValidationError

_NAME = re.compile(r"^[\w.@-]{1,80}$")
#: scrypt with N=2^15, r=8: about 32 MiB and tens of milliseconds per attempt.
_N, _R, _P = 2**15, 8, 1
#: Shorter passwords fall to guessing even through scrypt; longer than this is a pasted file.
MIN_PASSWORD, MAX_PASSWORD = 8, 1024


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=64 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)


def add_user(
    session: Session, *, name: str, role: str, display_name: str | None = None, password: str | None = None
) -> User:
    require(session, "manage_users")
    cleaned = validation.required_text("name", name, max_len=80)
    if not _NAME.match(cleaned):
        raise ValidationError("name", "use letters, digits, '.', '-', '_' or '@' without spaces")
    if session.scalars(select(User).where(User.name == cleaned)).first() is not None:
        raise ValidationError("name", f"a user named {cleaned!r} exists already")
    user = User(
        name=cleaned,
        role=validation.choice("role", role, ROLES),
        display_name=validation.text("display_name", display_name, max_len=200),
        password_hash=hash_password(password) if password else None,
    )
    session.add(user)
    session.flush()
    return user


def check_password(password: str) -> str:
    """The password if acceptable: at least MIN_PASSWORD characters, not only spaces."""
    if not password.strip():
        raise ValidationError("password", "is empty")
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"is too short: use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise ValidationError("password", f"is longer than {MAX_PASSWORD} characters")
    return password


def user_named(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise NotFoundError(f"no user named {name!r} in this archive")
    return user


def set_password(session: Session, name: str, password: str) -> User:
    """Set a user's password: admins anyone's, everybody their own.

    A new password also lifts a lockout: the usual reason an administrator sets one is that the
    user forgot theirs and locked the account trying.
    """
    if actor_of(session).name != name:
        require(session, "manage_users")
    user = user_named(session, name)
    user.password_hash = hash_password(check_password(password))
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    return user


def unlock_user(session: Session, name: str) -> User:
    """Lift a lockout before it runs out (admins only); the failure counter starts again at 0."""
    require(session, "manage_users")
    user = user_named(session, name)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    return user


def list_users(session: Session) -> list[User]:
    require(session, "manage_users")
    return list(session.scalars(select(User).order_by(User.name)))


def get_user(session: Session, user_id: int) -> User:
    return records.get(session, User, user_id)


def user_dict(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "name": user.name,
        "display_name": user.display_name,
        "role": user.role,
        "active": user.active,
        "has_password": user.password_hash is not None,
        "failed_logins": user.failed_logins,
        "locked": user.locked_until is not None and user.locked_until > utcnow(),
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
    }
