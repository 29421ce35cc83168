"""Polish analysis through a real Whoosh index: diacritic-less and inflected queries find the text."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.index import Index
from whoosh.qparser import QueryParser
from whoosh.query import Or, Query, Term

from zacni_app.core.analysis_pl import (
    STOP_WORDS,
    analyse,
    diacritic_variants,
    fold,
    lemma_terms,
    polish_analyzer,
    restored_spellings,
    word_forms,
)

REPO = Path(__file__).resolve().parent.parent

DOCUMENTS = {
    "beekeeper": "Hodował pszczoły przez całe życie.",
    "apiary": "Pracował razem z pszczołami w pasiece ojca.",
    "opatow": "Babcia mieszkała w Opatowie aż do wojny.",
    "studio": "Płytę nagrali dzięki studiu nagraniowemu w Krakowie.",
    "studio_apart": "Studio było małe, a sprzęt nagraniowy stary.",
    "meadow": "Ta łąka należała do dziadka.",
    "meadows": "Zbierała zioła na łąkach za wsią.",
    "lace": "Koronki klockowe robiła wieczorami.",
    "neighbour": "Rozmawiała z panią Zacnowską o haftach.",
    "memoir": "Wspomnienia Marii Zacnowskiej z lat pięćdziesiątych.",
    "town_and_country": "Opowiadał o współzależności wsi i miasteczka.",
}


def make_index(folder: Path) -> Index:
    schema = Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=polish_analyzer(), stored=True))
    ix = index.create_in(str(folder), schema)
    with ix.writer() as writer:
        for doc_id, text in DOCUMENTS.items():
            writer.add_document(id=doc_id, text=text)
    return ix


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return make_index(tmp_path_factory.mktemp("whoosh"))


def expand(query: Query, typed: str, known: Callable[[str], bool] | None) -> Query:
    """Each parsed single-word Term becomes an Or of `lemma_terms` of the word the user typed."""
    if isinstance(query, Term) and getattr(query, "startchar", None) is not None:
        terms = lemma_terms(typed[query.startchar : query.endchar], known)
        return Or([Term(query.fieldname, term) for term in terms]) if len(terms) > 1 else query
    if query.is_leaf():
        return query
    return query.apply(lambda sub: expand(sub, typed, known))


def hits(ix: Index, typed: str, expansion: bool = True) -> set[str]:
    query = QueryParser("text", ix.schema).parse(typed)
    with ix.searcher() as searcher:
        if expansion:
            reader = searcher.reader()
            query = expand(query, typed, lambda term: ("text", term) in reader)
        return {hit["id"] for hit in searcher.search(query, limit=None)}


@pytest.mark.parametrize("typed", ["pszczoly", "pszczół", "pszczołami", "Pszczoły", "PSZCZOLY"])
def test_any_form_of_bee_finds_both_bee_documents(ix: Index, typed: str) -> None:
    assert hits(ix, typed) == {"beekeeper", "apiary"}


def test_without_diacritics_needs_the_restoration(ix: Index) -> None:
    """simplemma cannot lemmatise "pszczoly": without lemma_terms nothing would be found."""
    assert hits(ix, "pszczoly", expansion=False) == set()
    assert lemma_terms("pszczoly") == ["pszczoly", "pszczola"]


@pytest.mark.parametrize("typed", ["Opatow", "Opatowa", "opatowa", "Opatów", "opatowie"])
def test_town_in_any_case_finds_the_locative(ix: Index, typed: str) -> None:
    assert hits(ix, typed) == {"opatow"}


def test_phrase_matches_across_inflection_and_only_adjacent_words(ix: Index) -> None:
    assert hits(ix, '"studio nagraniowe"') == {"studio"}
    assert hits(ix, "studio nagraniowe") == {"studio", "studio_apart"}


@pytest.mark.parametrize("typed", ["łąka", "laka", "łąkach", "Łące", "LAKACH"])
def test_meadow_forms_find_each_other(ix: Index, typed: str) -> None:
    assert hits(ix, typed) == {"meadow", "meadows"}


@pytest.mark.parametrize("typed", ["i", "w", "się", "sie", "z", "na"])
def test_stop_words_match_nothing(ix: Index, typed: str) -> None:
    assert hits(ix, typed) == set()
    assert fold(typed) in STOP_WORDS


def test_stop_words_do_not_water_down_a_query(ix: Index) -> None:
    assert hits(ix, "pszczoły i w się") == {"beekeeper", "apiary"}


def test_offsets_point_at_the_original_words() -> None:
    text = "Zbierała zioła na łąkach, pszczołami się zajmował."
    tokens = [
        (t.text, t.pos, text[t.startchar : t.endchar])
        for t in polish_analyzer()(text, positions=True, chars=True)
    ]
    assert tokens == [
        ("zbierac", 0, "Zbierała"), ("ziolo", 1, "zioła"), ("laka", 2, "łąkach"),
        ("pszczola", 3, "pszczołami"), ("zajmowac", 4, "zajmował"),
    ]  # fmt: skip


def test_highlight_marks_the_inflected_word(ix: Index) -> None:
    query = expand(QueryParser("text", ix.schema).parse("pszczoly"), "pszczoly", None)
    with ix.searcher() as searcher:
        results = searcher.search(query)
        highlights = {hit["id"]: hit.highlights("text") for hit in results}
    assert "pszczołami</b>" in highlights["apiary"]
    assert "pszczoły</b>" in highlights["beekeeper"]


def test_digits_are_kept_and_years_stay_searchable() -> None:
    assert analyse("W 1956 roku, w latach 80., Kowalska-Nowak") == [
        "1956",
        "rok",
        "rok",
        "80",
        "kowalska",
        "nowak",
    ]


def test_text_pasted_in_decomposed_unicode_is_one_word() -> None:
    decomposed = unicodedata.normalize("NFD", "Zbierała zioła na łąkach w Opatowie")
    assert analyse(decomposed) == ["zbierac", "ziolo", "laka", "opatow"]


def test_analyzer_survives_pickling_and_a_fresh_process(tmp_path: Path) -> None:
    """Whoosh pickles the analyzer into the index; another process must unpickle and use it."""
    assert pickle.loads(pickle.dumps(polish_analyzer())) == polish_analyzer()
    make_index(tmp_path).close()
    script = (
        "import json, sys\n"
        "from whoosh import index\n"
        "from whoosh.qparser import QueryParser\n"
        "ix = index.open_dir(sys.argv[1])\n"
        "out = {}\n"
        "for typed in ('pszczołami', 'Opatowa', '\"studio nagraniowe\"', 'łąkach'):\n"
        "    with ix.searcher() as s:\n"
        "        q = QueryParser('text', ix.schema).parse(typed)\n"
        "        out[typed] = sorted(hit['id'] for hit in s.search(q, limit=None))\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == {
        "pszczołami": ["apiary", "beekeeper"],
        "Opatowa": ["opatow"],
        '"studio nagraniowe"': ["studio"],
        "łąkach": ["meadow", "meadows"],
    }


FAMILIES = [
    ["ręka", "rękami", "ręce", "ręką"],
    ["dziecko", "dzieci", "dzieciom", "dzieckiem"],
    ["gołąb", "gołębie", "gołębiami", "gołębia"],
    ["pszczelarz", "pszczelarzem", "pszczelarze", "pszczelarza"],
    ["koronka", "koronkami", "koronek"],
    ["haft", "haftem", "hafty"],
    ["Kraków", "Krakowie", "Krakowa"],
    ["stolarz", "stolarzem", "stolarze"],
    ["łąka", "łąkach", "łące"],
    ["wieś", "wsi", "wsią"],
    ["ogród", "ogrodzie", "ogrodami"],
    ["hodować", "hodował", "hodowała", "hoduje"],
]


def test_inflected_forms_conflate_to_one_term() -> None:
    """Measured with simplemma 2.0.0: 11 of these 12 families (41 forms) conflate completely;
    "gołębie"/"gołębia" go to the adjective "gołębi", so 39 of 41 forms reach their family's term."""
    families_whole = 0
    forms_home = 0
    for family in FAMILIES:
        terms = [tuple(analyse(form)) for form in family]
        families_whole += len(set(terms)) == 1
        forms_home += terms.count(terms[0])
    assert sum(map(len, FAMILIES)) == 41
    assert families_whole >= 11
    assert forms_home >= 39


def test_analysis_is_deterministic() -> None:
    text = " ".join(DOCUMENTS.values())
    assert analyse(text) == analyse(text) == [t.text for t in polish_analyzer()(text, mode="query")]


def test_diacritic_restoration_follows_polish_spelling() -> None:
    variants = list(diacritic_variants("zolc"))
    assert variants[0] == "zolc" and "żółć" in variants
    assert not any(v.startswith("ź") for v in variants)  # "źo" is written "zio"
    assert all("rż" not in v and "sź" not in v for v in diacritic_variants("przeszla"))
    assert len(list(diacritic_variants("zaangazowanie"))) <= 512


@pytest.mark.parametrize("typed", ["wspolzaleznosci", "wspolzaleznosc", "Wspolzaleznoscia"])
def test_a_long_word_typed_without_diacritics_is_restored(ix: Index, typed: str) -> None:
    assert hits(ix, typed) == {"town_and_country"}


@pytest.mark.parametrize(
    "typed", ["wspolzaleznosci", "pszczoly", "opatowa", "zolc", "laka", "lodz", "zrodlami"]
)
def test_the_prefix_walk_finds_every_spelling_the_dictionary_holds(typed: str) -> None:
    """The fast walk over simplemma's sorted forms must equal trying every allowed spelling."""
    forms = word_forms()
    assert forms.searchable, "simplemma's low-memory stream no longer has the layout WordForms reads"
    every = {
        cased
        for spelling in diacritic_variants(typed, limit=100_000)
        for cased in (spelling, spelling[:1].upper() + spelling[1:])
        if forms.holds(cased)
    }
    assert set(restored_spellings(typed)) == every
    assert every  # each of these words has at least one real spelling


def test_restoration_keeps_proper_nouns_and_common_words_apart() -> None:
    assert {"opatowa", "Opatowa"} <= set(restored_spellings("opatowa"))
    assert "współzależności" in set(restored_spellings("wspolzaleznosci"))
    assert "Łódź" in set(restored_spellings("lodz"))
    assert "Szcześniak" in set(restored_spellings("szczesniak"))  # no lowercase form starts "szcześn"


@pytest.mark.parametrize("typed", ["Zacnowska", "Zacnowskiej", "zacnowską"])
def test_a_surname_simplemma_lemmatises_unevenly_is_found_through_the_lexicon(ix: Index, typed: str) -> None:
    """simplemma gives "zacnowski" for "Zacnowskiej" but "zacnowska" for "Zacnowska": the ending
    fallback bridges them, and only with terms the index really holds."""
    assert hits(ix, typed) == {"neighbour", "memoir"}
    assert lemma_terms(typed, known=set().__contains__) == analyse(typed)


def test_a_typed_diacritic_is_trusted() -> None:
    assert lemma_terms("pszczół") == ["pszczola"]
    assert lemma_terms("się") == []
