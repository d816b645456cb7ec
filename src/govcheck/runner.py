"""One validation run: find the drafts under the given paths, check each, gather a ``Report``.

A file that cannot be read is recorded as an ``InputProblem`` and the run goes on with the
others, so one broken draft in a folder does not hide the findings in the rest. With more than
one job the files are checked in worker processes (each builds its own engine: durable_rules
hosts cannot be shared or pickled); results are gathered in input order, so the report is the
same whatever the number of jobs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from govcheck.drafts import DRAFT_SUFFIXES, LoadedDraft
from govcheck.engine import Backend, Checker
from govcheck.errors import GovcheckError, InputError
from govcheck.i18n import t
from govcheck.inputs import load_input
from govcheck.models import Finding, InputProblem, Language, Report, RuleInfo, Severity
from govcheck.rulebook import Rulebook, customised, load_rulebook
from govcheck.waivers import PlacedWaiver, apply_waivers, waiver_file_notes

#: What a directory scan picks up: drafts and documents (.md is left out: folders of drafts
#: often carry a README.md that is not a case document; name a .md file to check it).
SCANNED_SUFFIXES = (*DRAFT_SUFFIXES, ".txt", ".docx", ".pdf")
#: Below this many files per job, starting worker processes costs more than it saves.
FILES_PER_JOB = 25


def default_rules_dir() -> Path:
    """The rules shipped with govcheck: ``rules/`` beside ``src/`` in a checkout or an editable
    install, else the copy installed as the package data ``govcheck.rules``."""
    beside = Path(__file__).resolve().parents[2] / "rules"
    if (beside / "rulebook.toml").is_file():
        return beside
    try:
        from importlib.resources import files

        installed = Path(str(files("govcheck.rules")))
        if (installed / "rulebook.toml").is_file():
            return installed
    except (ModuleNotFoundError, TypeError):
        pass
    return beside


def collect(paths: Iterable[Path], lang: Language = "sv") -> tuple[list[Path], list[InputProblem]]:
    """Files to check, in a stable order; directories are searched for drafts and documents."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SCANNED_SUFFIXES
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


def refuse_overwriting_inputs(paths: Iterable[Path], targets: Iterable[Path]) -> None:
    """A report must never replace a draft the user gave (``validate a.toml -o a.toml``)."""
    files, _ = collect(paths)
    inputs = {path.resolve() for path in files}
    for target in targets:
        if target.resolve() in inputs:
            raise GovcheckError(
                f"{target}: rapporten skulle skriva över ett utkast som granskas; "
                "välj en annan fil för --output"
            )


def problem_from(error: InputError) -> InputProblem:
    return InputProblem(file=error.file, message=error.message, line=error.line, key=error.key)


def rule_infos(rulebook: Rulebook, lang: Language) -> tuple[RuleInfo, ...]:
    infos = [
        RuleInfo(
            id=rule.id,
            title=rule.spec.title.get(lang),
            severity=rule.spec.severity,
            citation=rule.citation(rulebook.sources_dir),
        )
        for rule in rulebook.rules
    ]
    infos += [
        RuleInfo(
            id=q.id, title=q.spec.text.get(lang), severity=q.spec.severity, citation=q.citation()
        )
        for q in rulebook.questions
    ]
    return tuple(infos)


@dataclass(frozen=True)
class RunConfig:
    """Everything a validator needs, picklable so worker processes can build their own."""

    rules_dir: Path
    extra_rules: tuple[Path, ...] = ()
    select: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    severities: tuple[tuple[str, Severity], ...] = ()
    backend: Backend = "durable"
    lang: Language = "sv"
    per: dt.date | None = None
    fail_on: Severity = Severity.VARNING
    default_kommun: str | None = None
    waivers: tuple[PlacedWaiver, ...] = field(default_factory=tuple)

    def selects(self, rule_id: str) -> bool:
        from fnmatch import fnmatchcase

        chosen = not self.select or any(fnmatchcase(rule_id, p) for p in self.select)
        return chosen and not any(fnmatchcase(rule_id, p) for p in self.exclude)

    def rulebook(self) -> Rulebook:
        book = load_rulebook(self.rules_dir, extra=self.extra_rules)
        if self.select or self.exclude or self.severities:
            book = customised(book, self.selects, dict(self.severities))
        return book


@dataclass(frozen=True)
class FileResult:
    file: str
    findings: list[Finding]
    problem: InputProblem | None
    evaluated: tuple[str, ...]
    used_waivers: tuple[int, ...] = ()


class Validator:
    """Builds the checker once (compiling the rules) and validates any number of files."""

    def __init__(self, config: RunConfig, rulebook: Rulebook | None = None) -> None:
        self.config = config
        self.rulebook = rulebook or config.rulebook()
        self.checker = Checker(self.rulebook, config.backend, config.lang)

    def check_file(self, path: Path) -> FileResult:
        config = self.config
        try:
            loaded = load_input(
                path, config.lang, config.default_kommun, (config.rules_dir, *config.extra_rules)
            )
        except InputError as error:
            return FileResult(str(path), [], problem_from(error), ())
        findings, used = self._check_with_waivers(loaded)
        applicable = self.checker.applicable(loaded, config.per)
        return FileResult(str(path), findings, None, applicable, used)

    def check_loaded(self, loaded: LoadedDraft) -> list[Finding]:
        return self._check_with_waivers(loaded)[0]

    def _check_with_waivers(self, loaded: LoadedDraft) -> tuple[list[Finding], tuple[int, ...]]:
        config = self.config
        findings = self.checker.check(loaded, config.per)
        if not (loaded.draft.undantag or config.waivers):
            return findings, ()
        return apply_waivers(
            findings,
            loaded,
            list(config.waivers),
            self._today(),
            config.lang,
            self.rulebook.version,
        )

    def _today(self) -> dt.date:
        return self.config.per or dt.date.today()

    def run(
        self,
        paths: Iterable[Path],
        jobs: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> Report:
        files, problems = collect(paths, self.config.lang)
        findings: list[Finding] = []
        evaluated: dict[str, tuple[str, ...]] = {}
        used_waivers: set[int] = set()
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        for done, result in enumerate(self._results(files, jobs), start=1):
            findings.extend(result.findings)
            used_waivers.update(result.used_waivers)
            if result.problem is not None:
                problems.append(result.problem)
            else:
                # Drafts of one kind share one tuple of rule ids: the report stays small.
                evaluated[result.file] = shared.setdefault(result.evaluated, result.evaluated)
            if progress is not None:
                progress(done, len(files))
        if self.config.waivers:
            findings.extend(
                waiver_file_notes(
                    list(self.config.waivers),
                    used_waivers,
                    self._today(),
                    self.config.lang,
                    self.rulebook.version,
                )
            )
        return Report(
            files=tuple(str(path) for path in files),
            findings=tuple(sorted(findings, key=Finding.sort_key)),
            problems=tuple(problems),
            ruleset_version=self.rulebook.version,
            rules_evaluated=tuple(self.rulebook.all_ids),
            rules=rule_infos(self.rulebook, self.config.lang),
            evaluated=evaluated,
            fail_on=self.config.fail_on,
            lang=self.config.lang,
            judged_on=self.config.per,
        )

    def _results(self, files: list[Path], jobs: int) -> Iterator[FileResult]:
        workers = min(jobs, max(1, len(files) // FILES_PER_JOB))
        if workers <= 1:
            yield from (self.check_file(path) for path in files)
            return
        # Imported here: a single draft (a pre-commit hook, an editor) should not pay for them.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # "spawn": each worker starts clean and builds its own engine (no forked C state).
        context = multiprocessing.get_context("spawn")
        chunk = max(1, len(files) // (workers * 8))
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(self.config,),
        ) as pool:
            yield from pool.map(_check_in_worker, files, chunksize=chunk)


_WORKER: Validator | None = None


def _start_worker(config: RunConfig) -> None:
    global _WORKER
    _WORKER = Validator(config)


def _check_in_worker(path: Path) -> FileResult:
    assert _WORKER is not None, "worker not started"
    return _WORKER.check_file(path)
