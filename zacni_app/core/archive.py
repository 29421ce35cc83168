"""The archive folder: database, content-addressed media, derivatives, index and backups.

An archive is one folder (like a calibre library). `archive.sqlite3` holds the catalogue on a
single PC; on several PCs `archive.toml` names a PostgreSQL server and a shared media root.
The database is the single source of truth: everything under derivatives/ and index/ can be
rebuilt from it.
"""

from __future__ import annotations

import os
import sqlite3
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from archive_schema import User
from archive_schema.schema_version import alembic_config, head_revision, known_revisions, revision_number
from zacni_app.core import audit, index_queue, pg_roles, polish, storage_rules
from zacni_app.core.errors import ArchiveError, ConflictError, NotFoundError, PermissionDenied, SchemaError
from zacni_app.core.pg_backup import dump_postgres

SQLITE_NAME = "archive.sqlite3"
TOML_NAME = "archive.toml"
SUBDIRS = ("media", "derivatives", "index", "backups", "tmp")


@dataclass(frozen=True)
class Actor:
    """Who is acting: every service checks the role and every change is audited under the name."""

    name: str
    role: str


def default_archive_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Zacni", appauthor=False)) / "archiwum"


def resolve_archive_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """`--archive`, else $ZACNI_ARCHIVE, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("ZACNI_ARCHIVE")
    return Path(env).expanduser() if env else default_archive_dir()


def is_archive(root: Path) -> bool:
    return (root / SQLITE_NAME).exists() or (root / TOML_NAME).exists()


class Archive:
    """An open archive. Use `Archive.create()` or `Archive.open()`; close it when done."""

    def __init__(self, root: Path, engine: Engine, media_root: Path) -> None:
        self.root = root
        self.engine = engine
        self.media_root = media_root
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        audit.install(self._sessions)
        index_queue.install(self._sessions, self)  # search index: queued in, drained after commit
        if engine.dialect.name == "postgresql":
            # The server enforces the acting user's role too (grants, row-level security).
            pg_roles.enforce_roles(self._sessions, pg_roles.roles_for(engine))

    # -- folders ---------------------------------------------------------------------------
    @property
    def derivatives_dir(self) -> Path:
        return self.root / "derivatives"

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def tmp_dir(self) -> Path:
        """Temporary files live on the same filesystem as media/, so a rename is atomic."""
        return self.media_root / ".incoming"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    # -- life cycle ------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        root: Path,
        *,
        database_url: str | None = None,
        media_root: Path | None = None,
    ) -> Archive:
        """Make a new archive in `root` (created if needed) and bring its schema to the head.

        With `database_url`, the catalogue lives on that server; if the server already holds an
        archive (another PC ran init first) it is joined, not recreated.
        """
        root = root.expanduser().resolve()
        if is_archive(root):
            raise ArchiveError(f"{root} is already an archive")
        if root.exists() and not root.is_dir():
            raise ArchiveError(f"{root} exists and is not a folder")
        if not database_url:
            storage_rules.require_safe_folder(root)  # refused before anything is written there
        root.mkdir(parents=True, exist_ok=True)
        if database_url:
            _write_toml(root / TOML_NAME, database_url, media_root)
        archive = cls._connect(root)
        try:
            archive._migrate(backup=False)
            archive._ensure_admin()
        except BaseException:
            archive.close()
            raise
        return archive

    @classmethod
    def open(cls, root: Path, *, upgrade: bool = True) -> Archive:
        """Open an existing archive; an older schema is backed up, then upgraded."""
        root = root.expanduser().resolve()
        if not is_archive(root):
            raise ArchiveError(
                f"{root} is not a Zacni archive (no {SQLITE_NAME} or {TOML_NAME}); run 'zacni init'"
            )
        archive = cls._connect(root)
        try:
            archive._check_schema(upgrade=upgrade)
            archive._ensure_server_roles()
        except BaseException:
            archive.close()
            raise
        return archive

    @classmethod
    def _connect(cls, root: Path) -> Archive:
        settings = _read_toml(root / TOML_NAME)
        url = settings.get("database", {}).get("url")
        media = Path(settings.get("media", {}).get("root") or root / "media").expanduser()
        if not url:
            storage_rules.require_safe_folder(root)
        engine = _postgres_engine(url) if url else _sqlite_engine(root / SQLITE_NAME)
        for name in SUBDIRS:
            if name != "media":
                (root / name).mkdir(exist_ok=True)
        media.mkdir(parents=True, exist_ok=True)
        return cls(root, engine, media)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions --------------------------------------------------------------------------
    def actor(self, user: str) -> Actor:
        with self._sessions() as s:
            # Only the columns needed: a login limited to a reader role may not read password hashes.
            row = s.execute(select(User.name, User.role, User.active).where(User.name == user)).one_or_none()
        if row is None:
            raise NotFoundError(f"no user named {user!r} in this archive")
        if not row.active:
            raise PermissionDenied(f"user {user!r} is disabled")
        return Actor(row.name, row.role)

    @contextmanager
    def session(self, user: str | Actor = "admin") -> Iterator[Session]:
        """A read session (no commit); for lists and reports."""
        actor = user if isinstance(user, Actor) else self.actor(user)
        with self._sessions() as s:
            s.info["actor"] = actor
            try:
                yield s
            except ProgrammingError as exc:
                pg_roles.raise_if_refused(exc)  # the server refused the role something: say so plainly
                raise

    @contextmanager
    def transaction(self, user: str | Actor = "admin") -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        On SQLite the transaction starts with BEGIN IMMEDIATE, so a writer waits for the write
        lock up front (busy timeout) instead of failing half-way when another PC writes.
        """
        actor = user if isinstance(user, Actor) else self.actor(user)
        s = self._sessions(bind=self.engine.execution_options(sqlite_begin="IMMEDIATE"))
        s.info["actor"] = actor
        try:
            with s.begin():
                yield s
        except StaleDataError:
            # The row's version moved under us (another PC saved in between): nothing was written.
            raise ConflictError(
                "a record was changed by someone else while you were saving; nothing was overwritten, "
                "reload it and apply your change again"
            ) from None
        except ProgrammingError as exc:
            pg_roles.raise_if_refused(exc)
            raise
        except OperationalError as exc:
            storage_rules.raise_if_disk_full(exc, self.root)
            raise
        finally:
            s.close()

    # -- schema ----------------------------------------------------------------------------
    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()

    def schema_version(self) -> int:
        return revision_number(self.current_revision())

    def _check_schema(self, *, upgrade: bool) -> None:
        current = self.current_revision()
        known = known_revisions()
        if current == known[-1]:
            return
        if current is None:
            raise ArchiveError(f"{self.root} has no archive schema; run 'zacni init'")
        if current not in known:
            if revision_number(current) > revision_number(known[-1]):
                raise SchemaError(
                    f"this archive was made by a newer version of Zacni (schema {revision_number(current)}; "
                    f"this program knows up to {revision_number(known[-1])}): please update Zacni"
                )
            raise SchemaError(f"this archive has an unknown schema revision {current!r}")
        if not upgrade:
            raise SchemaError(
                f"this archive's schema {current} is older than {known[-1]}; it needs an upgrade"
            )
        self._migrate(backup=True)
        self._ensure_admin()

    def _migrate(self, *, backup: bool) -> None:
        current = self.current_revision()
        if current != head_revision():
            if backup and current is not None:
                self.backup_database(f"pre-upgrade-{current}")
            from alembic import command  # only now: importing Alembic costs every start ~0.2 s

            with self.engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
        self._ensure_server_roles()

    def _ensure_server_roles(self) -> None:
        """On PostgreSQL: the group roles, grants and policies exist for every table (pg_roles)."""
        if self.engine.dialect.name == "postgresql":
            pg_roles.ensure_roles(self.engine)

    def backup_database(self, label: str) -> Path:
        """A consistent copy of the database into backups/ (SQLite backup API, or pg_dump)."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        if not self.is_sqlite:
            return dump_postgres(self.engine.url, self.backups_dir / f"{label}-{stamp}.sql")
        target = self.backups_dir / f"{label}-{stamp}.sqlite3"
        partial = target.with_suffix(".partial")
        src = sqlite3.connect(self.root / SQLITE_NAME)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.replace(partial, target)
        return target

    def _ensure_admin(self) -> None:
        with self._sessions() as s, s.begin():
            s.info["actor"] = Actor("system", "admin")
            if s.scalars(select(User).limit(1)).first() is None:
                s.add(User(name="admin", role="admin", display_name="Administrator"))


# -- engines -------------------------------------------------------------------------------
def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (see "begin" below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed record survives power loss too, not just a killed process.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()
        storage_rules.require_safe_journal(dbapi_conn, path)
        dbapi_conn.create_collation("pl", polish.compare)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        raise ArchiveError(f"cannot open the database {path}: {exc.orig}") from None
    return engine


def _postgres_engine(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        first_line = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ArchiveError(f"cannot connect to the archive's database server: {first_line}") from None
    return engine


# -- archive.toml --------------------------------------------------------------------------
def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"{path} is not valid TOML: {exc}") from None


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write_toml(path: Path, database_url: str, media_root: Path | None) -> None:
    lines = ["# Zacni archive on a database server (see README: Several PCs)", "[database]"]
    lines.append(f"url = {_toml_string(database_url)}")
    if media_root is not None:
        lines += ["", "[media]", f"root = {_toml_string(str(media_root))}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
