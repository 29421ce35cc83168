"""Facet counts in numpy agree with Whoosh's own grouping, across segments and deletions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from whoosh import query as wq
from whoosh import sorting

from archive_schema import Interview
from zacni_app.core.archive import Archive
from zacni_app.core.demo import load_demo
from zacni_app.core.interviews import update_interview
from zacni_app.core.search import search
from zacni_app.core.search_documents import FACETS
from zacni_app.core.search_facets import facet_counts, matching_docnums
from zacni_app.core.search_index import ready_index


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    root = tmp_path_factory.mktemp("facets") / "archive"
    archive = Archive.create(root)
    load_demo(archive)
    search(archive, "pszczoly")  # the index is built whole: one segment or two
    with archive.session() as s:
        ids = s.scalars(select(Interview.id).order_by(Interview.id)).all()[:3]
    for interview_id in ids:  # each change adds a segment and deletes the replaced documents
        with archive.transaction() as s:
            interview = s.get_one(Interview, interview_id)
            update_interview(s, interview_id, expected_version=interview.version, place="Ćmielów")
    return archive


def _whoosh_counts(searcher: object, query: wq.Query) -> dict[str, dict[str, int]]:
    groups = {name: sorting.FieldFacet(name, allow_overlap=True, maptype=sorting.Count) for name in FACETS}
    grouped = searcher.search(query, limit=None, groupedby=groups, scored=False)  # type: ignore[attr-defined]
    return {
        name: {(k.decode() if isinstance(k, bytes) else k): n for k, n in grouped.groups(name).items() if k}
        for name in FACETS
    }


@pytest.mark.parametrize(
    "query",
    [wq.Every(), wq.Term("body", "pszczola"), wq.Term("places", "cmielow"), wq.Term("kind", "image")],
)
def test_numpy_counts_equal_whooshs_grouping(demo: Archive, query: wq.Query) -> None:
    opened = ready_index(demo)
    with opened.reading() as searcher:
        assert len(searcher.leaf_searchers()) >= 2, "the test needs several segments"
        docnums = matching_docnums(searcher, query, keep=None, drop=None)
        ours = facet_counts(searcher, docnums, FACETS)
        theirs = _whoosh_counts(searcher, query)
        assert len(docnums) == len(searcher.search(query, limit=None))
    assert ours == theirs
    if isinstance(query, wq.Every):
        assert ours["place"].get("Ćmielów", 0) >= 3  # the edited interviews count once, as edited


def test_keep_and_drop_narrow_the_matches(demo: Archive) -> None:
    opened = ready_index(demo)
    with opened.reading() as searcher:
        every = matching_docnums(searcher, wq.Every(), keep=None, drop=None)
        some = set(int(d) for d in every[:10])
        assert list(matching_docnums(searcher, wq.Every(), keep=some, drop=None)) == sorted(some)
        rest = matching_docnums(searcher, wq.Every(), keep=None, drop=some)
        assert len(rest) == len(every) - len(some) and not some & set(int(d) for d in rest)


def test_a_searcher_is_shared_until_the_index_changes(demo: Archive, tmp_path: Path) -> None:
    first = ready_index(demo)
    assert ready_index(demo) is first  # no second copy of every segment in memory
    with demo.session() as s:
        interview = s.scalars(select(Interview).order_by(Interview.id)).first()
        assert interview is not None
        interview_id, version = interview.id, interview.version
    with demo.transaction() as s:
        update_interview(s, interview_id, expected_version=version, place="Łagów")
    assert ready_index(demo) is not first
    assert search(demo, "miejsce:Łagów").total >= 1
