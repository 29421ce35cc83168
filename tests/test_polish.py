"""Polish alphabetical order, in Python and in the database."""

from __future__ import annotations

from sqlalchemy import text

from zacni_app.core.archive import Archive
from zacni_app.core.people import add_person, list_people
from zacni_app.core.polish import default_sort_name, sort_key, sorted_polish


def test_polish_letters_follow_their_base_letters() -> None:
    names = [
        "Marek",
        "Żaneta",
        "Łukasz",
        "Lucyna",
        "Źdźisław",
        "Zenon",
        "Ćwik",
        "Czesław",
        "Ścibor",
        "Szymon",
    ]
    assert sorted_polish(names) == [
        "Czesław", "Ćwik", "Lucyna", "Łukasz", "Marek", "Szymon", "Ścibor", "Zenon", "Źdźisław", "Żaneta",
    ]  # fmt: skip


def test_case_and_foreign_accents_only_break_ties() -> None:
    assert sort_key("ala") < sort_key("Ala") < sort_key("alb")
    assert sort_key("Müller") < sort_key("Muzyk")
    assert sorted_polish(["Óla", "Ola", "Opatów"]) == ["Ola", "Opatów", "Óla"]


def test_words_sort_word_by_word() -> None:
    assert sorted_polish(["Kowalski, Jan", "Kowalska, Anna", "Kowal, Zenon"]) == [
        "Kowal, Zenon", "Kowalska, Anna", "Kowalski, Jan",
    ]  # fmt: skip


def test_default_sort_name_is_surname_first() -> None:
    assert default_sort_name("Stanisław  Wójcik") == "Wójcik, Stanisław"
    assert default_sort_name("Wójcik, Stanisław") == "Wójcik, Stanisław"
    assert default_sort_name("Madonna") == "Madonna"


def test_people_are_listed_in_polish_order(archive: Archive) -> None:
    with archive.transaction() as s:
        for name in ["Marek", "Żaneta", "Łukasz", "Lucyna"]:
            add_person(s, name=name)
    with archive.session() as s:
        assert [p.name for p in list_people(s)] == ["Lucyna", "Łukasz", "Marek", "Żaneta"]


def test_sqlite_collation_pl_orders_like_python(archive: Archive) -> None:
    with archive.engine.connect() as conn:
        rows = (
            conn.execute(
                text(
                    "SELECT v FROM (SELECT 'Żaneta' v UNION SELECT 'Łukasz' UNION SELECT 'Lucyna'"
                    " UNION SELECT 'Marek') ORDER BY v COLLATE pl"
                )
            )
            .scalars()
            .all()
        )
    assert rows == ["Lucyna", "Łukasz", "Marek", "Żaneta"]
