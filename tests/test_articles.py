"""Reading articles: encodings, front matter, boilerplate, sentences, bad input."""

from __future__ import annotations

import pytest

from factcheck.articles import ArticleFile, discover, front_matter, read_article
from factcheck.errors import InputError
from factcheck.inputs import decode
from factcheck.segment import sentences

from helpers import article


def body_text(art) -> list[str]:
    return [art.text[s:e] for s, e in art.body]


def test_front_matter_names_the_source(ruleset):
    art = article("---\nsource: www.example.com\nurl: http://example.com/a\ndate: 2005-11-27\n---\nTen killed.\n",
                  ruleset)
    assert (art.source, art.url, art.date) == ("www.example.com", "http://example.com/a", "2005-11-27")
    assert body_text(art) == ["Ten killed."]


def test_without_front_matter_the_file_names_the_source(ruleset):
    assert article("Ten killed.\n", ruleset, "bbc-story.md").source == "bbc-story"


def test_unclosed_front_matter_is_text():
    assert front_matter("---\nsource: x\nNo closing line\n") == ({}, 0)


@pytest.mark.parametrize("data,text", [
    (b"\xef\xbb\xbfOver 40 groups.", "Over 40 groups."),
    ("Over 40 groups.".encode("utf-16"), "Over 40 groups."),
    (b"Over 40 groups.\r\nMore.", "Over 40 groups.\r\nMore."),
])
def test_decoding_keeps_the_text_as_is(data, text):
    assert decode(data, "f").text == text


@pytest.mark.parametrize("data,problem", [
    (b"", "is empty"), (b"  \n", "is empty"), (b"\x00\x01\x02", "binary"),
    (b"caf\xc3\xa9 and a broken \xff byte", "not valid UTF-8"),
])
def test_bad_bytes_are_named(data, problem):
    with pytest.raises(InputError) as info:
        decode(data, "news/a.txt")
    assert info.value.where == "news/a.txt"
    assert problem in info.value.problem


def test_boilerplate_is_left_out_of_the_body(ruleset):
    text = ("Amazon employees protest\n\nSean Keane Former Senior Writer\n3 min read\ngettyimages-520695280.jpg\n"
            "Brent Lewis, Denver Post via Getty Images\n\nOver 100 workers signed.\n\n"
            "[button link=\"\"]Source: Medium[/button]\n\nWhat do you think? Let us know in the comments below.\n"
            "5 years, only 5 years.\n")
    assert body_text(article(text, ruleset)) == ["Amazon employees protest", "Over 100 workers signed.",
                                                 "Source: Medium"]


def test_a_copyright_line_is_furniture(ruleset):
    text = "The storm damaged 40 homes in 2015.\n\nCopyright 2016 KLTV. All rights reserved.\n\n© 2015 Gannett\n"
    assert body_text(article(text, ruleset)) == ["The storm damaged 40 homes in 2015."]


def test_author_bio_ends_the_article(ruleset):
    text = "Nineteen shareholders wrote.\n\nLucian Armasu\nLucian Armasu is a Contributing Writer for Tom's Hardware.\n" \
           "  • Integr8d\n    5 years, only 5 years.\n"
    assert body_text(article(text, ruleset)) == ["Nineteen shareholders wrote.", "Lucian Armasu"]


@pytest.mark.parametrize("opener", ["## 2 Comments", "**Reader comments**", "Join the discussion", "Comments (14)",
                                    "**sam_41**: I saw 60 homes damaged on my street alone.",
                                    "dave88: Terrible, my cousin lost 3 cars."])
def test_a_comment_thread_ends_the_article(ruleset, opener):
    text = f"# Storm hits town\n\nThe storm damaged 40 homes.\n\n{opener}\n\njo_b: 70 homes, not 40.\n"
    assert body_text(article(text, ruleset)) == ["# Storm hits town", "The storm damaged 40 homes."]


@pytest.mark.parametrize("line", ["MH17: what we know about the 298 dead", "Update: 12 people were hurt",
                                  "## Comments from the mayor drew 40 replies"])
def test_a_heading_with_a_colon_is_no_comment(ruleset, line):
    text = f"The storm damaged 40 homes.\n\n{line}\n"
    assert body_text(article(text, ruleset)) == ["The storm damaged 40 homes.", line]


def test_a_number_opening_a_sentence_scraped_without_its_space_is_read(ruleset, pipeline):
    art = article("He had a pistol.Fourteen people were hospitalized.Police are looking for a motive.\n", ruleset)
    claims = [(c.text, c.value, c.sentence.text) for c in pipeline.extract(art).numeric]
    assert claims == [("Fourteen", 14, "Fourteen people were hospitalized.")]


def test_offsets_survive_crlf_and_non_breaking_spaces(ruleset, pipeline):
    text = "Title\r\n\r\nReport: over\u00a0100 Amazon workers signed a letter.\r\n"
    art = article(text, ruleset)
    claim = pipeline.extract(art).numeric[0]
    assert text[claim.start:claim.end] == "over\u00a0100"


@pytest.mark.parametrize("text,expected", [
    ("The U.S. government was warned. Mr. Bezos did not reply.",
     ["The U.S. government was warned.", "Mr. Bezos did not reply."]),
    ("It began around 10 a. m. Monday. Police came.", ["It began around 10 a. m. Monday.", "Police came."]),
    ("He said: \"No.\" Then he left.", ["He said: \"No.\"", "Then he left."]),
    ("He was shot on Jan. 19 at a car wash. They met in Sept. 2004.",
     ["He was shot on Jan. 19 at a car wash.", "They met in Sept. 2004."]),  # a month abbreviated before its day
    ("It happened in Jan. The trial began.", ["It happened in Jan.", "The trial began."]),
    # a clock time's "a.m." ends a sentence before any capitalised word but a weekday, a month or a time zone
    ("Deputies got a call at 7:10 a.m. The residence is near the road.",
     ["Deputies got a call at 7:10 a.m.", "The residence is near the road."]),
    ("It began at 8 p. m. Police said 46 people were arrested.",
     ["It began at 8 p. m.", "Police said 46 people were arrested."]),
    ("The march began at 8 p.m. ET and ended at 10 p.m. Friday.",
     ["The march began at 8 p.m. ET and ended at 10 p.m. Friday."]),
    # an abbreviation ends one before a capitalised function word, not before a name
    ("He moved to the U.S. They said he was 23.", ["He moved to the U.S.", "They said he was 23."]),
    ("The U.S. Attorney General said so.", ["The U.S. Attorney General said so."]),
    # text scraped without the space after a full stop still ends its sentences there
    ("He had a pistol.Fourteen people were hospitalized.Investigators are unclear on the motive.",
     ["He had a pistol.", "Fourteen people were hospitalized.", "Investigators are unclear on the motive."]),
    ("The site example.com said Gov. Brown won.", ["The site example.com said Gov. Brown won."]),
    # a letter after an apostrophe ends a word, not an initial
    ("Bowe, 43-1, beat Pukall, 14-13-2, 12 KO's. In 2005, Bowe won a decision.",
     ["Bowe, 43-1, beat Pukall, 14-13-2, 12 KO's.", "In 2005, Bowe won a decision."]),
])
def test_sentences(ruleset, text, expected):
    art = article(text + "\n", ruleset)
    assert [s.text for s in sentences(art, ruleset)] == expected


def test_discover_reads_folders_recursively_in_natural_order(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a10.md", "a2.txt", "sub/b.markdown", "notes.json", ".hidden.md"):
        (tmp_path / name).write_text("Ten killed.")
    assert [f.id for f in discover([str(tmp_path)])] == ["a2.txt", "a10.md", "sub/b.markdown"]


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        discover([str(tmp_path / "missing")])


def test_reading_never_writes(tmp_path, ruleset):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfOver 40 groups signed.\r\n")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_article(ArticleFile(path, str(path), "a.txt"), ruleset)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
