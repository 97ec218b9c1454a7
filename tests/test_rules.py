"""Keep rules/ honest: every file loads, lists are sorted and free of duplicates, every example runs."""

from __future__ import annotations

import tomllib

import pytest

from factcheck import rule_patterns
from factcheck.errors import RuleError
from factcheck.ruleset import SCHEMAS, Ruleset, builtin_rules_dir, load_rule_file

from helpers import numeric_claims

RULES = sorted(builtin_rules_dir().glob("*.toml"))


def test_every_rule_file_has_a_schema_and_loads():
    assert {p.name for p in RULES} == set(SCHEMAS)
    for path in RULES:
        load_rule_file(path)


def _string_lists(data, where=""):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _string_lists(value, f"{where}.{key}" if where else key)
    elif isinstance(data, list) and data and all(isinstance(v, str) for v in data):
        yield where, data


@pytest.mark.parametrize("path", RULES, ids=[p.name for p in RULES])
def test_lists_are_sorted_and_unique(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for where, items in _string_lists(data):
        if where.endswith("examples"):
            continue
        assert len(items) == len(set(items)), f"{path.name} {where} has duplicates"
        assert items == sorted(items, key=str.lower) or items == sorted(items), f"{path.name} {where} is not sorted"


def test_boilerplate_ids_unique_and_examples_match(ruleset):
    ids = []
    for kind in ("line", "end", "inline"):
        for rule in ruleset.patterns(kind):
            ids.append(rule.id)
            assert rule.search(rule.example), f"{rule.id}: its example does not match"
    assert len(ids) == len(set(ids))


def test_every_hedge_kind_has_examples_that_read_as_that_hedge(ruleset, pipeline):
    hedges = ruleset.hedges()
    for kind, table in ruleset.data["hedges.toml"].items():
        assert table["examples"], f"hedge kind {kind} has no example"
        for example in table["examples"]:
            claims = [c for c in numeric_claims(pipeline, example) if c.hedge]
            assert claims, f"{example!r}: no hedged claim"
            assert any(hedges.get(("before", c.hedge)) == kind or hedges.get(("after", c.hedge)) == kind
                       for c in claims), f"{example!r} does not read as {kind}"


# the interval each hedge kind states for 40: (low, high), None where open
STATED = {"over": (40, None), "at_least": (40, None), "under": (None, 40), "at_most": (None, 40),
          "nearly": (None, 40), "exactly": (40, 40)}


def test_every_hedge_phrase_reads_as_its_hedge(ruleset, pipeline):
    """Each phrase of rules/hedges.toml, before or after a number in a plain news sentence, is the claim's hedge
    and states the interval of its kind (about: around 40, both sides)."""
    for (position, phrase), kind in sorted(ruleset.hedges().items()):
        sentence = (f"Police said {phrase} 40 people were hurt." if position == "before"
                    else f"Police said 40 {phrase} were hurt.")
        claims = [c for c in numeric_claims(pipeline, sentence) if c.hedge]
        assert claims and claims[0].hedge == phrase, f"{sentence!r}: {[c.text for c in claims]}"
        stated = (claims[0].low, claims[0].high)
        if kind == "about":
            assert stated[0] < 40 < stated[1], f"{sentence!r}: {stated}"
        else:
            assert stated == STATED[kind], f"{sentence!r}: {stated}"


def test_every_currency_reads_as_money_in_its_currency(ruleset, pipeline):
    """Each symbol of rules/currencies.toml before an amount, each word after it, each code on either side."""
    currencies = ruleset.currencies()
    cases = [(f"They paid {symbol}40 for it.", code) for symbol, code in currencies["symbols"].items()]
    cases += [(f"They paid 40 {word} for it.", code) for word, code in currencies["words"].items()]
    for code in currencies["codes"]["codes"]:
        cases += [(f"They paid {code} 40 for it.", code), (f"They paid 40 {code} for it.", code)]
    for sentence, code in cases:
        claims = numeric_claims(pipeline, sentence)
        assert [(c.type, c.unit, c.value) for c in claims] == [("money", code, 40)], sentence


def test_a_word_belongs_to_one_synonym_list(ruleset):
    seen: dict[str, str] = {}
    for canonical, words in ruleset.data["subjects.toml"]["synonyms"].items():
        for word in words:
            assert word not in seen, f"{word} is in {seen.get(word)} and {canonical}"
            seen[word] = canonical


def test_user_rules_extend_the_builtin_rules(tmp_path):
    (tmp_path / "hedges.toml").write_text('[about]\nbefore = ["give or take"]\n', encoding="utf-8")
    ruleset = Ruleset.load([tmp_path])
    assert ruleset.hedges()[("before", "give or take")] == "about"
    assert ruleset.hedges()[("before", "roughly")] == "about"


@pytest.mark.parametrize("name,content,message", [
    ("hedges.toml", '[about]\nbefor = ["x"]\n', 'hedges.toml:2: unknown key "befor" in [about]'),
    ("hedges.toml", '[about]\nbefore = "x"\n', 'hedges.toml:2: key "before" in [about] must be a list of strings'),
    ("hedges.toml", "[about\n", "hedges.toml: is not valid TOML"),
    ("boilerplate.toml", '[[line]]\nid = "x"\npattern = "(unclosed"\nexample = "x"\n',
     "boilerplate.toml:3: key \"pattern\" in [line[0]] is not a valid regular expression"),
    ("colours.toml", "a = 1\n", "colours.toml: unknown rule file"),
])
def test_malformed_rule_files_name_file_line_and_key(tmp_path, name, content, message):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        Ruleset.load([tmp_path])
    assert message in str(info.value).replace(str(tmp_path) + "/", "")


def test_a_missing_rule_folder_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="does not exist"):
        Ruleset.load([tmp_path / "nope"])


def test_the_screen_of_each_kind_lets_through_every_rules_example_and_passes_over_news(monkeypatch):
    """One search for all the rules of a kind: each rule's own example reaches that rule; a news sentence
    reaches none of the joined rules. What the screen holds is under test, not its timing: a screen that searches
    slowly on a loaded machine is dropped (only speed is lost), so a fresh rule set, and no time limit."""
    monkeypatch.setattr(rule_patterns, "SLOW_SCREEN_SECONDS", 3600.0)
    ruleset = Ruleset.load()
    news = "Officials said 12 people were hurt when the roof of the market collapsed on Tuesday."
    for kind in ("line", "end", "inline"):
        screen = ruleset.screen(kind)
        assert screen.pattern is not None and screen.alone == ()  # the built-in rules are all joined
        for rule in ruleset.patterns(kind):
            assert rule in screen.candidates(rule.example)
        assert screen.candidates(news) == ()


def test_a_rule_that_cannot_share_an_alternation_is_tried_on_its_own(tmp_path):
    (tmp_path / "boilerplate.toml").write_text(
        '[[line]]\nid = "doubled"\npattern = \'^(\\w+) \\1$\'\nexample = "more more"\n', encoding="utf-8")
    screen = Ruleset.load([tmp_path]).screen("line")
    assert [r.id for r in screen.alone] == ["doubled"]  # a back-reference counts groups: joined, it would shift
    assert [r.id for r in screen.candidates("Officials said 12 people were hurt.")] == ["doubled"]
