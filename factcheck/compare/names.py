"""Name variants: two spellings that are probably one name ("Axos"/"Axon", "Dargahan"/"Dargehan").

Names are compared word by word, so that "Boston" and "Boston Herald" (one name inside another) are never
paired. Two name words are variants when their Damerau (OSA) edit distance is small for their length and the
edit is not a change of word form:
- acronyms and short words are left out (US/UK, D-MN/D-MO);
- a word that is a prefix of the other is another word (Amazon/Amazonians, Lowe/Lowell, Congress/Congressmen);
- a difference at the end that changes the length is a suffix (Atlanta/Atlantic);
- a word the articles also use in lower case is a common word, not a name (Recognition/Rekognition);
- two frequent English words are two words (Reed/Read, Clark/Clerk; word frequencies from wordfreq), unless the
  rest of a name vouches for them ("Gulf of Eden"/"Gulf of Aden") or one is used as a surname and the other is
  written with a capital inside a sentence ("Bettie Page", "photos of Paige");
- a capital inside a word is the owner's spelling, which house style keeps: "LaSalle"/"Lasalle" are variants,
  in running text (a headline's capitals are its own);
- typography and house style are one spelling: apostrophe glyphs (D'Mio/D’Mio), hyphens and spaces in a
  compound (Pin-up/Pinup, SAP-Arena/SAP Arena), capitals (SAN ANTONIO/San Antonio), full stops (P.J./PJ) and
  British/American forms (Centre/Center, rules/language.toml [spelling]).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import regex
from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from ..articles import natural_key
from ..frequency import zipf
from ..models import Finding, NamedClaim, Severity
from ..pattern_store import regex_pattern
from ..patterns import alternation
from .fingerprint import fingerprint
from .name_phrases import added_articles, open_compounds, street_types

# Patterns used inside functions, compiled once.
_CONTRACTION = regex_pattern(r"['’](?:re|ve|ll|d|m|t|s)$", regex.IGNORECASE)
_NAME_WORD = regex_pattern(r"[\p{L}][\p{L}'’-]*[\p{L}]|\p{L}")
_POSSESSIVE = regex_pattern(r"['’]s$")
_TWO_OR_THREE_WORDS = regex_pattern(r"\S+(?:\s+\S+){1,2}")
_JOINING_WORD = regex_pattern(r"\s(?:and|of|&)\s")


MIN_WORD = 4
# A word this long may be misspelt by three edits and stay recognisable ("Matusiciewiz" for "Matusiewicz").
LONG_WORD = 10
# A word this frequent in English (Zipf scale: 3 is once per million words) is an ordinary word: "Read", "Clerk".
COMMON_ZIPF = 3.0
# A word at least this frequent is known to English (a name or a word): "Orioles" 3.3, "Teixeira" 2.7.
KNOWN_ZIPF = 2.5
_LETTER = regex_pattern(r"\p{L}")
_LOWER_WORD = regex_pattern(r"(?<!\p{L})\p{Ll}{4,}")


def key_of(word: str) -> str:
    """A name word as compared: case-folded, one apostrophe glyph, no hyphen (Pin-up and Pinup, D’Mio and D'Mio
    are one spelling)."""
    return word.casefold().replace("’", "'").replace("‘", "'").replace("-", "")


def is_common_word(word: str) -> bool:
    return zipf(word) >= COMMON_ZIPF


def _slip_of_a_known_name(a: str, b: str, occurrences: dict[str, list]) -> bool:
    """Two edits apart, one spelling unknown to English and written in one article, the other a known word or
    name the story uses more: a slip ("Oriels" for "Orioles"), even on a word too short for two edits; a first
    name matches through its surname instead (_one_word_apart)."""
    if a[0] != b[0] or min(len(a), len(b)) < 5 or OSA.distance(a, b) != 2:
        return False
    for odd, known in ((a, b), (b, a)):
        odd_articles = {claim.article_id for claim, *_ in occurrences[odd]}
        known_articles = {claim.article_id for claim, *_ in occurrences[known]}
        if zipf(odd) == 0 and zipf(known) >= KNOWN_ZIPF and len(odd_articles) == 1 < len(known_articles):
            return _roles(occurrences[odd]) != {"first"}  # another person's first name: "Ardrea", "Andrew"
    return False


def _surname_slip(a: str, b: str, occurrences: dict[str, list], speech: regex.Pattern[str]) -> bool:
    """A surname written alone as a speaker with a silent or doubled letter less than a full name gives it
    ("Salazar and Lock said" beside "Gary Locke"); "Brown" beside "Paul Browne" with a first name of its own
    is another person (_different_first_names)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < MIN_WORD or not _letter_more_at_end(short, long_):
        return False
    return _speaker(occurrences[short], speech) and "last" in _roles(occurrences[long_]) \
        or _speaker(occurrences[long_], speech) and "last" in _roles(occurrences[short])


def _letter_more_at_end(short: str, long_: str) -> bool:
    """A silent or doubled letter more at the end: "Sara"/"Sarah", "Lock"/"Locke", "Marshal"/"Marshall"."""
    return len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in ("e", "h", short[-1])


def _speaker(occurrences: list[tuple[NamedClaim, int, int, str]], speech: regex.Pattern[str]) -> bool:
    """A word written alone as the one who speaks: "Lock said"."""
    return any(claim.start == start and claim.end == end and speech.match(claim.sentence.text[end - claim.sentence.start:])
               for claim, start, end, _ in occurrences)


def _house_style(a: str, b: str, rewrites: tuple[tuple[str, str], ...]) -> bool:
    """Whether two words are one word in British and American spelling (centre/center, organisation/organization)."""
    def american(word: str) -> str:
        for british, us in rewrites:
            word = word.replace(british, us)
        return word
    return american(a) == american(b)


def _one_name(a: list[tuple[NamedClaim, int, int, str]], b: list[tuple[NamedClaim, int, int, str]],
              speech: regex.Pattern[str]) -> bool:
    """Whether two spellings that are both ordinary words stand for one name: one is used as a surname and the
    other is written with a capital inside a sentence ("Bettie Page" and "photos of Paige"), not where any word
    takes one ("Read or Share this story")."""
    return _used_as_surname(a, speech) and _inside_sentence(b) or _used_as_surname(b, speech) and _inside_sentence(a)


def _inside_sentence(occurrences: list[tuple[NamedClaim, int, int, str]]) -> bool:
    return any(_LETTER.search(claim.sentence.text, 0, start - claim.sentence.start) for claim, start, _, _ in occurrences)


def _used_as_surname(occurrences: list[tuple[NamedClaim, int, int, str]], speech: regex.Pattern[str]) -> bool:
    """The text uses a word as a person's name: a speaker ("Lock said") or the last word of a two- or three-word
    name ("Gary Locke")."""
    for claim, _, end, _ in occurrences:
        sentence = claim.sentence
        if speech.match(sentence.text[end - sentence.start:]):
            return True
    return "last" in _roles(occurrences)


def _word_spans(claim: NamedClaim) -> Iterable[tuple[int, int, str]]:
    """(start, end, word) of each word of a name that may be compared."""
    for m in _NAME_WORD.finditer(claim.text):
        word = _POSSESSIVE.sub("", m.group())
        if len(word) < MIN_WORD or word.isupper() or not word[0].isupper() or _CONTRACTION.search(word):
            continue  # acronyms, lower-case words, and contractions ("We're") are not name words
        yield claim.start + m.start(), claim.start + m.end(), word


def _is_variant(a: str, b: str, vouched: bool = False) -> bool:
    """Whether two distinct name words (case-folded) look like one name spelled two ways. ``vouched``: the
    rest of the name is the same ("Anthony LaCalamita"/"Anthony Calamita"), so a dropped prefix counts too."""
    short, long_ = sorted((a, b), key=len)
    distance = OSA.distance(a, b)
    if long_.startswith(short) or long_.endswith(short):
        if vouched and long_ == short + "s" and len(short) >= MIN_WORD:
            return True  # a plural inside a fixed name: "Marine Mammals Protection Act", "Red Hills Avenue"
        if vouched and _letter_more_at_end(short, long_):
            return True  # a silent or doubled letter more at the end, the rest of the name the same: "Sara"/"Sarah
            # Griego", "State Fire Marshal"/"Marshall"
        return vouched and long_.endswith(short) and len(short) >= 5 and distance <= 2
    if distance == 0 or distance > (3 if len(short) >= LONG_WORD else 2):
        return False
    prefix = len(_common_prefix(a, b))
    suffix = len(_common_prefix(a[::-1], b[::-1]))
    if suffix == 0 and (len(a) != len(b) or distance > 1):
        return False  # a different ending: another word form
    if distance == 2 and len(short) < 8:
        return False
    if distance == 3 and 2 * prefix < len(short):
        return False  # three slips keep a long name's start: "Kaklamanis" is another man than "Karamanlis"
    if prefix == 0 and len(short) < 7 and not vouched:
        return False  # a different first letter on a short word: another name (Barry, Garry)
    return len(short) >= MIN_WORD


def _one_word_apart(claims: list[NamedClaim], forms: _Forms) -> dict[tuple[str, str], tuple[str, str]]:
    """Word pairs from whole names that agree but for one word ("Betty Ford Center"/"Betty Ford Centre"):
    the rest of the name vouches for the pair even when the words are also common English. A singular and a
    plural are vouched for only inside a name ("Marine Mammals Protection Act"): at its end they are two
    things ("an Academy Award", "the Academy Awards"). First names of one surname are compared from three
    letters on, with their own test (_first_name_variant). Returns word pair -> the pair of whole names that
    show it ("Ken Thomas"/"Kent Thomas"): a word alone may be another name's ("Kent Police"), and the whole
    names say where the words differ."""
    by_rest: dict[tuple[int, tuple[str, ...]], dict[str, list[tuple[NamedClaim, bool]]]] = \
        defaultdict(lambda: defaultdict(list))
    for claim in claims:
        # a possessive inside a name is often written without its apostrophe: "Sheriff's Office", "Sheriffs Office"
        words = [key_of(w.strip(".,;:")).replace("'", "") for w in claim.text.split() if w[:1].isupper()]
        for size in range(2, len(words) + 1):  # the whole name and its beginnings: "Fiji Island(s) Auto (Repair)"
            for i, word in enumerate(words[:size]):
                rest = tuple(words[:i] + words[i + 1:size])
                by_rest[(i - size, rest)][word].append((claim, size == len(words)))
    keys: dict[tuple[str, str], tuple[str, str]] = {}  # one word pair, one finding: "Bettie (Mae) Page"
    for (position, rest), variants in sorted(by_rest.items()):
        ordered = sorted(variants)
        at = position + len(rest) + 1
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                whole = all(full for w in (a, b) for _, full in variants[w])
                apart = not ({c.article_id for c, _ in variants[a]} & {c.article_id for c, _ in variants[b]})
                if not _vouched_pair(a, b, position, rest, whole, apart):
                    continue
                names = keys.setdefault((a, b), tuple(" ".join((*rest[:at], w, *rest[at:])) for w in (a, b)))
                for word, key in zip((a, b), names, strict=True):
                    for claim, _ in variants[word]:
                        forms.add(key, claim, claim.start, claim.end, claim.text)
    return keys


def _vouched_pair(a: str, b: str, position: int, rest: tuple[str, ...], whole: bool, apart: bool) -> bool:
    """Whether two words that differ inside names otherwise equal are one name: a first name of a whole
    person name (_first_name_variant; ``apart``: no article writes both names); a plural inside a name, or at
    the end of a whole name of four words or more ("National Marine Fisheries Services"); a slip."""
    if whole and position == -1 - len(rest) and len(rest) in (1, 2) and len(rest[-1]) >= MIN_WORD \
            and min(len(a), len(b)) >= 3 and _first_name_variant(a, b, apart):
        return True
    plural = b == a + "s" or a == b + "s"
    if plural and position == -1 and not (whole and len(rest) >= 3):
        return False  # "an Academy Award (winner)", "the Academy Awards"
    return min(len(a), len(b)) >= MIN_WORD and _is_variant(a, b, vouched=True)


def _first_name_variant(a: str, b: str, apart: bool = False) -> bool:
    """Two spellings of one first name before one surname: a letter more or less ("Jon"/"John",
    "Ken"/"Kent", "Sara"/"Sarah") or a pet-name ending written two ways ("Bettie"/"Betty", "Corey"/"Cory").
    A feminine ending makes another name ("Paul"/"Paula", "Louis"/"Louise"). Two letters changed make another
    name where one article writes both (a family: "Jerry" and "Jeremy Ortiz", "Charlie" and "Charlene
    Kafoury"); in two outlets, a first name of five letters or more that starts the same is one man's
    ("Bryant"/"Brian Dalton"), a shorter one another man's ("Sean"/"Seth")."""
    short, long_ = sorted((a, b), key=len)
    distance = OSA.distance(a, b)
    if len(long_) == len(short) + 1 and distance == 1:
        return not (long_.startswith(short) and long_[-1] in "ae")
    if apart and distance == 2 and len(short) >= 5 and a[:2] == b[:2]:
        return True
    stems = {w[:-2] if w.endswith(("ie", "ey")) else w[:-1] if w.endswith(("y", "i")) else None for w in (a, b)}
    return len(stems) == 1 and None not in stems and len(next(iter(stems))) >= 3


def _both_names(a: str, b: str, occurrences: dict[str, list], lowercase_words: set[str]) -> bool:
    """A word the articles also write in lower case is a common word ("recognition"): it pairs with another
    spelling only when that spelling is a one-off in a single article (a misspelt "Presinct"), never with a
    name used throughout ("Rekognition")."""
    common = [w for w in (a, b) if w in lowercase_words]
    if not common:
        return True
    if len(common) == 2:
        return False
    other = b if common[0] == a else a
    return len(other) >= 6 and len({claim.article_id for claim, *_ in occurrences[other]}) == 1


def _words_named_together(claims: list[NamedClaim]) -> set[tuple[str, str]]:
    """Pairs of words that stand in one name ("Los Angeles Angels"): two words, not two spellings."""
    together = set()
    for claim in claims:
        words = sorted({key_of(w) for _, _, w in _word_spans(claim)})
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                together.add((a, b))
    return together


def _plural_of_other(a: str, b: str, known: dict[str, list]) -> bool:
    """"Somalis" beside "Somalia" is the plural of "Somali" when that word occurs too."""
    return any(w.endswith("s") and w[:-1] in known for w in (a, b))


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


class _Forms:
    """Occurrences of each spelling of a word: spelling -> list of (claim, start, end)."""

    def __init__(self) -> None:
        self.occurrences: dict[str, list[tuple[NamedClaim, int, int, str]]] = defaultdict(list)

    def add(self, key: str, claim: NamedClaim, start: int, end: int, surface: str) -> None:
        self.occurrences[key].append((claim, start, end, surface))


def _components(pairs: list[tuple[str, str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    return sorted(sorted(g) for g in groups.values())


def _first_names(occurrences: list[tuple[NamedClaim, int, int, str]]) -> set[str]:
    """The first names a surname is written with, in two- and three-word person names."""
    names = set()
    for claim, start, end, _ in occurrences:
        words = claim.text.split()
        if 2 <= len(words) <= 3 and end == claim.end and start > claim.start and not _JOINING_WORD.search(claim.text):
            names.add(words[0].casefold())
    return names


def _different_first_names(a: list, b: list) -> bool:
    """Two surnames written with first names of which none matches or nearly matches the other's."""
    first_a, first_b = _first_names(a), _first_names(b)
    if not first_a or not first_b:
        return False
    return not any(x == y or OSA.distance(x, y) <= 1 for x in first_a for y in first_b)


def _roles(occurrences: list[tuple[NamedClaim, int, int, str]]) -> set[str]:
    """Where a word stands in the names it occurs in: alone, first or last."""
    roles = set()
    for claim, start, end, _ in occurrences:
        if not _TWO_OR_THREE_WORDS.fullmatch(claim.text) or _JOINING_WORD.search(claim.text):
            roles.add("alone")  # only a person-like name of two or three words has a first name and a surname
        elif start == claim.start and end == claim.end:
            roles.add("alone")
        elif start == claim.start:
            roles.add("first")
        elif end == claim.end:
            roles.add("last")
    return roles


@dataclass(frozen=True)
class NameRules:
    """What name comparison reads from rules/: British-to-American rewrites (house style), street words, ordinal
    words (numbered streets) and verbs of speech (the name before one is a person's: "Lock said")."""

    house_style: tuple[tuple[str, str], ...] = ()
    streets: frozenset[str] = frozenset()
    ordinals: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()

    @functools.cached_property
    def speech_after(self) -> regex.Pattern[str]:
        """A verb of speech right after a name ("Lock said"), a closing apostrophe allowed between them."""
        return regex_pattern(rf"^['’]?\s+(?:{alternation(self.speech) or '(?!)'})\b")


def name_variants(claims: list[NamedClaim], lowercase_words: set[str], rules: NameRules = NameRules()) -> list[Finding]:
    """name-variant findings over the named claims of one story."""
    words = _Forms()
    for claim in claims:
        for start, end, word in _word_spans(claim):
            words.add(key_of(word), claim, start, end, word)
    phrases = (open_compounds(claims, is_common_word, words.add)
               + street_types(claims, rules.streets, rules.ordinals, words.add) + added_articles(claims, words.add))

    keys = sorted(k for k in words.occurrences if " " not in k)
    together = _words_named_together(claims)
    vouched = _one_word_apart(claims, words)
    pairs: list[tuple[str, str]] = []
    for i, a in enumerate(keys):
        later = keys[i + 1:]
        for b, _, _ in extract(a, later, scorer=OSA.distance, score_cutoff=3, limit=None):
            if (a, b) in together or _plural_of_other(a, b, words.occurrences):
                continue
            if not (_is_variant(a, b) or _slip_of_a_known_name(a, b, words.occurrences)
                    or _surname_slip(a, b, words.occurrences, rules.speech_after)):
                continue
            if not _both_names(a, b, words.occurrences, lowercase_words):
                continue
            if _different_first_names(words.occurrences[a], words.occurrences[b]):
                continue  # "Cynthia Hall" and "Kellie Hill" are two people
            roles_a, roles_b = _roles(words.occurrences[a]), _roles(words.occurrences[b])
            if roles_a - {"alone"} and roles_b - {"alone"} and not roles_a & roles_b:
                continue  # a first name and a surname: "Sara Sadeqi" and "Alireza Safa" are two people
            if is_common_word(a) and is_common_word(b) and not _one_name(words.occurrences[a], words.occurrences[b],
                                                                         rules.speech_after):
                continue  # two ordinary words ("Reed"/"Read"), unless the text writes them as one surname
            pairs.append((a, b))
    pairs += [names for pair, names in sorted(vouched.items()) if pair not in pairs]  # a word pair shows more
    pairs = [(a, b) for a, b in pairs if not _house_style(a, b, rules.house_style)] + phrases
    findings = []
    said = set(pairs)
    for component in _components(pairs):  # each odd spelling its own finding, against the usual one
        common, *rare = sorted(component, key=lambda k: (-len({c.article_id for c, *_ in words.occurrences[k]}), k))
        findings += [_finding(words, sorted((common, odd))) for odd in rare if _word_pair(common, odd) not in said]
    # the capitals of one name: information, the name being recognisable either way
    return findings + [_finding(words, sorted(pair), Severity.INFO) for pair in _inner_capitals(words)]


def _inner_capitals(words: _Forms) -> list[tuple[str, str]]:
    """One name word written with and without a capital inside it ("LaSalle"/"Lasalle", "LionsGate"/"Lionsgate"),
    each shape seen in running text. Each shape becomes a spelling of its own, keyed by its surface (a key with
    capitals, which no case-folded key equals). Their findings are information: the name is recognisable
    either way."""
    pairs = []
    for key, occurrences in sorted(words.occurrences.items()):
        if " " in key:
            continue  # a phrase's spellings (name_phrases.py) are compared as phrases
        by_shape: dict[tuple[int, ...], list] = defaultdict(list)
        for occurrence in occurrences:
            if _in_running_text(occurrence[0]):
                by_shape[_inner_capital_places(occurrence[3])].append(occurrence)
        if len(by_shape) < 2:
            continue
        spellings = []
        for shape in sorted(by_shape):
            spelling = by_shape[shape][0][3].replace("’", "'")
            spellings.append(spelling)
            for occurrence in by_shape[shape]:
                words.add(spelling, *occurrence)
        pairs += [(spellings[0], other) for other in spellings[1:]]
    return pairs


def _inner_capital_places(word: str) -> tuple[int, ...]:
    """Where a word has capitals after its first letter, counted in letters; a capital after a hyphen opens a
    word of a compound ("Pin-Up" and "Pinup" are one shape)."""
    letters = [(ch, i > 0 and word[i - 1] == "-") for i, ch in enumerate(word) if ch.isalpha()]
    return tuple(i for i, (ch, after_hyphen) in enumerate(letters) if i and ch.isupper() and not after_hyphen)


def _in_running_text(claim: NamedClaim) -> bool:
    """A sentence with a word in lower case (not a headline or a title in capitals)."""
    return bool(_LOWER_WORD.search(claim.sentence.text))


def _word_pair(a: str, b: str) -> tuple[str, str] | None:
    """The one word two names of as many words differ by, in order ("malijah", "malijha"); None otherwise. Two
    whole names that only join a set of spellings through a third are not said again where their word pair is."""
    differ = [tuple(sorted((x, y))) for x, y in zip(a.split(), b.split(), strict=False) if x != y]
    same_length = len(a.split()) == len(b.split()) > 1
    return differ[0] if same_length and len(differ) == 1 else None  # type: ignore[return-value]


def _difference(a: str, b: str) -> str:
    """How two spellings differ, for the message: the one word that differs, or the count of characters."""
    words_a, words_b = a.split(), b.split()
    differ = [(x, y) for x, y in zip(words_a, words_b, strict=False) if x.casefold() != y.casefold()]
    if len(words_a) == len(words_b) > 1 and len(differ) == 1:
        return f'"{differ[0][0]}" against "{differ[0][1]}"'
    edits = OSA.distance(a, b)
    return f"{edits} character{'s' if edits != 1 else ''} apart"


def _finding(forms: _Forms, component: list[str], severity: Severity = Severity.WARNING) -> Finding:
    """One finding for a set of spellings: each spelling once per article, the rare spellings first.

    The common spelling is shown from the articles that also use a rare one, or else from as many articles as
    the rare spellings occur in, so that the finding stays about the variant, not about every mention.
    """
    by_count = sorted(component, key=lambda k: (-len({c.article_id for c, *_ in forms.occurrences[k]}), k))
    common, rare = by_count[0], by_count[1:]
    rare_articles = {c.article_id for k in rare for c, *_ in forms.occurrences[k]}
    chosen: list[NamedClaim] = []
    for key in rare + [common]:
        seen: set[str] = set()
        occurrences = sorted(forms.occurrences[key], key=lambda o: (natural_key(o[0].article_id), o[1]))
        if key == common:
            same_article = [o for o in occurrences if o[0].article_id in rare_articles]
            others = [o for o in occurrences if o[0].article_id not in rare_articles]
            occurrences = same_article + others[: max(0, max(2, len(rare_articles)) - len(same_article))]
        for claim, start, end, surface in occurrences:
            if claim.article_id in seen:
                continue
            seen.add(claim.article_id)
            chosen.append(NamedClaim(claim.article_id, start, end, surface, claim.sentence, claim.entity))
    spellings = [forms.occurrences[k][0][3] for k in [common, *rare]]
    same_article = any(
        len({k for k in component if any(c.article_id == article for c, *_ in forms.occurrences[k])}) > 1
        for article in {c.article_id for c in chosen}
    )
    where = "within one article" if same_article else "across articles"
    quoted = " and ".join(f'"{s}"' for s in spellings)
    if spellings[0].casefold() == spellings[1].casefold():
        message = f"{quoted} are written with different capitals {where}; check which is the name's own."
    else:
        message = (f"{quoted} are spelled differently {where} but look like one name "
                   f"({_difference(spellings[0], spellings[1])}); check which spelling is right.")
    ordered = tuple(sorted(chosen, key=lambda c: (c.article_id, c.start)))
    parts = [f"{c.article_id}={c.text}" for c in ordered]
    return Finding("name-variant", "name", severity, spellings[0], message, ordered,
                   fingerprint("name-variant", spellings[0], parts), "similar spelling")
