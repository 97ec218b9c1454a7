"""The command line: parse options, call the API, pick a reporter, return an exit code.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 a usage, input or rule error,
3 an internal error (a bug: the other articles are still checked).
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click

from . import gate
from .articles import bounded_read
from .config import GROUPINGS, resolve_config
from .errors import FactcheckError, UsageError
from .findings import RULES, check_rule_ids
from .inputs import shown
from .models import Failure, Report, Severity
from .report import REPORTERS
from .ruleset import Ruleset
from .vcs import changed_since

FAIL_LEVELS = ["error", "warning", "info", "never"]
PROGRESS_FROM = 20  # articles; fewer are read too fast for a progress bar to help


EXIT_CODES = """\b
Exit codes:
  0  no finding at or above --fail-on (after --min-level, --select, --ignore, the baseline)
  1  findings at or above --fail-on
  2  a usage, input or rule error (named on stderr)
  3  an internal error, a bug in factcheck (the other articles are still checked)"""


def _color_and_width() -> tuple[bool, int]:
    """Colour only on a terminal, unless NO_COLOR is set to something (no-color.org: an empty NO_COLOR does not
    count) or TERM is dumb; the terminal's width, or COLUMNS (80 when unset) when piped."""
    tty = sys.stdout.isatty()
    color = tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    width = shutil.get_terminal_size((80, 24)).columns
    return color, max(60, width)


def _exit_code(worst: Severity | None, fail_on: str) -> int:
    if fail_on == "never" or worst is None:
        return 0
    return 1 if worst >= Severity.parse(fail_on) else 0


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """Rule ids given as repeated options or comma-separated."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr while many articles are read on a terminal; nothing in pipes or CI logs."""
    if not (enabled and sys.stderr.isatty() and not os.environ.get("CI")):
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading articles", total=None)

        def advance(done: int, total: int) -> None:
            if total >= PROGRESS_FROM:
                bar.update(task, completed=done, total=total)

        yield advance


class _Group(click.Group):
    """Turns a user's error (FactcheckError) into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            click.echo(f"factcheck: error: {exc}", err=True)
            ctx.exit(2)
        except BrokenPipeError:  # caught here: click's own handler would exit 1
            _pipe_closed()


class _Check(click.Command):
    """Lets `--changed` take several files at once (`--changed a.md b.md`), as pre-commit passes them."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        expanded: list[str] = []
        taking = False
        for arg in args:
            if arg == "--changed":
                taking = True
                continue
            if taking and not arg.startswith("-"):
                expanded += ["--changed", arg]
                continue
            taking = False
            expanded.append(arg)
        return super().parse_args(ctx, expanded)


def _pipe_closed() -> None:
    """The report's reader (head, a pager) closed the pipe early: the run says so as a shell does for a command
    stopped by SIGPIPE (128 + 13), never 1, which CI reads as "findings". Standard output then points at devnull so
    the interpreter's last flush does not raise again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(128 + signal.SIGPIPE)


INTERNAL_ERROR = 3  # a bug in factcheck: never 1, which CI reads as "findings"
_debug = False


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=f"""\b
Examples:
  factcheck check seeds/                        every story under seeds/, a report on the terminal
  factcheck check articles/ --changed new.md --format github   a CI job: only what new.md is in

{EXIT_CODES}""")
@click.version_option(package_name="factcheck-news", prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
def cli(debug: bool) -> None:
    """factcheck: find where news articles about one story disagree."""
    global _debug
    _debug = debug


@cli.command(cls=_Check, epilog=f"""\b
Examples:
  factcheck check seeds/
  factcheck check archive/ --diff-base origin/main --format sarif -o factcheck.sarif

{EXIT_CODES}""")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default=None,
              help="Output format [default: full; github when GITHUB_ACTIONS is set].")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--rules", multiple=True, metavar="DIR", help="A folder of rule files laid over the built-in rules.")
@click.option("--config", "config_file", metavar="FILE", help="Read settings from FILE.")
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Exit 1 when a finding has this severity or worse [default: warning].")
@click.option("--min-level", type=click.Choice(FAIL_LEVELS[:3]), default=None,
              help="Show only findings of this severity or worse; the exit code follows what is shown.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 whatever the findings.")
@click.option("--select", multiple=True, metavar="RULE", help="Report only these rule ids.")
@click.option("--ignore", multiple=True, metavar="RULE", help="Never report these rule ids.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching GLOB.")
@click.option("--changed", multiple=True, metavar="FILE...",
              help="Report only findings that involve these articles (compared with the whole corpus).")
@click.option("--diff-base", metavar="REF", help="The changed articles are those git sees added or modified since REF.")
@click.option("--baseline", metavar="FILE", help="Hide findings recorded in FILE; report stale entries.")
@click.option("--write-baseline", metavar="FILE", help="Record the current findings in FILE.")
@click.option("--group-by", type=click.Choice(GROUPINGS), default=None,
              help="How articles are split into stories (front matter `story:` always counts) [default: auto].")
@click.option("--strict", is_flag=True, help="Exit 2 when any input file cannot be read.")
@click.option("--stdin-name", metavar="NAME", default="stdin", show_default=True,
              help="The name of the article read from standard input (PATH -).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes reading the articles (0: every core); the report is the same whatever the number.")
@click.option("--index", "index_file", metavar="FILE",
              help="Check PATHS (or the changed articles) against the archive in this index (factcheck index build).")
def check(paths: tuple[str, ...], fmt: str | None, output: str | None, rules: tuple[str, ...],
          config_file: str | None, isolated: bool, fail_on: str | None, min_level: str | None, exit_zero: bool,
          select: tuple[str, ...], ignore: tuple[str, ...], exclude: tuple[str, ...], changed: tuple[str, ...],
          diff_base: str | None, baseline: str | None, write_baseline: str | None, group_by: str | None,
          strict: bool, stdin_name: str, jobs: int, index_file: str | None) -> None:
    """Check the articles under PATHS (files or folders) against each other, story by story."""
    config = resolve_config(config_file, isolated, Path.cwd())
    check_rule_ids(_split(select), "--select")
    check_rule_ids(_split(ignore), "--ignore")
    corpus = list(paths or config.corpus)
    changed_paths = _changed(changed, diff_base)
    if not corpus:
        if not changed_paths:
            raise UsageError("factcheck check", "give PATHS, or a corpus in the configuration")
        corpus = [_shown_path(p) for p in changed_paths]
    roots = [Path(p).resolve() for p in corpus if p != "-"]
    corpus += [_shown_path(p) for p in changed_paths if not any(p == r or r in p.parents for r in roots)]
    ruleset = Ruleset.load([Path(r) for r in (*config.rules, *rules)])
    from . import api  # imported when a check runs: `factcheck --help` starts without the pipeline

    options = dict(strict=strict, group_by=group_by or config.group_by or "auto", exclude=(*config.exclude, *exclude),
                   stdin=_stdin(corpus, stdin_name), jobs=jobs)
    changed_ids = None
    with _progress(True) as progress:
        if index_file:
            from . import archive

            report, changed_ids = archive.check(corpus, index_file, ruleset, progress=progress, **options)
        else:
            report = api.check(corpus, ruleset, progress=progress, **options)
    if changed or diff_base:
        changed_ids = {a.id for a in report.articles if Path(a.path).resolve() in set(changed_paths)}
    _check_suppressions(report)
    gated = dict(changed=changed_ids, select=_split(select) or config.select, ignore=_split(ignore) or config.ignore)
    if write_baseline:
        gate.write_atomically(write_baseline, gate.baseline_text(gate.apply(report, **gated).findings))
    baseline_file = baseline or config.baseline
    report = gate.apply(report, baseline=gate.read_baseline(baseline_file) if baseline_file else None, **gated)
    shown_report = _emit(report, fmt or config.format, output, min_level or config.min_level)
    fails = not (exit_zero or write_baseline)  # a run that records the baseline has done its job once it is written
    code = _exit_code(shown_report.worst(), fail_on or config.fail_on or "warning") if fails else 0
    sys.exit(_failed(report.failures) or code)


def _check_suppressions(report: Report) -> None:
    """An unknown rule id in an article's suppression comment is an error naming the file and line."""
    for article in report.articles:
        for suppression in article.suppressions:
            check_rule_ids(sorted(suppression.rules), f"{shown(article.path)}:{suppression.line}")


def _shown_path(path: Path) -> str:
    """A changed file as CI annotations need it: relative to the working directory (the checkout) when inside."""
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _stdin(paths: list[str], name: str) -> tuple[str, bytes] | None:
    """The article given as "-": standard input, read once, as bytes (its encoding is found like a file's)."""
    return (name, bounded_read(sys.stdin.buffer, name)) if "-" in paths else None


def _changed(changed: tuple[str, ...], diff_base: str | None) -> list[Path]:
    files = [Path(c) for c in changed]
    for f in files:
        if not f.is_file():
            raise UsageError(str(f), "changed file does not exist")
    found = [f.resolve() for f in files]
    if diff_base:
        found += [p for p in changed_since(diff_base, Path.cwd()) if p.name.lower().endswith(
            (".txt", ".md", ".markdown"))]
    return sorted(set(found))


def _emit(report: Report, fmt: str | None, output: str | None, min_level: str | None) -> Report:
    """Print or write the report in its format; problems and notices go to stderr. Returns what was shown."""
    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") else "full"
    if fmt not in REPORTERS:
        raise UsageError("--format", f"unknown format {fmt!r} (known: {', '.join(sorted(REPORTERS))})")
    for problem in report.problems:
        click.echo(f"factcheck: skipped {problem}", err=True)
    for notice in report.notices:
        click.echo(f"factcheck: note: {notice}", err=True)
    visible = gate.shown(report, min_level)
    color, width = _color_and_width()
    text = REPORTERS[fmt](visible, color=color and not output, width=width)
    if output:
        gate.write_atomically(output, text)
    else:
        click.echo(text, nl=False)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary:
        render_markdown = REPORTERS["markdown"]
        try:
            with open(summary, "a", encoding="utf-8") as handle:  # the full list: annotations stop at ten a level
                handle.write(render_markdown(visible))
        except OSError as exc:
            raise UsageError(f"GITHUB_STEP_SUMMARY={shown(summary)}", f"cannot be written ({exc.strerror or exc})") \
                from None
    return visible


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="table",
              show_default=True, help="Output format.")
@click.option("--rules", multiple=True, metavar="DIR", help="A folder of rule files laid over the built-in rules.")
@click.option("--stdin-name", metavar="NAME", default="stdin", show_default=True,
              help="The name of the article read from standard input (PATH -).")
def extract(paths: tuple[str, ...], fmt: str, rules: tuple[str, ...], stdin_name: str) -> None:
    """Print every claim read from the articles under PATHS."""
    from . import api
    from .report.extract import EXTRACT_REPORTERS

    run = api.extract_run(paths, Ruleset.load([Path(r) for r in rules]), _stdin(list(paths), stdin_name))
    for problem in run.problems:
        click.echo(f"factcheck: skipped {problem}", err=True)
    for note in run.notes:
        click.echo(f"factcheck: note: {note}", err=True)
    color, width = _color_and_width()
    click.echo(EXTRACT_REPORTERS[fmt](run.extracted, color=color, width=width), nl=False)
    sys.exit(_failed(run.failures))


@cli.command("rules")
def rules_command() -> None:
    """List every rule id a finding can come from, with what it reports."""
    width = max(map(len, RULES))
    for rule, (line, _, _) in sorted(RULES.items()):
        click.echo(f"{rule:<{width}}  {line}")


@cli.group()
def index() -> None:
    """An archive index: claims read once, new articles checked against it (check --index)."""


@index.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db", required=True, metavar="FILE", help="The index file (created if missing).")
@click.option("--rules", multiple=True, metavar="DIR", help="A folder of rule files laid over the built-in rules.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching GLOB.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes reading the articles (0: every core); with --scheduler local, Dask workers.")
@click.option("--scheduler", metavar="ADDRESS", help="Read the articles on a Dask cluster: a scheduler's address "
              "(tcp://host:8786), or 'local' for one on this machine (pip install 'factcheck-news[dask]').")
def index_build(paths: tuple[str, ...], db: str, rules: tuple[str, ...], exclude: tuple[str, ...], jobs: int,
                scheduler: str | None) -> None:
    """Bring the index FILE up to date with the articles under PATHS: new and changed files are read, unchanged
    ones are not, files no longer under PATHS leave the index."""
    from . import archive

    ruleset = Ruleset.load([Path(r) for r in rules])
    with _progress(True) as progress:
        done = archive.build(paths, db, ruleset, exclude, progress, jobs, scheduler)
    for problem in done.problems:
        click.echo(f"factcheck: skipped {problem}", err=True)
    for note in done.notes:
        click.echo(f"factcheck: note: {note}", err=True)
    click.echo(f"{shown(db)}: {done.added} added, {done.changed} changed, {done.unchanged} unchanged, "
               f"{done.removed} removed; {done.articles} articles read")
    sys.exit(_failed(done.failures))


@index.command("stats")
@click.argument("file")
def index_stats(file: str) -> None:
    """Say what the index FILE holds."""
    from .archive import Index

    with Index(file) as opened:
        for key, value in opened.stats().items():
            click.echo(f"{key:>15}: {shown(str(value)) if isinstance(value, str) else f'{value:,}'}")


def _failed(failures: Sequence[Failure]) -> int:
    """Say on stderr what an internal error cost (its traceback with --debug); INTERNAL_ERROR if any, else 0."""
    for failure in failures:
        if _debug:
            click.echo(failure.traceback.rstrip(), err=True)
        click.echo(f"factcheck: {failure}", err=True)
    return INTERNAL_ERROR if failures else 0


def _terminated(signum: int, _frame: object) -> None:
    """SIGTERM (a CI job cancelled, a timeout) ends the run as an interrupt does: files being written are
    removed (write_atomically), never left half written or as temporary files."""
    sys.exit(128 + signum)


def main() -> None:
    """Console entry point."""
    signal.signal(signal.SIGTERM, _terminated)
    try:
        cli()
    except BrokenPipeError:
        _pipe_closed()
    except Exception as error:  # a bug: said in one line (the traceback with --debug), with a code of its own
        if _debug:
            traceback.print_exc()
        click.echo(f"factcheck: internal error (a bug in factcheck, please report it): "
                   f"{type(error).__name__}: {error}" + ("" if _debug else "; run factcheck --debug ... for the traceback"),
                   err=True)
        sys.exit(INTERNAL_ERROR)


__all__ = ["cli", "main"]
