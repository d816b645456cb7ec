"""A broken rule file stops the load with the file and the rule id named; it never runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govcheck.errors import RuleError
from govcheck.rulebook import load_rulebook

from conftest import RULES

GOOD_RULE = """
[[rule]]
id = "MAL-X1-01"
guideline = "X1"
title.sv = "t"
title.en = "t"
severity = "fel"
object = "arende"
valid_from = 2021-01-01
message.sv = "m {diarienummer}"
message.en = "m"
when = { field = "antal_steg", op = "eq", value = 0 }
[rule.citation]
document = "d"
section = "s"
quote = "Planen ska behandlas av servicenämnden"
source = "000_528893d35161c68e.txt"
authority = "kvalitet"
"""


def _rules_dir(tmp_path: Path, text: str) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(RULES / "sources", root / "sources")
    profile = root / "kommuner" / "malmo"
    shutil.copytree(RULES / "kommuner" / "malmo", profile, ignore=shutil.ignore_patterns("regler"))
    (profile / "regler").mkdir()
    (profile / "regler" / "extra.toml").write_text(text, encoding="utf-8")
    return root


def test_good_rule_loads(tmp_path: Path) -> None:
    book = load_rulebook(_rules_dir(tmp_path, GOOD_RULE))
    assert [rule.id for rule in book.rules] == ["MAL-X1-01"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('field = "antal_steg"', 'field = "antal_stg"', "okänt fält 'antal_stg'"),
        ('op = "eq"', 'op = "ne"', "when"),
        ("value = 0 }", 'value = "0" }', "inte av fältets typ"),
        ("value = 0 }", "value = true }", "inte av fältets typ"),
        (
            "Planen ska behandlas av servicenämnden",
            "Planen ska beslutas av nämnden",
            "citatet finns inte ordagrant",
        ),
        ('source = "000_528893d35161c68e.txt"', 'source = "999.txt"', "källfilen '999.txt'"),
        (
            "valid_from = 2021-01-01",
            "valid_from = 2021-01-01\nvalid_to = 2020-01-01",
            "valid_to ligger före valid_from",
        ),
        ('severity = "fel"', 'severity = "error"', "severity"),
        (
            'message.sv = "m {diarienummer}"',
            'message.sv = "m {diarienumer}"',
            "okända fält: diarienumer",
        ),
        ('guideline = "X1"', 'guideline = "X1"\nseverty = "fel"', "okänd nyckel 'severty'"),
        ('id = "MAL-X1-01"', 'id = "x1"', "id ska ha formen"),
        (
            'field = "antal_steg", op = "eq", value = 0',
            'field = "diarienummer", op = "matches", value = "\\\\d+"',
            "\\d",
        ),
        (
            'field = "antal_steg", op = "eq", value = 0',
            'field = "diarienummer", op = "gt", value = "a"',
            "kan bara jämföra tal",
        ),
    ],
    ids=[
        "unknown-field",
        "operator-not-allowed",
        "type-str-for-int",
        "type-bool-for-int",
        "misquote",
        "missing-source",
        "window-reversed",
        "bad-severity",
        "unknown-placeholder",
        "unknown-key",
        "bad-id",
        "backslash-regex",
        "ordering-on-text",
    ],
)
def test_broken_rule_is_named(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in GOOD_RULE
    root = _rules_dir(tmp_path, GOOD_RULE.replace(old, new))
    with pytest.raises(RuleError) as info:
        load_rulebook(root)
    message = str(info.value)
    assert "extra.toml" in message
    assert expected in message


def test_duplicate_id_is_named(tmp_path: Path) -> None:
    root = _rules_dir(tmp_path, GOOD_RULE + GOOD_RULE)
    with pytest.raises(RuleError, match=r"MAL-X1-01.*id används redan"):
        load_rulebook(root)


def test_toml_syntax_error_names_line(tmp_path: Path) -> None:
    root = _rules_dir(tmp_path, "[[rule]]\nid = \n")
    with pytest.raises(RuleError, match=r"extra.toml:2"):
        load_rulebook(root)


def test_shipped_rules_load() -> None:
    assert len(load_rulebook(RULES).rules) >= 12
