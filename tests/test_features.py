"""Binds the Swedish specifications in features/ to govcheck.

Each scenario starts from a named example draft, changes what the scenario says, and checks the
result through the same loading path as ``govcheck validate`` (the draft is written as TOML and
read back), so the specs test what users run.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

import pytest
import tomli
import tomli_w
from pytest_bdd import given, parsers, scenarios, then, when

from govcheck.drafts import parse_draft_text
from govcheck.engine import Checker
from govcheck.models import AUTHORITY_LABELS, Finding, FindingKind, Severity

from conftest import FEATURES, FIXTURES

scenarios(str(FEATURES))

EXAMPLES = {
    "servicenämndens utvecklingsplan 2024": "malmo-utvecklingsplan-sn-2024.toml",
    "kommunstyrelsens utvecklingsplan 2024": "malmo-utvecklingsplan-ks-2024.toml",
    "kulturnämndens remissvar 2020": "malmo-remissvar-kn-2020.toml",
    "kommunstyrelsens riktlinjer 2021": "malmo-riktlinjer-ks-2021.toml",
    "servicenämndens uppföljning 2024": "malmo-uppfoljning-2024.toml",
    "stadsledningskontorets tjänsteutlåtande 2020": "goteborg-tjansteutlatande-2020.toml",
    "Göteborgs plan för IT och digitalisering 2021": "goteborg-plan-2021.toml",
    "Göteborgs policy för digitalisering 2021": "goteborg-policy-2021.toml",
    "utbildningsförvaltningens tjänsteutlåtande 2019": "stockholm-tjansteutlatande-2019.toml",
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
    "utveckling": "utveckling",
    "förvaltning": "forvaltning",
    "drift": "drift",
    "tillämpning": "tillampning",
    "effekthemtagning": "effekthemtagning",
}
ITEM_FIELDS = {
    "beslutande organet": "beslutande_organ",
    "informationsägaren": "informationsagare",
    "riskbedömningen": "riskbedomning",
    "finansiären": "finansieras_av",
    "finansieringen": "finansiering",
    "IT-klassen": "it_klass",
    "beskrivningen": "beskrivning",
    "äskandet": "askande",
    "kostnadsslaget": "kostnadsslag",
    "området": "omrade",
}
ITEM_MISSING = {
    "äskande": "askande",
    "IT-klass": "it_klass",
    "finansiering": "finansiering",
    "beslutande organ": "beslutande_organ",
    "förväntade nyttor": "forvantade_nyttor",
    "uppföljning av nyttorna": "nyttouppfoljning",
    "belopp": "belopp_mnkr",
    "uppgift om ramen": "inom_ram",
}
# What a scenario may say the draft lacks, and where that stands in the draft.
DRAFT_MISSING = {
    "förslag till beslut": "forslag_till_beslut",
    "handläggare": "handlaggare",
    "beslutande organ": "beslutande_organ",
    "beslutsplanering": "beslutsplanering",
    "mottagare": "beslutet_skickas_till",
    "datum": "datum",
    "handläggarens e-postadress": "handlaggare.epost",
    "handläggarens telefon": "handlaggare.telefon",
    "planår": "plan_ar",
    "remissinstanser": "remitterad_till",
    "behovsunderlag": "behovsunderlag",
    "dialogforum": "dialogforum",
    "sista svarsdag": "remiss.svar_senast",
    "remittent": "remiss.remittent",
    "mål": "mal",
    "aktiviteter": "aktiviteter",
    "sammanfattning": "sammanfattning",
    "bedömning ur ekonomisk dimension": "bedomning_ekonomisk",
    "bedömning ur ekologisk dimension": "bedomning_ekologisk",
    "bedömning ur social dimension": "bedomning_social",
    "förvaltningens bedömning": "forvaltningens_bedomning",
    "uppgift om facklig samverkan": "facklig_samverkan",
    "avvikelse för det försenade uppdraget": "uppdrag[0].avvikelse",
    "uppgift om dokumentet är stadsövergripande": "stadsovergripande",
    "planperiod": "planperiod_fran",
}
Q1_USER = (
    "Hur har förvaltningen tagit tillvara användarens perspektiv i utvecklingen av "
    "medborgarnära tjänster?"
)


def _walk(data: Any, path: str) -> tuple[Any, str | int]:
    """The container holding the last part of ``a.b[0].c``, and that part."""
    parts: list[str | int] = [
        int(index) if index else name for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path)
    ]
    target = data
    for part in parts[:-1]:
        target = target[part]
    return target, parts[-1]


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
    if uppgift == "planperiod":
        case.data.pop("planperiod_fran", None)
        case.data.pop("planperiod_till", None)
        return
    target, last = _walk(case.data, DRAFT_MISSING[uppgift])
    if isinstance(target, dict):
        target.pop(last, None)
    else:
        target.pop(last)


@given(parsers.parse('att ärendet har beretts av "{organ}"'))
def case_prepared_by(case: Scenario, organ: str) -> None:
    case.data["beredande_namnd"] = organ


@given(parsers.parse('att beslutet anmäls till "{organ}"'))
def reported_to(case: Scenario, organ: str) -> None:
    case.data["anmals_till"] = organ


@given(parsers.parse('att remissen kommer från "{organ}"'))
def remiss_from(case: Scenario, organ: str) -> None:
    case.data.setdefault("remiss", {})["remittent"] = organ


@given("att dokumentet är stadsövergripande")
def city_wide(case: Scenario) -> None:
    case.data["stadsovergripande"] = True


@given("att dokumentet inte är stadsövergripande")
def not_city_wide(case: Scenario) -> None:
    case.data["stadsovergripande"] = False


@given(parsers.parse('att förslaget har remitterats till "{instanser}"'))
def remitted_to(case: Scenario, instanser: str) -> None:
    case.data["remitterad_till"] = _names(instanser)


@given(parsers.parse('att ärendet är av typen "{typ}" med rubriken "{rubrik}"'))
def case_type(case: Scenario, typ: str, rubrik: str) -> None:
    case.data["typ"], case.data["rubrik"] = typ, rubrik


@given("att ärendet gäller en organisationsförändring")
def reorganisation(case: Scenario) -> None:
    case.data["organisationsforandring"] = True


@given(parsers.parse('att utkastet nämner "{titel}" historiskt'))
def mentions(case: Scenario, titel: str) -> None:
    case.data.setdefault("citerade_dokument", []).append({"titel": titel, "som_gallande": False})


@given(parsers.parse('att planens post "{namn}" anger undantaget "{text}"'))
def item_exception(case: Scenario, namn: str, text: str) -> None:
    _item(case, namn)["avvikelse"] = text


@given(parsers.parse('att planens post "{namn}" ryms inom ramen'))
def item_within_frame(case: Scenario, namn: str) -> None:
    _item(case, namn)["inom_ram"] = True


@given(parsers.parse('att planens post "{namn}" ligger utanför ramen'))
def item_outside_frame(case: Scenario, namn: str) -> None:
    _item(case, namn)["inom_ram"] = False


@given(parsers.parse("att planåret är {ar:d}"))
def plan_year(case: Scenario, ar: int) -> None:
    case.data["plan_ar"] = ar


@given(parsers.parse('att planens post "{namn}" gäller medborgarnära tjänster'))
def item_citizen_facing(case: Scenario, namn: str) -> None:
    _item(case, namn)["medborgarnara"] = True


@given(parsers.parse('att planens post "{namn}" inte är ett ungefärligt belopp'))
def item_exact(case: Scenario, namn: str) -> None:
    _item(case, namn)["ca"] = False


@given(parsers.parse("att planperioden är {fran:d}–{till:d}"))
def plan_period(case: Scenario, fran: int, till: int) -> None:
    case.data["planperiod_fran"], case.data["planperiod_till"] = fran, till


@given(parsers.parse('att utkastet hänvisar till "{titel}" med beslut "{beslut}"'))
def cites_with_decision(case: Scenario, titel: str, beslut: str) -> None:
    case.data.setdefault("citerade_dokument", []).append({"titel": titel, "beslut": beslut})


@given("att utkastet inte hänvisar till några styrande dokument")
def cites_nothing(case: Scenario) -> None:
    case.data["citerade_dokument"] = []


@given(parsers.parse('att milstolpen "{namn}" också anges till {datum}'))
def milestone(case: Scenario, namn: str, datum: str) -> None:
    case.data.setdefault("milstolpar", []).append({"namn": namn, "datum": _date(datum)})


@given(parsers.parse('att summan "{rubrik}" anges till {belopp} mnkr'))
def total(case: Scenario, rubrik: str, belopp: str) -> None:
    for item in case.data["summor"]:
        if item["rubrik"] == rubrik:
            item["belopp_mnkr"] = float(belopp.replace(",", "."))


@given(parsers.parse('att summan "{rubrik}" också räknar med posten "{post}"'))
def total_counts(case: Scenario, rubrik: str, post: str) -> None:
    for item in case.data["summor"]:
        if item["rubrik"] == rubrik:
            item["poster"].append(post)


@given(parsers.parse('att handläggarens e-postadress är "{adress}"'))
def email(case: Scenario, adress: str) -> None:
    case.data.setdefault("handlaggare", {})["epost"] = adress


@given(parsers.parse('att förslaget till beslut lyder "{text}"'))
def proposal(case: Scenario, text: str) -> None:
    case.data["forslag_till_beslut"] = [text]


@given(parsers.parse('att förslaget till beslut också har punkten "{text}"'))
def another_point(case: Scenario, text: str) -> None:
    case.data.setdefault("forslag_till_beslut", []).append(text)


@given(parsers.parse('att sammanfattningen lyder "{text}"'))
def summary(case: Scenario, text: str) -> None:
    case.data["sammanfattning"] = text


@given(parsers.parse('att ärendebeskrivningen lyder "{text}"'))
def case_text(case: Scenario, text: str) -> None:
    case.data["arendet"] = text


@given(parsers.parse('att beslutsplaneringens steg {nummer:d} hålls av "{organ}"'))
def step_body(case: Scenario, nummer: int, organ: str) -> None:
    case.data["beslutsplanering"][nummer - 1]["organ"] = organ


@given(parsers.parse("att remissens fråga {nummer:d} är obesvarad"))
def remiss_unanswered(case: Scenario, nummer: int) -> None:
    case.data["remiss"]["fragor"][nummer - 1].pop("svar", None)


@given(parsers.parse("att uppföljningens fråga {nummer:d} är obesvarad"))
def followup_unanswered(case: Scenario, nummer: int) -> None:
    case.data["uppfoljning_svar"][nummer - 1].pop("svar", None)


@given("att frågan om användarens perspektiv är besvarad")
def user_question_answered(case: Scenario) -> None:
    case.data.setdefault("uppfoljning_svar", []).append(
        {"fraga": Q1_USER, "svar": "Genom användartester i varje projekt."}
    )


@given(parsers.parse('att målet "{namn}" saknar indikatorer'))
def goal_without_indicator(case: Scenario, namn: str) -> None:
    for goal in case.data["mal"]:
        if goal["namn"] == namn:
            goal["indikatorer"] = []


@given(parsers.parse('att aktiviteten "{namn}" saknar {uppgift}'))
def activity_lacks(case: Scenario, namn: str, uppgift: str) -> None:
    key = {"ansvarig": "ansvarig", "tidpunkt": "nar"}[uppgift]
    for activity in case.data["aktiviteter"]:
        if activity["namn"] == namn:
            activity.pop(key, None)


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


@then(
    parsers.parse(
        'rapporteras en anmärkning med allvarlighetsgraden "{grad}" enligt regel "{rule_id}"'
    )
)
def reports(case: Scenario, grad: str, rule_id: str) -> None:
    found = [f for f in _of(case, rule_id) if f.kind == FindingKind.VIOLATION]
    assert found, (
        f"väntade en anmärkning enligt {rule_id}, fick {[f.rule_id for f in case.findings]}"
    )
    assert all(f.severity == Severity(grad) for f in found), [f.severity for f in found]
    case.asserted = found


@then(
    parsers.parse(
        'rapporteras en obesvarad fråga med allvarlighetsgraden "{grad}" enligt regel "{rule_id}"'
    )
)
def reports_question(case: Scenario, grad: str, rule_id: str) -> None:
    found = [f for f in _of(case, rule_id) if f.kind == FindingKind.QUESTION]
    assert found, f"väntade obesvarad fråga {rule_id}, fick {[f.rule_id for f in case.findings]}"
    assert all(f.severity == Severity(grad) for f in found), [f.severity for f in found]
    case.asserted = found


@then(parsers.parse('rapporteras ingen anmärkning enligt regel "{rule_id}"'))
def reports_nothing(case: Scenario, rule_id: str) -> None:
    assert not _of(case, rule_id), [f.message for f in _of(case, rule_id)]


@then(parsers.parse('anmärkningens källa är "{words}"'))
def source_authority(case: Scenario, words: str) -> None:
    assert case.asserted, "ange först vilken regel som ger anmärkningen"
    citation = case.asserted[0].citation
    assert citation is not None
    assert words == AUTHORITY_LABELS["sv"][citation.authority.value], citation.authority


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
                finding.citation.statute,
                finding.citation.document,
                finding.citation.quote,
                finding.message,
            ],
        )
    )
    assert text in haystack


@then("rapporteras inga fel eller varningar")
def nothing_serious(case: Scenario) -> None:
    blocking = [f for f in case.findings if f.severity.rank >= Severity.VARNING.rank]
    assert not blocking, [f"{f.rule_id}: {f.message}" for f in blocking]
