"""How --jobs starts its workers: copies of the parent on Linux (fast), started anew where a
copy is unsafe; the report is the same either way."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from govcheck import runner
from govcheck.runner import RunConfig, Validator, default_rules_dir

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "examples"


def test_workers_are_forked_on_linux_when_nothing_else_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GOVCHECK_START_METHOD", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    # this test process may have threads of earlier tests (a web server's): as if none ran
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert runner._start_method() == "fork"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert runner._start_method() == "spawn"


def test_a_running_thread_means_spawn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOVCHECK_START_METHOD", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert runner._start_method() == "spawn"
    finally:
        stop.set()
        other.join()


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_forked_and_spawned_workers_report_the_same(
    method: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    examples = sorted(EXAMPLES.glob("*.toml"))
    for number in range(60):  # enough files for two workers (FILES_PER_JOB)
        source = examples[number % len(examples)]
        (drafts / f"{number:03d}-{source.name}").write_bytes(source.read_bytes())
    validator = Validator(RunConfig(rules_dir=default_rules_dir()))
    alone = validator.run([drafts], jobs=1)
    monkeypatch.setenv("GOVCHECK_START_METHOD", method)
    assert runner._start_method() == method
    together = validator.run([drafts], jobs=2)
    assert together.model_dump() == alone.model_dump()
    assert together.findings and len(together.files) == 60
