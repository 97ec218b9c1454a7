"""The archive index: what it stores comes back whole, builds are incremental and survive interruption, a check
against the index reports what a check of the whole archive would, and a bad index file is the user's error."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import archive, workers
from factcheck.archive import codec
from factcheck.archive.store import Index
from factcheck.cli import cli
from tests.conftest import ROOT, SEEDS
from tests.helpers import article

PLANT = {
    "herald.md": "---\nsource: Herald\n---\nThe company cut 300 jobs at the plant in Dayton on Monday, union leaders said.\n"
                 "Workers at the plant had been told in March that the line would close.\n",
    "courier.md": "---\nsource: Courier\n---\nThe company cut 700 jobs at the plant in Dayton on Monday.\n"
                  "The plant opened in 1987 and once employed 2,000 people.\n",
}
FLOOD = {
    "gazette.md": "---\nsource: Gazette\n---\nFloodwaters forced 1,200 residents of Millbrook from their homes on "
                  "Saturday as the Ashton River crested at 24 feet.\n",
    "tribune.md": "---\nsource: Tribune\n---\nThe Ashton River crested at 26 feet in Millbrook on Saturday, and about "
                  "1,200 residents left their homes.\n",
}


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_what_the_index_stores_comes_back_whole(pipeline, ruleset):
    text = (SEEDS / "003_e9d2b8b8e93679c1.txt").read_text(encoding="utf-8")
    claims = pipeline.extract(article(text, ruleset, "003.txt"), keep_words=True)
    back, numeric, names, terms, words = codec.decode(
        codec.encode(claims.article, claims.numeric, claims.names, claims.terms, claims.words))
    assert back == claims.article  # its text is not stored, and was dropped by extract already
    assert numeric == claims.numeric and names == claims.names
    assert terms == claims.terms and words == claims.words and "organizations" in words
    assert numeric[0].sentence.text in text  # a claim's sentence comes back with it


def test_a_build_reads_only_new_and_changed_files_and_drops_removed_ones(tmp_path):
    corpus, db = tmp_path / "archive", str(tmp_path / "ix.db")
    write(corpus, {**PLANT, **FLOOD})
    result = run("index", "build", str(corpus), "--db", db)
    assert result.exit_code == 0, result.output
    assert "4 added, 0 changed, 0 unchanged, 0 removed; 4 articles read" in result.output
    (corpus / "courier.md").write_text(PLANT["courier.md"].replace("700", "750"), encoding="utf-8")
    (corpus / "tribune.md").unlink()
    write(corpus, {"post.md": FLOOD["tribune.md"].replace("Tribune", "Post")})
    result = run("index", "build", str(corpus), "--db", db)
    assert "1 added, 1 changed, 2 unchanged, 1 removed; 2 articles read" in result.output
    with Index(db) as index:
        stats = index.stats()
        assert stats["files"] == 4 and stats["articles"] == 4
        paths = sorted(Path(p).name for p in index.known())
    assert paths == ["courier.md", "gazette.md", "herald.md", "post.md"]


def test_changed_rules_read_every_file_again(tmp_path):
    corpus, db = tmp_path / "archive", str(tmp_path / "ix.db")
    write(corpus, PLANT)
    run("index", "build", str(corpus), "--db", db)
    rules = tmp_path / "rules"
    write(rules, {"events.toml": '[events.laid_off]\nwords = ["cut", "laid off"]\nsubject = "jobs"\n'})
    result = run("index", "build", str(corpus), "--db", db, "--rules", str(rules))
    assert "0 added, 2 changed, 0 unchanged" in result.output, result.output


def test_a_check_against_the_index_reports_what_a_check_of_the_whole_archive_does(tmp_path):
    corpus, db = tmp_path / "archive", str(tmp_path / "ix.db")
    shutil.copytree(SEEDS, corpus / "seeds")
    write(corpus / "local", {**PLANT, **FLOOD})
    new = corpus / "seeds" / "003_e9d2b8b8e93679c1.txt"
    assert run("index", "build", str(corpus), "--db", db).exit_code == 0
    indexed = run("check", str(new), "--index", db, "--format", "json")
    whole = run("check", str(corpus), "--changed", str(new), "--format", "json")
    assert indexed.exit_code == whole.exit_code == 1
    report = json.loads(indexed.output)
    assert len(report["articles"]) == 5  # the seeds' story only: the plant and the flood are other stories
    # the same findings, claims, lines and fingerprints as the whole archive gives: the new article is named as
    # the archive's folder names it ("seeds/003_..."), so a baseline written by either run serves both
    assert report["findings"] == json.loads(whole.output)["findings"]
    assert any(f["subject"].startswith("groups") for f in report["findings"])


def test_a_new_article_disagreeing_with_the_archive_is_found(tmp_path):
    corpus, db, new = tmp_path / "archive", str(tmp_path / "ix.db"), tmp_path / "new"
    write(corpus, {"herald.md": PLANT["herald.md"], **FLOOD})
    write(new, {"courier.md": PLANT["courier.md"]})
    run("index", "build", str(corpus), "--db", db)
    result = run("check", str(new), "--index", db, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert sorted(Path(a["path"]).name for a in report["articles"]) == ["courier.md", "herald.md"]
    values = [sorted(c["text"] for c in f["claims"]) for f in report["findings"] if f["kind"] == "numeric"]
    assert ["300", "700"] in values


def test_an_interrupted_build_keeps_its_committed_batches_and_the_next_build_goes_on(tmp_path, monkeypatch):
    corpus, db = tmp_path / "archive", str(tmp_path / "ix.db")
    write(corpus, {f"a{n:03d}.md": f"Rescuers pulled {n} survivors from the rubble in Ashton.\n" for n in range(7)})
    monkeypatch.setattr(archive, "BATCH_FILES", 3)
    calls = []
    original = archive.Pipeline.extract

    def extract(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 5:
            raise KeyboardInterrupt  # a user's ^C in the second batch
        return original(self, *args, **kwargs)

    monkeypatch.setattr(archive.Pipeline, "extract", extract)
    with pytest.raises(KeyboardInterrupt):
        archive.build([str(corpus)], db, archive.Ruleset.load())
    with Index(db) as index:
        assert index.stats()["files"] == 3  # the first batch, whole; the second rolled back
    monkeypatch.setattr(archive.Pipeline, "extract", original)
    summary = archive.build([str(corpus)], db, archive.Ruleset.load())
    assert (summary.added, summary.unchanged) == (4, 3)


def test_a_killed_build_leaves_an_index_that_answers_and_readers_read_while_it_runs(tmp_path):
    corpus, db = tmp_path / "archive", tmp_path / "ix.db"
    text = (SEEDS / "001_22d3c91e10b58cf1.txt").read_text(encoding="utf-8")
    write(corpus, {f"copy{n:04d}.txt": text for n in range(1500)})
    assert run("index", "build", str(corpus / "copy0000.txt"), "--db", str(db)).exit_code == 0
    builder = subprocess.Popen([sys.executable, "-m", "factcheck", "index", "build", str(corpus), "--db", str(db)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline, files = time.monotonic() + 120, 1
        while files < 2 * archive.BATCH_FILES and time.monotonic() < deadline:
            time.sleep(0.05)
            with Index(str(db)) as index:  # a reader while the build writes
                files = index.stats()["files"]
        os.kill(builder.pid, signal.SIGKILL)
    finally:
        builder.wait()
    assert 2 * archive.BATCH_FILES <= files < 1500 or builder.returncode == 0
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM files").fetchone()[0] % archive.BATCH_FILES in (0, 1)
    result = run("check", str(SEEDS / "001_22d3c91e10b58cf1.txt"), "--index", str(db), "--format", "json")
    assert result.exit_code in (0, 1) and json.loads(result.output)["articles"]


def test_an_index_of_another_schema_is_refused_with_one_message(tmp_path):
    corpus, db = tmp_path / "archive", tmp_path / "ix.db"
    write(corpus, PLANT)
    run("index", "build", str(corpus), "--db", str(db))
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA user_version = 7")
    for args in (["check", str(corpus / "herald.md"), "--index", str(db)], ["index", "stats", str(db)],
                 ["index", "build", str(corpus), "--db", str(db)]):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert f"{db}: is an index of schema 7" in result.output and "rebuild" in result.output


@pytest.mark.parametrize("content", [b"\x00\x01 not a database at all " * 200, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_corrupt_index_file_is_the_users_error(tmp_path, content):
    db = tmp_path / "ix.db"
    db.write_bytes(content)
    write(tmp_path / "new", PLANT)
    for args in (["check", str(tmp_path / "new"), "--index", str(db)], ["index", "stats", str(db)],
                 ["index", "build", str(tmp_path / "new"), "--db", str(db)]):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert str(db) in result.output and "Traceback" not in result.output
    assert db.read_bytes() == content  # a file that is not ours is never written


def test_another_programs_database_is_not_taken_for_an_index(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as raw:
        raw.execute("CREATE TABLE readers(name TEXT)")
    result = run("index", "build", str(SEEDS), "--db", str(db))
    assert result.exit_code == 2 and "not a factcheck index" in result.output


def test_a_missing_index_or_a_folder_is_named(tmp_path):
    result = run("check", str(SEEDS), "--index", str(tmp_path / "none.db"))
    assert result.exit_code == 2 and "none.db: no such index" in result.output
    result = run("index", "build", str(SEEDS), "--db", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.output


def test_the_report_and_the_index_are_the_same_whatever_the_number_of_processes(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "STORIES_IN_PARALLEL_FROM", 0)  # stories compared in processes too
    corpus = tmp_path / "archive"
    for n in range(4):  # 24 files: enough for processes to be used
        shutil.copytree(SEEDS, corpus / f"desk{n}")
        write(corpus / f"desk{n}", {f"plant{n}.md": PLANT["courier.md"].replace("700", str(700 + n))})
    assert workers.jobs_for(2, 24) == 2
    one, two = (run("check", str(corpus), "--jobs", jobs, "--format", "json") for jobs in ("1", "2"))
    assert one.exit_code == two.exit_code == 1 and one.output == two.output
    outputs = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"ix{jobs}.db")
        assert "24 added" in run("index", "build", str(corpus), "--db", db, "--jobs", jobs).output
        outputs.append(run("check", str(corpus / "desk2" / "plant2.md"), "--index", db, "--format", "json").output)
    assert outputs[0] == outputs[1] and '"702"' in outputs[0]


def test_a_bug_in_a_worker_process_costs_its_article_only(tmp_path, monkeypatch):
    corpus = tmp_path / "archive"
    write(corpus, {f"a{n:02d}.md": f"Rescuers pulled {n + 5} survivors from the rubble in Ashton.\n" for n in range(20)})
    original = archive.Pipeline.extract

    def broken(self, article, *args, **kwargs):
        if article.id == "a07.md":
            raise RuntimeError("a broken reading")
        return original(self, article, *args, **kwargs)

    monkeypatch.setattr(archive.Pipeline, "extract", broken)  # inherited by the forked workers
    result = CliRunner().invoke(cli, ["check", str(corpus), "--jobs", "2", "--format", "json"])
    assert result.exit_code == 3
    assert "a07.md: internal error (a bug in factcheck, please report it): RuntimeError" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 19


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as raw:
        return raw.execute("SELECT f.path, f.hash, a.position, a.claims FROM articles a JOIN files f ON f.path = a.file "
                           "ORDER BY a.id").fetchall()


def test_a_build_on_a_local_dask_cluster_writes_the_index_a_local_build_writes(tmp_path):
    pytest.importorskip("distributed", reason="dask is not installed (pip install 'factcheck-news[dask]')")
    corpus = tmp_path / "archive"
    shutil.copytree(SEEDS, corpus / "seeds")
    write(corpus / "local", {**PLANT, **FLOOD})
    here, there = tmp_path / "here.db", tmp_path / "there.db"
    assert run("index", "build", str(corpus), "--db", str(here), "--jobs", "1").exit_code == 0
    result = run("index", "build", str(corpus), "--db", str(there), "--scheduler", "local", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert "9 added" in result.output
    assert _rows(here) == _rows(there) and len(_rows(here)) == 9


def test_an_unreachable_dask_scheduler_is_the_users_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="dask is not installed")
    from factcheck.archive import distributed

    monkeypatch.setattr(distributed, "CONNECT_SECONDS", 1)
    write(tmp_path / "new", PLANT)
    result = run("index", "build", str(tmp_path / "new"), "--db", str(tmp_path / "ix.db"),
                 "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2, result.output
    assert "--scheduler: cannot reach the Dask scheduler tcp://127.0.0.1:9" in result.output


def test_files_unchanged_in_size_and_time_are_not_even_hashed_and_touched_ones_are_not_read(tmp_path, monkeypatch):
    corpus, db = tmp_path / "archive", str(tmp_path / "ix.db")
    write(corpus, {**PLANT, **FLOOD})
    hour_ago = time.time() - 3600
    for file in corpus.iterdir():
        os.utime(file, (hour_ago, hour_ago))
    archive.build([str(corpus)], db, archive.Ruleset.load())
    hashed = []
    monkeypatch.setattr(archive, "file_hash", lambda path: hashed.append(path.name) or "?")
    assert archive.build([str(corpus)], db, archive.Ruleset.load()).unchanged == 4
    assert hashed == []
    monkeypatch.undo()
    os.utime(corpus / "gazette.md", (hour_ago + 60, hour_ago + 60))  # touched, not changed
    summary = archive.build([str(corpus)], db, archive.Ruleset.load())
    assert (summary.unchanged, summary.changed, summary.articles) == (4, 0, 0)
