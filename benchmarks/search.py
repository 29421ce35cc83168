"""How fast and how well does our Polish search answer, against SQLite FTS5 on the same corpus?

Builds, in a temporary folder, the demo archive plus synthetic interviews whose transcripts are made
from the demo's Polish sentences with words varied (real inflected Polish from the demo texts, plus
a Zipf-distributed vocabulary of made-up words so the lexicon grows as a real archive's does), then
in one process:

  build     `search_index.rebuild` (Whoosh, Polish analyzer, both cores from 20,000 cues) against
            inserting the same documents' text into an FTS5 table (unicode61 remove_diacritics 2)
  queries   ~200 realistic queries (words typed without diacritics, inflected words, phrases,
            field queries, OR, exclusion) through `search.search` as a researcher — access filter,
            facets, highlighted snippets and "did you mean" included — against FTS5 MATCH with an
            access filter, rank order, snippet() and a count: p50 / p95 and their ratio
  recall    queries typed without diacritics or in another inflection, on transcript cues; the
            relevant cues are found by hand-written regular expressions over the raw text
  update    one edited interview (title change: its document, recording and every cue redone),
            timed from the start of the transaction to the end of the drain after commit

    .venv/bin/python benchmarks/search.py [--cues N] [--per-interview N] [--queries N] [--keep DIR]

Targets (issue 4): p95 with highlighting < 100 ms and <= 10x FTS5; incremental update < 0.5 s.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import select  # noqa: E402

from archive_schema import Asset, Cue, Interview  # noqa: E402
from zacni_app.core.analysis_pl import fold  # noqa: E402
from zacni_app.core.archive import Actor, Archive  # noqa: E402
from zacni_app.core.consents import add_consent  # noqa: E402
from zacni_app.core.demo import load_demo  # noqa: E402
from zacni_app.core.demo_content import NARRATORS  # noqa: E402
from zacni_app.core.interviews import add_interview  # noqa: E402
from zacni_app.core.people import add_person  # noqa: E402
from zacni_app.core.search import search  # noqa: E402
from zacni_app.core.search_changes import all_documents  # noqa: E402
from zacni_app.core.search_index import open_index, rebuild  # noqa: E402
from zacni_app.core.search_query import QueryError, compile_query  # noqa: E402
from zacni_app.core.transcript_records import save_transcript  # noqa: E402
from zacni_app.core.transcripts import ParsedCue  # noqa: E402
from zacni_app.core.users import add_user  # noqa: E402

RESEARCHER = "badaczka"
PLACES = ["Opatów", "Karwów", "Kobylany", "Jurkowice", "Strzyżów", "Balbinów", "Lipowa", "Tomaszów"]
SUBJECTS = ["pszczelarstwo", "haft", "wędkarstwo", "kowalstwo", "fotografia", "modelarstwo"]
#: (typed query, regular expression finding the relevant cues in the raw text)
RECALL = [
    ("pszczoly", r"\bpszcz[oó][lł](a|y|ami|ach|om|ą|ę)?\b|\bpszcz[oó][lł]\b"),
    ("pszczołach", r"\bpszcz[oó][lł](a|y|ami|ach|om|ą|ę)?\b|\bpszcz[oó][lł]\b"),
    ("Opatow", r"\bopat[oó]w(a|ie|em|owi)?\b"),
    ("kowadla", r"\bkowad[lł](o|a|em|e|u)?\b"),
    ("golebie", r"\bgo[lł](ę|e)bi(e|a|ami|ach|om)?\b|\bgo[lł]ąb\b"),
    ("zdjecia", r"\bzdj[eę](ci(e|a|u|em|ach|ami)|ć)\b"),
    ("kuznia", r"\bku[zź]ni(a|ę|e|ą|ach)?\b"),
    ("dziadkiem", r"\bdziad(ek|ka|kiem|ku|kowie)\b"),
    ("weselu", r"\bwesel(e|a|u|em|ach|ami)\b"),
    ("ojcem", r"\bo(jciec|jca|jcu|jcem)\b"),
]
_WORD = re.compile(r"[^\W\d_]+")


# -- the corpus ----------------------------------------------------------------------------------
def demo_sentences() -> list[str]:
    texts = [c.text for n in NARRATORS for c in n.cues]
    texts += [n.summary for n in NARRATORS] + [n.bio for n in NARRATORS]
    texts += [s.synopsis for n in NARRATORS for s in n.segments if s.synopsis]
    return [t for t in texts if len(t.split()) >= 4]


def made_up_words(rng: random.Random, count: int) -> list[str]:
    syllables = [a + b for a in ("b", "d", "g", "k", "l", "m", "p", "r", "s", "t", "w", "z", "sz", "cz", "rz")
                 for b in ("a", "e", "i", "o", "u", "y", "ą", "ę", "ó")]  # fmt: skip
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def cue_texts(rng: random.Random) -> Iterator[str]:
    """Demo sentences with a third of their words swapped: ~20 words a cue, as in interviews."""
    sentences = demo_sentences()
    real = [w for s in sentences for w in s.split()]
    invented = made_up_words(rng, 40_000)
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(invented))))  # Zipf
    while True:
        words = rng.choice(sentences).split()
        while len(words) < rng.randint(12, 28):
            words += rng.choice(sentences).split()
        words = words[: rng.randint(10, 30)]
        for i in range(len(words)):
            roll = rng.random()
            if roll < 0.2:
                words[i] = rng.choice(real)
            elif roll < 0.3:
                words[i] = rng.choices(invented, cum_weights=cumulative)[0]
        yield " ".join(words)


def build_corpus(archive: Archive, cues: int, per_interview: int, rng: random.Random) -> int:
    """Synthetic interviews with recordings and transcripts, through the core services."""
    interviews = max(1, cues // per_interview)
    texts = cue_texts(rng)
    words = 0
    for n in range(interviews):
        with archive.transaction() as s:
            narrator = add_person(s, name=f"Narrator {n} Testowy", bio=next(texts))
            interview = add_interview(
                s,
                title=f"Wywiad {n}: {next(texts)[:60]}",
                narrators=[narrator.id],
                place=rng.choice(PLACES),
                subjects=[rng.choice(SUBJECTS)],
                recorded_on=date(rng.randint(1975, 2024), rng.randint(1, 12), 1),
                access="public",
                summary=next(texts),
            )
            add_consent(s, person_id=narrator.id, scope="publish", signed_on="2024-01-01")
            asset = Asset(
                sha256=hashlib.sha256(f"bench-{n}".encode()).hexdigest(),
                kind="audio",
                size=0,
                mime="audio/wav",
                ext="wav",
                original_name=f"wywiad-{n}.wav",
                imported_at=datetime.now(UTC),
                access="public",
                interview=interview,
            )
            s.add(asset)
            s.flush()
            batch = [next(texts) for _ in range(per_interview)]
            words += sum(len(t.split()) for t in batch)
            parsed = [ParsedCue(i * 4000, i * 4000 + 3900, t, "Narrator") for i, t in enumerate(batch)]
            save_transcript(s, asset.id, parsed)
        if n % 20 == 0:
            print(f"  corpus: {n + 1}/{interviews} interviews", flush=True)
    return words


# -- FTS5 ----------------------------------------------------------------------------------------
def fts_build(archive: Archive, path: Path) -> tuple[sqlite3.Connection, float, int]:
    """The same documents' text into FTS5; returns the connection, insert seconds, documents."""
    with archive.session(Actor("bench", "admin")) as s:
        rows = [
            (
                d["key"],
                d.get("title", ""),
                d.get("body", ""),
                d.get("tags", ""),
                d.get("places", ""),
                d["access"],
            )
            for d in all_documents(s, date.today())
        ]
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, body, tags, places, access UNINDEXED, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    started = time.perf_counter()
    with db:
        db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
    return db, time.perf_counter() - started, len(rows)


def fts_query(query: str) -> str:
    """Our query language, as close as FTS5 gets (no facets, no field aliases, no year ranges)."""
    out: list[str] = []
    for token in re.findall(r'-?"[^"]*"|\S+', query):
        negate = token.startswith("-")
        token = token.lstrip("-")
        if token == "OR":
            out.append("OR")
            continue
        if ":" in token and not token.startswith('"'):
            name, value = token.split(":", 1)
            if name != "miejsce":
                continue
            token = "places : " + '"' + value.strip('"') + '"'
        elif not token.startswith('"'):
            token = '"' + token.rstrip("*") + '"' + ("*" if token.endswith("*") else "")
        out.append(("NOT " if negate else "") + token)
    return " ".join(out)


def fts_search(db: sqlite3.Connection, query: str) -> int:
    match = fts_query(query)
    sql = (
        "SELECT key, snippet(docs, 2, '«', '»', '…', 16) FROM docs WHERE docs MATCH ? "
        "AND access IN ('public', 'research') ORDER BY rank LIMIT 20"
    )
    try:
        db.execute(sql, (match,)).fetchall()
        return int(
            db.execute(
                "SELECT count(*) FROM docs WHERE docs MATCH ? AND access IN ('public', 'research')", (match,)
            ).fetchone()[0]
        )
    except sqlite3.OperationalError:
        return 0


# -- queries -------------------------------------------------------------------------------------
def query_mix(rng: random.Random, count: int) -> list[str]:
    sentences = demo_sentences()
    content = sorted({w for s in sentences for w in _WORD.findall(s) if len(w) >= 5})
    queries: list[str] = []
    while len(queries) < count:
        roll = rng.random()
        if roll < 0.35:
            queries.append(fold(rng.choice(content)))  # typed without diacritics
        elif roll < 0.55:
            queries.append(f"{rng.choice(content).lower()} {fold(rng.choice(content))}")
        elif roll < 0.75:
            words = _WORD.findall(rng.choice(sentences))
            at = rng.randrange(max(1, len(words) - 1))
            queries.append('"' + " ".join(words[at : at + 2]) + '"')
        elif roll < 0.85:
            queries.append(f"{fold(rng.choice(content))} miejsce:{rng.choice(PLACES)}")
        elif roll < 0.93:
            queries.append(f"{fold(rng.choice(content))} OR {fold(rng.choice(content))}")
        else:
            queries.append(f"{fold(rng.choice(content))} -{fold(rng.choice(content))}")
    return queries


def accepted(archive: Archive, query: str) -> bool:
    """Whether the query is one the search answers: a mix drawn at random can hold a phrase of
    stop words only ("w i"), which is refused with a message — a user error, not a timing."""
    try:
        search(archive, query, user=RESEARCHER, limit=1)
    except QueryError:
        return False
    return True


def timed(fn: Any, queries: list[str]) -> list[float]:
    for q in queries[:20]:
        fn(q)  # warm: dictionary loaded, files in the page cache
    times = []
    for q in queries:
        started = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


# -- recall --------------------------------------------------------------------------------------
def recall(archive: Archive, db: sqlite3.Connection) -> list[tuple[str, int, float, float]]:
    with archive.session() as s:
        cues = {f"cue:{cid}": text for cid, text in s.execute(select(Cue.id, Cue.text))}
    opened = open_index(archive)
    assert opened is not None
    rows = []
    with opened.index.searcher() as searcher:
        reader = searcher.reader()

        def known(fieldname: str, term: str) -> bool:
            return (fieldname, term) in reader

        for typed, pattern in RECALL:
            relevant = {k for k, text in cues.items() if re.search(pattern, text, re.IGNORECASE)}
            if not relevant:
                continue
            compiled = compile_query(typed, known)
            ours = {hit["key"] for hit in searcher.search(compiled.query, limit=None)}
            theirs = {
                row[0] for row in db.execute("SELECT key FROM docs WHERE docs MATCH ?", (fts_query(typed),))
            }
            rows.append(
                (
                    typed,
                    len(relevant),
                    len(ours & relevant) / len(relevant),
                    len(theirs & relevant) / len(relevant),
                )
            )
    return rows


# -- main ----------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cues", type=int, default=50_000, help="synthetic transcript cues (default 50,000)")
    parser.add_argument("--per-interview", type=int, default=500, help="cues per synthetic interview")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    parser.add_argument("--reuse", action="store_true", help="with --keep: measure the archive kept there")
    args = parser.parse_args()
    rng = random.Random(20261124)
    work = args.keep or Path(tempfile.mkdtemp(prefix="zacni-search-bench-"))
    try:
        run(work / "archive", args, rng)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def run(root: Path, args: argparse.Namespace, rng: random.Random) -> None:
    if args.reuse and (root / "archive.sqlite3").exists():
        print(f"reusing the corpus and indexes in {root} (no build timed)", flush=True)
        with Archive.open(root) as archive:
            measure(archive, sqlite3.connect(root.parent / "fts.sqlite3"), args, rng)
        return
    print(f"building the corpus in {root} …", flush=True)
    with Archive.create(root) as archive:
        load_demo(archive)
        with archive.transaction() as s:
            add_user(s, name=RESEARCHER, role="researcher")
        words = build_corpus(archive, args.cues, args.per_interview, rng)
        with archive.session() as s:
            cue_count = len(s.scalars(select(Cue.id)).all())

        started = time.perf_counter()
        documents = rebuild(archive)
        whoosh_build = time.perf_counter() - started
        db, fts_build_seconds, fts_docs = fts_build(archive, root.parent / "fts.sqlite3")
        print(
            f"\ncorpus: {cue_count:,} cues, {words:,} words of synthetic transcript; {documents:,} documents"
        )
        print(f"build   whoosh {whoosh_build:7.1f} s ({documents / whoosh_build:,.0f} docs/s, "
              f"{words / whoosh_build:,.0f} words/s)   fts5 {fts_build_seconds:6.1f} s ({fts_docs:,} docs)   "
              f"ratio {whoosh_build / fts_build_seconds:.1f}x")  # fmt: skip
        measure(archive, db, args, rng)


def measure(archive: Archive, db: sqlite3.Connection, args: argparse.Namespace, rng: random.Random) -> None:
    """Query latency, recall and one incremental update, ours against FTS5 in the same process."""
    queries = [q for q in query_mix(rng, args.queries * 2) if accepted(archive, q)][: args.queries]
    ours = timed(lambda q: search(archive, q, user=RESEARCHER), queries)
    theirs = timed(lambda q: fts_search(db, q), queries)
    p50, p95 = percentile(ours, 50), percentile(ours, 95)
    f50, f95 = percentile(theirs, 50), percentile(theirs, 95)
    print(f"queries ({len(queries)}, researcher, facets + highlighted snippets + did-you-mean on our side)")
    print(f"        ours p50 {p50:6.1f} ms  p95 {p95:6.1f} ms   fts5 p50 {f50:5.2f} ms  p95 {f95:5.2f} ms"
          f"   ratio p50 {p50 / f50:.0f}x  p95 {p95 / f95:.0f}x   (target p95 < 100 ms)")  # fmt: skip

    print("recall on cues (typed query → share of relevant cues found)")
    for typed, relevant, ours_r, theirs_r in recall(archive, db):
        print(f"        {typed:<12} relevant {relevant:6,}   ours {ours_r:6.1%}   fts5 {theirs_r:6.1%}")

    with archive.session() as s:
        target = s.scalars(select(Interview).where(Interview.title.like("Wywiad 0:%"))).one()
    started = time.perf_counter()
    with archive.transaction() as s:
        s.get_one(Interview, target.id).title = f"Wywiad 0: zmieniony tytuł {time.time():.0f}"
    update = time.perf_counter() - started
    print(f"update  one interview edited ({args.per_interview} cues redone): {update * 1000:.0f} ms "
          f"commit + index (target < 500 ms)")  # fmt: skip
    db.close()


if __name__ == "__main__":
    main()
