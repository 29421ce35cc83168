"""Shared scaffolding: fresh archives, a throwaway PostgreSQL server, the CLI in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.pg_cluster import PostgresCluster, PostgresUnavailable, start_cluster
from zacni_app.core.archive import Archive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def template_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One archive created through the real migrations, copied for each test (fast)."""
    root = tmp_path_factory.mktemp("template") / "archive"
    Archive.create(root).close()
    return root


@pytest.fixture
def archive_dir(template_archive: Path, tmp_path: Path) -> Path:
    target = tmp_path / "archive"
    shutil.copytree(template_archive, target)
    return target


@pytest.fixture
def archive(archive_dir: Path) -> Iterator[Archive]:
    arch = Archive.open(archive_dir)
    yield arch
    arch.close()


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresCluster]:
    try:
        cluster = start_cluster(tmp_path_factory.mktemp("pg"))
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL server cannot be started here: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster) -> Iterator[str]:
    """A fresh, empty database on the throwaway server."""
    name = "t_" + uuid.uuid4().hex[:12]
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(*args: str | Path, archive: Path | None = None, env: dict[str, str] | None = None) -> CliResult:
    """Run `zacni` as a user would, in a subprocess."""
    cmd = [sys.executable, "-m", "zacni_app.cli"]
    if archive is not None:
        cmd += ["--archive", str(archive)]
    cmd += [str(a) for a in args]
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    full_env.pop("ZACNI_DEBUG", None)
    done = subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=300, cwd=REPO)
    return CliResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli() -> Any:
    return run_cli
