"""Numeric extraction on real news phrasing: value, interval, hedge, type and counted subject.

Every expected interval was worked out by hand from the hedge meanings in rules/hedges.toml and the
roundness rule in factcheck/extraction/numeric.py (granularity): e.g. "roughly 40" has granularity 10, so it
reads as 40 +- 5.
"""

from __future__ import annotations

import pytest

from factcheck.align import describe
from factcheck.api import check_articles
from factcheck.extraction.numeric import granularity, hedged_interval

from helpers import article, numeric_claims

# sentence, claim text, type, value, low, high, hedge, subject
CASES = [
    ("We are not alone: over 40 civil rights organizations signed an open letter.", "over 40", "count", 40, 40,
     None, "over", "organization"),
    ("Roughly 40 civil liberties groups lodged a protest with the company.", "Roughly 40", "count", 40, 35, 45,
     "roughly", "organization"),
    ("a petition signed by representatives from nearly 70 groups", "nearly 70", "count", 70, None, 70, "nearly",
     "organization"),
    ("letters from a US coalition of more than 85 activist groups urged the companies", "more than 85", "count",
     85, 85, None, "more than", "organization"),
    ("An earlier letter from 19 corporate shareholders protested Rekognition.", "19", "count", 19, 19, 19, None,
     "shareholder"),
    ("Rekognition had wrongly identified 28 members of Congress.", "28", "count", 28, 28, 28, None,
     "member of congress"),
    ("Business Insider reported that over\u00a0100 Amazon workers had signed a letter.", "over\u00a0100", "count",
     100, 100, None, "over", "employee"),
    ("a letter signed by over 450 employees, to Jeff Bezos", "over 450", "count", 450, 450, None, "over",
     "employee"),
    ("Shareholder groups and over 150,000 consumers have signed letters.", "over 150,000", "count", 150000,
     150000, None, "over", "people"),
    # each side of a conversion is an amount of its own currency
    ("a total of $1.32bn (£1.02bn/€1.16bn) in assets under management", "$1.32bn", "money",
     1320000000, 1320000000, 1320000000, None, ""),
    ("a total of $1.32bn (£1.02bn/€1.16bn) in assets under management", "€1.16bn", "money",
     1160000000, 1160000000, 1160000000, None, ""),
    ("The company agreed a $5m settlement.", "$5m", "money", 5000000, 5000000, 5000000, None, "settlement"),
    ("a five-year deal worth nearly $80 million", "nearly $80 million", "money", 80000000, None, 80000000,
     "nearly", "deal"),
    ("The city has 3.5 million residents.", "3.5 million", "count", 3500000, 3500000, 3500000, None, "people"),
    ("two and a half million people fled", "two and a half million", "count", 2500000, 2500000, 2500000, None,
     "people"),
    ("twenty-eight members resigned", "twenty-eight", "count", 28, 28, 28, None, "member"),
    ("about two dozen young protesters splintered off", "about two dozen", "count", 24, 22.8, 25.2, "about",
     "protester"),
    ("The plant could cut up to 700 jobs.", "up to 700", "count", 700, None, 700, "up to", "job"),
    ("buildings sustained between 40 and 80 percent damage", "between 40 and 80 percent", "percent", 40, 40, 80,
     "between", "percent"),
    ("killing at least seven people and injuring 40", "at least seven", "count", 7, 7, None, "at least",
     "people"),
    ("Pirates are holding about a dozen ships.", "about a dozen", "count", 12, 11.4, 12.6, "about", "ship"),
    ("Officials said 25 percent of the city's homes were damaged.", "25 percent", "percent", 25, 25, 25, None,
     "percent of home"),
    ("Unemployment rose 2.5 percentage points.", "2.5 percentage points", "percent", 2.5, 2.5, 2.5, None,
     "percent"),
    ("A 5.6 magnitude earthquake hit an island off Iran.", "5.6", "magnitude", 5.6, 5.6, 5.6, None, "magnitude"),
    ("An earthquake measuring at least magnitude-5.9 struck.", "at least magnitude-5.9", "magnitude", 5.9, 5.9,
     None, "at least", "magnitude"),
    ("Qeshm, located 1,150 kilometers (700 miles) southeast of Tehran, has a port.",
     "1,150 kilometers (700 miles)", "measure", 1150, 1150, 1150, None, "length from tehran"),
    ("the larger of which was described as a 24- to 30-foot dhow", "24- to 30-foot", "measure", 24, 24, 30, None,
     "length of dhow"),
    # a height in feet and inches is one length, in inches: "5-foot-8" is 68 inches, not five feet
    ("Police said the suspect is 5-foot-8 and weighs 160 pounds.", "5-foot-8", "measure", 68, 68, 68, None,
     "length"),
    ("The victim was 6 feet one inch tall.", "6 feet one inch", "measure", 73, 73, 73, None, "length"),
    ("He is 5 feet and 4 inches tall.", "5 feet and 4 inches", "measure", 64, 64, 64, None, "length"),
    ("a 6-foot-tall fence", "6-foot", "measure", 6, 6, 6, None, "length of fence"),
    ("They poured in here like 40 or 50 of them.", "like 40 or 50", "count", 40, 40, 50, "like", ""),
    ("More than 200 people set off from the vigil site.", "More than 200", "count", 200, 200, None, "more than",
     "people"),
    ("Seven AK-47s and three other automatic rifles were seized.", "three", "count", 3, 3, 3, None, "other rifle"),
    ("The navy seized seven AK-47 assault rifles.", "seven", "count", 7, 7, 7, None, "model ak47"),
    ("Police recovered 12 AK 47 guns.", "12", "count", 12, 12, 12, None, "model ak47"),
    ("He was shot seven times by police.", "seven", "count", 7, 7, 7, None, "times shot"),
    # a count of times counts its event, the verb's ("firing"), or the clause's where an object stands between
    ("He was arrested after firing more than two dozen times at the family.", "more than two dozen", "count", 24,
     24, None, "more than", "times fired"),
    ("Police said he fired an AK-47 23 times at the family.", "23", "count", 23, 23, 23, None, "times fired"),
    ("Nearly 300 crewmen are held hostage.", "Nearly 300", "count", 300, None, 300, "nearly", "crewman"),
    ("They hold more than 300 crew members.", "more than 300", "count", 300, 300, None, "more than", "crewman"),
    ("The boats had a total of 26 Somali crew onboard.", "26", "count", 26, 26, 26, None, "crewman"),
    # ranges written with a dash: rising, and no score words around them
    ("Police said 40-50 people were detained.", "40-50", "count", 40, 40, 50, None, "people"),
    ("The repairs will cost $5-10 million.", "$5-10 million", "money", 5000000, 5000000, 10000000, None, ""),
    ("Prices rose 10-15% last year.", "10-15%", "percent", 10, 10, 15, None, "percent"),
    ("Crowds of 1000 - 5000 people gathered.", "1000 - 5000", "count", 1000, 1000, 5000, None, "people"),
    ("between ten and fifteen boats were seen", "between ten and fifteen", "count", 10, 10, 15, "between", "boat"),
    # a hedge before a range: "about" widens both ends, an upper bound keeps the high end
    ("About 40-50 people came.", "About 40-50", "count", 40, 40, 50, "about", "people"),
    ("as many as 35 to 40 volunteer firefighters", "as many as 35 to 40", "count", 35, None, 40, "as many as",
     "firefighter"),
    ("At least 40-50 people came.", "At least 40-50", "count", 40, 40, None, "at least", "people"),
    # two bounds of one quantity, and exact or verb hedges
    ("more than 100 but fewer than 200 people were arrested", "more than 100 but fewer than 200", "count", 100,
     100, 200, "more than and fewer than", "people"),
    ("Exactly 100 people attended.", "Exactly 100", "count", 100, 100, 100, "exactly", "people"),
    ("Sales topped 3,000 vehicles in May.", "topped 3,000", "count", 3000, 3000, None, "topped", "vehicle"),
    # a calibre is a measure of the gun: "a 38-caliber revolver" is one revolver of calibre .38 (a fraction of an
    # inch written whole, its digits after the point), as "a .38-caliber revolver" is
    ("He pointed a 38-caliber revolver at them.", "38-caliber", "measure", 0.38, 0.38, 0.38, None,
     "caliber of revolver"),
    ("He pointed a 357 caliber revolver at them.", "357 caliber", "measure", 0.357, 0.357, 0.357, None,
     "caliber of revolver"),
    ("The 507-member assembly voted.", "507", "count", 507, 507, 507, None, "member of assembly"),
    # currencies: symbols before or after, codes, words, South Asian scales, sub-units, sterling
    ("The board approved a C$300 million charge.", "C$300 million", "money", 300000000, 300000000, 300000000, None,
     "charge"),
    ("The state will spend Rs 5 crore on roads.", "Rs 5 crore", "money", 50000000, 50000000, 50000000, None, ""),
    ("He was offered a loan of 35 lakh rupees.", "35 lakh rupees", "money", 3500000, 3500000, 3500000, None,
     "loan"),
    ("Tickets cost 100 € each.", "100 €", "money", 100, 100, 100, None, ""),
    ("The company paid a 12-cent dividend.", "12-cent", "money", 12, 12, 12, None, "dividend"),
    ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", "money", 3.5, 3.5, 3.5, None, ""),
    ("Profit rose to 361 million pounds.", "361 million pounds", "money", 361000000, 361000000, 361000000, None, ""),
    ("They recalled 12 million pounds of beef.", "12 million pounds", "measure", 12000000, 12000000, 12000000,
     None, "mass from beef"),
    ("He served 2½ years in prison.", "2½", "duration", 2.5, 2.5, 2.5, None, ""),
    # a pair and a trio are exact counts
    ("Police arrested a pair of brothers on Friday.", "a pair of", "count", 2, 2, 2, None, "brother"),
    # a unit and a half is one quantity, not a unit and a stray fraction
    ("He was questioned for an hour and a half.", "an hour and a half", "duration", 1.5, 1.5, 1.5, None, ""),
    ("The siege lasted three years and a half.", "three years and a half", "duration", 3.5, 3.5, 3.5, None, ""),
    ("She lived a mile and a half away.", "a mile and a half", "measure", 1.5, 1.5, 1.5, None, "length"),
    # a part of a group counts what the group counts
    ("Four of the six suspects pleaded guilty this week.", "Four", "count", 4, 4, 4, None, "suspect"),
    ("Two of the victims died in hospital.", "Two", "count", 2, 2, 2, None, "victim"),
    # a participle right after a number counts nothing; one before a plural noun is its adjective
    ("With nine voting for death and three for life, the jury was deadlocked.", "nine", "count", 9, 9, 9, None, ""),
    ("Three living relatives attended the hearing.", "Three", "count", 3, 3, 3, None, "relative"),
    # an abbreviation's plural written with an apostrophe is not a possessive
    ("Klitschko, 53-3, 47 KO's, dismantled Rahman.", "47", "count", 47, 47, 47, None, "kos"),
    # a pronoun's contraction starts a clause: the noun phrase ends before it
    ("And so were the two women she's accused of gunning down.", "two", "count", 2, 2, 2, None, "woman"),
    # a dash written as a hyphen ends the phrase before the next number
    ("The three bank workers-two women and a man-were killed.", "three", "count", 3, 3, 3, None, "employee"),
    ("The trial opens on the 15th of June.", "15th of June", "date", 15, 15, 15, None, "date in June"),
    # shares
    ("More than half of the voters stayed home.", "More than half", "fraction", 0.5, 0.5, None, "more than",
     "share of voter"),
    ("Two-thirds of the residents left.", "Two-thirds", "fraction", 0.666667, 0.666667, 0.666667, None,
     "share of people"),
    ("Half of the victims were women.", "Half", "fraction", 0.5, 0.5, 0.5, None, "share of victim"),
]


@pytest.mark.parametrize("sentence,text,qtype,value,low,high,hedge,subject", CASES,
                         ids=[c[1] for c in CASES])
def test_numeric_claim(pipeline, sentence, text, qtype, value, low, high, hedge, subject):
    claims = {c.text: c for c in numeric_claims(pipeline, sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert claim.type == qtype
    assert claim.value == pytest.approx(value)
    assert claim.low == (pytest.approx(low) if low is not None else None)
    assert claim.high == (pytest.approx(high) if high is not None else None)
    assert claim.hedge == hedge
    assert claim.subject == subject
    assert sentence[claim.start:claim.end] == claim.text


# sentence, the amount's text, its currency (ISO 4217; sub-units carry their own code)
CURRENCIES = [
    ("The board approved a C$300 million charge.", "C$300 million", "CAD"),
    ("The state will spend Rs 5 crore on roads.", "Rs 5 crore", "INR"),
    ("Tickets cost 100 € each.", "100 €", "EUR"),
    ("Hey, the cost is 100元!", "100元", "CNY"),
    ("The company paid a 12-cent dividend.", "12-cent", "USD-cent"),
    ("Profit rose to 361 million pounds.", "361 million pounds", "GBP"),
    ("Lagos set aside ₦5 billion for repairs.", "₦5 billion", "NGN"),
    ("A total of $1.32bn (£1.02bn/€1.16bn) is managed.", "$1.32bn", "USD"),
    ("A total of $1.32bn (£1.02bn/€1.16bn) is managed.", "£1.02bn", "GBP"),
]


@pytest.mark.parametrize("sentence,text,unit", CURRENCIES, ids=[c[1] for c in CURRENCIES])
def test_currency(pipeline, sentence, text, unit):
    claims = {c.text: c for c in numeric_claims(pipeline, sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    assert (claims[text].type, claims[text].unit) == ("money", unit)


def test_half_of_a_time_is_no_share(pipeline):
    # "twice" counts his goals, "second" ranks the half; "half" is no share of anything
    claims = numeric_claims(pipeline, "He scored twice in the second half of the game.")
    assert [(c.text, c.type) for c in claims] == [("twice", "count"), ("second", "ordinal")]


def test_a_lower_case_code_is_a_word(pipeline):
    """Currency codes are written in capitals: "pen" is no Peruvian sol."""
    assert [c.type for c in numeric_claims(pipeline, "He has lost his pen 7 times since Monday.")] == ["count"]


# sentence, the number's text, the type it must have (never "count")
NOT_COUNTS = [
    ("Since April 19, 2018 the department has sent children to detention centers.", "April 19, 2018", "date"),
    ("Updated June 22 at 7:20 a.m. PT: Adds that Amazon declined to comment.", "7:20 a.m.", "time"),
    ("The shooting happened at about 10am today.", "about 10am", "time"),
    ("The suspect, a 38-year-old man, was arrested.", "38", "age"),
    ("Anthony LaCalamita, 38, of Troy was arrested.", "38", "age"),
    ("IBM's systems were employed in the 1940s to help Hitler.", "1940s", "date"),
    ("It lasted around 30 seconds or so.", "around 30", "duration"),
    ("In 2003 the city of Bam was razed.", "2003", "year"),
    ("The Sixers beat Cleveland 31-24 on Friday.", "31-24", "score"),
    ("The jury was deadlocked at 9-3.", "9-3", "score"),
    ("After an 18-30 start, the team rallied.", "18-30", "score"),
    ("Tickets for the 2018-19 season sold out.", "2018-19", "year"),
    ("Call 555-1234 for details.", "555-1234", "identifier"),
    ("The attack happened a couple weeks ago.", "a couple", "relative"),
    ("Three days later, police found the car.", "Three", "relative"),
    ("It was his 21st birthday.", "21st", "ordinal"),
    ("Call 555-123-4567 for details.", "555-123-4567", "identifier"),
    ("Tips go to the sheriff's office at 903-597-CUFF.", "903-597", "identifier"),  # a number spelled in letters
    ("Call Crimestoppers at 1-888-CRIME-SC with tips.", "1-888", "identifier"),  # a toll-free line, no record
    ("Anyone with information is asked to call 1-888-825-7172.", "1-888-825-7172", "identifier"),
    ("He drove north on Interstate 75 for an hour.", "75", "identifier"),
    ("Police said the mother, 42, and her son were hurt.", "42", "age"),  # a person's noun, as a name: an age
    ("Man charged in shooting death of Detroit girl, 3", "3", "age"),
    ("Anyone with information should call (313) 234-5656.", "313", "identifier"),  # an area code
    ("Call Crime Stoppers at (800) 226-TIPS (8477) with tips.", "800", "identifier"),
    ("Call Crime Stoppers at (800) 226-TIPS (8477) with tips.", "8477", "identifier"),  # the letters as digits
]


@pytest.mark.parametrize("sentence,text,qtype", NOT_COUNTS, ids=[c[1] for c in NOT_COUNTS])
def test_not_a_count(pipeline, sentence, text, qtype):
    claims = {c.text: c for c in numeric_claims(pipeline, sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    assert claims[text].type == qtype


def test_a_count_after_a_persons_noun_and_a_comma_is_still_a_count(pipeline):
    (claim,) = numeric_claims(pipeline, "The victims were a chaplain, his wife, 3 kids and a neighbor.")
    assert (claim.text, claim.type) == ("3", "count")


@pytest.mark.parametrize("sentence", [
    "gettyimages-520695280.jpg",
    "Read more at www.example.com/story-2018-06-22",
    "The COVID-19 rules changed.",
])
def test_no_claim_inside_words(pipeline, sentence):
    assert [c for c in numeric_claims(pipeline, sentence) if c.type == "count"] == []


@pytest.mark.parametrize("value,expected", [(40, 10), (450, 50), (100, 100), (43, 1), (5.9, 0.1), (150000, 50000),
                                            (7, 1), (2000, 1000)])
def test_granularity_follows_roundness(value, expected):
    assert granularity(value) == pytest.approx(expected)


def test_round_numbers_are_read_more_loosely():
    low40, high40, *_ = hedged_interval(40, "about")
    low43, high43, *_ = hedged_interval(43, "about")
    assert high40 - low40 > high43 - low43


def test_more_than_has_a_pragmatic_upper_bound():
    # "more than 40" does not reach 85: the bound comes from the roundness of 40
    _, high, _, cmp_high = hedged_interval(40, "over")
    assert high is None
    assert 40 < cmp_high < 85


@pytest.mark.parametrize("kind", ["over", "at_least", "under", "at_most", "nearly", "about", "exactly", None])
def test_a_hedged_negative_number_keeps_its_interval_in_order(kind):
    """"nearly -20 degrees": the compared interval is as wide as for 20, and never upside down."""
    _, _, cmp_low, cmp_high = hedged_interval(-20, kind)
    assert cmp_low <= -20 <= cmp_high or kind in ("over", "under")
    assert cmp_low <= cmp_high
    _, _, positive_low, positive_high = hedged_interval(20, kind)
    assert cmp_high - cmp_low == pytest.approx(positive_high - positive_low)


def test_a_hedge_is_not_the_subject_of_an_amount(pipeline):
    """The words of a hedge ("in excess of") and a verb before it ("offered at least") name no subject; a noun
    before "worth" does ("a deal worth nearly $80 million")."""
    got = {c.text: c.subject for text in ("The deal was in excess of $160 million, a source said.",
                                          "The Angels offered at least $150 million.",
                                          "He signed a deal worth nearly $80 million.")
           for c in numeric_claims(pipeline, text)}
    assert got == {"in excess of $160 million": "", "at least $150 million": "", "nearly $80 million": "deal"}


def test_a_magnitude_put_at_a_value(pipeline):
    got = [(c.text, c.type) for c in numeric_claims(pipeline, "The survey puts the magnitude at 6.1 on Sunday.")]
    assert ("6.1", "magnitude") in got


@pytest.mark.parametrize("sentence,text,qtype", [
    ("Two night-shift nurses were hurt.", "Two", "count"),  # a compound adjective, not two nights
    ("A two-day-old baby was found.", "two", "age"),  # an age in days (see test_an_age_in_months_...)
    ("Route 12 was closed on Friday.", "12", "identifier"),  # a name at the start of a sentence
    ("Flight 370 vanished over the sea.", "370", "identifier"),
    ("Another 20,000 people marched.", "20,000", "count"),  # a determiner at the start of a sentence
    ("Only 40 people came to the vigil.", "40", "count"),
])
def test_what_kind_of_number_opens_or_precedes_a_compound(pipeline, sentence, text, qtype):
    assert {c.text: c.type for c in numeric_claims(pipeline, sentence)}[text] == qtype


def test_an_age_in_months_weeks_or_days_is_an_age_of_its_own_unit(pipeline):
    """"a 6-month-old girl" states the girl's age, in months: it is aligned with the other ages in months of the
    story, never with a 6-year-old; "jailed for six months" stays a duration."""
    ages = numeric_claims(pipeline, "Police said a 6-month-old girl and a 6-year-old boy were shot.")
    assert [(c.type, c.unit, c.subject) for c in ages] == [("age", "month", "girl"), ("age", None, "boy")]
    assert [describe(c).kind for c in ages] == ["age/month", "age"]
    named = numeric_claims(pipeline, "Six-month-old Miracle Murray was slain today.")[0]
    assert (named.type, named.owner) == ("age", "miracle murray")
    assert numeric_claims(pipeline, "The children were 11 months and six months old.")[-1].type == "age"
    assert numeric_claims(pipeline, "He was jailed for six months.")[0].type == "duration"
    texts = ("Police said the 6-month-old girl, Miracle Murray, was shot on Saturday.",
             "Police said the 7-month-old girl, Miracle Murray, was shot on Saturday.")
    report = check_articles([article(t + "\n", pipeline.ruleset, f"{i}.txt") for i, t in enumerate(texts)],
                            pipeline.ruleset, group_by="none")
    assert [f.subject for f in report.findings] == ["age of the girl in months"]


def test_an_event_after_auxiliary_verbs_is_the_numbers_event(pipeline):
    """"could have been fired" is as near its number as "were fired": auxiliaries do not count as words between a
    number and its event."""
    [rounds] = numeric_claims(pipeline, "Police said as many as 70 rounds could have been fired.")
    assert rounds.event == "fired"
    [people] = numeric_claims(pipeline, "Officials said 12 people may have been injured in the crash.")
    assert people.event == "injured"
    [far] = numeric_claims(pipeline, "Police said 12 people at the bar on the corner fled.")
    assert far.event is None  # "fled" is five words on, whatever the words between


def test_rounds_and_bullets_fired_count_shots(pipeline):
    """events.toml "counts": under the event "fired", rounds, bullets and gunshots count what shots count; a fight's
    rounds and a revolver's bullets, with no firing, keep their own nouns."""
    fired = [numeric_claims(pipeline, text)[0] for text in (
        "Police said 70 rounds were fired outside the truck stop.", "Officers fired 11 bullets at the car.",
        "Witnesses said 70 shots were fired outside the truck stop.")]
    assert [(c.subject, c.event) for c in fired] == [("shot", "fired")] * 3
    [fight] = numeric_claims(pipeline, "The bout went 11 rounds in Bern.")
    [loaded] = numeric_claims(pipeline, "The revolver was loaded with four bullets.")
    assert (fight.subject, loaded.subject) == ("round", "bullet")


def test_counts_of_a_charge_belong_to_the_charging_not_to_the_crime_they_name(pipeline):
    """"charged with first-degree murder and seven counts of assault": the seven are charges (events.toml
    "nouns"), whatever crime their "of" phrase names; "two counts of murder" counts no killing, and so is not
    aligned with "two teens were killed"."""
    sentence = "Three men are charged with first-degree murder and seven counts of assault with intent to murder."
    claims = {c.text: c for c in numeric_claims(pipeline, sentence)}
    assert claims["seven"].subject == "charge of assault"
    assert claims["seven"].event == "charged"
    counts = {c.text: c for c in numeric_claims(pipeline, "Each faces two counts of murder and three charges of theft.")}
    assert counts["two"].event == "charged" and counts["three"].event == "charged"
    killed = {c.text: c for c in numeric_claims(pipeline, "Police said gunmen killed two and wounded five.")}
    assert killed["two"].event == "killed" and killed["five"].event == "injured"
    murdered = {c.text: c for c in numeric_claims(pipeline, "Two teens were murdered in the park.")}
    assert murdered["Two"].event == "killed"
    # the crime written before the noun names it too: two charges, not two people murdered
    [charges] = numeric_claims(pipeline, "Hiller will be arraigned on two murder charges today.")
    assert (charges.subject, charges.event) == ("charge", "charged")
    # "each" between the noun and its "of" phrase: each man's counts of assault, not counts of anything
    [each] = numeric_claims(pipeline, "The prosecutor charged the men with eight counts each of assault with intent "
                                      "to commit murder.")
    assert each.subject == "charge of assault"
    [sentences] = numeric_claims(pipeline, "He is serving three life sentences for rape.")
    assert (sentences.subject, sentences.event) == ("sentence", "sentenced")


@pytest.mark.parametrize("sentence,text,event", [
    ("The protest began around 8:30 p.m. on Monday.", "around 8:30 p.m.", "began"),
    ("Starting at about 8 p.m., the crowd moved downtown.", "about 8 p.m.", "began"),
    ("About 20,000 people marched through the city centre.", "About 20,000", "protested"),
    ("Police said more than 70 shots were fired at the house.", "more than 70", "fired"),
    ("Police found 12 bodies in March.", "12", None),  # a month, not a march
    ("The win took the Ukrainian-born fighter to 52-3.", "52-3", None),  # where from, not a birth
    ("The baby was born with 3 fingers.", "3", "born"),
])
def test_the_start_of_an_event_a_protest_and_shots_fired_are_events(pipeline, sentence, text, event):
    assert {c.text: c.event for c in numeric_claims(pipeline, sentence)}[text] == event


def test_a_unit_and_a_half_leaves_no_stray_fraction(pipeline):
    claims = numeric_claims(pipeline, "Police held him for about an hour and a half on Monday.")
    assert [(c.text, c.type, c.value, c.low, c.high) for c in claims] == [
        ("about an hour and a half", "duration", 1.5, 1.25, 1.75)]


def test_only_hedges_of_opposite_sides_stacked_make_a_rough_figure(pipeline):
    """"over nearly 100" bounds the figure both ways and is read as "about"; "roughly exactly 40" has no side to
    oppose, and "exactly", the hedge beside the number, stands."""
    (claim,) = numeric_claims(pipeline, "India trades over nearly 100 ships a year through the strait.")
    assert (claim.text, claim.hedge) == ("over nearly 100", "over nearly")
    assert claim.cmp_low < 100 < claim.cmp_high
    (claim,) = numeric_claims(pipeline, "Police said roughly exactly 40 people came.")
    assert (claim.text, claim.cmp_low, claim.cmp_high) == ("exactly 40", 40, 40)


def test_heights_in_feet_and_inches_are_compared_whole(pipeline):
    """"5-foot-8" and "5 feet 10 inches" are two heights (68 and 70 inches), where reading the feet alone made them
    agree on five feet; "5-foot-8" and "5 feet 8 inches" agree."""
    def subjects(*texts):
        report = check_articles([article(t + "\n", pipeline.ruleset, f"{i}.txt") for i, t in enumerate(texts)],
                                pipeline.ruleset, group_by="none")
        return ([(f.subject, sorted(c.value for c in f.claims)) for f in report.findings],
                [sorted(c.value for c in a.claims) for a in report.agreements])
    first = "Police said the suspect, Mark Reed, is 5-foot-8 and was last seen downtown."
    assert subjects(first, "Police described the suspect, Mark Reed, as 5 feet 10 inches tall. He was last seen downtown.") \
        == ([("length", [68, 70])], [])
    assert subjects(first, "Police described the suspect, Mark Reed, as 5 feet 8 inches tall. He was last seen downtown.") \
        == ([], [[68, 68]])


def test_a_date_is_not_cued_by_its_own_words(pipeline):
    """A time cue places a claim in another event than the story's; a date's own month and year are the date, not
    such a cue ("began in October 1950" was cued by 1950 and never compared with "began in 1947"), where a count
    beside a year keeps the year as its cue."""
    [date] = numeric_claims(pipeline, "Her career began in October 1950 when she took a break from her job.")
    assert (date.type, date.value, date.cue) == ("date", 1950, None)
    [count, year] = numeric_claims(pipeline, "Police found 19 bodies in 2007.")
    assert (count.value, count.cue, year.cue) == (19, "2007", None)
