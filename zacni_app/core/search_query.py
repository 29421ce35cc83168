"""The researcher's query language, turned into a Whoosh query.

    pszczoly "studio nagraniowe" -kowadło miejsce:Opatów rok:1980-1989 (haft OR koronka)

- words are ANDed; `OR` (or `LUB`) between two parts; `-word` / `NOT word` excludes; ( ) groups;
- "a phrase" matches the words next to each other, in any inflection;
- field:value with Polish names and English aliases: osoba:/person:, miejsce:/place:, temat:/subject:,
  kolekcja:/collection:, rodzaj:/kind:, typ:/type:, dekada:/decade:, rok:/year: (rok:1984,
  rok:1980-1989, rok:[1980 TO 1989]); a value with spaces goes in quotes: temat:"gołębie pocztowe";
- pszcz* matches every word beginning so.

A word is expanded through analysis_pl.lemma_terms with a lookup in the index's own lexicon, so
"pszczoly" (no diacritics) reaches the lemma "pszczoła" and an unknown inflection of a surname
reaches the form the index holds. Phrases keep the expansion per word (Whoosh `Sequence` of `Or`s),
so "studio nagraniowe" finds "dzięki studiu nagraniowemu". A malformed query raises QueryError
with one plain sentence saying what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from whoosh import query as wq

from zacni_app.core.analysis_pl import WORD_PATTERN, fold, lemma_terms
from zacni_app.core.errors import ZacniError

#: Fields a plain word or phrase is looked for in.
WORD_FIELDS = ("title", "body", "tags")
#: field name (Polish and English) → index field of a text field query.
TEXT_FIELDS = {
    "osoba": "names",
    "person": "names",
    "miejsce": "places",
    "place": "places",
    "temat": "subjects",
    "subject": "subjects",
    "kolekcja": "collections",
    "collection": "collections",
}
YEAR_FIELDS = ("rok", "year")
KINDS = {
    "audio": "audio", "nagranie": "audio", "dzwiek": "audio",
    "video": "video", "wideo": "video", "film": "video",
    "image": "image", "zdjecie": "image", "foto": "image", "fotografia": "image",
    "document": "document", "dokument": "document", "skan": "document",
}  # fmt: skip
TYPES = {
    "person": "person", "osoba": "person",
    "interview": "interview", "wywiad": "interview",
    "asset": "asset", "plik": "asset",
    "cue": "cue", "transkrypcja": "cue", "wypowiedz": "cue",
    "segment": "segment", "indeks": "segment",
    "story": "story", "historia": "story", "opowiesc": "story",
}  # fmt: skip
EXACT_FIELDS = {
    "rodzaj": ("kind", KINDS),
    "kind": ("kind", KINDS),
    "typ": ("type", TYPES),
    "type": ("type", TYPES),
}
DECADE_FIELDS = ("dekada", "decade")
KNOWN_FIELDS = sorted({*TEXT_FIELDS, *YEAR_FIELDS, *EXACT_FIELDS, *DECADE_FIELDS})
OR_WORDS = frozenset({"OR", "LUB"})
AND_WORDS = frozenset({"AND", "ORAZ"})
NOT_WORDS = frozenset({"NOT"})

_YEAR = re.compile(r"^(\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})?\s*(?:-|\.\.|\s+TO\s+)\s*(\d{4})?$", re.IGNORECASE)
_WORD = re.compile(WORD_PATTERN)
_BARE = re.compile(r'[^\s()"]+')
_FIELD = re.compile(r"([^\W\d_]+):")

Known = Callable[[str, str], bool]


class QueryError(ZacniError):
    code = "bad_query"


@dataclass
class Compiled:
    """The Whoosh query and the plain words in it (for "did you mean")."""

    query: wq.Query
    words: list[str] = field(default_factory=list)


# -- scanning ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Token:
    kind: str  # "(", ")", "-", "OR", "AND", "NOT", "word", "phrase", "field"
    text: str = ""
    name: str = ""


def tokens(text: str) -> list[Token]:
    found: list[Token] = []
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch.isspace():
            pos += 1
        elif ch in "()":
            found.append(Token(ch))
            pos += 1
        elif ch == "-" and pos + 1 < len(text) and not text[pos + 1].isspace():
            found.append(Token("-"))
            pos += 1
        elif ch == '"':
            phrase, pos = _quoted(text, pos)
            found.append(Token("phrase", phrase))
        else:
            token, pos = _bare(text, pos)
            found.append(token)
    return found


def _quoted(text: str, pos: int) -> tuple[str, int]:
    end = text.find('"', pos + 1)
    if end < 0:
        raise QueryError('a quotation mark (") is not closed')
    return text[pos + 1 : end], end + 1


def _bare(text: str, pos: int) -> tuple[Token, int]:
    named = _FIELD.match(text, pos)
    if named:
        name = fold(named.group(1))
        if name not in KNOWN_FIELDS:
            raise QueryError(f"unknown field {named.group(1)!r}; known fields: {', '.join(KNOWN_FIELDS)}")
        value_at = named.end()
        if text.startswith('"', value_at):
            value, end = _quoted(text, value_at)
            return Token("field", value, name), end
        if text.startswith("[", value_at):
            close = text.find("]", value_at)
            if close < 0:
                raise QueryError(f"the range after {named.group(0)} is missing its closing ]")
            return Token("field", text[value_at + 1 : close], name), close + 1
        bare = _BARE.match(text, value_at)
        if not bare:
            raise QueryError(f"{named.group(0)} needs a value, e.g. {named.group(0)}Opatów")
        return Token("field", bare.group(0), name), bare.end()
    bare = _BARE.match(text, pos)
    assert bare is not None  # the caller stands on a character that starts a bare run
    word = bare.group(0)
    for kind, words in (("OR", OR_WORDS), ("AND", AND_WORDS), ("NOT", NOT_WORDS)):
        if word in words:
            return Token(kind, word), bare.end()
    return Token("word", word), bare.end()


# -- parsing -------------------------------------------------------------------------------------
class _Parser:
    def __init__(self, items: list[Token], known: Known) -> None:
        self.items = items
        self.pos = 0
        self.known = known
        self.words: list[str] = []

    def peek(self) -> Token | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def take(self) -> Token:
        token = self.items[self.pos]
        self.pos += 1
        return token

    def all_of(self, closing: bool) -> wq.Query | None:
        """Parts ANDed until the end (or the closing parenthesis)."""
        include: list[wq.Query] = []
        exclude: list[wq.Query] = []
        while (token := self.peek()) is not None and not (closing and token.kind == ")"):
            if token.kind == "AND":
                self.take()
                continue
            negated, part = self.any_of()
            if part is not None:
                (exclude if negated else include).append(part)
        if not include:
            if exclude:
                raise QueryError("a query cannot only exclude (-word): add something to look for")
            return None
        positive = include[0] if len(include) == 1 else wq.And(include)
        return wq.AndNot(positive, wq.Or(exclude)) if exclude else positive

    def any_of(self) -> tuple[bool, wq.Query | None]:
        negated, first = self.unary()
        options = [first]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in ("OR", ")"):  # type: ignore[union-attr]
                raise QueryError(f"{token.text} needs something on both sides")
            neg, part = self.unary()
            if negated or neg:
                raise QueryError("an exclusion (-word) cannot be one side of OR")
            options.append(part)
        kept = [o for o in options if o is not None]
        if not kept:
            return negated, None
        return negated, kept[0] if len(kept) == 1 else wq.Or(kept)

    def unary(self) -> tuple[bool, wq.Query | None]:
        token = self.take()
        if token.kind in ("-", "NOT"):
            if self.peek() is None or self.peek().kind in ("OR", ")", "-", "NOT"):  # type: ignore[union-attr]
                raise QueryError(f"{token.text or '-'} must stand right before what it excludes")
            negated, part = self.unary()
            if negated:
                raise QueryError("a double exclusion (--word) is not allowed")
            return True, part
        if token.kind == "(":
            inner = self.all_of(closing=True)
            if self.peek() is None:
                raise QueryError("a parenthesis is opened but not closed")
            self.take()
            if inner is None:
                raise QueryError("the parentheses hold nothing to search for")
            return False, inner
        if token.kind == ")":
            raise QueryError("a closing parenthesis has no opening one")
        if token.kind == "OR":
            raise QueryError(f"{token.text} needs something on both sides")
        return False, self.leaf(token)

    def leaf(self, token: Token) -> wq.Query | None:
        if token.kind == "word":
            self.words.append(token.text)
            return words_query(token.text, WORD_FIELDS, self.known)
        if token.kind == "phrase":
            return words_query(token.text, WORD_FIELDS, self.known)
        return field_query(token.name, token.text, self.known)


def compile_query(text: str, known: Known) -> Compiled:
    """The Whoosh query for a researcher's query; `known(field, term)` looks in the index lexicon."""
    if not text.strip():
        raise QueryError("the query is empty")
    parser = _Parser(tokens(text), known)
    result = parser.all_of(closing=False)
    if parser.peek() is not None:
        raise QueryError("a closing parenthesis has no opening one")
    if result is None:
        raise QueryError(
            "the query holds only very common words (like 'w', 'i', 'na'); add a more specific one"
        )
    return Compiled(result, parser.words)


# -- leaves --------------------------------------------------------------------------------------
def words_query(text: str, fieldnames: tuple[str, ...], known: Known) -> wq.Query | None:
    """One word, a prefix (word*) or a phrase, in any of `fieldnames`; None if only stop words."""
    if text.endswith("*") and " " not in text.strip():
        stem = fold(text.rstrip("*"))
        if len(stem) < 2:
            raise QueryError(f"{text!r}: give at least two letters before *")
        return _any([wq.Prefix(f, stem) for f in fieldnames])
    words = _WORD.findall(text)
    per_field: list[wq.Query] = []
    for fieldname in fieldnames:
        slots = [lemma_terms(w, known=_lexicon_of(fieldname, known)) for w in words]
        slots = [s for s in slots if s]
        if not slots:
            return None
        parts = [_any([wq.Term(fieldname, t) for t in terms]) for terms in slots]
        per_field.append(parts[0] if len(parts) == 1 else wq.Sequence(parts))
    return _any(per_field)


def field_query(name: str, value: str, known: Known) -> wq.Query | None:
    value = value.strip()
    if not value:
        raise QueryError(f"{name}: needs a value")
    if name in TEXT_FIELDS:
        return words_query(value, (TEXT_FIELDS[name],), known)
    if name in YEAR_FIELDS:
        low, high = year_range(name, value)
        return wq.NumericRange("year", low, high)
    if name in DECADE_FIELDS:
        return wq.Term("decade", decade_label(name, value))
    target, choices = EXACT_FIELDS[name]
    chosen = choices.get(fold(value))
    if chosen is None:
        options = ", ".join(sorted(set(choices)))
        raise QueryError(f"{name}:{value} is not known; use one of: {options}")
    return wq.Term(target, chosen)


def year_range(name: str, value: str) -> tuple[int | None, int | None]:
    """rok:1984 → (1984, 1984); rok:1980-1989 and rok:[1980 TO 1989] → (1980, 1989)."""
    single = _YEAR.match(value)
    if single:
        return int(single.group(1)), int(single.group(1))
    ranged = _YEAR_RANGE.match(value)
    if not ranged or not any(ranged.groups()):
        raise QueryError(
            f"{name}:{value} is not a year; write {name}:1984, {name}:1980-1989 or {name}:[1980 TO 1989]"
        )
    low = int(ranged.group(1)) if ranged.group(1) else None
    high = int(ranged.group(2)) if ranged.group(2) else None
    if low is not None and high is not None and low > high:
        raise QueryError(f"{name}:{value}: the range ends before it starts")
    return low, high


def decade_label(name: str, value: str) -> str:
    """'1980', '1980s' or "1980's" → '1980s' (the form facets report)."""
    digits = value.lower().rstrip("s").rstrip("'")
    if not (digits.isdigit() and len(digits) == 4 and digits.endswith("0")):
        raise QueryError(f"{name}:{value} is not a decade; write {name}:1980")
    return digits + "s"


def _lexicon_of(fieldname: str, known: Known) -> Callable[[str], bool]:
    return lambda term: known(fieldname, term)


def _any(parts: list[wq.Query]) -> wq.Query:
    return parts[0] if len(parts) == 1 else wq.Or(parts)
