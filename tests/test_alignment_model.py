"""The linkage model: each comparison's levels, each quantity kind aligned with its own kind, the plain cases of
the alignment issue, and the fitted weights in rules/ being what the fitting script gives."""

from __future__ import annotations

from collections import Counter

import pytest

from factcheck.align import Group, alignable, describe
from factcheck.align.comparisons import Story, explain, levels
from factcheck.align.group import value_ratio
from factcheck.api import Pipeline, check_articles
from factcheck.compare.numeric import compare_groups
from factcheck.extraction.numeric import NumericExtractor
from factcheck.segment import sentences

from conftest import ROOT
from helpers import article

STORY = Story({}, 1.0)


def claims_of(ruleset, text, name="a.txt"):
    a = article(text + "\n", ruleset, name)
    return [c for c in NumericExtractor(ruleset).article_claims(sentences(a, ruleset), a.text)]


def pair_levels(ruleset, first, second):
    (a,), (b,) = ([c for c in claims_of(ruleset, t, f"{i}.txt") if alignable(c)]
                  for i, t in enumerate((first, second)))
    return dict(zip(("kind", "what", "whose", "event", "when", "value", "context", "near", "place"),
                    levels(describe(a), describe(b), STORY), strict=True))


def report_of(ruleset, *texts):
    """The report of a check of one article per text, named 0.txt, 1.txt ..."""
    articles = [article(t + "\n", ruleset, f"{i}.txt") for i, t in enumerate(texts)]
    return check_articles(articles, ruleset, group_by="none")


def conflicts(ruleset, *texts):
    report = report_of(ruleset, *texts)
    return [sorted(c.value for c in f.claims) for f in report.findings if f.rule == "numeric-conflict"]


@pytest.mark.parametrize("first,second,expected", [
    ("The company cut 300 jobs at the plant.", "The company cut 700 jobs at the plant.", [[300, 700]]),
    ("Rescuers pulled 9 survivors from the rubble.", "Rescuers pulled 19 survivors from the rubble.", [[9, 19]]),
    ("200 students attended the vigil.", "500 students attended the vigil.", [[200, 500]]),
])
def test_plain_conflicts_of_the_issue(ruleset, first, second, expected):
    assert conflicts(ruleset, first, second) == expected


def test_rounds_fired_and_shots_fired_are_one_count(ruleset):
    # "as many as 70" (70 at most) and "more than 70" cannot both hold, whether the outlet writes rounds or shots
    assert conflicts(ruleset, "Police said as many as 70 rounds could have been fired at the truck stop.",
                     "Police said more than 70 shots were fired at the truck stop.") == [[70, 70]]


def test_values_too_far_apart_for_one_figure_are_never_linked(ruleset):
    # a round's punches and a fight's: the same noun, the same verbs, the same boxer, 13 times apart; the full match
    # weight of such a pair may pass the link threshold, but no group holds values the merge bounds keep apart
    assert conflicts(ruleset, "In fact, Klitschko landed 28 of his 68 punches thrown during the round, while Rahman "
                              "connected on just 1-of-16 over those three minutes.",
                     "The final numbers showed Klitschko landing 178 of 369 punches thrown while Rahman connected on "
                     "just 30 of 207 punches thrown.") == []


def test_who_says_a_number_is_not_whose_it_is(ruleset):
    # "Police said 70 people ...": the police are the source, not the owner of the count, so two sources quoting
    # two bodies still disagree; a name in the number's own clause still owns it ("Miller is averaging 15.5")
    assert conflicts(ruleset, "Police said 70 people were injured at the house.",
                     "Officers said 90 people were injured at the house.") == [[70, 90]]
    assert conflicts(ruleset, "Officials said Miller is averaging 15.5 points per game this season.",
                     "Officials said Iguodala is averaging 14.9 points per game this season.") == []
    # every verb of speech (rules/language.toml [speech]), "wrote" and "testified" too
    assert conflicts(ruleset, "Reporter Anne Smith wrote 70 people were injured at the house.",
                     "Sergeant Tom Jones testified 90 people were injured at the house.") == [[70, 90]]


def test_values_are_as_far_apart_as_their_hedges_leave_them(ruleset):
    """"More than 85" and "roughly 40" are 85 and 45 apart (their nearest readings), not 85 and 40; exact values
    by their values."""
    (hedged_high,), (hedged_low,) = (claims_of(ruleset, t) for t in (
        "More than 85 groups signed the letter.", "Roughly 40 groups signed the letter."))
    assert value_ratio(describe(hedged_high), describe(hedged_low)) == pytest.approx(85 / 45, rel=1e-3)
    (exact_high,), (exact_low,) = (claims_of(ruleset, t) for t in (
        "The company cut 700 jobs.", "The company cut 300 jobs."))
    assert value_ratio(describe(exact_high), describe(exact_low)) == pytest.approx(700 / 300)
    (overlapping,), (plain,) = (claims_of(ruleset, t) for t in (
        "About 1,000 people marched.", "1,050 people marched."))
    assert value_ratio(describe(overlapping), describe(plain)) == 1.0  # "about 1,000" reaches 1,050


def test_ages_of_one_person_are_compared(ruleset):
    assert conflicts(ruleset, "Police said Diallo Davis, 23, was shot outside the store.",
                     "Diallo Davis, 24, was shot outside the store, police said.") == [[23, 24]]


def test_an_age_is_compared_whatever_year_its_sentence_names(ruleset):
    # "in 1967" dates the killings, not the age: the two ages of one woman still disagree
    assert conflicts(ruleset, "Sharron Diane Smith, 60, killed two women in 1967, police said.",
                     "Police said Sharron Smith, 61, was charged with the killings.") == [[60, 61]]


def test_two_ages_of_one_person_in_one_article(ruleset):
    texts = ("Lenore Matusiewicz, 68, was convicted in Delaware Superior Court. Lenore Matusiewicz, 67, was "
             "sentenced to 18 months.", "The trial ended on Friday.")
    assert conflicts(ruleset, *texts) == [[67, 68]]
    (finding,) = report_of(ruleset, *texts).findings
    assert finding.message.startswith("1 source disagrees with itself on age of Lenore Matusiewicz: 68, 67.")


def test_ages_of_one_named_person_meet_whatever_else_their_sentences_say(ruleset):
    # two sources agree on 21, two others give 31 and 32: the sentences share nothing but the name, and the
    # name is enough for a person's age, so one finding holds all three values
    assert conflicts(ruleset, "Jacquay Howard, 21, was arrested in Houston on Friday after a month on the run.",
                     "Jacquay Howard, 21, was arrested in Houston on Friday after a month on the run. Jacquay Howard,"
                     " 31, is one of three suspected gunmen in the shooting that left two dead.",
                     "Jacquay Howard, 32, was sentenced last week to 45 years after entering his plea. Jacquay "
                     "Howard, 31, is one of three suspected gunmen in the shooting that left two dead."
                     ) == [[21, 21, 31, 31, 32]]


def test_ages_of_two_people_are_not(ruleset):
    assert conflicts(ruleset, "Police said Diallo Davis, 23, was shot outside the store.",
                     "Marcus Lee, 31, was shot outside the store, police said.") == []


def test_years_of_one_past_event(ruleset):
    assert conflicts(ruleset, "Page disappeared from public view in 1957, her biographer said.",
                     "Page disappeared from public view in 1958, her biographer said.") == [[1957, 1958]]
    assert conflicts(ruleset, "She was played by Gretchen Mol in the 2005 film The Notorious Bettie Page.",
                     "Gretchen Mol starred in the 2006 film The Notorious Bettie Page.") == [[2005, 2006]]
    # a career's start and its end are two dates, seven years apart
    assert conflicts(ruleset, "She began modelling in 1950 in New York.",
                     "She ended her modelling career in 1957 in Florida.") == []


def agreements(ruleset, *texts):
    report = report_of(ruleset, *texts)
    return [sorted(c.value for c in f.claims) for f in report.agreements]


def test_a_month_and_year_dates_the_year_it_names(ruleset):
    """"In October 1957" and "in 1957" date one event in one year; "on October 13" is a day, never a year."""
    assert agreements(ruleset, "Page disappeared from public view in October 1957, her biographer said.",
                      "Page disappeared from public view in 1957, her biographer said.") == [[1957, 1957]]
    (month_year,), (day,), (year,) = ([c for c in claims_of(ruleset, t) if c.type in ("date", "year")] for t in (
        "Her career began in October 1950.", "Her career began on October 13.", "Her career began in 1950."))
    assert describe(month_year).family == describe(year).family == "year"
    assert describe(day).family == "time"
    assert pair_levels(ruleset, "Her career began in October 1950.", "Her career began in 1950.")["value"] == "equal"


@pytest.mark.parametrize("text,low,high", [
    ("The comic series first ran in the 1980s.", 1980, 1989),
    ("The comic series first ran in the early 1980s.", 1980, 1984),
    ("The comic series first ran in the mid-1980s.", 1983, 1987),
    ("The comic series first ran in the late 1980s.", 1985, 1989),
])
def test_a_decade_is_the_years_it_spans(ruleset, text, low, high):
    (decade,) = [c for c in claims_of(ruleset, text) if c.type == "date"]
    assert (decade.cmp_low, decade.cmp_high) == (low, high)


def test_a_year_inside_the_decade_a_source_names_agrees_with_it(ruleset):
    assert conflicts(ruleset, "The Rocketeer comic series, based on Page, first ran in 1982.",
                     "The Rocketeer comic series, based on Page, first ran in the early 1980s.") == []


@pytest.mark.parametrize("text,value,subject", [
    ("Klitschko stopped Thompson in the sixth round.", 6, "round"),
    ("It was his fifth defense of the title.", 5, "defense"),
    ("He won the title for the twelfth time.", 12, "time"),
    ("She hosted the Oscars for the second time.", 2, "time"),
])
def test_ordinals_written_as_words(ruleset, text, value, subject):
    (claim,) = [c for c in claims_of(ruleset, text) if c.type == "ordinal"]
    assert (claim.value, claim.subject) == (value, subject)
    assert not [c for c in claims_of(ruleset, "A fifth of the city flooded.") if c.type == "ordinal"]  # a share


def test_an_ordinal_without_its_noun_counts_what_the_articles_ordinals_count(ruleset):
    claims = [c for c in claims_of(ruleset, "Klitschko dropped Thompson in the fifth round. Early in the sixth, "
                                            "the referee stopped it.") if c.type == "ordinal"]
    assert [(c.value, c.subject) for c in claims] == [(5, "round"), (6, "round")]
    (alone,) = [c for c in claims_of(ruleset, "Early in the sixth, the referee stopped it.") if c.type == "ordinal"]
    assert alone.subject == ""  # no ordinal of the article names a noun


@pytest.mark.parametrize("text,value", [
    ("He was charged in the Hudson Street quadruple murder on Monday.", 4),
    ("A triple homicide shocked the town.", 3),
])
def test_a_multiple_killing_counts_its_victims(ruleset, text, value):
    (claim,) = [c for c in claims_of(ruleset, text) if c.type == "count"]
    assert (claim.value, claim.event, claim.subject) == (value, "killed", "people")
    assert not [c for c in claims_of(ruleset, "Prices will double next year.") if c.value == 2]  # no event after it


def test_counts_written_as_adverbs(ruleset):
    assert conflicts(ruleset, "Page married twice and later divorced, her agent said on Friday.",
                     "Page was married three times, her agent said on Friday.") == [[2, 3]]
    assert not [c for c in claims_of(ruleset, "There were twice as many cars.") if c.value == 2]  # a ratio


def test_ranks_of_one_round(ruleset):
    assert conflicts(ruleset, "Klitschko stopped Thompson in the sixth round in Bern on Saturday.",
                     "Klitschko stopped Thompson in the fifth round in Bern on Saturday.") == [[5, 6]]


@pytest.mark.parametrize("text", ["Tuesday, August 7, 2012\n\nThe fire destroyed the warehouse.",
                                  "August 7, 2012\n\nThe fire destroyed the warehouse.",
                                  "August 8, 2012-4:43 pm The fire destroyed the warehouse.",
                                  "Aug. 8, 2012 | 4:43 PM\n\nThe fire destroyed the warehouse.",
                                  "9:53 AM, MON 22 JUL 2013\n\nThe fire destroyed the warehouse.",
                                  "THURSDAY, JUNE 30, 2005\n\nThe fire destroyed the warehouse.",
                                  "05 / 02 / 2013 The fire destroyed the warehouse.",
                                  "Updated 4 / 9 / 2007 6:04 PM A fire destroyed the warehouse.",
                                  "11 / 30 / 09 05:40 PM ET A fire destroyed the warehouse.",
                                  "8:13 AM PDT 8 / 2 / 2013 A fire destroyed the warehouse.",
                                  "First Posted 23:37:00 05 / 05 / 2010 A fire destroyed the warehouse.",
                                  "27 / 09 / 2013-A fire destroyed the warehouse.",
                                  "9 / 10 / 2010 @ 1:19PM\n\nA fire destroyed the warehouse.",
                                  "A fire destroyed the warehouse.\n\nSun-Times Media Wire © Chicago Sun-Times 2013."])
def test_a_date_alone_on_its_line_stamps_the_article(ruleset, text):
    """A date on a line of its own (a weekday before it, a clock time after it) is when the page was published,
    not a date of the story: neither it nor its year is compared."""
    assert [c.text for c in claims_of(ruleset, text) if c.type in ("date", "year", "time") and alignable(c)] == []


def test_a_date_in_a_sentence_is_a_date_of_the_story(ruleset):
    texts = [c.text for c in claims_of(ruleset, "The fire destroyed the warehouse on Tuesday, August 7, 2012.")
             if alignable(c)]
    assert texts == ["August 7, 2012", "2012"]
    texts = [c.text for c in claims_of(ruleset, "9:53 AM on Monday, July 22, 2013, the fire reached the roof.")
             if alignable(c)]
    assert texts == ["9:53 AM", "July 22, 2013", "2013"]


def test_a_date_in_digits_is_one_date(ruleset):
    """"5/3/2013" is the third of May (American order), "25/12/2008" Christmas; none of their numbers is a count."""
    claims = claims_of(ruleset, "She left the clinic on 5/3/2013 after 30 days.")
    assert [(c.text, c.type, c.value) for c in claims if c.type != "duration"] == [("5/3/2013", "date", 3),
                                                                                ("2013", "year", 2013)]
    (date,) = [c for c in claims_of(ruleset, "The ship sank on 25/12/08 near the coast.") if c.type == "date"]
    assert (date.text, date.value, date.subject) == ("25/12/08", 25, "date in December")
    assert not [c for c in claims_of(ruleset, "Police said 3 / 4 of the 40 guests left.") if c.type == "date"]


def test_values_an_order_apart_are_never_grouped_even_unscored(ruleset):
    """The veto on values an order of magnitude apart holds for every pair of two groups, not only the pairs the
    blocking scored: a height of 5-foot-8 (1.73 m) never joins a group of distances of 30 miles through the
    claims it was compared with."""
    from factcheck.align.group import cannot_link
    (height,) = claims_of(ruleset, "Police said the man is 5-foot-8.", "a.txt")
    (distance,) = claims_of(ruleset, "The town is 30 miles from the city.", "b.txt")
    assert cannot_link(describe(height), describe(distance)) is True
    (near,) = claims_of(ruleset, "The town is 40 miles from the city.", "c.txt")
    assert cannot_link(describe(near), describe(distance)) is False


def test_a_year_is_not_its_own_time_cue(ruleset):
    (claim,) = [c for c in claims_of(ruleset, "Page disappeared from public view in 1957.") if c.type == "year"]
    assert claim.cue is None  # "in 1957" dates the claim; it does not set it in another time than itself


def test_a_time_cue_dates_only_its_own_statement(ruleset):
    def cue(text):
        (claim,) = [c for c in claims_of(ruleset, text) if c.type == "count"]
        return claim.cue
    # "in May" dates the proposal; the comments are counted up to now, in the statement after "and since"
    assert cue("The department proposed the rules in May and since has received nearly 300,000 comments.") is None
    assert cue("Page married twice; her second husband, in 1958, was a lawyer.") is None
    # within one statement the cue stands: the three killed are of February's shooting, not of the story's
    assert cue("In February, a woman opened fire at the university, killing three people.") == "feb"
    # a parenthesis is a statement of its own: the boxer's knockouts are his record, not September's
    assert cue("Bowe (45-1, 33 KOs) had been training in Germany since September.") is None
    assert cue("Bowe had been training in Germany since September (33 sparring sessions).") is None
    # a participle clause after the number says what followed: its year dates that, not the number
    wins = [c for c in claims_of(ruleset, "The fight took his tally to 46 wins, taking his unbeaten run to 10 "
                                          "since a defeat in 2004.") if c.value == 46]
    assert [c.cue for c in wins] == [None]
    # "including" adds to the number's own statement
    assert cue("He was convicted of killing four people, including a judge in a court room shooting in 2005.") == "2005"


def test_counts_of_two_days_are_two_quantities(ruleset):
    # a crowd of Monday night and one of Tuesday night differ without contradicting each other
    assert conflicts(ruleset, "About 100 protesters marched to the precinct on Monday night, police said.",
                     "About 300 protesters marched to the precinct on Tuesday night, police said.") == []
    assert conflicts(ruleset, "About 100 protesters marched to the precinct on Monday night, police said.",
                     "About 300 protesters marched to the precinct on Monday night, police said.") == [[100, 300]]


def test_a_count_of_an_earlier_season_or_decade_is_set_apart(ruleset):
    """"Last season", "a decade ago" set a count in another time than the story's: two counts of games, one of
    them last season's, are two quantities, however alike their words."""
    this_season = "The injury kept Brand out of eight games with the Sixers."
    assert conflicts(ruleset, this_season, "The injury kept Brand out of 12 games with the Sixers.") == [[8, 12]]
    assert conflicts(ruleset, this_season, "The injury kept Brand out of 12 games with the Sixers last season.") == []
    assert conflicts(ruleset, "The plant employed 300 workers.", "The plant employed 700 workers a decade ago.") == []


def test_a_running_count_of_days_is_an_update(ruleset):
    """The next day's report counts one day more: once aligned, an update, not a conflict (the rank of a title
    defense stays a fact: test_align.py)."""
    (sixth,), (seventh,) = ([c for c in claims_of(ruleset, t, f"{i}.txt") if c.type == "ordinal"] for i, t in enumerate((
        "Protesters clashed with police in Athens for the sixth straight day, throwing stones.",
        "Protesters clashed with police in Athens for the seventh straight day, throwing stones.")))
    conflicts, _ = compare_groups([Group("day", "ordinal", None, (sixth, seventh), "")])
    assert [(f.rule, sorted(c.value for c in f.claims)) for f in conflicts] == [("numeric-update", [6, 7])]


def clock_verdict(ruleset, first, second):
    """Whether two clock times, as one group, conflict: the tolerance of times, whatever aligned them."""
    (a,), (b,) = ([c for c in claims_of(ruleset, t, f"{i}.txt") if c.type == "time"]
                  for i, t in enumerate((first, second)))
    conflicts, agreements = compare_groups([Group("time", "time", None, (a, b), "")])
    return "conflict" if conflicts else "agree" if agreements else "neither"


def test_clock_times_of_one_event(ruleset):
    said = "The shooting happened at {} on Friday, police said."
    assert clock_verdict(ruleset, said.format("10 p.m."), said.format("10:45 p.m.")) == "conflict"
    assert clock_verdict(ruleset, said.format("about 10 p.m."), said.format("10:05 p.m.")) == "agree"
    assert clock_verdict(ruleset, said.format("about 3 p.m."), said.format("3:10 p.m.")) == "agree"
    assert clock_verdict(ruleset, said.format("about 10:10 p.m."), said.format("10:25 p.m.")) == "conflict"
    assert clock_verdict(ruleset, said.format("10 p.m."), said.format("10:01 p.m.")) == "conflict"
    # two approximate times half an hour apart meet only at an edge, each stretched toward the other: they differ
    assert clock_verdict(ruleset, said.format("about 8 p.m."), said.format("around 8:30 p.m.")) == "conflict"
    assert clock_verdict(ruleset, said.format("about 8 p.m."), said.format("8:15 p.m.")) == "agree"


@pytest.mark.parametrize("text,minutes", [
    ("It happened at about 3 p.m. on Friday.", (14 * 60 + 45, 15 * 60 + 15)),  # as wide as the time is round
    ("It happened around 3:10 p.m. on Friday.", (15 * 60 + 5, 15 * 60 + 15)),
    ("Deputies got the call shortly before 7 a.m. on Friday.", (6 * 60 + 45, 7 * 60)),
    ("The shots were fired after 10 p.m. on Friday.", (22 * 60, 22 * 60 + 30)),
    ("The shots were fired at 10:45 p.m. on Friday.", (22 * 60 + 45, 22 * 60 + 45)),
])
def test_a_clock_time_is_compared_in_minutes_with_its_hedge(ruleset, text, minutes):
    (claim,) = [c for c in claims_of(ruleset, text) if c.type == "time"]
    assert (claim.cmp_low, claim.cmp_high) == minutes


def test_an_updated_stamp_is_never_aligned(ruleset):
    stamped = [c for c in claims_of(ruleset, "Updated 09 / 14 / 2013 01:03 PM A woman has died.")]
    assert stamped and not any(alignable(c) for c in stamped)


def test_a_count_before_a_time_is_read(ruleset):
    found = [(c.text, c.type) for c in claims_of(ruleset, "Police said 40 people were arrested at 4 p.m. on Friday.")]
    assert ("40", "count") in found and ("4 p.m.", "time") in found


def test_a_round_figure_and_its_bound_agree(ruleset):
    assert conflicts(ruleset, "More than 1,300 people were evacuated from the valley.",
                     "Officials said 1,300 people were evacuated from the valley.") == []


def test_comparison_levels(ruleset):
    same = pair_levels(ruleset, "The quake killed 10 people on Sunday.", "The quake killed 10 people on Sunday.")
    assert same["kind"] == "same" and same["what"] == "same" and same["event"] == "same"
    assert same["when"] == "same" and same["value"] == "equal_small" and same["place"] == "reprint"
    other = pair_levels(ruleset, "The storm injured 40 people on Monday.", "Rescuers saved 400 cats on Tuesday.")
    assert other["what"] == "different" and other["event"] == "different"
    assert other["when"] == "different" and other["value"] == "far"
    near = pair_levels(ruleset, "Miller scored 25 points.", "Miller scored 27 points.")
    assert near["whose"] == "same" and near["value"] == "near" and near["near"] != "none"



@pytest.mark.parametrize("first,second,level", [
    ("Page vanished from public view in 1957.", "Page vanished from public view in 1958.", "near"),
    ("Page vanished from public view in 1957.", "Page vanished from public view in 1997.", "far"),
    ("Police said Diallo Davis, 23, was shot.", "Police said Diallo Davis, 24, was shot.", "near"),
    ("Police said Diallo Davis, 23, was shot.", "Police said Diallo Davis, 33, was shot.", "far"),
    ("The shooting happened at 8 p.m. on Sunday.", "The shooting happened at 8:45 p.m. on Sunday.", "near"),
    ("The shooting happened at 8 p.m. on Sunday.", "The shooting happened at 11 p.m. on Sunday.", "far"),
])
def test_a_slip_of_a_year_an_age_or_a_time_is_a_step_of_its_unit(ruleset, first, second, level):
    """Any two years of one century are within a ratio of 1.5, and so are 40 and 55 years of age: their slips are
    counted in years and minutes, not by ratio."""
    assert pair_levels(ruleset, first, second)["value"] == level

def test_counted_nouns_of_one_kind(ruleset):
    people = pair_levels(ruleset, "The gunman killed four victims.", "The gunman killed four people.")
    assert people["what"] == "class"
    boats = pair_levels(ruleset, "Pirates seized three boats.", "Pirates seized three skiffs.")
    assert boats["what"] == "same"  # a synonym
    other = pair_levels(ruleset, "Pirates seized three boats.", "Pirates seized three rifles.")
    assert other["what"] == "different"


def test_owners_match_on_the_last_name(ruleset):
    same = pair_levels(ruleset, "Police named Edgar Sanchez, 15, as the victim.",
                       "Edgar Sanchez Rios, 16, died at the scene.")
    assert same["whose"] == "same"
    other = pair_levels(ruleset, "Police named Michael Zurita, 20, as a suspect.",
                        "Michael Ballour, 41, died at the scene.")
    assert other["whose"] == "different"


@pytest.mark.parametrize("text,age", [
    ("Police identified the victims as Krystal Hutto, 28.", 28),
    ("Officials said Arcade Joseph Comeaux Jr., 49, took two officers hostage.", 49),
    ("Anthony LaCalamita III, 38, had been arrested.", 38),
    ("Aramis Wilson, aka “Ace,” 25, of Detroit, pleaded guilty.", 25),
    ("The actress died on Thursday at the age of 85.", 85),
    ("Esther Williams dies at 91", 91),
    ("He is survived by two sons, ages 6 and 16.", 6),
])
def test_ages_as_news_writes_them(ruleset, text, age):
    assert (age, "age") in [(c.value, c.type) for c in claims_of(ruleset, text)]


def test_an_age_belongs_to_the_name_beside_it(ruleset):
    (claim,) = [c for c in claims_of(ruleset, "Aramis Wilson, aka “Ace,” 25, of Detroit, pleaded guilty.")
                if c.type == "age"]
    assert claim.owner == "aramis wilson"
    (claim,) = [c for c in claims_of(ruleset, "In Detroit, a 3-year-old girl was shot.") if c.type == "age"]
    assert claim.owner is None  # "Detroit" is where, not whose


def test_a_number_opening_a_sentence_is_no_ones_name(ruleset):
    claims = {c.text: c for c in claims_of(ruleset, "Four of the six suspects pleaded guilty, Smith said.")}
    assert claims["six"].owner is None  # "Four" opens the sentence: a number, not a name
    assert claims["six"].subject == "suspect"


# An article long enough to name its people inside sentences, not only at their start.
REPORT = ("Police in Palmer were called to the old warehouse on Tuesday night after neighbours saw smoke. "
          "Fire crews from the city and from Wasilla fought the blaze for most of the night, and the building, "
          "which had stood empty for years, could not be saved. The cause of the fire is not yet known, and "
          "investigators said they would return to the site in the morning. Mayor Jim Cooley said the town had "
          "lost a part of its history. The warehouse was built in the years before statehood by the farmers who "
          "settled the valley, and it was used to store their crops until the colony closed. ")


@pytest.mark.parametrize("sentence,owner", [
    ("Authorities lost 12 trucks in the fire.", None),  # a common word, capitalised to open the sentence
    ("Firefighters lost 12 trucks in the fire.", None),
    ("Cooley lost 12 trucks in the fire.", "cooley"),  # a name the article writes capitalised inside a sentence
    ("Wasilla's firefighters lost 12 trucks in the fire.", "wasilla"),
])
def test_a_word_opening_a_sentence_is_a_name_where_the_article_names_it(ruleset, sentence, owner):
    (claim,) = [c for c in claims_of(ruleset, REPORT + sentence) if c.value == 12]
    assert claim.owner == owner


@pytest.mark.parametrize("sentence,owner", [
    # an aside of words or figures before a number is not whose the number is
    ("No other offer (including the bid that owner Ted Lerner made for the Nationals last week) was "
     "thought to be more than 12 years.", None),
    ("Klitschko (52-3, 46 knockouts) retained his title for the 12th time.", "klitschko"),
    # a name alone in brackets says who the words before it are
    ("It was clear that one fighter (Rahman) was not in shape to go 12 rounds.", "rahman"),
])
def test_an_aside_before_a_number_owns_nothing(ruleset, sentence, owner):
    (claim,) = [c for c in claims_of(ruleset, sentence) if c.value == 12]
    assert claim.owner == owner


@pytest.mark.parametrize("text,owner,subject", [
    # the name says whose age it is; what is measured is the person's noun, where one is written
    ("The 36-year-old champion Klitschko floored Thompson.", "klitschko", "champion"),
    ("The 61-year-old grandmother Sharron Smith died.", "sharron smith", "grandmother"),
    ("A 3-year-old Detroit girl was shot.", None, "girl"),  # a girl of Detroit, not a person named Detroit
    ("He was charged in the death of a 7-year-old Adams County girl.", None, "girl"),  # the noun ends the sentence
    ("Police said a 23-year-old man Sunday was arrested.", None, "man"),
    ("He killed Melvin Edwards, a 69-year-old from Laguna Hills, on the road.", "melvin edwards", ""),
    ("Revenge Killing Of Tyshawn Lee, 9", "tyshawn lee", ""),  # a headline's words before the name
    ("Detroit Boy, 11, Charged With Manslaughter", None, ""),
    ("The 40-year-old Thompson never recovered.", "thompson", ""),
    ("Corey Morgan's 56-year-old mother was shot in her arm.", None, "mother"),  # her age, not his
    # a noun of two words before the name: the person is named all the same
    ("The 26-year-old construction worker Jeremy Lewis was killed.", "jeremy lewis", "worker"),
    ("A 69-year-old Vietnam veteran was killed.", None, "veteran"),  # a veteran of Vietnam, no one named Vietnam
    # an age in any unit of rules/language.toml [durations] has its noun or name after it
    ("A 10-hour-old baby was found in the park.", None, "baby"),
    ("The 6-month-old Miracle Murray died on Saturday.", "miracle murray", ""),
])
def test_whose_an_age_is(ruleset, text, owner, subject):
    (claim,) = [c for c in claims_of(ruleset, text) if c.type == "age"]
    assert (claim.owner, claim.subject) == (owner, subject)


def test_two_named_people_of_one_family_are_two_owners(ruleset):
    brothers = pair_levels(ruleset, "Cleveland Smelley, 30, was charged.", "Antoine Smelley, 32, was charged.")
    assert brothers["whose"] == "different"
    one = pair_levels(ruleset, "Victim Melvin Edwards, 69, died.", "Melvin Lee Edwards, 69, died.")
    assert one["whose"] == "same"  # a middle name, a title before the name
    slip = pair_levels(ruleset, "Malijah Grant, 1, was shot.", "Malijha Grant, 1, was shot.")
    assert slip["whose"] == "same"  # one letter swapped is a slip of one name


def test_a_finding_on_ages_names_whose_they_are(ruleset):
    report = report_of(
        ruleset,
        "Police identified the dead man as Jeremy Lewis, 27, of Fullerton.",
        "The gunman killed construction worker Jeremy Lewis, 26, of Fullerton.")
    assert [f.subject for f in report.findings if f.rule == "numeric-conflict"] == ["age of Jeremy Lewis"]


def test_a_finding_says_each_value_once_however_it_is_written(ruleset):
    report = report_of(
        ruleset,
        "Police said Makanzee Oldham, 2, died in hospital on Saturday.",
        "The two-year-old Makanzee Oldham died in hospital on Saturday.",
        "Police said Makanzee Oldham, 3, died in hospital on Saturday.")
    (finding,) = [f for f in report.findings if f.rule == "numeric-conflict"]
    assert len(finding.claims) == 3 and "Makanzee Oldham: 2, 3." in finding.message


def test_ages_of_two_named_people_are_never_one_quantity(ruleset):
    # equal ages of two men: not an agreement; their different ages: not a conflict
    report = report_of(
        ruleset,
        "Paul Kendall, 24, of Ecorse was charged on Monday with murder.",
        "Diallo Davis, 24, of Detroit was charged on Monday with murder.",
        "Cleveland Smelley, 30, of Detroit was charged on Monday with murder.")
    ages = [f for f in [*report.findings, *report.agreements] if any(c.type == "age" for c in f.claims)]
    assert ages == []


def test_spans_of_time_are_compared_in_seconds(ruleset):
    (weeks,) = [c for c in claims_of(ruleset, "She was in hospital for three weeks.") if c.type == "duration"]
    (days,) = [c for c in claims_of(ruleset, "She was in hospital for 21 days.") if c.type == "duration"]
    assert (weeks.cmp_low, weeks.cmp_high) == (days.cmp_low, days.cmp_high) == (21 * 86400, 21 * 86400)
    assert pair_levels(ruleset, "She was in hospital for three weeks.", "She was in hospital for 21 days.")[
        "value"].startswith("equal")
    assert pair_levels(ruleset, "He spent 10 years in prison.", "He spent 10 days in prison.")["value"] == "far"


def test_reasons_quote_words_as_written(ruleset):
    (agreement,) = report_of(ruleset, "Officials said 40 cars were towed after flooding downtown streets.",
                             "About 40 cars were towed after flooding downtown streets, officials said.").agreements
    assert "flooding" in agreement.why and "streets" in agreement.why  # not the stems "flood", "street"
    (agreement,) = report_of(ruleset, "Officials listed 12 species in the series.",
                             "The series listed 12 species, officials said.").agreements
    assert 'both count "species"' in agreement.why and "series" in agreement.why  # not "specy", "sery"


def test_an_abbreviation_does_not_end_the_counted_noun(ruleset):
    (claim,) = [c for c in claims_of(ruleset, "More than 40 leading U.S. groups signed the letter.")
                if c.type == "count"]
    assert claim.subject == "organization"  # "groups", not cut at "U.S."


def test_every_kind_has_weights(ruleset):
    model = Pipeline(ruleset).model
    families = {key[0] for key in model.weights}
    assert families == {"address", "age", "amount", "count", "ordinal", "record", "span", "time", "year"}


def test_a_family_with_few_labelled_pairs_is_weighed_like_every_family():
    """Two ordinal pairs, both with different counted nouns and both matches, must not make a different noun
    evidence for one quantity: the family's shares are drawn towards every family's, where a different noun
    is mostly a non-match. A family with many pairs keeps its own weights."""
    fit = pytest.importorskip("factcheck.align.fit")
    match = Counter({("count", "what", "same"): 900, ("count", "what", "different"): 100,
                     ("ordinal", "what", "different"): 2})
    other = Counter({("count", "what", "same"): 100, ("count", "what", "different"): 900})
    weights = fit.level_weights(match, other)
    assert weights[("count", "what", "same")] > 2.5 and weights[("count", "what", "different")] < -2.5
    assert weights[("ordinal", "what", "different")] < 0 < weights[("ordinal", "what", "same")]


def test_fitted_weights_are_what_the_fit_gives(ruleset):
    fit = pytest.importorskip("factcheck.align.fit")
    shared = ROOT.parent / "shared"
    if not (shared / "gold" / "seeds").is_dir():
        pytest.skip("../shared/gold is not here")
    clusters = fit.load(shared, ROOT)
    text = fit.render(fit.fit(clusters), len(clusters))
    assert (ROOT / "rules" / "alignment.toml").read_text(encoding="utf-8") == text


def test_a_reason_never_names_what_is_absent(ruleset):
    # two unnamed ages weigh something by having no owner; no reader is told "same person or body: None"
    (a,), (b,) = ([describe(c) for c in claims_of(ruleset, t, f"{i}.txt") if c.type == "age"] for i, t in enumerate((
        "The shooting also injured a 26-year-old man, police said.", "A 26-year-old man was also injured.")))
    for name in ("whose", "event", "when"):
        for level in ("one_absent", "both_absent", "different"):
            assert explain(name, level, a, b, STORY) == ""
    assert explain("whose", "same", a, b, STORY) != ""


def test_a_record_is_its_holders(ruleset):
    claims = claims_of(ruleset, "Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman (45-7-2, 36 KOs).")
    assert [(c.text, c.type, c.owner) for c in claims] == [
        ("52-3", "score", "wladimir klitschko"), ("46", "count", "klitschko"),
        ("45-7-2", "score", "hasim rahman"), ("36", "count", "rahman")]
    (bowe,) = [c for c in claims_of(ruleset, "He beat Riddick Bowe, 43-1, in 1996.") if c.type == "score"]
    assert (bowe.value, bowe.owner) == (43, "riddick bowe")


def test_records_of_one_fighter_are_compared_exactly(ruleset):
    assert conflicts(ruleset, "Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman in the seventh round.",
                     "Wladimir Klitschko (53-3, 46 KOs) stopped Hasim Rahman in the seventh round.") == [[52, 53]]
    # two fighters' records are two quantities
    assert conflicts(ruleset, "Wladimir Klitschko (52-3) stopped Hasim Rahman in the seventh round.",
                     "Hasim Rahman (45-7) was stopped by Klitschko in the seventh round.") == []


def test_measures_of_two_dimensions_are_never_one_quantity(ruleset):
    report = report_of(
        ruleset,
        "The tanker spilled 100,000 gallons of crude into the bay.",
        "The tanker spilled 100,000 pounds of crude into the bay.")
    assert [f for f in [*report.findings, *report.agreements] if f.claims[0].type == "measure"] == []


def test_a_time_after_a_stamp_word_stamps_the_article(ruleset):
    claims = claims_of(ruleset, "Friday, Sep 10, 2010 | Updated 8:52 PM EDT The woman was escorted out at 9 p.m.")
    assert [(c.text, alignable(c)) for c in claims if c.type == "time"] == [("8:52 PM", False), ("9 p.m.", True)]


@pytest.mark.parametrize("text,value,street", [
    ("Police were called to the 12000 block of East 223rd Street.", 12000, "223rd"),
    ("Deputies were sent to 7050 Old State Road at 7:10 a.m.", 7050, "old state"),
    ("She was shot in the 16800 block of Riverview.", 16800, "riverview"),
])
def test_house_and_block_numbers_are_places_on_a_street(ruleset, text, value, street):
    (claim,) = [c for c in claims_of(ruleset, text) if c.type == "address"]
    assert (claim.value, claim.subject) == (value, street)
    assert not [c for c in claims_of(ruleset, text) if c.type in ("count", "ordinal")]  # not "223rd", not 7050 roads


def test_counts_of_a_charge(ruleset):
    (seven,) = claims_of(ruleset, "He faces seven counts of assault with intent to murder.")
    (eight,) = claims_of(ruleset, "He faces 8 charges of assault with intent to murder.")
    assert seven.subject == eight.subject == "charge of assault"


def test_spans_of_one_event_are_compared(ruleset):
    assert conflicts(ruleset, "Gonzalez, a father of two, was married two weeks ago, his family said on Sunday.",
                     "Gonzalez, a father of two, was wed about three weeks ago, his family said on Sunday.") == [
        [2, 3]]
    (deliberation,) = claims_of(ruleset, "After 30 hours of deliberation the jury was hung.")
    assert (deliberation.type, deliberation.subject) == ("duration", "deliberation")


@pytest.mark.parametrize("text,subject", [
    ("The Angels offered him an eight-year contract on Friday.", "deal"),  # a synonym of subjects.toml
    ("She checked in to begin a 90-day stint in rehab.", "stint"),
    ("The standoff ended after a two-hour negotiation.", "negotiation"),
])
def test_a_span_written_as_one_word_with_its_unit_measures_the_noun_after_it(ruleset, text, subject):
    (span,) = [c for c in claims_of(ruleset, text) if c.type == "duration"]
    assert span.subject == subject


@pytest.mark.parametrize("text,value", [("Between 5.30am. and 5.55am, police got calls.", 530),
                                        ("He left at 7.15 p.m. on Friday.", 1915)])
def test_clock_times_written_with_a_point(ruleset, text, value):
    assert [c.value for c in claims_of(ruleset, text) if c.type == "time"][0] == value



def test_a_date_beside_a_stamp_word_stamps_the_page_and_a_dated_event_does_not(ruleset):
    claims = claims_of(ruleset, "Friday, Sep 10, 2010 | Updated 8:52 PM EDT The woman was escorted out on "
                                "Sept. 10 at 9 p.m.")
    assert [(c.text, alignable(c)) for c in claims] == [
        ("Sep 10, 2010", False), ("8:52 PM", False), ("Sept. 10", True), ("9 p.m.", True)]


def test_a_copy_of_an_article_joins_the_groups_of_what_it_copies(ruleset):
    """Wire copy printed twice: the copy's claims stand beside the original's in the finding and the agreement,
    as the same sentence in two articles does."""
    original = "Police said 40 people were arrested at the rally. The march drew 2,000 people."
    other = "Police said 70 people were arrested at the rally. The march drew 2,000 people."
    articles = [article(t + "\n", ruleset, name) for t, name in ((original, "a.txt"), (original, "a-copy.txt"),
                                                                  (other, "b.txt"))]
    report = check_articles(articles, ruleset, group_by="none")
    (conflict,) = [f for f in report.findings if f.rule == "numeric-conflict"]
    assert sorted((c.article_id, c.value) for c in conflict.claims) == [("a-copy.txt", 40), ("a.txt", 40), ("b.txt", 70)]
    (march,) = [f for f in report.agreements if 2000 in {c.value for c in f.claims}]
    assert sorted(c.article_id for c in march.claims) == ["a-copy.txt", "a.txt", "b.txt"]


def test_a_hedge_makes_no_vague_word_precise(ruleset):
    """"over a few blocks" is as vague as "a few" (2 to 5): never a figure to conflict with "two blocks"; "at least a
    dozen" still counts about twelve."""
    (few,) = [c for c in claims_of(ruleset, "He ran over a few blocks before police stopped him.") if c.type == "count"]
    assert (few.cmp_low, few.value) == (2, 3) and not alignable(few)
    (dozen,) = claims_of(ruleset, "At least a dozen people were at the party.")
    assert alignable(dozen) and dozen.cmp_low <= 12 <= dozen.cmp_high


def test_counts_of_one_noun_merge_when_only_one_names_the_event(ruleset):
    """ "seven counts of assault" and "charged with eight counts of assault": the counted noun (a thing, not
    people) says what was counted, so the event one sentence leaves unsaid does not keep the two apart."""
    assert conflicts(ruleset,
                     "Smelley faces seven counts of assault with intent to murder in the attack on the family home.",
                     "Prosecutors charged Smelley with eight counts of assault with intent to murder in the attack "
                     "on the family home.") == [[7, 8]]


def test_a_span_of_time_is_named_with_its_unit_and_its_kind_in_words(ruleset):
    report = report_of(ruleset, "The suspect had shot a man in Hawaiian Gardens nine days earlier, police said.",
                       "The suspect had shot a man in Hawaiian Gardens a week earlier, police said.")
    (finding,) = [f for f in report.findings if f.rule == "numeric-conflict"]
    assert finding.subject == "time before or after"  # not "relative", which a reader takes for a kinsman
    assert finding.message.startswith("2 sources disagree on time before or after: nine days, a week.")


def test_a_named_persons_age_is_labelled_without_the_event_of_its_sentence(ruleset):
    report = report_of(ruleset, "Diallo Davis, 23, was shot on Sunday night near his home. A man suspected of "
                                "shooting a 23-year-old was arrested on Monday.",
                       "Police said Diallo Davis, 24, was shot on Sunday night near his home.")
    (finding,) = [f for f in report.findings if f.rule == "numeric-conflict"]
    assert finding.subject == "age of Diallo Davis"  # "(arrested)" would read as what Davis did, whoever did it


def test_a_reason_writes_a_persons_name_as_the_article_does(ruleset):
    report = report_of(ruleset, "Police said Diallo Davis, 23, was shot on Sunday night near his home.",
                       "Diallo Davis, 24, was shot on Sunday night near his home, police said.")
    (finding,) = [f for f in report.findings if f.rule == "numeric-conflict"]
    assert "same person or body: Diallo Davis" in finding.why


def test_a_hedged_span_is_said_compared_in_its_own_unit(ruleset):
    report = report_of(ruleset, "The police station was attacked almost three weeks after the riot began.",
                       "The police station was attacked nine days after the riot began.")
    (finding,) = [f for f in report.findings if f.rule == "numeric-conflict"]
    assert '"almost three weeks" (about 2.7 to 3 weeks)' in finding.message  # compared in seconds, said in weeks
