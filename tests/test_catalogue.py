"""Catalogue services: validation, optimistic locking, audit trail, roles, private fields."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from archive_schema import AuditEvent, Person
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from zacni_app.core.interviews import (
    add_interview,
    get_interview,
    interview_dict,
    list_interviews,
    update_interview,
)
from zacni_app.core.people import (
    add_person,
    get_person,
    list_people,
    person_dict,
    restore_person,
    trash_person,
    update_person,
)
from zacni_app.core.users import add_user


def _person(archive: Archive, name: str = "Stanisław Wójcik", **fields: object) -> int:
    with archive.transaction() as s:
        return add_person(s, name=name, **fields).id  # type: ignore[arg-type]


def test_add_person_cleans_values_and_sorts_by_surname(archive: Archive) -> None:
    pid = _person(archive, "  Jan   Maria Kowalski ", birth_year=1948, phone="+48 600 100 200")
    with archive.session() as s:
        person = get_person(s, pid)
        assert person.name == "Jan   Maria Kowalski"
        assert person.sort_name == "Kowalski, Jan Maria"
        assert person.version == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "Ala", "birth_year": 1200}, "birth_year"),
        ({"name": "Ala", "email": "not-an-address"}, "email"),
        ({"name": "Ala", "phone": "call me"}, "phone"),
        ({"name": "Ala", "access": "secret"}, "access"),
        ({"name": "x" * 201}, "name"),
        ({"name": "Ala\x00"}, "name"),
    ],
)
def test_invalid_person_values_name_the_field(
    archive: Archive, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as err, archive.transaction() as s:
        add_person(s, **fields)  # type: ignore[arg-type]
    assert err.value.field == field
    with archive.session() as s:
        assert list_people(s) == []


def test_second_save_of_the_same_version_is_a_conflict(archive: Archive) -> None:
    """Two PCs load version 1; the first saves; the second is refused and nothing is overwritten."""
    pid = _person(archive)
    with archive.session() as s:
        loaded_by_a = get_person(s, pid).version
        loaded_by_b = get_person(s, pid).version
    with archive.transaction() as s:
        update_person(s, pid, expected_version=loaded_by_a, bio="Pszczelarz od 1970 roku.")
    with pytest.raises(ConflictError, match="changed by someone else"), archive.transaction() as s:
        update_person(s, pid, expected_version=loaded_by_b, bio="Wędkarz.")
    with archive.session() as s:
        person = get_person(s, pid)
        assert person.bio == "Pszczelarz od 1970 roku."
        assert person.version == 2


def test_stale_object_flush_is_refused_by_the_version_column(archive: Archive) -> None:
    """Even without an expected version, the UPDATE itself checks the row's version."""
    pid = _person(archive)
    stale = archive._sessions()
    obj = stale.get(Person, pid)
    assert obj is not None
    stale.commit()  # release the read snapshot, keep the loaded object (version 1)
    with archive.transaction() as s:
        update_person(s, pid, expected_version=1, locality="Opatów")
    obj.locality = "Karwów"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        stale.commit()
    stale.close()
    with archive.session() as s:
        assert get_person(s, pid).locality == "Opatów"


def test_every_change_is_audited_with_user_and_fields(archive: Archive) -> None:
    with archive.transaction() as s:
        add_user(s, name="ewa", role="cataloguer")
    with archive.transaction("ewa") as s:
        pid = add_person(s, name="Helena Zając", phone="+48 600 100 201").id
    with archive.transaction("ewa") as s:
        update_person(s, pid, expected_version=1, locality="Sadowie", phone="+48 600 100 299")
    with archive.transaction("ewa") as s:
        trash_person(s, pid)
    with archive.session() as s:
        events = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "person", AuditEvent.entity_id == pid)
            .order_by(AuditEvent.id)
        ).all()
    assert [e.action for e in events] == ["create", "update", "trash"]
    assert {e.user_name for e in events} == {"ewa"}
    assert events[0].changes["name"] == [None, "Helena Zając"]
    assert events[1].changes["locality"] == [None, "Sadowie"]
    # private values are recorded as changed but never copied into the audit
    assert events[1].changes["phone"] == ["•••", "•••"]
    assert "600" not in repr([e.changes for e in events])
    assert events[0].at.tzinfo is not None


def test_failed_change_leaves_neither_record_nor_audit(archive: Archive) -> None:
    with archive.session() as s:
        before = len(s.scalars(select(AuditEvent)).all())
    with pytest.raises(ValidationError), archive.transaction() as s:
        add_person(s, name="Ok")
        add_person(s, name="")
    with archive.session() as s:
        assert len(s.scalars(select(AuditEvent)).all()) == before
        assert list_people(s) == []


def test_trash_and_restore(archive: Archive) -> None:
    pid = _person(archive)
    with archive.transaction() as s:
        trash_person(s, pid)
    with archive.session() as s:
        assert list_people(s) == []
        with pytest.raises(NotFoundError):
            get_person(s, pid)
    with archive.transaction() as s:
        restore_person(s, pid)
    with archive.session() as s:
        assert [p.id for p in list_people(s)] == [pid]


def test_roles_limit_what_a_user_may_do(archive: Archive) -> None:
    pid = _person(archive, phone="+48 600 100 202", email="jan@example.org")
    with archive.transaction() as s:
        add_user(s, name="badacz", role="researcher")
        add_user(s, name="wolontariusz", role="volunteer")
    with pytest.raises(PermissionDenied, match="may not change"), archive.transaction("badacz") as s:
        add_person(s, name="Ktoś")
    with pytest.raises(PermissionDenied, match="may not delete"), archive.transaction("wolontariusz") as s:
        trash_person(s, pid)
    with pytest.raises(PermissionDenied), archive.transaction("wolontariusz") as s:
        update_person(s, pid, expected_version=1, phone="+48 111 111 111")
    with archive.transaction("wolontariusz") as s:
        update_person(s, pid, expected_version=1, bio="Opowiada o pszczołach.")
    for user in ("badacz", "wolontariusz"):
        with archive.session(user) as s:
            data = person_dict(s, get_person(s, pid))
            assert "phone" not in data and "email" not in data and "address" not in data
    with archive.session("admin") as s:
        assert person_dict(s, get_person(s, pid))["phone"] == "+48 600 100 202"


def test_researcher_sees_only_what_consent_and_access_allow(archive: Archive) -> None:
    with archive.transaction() as s:
        add_user(s, name="badacz", role="researcher")
        a = add_person(s, name="Anna Publiczna").id
        b = add_person(s, name="Bogdan Wycofany").id
        c = add_person(s, name="Celina Embargo").id
        ia = add_interview(s, title="Haft", narrators=[a], access="public").id
        ib = add_interview(s, title="Gołębie", narrators=[b], access="public").id
        ic = add_interview(s, title="Kowalstwo", narrators=[c], access="public").id
        idx = add_interview(s, title="Bez zgody", narrators=[a, b], access="research").id
        add_consent(s, person_id=a, scope="publish-with-name", signed_on="2024-05-01")
        add_consent(s, person_id=b, scope="publish", signed_on="2024-05-01", withdrawn_on="2025-02-01")
        add_consent(
            s,
            person_id=c,
            scope="publish",
            signed_on="2024-05-01",
            embargo_until=date.today() + timedelta(days=900),
        )
    with archive.session("badacz") as s:
        assert [i.id for i in list_interviews(s)] == [ia]
        with pytest.raises(NotFoundError):
            get_interview(s, ib)
        assert interview_dict(s, get_interview(s, ia))["effective_access"] == "public"
    with archive.session("admin") as s:
        levels = {i.id: interview_dict(s, i)["effective_access"] for i in list_interviews(s)}
    assert levels == {ia: "public", ib: "closed", ic: "staff", idx: "closed"}


def test_the_people_list_shows_and_sorts_by_the_access_their_consents_give(archive: Archive) -> None:
    from zacni_app.core.catalogue_queries import section_ids, section_rows

    with archive.transaction() as s:
        kept = add_person(s, name="Adam Zgodny", access="public").id
        gone = add_person(s, name="Barbara Wycofana", access="public").id
        plain = add_person(s, name="Cezary Bez Wywiadu", access="research").id
        add_interview(s, title="Haft", narrators=[kept], access="public")
        add_interview(s, title="Gołębie", narrators=[gone], access="public")
        add_consent(s, person_id=kept, scope="publish-with-name", signed_on="2024-05-01")
        add_consent(s, person_id=gone, scope="publish", signed_on="2024-05-01", withdrawn_on="2025-02-01")
    with archive.session("admin") as s:
        rows = section_rows(s, "people", [kept, gone, plain])
        assert {k: r["access"] for k, r in rows.items()} == {
            kept: "public",
            gone: "closed",
            plain: "research",
        }
        assert section_ids(s, "people", sort="access") == [kept, plain, gone]
        assert section_ids(s, "people", sort="access", descending=True) == [gone, plain, kept]


def test_review_lists_interviews_whose_narrators_signed_nothing_for_them(archive: Archive) -> None:
    from zacni_app.core.catalogue_queries import section_ids, section_rows
    from zacni_app.core.trash import trash_record

    with archive.transaction() as s:
        signed = add_person(s, name="Adam Podpisany").id
        other = add_person(s, name="Bożena Inny Wywiad").id
        nobody = add_person(s, name="Czesław Bez Zgody").id
        ok = add_interview(s, title="Haft", narrators=[signed]).id
        elsewhere = add_interview(s, title="Gołębie", narrators=[other]).id
        unsigned = add_interview(s, title="Kowalstwo", narrators=[signed, nobody]).id
        trashed = add_interview(s, title="Wędkarstwo", narrators=[nobody]).id
        add_consent(s, person_id=signed, scope="research", signed_on="2024-05-01")
        add_consent(s, person_id=other, interview_id=ok, scope="research", signed_on="2024-05-01")
        trash_record(s, "interview", trashed, expected_version=None)
    with archive.session("admin") as s:
        keys = section_ids(s, "review")
        rows = section_rows(s, "review", keys)
    assert keys == [("interview", elsewhere), ("interview", unsigned)]  # in Polish order of title
    assert rows[("interview", unsigned)]["detail"] == "Czesław Bez Zgody"
    assert rows[("interview", elsewhere)] == {
        "kind": "interview",
        "title": "Gołębie",
        "problem": "no_consent",
        "detail": "Bożena Inny Wywiad",
    }
    assert ("interview", ok) not in rows


def test_interview_links_people_place_and_subjects(archive: Archive) -> None:
    n = _person(archive, "Stanisław Wójcik")
    i = _person(archive, "Anna Nowak")
    with archive.transaction() as s:
        iid = add_interview(
            s,
            title="Życie z pszczołami",
            narrators=[n],
            interviewers=[i],
            recorded_on="2025-06-14",
            place="Karwów",
            subjects=["pszczelarstwo", "Zielarstwo"],
        ).id
    with archive.session() as s:
        data = interview_dict(s, get_interview(s, iid))
    assert data["date"] == "2025-06-14"
    assert data["place"] == "Karwów"
    assert data["subjects"] == ["pszczelarstwo", "zielarstwo"]  # matched to the thesaurus, case-insensitive
    assert [p["name"] for p in data["narrators"]] == ["Stanisław Wójcik"]
    with archive.transaction() as s:
        update_interview(s, iid, expected_version=data["version"], narrators=[n, i], interviewers=[])
    with archive.session() as s:
        again = interview_dict(s, get_interview(s, iid))
    assert [p["name"] for p in again["narrators"]] == ["Stanisław Wójcik", "Anna Nowak"]
    assert again["interviewers"] == []
    assert again["version"] == data["version"] + 1


def test_interview_validation(archive: Archive) -> None:
    with pytest.raises(ValidationError, match="narrator"), archive.transaction() as s:
        add_interview(s, title="X", narrators=[999])
    with pytest.raises(ValidationError, match="future"), archive.transaction() as s:
        add_interview(s, title="X", recorded_on=(date.today() + timedelta(days=3)).isoformat())
    with pytest.raises(ValidationError, match="YYYY-MM-DD"), archive.transaction() as s:
        add_interview(s, title="X", recorded_on="14.06.2025")


def test_version_race_inside_a_transaction_is_a_conflict(archive: Archive) -> None:
    """If the row's version moves between load and save, the service's transaction reports a conflict."""
    pid = _person(archive)
    with pytest.raises(ConflictError, match="changed by someone else"), archive.transaction() as s:
        person = get_person(s, pid)
        # another writer bumps the version behind this session's back (same connection, raw SQL)
        s.execute(text("UPDATE person SET version = version + 1 WHERE id = :id"), {"id": pid})
        person.bio = "Nadpisanie"
    with archive.session() as s:
        assert get_person(s, pid).bio is None


def test_vocabulary_matches_polish_letters_whatever_their_case(archive: Archive) -> None:
    from zacni_app.core.vocabulary import place, subject

    with archive.transaction() as s:
        first = place(s, "Ćmielów").id
        assert place(s, "Ćmielów").id == first
        assert place(s, "ĆMIELÓW").id == first and place(s, "ćmielów").id == first
        assert place(s, "Ćmielówek").id != first
        bees = subject(s, "Gołębie pocztowe").id
        assert subject(s, "GOŁĘBIE POCZTOWE").id == bees
