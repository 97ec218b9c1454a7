"""Reporters for `factcheck extract`: every claim the checker saw."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..align import alignable, describe
from ..api import ArticleClaims
from ..models import Claim, NumericClaim
from ..wording import stated_interval
from .serialize import claim_dict
from .text import safe, without_trailing_spaces


def _rows(extracted: Sequence[ArticleClaims]) -> list[dict[str, Any]]:
    return [row for _, row in _claim_rows(extracted)]


def _claim_rows(extracted: Sequence[ArticleClaims]) -> list[tuple[Claim, dict[str, Any]]]:
    """Every claim in article order, with its row."""
    rows = []
    for item in extracted:
        claims = sorted([*item.numeric, *item.names], key=lambda c: (c.start, c.end))
        for claim in claims:
            row = claim_dict(claim, item.article)
            if isinstance(claim, NumericClaim):
                row["description"] = _description(claim)
            rows.append((claim, row))
    return rows


def _description(claim: NumericClaim) -> dict[str, Any]:
    """The claim's frame as alignment reads it ({"aligned": false} where it is never aligned: an identifier,
    a stamp, a vague amount)."""
    if not alignable(claim):
        return {"aligned": False}
    frame = describe(claim)
    return {"aligned": True, "kind": frame.kind, "what": frame.what or frame.head or None, "whose": frame.whose,
            "event": frame.event, "when": sorted(frame.when), "near": sorted(frame.near),
            "context": sorted(frame.context)}


def render_jsonl(extracted: Sequence[ArticleClaims], **_: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows(extracted))


def render_json(extracted: Sequence[ArticleClaims], **_: object) -> str:
    return json.dumps({"schema": "factcheck.claims/1", "claims": _rows(extracted)}, indent=2,
                      ensure_ascii=False) + "\n"


def render_table(extracted: Sequence[ArticleClaims], *, color: bool = False, width: int = 80,
                 **_: object) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, highlight=False)
    table = Table(box=None, header_style="bold")
    for name in ("article", "line", "type", "text", "value", "interval", "unit", "subject"):
        table.add_column(name, overflow="fold")
    for claim, row in _claim_rows(extracted):
        interval = stated_interval(claim) if isinstance(claim, NumericClaim) else ""  # "≥ 100", "35–45"
        unit = row["unit"] or ""
        if row.get("dimension"):
            unit = f"{unit} ({row['dimension']})"  # "km (length)"
        table.add_row(Text(safe(row["article"])), str(row["line"]), row["type"], Text(safe(row["text"])),
                      "" if row["value"] is None else str(row["value"]), interval, Text(safe(unit)),
                      Text(safe(row["subject"] or "")))
    console.print(table)
    return without_trailing_spaces(buffer.getvalue())


EXTRACT_REPORTERS: dict[str, Callable[..., str]] = {"json": render_json, "jsonl": render_jsonl, "table": render_table}
