"""Alignment and comparison mechanisms, each on short sentences written for the test."""

from __future__ import annotations

from dataclasses import replace

from factcheck.align.model import LinkModel
from factcheck.api import Pipeline, check_articles

from helpers import article


def findings(ruleset, *texts: str, rule: str | None = None):
    articles = [article(t + "\n", ruleset, f"{i}.txt") for i, t in enumerate(texts)]
    report = check_articles(articles, ruleset, group_by="none")
    return [f for f in report.findings if rule is None or f.rule == rule], report.agreements


def values(finding) -> list[float]:
    return sorted(c.value for c in finding.claims)


def test_killed_and_injured_are_different_quantities(ruleset):
    found, _ = findings(ruleset, "The quake killed 10 people and injured 80 people on Sunday.",
                        "Officials said 10 people were killed and 80 were injured by the quake on Sunday.")
    assert found == []


def test_conflicting_death_tolls(ruleset):
    found, _ = findings(ruleset, "The quake killed 10 people in the villages on Sunday, officials said.",
                        "Officials said the quake killed 15 people in the villages on Sunday.")
    assert [values(f) for f in found] == [[10, 15]]
    assert found[0].severity.label == "error"


def test_a_record_differs_in_any_of_its_parts(ruleset):
    """"52-3" and "52-4" share their first number, the value a record is stored by, and are still two records;
    the same record agrees."""
    found, _ = findings(ruleset, "Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman in Mannheim.",
                        "Wladimir Klitschko (52-4, 46 KOs) stopped Hasim Rahman in Mannheim.")
    assert [sorted(c.text for c in f.claims) for f in found] == [["52-3", "52-4"]]
    _, agreed = findings(ruleset, "Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman in Mannheim.",
                         "Wladimir Klitschko (52-3) stopped Hasim Rahman in Mannheim on Saturday.")
    assert ["52-3", "52-3"] in [sorted(c.text for c in a.claims) for a in agreed]


def test_overlapping_hedges_agree(ruleset):
    found, agreed = findings(ruleset, "Over 150,000 consumers signed the petition against the sale.",
                             "The petition against the sale was signed by more than 150,000 people.")
    assert found == []
    assert [values(a) for a in agreed] == [[150000, 150000]]


def test_approximate_values_that_meet_only_at_an_edge_differ(ruleset):
    """"about 20" (15 to 25) and "about 30" (25 to 35) are ten apart, not one figure; a bound meeting a bound
    ("at least 40", "at most 40") is one figure both allow."""
    found, _ = findings(ruleset, "About 20 students attended the vigil at the school on Friday.",
                        "About 30 students attended the vigil at the school on Friday.")
    assert [values(f) for f in found] == [[20, 30]]
    found, agreed = findings(ruleset, "At least 40 students attended the vigil at the school on Friday.",
                             "At most 40 students attended the vigil at the school on Friday.")
    assert found == [] and [values(a) for a in agreed] == [[40, 40]]


def test_hedged_ranges_that_cannot_hold_are_a_warning(ruleset):
    found, _ = findings(ruleset, "Nearly 300 crewmen are held hostage by the pirates off Somalia.",
                        "The pirates off Somalia hold more than 300 crewmen hostage.")
    assert [values(f) for f in found] == [[300, 300]]
    assert found[0].severity.label == "warning"


def test_two_hedges_of_opposite_sides_stacked_leave_a_rough_figure(ruleset):
    """"over nearly $100 billion" bounds the figure from below and from above at once: a writer's rough figure,
    read as "about", which "over a hundred billion dollars" does not contradict (as "nearly" alone would)."""
    found, agreed = findings(ruleset, "India trades over nearly $100 billion worth through the Gulf of Aden.",
                             "India trades over a hundred billion dollars worth through the Gulf of Aden.")
    assert found == [] and [values(a) for a in agreed] == [[100e9, 100e9]]
    found, _ = findings(ruleset, "India trades nearly $100 billion worth through the Gulf of Aden.",
                        "India trades over a hundred billion dollars worth through the Gulf of Aden.")
    assert [values(f) for f in found] == [[100e9, 100e9]]


def test_enumeration_in_one_sentence_is_not_a_conflict(ruleset):
    found, _ = findings(ruleset, "The navy arrested 12 Somali and 11 Yemeni pirates in the Gulf of Aden.",
                        "The navy arrested 23 pirates in the Gulf of Aden on Saturday.")
    assert found == []


def test_background_event_is_not_compared_with_the_main_event(ruleset):
    found, _ = findings(ruleset, "The quake on Sunday injured five people on the island, the governor said.",
                        "A quake in September injured 40 people on the island, the governor said.")
    assert found == []


def test_different_owners_are_different_quantities(ruleset):
    found, _ = findings(ruleset, "Miller is averaging 15.5 points per game for the Sixers this season.",
                        "Iguodala is averaging 14.9 points per game for the Sixers this season.")
    assert found == []


def test_a_window_is_not_a_fact(ruleset):
    found, _ = findings(ruleset, "The team lost eight of its last 10 games before the coach was fired.",
                        "The team had won 40 games last season before the coach was fired.")
    assert found == []


def test_units_are_converted(ruleset):
    found, _ = findings(ruleset, "Qeshm lies 1,500 kilometers south of Tehran, on the Gulf.",
                        "Qeshm lies about 940 miles south of Tehran, on the Gulf.")
    assert found == []
    found, _ = findings(ruleset, "Qeshm lies 1,500 kilometers south of Tehran, on the Gulf.",
                        "Qeshm lies 1,150 kilometers south of Tehran, on the Gulf.")
    assert [values(f) for f in found] == [[1150, 1500]]


def test_types_compare_only_with_their_own_type(ruleset):
    found, _ = findings(ruleset, "The 5.9 magnitude quake struck the island on Sunday.",
                        "The quake struck the island on Sunday, 5.9 percent of homes were damaged.")
    assert found == []


def test_an_update_is_not_a_contradiction(ruleset):
    found, _ = findings(ruleset, "The quake killed at least three people on the island, officials said.",
                        "The death toll from the quake on the island rose to 10, officials said.")
    assert [(f.rule, f.severity.label) for f in found] == [("numeric-update", "info")]


def test_every_finding_says_why_its_claims_were_aligned(ruleset):
    found, _ = findings(ruleset, "The quake killed 10 people in the villages on Sunday, officials said.",
                        "Officials said the quake killed 15 people in the villages on Sunday.")
    assert 'both count "people"' in found[0].why and "same event: killed" in found[0].why
    # two sources that agree with each other are no reason to call a conflict one quantity
    found, _ = findings(ruleset, "The quake killed 10 people in the villages on Sunday, officials said.",
                        "Officials said the quake killed 10 people in the villages on Sunday.",
                        "Officials said the quake killed 15 people in the villages on Sunday.")
    assert [values(f) for f in found] == [[10, 10, 15]]
    assert "value" not in found[0].why and "same event: killed" in found[0].why


def test_a_partitive_total_is_not_the_event_count(ruleset):
    found, _ = findings(ruleset, "Local news first reported that two of the three victims died in the shooting.",
                        "One victim died in the shooting at the office, police said.")
    # three is the whole group; the part, two, is who died, and one article's two dead against the other's one
    assert [values(f) for f in found] == [[1, 2]]


def test_two_values_in_one_article_are_two_quantities(ruleset):
    found, _ = findings(ruleset, "About 60 people were inside the Rite Aid store on Church Avenue during the protest.\n"
                                 "Nearly 100 people marched down Church Avenue past the Rite Aid store in the protest.")
    assert found == []


def test_days_of_a_month_said_of_one_event(ruleset):
    found, _ = findings(ruleset, "On November 19, the warship INS Tabar sank a Thai fishing trawler in the Gulf.",
                        "The warship INS Tabar sank the Thai fishing trawler in the Gulf on November 18.")
    assert [sorted(c.text for c in f.claims) for f in found] == [["November 18", "November 19"]]


def test_datelines_and_time_stamps_are_not_compared(ruleset):
    found, _ = findings(ruleset, "April 10, 2007 A gunman shot three people at an accounting firm in Troy.",
                        "Apr 12, 2007 A gunman shot three people at an accounting firm in Troy.",
                        "Updated June 22 at 7:20 a.m. PT: the gunman shot three people at the firm.",
                        "Updated June 23 at 9:00 a.m. PT: the gunman shot three people at the firm.",
                        "Mumbai, Nov 11 - The gunman shot three people at the firm.",
                        "TROY, Mich., Nov. 12 (Reuters) - The gunman shot three people at the firm.")
    assert found == []


def test_a_toll_rising_in_a_later_report_is_an_update(ruleset):
    earlier = "---\ndate: 2005-11-27\n---\nThe quake on the island killed three people on Sunday, officials said."
    later = "---\ndate: 2005-11-28\n---\nOfficials said the quake on the island killed 10 people on Sunday."
    found, _ = findings(ruleset, earlier, later)
    assert [(f.rule, f.severity.label) for f in found] == [("numeric-update", "info")]
    assert "the later report (2005-11-28)" in found[0].message


def test_a_toll_falling_in_a_later_report_is_still_a_conflict(ruleset):
    earlier = "---\ndate: 2005-11-27\n---\nThe quake on the island killed 10 people on Sunday, officials said."
    later = "---\ndate: 2005-11-28\n---\nOfficials said the quake on the island killed three people on Sunday."
    found, _ = findings(ruleset, earlier, later)
    assert [f.rule for f in found] == ["numeric-conflict"]


def test_one_misread_owner_does_not_split_a_conflict(ruleset):
    """Owners are read from the words beside a number: "The Diamond Bar resident" gives "bar". One such
    misreading among the pairs of two groups must not keep two values of one quantity apart (OWNER_SLIPS)."""
    found, _ = findings(ruleset,
                        "Ortiz had married two weeks before the shooting, his family said.",
                        "Ortiz was married two weeks before the shooting, relatives said at the hearing.",
                        "Ortiz had married two weeks before the shooting, his mother said.",
                        "The Diamond Bar resident had married two weeks before the shooting, his family said.",
                        "Ortiz had married three weeks before the shooting, relatives said at the hearing.")
    assert [values(f) for f in found] == [[2, 2, 2, 2, 3]]


def test_years_of_one_event_conflict_and_of_two_events_do_not(ruleset):
    found, _ = findings(ruleset,
                        "By 1958, at the peak of her fame, Page vanished from public view, the magazine said.",
                        "Page disappeared from public view in 1957, at the peak of her fame, the magazine said.")
    assert [values(f) for f in found] == [[1957, 1958]]
    found, _ = findings(ruleset, "Page was born in 1923 in Nashville, the magazine said.",
                        "The film about Page was released in 1925 in Nashville, the magazine said.")
    assert found == []
    # the event a year dates may stand across a comma or several words away
    found, _ = findings(ruleset, "In 1957, Page disappeared from the flash of the cameras.",
                        "Page suddenly disappeared from the scene in 1958.")
    assert [values(f) for f in found] == [[1957, 1958]]
    # two years of no named event are two dates, though their sentences share a rare word or two
    found, _ = findings(ruleset, "In 1957, Page posed for photographers on the beaches of Miami.",
                        "Page moved to Miami with her second husband in 1958.")
    assert found == []


def test_one_article_with_two_values_does_not_keep_a_conflict_apart(ruleset):
    """Ten outlets say the pirates came in two boats, one says three; one of the ten also says, once, three.
    That article's pair of two values must not keep the conflict from the editor: a merge tolerates a small share
    (the model's ``slips``, fitted) of such pairs between two groups. Without any tolerance, no finding."""
    places = ["Gulf of Aden", "Red Sea", "Indian Ocean", "Arabian Sea", "Somali coast", "Horn of Africa",
              "Bab el-Mandeb strait", "Yemeni coast", "island of Socotra", "Gulf of Oman"]
    texts = [f"The pirates, in two boats, fired on the tanker near the {p} before the navy helicopter arrived."
             for p in places]
    texts[-1] += " The navy later said the pirates had three boats."
    texts.append("The pirates, in three boats, fired on the tanker before the navy helicopter arrived.")
    articles = [article(t + "\n", ruleset, f"{i}.txt") for i, t in enumerate(texts)]
    model = LinkModel.from_rules(ruleset)
    for slips, expected in ((0.05, [[2] * 10 + [3, 3]]), (0.0, [])):
        pipeline = Pipeline(ruleset, replace(model, slips=slips))
        report = pipeline.compare([pipeline.extract(a) for a in articles], (), "none")
        assert [values(f) for f in report.findings] == expected


def test_ages_of_unnamed_people_far_apart_are_two_people(ruleset):
    """A 20-year-old man and a 23-year-old man, no name beside either: two men far more often than one man's age
    misreported, so such a pair never starts a group (ages more than two years apart are "far")."""
    found, _ = findings(ruleset, "One suspect is a 26-year-old man; the other is a 20-year-old man, police said.",
                        "An indictment was unsealed Wednesday for a 23-year-old man in the fatal shooting of a girl.")
    assert found == []
    found, _ = findings(ruleset, "Diallo Davis, 24, of Detroit was sentenced to nine to 20 years in prison.",
                        "Diallo Davis, 23, appeared before the judge in Wayne County Circuit Court.")
    assert [values(f) for f in found] == [[23, 24]]


def test_two_owners_values_in_one_article_are_never_one_quantity(ruleset):
    """Two boxers' knockouts in one article: two owners and two values of one article, which no merge joins
    however many other outlets repeat one of them (an owner misread across articles is tolerated, not here)."""
    fight = "The champion, now 58-3 with 51 KO, knocked down Thompson in the sixth round of the title fight."
    found, agreed = findings(ruleset, "Klitschko (58-3, 51 KO) knocked down Thompson in the sixth round of the title "
                                      "fight. Thompson (36-3, 24 KO) did not have a shot.", fight, fight, fight)
    grouped = [values(f) for f in [*found, *agreed] if 24 in values(f)]
    assert not any(51 in v for v in grouped), grouped


def test_an_increment_is_compared_with_increments_not_with_a_total(ruleset):
    total = "Detectives have arrested one suspect in connection with the shooting at the barbecue."
    more = "Detectives have arrested three more suspects in connection with the shooting at the barbecue."
    assert findings(ruleset, total, more)[0] == []
    found, _ = findings(ruleset, more, more.replace("three more", "two more"))
    assert [values(f) for f in found] == [[2, 3]]


def test_values_too_far_apart_never_merge_through_other_claims(ruleset):
    # 24 km is about 15 miles: three sources agree on where the building is; the motorist 50 miles away is
    # another place: "about 15 miles" (up to 17.5) is within a ratio of 3 of "50 miles", "about 24km" is not
    found, agreed = findings(
        ruleset, "Workers evacuated the office building, about 24km north of Detroit, on Friday.",
        "Workers evacuated the office building, about 15 miles north of Detroit, on Friday.",
        "The office building is about 15 miles north of Detroit.",
        "Hours after the shooting, a motorist 50 miles north of Detroit spotted the vehicle.",
        "Police received a tip from a motorist in Flint, about 50 miles north of here, on the car.")
    assert found == []
    assert sorted(len(a.claims) for a in agreed) == [2, 3]


def test_the_rank_of_a_title_defense_is_a_fact(ruleset):
    found, _ = findings(ruleset, "Klitschko won his fifth defense of the title on Saturday night in Mannheim.",
                        "Klitschko won his sixth defense of the title on Saturday night in Mannheim.")
    assert [(f.rule, values(f)) for f in found] == [("numeric-conflict", [5, 6])]


def test_two_groups_of_one_value_merge_on_their_own_bar(ruleset):
    """Two outlets name the same round; their sentences share little beyond "referee" and the number, too little
    for the full match weight to link them. Of two values the merge needs a family's bar, for ordinals none at all
    (the labels hold almost no ordinal conflict to fit one on); two groups that agree merge on the model's own
    ``agree`` bar, fitted for grouping: no conflict can come of it."""
    texts = ["Tony Weeks, the referee, waved it off in the seventh round.",
             "Rahman was saved by the referee in the seventh round."]
    articles = [article(t + "\n", ruleset, f"{i}.txt") for i, t in enumerate(texts)]
    model = LinkModel.from_rules(ruleset)
    assert model.merge_at("ordinal") > 3  # what the pair shares (about 2) would never merge two values
    for agree, expected in ((0.0, [["seventh", "seventh"]]), (float("inf"), [])):
        pipeline = Pipeline(ruleset, replace(model, agree=agree))
        report = pipeline.compare([pipeline.extract(a) for a in articles], (), "none")
        assert [[c.text for c in g.claims] for g in report.agreements] == expected
        assert not report.findings
