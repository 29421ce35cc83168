"""The PostgreSQL server itself refuses what the acting user's role may not do (pg_roles).

Every statement below is raw SQL sent on the connection of the archive's own sessions, as a buggy or
forgotten service would send it: the app's checks (access.py, session hooks) are bypassed on purpose,
so what is refused here is refused by the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from archive_schema import Asset, Cue, IndexSegment, Interview, Transcript
from tests.pg_cluster import PostgresCluster
from zacni_app.core import pg_roles
from zacni_app.core.archive import Archive
from zacni_app.core.errors import PermissionDenied
from zacni_app.core.people import add_person, list_people
from zacni_app.core.users import add_user

pytestmark = pytest.mark.postgres

USERS = {"ula": "researcher", "wojtek": "volunteer", "kasia": "cataloguer"}


@pytest.fixture
def pg_archive(tmp_path: Path, pg_url: str) -> Iterator[Archive]:
    """A PostgreSQL archive with one user per role and material at every access level."""
    archive = Archive.create(tmp_path / "pc", database_url=pg_url, media_root=tmp_path / "media")
    with archive.transaction("admin") as s:
        for name, role in USERS.items():
            add_user(s, name=name, role=role)
        add_person(s, name="Zofia Łąkowska", phone="+48 600 100 200", email="zofia@example.pl")
        _material(s)
    yield archive
    archive.close()


def _material(s: Session) -> None:
    interviews = {level: Interview(title=f"Wywiad {level}", access=level) for level in ("public", "closed")}
    interviews["research"] = Interview(title="Wywiad o pszczołach", access="research")
    interviews["staff"] = Interview(title="Wywiad żółć", access="staff")
    s.add_all(interviews.values())
    visible = _asset(s, "nagranie badawcze", "research", interviews["research"])
    _asset(s, "nagranie służbowe", "staff", None)
    _asset(s, "nagranie z zamkniętego wywiadu", "research", interviews["closed"])
    hidden = _asset(s, "nagranie zamknięte", "closed", None)
    for asset in (visible, hidden):
        s.add(
            Transcript(
                asset=asset,
                cues=[
                    Cue(start_ms=0, end_ms=1000, text=f"{asset.title}: o łące", access=None),
                    Cue(start_ms=1000, end_ms=2000, text=f"{asset.title}: o sąsiedzie", access="closed"),
                ],
            )
        )
        s.add(IndexSegment(asset=asset, start_ms=0, title=f"{asset.title}: początek"))
        s.add(IndexSegment(asset=asset, start_ms=1000, title=f"{asset.title}: tajemnica", access="staff"))


def _asset(s: Session, title: str, access: str, interview: Interview | None) -> Asset:
    asset = Asset(
        sha256=uuid.uuid4().hex * 2,
        kind="audio",
        size=1,
        mime="audio/wav",
        ext="wav",
        original_name=f"{title}.wav",
        imported_at=datetime.now(UTC),
        title=title,
        access=access,
        interview=interview,
    )
    s.add(asset)
    return asset


def _rows(archive: Archive, user: str, sql: str) -> list[str]:
    with archive.session(user) as s:
        return sorted(str(v) for v in s.connection().execute(text(sql)).scalars())


def _refused(archive: Archive, user: str, sql: str) -> str:
    """Run `sql` as `user`; it must be refused by the server. Returns the message.

    Sent on the session's connection, below the ORM: the app's own guards (session hooks) never see
    it, so only the server can refuse it.
    """
    with (
        pytest.raises(PermissionDenied, match="database server refused") as caught,
        archive.transaction(user) as s,
    ):
        s.connection().exec_driver_sql(sql)
    return str(caught.value)


# -- roles ---------------------------------------------------------------------------------------
def test_group_roles_are_per_database_nologin_and_granted_to_the_creator(pg_archive: Archive) -> None:
    roles = pg_roles.roles_for(pg_archive.engine)
    database = pg_archive.engine.url.database
    assert roles.names == {
        r: f"zacni_{database}_{r}" for r in ("admin", "cataloguer", "volunteer", "researcher")
    }
    with pg_archive.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT rolname, rolcanlogin, pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
                "WHERE rolname = ANY(:n)"
            ),
            {"n": roles.all()},
        ).all()
    assert sorted(rows) == sorted((name, False, True) for name in roles.all())
    with pg_archive.session("ula") as s:
        assert s.execute(text("SELECT current_user")).scalar_one() == roles.of("researcher")
    with pg_archive.transaction("kasia") as s:
        assert s.execute(text("SELECT current_user")).scalar_one() == roles.of("cataloguer")


def test_long_database_names_get_distinct_roles_within_the_limit() -> None:
    first = pg_roles.server_roles("archiwum_" + "ą" * 40 + "_pierwsze")
    second = pg_roles.server_roles("archiwum_" + "ą" * 40 + "_drugie")
    for name in first.all() + second.all():
        assert len(name.encode()) <= 63
    assert set(first.all()).isdisjoint(second.all())


def test_role_ends_with_the_transaction(pg_archive: Archive) -> None:
    """A pooled connection never carries a researcher's role into the next user's work."""
    for _ in range(3):
        with pg_archive.session("ula") as s:
            assert _count(s, "interview") == 2
        with pg_archive.session("admin") as s:
            assert _count(s, "interview") == 4
        with pg_archive.engine.connect() as conn:  # the login itself, between sessions
            assert conn.execute(text("SELECT current_user = session_user")).scalar_one() is True


def _count(s: Session, table: str) -> int:
    return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_one_archives_roles_have_no_rights_in_another_archive_on_the_same_server(
    pg_archive: Archive, pg_cluster: PostgresCluster, tmp_path: Path
) -> None:
    other_db = "t_" + uuid.uuid4().hex[:12]
    other_url = pg_cluster.create_database(other_db)
    try:
        Archive.create(tmp_path / "other", database_url=other_url).close()
        admin_here = pg_roles.roles_for(pg_archive.engine).of("admin")
        engine = create_engine(other_url)
        with engine.connect() as conn:
            conn.exec_driver_sql(f'SET ROLE "{admin_here}"')
            with pytest.raises(Exception, match="permission denied for table person"):
                conn.execute(text("SELECT name FROM person"))
        engine.dispose()
    finally:
        pg_cluster.drop_database(other_db)


# -- what each role may do -------------------------------------------------------------------------
def test_researcher_cannot_change_anything(pg_archive: Archive) -> None:
    for sql in (
        "DELETE FROM person",
        "UPDATE person SET bio = 'zmienione'",
        "INSERT INTO subject (label, created_at, updated_at, version, uid) "
        "VALUES ('pszczelarstwo miejskie', now(), now(), 1, 'x')",
        "UPDATE interview SET title = 'zmienione'",
        "DELETE FROM cue",
    ):
        assert "permission denied" in _refused(pg_archive, "ula", sql)
    assert _rows(pg_archive, "admin", "SELECT name FROM person") == ["Zofia Łąkowska"]


def test_private_columns_are_unreadable_below_staff(pg_archive: Archive) -> None:
    for user in ("ula", "wojtek"):
        for sql in (
            "SELECT phone FROM person",
            "SELECT email FROM person",
            "SELECT address FROM person",
            "SELECT * FROM person",
            "SELECT password_hash FROM user_account",
        ):
            _refused(pg_archive, user, sql)
        assert _rows(pg_archive, user, "SELECT name FROM person") == ["Zofia Łąkowska"]
        assert "ula" in _rows(pg_archive, user, "SELECT name FROM user_account")
    assert _rows(pg_archive, "kasia", "SELECT phone FROM person") == ["+48 600 100 200"]


def test_closed_material_is_invisible_to_a_researcher_even_in_raw_sql(pg_archive: Archive) -> None:
    assert _rows(pg_archive, "ula", "SELECT title FROM interview") == ["Wywiad o pszczołach", "Wywiad public"]
    assert _rows(pg_archive, "ula", "SELECT title FROM interview WHERE access IN ('staff', 'closed')") == []
    # own level research, but its interview is closed: invisible too
    assert _rows(pg_archive, "ula", "SELECT title FROM asset") == ["nagranie badawcze"]
    # a passage with no level of its own inherits its recording's; a closed passage is gone
    assert _rows(pg_archive, "ula", "SELECT text FROM cue") == ["nagranie badawcze: o łące"]
    assert _rows(pg_archive, "ula", "SELECT title FROM index_segment") == ["nagranie badawcze: początek"]
    assert len(_rows(pg_archive, "kasia", "SELECT title FROM interview")) == 4
    assert len(_rows(pg_archive, "kasia", "SELECT text FROM cue")) == 4
    assert len(_rows(pg_archive, "wojtek", "SELECT title FROM asset")) == 4


def test_volunteer_edits_but_cannot_delete_or_trash(pg_archive: Archive) -> None:
    with pg_archive.transaction("wojtek") as s:
        s.execute(text("UPDATE person SET bio = 'Hoduje pszczoły na działce'"))
        s.execute(text("DELETE FROM cue WHERE access = 'closed'"))  # part of a transcript an edit replaces
    assert _rows(pg_archive, "admin", "SELECT bio FROM person") == ["Hoduje pszczoły na działce"]
    for sql in (
        "DELETE FROM person",
        "DELETE FROM interview",
        "DELETE FROM asset",
        "UPDATE person SET deleted_at = now()",
        "UPDATE person SET phone = '000'",
    ):
        _refused(pg_archive, "wojtek", sql)
    assert len(_rows(pg_archive, "admin", "SELECT title FROM interview")) == 4


def test_only_admin_writes_user_accounts_others_only_their_own_password(pg_archive: Archive) -> None:
    for user in ("kasia", "wojtek", "ula"):
        _refused(pg_archive, user, f"UPDATE user_account SET role = 'admin' WHERE name = '{user}'")
        _refused(pg_archive, user, "INSERT INTO user_account (name, role) VALUES ('intruz', 'admin')")
        _refused(pg_archive, user, "DELETE FROM user_account")
        with pg_archive.transaction(user) as s:
            own = s.connection().exec_driver_sql(
                f"UPDATE user_account SET password_hash = 'nowe-{user}' WHERE name = '{user}'"
            )
            others = s.connection().exec_driver_sql(
                f"UPDATE user_account SET password_hash = 'przejęte' WHERE name <> '{user}'"
            )
            assert (own.rowcount, others.rowcount) == (1, 0)  # other accounts are not even visible to UPDATE
    with pg_archive.transaction("admin") as s:
        s.execute(text("UPDATE user_account SET display_name = 'Kasia Żak' WHERE name = 'kasia'"))
    hashes = _rows(pg_archive, "admin", "SELECT coalesce(password_hash, '-') FROM user_account")
    assert hashes == ["-", "nowe-kasia", "nowe-ula", "nowe-wojtek"]


def test_nobody_can_edit_or_delete_the_audit(pg_archive: Archive) -> None:
    before = _rows(pg_archive, "admin", "SELECT id FROM audit_event")
    assert before  # the fixture's changes were audited
    for user in ("admin", "kasia", "wojtek", "ula"):
        _refused(pg_archive, user, "UPDATE audit_event SET user_name = 'ktoś'")
        _refused(pg_archive, user, "DELETE FROM audit_event")
    with pg_archive.transaction("kasia") as s:  # appending is how every change is recorded
        add_person(s, name="Jan Żółtowski")
    after = _rows(pg_archive, "admin", "SELECT id FROM audit_event")
    assert set(before) < set(after)


def test_researcher_may_append_to_the_audit_but_not_read_it(pg_archive: Archive) -> None:
    """The audit holds before/after values of closed records: readable, it would undo the RLS."""
    _refused(pg_archive, "ula", "SELECT changes FROM audit_event")
    with pg_archive.transaction("ula") as s:
        s.execute(
            text(
                "INSERT INTO audit_event (at, user_name, action, entity, changes) "
                "VALUES (now(), 'ula', 'export', 'interview', '{}')"
            )
        )
    assert "export" in _rows(pg_archive, "admin", "SELECT action FROM audit_event")


# -- installing and keeping the grants current ----------------------------------------------------
def test_install_is_idempotent_and_repairs_widened_grants(pg_archive: Archive) -> None:
    researcher = pg_roles.roles_for(pg_archive.engine).of("researcher")
    with pg_archive.engine.begin() as conn:
        conn.exec_driver_sql(f'GRANT SELECT (phone) ON person TO "{researcher}"')
        conn.exec_driver_sql("ALTER TABLE interview DISABLE ROW LEVEL SECURITY")
    pg_roles.install_roles(pg_archive.engine)
    pg_roles.install_roles(pg_archive.engine)
    _refused(pg_archive, "ula", "SELECT phone FROM person")
    assert len(_rows(pg_archive, "ula", "SELECT title FROM interview")) == 2


def test_opening_an_archive_without_roles_installs_them(pg_archive: Archive) -> None:
    """An archive made before this feature, or a table a later migration adds, gets its grants."""
    roles = pg_roles.roles_for(pg_archive.engine)
    with pg_archive.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE oral_note (id serial PRIMARY KEY, body text)")
        conn.exec_driver_sql("INSERT INTO oral_note (body) VALUES ('notatka o łące')")
        conn.exec_driver_sql("ALTER TABLE cue DISABLE ROW LEVEL SECURITY")
    assert not pg_roles.is_installed(pg_archive.engine, roles)
    root = pg_archive.root
    pg_archive.close()
    with Archive.open(root) as reopened:
        assert pg_roles.is_installed(reopened.engine, roles)
        assert _rows(reopened, "ula", "SELECT body FROM oral_note") == ["notatka o łące"]
        _refused(reopened, "ula", "DELETE FROM oral_note")
        assert _rows(reopened, "ula", "SELECT text FROM cue") == ["nagranie badawcze: o łące"]


def test_reading_room_login_cannot_act_above_researcher(
    pg_archive: Archive, pg_cluster: PostgresCluster, tmp_path: Path
) -> None:
    """A PC whose own login is only a member of the researcher role: the server caps it there."""
    from zacni_app.core.login import authenticate
    from zacni_app.core.users import set_password

    with pg_archive.transaction("admin") as s:
        set_password(s, "ula", "pszczoły-i-łąki")
    login = "czytelnia_" + uuid.uuid4().hex[:8]
    researcher = pg_roles.roles_for(pg_archive.engine).of("researcher")
    with pg_archive.engine.begin() as conn:  # the README's recipe for a reading-room PC
        conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
        conn.exec_driver_sql(f'GRANT "{researcher}" TO "{login}"')
        conn.exec_driver_sql(
            f'GRANT SELECT (password_hash), UPDATE (failed_logins, locked_until) ON user_account TO "{login}"'
        )
        conn.exec_driver_sql(f'CREATE POLICY "{login}" ON user_account FOR UPDATE TO "{login}" USING (true)')
    url = pg_archive.engine.url.set(username=login).render_as_string(hide_password=False)
    room = tmp_path / "czytelnia"
    room.mkdir()
    (room / "archive.toml").write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
    with Archive.open(room) as reading_room:
        assert authenticate(reading_room, "ula", "pszczoły-i-łąki").role == "researcher"
        with pytest.raises(PermissionDenied):
            authenticate(reading_room, "ula", "zgadywanie")
        assert _rows(reading_room, "ula", "SELECT title FROM interview") == [
            "Wywiad o pszczołach",
            "Wywiad public",
        ]
        with pytest.raises(PermissionDenied, match=f"GRANT zacni_.*_admin TO {login}"):
            _rows(reading_room, "admin", "SELECT title FROM interview")
        with pytest.raises(PermissionDenied), reading_room.transaction("kasia") as s:
            s.execute(text("DELETE FROM person"))
    assert _rows(pg_archive, "admin", "SELECT failed_logins FROM user_account WHERE name = 'ula'") == ["1"]


# -- services on top of the grants -----------------------------------------------------------------
def test_researcher_lists_people_through_the_service(pg_archive: Archive) -> None:
    with pg_archive.session("ula") as s:
        assert [p.name for p in list_people(s)] == ["Zofia Łąkowska"]


def test_volunteer_changes_their_own_password_through_the_service(pg_archive: Archive) -> None:
    from zacni_app.core.users import set_password

    with pg_archive.transaction("wojtek") as s:
        set_password(s, "wojtek", "miód-lipowy-2024")
    with pytest.raises(PermissionDenied), pg_archive.transaction("wojtek") as s:
        set_password(s, "admin", "przejęcie-konta")
