"""The command line. Thin by design: it parses options, calls the runner or the rulebook, hands
the result to a reporter and exits with the report's code. No checking logic lives here."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from govcheck import __version__
from govcheck.config import Effective, describe, load_settings
from govcheck.errors import GovcheckError
from govcheck.inputs import load_input
from govcheck.models import Language, Severity
from govcheck.reporters import REPORTERS, get_reporter
from govcheck.reporters.base import RenderOptions, chunks, write_report
from govcheck.rulebook import Rulebook, load_rulebook
from govcheck.runner import RunConfig, Validator, default_rules_dir, refuse_overwriting_inputs
from govcheck.templates import TYPES as TEMPLATE_TYPES
from govcheck.templates import template_for
from govcheck.waivers import PlacedWaiver, load_waiver_file

EXIT_CODES_HELP = """
\b
Slutkoder / exit codes:
  0  inget på eller över --fail-on hittades / nothing at or above --fail-on
  1  minst en anmärkning på eller över --fail-on / at least one such finding
  2  användnings- eller indatafel / usage or input error (one line: file, line, key)
"""


class _Date(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click stubs
    name = "ÅÅÅÅ-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"'{value}' är inget datum på formen ÅÅÅÅ-MM-DD", param, ctx)


def _rules_dir(option: Path | None) -> Path:
    if option is not None:
        return option
    env = os.environ.get("GOVCHECK_RULES")
    return Path(env) if env else default_rules_dir()


def _load(option: Path | None) -> Rulebook:
    return load_rulebook(_rules_dir(option))


rules_option = click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Regelkatalog (standard: de medföljande reglerna, eller $GOVCHECK_RULES).",
)
lang_option = click.option(
    "--lang",
    type=click.Choice(["sv", "en"]),
    default="sv",
    show_default=True,
    help="Språk för meddelanden / language of messages.",
)


class _GovcheckError(click.ClickException):
    """A govcheck error shown as one line, with its own exit code (2), however click is run."""

    def __init__(self, error: GovcheckError) -> None:
        super().__init__(str(error))

    exit_code = GovcheckError.exit_code

    def show(self, file: Any = None) -> None:
        click.echo(f"govcheck: {self.format_message()}", err=True)


class _Group(click.Group):
    """Turns GovcheckError into a one-line message and exit 2, also under click's test runner."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GovcheckError as error:
            raise _GovcheckError(error) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govcheck")
def cli() -> None:
    """govcheck granskar utkast till kommunala ärenden mot kommunens riktlinjer.

    govcheck checks draft municipal case documents against the municipality's guidelines.
    """


class _PairedOutputs(click.Command):
    """Keeps the order of the arguments, so that each --output can belong to the --format
    written just before it (``--format sarif --output r.sarif --format text``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["govcheck.args"] = list(args)
        return super().parse_args(ctx, args)


def _pair_outputs(args: list[str], formats: tuple[str, ...]) -> list[tuple[str, Path | None]]:
    pairs: list[tuple[str, Path | None]] = []
    pending_output: Path | None = None
    iterator = iter(args)
    for arg in iterator:
        name, _, inline = arg.partition("=")
        if name == "--format":
            pairs.append((inline or next(iterator, "text"), None))
        elif name in {"--output", "-o"}:
            target = Path(inline or next(iterator, ""))
            if pairs and pairs[-1][1] is None:
                pairs[-1] = (pairs[-1][0], target)
            else:
                pending_output = target
    if not pairs:
        pairs = [(formats[0] if formats else "text", None)]
    if pending_output is not None and pairs[0][1] is None:
        pairs[0] = (pairs[0][0], pending_output)
    return pairs


def _settings(ctx_options: dict[str, Any], config_file: Path | None) -> Effective:
    return load_settings(ctx_options, config_file=config_file)


config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Konfigurationsfil (standard: govcheck.toml eller [tool.govcheck] i pyproject.toml, "
    "sökt från arbetskatalogen och uppåt).",
)


@cli.command(cls=_PairedOutputs, epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "formats",
    type=click.Choice(sorted(REPORTERS)),
    multiple=True,
    help="Rapportformat; kan anges flera gånger, var och en med sin --output.",
)
@click.option(
    "--output",
    "-o",
    "outputs",
    type=click.Path(path_type=Path, dir_okay=False),
    multiple=True,
    help="Fil för rapporten i formatet närmast före (standard: standard ut).",
)
@click.option(
    "--kommun",
    type=click.STRING,
    default=None,
    help="Kommun för utkast som inte själva anger 'kommun'.",
)
@click.option(
    "--per",
    type=_Date(),
    default=None,
    help="Bedöm utkasten enligt reglerna som gällde detta datum (standard: utkastets datum).",
)
@click.option(
    "--fail-on",
    type=click.Choice([s.value for s in Severity]),
    default=None,
    help="Lägsta allvarlighetsgrad som ger slutkod 1 (standard: varning).",
)
@click.option(
    "--undantag",
    "waiver_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Fil med undantag (waivers).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=None,
    help="Antal arbetsprocesser (standard: maskinens kärnor).",
)
@click.option(
    "--engine",
    type=click.Choice(["durable", "oracle"]),
    default="durable",
    hidden=True,
    help="Matchningsmotor (oracle = ren Python, för felsökning).",
)
@rules_option
@config_option
@click.option(
    "--lang",
    type=click.Choice(["sv", "en"]),
    default=None,
    help="Språk för meddelanden / language of messages (standard: sv).",
)
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
    jobs: int | None,
    engine: str,
    rules_dir: Path | None,
    config_file: Path | None,
    lang: str | None,
) -> None:
    """Granska utkast och dokument (TOML, JSON, text, Word, PDF; filer eller kataloger)."""
    effective = _settings(
        {
            "kommun": kommun,
            "fail_on": fail_on,
            "lang": lang,
            "undantag": str(waiver_file) if waiver_file else None,
            "jobs": jobs,
        },
        config_file,
    )
    settings = effective.settings
    waivers: tuple[PlacedWaiver, ...] = ()
    if waiver_path := effective.waiver_file() if waiver_file is None else waiver_file:
        waivers = tuple(load_waiver_file(waiver_path, settings.lang))
    config = RunConfig(
        rules_dir=_rules_dir(rules_dir),
        extra_rules=tuple(effective.rule_dirs()),
        select=tuple(settings.select),
        exclude=tuple(settings.exclude),
        severities=tuple(settings.severity.items()),
        backend="oracle" if engine == "oracle" else "durable",
        lang=settings.lang,
        per=per,
        fail_on=settings.fail_on,
        default_kommun=settings.kommun,
        waivers=waivers,
    )
    pairs = _pair_outputs(ctx.meta.get("govcheck.args", []), formats)
    refuse_overwriting_inputs(paths, [target for _, target in pairs if target is not None])
    validator = Validator(config)
    report = validator.run(
        paths, jobs=settings.jobs or os.cpu_count() or 1, progress=_progress_bar(), stream=True
    )
    for fmt, target in pairs:
        color = target is None and fmt == "text" and sys.stdout.isatty()
        rendered = get_reporter(fmt)(report, RenderOptions(color=color))
        if target is None:
            for chunk in chunks(rendered):
                click.echo(chunk, nl=False)
        else:
            write_report(target, rendered)
    if any(fmt != "text" or target is not None for fmt, target in pairs):
        for problem in report.problems:
            click.echo(problem.one_line(), err=True)
    sys.exit(report.exit_code)


def _progress_bar() -> Callable[[int, int], None] | None:
    """A progress bar on a terminal for long runs; none in CI logs or when stderr is piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total < 50:
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label="granskar", file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(1)
        if done == total:
            state["bar"].__exit__(None, None, None)

    return update


@cli.command(
    epilog="Slutkod 0 när alla dokument är granskade, 2 om något dokument i utdata inte kunde "
    "granskas (i denna körning eller en tidigare som den fortsatte)."
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--list",
    "list_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Fil med ett dokument (sökväg) per rad, utöver PATHS.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Anmärkningarna som JSON Lines (NAMN.jsonl); index, problem och Parquet läggs bredvid.",
)
@click.option(
    "--scheduler",
    default=None,
    help="Adress till ett Dask-klusters schemaläggare (tcp://värd:8786); standard: ett lokalt.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 4096),
    default=None,
    help="Arbetsprocesser i det lokala klustret (standard: maskinens kärnor).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=500,
    show_default=True,
    help="Dokument per uppgift till en arbetare.",
)
@click.option(
    "--parquet/--no-parquet", default=None, help="Skriv även Parquet (standard: om pyarrow finns)."
)
@click.option("--kommun", default=None, help="Kommun för dokument som inte själva anger den.")
@click.option("--per", type=_Date(), default=None, help="Bedöm enligt reglerna detta datum.")
@rules_option
@config_option
@click.option("--lang", type=click.Choice(["sv", "en"]), default=None, help="Språk / language.")
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


@cli.command()
@click.option("--typ", type=click.Choice(TEMPLATE_TYPES), required=True, help="Ärendetyp.")
@click.option(
    "--kommun",
    required=True,
    help="Kommunens id: namnet på dess profilmapp i rules/kommuner/.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Fil att skriva (standard: standard ut).",
)
@click.option("--force", is_flag=True, help="Skriv över en befintlig fil.")
def init(typ: str, kommun: str, output: Path | None, force: bool) -> None:
    """Skriv en mall för ett utkast, med det du ska fylla i markerat [FYLL I: …]."""
    if output is not None and output.exists() and not force:
        raise click.UsageError(f"{output} finns redan; ange --force för att skriva över den")
    text = template_for(typ, kommun, [_rules_dir(None)])
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"skrev {output}", err=True)


@cli.command("config")
@config_option
def show_config(config_file: Path | None) -> None:
    """Visa gällande inställningar och var var och en kommer ifrån."""
    click.echo(describe(_settings({}, config_file)), nl=False)


@cli.command("rules")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "html"]),
    default="text",
    show_default=True,
    help="markdown och html ger regelboken för juridisk granskning.",
)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), default=None)
@rules_option
@lang_option
def list_rules(fmt: str, output: Path | None, rules_dir: Path | None, lang: Language) -> None:
    """Lista reglerna med källhänvisningar, eller skriv regelboken (markdown, html)."""
    from govcheck.rulebook_render import render_rules  # only this command needs it: faster start

    text = render_rules(_load(rules_dir), fmt, lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@cli.command()
@click.argument("rule_id")
@rules_option
@lang_option
def explain(rule_id: str, rules_dir: Path | None, lang: Language) -> None:
    """Visa en regel: påstående, citerad källa, giltighet och scenarier."""
    from govcheck.rulebook_render import explain as explain_rule  # as in `rules`

    text = explain_rule(_load(rules_dir), rule_id, lang)
    if text is None:
        raise click.BadParameter(f"ingen regel eller fråga med id {rule_id}", param_hint="RULE_ID")
    click.echo(text)


@cli.command()
@click.argument("draft", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--per", type=_Date(), default=None, help="Bedöm per detta datum.")
@rules_option
@lang_option
def questions(draft: Path, per: dt.date | None, rules_dir: Path | None, lang: Language) -> None:
    """Lista frågorna som utkastet ska besvara, och om de är besvarade."""
    from govcheck.questions import render_questions  # only this command needs it

    click.echo(render_questions(_load(rules_dir), load_input(draft, lang), per, lang), nl=False)


@cli.command()
@click.argument("document", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Skriv utkastet (TOML) hit i stället för till standard ut.",
)
@click.option("--force", is_flag=True, help="Skriv över en befintlig fil.")
@click.option(
    "--kommun",
    type=click.STRING,
    default=None,
    help="Kommun, om dokumentet inte visar den.",
)
def extract(document: Path, output: Path | None, force: bool, kommun: str | None) -> None:
    """Läs ut ett strukturerat utkast ur ett dokument (.txt, .md, .docx, .pdf)."""
    from govcheck.documents.loader import extracted_toml

    if output is not None and output.exists() and not force:
        raise click.UsageError(f"{output} finns redan; ange --force för att skriva över den")
    text = extracted_toml(document, kommun)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"skrev {output}", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adress att lyssna på.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(0, 64),
    default=None,
    help="Arbetsprocesser för granskningarna (standard: maskinens kärnor, högst 4).",
)
@rules_option
def serve(host: str, port: int, workers: int | None, rules_dir: Path | None) -> None:
    """Starta webbsidan där handläggare granskar ett dokument (http://127.0.0.1:8000)."""
    from govcheck.web.server import default_workers, is_loopback
    from govcheck.web.server import serve as run_server

    if not is_loopback(host):
        click.echo(
            f"govcheck: obs: sidan nås från nätverket på {host}:{port} och har ingen inloggning",
            err=True,
        )
    config = RunConfig(rules_dir=_rules_dir(rules_dir))
    config.rulebook()  # a broken rule directory is exit 2 before the server starts
    run_server(config, host, port, default_workers() if workers is None else workers)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("avbrutet", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code if isinstance(exc, _GovcheckError) else 2)
    except GovcheckError as exc:
        click.echo(f"govcheck: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # never a traceback for the user; say what and where to report
        click.echo(f"govcheck: internt fel: {type(exc).__name__}: {exc}", err=True)
        sys.exit(3)
