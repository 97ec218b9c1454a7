"""Time and peak memory on a large archive (200 MB by default), built under /tmp by repeating and varying the dev
corpus: the index build, a check of one new article against the index, the incremental build after one archive
file changes and the check again (and, with --whole, a whole check of the corpus). Run by hand:

    python benchmarks/bench_large.py [--megabytes 200] [--corpus ../shared/corpora/ecbplus-dev]

Each copy of a cluster gets its own folder, and in each copy some numbers are changed, so that the checker has
real disagreements to find. The check runs as a child process; its peak resident memory and wall time are
printed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,])")


def build(source: Path, target: Path, megabytes: int) -> tuple[int, int]:
    files = sorted(source.rglob("*.md"))
    texts = [(f.relative_to(source), f.read_text(encoding="utf-8")) for f in files]
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    copies = max(1, megabytes * 1_000_000 // size)
    if target.exists():
        shutil.rmtree(target)
    rng = random.Random(7)
    written = 0
    for copy in range(copies):
        for relative, text in texts:
            varied = NUMBER.sub(lambda m: str(int(m.group()) + 1) if rng.random() < 0.05 else m.group(), text)
            path = target / f"copy{copy:03d}" / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(varied, encoding="utf-8")
            written += 1
    return written, copies * size


def measured(*args: str) -> tuple[int, float, float, str]:
    """A factcheck command as a child process: exit code, wall seconds, its own peak memory in MB, stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own resource use
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, seconds, usage.ru_maxrss / 1024, err


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "ecbplus-dev")
    parser.add_argument("--target", type=Path, default=Path("/tmp/factcheck-large"))
    parser.add_argument("--whole", action="store_true", help="also time a whole check of the corpus (slow)")
    args = parser.parse_args()
    files, size = build(args.corpus, args.target, args.megabytes)
    print(f"corpus: {args.target} ({files:,} files, {size / 1e6:,.0f} MB)")
    db = Path("/tmp/factcheck-large.db")
    for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    # a new article: one of the corpus's, its numbers changed, outside the archive
    first = sorted(args.target.rglob("*.md"))[0]
    new = Path("/tmp/factcheck-new/article.md")
    new.parent.mkdir(exist_ok=True)
    new.write_text(NUMBER.sub(lambda m: str(int(m.group()) * 2), first.read_text(encoding="utf-8")), encoding="utf-8")
    steps = [("index build", ["index", "build", str(args.target), "--db", str(db)]),
             ("check one new article --index", ["check", str(new), "--index", str(db), "--exit-zero"]),
             ("index build after one file changed", ["index", "build", str(args.target), "--db", str(db)]),
             ("check one new article --index, again", ["check", str(new), "--index", str(db), "--exit-zero"])]
    if args.whole:
        steps.append(("whole check", ["check", str(args.target), "--format", "json", "--output",
                                      "/tmp/factcheck-large.json", "--exit-zero"]))
    for name, command in steps:
        if name.startswith("index build after"):
            with first.open("a", encoding="utf-8") as handle:
                handle.write("\nOfficials said 12 more people were hurt.\n")
        code, seconds, peak, err = measured(*command)
        print(f"{name}: exit {code}; {seconds:,.1f} s; peak memory {peak:,.0f} MB")
        if code not in (0, 1):
            print(err[-2000:])
    print(f"index file: {db.stat().st_size / 1e6:,.0f} MB")


if __name__ == "__main__":
    main()
