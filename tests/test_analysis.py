"""Rule files are checked as a whole when loaded: a rule that can never report, two rules no
draft can satisfy together, and two rules with the same condition are refused, naming the file
and the rule id. The analysis only reports what it can prove (tests at the end)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govcheck.analysis import (
    RuleShape,
    TooComplex,
    alternatives,
    conflicts,
    conjoin,
    never_holds,
    satisfiable,
)
from govcheck.conditions import AllOf, AnyOf, Condition, Leaf, holds
from govcheck.errors import RuleError
from govcheck.rulebook import load_rulebook

from test_rule_loading import _rules_dir


def _rule(rule_id: str, when: str, obj: str = "arende", extra: str = "") -> str:
    return f"""
[[rule]]
id = "{rule_id}"
guideline = "X1"
title.sv = "t"
title.en = "t"
severity = "fel"
object = "{obj}"
valid_from = 2021-01-01
message.sv = "m"
message.en = "m"
when = {when}
{extra}
[rule.citation]
document = "d"
section = "s"
quote = "Planen ska behandlas av servicenämnden"
source = "000_528893d35161c68e.txt"
authority = "kvalitet"
"""


NEVER = {
    "range with no integer": '{ all = [{ field = "antal_steg", op = "gt", value = 3 },'
    ' { field = "antal_steg", op = "lt", value = 4 }] }',
    "both booleans": '{ all = [{ field = "organisationsforandring", op = "eq", value = true },'
    ' { field = "organisationsforandring", op = "eq", value = false }] }',
    "present and absent": '{ all = [{ field = "rubrik", op = "exists" },'
    ' { field = "rubrik", op = "missing" }] }',
    "in and not in": '{ all = [{ field = "typ", op = "in", value = ["remissvar"] },'
    ' { field = "typ", op = "not_in", value = ["remissvar", "plan"] }] }',
    "outside the case types": '{ field = "typ", op = "eq", value = "remissvar" }',
    "a pattern no listed value matches": '{ all = [{ field = "typ", op = "in", value = '
    '["plan", "policy"] }, { field = "typ", op = "matches", value = "rem.*" }] }',
}


@pytest.mark.parametrize("case", sorted(NEVER))
def test_a_rule_that_can_never_report_is_refused(tmp_path: Path, case: str) -> None:
    extra = 'case_types = ["utvecklingsplan"]' if case == "outside the case types" else ""
    text = _rule("MAL-X1-01", NEVER[case], extra=extra)
    with pytest.raises(RuleError) as error:
        load_rulebook(_rules_dir(tmp_path, text))
    message = str(error.value)
    assert "extra.toml" in message and "MAL-X1-01" in message and "aldrig" in message


def test_rules_no_draft_can_satisfy_together_are_refused(tmp_path: Path) -> None:
    text = _rule("MAL-X1-01", '{ field = "beslutande_organ", op = "missing" }') + _rule(
        "MAL-X1-02", '{ field = "beslutande_organ", op = "exists" }'
    )
    with pytest.raises(RuleError) as error:
        load_rulebook(_rules_dir(tmp_path, text))
    assert "MAL-X1-02" in str(error.value) and "MAL-X1-01" in str(error.value)
    assert "båda" in str(error.value)


def test_rules_with_the_same_condition_are_refused(tmp_path: Path) -> None:
    text = _rule("MAL-X1-01", '{ field = "typ", op = "eq", value = "remissvar" }') + _rule(
        "MAL-X1-02", '{ field = "typ", op = "in", value = ["remissvar"] }'
    )
    with pytest.raises(RuleError) as error:
        load_rulebook(_rules_dir(tmp_path, text))
    assert "samma villkor" in str(error.value) and "MAL-X1-01" in str(error.value)


@pytest.mark.parametrize(
    ("first", "second", "extra_second"),
    [
        # Same condition, but for different case types: they never judge the same draft.
        (
            '{ field = "rubrik", op = "missing" }',
            '{ field = "rubrik", op = "missing" }',
            'case_types = ["remissvar"]',
        ),
        # One is stricter than the other: legitimate, both can be met.
        (
            '{ field = "antal_steg", op = "lt", value = 2 }',
            '{ field = "antal_steg", op = "lt", value = 3 }',
            "",
        ),
        # A float range between two integers is possible.
        (
            '{ all = [{ field = "antal_steg", op = "gte", value = 1 }, '
            '{ field = "rubrik", op = "exists" }] }',
            '{ field = "rubrik", op = "missing" }',
            "",
        ),
    ],
)
def test_compatible_rules_load(tmp_path: Path, first: str, second: str, extra_second: str) -> None:
    text = _rule("MAL-X1-01", first, extra='case_types = ["utvecklingsplan"]') + _rule(
        "MAL-X1-02", second, extra=extra_second
    )
    book = load_rulebook(_rules_dir(tmp_path, text))
    assert {"MAL-X1-01", "MAL-X1-02"} <= set(book.by_id)


# --- the analysis is sound: it never calls a condition impossible that some fact satisfies ---

FIELDS = {"antal_steg": st.integers(-3, 6), "organisationsforandring": st.booleans()}
FIELDS["rubrik"] = st.sampled_from(["a", "b", "remiss"])


def _leaf() -> st.SearchStrategy[Leaf]:
    numeric = st.builds(
        lambda op, v: Leaf(field="antal_steg", op=op, value=v),
        st.sampled_from(["eq", "neq", "gt", "gte", "lt", "lte"]),
        st.integers(-3, 6),
    )
    listed = st.builds(
        lambda op, v: Leaf(field="rubrik", op=op, value=v),
        st.sampled_from(["in", "not_in"]),
        st.lists(st.sampled_from(["a", "b", "remiss"]), min_size=1, max_size=2),
    )
    text = st.builds(
        lambda op, v: Leaf(field="rubrik", op=op, value=v),
        st.sampled_from(["eq", "neq", "matches"]),
        st.sampled_from(["a", "b", "remiss", "rem.*"]),
    )
    flag = st.builds(
        lambda v: Leaf(field="organisationsforandring", op="eq", value=v), st.booleans()
    )
    presence = st.builds(
        lambda f, op: Leaf(field=f, op=op),
        st.sampled_from(sorted(FIELDS)),
        st.sampled_from(["exists", "missing"]),
    )
    return st.one_of(numeric, listed, text, flag, presence)


CONDITIONS: st.SearchStrategy[Condition] = st.recursive(
    _leaf(),
    lambda inner: st.one_of(
        st.builds(lambda c: AllOf(all=c), st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda c: AnyOf(any=c), st.lists(inner, min_size=1, max_size=3)),
    ),
    max_leaves=6,
)

FACTS = st.fixed_dictionaries({}, optional=FIELDS)


@settings(max_examples=300, deadline=None)
@given(condition=CONDITIONS, fact=FACTS)
def test_never_holds_is_sound(condition: Condition, fact: dict[str, object]) -> None:
    shape = RuleShape(
        "X", "f", "arende", AllOf(all=[Leaf(field="kind", op="eq", value="arende")]), condition
    )
    if holds(condition, {**fact, "kind": "arende"}):  # type: ignore[dict-item]
        assert not never_holds(shape)


GUARD = AllOf(all=[Leaf(field="kind", op="eq", value="arende")])


@settings(max_examples=300, deadline=None)
@given(first=CONDITIONS, second=CONDITIONS, fact=FACTS)
def test_pair_conflicts_are_sound(
    first: Condition, second: Condition, fact: dict[str, object]
) -> None:
    """A pair is called contradictory only if no fact escapes both, and 'the same' only if no
    fact tells them apart."""
    values = {**fact, "kind": "arende"}
    a = RuleShape("A", "f", "arende", GUARD, first)
    b = RuleShape("B", "f", "arende", GUARD, second)
    messages = [c.message for c in conflicts([a, b]) if c.rule_id == "B"]
    holds_a, holds_b = holds(first, values), holds(second, values)  # type: ignore[arg-type]
    if not holds_a and not holds_b:
        assert not any("båda" in m for m in messages)
    if holds_a != holds_b:
        assert not any("samma villkor" in m for m in messages)


def _reference_pair(first: Condition, second: Condition) -> set[str]:
    """The pair questions answered the slow way, every combination conjoined in full."""
    guard = alternatives(GUARD)

    def together(one: Condition, one_negated: bool, two: Condition, two_negated: bool) -> bool:
        options = conjoin(guard, alternatives(one, one_negated), alternatives(two, two_negated))
        return satisfiable(options, "arende")

    found = set()
    if not together(first, True, second, True):
        found.add("båda")
    elif not together(first, False, second, True) and not together(second, False, first, True):
        found.add("samma villkor")
    return found


ALWAYS = AnyOf(any=[Leaf(field="antal_steg", op="exists"), Leaf(field="antal_steg", op="missing")])
NEVER_FLAG = AllOf(
    all=[
        Leaf(field="organisationsforandring", op="exists"),
        Leaf(field="organisationsforandring", op="missing"),
    ]
)
RUBRIK = Leaf(field="rubrik", op="eq", value="a")
NEVER_RUBRIK = AllOf(all=[Leaf(field="rubrik", op="exists"), Leaf(field="rubrik", op="missing")])


@settings(max_examples=300, deadline=None)
@given(first=CONDITIONS, second=CONDITIONS)
@example(first=ALWAYS, second=RUBRIK)  # one always reports: no draft passes both
@example(first=RUBRIK, second=ALWAYS)
@example(first=NEVER_FLAG, second=ALWAYS)
@example(first=ALWAYS, second=NEVER_FLAG)
@example(first=NEVER_FLAG, second=RUBRIK)
@example(first=RUBRIK, second=NEVER_FLAG)
@example(first=NEVER_FLAG, second=NEVER_RUBRIK)  # both silent: "the same" condition
def test_pair_shortcut_answers_as_the_full_reasoning(first: Condition, second: Condition) -> None:
    """Conditions over different fields are judged each on its own; that must give exactly
    the answer of reasoning over every combination."""
    a = RuleShape("A", "f", "arende", GUARD, first)
    b = RuleShape("B", "f", "arende", GUARD, second)
    messages = [c.message for c in conflicts([a, b]) if c.rule_id == "B"]
    found = {key for key in ("båda", "samma villkor") if any(key in m for m in messages)}
    try:
        expected = _reference_pair(first, second)
    except TooComplex:
        return
    assert found == expected
