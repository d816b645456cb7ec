"""One catalogue of texts (i18n.py): with --lang en no Swedish word remains in what govcheck
itself says (help, reports, errors), except quotes and names; with --lang sv no English one.

Quotes are what stands between ” ” or “ ” (source texts, names of plan items); names are file
names, option names (--kommun), rule ids, the names of bodies and documents a citation gives
(the 'Källa'/'Source' lines). Rule messages come from the rule files in the language asked."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.config import Settings

from conftest import FIXTURES

BAD = FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml"
SWEDISH = {
    "och",
    "inte",
    "för",
    "utkast",
    "regel",
    "regler",
    "anmärkning",
    "anmärkningar",
    "granska",
    "granskade",
    "mapp",
    "skriv",
    "visa",
    "språk",
    "slutkoder",
    "varning",
    "varningar",
    "sida",
    "rad",
    "källa",
    "undantag",
    "baslinje",
    "gäller",
    "som",
    "med",
    "till",
    "är",
    "filen",
    "eller",
    "saknas",
    "fel",
    "flaggor",
    "kommandon",
    "användning",
    "hjälp",
    "kända",
    "inga",
}
ENGLISH = {
    "the",
    "and",
    "file",
    "files",
    "rule",
    "rules",
    "not",
    "with",
    "error",
    "errors",
    "warning",
    "warnings",
    "finding",
    "findings",
    "show",
    "write",
    "default",
    "folder",
    "source",
    "page",
    "line",
    "usage",
    "options",
    "commands",
    "help",
    "checked",
    "exit",
    "codes",
    "known",
}
COMMANDS = ["", "validate", "init", "config", "rules", "explain", "questions", "extract"]
SETTINGS = set(Settings.model_fields)
#: A finding's message comes from its rule file, in the language asked: the tool's own words
#: are the rest of the line.
_MESSAGE = {
    "text": re.compile(r"^(\s+\S+\s+\S+\s+[A-Z]+-[A-Z0-9-]+:).*$", re.MULTILINE),
    "concise": re.compile(r"^(.+?:\d+:\d+: [A-Z]+-(?!INDATA)[A-Z0-9-]+ \w+).*$", re.MULTILINE),
    "github": re.compile(r"^(::\w+ [^:]*title=[A-Z]+-[A-Z0-9-]+[^:]*::).*$", re.MULTILINE),
}


def _words(text: str) -> set[str]:
    """The words of a text, less quotes, names and the parts that are names."""
    text = re.sub(r"”[^”]*”|“[^”“]*”|'[^']*'|\"[^\"]*\"", " ", text)
    kept = []
    for line in text.splitlines():
        if re.match(r"^\s*(Källa|Source)\b", line):
            continue  # a citation: document titles, sections, decisions are names
        kept.append(line)
    words = set()
    for token in " ".join(kept).split():
        if token in COMMANDS or token.rstrip(":") in SETTINGS or token.startswith("::"):
            continue  # a command's or a setting's name, a workflow command
        if token.startswith(("-", "$", "/", "[tool", "http")) or "/" in token or "." in token[1:-1]:
            continue
        words.add(re.sub(r"[^\wåäöÅÄÖ]", "", token).casefold())
    return words


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(
        cli, list(args), env={"GOVCHECK_NO_CONFIG": "1", "GITHUB_STEP_SUMMARY": None}
    )
    return result.output


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_help_is_in_one_language(command: str, lang: str) -> None:
    args = [command, "--help", "--lang", lang] if command else ["--lang", lang, "--help"]
    text = _invoke(*args)
    other = SWEDISH if lang == "en" else ENGLISH
    assert not _words(text) & other, (_words(text) & other, text)
    assert "3" in text and ("internt fel" in text or "internal error" in text), text


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_reports_are_in_one_language(tmp_path: Path, fmt: str, lang: str) -> None:
    broken = tmp_path / "trasig.toml"
    broken.write_text('kommun = "malmo"\ntyp = "plan"\nplan_ar = "x"\n', encoding="utf-8")
    text = _invoke("validate", "--lang", lang, "--format", fmt, str(BAD), str(broken))
    text = _MESSAGE[fmt].sub(r"\1", text)
    other = SWEDISH if lang == "en" else ENGLISH
    found = _words(text) & other
    assert not found, (found, text)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_messages_and_errors_are_in_one_language(tmp_path: Path, lang: str) -> None:
    other = SWEDISH if lang == "en" else ENGLISH
    texts = [
        _invoke("config", "--lang", lang),
        _invoke("validate", "--lang", lang, str(tmp_path / "saknas.toml")),
        _invoke("validate", "--lang", lang, "--nope", str(BAD)),
        _invoke("validate", "--lang", lang, "--fail-on", "kritisk", str(BAD)),
        _invoke("validate", "--lang", lang, "--format", "json", "--format", "text", str(BAD)),
        _invoke("init", "--lang", lang, "--typ", "remissvar"),
    ]
    for text in texts:
        found = _words(text) & other
        assert not found, (found, text)


def test_markdown_report_headings_are_in_one_language() -> None:
    english = _invoke("validate", "--lang", "en", "--format", "markdown", str(BAD))
    head = "\n".join(line for line in english.splitlines() if not line.startswith("| "))
    head += "\n" + next(line for line in english.splitlines() if line.startswith("| Rule"))
    assert not _words(head) & SWEDISH, _words(head) & SWEDISH


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_rulebook_labels_are_in_one_language(lang: str) -> None:
    """Statements come from the rule files; sources, quotes and the Swedish scenarios (the
    contract with legal staff) are quoted; the labels around them are the tool's."""
    other = SWEDISH if lang == "en" else ENGLISH
    for args in (["explain", "MAL-D1-01"], ["rules"], ["rules", "--format", "markdown"]):
        text = _invoke(*args, "--lang", lang)
        kept = [
            re.sub(r"\*\*", "", line)
            for line in text.splitlines()
            if not re.match(r"^\s*(- \*\*)?(Källa|Source|källa|source)\W", line)
            # a condition names bodies and documents as values ("Nämnden för Intraservice")
            and not re.match(r"^\s*(reported when|rapporteras när)\b", line)
            # the contents list the rule areas by their names in the rule files
            and not line.startswith("- [")
            and not line.startswith("  - ")
            and not line.lstrip().startswith(("- *", "> ", "|", "”", "#"))
        ]
        found = _words("\n".join(kept)) & other
        assert not found, (args, found)


@pytest.mark.parametrize(
    ("args", "env", "english"),
    [
        (["validate"], {"GOVCHECK_LANG": "en"}, True),  # the environment alone
        (["--lang", "en", "validate"], {}, True),  # the group's option
        (["validate", "--lang", "sv"], {"GOVCHECK_LANG": "en"}, False),  # the command line wins
        (["validate"], {}, False),
    ],
)
def test_the_language_of_a_report_follows_env_and_group_option(
    args: list[str], env: dict[str, str], english: bool
) -> None:
    draft = FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml"
    result = CliRunner().invoke(
        cli, [*args, str(draft)], env={"GOVCHECK_NO_CONFIG": "1", "GOVCHECK_LANG": "", **env}
    )
    assert result.exit_code == 1, result.output
    assert ("drafts checked" in result.output) is english, result.output[-300:]
    assert ("utkast granskade" in result.output) is not english


@pytest.mark.parametrize("command", sorted(cli.commands))  # type: ignore[attr-defined]
def test_every_placeholder_of_every_help_is_in_the_help_language(command: str) -> None:
    """The placeholders after options (FIL/FILE, ANTAL/N, ADRESS/ADDRESS …) follow --lang:
    click's own TEXT, INTEGER RANGE and PATHS stood in the Swedish help of batch and serve,
    and FILEN in the English one. (A process each: the language is set as the command starts.)"""

    def helped(*lang: str) -> str:
        run = [sys.executable, "-m", "govcheck", command, *lang, "--help"]
        env = {**os.environ, "GOVCHECK_LANG": ""}
        return subprocess.run(run, capture_output=True, text=True, env=env, check=True).stdout

    swedish, english = helped(), helped("--lang", "en")
    assert not re.search(r"\b(TEXT|INTEGER|PATHS?|FILE|RANGE)\b", swedish), swedish
    assert not re.search(r"\b(FILEN|SÖKVÄG|ANTAL|ADRESS|MAPP|FLAGGOR)\b", english), english
