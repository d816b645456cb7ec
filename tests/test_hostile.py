"""No input, however broken or hostile, crashes govcheck or changes a file.

Each file of the hostile corpus (tests/hostile.py) is given to the real command in its own
process, under a memory limit and a timeout: the answer must be exit 2 and one line naming the
file and saying what is wrong, no traceback, and the file byte-for-byte unchanged.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli

import hostile
from conftest import FIXTURES, RULES
from test_rule_loading import GOOD_RULE

GOVCHECK = [sys.executable, "-m", "govcheck"]
MEMORY_LIMIT = 1_500_000_000  # bytes of address space for one run
TIME_LIMIT = 60  # seconds for one run


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVCHECK_NO_CONFIG": "1"}
    return subprocess.run(
        [*GOVCHECK, *args],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        preexec_fn=_limits,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile.build(tmp_path_factory.mktemp("hostile"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "mention"), [(name, m) for name, _, m in hostile.CORPUS])
def test_hostile_input_is_one_clear_line_and_exit_2(
    corpus: dict[str, Path], name: str, mention: str
) -> None:
    path = corpus[name]
    before = _digest(path)
    result = _run("validate", "--jobs", "1", str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == "", result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(str(path))]
    assert len(problems) == 1, result.stdout
    assert mention.casefold() in problems[0].casefold(), problems[0]
    assert len(problems[0]) < 300
    assert _digest(path) == before


def test_the_whole_corpus_at_once_reports_every_file(corpus: dict[str, Path]) -> None:
    folder = next(iter(corpus.values())).parent
    before = {path: _digest(path) for path in corpus.values()}
    result = _run("validate", "--format", "json", str(folder))
    assert result.returncode == 2, result.stderr
    import json

    report = json.loads(result.stdout)
    assert sorted(p["file"] for p in report["input_errors"]) == sorted(map(str, corpus.values()))
    assert {path: _digest(path) for path in corpus.values()} == before


def test_a_large_valid_text_is_checked_not_refused(tmp_path: Path) -> None:
    draft = tmp_path / "stor-rubrik.json"
    draft.write_text(
        '{"kommun": "malmo", "typ": "remissvar", "rubrik": "' + "a" * 1_900_000 + '"}',
        encoding="utf-8",
    )
    result = _run("validate", str(draft))
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr


# --- rule files ---------------------------------------------------------------------------------

BROKEN_RULE_FILES = {
    "syntax": ("[[rule]]\nid = \n", "TOML"),
    "deep": ("x = " + "[" * 5000 + "]" * 5000 + "\n", "djupt"),
    "binary": (None, "läsa"),
    "unknown key": (
        GOOD_RULE.replace('severity = "fel"', 'severity = "fel"\nallvarlighet = 1'),
        "allvarlighet",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN_RULE_FILES))
def test_malformed_rule_file_is_exit_2_naming_the_file(tmp_path: Path, case: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    text, mention = BROKEN_RULE_FILES[case]
    bad = rules / "kommuner" / "malmo" / "regler" / "trasig.toml"
    if text is None:
        bad.write_bytes(bytes(range(256)))
    else:
        bad.write_text(text, encoding="utf-8")
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    before = _digest(bad)
    result = _run("validate", "--rules", str(rules), str(draft))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and mention in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(bad) == before


def test_a_report_is_never_written_over_an_input(tmp_path: Path) -> None:
    draft = tmp_path / "utkast.toml"
    shutil.copy(FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml", draft)
    before = _digest(draft)
    result = CliRunner().invoke(cli, ["validate", str(draft), "--format", "json", "-o", str(draft)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert _digest(draft) == before
