"""The command line. Thin by design: it parses options, calls the runner or the rulebook, hands
the result to a reporter and exits with the report's code. No checking logic lives here.

Every text it shows comes from the catalogue (i18n.py), in the language of ``--lang`` (or
``$GOVCHECK_LANG``, or the config's ``lang``), help and click's own messages included.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn, cast

import click

from govcheck import __version__
from govcheck.config import KOMMUN_PATTERN, Effective, describe, load_settings, severity_value
from govcheck.errors import GovcheckError
from govcheck.i18n import (
    LANGUAGES,
    current_language,
    help_text,
    install_click_texts,
    os_error,
    set_language,
    t,
)
from govcheck.inputs import load_input
from govcheck.models import Language, Severity
from govcheck.reporters import REPORTERS, get_reporter
from govcheck.reporters.base import RenderOptions, chunks, problem_line, write_report
from govcheck.reporters.escape import log, plain
from govcheck.rulebook import Rulebook, load_rulebook_cached
from govcheck.runner import RunConfig, Validator, default_rules_dir, refuse_inputs_as_outputs
from govcheck.safe_io import (
    OutputRefused,
    check_output,
    forget_inputs,
    remember,
    shown,
    write_output,
)
from govcheck.templates import TYPES as TEMPLATE_TYPES
from govcheck.templates import template_for
from govcheck.waivers import PlacedWaiver, load_waiver_file

install_click_texts()

#: GitHub keeps at most 1 MiB of a step's job summary.
STEP_SUMMARY_LIMIT = 1_000_000


# --- language ------------------------------------------------------------------------------


def _language_of(args: Iterable[str]) -> Language:
    """``--lang X`` or ``--lang=X`` anywhere in the arguments, else $GOVCHECK_LANG, else sv."""
    found: str | None = None
    items = list(args)
    for index, arg in enumerate(items):
        if arg == "--lang" and index + 1 < len(items):
            found = items[index + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    found = found or os.environ.get("GOVCHECK_LANG")
    return "en" if found == "en" else "sv"


class _Option(click.Option):
    """An option whose help and metavariable come from the catalogue, in the run's language."""

    def __init__(
        self, *args: Any, help_id: str | None = None, meta_id: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.help_id = help_id
        self.meta_id = meta_id

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        if self.help_id:
            self.help = help_text(self.help_id)
        return super().get_help_record(ctx)

    def make_metavar(self, ctx: click.Context) -> str:
        if self.meta_id:
            return help_text(self.meta_id)
        return super().make_metavar(ctx)


class _Argument(click.Argument):
    def __init__(self, *args: Any, meta_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.meta_id = meta_id

    def make_metavar(self, ctx: click.Context) -> str:
        if self.meta_id:
            text = help_text(self.meta_id)
            return text if self.nargs == 1 or text.endswith("...") else text + "..."
        return super().make_metavar(ctx)


class _Localised:
    """Help, epilog and usage of a command in the run's language."""

    help_id: str = ""
    epilog_id: str = "exit_codes"

    def localise(self) -> None:
        command = cast(click.Command, self)
        if self.help_id:
            command.help = help_text(self.help_id)
        command.epilog = help_text(self.epilog_id)
        command.options_metavar = help_text("meta.options")
        command._help_option = None  # click keeps it, with its text in the first language


class _Command(_Localised, click.Command):
    def __init__(self, *args: Any, help_id: str = "", epilog_id: str = "exit_codes", **kw: Any):
        super().__init__(*args, **kw)
        self.help_id = help_id
        self.epilog_id = epilog_id

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        self.localise()
        return super().parse_args(ctx, args)

    def get_short_help_str(self, limit: int = 45) -> str:
        self.localise()
        return super().get_short_help_str(limit)


class _ValidateCommand(_Command):
    """Keeps the order of --format and --output, so that each --output belongs to the
    --format written just before it (``--format sarif -o r.sarif --format text``), however
    the value is attached (``-or.sarif``, ``--output=r.sarif``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        self.localise()
        sequence: list[tuple[str, str]] = []
        try:
            opts, _, order = self.make_parser(ctx).parse_args(args=list(args))
        except click.UsageError:
            order, opts = [], {}  # the real parse below reports it
        formats = iter(opts.get("formats") or ())
        outputs = iter(opts.get("outputs") or ())
        for param in order:
            if param.name == "formats":
                sequence.append(("format", str(next(formats, "text"))))
            elif param.name == "outputs":
                sequence.append(("output", str(next(outputs, ""))))
        ctx.meta["govcheck.sequence"] = sequence
        return super().parse_args(ctx, args)


class _GovcheckError(click.ClickException):
    """A govcheck error shown as one line, with its own exit code (2), however click is run."""

    exit_code = GovcheckError.exit_code

    def __init__(self, error: GovcheckError) -> None:
        super().__init__(str(error))

    def show(self, file: Any = None) -> None:
        _echo(f"govcheck: {log(self.format_message())}", err=True)


class _Group(_Localised, click.Group):
    """Sets the run's language, and turns GovcheckError into one line and exit 2, also under
    click's test runner."""

    help_id = "cli"
    epilog_id = "exit_codes_validate"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        set_language(_language_of(args))
        forget_inputs()
        self.localise()
        ctx.help_option_names = ["-h", "--help"]
        self.subcommand_metavar = help_text("meta.command")
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GovcheckError as error:
            raise _GovcheckError(error) from None


def _echo(text: str, err: bool = False, nl: bool = True, color: bool | None = None) -> None:
    """Output that cannot fail on a file name's non-UTF-8 bytes."""
    click.echo(plain(text), err=err, nl=nl, color=color)


# --- parameter types -------------------------------------------------------------------------


class _Date(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click stubs
    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return help_text("meta.date")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(t("not_a_date", value=log(str(value))), param, ctx)


class _SeverityType(click.ParamType):  # type: ignore[type-arg]
    """fel, varning, info, or their English names error, warning (any case)."""

    name = "severity"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return help_text("meta.severity")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return Severity(severity_value(value)).value
        except ValueError:
            self.fail(t("not_a_severity", value=log(str(value))), param, ctx)


class _KommunType(click.ParamType):  # type: ignore[type-arg]
    """A municipality id: any profile's id; whether a profile exists is judged later."""

    name = "kommun"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return help_text("meta.kommun")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value).strip().casefold()
        if not re.fullmatch(KOMMUN_PATTERN, text):
            self.fail(t("not_a_kommun", value=log(str(value))), param, ctx)
        return text


def _file(*names: str, help_id: str, **kwargs: Any) -> Callable[[Any], Any]:
    return click.option(
        *names,
        cls=_Option,
        help_id=help_id,
        meta_id="meta.file",
        type=click.Path(path_type=Path),
        default=None,
        **kwargs,
    )


rules_option = click.option(
    "--rules",
    "rules_dir",
    cls=_Option,
    help_id="rules_dir",
    meta_id="meta.folder",
    type=click.Path(path_type=Path),
    default=None,
)
lang_option = click.option(
    "--lang", cls=_Option, help_id="lang", type=click.Choice(LANGUAGES), default=None
)
config_option = click.option(
    "--config",
    "config_file",
    cls=_Option,
    help_id="config_file",
    meta_id="meta.file",
    type=click.Path(path_type=Path),
    default=None,
)
kommun_type = _KommunType()


def _rules_dir(option: Path | None) -> Path:
    if option is not None:
        return option
    env = os.environ.get("GOVCHECK_RULES")
    return Path(env) if env else default_rules_dir()


def _load(option: Path | None) -> Rulebook:
    return load_rulebook_cached(_rules_dir(option))


def _settings(ctx_options: dict[str, Any], config_file: Path | None) -> Effective:
    if ctx_options.get("lang") is None:  # `govcheck --lang en validate …`: the group's option
        context = click.get_current_context(silent=True)
        group_lang = context.find_root().params.get("lang") if context else None
        if group_lang is not None:
            ctx_options = {**ctx_options, "lang": group_lang}
    effective = load_settings(ctx_options, config_file=config_file)
    set_language(effective.settings.lang)
    return effective


# --- the commands ----------------------------------------------------------------------------


@click.group(cls=_Group)
@click.version_option(
    __version__, "--version", prog_name="govcheck", cls=_Option, help_id="version"
)
@lang_option
def cli(lang: str | None) -> None:
    """govcheck granskar utkast till kommunala ärenden mot kommunens riktlinjer."""


def _pair_outputs(sequence: list[tuple[str, str]]) -> list[tuple[str, Path | None]]:
    """Each --output belongs to the --format just before it; one before any --format belongs
    to the first. At most one report goes to standard output; no file gets two."""
    pairs: list[list[Any]] = []
    early: list[str] = []
    for kind, value in sequence:
        if kind == "format":
            pairs.append([value, None])
        elif not pairs:
            early.append(value)
        elif pairs[-1][1] is not None:
            raise click.UsageError(t("two_outputs_for_one_format", fmt=pairs[-1][0]))
        else:
            pairs[-1][1] = Path(value)
    if not pairs:
        pairs = [["text", None]]
    if early:
        if len(early) > 1 or pairs[0][1] is not None:
            raise click.UsageError(t("two_outputs_for_one_format", fmt=pairs[0][0]))
        pairs[0][1] = Path(early[0])
    to_stdout = [fmt for fmt, target in pairs if target is None]
    if len(to_stdout) > 1:
        raise click.UsageError(t("several_to_stdout", formats=", ".join(to_stdout)))
    seen: set[str] = set()
    for _, target in pairs:
        if target is not None:
            key = os.path.abspath(target)
            if key in seen:
                raise click.UsageError(t("same_output_twice", file=shown(target)))
            seen.add(key)
    return [(fmt, target) for fmt, target in pairs]


def _use_color(option: bool | None) -> bool:
    if option is not None:
        return option
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


@cli.command(cls=_ValidateCommand, help_id="validate", epilog_id="exit_codes_validate")
@click.argument(
    "paths",
    cls=_Argument,
    meta_id="meta.paths",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path),
)
@click.option(
    "--format",
    "formats",
    cls=_Option,
    help_id="validate.format",
    type=click.Choice(sorted(REPORTERS)),
    multiple=True,
)
@click.option(
    "--output",
    "-o",
    "outputs",
    cls=_Option,
    help_id="validate.output",
    meta_id="meta.file",
    type=click.Path(path_type=Path),
    multiple=True,
)
@click.option(
    "--kommun", "--municipality", cls=_Option, help_id="validate.kommun", type=kommun_type
)
@click.option("--per", "--as-of", "per", cls=_Option, help_id="validate.per", type=_Date())
@click.option("--fail-on", cls=_Option, help_id="validate.fail_on", type=_SeverityType())
@_file("--undantag", "--waivers", "waiver_file", help_id="validate.waivers")
@_file("--baslinje", "--baseline", "baseline_file", help_id="validate.baseline")
@_file(
    "--skapa-baslinje",
    "--create-baseline",
    "create_baseline",
    help_id="validate.create_baseline",
)
@click.option(
    "--jobs",
    "-j",
    cls=_Option,
    help_id="validate.jobs",
    meta_id="meta.n",
    type=click.IntRange(1, 64),
    default=None,
)
@click.option(
    "--color/--no-color",
    "color",
    cls=_Option,
    help_id="validate.color",
    default=None,
)
@click.option("--quiet", "-q", cls=_Option, help_id="validate.quiet", is_flag=True)
@click.option("--engine", type=click.Choice(["durable", "oracle"]), default="durable", hidden=True)
@rules_option
@config_option
@lang_option
@click.pass_context
def validate(
    ctx: click.Context,
    paths: tuple[Path, ...],
    formats: tuple[str, ...],
    outputs: tuple[Path, ...],
    kommun: str | None,
    per: dt.date | None,
    fail_on: str | None,
    waiver_file: Path | None,
    baseline_file: Path | None,
    create_baseline: Path | None,
    jobs: int | None,
    color: bool | None,
    quiet: bool,
    engine: str,
    rules_dir: Path | None,
    config_file: Path | None,
    lang: str | None,
) -> None:
    from govcheck import baseline

    pairs = _pair_outputs(ctx.meta.get("govcheck.sequence", []))
    effective = _settings(
        {
            "kommun": kommun,
            "fail_on": fail_on,
            "lang": lang,
            "undantag": str(waiver_file) if waiver_file else None,
            "baslinje": str(baseline_file) if baseline_file else None,
            "jobs": jobs,
        },
        config_file,
    )
    settings = effective.settings
    language = settings.lang
    waivers: tuple[PlacedWaiver, ...] = ()
    waiver_path = effective.waiver_file() if waiver_file is None else waiver_file
    if waiver_path is not None:
        waivers = tuple(load_waiver_file(waiver_path, language))
    recorded = None
    baseline_path = effective.baseline_file() if baseline_file is None else baseline_file
    if baseline_path is not None:
        recorded = baseline.load(baseline_path, language)
    config = RunConfig(
        rules_dir=_rules_dir(rules_dir),
        extra_rules=tuple(effective.rule_dirs(language)),
        select=tuple(settings.select),
        exclude=tuple(settings.exclude),
        severities=tuple(settings.severity.items()),
        backend="oracle" if engine == "oracle" else "durable",
        lang=language,
        per=per,
        fail_on=settings.fail_on,
        default_kommun=settings.kommun,
        waivers=waivers,
        selection_source=effective.sources.get("select", "")
        if settings.select
        else effective.sources.get("exclude", ""),
    )
    validator = Validator(config)
    targets = [target for _, target in pairs if target is not None]
    if create_baseline is not None:
        if any(os.path.abspath(create_baseline) == os.path.abspath(x) for x in targets):
            raise click.UsageError(t("same_output_twice", file=shown(create_baseline)))
        targets.append(create_baseline)
    refuse_inputs_as_outputs(paths, targets, language)  # no report may replace a draft
    for output in targets:
        check_output(output, language)
    progress = None if quiet else _progress_bar()
    # A baseline marks findings one by one: that run keeps its report in memory.
    stream = recorded is None and create_baseline is None
    report = validator.run(
        paths, jobs=settings.jobs or os.cpu_count() or 1, progress=progress, stream=stream
    )
    if recorded is not None and baseline_path is not None:
        report = baseline.apply(report, recorded, baseline_path.parent)
    if create_baseline is not None:
        count = baseline.create(report, create_baseline, language)
        report = baseline.apply(
            report, baseline.load(create_baseline, language), create_baseline.parent
        )
        if not quiet:
            _echo(t("baseline_written", file=shown(create_baseline), count=count), err=True)
    options = RenderOptions(
        color=_use_color(color),
        quiet=quiet,
        rulebook_url=settings.rulebook_url,
        base_dir=os.getcwd(),
    )
    for fmt, target in pairs:
        rendered = get_reporter(fmt)(
            report, options if fmt == "text" and target is None else _plain_options(options)
        )
        if target is None:
            for chunk in chunks(rendered):
                _echo(chunk, nl=False, color=options.color or None)
        else:
            write_report(target, rendered, language)
    _write_step_summary(report, options)
    if any(fmt not in {"text", "concise"} or target is not None for fmt, target in pairs):
        for problem in report.problems:
            _echo(problem_line(problem), err=True)
    sys.exit(report.exit_code)


def _plain_options(options: RenderOptions) -> RenderOptions:
    return RenderOptions(
        color=False,
        quiet=options.quiet,
        rulebook_url=options.rulebook_url,
        base_dir=options.base_dir,
    )


def _write_step_summary(report: Any, options: RenderOptions) -> None:
    """In GitHub Actions, the Markdown report goes to the job summary (appended, as GitHub
    expects; cut at its 1 MiB limit with a note), never through a link or over an input."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    text = "".join(chunks(get_reporter("markdown")(report, _plain_options(options))))
    data = text.encode("utf-8", "replace")
    if len(data) > STEP_SUMMARY_LIMIT:
        note = ("\n\n" + t("summary_cut") + "\n").encode("utf-8")
        cut = data[: STEP_SUMMARY_LIMIT - len(note)]
        data = cut.decode("utf-8", "ignore").encode("utf-8") + note
    path = Path(target)
    check_output(path)
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags, 0o666)
        try:
            os.write(handle, data)
        finally:
            os.close(handle)
    except OSError as exc:
        raise OutputRefused(t("cannot_write", file=shown(path), detail=os_error(exc))) from None


def _progress_bar() -> Callable[[int, int], None] | None:
    """A progress bar on a terminal for long runs; none in CI logs or when stderr is piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total < 50:
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label=t("progress"), file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(1)
        if done == total:
            state["bar"].__exit__(None, None, None)

    return update


@cli.command(cls=_Command, help_id="batch", epilog_id="exit_codes_batch")
@click.argument(
    "paths", cls=_Argument, meta_id="meta.paths", nargs=-1, type=click.Path(path_type=Path)
)
@click.option(
    "--list",
    "list_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    cls=_Option,
    help_id="batch.list",
    meta_id="meta.file",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    cls=_Option,
    help_id="batch.output",
    meta_id="meta.file",
)
@click.option(
    "--scheduler",
    default=None,
    cls=_Option,
    help_id="batch.scheduler",
    meta_id="meta.address",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 4096),
    default=None,
    cls=_Option,
    help_id="batch.workers",
    meta_id="meta.n",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=500,
    show_default=True,
    cls=_Option,
    help_id="batch.batch_size",
    meta_id="meta.n",
)
@click.option("--parquet/--no-parquet", default=None, cls=_Option, help_id="batch.parquet")
@click.option("--kommun", default=None, cls=_Option, help_id="batch.kommun", meta_id="meta.kommun")
@click.option("--per", type=_Date(), default=None, cls=_Option, help_id="questions.per")
@rules_option
@config_option
@lang_option
def batch(
    paths: tuple[Path, ...],
    list_file: Path | None,
    output: Path,
    scheduler: str | None,
    workers: int | None,
    batch_size: int,
    parquet: bool | None,
    kommun: str | None,
    per: dt.date | None,
    rules_dir: Path | None,
    config_file: Path | None,
    lang: str | None,
) -> None:
    """Granska ett helt arkiv på ett Dask-kluster; avbruten körning fortsätter där den slutade."""
    from govcheck.batch import Progress, run_batch  # dask is imported only by this command

    if not paths and list_file is None:
        raise click.UsageError("ange dokument, kataloger eller --list")
    effective = _settings({"kommun": kommun, "lang": lang}, config_file)
    settings = effective.settings
    config = RunConfig(
        rules_dir=_rules_dir(rules_dir),
        extra_rules=tuple(effective.rule_dirs()),
        select=tuple(settings.select),
        exclude=tuple(settings.exclude),
        severities=tuple(settings.severity.items()),
        lang=settings.lang,
        per=per,
        default_kommun=settings.kommun,
    )
    show = _batch_progress()

    def update(status: Progress) -> None:
        show(
            f"{status.checked + status.skipped:,}/{status.total:,} dokument "
            f"({status.skipped:,} redan klara), {status.findings:,} anmärkningar, "
            f"{status.problems + status.failures:,} problem, {status.rate:,.0f} dokument/s"
        )

    result = run_batch(
        config,
        config.rulebook().version,
        paths,
        output,
        list_file=list_file,
        scheduler=scheduler,
        workers=workers,
        batch_size=batch_size,
        parquet=parquet,
        progress=update,
    )
    status = result.progress
    show(None)
    click.echo(
        f"granskade {status.checked:,} dokument ({status.skipped:,} redan klara): "
        f"{status.findings:,} anmärkningar i {result.outputs.findings}, "
        f"{status.problems:,} som inte kunde läsas och {status.failures:,} interna fel "
        f"i {result.outputs.problems}"
        + (f"; Parquet i {result.outputs.parquet}" if result.parquet else "")
    )
    sys.exit(2 if result.problems_in_output else 0)


def _batch_progress() -> Callable[[str | None], None]:
    """A line kept up to date on a terminal; elsewhere (logs) a line at most every 30 s."""
    terminal = sys.stderr.isatty()
    last = [0.0]

    def show(text: str | None) -> None:
        import time

        if text is None:
            if terminal:
                click.echo("", err=True)
            return
        if terminal:
            click.echo(f"\r{text}\x1b[K", err=True, nl=False)
        elif time.monotonic() - last[0] >= 30:
            last[0] = time.monotonic()
            click.echo(text, err=True)

    return show


def _write(target: Path | None, text: str, force: bool) -> None:
    """A command's output: standard output, or a file written whole, never over an input or
    (without --force) an existing file."""
    if target is None:
        _echo(text, nl=False)
        return
    write_output(target, [text], overwrite=force)
    _echo(t("wrote", file=shown(target)), err=True)


@cli.command(cls=_Command, help_id="init")
@click.option(
    "--typ",
    "--type",
    "typ",
    cls=_Option,
    help_id="init.typ",
    type=click.Choice(TEMPLATE_TYPES),
    required=True,
)
@click.option(
    "--kommun",
    "--municipality",
    cls=_Option,
    help_id="init.kommun",
    type=kommun_type,
    required=True,
)
@_file("--output", "-o", "output", help_id="write_to")
@click.option("--force", cls=_Option, help_id="force", is_flag=True)
@lang_option
def init(typ: str, kommun: str, output: Path | None, force: bool, lang: str | None) -> None:
    _write(output, template_for(typ, kommun, [_rules_dir(None)]), force)


@cli.command("config", cls=_Command, help_id="config")
@config_option
@lang_option
def show_config(config_file: Path | None, lang: str | None) -> None:
    _echo(describe(_settings({"lang": lang}, config_file)), nl=False)


@cli.command("rules", cls=_Command, help_id="rules")
@click.option(
    "--format",
    "fmt",
    cls=_Option,
    help_id="rules.format",
    type=click.Choice(["text", "json", "markdown", "html"]),
    default="text",
    show_default=True,
)
@_file("--output", "-o", "output", help_id="write_to")
@rules_option
@lang_option
def list_rules(fmt: str, output: Path | None, rules_dir: Path | None, lang: str | None) -> None:
    from govcheck.rulebook_render import render_rules  # only this command needs it: faster start

    text = render_rules(_load(rules_dir), fmt, current_language())
    _write(output, text, force=True)


@cli.command(cls=_Command, help_id="explain")
@click.argument("rule_id", cls=_Argument, meta_id="meta.rule_id")
@rules_option
@lang_option
def explain(rule_id: str, rules_dir: Path | None, lang: str | None) -> None:
    from govcheck.rulebook_render import explain as explain_rule  # as in `rules`

    text = explain_rule(_load(rules_dir), rule_id, current_language())
    if text is None:
        raise click.BadParameter(t("no_rule_with_id", rule_id=log(rule_id)), param_hint="RULE_ID")
    _echo(text)


@cli.command(cls=_Command, help_id="questions")
@click.argument("draft", cls=_Argument, meta_id="meta.draft", type=click.Path(path_type=Path))
@click.option("--per", "--as-of", "per", cls=_Option, help_id="questions.per", type=_Date())
@rules_option
@lang_option
def questions(draft: Path, per: dt.date | None, rules_dir: Path | None, lang: str | None) -> None:
    from govcheck.errors import InputError
    from govcheck.questions import render_questions  # only this command needs it

    language = current_language()
    try:
        loaded = load_input(draft, language)
    except InputError as error:
        raise GovcheckError(error.one_line()) from None
    _echo(render_questions(_load(rules_dir), loaded, per, language), nl=False)


@cli.command(cls=_Command, help_id="extract")
@click.argument("document", cls=_Argument, meta_id="meta.document", type=click.Path(path_type=Path))
@_file("--output", "-o", "output", help_id="extract.output")
@click.option("--force", cls=_Option, help_id="force", is_flag=True)
@click.option("--kommun", "--municipality", cls=_Option, help_id="extract.kommun", type=kommun_type)
@lang_option
def extract(
    document: Path, output: Path | None, force: bool, kommun: str | None, lang: str | None
) -> None:
    from govcheck.documents.loader import extracted_toml

    remember(document)  # never the output, whatever --force says
    if output is not None:
        check_output(output, overwrite=force)
    _write(output, extracted_toml(document, kommun), force)


@cli.command(cls=_Command, help_id="serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    cls=_Option,
    help_id="serve.host",
    meta_id="meta.address",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8000,
    show_default=True,
    cls=_Option,
    help_id="serve.port",
    meta_id="meta.port",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 64),
    default=None,
    cls=_Option,
    help_id="serve.workers",
    meta_id="meta.n",
)
@rules_option
@lang_option
def serve(
    host: str, port: int, workers: int | None, rules_dir: Path | None, lang: str | None
) -> None:
    from govcheck.web.server import default_workers, is_loopback
    from govcheck.web.server import serve as run_server

    if not is_loopback(host):
        _echo(t("serve_exposed", host=host, port=port), err=True)
    config = RunConfig(rules_dir=_rules_dir(rules_dir))
    config.rulebook()  # a broken rule directory is exit 2 before the server starts
    run_server(config, host, port, default_workers() if workers is None else workers)


def main() -> None:
    """The command: its exit code, one line for an error, never a traceback. Once the command
    has ended, Ctrl-C is ignored: Python's exit restores the default handler of any signal
    with a handler of its own, so a Ctrl-C in the last milliseconds of a finished run killed
    it by signal (exit -2 instead of its code; seen in the Ctrl-C tests now that a run of a
    few hundred drafts ends within a second)."""
    try:
        _command(sys.argv[1:])
    except KeyboardInterrupt:  # between the command's own handlers and here
        _interrupted()
    finally:
        _quiet_interrupts()


def _command(args: list[str]) -> None:
    set_language(_language_of(args))
    try:
        cli.main(args=args, prog_name="govcheck", standalone_mode=False)
    except click.exceptions.Abort:
        _interrupted()
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code if isinstance(exc, _GovcheckError) else 2)
    except GovcheckError as exc:
        _echo(f"govcheck: {log(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _interrupted()
    except BrokenPipeError:  # `govcheck … | head`: the reader left; say nothing more
        _quiet_stdout()
        sys.exit(1)
    except SystemExit:
        raise
    except MemoryError:
        _echo(f"govcheck: {t('internal_error', detail='MemoryError')}", err=True)
        sys.exit(3)
    except Exception as exc:  # never a traceback for the user; one line, exit 3
        detail = log(f"{type(exc).__name__}: {exc}")
        _echo(f"govcheck: {t('internal_error', detail=detail)}", err=True)
        sys.exit(3)


def _interrupted() -> NoReturn:
    """Ctrl-C: one word, exit 130, at once. The workers are stopped and no output is half
    written by now (outputs are renamed into place whole, the spool is an unlinked file), so
    the interpreter's exit hooks have nothing left to do but can hang or fail: Python 3.11's
    concurrent.futures joins its pool thread without a timeout (stuck for good when a worker
    was stopped while writing a result) and then writes to the pool's closed wake-up pipe
    ("OSError: Bad file descriptor" with a traceback). Seen in about half the runs of
    tests/test_hostile.py's Ctrl-C test; ``os._exit`` skips both."""
    _quiet_interrupts()
    _echo(t("interrupted"), err=True)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(130)


def _quiet_interrupts() -> None:
    """After a Ctrl-C, more of them (a terminal sends one per key press) must not interrupt
    the clean-up at exit (joining worker processes) with a traceback."""
    with contextlib.suppress(ValueError, OSError):  # not the main thread: nothing to do
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
