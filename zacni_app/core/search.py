"""Search the archive: the one entry point the GUI and `zacni search` share.

    search(archive, 'pszczoly miejsce:Opatow', user="badaczka", facets={"decade": ["1980s"]})

Everything a user gets back passes the access filter first: a Whoosh filter query on each
document's stored effective access (see search_documents), so closed or embargoed material never
reaches a researcher's hits, facet counts, snippets or "did you mean". Facet counts are computed
over the filtered result set. Snippets mark matched words with «guillemets» (plain text that the
CLI prints as is and the GUI turns into bold), using character offsets stored at indexing time,
so highlighting never re-runs the Polish analysis.

The index is caught up with the database before every search (search_index.ready_index).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from whoosh import highlight
from whoosh import query as wq

from archive_schema import ACCESS_LEVELS
from zacni_app.core.access import require, visible_levels
from zacni_app.core.analysis_pl import fold, lemma, lemma_terms
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.core.search_documents import FACETS
from zacni_app.core.search_facets import facet_counts, matching_docnums
from zacni_app.core.search_index import OpenIndex, ready_index, rebuild
from zacni_app.core.search_query import WORD_FIELDS, QueryError, compile_query

log = logging.getLogger(__name__)

MAX_LIMIT = 1000
SNIPPET_CHARS = 160
FACET_NAMES = {
    "subject": "subject", "temat": "subject",
    "place": "place", "miejsce": "place",
    "decade": "decade", "dekada": "decade",
    "person": "person", "osoba": "person",
    "kind": "kind", "rodzaj": "kind",
    "collection": "collection", "kolekcja": "collection",
}  # fmt: skip


@dataclass(frozen=True)
class SearchHit:
    type: str
    id: int
    title: str
    asset_id: int | None
    start_ms: int | None
    snippet: str
    interview_id: int | None = None
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "id": self.id,
            "title": self.title,
            "asset_id": self.asset_id,
            "start_ms": self.start_ms,
            "snippet": self.snippet,
            "interview_id": self.interview_id,
        }


@dataclass
class SearchResult:
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {
                name: [{"value": v, "count": n} for v, n in counts] for name, counts in self.facets.items()
            },
            "suggestions": self.suggestions,
        }


class GuillemetFormatter(highlight.Formatter):  # type: ignore[misc]
    """Matched words as «word»: readable on a terminal, trivially turned into bold in the GUI."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return "«" + str(highlight.get_text(text, token, replace)) + "»"


def search(
    archive: Archive,
    query: str,
    *,
    user: str | Actor = "admin",
    limit: int = 20,
    facets: Mapping[str, Sequence[str]] | None = None,
) -> SearchResult:
    """Hits the acting user may see, best first, with facet counts and spelling suggestions."""
    with archive.session(user) as s:
        actor = require(s, "read")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"the limit must be between 1 and {MAX_LIMIT}")
    chosen = facet_filters(facets or {})
    opened = ready_index(archive)
    try:
        return _search(opened, query, actor, limit, chosen)
    except ZacniError:
        raise
    except Exception as exc:  # a file damaged after opening shows up only here
        log.warning("search failed on the index (%s: %s); rebuilding it once", type(exc).__name__, exc)
        rebuild(archive)
        return _search(ready_index(archive), query, actor, limit, chosen)


def facet_filters(facets: Mapping[str, Sequence[str]]) -> list[wq.Query]:
    """One filter per facet field: any of its chosen values (several fields must all hold)."""
    filters: list[wq.Query] = []
    for name, values in facets.items():
        target = FACET_NAMES.get(fold(name.strip()))
        if target is None:
            raise QueryError(f"unknown facet {name!r}; facets: {', '.join(FACETS)}", code="bad_facet")
        chosen = [v.strip() for v in values if v.strip()]
        if chosen:
            filters.append(wq.Or([wq.Term(target, v) for v in chosen]))
    return filters


@dataclass(frozen=True)
class Scope:
    """The documents one search may return, as sets of document numbers worked out once per
    search and shared by its passes (hits, facet counts, did-you-mean).

    Access is a mask of the levels the actor may NOT see, not a filter of those they may: Whoosh
    builds either set by walking every matching document, and restricted documents are a few
    of the archive while visible ones are nearly all of it (on 500,000 cues the filter cost
    ~1 s a query, the mask a few ms)."""

    filter: set[int] | None  # Whoosh takes a set (not a frozenset) of docnums as it is
    mask: set[int] | None

    @classmethod
    def of(cls, searcher: Any, actor: Actor, chosen: list[wq.Query]) -> Scope:
        hidden = [level for level in ACCESS_LEVELS if level not in visible_levels(actor)]
        mask = _docnums(searcher, wq.Or([wq.Term("access", level) for level in hidden])) if hidden else None
        return cls(_docnums(searcher, wq.And(chosen)) if chosen else None, mask)

    def narrowing(self) -> dict[str, Any]:
        return {"filter": self.filter, "mask": self.mask}

    def allows(self, docnum: int) -> bool:
        return (self.filter is None or docnum in self.filter) and not (self.mask and docnum in self.mask)

    def any_match(self, searcher: Any, query: wq.Query) -> bool:
        """Whether the query matches a document in scope: stops at the first one, scores nothing
        (a search with limit=1 would score every match to find the best)."""
        return any(self.allows(docnum) for docnum in searcher.docs_for_query(query))


def _docnums(searcher: Any, query: wq.Query) -> set[int]:
    return set(searcher.docs_for_query(query))


def _search(opened: OpenIndex, text: str, actor: Actor, limit: int, chosen: list[wq.Query]) -> SearchResult:
    with opened.reading() as searcher:
        reader = searcher.reader()

        def known(fieldname: str, term: str) -> bool:
            return (fieldname, term) in reader

        compiled = compile_query(text, known)
        scope = Scope.of(searcher, actor, chosen)
        # The top hits are scored and highlighted by Whoosh; the total and the facet counts come
        # from every match's document number, counted in numpy (search_facets).
        results = searcher.search(compiled.query, limit=limit, terms=True, **scope.narrowing())
        results.fragmenter = highlight.PinpointFragmenter(maxchars=SNIPPET_CHARS, surround=60, autotrim=True)
        results.formatter = GuillemetFormatter()
        hits = [_hit(h) for h in results]
        every = matching_docnums(searcher, compiled.query, keep=scope.filter, drop=scope.mask)
        counts = {name: _counts(found) for name, found in facet_counts(searcher, every, FACETS).items()}
        suggestions = _suggestions(searcher, text, compiled.words, scope, known)
        return SearchResult(len(every), hits, counts, suggestions)


def _hit(hit: Any) -> SearchHit:
    asset = hit.get("asset")
    interview = hit.get("interview")
    return SearchHit(
        type=hit["type"],
        id=int(hit["rid"]),
        title=hit.get("heading", ""),
        asset_id=int(asset) if asset and hit["type"] != "person" else None,
        start_ms=hit.get("start_ms"),
        snippet=snippet(hit),
        interview_id=int(interview) if interview else None,
        score=float(hit.score or 0.0),
    )


def snippet(hit: Any) -> str:
    """The best passage of the text with matched words marked; the opening of it if none matched."""
    for fieldname in ("body", "tags", "title"):
        if hit.get(fieldname):
            marked = hit.highlights(fieldname, top=2)
            if marked:
                return str(marked)
    body = str(hit.get("body") or "")
    return body if len(body) <= SNIPPET_CHARS else body[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def _counts(found: Mapping[str, int]) -> list[tuple[str, int]]:
    from zacni_app.core.polish import sort_key

    return sorted(((k, n) for k, n in found.items() if k), key=lambda item: (-item[1], sort_key(item[0])))


# -- did you mean ----------------------------------------------------------------------------
def _suggestions(searcher: Any, text: str, words: list[str], allowed: Scope, known: Any) -> list[str]:
    """Whole queries with each word that finds nothing visible replaced by close index terms.

    Candidates come from Whoosh's corrector over the folded lemmas of the text fields and are
    kept only when the acting user could see a hit for them, so a suggestion never reveals a
    word that exists only in closed material."""
    fixes: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        if word.endswith("*") or _visible(searcher, _terms(word, known), allowed):
            continue
        options = _corrections(searcher, fold(word), allowed)
        if options:
            fixes[word] = options
    if not fixes:
        return []
    suggestions: list[str] = []
    for rank in range(3):
        fixed = text
        for word, options in fixes.items():
            fixed = fixed.replace(word, options[min(rank, len(options) - 1)], 1)
        if fixed not in suggestions and fixed != text:
            suggestions.append(fixed)
    return suggestions


def _terms(word: str, known: Any) -> list[str]:
    return [t for t in lemma_terms(word, known=lambda t: any(known(f, t) for f in WORD_FIELDS))]


def _visible(searcher: Any, terms: list[str], allowed: Scope) -> bool:
    if not terms:
        return True  # a stop word: nothing to correct
    query = wq.Or([wq.Term(f, t) for f in WORD_FIELDS for t in terms])
    return allowed.any_match(searcher, query)


def _corrections(searcher: Any, folded: str, allowed: Scope) -> list[str]:
    found: list[str] = []
    for fieldname in ("body", "title"):
        for option in searcher.corrector(fieldname).suggest(folded, limit=5, maxdist=2):
            spelled = _spelled(searcher, fieldname, option, allowed)
            if spelled and fold(spelled) not in {fold(f) for f in found}:
                found.append(spelled)
    return found[:3]


def _spelled(searcher: Any, fieldname: str, term: str, allowed: Scope) -> str | None:
    """The index term `term` as a word with its diacritics ("pszczola" → "pszczoła"), taken from a
    text the user may see; None when no such text exists."""
    hits = searcher.search(wq.Term(fieldname, term), limit=1, **allowed.narrowing())
    if not hits.scored_length():
        return None
    hit = hits[0]
    postings = searcher.postings(fieldname, term)
    postings.skip_to(hit.docnum)
    if postings.id() != hit.docnum:
        return term
    _pos, start, end = postings.value_as("characters")[0]
    surface = str(hit[fieldname])[start:end]
    word = lemma(surface)
    return word if fold(word) == term else surface.lower()
