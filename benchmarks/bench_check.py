"""Speed of `factcheck check` in characters per second. Run by hand:

    python benchmarks/bench_check.py [CORPUS]      (default: ../shared/corpora/ecbplus-dev)

Prints two figures: the whole corpus checked as one run, and each cluster folder checked on its own (the way a
newsroom checks one story), plus extraction alone. Timings are the best of three runs on one core.
"""

from __future__ import annotations

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


if __name__ == "__main__":
    main()
