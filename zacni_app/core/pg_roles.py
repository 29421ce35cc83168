"""On PostgreSQL the server itself enforces the archive's roles: grants, row-level security, SET ROLE.

access.py decides what each role may do and see; this module makes the database server refuse the
same things, so a bug in a service, a forgotten check or a raw SQL statement sent by the app cannot
delete, edit or reveal what the acting user's role forbids.

How it works
- Four NOLOGIN group roles per database, one per archive role (see `server_roles` for the names).
  The login that creates the archive becomes a member of all four.
- Every session and transaction of an `Archive` begins with ``SET LOCAL ROLE <group role>`` of the
  acting user (see `enforce_roles`), so each statement runs with that role's privileges; the setting
  ends with the transaction, so a pooled connection never carries one user's role to the next.
- Grants mirror access.py: researcher SELECT only; volunteer SELECT/INSERT/UPDATE but no DELETE of
  records (the links and cues an edit replaces may be deleted) and no UPDATE of ``deleted_at`` (moving
  to the trash is a deletion); cataloguer and admin everything, except that only admin writes
  user_account. Everybody may change their own password (users.set_password): every role may UPDATE
  the password columns of user_account, and row-level security limits that to the row whose name is
  the acting user's, which each transaction sets in ``zacni.user`` next to its role.
  Private columns (person phone/email/address, user_account password_hash) are kept from
  volunteers and researchers by column-level grants: the table is readable, those columns are not.
  Column grants rather than a view, because the ORM reads the tables themselves; a view would need a
  second mapping of Person and every service to choose between them.
- audit_event is append-only for every role: INSERT, and SELECT for all but researchers; no role has UPDATE
  or DELETE, so the app cannot edit the audit. Researchers may append but not read it: the audit holds
  before/after values of closed records, which would undo the row-level security below.
- Row-level security for the researcher role on interview, asset, index_segment and cue: rows whose
  own level is above what a researcher may see are invisible at the SQL level, whatever the query.
  A passage (cue, index segment) with access NULL inherits its asset's level, and an asset of an
  interview the researcher cannot see is invisible too.

What the server does NOT enforce (be honest about the fence)
- Effective access from consents (scope, embargo, withdrawal) and from the people in an item is
  computed by access.py, not by the server. RLS is a second fence for each row's own level only.
- Writing roles are not row-filtered: RLS on UPDATE also checks the new row, so a volunteer could not
  close an item they edit. Volunteers' ceiling (no closed material) is enforced by access.py alone.
- person.access is not row-filtered: interview_person links would point at invisible people and the
  ORM would hand back None for them. Private person fields are protected by column grants instead.
- The login that owns the tables bypasses all of this (owners bypass grants and RLS; it can also
  disable them). Whoever holds that login's password can do anything. A PC that should only ever read
  (a reading room) should connect with its own login that is a member of the researcher role only;
  then the server refuses any other role for that PC (see README, "Several PCs").
- Who is acting is the app's word: the server checks the role the app sets, and the own-account rule
  compares rows with the name the app sets. It stops stray statements, not an app that lies.
- Sessions opened before a user is known (looking the user up at log-in, migrations, backups with
  pg_dump) run as the login itself.

Role names are per database (``zacni_<database>_<role>``): group roles are global to a PostgreSQL
cluster, so with global names a login made admin of one archive would be admin of every other archive
on the same server (CONNECT to a database is granted to PUBLIC by default). Per-database names keep
two archives on one server (two partner institutions) apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from archive_schema import ROLES, Person
from zacni_app.core.errors import ArchiveError, PermissionDenied

#: Bump when the grants or policies below change: archives installed earlier are brought up to date.
GRANTS_VERSION = 1
_MARK = "zacni grants v{}"
_MAX_IDENTIFIER = 63

#: Columns that volunteers and researchers may not read (access.py: "read_private").
PRIVATE_COLUMNS: dict[str, frozenset[str]] = {
    "person": frozenset(Person.PRIVATE_FIELDS),
    "user_account": frozenset({"password_hash"}),
}
APPEND_ONLY = frozenset({"audit_event"})
READ_ONLY = frozenset({"alembic_version"})
ADMIN_WRITES = frozenset({"user_account"})
#: What every user may change in their own account row (users.set_password: "everybody their own").
OWN_ACCOUNT_COLUMNS = ("password_hash", "failed_logins", "locked_until", "version", "updated_at")
#: The acting user's name, set for each transaction; the own-account policy compares it with the row.
APP_USER_SETTING = "zacni.user"
#: Tables whose rows a researcher sees only up to the research level (their own `access` column).
RLS_TABLES = ("interview", "asset", "index_segment", "cue")
_STAFF_POLICY = "zacni_staff"
_RESEARCHER_POLICY = "zacni_researcher"


@dataclass(frozen=True)
class ServerRoles:
    """The group role of each archive role in one database."""

    database: str
    names: dict[str, str]

    def of(self, role: str) -> str:
        """The group role for an archive role; an unknown role gets the least privileged one."""
        return self.names.get(role, self.names["researcher"])

    def all(self) -> list[str]:
        return [self.names[r] for r in ROLES]


def server_roles(database: str) -> ServerRoles:
    """``zacni_<database>_<role>``, shortened with a hash when it would pass PostgreSQL's 63 bytes."""
    stem = f"zacni_{database}"
    longest = max(len(r) for r in ROLES) + 1
    if len(stem.encode()) + longest > _MAX_IDENTIFIER:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        keep = _MAX_IDENTIFIER - longest - len(digest) - 1
        stem = stem.encode()[:keep].decode(errors="ignore") + "_" + digest
    return ServerRoles(database, {role: f"{stem}_{role}" for role in ROLES})


def roles_for(engine: Engine) -> ServerRoles:
    with engine.connect() as conn:
        return server_roles(str(conn.execute(text("SELECT current_database()")).scalar_one()))


# -- installing ----------------------------------------------------------------------------------
def install_roles(engine: Engine) -> ServerRoles:
    """Create the group roles, grant them to the current login, and (re)apply grants and policies.

    Idempotent; serialised with an advisory lock, so two PCs opening the archive at once do not trip
    over each other. Needs the login that owns the tables, with CREATEROLE for the first install.
    """
    roles = roles_for(engine)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('zacni_roles'))"))
            _create_roles(conn, roles)
            tables = _tables(conn)
            for statement in _grant_statements(conn, roles, tables) + _policy_statements(conn, roles, tables):
                conn.exec_driver_sql(statement)
            mark = _quote(conn, roles.of("admin"))
            conn.exec_driver_sql(f"COMMENT ON ROLE {mark} IS '{_MARK.format(GRANTS_VERSION)}'")
    except DBAPIError as exc:
        raise ArchiveError(
            f"cannot set up the archive's database roles on the server: {_first_line(exc)} "
            "(the login that created the archive, with CREATEROLE, must open it once; "
            "see README: Several PCs)"
        ) from None
    return roles


def ensure_roles(engine: Engine) -> ServerRoles:
    """Install the roles if they are missing or older than this program's grants; cheap when current."""
    roles = roles_for(engine)
    if not is_installed(engine, roles):
        install_roles(engine)
    return roles


def is_installed(engine: Engine, roles: ServerRoles) -> bool:
    """All four roles exist, carry the current grants mark, every table has its grants and row-level
    security is on where it belongs (someone switching it off by hand is repaired at the next open)."""
    with engine.connect() as conn:
        found = conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": roles.all()}
        ).scalars()
        if set(found) != set(roles.all()):
            return False
        mark = conn.execute(
            text("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :r"),
            {"r": roles.of("admin")},
        ).scalar_one()
        ungranted = conn.execute(
            text(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                "AND NOT has_table_privilege(:r, c.oid, 'SELECT')"
            ),
            {"r": roles.of("admin")},
        ).scalar_one()
        unguarded = conn.execute(
            text(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relname = ANY(:t) AND NOT c.relrowsecurity"
            ),
            {"t": [*RLS_TABLES, "user_account"]},
        ).scalar_one()
    return bool(mark == _MARK.format(GRANTS_VERSION) and ungranted == 0 and unguarded == 0)


def _create_roles(conn: Connection, roles: ServerRoles) -> None:
    existing = set(
        conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": roles.all()}
        ).scalars()
    )
    for name in roles.all():
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {_quote(conn, name)} NOLOGIN")
        member = conn.execute(
            text("SELECT pg_has_role(current_user, :r, 'MEMBER')"), {"r": name}
        ).scalar_one()
        if not member:
            conn.exec_driver_sql(f"GRANT {_quote(conn, name)} TO CURRENT_USER")


def _tables(conn: Connection) -> dict[str, list[str]]:
    """Every table of the archive's schema with its columns, as the server has them now."""
    rows = conn.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name IN ("
            "  SELECT table_name FROM information_schema.tables "
            "  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE') "
            "ORDER BY table_name, ordinal_position"
        )
    )
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(str(table), []).append(str(column))
    return tables


# -- grants --------------------------------------------------------------------------------------
def _grant_statements(conn: Connection, roles: ServerRoles, tables: dict[str, list[str]]) -> list[str]:
    everyone = ", ".join(_quote(conn, r) for r in roles.all())
    statements = [
        f"GRANT USAGE ON SCHEMA {_quote(conn, _schema(conn))} TO {everyone}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {_quote(conn, _schema(conn))} TO {everyone}",
    ]
    for table, columns in tables.items():
        qt = _quote(conn, table)
        statements.append(f"REVOKE ALL ON {qt} FROM {everyone}")
        for role in ROLES:
            for privilege in table_privileges(role, table, columns):
                if privilege[1] == []:
                    continue
                statements.append(
                    f"GRANT {_privilege_sql(conn, privilege)} ON {qt} TO {_quote(conn, roles.of(role))}"
                )
    return statements


def table_privileges(role: str, table: str, columns: Iterable[str]) -> list[tuple[str, list[str] | None]]:
    """What `role` may do to `table`: (privilege, columns or None for the whole table).

    The one place the grants are decided; tests read the server's answer, not this list.
    """
    columns = list(columns)
    readable = [c for c in columns if c not in PRIVATE_COLUMNS.get(table, ())]
    staff = role in ("admin", "cataloguer")
    read: tuple[str, list[str] | None] = ("SELECT", None if staff else readable)
    if table in READ_ONLY:
        return [("SELECT", None)]
    if table in APPEND_ONLY:
        # A researcher's events are appended through the ORM (INSERT … RETURNING id): the id only.
        return [read, ("INSERT", None)] if role != "researcher" else [("SELECT", ["id"]), ("INSERT", None)]
    if role == "researcher" and table not in ADMIN_WRITES:
        return [read]
    if table in ADMIN_WRITES and role != "admin":
        return [("SELECT", readable), ("UPDATE", [c for c in OWN_ACCOUNT_COLUMNS if c in columns])]
    if staff:
        return [("SELECT", None), ("INSERT", None), ("UPDATE", None), ("DELETE", None)]
    # volunteer: a record (it has a version) is never deleted or trashed; parts an edit replaces may be.
    if "version" in columns:
        editable = [c for c in readable if c != "deleted_at"]
        return [read, ("INSERT", None), ("UPDATE", editable)]
    return [read, ("INSERT", None), ("UPDATE", None), ("DELETE", None)]


def _privilege_sql(conn: Connection, privilege: tuple[str, list[str] | None]) -> str:
    name, columns = privilege
    if columns is None:
        return name
    return f"{name} ({', '.join(_quote(conn, c) for c in columns)})"


# -- row-level security --------------------------------------------------------------------------
def researcher_policies(levels: Iterable[str]) -> dict[str, str]:
    """USING expressions of the researcher's SELECT policy, per table.

    Subqueries run under the researcher's own policies, so a passage is visible only when its
    asset is, and an asset only when its interview (if any) is.
    """
    allowed = "(" + ", ".join("'" + level.replace("'", "''") + "'" for level in levels) + ")"
    passage = f"(access IS NULL OR access IN {allowed})"
    return {
        "interview": f"access IN {allowed}",
        "asset": (
            f"access IN {allowed} AND (interview_id IS NULL "
            "OR EXISTS (SELECT 1 FROM interview i WHERE i.id = asset.interview_id))"
        ),
        "index_segment": f"{passage} AND EXISTS (SELECT 1 FROM asset a WHERE a.id = index_segment.asset_id)",
        "cue": (
            f"{passage} AND EXISTS (SELECT 1 FROM transcript t JOIN asset a ON a.id = t.asset_id "
            "WHERE t.id = cue.transcript_id)"
        ),
    }


def _policy_statements(conn: Connection, roles: ServerRoles, tables: dict[str, list[str]]) -> list[str]:
    from zacni_app.core.access import visible_levels
    from zacni_app.core.archive import Actor

    using = researcher_policies(visible_levels(Actor("", "researcher")))
    writers = ", ".join(_quote(conn, roles.of(r)) for r in ROLES if r != "researcher")
    researcher = _quote(conn, roles.of("researcher"))
    statements = []
    for table in RLS_TABLES:
        if table not in tables:
            continue
        qt = _quote(conn, table)
        statements += [
            f"ALTER TABLE {qt} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS {_STAFF_POLICY} ON {qt}",
            f"CREATE POLICY {_STAFF_POLICY} ON {qt} TO {writers} USING (true) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS {_RESEARCHER_POLICY} ON {qt}",
            f"CREATE POLICY {_RESEARCHER_POLICY} ON {qt} FOR SELECT TO {researcher} USING ({using[table]})",
        ]
    if "user_account" in tables:
        statements += _account_policies(conn, roles)
    return statements


def _account_policies(conn: Connection, roles: ServerRoles) -> list[str]:
    """Admins change any account; everybody else only the password columns of their own row."""
    admin = _quote(conn, roles.of("admin"))
    others = ", ".join(_quote(conn, roles.of(r)) for r in ROLES if r != "admin")
    own = f"name = current_setting('{APP_USER_SETTING}', true)"
    statements = ["ALTER TABLE user_account ENABLE ROW LEVEL SECURITY"]
    for name, rule in (
        ("zacni_admin", f"TO {admin} USING (true) WITH CHECK (true)"),
        ("zacni_read", f"FOR SELECT TO {others} USING (true)"),
        ("zacni_own_account", f"FOR UPDATE TO {others} USING ({own}) WITH CHECK ({own})"),
    ):
        statements += [
            f"DROP POLICY IF EXISTS {name} ON user_account",
            f"CREATE POLICY {name} ON user_account {rule}",
        ]
    return statements


# -- switching roles per transaction ------------------------------------------------------------
def enforce_roles(factory: sessionmaker[Session], roles: ServerRoles) -> None:
    """Begin every transaction of `factory`'s sessions as the acting user's group role.

    A session without an actor (looking up who is logging in) keeps the login's own role.
    """

    def _set_role(session: Session, _transaction: SessionTransaction, connection: Connection) -> None:
        actor = session.info.get("actor")
        if actor is None:
            return
        role = roles.of(str(getattr(actor, "role", "")))
        try:
            # One round trip: set_config('role', …, true) is SET LOCAL ROLE, membership check included.
            connection.execute(
                text("SELECT set_config('role', :role, true), set_config(:setting, :name, true)"),
                {"role": role, "setting": APP_USER_SETTING, "name": str(getattr(actor, "name", ""))},
            )
        except DBAPIError as exc:
            login = connection.engine.url.username or "this login"
            raise PermissionDenied(
                f"the database server refuses role {role} to the login {login!r} ({_first_line(exc)}); "
                f"a server administrator can allow it with: GRANT {role} TO {login}"
            ) from None

    event.listen(factory, "after_begin", _set_role)


def raise_if_refused(exc: DBAPIError) -> None:
    """Turn the server's "permission denied" (SQLSTATE 42501) into the core's PermissionDenied.

    Reaching this means a service let through something the role may not do: the server's fence held.
    """
    if getattr(exc.orig, "sqlstate", None) == "42501":
        raise PermissionDenied(f"the database server refused this to your role: {_first_line(exc)}") from None


# -- small SQL helpers ---------------------------------------------------------------------------
def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _schema(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_schema()")).scalar_one())


def _first_line(exc: DBAPIError) -> str:
    source: Any = exc.orig if exc.orig is not None else exc
    return str(source).strip().splitlines()[0]
