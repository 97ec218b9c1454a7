"""A newsroom archive: claims read once into an index file, new articles checked against it.

    build   files -> (changed ones only) read and extract -> index (store.py), batch by batch
    check   new articles -> their story terms -> the best-matching archived articles (FTS5) -> the usual
            stories, alignment and comparison over the new articles and those

Checking NEW against an index gives the report `factcheck check ARCHIVE NEW --changed NEW` gives, limited to the
stories of the new articles, without reading the archive again.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import __version__
from ..api import ArticleClaims, Pipeline, Run, raise_for_problems, read_and_extract
from ..articles import ArticleFile, discover, natural_key
from ..errors import InputError
from ..models import Failure, Report
from ..ruleset import Ruleset
from ..workers import map_files, processes
from . import codec
from .store import Index, Known, Row, file_hash

BATCH_FILES = 200  # files per transaction: a killed build loses at most this many files' work
BATCH_BYTES = 8_000_000  # or this much text, whichever comes first
RETRIEVED = 50  # archived articles considered per new article (its story is found among them)

__all__ = ["BuildSummary", "Index", "archived_for", "build", "check", "rules_fingerprint"]


@dataclass
class BuildSummary:
    """What a build did."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    articles: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def rules_fingerprint(ruleset: Ruleset) -> str:
    """What the claims of a file depend on besides its bytes: the rules and the version that read them."""
    text = json.dumps(ruleset.data, sort_keys=True, default=dict, ensure_ascii=False)
    return f"{__version__}/{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def build(paths: Sequence[str], index_path: str, ruleset: Ruleset, exclude: Sequence[str] = (),
          progress: Callable[[int, int], None] | None = None, jobs: int | None = 1,
          scheduler: str | None = None) -> BuildSummary:
    """Bring the index up to date with the files under ``paths``: new and changed files read (a file whose bytes
    and rules are those indexed is not read again), files no longer there removed. The index mirrors ``paths``.
    ``jobs``: processes reading files (0 or None: every core); ``scheduler``: read them on a Dask cluster
    instead ("local", or a scheduler's address)."""
    summary = BuildSummary()
    files = discover(paths, exclude)
    rules = rules_fingerprint(ruleset)
    with Index(index_path, writable=True) as index:
        known = index.known()
        seen: set[str] = set()
        to_read: list[tuple[ArticleFile, str, Known]] = []
        touched: list[tuple[str, Known]] = []
        for file in files:
            path = _key(str(file.path))
            seen.add(path)
            old = known.get(path)
            try:
                stat = os.stat(file.path)
                if old and old.same_stat(stat, rules):
                    summary.unchanged += 1  # the same size and time: not even hashed (as git does)
                    continue
                now = Known(file_hash(file.path), rules, stat.st_size, stat.st_mtime_ns, time.time_ns())
            except OSError as exc:
                summary.problems.append(f"{file.display}: cannot be read ({exc.strerror or exc})")
                continue
            if old and (old.hash, old.rules) == (now.hash, now.rules):
                summary.unchanged += 1  # touched, not changed: not read again
                touched.append((path, now))
            else:
                to_read.append((file, path, now))
                summary.changed += old is not None
                summary.added += old is None
        pending: list[tuple[str, Known, list]] = []
        pending_bytes = 0
        reading = [f for f, *_ in to_read]
        runs: Iterable[Stored] = ()  # an unchanged archive: nothing read, no pipeline built
        if reading and scheduler:
            from .distributed import read_on_dask

            runs = read_on_dask(reading, ruleset, scheduler, processes(jobs))
        elif reading:
            runs = map_files(reading, Pipeline(ruleset), jobs, stored)
        for done, ((_, path, now), run) in enumerate(zip(to_read, runs, strict=True), 1):
            summary.problems += run.problems
            summary.notes += run.notes
            summary.failures += run.failures
            summary.articles += len(run.articles)
            pending.append((path, now, run.articles))
            pending_bytes += now.size
            if len(pending) >= BATCH_FILES or pending_bytes >= BATCH_BYTES:
                _write(index, pending)
                pending, pending_bytes = [], 0
            if progress:
                progress(done, len(to_read))
        _write(index, pending)
        gone = sorted(set(known) - seen)
        with index.batch() as batch:
            for path in gone:
                batch.forget(path)
            for path, now in touched:
                batch.touch(path, now)
            batch.set_roots([_key(p) for p in paths if Path(p).is_dir()])
        summary.removed = len(gone)
    summary.notes += ruleset.skipped_patterns()
    return summary


@dataclass
class Stored:
    """A file read for the index: its articles as stored (blob, numeric claims, names, story terms), and what
    could not be read. Made where the file is read (a worker), so that only the blobs travel."""

    articles: list[tuple[bytes, int, int, Counter[str]]]
    problems: list[str]
    notes: list[str]
    failures: list[Failure]


def stored(run: Run) -> Stored:
    """A file's Run as the index stores it (a file that could not be read is stored with no article, so that it
    is not read again until it changes)."""
    articles = [(codec.encode(c.article, c.numeric, c.names, c.terms, c.words), len(c.numeric), len(c.names),
                 c.terms) for c in run.extracted]
    return Stored(articles, run.problems, run.notes, run.failures)


def _write(index: Index, pending: list) -> None:
    if not pending:
        return
    with index.batch() as batch:
        for path, known, articles in pending:
            batch.store(path, known, articles)


def check(paths: Sequence[str], index_path: str, ruleset: Ruleset, *, strict: bool = False, group_by: str = "auto",
          exclude: Sequence[str] = (), progress: Callable[[int, int], None] | None = None,
          stdin: tuple[str, bytes] | None = None, jobs: int | None = 1) -> tuple[Report, set[str]]:
    """Check the articles under ``paths`` against the archive in the index: the report of their stories, and
    the ids of the articles read anew (the archive's are only compared with)."""
    Index(index_path).db.close()  # a missing or foreign index is said before any article is read
    pipeline = Pipeline(ruleset)
    run = read_and_extract(paths, pipeline, exclude, progress, stdin=stdin, jobs=jobs)
    raise_for_problems(run, paths, strict)
    extracted = archived_for(run, index_path, pipeline)  # names the new articles as the archive would
    new = {e.article.id for e in run.extracted}
    report = pipeline.compare(extracted, run.problems, group_by, only=new, jobs=jobs)
    return replace(report, notices=(*run.notes, *ruleset.skipped_patterns()), failures=tuple(run.failures)), new


def archived_for(run: Run, index_path: str, pipeline: Pipeline, limit: int = RETRIEVED) -> list[ArticleClaims]:
    """The run's new articles and the archived articles their stories may hold, in the order a check of the
    archive's folders would read them (by path); an archived copy of a file read anew is left out. The
    archived articles' lower-case words join the pipeline's vocabulary."""
    with Index(index_path) as index:
        run.extracted = [_as_archived(e, index.roots()) for e in run.extracted]
        new_files = {_key(e.article.path) for e in run.extracted}
        rowids = sorted({r for e in run.extracted for r in index.retrieve(e.terms, limit)})
        stored = [s for s in index.articles(rowids) if s.file not in new_files]
    taken = {e.article.id for e in run.extracted}
    archived: list[tuple[tuple, ArticleClaims]] = []
    for item in stored:
        claims = _decoded(item, index_path, pipeline)
        if claims.article.id in taken:  # two files of one name: the archived one is named by its path
            claims = _renamed(claims, claims.article.path)
        taken.add(claims.article.id)
        archived.append(((natural_key(item.file), item.position), claims))
    fresh = [((natural_key(_key(e.article.path)), n), e) for n, e in enumerate(run.extracted)]
    return [e for _, e in sorted(archived + fresh, key=lambda x: x[0])]


def _decoded(item: Row, index_path: str, pipeline: Pipeline) -> ArticleClaims:
    try:
        article, numeric, names, terms, words = codec.decode(item.blob)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise InputError(index_path, f"holds a damaged record for {item.file} ({type(exc).__name__}); rebuild "
                                     "the index") from None
    pipeline.vocabulary.update(words)
    return ArticleClaims(article, numeric, names, terms)


def _as_archived(claims: ArticleClaims, roots: list[str]) -> ArticleClaims:
    """A new article named as a check of the archive's folders names it (relative to its folder), so that its
    findings have the fingerprints a full check gives them (a baseline written by either works with both)."""
    path = Path(_key(claims.article.path))
    for root in roots:
        if path.is_relative_to(root):
            name = path.relative_to(root).as_posix()
            record = claims.article.id.partition("#")[2]
            return _renamed(claims, f"{name}#{record}" if record else name)
    return claims


def _renamed(claims: ArticleClaims, new_id: str) -> ArticleClaims:
    def moved(claim):  # noqa: ANN001, ANN202 - a numeric or a named claim
        return replace(claim, article_id=new_id, sentence=replace(claim.sentence, article_id=new_id))

    return ArticleClaims(replace(claims.article, id=new_id), tuple(map(moved, claims.numeric)),
                         tuple(map(moved, claims.names)), claims.terms)


def _key(path: str) -> str:
    """A file's key in the index: its absolute path (no symbolic link followed: one stat saved per file)."""
    return os.path.abspath(path)
