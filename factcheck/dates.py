"""When an article was published: its front matter `date:`, else a dateline near its top
("Nov 28, 2005", "Posted 11 / 27 / 2005 7:21 AM", "Monday, 28 November 2005"). Used to tell an update from a
contradiction: a toll that rises from an earlier report to a later one is news developing."""

from __future__ import annotations

import datetime

from .pattern_store import regex_pattern

MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], 1) for m in names}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS = [
    regex_pattern(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    regex_pattern(rf"(?i)\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"),
    regex_pattern(rf"(?i)(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}})"),
    regex_pattern(r"(?<![\d/])(?P<m>\d{1,2})\s?/\s?(?P<d>\d{1,2})\s?/\s?(?P<y>\d{4}|\d{2})(?![\d/])"),
]
DATELINE_REACH = 300  # characters from the top of the body where a dateline is looked for


def parse_date(text: str) -> datetime.date | None:
    """The first date written in ``text``, or None."""
    found = []
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m:
            found.append(m)
    for m in sorted(found, key=lambda m: m.start()):
        year = int(m.group("y"))
        year += 2000 if year < 50 else (1900 if year < 100 else 0)
        month = MONTHS[m.group("mon").lower()] if "mon" in m.groupdict() and m.group("mon") else int(m.group("m"))
        try:
            return datetime.date(year, month, int(m.group("d")))
        except ValueError:
            continue
    return None
