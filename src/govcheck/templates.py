"""Template drafts for ``govcheck init``: complete drafts whose only problems are the values the
user must fill in, each marked ``[FYLL I: …]`` (which govcheck reports until filled in)."""

from __future__ import annotations

import datetime as dt

import tomli_w

TYPES = ("utvecklingsplan", "remissvar", "tjansteskrivelse")


def _fill(what: str) -> str:
    return f"[FYLL I: {what}]"


def template(typ: str, kommun: str = "malmo", today: dt.date | None = None) -> str:
    day = today or dt.date.today()
    organ = "Servicenämnden" if typ == "utvecklingsplan" else _fill("nämnd som beslutar")
    data: dict[str, object] = {
        "kommun": kommun,
        "typ": typ,
        "diarienummer": _fill("diarienummer, t.ex. SN-2024-123"),
        "rubrik": _fill("ärendets rubrik"),
        "datum": day,
        "beslutande_organ": organ,
        "sammanfattning": _fill("sammanfattning utan förslag till beslut"),
        "forslag_till_beslut": [_fill("beslutspunkt som kan föras in i protokollet")],
        "beslutsunderlag": [_fill("tjänsteskrivelsen och bilagor")],
        "beslutet_skickas_till": [_fill("mottagare")],
        "arendet": _fill("ärendets bakgrund och bedömning"),
        "handlaggare": {
            "namn": _fill("handläggarens namn"),
            "titel": _fill("titel"),
            "epost": _fill("e-postadress"),
        },
        "beslutsplanering": [
            {"organ": organ, "steg": "arbetsutskott", "datum": day + dt.timedelta(days=14)},
            {"organ": organ, "steg": "sammantrade", "datum": day + dt.timedelta(days=28)},
        ],
    }
    if typ == "utvecklingsplan":
        data["slutligt_beslutande_organ"] = "Kommunstyrelsen"
        data["plan_ar"] = day.year + 1
        data["planperiod_fran"] = day.year + 1
        data["planperiod_till"] = day.year + 4
        data["behovsunderlag"] = _fill("hur förvaltningarnas behov samlats in")
        data["dialogforum"] = ["IT- och digitaliseringskluster"]
        data["poster"] = [
            {
                "namn": _fill("satsningens namn"),
                "it_klass": "gemensam",
                "kostnadsslag": "utveckling",
                "belopp_mnkr": 0.0,
                "finansiering": "kommunbidrag",
                "beslutande_organ": organ,
            }
        ]
    if typ == "remissvar":
        data["remiss"] = {
            "remittent": _fill("den som skickade remissen"),
            "svar_senast": day + dt.timedelta(days=30),
            "fragor": [{"fraga": _fill("remissens fråga"), "svar": _fill("nämndens svar")}],
        }
    header = (
        f"# Mall för {typ} ({kommun}) från govcheck init.\n"
        "# Fyll i alla [FYLL I: …] och kontrollera datumen (de är förslag), granska sedan med:\n"
        "#   govcheck validate <denna fil>\n"
    )
    return header + tomli_w.dumps(data)
