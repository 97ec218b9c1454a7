"""Name extraction and name-variant detection on short texts written for the test."""

from __future__ import annotations

import pytest

from factcheck.api import Pipeline, check_articles
from factcheck.compare.names import _is_variant

from helpers import article


def _names(ruleset, text: str):
    pipeline = Pipeline(ruleset)
    extracted = pipeline.extract(article(text, ruleset))
    return pipeline.names.trim_openers(extracted.names, pipeline.vocabulary)


def _sorted_variants(ruleset, *texts: str) -> list[list[str]]:
    """The spellings of each name-variant finding, sorted, findings in order: for tables of expected pairs."""
    return sorted(sorted(f) for f in _variants(ruleset, *texts))


def _variants(ruleset, *texts: str) -> list[set[str]]:
    articles = [article(t, ruleset, f"{i}.txt") for i, t in enumerate(texts)]
    report = check_articles(articles, ruleset, group_by="none")  # one story: the mechanism under test is names
    return [{c.text for c in f.claims} for f in report.findings if f.rule == "name-variant"]


@pytest.mark.parametrize("a,b", [
    ("axos", "axon"), ("dargahan", "dargehan"), ("wolfe", "wolff"), ("teixeira", "teixiera"),
    ("hormozgan", "hormuzgan"), ("salahuddin", "salahaddin"), ("gray", "grey"), ("gavarzin", "gabardin"),
    ("matusiewicz", "matusiciewiz"),  # three slips in a long name that keeps its start
])
def test_spelling_variants(a, b):
    assert _is_variant(a, b)


@pytest.mark.parametrize("a,b", [
    ("amazon", "amazonians"), ("congress", "congressmen"), ("lowe", "lowell"), ("brown", "browne"),
    ("atlanta", "atlantic"), ("kazemi", "karami"), ("barry", "barron"), ("zareh", "zayed"), ("karvan", "kerman"),
    ("heller", "holley"), ("iran", "irannejad"), ("charlene", "charlie"),
    ("karamanlis", "kaklamanis"), ("washington", "wellington"),  # three edits from the start: two names
])
def test_different_words_are_not_variants(a, b):
    assert not _is_variant(a, b)


def test_variant_within_one_article(ruleset):
    found = _variants(ruleset, "The system was developed by Axos, a body camera maker.\n\n"
                               "The letter to Axon said the system was flawed.\n")
    assert found == [{"Axos", "Axon"}]


def test_variant_across_articles(ruleset):
    found = _variants(ruleset,
                      "The quake struck near the town of Dargahan on Sunday.\nDargahan lost power.\n",
                      "Residents of Dargehan slept outside after the quake.\n")
    assert found == [{"Dargahan", "Dargehan"}]


def test_acronyms_and_word_forms_are_not_variants(ruleset):
    found = _variants(ruleset,
                      "Congressmen Keith Ellison (D-MN) and Emanuel Cleaver (D-MO) wrote to the UK and US offices.\n",
                      "Members of Congress asked Amazon. The Amazonians wrote back to Google and Google+.\n")
    assert found == []


def test_common_word_against_product_name_is_not_a_variant(ruleset):
    # "recognition" is an English word the articles use in lower case; "Rekognition" is a product name
    found = _variants(ruleset, "Amazon sells Rekognition, a facial recognition service.\n",
                      "Facial Recognition Tech Sold to Police\n\nRekognition is used by police.\n")
    assert found == []


def test_a_first_name_and_a_surname_are_two_people(ruleset):
    found = _variants(ruleset, "Sara Sadeqi said the house shook.\n", "The team head, Alireza Safa, said so.\n")
    assert found == []


@pytest.mark.parametrize("first,second", [
    ("Coach P.J. Carlesimo was fired.\n", "Coach P.J.Carlesimo of Oklahoma City was fired.\n"),  # a space
    ("The Pin-Up Legend died at 85.\n", "The Pinup Legend was buried on Tuesday.\n"),  # a hyphen
    ("Fans filled the SAP-Arena in Mannheim.\n", "Fans filled the SAP Arena in Mannheim.\n"),
    ("Police named D’Mio Ingram as the suspect.\n", "D'Mio Ingram was arrested on Friday.\n"),  # apostrophes
    ("SAN ANTONIO - A man was shot on Friday.\n", "Police in San Antonio said a man was shot.\n"),  # capitals
    ("She was treated at the Betty Ford Centre.\n", "She was treated at the Betty Ford Center.\n"),  # British
    ("The Organisation for Security and Co-operation in Europe sent experts.\n",
     "The Organization for Security and Cooperation in Europe sent monitors.\n"),
])
def test_typography_and_house_style_are_one_spelling(ruleset, first, second):
    assert _variants(ruleset, first, second) == []


def test_a_capital_inside_a_name_is_its_spelling(ruleset):
    """House style changes a headline's capitals, never a name's own: "LaSalle" and "Lasalle" in running text are
    two spellings; an all-capital headline and a title-case one are not read as either."""
    charged = "Prosecutors charged Anthony {} with murder on Friday, police said.\n"
    articles = [article(charged.format(name), ruleset, f"{i}.txt") for i, name in enumerate(("LaSalle", "Lasalle"))]
    (found,) = check_articles(articles, ruleset, group_by="none").findings
    assert sorted(c.text for c in found.claims) == ["LaSalle", "Lasalle"]
    assert found.severity.label == "info" and "different capitals" in found.message
    assert _variants(ruleset, charged.format("LaSalle"), "Anthony Lasalle Charged With Murder\n"
                     + charged.format("LaSalle")) == []


@pytest.mark.parametrize("first,second", [
    ("Trooper Adam Reed, a state police spokesman, said the road was closed.\n",
     "Read or Share this story: http://example.com/x\nA man was shot on Main Street.\n"),
    ("The Academy named Hugh Jackman as host.\n", "High hopes: the show was watched by 32 million people.\n"),
    ("Court Clerk Dan Fallon read the verdict.\n", "The memorial stands on Clark Ave. near the station.\n"),
    ("Burney Everett, aka Tank, pleaded guilty.\n", "The Violence Reduction Task Force made the arrests.\n"),
])
def test_two_ordinary_words_are_two_words(ruleset, first, second):
    assert _variants(ruleset, first, second) == []


@pytest.mark.parametrize("first,second,expected", [
    # one spelling is a surname, the other written with a capital inside a sentence
    ("Pin-up model Bettie Page died on Thursday.\n", "Saucy photos of Paige made her famous.\n", {"Page", "Paige"}),
    # the rest of the name vouches for two ordinary words
    ("Pirates seized the ship in the Gulf of Aden.\n", "The navy patrols the Gulf of Eden.\n",
     {"Gulf of Aden", "Gulf of Eden"}),
])
def test_ordinary_words_that_name_one_thing(ruleset, first, second, expected):
    assert _variants(ruleset, first, second) == [expected]


def test_full_stops_alone_are_house_style(ruleset):
    found = _variants(ruleset, "Coach P.J. Carlesimo was fired.\n", "PJ Carlesimo of Oklahoma City was fired.\n",
                      "A L. A. Superior Court judge ruled.\n", "An LA Superior Court judge ruled.\n")
    assert found == []


def test_abbreviations_written_out_are_not_variants(ruleset):
    found = _variants(ruleset, "The U. S. Geological Survey put it at 6.1.\n",
                      "The US Geological Survey said so.\n", "The United States Geological Survey agreed.\n")
    assert found == []


def test_names_are_extracted_without_openers_and_possessives(ruleset, pipeline):
    art = article("The Department of Homeland Security has sent children. Amazon's CEO Jeff Bezos did not reply.\n",
                  ruleset)
    names = [c.text for c in _names(ruleset, art.text)]
    assert names == ["Department of Homeland Security", "Amazon", "Jeff Bezos"]


def test_surname_is_learned_as_an_alias(ruleset, pipeline):
    art = article("Jeff Bezos founded the company. Later Bezos said nothing.\n", ruleset)
    claims = _names(ruleset, art.text)
    assert {c.text: c.entity for c in claims}["Bezos"] == "Jeff Bezos"


def test_acronym_definition_is_learned(ruleset, pipeline):
    art = article("Officers of Immigration and Customs Enforcement (ICE) came. ICE declined to comment.\n", ruleset)
    claims = _names(ruleset, art.text)
    assert {c.text: c.entity for c in claims}["ICE"] == "Immigration and Customs Enforcement"


def test_contractions_are_not_names(ruleset):
    found = _variants(ruleset, "\"We're not asking for favors,\" she said.\n", "\"We've learned a lot,\" he said.\n")
    assert found == []


def test_surnames_with_different_first_names_are_two_people(ruleset):
    found = _variants(ruleset, "Prosecutor Kellie Hill asked the judge to poll the jury.\n",
                      "He beat Deputy Cynthia Hall so badly that she was left blind.\n")
    assert found == []


def test_surname_variant_with_the_same_first_name(ruleset):
    found = _variants(ruleset, "Hospital spokeswoman Ilene Wolfe said the men were stable.\n",
                      "Spokeswoman Ilene Wolff said the families asked for privacy.\n")
    assert found == [{"Wolfe", "Wolff"}]


def test_a_plural_inside_a_fixed_name_is_a_variant(ruleset):
    found = _variants(ruleset, "The rule weakens the Marine Mammal Protection Act, critics said.\n",
                      "Groups sued under the Marine Mammals Protection Act on Monday.\n")
    assert found == [{"Marine Mammal Protection Act", "Marine Mammals Protection Act"}]


def test_a_plural_at_the_end_of_a_name_is_another_thing(ruleset):
    found = _variants(ruleset, "She won an Academy Award in 1990.\n", "He will host the Academy Awards.\n")
    assert found == []


def test_a_plural_at_the_end_of_a_long_name_is_a_variant(ruleset):
    found = _variants(ruleset, "Permits need the National Marine Fisheries Service to agree.\n",
                      "Permits need the National Marine Fisheries Services to agree.\n")
    assert found == [{"National Marine Fisheries Service", "National Marine Fisheries Services"}]


def test_a_surname_written_alone_with_a_letter_less(ruleset):
    found = _variants(ruleset, "The rule was announced by Gary Locke on Monday.\n",
                      "Salazar and Lock said the departments will work together.\n")
    assert found == [{"Lock", "Locke"}]
    assert _variants(ruleset, "Paul Browne, a police spokesman, spoke.\n", "Devonte Brown said he saw it.\n") == []


def test_a_slip_of_a_known_name_two_edits_away(ruleset):
    found = _variants(ruleset, "The Orioles made an offer on Monday.\n", "The Orioles did not comment.\n",
                      "The Oriels were said to be interested.\n")
    assert found == [{"Orioles", "Oriels"}]


def test_an_unknown_first_name_is_another_person(ruleset):
    found = _variants(ruleset, "Andrew Smith was arrested on Monday.\n", "Andrew Smith was released.\n",
                      "His mother, Ardrea Jones, spoke to reporters.\n")
    assert found == []


def test_each_odd_spelling_is_its_own_finding(ruleset):
    # two slips of one surname, each by another writer: an editor fixes each where it stands
    found = _variants(ruleset, "Nehemiah Griego and his mother Sarah Griego lived in the house.\n",
                      "Police said Nehemiah Gringo shot his mother, Sarah Griego, on Saturday.\n",
                      "Neighbors said Sarah Greigo and Nehemiah Griego kept to themselves.\n")
    assert sorted(sorted(f) for f in found) == [["Greigo", "Griego"], ["Griego", "Gringo"]]


@pytest.mark.parametrize("a,b,flagged", [
    ("sara", "sarah", True), ("marshal", "marshall", True),  # a silent or doubled letter, the rest of the name equal
    ("german", "germany", False), ("paul", "paula", False),  # another word, another name
])
def test_one_letter_more_at_the_end_when_the_rest_of_the_name_vouches(a, b, flagged):
    assert _is_variant(a, b, vouched=True) is flagged
    assert not _is_variant(a, b)  # without the rest of the name, a longer word is another word


def test_a_first_name_slip_beside_one_surname(ruleset):
    found = _variants(ruleset, "Police said Sarah Griego was found in the home.\n",
                      "Sara Griego was found in the home, police said.\n",
                      "Relatives said Sarah Griego worked as a nurse.\n")
    assert [sorted(f) for f in found] == [["Sara Griego", "Sarah Griego"]]


@pytest.mark.parametrize("first,second,expected", [
    ("Police Chief Ken Thomas said the car was found.\n", "Chief of Police Kent Thomas said so.\n",
     [["Ken Thomas", "Kent Thomas"]]),  # a letter more at the end, and the title's object is not a name word
    ("Jon Owen, the plant manager, said 40 people work there.\n", "John Owen said the plant had closed.\n",
     [["John Owen", "Jon Owen"]]),  # a letter more inside
    ("Bettie Page died on Thursday.\n", "Betty Page, the pin-up model, died at 85.\n",
     [["Bettie Page", "Betty Page"]]),  # a pet-name ending spelled two ways
    ("Paul Smith and his wife were hurt.\n", "Paula Smith was treated at the scene.\n", []),  # two people
    # two letters changed: another name where one article names both (a family), one man's in two outlets
    ("Jerry Ortiz was shot on duty.\n", "Jerry Ortiz died. Jeremy Ortiz, his cousin, said he was a hero.\n", []),
    ("Charlie Kafoury was at home.\n", "Charlene Kafoury said Charlie Kafoury was at home.\n", []),
    ("The third victim, Bryant Dalton, was wounded.\n", "The third victim, Brian Dalton, was wounded.\n",
     [["Brian Dalton", "Bryant Dalton"]]),
    ("Sean Hall was hurt in the crash.\n", "Seth Hall was hurt in the crash.\n", []),  # a short name: another
    ("Kent Police said the car was found.\n", "Ken Thomas said the car was found in Kent.\n", []),
])
def test_first_names_of_one_surname(ruleset, first, second, expected):
    assert _sorted_variants(ruleset, first, second) == expected


def test_a_whole_name_joining_a_word_already_reported_is_not_said_twice(ruleset):
    # "Malaja Grant" joins "Malijha Grant" by its first name; "Malijah"/"Malijha" is already one finding of its own,
    # and must not come back as "Malijha Grant"/"Malijah Grant" through the third spelling
    found = _sorted_variants(ruleset, "Malijha Grant was shot in the car.\n",
                             "Relatives said Malijha Grant loved to sing.\n", "Malijah Grant died on Friday.\n",
                             "Malaja Grant, 1, was shot in the car.\n")
    assert found == [["Malaja Grant", "Malijha Grant"], ["Malijah", "Malijha"]]


@pytest.mark.parametrize("first,second,expected", [
    # a compound written open and closed, the name going on the same way around it
    ("Call Crime Stoppers with any information.\n", "Anyone with information may call Crimestoppers.\n",
     [["Crime Stoppers", "Crimestoppers"]]),
    ("The Portland Trail Blazers fired their coach.\n", "The Portland Trailblazers lost again.\n",
     [["Trail Blazers", "Trailblazers"]]),
    # another name around it: two names
    ("Members of the Red Line Riders were there.\n", "The Redline Motorcycle Club had no permit.\n", []),
    # a hyphen is typography; a closed form that is an English word is a word of its own
    ("Fans filled the SAP-Arena in Mannheim.\n", "Fans filled the SAP Arena in Mannheim.\n", []),
    ("Every Day Hero Award went to a nurse.\n", "Everyday Hero Award went to a nurse.\n", []),
])
def test_open_and_closed_compounds(ruleset, first, second, expected):
    assert _sorted_variants(ruleset, first, second) == expected


@pytest.mark.parametrize("first,second,expected", [
    ("A man was shot on Harvard Avenue on Thursday.\n", "The shooting on Harvard Road left three dead.\n",
     [["Harvard Avenue", "Harvard Road"]]),
    ("Protesters marched down Stadiou Street.\n", "Riot police blocked Stadiou Avenue.\n",
     [["Stadiou Avenue", "Stadiou Street"]]),
    # an abbreviation is the same street type; numbered streets cross; both in one sentence are two streets
    ("A man was shot on Harvard Ave. on Thursday.\n", "The shooting on Harvard Avenue left three dead.\n", []),
    ("The fire began at Fifth Avenue.\n", "Firefighters closed Fifth Street.\n", []),
    ("The crash at Oak Street and Oak Avenue hurt two.\n", "Oak Street was closed.\n", []),
])
def test_one_street_with_two_street_types(ruleset, first, second, expected):
    assert _sorted_variants(ruleset, first, second) == expected


def test_a_name_with_an_article_added(ruleset):
    found = _variants(ruleset, "A lawyer for Defenders of the Wildlife said the suit was filed.\n",
                      "Jamie Rappaport Clark of Defenders of Wildlife called it a win.\n")
    assert found == [{"Defenders of Wildlife", "Defenders of the Wildlife"}]
    assert _variants(ruleset, "The Gulf of the Aden patrols grew.\n", "Ships sail the Gulf of Mexico.\n") == []


def test_handles_hashtags_and_web_addresses_are_not_names(ruleset):
    names = [c.text for c in _names(ruleset, "He said to follow @TomYazwinski and #Q13FOX for news. "
                                             "The site BettiePage.com logs visits. Tom Yazwinski reported.\n")]
    assert names == ["Tom Yazwinski"]


def test_a_title_inside_a_name_leaves_the_person(ruleset):
    names = [c.text for c in _names(ruleset, "Kent Police Chief Ken Thomas said the car was found.\n")]
    assert names == ["Ken Thomas"]


@pytest.mark.parametrize("first,second,expected", [
    # the beginnings of two names agree but for one word
    ("The shop, Fiji Islands Auto Repair, was closed.\n", "Staff at Fiji Island Auto said he was kind.\n",
     [["Fiji Island Auto", "Fiji Islands Auto Repair"]]),
    # a possessive written without its apostrophe is the same word
    ("According to the Adam County Sheriffs Office, the boy died.\n",
     "The Adams County Sheriffs Office is investigating.\n", [["Adam County Sheriffs Office",
                                                             "Adams County Sheriffs Office"]]),
    ("A man was shot on Red Hill Avenue.\n", "Police closed Red Hills Avenue for hours.\n",
     [["Red Hill Avenue", "Red Hills Avenue"]]),
    # a plural where the name ends: two things, even when a longer name goes on after it
    ("She won an Academy Award Medal in 1990.\n", "He will host the Academy Awards.\n", []),
    ("The Vice Lord gang was charged.\n", "The Vice Lords Nation was charged.\n", []),
])
def test_names_that_agree_but_for_one_word(ruleset, first, second, expected):
    assert _sorted_variants(ruleset, first, second) == expected


def test_a_caption_with_a_photo_credit_is_not_a_headline(ruleset):
    names = [c.text for c in _names(ruleset, "Makansee Oldham (Photo: Family photo)\n")]
    assert "Makansee Oldham" in names
    assert _names(ruleset, "Hawaiian Gardens Gangmember Convicted Of Murdering Deputy\n") == []


def test_a_number_word_opens_no_name(ruleset):
    names = [c.text for c in _names(ruleset, "He said Three Detroit men are charged.\n")]
    assert names == ["Detroit"]


def test_a_dateline_dash_is_not_part_of_a_name(ruleset):
    names = [c.text for c in _names(ruleset, "WARRENSVILLE HEIGHTS, Ohio -- Three people are dead after a shooting.\n")]
    assert names == ["WARRENSVILLE HEIGHTS", "Ohio"]


@pytest.mark.parametrize("text,kept", [
    ("Police said the crash closed Route 12 near Exit 7 for hours.", []),
    ("Flight 370 vanished over the Indian Ocean.", ["Indian Ocean"]),
    ("In Paris, 12 people died.", ["Paris"]),  # a count after a name: the name stays
])
def test_the_word_that_names_a_numbered_thing_is_no_name(ruleset, text, kept):
    assert [n.text for n in _names(ruleset, text) if n.text != "Police"] == kept


@pytest.mark.parametrize("text,kept", [
    ("Roughly 40 groups signed the letter to Jeff Bezos.", ["Jeff Bezos"]),  # a hedge
    ("Police said 40 people were arrested in Dayton.", ["Dayton"]),  # a counted noun of the rules
    ("About 300 people marched to City Hall.", ["City Hall"]),
    ("Amazon said 19 shareholders wrote to the board.", ["Amazon"]),  # a name that opens a sentence stays
])
def test_a_word_the_rules_know_as_ordinary_english_opening_a_sentence_is_no_name(ruleset, text, kept):
    assert [n.text for n in _names(ruleset, text)] == kept


@pytest.mark.parametrize("text,kept", [
    ("Clinic hours are 9 to 5 on weekdays. Stop by the front desk.", []),
    ("Comments are closed. Sincerely, the editors.", []),
    # a frequent word capitalised inside a sentence elsewhere is a name where it opens one too
    ("Page married twice. A magazine made Bettie Page famous.", ["Page", "Bettie Page"]),
    # a rare word opening a sentence is a name: no English word it could be
    ("Matusiewicz fled to Nicaragua.", ["Matusiewicz", "Nicaragua"]),
])
def test_a_frequent_word_that_only_opens_sentences_is_no_name(ruleset, text, kept):
    assert [n.text for n in _names(ruleset, text)] == kept


@pytest.mark.parametrize("word", ["the", "clinic", "comments", "sincerely", "page", "further", "klitschko",
                                  "teixeira", "matusiewicz", "o'brien", "pin-up", "x"])
def test_the_small_word_list_read_from_its_file_is_what_wordfreq_gives(word):
    # factcheck/frequency.py reads wordfreq's small English list itself, for a fast start: same frequencies
    from wordfreq import zipf_frequency

    from factcheck.frequency import common_zipf

    assert common_zipf(word) == zipf_frequency(word, "en", wordlist="small")
