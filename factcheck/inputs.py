"""Articles as people have them: text in any common encoding, web pages, JSON Lines exports.

- Text: UTF-8 with or without BOM, UTF-16 with a BOM, else a legacy single-byte encoding (cp1252 and kin)
  found by charset-normalizer; mojibake ("companyâ€™s") is repaired by ftfy and said so.
- HTML (.html, .htm): the article's main text and its metadata (title, date, outlet) extracted by trafilatura,
  which drops navigation, comments, scripts and ads. Positions are lines of the extracted text.
- JSON Lines (.jsonl, .ndjson): one article per line, an object with `text` and optionally `id`, `source`,
  `title`, `date`, `url`, `story`. Other fields are ignored; a line that is not such an object is skipped and
  named.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import regex

from .errors import InputError
from .pattern_store import regex_pattern

JSONL_FIELDS = ("id", "source", "title", "date", "url", "story")
# A valid UTF-8 multi-byte sequence: a file that has them but fails to decode is broken UTF-8, not cp1252.
_UTF8_SEQUENCE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which a guess is no text at all


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None = None  # what was done to read it ("read as cp1252", "mojibake repaired")


# Byte-order marks, the longer first: UTF-32's little-endian mark begins with UTF-16's.
_BOMS = {b"\xff\xfe\x00\x00": "utf-32", b"\x00\x00\xfe\xff": "utf-32", b"\xef\xbb\xbf": "utf-8-sig",
         b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}


def decode(data: bytes, where: str) -> Decoded:
    """The text of a file's bytes; InputError when they are empty, binary or in no recognisable encoding."""
    bom = next((b for b in _BOMS if data.startswith(b)), b"")
    if not data[len(bom):].strip(b" \t\r\n\x00" if bom else b" \t\r\n"):
        raise InputError(where, "is empty")  # a byte-order mark alone is no text either
    if bom and _BOMS[bom] != "utf-8-sig":
        try:
            return _repaired(data.decode(_BOMS[bom]), None)
        except UnicodeDecodeError as exc:
            raise InputError(where, f"is not valid {_BOMS[bom].upper()} ({exc.reason} at byte {exc.start})") \
                from None
    if b"\x00" in data:
        raise InputError(where, "is a binary file, not text")
    try:
        return _repaired(data.decode("utf-8-sig"), None)
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(data):
            raise InputError(where, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                    "save it as UTF-8") from None
    from charset_normalizer import from_bytes  # imported only for the rare legacy file

    guess = from_bytes(data).best()
    if guess is None or guess.chaos > MAX_CHAOS:
        raise InputError(where, "is in no encoding factcheck recognises; save it as UTF-8")
    western = _western(data, guess.chaos)
    if western is not None:  # a tie among single-byte encodings goes to Western text's own (cp1252, latin-1)
        return _repaired(western, "read as cp1252")
    return _repaired(str(guess), f"read as {guess.encoding}")


def _western(data: bytes, chaos: float) -> str | None:
    """The bytes read as cp1252, when that reads them as cleanly as the best guess did (charset-normalizer's
    mess ratio): "José Müller, Zürich" in latin-1 is cp1250, cp857 and cp1252 alike to a detector."""
    from charset_normalizer.md import mess_ratio

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if mess_ratio(text) <= chaos else None


def _repaired(text: str, note: str | None) -> Decoded:
    """Mojibake (UTF-8 read as cp1252 somewhere upstream) repaired, curly quotes left as they are."""
    if not _MOJIBAKE_HINT.search(text):
        return Decoded(text, note)
    import ftfy  # 50 ms to import: only for text with a character mojibake is made of

    if not ftfy.badness.is_bad(text):
        return Decoded(text, note)
    # line by line, as ftfy itself works, but only the lines that hold a hint: a file of a million short lines
    # with one garbled word is not run through ftfy a million times
    fixed = "".join(ftfy.fix_text(line, uncurl_quotes=False, fix_line_breaks=False, normalization=None)
                    if _MOJIBAKE_HINT.search(line) else line for line in text.splitlines(keepends=True))
    if fixed == text:
        return Decoded(text, note)
    repaired = "mojibake repaired (ftfy); columns refer to the repaired text"
    return Decoded(fixed, f"{note}; {repaired}" if note else repaired)


# Characters mojibake is made of; text without any is left alone without asking ftfy.
_MOJIBAKE_HINT = regex_pattern(r"[ÂÃâ€™œ�]")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None


# The opening and closing tags of layout boxes (no text of their own).
_LAYOUT_TAG = re.compile(r"</?(?:div|span|section)\b[^>]*>", re.IGNORECASE)


def html_page(text: str, where: str) -> Page:
    """The main text and metadata of a web page."""
    import trafilatura  # heavy; imported only when a page is read

    def extract(page: str):  # noqa: ANN202 - trafilatura's Document
        return trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True,
                                           favor_precision=True)

    document = extract(text)
    if (document is None or not (document.text or "").strip()) and len(_LAYOUT_TAG.findall(text, 0, 10**6)) > 255:
        # nested deeper than the parser follows (libxml2 stops at 256 levels): layout boxes hold no text of their
        # own, so the page without them reads the same
        document = extract(_LAYOUT_TAG.sub("", text))
    if document is None or not (document.text or "").strip():
        raise InputError(where, "is a web page with no article text factcheck could find")
    return Page(document.text, document.title, document.date, document.sitename, document.url)


@dataclass(frozen=True)
class Record:
    line: int
    fields: dict[str, str]
    text: str


def jsonl_records(stream: BinaryIO, where: str, limit: int) -> Iterator[Record | InputError]:
    """Each article of a JSON Lines export, read line by line (an export of any size; each record at most
    ``limit`` bytes), or an InputError naming the line that is not one. JSON Lines is UTF-8."""
    number = 0
    while raw := stream.readline(limit + 1):
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of the record, dropped as it is read
            yield InputError(f"{where}:{number}", f"is more than {limit:,} bytes, too large for a news article")
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"{where}:{number}", f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x})")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}:{number}", f"is not JSON ({exc.msg})")
            continue
        except RecursionError:
            yield InputError(f"{where}:{number}", "is nested too deeply to be an article")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield InputError(f"{where}:{number}", 'is not an article (an object with a "text" string)')
            continue
        fields = {k: shown(str(record[k])) for k in JSONL_FIELDS if record.get(k) not in (None, "")}
        yield Record(number, fields, whole_characters(record["text"]))


_CONTROL = regex_pattern(r"[\p{Cc}\p{Cf}]")


def shown(text: str) -> str:
    """A name from the input (a file name, a JSONL id, a title) as every report may print it: whole characters,
    and control and format characters as visible escapes ("\\x1b", "\\x0a"), so that no name can restyle or
    clear a terminal, or start a line of its own in a CI log."""
    return _CONTROL.sub(_escape, whole_characters(text))


def _escape(match: regex.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str) -> str:
    """Text with no lone surrogate ("\\ud800" in JSON, a file name's undecodable byte): each becomes U+FFFD, which
    every output can encode; a proper pair of surrogates becomes its one character."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
