"""Exporting the website again: incremental, refusing foreign folders, cancellable, for publishers only."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.website_fixtures import CUES, export, narrated, site_files, story
from zacni_app.core.archive import Archive
from zacni_app.core.errors import PermissionDenied
from zacni_app.core.progress import CancelFlag, Cancelled, ProgressUpdate
from zacni_app.core.stories import set_status, update_story
from zacni_app.core.users import add_user
from zacni_app.core.website_output import MANIFEST, WebsiteFolderError

OLD = 1_000_000_000  # 2001-09-09: a time no file of a fresh export has


def _two_stories(archive: Archive, folder: Path) -> tuple[int, int]:
    first = narrated(
        archive, folder / "a", name="Anna Łąka", title="Łąka", cues=CUES, closed=[1], photo={}, seconds=6
    )
    second = narrated(
        archive, folder / "b", name="Ewa Żuk", title="Żuki", cues=CUES[:1], photo={}, subjects=["żuki"]
    )
    a = story(archive, title="Łąka", interviews=[first.interview_id], hero=first.photo_id)
    b = story(archive, title="Żuki", interviews=[second.interview_id], hero=second.photo_id)
    return a, b


def _age_everything(out: Path) -> None:
    for path in out.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(OLD * 10**9, OLD * 10**9))


def _rewritten(out: Path) -> set[str]:
    return {
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and p.stat().st_mtime_ns != OLD * 10**9 and p.name != MANIFEST
    }


def test_a_reexport_rewrites_only_what_changed_and_removes_what_is_unpublished(
    archive: Archive, tmp_path: Path
) -> None:
    first_story, second_story = _two_stories(archive, tmp_path / "pliki")
    out = tmp_path / "strona"
    first = export(archive, out)
    assert first.written == first.files and first.removed == 0
    before = site_files(out)
    _age_everything(out)

    same = export(archive, out)
    assert (same.written, same.removed) == (0, 0) and _rewritten(out) == set()

    with archive.transaction() as s:
        update_story(s, first_story, expected_version=None, lead="Nowy wstęp o łące.")
    changed = export(archive, out)
    # the story's page and the pages and indexes that show its lead; nothing of the other story, no media
    assert _rewritten(out) == {"historie/laka.html", "index.html", "tematy/pszczelarstwo.html"} | {
        "miejsca/laka.html",
        "feed.json",
        "search-index.js",
    }
    assert changed.written == 6 and changed.removed == 0
    assert "Nowy wstęp o łące." in (out / "historie" / "laka.html").read_text()

    with archive.transaction() as s:
        set_status(s, second_story, "draft")
    gone = export(archive, out)
    after = site_files(out)
    removed = set(before) - set(after)
    assert "historie/zuki.html" in removed and "tematy/zuki.html" in removed
    assert len([f for f in removed if f.startswith("media/")]) == 4  # its recording, captions, 2 photo sizes
    assert gone.removed == len(removed)
    manifest = json.loads((out / MANIFEST).read_text())["files"]
    assert set(manifest) == set(after) - {MANIFEST}
    assert all(after[rel] == before[rel] for rel in after if rel.startswith("media/"))
    assert not (out / "historie" / "zuki.html").exists()


def test_a_file_changed_by_hand_is_put_right_and_a_deleted_one_comes_back(
    archive: Archive, tmp_path: Path
) -> None:
    _two_stories(archive, tmp_path / "pliki")
    out = tmp_path / "strona"
    export(archive, out)
    original = (out / "index.html").read_bytes()
    (out / "index.html").write_text("zepsute")
    mp3 = next(out.glob("media/nagrania/*.mp3"))
    mp3.unlink()
    report = export(archive, out)
    assert (out / "index.html").read_bytes() == original and mp3.is_file()
    assert report.written == 2


def test_a_foreign_or_unsuitable_folder_is_refused(archive: Archive, tmp_path: Path) -> None:
    foreign = tmp_path / "moje"
    foreign.mkdir()
    (foreign / "list.txt").write_text("nie ruszać")
    with pytest.raises(WebsiteFolderError, match="not empty and was not made by 'zacni export website'"):
        export(archive, foreign)
    assert [p.name for p in foreign.iterdir()] == ["list.txt"]
    with pytest.raises(WebsiteFolderError, match="inside the archive folder"):
        export(archive, archive.root / "strona")
    (tmp_path / "plik").write_text("x")
    with pytest.raises(WebsiteFolderError, match="not a folder"):
        export(archive, tmp_path / "plik")
    damaged = tmp_path / "zepsuta"
    damaged.mkdir()
    (damaged / MANIFEST).write_text("{")
    with pytest.raises(WebsiteFolderError, match="damaged"):
        export(archive, damaged)


def test_only_publishers_export(archive: Archive, tmp_path: Path) -> None:
    with archive.transaction() as s:
        add_user(s, name="wolontariuszka", role="volunteer")
        add_user(s, name="badaczka", role="researcher")
    for user in ("wolontariuszka", "badaczka"):
        with pytest.raises(PermissionDenied, match="may not publish stories"):
            export(archive, tmp_path / user, user=user)
        assert not (tmp_path / user).exists()


def test_cancel_stops_the_export_and_the_next_one_finishes_the_folder(
    archive: Archive, tmp_path: Path
) -> None:
    _two_stories(archive, tmp_path / "pliki")
    out = tmp_path / "strona"
    cancel = CancelFlag()
    seen: list[ProgressUpdate] = []

    def progress(update: ProgressUpdate) -> None:
        seen.append(update)
        if update.done == 2:
            cancel.cancel()

    with pytest.raises(Cancelled):
        export(archive, out, progress=progress, cancel=cancel)
    assert not (out / "index.html").exists()
    partial = json.loads((out / MANIFEST).read_text())["files"]
    assert partial and all(rel.startswith("media/") for rel in partial)
    assert not list(out.rglob(".*.part"))
    report = export(archive, out)
    assert report.stories == 2 and (out / "index.html").is_file()
    assert report.written == report.files - len(partial)
    assert [u.done for u in seen] == [0, 1, 2] and seen[0].total == 5  # 2 photos, 2 recordings, pages


def test_cli_exports_the_website_as_json_and_refuses_a_foreign_folder(
    archive_dir: Path, tmp_path: Path
) -> None:
    with Archive.open(archive_dir) as archive:
        _two_stories(archive, tmp_path / "pliki")
    done = run_cli("export", "website", tmp_path / "strona", "--json", archive=archive_dir)
    assert done.code == 0, done.stderr
    data = done.json
    assert data["stories"] == 2 and data["files"] == len(site_files(tmp_path / "strona")) - 1
    assert {(w["kind"], w["code"]) for w in data["withheld"]} == {("passage", "passage_cut")}
    assert all({"id", "reason"} <= set(w) for w in data["withheld"])
    text = run_cli("export", "website", tmp_path / "strona", archive=archive_dir)
    assert text.code == 0 and "2 stories" in text.stdout and "0 written" in text.stdout
    foreign = tmp_path / "moje"
    foreign.mkdir()
    (foreign / "a.txt").write_text("x")
    refused = run_cli("export", "website", foreign, archive=archive_dir)
    assert refused.code == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "choose an empty folder" in refused.stderr


def test_a_strange_slug_cannot_place_a_page_outside_its_folder(archive: Archive, tmp_path: Path) -> None:
    from archive_schema import Story

    story_id, _ = _two_stories(archive, tmp_path / "pliki")
    with archive.transaction() as s:
        found = s.get(Story, story_id)
        assert found is not None
        found.slug = "../../Łąka/ZŁA"
    out = tmp_path / "strona"
    export(archive, out)
    assert (out / "historie" / f"laka-zla-{story_id}.html").is_file()
    assert {p.parent for p in out.rglob("*.html")} <= {out, out / "historie", out / "tematy", out / "miejsca"}
    assert not (tmp_path / "Łąka").exists()


def test_a_missing_master_is_withheld_and_leaves_no_broken_link(archive: Archive, tmp_path: Path) -> None:
    from archive_schema import Asset
    from tests.website_fixtures import PageCheck

    first = narrated(archive, tmp_path / "a", name="Anna Łąka", title="Łąka", cues=CUES[:1], photo={})
    story(archive, title="Łąka", interviews=[first.interview_id], hero=first.photo_id)
    with archive.session() as s:
        photo = s.get(Asset, first.photo_id)
        assert photo is not None
        (archive.media_root / photo.media_relpath).unlink()
    out = tmp_path / "strona"
    report = export(archive, out)
    assert [(w.kind, w.id, w.reason.code) for w in report.withheld if w.story_id is None] == [
        ("image", first.photo_id, "media_missing")
    ]
    assert not list(out.glob("media/zdjecia/*"))
    for page in out.rglob("*.html"):
        checker = PageCheck()
        checker.check(page.read_text())
        for link in checker.links:
            target = link.split("#")[0].split("?")[0]
            assert not target or (page.parent / target).resolve().is_file(), (page, link)
