"""Polish alphabetical order: "Lucyna" < "Łukasz" < "Marek", "Żaneta" last.

Python's default order puts every letter with a diacritic after "z"; locale collation depends on
the machine. This key follows the Polish alphabet everywhere (SQLite registers it as collation
"pl"), with case and foreign diacritics only breaking ties.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_LETTER_RANK = {ch: rank for rank, ch in enumerate(_ALPHABET, start=100)}
_SPACE = 1
_DIGIT_BASE = 10


def _base_letter(ch: str) -> str:
    """'é' → 'e', 'ü' → 'u' (but Polish letters are already ranked and never reach here)."""
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A key comparing strings in Polish order; punctuation is ignored, words sort word by word."""
    primary: list[int] = []
    ties: list[int] = []
    for ch in unicodedata.normalize("NFC", text.strip()):
        low = ch.lower()
        if low in _LETTER_RANK:
            primary.append(_LETTER_RANK[low])
            ties.append(0 if ch == low else 1)
        elif ch.isdigit():
            primary.append(_DIGIT_BASE + (unicodedata.digit(ch, 0)))
            ties.append(0)
        elif ch.isspace():
            if primary and primary[-1] != _SPACE:
                primary.append(_SPACE)
                ties.append(0)
        elif ch.isalpha():
            base = _base_letter(low)
            primary.append(_LETTER_RANK.get(base, 1000 + ord(low)))
            ties.append(2)
    return tuple(primary), tuple(ties)


def compare(a: str, b: str) -> int:
    """-1, 0 or 1, for SQLite's create_collation."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def sorted_polish(items: list[str]) -> list[str]:
    return sorted(items, key=sort_key)


def default_sort_name(name: str) -> str:
    """Catalogue order is by surname: 'Jan Maria Kowalski' → 'Kowalski, Jan Maria'.

    A single word, or a name already written 'Surname, Given', is kept as it is.
    """
    name = " ".join(name.split())
    if "," in name or " " not in name:
        return name
    given, surname = name.rsplit(" ", 1)
    return f"{surname}, {given}"
