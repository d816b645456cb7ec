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
import re
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
RIKT = "malmo-riktlinjer-ks-2021.toml"
UPPF = "malmo-uppfoljning-2024.toml"
GTU = "goteborg-tjansteutlatande-2020.toml"
GPLAN = "goteborg-plan-2021.toml"
GPOL = "goteborg-policy-2021.toml"
STU = "stockholm-tjansteutlatande-2019.toml"
RIKTLINJER = "Riktlinjer för IT och digitalisering"
SECURITY = [
    "Programvara för ökad säkerhet på stadens digitala enheter",
    "Operativ säkerhetsförmåga dygnet runt",
]
Q1 = (
    "Hur har förvaltningen tagit tillvara användarens perspektiv i utvecklingen av "
    "medborgarnära tjänster?"
)

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
        {
            "beslutande_organ": "Kulturnämndens arbetsutskott",
            "beslutet_skickas_till": ["Stadskontoret", "Kulturnämnden"],
            "beslutsplanering": [
                step("Kulturförvaltningen", "arendeberedning", dt.date(2020, 11, 16)),
                step("Kulturnämnden", "ordforandeberedning", dt.date(2020, 11, 24)),
                step("Kulturnämnden", "arbetsutskott", dt.date(2020, 12, 3)),
            ],
        },
        {},
        "Kulturnämndens arbetsutskott beslutar remissvaret på delegation, och ingen "
        "delegationsordning i kommunprofilen visar att kulturnämnden har delegerat det "
        "(lagligt enligt KL 6 kap. 37 § om delegationen finns: därför en varning).",
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
        {"poster": items(SN, 0, kostnadsslag="drift")},
        {
            "poster": items(
                SN,
                0,
                kostnadsslag="drift",
                avvikelse="Licenskostnaden ökar för stadens förvaltningar med ca 5 mnkr.",
            )
        },
        "Licenskostnaden, en driftkostnad som i den verkliga planen, bärs av förvaltningarna "
        "utan att undantaget anges (passerande exempel: planen anger undantaget, som "
        "SN-2023-514 gör).",
    ),
    "MAL-F1-02": (
        SN,
        {"poster": items(SN, 0, finansiering="kommunbidrag")},
        {},
        "Tillämpningen finansieras genom kommunbidrag.",
    ),
    "MAL-F2-01": (
        SN,
        {"poster": items(SN, 0, inom_ram=DELETE)},
        {},
        "En post anger inte om den ryms inom ramen och hänvisar inte till något äskande: "
        "tystnad är inte detsamma som att posten ryms.",
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
        {"citerade_dokument": [{"titel": "Det digitala Malmö 2017-2022", "som_gallande": False}]},
        "Det digitala Malmö 2017-2022 anges som gällande 2023 (passerande exempel: "
        "samma program nämnt historiskt, inte som gällande).",
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
        UPPF,
        {"beslutande_organ": "Serviceförvaltningen", "beslutet_skickas_till": ["Servicenämnden"]},
        {},
        "Serviceförvaltningen, en förvaltning, anges som beslutande organ utan att någon "
        "delegationsordning visar att en tjänsteperson har beslutanderätten.",
    ),
}


# Cases for the rules that cover the rest of the guidelines (issue: every guideline encoded).
CASES.update(
    {
        "MAL-A-08": (REMISS, {"remiss.svar_senast": DELETE}, {}, "Sista svarsdag saknas."),
        "MAL-A-09": (REMISS, {"remiss.remittent": DELETE}, {}, "Remittenten saknas."),
        "MAL-D2-01": (
            SN,
            {"plan_ar": 2026},
            {},
            "En plan för 2026 daterad 2023: inte årets plan för det kommande året.",
        ),
        "MAL-D3-01": (
            RIKT,
            {"slutligt_beslutande_organ": "Kommunstyrelsen"},
            {},
            "Riktlinjerna anges bli antagna av kommunstyrelsen.",
        ),
        "MAL-D3-02": (
            RIKT,
            {"remitterad_till": ["Servicenämnden", "Kulturnämnden"]},
            {},
            "Stadsövergripande riktlinjer har gått på remiss till två nämnder, inte till samtliga.",
        ),
        "MAL-D3-03": (
            RIKT,
            {"stadsovergripande": DELETE, "slutligt_beslutande_organ": "Kommunstyrelsen"},
            {"stadsovergripande": False, "slutligt_beslutande_organ": "Kommunstyrelsen"},
            "Riktlinjer som kommunstyrelsen själv antar, utan att utkastet säger om de är "
            "stadsövergripande (passerande exempel: utkastet säger att de inte är det).",
        ),
        "MAL-D6-01": (
            SN,
            {"poster[1].beslutande_organ": DELETE},
            {},
            "En satsning anger inte vem som beslutar om den.",
        ),
        "MAL-D6-02": (
            SN,
            {"poster[1].askande": DELETE},
            {},
            "En satsning utanför ramen, utan äskande i budgeten, beslutas av servicenämnden.",
        ),
        "MAL-F2-02": (
            SN,
            {"poster[0].belopp_mnkr": DELETE},
            {},
            "Förvaltningarnas kostnadsökning anges utan belopp.",
        ),
        "MAL-S1-01": (
            SN,
            {"planperiod_till": 2024},
            {"planperiod_till": 2025},
            "Planperioden är ett år; planen ska vara flerårig (passerande exempel: två år).",
        ),
        "MAL-S1-03": (
            SN,
            {"planperiod_fran": DELETE, "planperiod_till": DELETE},
            {},
            "Planen anger ingen planperiod.",
        ),
        "MAL-S1-02": (SN, {"behovsunderlag": DELETE}, {}, "Behovsunderlaget saknas."),
        "MAL-S3-01": (
            SN,
            {
                "datum": dt.date(2024, 5, 15),
                "poster[1].beskrivning": "Inför AI-stöd i övervakningen.",
            },
            {
                "datum": dt.date(2024, 5, 15),
                "poster[1].beskrivning": "Inför AI-stöd i övervakningen.",
                "poster[1].riskbedomning": "Risk- och säkerhetsbedömning gjord april 2024.",
            },
            "En AI-satsning saknar riskbedömning.",
        ),
        "MAL-S4-03": (
            SN,
            {"poster[1].beslutande_organ": "Kulturnämnden"},
            {"poster[0].beslutande_organ": "Kulturnämnden"},
            "Kulturnämnden anges besluta om driften av gemensam IT (passerande exempel: "
            "kulturnämnden beslutar om sin egen tillämpning).",
        ),
        "MAL-S5-01": (
            SN,
            {"poster[1].omrade": "informationshantering"},
            {
                "poster[1].omrade": "informationshantering",
                "poster[1].informationsagare": "Stadsarkivet",
            },
            "En informationshanteringspost saknar informationsägare.",
        ),
        "MAL-S6-01": (SN, {"dialogforum": DELETE}, {}, "Inget dialogforum anges."),
        "MAL-T2-01": (
            SN,
            {"citerade_dokument": [{"titel": "IT-strategi 2007"}]},
            {"citerade_dokument": [{"titel": "IT-strategi 2007", "som_gallande": False}]},
            "IT-strategin (2007) anges som gällande efter KF 2021-03-31 § 100, som skulle "
            "ersätta den (passerande exempel: strategin nämnd historiskt).",
        ),
        "MAL-T1-02": (
            SN,
            {
                "typ": "principer",
                "rubrik": "Principer för digitalisering",
                "beslutande_organ": "Kulturnämnden",
                "diarienummer": "KN-2023-1001",
            },
            {"typ": "principer", "rubrik": "Principer för digitalisering"},
            "Kulturnämnden bereder principer för digitalisering; servicenämnden tar fram "
            "förslag till nya program inom området.",
        ),
        "MAL-T3-01": (
            SN,
            {"citerade_dokument[0].beslut": "SN-2021-692"},
            {},
            "Riktlinjerna citeras med ett diarienummer i stället för KF-beslutet, som i "
            "SN-2023-514.",
        ),
        "MAL-T3-02": (
            SN,
            {
                "citerade_dokument": [
                    {"titel": RIKTLINJER, "beslut": "KF 2021-03-31 § 100"},
                    {"titel": RIKTLINJER, "beslut": "KF 2021-03-31 § 101"},
                ]
            },
            {
                "citerade_dokument": [
                    {"titel": RIKTLINJER, "beslut": "KF 2021-03-31 § 100"},
                    {"titel": RIKTLINJER, "beslut": "KF 2021-03-31 §100"},
                ]
            },
            "Samma riktlinjer citeras med två olika beslut.",
        ),
        "GEN-O-01": (
            KS,
            {"beslutande_organ": "Kommunstyrelsn"},
            {},
            "Det beslutande organet är felstavat.",
        ),
        "GEN-O-02": (
            KS,
            {"beslutande_organ": "Regionstyrelsen"},
            {},
            "Det beslutande organet finns inte i Malmö stads organisation här.",
        ),
        "GEN-O-03": (
            SN,
            {"beslutsplanering[2].organ": "Serviceämnden"},
            {},
            "Servicenämnden är felstavad i beslutsplaneringen, som i SN-2023-514.",
        ),
        "GEN-O-04": (
            SN,
            {"beslutsplanering[0].organ": "Regionstyrelsen"},
            {},
            "Ett okänt organ i beslutsplaneringen.",
        ),
        "GEN-O-05": (
            REMISS,
            {"diarienummer": "SN-2020-4392"},
            {},
            "Ett servicenämndens diarienummer på kulturnämndens ärende.",
        ),
        "GEN-F4-01": (
            SN,
            {"poster[0].ca": False, "summor[0].belopp_mnkr": 9.0},
            {"poster[0].ca": False},
            "Summan 9 mnkr stämmer inte med posterna 5 + 3.",
        ),
        "GEN-F4-02": (
            SN,
            {"summor[0].belopp_mnkr": 10.0},
            {"summor[0].belopp_mnkr": 8.5},
            "Summan ca 10 mnkr avviker mer än tio procent från posterna "
            "(passerande exempel: 8,5 mnkr).",
        ),
        "GEN-F4-03": (
            SN,
            {"summor[0].poster": [*SECURITY, "Ny brandvägg"]},
            {},
            "Summan räknar med en post som inte finns.",
        ),
        "GEN-T4-01": (
            RIKT,
            {
                "milstolpar": [
                    {
                        "namn": "Riktlinjerna antagna av kommunfullmäktige",
                        "datum": dt.date(2021, 3, 31),
                    },
                    {
                        "namn": "Riktlinjerna antagna av kommunfullmäktige",
                        "datum": dt.date(2021, 5, 31),
                    },
                ]
            },
            {},
            "Samma milstolpe anges med två datum.",
        ),
        "GEN-Q7-01": (
            GTU,
            {"uppdrag[0].avvikelse": DELETE},
            {},
            "Ett försenat uppdrag anger inte avvikelsen.",
        ),
        "GBG-F5-01": (
            GPLAN,
            {
                "poster[0].beslutande_organ": "Nämnden för Intraservice",
                "poster[0].finansieras_av": "Nämnden för konsument- och medborgarservice",
            },
            {"poster[0].finansieras_av": "Nämnden för Intraservice"},
            "En nämnd lägger kostnaden för sin satsning på en annan nämnd (passerande exempel: "
            "kommunstyrelsen fördelar kostnaden på en nämnd, vilket är budgetmakt).",
        ),
        "GBG-Q3-01": (GPLAN, {"mal": DELETE}, {}, "Planen saknar mål."),
        "GBG-Q3-02": (GPLAN, {"mal[0].indikatorer": []}, {}, "Ett mål saknar indikator."),
        "GBG-Q3-03": (GPLAN, {"aktiviteter": DELETE}, {}, "Planen saknar aktiviteter."),
        "GBG-Q3-04": (
            GPLAN,
            {"aktiviteter[0].ansvarig": DELETE},
            {},
            "En aktivitet saknar ansvarig.",
        ),
        "GBG-Q3-05": (GPLAN, {"aktiviteter[0].nar": DELETE}, {}, "En aktivitet saknar tidpunkt."),
        "GBG-Q4-02": (
            GPOL,
            {"arendet": "Medarbetare får inte använda molntjänster utan godkännande."},
            {},
            "Policyn formulerar en fast regel.",
        ),
        "GBG-Q5-01": (
            GPLAN,
            {"poster[0].forvantade_nyttor": DELETE},
            {},
            "En utvecklingssatsning saknar förväntade nyttor.",
        ),
        "GBG-Q5-02": (
            GPLAN,
            {"poster[0].nyttouppfoljning": DELETE},
            {},
            "Förväntade nyttor saknar uppföljning.",
        ),
        "GBG-Q6-01": (GTU, {"bedomning_ekonomisk": DELETE}, {}, "Ekonomisk dimension saknas."),
        "GBG-Q6-02": (GTU, {"bedomning_ekologisk": DELETE}, {}, "Ekologisk dimension saknas."),
        "GBG-Q6-03": (GTU, {"bedomning_social": DELETE}, {}, "Social dimension saknas."),
        "GEN-S7-01": (
            GTU,
            {"facklig_samverkan": DELETE},
            {},
            "Organisationsfrågan har inte tagits upp med de fackliga.",
        ),
        "GBG-A-01": (GTU, {"forslag_till_beslut": DELETE}, {}, "Förslag till beslut saknas."),
        "GBG-A-02": (GTU, {"handlaggare.telefon": DELETE}, {}, "Handläggarens telefon saknas."),
        "GBG-A-03": (GTU, {"sammanfattning": DELETE}, {}, "Sammanfattning saknas."),
        "GBG-A-04": (
            GTU,
            {"forvaltningens_bedomning": DELETE},
            {},
            "Stadsledningskontorets bedömning saknas.",
        ),
        "GBG-A-05": (
            GTU,
            {"diarienummer": "SLK-2020-00437"},
            {"datum": dt.date(2023, 3, 1), "diarienummer": "SLK-2023-01047"},
            "Det nya diarienummerformatet används 2020 (passerande exempel: samma format "
            "2023, när det gällde).",
        ),
        "GBG-A-06": (GTU, {"datum": DELETE}, {}, "Utfärdat-datum saknas."),
        "MAL-Q1-01": (
            UPPF,
            {"uppfoljning_svar[0].svar": DELETE},
            {},
            "Frågan om användarens perspektiv är obesvarad.",
        ),
        "MAL-Q1-02": (
            UPPF,
            {"uppfoljning_svar[1].svar": DELETE},
            {},
            "Frågan om omtanke och omdöme är obesvarad.",
        ),
        "MAL-Q1-03": (
            UPPF,
            {"uppfoljning_svar[2].svar": DELETE},
            {},
            "Frågan om andra aktörer är obesvarad.",
        ),
        "MAL-Q1-04": (
            SN,
            {"datum": dt.date(2024, 5, 15), "poster[1].medborgarnara": True},
            {
                "datum": dt.date(2024, 5, 15),
                "poster[1].medborgarnara": True,
                "uppfoljning_svar": [{"fraga": Q1, "svar": "Användartester i varje projekt."}],
            },
            "En medborgarnära satsning besvarar inte frågan om användarens perspektiv.",
        ),
        "MAL-Q2-01": (
            REMISS,
            {"remiss.fragor[1].svar": DELETE},
            {},
            "Remissens andra fråga är obesvarad.",
        ),
    }
)


# Cases for what Kommunallagen makes obvious (common/kommunallagen.toml) and the binding
# statements the first reading missed (issue 14).
CASES.update(
    {
        "GEN-KL-01": (
            RIKT,
            {
                "beslutande_organ": "Kommunfullmäktige",
                "forslag_till_beslut": ["Kommunfullmäktige antar riktlinjerna."],
                "beslutsplanering": [
                    step("Kommunfullmäktige", "sammantrade", dt.date(2021, 3, 31))
                ],
            },
            {},
            "Fullmäktige avgör riktlinjerna utan att någon nämnd har berett dem.",
        ),
        "GEN-KL-02": (
            SN,
            {
                "beslutande_organ": "Servicenämndens arbetsutskott",
                "beslutsplanering": [
                    step("Servicenämnden", "ordforandeberedning", dt.date(2023, 5, 30)),
                    step("Servicenämnden", "arbetsutskott", dt.date(2023, 6, 8)),
                ],
            },
            {},
            "Servicenämndens arbetsutskott beslutar om utvecklingsplanen, ett ärende om "
            "verksamhetens inriktning, på delegation.",
        ),
        "GEN-KL-03": (
            REMISS,
            {
                "remiss.remittent": "Kommunfullmäktige",
                "beslutet_skickas_till": ["Kommunfullmäktige"],
                "beslutande_organ": "Kulturnämndens arbetsutskott",
                "beslutsplanering": [
                    step("Kulturnämnden", "ordforandeberedning", dt.date(2020, 11, 24)),
                    step("Kulturnämnden", "arbetsutskott", dt.date(2020, 12, 3)),
                ],
            },
            {
                "remiss.remittent": "Kommunfullmäktige",
                "beslutet_skickas_till": ["Kommunfullmäktige"],
            },
            "Kulturnämndens arbetsutskott beslutar ett yttrande till fullmäktige på delegation "
            "(passerande exempel: nämnden beslutar det själv).",
        ),
        "GEN-KL-04": (
            UPPF,
            {"beslutande_organ": "Stadens ledningsgrupp"},
            {},
            "Stadens ledningsgrupp anges som beslutande organ i nämndens ärende.",
        ),
        "GEN-KL-05": (
            UPPF,
            {"beslutande_organ": "Servicenämndens arbetsutskott"},
            {"beslutande_organ": "Servicenämndens arbetsutskott", "anmals_till": "Servicenämnden"},
            "Servicenämndens arbetsutskott beslutar på delegation, och utkastet anger inte att "
            "beslutet anmäls till nämnden (passerande exempel: det anmäls till servicenämnden).",
        ),
        "GEN-KL-06": (
            RIKT,
            {
                "beslutande_organ": "Servicenämnden",
                "forslag_till_beslut": [
                    "Servicenämnden föreslår kommunfullmäktige att anta riktlinjerna."
                ],
                "diarienummer": "SN-2021-77",
                "beslutsplanering": [step("Servicenämnden", "sammantrade", dt.date(2021, 3, 10))],
            },
            {},
            "Servicenämnden bereder ett fullmäktigeärende, och beslutsplaneringen visar inte "
            "att kommunstyrelsen får yttra sig.",
        ),
        "GBG-Q3-06": (
            GPLAN,
            {"planperiod_fran": DELETE, "planperiod_till": DELETE},
            {},
            "Planen anger inte för vilken period den gäller.",
        ),
        "GBG-D-01": (
            GPLAN,
            {"beredande_namnd": "Nämnden för Intraservice"},
            {},
            "Nämnden för Intraservice bereder stadens plan för digitalisering 2021, efter att "
            "ansvaret förts över till kommunstyrelsen genom budget 2020.",
        ),
    }
)


# Cases for the checks on finished text (contact details, placeholders, attachments).
CASES.update(
    {
        "GEN-A-01": (
            SN,
            {"handlaggare.epost": "josefin.levander@malmo.se"},
            {},
            "E-postadressen tillhör en annan person än handläggaren, som i SN-2023-514.",
        ),
        "GEN-A-02": (
            SN,
            {"handlaggare.epost": "tatjana.bogdanovic@malmö.se"},
            {},
            "E-postadressen har domänen malmö.se i stället för malmo.se, som i SN-2023-514.",
        ),
        "GEN-A-03": (
            REMISS,
            {"forslag_till_beslut": ["[Nämnd] godkänner förslaget."]},
            {},
            "Ett mallfält står kvar i förslaget till beslut.",
        ),
        "GEN-A-04": (
            SN,
            {"sammanfattning": "Bifogat till ärendet finns Handlingsplan för e-arkiv."},
            {"sammanfattning": "Bifogat till ärendet finns Principer för digitalisering."},
            "Texten hänvisar till en bifogad handling som inte finns i beslutsunderlaget.",
        ),
        "GEN-A-05": (
            REMISS,
            {"sammanfattning": "Skrivelsen går till kommunstyrelen för yttrande."},
            {"sammanfattning": "Skrivelsen går till kommunstyrelsen för yttrande."},
            "Ett felstavat organnamn (kommunstyrelen) står i sammanfattningen.",
        ),
        "GEN-A-06": (
            REMISS,
            {
                "forslag_till_beslut": [
                    "Nämnden för konsument- och medborgarservice godkänner förslaget.",
                    "Nämnden för medborgarservice översänder yttrandet till stadskontoret.",
                ]
            },
            {},
            "Samma nämnd benämns på två sätt i beslutspunkterna.",
        ),
    }
)


CASES.update(
    {
        "STH-A-01": (STU, {"forslag_till_beslut": DELETE}, {}, "Förslag till beslut saknas."),
        "STH-A-02": (STU, {"handlaggare": DELETE}, {}, "Handläggare saknas."),
        "STH-A-03": (STU, {"beslutande_organ": DELETE}, {}, "Nämnden det går till saknas."),
        "STH-A-04": (STU, {"sammanfattning": DELETE}, {}, "Sammanfattning saknas."),
    }
)


def _walk(data: Any, path: str) -> tuple[Any, str | int]:
    """The container holding the last part of ``a.b[0].c``, and that part."""
    parts: list[str | int] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        parts.append(int(index) if index else name)
    target = data
    for part in parts[:-1]:
        target = target[part]
    return target, parts[-1]


def apply(base: str, patch: Patch) -> dict[str, Any]:
    data = _load(base)
    for key, value in patch.items():
        target, last = _walk(data, key)
        if value is DELETE:
            target.pop(last, None) if isinstance(target, dict) else target.pop(last)
        else:
            target[last] = copy.deepcopy(value)
    return data


def render(rule_id: str, kind: str, base: str, note: str, data: dict[str, Any]) -> str:
    verdict = "en anmärkning" if kind == "fail" else "ingen anmärkning"
    header = (
        f"# {kind.upper()}: i detta utkast rapporterar {rule_id} {verdict}.\n"
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
