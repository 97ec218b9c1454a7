"""The pattern helpers: phrase tries must match exactly what a plain alternation matched, and patterns moved to
the standard engine must match what the regex module matched."""

import re

import pytest
import regex

from factcheck.patterns import alternation, standard

HEDGES = ["about", "of about", "more than", "more", "no more than", "over", "up to", "upwards of"]


@pytest.mark.parametrize("text", ["more than 40", "no more than 40", "upwards of 40", "more 40", "up to 40",
                                  "about 40", "of about 40", "over 40", "moreover 40"])
def test_a_trie_prefers_the_longest_phrase_as_a_longest_first_alternation_does(text):
    plain = "|".join(sorted((regex.escape(h).replace(r"\ ", r"\s+") for h in HEDGES), key=len, reverse=True))
    expected = regex.match(rf"(?:{plain})(?=\s+\d)", text)
    found = regex.match(rf"(?:{alternation(HEDGES)})(?=\s+\d)", text)
    assert (found and found.group()) == (expected and expected.group())


@pytest.mark.parametrize("before", ["the toll rose to about ", "the toll rose to of about ", "no more than ",
                                    "he said more than ", "up to ", "nothing "])
def test_a_backward_trie_prefers_the_longest_phrase_when_matched_from_its_end(before):
    # "of about" must win over "about" read backwards, as "(?r)(?:of about|about)" does
    plain = "|".join(sorted((regex.escape(h).replace(r"\ ", r"\s+") for h in HEDGES), key=len, reverse=True))
    expected = regex.match(rf"(?r)(?<![\p{{L}}])(?:{plain})\s+$", before)
    found = regex.match(rf"(?r)(?<![\p{{L}}])(?:{alternation(HEDGES, backward=True)})\s+$", before)
    assert (found and found.group()) == (expected and expected.group())


def test_white_space_inside_a_phrase_matches_any_white_space():
    assert re.fullmatch(alternation(["a dozen"]), "a \n dozen")


SAMPLES = ["Ángel Pérez-García met O'Brien in Łódź", "ÉCOLE and école", "Straße 5½ km² ², iPhone",
           "Владимир Путин said", "Ⅻ Olympiad", "naïve café", "the 12-year-old O’Neil's 2.5-m jump"]


@pytest.mark.parametrize("pattern", [r"\p{Lu}[\p{L}'’-]+", r"\p{Ll}+", r"[\p{L}]+", r"\d(?![\p{L}])",
                                     r"(?<![\p{L}])\p{L}+", r"[\p{L}\d]+", r"[^\p{Lu}\s]+", r"\p{Lu}[\p{L}\p{M}]*",
                                     r"[\p{L}\d'’.-]+", r"(?<![\p{L}\p{M}\d'’-].)\p{Lu}\p{Ll}+", r"[-\p{L}]+(?![\p{L}\d])"])
@pytest.mark.parametrize("text", SAMPLES)
def test_a_pattern_on_the_standard_engine_finds_what_the_regex_module_finds(pattern, text):
    assert standard(pattern).findall(text) == regex.findall(pattern, text)


def test_backward_matching_stays_with_the_regex_module():
    with pytest.raises(ValueError):
        standard(r"(?r)\s+$")
