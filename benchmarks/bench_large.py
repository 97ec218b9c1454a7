"""Peak memory and time of `factcheck check` on a large corpus (200 MB by default), built under /tmp by repeating
and varying the dev corpus. Run by hand:

    python benchmarks/bench_large.py [--megabytes 200] [--corpus ../shared/corpora/ecbplus-dev]

Each copy of a cluster gets its own folder, and in each copy some numbers are changed, so that the checker has
real disagreements to find. The check runs as a child process; its peak resident memory and wall time are
printed.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "ecbplus-dev")
    parser.add_argument("--target", type=Path, default=Path("/tmp/factcheck-large"))
    args = parser.parse_args()
    files, size = build(args.corpus, args.target, args.megabytes)
    print(f"corpus: {args.target} ({files:,} files, {size / 1e6:,.0f} MB)")
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(args.target), "--format", "json",
                           "--output", "/tmp/factcheck-large.json", "--exit-zero"], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"exit {proc.returncode}; {seconds:,.0f} s ({size / seconds / 1e6:.2f} MB/s); peak memory {peak:,.0f} MB")
    if proc.returncode:
        print(proc.stderr[-2000:])


if __name__ == "__main__":
    main()
