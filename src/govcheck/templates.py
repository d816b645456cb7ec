"""Template drafts for ``govcheck init``: complete drafts whose only problems are the values the
user must fill in, each marked ``[FYLL I: …]`` (which govcheck reports until filled in).

What a municipality fills in for itself (the board that prepares its development plan, the body
that decides it, its dialogue forums) comes from the ``[[init]]`` tables of its profile's
``mallar.toml``; everything else is a placeholder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import tomli_w

from govcheck.i18n import t
from govcheck.registry import load_registry

TYPES = ("utvecklingsplan", "remissvar", "tjansteskrivelse")


def _fill(what: str) -> str:
    return f"[FYLL I: {what}]"


def template(
    typ: str, kommun: str, known: dict[str, object] | None = None, today: dt.date | None = None
) -> str:
    """A draft of ``typ`` for ``kommun``; ``known`` holds the profile's own values."""
    day = today or dt.date.today()
    known = known or {}
    organ = str(known.get("beslutande_organ", _fill("nämnd som beslutar")))
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
        data["slutligt_beslutande_organ"] = known.get(
            "slutligt_beslutande_organ", _fill("organ som slutligt beslutar planen")
        )
        data["plan_ar"] = day.year + 1
        data["planperiod_fran"] = day.year + 1
        data["planperiod_till"] = day.year + 4
        data["behovsunderlag"] = _fill("hur förvaltningarnas behov samlats in")
        data["dialogforum"] = known.get("dialogforum", [_fill("forum för dialog")])
        data["poster"] = [
            {
                "namn": _fill("satsningens namn"),
                "it_klass": "gemensam",
                "kostnadsslag": "utveckling",
                "belopp_mnkr": 0.0,
                "finansiering": "kommunbidrag",
                "inom_ram": True,
                "beslutande_organ": organ,
            }
        ]
    if typ == "remissvar":
        data["remiss"] = {
            "remittent": _fill("den som skickade remissen"),
            "svar_senast": day + dt.timedelta(days=30),
            "fragor": [{"fraga": _fill("remissens fråga"), "svar": _fill("nämndens svar")}],
        }
    header = t("init_header", typ=typ, kommun=kommun)
    return header + tomli_w.dumps(data)


def template_for(typ: str, kommun: str, rules_dirs: list[Path]) -> str:
    """The template with the municipality's own values from its profile (none without one)."""
    registry = load_registry(rules_dirs)
    return template(typ, kommun, registry.init_values(kommun, typ))
