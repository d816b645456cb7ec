"""One validation run: find the drafts under the given paths, check each, gather a ``Report``.

A file that cannot be read is recorded as an ``InputProblem`` and the run goes on with the
others, so one broken draft in a folder does not hide the findings in the rest. With more than
one job the files are checked in worker processes (each builds its own engine: durable_rules
hosts cannot be shared or pickled); results are gathered in input order, so the report is the
same whatever the number of jobs.

Nothing here grows with the number of files when the report is streamed (``run(stream=True)``,
what the command line does): folders are walked lazily, in the same order as a sorted list of
their files; worker processes get files a few dozen at a time with a bounded number of batches
in flight; and each result goes to a spool on disk (``govcheck.spool``) as it arrives.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, cast

from govcheck.drafts import DRAFT_SUFFIXES, LoadedDraft
from govcheck.engine import Backend, Checker
from govcheck.errors import GovcheckError, InputError, RuleError, one_line
from govcheck.i18n import t
from govcheck.inputs import load_input
from govcheck.models import (
    FieldStatus,
    Finding,
    InputProblem,
    Language,
    Reading,
    Report,
    RuleInfo,
    Severity,
)
from govcheck.rulebook import Rulebook, customised, load_rulebook_cached
from govcheck.safe_io import OutputRefused, remember, remember_tree, shown
from govcheck.spool import Spool
from govcheck.waivers import PlacedWaiver, apply_waivers, waiver_file_notes

#: What a directory scan picks up: drafts and documents (.md is left out: folders of drafts
#: often carry a README.md that is not a case document; name a .md file to check it).
SCANNED_SUFFIXES = (*DRAFT_SUFFIXES, ".txt", ".docx", ".pdf")
#: Below this many files per job, starting worker processes costs more than it saves.
FILES_PER_JOB = 25
#: Files sent to a worker at a time (fewer on small runs), and batches in flight per worker:
#: enough to keep every worker busy, few enough that memory does not grow with the run.
BATCH = 48
IN_FLIGHT = 4
#: ``run(stream=True)`` keeps the report on disk from this many files on; below, in memory (a
#: pre-commit hook's handful of drafts need no temporary file).
SPOOL_FROM = 1000


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


def _scanned(name: str) -> bool:
    return name.lower().endswith(SCANNED_SUFFIXES)


def _walk(folder: str) -> Iterator[os.DirEntry[str]]:
    """The drafts and documents under ``folder`` in the order of ``sorted(Path.rglob)``, one
    folder listing in memory at a time: entries by name at each level (a path sorts by its
    parts), hidden names skipped, symlinked folders not followed (as ``rglob``)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk(entry.path)
            elif entry.is_file() and _scanned(entry.name):
                yield entry
        except OSError:
            continue


def iter_names(paths: Iterable[Path], lang: Language = "sv") -> Iterator[str | InputProblem]:
    """The files to check as path strings, lazily, in a stable order, and a problem for each
    path that gives none; each file once (remembering the files seen only when several paths
    are given). Strings, not ``Path`` objects: an archive's walk makes a million of them."""
    paths = list(paths)
    seen: set[str] | None = set() if len(paths) > 1 else None
    for path in paths:
        if path.is_dir():
            found = False
            for entry in _walk(str(path)):
                found = True
                name = entry.path
                if seen is not None:
                    if name in seen:
                        continue
                    seen.add(name)
                yield name
            if not found:
                yield InputProblem(file=str(path), message=t("no_drafts", lang, path=path))
        elif path.is_file() or path.exists() or path.is_symlink():
            # Not a regular file (a FIFO, a dangling link): reading it says what is wrong.
            name = str(path)
            if seen is not None:
                if name in seen:
                    continue
                seen.add(name)
            yield name
        else:
            yield InputProblem(file=str(path), message=t("no_such_path", lang, path=path))


def iter_files(paths: Iterable[Path], lang: Language = "sv") -> Iterator[Path | InputProblem]:
    """``iter_names`` with each file as a ``Path``."""
    for item in iter_names(paths, lang):
        yield item if isinstance(item, InputProblem) else Path(item)


def collect(paths: Iterable[Path], lang: Language = "sv") -> tuple[list[Path], list[InputProblem]]:
    """Files to check, in a stable order; directories are searched for drafts and documents.
    A named path that is not a regular file (a FIFO, a dangling link) is kept: reading it
    says precisely what is wrong with it."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    for item in iter_files(paths, lang):
        if isinstance(item, InputProblem):
            problems.append(item)
        else:
            files.append(item)
            remember(item)  # no report of this run may replace it
    return files, problems


def refuse_inputs_as_outputs(
    paths: Iterable[Path], targets: Iterable[Path], lang: Language = "sv"
) -> None:
    """No output of the run may replace a file it checks (``validate a.toml -o a.toml``): each
    existing target's identity is compared with every input's while the inputs are walked.
    Nothing is kept per input (an archive may hold a million files; remembering each one grew
    the command line's memory by a third from 10,000 to 100,000 drafts)."""
    existing: dict[tuple[int, int], Path] = {}
    for target in targets:
        try:
            info = os.stat(target)
        except (OSError, ValueError):
            continue  # a file that is not there yet is no input
        existing[(info.st_dev, info.st_ino)] = target
    if not existing:
        return
    for item in iter_names(paths, lang):
        if isinstance(item, InputProblem):
            continue
        try:
            info = os.stat(item)
        except (OSError, ValueError):
            continue
        clash = existing.get((info.st_dev, info.st_ino))
        if clash is not None:
            raise OutputRefused(t("output_is_input", lang, file=shown(clash)))


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

    #: where select and exclude came from (config file or command line), for messages
    selection_source: str = ""

    def selects(self, rule_id: str) -> bool:
        from fnmatch import fnmatchcase

        chosen = not self.select or any(fnmatchcase(rule_id, p) for p in self.select)
        return chosen and not any(fnmatchcase(rule_id, p) for p in self.exclude)

    def rulebook(self) -> Rulebook:
        for folder in (self.rules_dir, *self.extra_rules):
            remember_tree(folder)  # rule files and sources: no report may replace them
        book = load_rulebook_cached(self.rules_dir, extra=self.extra_rules)
        self._check_rules_found(book)
        if self.select or self.exclude or self.severities:
            self._check_selection(book)
            book = customised(book, self.selects, dict(self.severities))
        return book

    def _check_rules_found(self, book: Rulebook) -> None:
        """A rule directory that gives no rule is a usage error, never a silent pass."""
        files = [rule.file for rule in book.rules] + [q.file for q in book.questions]
        for folder in (self.rules_dir, *self.extra_rules):
            prefix = str(folder)
            if not any(file.startswith(prefix) for file in files):
                raise RuleError(str(folder), t("no_rules_in_folder", self.lang))

    def _check_selection(self, book: Rulebook) -> None:
        """Like ruff: a pattern that matches no rule, or a selection that leaves none, is a
        usage error (exit 2), not a run that checks nothing and passes."""
        from fnmatch import fnmatchcase

        ids = book.all_ids
        where = self.selection_source or t("the_command_line", self.lang)
        for option, patterns in (("select", self.select), ("exclude", self.exclude)):
            for pattern in patterns:
                if not any(fnmatchcase(rule_id, pattern) for rule_id in ids):
                    raise GovcheckError(
                        t(
                            "selection_matches_nothing",
                            self.lang,
                            where=where,
                            pattern=one_line(pattern),
                            option=option,
                        )
                    )
        if not any(self.selects(rule_id) for rule_id in ids):
            raise GovcheckError(t("selection_empty", self.lang, where=where))


@dataclass(frozen=True)
class FileResult:
    file: str
    findings: list[Finding]
    problem: InputProblem | None
    evaluated: tuple[str, ...]
    used_waivers: tuple[int, ...] = ()
    #: For a document: what the reader made of each field.
    reading: Reading | None = None


def reading_of(loaded: LoadedDraft) -> Reading | None:
    """The field statuses of a document, for the reports; None for a structured draft."""
    if not loaded.field_status:
        return None
    statuses = {"read", "absent", "unreadable", "inferred"}
    fields = {
        name: cast(FieldStatus, status if status in statuses else "unreadable")
        for name, status in loaded.field_status.items()
    }
    return Reading(fields=fields, inferred_datum=loaded.inferred_datum)


class Validator:
    """Builds the checker once (compiling the rules) and validates any number of files."""

    def __init__(self, config: RunConfig, rulebook: Rulebook | None = None) -> None:
        self.config = config
        self.rulebook = rulebook or config.rulebook()

    @cached_property
    def checker(self) -> Checker:
        """Built on first use: a run that checks in worker processes compiles no rules here."""
        return Checker(self.rulebook, self.config.backend, self.config.lang)

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
        return FileResult(str(path), findings, None, applicable, used, reading_of(loaded))

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
        *,
        stream: bool = False,
    ) -> Report:
        """Checks every file under ``paths``. With ``stream`` the report of a large run is
        kept on disk (a ``SpooledReport``): memory stays flat however many files there are."""
        paths = list(paths)
        problems: list[InputProblem] = []
        total = 0
        for item in iter_names(paths, self.config.lang):  # a first pass counts, keeps nothing
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                total += 1
        files = (item for item in iter_names(paths) if not isinstance(item, InputProblem))
        spool = Spool(self.config.fail_on) if stream and total >= SPOOL_FROM else None
        names: list[str] = []
        findings: list[Finding] = []
        evaluated: dict[str, tuple[str, ...]] = {}
        readings: dict[str, Reading] = {}
        used_waivers: set[int] = set()
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        for done, result in enumerate(self._results(files, total, jobs), start=1):
            used_waivers.update(result.used_waivers)
            if result.problem is not None:
                problems.append(result.problem)
            if spool is not None:
                read = result.problem is None
                spool.add(
                    result.file,
                    result.findings,
                    result.evaluated if read else None,
                    result.reading,
                )
            else:
                names.append(result.file)
                findings.extend(result.findings)
                if result.problem is None:
                    # Drafts of one kind share one tuple of rule ids: the report stays small.
                    evaluated[result.file] = shared.setdefault(result.evaluated, result.evaluated)
                    if result.reading is not None:
                        readings[result.file] = result.reading
            if progress is not None:
                progress(done, total)
        notes: list[Finding] = []
        if self.config.waivers:
            notes = waiver_file_notes(
                list(self.config.waivers),
                used_waivers,
                self._today(),
                self.config.lang,
                self.rulebook.version,
            )
        fields = {
            "ruleset_version": self.rulebook.version,
            "rules_evaluated": tuple(self.rulebook.all_ids),
            "rules": rule_infos(self.rulebook, self.config.lang),
            "fail_on": self.config.fail_on,
            "lang": self.config.lang,
            "judged_on": self.config.per,
        }
        if spool is not None:
            from govcheck.spooled import spooled

            return spooled(spool, notes, problems, **fields)
        return Report(
            files=tuple(names),
            findings=tuple(sorted([*findings, *notes], key=Finding.sort_key)),
            problems=tuple(problems),
            evaluated=evaluated,
            readings=readings,
            **fields,
        )

    def _results(self, files: Iterator[str], total: int, jobs: int) -> Iterator[FileResult]:
        workers = min(jobs, max(1, total // FILES_PER_JOB))
        if workers <= 1:
            yield from (self.check_file(Path(name)) for name in files)
            return
        # Imported here: a single draft (a pre-commit hook, an editor) should not pay for them.
        import multiprocessing
        from concurrent.futures import Future, ProcessPoolExecutor

        context = multiprocessing.get_context(_start_method())
        size = max(1, min(BATCH, total // (workers * 8)))
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(self.config,),
        )
        try:
            with _sigint_blocked():  # the workers start (and stay) deaf to Ctrl-C
                for _ in range(workers):
                    pool.submit(_started)  # one submission starts one worker
            # In input order, with at most IN_FLIGHT batches per worker submitted and not yet
            # taken: results are yielded as they come, never gathered.
            pending: deque[Future[list[FileResult]]] = deque()
            batches = iter(lambda: list(itertools.islice(files, size)), [])
            for batch in batches:
                pending.append(pool.submit(_check_in_worker, batch))
                if len(pending) >= workers * IN_FLIGHT:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:
            _stop(pool)  # Ctrl-C or an error: end the workers now, wait for nothing
            raise
        pool.shutdown(wait=True)


def _start_method() -> str:
    """How worker processes start. On Linux "fork": a worker is a copy of this process, with
    govcheck imported and the rule set loaded, and starts in milliseconds instead of importing
    and loading everything again (~0.3 s of CPU each, a tenth of a 10,000-draft run on two
    cores). Safe here: this process has compiled no rules into durable_rules (the checker is
    built on first use, and a run with workers never uses it here) and runs no other thread
    when the pool forks its workers, which Python 3.11's pool does all at once before its own
    thread starts (with another thread running, "spawn"). Elsewhere "spawn" (fork is unsafe on
    macOS). ``GOVCHECK_START_METHOD`` chooses."""
    chosen = os.environ.get("GOVCHECK_START_METHOD", "")
    if chosen in ("fork", "spawn", "forkserver"):
        return chosen
    alone = threading.active_count() == 1  # another thread could hold a lock a copy keeps
    return "fork" if sys.platform == "linux" and alone else "spawn"


def _started() -> None:
    """Nothing: submitted once per worker while SIGINT is blocked, so all start deaf to it."""


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Blocks SIGINT in this thread while the worker processes are started: they inherit the
    blocked signal, so Ctrl-C in a terminal (sent to the whole process group) reaches only the
    parent, which stops them itself. Without it each worker prints a traceback and the pool
    can deadlock. A Ctrl-C that arrives meanwhile is delivered when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(pool: Any) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=10)
    # The pool's manager thread notices the dead workers and ends; joined here, so that the
    # interpreter's exit has nothing left to wait for (a Ctrl-C during that wait printed a
    # traceback from concurrent.futures' exit hook).
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        with contextlib.suppress(Exception):
            manager.join(timeout=10)


_VALIDATORS: dict[RunConfig, Validator] = {}
_LAST: tuple[RunConfig, Validator] | None = None
_LOCK = threading.Lock()


def check_document(config: RunConfig, path: Path) -> FileResult:
    """The check of one document, as a function of its configuration and its path: what
    ``validate`` runs in its worker processes and ``govcheck batch`` on a Dask cluster. Each
    process builds one validator per configuration (compiling the rules once) and keeps it.

    Serialised per process: durable_rules loses findings when threads share its state
    (ENGINE_NOTES), and a Dask worker may run several tasks in threads."""
    with _LOCK:
        return validator_for(config).check_file(path)


def validator_for(config: RunConfig) -> Validator:
    """This process's validator for ``config`` (call it holding ``_LOCK``). The last one is
    found by identity: hashing a configuration for every document would cost more."""
    global _LAST
    if _LAST is not None and _LAST[0] is config:
        return _LAST[1]
    validator = _VALIDATORS.get(config)
    if validator is None:
        validator = _VALIDATORS[config] = Validator(config)
    _LAST = (config, validator)
    return validator


def _start_worker(config: RunConfig) -> None:
    global _CONFIG
    _CONFIG = config
    with _LOCK:
        _VALIDATORS[config] = Validator(config)


_CONFIG: RunConfig | None = None


def _check_in_worker(names: list[str]) -> list[FileResult]:
    """A batch of files, returned in one message: rule-id tuples and citations shared by its
    results are sent once (pickle keeps shared objects shared within one message)."""
    assert _CONFIG is not None, "worker not started"
    return [check_document(_CONFIG, Path(name)) for name in names]
