"""The one strict loader for rules/: TOML files in, an immutable Ruleset out.

Knowledge lives in rules/*.toml (hedges, number words, synonyms, boilerplate ...); this module knows only
their shape. Every file is checked against a schema: an unknown file, key or a value of the wrong type is a
RuleError naming the file, the line and the key. A user's rule folder (``--rules DIR``) is laid over the
built-in rules: lists are extended, tables are updated.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import regex

from .errors import RuleError
from .pattern_store import regex_pattern
from .rule_patterns import PatternRule, Screen

if TYPE_CHECKING:
    from .compare.names import NameRules



def _str_list(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "must be a list of strings"
    return None


def _str(value: Any) -> str | None:
    return None if isinstance(value, str) else "must be a string"


def _number(value: Any) -> str | None:
    return None if isinstance(value, int | float) and not isinstance(value, bool) else "must be a number"


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _number_table(value: Any) -> str | None:
    if not isinstance(value, dict) or not all(_number(v) is None for v in value.values()):
        return "must be a table of numbers"
    return None


def _rewrite_list(value: Any) -> str | None:
    if _str_list(value) is not None or not all(">" in r and all(r.split(">", 1)) for r in value):
        return 'must be a list of rewrites "from>to"'
    return None


def _str_table(value: Any) -> str | None:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return "must be a table of strings"
    return None


def _str_list_table(value: Any) -> str | None:
    if not isinstance(value, dict) or not all(_str_list(v) is None for v in value.values()):
        return "must be a table of string lists"
    return None


def _vague_table(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "must be a table"
    for phrase, reading in value.items():
        if not isinstance(reading, dict) or set(reading) != {"value", "low", "high"}:
            return f"entry {phrase!r} must have exactly the keys value, low, high"
        if _number_table(reading) is not None or not reading["low"] <= reading["value"] <= reading["high"]:
            return f"entry {phrase!r} must have numbers with low <= value <= high"
    return None


def _weight_tables(value: Any) -> str | None:
    if not isinstance(value, dict) or not all(
            isinstance(v, dict) and all(_number_table(w) is None for w in v.values()) for v in value.values()):
        return "must hold tables of numbers ([weights.FAMILY.COMPARISON] LEVEL = weight)"
    return None


def _regex(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be a string"
    try:
        regex_pattern(value)
    except regex.error as exc:
        return f"is not a valid regular expression ({exc})"
    return None


# A schema maps a key to a Check, to a nested schema (a table), or to ("each", schema) for a table of
# tables with free names, or ("array", schema) for an array of tables.
Schema = Mapping[str, Any]

HEDGE_KIND = {"before": _str_list, "after": _str_list, "examples": _str_list}
PATTERN_RULE = {"id": _str, "pattern": _regex, "example": _str}

SCHEMAS: dict[str, Schema] = {
    "hedges.toml": {kind: HEDGE_KIND
                    for kind in ("about", "at_least", "at_most", "exactly", "nearly", "over", "under")},
    "numbers.toml": {
        "units": _number_table,
        "tens": _number_table,
        "ordinals": _number_table,
        "tuples": _number_table,
        "adverbs": _number_table,
        "scales": _number_table,
        "suffixes": _number_table,
        "money_suffixes": _number_table,
        "fractions": _number_table,
        "vulgar_fractions": _number_table,
        "vague": _vague_table,
        "multipliers": _number_table,
        "percent": {"points": _str_list, "basis": _str_list, "words": _str_list},
    },
    "currencies.toml": {"symbols": _str_table, "weak_symbols": _str_table, "codes": {"codes": _str_list},
                        "words": _str_table},
    "subjects.toml": {
        "synonyms": _str_list_table,
        "relational": {"nouns": _str_list},
        "not_subjects": {"words": _str_list},
        "plurals": {"words": _str_list},
        "classes": _str_list_table,
    },
    "events.toml": {"events": ("each", {"words": _str_list, "subject": _str, "nouns": _str_list, "counts": _str_list,
                                            "counts_as": _str})},
    "language.toml": {
        "phrase": {"stop": _str_list, "windows": _str_list, "averages": _str_list, "auxiliaries": _str_list},
        "sentences": {"abbreviations": _str_list, "before_numbers": _str_list},
        "calendar": {"months": _str_list, "weekdays": _str_list, "weekday_abbreviations": _str_list,
                     "stamps": _str_list},
        "clock": {"nearly": _str_list, "under": _str_list, "over": _str_list, "zones": _str_list},
        "emergency": {"numbers": _str_list, "after": _str_list, "before": _str_list},
        "durations": {"units": _str_list, "seconds": _number_table},
        "background": {"cues": _str_list},
        "updates": {"words": _str_list},
        "scores": {"before": _str_list, "after": _str_list},
        "addresses": {"streets": _str_list, "sides": _str_list},
        "spelling": {"house_style": _rewrite_list},
        "speech": {"verbs": _str_list},
    },
    "units.toml": ("each", {"base": _str, "units": _number_table, "glued": _str_list, "fraction": _bool}),
    "boilerplate.toml": {"line": ("array", PATTERN_RULE), "end": ("array", PATTERN_RULE),
                         "inline": ("array", PATTERN_RULE)},
    "alignment.toml": {"model": {"prior": _number, "threshold": _number, "ratio": _number, "gap": _number,
                                 "minutes": _number, "slips": _number, "agree": _number},
                       "merge": _number_table, "weights": _weight_tables},
    "entities.toml": {"aliases": _str_list_table, "not_names": {"words": _str_list}, "of_heads": {"words": _str_list},
                      "name_after": {"words": _str_list}},
}


def _line_of(source: str, key: str) -> int:
    """The 1-based line where ``key`` is first defined in a TOML text (0 when not found)."""
    pattern = regex.compile(
        r'^\s*(\[\[?\s*)?([\w.-]*\.)?["\']?' + regex.escape(key) + r'["\']?\s*(=|\]|\.)', regex.MULTILINE
    )
    match = pattern.search(source)
    return source.count("\n", 0, match.start()) + 1 if match else 0


def _validate(data: Any, schema: Any, path: str, file: str, source: str) -> None:
    """Raise RuleError at the first key or value that does not fit ``schema``."""

    def fail(key: str, problem: str) -> None:
        line = _line_of(source, key)
        raise RuleError(f"{file}:{line}" if line else file, problem)

    if isinstance(schema, tuple):
        mode, inner = schema
        if mode == "each":
            if not isinstance(data, dict):
                raise RuleError(file, f"{path or 'file'} must be a table of tables")
            for name, table in data.items():
                _validate(table, inner, f"{path}.{name}" if path else name, file, source)
        else:  # array of tables
            if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
                raise RuleError(file, f"{path} must be an array of tables ([[{path}]])")
            for i, table in enumerate(data):
                _validate(table, inner, f"{path}[{i}]", file, source)
                missing = set(inner) - set(table)
                if missing:
                    raise RuleError(file, f"{path}[{i}] lacks the key(s) {', '.join(sorted(missing))}")
        return
    if not isinstance(data, dict):
        raise RuleError(file, f"{path} must be a table")
    for key, value in data.items():
        if key not in schema:
            known = ", ".join(sorted(schema))
            fail(key, f'unknown key "{key}"' + (f" in [{path}]" if path else "") + f" (known keys: {known})")
        check = schema[key]
        if callable(check):
            problem = check(value)
            if problem:
                fail(key, f'key "{key}"' + (f" in [{path}]" if path else "") + f" {problem}")
        else:
            _validate(value, check, f"{path}.{key}" if path else key, file, source)


def _merge(base: Any, extra: Any) -> Any:
    """Lay a user's rule data over the built-in data: lists extend, tables update."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


def builtin_rules_dir() -> Path:
    """rules/ inside the installed package, or beside it in a source checkout."""
    packaged = Path(str(resources.files("factcheck"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def load_rule_file(path: Path) -> dict[str, Any]:
    """Read and validate one rule file."""
    file = str(path)
    if path.name not in SCHEMAS:
        raise RuleError(file, f"unknown rule file (known: {', '.join(sorted(SCHEMAS))})")
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(file, f"cannot be read ({exc})") from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(file, f"is not valid TOML ({exc})") from None
    _validate(data, SCHEMAS[path.name], "", file, source)
    return data


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


def _thawed(data: dict[str, Any], files: dict[str, str]) -> Ruleset:
    return Ruleset(_frozen(data), _frozen(files))


@dataclass(frozen=True)
class Ruleset:
    """Everything the pipeline knows about English news, read from rules/. Immutable; pass it around."""

    data: Mapping[str, Mapping[str, Any]]
    files: Mapping[str, str]  # rule file name -> path of the last file that contributed to it

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> Ruleset:
        """The built-in rules, with each folder of ``extra_dirs`` laid over them in order."""
        data: dict[str, Any] = {}
        files: dict[str, str] = {}
        builtin = builtin_rules_dir()
        for name in sorted(SCHEMAS):
            data[name] = load_rule_file(builtin / name)
            files[name] = str(builtin / name)
        for folder in extra_dirs:
            if not folder.is_dir():
                raise RuleError(str(folder), "rule folder does not exist")
            for path in sorted(folder.glob("*.toml")):
                extra = load_rule_file(path)
                data[path.name] = _merge(data[path.name], extra)
                files[path.name] = str(path)
        return cls(_frozen(data), _frozen(files))

    def __reduce__(self) -> tuple:
        """Sent to another process (a Dask worker) as its data; compiled rules are rebuilt there."""
        return _thawed, (dict(self.data), dict(self.files))

    # -- accessors: each is the shape an extractor needs -----------------------------------------------

    def hedges(self) -> dict[tuple[str, str], str]:
        """(position, phrase) -> hedge kind, position "before" or "after"."""
        out: dict[tuple[str, str], str] = {}
        for kind, table in self.data["hedges.toml"].items():
            for position in ("before", "after"):
                for phrase in table.get(position, []):
                    out[(position, phrase.lower())] = kind
        return out

    def numbers(self) -> Mapping[str, Any]:
        return self.data["numbers.toml"]

    def currencies(self) -> Mapping[str, Any]:
        return self.data["currencies.toml"]

    def synonyms(self) -> dict[str, str]:
        """word -> canonical subject."""
        out = {}
        for canonical, words in self.data["subjects.toml"].get("synonyms", {}).items():
            out[canonical] = canonical
            for word in words:
                out[word.lower()] = canonical
        return out

    def subject_classes(self) -> dict[str, str]:
        """counted noun (singular) -> the kind of thing it is ("victim" -> "person"), from subjects.toml."""
        return {word.lower(): kind for kind, words in self.data["subjects.toml"].get("classes", {}).items()
                for word in words}

    def relational_nouns(self) -> frozenset[str]:
        return frozenset(self.data["subjects.toml"].get("relational", {}).get("nouns", []))

    def plural_nouns(self) -> frozenset[str]:
        """Plural nouns without a final s ("people", "children"), from subjects.toml [plurals]."""
        return frozenset(self.data["subjects.toml"].get("plurals", {}).get("words", []))

    def not_subjects(self) -> frozenset[str]:
        return frozenset(self.data["subjects.toml"].get("not_subjects", {}).get("words", []))

    def events(self) -> tuple[dict[str, str], dict[str, str]]:
        """(word -> event, event -> default subject)."""
        words, subjects = {}, {}
        for event, table in self.data["events.toml"].get("events", {}).items():
            subjects[event] = table.get("subject", "")
            for word in table.get("words", []):
                words[word.lower()] = event
        return words, subjects

    def event_nouns(self) -> dict[str, str]:
        """A counted noun that is an event itself (events.toml "nouns": "charge") -> its event."""
        return {noun.lower(): event for event, table in self.data["events.toml"].get("events", {}).items()
                for noun in table.get("nouns", [])}

    def event_counts(self) -> dict[tuple[str, str], str]:
        """(event, counted noun) -> the noun it counts as under that event (events.toml "counts" and "counts_as":
        "rounds" and "bullets" fired are shots fired, a boxing match's rounds are not)."""
        return {(event, noun.lower()): table.get("counts_as", "").lower() or noun.lower()
                for event, table in self.data["events.toml"].get("events", {}).items()
                for noun in table.get("counts", [])}

    def language(self, table: str, key: str) -> frozenset[str]:
        return self._language.get((table, key), frozenset())

    @functools.cached_property
    def _language(self) -> dict[tuple[str, str], frozenset[str]]:
        """Each word list of language.toml in lower case, built once: segmenting asks for them per article."""
        return {(table, key): frozenset(w.lower() for w in words)
                for table, keys in self.data["language.toml"].items() for key, words in keys.items()}

    def duration_seconds(self) -> dict[str, float]:
        """A duration unit (singular) -> its length in seconds, from language.toml [durations]."""
        return {k.lower(): float(v) for k, v in self.data["language.toml"].get("durations", {}).get("seconds", {}).items()}

    def name_rules(self) -> NameRules:
        """What name comparison reads: the (British, American) rewrites of language.toml [spelling] in file
        order, the street words of [addresses], the ordinal words of numbers.toml and the verbs of [speech]."""
        from .compare.names import NameRules  # compare reads articles, which read rules: imported on use

        rewrites = self.data["language.toml"].get("spelling", {}).get("house_style", [])
        ordinals = frozenset(w.lower() for w in self.numbers().get("ordinals", {}))
        return NameRules(tuple((british, american) for british, _, american in (r.lower().partition(">") for r in rewrites)),
                         self.language("addresses", "streets"), ordinals, self.language("speech", "verbs"))

    def units(self) -> dict[str, tuple[str, float]]:
        """written unit -> (dimension, size in the dimension's base unit)."""
        out = {}
        for dimension, table in self.data["units.toml"].items():
            for unit, factor in table.get("units", {}).items():
                out[unit.lower()] = (dimension, float(factor))
        return out

    def fraction_dimensions(self) -> frozenset[str]:
        """The dimensions whose whole numbers are written without their point ("a 38-caliber" is a .38)."""
        return frozenset(d for d, table in self.data["units.toml"].items() if table.get("fraction"))

    def glued_units(self) -> frozenset[str]:
        """The units read only when written against the number ("30C", "7W")."""
        return frozenset(u.lower() for table in self.data["units.toml"].values() for u in table.get("glued", []))

    def skipped_patterns(self) -> list[str]:
        """Why each pattern given up in this run was (PatternRule._timed), in rule order; then those given up in
        the run's worker processes."""
        return [why for rules in self._patterns.values() for rule in rules for why in rule.skipped] + self._elsewhere

    def note_skipped(self, notes: list[str]) -> None:
        """Patterns a worker process gave up, for this process's skipped_patterns()."""
        self._elsewhere.extend(notes)

    @functools.cached_property
    def _elsewhere(self) -> list[str]:
        return []

    def patterns(self, kind: str) -> tuple[PatternRule, ...]:
        """Boilerplate rules of one kind (line, end, inline), compiled case-insensitively."""
        return self._patterns[kind]

    def screen(self, kind: str) -> Screen:
        """The rules of one kind behind one screening search (Screen)."""
        return self._screens[kind]

    @functools.cached_property
    def _screens(self) -> dict[str, Screen]:
        return {kind: Screen.of(rules) for kind, rules in self._patterns.items()}

    @functools.cached_property
    def _patterns(self) -> dict[str, tuple[PatternRule, ...]]:
        """The boilerplate rules compiled once: every article asks for them."""
        file = self.files["boilerplate.toml"]
        return {kind: tuple(PatternRule(r["id"], regex_pattern(r["pattern"], regex.IGNORECASE), r["example"], file)
                            for r in self.data["boilerplate.toml"].get(kind, []))
                for kind in ("line", "end", "inline")}

    def aliases(self) -> dict[str, str]:
        out = {}
        for canonical, names in self.data["entities.toml"].get("aliases", {}).items():
            for name in names:
                out[name] = canonical
        return out

    def not_names(self) -> frozenset[str]:
        return frozenset(self.data["entities.toml"].get("not_names", {}).get("words", []))
