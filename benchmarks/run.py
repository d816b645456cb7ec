"""govcheck's benchmark: what a gate costs on this machine. A script, not a test.

    .venv/bin/python benchmarks/run.py                  # 1k, 10k and 100k drafts (~10 min)
    .venv/bin/python benchmarks/run.py --sizes 1000     # a quick look

It reports, on a corpus from ``generate.py`` (seeded, so another machine checks the same drafts;
each corpus is read once after it is written, so the disk is not what is measured):

- cold start: wall time of ``govcheck validate`` on one draft, a new process each time;
- throughput: drafts per second of ``govcheck validate DIR`` with ``--jobs 1`` and ``--jobs N``,
  start-up included, and the peak memory (RSS) of the run, workers included;
- where the time goes, in one fresh process per corpus, on one core: parsing and model validation
  alone, the full check with durable_rules, and the same rule conditions evaluated as plain Python
  (the oracle). The engine's own cost shows as the ratio of the two checks. Each is timed after
  200 warm-up drafts, and a small corpus is checked again until 2 s have passed, so its rate is
  not noise;
- memory over the largest corpus: resident memory of a checker after each tenth of the drafts
  (the findings are dropped, so any growth is what the engine keeps per draft).

The results go to stdout as a Markdown table and, with ``--json``, to a file.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
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

from govcheck.drafts import LoadedDraft, load_draft
from govcheck.engine import Checker
from govcheck.rulebook import load_rulebook
from govcheck.runner import default_rules_dir

ROOT = Path(__file__).resolve().parent.parent
ONE_DRAFT = ROOT / "fixtures" / "examples" / "malmo-remissvar-kn-2020.toml"
GOVCHECK = [sys.executable, "-m", "govcheck"]


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    with _suppress():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with _suppress():
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    return {
        "cpu": cpu,
        "cores": os.cpu_count() or 1,
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True


def _measured(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB of the command and its workers, and its exit code.

    The command runs under a small Python parent that reports RUSAGE_CHILDREN, so the peak is
    that of this command alone, not of earlier ones."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "t = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps([t, rss, rc]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True
    )
    seconds, rss_kib, code = json.loads(out.stdout)
    return seconds, rss_kib / 1024, code


def cold_start(runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        seconds, _, code = _measured([*GOVCHECK, "validate", str(ONE_DRAFT)])
        if code != 0:
            raise SystemExit(f"govcheck exited {code} on {ONE_DRAFT}")
        times.append(seconds)
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": runs}


def read_once(paths: list[Path]) -> None:
    """Read every draft before the timings, so that they measure govcheck and not the disk: a
    corpus just written is read from disk at first (on the reference machine the first pass
    over 100k fresh files parsed at about half speed)."""
    for path in paths:
        path.read_bytes()


def cli_run(corpus: Path, count: int, jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [*GOVCHECK, "validate", "--jobs", str(jobs), "--format", "json"]
        seconds, rss, code = _measured([*command, "-o", str(report), str(corpus)])
        if code not in (0, 1) or not report.is_file():
            raise SystemExit(f"govcheck exited {code} on the corpus")
        summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    if summary["files"] != count:
        raise SystemExit(f"govcheck checked {summary['files']} drafts, not {count}")
    return {
        "seconds": seconds,
        "drafts_per_s": count / seconds,
        "peak_rss_mib": rss,
        "fel": summary["fel"],
        "varning": summary["varning"],
    }


#: A small corpus is checked again until this much time has passed, so that its rate is not
#: one short, noisy measurement.
MIN_SECONDS = 2.0
#: Drafts checked before timing starts: caches filled, rulesets compiled, code paths warm.
WARM_UP = 200


def _rate(paths: list[Path], step: Callable[[Path], object]) -> float:
    for path in paths[:WARM_UP]:
        step(path)
    gc.collect()
    done = 0
    start = time.perf_counter()
    while True:
        for path in paths:
            step(path)
        done += len(paths)
        elapsed = time.perf_counter() - start
        if elapsed >= MIN_SECONDS:
            return done / elapsed


def phases(paths: list[Path]) -> dict[str, float]:
    """Drafts/s in this process, one core: parse only; check with durable; check with oracle."""
    book = load_rulebook(default_rules_dir())
    durable, oracle = Checker(book, "durable"), Checker(book, "oracle")
    parse = _rate(paths, load_draft)

    def with_engine(checker: Checker) -> Callable[[Path], object]:
        return lambda path: checker.check(load_draft(path))

    full = _rate(paths, with_engine(durable))
    plain = _rate(paths, with_engine(oracle))
    # The engine's own cost: time per draft beyond parsing, durable against plain Python.
    engine_only = 1 / full - 1 / parse
    oracle_only = 1 / plain - 1 / parse
    return {
        "parse_per_s": parse,
        "durable_per_s": full,
        "oracle_per_s": plain,
        "engine_vs_oracle": engine_only / oracle_only if oracle_only > 0 else float("nan"),
    }


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1024 / 1024


def memory_curve(paths: list[Path]) -> list[tuple[int, float]]:
    """RSS after each tenth of the corpus while checking it with durable_rules."""
    checker = Checker(load_rulebook(default_rules_dir()), "durable")
    tenth = max(1, len(paths) // 10)
    curve = []
    for index, path in enumerate(paths, start=1):
        loaded: LoadedDraft = load_draft(path)
        checker.check(loaded)
        if index % tenth == 0:
            gc.collect()
            curve.append((index, _rss_mib()))
    return curve


def corpus_paths(corpus: Path) -> list[Path]:
    """The drafts of a corpus in the order they were generated (their names sort that way)."""
    return sorted(corpus.rglob("*.toml"))


def in_fresh_process(corpus: Path, with_memory: bool) -> dict[str, Any]:
    """The in-process measurements, each corpus in a new interpreter: this process has just
    generated the corpus, a heap no user's run starts with (measured here, the checks of 100k
    drafts were about a quarter slower than those of 10k; in a fresh process, about a sixth)."""
    command = [sys.executable, __file__, "--phases-of", str(corpus)]
    done = subprocess.run(
        [*command, *(["--with-memory"] if with_memory else [])],
        capture_output=True,
        text=True,
        check=True,
    )
    measured: dict[str, Any] = json.loads(done.stdout)
    return measured


def measure_corpus(corpus: Path, with_memory: bool) -> dict[str, Any]:
    paths = corpus_paths(corpus)
    measured: dict[str, Any] = dict(phases(paths))
    if with_memory:
        measured["memory_curve"] = memory_curve(paths)
    return measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cold-runs", type=int, default=11)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--keep", type=Path, help="keep the corpora in this folder")
    parser.add_argument("--render", type=Path, help="only print the table of saved results")
    # Internal: the in-process measurements of one corpus, run in a fresh process (see below).
    parser.add_argument("--phases-of", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--with-memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.render:
        print(markdown(json.loads(args.render.read_text(encoding="utf-8"))))
        return 0
    if args.phases_of:
        print(json.dumps(measure_corpus(args.phases_of, args.with_memory)))
        return 0
    sizes = [int(size) for size in args.sizes.split(",")]
    results: dict[str, Any] = {"machine": machine(), "seed": args.seed, "jobs": args.jobs}
    print(f"machine: {results['machine']}", file=sys.stderr)
    results["cold_start"] = cold_start(args.cold_runs)
    print(f"cold start: {results['cold_start']}", file=sys.stderr)
    work = args.keep or Path(tempfile.mkdtemp(prefix="govcheck-bench-"))
    results["sizes"] = {}
    try:
        for size in sizes:
            corpus = work / f"corpus-{size}"
            read_once(write_corpus(corpus, size, args.seed))
            row: dict[str, Any] = {
                "jobs_1": cli_run(corpus, size, 1),
                f"jobs_{args.jobs}": cli_run(corpus, size, args.jobs),
                **in_fresh_process(corpus, with_memory=size == max(sizes)),
            }
            results["sizes"][size] = row
            print(f"{size}: {row}", file=sys.stderr)
            if args.keep is None:
                shutil.rmtree(corpus)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(markdown(results))
    return 0


def markdown(results: dict[str, Any]) -> str:
    m, jobs = results["machine"], results["jobs"]
    cold = results["cold_start"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, {m['os']}, "
        f"Python {m['python']}; seed {results['seed']}.",
        "",
        f"Cold start, `govcheck validate` on one draft: median {cold['median_s']:.3f} s, "
        f"min {cold['min_s']:.3f} s ({cold['runs']} runs).",
        "",
        f"| drafts | CLI --jobs 1 (drafts/s) | CLI --jobs {jobs} (drafts/s) | peak RSS --jobs 1 "
        f"/ {jobs} (MiB) | parse only (drafts/s) | check, durable (drafts/s) | check, plain "
        "Python (drafts/s) | engine / plain Python |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, row in results["sizes"].items():
        one, many = row["jobs_1"], row[f"jobs_{jobs}"]
        lines.append(
            f"| {int(size):,} | {one['drafts_per_s']:,.0f} | {many['drafts_per_s']:,.0f} | "
            f"{one['peak_rss_mib']:.0f} / {many['peak_rss_mib']:.0f} | "
            f"{row['parse_per_s']:,.0f} | {row['durable_per_s']:,.0f} | "
            f"{row['oracle_per_s']:,.0f} | {row['engine_vs_oracle']:.2f} |"
        )
        if "memory_curve" in row:
            curve = ", ".join(f"{n:,}: {rss:.0f}" for n, rss in row["memory_curve"])
            memory_line = f"Checker RSS (MiB) after n drafts of {int(size):,}: {curve}."
    lines += ["", memory_line] if results["sizes"] else []
    lines += ["", *targets(results)]
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> list[str]:
    """The targets of the issue, each met or missed and by how much."""

    def verdict(met: bool, detail: str) -> str:
        return f"{'met' if met else 'MISSED'}: {detail}"

    cold = results["cold_start"]["median_s"]
    out = [
        "| target | result |",
        "|---|---|",
        f"| cold start ≤ 0.4 s | {verdict(cold <= 0.4, f'{cold:.3f} s')} |",
    ]
    sizes = results["sizes"]
    if not sizes:
        return out
    largest = max(sizes, key=int)
    rate = sizes[largest]["durable_per_s"]
    cli_rate = sizes[largest]["jobs_1"]["drafts_per_s"]
    out.append(
        f"| ≥ 2,000 drafts/s on one core, full rule set | "
        f"{verdict(rate >= 2000, f'{rate:,.0f} drafts/s checked in one process, parse included; ')}"
        f"{cli_rate:,.0f} drafts/s through the CLI ({rate / 2000:.0%} of target) |"
    )
    if len(sizes) > 1:
        # Linear cost: the time per draft, once warm, does not grow with the corpus.
        per_draft = {int(n): 1e6 / sizes[n]["durable_per_s"] for n in sizes}
        growth = max(per_draft.values()) / min(per_draft.values())
        spread = ", ".join(f"{n:,}: {us:.0f} µs" for n, us in sorted(per_draft.items()))
        out.append(
            "| cost linear in drafts | "
            + verdict(growth <= 1.25, f"time per draft {spread} (spread {growth - 1:.0%})")
            + " |"
        )
    curve = sizes[largest].get("memory_curve", [])
    if len(curve) >= 2:
        growth = curve[-1][1] - curve[0][1]
        per_draft = growth * 1024 * 1024 / max(1, curve[-1][0] - curve[0][0])
        out.append(
            f"| memory flat over {int(largest):,} drafts (engine) | "
            + verdict(
                growth < 5,
                f"{curve[0][1]:.0f} → {curve[-1][1]:.0f} MiB, {per_draft:.0f} B/draft",
            )
            + " |"
        )
    return out


if __name__ == "__main__":
    raise SystemExit(main())
