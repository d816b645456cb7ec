#!/usr/bin/env python3
"""Writes fixtures/rules/<RULE-ID>/{fail,pass}.toml from the example drafts.

Each rule's failing example is a compliant example draft with one deliberate change; its
passing example is the nearest compliant draft (often the boundary case). The committed files
are the fixtures; tests/test_meta.py checks that they match what this script writes, so the
description of each case below is the single source.

    python scripts/make_rule_fixtures.py
"""

from __future__ import annotations

import copy
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import tomli
import tomli_w

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "fixtures" / "examples"
OUT = ROOT / "fixtures" / "rules"

SN = "malmo-utvecklingsplan-sn-2024.toml"
KS = "malmo-utvecklingsplan-ks-2024.toml"
REMISS = "malmo-remissvar-kn-2020.toml"

DELETE = object()
Patch = dict[str, Any]


def step(organ: str, kind: str, date: dt.date) -> dict[str, Any]:
    return {"organ": organ, "steg": kind, "datum": date}


def items(base: str, index: int, **changes: Any) -> list[dict[str, Any]]:
    """The base draft's plan items with item ``index`` changed (DELETE removes a key)."""
    posts = copy.deepcopy(_load(base)["poster"])
    for key, value in changes.items():
        if value is DELETE:
            posts[index].pop(key, None)
        else:
            posts[index][key] = value
    return posts


def _load(name: str) -> dict[str, Any]:
    return tomli.loads((EXAMPLES / name).read_text(encoding="utf-8"))


# rule id -> (base example, fail patch, pass patch, what the failing example gets wrong)
CASES: dict[str, tuple[str, Patch, Patch, str]] = {
    "MAL-D1-01": (
        SN,
        {"slutligt_beslutande_organ": "Servicenämnden"},
        {},
        "Planen anges bli slutligt beslutad av servicenämnden.",
    ),
    "MAL-D1-02": (
        KS,
        {"beredande_namnd": "Kulturnämnden"},
        {},
        "Planen anges vara beredd av kulturnämnden.",
    ),
    "MAL-D4-01": (
        REMISS,
        {"remiss": {"remittent": "Stadskontoret", "svar_senast": dt.date(2020, 12, 10)}},
        {"remiss": {"remittent": "Stadskontoret", "svar_senast": dt.date(2020, 12, 16)}},
        "Nämnden beslutar 2020-12-16 men remissen ska vara besvarad 2020-12-10.",
    ),
    "MAL-D4-02": (
        REMISS,
        {"beslutet_skickas_till": ["Kulturförvaltningen"]},
        {"beslutet_skickas_till": ["Stadskontoret", "Kulturförvaltningen"]},
        "Beslutet skickas inte till stadskontoret, som skickade remissen.",
    ),
    "MAL-D4-03": (
        REMISS,
        {"beslutande_organ": "Kulturförvaltningen"},
        {},
        "Kulturförvaltningen anges som beslutande organ för remissvaret.",
    ),
    "MAL-D5-01": (
        SN,
        {
            "beslutsplanering": [
                step("Servicenämnden", "ordforandeberedning", dt.date(2023, 6, 8)),
                step("Servicenämnden", "arbetsutskott", dt.date(2023, 5, 30)),
                step("Servicenämnden", "sammantrade", dt.date(2023, 6, 20)),
            ]
        },
        {},
        "Arbetsutskottet sammanträder före ordförandeberedningen.",
    ),
    "MAL-D5-02": (
        SN,
        {
            "beslutsplanering": [
                step("Servicenämnden", "arbetsutskott", dt.date(2023, 5, 30)),
                step("Servicenämnden", "ordforandeberedning", dt.date(2023, 6, 8)),
                step("Servicenämnden", "sammantrade", dt.date(2023, 6, 20)),
            ]
        },
        {},
        "Ordförandeberedningen kommer efter arbetsutskottet.",
    ),
    "MAL-D5-03": (
        SN,
        {
            "beslutsplanering": [
                step("Servicenämnden", "ordforandeberedning", dt.date(2023, 5, 30)),
                step("Servicenämnden", "arbetsutskott", dt.date(2023, 6, 8)),
            ]
        },
        {},
        "Beslutsplaneringen slutar i arbetsutskottet, inte hos nämnden.",
    ),
    "MAL-D5-04": (
        KS,
        {"beslutsplanering": [{"organ": "Kommunstyrelsen", "datum": dt.date(2023, 10, 18)}]},
        {},
        "Ärendet går direkt till kommunstyrelsen utan arbetsutskottet.",
    ),
    "MAL-F1-01": (
        SN,
        {"poster": items(SN, 1, finansiering="respektive_namnd")},
        {},
        "Driften av en kommungemensam leverans finansieras av nämnderna.",
    ),
    "MAL-F1-02": (
        SN,
        {"poster": items(SN, 0, finansiering="kommunbidrag")},
        {},
        "Tillämpningen finansieras genom kommunbidrag.",
    ),
    "MAL-F2-01": (
        SN,
        {"poster": items(SN, 1, askande=DELETE)},
        {},
        "En satsning utanför ramen saknar hänvisning till äskande.",
    ),
    "MAL-F3-01": (
        SN,
        {"poster": items(SN, 1, finansiering="solidarisk")},
        {"datum": dt.date(2020, 6, 1), "poster": items(SN, 1, finansiering="solidarisk")},
        "Solidarisk finansiering efter att kommunbidraget ersatt den (passerande "
        "exempel: samma plan daterad före KF 2021-03-31 § 100).",
    ),
    "MAL-S2-01": (
        SN,
        {"datum": dt.date(2024, 5, 15), "poster": items(SN, 0, samplanering=["Stadskontoret"])},
        {"datum": dt.date(2024, 5, 15)},
        "En IT-säkerhetspost samplaneras inte med stadsarkivet (regeln gäller från "
        "2023-10-18, så utkastet är daterat 2024).",
    ),
    "MAL-S4-01": (SN, {"poster": items(SN, 0, it_klass=DELETE)}, {}, "En post saknar IT-klass."),
    "MAL-S4-02": (
        SN,
        {"poster": items(SN, 0, beskrivning="Ny systemförvaltning för säkerhetsprogramvaran.")},
        {"poster": items(SN, 0, beskrivning="Ny domänspecifik IT för säkerhetsprogramvaran.")},
        "En post använder det utgångna begreppet systemförvaltning.",
    ),
    "MAL-T1-01": (
        SN,
        {"citerade_dokument": [{"titel": "Det digitala Malmö 2017-2022"}]},
        {
            "datum": dt.date(2022, 6, 1),
            "citerade_dokument": [{"titel": "Det digitala Malmö 2017-2022"}],
        },
        "Det digitala Malmö 2017-2022 anges som gällande 2023 (passerande exempel: "
        "samma hänvisning 2022, medan programmet gällde).",
    ),
    "MAL-A-01": (REMISS, {"forslag_till_beslut": DELETE}, {}, "Förslag till beslut saknas."),
    "MAL-A-02": (REMISS, {"beslutsplanering": DELETE}, {}, "Beslutsplanering saknas."),
    "MAL-A-03": (
        REMISS,
        {"handlaggare": {"namn": "Maria Andersson", "titel": "Planeringssekreterare"}},
        {},
        "Handläggarens e-postadress saknas.",
    ),
    "MAL-A-04": (SN, {"beslutet_skickas_till": DELETE}, {}, "Mottagare av beslutet saknas."),
    "MAL-A-05": (SN, {"diarienummer": "SN 2023/514"}, {}, "Diarienumret har fel form."),
    "MAL-A-06": (SN, {"datum": DELETE}, {}, "Datum saknas."),
    "MAL-A-07": (
        KS,
        {"beslutande_organ": "Stadskontoret"},
        {},
        "Stadskontoret, en förvaltning, anges som beslutande organ.",
    ),
}


def apply(base: str, patch: Patch) -> dict[str, Any]:
    data = _load(base)
    for key, value in patch.items():
        if value is DELETE:
            data.pop(key, None)
        else:
            data[key] = copy.deepcopy(value)
    return data


def render(rule_id: str, kind: str, base: str, note: str, data: dict[str, Any]) -> str:
    verdict = "underkänns av" if kind == "fail" else "godkänns enligt"
    header = (
        f"# {kind.upper()}: detta utkast {verdict} {rule_id}.\n"
        f"# Utgår från fixtures/examples/{base}. {note if kind == 'fail' else ''}".rstrip()
        + "\n# Genererad av scripts/make_rule_fixtures.py; ändra där, inte här.\n"
    )
    return header + tomli_w.dumps(data)


def expected_files() -> dict[Path, str]:
    files: dict[Path, str] = {}
    for rule_id, (base, fail, passing, note) in CASES.items():
        files[OUT / rule_id / "fail.toml"] = render(rule_id, "fail", base, note, apply(base, fail))
        files[OUT / rule_id / "pass.toml"] = render(
            rule_id, "pass", base, note, apply(base, passing)
        )
    return files


def main() -> int:
    for path, text in expected_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(CASES) * 2} fixtures under {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
