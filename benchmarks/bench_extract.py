"""Extraction speed in characters per second, factcheck beside quantulum3 on the same text in the same run.
Run by hand (quantulum3 is a benchmark-only dependency, never a runtime one):

    pip install quantulum3
    python benchmarks/bench_extract.py [CORPUS]        (default: ../shared/corpora/ecbplus-dev)

factcheck reads every claim kind (numbers with hedges, types and subjects, and names); quantulum3 reads
quantities only. Both run on one core over the decoded article texts; the best of three runs is shown.
"""

from __future__ import annotations

from timing import best_of, corpus_argument

from factcheck.api import Pipeline
from factcheck.articles import discover, read_article
from factcheck.ruleset import Ruleset


def main() -> None:
    corpus = corpus_argument()
    ruleset = Ruleset.load()
    articles = [read_article(f, ruleset) for f in discover([str(corpus)])]
    chars = sum(len(a.text) for a in articles)
    print(f"corpus: {corpus} ({len(articles)} articles, {chars:,} characters)")

    def factcheck_run() -> None:
        pipeline = Pipeline(ruleset)  # a fresh pipeline: no cache carried from run to run
        for article in articles:
            pipeline.extract(article)

    seconds = best_of(3, factcheck_run)
    print(f"factcheck (all claim kinds): {chars / seconds:>12,.0f} chars/s  ({seconds:.2f} s)")
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3: not installed (pip install quantulum3)")
        return
    texts = [a.text for a in articles]
    seconds = best_of(1, lambda: [parser.parse(t) for t in texts])
    print(f"quantulum3 (quantities):     {chars / seconds:>12,.0f} chars/s  ({seconds:.2f} s)")


if __name__ == "__main__":
    main()
