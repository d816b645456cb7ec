"""The condition language of rule files, and its two readings.

A condition is a tree of ``all`` / ``any`` groups over leaves ``{field, op, value}`` or
``{field, op, other}`` (field against field). ``to_durable`` compiles it to durable_rules'
JSON; ``holds`` evaluates it in plain Python. The Python reading is the test oracle for the
engine: on generated drafts both must give the same findings, which is how the engine's silent
failure modes (ENGINE_NOTES.md) are caught.

Semantics shared by both readings: every comparison needs its field present (and, for field
against field, both fields present); ``missing`` is the only way to test absence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

from govcheck.vocabulary import Scalar, date_int

Op = Literal["eq", "neq", "gt", "gte", "lt", "lte", "exists", "missing", "matches", "in", "not_in"]
COMPARISONS: dict[str, str] = {
    "neq": "$neq",
    "gt": "$gt",
    "gte": "$gte",
    "lt": "$lt",
    "lte": "$lte",
}
#: The durable_rules operators govcheck emits; anything else in a compiled ruleset is a bug.
DURABLE_OPERATORS = frozenset(
    {"$and", "$or", "$neq", "$gt", "$gte", "$lt", "$lte", "$ex", "$nex", "$mt", "$m"}
)

Value = StrictBool | StrictInt | StrictFloat | StrictStr | dt.date
ValueList = list[StrictBool] | list[StrictInt] | list[StrictFloat] | list[StrictStr] | list[dt.date]


class Leaf(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    field: str
    op: Op
    value: Value | ValueList | None = None
    other: str | None = None


class AllOf(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)
    all: list[Condition] = Field(min_length=1)


class AnyOf(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)
    any: list[Condition] = Field(min_length=1)


Condition = Union[Leaf, AllOf, AnyOf]  # noqa: UP007 - a recursive alias needs Union here
# No model_rebuild() here: the models are built on first use (defer_build), when the recursive
# alias above resolves from this module; a run whose rule set comes from the cache never
# builds them.


def leaves(condition: Condition) -> list[Leaf]:
    if isinstance(condition, Leaf):
        return [condition]
    children = condition.all if isinstance(condition, AllOf) else condition.any
    return [leaf for child in children for leaf in leaves(child)]


def engine_value(value: Any) -> Any:
    """Rule values as the facts carry them: dates become YYYYMMDD integers."""
    if isinstance(value, dt.date):
        return date_int(value)
    if isinstance(value, list):
        return [engine_value(item) for item in value]
    return value


# --- durable_rules reading --------------------------------------------------------------------


def _exists(name: str) -> dict[str, Any]:
    return {"$ex": {name: 1}}


def leaf_to_durable(leaf: Leaf) -> dict[str, Any]:
    name, op = leaf.field, leaf.op
    if op == "exists":
        return _exists(name)
    if op == "missing":
        return {"$nex": {name: 1}}
    if leaf.other is not None:
        target: Any = {"$m": leaf.other}
        compare = {name: target} if op == "eq" else {COMPARISONS[op]: {name: target}}
        # Against a missing field durable compares true; both sides must exist (ENGINE_NOTES).
        return {"$and": [_exists(name), _exists(leaf.other), compare]}
    value = engine_value(leaf.value)
    if op == "eq":
        return {name: value}
    if op == "matches":
        return {"$mt": {name: value}}
    if op == "in":
        options = [{name: item} for item in value]
        return options[0] if len(options) == 1 else {"$or": options}
    if op == "not_in":
        return {"$and": [{"$neq": {name: item}} for item in value]}
    return {COMPARISONS[op]: {name: value}}


def to_durable(condition: Condition) -> dict[str, Any]:
    if isinstance(condition, Leaf):
        return leaf_to_durable(condition)
    if isinstance(condition, AllOf):
        return {"$and": [to_durable(child) for child in condition.all]}
    return {"$or": [to_durable(child) for child in condition.any]}


def operators_in(compiled: Any) -> set[str]:
    """Every ``$``-key in a compiled condition, for the allow-list check."""
    found: set[str] = set()
    if isinstance(compiled, dict):
        for key, value in compiled.items():
            if key.startswith("$"):
                found.add(key)
            found |= operators_in(value)
    elif isinstance(compiled, list):
        for item in compiled:
            found |= operators_in(item)
    return found


# --- plain-Python reading (the oracle) --------------------------------------------------------


def _compare(op: str, left: Scalar, right: Any) -> bool:
    if op == "eq":
        return bool(left == right)
    if op == "neq":
        return bool(left != right)
    if op == "gt":
        return bool(left > right)
    if op == "gte":
        return bool(left >= right)
    if op == "lt":
        return bool(left < right)
    if op == "lte":
        return bool(left <= right)
    raise ValueError(op)


def leaf_holds(leaf: Leaf, values: dict[str, Scalar]) -> bool:
    present = leaf.field in values
    if leaf.op == "exists":
        return present
    if leaf.op == "missing":
        return not present
    if not present:
        return False
    left = values[leaf.field]
    if leaf.other is not None:
        return leaf.other in values and _compare(leaf.op, left, values[leaf.other])
    value = engine_value(leaf.value)
    if leaf.op == "matches":
        return isinstance(left, str) and re.fullmatch(str(value), left) is not None
    if leaf.op == "in":
        return left in value
    if leaf.op == "not_in":
        return left not in value
    return _compare(leaf.op, left, value)


def holds(condition: Condition, values: dict[str, Scalar]) -> bool:
    if isinstance(condition, Leaf):
        return leaf_holds(condition, values)
    if isinstance(condition, AllOf):
        return all(holds(child, values) for child in condition.all)
    return any(holds(child, values) for child in condition.any)
