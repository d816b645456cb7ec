"""govcheck's benchmark: what the gate costs on this machine. A script, not a test.

    .venv/bin/python benchmarks/run.py                    # 1k, 10k and 100k drafts (~25 min)
    .venv/bin/python benchmarks/run.py --sizes 1000       # a quick look
    .venv/bin/python benchmarks/run.py --render out.json  # the tables again, from saved numbers

It measures, on corpora from ``generate.py`` (seeded: another machine checks the same drafts;
each corpus is read once after it is written, so the page cache holds it and the disk is not
what is measured), and prints Markdown tables (see benchmarks/README.md):

- cold start: wall time of ``govcheck validate`` on one draft, a new process each time;
- the command line: ``govcheck validate --format json -o FILE DIR`` with ``--jobs 1`` and
  ``--jobs N`` (N = cores): drafts per second of wall time, CPU seconds of the process and its
  workers, peak resident memory; repeated (``--repeat``) and the median kept;
- in one process, one core (a fresh interpreter per corpus), from the file: parsing alone, the
  full check with all rules and with the six rules the peers run, and the stages of a draft;
- the peers (``peers.py``) on the same drafts: plain Python, durable_rules alone (one fact at a
  time through its Host, and all facts of a draft in one call), OPA through regopy, and
  govcheck's matching stage alone; every peer's answers checked against govcheck's;
- documents: .txt, .docx and .pdf per second, and the share of the reading (extraction);
- ``govcheck batch`` on a local Dask cluster of N workers, for the archive arithmetic.

In-process rates are per CPU second (``time.process_time``): the reference machine is a 2-core
VM shared with other work, and CPU time is what a core of one's own would take. The command
line's rates are wall time, with its CPU seconds beside them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_corpus

ROOT = Path(__file__).resolve().parent.parent
ONE_DRAFT = ROOT / "fixtures" / "examples" / "malmo-remissvar-kn-2020.toml"
GOVCHECK = [sys.executable, "-m", "govcheck"]
#: A small corpus is timed again until this many CPU seconds have passed.
MIN_SECONDS = 2.0
#: Drafts checked before timing: caches filled, rulesets compiled, code paths warm.
WARM_UP = 200
HOST = "durable_rules alone, one fact at a time (Host)"


# --- the machine --------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except OSError:
        memory = ""
    return {
        "cpu": cpu,
        "cores": os.cpu_count() or 1,
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "calibration_ms": calibration(),
    }


def calibration() -> float:
    """Milliseconds for a fixed piece of pure Python (best of 5): how fast this core is right
    now, to compare runs and machines (the reference VM ranged 17-20 ms)."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        sum(range(1_000_000))
        best = min(best, time.perf_counter() - start)
    return best * 1000


def load() -> float:
    return os.getloadavg()[0]


# --- the command line ---------------------------------------------------------------------------


def _measured(command: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of a command and its workers, exit code.
    ``env`` is added to this process's environment; a variable it sets to "" is removed."""
    changes = env or {}
    merged = {**os.environ, **changes}
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "t = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps([t, u.ru_utime + u.ru_stime, u.ru_maxrss, rc]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *command],
        capture_output=True,
        text=True,
        check=True,
        env={key: value for key, value in merged.items() if value or key not in changes},
    )
    wall, cpu, rss_kib, code = json.loads(out.stdout)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mib": rss_kib / 1024, "code": code}


def cold_start(runs: int, env: dict[str, str] | None = None) -> dict[str, Any]:
    """A new process per run, as a pre-commit hook starts govcheck, on a machine where govcheck
    has run before: its bytecode written (PYTHONDONTWRITEBYTECODE unset, as for a user; pip
    writes it at install) and its rule cache filled by the first run, which is timed apart (the
    first run after installing govcheck or changing a rule)."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**(env or {}), "PYTHONDONTWRITEBYTECODE": "", "GOVCHECK_CACHE_DIR": cache}
        first = _measured([*GOVCHECK, "validate", str(ONE_DRAFT)], env)
        times, cpu = [], []
        for _ in range(runs):
            run = _measured([*GOVCHECK, "validate", str(ONE_DRAFT)], env)
            if run["code"] != 0:
                raise SystemExit(f"govcheck exited {run['code']} on {ONE_DRAFT}")
            times.append(run["wall_s"])
            cpu.append(run["cpu_s"])
    return {
        "median_s": statistics.median(times),
        "min_s": min(times),
        "median_cpu_s": statistics.median(cpu),
        "first_run_s": first["wall_s"],
        "runs": runs,
    }


def cli_run(corpus: Path, count: int, jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [*GOVCHECK, "validate", "--jobs", str(jobs), "--format", "json"]
        before = load()
        run = _measured([*command, "-o", str(report), str(corpus)])
        if run["code"] not in (0, 1) or not report.is_file():
            raise SystemExit(f"govcheck exited {run['code']} on the corpus")
        with report.open(encoding="utf-8") as stream:
            head = stream.read(4096)  # the summary is at the top: no need to load 100k files
        found = re.search(r'"summary": \{\s*"files": (\d+)', head)
    if found is None or int(found.group(1)) != count:
        raise SystemExit(f"govcheck did not check the {count} drafts: {head[:300]}")
    return {
        **run,
        "drafts_per_s": count / run["wall_s"],
        "drafts_per_cpu_s": count / run["cpu_s"],
        "load_before": before,
    }


def cli_runs(corpus: Path, count: int, jobs: int, repeat: int) -> dict[str, Any]:
    runs = [cli_run(corpus, count, jobs) for _ in range(repeat)]
    rates = [run["drafts_per_s"] for run in runs]
    middle = sorted(runs, key=lambda run: run["drafts_per_s"])[len(runs) // 2]
    return {**middle, "rates": rates, "rss": [run["peak_rss_mib"] for run in runs]}


def batch_run(corpus: Path, count: int, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "fynd.jsonl"
        command = [*GOVCHECK, "batch", "--workers", str(workers), "-o", str(output), str(corpus)]
        run = _measured(command)
        summary = json.loads((Path(folder) / "fynd.summary.json").read_text(encoding="utf-8"))
    if summary["checked"] != count:
        raise SystemExit(f"govcheck batch checked {summary['checked']} drafts, not {count}")
    return {**run, "drafts_per_s": count / run["wall_s"]}


# --- in one process (run in a fresh interpreter: --phases-of) -----------------------------------


def _rate(paths: list[Any], step: Callable[[Any], object]) -> float:
    """Items per CPU second, after a warm-up, over at least MIN_SECONDS."""
    for path in paths[:WARM_UP]:
        step(path)
    gc.collect()
    done = 0
    start = time.process_time()
    while True:
        for path in paths:
            step(path)
        done += len(paths)
        spent = time.process_time() - start
        if spent >= MIN_SECONDS:
            return done / spent


def phases(paths: list[Path]) -> dict[str, Any]:
    """Drafts per CPU second in this process, from the file, and the stages of a draft."""
    from peers import SIX

    from govcheck.drafts import load_draft
    from govcheck.engine import Checker
    from govcheck.rulebook import customised, load_rulebook
    from govcheck.runner import RunConfig, Validator, default_rules_dir

    book = load_rulebook(default_rules_dir())
    validator = Validator(RunConfig(rules_dir=default_rules_dir()), book)
    six = Checker(customised(book, lambda rule_id: rule_id in SIX, {}))
    oracle = Checker(book, "oracle")
    out: dict[str, Any] = {
        "parse_per_s": _rate(paths, load_draft),
        "all_rules_per_s": _rate(paths, validator.check_file),
        "six_rules_per_s": _rate(paths, lambda path: six.check(load_draft(path))),
        "oracle_per_s": _rate(paths, lambda path: oracle.check(load_draft(path))),
    }
    out["stages_us"] = stages(paths[:3000], validator)
    return out


def stages(paths: list[Path], validator: Any) -> dict[str, float]:
    """CPU microseconds per draft of each stage, timed separately (best of three passes)."""
    from govcheck import facts as facts_module
    from govcheck.drafts import load_draft, read_text

    checker = validator.checker
    texts = [read_text(path) for path in paths]
    loaded = [load_draft(path) for path in paths]
    built = [checker.facts.build(item) for item in loaded]

    def best(step: Callable[[Any], object], items: list[Any]) -> float:
        times = []
        for _ in range(3):
            gc.collect()
            start = time.process_time()
            for item in items:
                step(item)
            times.append(time.process_time() - start)
        return min(times) / len(items) * 1e6

    import tomli

    matcher = checker.matcher

    def match(item: Any) -> object:
        draft = item.draft
        kinds = checker._kinds(draft.kommun, draft.typ.value)
        facts = [fact for fact in checker.facts.build(item) if fact.kind in kinds]
        return matcher.matches_all(checker.rulebook.packs_for(draft.kommun), facts)

    facts_us = best(checker.facts.build, loaded)
    match_us = best(match, loaded) - facts_us
    return {
        "read": best(read_text, paths),
        "toml": best(tomli.loads, texts),
        "load_draft (read, parse, guards, model)": best(load_draft, paths),
        "facts": facts_us,
        "facts: every text of the draft (model_dump, for placeholders)": best(
            lambda item: facts_module._strings(item.draft), loaded
        ),
        "matching (payloads, durable_rules, one call a draft)": match_us,
        "check (facts, matching, findings, questions)": best(checker.check, loaded),
        "rules evaluated (report)": best(checker.applicable, loaded),
        "check_file (all of it)": best(validator.check_file, paths),
        "facts per draft": sum(map(len, built)) / len(built),
    }


def peers_phase(paths: list[Path]) -> dict[str, Any]:
    """The peers on the same drafts, each verified against govcheck's findings."""
    import peers

    from govcheck.rulebook import load_rulebook
    from govcheck.runner import default_rules_dir

    book = load_rulebook(default_rules_dir())
    rules = peers.six_rules(book)
    drafts = peers.prepared(book, paths)
    expected = peers.govcheck_verdicts(book, paths, only_six=True)
    if peers.govcheck_verdicts(book, paths, only_six=False) != expected:
        raise SystemExit("govcheck with all rules disagrees with govcheck with the six")
    rows: dict[str, Any] = {}
    candidates: list[tuple[str, Callable[[], Callable[[list[Any]], Any]]]] = [
        ("plain Python", lambda: peers.python_peer(rules)),
        (
            "durable_rules alone, one fact at a time (Host)",
            lambda: peers.durable_peer(rules, False),
        ),
        (
            "durable_rules alone, a draft in one call (C API)",
            lambda: peers.durable_peer(rules, True),
        ),
        ("govcheck's matching stage alone", lambda: peers.govcheck_matching_peer(book)),
        ("OPA (Rego) through regopy", lambda: peers.rego_peer(rules)),
    ]
    for name, make in candidates:
        try:
            run = make()
        except ImportError as exc:
            rows[name] = {"error": f"not installed: {exc.name}"}
            continue
        if run(drafts) != expected:
            raise SystemExit(f"{name} disagrees with govcheck on the six checks")
        seconds, passes = peers.timed(lambda run=run: run(drafts), MIN_SECONDS)
        rows[name] = {"drafts_per_s": len(drafts) / seconds, "passes": passes}
    rows["findings_checked"] = sum(expected.values())
    rows["drafts"] = len(drafts)
    return rows


def documents_phase(folder: Path) -> dict[str, Any]:
    """Documents per CPU second by format, and the share of reading them (extraction)."""
    from govcheck.errors import InputError
    from govcheck.inputs import load_input
    from govcheck.runner import RunConfig, Validator, default_rules_dir

    validator = Validator(RunConfig(rules_dir=default_rules_dir()))
    out: dict[str, Any] = {}
    for suffix in (".txt", ".docx", ".pdf"):
        paths = sorted(folder.glob(f"*{suffix}"))
        if not paths:
            continue

        def read(path: Path) -> object:
            try:
                return load_input(path)
            except InputError:
                return None

        problems = sum(1 for path in paths if validator.check_file(path).problem is not None)
        reading = _rate(paths, read)
        full = _rate(paths, validator.check_file)
        out[suffix] = {
            "documents": len(paths),
            "unreadable": problems,
            "per_s": full,
            "reading_per_s": reading,
            "reading_share": full / reading,
            "kib_per_document": sum(p.stat().st_size for p in paths) / len(paths) / 1024,
        }
    return out


def write_documents(folder: Path) -> Path:
    """The seed documents and the real-document corpus, as text, Word and PDF."""
    sys.path.insert(0, str(ROOT / "tests"))
    from documents import write_docx, write_pdf

    sources = sorted((ROOT / "rules" / "sources").glob("0*.txt"))
    sources += sorted((ROOT / "corpus" / "documents").glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for source in sources:
        text = source.read_text(encoding="utf-8")
        shutil.copy(source, folder / source.name)
        write_docx(text, folder / f"{source.stem}.docx")
        write_pdf(text, folder / f"{source.stem}.pdf")
    return folder


def corpus_paths(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.toml"))


def in_fresh_process(flag: str, target: Path, env: dict[str, str] | None = None) -> Any:
    """One measurement in a new interpreter: the heap of a process that just generated 100k
    drafts is not one a user's run starts with."""
    done = subprocess.run(
        [sys.executable, __file__, flag, str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    if done.returncode != 0:
        raise SystemExit(f"{flag} {target} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def read_once(paths: list[Path]) -> None:
    for path in paths:
        path.read_bytes()


# --- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3, help="command-line runs per size")
    parser.add_argument("--cold-runs", type=int, default=11)
    parser.add_argument("--peer-drafts", type=int, default=3000)
    parser.add_argument("--baseline", type=Path, help="another govcheck's src/, for before/after")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--keep", type=Path, help="keep the corpora in this folder")
    parser.add_argument("--render", type=Path, help="only print the tables of saved results")
    for flag in ("--phases-of", "--peers-of", "--documents-of"):  # internal, fresh process
        parser.add_argument(flag, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.render:
        print(markdown(json.loads(args.render.read_text(encoding="utf-8"))))
        return 0
    if args.phases_of:
        print(json.dumps(phases(corpus_paths(args.phases_of))))
        return 0
    if args.peers_of:
        print(json.dumps(peers_phase(corpus_paths(args.peers_of)[: args.peer_drafts])))
        return 0
    if args.documents_of:
        print(json.dumps(documents_phase(args.documents_of)))
        return 0

    sizes = [int(size) for size in args.sizes.split(",")]
    results: dict[str, Any] = {"machine": machine(), "seed": args.seed, "jobs": args.jobs}
    results["load_at_start"] = load()
    print(f"machine: {results['machine']}", file=sys.stderr)
    results["cold_start"] = cold_start(args.cold_runs)
    print(f"cold start: {results['cold_start']}", file=sys.stderr)
    if args.baseline:
        baseline_env = {"PYTHONPATH": str(args.baseline)}
        results["baseline_cold_start"] = cold_start(args.cold_runs, baseline_env)
        print(f"baseline cold start: {results['baseline_cold_start']}", file=sys.stderr)
    work = args.keep or Path(tempfile.mkdtemp(prefix="govcheck-bench-"))
    results["sizes"] = {}
    try:
        results["documents"] = in_fresh_process("--documents-of", write_documents(work / "docs"))
        print(f"documents: {results['documents']}", file=sys.stderr)
        for size in sizes:
            corpus = work / f"corpus-{size}"
            if not corpus.exists():
                write_corpus(corpus, size, args.seed)
            read_once(corpus_paths(corpus))
            repeat = args.repeat if size <= 10_000 else 1
            row: dict[str, Any] = {
                "jobs_1": cli_runs(corpus, size, 1, repeat),
                f"jobs_{args.jobs}": cli_runs(corpus, size, args.jobs, repeat),
            }
            if size <= 10_000:  # in-process rates do not depend on the corpus size beyond this
                row.update(in_fresh_process("--phases-of", corpus))
            if size == (10_000 if 10_000 in sizes else min(sizes)):
                row["peers"] = in_fresh_process("--peers-of", corpus)
                row["batch"] = batch_run(corpus, size, args.jobs)
                if args.baseline:
                    env = {"PYTHONPATH": str(args.baseline)}
                    row["baseline_jobs_1"] = cli_run_env(corpus, size, env)
                    row["baseline_phases"] = in_fresh_process("--phases-of", corpus, env)
            results["sizes"][size] = row
            print(f"{size}: {json.dumps(row)}", file=sys.stderr)
            if args.keep is None:
                shutil.rmtree(corpus)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    results["load_at_end"] = load()
    results["calibration_end_ms"] = calibration()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(markdown(results))
    return 0


def cli_run_env(corpus: Path, count: int, env: dict[str, str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [*GOVCHECK, "validate", "--jobs", "1", "--format", "json", "-o", str(report)]
        run = _measured([*command, str(corpus)], env)
    return {**run, "drafts_per_s": count / run["wall_s"], "drafts_per_cpu_s": count / run["cpu_s"]}


# --- the tables ---------------------------------------------------------------------------------


def markdown(results: dict[str, Any]) -> str:
    m, jobs = results["machine"], results["jobs"]
    cold = results["cold_start"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, {m['os']}, "
        f"Python {m['python']}; seed {results['seed']}; calibration {m['calibration_ms']:.1f} ms "
        f"at the start, {results.get('calibration_end_ms', 0):.1f} ms at the end; load average "
        f"{results.get('load_at_start', 0):.1f} at the start, {results.get('load_at_end', 0):.1f} "
        "at the end.",
        "",
        f"Cold start, `govcheck validate` on one draft: median {cold['median_s']:.3f} s, "
        f"min {cold['min_s']:.3f} s ({cold['runs']} runs; median CPU "
        f"{cold.get('median_cpu_s', 0):.3f} s)"
        + (
            f"; the first run, which fills the rule cache: {cold['first_run_s']:.3f} s."
            if "first_run_s" in cold
            else "."
        ),
        "",
        "**The command line**, `govcheck validate --format json -o FILE DIR` (median of the runs; "
        "all runs' rates in brackets):",
        "",
        f"| drafts | --jobs 1 (drafts/s) | --jobs {jobs} (drafts/s) | --jobs {jobs} / --jobs 1 | "
        f"drafts per CPU-second, --jobs 1 / {jobs} | peak RSS --jobs 1 / {jobs} (MiB) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    sizes = results["sizes"]
    for size, row in sizes.items():
        one, many = row["jobs_1"], row[f"jobs_{jobs}"]
        lines.append(
            f"| {int(size):,} | {one['drafts_per_s']:,.0f} {_all(one)} | "
            f"{many['drafts_per_s']:,.0f} {_all(many)} | "
            f"{many['drafts_per_s'] / one['drafts_per_s']:.2f} | "
            f"{one['drafts_per_cpu_s']:,.0f} / {many['drafts_per_cpu_s']:,.0f} | "
            f"{one['peak_rss_mib']:.0f} / {many['peak_rss_mib']:.0f} |"
        )
    lines += [
        "",
        "**In one process, one core**, from the file (drafts per CPU-second):",
        "",
        "| drafts | parse only | govcheck, all rules | govcheck, the six rules | "
        "the oracle (plain-Python reading), all rules |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size, row in sizes.items():
        if "parse_per_s" not in row:
            continue
        lines.append(
            f"| {int(size):,} | {row['parse_per_s']:,.0f} | {row['all_rules_per_s']:,.0f} | "
            f"{row['six_rules_per_s']:,.0f} | {row['oracle_per_s']:,.0f} |"
        )
    measured = [size for size, row in sizes.items() if "stages_us" in row]
    stage_size = max(measured, key=int) if measured else None
    if stage_size is not None:
        lines += [
            "",
            f"**Where a draft's time goes** (CPU µs per draft, best of three passes "
            f"over 3,000 drafts of the {int(stage_size):,} corpus):",
            "",
            "| stage | µs |",
            "|---|---:|",
        ]
        for stage, value in sizes[stage_size]["stages_us"].items():
            shown = f"{value:.1f}" if stage == "facts per draft" else f"{value:,.0f}"
            lines.append(f"| {stage} | {shown} |")
    peer_rows = [(size, row) for size, row in sizes.items() if "peers" in row]
    for size, row in peer_rows:
        peers_row = row["peers"]
        opa = peers_row.get("OPA (Rego) through regopy", {}).get("drafts_per_s")
        lines += [
            "",
            f"**Peers on the same {peers_row['drafts']:,} drafts** (of the {int(size):,} corpus), "
            f"the six checks MAL-D1-01, F1-01, F1-02, F3-01, S2-01, D5-01; each engine's "
            f"{peers_row['findings_checked']:,} findings checked against govcheck's. Peers get "
            "the facts ready-made; the govcheck rows are from the file:",
            "",
            "| engine | drafts/s (one core) | vs OPA |",
            "|---|---:|---:|",
        ]
        entries = [
            (name, value.get("drafts_per_s"), value)
            for name, value in peers_row.items()
            if isinstance(value, dict)
        ]
        entries += [
            ("govcheck in process, the six rules, from the file", row["six_rules_per_s"], {}),
            ("govcheck in process, all rules, from the file", row["all_rules_per_s"], {}),
            ("`govcheck validate --jobs 1`, all rules (wall)", row["jobs_1"]["drafts_per_s"], {}),
            (
                f"`govcheck validate --jobs {jobs}`, all rules (wall)",
                row[f"jobs_{jobs}"]["drafts_per_s"],
                {},
            ),
        ]
        for name, rate, value in entries:
            if rate is None:
                lines.append(f"| {name} | {value.get('error', '-')} | - |")
                continue
            versus = f"{rate / opa:,.1f}×" if opa else "-"
            lines.append(f"| {name} | {rate:,.0f} | {versus} |")
        if "batch" in row:
            b = row["batch"]
            lines += [
                "",
                f"`govcheck batch --workers {jobs}` on the {int(size):,} corpus (a "
                f"local Dask cluster, start-up included): {b['drafts_per_s']:,.0f} "
                f"drafts/s, {b['wall_s']:.1f} s.",
            ]
        if "baseline_jobs_1" in row:
            b = row["baseline_jobs_1"]
            lines += [
                "",
                f"Before this work (`--baseline`), `validate --jobs 1` on the "
                f"{int(size):,} corpus: {b['drafts_per_s']:,.0f} drafts/s "
                f"({b['drafts_per_cpu_s']:,.0f} per CPU-second), peak "
                f"{b['peak_rss_mib']:.0f} MiB.",
            ]
        if "baseline_phases" in row:
            lines += ["", *_before_after(results, row)]
    docs = results.get("documents", {})
    if docs:
        lines += [
            "",
            "**Documents** (the seed documents and the real-document corpus; "
            "Word and PDF made from the same texts), one core:",
            "",
            "| format | documents | not readable as a case | documents/s | "
            "reading's share of the time | KiB each |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for suffix, row in docs.items():
            lines.append(
                f"| {suffix} | {row['documents']} | {row['unreadable']} | {row['per_s']:,.0f} | "
                f"{row['reading_share']:.0%} | {row['kib_per_document']:.0f} |"
            )
    lines += ["", *targets(results)]
    return "\n".join(lines)


def _before_after(results: dict[str, Any], row: dict[str, Any]) -> list[str]:
    """The same measurements of the baseline (``--baseline``) and of this govcheck, in one run
    on one machine: the comparison that a loaded machine's drift does not spoil as much."""
    before, after = row["baseline_phases"], row
    out = [
        "**Before and after in the same run** (`--baseline`: the govcheck of the given src/):",
        "",
        "| measure | before | after | after / before |",
        "|---|---:|---:|---:|",
    ]
    pairs = [
        ("parse only (drafts per CPU-second)", "parse_per_s"),
        ("in process, all rules (drafts per CPU-second)", "all_rules_per_s"),
        ("in process, the six rules (drafts per CPU-second)", "six_rules_per_s"),
    ]
    for name, key in pairs:
        b, a = before[key], after[key]
        out.append(f"| {name} | {b:,.0f} | {a:,.0f} | {a / b:.2f} |")
    b, a = row["baseline_jobs_1"], row["jobs_1"]
    out.append(
        f"| `validate --jobs 1` (drafts per CPU-second) | {b['drafts_per_cpu_s']:,.0f} | "
        f"{a['drafts_per_cpu_s']:,.0f} | {a['drafts_per_cpu_s'] / b['drafts_per_cpu_s']:.2f} |"
    )
    cold_b, cold_a = results.get("baseline_cold_start"), results["cold_start"]
    if cold_b:
        ratio = cold_a["median_s"] / cold_b["median_s"]
        out.append(
            f"| cold start, median wall s (CPU s) | {cold_b['median_s']:.3f} "
            f"({cold_b.get('median_cpu_s', 0):.3f}) | {cold_a['median_s']:.3f} "
            f"({cold_a.get('median_cpu_s', 0):.3f}) | {ratio:.2f} |"
        )
    stages_b, stages_a = before.get("stages_us", {}), after.get("stages_us", {})
    for stage, value in stages_a.items():
        if stage in stages_b and stage != "facts per draft":
            out.append(
                f"| stage: {stage} (µs) | {stages_b[stage]:,.0f} | {value:,.0f} | "
                f"{value / stages_b[stage]:.2f} |"
            )
    return out


def _all(run: dict[str, Any]) -> str:
    rates = run.get("rates", [])
    return "(" + ", ".join(f"{rate:,.0f}" for rate in rates) + ")" if len(rates) > 1 else ""


def targets(results: dict[str, Any]) -> list[str]:
    """The targets of issue #16, each met or missed, with the number."""

    def verdict(met: bool, detail: str) -> str:
        return f"{'met' if met else 'MISSED'}: {detail}"

    jobs, sizes = results["jobs"], results["sizes"]
    cold = results["cold_start"]["median_s"]
    out = ["| target | result |", "|---|---|"]
    cold_verdict = verdict(cold <= 0.3, f"{cold:.3f} s")
    out.append(f"| cold `validate` of one draft ≤ 0.3 s (median) | {cold_verdict} |")
    if not sizes:
        return out
    measured = [size for size, row in sizes.items() if "all_rules_per_s" in row]
    key = max(measured, key=int)
    row = sizes[key]
    rate = row["all_rules_per_s"]
    out.append(
        f"| govcheck in process, all rules ≥ 2,400 drafts/s | "
        f"{verdict(rate >= 2400, f'{rate:,.0f} drafts/s ({rate / 2400:.0%})')} |"
    )
    peers_row = row.get("peers", {})
    opa = peers_row.get("OPA (Rego) through regopy", {}).get("drafts_per_s")
    alone = peers_row.get(HOST, {}).get("drafts_per_s")
    if opa:
        out.append(
            f"| … ≥ 5 × OPA in the same run | {verdict(rate >= 5 * opa, f'{rate / opa:.1f} ×')} |"
        )
    if alone:
        out.append(
            f"| … ≥ 50 % of durable_rules alone on the same checks | "
            f"{verdict(rate >= alone / 2, f'{rate / alone:.0%} of the Host, one fact at a time')} |"
        )
    cli = row["jobs_1"]["drafts_per_s"]
    cpu = row["jobs_1"]["drafts_per_cpu_s"]
    out.append(
        f"| `validate --jobs 1` ≥ 2,000 drafts/s | "
        f"{verdict(cli >= 2000, f'{cli:,.0f} drafts/s wall, {cpu:,.0f} per CPU-second')} |"
    )
    many = row[f"jobs_{jobs}"]["drafts_per_s"]
    out.append(
        f"| `--jobs {jobs}` ≥ 0.8 × {jobs} × `--jobs 1` on {int(key):,} drafts | "
        f"{verdict(many >= 0.8 * jobs * cli, f'{many / cli:.2f} × (target {0.8 * jobs:.1f} ×)')} |"
    )
    small = sizes.get("10000") or sizes.get(10000)
    large = sizes.get("100000") or sizes.get(100000)
    if small and large:
        a, b = small["jobs_1"]["peak_rss_mib"], large["jobs_1"]["peak_rss_mib"]
        out.append(
            f"| CLI memory ≤ 10 % growth 10k → 100k | "
            f"{verdict(b <= 1.1 * a, f'{a:.0f} → {b:.0f} MiB ({b / a - 1:+.0%})')} |"
        )
    return out


if __name__ == "__main__":
    raise SystemExit(main())
