"""Speed of `factcheck check` in characters per second. Run by hand:

    python benchmarks/bench_check.py [CORPUS]      (default: ../shared/corpora/ecbplus-dev)

Prints two figures: the whole corpus checked as one run, and each cluster folder checked on its own (the way a
newsroom checks one story), plus extraction alone. Timings are the best of three runs on one core; then the
whole check with every core (--jobs 0) as `factcheck check` runs it, beside quantulum3's extraction of the same
text in the same run (one run; only when quantulum3 is installed: pip install quantulum3).
"""

from __future__ import annotations

import time

from timing import best_of, corpus_argument

from factcheck.api import Pipeline, check, read_and_extract
from factcheck.articles import discover, read_article
from factcheck.ruleset import Ruleset


def main() -> None:
    corpus = corpus_argument()
    ruleset = Ruleset.load()
    articles = [read_article(f, ruleset) for f in discover([str(corpus)])]
    chars = sum(len(a.text) for a in articles)
    clusters = sorted(p for p in corpus.iterdir() if p.is_dir()) or [corpus]

    whole = best_of(3, lambda: check([str(corpus)], ruleset))
    per_cluster = best_of(3, lambda: [check([str(c)], ruleset) for c in clusters])
    extraction = best_of(3, lambda: read_and_extract([str(corpus)], Pipeline(ruleset)))

    print(f"corpus: {corpus} ({len(articles)} articles, {chars:,} characters, {len(clusters)} folders)")
    print(f"check, whole corpus as one run:  {chars / whole:>12,.0f} chars/s  ({whole:.2f} s)")
    print(f"check, one run per folder:       {chars / per_cluster:>12,.0f} chars/s  ({per_cluster:.2f} s)")
    print(f"reading and extraction only:     {chars / extraction:>12,.0f} chars/s  ({extraction:.2f} s)")
    cores = best_of(3, lambda: check([str(corpus)], ruleset, jobs=0))
    print(f"check, whole corpus, every core: {chars / cores:>12,.0f} chars/s  ({cores:.2f} s)")
    try:
        from quantulum3 import parser
    except ImportError:
        return
    start = time.perf_counter()
    for article in articles:
        parser.parse(article.text)
    quantulum = time.perf_counter() - start
    print(f"quantulum3 extraction alone:     {chars / quantulum:>12,.0f} chars/s  ({quantulum:.2f} s): the whole "
          f"check is {quantulum / whole:.0f} times faster on one core, {quantulum / cores:.0f} times with every core")


if __name__ == "__main__":
    main()
