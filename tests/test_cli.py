"""The command line through click's CliRunner: formats, exit codes, errors that name the file."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from conftest import SEEDS


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


CONFLICT = "About 40 people were injured in the blast, police said.\n"
OTHER = "The blast injured 95 people, the hospital said on Monday.\n"
AGREE = "Officials said 40 people were injured in the blast.\n"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_findings_exit_1(corpus):
    result = run("check", str(corpus))
    assert result.exit_code == 1, result.output
    assert "numeric-conflict" in result.output


def test_no_findings_exit_0(tmp_path):
    (tmp_path / "a.txt").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(AGREE, encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "No disagreements" in result.output


@pytest.mark.parametrize("fail_on,code", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_with_a_warning(corpus, fail_on, code):
    # "About 40" against a plain 95 is hedged on one side: a warning
    result = run("check", str(corpus), "--fail-on", fail_on, "--format", "json")
    assert [f["severity"] for f in json.loads(result.output)["findings"]] == ["warning"]
    assert result.exit_code == code


@pytest.mark.parametrize("fail_on,code", [("error", 1), ("never", 0)])
def test_fail_on_with_an_error(tmp_path, fail_on, code):
    # two plain numbers that differ: an error
    (tmp_path / "a.txt").write_text("Police said 40 people were injured in the blast.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The blast injured 95 people, police said.\n", encoding="utf-8")
    result = run("check", str(tmp_path), "--fail-on", fail_on, "--format", "json")
    assert [f["severity"] for f in json.loads(result.output)["findings"]] == ["error"]
    assert result.exit_code == code


def test_json_report_shape(corpus):
    result = run("check", str(corpus), "--format", "json")
    report = json.loads(result.output)
    assert report["schema"] == "factcheck.report/1"
    assert [a["id"] for a in report["articles"]] == ["a.txt", "b.txt"]
    finding = report["findings"][0]
    assert finding["rule"] == "numeric-conflict" and finding["kind"] == "numeric"
    claims = {c["article"]: c for c in finding["claims"]}
    assert claims["a.txt"]["text"] == "About 40"
    assert (claims["a.txt"]["line"], claims["a.txt"]["column"]) == (1, 1)
    assert (claims["a.txt"]["end_line"], claims["a.txt"]["end_column"]) == (1, 9)
    assert claims["a.txt"]["hedge"] == "about" and claims["a.txt"]["value"] == 40
    assert claims["b.txt"]["value"] == 95 and claims["b.txt"]["low"] == 95 and claims["b.txt"]["high"] == 95
    assert claims["b.txt"]["path"] == str(corpus / "b.txt")


def test_output_is_deterministic():
    first = run("check", str(SEEDS), "--format", "json").output
    second = run("check", str(SEEDS), "--format", "json").output
    assert first == second


def test_terminal_report_without_colour_marks_the_span(corpus):
    result = run("check", str(corpus))
    assert "\x1b[" not in result.output
    assert "«About 40»" in result.output


def test_missing_path_exit_2():
    result = run("check", "no/such/folder")
    assert result.exit_code == 2
    assert "no/such/folder: no such file or directory" in result.output


@pytest.mark.parametrize("content,problem", [
    (b"", "is empty"), (b"\xef\xbb\xbf", "is empty"), (b"\xff\xfe", "is empty"),  # a byte-order mark alone
    (b"\x00\x01binary", "is a binary file"), (b"caf\xc3\xa9: 40 people \xff", "is not valid UTF-8"),
])
def test_unreadable_only_file_exit_2(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.exit_code == 2
    assert f"{path}: {problem}" in result.output


def test_unreadable_file_beside_good_ones_is_skipped_with_a_message(corpus):
    (corpus / "empty.md").write_bytes(b"")
    result = run("check", str(corpus), "--format", "json")
    assert result.exit_code == 1
    assert "empty.md: is empty" in result.output


def test_strict_makes_an_unreadable_file_fatal(corpus):
    (corpus / "empty.md").write_bytes(b"")
    assert run("check", str(corpus), "--strict").exit_code == 2


def test_wrong_option_exit_2(corpus):
    result = run("check", str(corpus), "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.output


def test_malformed_rule_folder_exit_2(corpus, tmp_path_factory):
    rules = tmp_path_factory.mktemp("rules")
    (rules / "hedges.toml").write_text("[about]\nbefor = [1]\n", encoding="utf-8")
    result = run("check", str(corpus), "--rules", str(rules))
    assert result.exit_code == 2
    assert 'hedges.toml:2: unknown key "befor"' in result.output


def test_input_files_are_never_modified(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    before = {p.name: p.read_bytes() for p in (tmp_path / "seeds").iterdir()}
    run("check", str(tmp_path / "seeds"))
    assert {p.name: p.read_bytes() for p in (tmp_path / "seeds").iterdir()} == before


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
def test_extract_formats(corpus, fmt):
    result = run("extract", str(corpus), "--format", fmt)
    assert result.exit_code == 0
    assert "About 40" in result.output


def test_extract_jsonl_has_claim_fields(corpus):
    rows = [json.loads(line) for line in run("extract", str(corpus), "--format", "jsonl").output.splitlines()]
    counts = [r for r in rows if r["type"] == "count"]
    assert {(r["article"], r["value"]) for r in counts} == {("a.txt", 40), ("b.txt", 95)}
    assert all({"line", "column", "text", "sentence", "low", "high", "hedge"} <= set(r) for r in rows)


def test_extract_shows_unit_dimension_and_every_currency_of_a_conversion(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The firm paid 1.2 billion shekels ($330 million) for a 1,200km pipeline to Eilat.\n")
    rows = [json.loads(line) for line in run("extract", str(article), "--format", "jsonl").output.splitlines()]
    numbers = {r["text"]: (r["type"], r["value"], r["unit"], r.get("dimension")) for r in rows if r["type"] != "name"}
    assert numbers == {"1.2 billion shekels": ("money", 1_200_000_000, "ILS", None),
                       "$330 million": ("money", 330_000_000, "USD", None),
                       "1,200km": ("measure", 1200, "km", "length")}
    table = CliRunner(env={"COLUMNS": "120"}).invoke(cli, ["extract", str(article)]).output
    assert "km (length)" in table and "ILS" in table and "USD" in table


def test_the_letters_of_a_currency_are_no_name(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The bank paid CHF 200 million as shares of Cathay rose to HK$45.20.\n")
    rows = [json.loads(line) for line in run("extract", str(article), "--format", "jsonl").output.splitlines()]
    assert {r["text"] for r in rows if r["type"] == "name"} == {"Cathay"}
    assert {(r["text"], r["unit"]) for r in rows if r["type"] == "money"} == {("HK$45.20", "HKD"),
                                                                              ("CHF 200 million", "CHF")}


def test_python_dash_m(corpus):
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(corpus), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"]


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(SEEDS), "--format", "json"],
                              capture_output=True, text=True, env=env)
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] and outputs[0]


@pytest.mark.parametrize("debug", [False, True])
def test_an_internal_error_exits_3_not_1(corpus, monkeypatch, capsys, debug):
    """A bug is never read as "findings" (1): one line on stderr, the traceback with --debug, exit code 3."""
    import factcheck.api
    from factcheck import cli as cli_module

    def broken(*args, **kwargs):
        raise RuntimeError("a broken comparison")

    monkeypatch.setattr(factcheck.api.Pipeline, "compare", broken)
    monkeypatch.setattr("sys.argv", ["factcheck", *(["--debug"] if debug else []), "check", str(corpus)])
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main()
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "internal error" in err and "RuntimeError: a broken comparison" in err
    assert ("Traceback" in err) is debug


def test_a_utf32_file_with_its_mark_is_read_as_utf32(tmp_path):
    """UTF-32's mark begins with UTF-16's: read as UTF-16, "15" would be two claims, 1 and 5."""
    path = tmp_path / "a.txt"
    path.write_bytes("Police said 15 people were hurt.\n".encode("utf-32"))
    rows = [json.loads(line) for line in run("extract", str(path), "--format", "jsonl").output.splitlines()]
    assert [(r["text"], r["value"]) for r in rows if r["type"] == "count"] == [("15", 15)]


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.startswith("factcheck, version ")


def test_rules_lists_every_rule_id_with_its_line():
    lines = run("rules").output.splitlines()
    assert [line.split()[0] for line in lines] == ["name-variant", "numeric-conflict", "numeric-update"]
    assert "spelled two ways" in lines[0]


@pytest.mark.parametrize("args", [("--select", "numeric-conflit"), ("--ignore", "name-variant,nosuch")])
def test_an_unknown_rule_id_in_an_option_is_an_error(corpus, args):
    result = run("check", str(corpus), *args)
    assert result.exit_code == 2
    wrong = args[1].split(",")[-1]
    assert f"{args[0]}: unknown rule id {wrong!r}" in result.output


def test_an_unknown_rule_id_in_the_configuration_is_an_error(corpus):
    config = corpus.parent / "factcheck-config.toml"
    config.write_text('ignore = ["name-varient"]\n', encoding="utf-8")
    result = run("check", str(corpus), "--config", str(config))
    assert result.exit_code == 2
    assert f"{config}:1: unknown rule id 'name-varient'" in result.output


def test_an_unknown_rule_id_in_a_suppression_comment_is_an_error(corpus):
    (corpus / "c.md").write_text("<!-- factcheck: ignore numeric-conflit -->\n" + AGREE, encoding="utf-8")
    result = run("check", str(corpus))
    assert result.exit_code == 2
    assert "c.md:1: unknown rule id 'numeric-conflit'" in result.output


def test_an_unwritable_step_summary_is_a_user_error(corpus):
    result = CliRunner(env={"GITHUB_STEP_SUMMARY": str(corpus / "no" / "such" / "summary.md")}).invoke(
        cli, ["check", str(corpus), "--format", "github"])
    assert result.exit_code == 2
    assert "GITHUB_STEP_SUMMARY=" in result.output and "cannot be written" in result.output


def test_min_level_decides_the_exit_code_on_what_it_shows(corpus):
    """The corpus holds one warning ("about 40" against 95) and no error."""
    assert run("check", str(corpus)).exit_code == 1
    result = run("check", str(corpus), "--min-level", "error")
    assert result.exit_code == 0 and "0 findings" in result.output


def test_writing_a_baseline_exits_0(corpus, tmp_path_factory):
    baseline = tmp_path_factory.mktemp("b") / "baseline.json"
    result = run("check", str(corpus), "--write-baseline", str(baseline))
    assert result.exit_code == 0
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"]


def test_help_lists_exit_codes_and_examples():
    for args in ((), ("check",)):
        text = run(*args, "--help").output
        assert "Exit codes:" in text and "Examples:" in text
        assert "  3  an internal error" in text


def test_o_is_short_for_output(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("o") / "report.json"
    run("check", str(corpus), "--format", "json", "-o", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["findings"]


def test_ignore_file_all_hides_only_findings_of_its_own_article(tmp_path):
    """a and b disagree (40 against 95 injured); c, which ignores every rule for itself, agrees with a."""
    (tmp_path / "a.txt").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "c.md").write_text("<!-- factcheck: ignore-file all -->\n" + AGREE, encoding="utf-8")
    report = json.loads(run("check", str(tmp_path), "--format", "json").output)
    assert [sorted(c["source"] for c in f["claims"]) for f in report["findings"]] == [["a", "b"]]
