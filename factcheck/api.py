"""The library entry point: paths in, a Report out. Never prints, never exits.

check() runs the pipeline one way, one article at a time: read -> sentences -> claims; then, over the whole run,
stories -> alignment -> comparison -> Report. An article's text is dropped once its claims are read (the
sentences that hold claims are kept), so memory grows with the claims, not with the corpus.
"""

from __future__ import annotations

import functools
import traceback
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from .align import LinkModel, align
from .articles import discover
from .compare import compare_groups, name_variants
from .errors import FactcheckError, InputError
from .extraction.names import NameExtractor
from .extraction.numeric import NumericExtractor
from .extraction.numeric.reading import within
from .models import Article, Failure, Finding, NamedClaim, NumericClaim, Report
from .ruleset import Ruleset
from .segment import sentences
from .stories import group_stories, story_terms, written_words


@dataclass(frozen=True)
class ArticleClaims:
    """An article (its text dropped) with everything read out of it."""

    article: Article
    numeric: tuple[NumericClaim, ...]
    names: tuple[NamedClaim, ...]
    terms: Counter[str]  # distinctive terms, for telling stories apart
    words: frozenset[str] = frozenset()  # its words written in lower case, kept only for an index


class Pipeline:
    """The extractors of one Ruleset, built once and used for every article of a run.

    It also gathers the run's lower-case vocabulary: words written in lower case somewhere are common words,
    not names, even when they open a sentence with a capital."""

    def __init__(self, ruleset: Ruleset, model: LinkModel | None = None) -> None:
        self.ruleset = ruleset
        self.numeric = NumericExtractor(ruleset)
        self.names = NameExtractor(ruleset)
        self.model = model or LinkModel.from_rules(ruleset)  # given: the fit, which must not need its own output
        self.stop = ruleset.language("phrase", "stop")
        self.vocabulary: set[str] = set()

    def extract(self, article: Article, keep_text: bool = False, keep_words: bool = False) -> ArticleClaims:
        written = written_words(article)
        lower = frozenset(word for word in written if word[0].islower())
        self.vocabulary |= lower
        terms = story_terms(article, self.stop, written)
        sents = sentences(article, self.ruleset)
        numeric = tuple(self.numeric.article_claims(sents, article.text))
        money = sorted((c.start, c.end) for c in numeric if c.type == "money")
        designated = {c.start for c in numeric if c.type == "identifier"}
        # the letters of a currency ("HK$45", "C $9", "CHF 200 million") are no name, nor is the one word that
        # names a numbered thing ("Route 12", "Flight 370": the number is read as an identifier)
        names = tuple(n for n in self.names.claims(sents, article.text)
                      if not within(money, n.start, n.end) and not (" " not in n.text and n.end + 1 in designated))
        return ArticleClaims(article if keep_text else replace(article, text=""), numeric, names, terms,
                             lower if keep_words else frozenset())

    def compare(self, extracted: Sequence[ArticleClaims], problems: Sequence[str] = (),
                group_by: str = "auto", only: Collection[str] | None = None, jobs: int | None = 1) -> Report:
        """Stories, alignment and comparison over the extracted articles of a run; with ``only`` (article ids),
        just the stories that hold one of those articles, the others left out of the report. ``jobs``: processes
        comparing stories (0 or None: every core), the report the same whatever their number."""
        from .workers import map_stories

        by_id = {e.article.id: e for e in extracted}
        stories = group_stories([e.article for e in extracted], group_by,
                                terms={e.article.id: e.terms for e in extracted})
        if only is not None:
            stories = [s for s in stories if any(a.id in only for a in s)]
        kept = {a.id for s in stories for a in s}
        articles = [e.article for e in extracted if e.article.id in kept]
        findings: list[Finding] = []
        agreements: list[Finding] = []
        claim_count = 0
        published = {a.id: a.published for a in articles}
        claims = [([c for a in story for c in by_id[a.id].numeric], [c for a in story for c in by_id[a.id].names])
                  for story in stories]
        for conflicts, agreed, count in map_stories(self._compare_story, claims, published, jobs):
            findings += conflicts
            agreements += agreed
            claim_count += count
        order = {a.id: i for i, a in enumerate(articles)}
        return Report(
            articles=tuple(articles),
            findings=tuple(sorted(findings, key=lambda f: _finding_order(f, order))),
            agreements=tuple(sorted(agreements, key=lambda f: _finding_order(f, order))),
            claim_count=claim_count,
            problems=tuple(problems),
            stories=tuple(tuple(a.id for a in story) for story in stories),
        )

    def _compare_story(self, numeric: list[NumericClaim], names: list[NamedClaim],
                       published: dict[str, object]) -> tuple[list[Finding], list[Finding], int]:
        """One story's findings, agreements and claim count."""
        names = self.names.trim_openers(names, self.vocabulary)
        conflicts, agreed = compare_groups(align(numeric, self.model), published, self._rising)
        return conflicts + name_variants(names, self.vocabulary, self._name_rules), agreed, len(numeric) + len(names)

    @functools.cached_property
    def _rising(self) -> frozenset[str]:
        """Events whose counts grow as a story unfolds (those with a default subject)."""
        return frozenset(event for event, subject in self.ruleset.events()[1].items() if subject)

    @functools.cached_property
    def _name_rules(self):  # noqa: ANN202 - NameRules lives in compare.names
        return self.ruleset.name_rules()


@dataclass
class Run:
    """What reading a run's inputs gave."""

    extracted: list[ArticleClaims]
    problems: list[str]  # files or records skipped, each "where: problem"
    notes: list[str]  # how files were read ("read as cp1252", "mojibake repaired")
    failures: list[Failure]  # files or articles an internal error cost


def read_and_extract(paths: Sequence[str], pipeline: Pipeline, exclude: Sequence[str] = (),
                     progress: Callable[[int, int], None] | None = None, keep_text: bool = False,
                     stdin: tuple[str, bytes] | None = None, jobs: int | None = 1) -> Run:
    """Every readable article under ``paths`` with its claims. ``progress(done, total)`` is called after each
    file, for a progress bar; ``stdin`` is the name and content of the article given as "-"; ``jobs``: processes
    (0 or None: every core), the report the same whatever their number."""
    from .workers import read_files

    run = Run([], [], [], [])
    files = discover(paths, exclude, stdin)
    for done, one in enumerate(read_files(files, pipeline, jobs, keep_text), 1):
        run.extracted += one.extracted
        run.problems += one.problems
        run.notes += one.notes
        run.failures += one.failures
        if progress:
            progress(done, len(files))
    return run


def failure(where: str, error: Exception) -> Failure:
    return Failure(where, f"{type(error).__name__}: {error}", traceback.format_exc())


def check(paths: Sequence[str], ruleset: Ruleset | None = None, *, strict: bool = False,
          group_by: str = "auto", exclude: Sequence[str] = (),
          progress: Callable[[int, int], None] | None = None, stdin: tuple[str, bytes] | None = None,
          jobs: int | None = 1) -> Report:
    """Check the articles under ``paths`` against each other, story by story; ``jobs`` processes read the files
    (0 or None: every core), the report the same whatever their number.

    Raises InputError when a path does not exist, when nothing could be read, or (``strict``) when any file
    could not be read; RuleError for a broken rule file.
    """
    pipeline = Pipeline(ruleset or Ruleset.load())
    run = read_and_extract(paths, pipeline, exclude, progress, stdin=stdin, jobs=jobs)
    raise_for_problems(run, paths, strict)
    return replace(pipeline.compare(run.extracted, run.problems, group_by, jobs=jobs),
                   notices=(*run.notes, *pipeline.ruleset.skipped_patterns()), failures=tuple(run.failures))


def check_articles(articles: Iterable[Article], ruleset: Ruleset, problems: Sequence[str] = (),
                   group_by: str = "auto") -> Report:
    """Compare articles already in memory (tests, other front ends)."""
    pipeline = Pipeline(ruleset)
    return pipeline.compare([pipeline.extract(a) for a in articles], problems, group_by)


def extract(paths: Sequence[str], ruleset: Ruleset | None = None,
            stdin: tuple[str, bytes] | None = None) -> list[ArticleClaims]:
    """Every claim of every article, for `factcheck extract`."""
    return extract_run(paths, ruleset, stdin).extracted


def extract_run(paths: Sequence[str], ruleset: Ruleset | None = None,
                stdin: tuple[str, bytes] | None = None) -> Run:
    """The run of `factcheck extract`: every claim of every article, and what could not be read."""
    pipeline = Pipeline(ruleset or Ruleset.load())
    run = read_and_extract(paths, pipeline, stdin=stdin)
    raise_for_problems(run, paths, strict=False)
    run.extracted = [replace(e, names=tuple(pipeline.names.trim_openers(e.names, pipeline.vocabulary)))
                     for e in run.extracted]
    run.notes += pipeline.ruleset.skipped_patterns()
    return run


def raise_for_problems(run: Run, paths: Sequence[str], strict: bool) -> None:
    if run.failures:
        return  # the report says what a bug cost, whatever else could be read
    if run.problems and (strict or not run.extracted):
        where, _, problem = run.problems[0].partition(": ")
        raise InputError(where, problem or "cannot be read")
    if not run.extracted:
        raise InputError(", ".join(paths), "no article files (.txt, .md, .markdown) found")


def _finding_order(finding: Finding, order: dict[str, int]) -> tuple:
    first = finding.claims[0]
    return (-finding.severity, finding.kind, order.get(first.article_id, 0), first.start, finding.subject,
            finding.fingerprint)


__all__ = ["ArticleClaims", "FactcheckError", "Pipeline", "check", "check_articles", "extract"]
