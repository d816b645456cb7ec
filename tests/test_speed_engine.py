"""The facts of a draft cross into durable_rules as one JSON text. It is written by orjson where
orjson writes exactly what the standard encoder wrote before (durable_adapter._dumps), so the
engine reads the same bytes: compared on the facts of generated drafts and on random values
of every kind a fact can hold, the awkward ones included."""

from __future__ import annotations

import random
import re
import struct
import sys
from pathlib import Path
from typing import Any

import orjson
import tomli_w

from govcheck.drafts import parse_draft_text
from govcheck.durable_adapter import _check_numbers, _dumps, _encode, _text
from govcheck.engine import Checker, DurableMatcher
from govcheck.models import Severity

ROOT = Path(__file__).resolve().parent.parent


def _float(rng: random.Random) -> float:
    choice = rng.random()
    if choice < 0.2:
        return round(rng.uniform(-1e6, 1e6), rng.randint(0, 3)) + 0.0
    if choice < 0.4:
        return rng.uniform(-1e18, 1e18)
    if choice < 0.6:
        return rng.uniform(-1e-3, 1e-3)
    if choice < 0.65:
        return rng.choice([float("nan"), float("inf"), -float("inf"), -0.0, 5e-324, 1e16])
    value: float = struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0]
    return value


def _string(rng: random.Random) -> str:
    pieces = ["null", "0.00001", "1e5", "é", "å", '"', "\\", "\x00", "\x1f", "\x7f", "\u2028"]
    out = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.5:
            out.append(rng.choice(pieces))
        else:
            out.append(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0, 0x10FFFF)])))
    return "".join(out)


def _value(rng: random.Random) -> Any:
    choice = rng.random()
    if choice < 0.3:
        return _float(rng)
    if choice < 0.5:
        return rng.choice([rng.randint(-(2**70), 2**70), rng.randint(-1000, 1000)])
    if choice < 0.6:
        return rng.random() < 0.5
    return _string(rng)


def _same(value: Any) -> None:
    try:
        expected = _encode(value)
    except (TypeError, ValueError) as error:
        try:
            _dumps(value)
        except type(error):
            return
        raise AssertionError(f"{value!r}: the standard encoder refused it") from None
    assert _dumps(value) == expected, value


def test_random_values_are_written_as_before() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        messages = [
            {f"f{n}": _value(rng) for n in range(rng.randint(0, 6))} | {"id": 1, "sid": "g"}
            for _ in range(rng.randint(1, 3))
        ]
        _same(messages)


def test_the_facts_of_generated_drafts_are_written_as_before(checker: Checker) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    matcher = checker.matcher
    assert isinstance(matcher, DurableMatcher)
    written_by_orjson = 0
    for name, data in generate(300, 9):
        loaded = parse_draft_text(tomli_w.dumps(data), f"{name}.toml", ".toml")
        packs = checker.rulebook.packs_for(loaded.draft.kommun)
        matcher.matches_all(packs, [])  # compiles the packs' ruleset
        payloads = [matcher._payload(packs, fact) for fact in checker.facts.build(loaded)]
        messages = [{**fact, "id": n, "sid": "govcheck"} for n, fact in enumerate(payloads)]
        _same(messages)
        written_by_orjson += orjson.dumps(messages).decode() == _encode(messages)
    assert written_by_orjson > 250  # the common draft takes the fast way


_EXPONENT = re.compile(r"[0-9][eE][-+]?[0-9]")


def _old_text(facts: list[dict[str, Any]], messages: list[dict[str, Any]]) -> str:
    """What match_all did before the engine was called: the standard encoder, and a closer
    look at the facts where the text had something like a number in exponent notation."""
    text = _encode(messages)
    if _EXPONENT.search(text):
        for fact in facts:
            _check_numbers(fact)
    return text


def _outcome(make: Any, facts: list[dict[str, Any]], messages: list[dict[str, Any]]) -> Any:
    try:
        return make(facts, messages)
    except (TypeError, ValueError) as error:
        return (type(error), str(error))


def test_the_text_for_the_engine_and_its_errors_are_as_before() -> None:
    rng = random.Random(11)
    extra: list[Any] = [
        1e-05,
        1e16,
        -2.5e-7,
        float("nan"),
        float("inf"),
        2**70,
        "1e5",
        "2E-3",
        -0.0,
        0.0001,
        9999999999999998.0,
        Severity.FEL,
        True,
        None,
        [1e-05],
    ]
    for _ in range(5_000):
        facts = []
        for _ in range(rng.randint(1, 4)):
            fact = {f"f{n}": _value(rng) for n in range(rng.randint(0, 5))}
            if rng.random() < 0.3:
                fact[f"f{rng.randint(0, 9)}"] = rng.choice(extra)
            facts.append(fact)
        messages = [{**fact, "id": n, "sid": "govcheck"} for n, fact in enumerate(facts)]
        assert _outcome(_text, facts, messages) == _outcome(_old_text, facts, messages), facts


def test_registering_rules_leaves_the_callers_definition_whole() -> None:
    """durable_rules deletes ``run`` from each rule it is given; the adapter hands it a copy of
    each rule's dict (no deep copy: the conditions are only read), so the rules passed in stay
    as they were and can be registered again under another name."""
    from govcheck.durable_adapter import DurableEngine

    condition = {"$and": [{"kind": "arende"}, {"$gt": {"f0": 1}}]}
    rules = {"R-1": condition}
    engine = DurableEngine.shared()
    engine.register("speed_copy_test_a", rules, "test")
    assert rules == {"R-1": {"$and": [{"kind": "arende"}, {"$gt": {"f0": 1}}]}}
    engine.register("speed_copy_test_b", rules, "test")
    for name in ("speed_copy_test_a", "speed_copy_test_b"):
        assert engine.match_all(name, [{"kind": "arende", "f0": 2}, {"kind": "arende"}]) == [
            ["R-1"],
            [],
        ]
