"""Coverage-guided fuzzing of reading and extraction with atheris (a fuzzing dependency, not a runtime one).

    pip install atheris
    python benchmarks/fuzz_extract.py -max_total_time=300 -print_final_stats=1 [CORPUS_DIR]

Each input is treated as the bytes of an article file: decoded as factcheck decodes files, parsed, split into
sentences and read for numeric and named claims. The properties checked: only InputError escapes (a documented
user error), and every claim's span is exactly its text. A crash is saved by libFuzzer as crash-<hash>; turn
it into a test in tests/test_hostile.py. See docs/fuzzing.md for the last run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from factcheck.api import Pipeline
    from factcheck.articles import ArticleFile, parse_article
    from factcheck.errors import InputError
    from factcheck.inputs import decode
    from factcheck.ruleset import Ruleset

RULESET = Ruleset.load()
PIPELINE = Pipeline(RULESET)
FILE = ArticleFile(Path("fuzz.txt"), "fuzz.txt", "fuzz.txt")


def one_input(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt").text
    except InputError:
        return
    article = parse_article(text, FILE, RULESET)
    extracted = PIPELINE.extract(article, keep_text=True)
    for claim in (*extracted.numeric, *extracted.names):
        if text[claim.start:claim.end] != claim.text:
            raise AssertionError(f"span {claim.start}:{claim.end} is not {claim.text!r}")
        if claim.sentence.text != text[claim.sentence.start:claim.sentence.end]:
            raise AssertionError("sentence span drifted")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
