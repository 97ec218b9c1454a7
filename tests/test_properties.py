"""Properties over arbitrary text (hypothesis): never crash, spans are exactly their text, intervals ordered, and
no control character of a file name or an export's id reaches a report. One knob sets how many examples every
property tries: FACTCHECK_EXAMPLES (150 by default; the whole-file property tries a third as many, each being a
run of the whole check)."""

from __future__ import annotations

import json
import os
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.api import check_articles
from factcheck.articles import decode
from factcheck.errors import InputError

from helpers import article

# Text that looks like news often enough to exercise the extractors: numbers, hedges, names, punctuation.
NEWSY = st.lists(st.one_of(
    st.sampled_from(["over", "nearly", "about", "between", "and", "up to", "at least", "some", "$", "£", "%",
                     "million", "bn", "two", "dozen", "twenty-eight", "people", "groups", "killed", "injured",
                     "Axos", "Axon", "U.S.", "Mr.", "(", ")", "/", "-", ",", ".", "\n", "\r\n", "\u00a0", "'s",
                     "magnitude-", "a.m.", "June", "1940s", "—", "«", "»", "through", "more than", "fewer than",
                     "or equal", "but", "half", "½", "₦", "C$", "元", "lakh", "crore", "dollars", "cents", "pounds",
                     "st", "ago", "exactly", "topped", "–", "record", "of", "the"]),
    st.from_regex(r"[0-9]{1,7}(,[0-9]{3})?(\.[0-9]{1,2})?", fullmatch=True),
    st.text(alphabet="0123456789", min_size=1, max_size=3000),  # numbers of any length, past any float
    st.from_regex(r"[0-9]{1,3}(\.[0-9]{1,3})?[eE][+-]?[0-9]{1,4}", fullmatch=True),  # exponents: 1e300, 2.5E-400
    st.text(max_size=12),
), max_size=40).map(" ".join)

EXAMPLES = int(os.environ.get("FACTCHECK_EXAMPLES", 150))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=max(EXAMPLES // 3, 1), deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters a file name or an id may hold that a terminal or a CI log would obey: C0 and C1 controls, DEL, and
# format characters (bidirectional overrides). No "/" and no NUL, which no file name holds.
CONTROLS = st.characters(codec="utf-8", categories=["Cc", "Cf"], exclude_characters="\x00/")
NAMES = st.lists(st.one_of(CONTROLS, st.sampled_from("ab1.-_ ]0;[\\")), min_size=1, max_size=12).map("".join)


@FAST
@given(NEWSY)
def test_any_text_extracts_and_spans_round_trip(ruleset, pipeline, text):
    art = article(text, ruleset)
    extracted = pipeline.extract(art, keep_text=True)
    for claim in (*extracted.numeric, *extracted.names):
        assert art.text[claim.start:claim.end] == claim.text
        assert claim.sentence.text == art.text[claim.sentence.start:claim.sentence.end]
    for claim in extracted.numeric:
        if claim.low is not None:
            assert claim.low <= claim.value + 1e-9
        if claim.high is not None:
            assert claim.value <= claim.high + 1e-9
        assert claim.cmp_low <= claim.cmp_high + 1e-9


@FAST
@given(st.lists(NEWSY, min_size=2, max_size=3))
def test_whole_check_never_crashes(ruleset, texts):
    articles = [article(t, ruleset, f"{i}.txt") for i, t in enumerate(texts)]
    report = check_articles(articles, ruleset)
    by_id = {a.id: a for a in articles}
    for finding in (*report.findings, *report.agreements):
        for claim in finding.claims:
            assert by_id[claim.article_id].text[claim.start:claim.end] == claim.text


@FAST
@given(st.binary(max_size=200))
def test_arbitrary_bytes_decode_or_fail_cleanly(data):
    try:
        decode(data, "x.txt")
    except InputError as exc:
        assert exc.where == "x.txt"


@SLOW
@given(st.lists(st.one_of(st.binary(max_size=300), NEWSY.map(lambda t: t.encode("utf-8", "surrogatepass"))),
                min_size=1, max_size=3))
def test_arbitrary_files_through_the_whole_check(ruleset, contents):
    import tempfile
    from pathlib import Path

    from factcheck.api import check
    from factcheck.errors import FactcheckError

    with tempfile.TemporaryDirectory() as folder:
        originals = {}
        for i, data in enumerate(contents):
            path = Path(folder) / f"{i}.txt"
            path.write_bytes(data)
            originals[path] = data
        try:
            report = check([folder], ruleset)
        except FactcheckError:
            return  # a documented input error: nothing could be read
        articles = {a.id: a for a in report.articles}
        for finding in (*report.findings, *report.agreements):
            for claim in finding.claims:
                assert claim.sentence.text[claim.start - claim.sentence.start:claim.end - claim.sentence.start] \
                    == claim.text
                assert claim.article_id in articles
        assert {p: p.read_bytes() for p in originals} == originals  # inputs never written


@pytest.mark.skipif(sys.platform != "linux", reason="control characters in file names are a Unix thing")
@SLOW
@given(NAMES, NAMES, st.sampled_from(["full", "concise", "markdown", "github", "gitlab", "sarif", "json", "junit"]))
def test_control_characters_of_names_and_ids_never_reach_a_report(name, record_id, fmt):
    """Whatever controls a file name and an export's id hold, no report prints one raw (only the line breaks
    and tabs a format writes itself), and the conflict they take part in is still found."""
    import tempfile
    from pathlib import Path

    from click.testing import CliRunner

    from factcheck.cli import cli

    with tempfile.TemporaryDirectory() as folder:
        try:
            # "a" first: a name starting with a dot is a hidden file, which a check does not read
            (Path(folder) / f"a{name}.txt").write_text("The quake killed 10 people on Qeshm island on Sunday.\n")
        except (OSError, UnicodeEncodeError):
            return  # a name this file system refuses
        (Path(folder) / "z.jsonl").write_text(
            json.dumps({"id": record_id, "text": "Officials said the quake killed 14 people on Qeshm island on Sunday."})
            + "\n")
        result = CliRunner().invoke(cli, ["check", folder, "--format", fmt])
    assert result.exit_code == 1, result.output
    controls = {c for c in result.stdout + result.stderr
                if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf")}  # as CONTROLS draws them
    assert not controls, (fmt, controls)
