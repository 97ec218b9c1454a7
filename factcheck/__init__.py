"""factcheck: a source-consistency fact-checker for news.

    >>> import factcheck
    >>> report = factcheck.check(["seeds/"])
    >>> for finding in report.findings:
    ...     print(finding.rule, finding.subject, [c.text for c in finding.claims])

The names below are imported on first use, so that `factcheck --help` and a check of one article start fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "ArticleClaims": "api",
    "FactcheckError": "errors",
    "Finding": "models",
    "InputError": "errors",
    "NamedClaim": "models",
    "NumericClaim": "models",
    "Report": "models",
    "RuleError": "errors",
    "Ruleset": "ruleset",
    "UsageError": "errors",
    "check": "api",
    "extract": "api",
}
__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
