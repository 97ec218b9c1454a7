"""Extraction speed in characters per second, factcheck beside quantulum3 on the same text in the same run.
Run by hand (quantulum3 is a benchmark-only dependency, never a runtime one):

    pip install quantulum3
    python benchmarks/bench_extract.py [CORPUS]        (default: ../shared/corpora/ecbplus-dev)

factcheck reads every claim kind (numbers with hedges, types and subjects, and names); quantulum3 reads
quantities only. Both run on one core over the decoded article texts; factcheck's best and median of ten
runs are shown (this machine's wall time varies by a quarter from one run to the next).
"""

from __future__ import annotations

import statistics

from timing import best_of, corpus_argument, timings

from factcheck.api import Pipeline
from factcheck.articles import discover, read_article
from factcheck.ruleset import Ruleset
from factcheck.segment import sentences
from factcheck.stories import story_terms, written_words


def stage_seconds(ruleset: Ruleset, articles: list) -> dict[str, float]:
    """Where extraction spends its time: each stage alone over every article, best of three."""
    pipeline = Pipeline(ruleset)
    split = [(a, sentences(a, ruleset)) for a in articles]
    stages = {
        "sentences": lambda: [sentences(a, ruleset) for a in articles],
        "numbers": lambda: [pipeline.numeric.article_claims(s, a.text) for a, s in split],
        "names": lambda: [pipeline.names.claims(s, a.text) for a, s in split],
        "words, terms, vocabulary": lambda: [story_terms(a, pipeline.stop, written_words(a)) for a in articles],
    }
    return {name: best_of(3, job) for name, job in stages.items()}


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

    Pipeline(ruleset)  # the patterns compiled once per process, as in any run of the command
    seconds = timings(10, factcheck_run)
    best, median = seconds[0], statistics.median(seconds)
    print(f"factcheck (all claim kinds): {chars / best:>12,.0f} chars/s  ({best:.2f} s, best of 10; "
          f"median {chars / median:,.0f} chars/s)")
    for stage, share in stage_seconds(ruleset, articles).items():
        print(f"  {stage:26} {share:6.2f} s")
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
