"""Which schema revisions this code knows, and how to drive Alembic from a connection.

Opening an archive only compares its revision with the newest one here, so that check reads
the migration files' names ("0003_index_queue.py" is revision "0003") instead of importing
Alembic and every migration: about 0.2 s off every `zacni` command and the window's start.
Alembic itself is imported only to upgrade. tests/test_schema.py checks the names against
Alembic's own walk of the revisions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> list[str]:
    """All revision ids from the first to the head, in order (from the migration files' names)."""
    names = (_REVISION_FILE.match(p.name) for p in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(m[1] for m in names if m)


def alembic_revisions() -> list[str]:
    """The same as Alembic walks them (slow: imports every migration); for the tests."""
    from alembic.script import ScriptDirectory

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
