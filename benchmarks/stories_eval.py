"""How well automatic story grouping recovers the folders of a corpus of one folder per event. Run by hand:

    python benchmarks/stories_eval.py [CORPUS]     (default: ../shared/corpora/ecbplus-dev)

Prints pairwise precision (pairs put in one story that share a folder) and recall (pairs sharing a folder put
in one story), and whether any story mixes folders.
"""

from __future__ import annotations

import sys
import time
from itertools import combinations
from pathlib import Path

from factcheck.articles import discover, read_article
from factcheck.ruleset import Ruleset
from factcheck.stories import _folder, group_stories

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora" / "ecbplus-dev"
    ruleset = Ruleset.load()
    articles = [read_article(f, ruleset) for f in discover([str(corpus)])]
    start = time.perf_counter()
    stories = group_stories(articles, "auto", ruleset.language("phrase", "stop"))
    seconds = time.perf_counter() - start
    predicted = {(a.id, b.id) for s in stories for a, b in combinations(s, 2)}
    folders: dict[str, list[str]] = {}
    for a in articles:
        folders.setdefault(_folder(a), []).append(a.id)
    gold = {pair for ids in folders.values() for pair in combinations(ids, 2)}
    tp = len(predicted & gold)
    mixed = [s for s in stories if len({_folder(a) for a in s}) > 1]
    print(f"{len(articles)} articles, {len(folders)} folders -> {len(stories)} stories in {seconds:.2f} s")
    print(f"pairwise precision {tp / max(len(predicted), 1):.3f}  recall {tp / max(len(gold), 1):.3f}  "
          f"stories mixing folders: {len(mixed)}")
    for s in mixed[:10]:
        print("  mixed:", sorted({_folder(a) for a in s}))


if __name__ == "__main__":
    main()
