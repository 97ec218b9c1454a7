"""Content fingerprints: stable across runs and line shifts, different when a finding's claims change."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def fingerprint(rule: str, subject: str, parts: Iterable[str]) -> str:
    """A hex digest of the rule, the subject and the sorted normalised claims (article and value or name)."""
    text = "\x1f".join([rule, subject, *sorted(set(parts))])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
