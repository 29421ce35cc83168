"""Which schema revisions this code knows, and how to drive Alembic from a connection."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> list[str]:
    """All revision ids from the first to the head, in order."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return known_revisions()[-1]


def revision_number(revision: str | None) -> int:
    """Revisions are named '0001', '0002'…: the number is the archive's schema version."""
    if revision is None:
        return 0
    digits = revision.split("_", 1)[0]
    return int(digits) if digits.isdigit() else -1
