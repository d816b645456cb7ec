"""govcheck beside its peers on the same drafts: the same six checks as plain Python, in
durable_rules alone and in OPA (Rego, through regopy), each verified against the others.

The six checks are Malmö's deciding body of a development plan (MAL-D1-01), financing by cost
kind (MAL-F1-01, MAL-F1-02, MAL-F3-01), co-planning (MAL-S2-01) and meeting dates in order
(MAL-D5-01). Every peer reads them from the rule files, so a peer cannot drift from the rules:

- plain Python: each rule's condition (with its guards: object kind, municipality, case type,
  validity on the judging date) compiled to one Python expression, evaluated on each fact;
- durable_rules alone: the same conditions compiled as govcheck compiles them, in a Host of their
  own, one ``assert_fact`` and one ``retract_fact`` per fact; and, as govcheck now does, all facts
  of a draft in one ``assert_facts`` on durable's C API;
- OPA: the same conditions written as a Rego policy (one rule body per alternative), the facts
  of a draft as its input, one query per draft.

The peers get the facts of every draft ready-made (what govcheck derives from a draft), so they
time matching only; govcheck is timed from the file (reading, parsing, validating, deriving the
facts, matching, findings), with the six rules and with all rules, and, for the like-for-like
row, its matching stage alone on the same ready-made facts.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govcheck.conditions import AllOf, AnyOf, Condition, Leaf, engine_value, to_durable
from govcheck.drafts import load_draft
from govcheck.engine import Checker, DurableMatcher
from govcheck.rulebook import Rule, Rulebook, customised

SIX = ("MAL-D1-01", "MAL-F1-01", "MAL-F1-02", "MAL-F3-01", "MAL-S2-01", "MAL-D5-01")
Facts = list[dict[str, Any]]  # the facts of one draft, each with its "kind"
Verdicts = Counter[tuple[int, str]]  # (draft, rule id) -> times it fired


def six_rules(book: Rulebook) -> list[Rule]:
    return [book.by_id[rule_id] for rule_id in SIX]


def prepared(book: Rulebook, paths: list[Path]) -> list[Facts]:
    """The facts govcheck derives from each draft, of the kinds the six rules speak of."""
    checker = Checker(book, "oracle")
    kinds = {rule.spec.object for rule in six_rules(book)}
    return [
        [
            {**fact.values, "kind": fact.kind}
            for fact in checker.facts.build(load_draft(path))
            if fact.kind in kinds
        ]
        for path in paths
    ]


# --- plain Python ---------------------------------------------------------------------------

_PY_OPS = {"eq": "==", "neq": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def _py(condition: Condition) -> str:
    if isinstance(condition, AllOf):
        return "(" + " and ".join(_py(child) for child in condition.all) + ")"
    if isinstance(condition, AnyOf):
        return "(" + " or ".join(_py(child) for child in condition.any) + ")"
    field = repr(condition.field)
    present = f"{field} in v"
    op = condition.op
    if op == "exists":
        return present
    if op == "missing":
        return f"{field} not in v"
    if condition.other is not None:
        other = repr(condition.other)
        return f"({present} and {other} in v and v[{field}] {_PY_OPS[op]} v[{other}])"
    value = engine_value(condition.value)
    if op in ("in", "not_in"):
        word = "in" if op == "in" else "not in"
        return f"({present} and v[{field}] {word} {tuple(value)!r})"
    if op == "matches":
        return f"({present} and _re.fullmatch({value!r}, v[{field}]) is not None)"
    if isinstance(value, bool):  # True == 1 in Python; the engines keep booleans apart
        return f"({present} and v[{field}] is {value!r})"
    return f"({present} and v[{field}] {_PY_OPS[op]} {value!r})"


def python_peer(rules: list[Rule]) -> Callable[[list[Facts]], Verdicts]:
    import re

    checks = [
        (rule.id, eval(f"lambda v: {_py(rule.guarded_condition())}", {"_re": re})) for rule in rules
    ]

    def run(drafts: list[Facts]) -> Verdicts:
        out: Verdicts = Counter()
        for index, facts in enumerate(drafts):
            for fact in facts:
                for rule_id, check in checks:
                    if check(fact):
                        out[index, rule_id] += 1
        return out

    return run


# --- durable_rules alone ----------------------------------------------------------------------


def durable_peer(rules: list[Rule], batched: bool) -> Callable[[list[Facts]], Verdicts]:
    import durable_rules_engine as core
    from durable import engine

    fired: list[str] = []

    class Host(engine.Host):  # type: ignore[misc]
        def _run(self) -> None:  # no timer threads: everything runs on this thread
            pass

        def get_action(self, name: str) -> Callable[[Any], None]:
            return lambda _context: fired.append(name)

    name = "peer_batched" if batched else "peer"
    host = Host()
    host.set_rulesets(
        {
            name: {
                rule.id: {"all": [{"m": to_durable(rule.guarded_condition())}], "run": rule.id}
                for rule in rules
            }
        }
    )
    handle = host.get_ruleset(name)._handle
    ids = iter(range(1, 1 << 62))

    def one_by_one(drafts: list[Facts]) -> Verdicts:
        out: Verdicts = Counter()
        for index, facts in enumerate(drafts):
            for fact in facts:
                message = {**fact, "id": next(ids), "sid": "1"}
                fired.clear()
                with contextlib.suppress(engine.MessageNotHandledException):
                    host.assert_fact(name, message)
                host.retract_fact(name, {"id": message["id"], "sid": "1"})
                for rule_id in set(fired):  # an "$or" fires once per matching branch
                    out[index, rule_id] += 1
        return out

    def together(drafts: list[Facts]) -> Verdicts:
        out: Verdicts = Counter()
        for index, facts in enumerate(drafts):
            first = next(ids)
            for _ in facts[1:]:
                next(ids)
            messages = [{**fact, "id": first + n, "sid": "1"} for n, fact in enumerate(facts)]
            _, state = core.assert_facts(handle, json.dumps(messages, ensure_ascii=False))
            seen = set()
            result = core.start_action_for_state(handle, state)
            while result is not None:
                text = result if isinstance(result, str) else result[1]
                for rule_id, frame in json.loads(text).items():
                    seen.add((frame["m"]["id"], rule_id))
                result = core.complete_and_start_action(handle, state)
            retract = [{"id": first + n, "sid": "1"} for n in range(len(facts))]
            core.retract_facts(handle, json.dumps(retract))
            for _, rule_id in seen:
                out[index, rule_id] += 1
        return out

    return together if batched else one_by_one


# --- OPA (Rego) through regopy ----------------------------------------------------------------

_REGO_OPS = {"eq": "==", "neq": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def _rego_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def rego_policy(rules: list[Rule]) -> str:
    """The six conditions as Rego: a function per condition node, an "any" as several bodies."""
    functions: list[str] = []
    counter = iter(range(1_000_000))

    def node(condition: Condition) -> str:
        name = f"c{next(counter)}"
        if isinstance(condition, AllOf):
            calls = [f"  {node(child)}(f)" for child in condition.all]
            functions.append(f"{name}(f) if {{\n" + "\n".join(calls) + "\n}")
        elif isinstance(condition, AnyOf):
            for child in condition.any:
                functions.append(f"{name}(f) if {{\n  {node(child)}(f)\n}}")
        else:
            functions.append(f"{name}(f) if {{\n  {_rego_leaf(condition)}\n}}")
        return name

    heads = []
    for rule in rules:
        top = node(rule.guarded_condition())
        heads.append(
            f"violations contains [i, {_rego_value(rule.id)}] if {{\n"
            f"  some i, f in input.facts\n  {top}(f)\n}}"
        )
    return "package govcheck\n\nimport rego.v1\n\n" + "\n\n".join(heads + functions) + "\n"


def _rego_leaf(leaf: Leaf) -> str:
    field = f"f[{_rego_value(leaf.field)}]"
    present = f"object.get(f, {_rego_value(leaf.field)}, null) != null"
    if leaf.op == "exists":
        return present
    if leaf.op == "missing":
        return f"object.get(f, {_rego_value(leaf.field)}, null) == null"
    if leaf.other is not None:
        return f"{field} {_REGO_OPS[leaf.op]} f[{_rego_value(leaf.other)}]"
    value = engine_value(leaf.value)
    if leaf.op == "in":
        return f"{field} in {{{', '.join(_rego_value(v) for v in value)}}}"
    if leaf.op == "not_in":
        return f"{present}\n  not {field} in {{{', '.join(_rego_value(v) for v in value)}}}"
    if leaf.op == "matches":
        return f"regex.match({_rego_value('^(?:' + value + ')$')}, {field})"
    return f"{field} {_REGO_OPS[leaf.op]} {_rego_value(value)}"


def rego_peer(rules: list[Rule]) -> Callable[[list[Facts]], Verdicts]:
    from regopy import Interpreter

    rego = Interpreter()
    rego.add_module("govcheck", rego_policy(rules))
    bundle = rego.build("data.govcheck.violations")  # compiled once, queried per draft

    def run(drafts: list[Facts]) -> Verdicts:
        out: Verdicts = Counter()
        for index, facts in enumerate(drafts):
            rego.set_input({"facts": facts})
            result = rego.query_bundle(bundle)
            found = json.loads(str(result))["expressions"][0]
            for _, rule_id in found:
                out[index, rule_id] += 1
        return out

    return run


# --- govcheck ------------------------------------------------------------------------------------


def govcheck_matching_peer(book: Rulebook) -> Callable[[list[Facts]], Verdicts]:
    """govcheck's matching stage alone (DurableMatcher.matches_all) on the ready-made facts,
    with the six rules: the like-for-like row beside durable_rules alone."""
    from govcheck.facts import Fact

    matcher = DurableMatcher(customised(book, lambda rule_id: rule_id in SIX, {}))
    packs = book.packs_for("malmo")

    def run(drafts: list[Facts]) -> Verdicts:
        out: Verdicts = Counter()
        for index, facts in enumerate(drafts):
            objects = [Fact(f["kind"], "", f) for f in facts]
            for fired in matcher.matches_all(packs, objects):
                for rule_id in fired:
                    out[index, rule_id] += 1
        return out

    return run


def govcheck_verdicts(book: Rulebook, paths: list[Path], only_six: bool) -> Verdicts:
    """govcheck's findings of the six rules per draft, from the files."""
    chosen = customised(book, lambda rule_id: rule_id in SIX, {}) if only_six else book
    checker = Checker(chosen)
    out: Verdicts = Counter()
    for index, path in enumerate(paths):
        for finding in checker.check(load_draft(path)):
            if finding.rule_id in SIX:
                out[index, finding.rule_id] += 1
    return out


def timed(run: Callable[[], object], min_seconds: float = 2.0) -> tuple[float, int]:
    """CPU seconds per pass and the number of passes, repeated until ``min_seconds``."""
    run()  # warm
    passes, start = 0, time.process_time()
    while True:
        run()
        passes += 1
        spent = time.process_time() - start
        if spent >= min_seconds:
            return spent / passes, passes
