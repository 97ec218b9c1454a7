"""Reading and extraction file by file, in parallel processes when a run is large enough to pay for them.

Each file is read and its articles' claims extracted by one process; results come back in file order, so a run
gives the same report whatever the number of processes. A worker's pipeline is the parent's, inherited by fork
(compiled rules are not rebuilt per process); where fork is not available, files are read in this process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from .api import Pipeline, Run, failure
from .articles import ArticleFile, read_articles
from .errors import FactcheckError, InputError

if TYPE_CHECKING:
    import multiprocessing.pool

PARALLEL_FROM = 16  # files; fewer are read faster than processes start
CHUNK = 4  # files handed to a worker at a time
_pipeline: Pipeline | None = None  # the worker's, set before the fork
T = TypeVar("T")


def read_file(file: ArticleFile, pipeline: Pipeline, keep_text: bool = False, keep_words: bool = False) -> Run:
    """One file's articles with their claims; what could not be read is a problem, a bug a failure (it costs
    this file or article, never the run)."""
    run = Run([], [], [], [])
    try:
        reading = read_articles(file, pipeline.ruleset)
    except InputError as exc:
        run.problems.append(str(exc))
        return run
    except FactcheckError:
        raise  # the user's to fix (a broken rule): said once, for the whole run
    except Exception as exc:
        run.failures.append(failure(file.display, exc))
        return run
    for article in reading.articles:
        try:
            run.extracted.append(pipeline.extract(article, keep_text, keep_words))
        except FactcheckError:
            raise
        except Exception as exc:
            run.failures.append(failure(article.path if article.id == file.id else article.id, exc))
    run.problems += reading.problems
    run.notes += reading.notes
    return run


def jobs_for(jobs: int | None, files: int) -> int:
    """How many processes a run of ``files`` files gets: ``jobs`` (0 or None: every core), one for a small run."""
    if files < PARALLEL_FROM or not _can_fork():
        return 1
    return max(1, min(processes(jobs), files // CHUNK))


def _can_fork() -> bool:
    """Whether workers can inherit the parent's pipeline (fork); elsewhere everything runs in this process."""
    import multiprocessing  # only for runs large enough for workers: a one-article check starts without it

    return "fork" in multiprocessing.get_all_start_methods()


def _fork_pool(count: int) -> multiprocessing.pool.Pool:
    """``count`` forked workers; multiprocessing is imported here and in _can_fork only."""
    import multiprocessing

    return multiprocessing.get_context("fork").Pool(count)


def processes(jobs: int | None) -> int:
    """``jobs``, or (0 or None) the cores this process may use."""
    if jobs:
        return jobs
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def read_files(files: Sequence[ArticleFile], pipeline: Pipeline, jobs: int | None = 1, keep_text: bool = False,
               keep_words: bool = False) -> Iterator[Run]:
    """Each file's Run, in file order. The lower-case words of every article join ``pipeline.vocabulary`` as
    they do when one process reads them all."""
    if jobs_for(jobs, len(files)) == 1:
        for file in files:
            yield read_file(file, pipeline, keep_text, keep_words)
        return
    for run in map_files(files, pipeline, jobs, _as_read, keep_text):
        for claims in run.extracted:
            pipeline.vocabulary.update(claims.words)
        if not keep_words:
            run.extracted = [replace(c, words=frozenset()) for c in run.extracted]
        yield run


def map_files(files: Sequence[ArticleFile], pipeline: Pipeline, jobs: int | None, then: Callable[[Run], T],
              keep_text: bool = False) -> Iterator[T]:
    """``then`` of each file's Run (its articles' lower-case words kept), in file order, computed where the file
    is read: in a worker process when the run is large enough (``then`` is then a module-level function)."""
    count = jobs_for(jobs, len(files))
    if count == 1:
        for file in files:
            yield then(read_file(file, pipeline, keep_text, keep_words=True))
        return
    global _pipeline
    _pipeline = pipeline
    skipped = set(pipeline.ruleset.skipped_patterns())
    with _fork_pool(count) as pool:
        for notes, result in pool.imap(_work, [(f, keep_text, then) for f in files], chunksize=CHUNK):
            fresh = [n for n in notes if n not in skipped]  # a pattern given up by several workers: said once
            skipped.update(fresh)
            pipeline.ruleset.note_skipped(fresh)
            yield result
        _wind_down(pool)


STORIES_IN_PARALLEL_FROM = 2_000  # claims in a run; fewer are compared faster than processes start
_compare: Callable | None = None  # the story comparison of the parent's pipeline, set before the fork
_stories: list = []


def map_stories(compare: Callable[..., T], stories: list[tuple[list, list]], published: dict,
                jobs: int | None) -> Iterator[T]:
    """``compare(numeric, names, published)`` of each story, in story order; in worker processes when the run has
    claims enough and stories to share among them."""
    claims = sum(len(numeric) + len(names) for numeric, names in stories)
    count = min(processes(jobs), len(stories)) if claims >= STORIES_IN_PARALLEL_FROM else 1
    if count <= 1 or not _can_fork():
        for numeric, names in stories:
            yield compare(numeric, names, published)
        return
    global _compare, _stories
    _compare, _stories = compare, [(numeric, names, published) for numeric, names in stories]
    try:
        with _fork_pool(count) as pool:
            # the largest stories first, so that no worker is left with a big one at the end; results in order
            order = sorted(range(len(stories)), key=lambda i: -len(stories[i][0]))
            done = dict(zip(order, pool.imap(_compare_one, order), strict=True))
            _wind_down(pool)
    finally:
        _compare, _stories = None, []
    for i in range(len(stories)):
        yield done[i]


def _wind_down(pool: multiprocessing.pool.Pool) -> None:
    """Let the workers of a pool whose work is done end on their own: terminating a pool (what leaving its
    ``with`` does) while its workers and handler threads are still winding down can hang (python/cpython#96995);
    terminate is left for the exceptional exit."""
    pool.close()
    pool.join()


def _compare_one(index: int) -> object:
    assert _compare is not None
    return _compare(*_stories[index])


def _as_read(run: Run) -> Run:
    return run


def _work(task: tuple[ArticleFile, bool, Callable[[Run], T]]) -> tuple[list[str], T]:
    """In a worker: one file read and ``then`` applied, with the notes of any user pattern given up on it."""
    assert _pipeline is not None
    file, keep_text, then = task
    before = len(_pipeline.ruleset.skipped_patterns())
    run = read_file(file, _pipeline, keep_text, keep_words=True)
    return _pipeline.ruleset.skipped_patterns()[before:], then(run)
