"""Every rule's failing example is reported by that rule, with its citation, and fails the gate;
its passing example passes the gate. Runs through the CLI, as a user would."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.rulebook import load_rulebook

from conftest import FIXTURES, RULES

BOOK = load_rulebook(RULES)
RULE_IDS = BOOK.all_ids


def _severity(rule_id: str) -> str:
    item = BOOK.by_id.get(rule_id) or BOOK.questions_by_id[rule_id]
    return item.spec.severity.value


def _run(*args: str) -> tuple[int, dict[str, object]]:
    result = CliRunner().invoke(cli, ["validate", "--format", "json", *args])
    return result.exit_code, json.loads(result.output)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_failing_example_is_reported_with_citation(rule_id: str) -> None:
    # Fails the gate at the rule's own severity (an advisory "info" rule passes by default).
    code, report = _run(
        "--fail-on", _severity(rule_id), str(FIXTURES / "rules" / rule_id / "fail.toml")
    )
    findings = [f for file in report["files"] for f in file["findings"]]  # type: ignore[index]
    mine = [f for f in findings if f["rule_id"] == rule_id]
    assert mine, f"{rule_id} reported nothing; got {[f['rule_id'] for f in findings]}"
    assert code == 1
    for finding in mine:
        assert finding["citation"]["quote"]
        assert finding["citation"]["source_file"].endswith(".txt")
        assert finding["location"]["file"].endswith("fail.toml")


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_passing_example_passes(rule_id: str) -> None:
    code, report = _run(str(FIXTURES / "rules" / rule_id / "pass.toml"))
    assert code == 0, report
