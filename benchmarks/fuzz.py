"""Fuzzing the gate: generated hostile inputs over TOML, JSON, txt, docx and pdf.

    .venv/bin/python benchmarks/fuzz.py --count 1000000 --jobs 2     # the benchmark run
    .venv/bin/python benchmarks/fuzz.py --count 300 --jobs 1         # a sample (tests/test_fuzz.py)

Every input is derived from a seed and its number (the same run is the same inputs): an example
draft, its JSON form, or a document (the source texts in rules/sources, as text, Word and PDF),
mutated: values replaced with hostile text (workflow commands after line breaks, ANSI escapes,
HTML, characters XML forbids, non-UTF-8 bytes), lines deleted or repeated, bytes flipped or
inserted, truncation, deep nesting, long repetitions, Word XML changed inside its zip, and file
names holding the same hostile text. Each input goes through the real pipeline (read, extract,
check, waivers), in worker processes watched from outside; the findings of each batch are
rendered in every report format. It counts:

- internal errors: an exception other than govcheck's own input errors;
- hangs: one input costing over 5 s of CPU time, or unfinished after 60 s of wall time (the
  worker is stopped and replaced). CPU time, because the machine running the benchmark is
  shared (wall time there measures the neighbours too); the wall-time backstop catches an
  input that blocks without computing. The slowest input is given both ways;
- memory: a worker whose peak resident memory passed 500 MB;
- inputs touched: an input file whose bytes changed;
- report injections: a report line that a terminal or CI log would take as a command or a
  control sequence, JUnit that is not XML 1.0, Markdown with raw HTML or a broken table row,
  JSON or SARIF that does not parse.

Each problem's input is saved under ``--out`` (default fuzz-out/) with what went wrong, so it
can be replayed. The counts are printed as JSON at the end (and every ``--every`` inputs).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HANG_SECONDS = 5.0  # CPU seconds one input may cost
WALL_SECONDS = 60.0  # wall seconds one input may take, whatever it does
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
MEMORY_LIMIT = 500 * 1024 * 1024
BATCH = 50
KINDS = (("toml", 40), ("json", 40), ("txt", 12), ("docx", 4), ("pdf", 4))

HOSTILE = [
    "\n::error file=evil.py,line=1::injected",
    "\r::add-mask::secret",
    "\n::stop-commands::token\n",
    "\n  ::set-output name=a::b",
    "##[error]v1 command",
    "\x1b[31mred\x1b[0m\x1b]0;title\x07",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "| broken | row |\r\n",
    "]]><!DOCTYPE x>\x00\x01\x0b\x0c\x1f\x7f",
    "\u0085\u2028\u2029\u202e\u2066",
    "%0A%25%3A%2C",
    "[FYLL I: svar]",
    "Bifogat finns " * 50,
    "a." * 400,
    '[[poster]]\nnamn = "x"',
    "\ud800" if False else "\uffff\ufffe",
]
HOSTILE_NAMES = [
    "::stop-commands::pwn",
    "a\n::error file=evil.py,line=1::x",
    "b\r::add-mask::y <script> ##[error]z",
    "c,d:e%0A\x1b[31m",
    "namn-\udcff-bytes",
    "-rf --format",
]


# --- inputs -------------------------------------------------------------------------------------


class Seeds:
    """What inputs are made from, read once per process."""

    def __init__(self) -> None:
        examples = sorted((ROOT / "fixtures" / "examples").glob("*.toml"))
        self.toml = [path.read_text(encoding="utf-8") for path in examples]
        import tomli

        self.json = [
            json.dumps(tomli.loads(text), default=str, ensure_ascii=False, indent=1)
            for text in self.toml
        ]
        sources = sorted((ROOT / "rules" / "sources").glob("*.txt"))
        self.txt = [path.read_text(encoding="utf-8")[:6000] for path in sources]
        self._docx: list[bytes] | None = None
        self._pdf: list[bytes] | None = None

    @property
    def docx(self) -> list[bytes]:
        if self._docx is None:
            import docx

            out = []
            for text in self.txt[:3]:
                document = docx.Document()
                for paragraph in text.split("\n")[:120]:
                    document.add_paragraph(paragraph)
                table = document.add_table(rows=2, cols=2)
                table.cell(0, 0).text = "Diarienummer"
                table.cell(0, 1).text = "SN-2023-514"
                buffer = io.BytesIO()
                document.save(buffer)
                out.append(buffer.getvalue())
            self._docx = out
        return self._docx

    @property
    def pdf(self) -> list[bytes]:
        if self._pdf is None:
            from reportlab.lib.pagesizes import A4
            from reportlab.pdfgen import canvas

            out = []
            for text in self.txt[:3]:
                buffer = io.BytesIO()
                pdf = canvas.Canvas(buffer, pagesize=A4)
                y = 800
                for line in text.split("\n")[:150]:
                    if y < 60:
                        pdf.showPage()
                        y = 800
                    pdf.drawString(50, y, line[:90].encode("latin-1", "replace").decode("latin-1"))
                    y -= 13
                pdf.save()
                out.append(buffer.getvalue())
            self._pdf = out
        return self._pdf


def _kind(rng: random.Random) -> str:
    total = sum(weight for _, weight in KINDS)
    pick = rng.uniform(0, total)
    for kind, weight in KINDS:
        pick -= weight
        if pick <= 0:
            return kind
    return KINDS[0][0]


def _hostile(rng: random.Random) -> str:
    return "".join(rng.choice(HOSTILE) for _ in range(rng.randint(1, 3)))


def _toml_escape(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F or 0xD800 <= ord(char) <= 0xDFFF:
            out.append(f"\\u{ord(char) if ord(char) < 0xD800 else 0xFFFD:04x}")
        else:
            out.append(char)
    return "".join(out)


def _mutate_text(text: str, rng: random.Random, structured: str) -> bytes:
    """A structured draft (toml/json) or a text document, mutated."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(10)
        if op <= 3:  # a string value becomes hostile
            quoted = [i for i, line in enumerate(lines) if '"' in line]
            if quoted:
                i = rng.choice(quoted)
                payload = _hostile(rng)
                if structured == "toml":
                    payload = _toml_escape(payload)
                elif structured == "json":
                    payload = json.dumps(payload)[1:-1]
                first = lines[i].find('"')
                last = lines[i].find('"', first + 1)
                if last > first:
                    lines[i] = lines[i][: first + 1] + payload + lines[i][last:]
        elif op == 4 and lines:
            del lines[rng.randrange(len(lines))]
        elif op == 5 and lines:
            i = rng.randrange(len(lines))
            lines[i:i] = [lines[i]] * rng.choice((1, 2, 50, 400))
        elif op == 6 and structured == "toml":
            lines.append(f'arendet = """\n{_toml_escape(_hostile(rng))}\n[[poster]]\n"""')
        elif op == 7 and structured == "toml":
            lines.append("x = " + "[" * rng.choice((5, 50, 2000)) + "]" * rng.choice((5, 50)))
        elif op == 8 and structured == "":
            lines.insert(rng.randrange(len(lines) + 1), _hostile(rng) * rng.choice((1, 100)))
        elif lines:
            i = rng.randrange(len(lines))
            lines[i] = lines[i] + rng.choice(("-", " " * 300, "ord-", "\t", "§ 12"))
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    return _mutate_bytes(data, rng) if rng.random() < 0.2 else data


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(4)
        if not buffer:
            break
        at = rng.randrange(len(buffer))
        if op == 0:
            buffer[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del buffer[at : at + rng.randint(1, 64)]
        else:
            buffer = buffer[: max(1, at)]
    return bytes(buffer)


def _mutate_docx(data: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.4:
        return _mutate_bytes(data, rng)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {name: source.read(name) for name in source.namelist()}
    xml = members["word/document.xml"].decode("utf-8")
    op = rng.randrange(6)
    if op == 0:
        payload = _hostile(rng).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        payload = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", payload)
        xml = xml.replace("<w:t>", f"<w:t>{payload}", rng.randint(1, 5))
    elif op == 1:
        span = rng.choice((2, 64, 65, 10**9))
        xml = xml.replace("<w:tcPr>", f'<w:tcPr><w:gridSpan w:val="{span}"/>', 1)
        span = rng.choice((3, 99999))
        xml = xml.replace("<w:tc>", f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>', 1)
    elif op == 2:
        xml = xml.replace("<w:tc>", "<w:tc><w:tcPr><w:vMerge/></w:tcPr>", 2)
    elif op == 3:
        xml = xml.replace("<w:body>", "<w:bogus>", 1)
    elif op == 4:
        xml = '<!DOCTYPE d [<!ENTITY e "x">]>' + xml
    else:
        members["word/document.xml"] = xml.encode("utf-16")
        xml = ""
    if xml:
        members["word/document.xml"] = xml.encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in members.items():
            target.writestr(name, content)
    return buffer.getvalue()


def make_input(seeds: Seeds, seed: int, number: int) -> tuple[str, bytes]:
    """The input of this number: a file name and its bytes."""
    rng = random.Random(f"{seed}:{number}")
    kind = _kind(rng)
    if kind == "toml":
        data = _mutate_text(rng.choice(seeds.toml), rng, "toml")
    elif kind == "json":
        data = _mutate_text(rng.choice(seeds.json), rng, "json")
    elif kind == "txt":
        data = _mutate_text(rng.choice(seeds.txt), rng, "")
    elif kind == "docx":
        data = _mutate_docx(rng.choice(seeds.docx), rng)
    else:
        data = _mutate_bytes(rng.choice(seeds.pdf), rng)
    stem = rng.choice(HOSTILE_NAMES) if rng.random() < 0.15 else f"utkast-{number}"
    return f"{stem}.{kind}", data


# --- checking reports --------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_WORKFLOW = re.compile(
    r"^::(error|warning|notice) ((file=[^,:\r\n]*)(,line=\d+)?(,col=\d+)?,)?title=[^,:\r\n]*::"
)
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def injections(fmt: str, text: str) -> list[str]:
    """What is wrong with a rendered report, by the rules of its format (empty: nothing)."""
    problems: list[str] = []
    if fmt in {"text", "concise", "github", "stderr"}:
        if "\r" in text:
            problems.append("raw CR")
        if "##[" in text:
            problems.append("v1 workflow command")
        for line in text.split("\n"):
            if _CONTROL.search(line):
                problems.append(f"control character: {line[:80]!r}")
            if fmt == "github":
                if line and not (_WORKFLOW.match(line) or line.startswith("::notice title=")):
                    problems.append(f"malformed annotation: {line[:80]!r}")
            elif line.lstrip().startswith("::"):
                problems.append(f"workflow command: {line[:80]!r}")
    elif fmt == "junit":
        from xml.etree import ElementTree

        if _XML_FORBIDDEN.search(text):
            problems.append("character XML 1.0 forbids")
        try:
            ElementTree.fromstring(text.encode("utf-8"))
        except (ElementTree.ParseError, UnicodeEncodeError) as exc:
            problems.append(f"not XML: {exc}")
    elif fmt == "markdown":
        if "\r" in text or "<" in text:
            problems.append("raw HTML or CR")
        for line in text.split("\n"):
            if line.startswith("| ") and len(re.findall(r"(?<!\\)\|", line)) != 6:
                problems.append(f"broken table row: {line[:80]!r}")
    else:
        try:
            json.loads(text)
            text.encode("utf-8")
        except (ValueError, UnicodeEncodeError) as exc:
            problems.append(f"not JSON: {exc}")
    return problems


# --- the worker ---------------------------------------------------------------------------------


@dataclass
class Counts:
    inputs: int = 0
    internal_errors: int = 0
    hangs: int = 0
    memory: int = 0
    touched: int = 0
    injections: int = 0
    input_errors: int = 0
    checked: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    slowest: float = 0.0
    slowest_cpu: float = 0.0

    def add(self, other: dict[str, Any]) -> None:
        for key, value in other.items():
            if key == "by_kind":
                for kind, count in value.items():
                    self.by_kind[kind] = self.by_kind.get(kind, 0) + count
            elif key in ("slowest", "slowest_cpu"):
                setattr(self, key, max(getattr(self, key), value))
            else:
                setattr(self, key, getattr(self, key) + value)

    def problems(self) -> int:
        return self.internal_errors + self.hangs + self.memory + self.touched + self.injections


def _save(out: Path, what: str, name: str, data: bytes, detail: str) -> None:
    folder = out / what
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:16]
    suffix = name.rsplit(".", 1)[-1]
    (folder / f"{digest}.{suffix}").write_bytes(data)
    (folder / f"{digest}.why").write_text(f"{name!r}\n{detail}\n", encoding="utf-8")


def worker(
    seed: int,
    numbers: list[int],
    out: str,
    current: Any,
    started: Any,
    results: Any,
    cpu: Any,
) -> None:
    """Checks the inputs of these numbers; says which one it is on (for the watchdog)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.path.insert(0, str(ROOT / "src"))
    from govcheck.errors import GovcheckError
    from govcheck.i18n import set_language
    from govcheck.models import Finding, Report
    from govcheck.reporters import REPORTERS, get_reporter
    from govcheck.reporters.base import RenderOptions, chunks, problem_line
    from govcheck.runner import RunConfig, Validator, default_rules_dir, rule_infos

    set_language("sv")
    validator = Validator(RunConfig(rules_dir=default_rules_dir(), lang="sv"))
    seeds = Seeds()
    counts = Counts()
    folder = Path(tempfile.mkdtemp(prefix="govcheck-fuzz-"))
    destination = Path(out)
    batch: list[Any] = []
    parent = os.getppid()
    try:
        for position, number in enumerate(numbers):
            if os.getppid() != parent:  # the watchdog is gone (killed): stop, do not run on
                return
            name, data = make_input(seeds, seed, number)
            kind = name.rsplit(".", 1)[-1]
            counts.inputs += 1
            counts.by_kind[kind] = counts.by_kind.get(kind, 0) + 1
            path = Path(os.fsdecode(os.fsencode(str(folder)) + b"/" + os.fsencode(name)))
            try:
                path.write_bytes(data)
            except OSError:
                path = folder / f"utkast-{number}.{kind}"
                path.write_bytes(data)
            current.value = number
            cpu.value = begin_cpu = time.process_time()
            started.value = time.monotonic()
            begin = time.monotonic()
            try:
                result = validator.check_file(path)
            except GovcheckError as exc:  # a clear error, not an internal one
                counts.input_errors += 1
                result = None
                del exc
            except Exception:
                counts.internal_errors += 1
                _save(destination, "internal", name, data, traceback.format_exc())
                result = None
            elapsed = time.monotonic() - begin
            counts.slowest = max(counts.slowest, elapsed)
            counts.slowest_cpu = max(counts.slowest_cpu, time.process_time() - begin_cpu)
            started.value = 0.0
            if path.read_bytes() != data:
                counts.touched += 1
                _save(destination, "touched", name, data, "the input changed")
            if result is not None:
                if result.problem is not None:
                    counts.input_errors += 1
                else:
                    counts.checked += 1
                batch.append((name, data, result))
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            if peak > MEMORY_LIMIT:
                counts.memory += 1
                _save(destination, "memory", name, data, f"peak {peak} bytes")
                results.put(("counts", counts.__dict__, numbers[position + 1 :]))
                return  # the parent starts a fresh worker for the rest
            with contextlib.suppress(OSError):
                path.unlink()
            if len(batch) >= BATCH or position == len(numbers) - 1:
                findings: list[Finding] = []
                problems = []
                files = []
                evaluated = {}
                for _, _, item in batch:
                    files.append(item.file)
                    findings.extend(item.findings)
                    if item.problem is not None:
                        problems.append(item.problem)
                    else:
                        evaluated[item.file] = item.evaluated
                report = Report(
                    files=tuple(files),
                    findings=tuple(sorted(findings, key=Finding.sort_key)),
                    problems=tuple(problems),
                    ruleset_version=validator.rulebook.version,
                    rules_evaluated=tuple(validator.rulebook.all_ids),
                    rules=rule_infos(validator.rulebook, "sv"),
                    evaluated=evaluated,
                )
                cpu.value = time.process_time()  # rendering is watched too
                started.value = time.monotonic()
                rendered = {
                    fmt: "".join(chunks(get_reporter(fmt)(report, RenderOptions(base_dir="/"))))
                    for fmt in REPORTERS
                }
                started.value = 0.0
                rendered["stderr"] = "\n".join(problem_line(p) for p in report.problems)
                for fmt, text in rendered.items():
                    found = injections(fmt, text)
                    if found:
                        counts.injections += len(found)
                        first_name, first_data, _ = batch[0]
                        _save(
                            destination,
                            f"injection-{fmt}",
                            first_name,
                            first_data,
                            "\n".join(found[:20]),
                        )
                batch = []
            if counts.inputs % 200 == 0:
                results.put(("counts", counts.__dict__, None))
                counts = Counts()
    finally:
        results.put(("counts", counts.__dict__, None))
        results.put(("done", None, None))
        shutil.rmtree(folder, ignore_errors=True)


# --- the watchdog -------------------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time a process has used (user and system), from /proc; None where there is none."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK


def run(seed: int, count: int, jobs: int, out: Path, every: int = 0) -> Counts:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    total = Counts()
    pending: list[list[int]] = [list(range(k, count, jobs)) for k in range(jobs)]
    running: list[dict[str, Any]] = []
    seeds = Seeds()
    reported = 0

    def start(numbers: list[int]) -> None:
        current = context.Value("q", -1)
        started = context.Value("d", 0.0)
        cpu = context.Value("d", 0.0)
        process = context.Process(
            target=worker, args=(seed, numbers, str(out), current, started, results, cpu)
        )
        process.start()
        running.append(
            {
                "process": process,
                "numbers": numbers,
                "current": current,
                "started": started,
                "cpu": cpu,
            }
        )

    for numbers in pending:
        if numbers:
            start(numbers)
    done = 0
    while done < len(running):
        try:
            kind, payload, rest = results.get(timeout=0.5)
        except Exception:  # queue.Empty
            kind = None
        if kind == "counts":
            total.add(payload)
            if rest:  # a worker stopped for memory: the rest goes to a fresh one
                start(rest)
        elif kind == "done":
            done += 1
        if every and total.inputs - reported >= every:
            reported = total.inputs
            print(json.dumps({"progress": total.__dict__}, ensure_ascii=False), flush=True)
        now = time.monotonic()
        for item in running:
            began = item["started"].value
            process = item["process"]
            if not began or not process.is_alive():
                continue
            used = _cpu_seconds(process.pid)
            spent = (used - item["cpu"].value) if used is not None else now - began
            if spent > HANG_SECONDS or now - began > WALL_SECONDS:
                number = item["current"].value
                process.kill()
                process.join()
                total.hangs += 1
                name, data = make_input(seeds, seed, number)
                detail = f"{spent:.1f} s of CPU, {now - began:.1f} s of wall time"
                _save(out, "hang", name, data, detail)
                item["started"].value = 0.0
                done += 1  # the killed worker will not say 'done'
                rest = [n for n in item["numbers"] if n > number]
                if rest:
                    start(rest)
    for item in running:
        item["process"].join(timeout=10)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz-out")
    parser.add_argument("--every", type=int, default=0, help="print progress every N inputs")
    options = parser.parse_args(argv)
    begin = time.monotonic()
    counts = run(options.seed, options.count, options.jobs, options.out, options.every)
    seconds = time.monotonic() - begin
    summary = {**counts.__dict__, "seconds": round(seconds, 1), "seed": options.seed}
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    return 1 if counts.problems() else 0


if __name__ == "__main__":
    sys.exit(main())
