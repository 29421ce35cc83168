"""Checks of values typed by people: each failure names the field and says what is wrong."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date

from zacni_app.core.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,30}$")


def text(field: str, value: str | None, *, max_len: int, required: bool = False) -> str | None:
    """Trimmed, NFC-normalised text; blank counts as missing."""
    if value is None or not value.strip():
        if required:
            raise ValidationError(field, "must not be empty")
        return None
    cleaned = unicodedata.normalize("NFC", value.strip())
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in cleaned):
        raise ValidationError(field, "contains control characters")
    if len(cleaned) > max_len:
        raise ValidationError(field, f"is {len(cleaned)} characters long; at most {max_len} allowed")
    return cleaned


def required_text(field: str, value: str | None, *, max_len: int) -> str:
    result = text(field, value, max_len=max_len, required=True)
    assert result is not None
    return result


def year(field: str, value: int | None, *, lowest: int = 1850) -> int | None:
    if value is None:
        return None
    this_year = date.today().year
    if not lowest <= value <= this_year:
        raise ValidationError(field, f"{value} is not a year between {lowest} and {this_year}")
    return value


def iso_date(field: str, value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date in the form YYYY-MM-DD") from None


def email(field: str, value: str | None) -> str | None:
    cleaned = text(field, value, max_len=254)
    if cleaned is not None and not _EMAIL.match(cleaned):
        raise ValidationError(field, f"{cleaned!r} is not an e-mail address")
    return cleaned


def phone(field: str, value: str | None) -> str | None:
    cleaned = text(field, value, max_len=60)
    if cleaned is not None and not _PHONE.match(cleaned):
        raise ValidationError(field, f"{cleaned!r} is not a phone number (digits, spaces, +, -, parentheses)")
    return cleaned


def choice(field: str, value: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValidationError(field, f"{value!r} is not one of: {', '.join(allowed)}")
    return value
