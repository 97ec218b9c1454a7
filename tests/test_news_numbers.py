"""Numbers as business, technology, science and world news write them: units glued to the number, scale suffixes,
currencies of many countries, conversions, signs, ratios, clock times, and numbers that are names.

Each expected value was worked out by hand from the sentence: "a 1,200km pipeline" is 1,200 kilometres, "RM4.5mil"
4.5 million ringgit (MYR), "1.5 lakh" 150,000, "one in five adults" a share of 0.2, "40 basis points" 0.4
percentage points written in basis points. Measures are compared in their dimension's base unit (rules/units.toml).
"""

from __future__ import annotations

import pytest

from helpers import numeric_claims

# sentence, claim text, type, value, unit (as stored: a currency code, a unit as written in lower case, "%")
CASES = [
    # units glued to the number or after it, with their dimension
    ("The company sells a 7kW charger for homes.", "7kW", "measure", 7, "kw"),
    ("The phone has 256GB of storage.", "256GB", "measure", 256, "gb"),
    ("It comes with a 90Hz screen.", "90Hz", "measure", 90, "hz"),
    ("Gusts of 70mph hit the coast on Monday.", "70mph", "measure", 70, "mph"),
    ("The firm will build a 1,200km pipeline to the port.", "1,200km", "measure", 1200, "km"),
    ("The trench is 12m deep in places.", "12m", "measure", 12, "m"),
    ("Temperatures rose by 3.6degF over the century.", "3.6degF", "measure", 3.6, "degf"),
    ("The sea warmed by 2deg C in a decade.", "2deg C", "measure", 2, "deg c"),
    ("Trains will run at 130km/h on the new line.", "130km/h", "measure", 130, "km/h"),
    ("The plant produces 500 MW of power.", "500 MW", "measure", 500, "mw"),
    ("The reactor can generate 1.2GW when finished.", "1.2GW", "measure", 1.2, "gw"),
    ("Households used 3,000 kWh a year.", "3,000 kWh", "measure", 3000, "kwh"),
    ("The rocket carries 22 tonnes to orbit.", "22 tonnes", "measure", 22, "tonnes"),
    # scale suffixes and abbreviations
    ("The finale drew 2.1M viewers on Sunday.", "2.1M", "count", 2_100_000, None),
    ("The platform now has 7 B users worldwide.", "7 B", "count", 7_000_000_000, None),
    ("About 1.5 lakh people attended the rally.", "About 1.5 lakh", "count", 150_000, None),
    ("Britain has 12m people on waiting lists.", "12m", "count", 12_000_000, None),
    ("The club has 40k members.", "40k", "count", 40_000, None),
    # currencies of many countries
    ("He was fined RM4.5mil last year.", "RM4.5mil", "money", 4_500_000, "MYR"),
    ("The state will spend Rs 3 crore on roads.", "Rs 3 crore", "money", 30_000_000, "INR"),
    ("The national debt reached $3.2tn.", "$3.2tn", "money", 3_200_000_000_000, "USD"),
    ("The club paid €40mn for the striker.", "€40mn", "money", 40_000_000, "EUR"),
    ("The miner was valued at A$5 billion.", "A$5 billion", "money", 5_000_000_000, "AUD"),
    ("Shares closed at HK$45.20 in Hong Kong.", "HK$45.20", "money", 45.2, "HKD"),
    ("The fund holds NZ$120 million in bonds.", "NZ$120 million", "money", 120_000_000, "NZD"),
    ("The port cost S$3 billion to build.", "S$3 billion", "money", 3_000_000_000, "SGD"),
    ("The tickets cost ¥3,000 each.", "¥3,000", "money", 3000, "JPY"),
    ("Farmers get ₹500 a month.", "₹500", "money", 500, "INR"),
    ("The phone sells for ₩1,200,000 in Seoul.", "₩1,200,000", "money", 1_200_000, "KRW"),
    ("The bank paid CHF 200 million to settle.", "CHF 200 million", "money", 200_000_000, "CHF"),
    ("The contract is worth US $210 million.", "US $210 million", "money", 210_000_000, "USD"),
    ("A bottle costs C $9 in Toronto.", "C $9", "money", 9, "CAD"),
    ("Eskom owes R45 billion to municipalities.", "R45 billion", "money", 45_000_000_000, "ZAR"),
    # currency symbols lost in scraping, where the pattern is unambiguous
    ("The deal is worth PS2.5bn to the Treasury.", "PS2.5bn", "money", 2_500_000_000, "GBP"),
    ("The fine was e40 million in total.", "e40 million", "money", 40_000_000, "EUR"),
    # wire copy writes the euro as a word glued to the amount, Canadian papers hyphenate the scale
    ("Greece must save euro30 billion by 2014.", "euro30 billion", "money", 30_000_000_000, "EUR"),
    ("It is a ($143-billion) EU and IMF bailout.", "$143-billion", "money", 143_000_000_000, "USD"),
    # both sides of a conversion are values, each in its currency
    ("The firm paid 1.2 billion shekels ($330 million) for it.", "1.2 billion shekels", "money", 1_200_000_000,
     "ILS"),
    ("The firm paid 1.2 billion shekels ($330 million) for it.", "$330 million", "money", 330_000_000, "USD"),
    ("Admissions rose to 911 in May.", "911", "count", 911, None),  # no emergency line without its words
    # signs and words
    ("It was minus 12 degrees in Moscow.", "minus 12 degrees", "measure", -12, "degrees"),
    ("Crews worked in minus-20 degree temperatures.", "minus-20 degree", "measure", -20, "degree"),
    ("Growth was -2.4% last quarter.", "-2.4%", "percent", -2.4, "%"),
    # a hyphen spaced on both sides after a word is a dash, not a minus sign
    ("Merkel urged parliament to pass its share of the bailout - 22 billion euros.", "22 billion euros", "money",
     22_000_000_000, "EUR"),
    ("Sales were down 0.8 per cent in May.", "0.8 per cent", "percent", 0.8, "%"),
    ("Profits were up 3pc on the year.", "3pc", "percent", 3, "%"),
    ("Yields fell 40 basis points on Friday.", "40 basis points", "percent", 40, "basis points"),
    # ratios and shares
    ("One in five adults smokes.", "One in five", "fraction", 0.2, None),
    ("One out of four homes has no heating.", "One out of four", "fraction", 0.25, None),
    ("Two-thirds of voters backed the plan.", "Two-thirds", "fraction", 0.666667, None),
    ("The feud lasted half a century.", "half", "duration", 0.5, "century"),  # in the unit stated
    ("He ran 3 3/4 miles every morning.", "3 3/4 miles", "measure", 3.75, "miles"),
    ("He carried a .38-caliber revolver.", ".38-caliber", "measure", 0.38, "caliber"),
    # a year next to a number is not a range
    ("Sales rose in 2021 to 5.2 million units.", "5.2 million", "count", 5_200_000, None),
    # clock times in every common form
    ("Trading resumed at 0915 GMT on Monday.", "0915 GMT", "time", 915, None),
    ("The vote closed at 09:15 a. m. on Friday.", "09:15 a. m.", "time", 915, None),
    ("The ceremony began at 4.20pm local time.", "4.20pm", "time", 1620, None),
    ("The quake struck at 3am local time.", "3am", "time", 300, None),
    ("The polls closed at noon on Sunday.", "noon", "time", 1200, None),
    ("The curfew starts at midnight tonight.", "midnight", "time", 0, None),
    # the first hour of a span takes the meridiem of the second; an evening said after the time
    ("Visitation will be from 4 to 7 p.m. on Friday.", "4", "time", 1600, None),
    ("The shop is open from 10 to 2 p.m. daily.", "10", "time", 1000, None),
    ("Visitation: 4-7 p.m. at the church.", "4", "time", 1600, None),
    ("She passed away at 6:41 last night.", "6:41", "time", 1841, None),
    # a span said with an article, and a zero said as "no one"
    ("The shaking lasted for about a minute.", "about a minute", "duration", 1, "minute"),
    ("He was arrested after more than a month on the run.", "more than a month", "duration", 1, "month"),
    ("No one was injured in the fire.", "No one", "count", 0, None),
    # the year of a full date is a year too
    ("She was born on April 22, 1923, in Nashville.", "1923", "year", 1923, None),
]


@pytest.mark.parametrize("sentence,text,qtype,value,unit", CASES, ids=[f"{c[1]}:{c[2]}" for c in CASES])
def test_news_number(pipeline, sentence, text, qtype, value, unit):
    claims = {c.text: c for c in numeric_claims(pipeline, sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert (claim.type, claim.unit) == (qtype, unit)
    assert claim.value == pytest.approx(value)


# a measure's dimension and its value in the dimension's base unit (cmp_low == cmp_high for an exact value)
DIMENSIONS = [
    ("The firm will build a 1,200km pipeline to the port.", "1,200km", "length", 1_200_000),
    ("The plant produces 500 MW of power.", "500 MW", "power", 500_000_000),
    ("The phone has 256GB of storage.", "256GB", "data", 256e9),
    ("Trains will run at 130km/h on the new line.", "130km/h", "speed", 130),
    ("Gusts of 70mph hit the coast on Monday.", "70mph", "speed", 70 * 1.609344),
    ("It comes with a 90Hz screen.", "90Hz", "frequency", 90),
]


@pytest.mark.parametrize("sentence,text,dimension,base", DIMENSIONS, ids=[c[1] for c in DIMENSIONS])
def test_a_measure_has_its_dimension_and_is_compared_in_its_base_unit(pipeline, sentence, text, dimension, base):
    claims = {c.text: c for c in numeric_claims(pipeline, sentence)}
    claim = claims[text]
    assert claim.subject.split()[0] == dimension
    assert claim.cmp_low == pytest.approx(base) and claim.cmp_high == pytest.approx(base)


# names and codes that are never a quantity: no claim of these values may be a count, a measure or money
NOT_QUANTITIES = [
    ("Google unveiled the Pixel 8 on Wednesday.", 8),
    ("The Lakers lost Game 7 at home.", 7),
    ("The airline grounded every Boeing 737 it owns.", 737),
    ("Cheap 4G phones are selling fast.", 4),
    ("Cases of COVID-19 rose in the city.", 19),
    ("Traffic was stopped on Route 66 for hours.", 66),
    ("The suspect used an AK-47 in the attack.", 47),
    ("Drivers in the F1 paddock were told on Friday.", 1),
    ("The firm makes the A320 and the G7 met in Rome.", 320),
    # the emergency line, beside the words that say so
    ("A neighbour made a 911 call shortly after 3 a.m.", 911),
    ("Another caller dialled 999 from the platform.", 999),
    ("Calls to 911 went unanswered for an hour.", 911),
]
QUANTITY_TYPES = {"count", "measure", "money", "percent"}


@pytest.mark.parametrize("sentence,value", NOT_QUANTITIES, ids=[c[0] for c in NOT_QUANTITIES])
def test_a_name_or_code_is_no_quantity(pipeline, sentence, value):
    counted = [c for c in numeric_claims(pipeline, sentence) if c.value == value and c.type in QUANTITY_TYPES]
    assert not counted, [(c.text, c.type) for c in counted]


# an article before a unit of time in a rate, "no one" before a verb, and a span's first hour without a span:
# no claim of these values
NOT_READ = [
    ("She works 24 hours a day for $5 a month.", 1),
    ("They meet twice a week in the hall.", 1),
    ("No one knows why he did it.", 0),
    ("Nobody answered the door on Monday.", 0),
    ("He said 2 and 7 p.m. were the options.", 1400),
]


@pytest.mark.parametrize("sentence,value", NOT_READ, ids=[c[0] for c in NOT_READ])
def test_no_claim_of_this_value(pipeline, sentence, value):
    assert [c.text for c in numeric_claims(pipeline, sentence) if c.value == value] == []


def test_no_one_counts_the_people_of_its_event(pipeline):
    claim = next(c for c in numeric_claims(pipeline, "Luckily no-one has been hurt.") if c.value == 0)
    assert (claim.text, claim.type, claim.subject, claim.event) == ("no-one", "count", "people", "injured")


def test_two_currencies_make_no_range(pipeline):
    sentence = "Tickets cost ₹500 or ₩10,000 at the door."
    claims = {c.text: c for c in numeric_claims(pipeline, sentence)}
    assert (claims["₹500"].unit, claims["₹500"].value) == ("INR", 500)
    assert (claims["₩10,000"].unit, claims["₩10,000"].value) == ("KRW", 10000)


def test_a_year_beside_a_number_is_read_as_a_year(pipeline):
    claims = {c.text: c for c in numeric_claims(pipeline, "Sales rose in 2021 to 5.2 million units.")}
    assert claims["2021"].type == "year"


def test_a_dateline_stamps_the_article(pipeline):
    """A full date alone at the start of a line, the text going on without a comma, dates the report, not an
    event of the story; a date that opens a sentence of its own ("May 26, 2003, King ...") dates an event."""
    dateline = numeric_claims(pipeline, "May 23, 2005 Philadelphia 76ers President Billy King announced today.")
    assert [(c.text, c.stamp) for c in dateline] == [("May 23, 2005", True)]
    event = numeric_claims(pipeline, "May 26, 2003, King took over as the team's president.")
    assert [(c.text, c.type, c.stamp) for c in event] == [("May 26, 2003", "date", False), ("2003", "year", False)]
