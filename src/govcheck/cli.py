"""The command line. Thin by design: it parses options, calls the runner or the rulebook, hands
the result to a reporter and exits with the report's code. No checking logic lives here."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import click

from govcheck import __version__
from govcheck.drafts import load_draft
from govcheck.errors import GovcheckError
from govcheck.models import Language, Severity
from govcheck.questions import render_questions
from govcheck.reporters import REPORTERS, get_reporter
from govcheck.reporters.base import RenderOptions
from govcheck.rulebook import Rulebook, load_rulebook
from govcheck.rulebook_render import explain as explain_rule
from govcheck.rulebook_render import render_rules
from govcheck.runner import Validator, default_rules_dir

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govcheck")
def cli() -> None:
    """govcheck granskar utkast till kommunala ärenden mot kommunens riktlinjer.

    govcheck checks draft municipal case documents against the municipality's guidelines.
    """


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(REPORTERS)),
    default="text",
    show_default=True,
    help="Rapportformat.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Skriv rapporten till en fil i stället för till standard ut.",
)
@click.option(
    "--kommun",
    type=click.Choice(["malmo", "goteborg"]),
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
    default=Severity.VARNING.value,
    show_default=True,
    help="Lägsta allvarlighetsgrad som ger slutkod 1.",
)
@click.option(
    "--engine",
    type=click.Choice(["durable", "oracle"]),
    default="durable",
    hidden=True,
    help="Matchningsmotor (oracle = ren Python, för felsökning).",
)
@rules_option
@lang_option
def validate(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    kommun: str | None,
    per: dt.date | None,
    fail_on: str,
    engine: str,
    rules_dir: Path | None,
    lang: Language,
) -> None:
    """Granska utkast (TOML eller JSON, filer eller kataloger) och rapportera avvikelser."""
    validator = Validator(
        _load(rules_dir),
        backend="oracle" if engine == "oracle" else "durable",
        lang=lang,
        per=per,
        fail_on=Severity(fail_on),
        default_kommun=kommun,
    )
    report = validator.run(paths)
    color = output is None and fmt == "text" and sys.stdout.isatty()
    text = get_reporter(fmt)(report, RenderOptions(color=color))
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    for problem in report.problems:
        if fmt != "text" or output is not None:
            click.echo(problem.one_line(), err=True)
    sys.exit(report.exit_code)


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
    click.echo(render_questions(_load(rules_dir), load_draft(draft, lang), per, lang), nl=False)


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
    type=click.Choice(["malmo", "goteborg"]),
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


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("avbrutet", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
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
