"""Models and migrations agree; archives are upgraded after a backup; newer ones are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from archive_schema import Base, Subject
from archive_schema.schema_version import alembic_config, head_revision, revision_number
from zacni_app.core.archive import Archive
from zacni_app.core.errors import ArchiveError, SchemaError


def _diff(url: str) -> list[object]:
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    return list(diff)


def _round_trip(url: str) -> None:
    """Down to nothing and up again: every migration's downgrade works too."""
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with engine.connect() as conn:
        tables = set(conn.dialect.get_table_names(conn)) - {"alembic_version"}
    assert tables == set()
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Subject)).scalar_one() >= 40
    engine.dispose()


def test_models_and_migrations_agree_on_sqlite(tmp_path: Path) -> None:
    assert _diff(f"sqlite:///{tmp_path / 'a.sqlite3'}") == []


def test_migrations_round_trip_on_sqlite(tmp_path: Path) -> None:
    _round_trip(f"sqlite:///{tmp_path / 'a.sqlite3'}")


@pytest.mark.postgres
def test_models_and_migrations_agree_on_postgres(pg_url: str) -> None:
    assert _diff(pg_url) == []


@pytest.mark.postgres
def test_migrations_round_trip_on_postgres(pg_url: str) -> None:
    _round_trip(pg_url)


def test_revisions_read_from_file_names_are_alembics_own() -> None:
    from archive_schema.schema_version import alembic_revisions, known_revisions

    assert known_revisions() == alembic_revisions()
    assert known_revisions()[0] == "0001" and len(known_revisions()) >= 3


def test_opening_an_archive_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    Archive.create(tmp_path / "arch").close()
    code = (
        "import sys; from pathlib import Path; from zacni_app.core.archive import Archive; "
        f"Archive.open(Path({str(tmp_path / 'arch')!r})).close(); print('alembic' in sys.modules)"
    )
    repo = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo)
    assert done.stdout.strip() == "False"


def test_new_archive_has_layout_wal_and_admin(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "arch") as archive:
        assert archive.schema_version() == revision_number(head_revision())
        for name in ("media", "derivatives", "index", "backups"):
            assert (archive.root / name).is_dir()
        with archive.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert archive.actor("admin").role == "admin"


def test_creating_over_an_archive_is_refused(tmp_path: Path) -> None:
    Archive.create(tmp_path / "arch").close()
    with pytest.raises(ArchiveError, match="already an archive"):
        Archive.create(tmp_path / "arch")


def test_opening_a_folder_that_is_not_an_archive(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="not a Zacni archive"):
        Archive.open(tmp_path)


def test_older_archive_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    engine = create_engine(f"sqlite:///{root / 'archive.sqlite3'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(text("INSERT INTO archive_setting (key, value) VALUES ('name', 'Stare archiwum')"))
    engine.dispose()

    with Archive.open(root) as archive:
        assert archive.current_revision() == head_revision()
        with archive.session("admin") as s:
            assert s.scalar(select(func.count()).select_from(Subject)) >= 40  # 0002 seeded the vocabulary
    backups = list((root / "backups").glob("pre-upgrade-0001-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert db.execute("SELECT value FROM archive_setting").fetchone() == ("Stare archiwum",)


def test_newer_archive_is_refused_and_left_untouched(tmp_path: Path) -> None:
    root = tmp_path / "new"
    Archive.create(root).close()
    with sqlite3.connect(root / "archive.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    before = (root / "archive.sqlite3").read_bytes()
    with pytest.raises(SchemaError, match="newer version of Zacni"):
        Archive.open(root)
    assert (root / "archive.sqlite3").read_bytes() == before
    assert list((root / "backups").iterdir()) == []


@pytest.mark.postgres
def test_archive_on_postgres_is_shared_by_two_folders(tmp_path: Path, pg_url: str) -> None:
    """A second PC running init with the same server joins the archive instead of recreating it."""
    with Archive.create(tmp_path / "pc1", database_url=pg_url, media_root=tmp_path / "shared") as first:
        assert first.engine.dialect.name == "postgresql"
        from zacni_app.core.people import add_person

        with first.transaction() as s:
            add_person(s, name="Zofia Żak")
    with Archive.create(tmp_path / "pc2", database_url=pg_url, media_root=tmp_path / "shared") as second:
        from zacni_app.core.people import list_people

        with second.session() as s:
            assert [p.name for p in list_people(s)] == ["Zofia Żak"]
        assert second.media_root == tmp_path / "shared"
