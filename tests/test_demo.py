"""`zacni demo` fills an archive with the Polish demo material, once, honouring its consents."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from zacni_app.core.archive import Archive
from zacni_app.core.demo_content import NARRATORS
from zacni_app.core.interviews import list_interviews
from zacni_app.core.users import add_user


def test_demo_fills_archive_once_and_consents_are_honoured(tmp_path: Path) -> None:
    root = tmp_path / "demo-archive"
    assert run_cli("init", archive=root).code == 0
    loaded = run_cli("demo", "--json", archive=root)
    assert loaded.code == 0, loaded.stderr
    counts = run_cli("info", "--json", archive=root).json["counts"]
    assert counts["people"] >= 10 and counts["interviews"] == len(NARRATORS) and counts["assets"] >= 20

    again = run_cli("demo", "--json", archive=root)
    assert again.json["added"] == {"already_loaded": True}
    assert again.json["counts"] == counts

    assert run_cli("check", "--json", archive=root).json["ok"] is True
    with Archive.open(root) as archive:
        with archive.transaction() as s:
            add_user(s, name="badacz", role="researcher")
        with archive.session("badacz") as s:
            visible = {i.title for i in list_interviews(s)}
        with archive.session("admin") as s:
            everything = {i.title for i in list_interviews(s)}
    hidden = {
        n.interview_title
        for n in NARRATORS
        if n.withdrawn_on or n.embargo_until or n.consent_scope == "archive"
    }
    assert hidden and everything - visible >= hidden
    assert not visible & hidden
