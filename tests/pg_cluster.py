"""A throwaway PostgreSQL cluster for the tests.

``start_cluster(basedir)`` runs ``initdb`` and ``pg_ctl start`` on a free loopback port and returns a
:class:`PostgresCluster`; ``stop()`` shuts it down (``pg_ctl stop -m fast``). The superuser is ``zacni``
with ``trust`` authentication, so URLs carry no password. The server listens on 127.0.0.1 only.

Binaries: ``initdb``/``pg_ctl`` on PATH, else the highest ``/usr/lib/postgresql/*/bin`` (Debian's
``postgresql`` package). When they are missing or the cluster cannot start, :class:`PostgresUnavailable`
says exactly why (with the tail of initdb's stderr or of the server log).

Running as root: initdb refuses to run as root, so the cluster lives in a fresh
``/tmp/zacni-pg-XXXX`` (mode 0755, owned by the ``postgres`` system user that Debian's package
creates) and initdb/pg_ctl run through ``runuser -u postgres --``. That directory is removed on stop.
(``basedir`` is not used then: a pytest tmp dir is usually not traversable by ``postgres``.)

Cleaning up when the Python process dies: ``stop()`` is registered with :mod:`atexit`, and a small
watchdog process (in its own session) holds a pipe from this process; when the pipe closes without a
"stopped" message — the test run was killed, even with ``kill -9`` — the watchdog stops the server
(``-m immediate``) and removes the ``/tmp/zacni-pg-*`` directory. Only if the watchdog is killed too
(``kill -9`` of both, the OOM killer, a reboot) may a stale server or ``/tmp/zacni-pg-*`` remain; remove
it with ``pg_ctl -D /tmp/zacni-pg-XXXX/data stop -m immediate`` (as ``postgres``) and ``rm -rf``.

This module has no pytest fixtures; ``conftest.py`` builds them on top of it.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUPERUSER = "zacni"
HOST = "127.0.0.1"
_START_ATTEMPTS = 3
_TIMEOUT_S = 60
_DB_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
# Longest socket directory that still leaves room for "/.s.PGSQL.NNNNN" within sun_path (108 bytes).
_MAX_SOCKET_DIR = 88


class PostgresUnavailable(Exception):
    """No throwaway PostgreSQL server can be started here; the message says why."""


@dataclass
class PostgresCluster:
    """A running throwaway cluster. Connect as ``zacni`` over TCP to ``host:port``."""

    datadir: Path
    port: int
    host: str = HOST
    user: str = SUPERUSER
    bindir: Path = field(default=Path("/usr/lib/postgresql/bin"), repr=False)
    run_as: tuple[str, ...] = field(default=(), repr=False)
    cleanup_dir: Path | None = field(default=None, repr=False)
    _watchdog: subprocess.Popen[bytes] | None = field(default=None, repr=False, compare=False)
    _stopped: bool = field(default=False, repr=False, compare=False)

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL (psycopg 3 driver) of ``database`` on this cluster."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """``CREATE DATABASE name`` (UTF8, template0); returns its SQLAlchemy URL."""
        psycopg, sql = _psycopg()
        _check_db_name(name)
        with psycopg.connect(**self._conninfo(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name))
            )
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """``DROP DATABASE IF EXISTS name WITH (FORCE)`` — open connections are terminated."""
        psycopg, sql = _psycopg()
        _check_db_name(name)
        with psycopg.connect(**self._conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def stop(self) -> None:
        """Stop the server (``pg_ctl stop -m fast``) and remove the root-mode temp dir. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        with contextlib.suppress(ValueError):
            atexit.unregister(self.stop)
        try:
            pg_ctl = [*self.run_as, str(self.bindir / "pg_ctl"), "stop", "-D", str(self.datadir), "-w"]
            if (self.datadir / "postmaster.pid").exists():
                result = _run([*pg_ctl, "-t", str(_TIMEOUT_S), "-m", "fast"])
                if result.returncode != 0 and (self.datadir / "postmaster.pid").exists():
                    _run([*pg_ctl, "-t", str(_TIMEOUT_S), "-m", "immediate"])
        finally:
            if self.cleanup_dir is not None:
                shutil.rmtree(self.cleanup_dir, ignore_errors=True)
            _dismiss_watchdog(self._watchdog)
            self._watchdog = None

    def _conninfo(self, database: str = "postgres") -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "user": self.user, "dbname": database}


def start_cluster(basedir: Path) -> PostgresCluster:
    """initdb + ``pg_ctl start`` on a free loopback port; returns once the server accepts connections."""
    _psycopg()  # fail early, with a clear message, when the postgres extra is not installed
    bindir = find_bindir()
    run_as: tuple[str, ...] = ()
    cleanup_dir: Path | None = None
    if os.geteuid() == 0:
        run_as = _runuser_prefix()
        root = Path(tempfile.mkdtemp(prefix="zacni-pg-", dir="/tmp"))
        cleanup_dir = root
        owner = pwd.getpwnam("postgres")
        os.chmod(root, 0o755)
        os.chown(root, owner.pw_uid, owner.pw_gid)
        datadir = root / "data"
    else:
        basedir.mkdir(parents=True, exist_ok=True)
        datadir = Path(tempfile.mkdtemp(prefix="pg-", dir=basedir)) / "data"
    cluster = PostgresCluster(datadir=datadir, port=0, bindir=bindir, run_as=run_as, cleanup_dir=cleanup_dir)
    # Guard the cluster from the start: a run killed during initdb leaves nothing behind either.
    atexit.register(cluster.stop)
    cluster._watchdog = _start_watchdog(cluster)
    try:
        _initdb(bindir, datadir, run_as)
        _configure(datadir)
        cluster.port = _start(bindir, datadir, run_as)
        _wait_until_ready(cluster)
    except BaseException:
        cluster.stop()
        raise
    return cluster


def find_bindir() -> Path:
    """The directory holding initdb, pg_ctl and postgres: PATH first, then /usr/lib/postgresql/*/bin."""
    initdb = shutil.which("initdb")
    if initdb is not None:
        candidate = Path(initdb).resolve().parent
        if _complete(candidate):
            return candidate
    versions = []
    for bindir in Path("/usr/lib/postgresql").glob("*/bin"):
        with contextlib.suppress(ValueError):
            versions.append((float(bindir.parent.name), bindir))
    for _version, bindir in sorted(versions, reverse=True):
        if _complete(bindir):
            return bindir
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found: no initdb/pg_ctl on PATH and none in "
        "/usr/lib/postgresql/*/bin (install Debian's 'postgresql' package: scripts/bootstrap.sh test)"
    )


def _complete(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in ("initdb", "pg_ctl", "postgres"))


def _runuser_prefix() -> tuple[str, ...]:
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresUnavailable(
            "running as root, and initdb refuses to run as root, but there is no 'postgres' system user "
            "to run it as (Debian's 'postgresql' package creates it)"
        ) from None
    runuser = shutil.which(
        "runuser", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    )
    if runuser is None:
        raise PostgresUnavailable("running as root, but 'runuser' (util-linux) is not available")
    return (runuser, "-u", "postgres", "--")


def _initdb(bindir: Path, datadir: Path, run_as: tuple[str, ...]) -> None:
    base = [*run_as, str(bindir / "initdb"), "-D", str(datadir), "-A", "trust", "-U", SUPERUSER]
    base += ["--encoding=UTF8"]
    result = _run([*base, "--locale=C.UTF-8"])
    if result.returncode != 0 and "locale" in result.stderr.lower():
        shutil.rmtree(datadir, ignore_errors=True)  # initdb may leave an empty directory behind
        result = _run([*base, "--no-locale"])
    if result.returncode != 0:
        raise PostgresUnavailable(
            f"initdb failed (exit {result.returncode}): {_tail(result.stderr or result.stdout)}"
        )


def _configure(datadir: Path) -> None:
    """Loopback only, no durability (a test cluster), sockets in the data dir when the path is short."""
    socket_dir = str(datadir) if len(str(datadir)) <= _MAX_SOCKET_DIR else ""
    settings = {
        "listen_addresses": "127.0.0.1",
        "unix_socket_directories": socket_dir,
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "max_connections": "50",
        "shared_buffers": "32MB",
        "logging_collector": "off",
    }
    lines = [f"{key} = '{value.replace(chr(39), chr(39) * 2)}'" for key, value in settings.items()]
    with (datadir / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\n# zacni test cluster\n" + "\n".join(lines) + "\n")


def _start(bindir: Path, datadir: Path, run_as: tuple[str, ...]) -> int:
    """``pg_ctl start`` on a free port; retries with another port if it was taken in the meantime."""
    log = datadir / "server.log"
    for attempt in range(_START_ATTEMPTS):
        port = _free_port()
        offset = log.stat().st_size if log.exists() else 0
        pg_ctl = [*run_as, str(bindir / "pg_ctl"), "start", "-D", str(datadir), "-l", str(log), "-w"]
        result = _run([*pg_ctl, "-t", str(_TIMEOUT_S), "-o", f"-p {port}"])
        if result.returncode == 0:
            return port
        server_log = _read_from(log, offset)
        if "could not bind" in server_log and attempt + 1 < _START_ATTEMPTS:
            continue
        raise PostgresUnavailable(
            f"pg_ctl start failed (exit {result.returncode}): {_tail(result.stderr or result.stdout)}\n"
            f"server log ({log}):\n{_tail(server_log)}"
        )
    raise AssertionError("unreachable")


def _wait_until_ready(cluster: PostgresCluster) -> None:
    psycopg, _sql = _psycopg()
    deadline = time.monotonic() + _TIMEOUT_S
    while True:
        try:
            with psycopg.connect(**cluster._conninfo(), connect_timeout=5) as conn:
                conn.execute("SELECT 1")
            return
        except psycopg.OperationalError as error:
            if time.monotonic() > deadline:
                log = _read_from(cluster.datadir / "server.log", 0)
                raise PostgresUnavailable(
                    f"PostgreSQL on {cluster.host}:{cluster.port} did not accept connections: {error}\n"
                    f"server log:\n{_tail(log)}"
                ) from error
            time.sleep(0.1)


_WATCHDOG = """
import json, shutil, signal, subprocess, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGHUP, signal.SIG_IGN)
stop_cmd, cleanup_dir = json.loads(sys.argv[1])
if sys.stdin.buffer.read() != b"stopped":
    subprocess.run(stop_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    if cleanup_dir:
        shutil.rmtree(cleanup_dir, ignore_errors=True)
"""


def _start_watchdog(cluster: PostgresCluster) -> subprocess.Popen[bytes] | None:
    """A process that stops the server if this one dies without calling ``stop()`` (see module doc)."""
    stop_cmd = [*cluster.run_as, str(cluster.bindir / "pg_ctl"), "stop", "-D", str(cluster.datadir)]
    stop_cmd += ["-m", "immediate", "-w", "-t", str(_TIMEOUT_S)]
    cleanup = str(cluster.cleanup_dir) if cluster.cleanup_dir is not None else ""
    try:
        return subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, json.dumps([stop_cmd, cleanup])],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd="/",
            start_new_session=True,
        )
    except OSError:
        return None  # atexit still stops the server on a normal exit


def _dismiss_watchdog(watchdog: subprocess.Popen[bytes] | None) -> None:
    if watchdog is None or watchdog.stdin is None:
        return
    with contextlib.suppress(OSError):
        watchdog.stdin.write(b"stopped")
        watchdog.stdin.close()
    try:
        watchdog.wait(timeout=10)
    except subprocess.TimeoutExpired:
        watchdog.kill()
        watchdog.wait()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _run(cmd: Sequence[str]) -> subprocess.CompletedProcess[str]:
    # PG* variables of the developer's shell (PGDATA, PGPORT, PGHOST…) must not steer the test cluster.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env["LC_MESSAGES"] = "C"
    try:
        return subprocess.run(
            list(cmd), cwd="/", env=env, capture_output=True, text=True, errors="replace", check=False
        )
    except OSError as error:
        raise PostgresUnavailable(f"could not run {cmd[0]}: {error}") from error


def _read_from(path: Path, offset: int) -> str:
    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return "(no server log)"


def _tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.strip().splitlines()[-lines:]) or "(no output)"


def _check_db_name(name: str) -> None:
    if not _DB_NAME.match(name):
        raise ValueError(f"not a plain database name: {name!r}")


def _psycopg() -> tuple[Any, Any]:
    try:
        import psycopg
        from psycopg import sql
    except ImportError as error:
        raise PostgresUnavailable(
            f"psycopg (v3) is not installed: {error} (pip install -e '.[test,postgres]')"
        ) from error
    return psycopg, sql
