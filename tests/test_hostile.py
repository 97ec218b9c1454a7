"""Inputs that used to hang, crash or lose the run: each is read, refused with a message naming it (exit 2), or,
for a bug in one article, costs that article only (exit 3, the others checked)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

QUAKE = "The quake killed 10 people on Qeshm island on Sunday, officials said.\n"
OTHER = "Officials said the quake killed 14 people on Qeshm island on Sunday.\n"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text(QUAKE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("digits", [308, 309, 400])
def test_a_number_too_large_for_any_quantity_is_no_claim(tmp_path, digits):
    """308 nines once looped forever (a float's last power of ten), 309 overflowed; the count after is read."""
    (tmp_path / "a.txt").write_text(f"In Axos {'9' * digits} people were killed and 12 were hurt.\n")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    values = [claim["value"] for claim in map(json.loads, result.stdout.splitlines()) if claim["value"] is not None]
    assert values == [12]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_and_a_link_to_a_device_are_not_read(corpus):
    os.mkfifo(corpus / "x.txt")
    (corpus / "z.txt").symlink_to("/dev/zero")
    result = run("check", str(corpus), "--format", "json")  # would wait forever on x.txt, fill memory on z.txt
    assert result.exit_code == 1  # 10 against 14 killed, from the two regular files
    for name in ("x.txt", "z.txt"):
        named = run("check", str(corpus / name))
        assert named.exit_code == 2
        assert f"{name}: is not a regular file" in named.stderr


def test_standard_input_is_read_only_up_to_the_limit(corpus, monkeypatch):
    monkeypatch.setattr("factcheck.articles.MAX_ARTICLE_BYTES", 1000)
    result = run("check", "-", input=b"The quake killed 10 people. " * 100)
    assert result.exit_code == 2
    assert "stdin: is more than 1,000 bytes" in result.stderr


def test_a_deeply_nested_jsonl_record_is_a_problem_of_its_line(tmp_path):
    lines = ["[" * 100_000 + "]" * 100_000, json.dumps({"id": "a", "text": QUAKE}), json.dumps({"id": "b", "text": OTHER})]
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n")
    result = run("check", str(tmp_path), "--format", "json")
    assert "export.jsonl:1: is nested too deeply" in result.stderr
    assert result.exit_code == 1


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "gitlab", "full"])
def test_a_lone_surrogate_in_a_jsonl_id_is_replaced(tmp_path, fmt):
    records = [{"id": "a\ud800", "text": QUAKE}, {"id": "b", "text": OTHER}]
    (tmp_path / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    result = run("check", str(tmp_path), "--format", fmt)
    assert result.exit_code == 1, result.output  # the conflict, not a UnicodeEncodeError
    if fmt == "json":
        assert "a\ufffd" in {a["id"].rpartition("#")[2] for a in json.loads(result.stdout)["articles"]}


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes are a Linux thing")
def test_a_file_name_that_is_not_utf8(corpus):
    os.rename(corpus / "a.txt", os.path.join(os.fsencode(corpus), b"\xff.txt"))
    result = run("check", str(corpus), "--format", "json")
    assert result.exit_code == 1, result.output
    assert {a["id"] for a in json.loads(result.stdout)["articles"]} == {"\ufffd.txt", "b.txt"}


@pytest.mark.parametrize("entry", [{"fingerprint": {"a": 1}}, {"fingerprint": ["x"]}, 5])
def test_a_baseline_entry_without_a_fingerprint_string(corpus, tmp_path_factory, entry):
    baseline = tmp_path_factory.mktemp("ci") / "baseline.json"
    baseline.write_text(json.dumps({"schema": "factcheck.baseline/1", "findings": [entry]}))
    result = run("check", str(corpus), "--baseline", str(baseline))
    assert result.exit_code == 2
    assert 'baseline.json: finding 1 is not an object with a "fingerprint" string' in result.stderr


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_writing_to_a_folder(corpus, tmp_path_factory, option):
    folder = tmp_path_factory.mktemp("out")
    result = run("check", str(corpus), option, str(folder))
    assert result.exit_code == 2
    assert f"{folder}: is a folder" in result.stderr


def test_a_bug_in_one_article_costs_that_article_not_the_run(corpus, monkeypatch):
    """The other articles are checked and reported; the exit code is 3 (internal error), never 1."""
    import factcheck.api

    extract = factcheck.api.Pipeline.extract

    def broken_on_c(self, article, *args, **kwargs):
        if article.id == "c.txt":
            raise RuntimeError("a broken reading")
        return extract(self, article, *args, **kwargs)

    (corpus / "c.txt").write_text("Officials said the quake killed 12 people on Qeshm island on Sunday.\n")
    monkeypatch.setattr(factcheck.api.Pipeline, "extract", broken_on_c)
    result = run("check", str(corpus), "--format", "json")
    assert result.exit_code == 3
    assert "c.txt: internal error (a bug in factcheck, please report it): RuntimeError: a broken reading" in (
        result.stderr)
    report = json.loads(result.stdout)
    assert {a["id"] for a in report["articles"]} == {"a.txt", "b.txt"}
    assert len(report["findings"]) == 1  # 10 against 14 killed, still found
    assert [f.rpartition("/")[2] for f in report["failures"]] == [
        "c.txt: internal error (a bug in factcheck, please report it): RuntimeError: a broken reading"]
    assert run("extract", str(corpus)).exit_code == 3


@pytest.mark.skipif(sys.platform != "linux", reason="control characters in file names are a Unix thing")
@pytest.mark.parametrize("fmt", ["full", "concise", "markdown", "github", "gitlab", "sarif", "json", "junit"])
def test_control_characters_in_names_never_reach_the_output(corpus, fmt):
    """A window title (OSC 0), a bell and a newline in a file name and a JSONL id: shown as escapes, so that
    nothing retitles the terminal or forges a `::error` line."""
    os.rename(corpus / "a.txt", corpus / "a\x1b]0;pwned\x07\nb.txt")
    (corpus / "c.jsonl").write_text(json.dumps({"id": "x\x1b[2J", "text": QUAKE.replace("10", "12")}) + "\n")
    result = run("check", str(corpus), "--format", fmt)
    assert result.exit_code == 1, result.output
    for raw in ("\x1b", "\x07"):
        assert raw not in result.stdout and raw not in result.stderr
    if fmt in ("concise", "github"):
        assert all(line.startswith(("::", str(corpus), "Other")) or not line for line in result.stdout.splitlines())
        assert "a\\x1b]0;pwned\\x07\\x0ab.txt" in result.stdout


def test_an_export_larger_than_the_limit_is_read_record_by_record(tmp_path, monkeypatch):
    """The size limit is each record's, not the export's: an export of many records over the limit is read,
    and a record over it is that line's problem, the others still checked."""
    monkeypatch.setattr("factcheck.articles.MAX_ARTICLE_BYTES", 500)
    records = [{"id": f"r{n}", "text": QUAKE if n % 2 else OTHER} for n in range(20)]  # ~2,500 bytes in all
    records.insert(3, {"id": "huge", "text": "The quake killed 99 people. " * 40})
    (tmp_path / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 1, result.output
    assert "export.jsonl:4: is more than 500 bytes, too large for a news article" in result.stderr
    report = json.loads(result.stdout)
    assert len(report["articles"]) == 20
    assert [sorted({c["value"] for c in f["claims"]}) for f in report["findings"]] == [[10, 14]]


def test_a_reader_that_closes_the_pipe_early_is_not_read_as_findings(corpus):
    """`factcheck check ... | head` where head has gone: 141 as a shell says of SIGPIPE, not 1 ("findings"), and
    no traceback. The read end is closed before factcheck has read anything, so its first write meets the closed
    pipe (one large write into a pipe closed mid-way is not reported by every kernel)."""
    for args in (["check", str(corpus)], ["check", str(corpus), "--format", "json"], ["rules"]):
        proc = subprocess.Popen([sys.executable, "-m", "factcheck", *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        proc.stdout.close()
        stderr = proc.stderr.read()
        assert proc.wait() == 141, args
        assert b"Traceback" not in stderr and b"internal error" not in stderr, stderr
