"""Named claims: people, organisations, places and products, as capitalised spans and acronyms.

A name is a run of capitalised words, joined by the small words names contain ("Department of Homeland
Security"). Sentence openers and other capitalised non-names come from rules/entities.toml. Headlines in title
case are skipped: there every word is capitalised. Aliases are folded onto one entity: from the rules, from
"Immigration and Customs Enforcement (ICE)" written in the text, and from a surname used after a full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..frequency import common_zipf
from ..models import NamedClaim, Sentence
from ..pattern_store import regex_pattern
from ..patterns import standard
from ..ruleset import Ruleset

# Patterns used inside functions, compiled once.
_NOT_CAPITAL = regex_pattern(r"[^\p{Lu}]")
_NON_SPACE = regex_pattern(r"\S+")
# A handle, a hashtag or a web address is not a name as written: "@TomYazwinski", "#Q13FOX", "BettiePage.com".
_HANDLE_BEFORE = regex_pattern(r"[@#]")
_DOMAIN_AFTER = regex_pattern(r"\.\s?(?:com|org|net|gov|edu|co|uk|ca|au|us|tv|io|info)(?![\w-])")


# A capitalised token: initials ("U.S.", "P. J."), a word with its apostrophes and hyphens ("O'Brien", "Jean-Luc";
# not a possessive "'s"), or one capital and a full stop.
_TOKEN_REST = r"(?:(?:\.\s?\p{Lu})+\.?|[\p{L}\p{M}]*(?:(?:['’](?![sS]\b)|-)\p{L}[\p{L}\p{M}]*)*|\.)"
_TOKEN = rf"\p{{Lu}}{_TOKEN_REST}"
_SMALL = r"(?:de|del|da|di|la|le|van|von|der|den|al|el|bin|ibn)"


def name_pattern(of_heads: Iterable[str]) -> re.Pattern[str]:
    """Capitalised words in a row; "of" only after an institution word ("Department of Homeland Security",
    not "Carlesimo of Oklahoma City"); "&" between words ("C&G", "Procter & Gamble").

    For the standard engine, which skips fast to the capital the pattern opens with: what may not stand
    before the name is looked behind at once the capital is matched, and each institution word has a
    look-behind of its own (the engine looks behind a fixed width only)."""
    heads = "|".join(rf"(?<=(?<![\p{{L}}]){re.escape(h)})" for h in sorted(set(of_heads))) or "(?!)"
    joint = rf"(?:(?:\s|-)+|(?<=\.)|\s*&\s*|\s+{_SMALL}\s+|(?=\s+of\s)(?:{heads})\s+of\s+(?:the\s+)?)"
    # inside a name, a lower-case particle may be hyphened to a capitalised part: "al-Assad", "iran-Nejad"
    part = rf"(?:{_TOKEN}|\p{{Ll}}+-\p{{Lu}}[\p{{L}}\p{{M}}]*)"
    first = rf"\p{{Lu}}(?<![\p{{L}}\p{{M}}\d'’-].){_TOKEN_REST}"
    return standard(rf"{first}(?:{joint}{part})*(?![\p{{L}}\d])")


_ACRONYM_DEFINITION = regex_pattern(rf"({_TOKEN}(?:\s+(?:(?:of|and|the|for|&)\s+)?{_TOKEN})+)\s+\((\p{{Lu}}[\p{{Lu}}&.]+)\)")
_WORD = regex_pattern(r"[\p{L}][\p{L}'’-]*")
_PARENTHESIS = regex_pattern(r"\([^()]*\)")
_LETTER = regex_pattern(r"\p{L}")
# From this frequency (wordfreq's Zipf scale) a one-word name that only opens sentences is taken for a common
# word: "Clinic" (4.2), "Comments" (4.9), "Sincerely" (3.9); rarer names ("Klitschko", 2.5) stay names.
OPENER_ZIPF = 3.5


def is_title_case(sentence: str) -> bool:
    """A headline-style sentence: no closing full stop, and most of its words (of four letters or more, five
    at least) start with a capital."""
    if sentence.rstrip().endswith((".", "!", "?", '"', "”")):
        return False  # a headline has no closing full stop
    words = [w for w in _WORD.findall(_PARENTHESIS.sub(" ", sentence)) if len(w) > 3]  # not a "(Photo: …)" credit
    if len(words) < 5:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.7


def _initials_match(long_form: str, acronym: str) -> str | None:
    """The shortest tail of ``long_form`` whose capitalised words spell ``acronym``
    ("Officers of Immigration and Customs Enforcement", "ICE" -> "Immigration and Customs Enforcement")."""
    letters = _NOT_CAPITAL.sub("", acronym)
    words = long_form.split()
    for i in range(len(words)):
        tail = words[i:]
        initials = "".join(w[0] for w in tail if w[:1].isupper())
        if initials == letters and tail[0][:1].isupper():
            return " ".join(tail)
    return None


class NameExtractor:
    """Reads named claims out of sentences; build once per Ruleset."""

    def __init__(self, ruleset: Ruleset) -> None:
        counted = {w.capitalize() for table in ("units", "tens") for w in ruleset.numbers().get(table, {})}
        self.not_names = ruleset.not_names() | counted  # "Three Detroit men": a number word opens no name
        self.function_words = ruleset.language("phrase", "stop")
        # words the rules know as ordinary English: a hedge ("Roughly"), a counted noun ("Police"), an event
        # ("Killed"); capitalised only because they open a sentence
        self.openers = self.function_words | {
            w for w in ({p for _, p in ruleset.hedges()} | set(ruleset.synonyms()) | set(ruleset.events()[0]))
            if " " not in w}
        self.pattern = name_pattern(ruleset.data["entities.toml"].get("of_heads", {}).get("words", []))
        self.aliases = ruleset.aliases()
        self.name_after = frozenset(ruleset.data["entities.toml"].get("name_after", {}).get("words", []))
        self.months = {m.capitalize() for m in ruleset.language("calendar", "months")}
        self.weekdays = {d.capitalize() for d in ruleset.language("calendar", "weekdays")}
        self._stripped: dict[str, tuple[int, int, str]] = {}

    def claims(self, sentences: Sequence[Sentence], text: str) -> list[NamedClaim]:
        """Named claims of an article's sentences. A capitalised function word that opens a sentence is cut off
        here; other common words that open one ("Sales") once the whole run's vocabulary is known
        (trim_openers)."""
        common = self.openers
        learned: dict[str, str] = {}
        raw: list[tuple[Sentence, int, int, str]] = []
        for sentence in sentences:
            if is_title_case(sentence.text):
                continue
            for m in _ACRONYM_DEFINITION.finditer(sentence.text) if "(" in sentence.text else ():
                long_form = _initials_match(m.group(1), m.group(2))
                if long_form:
                    learned[m.group(2)] = long_form
            for m in self.pattern.finditer(text, sentence.start, sentence.end):
                if m.start() > 0 and _HANDLE_BEFORE.match(text, m.start() - 1) or _DOMAIN_AFTER.match(text, m.end()):
                    continue
                span = m.group()
                stripped = self._stripped.get(span)
                if stripped is None:  # most spans recur: each is stripped once per run
                    stripped = self._stripped[span] = self._strip_span(span)
                offset, length, name = stripped
                if not name:
                    continue
                if name.count(" ") >= 2 and self._after_title_of(text, sentence.start, m.start() + offset):
                    # a title's object: "Chief of Police Kent Thomas", "Secretary of State Hillary Clinton"
                    first = name.split()[0]
                    offset, length, name = offset + len(first) + 1, length - len(first) - 1, name[len(first) + 1:]
                start = m.start() + offset
                end = start + length
                if start == sentence.start and name.split()[0].lower() in common:
                    # a common word that opens the sentence ("Later Bezos said"): not part of the name
                    rest = name.split(maxsplit=1)
                    if len(rest) == 1:
                        continue
                    start, name = start + len(name) - len(rest[1]), rest[1]
                raw.append((sentence, start, end, name))
        full_names = {name for _, _, _, name in raw if len(name.split()) >= 2}
        for full in sorted(full_names):
            last = full.split()[-1]
            if last[0].isupper() and len(last) > 2:
                learned.setdefault(last, full)
        claims = []
        for sentence, start, end, name in raw:
            entity = self.aliases.get(name) or learned.get(name) or name
            claims.append(NamedClaim(sentence.article_id, start, end, name, sentence, entity))
        return claims

    def trim_openers(self, claims: Iterable[NamedClaim], lowercase_words: set[str]) -> list[NamedClaim]:
        """Names less a first word that merely opens the sentence and is written in lower case elsewhere in the
        run ("Later Bezos said" -> "Bezos"); a one-word name that is such a word is no name at all, nor is a
        frequent English word that only ever opens a sentence ("Clinic hours ...", "Sincerely,"), unless what
        follows it makes it a name ("Amazon's", "Amazon said"): a name is capitalised wherever it stands. A word
        in capitals ("CHICAGO —") is a dateline or an acronym, not a word capitalised to open a sentence.
        ``claims``: a story's (or an article's) names, the evidence of where each word is capitalised."""
        claims = list(claims)
        inside = {w for c in claims if c.start != c.sentence.start for w in c.text.split()}
        kept = []
        for claim in claims:
            first, _, rest = claim.text.partition(" ")
            if claim.start == claim.sentence.start and not rest:
                if first.lower() in lowercase_words or (first not in inside and not first.isupper()
                                                        and common_zipf(first.lower()) >= OPENER_ZIPF
                                                        and not self._name_by_next_word(claim)):
                    continue
            elif claim.start == claim.sentence.start and first.lower() in lowercase_words:
                offset = len(claim.text) - len(rest)
                claim = NamedClaim(claim.article_id, claim.start + offset, claim.end, rest, claim.sentence,
                                   claim.entity if claim.entity != claim.text else rest)
            kept.append(claim)
        return kept

    def _name_by_next_word(self, claim: NamedClaim) -> bool:
        """Whether the word after a name makes it one: a possessive, a verb of speech (rules/entities.toml)."""
        after = _WORD.match(claim.sentence.text, claim.end - claim.sentence.start + 1)
        return bool(after) and after.group().lower() in self.name_after

    def _after_title_of(self, text: str, sentence_start: int, start: int) -> bool:
        """Whether a title and "of" stand right before ``start`` ("Chief of |Police Kent Thomas")."""
        before = text[max(sentence_start, start - 40):start].split()
        return len(before) >= 2 and before[-1] == "of" and before[-2] in self.not_names \
            and before[-2].lower() not in self.function_words

    def _strip_span(self, span: str) -> tuple[int, int, str]:
        """(offset, length, name) of the name inside a capitalised span: openers, titles and possessives off."""
        tokens = list(_NON_SPACE.finditer(span))
        while tokens and (tokens[0].group().rstrip(".") in self.not_names or tokens[0].group().lower() in (
                "of", "and", "the", "for")):
            tokens.pop(0)
        for i in range(len(tokens) - 3, 0, -1):  # a title inside: "Kent Police Chief Ken Thomas" -> the person
            word = tokens[i].group().rstrip(".")
            if word in self.not_names and word.lower() not in self.function_words:
                del tokens[:i + 1]
                break
        while tokens and (tokens[-1].group().rstrip(".") in self.not_names or tokens[-1].group().lower() in (
                "of", "and", "the", "for", "&") or not _LETTER.search(tokens[-1].group())):
            tokens.pop()  # and a dash of a dateline: "Ohio -- Three people"
        if not tokens:
            return 0, 0, ""
        start, end = tokens[0].start(), tokens[-1].end()
        name = span[start:end]
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        if name in self.months or name in self.weekdays:
            return 0, 0, ""
        return start, len(name), name
