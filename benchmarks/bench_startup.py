"""Start-up: `factcheck check` of one short article, as a newsroom's CI runs it on each new article.

    python benchmarks/bench_startup.py                    # this checkout, 20 runs
    python benchmarks/bench_startup.py --against ../old   # and another checkout, run by run in turn

Each run is a fresh process (the interpreter, the imports, the rules read and their patterns compiled, the
article read, checked and reported). The machine is noisy from minute to minute, so two checkouts are timed in
turn and compared by their best and median runs. Two articles: one sentence with one number and no name (what
every check pays before it reads anything), and the first of the seeds (names too, which read the word
frequencies of wordfreq's small list on first use).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import ROOT


def _run(checkout: Path, article: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", "check", str(article)], cwd=checkout,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                   env={"PYTHONPATH": str(checkout), "PATH": "/usr/bin:/bin"})
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", type=Path, help="another checkout of factcheck, timed in turn")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    short = Path(tempfile.mkdtemp()) / "short.md"
    short.write_text("The company cut 300 jobs at the plant on Monday.\n", encoding="utf-8")
    checkouts = [ROOT, *([args.against.resolve()] if args.against else [])]
    for article in (short, min((ROOT / "seeds").glob("*.txt"))):
        seconds: dict[Path, list[float]] = {c: [] for c in checkouts}
        for checkout in checkouts:
            _run(checkout, article)  # the first run fills the file cache
        for _ in range(args.runs):
            for checkout in checkouts:
                seconds[checkout].append(_run(checkout, article))
        print(f"factcheck check {article.name} ({article.stat().st_size:,} bytes), {args.runs} runs each:")
        for checkout, times in seconds.items():
            print(f"  {checkout}: best {min(times):.3f} s, median {statistics.median(times):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
