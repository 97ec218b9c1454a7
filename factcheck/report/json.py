"""The JSON report (schema factcheck.report/1)."""

from __future__ import annotations

import json

from ..models import Report
from .serialize import report_dict


def render_json(report: Report, **_: object) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
