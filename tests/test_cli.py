"""The `zacni` command as scripts use it: JSON on stdout, exit codes, one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli


@pytest.fixture
def arch(tmp_path: Path) -> Path:
    root = tmp_path / "archiwum"
    result = run_cli("init", "--json", archive=root)
    assert result.code == 0, result.stderr
    assert result.json["archive"] == str(root.resolve())
    assert result.json["schema_version"] >= 2
    return root


def ok(root: Path, *args: str) -> Any:
    result = run_cli(*args, "--json", archive=root)
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    return result.json


def test_init_is_idempotent_and_info_counts(arch: Path) -> None:
    again = run_cli("--json", "init", archive=arch)
    assert again.code == 0 and again.json["created"] is False
    info = ok(arch, "info")
    assert info["counts"] == {"people": 0, "interviews": 0, "assets": 0, "stories": 0}


def test_people_interviews_and_consents_round_trip(arch: Path) -> None:
    narrator = ok(
        arch, "person", "add", "--name", "Halina Żurek", "--birth-year", "1941", "--locality", "Jurkowice",
        "--phone", "+48 600 100 205", "--email", "halina@example.org", "--subject", "haft",
    )["id"]  # fmt: skip
    interviewer = ok(arch, "person", "add", "--name", "Anna Nowak")["id"]
    interview = ok(
        arch, "interview", "add", "--title", "Haft opatowski", "--narrator", str(narrator),
        "--interviewer", str(interviewer), "--date", "2025-03-02", "--place", "Jurkowice",
        "--subject", "haft", "--access", "public",
    )["id"]  # fmt: skip
    ok(
        arch,
        "consent",
        "add",
        "--person",
        str(narrator),
        "--scope",
        "publish-with-name",
        "--signed",
        "2025-03-02",
    )

    shown = ok(arch, "interview", "show", str(interview))
    assert shown["title"] == "Haft opatowski"
    assert shown["narrators"] == [{"id": narrator, "name": "Halina Żurek"}]
    assert shown["effective_access"] == "public"
    person = ok(arch, "person", "show", str(narrator))
    assert person["phone"] == "+48 600 100 205" and person["subjects"] == ["haft"]
    names = [p["name"] for p in ok(arch, "person", "list")["people"]]
    assert names == ["Anna Nowak", "Halina Żurek"]
    assert ok(arch, "info")["counts"]["interviews"] == 1


def test_acting_user_role_limits_commands(arch: Path) -> None:
    ok(arch, "user", "add", "badacz", "--role", "researcher")
    pid = ok(
        arch, "person", "add", "--name", "Jan Kos", "--phone", "+48 600 100 206", "--access", "research"
    )["id"]
    refused = run_cli("--user", "badacz", "person", "add", "--name", "X", archive=arch)
    assert refused.code == 1
    assert refused.stderr.startswith("zacni: error:") and "may not change" in refused.stderr
    assert "Traceback" not in refused.stderr
    seen = run_cli("--user", "badacz", "--json", "person", "show", str(pid), archive=arch)
    assert seen.code == 0 and "phone" not in seen.json
    unknown = run_cli("--user", "nikt", "info", archive=arch)
    assert unknown.code == 1 and "no user named 'nikt'" in unknown.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["person", "add"], 2, "--name"),
        (["person", "show", "abc"], 2, "not a whole number"),
        (["person", "show", "42"], 1, "no person with id 42"),
        (["person", "add", "--name", "A", "--birth-year", "1700"], 1, "birth_year"),
        (["person", "add", "--name", "A", "--email", "nope"], 1, "not an e-mail address"),
        (["interview", "add", "--title", "T", "--narrator", "7"], 1, "no person with id 7"),
        (["interview", "add", "--title", "T", "--date", "2025-13-40"], 1, "YYYY-MM-DD"),
        (["consent", "add", "--person", "1", "--scope", "everything"], 2, "invalid choice"),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_user_errors_are_one_clear_line(arch: Path, args: list[str], code: int, message: str) -> None:
    result = run_cli(*args, archive=arch)
    assert result.code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_error_with_json_is_still_one_json_object(arch: Path) -> None:
    result = run_cli("--json", "person", "show", "42", archive=arch)
    assert result.code == 1
    assert result.json == {"error": {"code": "not_found", "message": "no person with id 42"}}


def test_missing_archive_is_explained(tmp_path: Path) -> None:
    result = run_cli("info", archive=tmp_path / "nothing-here")
    assert result.code == 1
    assert "not a Zacni archive" in result.stderr and "zacni init" in result.stderr


def test_archive_from_environment(tmp_path: Path) -> None:
    root = tmp_path / "z-env"
    assert run_cli("init", env={"ZACNI_ARCHIVE": str(root)}).code == 0
    assert (root / "archive.sqlite3").exists()


def test_gui_without_display_says_so(tmp_path: Path) -> None:
    result = run_cli(
        "gui", archive=tmp_path / "a", env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    )
    assert result.code == 1
    assert "no display found" in result.stderr
    assert "Traceback" not in result.stderr
