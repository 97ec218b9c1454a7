"""Instructions spent extracting claims, counted by valgrind: a figure the machine's noise does not blur.
Run by hand (needs valgrind); takes a few minutes:

    python benchmarks/instructions.py [CORPUS]        (default: ../shared/corpora/ecbplus-dev)

The same child process runs twice under `valgrind --tool=cachegrind`, once reading the articles only and once
reading and extracting them; the difference is the extraction. Compare two commits by running it in each.
"""

from __future__ import annotations

import re
import subprocess
import sys

from timing import corpus_argument

CHILD = """
import sys
from factcheck.api import Pipeline
from factcheck.articles import discover, read_article
from factcheck.ruleset import Ruleset
ruleset = Ruleset.load()
articles = [read_article(f, ruleset) for f in discover([sys.argv[1]])]
pipeline = Pipeline(ruleset)
if sys.argv[2] == "extract":
    for article in articles:
        pipeline.extract(article)
"""


def count(corpus: str, mode: str) -> int:
    """Instructions of one run of the child under cachegrind."""
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", CHILD, corpus, mode], capture_output=True, text=True, check=True)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if refs is None:
        sys.exit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(refs.group(1).replace(",", ""))


def main() -> None:
    corpus = str(corpus_argument())
    spent = count(corpus, "extract") - count(corpus, "read")
    print(f"corpus: {corpus}")
    print(f"extraction: {spent / 1e6:,.0f} M instructions")


if __name__ == "__main__":
    main()
