"""``govcheck batch``: an archive checked on a Dask cluster, findings written as JSON Lines.

Each document is checked by ``runner.check_document``, the very function ``validate`` runs in its
worker processes, on the workers of a Dask cluster: a local one by default (one worker process
per core), or a running cluster given by its scheduler's address. The documents are named by
folders (walked as ``validate`` walks them) or by a list file (one path a line); the workers read
them from where the paths point, so on a real cluster the archive is on a file system they all
see, and govcheck is installed on every worker.

Written next to the output ``NAME.jsonl``, all appended batch by batch:

- ``NAME.jsonl``: one finding a line, in the shape of a finding of the JSON report (the file it
  is about is its ``location.file``);
- ``NAME.problems.jsonl``: one line per document that could not be checked: the JSON report's
  input-error shape, with ``"internal": true`` when govcheck itself failed on the document;
- ``NAME.done.jsonl``: the done-index. Its first line says which govcheck and rule set made
  the results; then one line per finished batch: its documents and the sizes of the two files
  above once the batch was in them. A run that stops (killed, a lost machine) is resumed by
  running the same command: what the done-index does not cover is cut off the outputs, and the
  documents it names are skipped;
- ``NAME.parquet/part-NNNNNN.parquet`` (when pyarrow is installed): the same findings as
  Parquet, one part per batch, nested like the JSON.

Nothing on the client grows with the archive but the done-index read on resuming (8 bytes a
document, 16 while it is sorted); a bounded number of batches is in flight.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
import logging
import os
import time
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from govcheck import __version__
from govcheck.errors import GovcheckError
from govcheck.i18n import os_error, t
from govcheck.models import Citation, InputProblem, Location, Waiver
from govcheck.runner import RunConfig, check_document, iter_names

#: Documents per task: big enough that Dask's per-task cost (~1 ms) is lost in the checking,
#: small enough that a resumed run redoes little.
BATCH_SIZE = 500
#: Batches in flight per worker thread.
IN_FLIGHT = 3
#: The done-index is sorted in runs of this many digests, then merged.
SORT_RUN = 1 << 20

#: What a worker sends back for one document: its file, its findings in the JSON report's
#: shape, and, when it could not be checked, the problem in the report's input-error shape.
Outcome = tuple[str, list[dict[str, Any]], dict[str, Any] | None]
_INTERNAL = {"internal": True}


def check_batch(config: RunConfig, files: list[str]) -> list[Outcome]:
    """Runs on a worker: each document checked on its own, a failure of one not stopping the
    others."""
    out: list[Outcome] = []
    for file in files:
        try:
            result = check_document(config, Path(file))
        except Exception as exc:  # a fault of govcheck on this document: said, not fatal
            problem = InputProblem(file=file, message=f"internt fel: {type(exc).__name__}: {exc}")
            out.append((file, [], {**problem.model_dump(mode="json"), **_INTERNAL}))
            continue
        found = [f.model_dump(mode="json", exclude={"ruleset_version"}) for f in result.findings]
        problem_json = result.problem.model_dump(mode="json") if result.problem else None
        out.append((result.file, found, problem_json))
    return out


def worker_ruleset(config: RunConfig) -> str:
    """Runs on each worker before any batch: the rule set it will judge by (a worker with other
    rules or another govcheck would make results that do not belong together)."""
    from govcheck.runner import _LOCK, validator_for

    with _LOCK:
        validator = validator_for(config)
    return f"{validator.rulebook.version} (govcheck {__version__})"


@dataclass
class Progress:
    """Where a batch run stands; given to the progress callback after each batch."""

    total: int
    skipped: int = 0
    checked: int = 0
    findings: int = 0
    problems: int = 0
    failures: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.checked / elapsed if elapsed > 0 else 0.0


@dataclass(frozen=True)
class Outputs:
    findings: Path
    problems: Path
    done: Path
    parquet: Path
    summary: Path

    @classmethod
    def beside(cls, output: Path) -> Outputs:
        if output.suffix != ".jsonl":
            raise GovcheckError(f"{output}: {t('batch_output_jsonl')}")
        stem = output.with_suffix("")
        return cls(
            findings=output,
            problems=stem.with_name(stem.name + ".problems.jsonl"),
            done=stem.with_name(stem.name + ".done.jsonl"),
            parquet=stem.with_name(stem.name + ".parquet"),
            summary=stem.with_name(stem.name + ".summary.json"),
        )

    def prepare(self) -> None:
        """Outputs are appended to (a run resumes), so each must be a regular file or not yet
        there, never a link or a device; their folder is created as ``validate -o`` does."""
        for path in (self.findings, self.problems, self.done, self.summary, self.parquet):
            if path.is_symlink() or (
                path.exists() and not (path.is_file() or (path is self.parquet and path.is_dir()))
            ):
                raise GovcheckError(f"{path}: {t('batch_output_not_regular')}")
        try:
            self.findings.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise GovcheckError(f"{self.findings.parent}: {os_error(exc)}") from None


def documents(paths: Iterable[Path], list_file: Path | None) -> Iterator[str | InputProblem]:
    """The documents of the run, lazily: those under ``paths`` (as ``validate`` finds them),
    then those named in ``list_file``, one path a line (relative to the working directory;
    empty lines and lines starting with # are skipped)."""
    paths = list(paths)
    if paths:
        yield from iter_names(paths)
    if list_file is not None:
        try:
            stream = list_file.open(encoding="utf-8")
        except OSError as exc:
            raise GovcheckError(f"{list_file}: kan inte läsas: {exc.strerror or exc}") from None
        with stream:
            for line in stream:
                name = line.strip()
                if name and not name.startswith("#"):
                    yield name


class DoneIndex:
    """The documents finished in earlier runs, as sorted 64-bit digests of their paths."""

    def __init__(self) -> None:
        self._digests = array("Q")

    @staticmethod
    def digest(file: str) -> int:
        return int.from_bytes(hashlib.blake2b(file.encode(), digest_size=8).digest(), "little")

    def add_all(self, files: Iterable[str]) -> None:
        self._digests.extend(self.digest(file) for file in files)

    def seal(self) -> None:
        """Sorts the digests in runs of a million, merged: never a Python int per document at
        once (15 million of them would take ~600 MB)."""
        run = SORT_RUN
        runs = [
            array("Q", sorted(self._digests[start : start + run]))
            for start in range(0, len(self._digests), run)
        ]
        self._digests = array("Q", heapq.merge(*runs)) if len(runs) > 1 else array("Q", *runs)

    def __contains__(self, file: str) -> bool:
        digest = self.digest(file)
        at = bisect_left(self._digests, digest)
        return at < len(self._digests) and self._digests[at] == digest

    def __len__(self) -> int:
        return len(self._digests)


@dataclass
class _Resumed:
    done: DoneIndex
    findings_size: int = 0
    problems_size: int = 0
    next_part: int = 0
    parts: set[str] = field(default_factory=set)
    done_size: int = 0


def _header(config: RunConfig, ruleset_version: str) -> dict[str, Any]:
    return {"govcheck": __version__, "ruleset_version": ruleset_version, "lang": config.lang}


def _resume(outputs: Outputs, header: dict[str, Any]) -> _Resumed:
    """Reads the done-index of an earlier run (if any) and says how far its outputs are valid."""
    state = _Resumed(DoneIndex())
    if not outputs.done.exists():
        written = [path for path in (outputs.findings, outputs.problems) if _holds(path)]
        if outputs.parquet.is_dir() and any(outputs.parquet.iterdir()):
            written.append(outputs.parquet)
        if written:
            raise GovcheckError(
                f"{written[0]} finns redan men inte {outputs.done.name}: den skrivs inte över; "
                "ange en annan fil för --output"
            )
        return state
    with outputs.done.open("rb") as stream:
        first = stream.readline()
        try:
            earlier = json.loads(first)
        except ValueError:
            raise GovcheckError(f"{outputs.done}: är inget index från govcheck batch") from None
        if earlier != header:
            raise GovcheckError(
                f"{outputs.done}: gjordes med {earlier.get('ruleset_version')} "
                f"(govcheck {earlier.get('govcheck')}); nu gäller {header['ruleset_version']} "
                f"(govcheck {header['govcheck']}): börja om med en ny --output"
            )
        state.done_size = len(first)
        for line in stream:
            if not line.endswith(b"\n"):
                break  # the batch being written when the run stopped: not done
            record = json.loads(line)
            state.done.add_all(record["files"])
            state.findings_size = record["findings_bytes"]
            state.problems_size = record["problems_bytes"]
            if record.get("part"):
                state.parts.add(record["part"])
                state.next_part = max(state.next_part, int(record["part"][5:11]) + 1)
            state.done_size += len(line)
    state.done.seal()
    return state


def _holds(path: Path) -> bool:
    return path.exists() and (path.is_dir() or path.stat().st_size > 0)


def _cut(path: Path, size: int) -> None:
    """Cuts what a stopped run wrote after its last finished batch."""
    actual = path.stat().st_size if path.exists() else 0
    if actual < size:
        raise GovcheckError(
            f"{path}: kortare än vad {path.name} ska innehålla enligt indexet; "
            "filen har ändrats efter körningen: börja om med en ny --output"
        )
    if actual > size:
        with path.open("r+b") as stream:
            stream.truncate(size)


@dataclass
class BatchResult:
    progress: Progress
    outputs: Outputs
    parquet: bool
    #: Documents of the whole output (this run and the runs it resumed) that could not be
    #: checked: the lines of the problems file.
    problems_in_output: int = 0


class _Writer:
    """Appends finished batches to the outputs; a batch is done once its index line is on disk."""

    def __init__(self, outputs: Outputs, state: _Resumed, header: dict[str, Any], parquet: bool):
        self.outputs = outputs
        self.parquet = parquet
        self.ruleset_version = str(header["ruleset_version"])
        _cut(outputs.findings, state.findings_size)
        _cut(outputs.problems, state.problems_size)
        self._findings = outputs.findings.open("ab")
        self._problems = outputs.problems.open("ab")
        if outputs.done.exists():
            with outputs.done.open("r+b") as stream:
                stream.truncate(state.done_size)
            self._done: IO[bytes] = outputs.done.open("ab")
        else:
            self._done = outputs.done.open("ab")
            self._done.write(json.dumps(header, ensure_ascii=False).encode() + b"\n")
        self._next_part = state.next_part
        if parquet:
            outputs.parquet.mkdir(exist_ok=True)
            for part in outputs.parquet.glob("part-*.parquet"):
                if part.name not in state.parts:
                    part.unlink()  # written by a batch the stopped run did not finish

    def write(self, outcomes: list[Outcome]) -> tuple[int, int, int]:
        findings = [finding for _, found, _ in outcomes for finding in found]
        problems = [problem for _, _, problem in outcomes if problem is not None]
        for finding in findings:
            self._findings.write(_line(finding))
        for problem in problems:
            self._problems.write(_line(problem))
        part = None
        if self.parquet and findings:
            part = f"part-{self._next_part:06d}.parquet"
            self._next_part += 1
            _write_parquet(findings, self.outputs.parquet / part)
        for stream in (self._findings, self._problems):
            stream.flush()
            os.fsync(stream.fileno())
        record = {
            "files": [file for file, _, _ in outcomes],
            "findings_bytes": self._findings.tell(),
            "problems_bytes": self._problems.tell(),
            "part": part,
        }
        self._done.write(_line(record))
        self._done.flush()
        os.fsync(self._done.fileno())
        failures = sum(1 for problem in problems if problem.get("internal"))
        return len(findings), len(problems) - failures, failures

    def close(self) -> None:
        for stream in (self._findings, self._problems, self._done):
            stream.close()


def _line(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode() + b"\n"


def parquet_available() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _parquet_schema() -> Any:
    import pyarrow as pa

    def strings(names: Iterable[str]) -> Any:
        return pa.struct([(name, pa.string()) for name in names])

    # Every field of Location, typed by its annotation (line, page, paragraph are numbers), so
    # a field the model gains reaches the Parquet file as it reaches JSON Lines.
    location = pa.struct(
        [
            (name, pa.int64() if "int" in str(field.annotation) else pa.string())
            for name, field in Location.model_fields.items()
        ]
    )
    return pa.schema(
        [
            ("rule_id", pa.string()),
            ("severity", pa.string()),
            ("message", pa.string()),
            ("location", location),
            ("citation", strings(Citation.model_fields)),
            ("kind", pa.string()),
            ("waiver", strings(Waiver.model_fields)),
            ("known", pa.bool_()),  # recorded in a baseline (Finding.known)
        ]
    )


def _write_parquet(findings: list[dict[str, Any]], target: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    rows = [{name: finding.get(name) for name in schema.names} for finding in findings]
    table = pa.Table.from_pylist(rows, schema=schema)
    temporary = target.with_name(f".{target.name}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, target)


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    # One single-threaded worker process per core: durable_rules wants a process to itself.
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_batch(
    config: RunConfig,
    ruleset_version: str,
    paths: Iterable[Path],
    output: Path,
    *,
    list_file: Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    parquet: bool | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> BatchResult:
    """Checks every document of ``paths`` and ``list_file`` not done by an earlier run into
    ``output``; see the module docstring for what is written where."""
    paths = list(paths)
    outputs = Outputs.beside(output)
    if list_file is not None and list_file.resolve() == output.resolve():
        raise GovcheckError(f"{output}: utdata får inte vara listan över dokument")
    outputs.prepare()
    header = _header(config, ruleset_version)
    state = _resume(outputs, header)
    use_parquet = parquet_available() if parquet is None else parquet
    if use_parquet and not parquet_available():
        raise GovcheckError("Parquet kräver pyarrow: pip install 'govcheck[parquet]'")

    status = Progress(total=0)
    for item in documents(paths, list_file):  # a first pass counts, keeps nothing
        status.total += 1
        if not isinstance(item, InputProblem) and item in state.done:
            status.skipped += 1

    writer = _Writer(outputs, state, header, use_parquet)
    try:
        pending = _pending(documents(paths, list_file), state.done, writer, status)
        batches = _batches(pending, batch_size)
        with _client(scheduler, workers) as client:
            _run_on(client, config, batches, writer, status, progress)
    finally:
        writer.close()
    summary = {
        **header,
        "documents": status.total,
        "skipped_as_done": status.skipped,
        "checked": status.checked,
        "findings": status.findings,
        "problems": status.problems,
        "failures": status.failures,
    }
    with outputs.problems.open("rb") as stream:
        unreadable = sum(1 for _ in stream)
    summary["problems_in_output"] = unreadable
    outputs.summary.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return BatchResult(status, outputs, use_parquet, unreadable)


def _pending(
    items: Iterator[str | InputProblem], done: DoneIndex, writer: _Writer, status: Progress
) -> Iterator[str]:
    for item in items:
        if isinstance(item, InputProblem):  # a path given that does not exist, an empty folder
            if item.file not in done:
                writer.write([(item.file, [], item.model_dump(mode="json"))])
                status.problems += 1
            continue
        if item not in done:
            yield item


def _batches(files: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for file in files:
        batch.append(file)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_on(
    client: Any,
    config: RunConfig,
    batches: Iterator[list[str]],
    writer: _Writer,
    status: Progress,
    progress: Callable[[Progress], None] | None,
) -> None:
    from distributed import as_completed

    mine = f"{writer.ruleset_version} (govcheck {__version__})"
    try:
        versions = client.run(worker_ruleset, config)
    except Exception as exc:  # e.g. the rules are not where the workers look
        raise GovcheckError(
            f"arbetarna kunde inte läsa reglerna: {type(exc).__name__}: {exc}"
        ) from None
    for worker, theirs in versions.items():
        if theirs != mine:
            raise GovcheckError(
                f"arbetaren {worker} har regeluppsättningen {theirs}, den här datorn {mine}: "
                "installera samma govcheck och regler på alla arbetare (eller ange --rules "
                "med en katalog som alla ser)"
            )
    threads = sum(client.nthreads().values()) or 1
    window = max(2, threads * IN_FLIGHT)
    submitted: dict[str, list[str]] = {}
    running = as_completed()

    def submit() -> bool:
        batch = next(batches, None)
        if batch is None:
            return False
        future = client.submit(check_batch, config, batch, pure=False)
        submitted[future.key] = batch
        running.add(future)
        return True

    for _ in range(window):
        if not submit():
            break
    for future in running:
        batch = submitted.pop(future.key)
        try:
            outcomes: list[Outcome] = future.result()
        except Exception as exc:  # the task itself failed (a worker lost for good): say so
            message = f"internt fel i batchen: {type(exc).__name__}: {exc}"
            outcomes = [
                (
                    file,
                    [],
                    {**InputProblem(file=file, message=message).model_dump(), "internal": True},
                )
                for file in batch
            ]
        finally:
            future.release()
        found, problems, failures = writer.write(outcomes)
        status.checked += len(outcomes)
        status.findings += found
        status.problems += problems
        status.failures += failures
        if progress is not None:
            progress(status)
        submit()
