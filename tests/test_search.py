"""Searching the demo archive in Polish as people type it: inflections, no diacritics, phrases,
the query language, facets, snippets, "did you mean", access filtering and `zacni search`."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from archive_schema import Cue, Person
from tests.conftest import run_cli
from zacni_app.core.archive import Archive
from zacni_app.core.demo import load_demo
from zacni_app.core.demo_content import NARRATORS
from zacni_app.core.search import SearchResult, search
from zacni_app.core.search_index import open_index
from zacni_app.core.search_query import QueryError
from zacni_app.core.users import add_user

RESEARCHER = "badaczka"
VOLUNTEER = "wolontariusz"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo archive, loaded once (slow-ish), with a researcher and a volunteer, index built."""
    root = tmp_path_factory.mktemp("search-demo") / "archive"
    with Archive.create(root) as archive:
        load_demo(archive)
        with archive.transaction() as s:
            add_user(s, name=RESEARCHER, role="researcher")
            add_user(s, name=VOLUNTEER, role="volunteer")
        search(archive, "pszczoły")
    return root


@pytest.fixture(scope="module")
def demo(demo_dir: Path) -> Iterator[Archive]:
    """Shared by the tests that only read."""
    with Archive.open(demo_dir) as archive:
        yield archive


@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    """A private copy for tests that change the archive or drive it through the CLI."""
    target = tmp_path / "archive"
    shutil.copytree(demo_dir, target)
    return target


def keys(result: SearchResult) -> set[tuple[str, int]]:
    return {(h.type, h.id) for h in result.hits}


def cue_with(archive: Archive, words: str) -> Cue:
    with archive.session() as s:
        return s.scalars(select(Cue).where(Cue.text.contains(words))).one()


# -- Polish as people type it --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "spoken"),
    [
        ("pszczoly", "pszczołami"),
        ("Opatow", "w Opatowie"),
        ("opatow", "w Opatowie"),
        ("kowadlo", "kowadło"),
        ("zawody wedkarskie", "na zawodach wędkarskich"),
        ("golebie pocztowe", "gołębie pocztowe"),
    ],
)
def test_typed_without_diacritics_lands_on_the_cue_where_it_is_said(
    demo: Archive, typed: str, spoken: str
) -> None:
    cue = next(c for c in _cues(demo) if spoken in c.text)
    found = search(demo, typed, limit=200)
    hit = next((h for h in found.hits if h.type == "cue" and h.id == cue.id), None)
    assert hit is not None, f"{typed!r} did not reach the cue saying {spoken!r}"
    assert hit.start_ms == cue.start_ms
    with demo.session() as s:
        assert hit.asset_id == s.get(Cue, cue.id).transcript.asset_id  # type: ignore[union-attr]
    assert "«" in hit.snippet and "»" in hit.snippet


def _cues(archive: Archive) -> list[Cue]:
    with archive.session() as s:
        return list(s.scalars(select(Cue).where(Cue.access.is_(None))))


def test_phrase_matches_across_inflections_and_keeps_word_order(demo: Archive) -> None:
    cue = cue_with(demo, "dzięki studiu nagraniowemu")
    found = search(demo, '"studio nagraniowe"')
    assert [(h.type, h.id) for h in found.hits] == [("cue", cue.id)]
    assert "«studiu» «nagraniowemu»" in found.hits[0].snippet
    assert search(demo, '"nagraniowe studio"').total == 0
    # the same words apart are not the phrase, but both words alone do match
    assert search(demo, '"studio kultury"').total == 0
    assert search(demo, "studio kultury").total >= 1


def test_words_are_anded_or_is_a_union_and_minus_excludes(demo: Archive) -> None:
    bees, pigeons = search(demo, "pszczoly", limit=500), search(demo, "gołębie", limit=500)
    assert bees.total and pigeons.total
    either = search(demo, "pszczoly OR gołębie", limit=500)
    assert keys(either) == keys(bees) | keys(pigeons)
    assert search(demo, "pszczoly LUB gołębie", limit=500).total == either.total
    both = search(demo, "pszczoly opryski", limit=500)
    assert 0 < both.total < bees.total and keys(both) <= keys(bees)
    without = search(demo, "pszczoly -opryski", limit=500)
    assert keys(without) == keys(bees) - keys(both)
    assert search(demo, "pszczoly NOT opryski", limit=500).total == without.total
    assert search(demo, "pszczoly -pszczoły").total == 0
    grouped = search(demo, "(pszczoly OR gołębie) -opryski", limit=500)
    assert keys(grouped) == keys(either) - keys(both)


def test_field_queries_with_polish_names_and_english_aliases(demo: Archive) -> None:
    in_opatow = search(demo, "miejsce:Opatow", limit=500)
    assert in_opatow.total > 0
    assert keys(in_opatow) == keys(search(demo, "place:Opatów", limit=500))
    assert dict(in_opatow.facets["place"])["Opatów"] == in_opatow.total

    beekeeper = NARRATORS[0]
    by_person = search(demo, f'osoba:"{beekeeper.name}"', limit=500)
    assert by_person.total > 0 and dict(by_person.facets["person"])[beekeeper.name] == by_person.total
    surname = beekeeper.name.split()[-1]
    assert keys(search(demo, f"person:{surname}", limit=500)) >= keys(by_person)

    topic = search(demo, 'temat:"gołębie pocztowe"', limit=500)
    assert topic.total > 0 and dict(topic.facets["subject"])["gołębie pocztowe"] == topic.total

    photos = search(demo, "rodzaj:zdjęcie", limit=500)
    assert photos.total > 0 and {h.type for h in photos.hits} == {"asset"}
    assert photos.facets["kind"] == [("image", photos.total)]
    assert keys(search(demo, "kind:image", limit=500)) == keys(photos)
    assert {h.type for h in search(demo, "typ:wywiad pszczoly").hits} == {"interview"}


def test_year_ranges_in_both_spellings(demo: Archive) -> None:
    dashed = search(demo, "rok:1980-1989", limit=500)
    assert dashed.total > 0
    assert keys(dashed) == keys(search(demo, "rok:[1980 TO 1989]", limit=500))
    assert keys(dashed) == keys(search(demo, "year:1980-1989", limit=500))
    assert {d for d, _ in dashed.facets["decade"]} == {"1980s"}
    one_year = search(demo, "rok:1987", limit=500)
    assert 0 < one_year.total <= dashed.total and keys(one_year) <= keys(dashed)
    assert keys(search(demo, "dekada:1980", limit=500)) == keys(dashed)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"studio nagraniowe', "quotation mark"),
        ("(pszczoly OR gołębie", "not closed"),
        ("pszczoly)", "no opening"),
        ("pszczoly OR", "both sides"),
        ("OR pszczoly", "both sides"),
        ("-pszczoly", "only exclude"),
        ("wiek:12", "unknown field 'wiek'"),
        ("rok:dawno", "not a year"),
        ("rok:1990-1980", "ends before it starts"),
        ("rok:[1980 TO 1989", "closing ]"),
        ("rodzaj:rzeźba", "is not known"),
        ("miejsce:", "needs a value"),
        ("   ", "empty"),
        ("w i na", "very common words"),
        ("p*", "two letters"),
        ("()", "nothing to search for"),
    ],
)
def test_malformed_query_gets_a_plain_message(demo: Archive, query: str, says: str) -> None:
    with pytest.raises(QueryError, match=r"(?s).*" + says.replace("[", r"\[").replace("]", r"\]")) as caught:
        search(demo, query)
    assert caught.value.code == "bad_query"
    assert "\n" not in caught.value.message


def test_prefix_search(demo: Archive) -> None:
    found = search(demo, "pszcz*", limit=500)
    assert keys(search(demo, "pszczoly", limit=500)) <= keys(found)
    assert any("pszczelarstw" in h.snippet for h in found.hits)


# -- access ------------------------------------------------------------------------------------
def test_closed_cue_is_found_by_admin_only(demo: Archive) -> None:
    closed = cue_with(demo, "odszkodowanie")
    assert closed.access == "closed"
    as_admin = search(demo, "odszkodowanie")
    assert [(h.type, h.id) for h in as_admin.hits] == [("cue", closed.id)]
    assert "«odszkodowanie»" in as_admin.hits[0].snippet
    for user in (RESEARCHER, VOLUNTEER):
        hidden = search(demo, "odszkodowanie", user=user)
        assert hidden.total == 0 and hidden.hits == []
        assert all(n == 0 for counts in hidden.facets.values() for _, n in counts)
    # a misspelling must not reveal that the word exists in closed material
    assert any("odszkodowanie" in s for s in search(demo, "odszkodowanei").suggestions)
    assert search(demo, "odszkodowanei", user=RESEARCHER).suggestions == []


def test_private_person_fields_are_never_indexed_found_or_returned(demo: Archive, demo_copy: Path) -> None:
    with demo.session() as s:
        people = [(p.name, p.phone, p.email, p.address) for p in s.scalars(select(Person))]
    people = [p for p in people if any(p[1:])]
    assert people
    secrets = [v for p in people for v in p[1:] if v]
    name, phone, email, _ = people[0]
    opened = open_index(demo)
    assert opened is not None
    with opened.index.searcher() as searcher:
        stored = "\n".join(str(doc) for doc in searcher.all_stored_fields())
        lexicon = {t.decode("utf-8", "replace") for _, t in searcher.reader().all_terms()}
    for secret in secrets:
        assert secret not in stored
    assert phone is not None
    digits = phone.replace("+", "").split()
    assert not any(d in lexicon for d in digits[1:]), "phone number digits reached the index"
    email_user = email.split("@")[0] if email else None
    assert email_user is None or email_user.lower() not in lexicon
    for user in ("admin", RESEARCHER):
        assert search(demo, phone, user=user).total == 0
    answer = run_cli("--user", "admin", "search", name, "--json", "--limit", "100", archive=demo_copy)
    assert answer.code == 0, answer.stderr
    assert answer.json["total"] > 0
    for secret in secrets:
        assert secret not in answer.stdout


def test_embargoed_withdrawn_and_archive_only_interviews_are_hidden_from_researchers(demo: Archive) -> None:
    hidden = [n for n in NARRATORS if n.withdrawn_on or n.embargo_until or n.consent_scope == "archive"]
    assert len(hidden) >= 3
    for narrator in hidden:
        query = f'typ:wywiad "{narrator.interview_title}"'
        assert narrator.interview_title in {h.title for h in search(demo, query).hits}
        assert search(demo, query, user=RESEARCHER).total == 0
        spoken = f'"{narrator.cues[1].text}"'
        assert search(demo, spoken).total >= 1
        assert search(demo, spoken, user=RESEARCHER).total == 0
        assert search(demo, f'osoba:"{narrator.name}"').total > 0
        assert search(demo, f'osoba:"{narrator.name}"', user=RESEARCHER).total == 0


def test_facet_counts_follow_the_access_filter(demo: Archive) -> None:
    everything, visible = (
        search(demo, "Opatow", limit=500),
        search(demo, "Opatow", limit=500, user=RESEARCHER),
    )
    assert visible.total < everything.total
    for name, counts in visible.facets.items():
        admin_counts = dict(everything.facets[name])
        for value, count in counts:
            assert count <= admin_counts[value]
    photographer = next(n for n in NARRATORS if n.withdrawn_on)
    assert photographer.name in dict(everything.facets["person"])
    assert photographer.name not in dict(visible.facets["person"])


def test_choosing_a_facet_value_narrows_to_its_count(demo: Archive) -> None:
    found = search(demo, "Opatow", limit=500, user=RESEARCHER)
    assert set(found.facets) == {"subject", "place", "decade", "person", "kind", "collection"}
    for name in ("place", "subject", "decade", "person", "kind"):
        for value, count in found.facets[name][:3]:
            narrowed = search(demo, "Opatow", limit=500, user=RESEARCHER, facets={name: [value]})
            assert narrowed.total == count and keys(narrowed) <= keys(found)
    two = [v for v, _ in found.facets["place"][:2]]
    either = search(demo, "Opatow", limit=500, user=RESEARCHER, facets={"miejsce": two})
    assert either.total <= sum(n for _, n in found.facets["place"][:2])
    with pytest.raises(QueryError, match="unknown facet") as caught:
        search(demo, "Opatow", facets={"kolor": ["zielony"]})
    assert caught.value.code == "bad_facet"


def test_did_you_mean_offers_real_words_from_the_archive(demo: Archive) -> None:
    typo = search(demo, "psczoly")
    assert typo.total == 0 and "pszczoła" in typo.suggestions
    assert search(demo, typo.suggestions[0]).total > 0
    assert search(demo, "pszczoly").suggestions == []
    assert "Opatów" in search(demo, "Opatuw").suggestions


# -- the command line --------------------------------------------------------------------------
def test_cli_search_json_and_human_output(demo_copy: Path) -> None:
    answer = run_cli("search", '"studio nagraniowe"', "--json", archive=demo_copy)
    assert answer.code == 0, answer.stderr
    data = answer.json
    assert set(data) >= {"total", "hits", "facets", "suggestions"}
    assert data["total"] == 1
    hit = data["hits"][0]
    assert set(hit) >= {"type", "id", "title", "asset_id", "start_ms", "snippet"}
    assert hit["type"] == "cue" and isinstance(hit["asset_id"], int) and isinstance(hit["start_ms"], int)
    assert set(data["facets"]) == {"subject", "place", "decade", "person", "kind", "collection"}
    assert data["facets"]["place"] == [{"value": "Balbinów", "count": 1}]

    faceted = run_cli(
        "search", "pszczoly", "--facet", "kind:audio", "--json", "--limit", "50", archive=demo_copy
    )
    assert faceted.code == 0 and faceted.json["hits"]
    assert all(h["type"] in ("cue", "segment", "asset") for h in faceted.json["hits"])

    human = run_cli("search", "studio nagraniowe", archive=demo_copy)
    assert human.code == 0
    seconds = hit["start_ms"] // 1000
    assert f"{seconds // 60:02d}:{seconds % 60:02d}" in human.stdout and "«studiu»" in human.stdout


def test_cli_search_errors_are_one_line(demo_copy: Path) -> None:
    bad = run_cli("search", '"pszczoly', "--json", archive=demo_copy)
    assert bad.code == 1
    assert bad.json == {"error": {"code": "bad_query", "message": 'a quotation mark (") is not closed'}}
    assert bad.stderr.strip().count("\n") == 0 and "Traceback" not in bad.stderr
    usage = run_cli("search", "pszczoly", "--facet", "place", archive=demo_copy)
    assert usage.code == 2 and "FIELD:VALUE" in usage.stderr
    assert run_cli("search", "pszczoly", "--limit", "0", archive=demo_copy).code == 2


def test_cli_reindex_counts_documents_and_search_still_answers(demo_copy: Path) -> None:
    done = run_cli("reindex", "--json", archive=demo_copy)
    assert done.code == 0, done.stderr
    with Archive.open(demo_copy) as archive, archive.session() as s:
        from zacni_app.core.search_changes import count_documents

        assert done.json == {"documents": count_documents(s)}
    again = run_cli("--user", RESEARCHER, "search", "pszczoly", "--json", archive=demo_copy)
    assert again.code == 0 and again.json["total"] > 0
