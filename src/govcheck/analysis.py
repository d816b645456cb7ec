"""Static checks of the rule set as a whole, run when the rules are loaded.

A rule whose condition can never hold never reports anything: a silent hole in the gate. Two
rules whose conditions cannot both be false leave no draft that passes both: whatever the
official writes, one of them reports. Two rules with the same condition over the same drafts
say the same thing twice, or contradict each other in severity or message. Each is reported
with the rule file and the ids.

The reasoning is exact for what the condition language says about one field at a time
(presence, equality, lists, order, booleans, integers and dates) and cautious elsewhere: what it
cannot decide (a regular expression against another, a field compared with another field) it
takes as possible, so it only reports what it can prove.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from govcheck.conditions import AllOf, Condition, Leaf, engine_value
from govcheck.vocabulary import FACT_SCHEMA, FieldType

#: Past this many alternatives a question is left undecided (taken as possible), so that
#: loading stays fast whatever the rule files contain.
MAX_ALTERNATIVES = 4096

_NEGATED = {
    "eq": "neq",
    "neq": "eq",
    "gt": "lte",
    "gte": "lt",
    "lt": "gte",
    "lte": "gt",
    "in": "not_in",
    "not_in": "in",
    "matches": "not_matches",
}


@dataclass(frozen=True)
class Atom:
    """One constraint on one field: ``present``, ``absent``, or a comparison with a value.
    ``opaque`` atoms (field against field) require presence and are otherwise unknown."""

    field: str
    op: str
    value: object = None
    opaque: bool = False


Conjunction = tuple[Atom, ...]


class TooComplex(Exception):
    """The question has too many alternatives to decide at load time."""


def _product(parts: list[list[Conjunction]]) -> list[Conjunction]:
    size = 1
    for part in parts:
        size *= max(1, len(part))
        if size > MAX_ALTERNATIVES:
            raise TooComplex
    return [tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*parts)]


def _leaf(leaf: Leaf, negate: bool) -> list[Conjunction]:
    name, op = leaf.field, leaf.op
    if op == "exists":
        return [(Atom(name, "absent" if negate else "present"),)]
    if op == "missing":
        return [(Atom(name, "present" if negate else "absent"),)]
    if leaf.other is not None:
        both = (Atom(name, "present", opaque=True), Atom(leaf.other, "present", opaque=True))
        if not negate:
            return [both]
        return [(Atom(name, "absent"),), (Atom(leaf.other, "absent"),), both]
    value = engine_value(leaf.value)
    if isinstance(value, list):
        value = tuple(value)
    if not negate:
        return [(Atom(name, op, value),)]
    return [(Atom(name, "absent"),), (Atom(name, _NEGATED[op], value),)]


def alternatives(condition: Condition, negate: bool = False) -> list[Conjunction]:
    """The condition (or its negation) as alternatives, each a conjunction of atoms."""
    if isinstance(condition, Leaf):
        return _leaf(condition, negate)
    children = condition.all if isinstance(condition, AllOf) else condition.any
    conjunctive = isinstance(condition, AllOf) != negate  # De Morgan
    parts = [alternatives(child, negate) for child in children]
    if conjunctive:
        return _product(parts)
    out = [conj for part in parts for conj in part]
    if len(out) > MAX_ALTERNATIVES:
        raise TooComplex
    return out


def conjoin(*options: list[Conjunction]) -> list[Conjunction]:
    return _product(list(options))


@dataclass
class _Field:
    present: bool | None = None
    finite: set[object] | None = None
    excluded: set[object] = field(default_factory=set)
    low: tuple[object, bool] | None = None  # (value, inclusive)
    high: tuple[object, bool] | None = None
    patterns: list[str] = field(default_factory=list)
    anti_patterns: list[str] = field(default_factory=list)
    opaque: bool = False

    def require_presence(self, present: bool) -> bool:
        if self.present is not None and self.present != present:
            return False
        self.present = present
        return True


def _tighter(
    current: tuple[object, bool] | None, new: tuple[object, bool], low: bool
) -> tuple[object, bool]:
    if current is None:
        return new
    try:
        if current[0] == new[0]:
            return (current[0], current[1] and new[1])
        better = new[0] > current[0] if low else new[0] < current[0]  # type: ignore[operator]
    except TypeError:
        return current
    return new if better else current


def _within(value: object, state: _Field) -> bool:
    try:
        if state.low is not None:
            bound, inclusive = state.low
            if value < bound or (value == bound and not inclusive):  # type: ignore[operator]
                return False
        if state.high is not None:
            bound, inclusive = state.high
            if value > bound or (value == bound and not inclusive):  # type: ignore[operator]
                return False
    except TypeError:
        return False
    if value in state.excluded:
        return False
    text = value if isinstance(value, str) else None
    for pattern in state.patterns:
        if text is None or not _fullmatch(pattern, text):
            return False
    return all(text is None or not _fullmatch(p, text) for p in state.anti_patterns)


def _fullmatch(pattern: str, text: str) -> bool:
    try:
        return re.fullmatch(pattern, text) is not None
    except re.error:
        return True  # undecidable here: take as possible


def _field_possible(state: _Field, kind: FieldType | None) -> bool:
    if state.present is False:
        return True  # absent, and nothing else was asked (checked while collecting)
    if state.finite is not None:
        return any(_within(value, state) for value in state.finite)
    if kind == "bool":
        return any(_within(value, state) for value in (True, False))
    if kind in ("int", "date") and (state.low is not None or state.high is not None):
        if state.low is None or state.high is None:
            return True
        low, low_inc = state.low
        high, high_inc = state.high
        if not isinstance(low, int | float) or not isinstance(high, int | float):
            return True
        first = math.ceil(low) if low_inc else math.floor(low) + 1
        last = math.floor(high) if high_inc else math.ceil(high) - 1
        if last < first:
            return False
        room = last - first + 1
        taken = sum(1 for v in state.excluded if isinstance(v, int) and first <= v <= last)
        return room > taken
    if state.low is not None and state.high is not None:
        (low, low_inc), (high, high_inc) = state.low, state.high
        try:
            if low > high:  # type: ignore[operator]
                return False
            if low == high:
                return low_inc and high_inc and low not in state.excluded
        except TypeError:
            return True
    return True  # strings and open ranges: a value can always be found (or we cannot tell)


def possible(conjunction: Conjunction, object_kind: str) -> bool:
    """Whether some fact of this kind satisfies every atom of the conjunction."""
    schema = FACT_SCHEMA.get(object_kind, {})  # type: ignore[call-overload]
    states: dict[str, _Field] = {}
    for atom in conjunction:
        state = states.setdefault(atom.field, _Field())
        if atom.op == "absent":
            if not state.require_presence(False):
                return False
            continue
        if not state.require_presence(True):
            return False
        if atom.opaque or atom.op == "present":
            continue
        value = atom.value
        if atom.op == "eq":
            state.finite = {value} if state.finite is None else state.finite & {value}
        elif atom.op == "in":
            options = set(value) if isinstance(value, tuple) else {value}
            state.finite = options if state.finite is None else state.finite & options
        elif atom.op == "neq":
            state.excluded.add(value)
        elif atom.op == "not_in":
            state.excluded |= set(value) if isinstance(value, tuple) else {value}
        elif atom.op in ("gt", "gte"):
            state.low = _tighter(state.low, (value, atom.op == "gte"), low=True)
        elif atom.op in ("lt", "lte"):
            state.high = _tighter(state.high, (value, atom.op == "lte"), low=False)
        elif atom.op == "matches":
            state.patterns.append(str(value))
        elif atom.op == "not_matches":
            state.anti_patterns.append(str(value))
    return all(_field_possible(state, schema.get(name)) for name, state in states.items())


def satisfiable(options: Iterable[Conjunction], object_kind: str) -> bool:
    return any(possible(conj, object_kind) for conj in options)


@dataclass(frozen=True)
class RuleShape:
    """What the analysis needs of a rule: where it is, what it speaks of, when it applies
    (``guard``: object kind, kommun, case types, validity window) and its condition."""

    id: str
    file: str
    object_kind: str
    guard: Condition
    condition: Condition


@dataclass(frozen=True)
class Conflict:
    file: str
    rule_id: str
    message: str


@dataclass
class _Prepared:
    """A rule's guard and condition as alternatives, computed once for all its pairs."""

    rule: RuleShape
    guard: list[Conjunction]
    holds: list[Conjunction]
    fails: list[Conjunction]
    pinned: dict[str, frozenset[object]] = field(default_factory=dict)
    guard_fields: frozenset[str] = frozenset()
    condition_fields: frozenset[str] = frozenset()
    can_hold: bool = True
    can_fail: bool = True
    #: the same number for rules whose guards are written the same (many share one)
    guard_key: int = -1


def _fields(options: list[Conjunction]) -> frozenset[str]:
    return frozenset(atom.field for conj in options for atom in conj)


def _pinned(options: list[Conjunction]) -> dict[str, frozenset[object]]:
    """Fields that every alternative restricts to finitely many values (``eq`` or ``in``),
    with all the values any alternative allows: a quick, exact test that two guards never
    meet (a field pinned to disjoint sets), before the full reasoning."""
    pinned: dict[str, set[object]] | None = None
    for conj in options:
        here: dict[str, set[object]] = {}
        for atom in conj:
            if atom.opaque or atom.op not in ("eq", "in"):
                continue
            values = set(atom.value) if isinstance(atom.value, tuple) else {atom.value}
            here[atom.field] = here[atom.field] & values if atom.field in here else values
        if pinned is None:
            pinned = here
        else:
            pinned = {name: pinned[name] | here[name] for name in pinned.keys() & here.keys()}
    return {name: frozenset(values) for name, values in (pinned or {}).items()}


def _apart(one: _Prepared, two: _Prepared) -> bool:
    return any(
        name in two.pinned and not values & two.pinned[name] for name, values in one.pinned.items()
    )


def _prepare(rule: RuleShape) -> _Prepared | None:
    try:
        guard = alternatives(rule.guard)
        holds = alternatives(rule.condition)
        fails = alternatives(rule.condition, negate=True)
        return _Prepared(
            rule,
            guard,
            holds,
            fails,
            _pinned(guard),
            _fields(guard),
            _fields(holds) | _fields(fails),
            satisfiable(holds, rule.object_kind),
            satisfiable(fails, rule.object_kind),
        )
    except TooComplex:
        return None


def never_holds(rule: RuleShape) -> bool:
    prepared = _prepare(rule)
    return prepared is not None and _never_holds(prepared)


def _never_holds(rule: _Prepared) -> bool:
    try:
        return not satisfiable(conjoin(rule.guard, rule.holds), rule.rule.object_kind)
    except TooComplex:
        return False


def _pair(
    one: _Prepared, two: _Prepared, meets: dict[tuple[int, int, str], bool] | None = None
) -> str | None:
    """What is wrong with the pair, if anything. ``meets`` keeps whether two guards can hold
    together, by their ``guard_key``: the rules share a few dozen guards between them, and
    this question was most of the time of loading the rules."""
    first, kind = one.rule, one.rule.object_kind
    if _apart(one, two):
        return None  # never judged on the same object: no conflict possible
    guards = one.guard_fields | two.guard_fields
    # Each field is reasoned about on its own (see possible()), so when the two conditions and
    # the guards speak of different fields, a combination is possible exactly when each part
    # is: what each rule allows on its own, computed once, answers the pair.
    separate = not (
        one.condition_fields & two.condition_fields
        or one.condition_fields & guards
        or two.condition_fields & guards
    )
    try:
        key = (one.guard_key, two.guard_key, kind)
        met = meets.get(key) if meets is not None and min(key[:2]) >= 0 else None
        if met is None:
            met = satisfiable(conjoin(one.guard, two.guard), kind)
            if meets is not None and min(key[:2]) >= 0:
                meets[key] = met
        if not met:
            return None  # never judged on the same object: no conflict possible

        def together(first_part: list[Conjunction], second_part: list[Conjunction]) -> bool:
            both = conjoin(one.guard, two.guard)
            return satisfiable(conjoin(both, first_part, second_part), kind)

        if not (one.can_fail and two.can_fail if separate else together(one.fails, two.fails)):
            return (
                f"kan aldrig båda vara uppfyllda tillsammans med {first.id} ({first.file}): "
                "varje utkast de gäller bryter mot någon av dem"
            )
        holds_one = one.can_hold and two.can_fail if separate else together(one.holds, two.fails)
        holds_two = two.can_hold and one.can_fail if separate else together(two.holds, one.fails)
        if not holds_one and not holds_two:
            return (
                f"har samma villkor som {first.id} ({first.file}) för samma utkast: "
                "samma sak sägs två gånger, eller motsäger regeln den andra"
            )
    except TooComplex:
        return None
    return None


def conflicts(rules: list[RuleShape]) -> list[Conflict]:
    """Rules that never hold, pairs that cannot both be met, pairs with the same condition."""
    prepared = [p for p in map(_prepare, rules) if p is not None]
    found = [
        Conflict(
            p.rule.file, p.rule.id, "villkoret kan aldrig vara uppfyllt: regeln slår aldrig till"
        )
        for p in prepared
        if _never_holds(p)
    ]
    by_kind: dict[str, list[_Prepared]] = {}
    guard_keys: dict[str, int] = {}
    for item in prepared:
        by_kind.setdefault(item.rule.object_kind, []).append(item)
        # By the guard as written (repr tells 1 from True, which == does not).
        item.guard_key = guard_keys.setdefault(repr(item.guard), len(guard_keys))
    meets: dict[tuple[int, int, str], bool] = {}
    for group in by_kind.values():
        for index, second in enumerate(group):
            for first in group[:index]:
                message = _pair(first, second, meets)
                if message is not None:
                    found.append(Conflict(second.rule.file, second.rule.id, message))
    return found
