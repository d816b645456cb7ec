#!/usr/bin/env python3
"""One entry point for a fresh machine: sets up .venv on first use, then runs the task.

    python3 dev.py demo     validate the bundled example drafts and show the report
    python3 dev.py test     run the whole test suite (pytest with the Swedish features)
    python3 dev.py lint     ruff, mypy --strict and the import contracts (import-linter)
    python3 dev.py ci       lint + test, what .ci/run does
    python3 dev.py bench    the benchmark (benchmarks/README.md), ~10 minutes
    python3 dev.py extraction   field accuracy of the document reader over corpus/ (~20 s)

Only the standard library is used here, so it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".govcheck-installed"


def _python() -> Path:
    return BIN / "python"


def _wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_env() -> None:
    """Create the virtual environment and install govcheck with its dev extras when needed."""
    if sys.version_info[:2] not in {(3, 11), (3, 12)}:
        sys.exit(
            f"govcheck needs Python 3.11 or 3.12 (durable-rules does not build on "
            f"{sys.version_info[0]}.{sys.version_info[1]}); run this script with python3.11."
        )
    if not _python().exists():
        print("dev.py: creating .venv …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    if STAMP.exists() and STAMP.read_text() == _wanted_stamp():
        return
    print("dev.py: installing govcheck and its dependencies (first run only) …", flush=True)
    pip = [str(_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    # setuptools says, at length, that an editable install uses an import hook: information,
    # not a problem, and the only warning a first run would print.
    quiet = {**os.environ, "PYTHONWARNINGS": "ignore:Editable installation"}
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True, env=quiet)
    STAMP.write_text(_wanted_stamp())


def run(*cmd: str) -> int:
    return subprocess.run([str(BIN / cmd[0]), *cmd[1:]], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    task = argv[0] if argv else "help"
    rest = argv[1:]
    if task not in {"demo", "test", "lint", "ci", "bench", "extraction"}:
        print(__doc__)
        return 0 if task in {"help", "-h", "--help"} else 2
    ensure_env()
    if task == "demo":
        return run("govcheck", "validate", "fixtures/examples", *rest)
    if task == "test":
        return run("pytest", *rest)
    if task == "bench":
        return run("python", "benchmarks/run.py", *rest)
    if task == "extraction":
        return run("python", "benchmarks/extraction.py", *rest)
    lint = (
        run("ruff", "check", "src", "tests", "scripts", "benchmarks")
        or run("mypy")
        or run("lint-imports")
    )
    if task == "lint":
        return lint
    return lint or run("pytest", *rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
