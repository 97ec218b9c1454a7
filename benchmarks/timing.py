"""What the benchmarks share: the default corpus and a best-of-n timer."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpora" / "ecbplus-dev"


def corpus_argument() -> Path:
    """The corpus named on the command line, else the dev corpus; exits when it is missing."""
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV_CORPUS
    if not corpus.is_dir():
        sys.exit(f"no corpus at {corpus}")
    return corpus


def timings(runs: int, job: Callable[[], object]) -> list[float]:
    """``runs`` wall-clock timings of ``job``, in seconds, shortest first."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        seconds.append(time.perf_counter() - start)
    return sorted(seconds)


def best_of(runs: int, job: Callable[[], object]) -> float:
    """The shortest of ``runs`` wall-clock timings of ``job``, in seconds."""
    return timings(runs, job)[0]
