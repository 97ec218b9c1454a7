"""Seconds and peak memory per MB of input, whatever its shape. Run by hand:

    python benchmarks/bench_per_mb.py [--corpus ../shared/corpora/ecbplus-dev]

Four inputs, built under /tmp from the dev corpus: the corpus itself, one file of a million short lines, one
article of nearly 20 MB (the size limit), and a JSON Lines export of about 25 MB. Each is checked by
`factcheck check` as a child process; its wall time and peak memory are divided by the input's size. A check's
cost should follow the text's size, not its line structure: the per-MB figures should be within a factor of two.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TMP = Path("/tmp/factcheck-per-mb")
LIMIT = 20_000_000  # bytes: the reader's limit for one article


def texts(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.md"))]


def inputs(corpus: Path) -> list[tuple[str, Path]]:
    TMP.mkdir(exist_ok=True)
    articles = texts(corpus)
    rng = random.Random(5)
    words = " ".join(articles).split()
    short = TMP / "million-short-lines.txt"
    with short.open("w", encoding="utf-8") as out:
        for _ in range(1_000_000):
            start = rng.randrange(len(words) - 3)
            out.write(" ".join(words[start:start + 3]) + "\n")
    big = TMP / "one-20mb-article.md"
    body, size = [], 0
    while size < LIMIT - 200_000:
        article = rng.choice(articles)
        body.append(article)
        size += len(article.encode("utf-8")) + 1
    big.write_text("\n".join(body), encoding="utf-8")
    export = TMP / "export-25mb.jsonl"
    with export.open("w", encoding="utf-8") as out:
        n = 0
        while out.tell() < 25_000_000:
            out.write(json.dumps({"id": f"r{n}", "text": articles[n % len(articles)]}) + "\n")
            n += 1
    return [("dev corpus", corpus), ("a million short lines", short), ("one 20 MB article", big),
            ("a 25 MB JSON Lines export", export)]


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def measure(path: Path) -> tuple[int, float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "check", str(path), "--format", "json", "--output",
                             str(TMP / "report.json"), "--exit-zero", "--jobs", "1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "ecbplus-dev")
    args = parser.parse_args()
    for name, path in inputs(args.corpus):
        megabytes = size_of(path) / 1e6
        code, seconds, peak = measure(path)
        print(f"{name:>26}: {megabytes:6.1f} MB, exit {code}, {seconds:6.1f} s ({seconds / megabytes:5.2f} s/MB), "
              f"peak {peak:6.0f} MB ({peak / megabytes:5.1f} MB/MB)")


if __name__ == "__main__":
    main()
