"""Polish text analysis for the Whoosh index: researchers type "pszczoly" and must find "pszczołami".

One analyzer serves documents and queries alike (Whoosh runs it on both sides), so every form of a
word ends up as one index term: the dictionary lemma, lowercased, with diacritics folded
("Pszczołami" → "pszczoła" → "pszczola"; "w Opatowie" → "Opatów" → "opatow").

    tokenize (letters/digits, keeping char offsets) → lemmatise with simplemma, in original case
    (simplemma only knows "Opatowie" → "Opatów" capitalised) → lowercase + fold (ą→a … ł→l) →
    drop stop words (compared folded, positions renumbered so phrases skip them)

Words typed without diacritics are the hard part: simplemma cannot lemmatise "pszczoly" (it is
not in its dictionary) and a folded-form → lemma map of the whole Polish dictionary costs
~700 MB and 9 s. `lemma_terms` therefore expands a query word at query time. Chosen: (a) + (c).

  (a) diacritic restoration: the spellings a plain word may stand for ("pszczoly" → "pszczoły")
      that simplemma's dictionary holds, lower or capitalised ("opatowa" → "Opatowa" → Opatów),
      lemmatised. Polish spelling rules drop impossible letters (ś/ć/ń/ź and ą/ę/ó never before
      a vowel, ą/ę never word-initial, "sz"/"cz"/"rz" keep their z), and the word is grown letter
      by letter over simplemma's sorted word forms, dropping a branch as soon as no form starts
      with it (`WordForms`). Trying every allowed spelling instead costs up to ~500 lookups, 25 ms
      for "wspolzaleznosci"; the prefix walk finds the same spellings (584 words compared) in
      0.36 ms mean, 0.62 ms p95, 0.82 ms max over 500 words, caches empty.
  (c) if neither the word nor any restoration is in the dictionary (a surname, a local place),
      common Polish endings are swapped on the folded stem and kept only when the caller's
      `known` callback finds them in the index lexicon ("Zacnowska" ↔ "Zacnowskiej").
  (b), a surface → lemma map collected at index time, was not needed: (a) already answers in
      under a millisecond, with no state to persist and keep in step with the index.

simplemma runs on its low-memory dictionary backend (a front-coded stream): 1.3 s and ~55 MB to
load against 2.3 s and ~410 MB for its default dict backend, at ~8 µs instead of ~1 µs a lookup.
The per-token cache (`index_term`) hides that at index time: warm analysis runs at 0.96x the speed
of Whoosh's StandardAnalyzer, a first (cold) pass at 0.32x (benchmarks/analysis_pl.py).

Every class here is top level and stateless beyond plain values, because Whoosh pickles the
analyzer into the index's schema and unpickles it in whichever process opens the index.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import combinations, product
from typing import Any

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import LOW_MEMORY_DICTIONARY_FACTORY, frontcode
from whoosh.analysis import Analyzer, Filter, RegexTokenizer, StopFilter

from zacni_app.core.analysis_pl_words import (
    DIACRITICS,
    DIGRAPH_HEADS,
    INFLECTED_ENDINGS,
    LEMMA_ENDINGS,
    NOT_BEFORE_VOWEL,
    STOP_WORDS,
    VOWELS,
)

__all__ = [
    "STOP_WORDS", "WORD_PATTERN", "PolishWordFilter", "WordForms", "analyse", "diacritic_variants", "fold",
    "index_term", "known_form", "lemma", "lemma_terms", "polish_analyzer", "restored_spellings", "word_forms",
]  # fmt: skip

LANG = "pl"
MAX_VARIANTS = 512
"""Spellings tried per word when the dictionary cannot be searched by prefix (see `WordForms`)."""

# Letters with a combining mark split off (text in NFD, e.g. pasted from a Mac) stay in the word.
WORD_PATTERN = r"[^\W_]+(?:[\u0300-\u036f]+[^\W_]*)*"

_FOLD_TABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss"})

_MIN_STEM = 3


def fold(text: str) -> str:
    """Lowercase and strip diacritics ("Łąka" → "laka"); ł has no Unicode decomposition, so by table."""
    if text.isascii():
        return text.lower()
    return _fold_non_ascii(text)


@lru_cache(maxsize=65536)
def _fold_non_ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_FOLD_TABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _lemmatizer() -> Lemmatizer:
    """Loaded on first use (1.3 s) so that importing the module stays cheap; its own cache is
    off because `index_term` caches the whole per-token result."""
    return Lemmatizer(cache_max_size=0, lemmatization_strategy=DefaultStrategy(low_memory=True))


@lru_cache(maxsize=1)
def _dictionary() -> DictionaryLookupStrategy:
    """Plain dictionary lookup: "is this spelling a real Polish word form?" without rule guessing."""
    return DictionaryLookupStrategy(LOW_MEMORY_DICTIONARY_FACTORY)


def lemma(word: str) -> str:
    """simplemma's lemma of one token in its original case ("Opatowie" → "Opatów")."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)  # "a" + combining ogonek is not alphabetic
    if not word.isalpha():
        return word  # digits, or a wildcard query's "pszcz*": nothing to lemmatise
    return str(_lemmatizer().lemmatize(word, LANG))


@lru_cache(maxsize=65536)
def index_term(word: str) -> str:
    """The index term of one token: its lemma, lowercased and folded ("Pszczołami" → "pszczola").

    Cached because interviews repeat their vocabulary: a cache hit costs ~0.1 µs, a lemmatisation
    ~20 µs on the low-memory dictionary."""
    return fold(lemma(word))


def known_form(word: str) -> str | None:
    """The lemma when simplemma's dictionary holds this spelling (either case), else None."""
    found = _dictionary().get_lemma(unicodedata.normalize("NFC", word), LANG)
    return None if found is None else str(found)


class PolishWordFilter(Filter):  # type: ignore[misc]
    """Turns each token into its index term: lemma (from the original case), lowercased, folded.

    One filter rather than three (lemma, lowercase, fold) because the whole result is cached per
    surface form: warm analysis runs at ~0.96x of StandardAnalyzer's speed instead of ~0.6x.
    Token positions and char offsets are left alone, so phrases and highlighting still work."""

    def __eq__(self, other: object) -> bool:
        return other is not None and self.__class__ is other.__class__

    def __hash__(self) -> int:
        return hash(self.__class__)

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = index_term(token.text)
            yield token


def polish_analyzer() -> Analyzer:
    """The analyzer of every Polish TEXT field, for indexing and querying alike.

    Supports positions=True (phrase queries: stop words are renumbered away on both sides) and
    chars=True (highlighting: offsets point at the original word, not at its lemma)."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | PolishWordFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1, renumber=True)
    )


def analyse(text: str) -> list[str]:
    """The index terms of a text, in order (what Whoosh stores for it)."""
    return [token.text for token in polish_analyzer()(text)]


def lemma_terms(word: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """Index terms a single typed query word may stand for, the plain analysis first.

    A word typed without diacritics also stands for the lemmas of its restored spellings
    ("pszczoly" → ["pszczoly", "pszczola"]); a word neither simplemma nor any restoration knows
    stands for ending-swapped forms present in the index (only when `known` is given, since
    unchecked guesses would be noise). `known` (a lookup in the index's lexicon) also restricts
    the alternatives, never the plain analysis. A stop word gives [], a hyphenated word each part.
    """
    plain = analyse(word)
    if len(plain) != 1:
        return plain
    alternatives = _restored_terms(word) if word.isascii() else ()
    if not alternatives and known is not None and known_form(word) is None:
        alternatives = _ending_variants(fold(word))
    terms = list(plain)
    for term in alternatives:
        if term not in terms and term not in STOP_WORDS and (known is None or known(term)):
            terms.append(term)
    return terms


@lru_cache(maxsize=4096)
def _restored_terms(word: str) -> tuple[str, ...]:
    """Folded lemmas of the diacritic spellings of `word` that simplemma's dictionary holds.

    Both the lowercase and the capitalised spelling count: "opatowa" is an adjective, "Opatowa"
    the town of Opatów, and a researcher typing lowercase may mean either."""
    dictionary = _dictionary()
    terms: list[str] = []
    for spelling in restored_spellings(word.lower()):
        found = dictionary.exact_lemma(spelling, LANG)
        if found is not None and (term := fold(found)) not in terms:
            terms.append(term)
    return tuple(terms)


def restored_spellings(word: str) -> Iterator[str]:
    """Dictionary forms (as the dictionary writes them) that lowercase `word` may be typed for."""
    forms = word_forms()
    if not forms.searchable:
        for spelling in diacritic_variants(word):
            yield from (cased for cased in (spelling, _capital(spelling)) if forms.holds(cased))
        return
    options = _letter_options(word)
    slots = [i for i, letters in enumerate(options) if len(letters) > 1]
    if not slots:
        yield from (cased for cased in (word, _capital(word)) if forms.holds(cased))
        return
    ends = [*slots[1:], len(word)]
    # depth first over the slots; a branch lives while some form starts with it (in either case)
    stack = [(word[: slots[0]], 0, True, True)]
    while stack:
        prefix, k, lower_alive, capital_alive = stack.pop()
        for letter in options[slots[k]]:
            candidate = prefix + letter + word[slots[k] + 1 : ends[k]]
            lower = forms.probe(candidate) if lower_alive else (False, False)
            capital = forms.probe(_capital(candidate)) if capital_alive else (False, False)
            if k + 1 < len(slots):
                if lower[0] or capital[0]:
                    stack.append((candidate, k + 1, lower[0], capital[0]))
                continue
            if lower[1]:
                yield candidate
            if capital[1]:
                yield _capital(candidate)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


class WordForms:
    """Prefix search over simplemma's Polish word forms, which its low-memory backend keeps sorted.

    Restoring "wspolzaleznosci" by trying every spelling Polish allows costs ~500 lookups (25 ms);
    growing the word letter by letter and dropping a branch as soon as no form starts with it
    costs a few dozen. This reads the stream's block index, which is private to simplemma (pinned
    at 2.0.0): `searchable` is False if a new version changes it, and restoration then falls back
    to enumerating up to MAX_VARIANTS spellings."""

    def __init__(self) -> None:
        stream = LOW_MEMORY_DICTIONARY_FACTORY.get_dictionary(LANG)
        self._stream = stream
        self._firsts: list[bytes] = getattr(stream, "_firsts", [])
        self._blocks: list[tuple[int, bytes, bytes]] = getattr(stream, "_blocks", [])
        self._data: bytes = getattr(stream, "_data", b"")
        self.searchable = bool(self._firsts) and getattr(stream, "_rev", None) is False

    def holds(self, form: str) -> bool:
        return self._stream.get(form) is not None

    def probe(self, text: str) -> tuple[bool, bool]:
        """(some form starts with `text`, `text` itself is a form): one block scan answers both."""
        target = text.encode()
        block = max(bisect_right(self._firsts, target) - 1, 0)
        for _, key, _ in frontcode._iter_records(self._data, *self._blocks[block]):
            if key >= target:
                return key.startswith(target), key == target
        return False, False


@lru_cache(maxsize=1)
def word_forms() -> WordForms:
    return WordForms()


def _letter_options(word: str) -> list[str]:
    """For each letter of `word`: itself, then the diacritic letters Polish spelling allows there."""
    return [
        ch + "".join(alt for alt in DIACRITICS.get(ch, "") if _may_stand(word, i, alt))
        for i, ch in enumerate(word)
    ]


def diacritic_variants(word: str, limit: int = MAX_VARIANTS) -> Iterator[str]:
    """Spellings `word` (lowercase, no diacritics) may stand for, itself first, fewest changes first."""
    slots = [(i, letters[1:]) for i, letters in enumerate(_letter_options(word)) if len(letters) > 1]
    produced = 0
    for count in range(len(slots) + 1):
        for chosen in combinations(slots, count):
            for picks in product(*(alts for _, alts in chosen)):
                if produced >= limit:
                    return
                spelling = list(word)
                for (i, _), alt in zip(chosen, picks, strict=True):
                    spelling[i] = alt
                produced += 1
                yield "".join(spelling)


def _may_stand(word: str, i: int, letter: str) -> bool:
    """Whether Polish spelling allows `letter` at position i of `word` (neighbours as typed)."""
    following = word[i + 1] if i + 1 < len(word) else ""
    if following in VOWELS and letter in NOT_BEFORE_VOWEL:
        return False  # "sia", not "śa"; "ą"/"ę"/"ó" are never followed by a vowel
    if i == 0 and letter in "ąę":
        return False
    if letter == "ł" and following == "i":
        return False
    return not (letter in "żź" and i > 0 and word[i - 1] in DIGRAPH_HEADS)


def _ending_variants(folded: str) -> tuple[str, ...]:
    """Forms sharing the stem of `folded` with another common ending ("kowalczyka" → "kowalczyk")."""
    stems = {folded}
    for ending in INFLECTED_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_STEM:
            stems.add(folded[: -len(ending)])
    candidates: list[str] = []
    for stem in sorted(stems, key=len, reverse=True):
        for ending in (*LEMMA_ENDINGS, *INFLECTED_ENDINGS):
            form = stem + ending
            if form != folded and form not in candidates:
                candidates.append(form)
    return tuple(candidates)
