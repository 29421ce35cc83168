"""Editing files, consents, subjects, places and stories through the core services the window calls:
values land, versions guard against another PC, each refusal names its field, roles are honoured."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from archive_schema import Asset, Collection, Consent, Interview, Place, Subject
from tests.media_factory import make_jpeg
from zacni_app.core.access import interview_access
from zacni_app.core.archive import Archive
from zacni_app.core.assets import asset_catalogue, update_asset
from zacni_app.core.consents import add_consent, consents_for_interview, update_consent
from zacni_app.core.errors import ConflictError, PermissionDenied, ValidationError
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.interviews import add_interview
from zacni_app.core.link_choices import asset_choices, collection_names, interview_choices
from zacni_app.core.people import add_person
from zacni_app.core.search import search
from zacni_app.core.stories import (
    PublicationBlocked,
    add_story,
    blocker_reasons,
    set_status,
    update_story,
)
from zacni_app.core.trash import restore_record, trash_record
from zacni_app.core.users import add_user
from zacni_app.core.vocabulary import (
    add_place,
    add_subject,
    place_dict,
    subject,
    subject_dict,
    update_place,
    update_subject,
)

VOLUNTEER, RESEARCHER = "wolontariusz", "badacz"


@dataclass(frozen=True)
class Catalogue:
    narrator: int
    photographer: int
    interview: int
    photo: int
    consent: int


@pytest.fixture
def catalogue(archive: Archive, tmp_path: Path) -> Catalogue:
    """A narrator who agreed to publication, her public interview, a photo and a collection."""
    photo = make_jpeg(tmp_path / "ule.jpg", exif_datetime="2019:06:14 10:30:00")
    photo_id = ingest_paths(archive, [photo]).imported[0]["asset_id"]
    with archive.transaction() as s:
        add_user(s, name=VOLUNTEER, role="volunteer")
        add_user(s, name=RESEARCHER, role="researcher")
        narrator = add_person(s, name="Jadwiga Łęcka", locality="Ćmielów")
        photographer = add_person(s, name="Zenon Żółtko")
        interview = add_interview(
            s, title="Pszczoły nad Łąką", narrators=[narrator.id], access="public", place="Ćmielów"
        )
        consent = add_consent(s, person_id=narrator.id, scope="publish", signed_on="2024-05-01")
        s.add(Collection(name="Zbiory pszczelarskie"))
        return Catalogue(narrator.id, photographer.id, interview.id, photo_id, consent.id)


def _version(archive: Archive, model: type, record_id: int) -> int:
    with archive.session() as s:
        return int(s.get_one(model, record_id).version)


# -- files ----------------------------------------------------------------------------------------
def test_a_files_description_links_and_people_are_saved(archive: Archive, catalogue: Catalogue) -> None:
    version = _version(archive, Asset, catalogue.photo)
    with archive.transaction(VOLUNTEER) as s:
        update_asset(
            s,
            catalogue.photo,
            expected_version=version,
            title="Ule pod lasem w Żółkiewce",
            description="Pasieka pani Jadwigi, pszczoły nad łąką.",
            access="public",
            taken_at="2019-06-15 09:45",
            place="Żółkiewka",
            subjects=["pszczelarstwo", "łąki"],
            collection="zbiory PSZCZELARSKIE",
            interview_id=catalogue.interview,
            people={"depicted": [catalogue.narrator], "photographer": [catalogue.photographer]},
        )
    with archive.session() as s:
        asset = s.get_one(Asset, catalogue.photo)
        data = asset_catalogue(asset)
        assert data["title"] == "Ule pod lasem w Żółkiewce"
        assert data["taken_at"] == "2019-06-15 09:45"
        assert (data["place"], data["collection"]) == ("Żółkiewka", "Zbiory pszczelarskie")
        assert data["subjects"] == ["pszczelarstwo", "łąki"]
        assert data["interview_id"] == catalogue.interview
        assert data["people"] == {"depicted": [catalogue.narrator], "photographer": [catalogue.photographer]}
        assert asset.version > version
        assert asset.width == 640  # the file's own facts are untouched


def test_changing_only_a_files_people_still_guards_against_another_pc(
    archive: Archive, catalogue: Catalogue
) -> None:
    version = _version(archive, Asset, catalogue.photo)
    with archive.transaction() as s:
        update_asset(s, catalogue.photo, expected_version=version, people={"depicted": [catalogue.narrator]})
    with archive.transaction() as s:  # the same person in the same role again, another one added
        update_asset(
            s,
            catalogue.photo,
            expected_version=None,
            people={"depicted": [catalogue.narrator, catalogue.photographer]},
        )
    with pytest.raises(ConflictError), archive.transaction() as s:
        update_asset(s, catalogue.photo, expected_version=version, title="Łąka")
    with archive.session() as s:
        asset = s.get_one(Asset, catalogue.photo)
        assert asset.title != "Łąka"
        assert sorted(p.person_id for p in asset.people) == sorted(
            [catalogue.narrator, catalogue.photographer]
        )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sha256": "0" * 64}, "sha256"),
        ({"duration_ms": 5}, "duration_ms"),
        ({"taken_at": "wczoraj"}, "taken_at"),
        ({"taken_at": (date.today() + timedelta(days=2)).isoformat()}, "taken_at"),
        ({"access": "tajne"}, "access"),
        ({"collection": "Kolekcja żółć"}, "collection"),
        ({"interview_id": 999}, "interview"),
        ({"people": {"sąsiad": [1]}}, "people"),
        ({"people": {"depicted": [999]}}, "people"),
        ({"title": "ł" * 301}, "title"),
    ],
)
def test_a_refused_file_edit_names_its_field_and_changes_nothing(
    archive: Archive, catalogue: Catalogue, changes: dict[str, object], field: str
) -> None:
    with archive.session() as s:
        before = asset_catalogue(s.get_one(Asset, catalogue.photo))
    with pytest.raises(ValidationError) as refused, archive.transaction() as s:
        update_asset(s, catalogue.photo, expected_version=None, **changes)
    assert refused.value.field == field
    with archive.session() as s:
        assert asset_catalogue(s.get_one(Asset, catalogue.photo)) == before


def test_a_researcher_edits_nothing_and_a_volunteer_edits_but_does_not_trash(
    archive: Archive, catalogue: Catalogue
) -> None:
    with pytest.raises(PermissionDenied), archive.transaction(RESEARCHER) as s:
        update_asset(s, catalogue.photo, expected_version=None, title="Łąka")
    place_id = _place_id(archive, "Ćmielów")
    with pytest.raises(PermissionDenied), archive.transaction(RESEARCHER) as s:
        update_place(s, place_id, expected_version=None, name="Łąka")
    with archive.transaction(VOLUNTEER) as s:
        update_place(s, place_id, expected_version=None, teryt="0265060")
    with pytest.raises(PermissionDenied), archive.transaction(VOLUNTEER) as s:
        trash_record(s, "place", place_id, expected_version=None)
    with pytest.raises(PermissionDenied), archive.transaction(VOLUNTEER) as s:
        trash_record(s, "asset", catalogue.photo, expected_version=None)
    with archive.session() as s:
        place = s.get_one(Place, place_id)
        assert (place.deleted_at, place.teryt, place.name) == (None, "0265060", "Ćmielów")


def _place_id(archive: Archive, name: str) -> int:
    with archive.session() as s:
        return int(s.scalars(select(Place.id).where(Place.name == name)).one())


# -- consents -------------------------------------------------------------------------------------
def test_withdrawing_a_consent_closes_the_interview_everywhere_at_once(
    archive: Archive, catalogue: Catalogue
) -> None:
    assert ("interview", catalogue.interview) in {
        (h.type, h.id) for h in search(archive, "pszczoly", user=RESEARCHER).hits
    }
    version = _version(archive, Consent, catalogue.consent)
    with archive.transaction(VOLUNTEER) as s:  # a volunteer may always withdraw
        update_consent(s, catalogue.consent, expected_version=version, withdrawn_on=date.today())
    with archive.session() as s:
        interview = s.get_one(Consent, catalogue.consent).person.participations[0].interview
        assert interview_access(s, interview) == "closed"
    assert search(archive, "pszczoly", user=RESEARCHER).hits == []
    with pytest.raises(PermissionDenied), archive.transaction(VOLUNTEER) as s:
        update_consent(s, catalogue.consent, expected_version=None, withdrawn_on=None)  # taking it back
    with archive.transaction() as s:  # staff who may lift restrictions may
        update_consent(s, catalogue.consent, expected_version=None, withdrawn_on=None)
    assert search(archive, "pszczoly", user=RESEARCHER).hits != []


def test_a_consent_is_edited_with_its_interview_and_scan_and_guarded_by_its_version(
    archive: Archive, catalogue: Catalogue, tmp_path: Path
) -> None:
    scan = make_jpeg(tmp_path / "zgoda-łęcka.jpg", size=(300, 420))
    scan_id = ingest_paths(archive, [scan]).imported[0]["asset_id"]
    version = _version(archive, Consent, catalogue.consent)
    with archive.transaction() as s:
        update_consent(
            s,
            catalogue.consent,
            expected_version=version,
            scope="publish-with-name",
            interview_id=catalogue.interview,
            scan_asset_id=scan_id,
            embargo_until="2030-01-01",
            notes="Podpisała w świetlicy w Ćmielowie.",
        )
    with archive.session() as s:
        consent = s.get_one(Consent, catalogue.consent)
        assert (consent.scope, consent.interview_id, consent.scan_asset_id) == (
            "publish-with-name",
            catalogue.interview,
            scan_id,
        )
        assert consent.notes == "Podpisała w świetlicy w Ćmielowie."
        assert [c.id for c in consents_for_interview(s, catalogue.interview)] == [catalogue.consent]
    with pytest.raises(ConflictError), archive.transaction() as s:
        update_consent(s, catalogue.consent, expected_version=version, scope="archive")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"scope": "wszystko"}, "scope"),
        ({"signed_on": (date.today() + timedelta(days=1)).isoformat()}, "signed"),
        ({"withdrawn_on": "2020-01-01"}, "withdrawn"),
        ({"embargo_until": "01.01.2030"}, "embargo_until"),
        ({"person_id": 999}, "person"),
        ({"interview_id": 999}, "interview"),
    ],
)
def test_a_refused_consent_edit_names_its_field(
    archive: Archive, catalogue: Catalogue, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused, archive.transaction() as s:
        update_consent(s, catalogue.consent, expected_version=None, **changes)
    assert refused.value.field == field


def test_general_consents_of_the_people_in_an_interview_bear_on_it(
    archive: Archive, catalogue: Catalogue
) -> None:
    with archive.transaction() as s:
        other = add_person(s, name="Ludwik Ćwik")
        add_consent(s, person_id=other.id, scope="research")  # not in the interview
        specific = add_consent(
            s, person_id=catalogue.narrator, scope="archive", interview_id=catalogue.interview
        )
        found = [c.id for c in consents_for_interview(s, catalogue.interview)]
    assert found == [catalogue.consent, specific.id]


# -- subjects and places ---------------------------------------------------------------------------
def test_subjects_are_renamed_moved_and_kept_unique_and_acyclic(archive: Archive) -> None:
    with archive.transaction() as s:
        crafts = add_subject(s, label="bartnictwo", label_en="tree beekeeping")
        lace = add_subject(s, label="miodosytnictwo", parent="Bartnictwo")
        bees = subject(s, "pszczelarstwo")
        ids = (crafts.id, lace.id, bees.id)
    with archive.transaction() as s:
        update_subject(s, ids[1], expected_version=1, label="Miodosytnictwo łąkowe", label_en="mead")
    with archive.session() as s:
        data = subject_dict(s.get_one(Subject, ids[1]))
        assert (data["label"], data["label_en"], data["parent"]) == (
            "Miodosytnictwo łąkowe",
            "mead",
            "bartnictwo",
        )
    refusals = [
        ({"label": "PSZCZELARSTWO"}, "label"),
        ({"parent": "MIODOSYTNICTWO ŁĄKOWE"}, "parent"),  # the broader term below the narrower
        ({"parent": "żółć"}, "parent"),
        ({"label": "  "}, "label"),
    ]
    for changes, field in refusals:
        with pytest.raises(ValidationError) as refused, archive.transaction() as s:
            update_subject(s, ids[0], expected_version=None, **changes)
        assert refused.value.field == field
    with pytest.raises(ValidationError) as twice, archive.transaction() as s:
        add_subject(s, label="Bartnictwo")
    assert twice.value.field == "label"
    with pytest.raises(ConflictError), archive.transaction() as s:
        update_subject(s, ids[1], expected_version=1, label="miody")
    with archive.transaction() as s:
        add_user(s, name=RESEARCHER, role="researcher")
    with pytest.raises(PermissionDenied), archive.transaction(RESEARCHER) as s:
        update_subject(s, ids[2], expected_version=None, label="pszczoły")
    with pytest.raises(PermissionDenied), archive.transaction(RESEARCHER) as s:
        add_subject(s, label="żółć")


def test_only_an_unused_subject_is_deleted_and_what_it_was_comes_back(
    archive: Archive, catalogue: Catalogue
) -> None:
    from zacni_app.core.people import update_person
    from zacni_app.core.vocabulary import delete_subject

    with archive.transaction() as s:
        crafts = add_subject(s, label="bartnictwo", label_en="tree beekeeping", scope_note="Dawne.")
        mead = add_subject(s, label="miodosytnictwo", parent="bartnictwo").id
        used = add_subject(s, label="łąkarstwo").id
        update_person(s, catalogue.narrator, expected_version=None, subjects=["łąkarstwo"])
        crafts_id = crafts.id
    refusals = [(crafts_id, "has 1 narrower terms"), (used, "is used by 1 records")]
    for subject_id, detail in refusals:
        with pytest.raises(ValidationError) as refused, archive.transaction() as s:
            delete_subject(s, subject_id, expected_version=None)
        assert refused.value.detail == detail
    with pytest.raises(PermissionDenied), archive.transaction(VOLUNTEER) as s:
        delete_subject(s, mead, expected_version=None)
    with pytest.raises(ConflictError), archive.transaction() as s:
        delete_subject(s, mead, expected_version=7)
    with archive.transaction() as s:
        was = delete_subject(s, mead, expected_version=None)
        was_crafts = delete_subject(s, crafts_id, expected_version=None)  # no narrower term now
    assert was == {"label": "miodosytnictwo", "label_en": None, "parent": "bartnictwo", "scope_note": None}
    with archive.transaction() as s:
        assert (
            s.scalars(select(Subject).where(Subject.label.in_(["bartnictwo", "miodosytnictwo"]))).all() == []
        )
        add_subject(s, **was_crafts)
        again = add_subject(s, **was)
        assert again.parent is not None and again.parent.scope_note == "Dawne."


def test_a_consent_entered_by_mistake_is_deleted_but_a_withdrawn_one_is_kept(
    archive: Archive, catalogue: Catalogue
) -> None:
    from zacni_app.core.consents import delete_consent

    with archive.transaction() as s:
        mistake = add_consent(
            s, person_id=catalogue.photographer, scope="research", signed_on="2024-02-01"
        ).id
        update_consent(s, catalogue.consent, expected_version=None, withdrawn_on=date.today())
    with pytest.raises(ValidationError) as kept, archive.transaction() as s:
        delete_consent(s, catalogue.consent, expected_version=None)
    assert kept.value.field == "withdrawn"
    with pytest.raises(PermissionDenied), archive.transaction(VOLUNTEER) as s:
        delete_consent(s, mistake, expected_version=None)
    with archive.transaction() as s:
        was = delete_consent(s, mistake, expected_version=1)
        assert s.get(Consent, mistake) is None and s.get(Consent, catalogue.consent) is not None
    assert (was["person_id"], was["scope"], was["signed_on"]) == (
        catalogue.photographer,
        "research",
        date(2024, 2, 1),
    )
    with archive.session() as s:
        assert interview_access(s, s.get_one(Interview, catalogue.interview)) == "closed"


def test_places_keep_valid_codes_and_coordinates_and_go_to_the_trash(archive: Archive) -> None:
    with archive.transaction() as s:
        opatow = add_place(s, name="Opatów", kind="miasto", teryt="0265060", latitude="50,8", longitude=21.42)
        village = add_place(s, name="Karwów", parent="opatów")
        ids = (opatow.id, village.id)
    with archive.transaction() as s:
        update_place(s, ids[1], expected_version=1, name="Karwów Wielki", latitude=50.79, longitude="21,45")
    with archive.session() as s:
        data = place_dict(s.get_one(Place, ids[1]))
        assert (data["name"], data["parent"], data["latitude"], data["longitude"]) == (
            "Karwów Wielki",
            "Opatów",
            50.79,
            21.45,
        )
        assert place_dict(s.get_one(Place, ids[0]))["latitude"] == 50.8
    refusals = [
        (ids[0], {"teryt": "02650"}, "teryt"),
        (ids[0], {"teryt": "O265060"}, "teryt"),
        (ids[0], {"latitude": 95}, "latitude"),
        (ids[0], {"longitude": "-181"}, "longitude"),
        (ids[0], {"latitude": "północ"}, "latitude"),
        (ids[1], {"name": "OPATÓW"}, "name"),
        (ids[0], {"parent": "Karwów Wielki"}, "parent"),  # Opatów within its own village
        (ids[0], {"parent": "Łąka"}, "parent"),
    ]
    for place_id, changes, field in refusals:
        with pytest.raises(ValidationError) as refused, archive.transaction() as s:
            update_place(s, place_id, expected_version=None, **changes)
        assert refused.value.field == field
    with pytest.raises(ValidationError) as twice, archive.transaction() as s:
        add_place(s, name="karwów wielki")
    assert twice.value.field == "name"
    with pytest.raises(ConflictError), archive.transaction() as s:
        update_place(s, ids[1], expected_version=1, kind="wieś")
    with archive.transaction() as s:
        trash_record(s, "place", ids[0], expected_version=None)
    with archive.session() as s:
        assert s.get_one(Place, ids[0]).deleted_at is not None
    with archive.transaction() as s:
        restore_record(s, "place", ids[0])
    with archive.session() as s:
        assert place_dict(s.get_one(Place, ids[0]))["teryt"] == "0265060"
        assert s.get_one(Place, ids[0]).deleted_at is None


# -- stories --------------------------------------------------------------------------------------
def test_a_storys_links_are_edited_and_its_blockers_name_each_reason(
    archive: Archive, catalogue: Catalogue
) -> None:
    with archive.transaction() as s:
        story = add_story(s, title="Pszczoły pani Jadwigi")
        story_id, version = story.id, story.version
        assert [r.code for r in blocker_reasons(s, story)] == ["no_text"]
    with archive.transaction() as s:
        update_story(
            s,
            story_id,
            expected_version=version,
            lead="Łąka, ule i żółć miodu.",
            interviews=[catalogue.interview],
            assets=[catalogue.photo],
            people=[catalogue.narrator],
            hero_asset_id=catalogue.photo,
        )
    with archive.session() as s:
        from archive_schema import Story

        story = s.get_one(Story, story_id)
        assert [i.id for i in story.interviews] == [catalogue.interview]
        assert story.hero_asset_id == catalogue.photo and [p.id for p in story.people] == [catalogue.narrator]
        reasons = blocker_reasons(s, story)
        assert [(r.code, r.params["level"]) for r in reasons] == [("asset_not_public", "staff")]
    with pytest.raises(PublicationBlocked) as blocked, archive.transaction() as s:
        set_status(s, story_id, "published")
    assert "is staff, not public" in str(blocked.value)
    with archive.transaction() as s:
        update_story(s, story_id, expected_version=None, hero_asset_id=None, assets=[])
        set_status(s, story_id, "published")
    with pytest.raises(ConflictError), archive.transaction() as s:
        update_story(s, story_id, expected_version=version, title="Łąka")


def test_choices_for_linking_hold_only_what_the_actor_may_see(archive: Archive, catalogue: Catalogue) -> None:
    with archive.transaction() as s:
        hidden = add_interview(s, title="Żółć i miód", access="closed")
        hidden_id = hidden.id
    with archive.session() as s:
        assert [t for _, t in interview_choices(s)] == ["Pszczoły nad Łąką", "Żółć i miód"]
        title = s.get_one(Asset, catalogue.photo).title or "ule.jpg"
        assert asset_choices(s, {"image"}) == [(catalogue.photo, title)]
        assert asset_choices(s, {"audio"}) == []
        assert collection_names(s) == ["Zbiory pszczelarskie"]
    with archive.session(RESEARCHER) as s:
        assert hidden_id not in dict(interview_choices(s))
        assert asset_choices(s) == []  # the photo is staff-only
