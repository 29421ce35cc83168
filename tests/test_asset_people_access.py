"""A photo is as open as the consents of the people seen in it allow, not only its own setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_schema import Asset, AssetPerson, Person
from tests.media_factory import make_jpeg
from zacni_app.core.access import asset_access
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.people import add_person
from zacni_app.core.search import search
from zacni_app.core.users import add_user


@pytest.fixture
def photo(archive: Archive, tmp_path: Path) -> tuple[int, int]:
    """A public photo of the Żółkiewski wedding, with Helena Łąka tagged as seen in it."""
    jpeg = make_jpeg(tmp_path / "wesele.jpg", (320, 240))
    asset_id = int(ingest_paths(archive, [jpeg], workers=1).imported[0]["asset_id"])
    with archive.transaction() as s:
        add_user(s, name="ula", role="researcher")
        person = add_person(s, name="Helena Łąka", access="public")
        asset = s.get_one(Asset, asset_id)
        asset.access = "public"
        asset.title = "Wesele Żółkiewskich w remizie"
        asset.people.append(AssetPerson(person=person, role="depicted"))
        person_id = person.id
    return asset_id, person_id


def _level(archive: Archive, asset_id: int) -> str:
    with archive.session() as s:
        return asset_access(s, s.get_one(Asset, asset_id))


def test_a_person_seen_without_consent_keeps_the_photo_with_staff(
    archive: Archive, photo: tuple[int, int]
) -> None:
    asset_id, _ = photo
    assert _level(archive, asset_id) == "staff"  # no consent on file: nothing shown by default
    assert search(archive, "wesele zolkiewskich", user="ula").total == 0
    assert search(archive, "wesele zolkiewskich", user="admin").total >= 1


@pytest.mark.parametrize(
    ("scope", "withdrawn", "expected", "found"),
    [("publish", None, "public", True), ("research", None, "research", True),
     ("archive", None, "staff", False), ("publish", "2024-05-01", "closed", False)],
)  # fmt: skip
def test_the_consent_of_the_person_seen_decides(
    archive: Archive, photo: tuple[int, int], scope: str, withdrawn: str | None, expected: str, found: bool
) -> None:
    asset_id, person_id = photo
    search(archive, "wesele", user="admin")  # an index exists: the consent must update it
    with archive.transaction() as s:
        add_consent(s, person_id=person_id, scope=scope, signed_on="2024-01-10", withdrawn_on=withdrawn)
    assert _level(archive, asset_id) == expected
    assert (search(archive, "wesele zolkiewskich", user="ula").total >= 1) is found


def test_a_photographer_needs_no_consent_to_be_seen(archive: Archive, photo: tuple[int, int]) -> None:
    asset_id, person_id = photo
    with archive.transaction() as s:
        asset = s.get_one(Asset, asset_id)
        asset.people[0].role = "photographer"
        assert s.get_one(Person, person_id).name == "Helena Łąka"
    assert _level(archive, asset_id) == "public"


def test_the_catalogue_lists_and_opens_only_what_the_consents_allow(
    archive: Archive, photo: tuple[int, int]
) -> None:
    from zacni_app.core.assets import get_asset
    from zacni_app.core.catalogue_queries import section_ids
    from zacni_app.core.errors import NotFoundError
    from zacni_app.core.interviews import add_interview
    from zacni_app.core.people import get_person, list_people

    asset_id, person_id = photo
    with archive.transaction() as s:  # she narrates an interview and withdraws her consent for it
        interview = add_interview(s, title="Wesela w remizie", narrators=[person_id], access="public")
        add_consent(
            s, person_id=person_id, interview_id=interview.id, scope="publish", withdrawn_on="2024-03-01"
        )
    with archive.session("ula") as s:
        assert asset_id not in section_ids(s, "assets")
        assert person_id not in section_ids(s, "people")
        assert person_id not in [p.id for p in list_people(s)]
        with pytest.raises(NotFoundError):
            get_asset(s, asset_id)
        with pytest.raises(NotFoundError):
            get_person(s, person_id)
    with archive.session("admin") as s:
        assert asset_id in section_ids(s, "assets") and person_id in section_ids(s, "people")
