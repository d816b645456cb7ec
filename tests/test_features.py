"""Binds the Swedish specifications in features/ to govcheck.

Each scenario starts from a named example draft, changes what the scenario says, and checks the
result through the same loading path as ``govcheck validate`` (the draft is written as TOML and
read back), so the specs test what users run.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
import tomli
import tomli_w
from pytest_bdd import given, parsers, scenarios, then, when

from govcheck.drafts import parse_draft_text
from govcheck.engine import Checker
from govcheck.models import Finding, Severity

from conftest import FEATURES, FIXTURES

scenarios(str(FEATURES))

EXAMPLES = {
    "servicenämndens utvecklingsplan 2024": "malmo-utvecklingsplan-sn-2024.toml",
    "kommunstyrelsens utvecklingsplan 2024": "malmo-utvecklingsplan-ks-2024.toml",
    "kulturnämndens remissvar 2020": "malmo-remissvar-kn-2020.toml",
}
# The Swedish words of the specs, and the draft values they stand for.
VALUES = {
    "respektive nämnd": "respektive_namnd",
    "kommunbidrag": "kommunbidrag",
    "solidarisk": "solidarisk",
    "gemensam": "gemensam",
    "domänspecifik": "domanspecifik",
    "lokal": "lokal",
    "ärendeberedning": "arendeberedning",
    "ordförandeberedning": "ordforandeberedning",
    "arbetsutskott": "arbetsutskott",
    "sammanträde": "sammantrade",
}
ITEM_FIELDS = {
    "finansieringen": "finansiering",
    "IT-klassen": "it_klass",
    "beskrivningen": "beskrivning",
    "äskandet": "askande",
    "kostnadsslaget": "kostnadsslag",
    "området": "omrade",
}
ITEM_MISSING = {"äskande": "askande", "IT-klass": "it_klass", "finansiering": "finansiering"}
DRAFT_MISSING = {
    "förslag till beslut": ("forslag_till_beslut",),
    "beslutsplanering": ("beslutsplanering",),
    "mottagare": ("beslutet_skickas_till",),
    "datum": ("datum",),
    "handläggarens e-postadress": ("handlaggare", "epost"),
}


class Scenario:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.per: dt.date | None = None
        self.findings: list[Finding] = []
        self.asserted: list[Finding] = []


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.replace(" och ", ", ").split(",") if part.strip()]


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


@pytest.fixture
def case() -> Scenario:
    return Scenario()


def _item(case: Scenario, name: str) -> dict[str, Any]:
    for item in case.data.get("poster", []):
        if item["namn"] == name:
            return item  # type: ignore[no-any-return]
    raise AssertionError(f"exemplet har ingen post {name!r}")


@given(parsers.parse('exemplet "{name}"'))
def given_example(case: Scenario, name: str) -> None:
    text = (FIXTURES / "examples" / EXAMPLES[name]).read_text(encoding="utf-8")
    case.data = copy.deepcopy(tomli.loads(text))


@given(parsers.parse("att ärendet är daterat {datum}"))
def dated(case: Scenario, datum: str) -> None:
    case.data["datum"] = _date(datum)


@given(parsers.parse('att ärendet slutligt beslutas av "{organ}"'))
def finally_decided_by(case: Scenario, organ: str) -> None:
    case.data["slutligt_beslutande_organ"] = organ


@given(parsers.parse('att ärendet beslutas av "{organ}"'))
def decided_by(case: Scenario, organ: str) -> None:
    case.data["beslutande_organ"] = organ


@given(parsers.parse('att planen har beretts av "{organ}"'))
def prepared_by(case: Scenario, organ: str) -> None:
    case.data["beredande_namnd"] = organ


@given(parsers.parse('att beslutet skickas till "{mottagare}"'))
def sent_to(case: Scenario, mottagare: str) -> None:
    case.data["beslutet_skickas_till"] = _names(mottagare)


@given(parsers.parse("att remissen ska vara besvarad senast {datum}"))
def reply_by(case: Scenario, datum: str) -> None:
    case.data.setdefault("remiss", {})["svar_senast"] = _date(datum)


@given("att beslutsplaneringen är:")
def planning(case: Scenario, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    steps = []
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        steps.append(
            {
                "organ": cells["organ"],
                "steg": VALUES[cells["steg"]],
                "datum": _date(cells["datum"]),
            }
        )
    case.data["beslutsplanering"] = steps


@given(parsers.parse('att planens post "{namn}" har {uppgift} "{varde}"'))
def item_has(case: Scenario, namn: str, uppgift: str, varde: str) -> None:
    _item(case, namn)[ITEM_FIELDS[uppgift]] = VALUES.get(varde, varde)


@given(parsers.parse('att planens post "{namn}" samplaneras med "{parter}"'))
def item_coplanned(case: Scenario, namn: str, parter: str) -> None:
    _item(case, namn)["samplanering"] = _names(parter)


@given(parsers.parse('att planens post "{namn}" saknar {uppgift}'))
def item_lacks(case: Scenario, namn: str, uppgift: str) -> None:
    _item(case, namn).pop(ITEM_MISSING[uppgift], None)


@given(parsers.parse('att utkastet hänvisar till "{titel}" som gällande'))
def cites(case: Scenario, titel: str) -> None:
    case.data.setdefault("citerade_dokument", []).append({"titel": titel})


@given(parsers.parse("att utkastet saknar {uppgift}"))
def lacks(case: Scenario, uppgift: str) -> None:
    *parents, key = DRAFT_MISSING[uppgift]
    target = case.data
    for parent in parents:
        target = target[parent]
    target.pop(key, None)


@given(parsers.parse('att diarienumret är "{nummer}"'))
def case_number(case: Scenario, nummer: str) -> None:
    case.data["diarienummer"] = nummer


def _check(case: Scenario, checker: Checker) -> None:
    loaded = parse_draft_text(tomli_w.dumps(case.data), "scenario.toml", ".toml")
    case.findings = checker.check(loaded, case.per)


@when("utkastet granskas")
def check(case: Scenario, checker: Checker) -> None:
    _check(case, checker)


@when(parsers.parse("utkastet granskas per {datum}"))
def check_as_of(case: Scenario, checker: Checker, datum: str) -> None:
    case.per = _date(datum)
    _check(case, checker)


def _of(case: Scenario, rule_id: str) -> list[Finding]:
    return [f for f in case.findings if f.rule_id == rule_id]


@then(parsers.parse('ger granskningen fel enligt regel "{rule_id}"'))
def gives_error(case: Scenario, rule_id: str) -> None:
    found = _of(case, rule_id)
    assert found, f"väntade fel enligt {rule_id}, fick {[f.rule_id for f in case.findings]}"
    assert all(f.severity == Severity.FEL for f in found)
    case.asserted = found


@then(parsers.parse('ger granskningen en varning enligt regel "{rule_id}"'))
def gives_warning(case: Scenario, rule_id: str) -> None:
    found = _of(case, rule_id)
    assert found, f"väntade varning enligt {rule_id}, fick {[f.rule_id for f in case.findings]}"
    assert all(f.severity == Severity.VARNING for f in found)
    case.asserted = found


@then(parsers.parse('ger granskningen ingen anmärkning enligt regel "{rule_id}"'))
@then(parsers.parse('ger regel "{rule_id}" ingen anmärkning'))
def gives_nothing(case: Scenario, rule_id: str) -> None:
    assert not _of(case, rule_id), [f.message for f in _of(case, rule_id)]


@then(parsers.parse('anmärkningen hänvisar till "{text}"'))
def cites_text(case: Scenario, text: str) -> None:
    assert case.asserted, "ange först vilken regel som ger anmärkningen"
    finding = case.asserted[0]
    assert finding.citation is not None
    haystack = " ".join(
        filter(
            None,
            [
                finding.citation.decision,
                finding.citation.document,
                finding.citation.quote,
                finding.message,
            ],
        )
    )
    assert text in haystack


@then("utkastet godkänns")
def passes(case: Scenario) -> None:
    blocking = [f for f in case.findings if f.severity.rank >= Severity.VARNING.rank]
    assert not blocking, [f"{f.rule_id}: {f.message}" for f in blocking]
