"""User-facing texts of the tool itself, in Swedish (default) and English.

Rule messages carry their own translations in the rule files; this catalogue holds the rest.
"""

from __future__ import annotations

from typing import Any

from govcheck.models import Language

_TEXTS: dict[str, dict[str, str]] = {
    "unknown_key": {
        "sv": "okänd nyckel '{key}'{hint}",
        "en": "unknown key '{key}'{hint}",
    },
    "did_you_mean": {"sv": " (menade du '{guess}'?)", "en": " (did you mean '{guess}'?)"},
    "missing_key": {"sv": "obligatorisk nyckel saknas", "en": "required key is missing"},
    "bad_choice": {
        "sv": "ogiltigt värde {value}; tillåtna värden: {choices}",
        "en": "invalid value {value}; allowed values: {choices}",
    },
    "bad_type": {
        "sv": "fel typ: {value} ska vara {expected}",
        "en": "wrong type: {value} must be {expected}",
    },
    "bad_date_string": {
        "sv": "datum ska skrivas utan citattecken, till exempel 2023-05-30",
        "en": "write dates without quotes, for example 2023-05-30",
    },
    "too_many_digits": {
        "sv": "ett tal har för många siffror",
        "en": "a number has too many digits",
    },
    "too_high": {
        "sv": "värdet är för stort (högst {limit})",
        "en": "value too large (at most {limit})",
    },
    "too_low": {
        "sv": "värdet är för litet (minst {limit})",
        "en": "value too small (at least {limit})",
    },
    "not_finite": {
        "sv": "talet måste vara ändligt (inte inf eller nan)",
        "en": "the number must be finite (not inf or nan)",
    },
    "too_long": {
        "sv": "texten är för lång (högst {limit} tecken)",
        "en": "text too long (at most {limit} characters)",
    },
    "too_many": {
        "sv": "för många poster (högst {limit})",
        "en": "too many entries (at most {limit})",
    },
    "invalid": {"sv": "ogiltigt värde: {detail}", "en": "invalid value: {detail}"},
    "toml_syntax": {"sv": "TOML-fel: {detail}", "en": "TOML syntax error: {detail}"},
    "json_syntax": {"sv": "JSON-fel: {detail}", "en": "JSON syntax error: {detail}"},
    "not_utf8": {
        "sv": "filen är inte UTF-8-kodad text (byte {position})",
        "en": "the file is not UTF-8 text (byte {position})",
    },
    "empty_file": {"sv": "filen är tom", "en": "the file is empty"},
    "too_large": {
        "sv": "filen är för stor ({size} byte; högst {limit})",
        "en": "the file is too large ({size} bytes; at most {limit})",
    },
    "not_a_table": {
        "sv": "utkastet ska vara en tabell med nycklar på översta nivån",
        "en": "the draft must be a table of keys at the top level",
    },
    "unreadable": {"sv": "kan inte läsa filen: {detail}", "en": "cannot read the file: {detail}"},
    "unsupported_format": {
        "sv": "filtypen {suffix} stöds inte (använd .toml eller .json)",
        "en": "file type {suffix} is not supported (use .toml or .json)",
    },
    "no_such_path": {"sv": "finns inte: {path}", "en": "does not exist: {path}"},
    "no_drafts": {"sv": "inga utkast hittades i {path}", "en": "no drafts found in {path}"},
    "too_deep": {
        "sv": "utkastet är nästlat för djupt (högst {limit} nivåer)",
        "en": "the draft is nested too deeply (at most {limit} levels)",
    },
    "type_str": {"sv": "text", "en": "text"},
    "type_int": {"sv": "ett heltal", "en": "a whole number"},
    "type_float": {"sv": "ett tal", "en": "a number"},
    "type_bool": {"sv": "true eller false", "en": "true or false"},
    "type_date": {"sv": "ett datum (ÅÅÅÅ-MM-DD)", "en": "a date (YYYY-MM-DD)"},
    "type_list": {"sv": "en lista", "en": "a list"},
    "type_table": {"sv": "en tabell", "en": "a table"},
    "summary": {
        "sv": "{files} utkast granskade: {fel} fel, {varning} varningar, {info} info, "
        "{problems} indatafel",
        "en": "{files} drafts checked: {fel} errors, {varning} warnings, {info} info, "
        "{problems} input errors",
    },
    "waived": {"sv": "undantag", "en": "waived"},
    "waived_by": {
        "sv": "Undantag godkänt av {by} ({decision}), gäller till {until}: {reason}",
        "en": "Waiver approved by {by} ({decision}), valid until {until}: {reason}",
    },
    "summary_waived": {"sv": " ({waived} med undantag)", "en": " ({waived} waived)"},
    "no_findings": {"sv": "inga anmärkningar", "en": "no findings"},
    "no_profile": {
        "sv": "govcheck har ingen profil för kommunen '{kommun}': bara de gemensamma reglerna och "
        "textkontrollerna har tillämpats, inga andra kommuners regler.",
        "en": "govcheck has no profile for the municipality '{kommun}': only the common rules and "
        "the text checks were applied, no other municipality's rules.",
    },
    "no_rules_in_force": {
        "sv": "Inga regler i regelpaketet '{pack}' gäller per {date}; utkastet har inte granskats "
        "mot dem.",
        "en": "No rules of the pack '{pack}' are in force on {date}; the draft was not checked "
        "against them.",
    },
}


def t(message_id: str, lang: Language = "sv", /, **values: Any) -> str:
    return _TEXTS[message_id][lang].format(**values)
