"""The command line: parse options, call the API, pick a reporter, return an exit code.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 a usage, input or rule error.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from . import api
from .errors import FactcheckError
from .models import Severity
from .report import REPORTERS
from .report.extract import EXTRACT_REPORTERS
from .ruleset import Ruleset
from .stories import GROUPINGS

FAIL_LEVELS = ["error", "warning", "info", "never"]


def _color_and_width() -> tuple[bool, int]:
    """Colour only on a terminal without NO_COLOR; the terminal's width, 100 columns when piped."""
    tty = sys.stdout.isatty()
    color = tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
    width = shutil.get_terminal_size((100, 24)).columns if tty else 100
    return color, max(60, width)


def _ruleset(rules: tuple[str, ...]) -> Ruleset:
    return Ruleset.load([Path(r) for r in rules])


def _exit_code(worst: Severity | None, fail_on: str) -> int:
    if fail_on == "never" or worst is None:
        return 0
    return 1 if worst >= Severity.parse(fail_on) else 0


class _Group(click.Group):
    """Turns a user's error (FactcheckError) into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            click.echo(f"factcheck: error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def cli() -> None:
    """factcheck: find where news articles about one story disagree."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="full", show_default=True,
              help="Output format.")
@click.option("--rules", multiple=True, metavar="DIR", help="A folder of rule files laid over the built-in rules.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="warning", show_default=True,
              help="Exit 1 when a finding has this severity or worse.")
@click.option("--strict", is_flag=True, help="Exit 2 when any input file cannot be read.")
@click.option("--group-by", type=click.Choice(GROUPINGS), default="auto", show_default=True,
              help="How articles are split into stories (front matter `story:` always counts): by content, "
                   "by folder, or none (one story).")
def check(paths: tuple[str, ...], fmt: str, rules: tuple[str, ...], fail_on: str, strict: bool,
          group_by: str) -> None:
    """Check the articles under PATHS (files or folders) against each other, story by story."""
    report = api.check(paths, _ruleset(rules), strict=strict, group_by=group_by)
    for problem in report.problems:
        click.echo(f"factcheck: skipped {problem}", err=True)
    color, width = _color_and_width()
    click.echo(REPORTERS[fmt](report, color=color, width=width), nl=False)
    sys.exit(_exit_code(report.worst(), fail_on))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(EXTRACT_REPORTERS)), default="table",
              show_default=True, help="Output format.")
@click.option("--rules", multiple=True, metavar="DIR", help="A folder of rule files laid over the built-in rules.")
def extract(paths: tuple[str, ...], fmt: str, rules: tuple[str, ...]) -> None:
    """Print every claim read from the articles under PATHS."""
    extracted = api.extract(paths, _ruleset(rules))
    color, width = _color_and_width()
    click.echo(EXTRACT_REPORTERS[fmt](extracted, color=color, width=width), nl=False)


def main() -> None:
    """Console entry point."""
    try:
        cli()
    except BrokenPipeError:  # output piped into a pager or head that closed early
        sys.stderr.close()
        sys.exit(1)
