"""Stories: slugs, links, and publishing that says precisely what consent blocks."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.media_factory import make_jpeg
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.errors import PermissionDenied, ValidationError
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.interviews import add_interview
from zacni_app.core.people import add_person
from zacni_app.core.stories import PublicationBlocked, add_story, set_status, slugify, update_story
from zacni_app.core.users import add_user


def _interview(
    archive: Archive, *, access: str = "public", scope: str | None = "publish", **consent: object
) -> int:
    with archive.transaction() as s:
        narrator = add_person(s, name="Łucja Żmijewska")
        interview = add_interview(s, title="Pszczoły w Opatowie", narrators=[narrator.id], access=access)
        if scope is not None:
            add_consent(s, person_id=narrator.id, scope=scope, signed_on="2024-05-01", **consent)  # type: ignore[arg-type]
        return interview.id


def _story(archive: Archive, interview_id: int, **links: object) -> int:
    with archive.transaction() as s:
        return add_story(
            s, title="Pszczoły pani Łucji", body="Opowieść o ulach.", interviews=[interview_id], **links
        ).id  # type: ignore[arg-type]


def _publish(archive: Archive, story_id: int, user: str = "admin") -> None:
    with archive.transaction(user) as s:
        set_status(s, story_id, "published")


def test_slugs_are_ascii_and_unique(archive: Archive) -> None:
    assert slugify("Pszczoły pana Łukasza — żółć!") == "pszczoly-pana-lukasza-zolc"
    with archive.transaction() as s:
        first = add_story(s, title="Łąka")
        second = add_story(s, title="Łąka")
        assert (first.slug, second.slug) == ("laka", "laka-2")


def test_a_story_with_public_consented_material_publishes(archive: Archive) -> None:
    story_id = _story(archive, _interview(archive))
    _publish(archive, story_id)
    with archive.session() as s:
        from archive_schema import Story

        story = s.get(Story, story_id)
        assert story is not None and story.status == "published" and story.published_at is not None


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ({"access": "research"}, "is marked research"),
        ({"scope": None}, "has no signed consent from Łucja Żmijewska"),
        ({"scope": "archive"}, "consent covers only 'archive'"),
        ({"scope": "research"}, "consent covers only 'research'"),
        ({"embargo_until": (date.today() + timedelta(days=30)).isoformat()}, "is under embargo until"),
        ({"withdrawn_on": date.today().isoformat()}, "withdrew consent on"),
    ],
)
def test_publishing_names_what_blocks_it(archive: Archive, setup: dict[str, object], expected: str) -> None:
    story_id = _story(archive, _interview(archive, **setup))  # type: ignore[arg-type]
    with pytest.raises(PublicationBlocked) as caught:
        _publish(archive, story_id)
    assert expected in str(caught.value)
    assert [b.kind for b in caught.value.blockers] == ["interview"]


def test_a_photo_that_is_not_public_blocks_and_hero_must_be_a_photo(archive: Archive, tmp_path: Path) -> None:
    report = ingest_paths(archive, [make_jpeg(tmp_path / "ul.jpg")])
    photo = report.imported[0]["asset_id"]
    story_id = _story(archive, _interview(archive), hero_asset_id=photo)
    with pytest.raises(PublicationBlocked, match="image 'ul' is staff, not public"):
        _publish(archive, story_id)
    with archive.transaction() as s:
        from archive_schema import Asset

        asset = s.get(Asset, photo)
        assert asset is not None
        asset.access = "public"
    _publish(archive, story_id)
    with archive.transaction() as s, pytest.raises(ValidationError, match="not a photo"):
        update_story(s, story_id, expected_version=None, hero_asset_id=_audio(archive, tmp_path))


def _audio(archive: Archive, tmp_path: Path) -> int:
    from tests.media_factory import make_wav

    return int(ingest_paths(archive, [make_wav(tmp_path / "g.wav")]).imported[0]["asset_id"])


def test_only_publishers_publish(archive: Archive) -> None:
    story_id = _story(archive, _interview(archive))
    with archive.transaction() as s:
        add_user(s, name="wolontariusz", role="volunteer")
    with pytest.raises(PermissionDenied):
        _publish(archive, story_id, user="wolontariusz")


def test_cli_story_add_and_publish(archive_dir: Path) -> None:
    with Archive.open(archive_dir) as arch:
        interview_id = _interview(arch, access="staff")
    args = ["story", "add", "--title", "Ule", "--interview", str(interview_id), "--body", "Tekst", "--json"]
    added = run_cli(*args, archive=archive_dir)
    assert added.code == 0, added.stderr
    story_id = added.json["id"]
    blocked = run_cli("story", "publish", str(story_id), "--json", archive=archive_dir)
    assert blocked.code == 1
    assert blocked.json["error"]["code"] == "publication_blocked"
    assert "is marked staff" in blocked.json["error"]["message"]
