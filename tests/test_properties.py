"""Property-based tests: whatever a draft or a rule file contains, govcheck answers with a
result or one InputError / RuleError, never another exception."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import math
import shutil
from pathlib import Path
from typing import Any

import pytest
import tomli
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcheck.drafts import parse_draft_text
from govcheck.engine import Checker
from govcheck.errors import InputError, RuleError
from govcheck.rulebook import Rulebook, load_rulebook

from conftest import FIXTURES, RULES
from test_rule_loading import GOOD_RULE

EXAMPLES = sorted((FIXTURES / "examples").glob("*.toml"))
BASES = [tomli.loads(path.read_text(encoding="utf-8")) for path in EXAMPLES]

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["malmo", "goteborg", "remissvar", "Kommunstyrelsen", "drift", "2024-01-01"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(min_size=1, max_size=12), inner, max_size=4),
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_rulebook(RULES))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


def _mutated(base: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    draft = copy.deepcopy(base)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(draft)
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent: Any = draft
        for part in path[:-1]:
            parent = parent[part]
        action = data.draw(st.sampled_from(["replace", "delete", "rename"]))
        if action == "replace":
            parent[path[-1]] = data.draw(VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(min_size=1, max_size=12))] = parent.pop(path[-1])
    return draft


def _json_default(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _as_toml(draft: Any) -> str | None:
    try:
        return tomli_w.dumps(draft)
    except (TypeError, ValueError):
        return None  # None or mixed arrays: not expressible in TOML


def _answers(text: str, suffix: str, checker: Checker) -> None:
    try:
        loaded = parse_draft_text(text, f"utkast{suffix}", suffix)
    except InputError as error:
        assert error.file == f"utkast{suffix}"
        assert "\n" not in error.one_line()
        return
    for finding in checker.check(loaded):
        assert finding.location.file == f"utkast{suffix}"
        assert finding.message


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(base=st.sampled_from(BASES), data=st.data())
def test_any_mutated_draft_gets_an_answer(
    checker: Checker, base: dict[str, Any], data: st.DataObject
) -> None:
    draft = _mutated(base, data)
    _answers(json.dumps(draft, default=_json_default, allow_nan=True), ".json", checker)
    toml = _as_toml(draft)
    if toml is not None:
        _answers(toml, ".toml", checker)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=VALUES)
def test_any_json_value_gets_an_answer(checker: Checker, value: Any) -> None:
    _answers(json.dumps(value, default=_json_default, allow_nan=True), ".json", checker)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_text_as_toml_gets_an_answer(text: str) -> None:
    with contextlib.suppress(InputError):
        parse_draft_text(text, "utkast.toml", ".toml")


@settings(max_examples=60, deadline=None)
@given(amount=st.floats(min_value=-1_000_000, max_value=1_000_000, allow_nan=False))
def test_any_amount_reaches_the_engine_safely(amount: float) -> None:
    """Tiny and large amounts print in exponent notation, which durable_rules cannot parse."""
    draft = copy.deepcopy(next(b for b in BASES if b.get("poster")))
    draft["poster"][0]["belopp_mnkr"] = amount
    loaded = parse_draft_text(tomli_w.dumps(draft), "u.toml", ".toml")
    assert math.isfinite(loaded.draft.poster[0].belopp_mnkr or 0.0)
    Checker(_BOOK).check(loaded)


_BOOK: Rulebook = load_rulebook(RULES)

# --- rule files -------------------------------------------------------------------------------

RULE = tomli.loads(GOOD_RULE)


def _rules_root(tmp: Path, text: str) -> Path:
    root = tmp / "rules"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(RULES / "sources", root / "sources")
    profile = root / "kommuner" / "malmo"
    shutil.copytree(RULES / "kommuner" / "malmo", profile, ignore=shutil.ignore_patterns("regler"))
    (profile / "regler").mkdir()
    (profile / "regler" / "x.toml").write_text(text, encoding="utf-8")
    return root


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_mutated_rule_file_loads_or_is_one_rule_error(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    rule = _mutated(RULE, data)
    text = _as_toml(rule)
    if text is None:
        return
    root = _rules_root(tmp_path_factory.mktemp("r"), text)
    try:
        load_rulebook(root)
    except RuleError as error:
        assert "\n" not in str(error)
        assert str(root) in str(error)
