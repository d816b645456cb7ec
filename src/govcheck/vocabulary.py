"""What a rule may test: the vocabulary of derived facts, at the bottom of the layers.

Rule loading checks every condition against ``FACT_SCHEMA`` (a rule naming an unknown field
fails to load instead of silently never firing) without importing the draft reader; ``facts``
computes the values. Dates are carried as integers ``YYYYMMDD`` because the engine compares
numbers, not dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

FieldType = Literal["str", "int", "float", "bool", "date"]
ObjectKind = Literal["arende", "post", "steg", "dokument", "summa"]
Scalar = str | int | float | bool

_COMMON: dict[str, FieldType] = {
    "kommun": "str",
    "typ": "str",
    "per_datum": "date",
    "kommun_har_profil": "bool",
}

#: Every field a rule may test, per object kind, with its type. A rule naming a field that is
#: not here fails to load.
FACT_SCHEMA: dict[ObjectKind, dict[str, FieldType]] = {
    "arende": {
        **_COMMON,
        "datum": "date",
        "diarienummer": "str",
        "diarienummer_format_ok": "bool",
        "diarienummer_prefix_stammer": "bool",
        "diarienummer_prefix_organ": "str",
        "rubrik": "str",
        "handlaggare_namn": "str",
        "handlaggare_titel": "str",
        "handlaggare_epost": "str",
        "handlaggare_telefon": "str",
        "beslutande_organ": "str",
        "beslutande_organ_id": "str",
        "beslutande_organ_typ": "str",
        "beslutande_organ_forslag": "str",
        "slutligt_beslutande_organ": "str",
        "slutligt_beslutande_organ_id": "str",
        "slutligt_beslutande_organ_typ": "str",
        "beredande_namnd": "str",
        "beredande_namnd_id": "str",
        "sammanfattning": "str",
        "arendet": "str",
        "beskrivning_av_arendet": "str",
        "forvaltningens_bedomning": "str",
        "bedomning_ekonomisk": "str",
        "bedomning_ekologisk": "str",
        "bedomning_social": "str",
        "behovsunderlag": "str",
        "facklig_samverkan": "str",
        "organisationsforandring": "bool",
        "antal_beslutspunkter": "int",
        "antal_beslutsunderlag": "int",
        "antal_steg": "int",
        "antal_mottagare": "int",
        "antal_ansvariga": "int",
        "antal_poster": "int",
        "antal_remissinstanser": "int",
        "antal_dialogforum": "int",
        "beslutsplanering_datum_stigande": "bool",
        "beslutsplanering_ordning_korrekt": "bool",
        "sista_steg_organ": "str",
        "sista_steg_ar_beslutande": "bool",
        "sista_steg_datum": "date",
        "har_arbetsutskott_for_beslutande": "bool",
        "remittent": "str",
        "svar_senast": "date",
        "mottagare_inkluderar_remittent": "bool",
        "plan_ar": "int",
        "planperiod_ar": "int",
        "antal_motstridiga_milstolpar": "int",
        "motstridiga_milstolpar": "str",
        "antal_forsenade_uppdrag_utan_avvikelse": "int",
        "forsenade_uppdrag": "str",
        "antal_mal": "int",
        "antal_mal_utan_indikator": "int",
        "antal_aktiviteter": "int",
        "antal_aktiviteter_utan_ansvarig": "int",
        "antal_aktiviteter_utan_tidpunkt": "int",
        "omfang_sidor": "int",
        "innehaller_fasta_regler": "bool",
        "antal_dokument_med_olika_beslut": "int",
        "dokument_med_olika_beslut": "str",
        "epost_matchar_handlaggare": "bool",
        "epost_doman": "str",
        "epost_doman_ok": "bool",
        "epost_forvantad_doman": "str",
        "antal_platshallare": "int",
        # Whole-text checks of a document (documents/textchecks.py): body names misspelt
        # anywhere, decision points out of sequence, one body named two ways in the points.
        "antal_felstavade_organ": "int",
        "felstavade_organ": "str",
        "beslutspunkter_i_foljd": "bool",
        "beslutspunkter_numrering": "str",
        "antal_organ_med_olika_namn": "int",
        "organ_med_olika_namn": "str",
        "platshallare": "str",
        "antal_bilagor_utanfor_underlag": "int",
        "bilagor_utanfor_underlag": "str",
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
        "samplanerad_med_ledningskontoret": "bool",
        "samplanerad_med_arkivet": "bool",
        "namner_systemforvaltning": "bool",
        "medborgarnara": "bool",
        "andrar_kf_fragor": "bool",
        "beslutande_organ": "str",
        "beslutande_organ_id": "str",
        "beslutande_organ_typ": "str",
        "finansieras_av": "str",
        "finansieras_av_annan_namnd": "bool",
        "antal_forvantade_nyttor": "int",
        "nyttouppfoljning": "str",
        "galler_ai": "bool",
        "riskbedomning": "str",
        "informationsagare": "str",
    },
    "steg": {
        **_COMMON,
        "organ": "str",
        "organ_id": "str",
        "organ_forslag": "str",
        "steg": "str",
        "datum": "date",
        "nummer": "int",
    },
    "dokument": {
        **_COMMON,
        "titel": "str",
        "dokument_id": "str",
        "kant": "bool",
        "upphort": "bool",
        "upphor": "date",
        "ersatt_av": "str",
        "beslut": "str",
        "registrerat_beslut": "str",
        "beslut_stammer": "bool",
    },
    "summa": {
        **_COMMON,
        "rubrik": "str",
        "belopp_mnkr": "float",
        "summa_poster_mnkr": "float",
        "avvikelse_tkr": "int",
        "avvikelse_procent": "float",
        "ca": "bool",
        "antal_okanda_poster": "int",
    },
}

FIELD_DOCS: dict[str, str] = {
    "per_datum": "dagen ärendet bedöms per (ärendets datum, eller --per)",
    "kommun_har_profil": "govcheck har en profil (organregister, format) för ärendets kommun",
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
    "samplanerad_med_ledningskontoret": "posten samplaneras med ledningskontoret (det kontor "
    "som tjänar kommunstyrelsen, t.ex. stadskontoret)",
    "samplanerad_med_arkivet": "posten samplaneras med kommunens arkiv (t.ex. stadsarkivet)",
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


def date_int(value: dt.date) -> int:
    return value.year * 10000 + value.month * 100 + value.day


def int_date(value: int) -> str:
    return f"{value // 10000:04d}-{value // 100 % 100:02d}-{value % 100:02d}"
