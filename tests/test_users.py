"""Users: passwords (scrypt), log-in with lockout after repeated failures, unlock, and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import undefer

from archive_schema import AuditEvent, User
from archive_schema.base import utcnow
from tests.conftest import REPO, CliResult, run_cli
from zacni_app.core.archive import Archive
from zacni_app.core.errors import PermissionDenied, ValidationError
from zacni_app.core.login import LOCKOUT, MAX_FAILURES, authenticate, password_required
from zacni_app.core.users import add_user, set_password, unlock_user

GOOD = "Zażółć gęślą jaźń 1"


def run_with_stdin(archive: Path, stdin: str, *args: str) -> CliResult:
    """`zacni` in a subprocess with text on its stdin (run_cli gives it none)."""
    cmd = [sys.executable, "-m", "zacni_app.cli", "--archive", str(archive), *args]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    return CliResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def ewa(archive: Archive) -> Archive:
    with archive.transaction() as s:
        add_user(s, name="ewa", role="cataloguer")
        add_user(s, name="jan", role="volunteer")
        set_password(s, "ewa", GOOD)
    return archive


def _user(archive: Archive, name: str) -> User:
    with archive.session() as s:
        # password_hash is deferred (a reader role may not read it): load it while the session is open
        user = s.scalars(select(User).where(User.name == name).options(undefer(User.password_hash))).one()
        s.expunge(user)
        return user


def _fail(archive: Archive, name: str = "ewa", **kw: object) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as caught:
        authenticate(archive, name, "pszczoły", **kw)  # type: ignore[arg-type]
    return caught.value


def test_password_is_hashed_and_logs_in(ewa: Archive) -> None:
    stored = _user(ewa, "ewa").password_hash
    assert stored is not None and stored.startswith("scrypt$") and GOOD not in stored
    actor = authenticate(ewa, "ewa", GOOD)
    assert (actor.name, actor.role) == ("ewa", "cataloguer")
    assert password_required(ewa, "ewa") is True


def test_empty_and_short_passwords_are_refused(ewa: Archive) -> None:
    for bad in ("", "        ", "krótkie"):
        with pytest.raises(ValidationError, match="password"), ewa.transaction() as s:
            set_password(s, "ewa", bad)
    assert authenticate(ewa, "ewa", GOOD).name == "ewa"  # the old one still works


def test_a_user_sets_their_own_password_but_not_someone_elses(ewa: Archive) -> None:
    with ewa.transaction("jan") as s:
        set_password(s, "jan", "hasło Jana 123")
    assert authenticate(ewa, "jan", "hasło Jana 123").role == "volunteer"
    with pytest.raises(PermissionDenied, match="manage users"), ewa.transaction("jan") as s:
        set_password(s, "ewa", "przejęte hasło")
    assert authenticate(ewa, "ewa", GOOD).name == "ewa"


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(ewa: Archive) -> None:
    for n in range(1, MAX_FAILURES):
        error = _fail(ewa)
        assert error.code == "login_failed" and "locked" not in error.message
        assert _user(ewa, "ewa").failed_logins == n
    error = _fail(ewa)
    assert error.code == "locked"
    until = _user(ewa, "ewa").locked_until
    assert until is not None and abs(until - (utcnow() + LOCKOUT)) < timedelta(minutes=1)
    assert f"account locked until {until.astimezone():%H:%M}" in error.message
    # Locked: even the right password is refused, without being checked.
    with pytest.raises(PermissionDenied, match="account locked until") as caught:
        authenticate(ewa, "ewa", GOOD)
    assert caught.value.code == "locked"
    # Once the lock has run out the right password works and the counter starts again.
    later = utcnow() + LOCKOUT + timedelta(minutes=1)
    assert authenticate(ewa, "ewa", GOOD, now=later).name == "ewa"
    user = _user(ewa, "ewa")
    assert (user.failed_logins, user.locked_until) == (0, None)


def test_a_wrong_password_after_the_lock_ran_out_counts_from_one(ewa: Archive) -> None:
    for _ in range(MAX_FAILURES):
        _fail(ewa)
    later = utcnow() + LOCKOUT + timedelta(minutes=1)
    assert _fail(ewa, now=later).code == "login_failed"
    assert _user(ewa, "ewa").failed_logins == 1


def test_success_resets_the_counter(ewa: Archive) -> None:
    for _ in range(MAX_FAILURES - 1):
        _fail(ewa)
    authenticate(ewa, "ewa", GOOD)
    assert _user(ewa, "ewa").failed_logins == 0
    for _ in range(MAX_FAILURES - 1):
        assert _fail(ewa).code == "login_failed"  # four more: still not locked
    assert _user(ewa, "ewa").locked_until is None


def test_failures_are_audited_without_the_password(ewa: Archive) -> None:
    _fail(ewa)
    _fail(ewa, name="ktoś-nieznany")
    with ewa.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")).all()
    assert len(events) == 2
    known, unknown = sorted(events, key=lambda e: e.entity_id is None)
    assert known.user_name == "ewa" and known.changes["failed_logins"] == [0, 1]
    assert unknown.entity_id is None and unknown.detail == "unknown user name"
    text = repr([(e.user_name, e.changes, e.detail) for e in events])
    assert "pszczoły" not in text and "ktoś-nieznany" not in text


def test_unknown_user_and_wrong_password_get_the_same_answer(ewa: Archive) -> None:
    assert _fail(ewa, name="nikt").message == _fail(ewa).message == "wrong user name or password"


def test_a_user_without_password_needs_no_login_and_cannot_log_in(ewa: Archive) -> None:
    assert password_required(ewa, "admin") is False
    with pytest.raises(PermissionDenied, match="has no password"):
        authenticate(ewa, "admin", "cokolwiek123")
    with ewa.session("admin") as s:  # used directly, as the CLI does
        assert s.info["actor"].name == "admin"


def test_unlock_needs_an_admin(ewa: Archive) -> None:
    for _ in range(MAX_FAILURES):
        _fail(ewa)
    with pytest.raises(PermissionDenied), ewa.transaction("ewa") as s:
        unlock_user(s, "ewa")
    with ewa.transaction("admin") as s:
        unlock_user(s, "ewa")
    assert authenticate(ewa, "ewa", GOOD).name == "ewa"


# -- the command ----------------------------------------------------------------------------------
def test_cli_passwd_list_and_unlock(archive_dir: Path) -> None:
    assert run_cli("user", "add", "ewa", "--role", "cataloguer", archive=archive_dir).code == 0
    done = run_with_stdin(archive_dir, GOOD + "\n", "user", "passwd", "ewa", "--password-stdin", "--json")
    assert done.code == 0, done.stderr
    assert done.json == {"id": 2, "name": "ewa"}
    with Archive.open(archive_dir) as arch:
        assert authenticate(arch, "ewa", GOOD).name == "ewa"  # the newline is not part of it
        for _ in range(MAX_FAILURES):
            with pytest.raises(PermissionDenied):
                authenticate(arch, "ewa", "zgadywanie")
    listed = run_cli("user", "list", "--json", archive=archive_dir).json["users"]
    ewa = next(u for u in listed if u["name"] == "ewa")
    assert ewa["locked"] is True and ewa["has_password"] is True and ewa["failed_logins"] == MAX_FAILURES
    assert "locked until" in run_cli("user", "list", archive=archive_dir).stdout

    refused = run_cli("--user", "ewa", "user", "unlock", "ewa", archive=archive_dir)
    assert refused.code == 1 and "may not manage users" in refused.stderr
    assert run_cli("user", "unlock", "ewa", "--json", archive=archive_dir).json == {"id": 2, "name": "ewa"}
    listed = run_cli("user", "list", "--json", archive=archive_dir).json["users"]
    assert not next(u for u in listed if u["name"] == "ewa")["locked"]


def test_cli_passwd_refusals_are_one_line(archive_dir: Path) -> None:
    short = run_with_stdin(archive_dir, "abc\n", "user", "passwd", "admin", "--password-stdin")
    assert short.code == 1 and short.stdout == ""
    assert short.stderr.strip() == "zacni: error: password: is too short: use at least 8 characters"
    no_tty = run_with_stdin(archive_dir, "", "user", "passwd", "admin")
    assert no_tty.code == 1 and "--password-stdin" in no_tty.stderr and "Traceback" not in no_tty.stderr
    unknown = run_with_stdin(archive_dir, GOOD, "user", "passwd", "nikt", "--password-stdin")
    assert unknown.code == 1 and "no user named 'nikt'" in unknown.stderr
    with Archive.open(archive_dir) as arch:
        assert password_required(arch, "admin") is False  # nothing was set
