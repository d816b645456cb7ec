"""The durable_rules engine and the plain-Python oracle must agree exactly.

Two levels: the shipped rules on generated drafts (what users get), and randomly generated rules
over every operator and field type on generated facts (what the compiler must get right,
including the engine's traps: missing fields, field-against-field, booleans, regexes).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcheck.conditions import AllOf, AnyOf, Condition, Leaf
from govcheck.drafts import load_draft, parse_draft_text
from govcheck.engine import Checker, DurableMatcher, OracleMatcher
from govcheck.facts import Fact
from govcheck.models import Authority, CaseType, CostKind, Financing, ItClass, Severity, StepKind
from govcheck.rulebook import CitationSpec, Rule, Rulebook, RuleSpec, Texts
from govcheck.vocabulary import FACT_SCHEMA, FieldType

from conftest import FIXTURES, ROOT

ORGANS = [
    "Kommunstyrelsen",
    "Kommunstyrelsens arbetsutskott",
    "KSAU",
    "Servicenämnden",
    "Serviceämnden",
    "Kulturnämnden",
    "Kulturförvaltningen",
    "Stadskontoret",
    "Stadsarkivet",
    "Kommunfullmäktige",
    "Nämnden för Intraservice",
    "Stadsledningskontoret",
    "Okänd nämnd",
]
DATES = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2026, 12, 31))
DOCS = [
    "Det digitala Malmö 2017-2022",
    "IT-strategi 2007",
    "Riktlinjer för IT och digitalisering",
    "Bredbandspolicy",
    "Principer för digitalisering",
    "Något annat",
]


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


steps = st.fixed_dictionaries(
    {"organ": st.sampled_from(ORGANS)},
    optional={"steg": st.sampled_from([k.value for k in StepKind]), "datum": DATES},
)
items = st.fixed_dictionaries(
    {"namn": st.sampled_from(["Drift av nätverk", "Ny systemförvaltning", "E-arkiv", "AI-stöd"])},
    optional={
        "it_klass": st.sampled_from([k.value for k in ItClass]),
        "omrade": st.sampled_from(["IT-säkerhet", "informationshantering", "infrastruktur"]),
        "kostnadsslag": st.sampled_from([k.value for k in CostKind]),
        "belopp_mnkr": st.floats(min_value=0, max_value=50, allow_nan=False),
        "finansiering": st.sampled_from([k.value for k in Financing]),
        "inom_ram": st.booleans(),
        "askande": st.sampled_from(["Budgetskrivelse 2024"]),
        "samplanering": st.lists(st.sampled_from(["Stadskontoret", "Stadsarkivet"]), max_size=2),
    },
)
drafts = st.fixed_dictionaries(
    {
        "kommun": st.sampled_from(["malmo", "goteborg"]),
        "typ": st.sampled_from([k.value for k in CaseType]),
    },
    optional={
        "datum": DATES,
        "diarienummer": st.sampled_from(["SN-2023-514", "STK-2023-1044", "0437/20", "SN 2023/5"]),
        "beslutande_organ": st.sampled_from(ORGANS),
        "slutligt_beslutande_organ": st.sampled_from(ORGANS),
        "beredande_namnd": st.sampled_from(ORGANS),
        "forslag_till_beslut": st.lists(st.just("Nämnden beslutar."), max_size=2),
        "beslutet_skickas_till": st.lists(st.sampled_from(ORGANS), max_size=3),
        "beslutsplanering": st.lists(steps, max_size=5),
        "handlaggare": st.fixed_dictionaries(
            {},
            optional={
                "namn": st.just("A B"),
                "titel": st.just("Utredare"),
                "epost": st.just("a.b@malmo.se"),
            },
        ),
        "remiss": st.fixed_dictionaries(
            {}, optional={"remittent": st.sampled_from(ORGANS), "svar_senast": DATES}
        ),
        "poster": st.lists(items, max_size=4),
        "citerade_dokument": st.lists(
            st.builds(lambda t: {"titel": t}, st.sampled_from(DOCS)), max_size=3
        ),
    },
)


def _key(findings: list[Any]) -> list[tuple[str, str, str]]:
    return sorted((f.rule_id, f.location.path, f.message) for f in findings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=drafts, per=maybe(DATES))
def test_shipped_rules_agree_on_generated_drafts(
    checker: Checker, oracle: Checker, data: dict[str, Any], per: dt.date | None
) -> None:
    loaded = parse_draft_text(tomli_w.dumps(data), "gen.toml", ".toml")
    assert _key(checker.check(loaded, per)) == _key(oracle.check(loaded, per))


# --- random rules over every operator ------------------------------------------------------

_POOLS: dict[FieldType, list[Any]] = {
    "str": ["a", "b", "MAL-KS", "it-säkerhet", "Kommunstyrelsen", "SN-2023-514"],
    "int": [0, 1, 2, 5],
    "float": [0.0, 1.5, 3.0, 8.0],
    "bool": [True, False],
    "date": [dt.date(2020, 1, 1), dt.date(2021, 3, 31), dt.date(2023, 10, 18)],
}


def _random_leaf(rng: random.Random, kind: str) -> Leaf:
    schema = FACT_SCHEMA[kind]  # type: ignore[index]
    name = rng.choice(sorted(schema))
    field_type = schema[name]
    pool = _POOLS[field_type]
    ops = ["eq", "neq", "exists", "missing", "in", "not_in"]
    if field_type in {"int", "float", "date"}:
        ops += ["gt", "gte", "lt", "lte"]
    if field_type == "str":
        ops += ["matches"]
    op = rng.choice(ops)
    if op in {"exists", "missing"}:
        return Leaf(field=name, op=op)  # type: ignore[arg-type]
    if op == "matches":
        return Leaf(
            field=name,
            op="matches",
            value=rng.choice(["[A-Z]+-[0-9]{4}-[0-9]+", "a|b", "it-.*", "[a-z]+"]),
        )
    if op in {"in", "not_in"}:
        return Leaf(field=name, op=op, value=rng.sample(pool, 2))  # type: ignore[arg-type]
    same_type = [f for f, t in schema.items() if t == field_type and f != name]
    if same_type and rng.random() < 0.3:
        return Leaf(field=name, op=op, other=rng.choice(same_type))  # type: ignore[arg-type]
    return Leaf(field=name, op=op, value=rng.choice(pool))  # type: ignore[arg-type]


def _random_condition(rng: random.Random, kind: str, depth: int = 0) -> Condition:
    if depth >= 2 or rng.random() < 0.4:
        return _random_leaf(rng, kind)
    children = [_random_condition(rng, kind, depth + 1) for _ in range(rng.randint(1, 3))]
    return AllOf(all=children) if rng.random() < 0.5 else AnyOf(any=children)


def _random_rulebook(base: Rulebook, seed: int) -> Rulebook:
    rng = random.Random(seed)
    rules = []
    for index in range(120):
        kind = rng.choice(["arende", "post", "steg"])
        spec = RuleSpec(
            id=f"GEN-R{seed}-{index:02d}" if index < 100 else f"GEN-S{seed}X{index}-01",
            guideline="X",
            title=Texts(sv="t", en="t"),
            severity=Severity.INFO,
            object=kind,  # type: ignore[arg-type]
            valid_from=rng.choice([dt.date(2018, 1, 1), dt.date(2022, 1, 1)]),
            valid_to=rng.choice([None, dt.date(2024, 12, 31)]),
            message=Texts(sv="m", en="m"),
            when=_random_condition(rng, kind),
            citation=CitationSpec(
                document="d", section="s", quote="q", source="x.txt", authority=Authority.KVALITET
            ),
        )
        rules.append(Rule(spec=spec, pack="common", file="generated"))
    return Rulebook(base.root, rules, base.registry, f"random-{seed}")


def _fact_strategy(kind: str) -> st.SearchStrategy[Fact]:
    schema = FACT_SCHEMA[kind]  # type: ignore[index]
    values = {
        name: st.sampled_from(
            [
                v if not isinstance(v, dt.date) else v.year * 10000 + v.month * 100 + v.day
                for v in _POOLS[field_type]
            ]
        )
        for name, field_type in schema.items()
    }
    return st.builds(
        lambda present: Fact(kind, "", present),  # type: ignore[arg-type]
        st.fixed_dictionaries({}, optional=values),
    )


FACTS = st.one_of(*(_fact_strategy(kind) for kind in ("arende", "post", "steg")))


@settings(
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(facts=st.lists(FACTS, min_size=1, max_size=6), seed=st.sampled_from([1, 2, 3]))
def test_random_rules_agree_on_random_facts(
    rulebook: Rulebook, facts: list[Fact], seed: int
) -> None:
    """The facts of one draft go to durable_rules in one call: each fact must get exactly its
    own rules, as the oracle reads them one fact at a time, and as the Host does."""
    durable, plain = _matchers(rulebook, seed)
    packs = ("common",)
    batched = [sorted(ids) for ids in durable.matches_all(packs, facts)]
    assert batched == [sorted(plain.matches(packs, fact)) for fact in facts]
    assert batched[:1] == [sorted(durable.matches(packs, facts[0]))]


_CACHE: dict[int, tuple[DurableMatcher, OracleMatcher]] = {}


def _matchers(base: Rulebook, seed: int) -> tuple[DurableMatcher, OracleMatcher]:
    if seed not in _CACHE:
        book = _random_rulebook(base, seed)
        _CACHE[seed] = (DurableMatcher(book), OracleMatcher(book))
    return _CACHE[seed]


def _generated_corpus(count: int, seed: int) -> list[tuple[str, dict[str, Any]]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    return list(generate(count, seed))


def test_batched_engine_path_equals_one_fact_at_a_time(
    checker: Checker, rulebook: Rulebook
) -> None:
    """Generated drafts of every case type with their typical faults (the benchmark's
    generator): asserting all facts of a draft in one call fires exactly the rules that
    asserting them one by one through the Host fires, fact by fact."""
    matcher = checker.matcher
    assert isinstance(matcher, DurableMatcher)
    fired = 0
    for name, data in _generated_corpus(400, seed=5):
        loaded = parse_draft_text(tomli_w.dumps(data), f"{name}.toml", ".toml")
        facts = checker.facts.build(loaded)
        packs = rulebook.packs_for(loaded.draft.kommun)
        batched = [sorted(ids) for ids in matcher.matches_all(packs, facts)]
        assert batched == [sorted(matcher.matches(packs, fact)) for fact in facts], name
        fired += sum(map(len, batched))
    assert fired > 50  # the corpus has faults: the comparison is not between empty lists


def test_the_engine_keeps_no_fact_after_a_match(rulebook: Rulebook) -> None:
    """Facts are retracted by id after each match: nothing per draft stays in the engine
    (otherwise memory grows with every draft of a batch)."""
    from govcheck.durable_adapter import _SID

    checker = Checker(rulebook)
    loaded = load_draft(FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml")
    findings = checker.check(loaded)
    assert findings and findings == checker.check(loaded)
    matcher = checker.matcher
    assert isinstance(matcher, DurableMatcher)
    host = matcher._engine._host
    name = matcher._names[rulebook.packs_for("malmo")]
    assert host.get_facts(name, _SID) == []
