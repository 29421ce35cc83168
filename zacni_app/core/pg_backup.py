"""pg_dump of an archive kept on PostgreSQL (before a schema upgrade, and for backups)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from zacni_app.core.errors import ArchiveError


def dump_postgres(url: URL, target: Path) -> Path:
    """Write a plain-SQL dump of the database to `target` (via a .partial file, then renamed)."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise ArchiveError(
            "pg_dump is not installed: it is needed to back up the archive's PostgreSQL database "
            "(Debian/Ubuntu: apt-get install postgresql-client)"
        )
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = url.password
    args = [pg_dump, "--no-owner", "--file", str(target.with_suffix(".partial"))]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    args.append(url.database or "postgres")
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ArchiveError(f"pg_dump failed: {result.stderr.strip().splitlines()[-1:]}")
    os.replace(target.with_suffix(".partial"), target)
    return target
