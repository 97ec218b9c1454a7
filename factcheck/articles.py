"""Reading articles: files and folders in, Articles out.

An Article keeps the decoded text exactly as it is (a UTF-8 BOM removed), so every offset the pipeline computes
points into the file a reader opens. Front matter and boilerplate are not cut out of the text; they are left
out of ``Article.body``, the ranges that hold news.
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO

from .dates import DATELINE_REACH, parse_date
from .errors import InputError
from .inputs import decode, html_page, jsonl_records, shown
from .models import Article
from .pattern_store import regex_pattern
from .ruleset import Ruleset
from .suppress import read_suppressions

# Patterns used inside functions, compiled once.
_DIGIT_RUN = regex_pattern(r"(\d+)")
# Markdown around a line of furniture ("## 2 Comments", "**Share this**", "> Advertisement"): rules match the words
_MARKUP_AROUND = regex_pattern(r"^(?:#{1,6}\s+|>\s*|[-•]\s+|[*_]{1,3})*|[*_]{1,3}$")
_KEPT_PIECE = regex_pattern(r"[^\x00\s](?:[^\x00]*[^\x00\s])?")


TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
MAX_FURNITURE_LINE = 300  # characters; longer lines are never boilerplate lines
MAX_ARTICLE_BYTES = 20_000_000  # a news article is far smaller; a larger file is data, not news
MAX_LINE = 200_000  # characters in one line (a long paragraph is a few thousand)
FRONT_MATTER_KEYS = ("source", "url", "date", "title", "story")
_LINE_BREAK = regex_pattern(r"\r\n|\r|\n")
# A line longer than MAX_LINE, tried only at line starts (linear: a pattern tried at every position would scan a
# long line once per character); the standard engine compiles the repeat count in no time, `regex` in 90 ms.
_LONG_LINE = re.compile(rf"(?:^|(?<=[\r\n]))[^\r\n]{{{MAX_LINE + 1}}}")
_LINE = regex_pattern(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# The first line of a report factcheck wrote in a format an article's name may have (.md, .txt): the terminal
# report, Markdown, concise and GitHub annotations. Never read back as news.
_OWN_REPORT = regex_pattern(r"\ufeff?(?:factcheck \d[\d,]* articles? · |### factcheck: \d+ findings?\b|"
                            r"\S+:\d+(?::\d+)?: (?:error|warning|info) (?:numeric|name)-[a-z]+ |"
                            r"::(?:error|warning|notice) (?:file=|title=factcheck))")
# The first bytes of a JSON Lines report of findings (--format jsonl).
_OWN_FINDINGS = re.compile(rb'\{"rule": "(?:numeric|name)-[a-z]+", "kind": ')
_FRONT_FIELD = regex_pattern(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True)
class ArticleFile:
    """A file to read: where it is, how the report names it, and its id within the run."""

    path: Path
    display: str
    id: str
    data: bytes | None = None  # the content, when it does not come from a file (standard input)


def natural_key(name: str) -> tuple:
    """Sort key that puts "file2" before "file10", as a person would."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.lower())
                 for part in _DIGIT_RUN.split(name) if part)


def discover(paths: Sequence[str], exclude: Sequence[str] = (), stdin: tuple[str, bytes] | None = None
             ) -> list[ArticleFile]:
    """Every article file under the given paths, in a stable order; folders are read recursively.

    A path that does not exist is the user's error (InputError). Symbolic links to folders are not followed,
    so a link loop cannot trap the walk. ``exclude`` globs match a file's path below its root, or its name.
    """
    found: list[ArticleFile] = []
    seen: set[str] = set()
    for arg in paths:
        root = Path(arg)
        if arg == "-":
            name, data = stdin or ("stdin", b"")
            found.append(ArticleFile(Path(name), name, name, data))
        elif root.is_dir():
            for folder, dirs, names in os.walk(root):
                dirs.sort(key=natural_key)
                for name in sorted(names, key=natural_key):
                    path = Path(folder) / name
                    if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".") and _regular(path):
                        relative = path.relative_to(root).as_posix()
                        if not any(fnmatch(relative, g) or fnmatch(name, g) for g in exclude):
                            found.append(ArticleFile(path, shown(str(path)), shown(relative)))
        elif root.exists():
            if not _regular(root):  # reading a FIFO waits forever, a device (/dev/zero) never ends
                raise InputError(arg, "is not a regular file (a device, a pipe or a socket): not an article")
            found.append(ArticleFile(root, shown(arg), shown(root.name)))
        else:
            raise InputError(arg, "no such file or directory")
    unique = []
    read: set[Path] = set()
    for f in found:
        if f.data is None:  # a file given twice ("check good good/a.txt") is read once, where it came first
            real = f.path.resolve()
            if real in read:
                continue
            read.add(real)
        if f.id in seen:  # two roots can hold files of one name: fall back to the displayed path
            f = ArticleFile(f.path, f.display, f.display)
        seen.add(f.id)
        unique.append(f)
    return unique


def _regular(path: Path) -> bool:
    """Whether a path (a link followed) is a regular file: only those are read."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, line break excluded."""
    for match in _LINE.finditer(text):
        if match.start() == len(text) and match.end() == match.start():
            break
        yield match.start(), match.start() + len(match.group().rstrip("\r\n"))


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Fields of a front matter block between `---` lines at the top, and where the body starts."""
    first = text.lstrip("\ufeff")
    if not first.startswith("---"):
        return {}, 0
    fields: dict[str, str] = {}
    spans = list(lines(text))
    if not spans or text[spans[0][0]:spans[0][1]].strip() != "---":
        return {}, 0
    for start, end in spans[1:]:
        line = text[start:end]
        if line.strip() == "---":
            return fields, end
        match = _FRONT_FIELD.match(line)
        if match and match.group(1).lower() in FRONT_MATTER_KEYS:
            fields[match.group(1).lower()] = match.group(2).strip().strip("\"'")
    return {}, 0  # no closing line: not front matter


def body_ranges(text: str, start: int, ruleset: Ruleset, where: str = "") -> tuple[tuple[int, int], ...]:
    """The ranges of the text after ``start`` that are news, boilerplate left out (``where``: the article, named
    if a rule is given up on it)."""
    line_rules, end_rules, inline_rules = (ruleset.screen(kind) for kind in ("line", "end", "inline"))
    ranges: list[tuple[int, int]] = []
    for line_start, line_end in lines(text):
        if line_end <= start:
            continue
        line_start = max(line_start, start)
        line = text[line_start:line_end]
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) <= MAX_FURNITURE_LINE:  # page furniture is short; a long line is text
            stripped = _MARKUP_AROUND.sub("", stripped).strip() or stripped
            if any(rule.search(stripped, where) for rule in end_rules.candidates(stripped)):
                break
            if any(rule.search(stripped, where) for rule in line_rules.candidates(stripped)):
                continue
        for rule in inline_rules.candidates(line):
            line = rule.sub(line, where)  # blanks the markup, keeping offsets
        for piece in _KEPT_PIECE.finditer(line):
            ranges.append((line_start + piece.start(), line_start + piece.end()))
    return tuple(ranges)


@dataclass
class Reading:
    """What reading one file gave: its articles, the problems that skipped parts of it, notes on how it was read."""

    articles: list[Article]
    problems: list[str]
    notes: list[str]


def read_articles(file: ArticleFile, ruleset: Ruleset) -> Reading:
    """Read one file: a text article, a web page, or a JSON Lines export of many articles.

    InputError when the file as a whole cannot be read; a bad line of an export is a problem, and is skipped.
    """
    suffix = file.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _read_export(file, ruleset)
    data = file.data if file.data is not None else _read_bytes(file)
    decoded = decode(data, file.display)
    if _OWN_REPORT.match(decoded.text):  # "factcheck check . -o report.md", then "factcheck check ." again
        return Reading([], [], [f"{file.display}: a factcheck report, not read as an article"])
    notes = [f"{file.display}: {decoded.note}"] if decoded.note else []
    if suffix in HTML_SUFFIXES:
        page = html_page(decoded.text, file.display)
        _check_lines(page.text, file.display)
        fields = {k: v for k, v in (("title", page.title), ("date", page.date), ("source", page.source),
                                    ("url", page.url)) if v}
        return Reading([replace(parse_article(page.text, file, ruleset, fields), layout="page")], [], notes)
    _check_lines(decoded.text, file.display)
    return Reading([parse_article(decoded.text, file, ruleset)], [], notes)


def _read_export(file: ArticleFile, ruleset: Ruleset) -> Reading:
    """The articles of a JSON Lines export, read as a stream: the size limit holds for each record, not for the
    export (a newsroom's export of thousands of articles is read whole); a bad record is a problem of its line."""
    articles: list[Article] = []
    problems: list[str] = []
    try:
        stream = io.BytesIO(file.data) if file.data is not None else file.path.open("rb")
    except OSError as exc:
        raise InputError(file.display, f"cannot be read ({exc.strerror or exc})") from None
    with stream:
        if _OWN_FINDINGS.match(stream.peek(64) if hasattr(stream, "peek") else file.data or b""):  # --format jsonl
            return Reading([], [], [f"{file.display}: a factcheck report, not read as an article"])
        for record in jsonl_records(stream, file.display, MAX_ARTICLE_BYTES):
            if isinstance(record, InputError):
                problems.append(str(record))
                continue
            record_id = record.fields.get("id") or str(record.line)
            entry = ArticleFile(file.path, f"{file.display}#{record_id}", f"{file.id}#{record_id}")
            try:
                _check_lines(record.text, entry.display)
            except InputError as exc:
                problems.append(str(exc))
                continue
            article = parse_article(record.text, entry, ruleset, record.fields)
            articles.append(replace(article, path=file.display, layout="record", record_line=record.line))
    if not articles and not problems:
        raise InputError(file.display, "is empty")
    return Reading(articles, problems, [])


def read_article(file: ArticleFile, ruleset: Ruleset) -> Article:
    """The one article of a text file (tests and tools); InputError when it cannot be read."""
    return read_articles(file, ruleset).articles[0]


def bounded_read(stream: BinaryIO, where: str) -> bytes:
    """At most MAX_ARTICLE_BYTES of a stream (a file, standard input); InputError for more, before it is all read:
    a file that grows while read, or a pipe, is bounded too."""
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(where, f"is more than {MAX_ARTICLE_BYTES:,} bytes, too large for a news article")
    return data


def _read_bytes(file: ArticleFile) -> bytes:
    try:
        size = file.path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(file.display, f"is {size:,} bytes, too large for a news article "
                                           f"(the limit is {MAX_ARTICLE_BYTES:,})")
        with file.path.open("rb") as stream:
            return bounded_read(stream, file.display)
    except IsADirectoryError:
        raise InputError(file.display, "is a directory") from None
    except OSError as exc:
        raise InputError(file.display, f"cannot be read ({exc.strerror or exc})") from None


def _check_lines(text: str, where: str) -> None:
    """A line of hundreds of thousands of characters is data, not an article."""
    long_line = _LONG_LINE.search(text)
    if long_line:
        start = long_line.start()
        line = text.count("\n", 0, start) + 1
        end = min((i for i in (text.find("\n", start), text.find("\r", start)) if i >= 0), default=len(text))
        raise InputError(where, f"line {line} is {end - start:,} characters long: not an "
                                f"article (a line may hold at most {MAX_LINE:,})")


def parse_article(text: str, file: ArticleFile, ruleset: Ruleset, metadata: dict[str, str] | None = None
                  ) -> Article:
    """An Article from decoded text: front matter read (over ``metadata`` from a page or an export),
    boilerplate marked."""
    fields, body_start = front_matter(text)
    fields = {key: shown(value) for key, value in {**(metadata or {}), **fields}.items()}
    body = body_ranges(text, body_start, ruleset, file.display)
    title = fields.get("title")
    if title is None:  # the first line of three words or more: a lone "X" or "Featured News" is page furniture
        title = next((shown(text[s:e]) for s, e in body if len(text[s:e].split()) >= 3), None)
    source = fields.get("source") or Path(file.id).stem
    line_starts = (0, *(m.end() for m in _LINE_BREAK.finditer(text)))
    dated = parse_date(fields["date"]) if fields.get("date") else (
        parse_date(text[body[0][0]:body[0][0] + DATELINE_REACH]) if body else None)
    return Article(
        id=file.id,
        path=file.display,
        source=source,
        text=text,
        title=title,
        date=fields.get("date"),
        url=fields.get("url"),
        story=fields.get("story"),
        body=body,
        line_starts=line_starts,
        suppressions=read_suppressions(file.id, text, line_starts),
        published=dated,
    )
