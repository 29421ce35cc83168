"""The lists' book of consents says what access.py says, record by record, on random archives:
people narrating several interviews, general and per-interview consents, withdrawals, embargoes,
trashed interviews, photos with people seen, heard or only behind the camera."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from archive_schema import ACCESS_LEVELS, Asset, AssetPerson, Consent, Interview, InterviewPerson, Person
from zacni_app.core import access
from zacni_app.core.access_book import AccessBook
from zacni_app.core.archive import Archive
from zacni_app.core.catalogue_queries import section_ids
from zacni_app.core.users import add_user

TODAY = date.today()
NOW = datetime.now(UTC)


def _fill(archive: Archive, rng: random.Random) -> None:
    with archive.transaction() as s:
        people = [
            Person(name=f"Osoba {n}", sort_name=f"osoba {n}", access=rng.choice(ACCESS_LEVELS))
            for n in range(30)
        ]
        s.add_all(people)
        interviews = []
        for n in range(25):
            interview = Interview(title=f"Wywiad {n}", language="pl", access=rng.choice(ACCESS_LEVELS))
            if rng.random() < 0.15:
                interview.deleted_at = NOW
            interviews.append(interview)
        s.add_all(interviews)
        s.flush()
        for interview in interviews:
            for position, person in enumerate(rng.sample(people, rng.choice([0, 1, 1, 2]))):
                s.add(InterviewPerson(interview=interview, person=person, role="narrator", position=position))
        for _ in range(45):
            signed = TODAY - timedelta(days=rng.randint(1, 900))
            consent = Consent(
                person=rng.choice(people),
                interview=rng.choice([None, None, *interviews]),
                scope=rng.choice(["archive", "research", "publish", "publish-with-name"]),
                signed_on=signed,
            )
            if rng.random() < 0.15:
                consent.withdrawn_on = signed + timedelta(days=rng.randint(0, 30))
            if rng.random() < 0.2:
                consent.embargo_until = TODAY + timedelta(days=rng.randint(-400, 400))
            s.add(consent)
        for n in range(40):
            asset = Asset(
                sha256=f"{rng.getrandbits(256):064x}",
                kind="image",
                size=100 + n,
                mime="image/jpeg",
                ext="jpg",
                original_name=f"zdjecie_{n}.jpg",
                imported_at=NOW,
                access=rng.choice(ACCESS_LEVELS),
                interview=rng.choice([None, *interviews]),
            )
            s.add(asset)
            for person in rng.sample(people, rng.choice([0, 1, 2])):
                role = rng.choice(["depicted", "speaker", "photographer", "donor"])
                s.add(AssetPerson(asset=asset, person=person, role=role))
        add_user(s, name="badacz", role="researcher")
        add_user(s, name="wolontariusz", role="volunteer")


@pytest.mark.parametrize("seed", range(6))
def test_the_book_and_the_record_by_record_rules_agree(archive: Archive, seed: int) -> None:
    _fill(archive, random.Random(seed))
    with archive.session() as s:
        book = AccessBook(s, TODAY)
        for interview in s.scalars(select(Interview)):
            assert book.interview_level(interview.id) == access.interview_access(s, interview, TODAY), (
                interview.id
            )
        narrators = set(
            s.scalars(select(InterviewPerson.person_id).where(InterviewPerson.role == "narrator"))
        )
        people = book.person_levels()
        assert set(people) == narrators
        for person in s.scalars(select(Person)):
            expected = access.person_access(s, person, TODAY)
            assert people.get(person.id, person.access) == expected, person.id
        assert book.person_levels([min(narrators)]) == {min(narrators): people[min(narrators)]}
        own = book.asset_own_levels()
        for asset in s.scalars(select(Asset)):
            expected = access.asset_own_access(s, asset, TODAY)
            assert own.get(asset.id, asset.access) == expected, asset.id


@pytest.mark.parametrize("seed", range(3))
def test_each_role_lists_exactly_what_it_may_open(archive: Archive, seed: int) -> None:
    _fill(archive, random.Random(100 + seed))
    for user in ("admin", "wolontariusz", "badacz"):
        with archive.session(user) as s:
            actor = access.actor_of(s)
            listed = set(section_ids(s, "interviews"))
            live = s.scalars(select(Interview).where(Interview.deleted_at.is_(None)))
            assert listed == {i.id for i in live if access.may_see(actor, access.interview_access(s, i))}
            listed = set(section_ids(s, "assets"))
            assets = s.scalars(select(Asset).where(Asset.deleted_at.is_(None)))
            assert listed == {a.id for a in assets if access.may_see(actor, access.asset_access(s, a))}
            listed = set(section_ids(s, "people"))
            people = s.scalars(select(Person).where(Person.deleted_at.is_(None)))
            assert listed == {p.id for p in people if access.may_see(actor, access.person_access(s, p))}
