"""One validation run: find the drafts under the given paths, check each, gather a ``Report``.

A file that cannot be read is recorded as an ``InputProblem`` and the run goes on with the
others, so one broken draft in a folder does not hide the findings in the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from govcheck.drafts import DRAFT_SUFFIXES, LoadedDraft, load_draft
from govcheck.engine import Backend, Checker
from govcheck.errors import InputError
from govcheck.i18n import t
from govcheck.models import Finding, InputProblem, Language, Report, Severity
from govcheck.rulebook import Rulebook

#: What a directory scan picks up: drafts and documents (.md is left out: folders of drafts
#: often carry a README.md that is not a case document; name a .md file to check it).
SCANNED_SUFFIXES = (*DRAFT_SUFFIXES, ".txt", ".docx", ".pdf")


def default_rules_dir() -> Path:
    """The rules shipped beside the package in a source checkout (``<repo>/rules``)."""
    return Path(__file__).resolve().parents[2] / "rules"


def collect(paths: Iterable[Path], lang: Language = "sv") -> tuple[list[Path], list[InputProblem]]:
    """Files to check, in a stable order; directories are searched for drafts."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DRAFT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(
                    InputProblem(file=str(path), message=t("no_drafts", lang, path=path))
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(
                InputProblem(file=str(path), message=t("no_such_path", lang, path=path))
            )
    unique = list(dict.fromkeys(files))
    return unique, problems


def problem_from(error: InputError) -> InputProblem:
    return InputProblem(file=error.file, message=error.message, line=error.line, key=error.key)


class Validator:
    """Builds the checker once (compiling the rules) and validates any number of files."""

    def __init__(
        self,
        rulebook: Rulebook,
        *,
        backend: Backend = "durable",
        lang: Language = "sv",
        per: dt.date | None = None,
        fail_on: Severity = Severity.VARNING,
        default_kommun: str | None = None,
    ) -> None:
        self.default_kommun = default_kommun
        self.rulebook = rulebook
        self.lang = lang
        self.per = per
        self.fail_on = fail_on
        self.checker = Checker(rulebook, backend, lang)

    def check_file(self, path: Path) -> tuple[list[Finding], InputProblem | None]:
        try:
            loaded = load_draft(path, self.lang, self.default_kommun)
        except InputError as error:
            return [], problem_from(error)
        return self.check_loaded(loaded), None

    def check_loaded(self, loaded: LoadedDraft) -> list[Finding]:
        return self.checker.check(loaded, self.per)

    def run(self, paths: Iterable[Path]) -> Report:
        files, problems = collect(paths, self.lang)
        findings: list[Finding] = []
        for path in files:
            found, problem = self.check_file(path)
            findings.extend(found)
            if problem is not None:
                problems.append(problem)
        return Report(
            files=tuple(str(path) for path in files),
            findings=tuple(sorted(findings, key=Finding.sort_key)),
            problems=tuple(problems),
            ruleset_version=self.rulebook.version,
            rules_evaluated=tuple(rule.id for rule in self.rulebook.rules),
            fail_on=self.fail_on,
            lang=self.lang,
            judged_on=self.per,
        )
