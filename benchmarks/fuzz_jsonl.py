"""Coverage-guided fuzzing of the JSON Lines reader with atheris (a fuzzing dependency, not a runtime one).

    pip install atheris
    python benchmarks/fuzz_jsonl.py -max_total_time=600 -print_final_stats=1 [CORPUS_DIR]

Each input is the bytes of an export (`export.jsonl`): read record by record as factcheck reads exports, each
record parsed and read for numeric and named claims. The properties checked: only InputError escapes (an export
that holds no article), every bad record is a problem naming its line, every claim's span is exactly its text,
and no field an export gives (id, title, source ...) keeps a control character that could restyle a terminal or
forge a CI log line. See docs/fuzzing.md for the last run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import regex

    from factcheck.api import Pipeline
    from factcheck.articles import ArticleFile, read_articles
    from factcheck.errors import InputError
    from factcheck.ruleset import Ruleset

RULESET = Ruleset.load()
PIPELINE = Pipeline(RULESET)
CONTROL = regex.compile(r"[\p{Cc}\p{Cf}]")


def one_input(data: bytes) -> None:
    file = ArticleFile(Path("export.jsonl"), "export.jsonl", "export.jsonl", data)
    try:
        reading = read_articles(file, RULESET)
    except InputError:
        return
    for problem in reading.problems:
        if not problem.startswith("export.jsonl:"):
            raise AssertionError(f"a problem that names no line: {problem!r}")
    for article in reading.articles:
        for value in (article.id, article.source, article.title, article.date, article.url, article.story):
            if value and CONTROL.search(value):
                raise AssertionError(f"a control character kept in {value!r}")
        extracted = PIPELINE.extract(article, keep_text=True)
        for claim in (*extracted.numeric, *extracted.names):
            if article.text[claim.start:claim.end] != claim.text:
                raise AssertionError(f"span {claim.start}:{claim.end} is not {claim.text!r}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
