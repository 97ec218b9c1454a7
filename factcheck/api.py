"""The library entry point: paths in, a Report out. Never prints, never exits.

check() runs the pipeline one way: read articles -> sentences -> claims -> align -> compare -> Report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from .align import align
from .articles import discover, read_article
from .compare import compare_groups, name_variants
from .errors import FactcheckError, InputError
from .extract.names import NameExtractor
from .extract.numeric import NumericExtractor
from .models import Article, Finding, NamedClaim, NumericClaim, Report, Sentence
from .ruleset import Ruleset
from .segment import sentences
from .stories import group_stories

_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*")


@dataclass(frozen=True)
class ArticleClaims:
    """An article with everything read out of it."""

    article: Article
    sentences: tuple[Sentence, ...]
    numeric: tuple[NumericClaim, ...]
    names: tuple[NamedClaim, ...]


class Pipeline:
    """The extractors of one Ruleset, built once and used for every article."""

    def __init__(self, ruleset: Ruleset) -> None:
        self.ruleset = ruleset
        self.numeric = NumericExtractor(ruleset)
        self.names = NameExtractor(ruleset)

    def extract(self, article: Article, lowercase_words: set[str]) -> ArticleClaims:
        sents = sentences(article, self.ruleset)
        numeric = tuple(c for s in sents for c in self.numeric.claims(s, article.text))
        names = tuple(self.names.claims(sents, article.text, lowercase_words))
        return ArticleClaims(article, sents, numeric, names)


def lowercase_vocabulary(articles: Sequence[Article]) -> set[str]:
    """Words the articles write in lower case somewhere in their body: common words, not names."""
    words: set[str] = set()
    for article in articles:
        for start, end in article.body:
            words.update(m.group() for m in _LOWER_WORD.finditer(article.text, start, end))
    return words


def load_articles(paths: Sequence[str], ruleset: Ruleset, exclude: Sequence[str] = (),
                  progress: Callable[[int, int], None] | None = None) -> tuple[list[Article], list[str]]:
    """Articles that could be read, and one problem line for each file that could not.

    ``progress(done, total)`` is called after each file, for a progress bar."""
    articles: list[Article] = []
    problems: list[str] = []
    files = discover(paths, exclude)
    for done, file in enumerate(files, 1):
        if progress:
            progress(done, len(files))
        try:
            articles.append(read_article(file, ruleset))
        except InputError as exc:
            problems.append(str(exc))
    return articles, problems


def check(paths: Sequence[str], ruleset: Ruleset | None = None, *, strict: bool = False,
          group_by: str = "auto", exclude: Sequence[str] = (),
          progress: Callable[[int, int], None] | None = None) -> Report:
    """Check the articles under ``paths`` against each other.

    Raises InputError when a path does not exist, when nothing could be read, or (``strict``) when any file
    could not be read; RuleError for a broken rule file.
    """
    ruleset = ruleset or Ruleset.load()
    articles, problems = load_articles(paths, ruleset, exclude, progress)
    if problems and (strict or not articles):
        first = problems[0]
        raise InputError(first.split(": ", 1)[0], first.split(": ", 1)[1] if ": " in first else "cannot be read")
    if not articles:
        raise InputError(", ".join(paths), "no article files (.txt, .md, .markdown) found")
    return check_articles(articles, ruleset, problems, group_by)


def check_articles(articles: Sequence[Article], ruleset: Ruleset, problems: Sequence[str] = (),
                   group_by: str = "auto") -> Report:
    """Compare already loaded articles, story by story."""
    pipeline = Pipeline(ruleset)
    vocabulary = lowercase_vocabulary(articles)
    extracted = {a.id: pipeline.extract(a, vocabulary) for a in articles}
    stories = group_stories(articles, group_by, ruleset.language("phrase", "stop"))
    event_subjects = frozenset(s for s in ruleset.events()[1].values() if s)
    findings: list[Finding] = []
    agreements: list[Finding] = []
    for story in stories:
        numeric = [c for a in story for c in extracted[a.id].numeric]
        names = [c for a in story for c in extracted[a.id].names]
        conflicts, agreed = compare_groups(align(numeric, event_subjects))
        findings += conflicts + name_variants(names, vocabulary, ruleset.aliases())
        agreements += agreed
    order = {a.id: i for i, a in enumerate(articles)}
    return Report(
        articles=tuple(articles),
        findings=tuple(sorted(findings, key=lambda f: _finding_order(f, order))),
        agreements=tuple(sorted(agreements, key=lambda f: _finding_order(f, order))),
        claim_count=sum(len(e.numeric) + len(e.names) for e in extracted.values()),
        problems=tuple(problems),
        stories=tuple(tuple(a.id for a in story) for story in stories),
    )


def extract(paths: Sequence[str], ruleset: Ruleset | None = None) -> list[ArticleClaims]:
    """Every claim of every article, for `factcheck extract`."""
    ruleset = ruleset or Ruleset.load()
    articles, problems = load_articles(paths, ruleset)
    if not articles:
        raise InputError(", ".join(paths), problems[0] if problems else "no article files found")
    pipeline = Pipeline(ruleset)
    vocabulary = lowercase_vocabulary(articles)
    return [pipeline.extract(a, vocabulary) for a in articles]


def _finding_order(finding: Finding, order: dict[str, int]) -> tuple:
    first = finding.claims[0]
    return (-finding.severity, finding.kind, order.get(first.article_id, 0), first.start, finding.subject,
            finding.fingerprint)


__all__ = ["ArticleClaims", "FactcheckError", "check", "check_articles", "extract", "load_articles"]
