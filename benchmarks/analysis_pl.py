"""How much does Polish analysis cost against Whoosh's plain StandardAnalyzer, and a query word?

Builds a realistic text of N words (default 100,000): 80 % sampled from interview-like
paragraphs written below (interviews repeat their words), 20 % drawn from a fixed sample of
simplemma's own Polish word forms (the long tail a real archive has). Then, in one process:

  load        first lemmatisation: simplemma's low-memory dictionary is read (once per process)
  cold        polish_analyzer over the text with every cache empty (a first reindex)
  warm        polish_analyzer again (caches filled: the steady state of incremental indexing)
  standard    whoosh.analysis.StandardAnalyzer over the same text
  lemma_terms per-word cost for words typed without diacritics (restoration, caches empty)

and prints source words/s and speed ratios polish/standard (1.0 = as fast), then peak RSS.

    .venv/bin/python benchmarks/analysis_pl.py [--words N] [--seed S] [--rounds R]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simplemma.strategies.dictionaries import LOW_MEMORY_DICTIONARY_FACTORY  # noqa: E402
from whoosh.analysis import StandardAnalyzer  # noqa: E402

from zacni_app.core import analysis_pl  # noqa: E402

PARAGRAPHS = """
Urodziłam się w Opatowie w czterdziestym siódmym roku, w domu przy samym rynku. Ojciec był
stolarzem, robił krzesła i szafy dla całej okolicy, a mama szyła sukienki sąsiadkom. Od dziecka
chodziłam z dziadkiem na łąki za miastem, bo dziadek hodował pszczoły i zawsze mówił, że
pszczoła to najmądrzejsze stworzenie na świecie. Pamiętam zapach miodu w piwnicy i ule malowane
na niebiesko.
Koronki zaczęłam robić w szkole, pani od prac ręcznych pokazała nam klocki i szpilki. Potem
przez czterdzieści lat prowadziłam koło koronczarek przy domu kultury. Jeździłyśmy z koronkami
na jarmarki do Krakowa, do Sandomierza, raz nawet do Warszawy na wystawę rękodzieła. Najpiękniejszy
obrus robiłam całą zimę, a wnuczka oddała go potem do muzeum.
Mój mąż grał na skrzypcach w kapeli weselnej. Grali po wsiach na weselach, na chrzcinach, na
dożynkach. W siedemdziesiątym którymś roku nagrali płytę dzięki studiu nagraniowemu w Kielcach,
ale nagranie zaginęło i została nam tylko jedna kaseta. Synowie też grają, młodszy na akordeonie,
a starszy buduje instrumenty w warsztacie po ojcu.
Gołębie hodował sąsiad zza płotu, pan Zacnowski. Miał gołębnik na strychu i co niedzielę wypuszczał
ptaki nad miasteczkiem. Dzieci z całej ulicy przychodziły patrzeć, jak wracają. Mówił, że gołąb
zawsze trafi do domu, nawet z daleka, i że z gołębiami trzeba rozmawiać jak z ludźmi.
Haftowałam też obrusy i serwetki, haft krzyżykowy i richelieu. Wzory przerysowywałam od babci,
która haftowała jeszcze przed wojną. W czasie wojny wszystko, co miała, spaliło się razem z domem,
została tylko jedna serweta, którą ukryła w kościele u proboszcza.
"""


def build_text(words: int, seed: int) -> str:
    """Interview words with a long tail of real Polish forms, deterministic for a seed."""
    rng = random.Random(seed)
    common = PARAGRAPHS.split()
    tail = dictionary_sample(rng, max(1, words // 10))
    picks = [rng.choice(common) if rng.random() < 0.8 else rng.choice(tail) for _ in range(words)]
    return " ".join(picks)


def dictionary_sample(rng: random.Random, size: int) -> list[str]:
    """Every k-th word form of simplemma's Polish dictionary (3.7 M forms, read as a stream)."""
    forms = LOW_MEMORY_DICTIONARY_FACTORY.get_dictionary("pl")
    step = max(1, len(forms) // size)
    offset = rng.randrange(step)
    return [form for i, form in enumerate(forms) if i % step == offset and form.isalpha()]


def best_seconds(analyze: Callable[[str], int], text: str, rounds: int) -> tuple[float, int]:
    """Best of `rounds` (the least disturbed by the other workers on this machine), tokens kept."""
    best = float("inf")
    count = 0
    for _ in range(rounds):
        start = time.perf_counter()
        count = analyze(text)
        best = min(best, time.perf_counter() - start)
    return best, count


def count_tokens(analyzer: object) -> Callable[[str], int]:
    def run(text: str) -> int:
        return sum(1 for _ in analyzer(text, positions=True, chars=True))  # type: ignore[operator]

    return run


def clear_caches() -> None:
    analysis_pl.index_term.cache_clear()
    analysis_pl._fold_non_ascii.cache_clear()
    analysis_pl._restored_terms.cache_clear()


def typed_without_diacritics(text: str, size: int, seed: int) -> list[str]:
    """Distinct words of the text that carry diacritics, as a researcher types them (folded)."""
    words = sorted({analysis_pl.fold(w.strip(".,")) for w in text.split() if not w.isascii()})
    return random.Random(seed).sample([w for w in words if w.isalpha()], size)


def lemma_terms_cost(words: list[str], rounds: int) -> list[float]:
    """Milliseconds per word with caches empty, best of `rounds` (other workers share the cores)."""
    costs = []
    for word in words:
        best = float("inf")
        for _ in range(rounds):
            clear_caches()
            start = time.perf_counter()
            analysis_pl.lemma_terms(word)
            best = min(best, time.perf_counter() - start)
        costs.append(best * 1000)
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    start = time.perf_counter()
    analysis_pl.index_term("Opatowie")
    print(f"load       simplemma low-memory dictionary: {time.perf_counter() - start:.2f} s")
    text = build_text(args.words, args.seed)
    polish = count_tokens(analysis_pl.polish_analyzer())

    clear_caches()
    cold, kept = best_seconds(polish, text, 1)
    warm, _ = best_seconds(polish, text, args.rounds)
    standard, std_kept = best_seconds(count_tokens(StandardAnalyzer()), text, args.rounds)
    words = len(text.split())
    distinct = len(set(text.split()))
    print(f"text       {words} words, {distinct} distinct; kept: polish {kept}, standard {std_kept}")
    for name, seconds in (("cold polish", cold), ("warm polish", warm), ("standard", standard)):
        rate = words / seconds
        print(f"{name:<12} {rate:>10,.0f} words/s   {standard / seconds:.2f} x StandardAnalyzer's speed")

    costs = lemma_terms_cost(typed_without_diacritics(text, 500, args.seed), args.rounds)
    costs.sort()
    p95 = costs[int(len(costs) * 0.95) - 1]
    print(
        f"lemma_terms {len(costs)} words typed without diacritics, caches empty, best of {args.rounds}: mean "
        f"{statistics.mean(costs):.2f} ms, median {statistics.median(costs):.2f} ms, "
        f"p95 {p95:.2f} ms, max {costs[-1]:.2f} ms"
    )
    print(f"peak RSS   {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
