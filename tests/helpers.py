"""Small builders for tests: an Article from a string, the claims of one sentence."""

from __future__ import annotations

from pathlib import Path

from factcheck.articles import ArticleFile, parse_article
from factcheck.models import Article, NumericClaim, Sentence
from factcheck.ruleset import Ruleset


def article(text: str, ruleset: Ruleset, name: str = "a.txt") -> Article:
    return parse_article(text, ArticleFile(Path(name), name, name), ruleset)


def numeric_claims(extractor, text: str) -> list[NumericClaim]:
    return extractor.numeric.claims(Sentence("a", 0, len(text), text), text)
