"""Errors a user can act on.

Every error raised to a user derives from `ZacniError`: the CLI prints its message as one line on
stderr (never a traceback) and the GUI shows it translated. `code` is a stable machine name used
in JSON reports and as the key for the Polish message in the GUI.
"""

from __future__ import annotations


class ZacniError(Exception):
    """Something the user asked for cannot be done; the message says why."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class ValidationError(ZacniError):
    """A value given for a field is not acceptable; `field` names it (for a message beside it)."""

    code = "invalid"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.detail = message


class NotFoundError(ZacniError):
    code = "not_found"


class ConflictError(ZacniError):
    """Someone else saved the record first (optimistic locking); nothing was overwritten."""

    code = "conflict"


class PermissionDenied(ZacniError):
    code = "permission_denied"


class SchemaError(ZacniError):
    """The archive's database is of a schema this program cannot use (e.g. newer than it knows)."""

    code = "schema"


class ArchiveError(ZacniError):
    """The archive folder is missing, unreadable or not an archive."""

    code = "archive"
