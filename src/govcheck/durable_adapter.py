"""The only module that touches durable_rules. It follows the safe pattern of ENGINE_NOTES.md:

- ``engine.Host`` directly (``durable.lang`` keeps global state), one host per process;
- compiled conditions use only allow-listed operators, and every rule is guarded by the
  discriminator ``kind`` so a ``$nex`` can never match the engine's own state object;
- one flat fact per object, asserted with ``assert_fact`` on one fixed state id and retracted
  in ``finally`` (never ``delete_state``: it can crash the process);
- actions only append the rule id to a list: an exception inside an action would be swallowed;
- no dispatcher threads: ``Host.__init__`` normally starts timer threads that call
  ``ruleset.dispatch()`` every 0.2 s and run pending actions *on the timer thread*, racing the
  synchronous assert. The oracle property test caught that as findings landing on the wrong fact.
  govcheck uses no timers, so the threads are not started and any queued action is drained on
  the calling thread after each assert.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
from collections.abc import Callable
from typing import Any

from durable import engine

from govcheck.conditions import DURABLE_OPERATORS, operators_in
from govcheck.errors import RuleError

_SID = "govcheck"


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
        self._ids = itertools.count(1)

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
            # set_rulesets deletes "run" from the dict it is given: pass a copy.
            self._host.set_rulesets({name: copy.deepcopy(definition)})
        except Exception as exc:  # the C core names no rule; say which ruleset failed
            raise RuleError(origin, f"motorn kunde inte skapa regeluppsättningen: {exc}") from None
        self._registered.add(name)

    def match(self, name: str, fact: dict[str, Any]) -> list[str]:
        """Rule ids whose conditions hold for ``fact`` in the ruleset ``name``."""
        if name not in self._registered:
            raise KeyError(name)
        if name in self._empty:
            return []
        for key, value in fact.items():
            if isinstance(value, float) and "e" in repr(value):
                # The C core cannot parse exponent notation (error 204); facts.py rounds amounts.
                raise ValueError(f"{key}={value!r} cannot be given to durable_rules")
        payload = dict(fact)
        payload["id"] = f"f{next(self._ids)}"
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


def dump(rules: dict[str, dict[str, Any]]) -> str:
    """The compiled ruleset as JSON, for debugging (``govcheck rules --compiled``)."""
    return json.dumps(rules, ensure_ascii=False, indent=2)
