"""The only module that touches durable_rules. It follows the safe pattern of ENGINE_NOTES.md:

- ``engine.Host`` directly (``durable.lang`` keeps global state), one host per process;
- compiled conditions use only allow-listed operators, and every rule is guarded by the
  discriminator ``kind`` so a ``$nex`` can never match the engine's own state object;
- one flat fact per object, all facts of one draft on one fixed state id, retracted in
  ``finally`` (never ``delete_state``: it can crash the process);
- actions only append the rule id to a list: an exception inside an action would be swallowed;
- the facts of one draft are asserted in one call (``match_all``) on durable's C API, below
  the Host: one JSON text in, the pending actions of that one state drained on this thread, one
  retract of them all. The Host's own ``assert_facts`` is avoided for two reasons: it serialises
  the whole state back and forth for every action, and over many state ids it leaves actions to
  its timer threads (ENGINE_NOTES). With one state id nothing is left: after the drain the
  engine is asked for any pending action at all, and one would be an error, not a lost finding;
- no dispatcher threads: ``Host.__init__`` normally starts timer threads that call
  ``ruleset.dispatch()`` every 0.2 s and run pending actions *on the timer thread*, racing the
  synchronous assert. The oracle property test caught that as findings landing on the wrong fact.
  govcheck uses no timers, so the threads are not started and any queued action is drained on
  the calling thread after each assert.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from typing import Any

import durable_rules_engine as core  # durable's C API, under durable.engine
import orjson
from durable import engine

from govcheck.conditions import DURABLE_OPERATORS, operators_in
from govcheck.errors import RuleError

_SID = "govcheck"
_RETRACT = '{"id":%d,"sid":"govcheck"}'
#: Compact JSON in one reused encoder (json.dumps with options builds a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode
#: Values orjson writes byte for byte as the encoder above: these types, and floats that are 0
#: or within ``_PLAIN_FLOATS`` (where ``repr`` has no exponent: the C core cannot read one,
#: error 204, and orjson writes them otherwise; NaN and the infinities are outside too).
_PLAIN = frozenset({str, int, bool, type(None)})
_FLOAT = frozenset({float})
_PLAIN_FLOATS = (1e-4, 1e16)


def _plain(messages: Sequence[dict[str, Any]]) -> bool:
    """Whether every value of the messages is of ``_PLAIN`` or a plain float (see above).
    The types of a message's values are gathered in C; its floats are looked at only when it
    has some."""
    low, high = _PLAIN_FLOATS
    for message in messages:
        kinds = set(map(type, message.values()))
        if kinds <= _PLAIN:
            continue
        if not (float in kinds and kinds - _FLOAT <= _PLAIN):
            return False
        for value in message.values():
            if value.__class__ is float and not (value == 0.0 or low <= abs(value) < high):
                return False
    return True


def _dumps(messages: Sequence[dict[str, Any]], plain: bool | None = None) -> str:
    """``_encode(messages)``, byte for byte, ~4x faster: orjson's text where the values are
    plain (``_plain``), and ``_encode``'s otherwise or where orjson refuses a value (an
    integer beyond 64 bits, a string that is no valid Unicode). The engine is given exactly
    the text it was given before (tests/test_speed_engine.py), and any error stays the same.
    ``plain``: ``_plain(messages)`` when the caller knows it."""
    if _plain(messages) if plain is None else plain:
        try:
            return orjson.dumps(messages).decode()
        except orjson.JSONEncodeError:
            pass
    return _encode(messages)


def _loads(text: str) -> Any:
    """A pending action's JSON (the state and the facts it matched) from the C core: by
    orjson, and by json where orjson refuses it (NaN, an integer beyond 64 bits)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _text(facts: Sequence[dict[str, Any]], messages: Sequence[dict[str, Any]]) -> str:
    """The JSON text of the messages (the facts with their ids) for the C core; a ValueError
    for a fact with a float it cannot read (exponent notation, error 204)."""
    plain = _plain(messages)
    text = _dumps(messages, plain)
    if not plain:  # rare: a float the C core may not read (or a value of another type)
        for fact in facts:
            _check_numbers(fact)
    return text


class _Host(engine.Host):  # type: ignore[misc]
    def __init__(self, fired: list[str]) -> None:
        self._fired = fired
        super().__init__()

    def _run(self) -> None:
        """Deliberately empty: see the module docstring (no background dispatch)."""

    def get_action(self, action_name: str) -> Callable[[Any], None]:
        fired = self._fired

        def action(_context: Any) -> None:
            fired.append(action_name)

        return action


class DurableEngine:
    """Registers compiled rulesets once and matches one fact at a time, synchronously."""

    _instance: DurableEngine | None = None

    def __init__(self) -> None:
        self._fired: list[str] = []
        self._host = _Host(self._fired)
        self._registered: set[str] = set()
        self._empty: set[str] = set()
        self._handles: dict[str, int] = {}
        self._next_id = 1

    @classmethod
    def shared(cls) -> DurableEngine:
        # Each Host starts timer threads that never stop: build one per process, reuse it.
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def register(self, name: str, rules: dict[str, dict[str, Any]], origin: str) -> None:
        if name in self._registered:
            return
        definition: dict[str, Any] = {}
        for rule_id, condition in rules.items():
            unknown = operators_in(condition) - DURABLE_OPERATORS
            if unknown:
                raise RuleError(origin, f"otillåtna operatorer {sorted(unknown)}", rule_id=rule_id)
            definition[rule_id] = {"all": [{"m": condition}], "run": rule_id}
        if not definition:
            self._registered.add(name)
            self._empty.add(name)
            return
        try:
            # set_rulesets deletes "run" from each rule's dict (and nothing deeper: it only
            # serialises the conditions): a copy of each rule's dict is copy enough, and a
            # deep copy of every condition was a third of compiling the rules at start-up.
            self._host.set_rulesets(
                {name: {rule_id: dict(rule) for rule_id, rule in definition.items()}}
            )
        except Exception as exc:  # the C core names no rule; say which ruleset failed
            raise RuleError(origin, f"motorn kunde inte skapa regeluppsättningen: {exc}") from None
        self._registered.add(name)
        self._handles[name] = self._host.get_ruleset(name)._handle

    def _take_ids(self, count: int) -> int:
        first = self._next_id
        self._next_id += count
        return first

    def match_all(self, name: str, facts: Sequence[dict[str, Any]]) -> list[list[str]]:
        """For each fact, the rule ids whose conditions hold for it in the ruleset ``name``.

        All facts go to the engine in one call, on one state id, and are retracted together:
        one JSON text each way instead of two Host round trips per fact. Synchronous: every
        action the assert made pending is taken here, and afterwards none may be left."""
        if name not in self._registered:
            raise KeyError(name)
        fired: list[list[str]] = [[] for _ in facts]
        if name in self._empty or not facts:
            return fired
        handle = self._handles[name]
        # Ids are never reused: a fact left behind by a failure could otherwise hide (durable
        # ignores a fact whose id it holds) a fact of a later draft.
        first = self._take_ids(len(facts))
        messages = [{**fact, "id": first + n, "sid": _SID} for n, fact in enumerate(facts)]
        text = _text(facts, messages)
        state: int | None = None  # the state whose action we hold, to give back on failure
        try:
            _, offset = core.assert_facts(handle, text)
            result = core.start_action_for_state(handle, offset)
            while result is not None:
                state = offset
                pending = _loads(result if isinstance(result, str) else result[1])
                for rule_id, matched in pending.items():
                    for frame in matched if isinstance(matched, list) else [matched]:
                        rules = fired[frame["m"]["id"] - first]
                        # durable expands "$or" into alternatives and fires once per matching
                        # branch: a rule can fire twice for one fact. Report each rule once.
                        if rule_id not in rules:
                            rules.append(rule_id)
                result = core.complete_and_start_action(handle, offset)
            state = None
            # One state id, drained on this thread: nothing may be left for later (the trap of
            # assert_facts over many state ids). Checked, not assumed.
            left = core.start_action(handle)
            if left is not None:
                state = left[2]
                raise RuntimeError(f"durable_rules left an action pending in {name}")
        except BaseException:
            if state is not None:
                core.abandon_action(handle, state)
            raise
        finally:
            ids = range(first, first + len(facts))
            core.retract_facts(handle, "[" + ",".join(_RETRACT % n for n in ids) + "]")
        return fired

    def match(self, name: str, fact: dict[str, Any]) -> list[str]:
        """Rule ids whose conditions hold for ``fact`` in the ruleset ``name``."""
        if name not in self._registered:
            raise KeyError(name)
        if name in self._empty:
            return []
        _check_numbers(fact)
        payload = dict(fact)
        payload["id"] = self._take_ids(1)
        payload["sid"] = _SID
        self._fired.clear()
        try:
            self._host.assert_fact(name, payload)
            # Anything the synchronous pass left queued runs here, on this thread.
            self._host.get_ruleset(name).dispatch()
        except engine.MessageNotHandledException:
            pass  # no rule matched: nothing to report
        finally:
            # The engine finds a fact by its id: retracting {id, sid} frees it without sending
            # the whole fact again (measured: memory stays flat over 200,000 facts, and grows
            # by ~3.5 kB per fact when nothing is retracted).
            with contextlib.suppress(engine.MessageNotHandledException):
                self._host.retract_fact(name, {"id": payload["id"], "sid": _SID})
        # durable expands "$or" into alternatives and fires once per matching branch: a rule
        # can fire twice for one fact. Report each rule once, in firing order.
        fired = list(dict.fromkeys(self._fired))
        self._fired.clear()
        return fired


def _check_numbers(fact: dict[str, Any]) -> None:
    for key, value in fact.items():
        if value.__class__ is float and "e" in repr(value):
            # The C core cannot parse exponent notation (error 204); facts.py rounds amounts.
            raise ValueError(f"{key}={value!r} cannot be given to durable_rules")


def dump(rules: dict[str, dict[str, Any]]) -> str:
    """The compiled ruleset as JSON, for debugging (``govcheck rules --compiled``)."""
    return json.dumps(rules, ensure_ascii=False, indent=2)
