"""The terminal report as a reader meets it: width, no trailing spaces, counts in agreement, stories with their own
findings, the interval a hedged value was compared as; and `factcheck extract`'s intervals as a reader writes them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.cli import _color_and_width, cli


def run(*args: str, columns: str | None = None):
    return CliRunner(env={"COLUMNS": columns} if columns else {"COLUMNS": None}).invoke(cli, list(args))


@pytest.fixture
def two_stories(tmp_path):
    """Two stories (folders), each with one conflict."""
    (tmp_path / "arrests").mkdir()
    (tmp_path / "plant").mkdir()
    (tmp_path / "arrests" / "a.txt").write_text("Police said 40 people were arrested in Dayton.\n", encoding="utf-8")
    (tmp_path / "arrests" / "b.txt").write_text("Police said 70 people were arrested in Dayton.\n", encoding="utf-8")
    title = "The company cut 300 jobs at the Ohio plant that made engines for trucks and buses for forty years."
    (tmp_path / "plant" / "a-long-source-name-for-the-plant-story.txt").write_text(title + "\n", encoding="utf-8")
    (tmp_path / "plant" / "d.txt").write_text("The company cut 700 jobs at the Ohio plant.\n", encoding="utf-8")
    return tmp_path


def test_piped_output_follows_columns_default_80_without_trailing_spaces(two_stories):
    narrow = run("check", str(two_stories), "--group-by", "folder").output
    assert max(map(len, narrow.splitlines())) <= 80
    wide = run("check", str(two_stories), "--group-by", "folder", columns="140").output
    assert 80 < max(map(len, wide.splitlines())) <= 140
    for text in (narrow, wide):
        assert not [line for line in text.splitlines() if line.endswith(" ")]


def test_a_source_name_is_whole_when_the_terminal_is_wide_enough(two_stories):
    wide = run("check", str(two_stories), "--group-by", "folder", columns="160").output
    assert "a-long-source-name-for-the-plant-story " in wide


def test_findings_stand_under_their_story_and_a_long_title_ends_with_an_ellipsis(two_stories):
    text = run("check", str(two_stories), "--group-by", "folder", columns="120").output
    first, second = text.index("Story 1 · 2 articles"), text.index("Story 2 · 2 articles")
    assert first < text.index("people (arrested)") < second < text.index("jobs")
    assert "for trucks and buses…" not in text and "…" in text.splitlines()[text[:second].count("\n")]


def test_counts_agree_in_number(tmp_path):
    (tmp_path / "a.txt").write_text("Police said 40 people were arrested.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Police said 70 people were arrested.\n", encoding="utf-8")
    text = run("check", str(tmp_path)).output
    assert "2 articles · 1 story · 2 claims · 1 finding (1 error, 0 warnings, 0 info) · 0 agreements" in \
        " ".join(text.split())
    assert "(s)" not in text and "2 sources disagree" in text


def test_a_hedged_value_shows_the_interval_it_was_compared_as(tmp_path):
    (tmp_path / "a.txt").write_text("Over 100 Amazon workers signed the letter to the board.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Over 450 Amazon workers signed the letter to the board.\n", encoding="utf-8")
    text = " ".join(run("check", str(tmp_path), columns="200").output.split())
    assert '"Over 100" (101 to about 200) and "Over 450" (451 to about 675) cannot both hold' in text


@pytest.mark.parametrize("sentence,interval", [
    ("Over 100 workers signed.", "> 100"),
    ("At least 12 people died.", "≥ 12"),
    ("About 40 groups signed.", "35–45"),
    ("Nearly 70 groups signed.", "≤ 70"),
    ("The vigil began at 10:45 p.m.", "10:45 p.m."),
])
def test_extract_shows_intervals_as_a_reader_writes_them(tmp_path, sentence, interval):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    table = run("extract", str(tmp_path / "a.txt"), columns="120").output
    assert f" {interval} " in table and "None" not in table and "[" not in table


@pytest.mark.parametrize("no_color,expected", [("", True), ("1", False), (None, True)])
def test_an_empty_no_color_does_not_turn_colour_off(monkeypatch, no_color, expected):
    """no-color.org: NO_COLOR turns colour off when it is present and not empty."""
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("TERM", raising=False)
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert _color_and_width()[0] is expected
