"""The index: one SQLite file holding every archived article's claims, story terms and content hash.

SQLite because a newsroom's archive index must be one file a CI cache can keep, with no server, written
transactionally (the standard library's driver; FTS5 for retrieval). Tables:

    files     one row per article file: absolute path, content hash, size and time, the rules it was read with
    articles  one row per article of a file: its claims as a compressed JSON document (codec.py)
    terms     FTS5 over each article's story terms (names and distinctive words), rowid = the article's

Writes go in batches, each one transaction, in WAL mode: a build that is killed leaves the index as of its last
committed batch, and readers go on reading while a build runs. The schema version is PRAGMA user_version; an
index of another version gets one message (rebuild), never a traceback.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, UsageError
from . import codec

SCHEMA = 2 + 100 * codec.FORMAT  # PRAGMA user_version of the indexes this version writes and reads
APPLICATION_ID = 0x46434B31  # "FCK1": PRAGMA application_id, tells our index from any other SQLite file
TERMS_STORED = 60  # the most frequent story terms of an article kept for retrieval
BUSY_SECONDS = 30.0
RACY_NS = 2_000_000_000  # a file modified this close to its hashing is hashed again on the next build  # how long a writer waits for another writer before giving up

_TABLES = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,      -- the absolute path of the article file
    hash TEXT NOT NULL,         -- sha256 of its bytes
    rules TEXT NOT NULL,        -- fingerprint of the rules and version it was read with
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,     -- its modification time (ns): the same size and time are taken as unchanged,
    seen INTEGER NOT NULL       -- when it was hashed (ns), unless the file was written just before (RACY_NS)
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    position INTEGER NOT NULL,  -- the article's place in its file (records of an export)
    numeric INTEGER NOT NULL,
    names INTEGER NOT NULL,
    claims BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS roots (
    path TEXT PRIMARY KEY       -- a folder the index was built from: its articles are named relative to it
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(words, tokenize = 'unicode61 remove_diacritics 2');
"""


@dataclass(frozen=True)
class Known:
    """What the index knows of a file, to tell whether it changed."""

    hash: str
    rules: str
    size: int
    mtime: int
    seen: int = 0

    def same_stat(self, stat: os.stat_result, rules: str) -> bool:
        """Whether a file may be taken as unchanged without reading it: the same rules, size and time, and a time
        well before it was last hashed (a file written in the same instant as it was hashed could have changed
        again within one tick of the file system's clock: "racy git")."""
        return (self.rules == rules and (self.size, self.mtime) == (stat.st_size, stat.st_mtime_ns)
                and self.mtime < self.seen - RACY_NS)


@dataclass(frozen=True)
class Row:
    """An archived article as the index gives it back."""

    file: str  # the absolute path of its file
    position: int
    blob: bytes


class Index:
    """An open index file. Use as a context manager; ``writable`` for building."""

    def __init__(self, path: str, writable: bool = False) -> None:
        self.path = path
        target = Path(path)
        if target.is_dir():
            raise UsageError(path, "is a folder: give the index a file name")
        if not writable and not target.is_file():
            raise InputError(path, "no such index (build one with: factcheck index build PATH... --db FILE)")
        if writable and not target.parent.is_dir() and str(target.parent):
            raise UsageError(path, "its folder does not exist")
        try:
            uri = target.resolve().as_uri() + ("" if writable else "?mode=ro")
            self.db = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None)
            self._prepare(writable)
        except sqlite3.DatabaseError as exc:
            raise InputError(path, f"is not a readable factcheck index ({exc}); rebuild it with "
                                   "factcheck index build") from None

    def _prepare(self, writable: bool) -> None:
        db = self.db
        application = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        empty = application == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        if empty and writable:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("BEGIN IMMEDIATE")
            for statement in _TABLES.split(";"):  # one by one: executescript would commit half a schema
                db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA}")
            db.execute("COMMIT")
        elif application != APPLICATION_ID:
            raise InputError(self.path, "is an SQLite database but not a factcheck index")
        elif version != SCHEMA:
            raise InputError(self.path, f"is an index of schema {version}; this factcheck reads schema {SCHEMA}: "
                                        "rebuild it (delete the file, then factcheck index build)")
        db.execute("PRAGMA foreign_keys = ON")

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()

    # -- writing ----------------------------------------------------------------------------------------

    def known(self) -> dict[str, Known]:
        """Every indexed file by its absolute path."""
        return {row[0]: Known(*row[1:])
                for row in self.db.execute("SELECT path, hash, rules, size, mtime, seen FROM files")}

    def roots(self) -> list[str]:
        """The folders the index was last built from."""
        return [r for (r,) in self.db.execute("SELECT path FROM roots ORDER BY path")]

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """One transaction: all its writes land, or none (an error or a kill rolls it back)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise UsageError(self.path, f"cannot be written ({exc}): is another build running?") from None
        try:
            yield Batch(self.db)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- reading ----------------------------------------------------------------------------------------

    def retrieve(self, terms: Counter[str], limit: int) -> list[int]:
        """The rowids of the ``limit`` articles whose story terms best match ``terms`` (BM25 over FTS5), best
        first; ties by rowid, so the same index gives the same answer."""
        words = sorted({w for term, _ in _top(terms, TERMS_STORED // 2) for w in _words(term)})
        if not words:
            return []
        query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self.db.execute("SELECT rowid FROM terms WHERE terms MATCH ? ORDER BY rank, rowid LIMIT ?",
                               (query, limit))
        return [r[0] for r in rows]

    def articles(self, rowids: list[int]) -> list[Row]:
        """The stored articles of these rowids, in file and position order."""
        out: list[Row] = []
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out += [Row(f, p, b) for f, p, b in self.db.execute(
                f"SELECT file, position, claims FROM articles WHERE id IN ({marks})", chunk)]
        return sorted(out, key=lambda s: (s.file, s.position))

    def stats(self) -> dict[str, object]:
        db = self.db
        files, size = db.execute("SELECT count(*), coalesce(sum(size), 0) FROM files").fetchone()
        articles, numeric, names = db.execute(
            "SELECT count(*), coalesce(sum(numeric), 0), coalesce(sum(names), 0) FROM articles").fetchone()
        rules = [r for (r,) in db.execute("SELECT DISTINCT rules FROM files ORDER BY rules")]
        return {"index": self.path, "schema": SCHEMA, "files": files, "bytes of text": size,
                "articles": articles, "numeric claims": numeric, "names": names, "rules": ", ".join(rules) or "-",
                "index size": os.path.getsize(self.path)}


class Batch:
    """The writes of one transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def touch(self, path: str, known: Known) -> None:
        """A file hashed again and found unchanged: its time and when it was hashed, so that it is not hashed
        again."""
        self.db.execute("UPDATE files SET mtime = ?, seen = ? WHERE path = ?", (known.mtime, known.seen, path))

    def set_roots(self, roots: list[str]) -> None:
        self.db.execute("DELETE FROM roots")
        self.db.executemany("INSERT INTO roots(path) VALUES (?)", [(r,) for r in sorted(set(roots))])

    def forget(self, path: str) -> None:
        """A file and its articles out of the index."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM articles WHERE file = ?", (path,))]
        self.db.executemany("DELETE FROM terms WHERE rowid = ?", [(i,) for i in ids])
        self.db.execute("DELETE FROM articles WHERE file = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def store(self, path: str, known: Known, articles: list[tuple[bytes, int, int, Counter[str]]]) -> None:
        """A file's articles (blob, numeric claims, names, story terms), replacing what the index held of it."""
        self.forget(path)
        self.db.execute("INSERT INTO files(path, hash, rules, size, mtime, seen) VALUES (?, ?, ?, ?, ?, ?)",
                        (path, known.hash, known.rules, known.size, known.mtime, known.seen))
        for position, (blob, numeric, names, terms) in enumerate(articles):
            cursor = self.db.execute(
                "INSERT INTO articles(file, position, numeric, names, claims) VALUES (?, ?, ?, ?, ?)",
                (path, position, numeric, names, blob))
            text = " ".join(term for term, _ in _top(terms, TERMS_STORED))  # BM25 weighs rarity, not repeats
            self.db.execute("INSERT INTO terms(rowid, words) VALUES (?, ?)", (cursor.lastrowid, text))


def _top(terms: Counter[str], n: int) -> list[tuple[str, int]]:
    return sorted(terms.items(), key=lambda tc: (-tc[1], tc[0]))[:n]


def _words(term: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in term).split()


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes, read in chunks (an export of any size)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
