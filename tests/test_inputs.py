"""Articles as people have them, and input that tries to break the checker. The hostile files are made here."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

QUAKE = "The quake killed 10 people on Qeshm island on Sunday, officials said.\n"
OTHER = "Officials said the quake killed 14 people on Qeshm island on Sunday.\n"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def report(result) -> dict:
    return json.loads(result.stdout)


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text(QUAKE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name,content,message", [
    ("binary.txt", b"\x00\x01\x02\x03PNG", "binary.txt: is a binary file, not text"),
    ("empty.md", b"", "empty.md: is empty"),
    ("huge-line.txt", b"x" * 300_000, "huge-line.txt: line 1 is 300,000 characters long: not an article"),
    ("broken.txt", "caf\u00e9 ".encode() + b"\xff\xfe\xfd broken", "broken.txt: is not valid UTF-8 (byte 0xff"),
    ("empty-page.html", b"<html><body><script>var killed = 500;</script></body></html>",
     "empty-page.html: is a web page with no article text"),
])
def test_hostile_files_are_named_and_skipped(corpus, name, content, message):
    (corpus / name).write_bytes(content)
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    result = run("check", str(corpus), "--format", "json")
    assert message in result.stderr
    assert result.exit_code == 1  # the other articles were still checked: 10 against 14 killed
    assert len(report(result)["findings"]) == 1


def test_only_hostile_files_exit_2(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "binary.txt: is a binary file" in result.stderr


def test_too_large_file_is_not_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(25_000_000)  # sparse: no need to write 25 MB
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "is 25,000,000 bytes, too large for a news article" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_encodings(tmp_path, encoding):
    text = "Officials said \u201cabout 80\u201d people were injured \u2014 most lightly.\n"
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (tmp_path / "b.txt").write_text("The quake injured 95 people, officials said.\n", encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "json")
    claims = [c for f in report(result)["findings"] for c in f["claims"] if c["article"] == "a.txt"]
    assert [c["text"] for c in claims] == ["about 80"]
    assert "\u201cabout 80\u201d" in claims[0]["sentence"]


def test_mojibake_is_repaired_and_said(tmp_path):
    (tmp_path / "a.txt").write_text("The companyâ€™s officials said 80 people were injured.\n", encoding="utf-8")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["sentence"].startswith("The company’s officials") for r in rows)


def test_html_main_text_without_navigation_comments_or_scripts(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Quake kills 10 - Example News</title>"
        '<meta property="og:site_name" content="Example News"></head><body>'
        "<nav>Home | World | 99 stories</nav><article><h1>Quake kills 10 on Qeshm</h1>"
        "<p>A magnitude 5.9 earthquake killed 10 people on Qeshm island on Sunday, officials said.</p>"
        "<p>About 80 people were injured, the governor told state television.</p></article>"
        '<div class="comments"><p>Reader: I think 1,000 people were killed</p></div>'
        "<script>var killed = 500;</script></body></html>", encoding="utf-8")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    values = {r["value"] for r in rows if r["type"] == "count"}
    assert values == {10, 80}  # not 99 (navigation), 1,000 (comment) or 500 (script)
    assert {r["source"] for r in rows} == {"Example News"}
    assert all(r["path"].endswith("page.html") for r in rows)


def test_jsonl_export(tmp_path):
    lines = [{"id": "a1", "source": "Wire A", "date": "2005-11-27", "text": QUAKE},
             {"id": "a2", "source": "Wire B", "text": OTHER, "extra": "ignored"},
             {"id": "a3", "text": ""}, "not an object"]
    (tmp_path / "export.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n",
                                           encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "json")
    data = report(result)
    assert [(a["id"], a["source"]) for a in data["articles"]] == [("export.jsonl#a1", "Wire A"),
                                                                  ("export.jsonl#a2", "Wire B")]
    assert len(data["findings"]) == 1
    for line in (3, 4, 5):
        assert f"export.jsonl:{line}: " in result.stderr


def test_standard_input(corpus):
    result = run("check", "-", str(corpus), "--stdin-name", "wire.txt", "--format", "json",
                 input=OTHER.encode("utf-8"))
    data = report(result)
    assert {a["id"] for a in data["articles"]} == {"wire.txt", "a.txt"}
    assert result.exit_code == 1


def test_markup_and_escapes_in_articles_never_reach_the_terminal(tmp_path):
    (tmp_path / "a.txt").write_text("Officials [#ff0000]said 10 people were killed \x1b[2J\x1b]0;pwned\x07 "
                                    "on Qeshm on Sunday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    for fmt in ("full", "concise", "github", "markdown", "junit"):
        output = run("check", str(tmp_path), "--format", fmt).stdout
        assert "\x1b" not in output and "\x07" not in output, fmt
    full = run("check", str(tmp_path)).stdout
    assert "Officials [#ff0000]said" in full  # rich markup shown as written, not interpreted
    assert "\\x1b[2J" in full


def test_a_backtracking_user_pattern_cannot_hang_the_checker(tmp_path, corpus):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "boilerplate.toml").write_text('[[line]]\nid = "redos"\npattern = \'^(a|aa)+$\'\n'
                                            'example = "aaaa"\n', encoding="utf-8")
    (corpus / "b.txt").write_text("a" * 60 + "!\n" + OTHER, encoding="utf-8")
    start = time.monotonic()
    result = run("check", str(corpus), "--rules", str(rules))
    assert time.monotonic() - start < 30
    assert result.exit_code == 1  # the rule is given up, named with the article, and the articles still checked
    assert 'pattern "redos" ran longer than 1s on one line (in ' in result.stderr
    assert "b.txt): skipped for the rest of the run" in result.stderr


def test_a_slow_user_pattern_is_bounded_over_the_whole_run(tmp_path, corpus, monkeypatch):
    """Below the limit of one line on every line, but past the budget of the run: given up, named once."""
    monkeypatch.setattr("factcheck.rule_patterns.PATTERN_BUDGET_SECONDS", 0.3)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "boilerplate.toml").write_text('[[line]]\nid = "slow"\npattern = \'^(a|aa)+$\'\n'
                                            'example = "aaaa"\n', encoding="utf-8")
    (corpus / "b.txt").write_text(("a" * 24 + "!\n") * 200 + OTHER, encoding="utf-8")  # ~15 ms a line
    start = time.monotonic()
    result = run("check", str(corpus), "--rules", str(rules))
    assert time.monotonic() - start < 30
    assert result.exit_code == 1
    assert result.stderr.count('pattern "slow" took more than 0.3s in all (in ') == 1


def test_symlink_loop_is_not_followed(tmp_path, corpus):
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    result = run("check", str(corpus), "--format", "json")
    assert [a["id"] for a in report(result)["articles"]] == ["a.txt", "b.txt"]


def test_output_is_written_atomically_and_inputs_never(tmp_path_factory, corpus):
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    tmp_path = tmp_path_factory.mktemp("out")
    out = tmp_path / "report.json"
    out.write_text("old report", encoding="utf-8")
    run("check", str(corpus), "--format", "json", "--output", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before
    assert not list(tmp_path.glob(".report.json.*"))


def test_a_written_report_gets_the_umask_or_the_mode_it_replaces(tmp_path_factory, corpus):
    folder = tmp_path_factory.mktemp("modes")
    new, kept = folder / "new.json", folder / "kept.json"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    old_umask = os.umask(0o022)
    try:
        for out in (new, kept):
            run("check", str(corpus), "--format", "json", "--output", str(out))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644  # 0666 less the umask, not mkstemp's 0600
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_a_symlink_at_the_output_is_written_through(tmp_path_factory, corpus):
    folder = tmp_path_factory.mktemp("link")
    target, link = folder / "target.json", folder / "link.json"
    link.symlink_to(target)
    run("check", str(corpus), "--format", "json", "--output", str(link))
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["articles"]


def test_sigterm_ends_the_run_as_an_interrupt_does(tmp_path):
    """A cancelled CI job: the run stops with 128 + 15, through Python's exit path (files being written are
    removed there), not killed where it stands."""
    child = subprocess.Popen([sys.executable, "-m", "factcheck", "check", "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(3)  # started, and waiting for standard input
    child.send_signal(signal.SIGTERM)
    child.communicate(timeout=30)
    assert child.returncode == 143


def test_a_file_given_twice_is_read_once(tmp_path, corpus):
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    result = run("check", str(corpus), str(corpus / "a.txt"), str(corpus), "--format", "json")
    assert [a["id"] for a in report(result)["articles"]] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("fmt,name", [("full", "report.txt"), ("markdown", "report.md"), ("concise", "report.md"),
                                      ("github", "report.txt"), ("jsonl", "findings.jsonl")])
def test_a_report_written_inside_the_checked_folder_is_never_read_as_an_article(corpus, fmt, name):
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    run("check", str(corpus), "--format", fmt, "--output", str(corpus / name))
    result = run("check", str(corpus), "--format", "json", "--strict")
    assert [a["id"] for a in report(result)["articles"]] == ["a.txt", "b.txt"]
    assert result.exit_code == 1  # the two articles' finding; the report is no input problem, even with --strict


def test_a_hyphen_before_a_count_is_a_dash_not_a_minus(pipeline, ruleset):
    from helpers import article

    claims = pipeline.extract(article("-5 people were killed. It was -5 degrees outside.\n", ruleset)).numeric
    assert sorted((c.type, c.value) for c in claims) == [("count", 5), ("measure", -5)]


def test_arabic_indic_digits_with_their_own_separators_are_one_number(pipeline, ruleset):
    from helpers import article

    claims = pipeline.extract(article("١٢٣٬٤٥٦ people marched. The rate was ٣٫٥ percent.\n", ruleset)).numeric
    assert sorted((c.type, c.value) for c in claims) == [("count", 123456), ("percent", 3.5)]


def test_a_page_nested_deeper_than_the_parser_follows_still_gives_its_text(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + "<p>Police said 40 people were arrested in the city on "
                    "Monday night after the march.</p>" + "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    rows = [json.loads(line) for line in run("extract", str(page), "--format", "jsonl").output.splitlines()]
    assert [(r["type"], r["value"]) for r in rows if r["type"] == "count"] == [("count", 40)]


def test_latin1_text_is_read_as_western_and_said_so(tmp_path):
    """A detector finds "José Müller, Zürich" in cp1250, cp857 and cp1252 alike; Western text's own wins the tie
    (it was read as cp775 once: "Josķ M³ller")."""
    (tmp_path / "a.txt").write_bytes("José Müller, Zürich, said 40 people were hurt.\n".encode("latin-1"))
    result = run("extract", str(tmp_path / "a.txt"), "--format", "jsonl")
    names = [r["text"] for r in map(json.loads, result.stdout.splitlines()) if r["type"] == "name"]
    assert names == ["José Müller", "Zürich"]
    assert "read as cp1252" in result.stderr
