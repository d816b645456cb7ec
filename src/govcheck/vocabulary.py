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
        # issue 14: facts for rules that speak with their source's authority
        "sista_steg": "str",
        "stadsovergripande": "bool",
        "plan_ar_efter_datum": "int",
        "galler_digitalisering": "bool",
        "antal_namnder_utan_remiss": "int",
        "namnder_utan_remiss": "str",
        "kf_arende_berett_av_namnd": "bool",
        "kf_arende_styrelsen_med": "bool",
        "beslut_pa_delegation": "bool",
        "delegat_tillaten_enligt_lag": "bool",
        "delegerande_organ": "str",
        "delegerande_organ_id": "str",
        "delegation_i_delegationsordning": "bool",
        "anmals_till_organ": "str",
        "delegationsbeslut_anmals": "bool",
        "ej_delegerbart_mal_inriktning": "bool",
        "ej_delegerbart_till_fullmaktige": "bool",
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
        "avvikelse": "str",
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
        "som_gallande": "bool",
        "gallde_till": "date",
        "ersatt": "bool",
        "ersatt_fran": "date",
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
        "avrundning_tkr": "int",
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


# --- How conditions read in the rulebook (issue 14: "each rule's condition in plain Swedish") ---

#: A value field as a noun phrase: "{words} saknas", "{words} är …".
FIELD_WORDS: dict[str, str] = {
    "kommun": "kommunen",
    "typ": "ärendetypen",
    "per_datum": "dagen ärendet bedöms per",
    "datum": "ärendets datum",
    "diarienummer": "diarienumret",
    "rubrik": "rubriken",
    "handlaggare_namn": "handläggarens namn",
    "handlaggare_titel": "handläggarens titel",
    "handlaggare_epost": "handläggarens e-postadress",
    "handlaggare_telefon": "handläggarens telefonnummer",
    "beslutande_organ": "det beslutande organet",
    "beslutande_organ_id": "det beslutande organet",
    "beslutande_organ_typ": "det beslutande organets slag",
    "beslutande_organ_forslag": "ett känt namn som liknar det beslutande organets",
    "slutligt_beslutande_organ_id": "det organ som slutligt beslutar",
    "slutligt_beslutande_organ_typ": "slaget av det organ som slutligt beslutar",
    "beredande_namnd_id": "den nämnd som har berett ärendet",
    "sammanfattning": "sammanfattningen",
    "arendet": "ärendebeskrivningen",
    "forvaltningens_bedomning": "förvaltningens bedömning",
    "bedomning_ekonomisk": "bedömningen ur ekonomisk dimension",
    "bedomning_ekologisk": "bedömningen ur ekologisk dimension",
    "bedomning_social": "bedömningen ur social dimension",
    "behovsunderlag": "redovisningen av hur förvaltningarnas behov samlats in",
    "facklig_samverkan": "uppgiften om förhandling med eller information till de fackliga",
    "antal_beslutspunkter": "antalet punkter i förslaget till beslut",
    "antal_steg": "antalet steg i beslutsplaneringen",
    "antal_mottagare": "antalet mottagare av beslutet",
    "antal_dialogforum": "antalet angivna forum för dialog",
    "antal_mal": "antalet mål",
    "antal_mal_utan_indikator": "antalet mål utan indikator",
    "antal_aktiviteter": "antalet aktiviteter",
    "antal_aktiviteter_utan_ansvarig": "antalet aktiviteter utan ansvarig",
    "antal_aktiviteter_utan_tidpunkt": "antalet aktiviteter utan tidpunkt",
    "antal_platshallare": "antalet mallfält som står kvar",
    "antal_bilagor_utanfor_underlag": "antalet bifogade handlingar som saknas i beslutsunderlaget",
    "antal_dokument_med_olika_beslut": "antalet styrande dokument som citeras med olika beslut",
    "antal_motstridiga_milstolpar": "antalet milstolpar med olika datum",
    "antal_forsenade_uppdrag_utan_avvikelse": "antalet försenade uppdrag utan angiven avvikelse",
    "antal_namnder_utan_remiss": "antalet nämnder i kommunens organisation som inte fått remissen",
    "antal_felstavade_organ": "antalet namn i texten som liknar men inte är namn i kommunens "
    "organisation",
    "antal_organ_med_olika_namn": "antalet organ som benämns på olika sätt i beslutspunkterna",
    "plan_ar_efter_datum": "antalet år från ärendets datum till planåret",
    "planperiod_ar": "planperiodens längd i år",
    "remittent": "uppgiften om vem som skickade remissen",
    "svar_senast": "sista svarsdag",
    "sista_steg_datum": "datumet för beslutsplaneringens sista steg",
    "stadsovergripande": "uppgiften om dokumentet är stadsövergripande",
    "delegation_i_delegationsordning": "uppgiften om en delegationsordning",
    "ej_delegerbart_mal_inriktning": "uppgiften om ärendet gäller verksamhetens mål",
    "ej_delegerbart_till_fullmaktige": "uppgiften om ärendet är ett yttrande till fullmäktige",
    # plan items
    "namn": "postens namn",
    "it_klass": "postens IT-klass",
    "omrade": "postens område",
    "kostnadsslag": "postens kostnadsslag",
    "belopp_mnkr": "postens belopp",
    "finansiering": "postens finansiering",
    "inom_ram": "uppgiften om posten ryms inom ramen",
    "askande": "hänvisningen till ett äskande i budgetskrivelsen",
    "avvikelse": "ett angivet undantag från finansieringsmodellen",
    "informationsagare": "informationsägaren",
    "riskbedomning": "bedömningen av säkerhet och risker",
    "nyttouppfoljning": "uppgiften om hur nyttorna följs upp",
    "antal_forvantade_nyttor": "antalet förväntade nyttor",
    # steps, documents, totals
    "organ_id": "stegets organ eller förvaltning enligt kommunens organisation",
    "organ_forslag": "ett känt namn som liknar stegets",
    "dokument_id": "det citerade dokumentet",
    "avvikelse_tkr": "skillnaden mellan summan och posterna (tkr)",
    "avrundning_tkr": "avrundningen i de ungefärliga beloppen (tkr)",
    "antal_okanda_poster": "antalet poster i summan som inte finns i planen",
}

#: A yes/no field: what it says when true, and when false.
BOOL_WORDS: dict[str, tuple[str, str]] = {
    "kommun_har_profil": ("kommunen har en profil i govcheck", "kommunen saknar profil"),
    "diarienummer_format_ok": (
        "diarienumret har en form som kommunen använde på ärendets datum",
        "diarienumret har inte en form som kommunen använde på ärendets datum",
    ),
    "diarienummer_prefix_stammer": (
        "diarienumrets prefix hör till det beslutande organet eller dess förvaltning",
        "diarienumrets prefix hör till ett annat organ än det beslutande",
    ),
    "organisationsforandring": (
        "ärendet gäller en organisationsförändring",
        "ärendet gäller ingen organisationsförändring",
    ),
    "beslutsplanering_datum_stigande": (
        "beslutsplaneringens datum ökar från steg till steg",
        "beslutsplaneringens datum ökar inte från steg till steg",
    ),
    "beslutsplanering_ordning_korrekt": (
        "beslutsplaneringens steg följer ordningen ärendeberedning, ordförandeberedning, "
        "arbetsutskott, sammanträde",
        "beslutsplaneringens steg följer inte ordningen ärendeberedning, ordförandeberedning, "
        "arbetsutskott, sammanträde",
    ),
    "sista_steg_ar_beslutande": (
        "beslutsplaneringen slutar med sammanträdet där det beslutande organet beslutar",
        "beslutsplaneringen slutar inte med sammanträdet där det beslutande organet beslutar",
    ),
    "har_arbetsutskott_for_beslutande": (
        "beslutsplaneringen har det beslutande organets arbetsutskott",
        "beslutsplaneringen saknar det beslutande organets arbetsutskott",
    ),
    "mottagare_inkluderar_remittent": (
        "beslutet skickas till den som skickade remissen eller dess förvaltning",
        "beslutet skickas varken till den som skickade remissen eller till dess förvaltning",
    ),
    "innehaller_fasta_regler": (
        "texten formulerar fasta regler (till exempel ”får inte”, ”måste alltid”)",
        "texten formulerar inga fasta regler",
    ),
    "epost_matchar_handlaggare": (
        "e-postadressen hör ihop med handläggarens namn",
        "e-postadressen hör inte ihop med handläggarens namn",
    ),
    "epost_doman_ok": (
        "e-postadressen ligger under kommunens domän",
        "e-postadressen ligger inte under kommunens domän",
    ),
    "stadsovergripande": (
        "dokumentet är stadsövergripande",
        "dokumentet är inte stadsövergripande",
    ),
    "galler_digitalisering": (
        "ärendet gäller IT eller digitalisering (enligt rubrik eller sammanfattning)",
        "ärendet gäller inte IT eller digitalisering",
    ),
    "kf_arende_berett_av_namnd": (
        "utkastet visar en nämnd som har berett ärendet",
        "utkastet visar ingen nämnd som har berett ärendet",
    ),
    "kf_arende_styrelsen_med": (
        "styrelsen finns med bland de organ som behandlar ärendet",
        "styrelsen finns inte med bland de organ som behandlar ärendet",
    ),
    "beslut_pa_delegation": (
        "beslutet fattas av någon annan än nämnden själv (på delegation)",
        "nämnden beslutar själv",
    ),
    "delegat_tillaten_enligt_lag": (
        "den som beslutar är ett utskott eller en anställd, som lagen tillåter att nämnden "
        "delegerar till",
        "den som beslutar är en grupp, som lagen inte tillåter att nämnden delegerar till",
    ),
    "delegation_i_delegationsordning": (
        "kommunprofilens delegationsordning ger den som beslutar beslutanderätten",
        "kommunprofilen visar ingen delegationsordning som ger den som beslutar beslutanderätten",
    ),
    "delegationsbeslut_anmals": (
        "utkastet anger att beslutet anmäls till nämnden",
        "utkastet anger inte att beslutet anmäls till nämnden",
    ),
    "ej_delegerbart_mal_inriktning": (
        "ärendet gäller verksamhetens mål eller inriktning (ett styrande dokument)",
        "ärendet gäller inte verksamhetens mål eller inriktning",
    ),
    "ej_delegerbart_till_fullmaktige": (
        "ärendet är en framställning eller ett yttrande till fullmäktige",
        "ärendet är ingen framställning eller inget yttrande till fullmäktige",
    ),
    # plan items
    "inom_ram": (
        "posten ryms inom den befintliga ramen",
        "posten ligger utanför den befintliga ramen",
    ),
    "samplanerad_med_ledningskontoret": (
        "posten samplaneras med ledningskontoret (t.ex. stadskontoret)",
        "posten samplaneras inte med ledningskontoret (t.ex. stadskontoret)",
    ),
    "samplanerad_med_arkivet": (
        "posten samplaneras med arkivet (t.ex. stadsarkivet)",
        "posten samplaneras inte med arkivet (t.ex. stadsarkivet)",
    ),
    "namner_systemforvaltning": (
        "posten använder ordet systemförvaltning",
        "posten använder inte ordet systemförvaltning",
    ),
    "medborgarnara": (
        "posten gäller medborgarnära tjänster",
        "posten gäller inte medborgarnära tjänster",
    ),
    "finansieras_av_annan_namnd": (
        "en nämnd lägger postens kostnad på en annan nämnd",
        "den beslutande nämnden bär själv postens kostnad",
    ),
    "galler_ai": (
        "posten gäller artificiell intelligens",
        "posten gäller inte artificiell intelligens",
    ),
    # documents, totals
    "kant": ("dokumentet finns i kommunens dokumentförteckning", "dokumentet är okänt"),
    "upphort": ("dokumentet har upphört att gälla", "dokumentet gäller"),
    "ersatt": (
        "ett annat dokument har antagits för att ersätta dokumentet",
        "inget annat dokument har antagits för att ersätta dokumentet",
    ),
    "som_gallande": (
        "utkastet hänvisar till dokumentet som gällande",
        "utkastet nämner dokumentet bara historiskt",
    ),
    "beslut_stammer": (
        "dokumentet citeras med det beslut som antog det",
        "dokumentet citeras med ett annat beslut än det som antog det",
    ),
    "ca": ("beloppen är ungefärliga (”ca”)", "beloppen är exakta"),
}

#: Values as they read in a sentence ("är fullmäktige", "är drift").
VALUE_WORDS: dict[str, str] = {
    "fullmaktige": "fullmäktige",
    "styrelse": "en styrelse",
    "namnd": "en nämnd",
    "utskott": "ett utskott",
    "forvaltning": "en förvaltning",
    "grupp": "en grupp",
    "okand": "okänt (inte i kommunens organisation)",
    "utveckling": "utveckling",
    "kostnadsslag:forvaltning": "förvaltning",
    "drift": "drift",
    "tillampning": "tillämpning",
    "effekthemtagning": "effekthemtagning",
    "kommunbidrag": "kommunbidrag",
    "respektive_namnd": "respektive nämnd",
    "solidarisk": "solidarisk finansiering",
    "gemensam": "gemensam IT",
    "domanspecifik": "domänspecifik IT",
    "lokal": "lokal IT",
    "remissvar": "remissvar",
    "it-säkerhet": "IT-säkerhet",
}
