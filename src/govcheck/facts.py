"""Derived facts: the one place where a validated draft becomes what the rules test.

Each object the rules speak of becomes one flat fact (the ärende, each plan item, each step of
the beslutsplanering): scalar values only, never lists, so the engine's traps around empty
lists and large nested facts cannot occur. What a TOML condition cannot express (do the dates
increase? do the recipients include the remitting body?) is computed here and named, and the
names are declared in ``FACT_SCHEMA`` so that a rule testing an unknown field fails to load
instead of silently never firing.

Dates are carried as integers ``YYYYMMDD`` because the engine compares numbers, not dates.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from govcheck.drafts import LoadedDraft
from govcheck.models import Draft, StepKind
from govcheck.registry import OrganKind, Registry

FieldType = Literal["str", "int", "float", "bool", "date"]
ObjectKind = Literal["arende", "post", "steg"]
Scalar = str | int | float | bool

_COMMON: dict[str, FieldType] = {
    "kommun": "str",
    "typ": "str",
    "per_datum": "date",
}

#: Every field a rule may test, per object kind, with its type. ``docs`` explains each one in
#: the rulebook, so that a reader of a rule knows what the condition looks at.
FACT_SCHEMA: dict[ObjectKind, dict[str, FieldType]] = {
    "arende": {
        **_COMMON,
        "datum": "date",
        "diarienummer": "str",
        "diarienummer_format_ok": "bool",
        "diarienummer_prefix_ok": "bool",
        "rubrik": "str",
        "handlaggare_namn": "str",
        "handlaggare_titel": "str",
        "handlaggare_epost": "str",
        "beslutande_organ": "str",
        "beslutande_organ_id": "str",
        "beslutande_organ_typ": "str",
        "slutligt_beslutande_organ": "str",
        "slutligt_beslutande_organ_id": "str",
        "beredande_namnd": "str",
        "beredande_namnd_id": "str",
        "sammanfattning": "str",
        "arendet": "str",
        "antal_beslutspunkter": "int",
        "antal_beslutsunderlag": "int",
        "antal_steg": "int",
        "antal_mottagare": "int",
        "antal_ansvariga": "int",
        "antal_poster": "int",
        "beslutsplanering_datum_stigande": "bool",
        "beslutsplanering_ordning_korrekt": "bool",
        "sista_steg_organ": "str",
        "sista_steg_ar_beslutande": "bool",
        "sista_steg_datum": "date",
        "har_arbetsutskott_for_beslutande": "bool",
        "remittent": "str",
        "svar_senast": "date",
        "mottagare_inkluderar_remittent": "bool",
        "antal_obesvarade_remissfragor": "int",
        "antal_upphorda_citerade": "int",
        "upphorda_citerade": "str",
        "plan_ar": "int",
    },
    "post": {
        **_COMMON,
        "namn": "str",
        "it_klass": "str",
        "omrade": "str",
        "kostnadsslag": "str",
        "belopp_mnkr": "float",
        "finansiering": "str",
        "inom_ram": "bool",
        "askande": "str",
        "samplanerad_med_stadskontoret": "bool",
        "samplanerad_med_stadsarkivet": "bool",
        "namner_systemforvaltning": "bool",
    },
    "steg": {
        **_COMMON,
        "organ": "str",
        "organ_id": "str",
        "steg": "str",
        "datum": "date",
        "nummer": "int",
    },
}

FIELD_DOCS: dict[str, str] = {
    "per_datum": "dagen ärendet bedöms per (ärendets datum, eller --per)",
    "beslutande_organ_id": "det beslutande organet enligt organregistret",
    "beslutande_organ_typ": "slaget av beslutande organ (fullmaktige, styrelse, namnd, utskott, "
    "forvaltning, grupp, okand)",
    "slutligt_beslutande_organ_id": "organet som slutligt beslutar i saken (om ärendet bara "
    "bereds här, det organ förslaget går vidare till)",
    "beredande_namnd_id": "nämnden som berett saken",
    "beslutsplanering_datum_stigande": "beslutsplaneringens datum ökar strikt från steg till steg",
    "beslutsplanering_ordning_korrekt": "stegen följer ordningen ärendeberedning, "
    "ordförandeberedning, arbetsutskott, sammanträde för varje organ",
    "sista_steg_ar_beslutande": "beslutsplaneringens sista steg är det beslutande organets "
    "sammanträde",
    "har_arbetsutskott_for_beslutande": "beslutsplaneringen har ett arbetsutskott för det "
    "beslutande organet",
    "mottagare_inkluderar_remittent": "beslutet skickas till den som skickade remissen",
    "antal_upphorda_citerade": "antal citerade styrande dokument som inte längre gäller",
    "samplanerad_med_stadskontoret": "posten samplaneras med Stadskontoret",
    "samplanerad_med_stadsarkivet": "posten samplaneras med Stadsarkivet",
    "namner_systemforvaltning": "posten använder det utgångna begreppet systemförvaltning",
}


#: How enumerated values read in messages (the draft's ASCII spellings are for typing).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "forvaltning": "förvaltning",
        "tillampning": "tillämpning",
        "effekthemtagning": "effekthemtagning",
        "respektive_namnd": "respektive nämnd",
        "solidarisk": "solidarisk finansiering",
        "domanspecifik": "domänspecifik",
        "tjansteskrivelse": "tjänsteskrivelse",
        "remissvar": "remissvar",
    },
    "en": {
        "utveckling": "development",
        "forvaltning": "management",
        "drift": "operation",
        "tillampning": "application",
        "effekthemtagning": "benefit realisation",
        "kommunbidrag": "municipal grant",
        "respektive_namnd": "each board",
        "solidarisk": "joint financing",
        "gemensam": "common",
        "domanspecifik": "domain-specific",
        "lokal": "local",
    },
}
LABELLED_FIELDS = frozenset({"kostnadsslag", "finansiering", "it_klass", "typ", "steg"})


@dataclass(frozen=True)
class Fact:
    """One object of a draft as the engine sees it, with where it stands in the draft."""

    kind: ObjectKind
    path: str
    values: dict[str, Scalar] = field(default_factory=dict)


def date_int(value: dt.date) -> int:
    return value.year * 10000 + value.month * 100 + value.day


def int_date(value: int) -> str:
    return f"{value // 10000:04d}-{value // 100 % 100:02d}-{value % 100:02d}"


def _amount(mnkr: float | None) -> float | None:
    """Amounts to whole thousands of kronor: durable's parser rejects floats that JSON writes in
    exponent notation (1e-05), and no rule needs finer than 1 tkr."""
    if mnkr is None:
        return None
    return round(mnkr, 3) + 0.0  # + 0.0 turns -0.0 into 0.0


def _put(values: dict[str, Scalar], key: str, value: Scalar | dt.date | None) -> None:
    """Only present values go into a fact: the engine treats null as present (ENGINE_NOTES)."""
    if value is None:
        return
    values[key] = date_int(value) if isinstance(value, dt.date) else value


class FactBuilder:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def build(self, loaded: LoadedDraft, per: dt.date | None = None) -> list[Fact]:
        draft = loaded.draft
        judged_on = per or draft.datum or dt.date.today()
        common: dict[str, Scalar] = {
            "kommun": draft.kommun.value,
            "typ": draft.typ.value,
            "per_datum": date_int(judged_on),
        }
        facts = [Fact("arende", "", {**common, **self._arende(draft, judged_on)})]
        for index, item in enumerate(draft.poster):
            values: dict[str, Scalar] = dict(common)
            _put(values, "namn", item.namn)
            _put(values, "it_klass", item.it_klass.value if item.it_klass else None)
            _put(values, "omrade", item.omrade.casefold() if item.omrade else None)
            _put(values, "kostnadsslag", item.kostnadsslag.value if item.kostnadsslag else None)
            _put(values, "belopp_mnkr", _amount(item.belopp_mnkr))
            _put(values, "finansiering", item.finansiering.value if item.finansiering else None)
            _put(values, "inom_ram", item.inom_ram)
            _put(values, "askande", item.askande)
            parties = {self._organ_id(draft.kommun.value, name) for name in item.samplanering}
            prefix = "MAL" if draft.kommun.value == "malmo" else "GBG"
            values["samplanerad_med_stadskontoret"] = f"{prefix}-STK" in parties
            values["samplanerad_med_stadsarkivet"] = f"{prefix}-ARKIV" in parties
            text = " ".join(filter(None, [item.namn, item.beskrivning])).casefold()
            values["namner_systemforvaltning"] = "systemförvaltning" in text
            facts.append(Fact("post", f"poster[{index}]", values))
        for index, step in enumerate(draft.beslutsplanering):
            values = dict(common)
            _put(values, "organ", step.organ)
            _put(values, "organ_id", self._organ_id(draft.kommun.value, step.organ))
            _put(values, "steg", step.steg.value)
            _put(values, "datum", step.datum)
            values["nummer"] = index + 1
            facts.append(Fact("steg", f"beslutsplanering[{index}]", values))
        return facts

    def _organ_id(self, kommun: str, name: str | None) -> str | None:
        if not name:
            return None
        organ = self.registry.resolve(kommun, name).organ
        return organ.id if organ else None

    def _arende(self, draft: Draft, judged_on: dt.date) -> dict[str, Scalar]:
        kommun = draft.kommun.value
        values: dict[str, Scalar] = {}
        _put(values, "datum", draft.datum)
        _put(values, "diarienummer", draft.diarienummer)
        _put(values, "rubrik", draft.rubrik)
        _put(values, "sammanfattning", draft.sammanfattning)
        _put(values, "arendet", draft.arendet)
        _put(values, "plan_ar", draft.plan_ar)
        if draft.handlaggare:
            _put(values, "handlaggare_namn", draft.handlaggare.namn)
            _put(values, "handlaggare_titel", draft.handlaggare.titel)
            _put(values, "handlaggare_epost", draft.handlaggare.epost)
        self._diarienummer(values, draft, judged_on)

        deciding = self._organ_id(kommun, draft.beslutande_organ)
        _put(values, "beslutande_organ", draft.beslutande_organ)
        _put(values, "beslutande_organ_id", deciding)
        if draft.beslutande_organ:
            organ = self.registry.organs.get(deciding) if deciding else None
            values["beslutande_organ_typ"] = organ.typ.value if organ else "okand"
        final_name = draft.slutligt_beslutande_organ or draft.beslutande_organ
        _put(values, "slutligt_beslutande_organ", final_name)
        _put(values, "slutligt_beslutande_organ_id", self._organ_id(kommun, final_name))
        preparing = draft.beredande_namnd
        if preparing is None and draft.slutligt_beslutande_organ and draft.beslutande_organ:
            preparing = draft.beslutande_organ  # this ärende is the nämnd's own preparation
        _put(values, "beredande_namnd", preparing)
        _put(values, "beredande_namnd_id", self._organ_id(kommun, preparing))

        values["antal_beslutspunkter"] = len(draft.forslag_till_beslut)
        values["antal_beslutsunderlag"] = len(draft.beslutsunderlag)
        values["antal_steg"] = len(draft.beslutsplanering)
        values["antal_mottagare"] = len(draft.beslutet_skickas_till)
        values["antal_ansvariga"] = len(draft.ansvariga)
        values["antal_poster"] = len(draft.poster)
        self._beslutsplanering(values, draft, deciding)
        self._remiss(values, draft)
        self._documents(values, draft, judged_on)
        return values

    def _diarienummer(self, values: dict[str, Scalar], draft: Draft, judged_on: dt.date) -> None:
        number = draft.diarienummer
        if not number:
            return
        kommun = draft.kommun.value
        fmt = self.registry.diary_format(kommun, draft.datum or judged_on)
        if fmt is not None:
            values["diarienummer_format_ok"] = re.fullmatch(fmt.monster, number) is not None
        prefix = number.split("-", 1)[0] if "-" in number else None
        if prefix and prefix.isalpha():
            owner = self.registry.prefix_owner(kommun, prefix)
            values["diarienummer_prefix_ok"] = owner is not None

    def _beslutsplanering(
        self, values: dict[str, Scalar], draft: Draft, deciding: str | None
    ) -> None:
        steps = draft.beslutsplanering
        if not steps:
            return
        kommun = draft.kommun.value
        dates = [step.datum for step in steps if step.datum is not None]
        if len(dates) >= 2:
            values["beslutsplanering_datum_stigande"] = all(
                a < b for a, b in itertools.pairwise(dates)
            )
        # Within the chain of one owning body, the kinds must not go backwards.
        owners = [self._owner(kommun, step.organ, step.steg) for step in steps]
        ordered = True
        for (owner_a, kind_a), (owner_b, kind_b) in itertools.pairwise(owners):
            if owner_a == owner_b and kind_b.order < kind_a.order:
                ordered = False
        values["beslutsplanering_ordning_korrekt"] = ordered
        last = steps[-1]
        _put(values, "sista_steg_organ", last.organ)
        _put(values, "sista_steg_datum", last.datum)
        last_owner, last_kind = owners[-1]
        if deciding is not None:
            values["sista_steg_ar_beslutande"] = (
                last_owner == deciding and last_kind == StepKind.SAMMANTRADE
            )
            values["har_arbetsutskott_for_beslutande"] = any(
                owner == deciding and kind == StepKind.ARBETSUTSKOTT for owner, kind in owners
            )

    def _owner(self, kommun: str, name: str, kind: StepKind) -> tuple[str, StepKind]:
        """The body whose chain a step belongs to: an arbetsutskott belongs to its board."""
        organ = self.registry.resolve(kommun, name).organ
        if organ is None:
            return (name.casefold(), kind)
        if organ.typ == OrganKind.UTSKOTT and organ.tillhor:
            return (organ.tillhor, StepKind.ARBETSUTSKOTT)
        return (organ.id, kind)

    def _remiss(self, values: dict[str, Scalar], draft: Draft) -> None:
        remiss = draft.remiss
        if remiss is None:
            return
        kommun = draft.kommun.value
        _put(values, "remittent", remiss.remittent)
        _put(values, "svar_senast", remiss.svar_senast)
        if remiss.remittent:
            target = self._organ_id(kommun, remiss.remittent) or remiss.remittent.casefold()
            recipients = {
                self._organ_id(kommun, name) or name.casefold()
                for name in draft.beslutet_skickas_till
            }
            values["mottagare_inkluderar_remittent"] = target in recipients
        values["antal_obesvarade_remissfragor"] = sum(1 for q in remiss.fragor if not q.svar)

    def _documents(self, values: dict[str, Scalar], draft: Draft, judged_on: dt.date) -> None:
        ended: list[str] = []
        for cited in draft.citerade_dokument:
            doc = self.registry.document(draft.kommun.value, cited.titel)
            if doc is not None and doc.upphor is not None and doc.upphor <= judged_on:
                replacement = f" (ersatt av {doc.ersatt_av})" if doc.ersatt_av else ""
                ended.append(f"{doc.titel}{replacement}")
        values["antal_upphorda_citerade"] = len(ended)
        if ended:
            values["upphorda_citerade"] = "; ".join(ended)
