"""Every user-facing text of the tool itself, in Swedish (default) and English, from one place:
messages, report headings and labels, command-line help, and the errors of pydantic, of the
operating system and of click as govcheck shows them.

Rule messages carry their own translations in the rule files; this catalogue holds the rest.
``t(id, lang)`` gives one text; without a language it uses the run's language, which the
command line sets once (``set_language``) from ``--lang``, ``GOVCHECK_LANG`` or the config.
"""

from __future__ import annotations

import errno
from typing import Any

from govcheck.models import Language

LANGUAGES: tuple[Language, ...] = ("sv", "en")
_CURRENT: list[Language] = ["sv"]


def set_language(lang: Language) -> None:
    _CURRENT[0] = lang


def current_language() -> Language:
    return _CURRENT[0]


_TEXTS: dict[str, dict[str, str]] = {
    # --- reading drafts --------------------------------------------------------------------
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
    "too_short": {
        "sv": "texten är för kort (minst {limit} tecken)",
        "en": "text too short (at least {limit} characters)",
    },
    "too_many": {
        "sv": "för många poster (högst {limit})",
        "en": "too many entries (at most {limit})",
    },
    "bad_pattern": {
        "sv": "ogiltigt värde {value}: det har inte formen som krävs",
        "en": "invalid value {value}: it does not have the required form",
    },
    "invalid": {"sv": "ogiltigt värde: {detail}", "en": "invalid value: {detail}"},
    "toml_syntax": {"sv": "TOML-fel: {detail}", "en": "TOML syntax error: {detail}"},
    "json_syntax": {"sv": "JSON-fel: {detail}", "en": "JSON syntax error: {detail}"},
    "not_utf8": {
        "sv": "filen är inte UTF-8-kodad text (byte {position})",
        "en": "the file is not UTF-8 text (byte {position})",
    },
    "empty_file": {"sv": "filen är tom", "en": "the file is empty"},
    "doc_type_unsupported": {
        "sv": "filtypen {suffix} stöds inte",
        "en": "the file type {suffix} is not supported",
    },
    "doc_binary": {"sv": "filen är binär, inte text", "en": "the file is binary, not text"},
    "docx_not_zip": {
        "sv": "Word-filen är skadad (inte ett giltigt .docx-arkiv)",
        "en": "the Word file is damaged (not a valid .docx archive)",
    },
    "docx_zip_bomb": {
        "sv": "Word-filen packas upp till orimligt mycket data (möjlig zip-bomb); den öppnas inte",
        "en": "the Word file unpacks to an unreasonable amount of data (a possible zip bomb); "
        "it is not opened",
    },
    "docx_no_body": {
        "sv": "Word-filen saknar dokumentinnehåll (word/document.xml)",
        "en": "the Word file has no document content (word/document.xml)",
    },
    "docx_entities": {
        "sv": "Word-filen deklarerar XML-entiteter; den öppnas inte",
        "en": "the Word file declares XML entities; it is not opened",
    },
    "docx_unreadable": {
        "sv": "Word-filen är skadad eller byggd på ett sätt som inte går att läsa ({detail}); "
        "öppna den i Word och spara den igen",
        "en": "the Word file is damaged or built in a way that cannot be read ({detail}); open "
        "it in Word and save it again",
    },
    "pdf_encrypted": {
        "sv": "PDF-filen är krypterad; spara en okrypterad version",
        "en": "the PDF file is encrypted; save an unencrypted version",
    },
    "pdf_too_many_pages": {
        "sv": "PDF-filen har fler än {limit} sidor",
        "en": "the PDF file has more than {limit} pages",
    },
    "pdf_broken": {
        "sv": "PDF-filen är trasig eller ofullständig och kan inte läsas",
        "en": "the PDF file is damaged or incomplete and cannot be read",
    },
    "pdf_broken_detail": {
        "sv": "PDF-filen är trasig och kan inte läsas ({detail})",
        "en": "the PDF file is damaged and cannot be read ({detail})",
    },
    "pdf_no_text": {
        "sv": "PDF-filen innehåller ingen text (skannad bild?)",
        "en": "the PDF file holds no text (a scanned image?)",
    },
    "doc_no_text": {"sv": "dokumentet innehåller ingen text", "en": "the document holds no text"},
    "doc_not_understood": {
        "sv": "dokumentet kunde inte tolkas",
        "en": "the document could not be understood",
    },
    "doc_not_understood_detail": {
        "sv": "dokumentet kunde inte tolkas: {detail}",
        "en": "the document could not be understood: {detail}",
    },
    "batch_output_jsonl": {
        "sv": "utdata för batch ska vara en .jsonl-fil",
        "en": "the output of batch must be a .jsonl file",
    },
    "batch_output_not_regular": {
        "sv": "utdata ska vara en vanlig fil (inte en länk eller en enhet)",
        "en": "an output must be a regular file (not a link or a device)",
    },
    "init_header": {
        "sv": "# Mall för {typ} ({kommun}) från govcheck init.\n"
        "# Fyll i alla [FYLL I: …] och kontrollera datumen (de är förslag), granska sedan med:\n"
        "#   govcheck validate <denna fil>\n",
        "en": "# Template for {typ} ({kommun}) from govcheck init.\n"
        "# Fill in every [FYLL I: …] and check the dates (they are suggestions), then check "
        "with:\n#   govcheck validate <this file>\n",
    },
    "extract_header": {
        "sv": "# Utkast utläst ur {name} av govcheck extract.\n"
        "# Kontrollera och rätta värdena, och granska sedan med: govcheck validate <denna fil>",
        "en": "# Draft read from {name} by govcheck extract.\n"
        "# Check and correct the values, then check with: govcheck validate <this file>",
    },
    "extract_inferred_date": {
        "sv": "# Datum står inte i dokumentet; härlett ur texten: {date}",
        "en": "# The document states no date; inferred from its text: {date}",
    },
    "extract_unread": {
        "sv": "# Kunde inte läsas ut (fyll i för hand):",
        "en": "# Could not be read (fill in by hand):",
    },
    "document_text_too_long": {
        "sv": "dokumentet har för mycket text för ett ärende (mer än {limit} tecken, omkring "
        "120 sidor): granska ärendet utan bilagor, eller en bilaga i taget",
        "en": "the document holds too much text for one case (more than {limit} characters, "
        "about 120 pages): check the case without its appendices, or one at a time",
    },
    "too_large": {
        "sv": "filen är för stor ({size} byte; högst {limit})",
        "en": "the file is too large ({size} bytes; at most {limit})",
    },
    "not_a_table": {
        "sv": "ska vara en tabell med nycklar",
        "en": "must be a table of keys",
    },
    "draft_not_a_table": {
        "sv": "utkastet ska vara en tabell med nycklar på översta nivån",
        "en": "the draft must be a table of keys at the top level",
    },
    "unreadable": {"sv": "kan inte läsa filen: {detail}", "en": "cannot read the file: {detail}"},
    "unsupported_format": {
        "sv": "filtypen {suffix} stöds inte (använd .toml, .json, .txt, .md, .docx eller .pdf)",
        "en": "file type {suffix} is not supported (use .toml, .json, .txt, .md, .docx or .pdf)",
    },
    "no_suffix": {"sv": "(ingen)", "en": "(none)"},
    "no_such_path": {"sv": "finns inte: {path}", "en": "does not exist: {path}"},
    "no_drafts": {"sv": "inga utkast hittades i {path}", "en": "no drafts found in {path}"},
    "too_deep": {
        "sv": "utkastet är nästlat för djupt (högst {limit} nivåer)",
        "en": "the draft is nested too deeply (at most {limit} levels)",
    },
    "too_deep_file": {
        "sv": "TOML-fel: filen är nästlad för djupt",
        "en": "TOML syntax error: the file is nested too deeply",
    },
    "type_str": {"sv": "text", "en": "text"},
    "type_int": {"sv": "ett heltal", "en": "a whole number"},
    "type_float": {"sv": "ett tal", "en": "a number"},
    "type_bool": {"sv": "true eller false", "en": "true or false"},
    "type_date": {"sv": "ett datum (ÅÅÅÅ-MM-DD)", "en": "a date (YYYY-MM-DD)"},
    "type_list": {"sv": "en lista", "en": "a list"},
    "type_table": {"sv": "en tabell", "en": "a table"},
    # --- documents ----------------------------------------------------------------------------
    "docx_broken_member": {
        "sv": "Word-filen är skadad (ett paket i den kan inte packas upp)",
        "en": "the Word file is damaged (a part of it cannot be unpacked)",
    },
    "docx_table_too_wide": {
        "sv": "Word-filen har en tabell bredare än {limit} kolumner; den öppnas inte",
        "en": "the Word file has a table wider than {limit} columns; it is not opened",
    },
    "pdf_too_complex": {
        "sv": "PDF-filens sidor kräver orimligt mycket arbete i förhållande till filens storlek "
        "(sidor som upprepar samma stora innehåll?); den läses inte",
        "en": "the PDF's pages ask for far more work than the file's size explains (pages "
        "repeating one large content?); it is not read",
    },
    # --- files ------------------------------------------------------------------------------
    "is_a_folder": {"sv": "är en mapp, inte en fil", "en": "is a folder, not a file"},
    "no_such_file": {"sv": "filen finns inte", "en": "the file does not exist"},
    "dangling_link": {
        "sv": "är en symbolisk länk till något som inte finns",
        "en": "is a symbolic link to something that does not exist",
    },
    "not_a_regular_file": {
        "sv": "är ingen vanlig fil (en FIFO, en enhet eller en socket läses inte)",
        "en": "is not a regular file (a FIFO, a device or a socket is not read)",
    },
    "output_is_folder": {
        "sv": "{file}: är en mapp; ange en fil för rapporten",
        "en": "{file}: is a folder; give a file for the report",
    },
    "output_is_link": {
        "sv": "{file}: är en symbolisk länk; govcheck skriver aldrig genom en länk",
        "en": "{file}: is a symbolic link; govcheck never writes through a link",
    },
    "output_not_regular": {
        "sv": "{file}: är ingen vanlig fil (en enhet eller FIFO); govcheck skriver inte dit",
        "en": "{file}: is not a regular file (a device or a FIFO); govcheck does not write there",
    },
    "output_is_input": {
        "sv": "{file}: är en fil som govcheck läser i den här körningen; välj en annan fil",
        "en": "{file}: is a file govcheck reads in this run; choose another file",
    },
    "output_exists": {
        "sv": "{file}: finns redan; ange --force för att skriva över den",
        "en": "{file}: already exists; give --force to overwrite it",
    },
    "cannot_write": {
        "sv": "{file}: kan inte skriva filen: {detail}",
        "en": "{file}: cannot write the file: {detail}",
    },
    "cannot_create_folder": {
        "sv": "{folder}: kan inte skapa mappen: {detail}",
        "en": "{folder}: cannot create the folder: {detail}",
    },
    "wrote": {"sv": "skrev {file}", "en": "wrote {file}"},
    "serve_exposed": {
        "sv": "govcheck: obs: sidan nås från nätverket på {host}:{port} och har ingen inloggning",
        "en": "govcheck: note: the page is reachable from the network on {host}:{port} and has "
        "no login",
    },
    # --- configuration ----------------------------------------------------------------------
    "config_line": {"sv": "{file}: [{key}] ", "en": "{file}: [{key}] "},
    "unknown_setting": {"sv": "okänd inställning{hint}", "en": "unknown setting{hint}"},
    "not_a_rule_folder": {
        "sv": "regelkatalogen {folder} finns inte eller är ingen mapp",
        "en": "the rule directory {folder} does not exist or is not a folder",
    },
    "no_rules_in_folder": {
        "sv": "regelkatalogen innehåller inga regler",
        "en": "the rule directory holds no rules",
    },
    "selection_matches_nothing": {
        "sv": "{where}: mönstret '{pattern}' i {option} matchar ingen regel",
        "en": "{where}: the pattern '{pattern}' in {option} matches no rule",
    },
    "selection_empty": {
        "sv": "{where}: urvalet (select, exclude) lämnar ingen regel att granska mot",
        "en": "{where}: the selection (select, exclude) leaves no rule to check against",
    },
    "source_default": {"sv": "standard", "en": "default"},
    "source_command_line": {"sv": "kommandorad", "en": "command line"},
    "the_command_line": {"sv": "kommandoraden", "en": "the command line"},
    "config_file_label": {"sv": "konfigurationsfil", "en": "configuration file"},
    "none": {"sv": "(ingen)", "en": "(none)"},
    "not_set": {"sv": "ej satt", "en": "not set"},
    # --- command line -----------------------------------------------------------------------
    "not_a_date": {
        "sv": "'{value}' är inget datum på formen ÅÅÅÅ-MM-DD",
        "en": "'{value}' is not a date of the form YYYY-MM-DD",
    },
    "not_a_severity": {
        "sv": "'{value}' är ingen allvarlighetsgrad; välj fel, varning eller info",
        "en": "'{value}' is not a severity; choose error, warning or info",
    },
    "not_a_kommun": {
        "sv": "'{value}' är inget kommun-id (små bokstäver, siffror och bindestreck)",
        "en": "'{value}' is not a municipality id (lower-case letters, digits and hyphens)",
    },
    "two_outputs_for_one_format": {
        "sv": "--format {fmt} har två --output; ge varje rapport en egen --format",
        "en": "--format {fmt} has two --output; give each report its own --format",
    },
    "several_to_stdout": {
        "sv": "{formats} skulle alla skrivas till standard ut; ge alla utom en en --output",
        "en": "{formats} would all go to standard output; give all but one an --output",
    },
    "same_output_twice": {
        "sv": "{file}: två rapporter skulle skrivas till samma fil",
        "en": "{file}: two reports would be written to the same file",
    },
    "interrupted": {"sv": "avbrutet", "en": "interrupted"},
    "internal_error": {
        "sv": "internt fel (en bugg i govcheck): {detail}",
        "en": "internal error (a bug in govcheck): {detail}",
    },
    "no_rule_with_id": {
        "sv": "ingen regel eller fråga med id {rule_id}",
        "en": "no rule or question with the id {rule_id}",
    },
    "progress": {"sv": "granskar", "en": "checking"},
    "github_cut": {
        "sv": "govcheck: {count} anmärkningar av slaget {level}; GitHub visar bara {limit} per "
        "steg. Hela rapporten finns i jobbets sammanfattning och i SARIF-rapporten.",
        "en": "govcheck: {count} findings of level {level}; GitHub shows only {limit} per step. "
        "The whole report is in the job summary and in the SARIF report.",
    },
    "summary_cut": {
        "sv": "*Rapporten är avkortad: jobbets sammanfattning rymmer högst 1 MiB.*",
        "en": "*The report is cut short: a job summary holds at most 1 MiB.*",
    },
    # --- waivers and baseline -----------------------------------------------------------------
    "waiver_invalid": {
        "sv": "Undantaget för {rule} är ogiltigt och tillämpas inte: {missing} saknas.",
        "en": "The waiver for {rule} is invalid and not applied: {missing} missing.",
    },
    "waiver_expired": {
        "sv": "Undantaget för {rule} gällde till {date} och tillämpas inte längre.",
        "en": "The waiver for {rule} was valid until {date} and no longer applies.",
    },
    "waiver_unused": {
        "sv": "Undantaget för {rule} matchar ingen anmärkning och kan tas bort.",
        "en": "The waiver for {rule} matches no finding and can be removed.",
    },
    "waiver_field_motivering": {"sv": "motivering", "en": "justification"},
    "waiver_field_godkand_av": {"sv": "vem som godkänt det", "en": "approver"},
    "waiver_field_beslut": {"sv": "beslut (diarienummer)", "en": "decision (case number)"},
    "waiver_field_galler_till": {"sv": "sista giltighetsdag", "en": "expiry date"},
    "baseline_bad": {
        "sv": "{file}: ingen baslinje från govcheck ({detail})",
        "en": "{file}: not a govcheck baseline ({detail})",
    },
    "baseline_written": {
        "sv": "skrev baslinjen {file} med {count} anmärkningar",
        "en": "wrote the baseline {file} with {count} findings",
    },
    "known": {"sv": "känd", "en": "known"},
    "summary_known": {
        "sv": " ({known} kända från baslinjen)",
        "en": " ({known} known from the baseline)",
    },
    # --- reports ------------------------------------------------------------------------------
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
    # --- what the reader made of a document's fields -----------------------------------------
    "reading_head": {"sv": "Ur dokumentet", "en": "From the document"},
    "reading_read": {"sv": "{count} fält lästa", "en": "{count} fields read"},
    "reading_absent": {"sv": "står inte i dokumentet", "en": "not in the document"},
    "reading_unreadable": {"sv": "kunde inte tolkas", "en": "not understood"},
    "reading_inferred": {"sv": "härlett ur texten", "en": "inferred from the text"},
    "field_kommun": {"sv": "kommun", "en": "municipality"},
    "field_rubrik": {"sv": "rubrik", "en": "title"},
    "field_arendet": {"sv": "ärendebeskrivning", "en": "description of the case"},
    "field_typ": {"sv": "ärendetyp", "en": "case type"},
    "field_datum": {"sv": "datum", "en": "date"},
    "field_diarienummer": {"sv": "diarienummer", "en": "case number (diarienummer)"},
    "field_handlaggare.namn": {"sv": "handläggarens namn", "en": "the official's name"},
    "field_handlaggare.titel": {"sv": "handläggarens titel", "en": "the official's title"},
    "field_handlaggare.epost": {"sv": "handläggarens e-post", "en": "the official's e-mail"},
    "field_handlaggare.telefon": {"sv": "handläggarens telefon", "en": "the official's phone"},
    "field_beslutande_organ": {"sv": "beslutande organ", "en": "deciding body"},
    "field_beslutsunderlag": {"sv": "beslutsunderlag", "en": "decision documents"},
    "field_beslutsplanering": {
        "sv": "beslutsplanering",
        "en": "decision schedule (beslutsplanering)",
    },
    "field_beslutet_skickas_till": {"sv": "beslutet skickas till", "en": "decision sent to"},
    "field_forslag_till_beslut": {"sv": "förslag till beslut", "en": "proposed decision"},
    "field_svar_senast": {"sv": "svar senast", "en": "reply due"},
    "source_label": {"sv": "Källa", "en": "Source"},
    "section_label": {"sv": "avsnitt", "en": "section"},
    "decision_label": {"sv": "beslut", "en": "decision"},
    "approved_by": {
        "sv": "godkänt av {by}, beslut {decision}",
        "en": "approved by {by}, decision {decision}",
    },
    "page_line": {"sv": "sida {page}, rad {line}", "en": "page {page}, line {line}"},
    "page_only": {"sv": "sida {page}", "en": "page {page}"},
    "line_only": {"sv": "rad {line}", "en": "line {line}"},
    "sev_fel": {"sv": "fel", "en": "error"},
    "sev_varning": {"sv": "varning", "en": "warning"},
    "sev_info": {"sv": "info", "en": "info"},
    "sev_title_fel": {"sv": "Fel", "en": "Error"},
    "sev_title_varning": {"sv": "Varning", "en": "Warning"},
    "sev_title_info": {"sv": "Upplysning", "en": "Note"},
    "input_error_id": {"sv": "indatafel", "en": "input error"},
    "could_not_read": {"sv": "Kunde inte läsas", "en": "Could not be read"},
    "md_title": {"sv": "Granskningsrapport från govcheck", "en": "govcheck review report"},
    "md_summary": {
        "sv": "Regelversion {version}; {files} utkast granskade; {fel} fel, {varning} varningar, "
        "{info} upplysningar, {waived} med undantag, {known} kända från baslinjen.",
        "en": "Rule set {version}; {files} drafts checked; {fel} errors, {varning} warnings, "
        "{info} notes, {waived} waived, {known} known from the baseline.",
    },
    "md_columns": {
        "sv": "| Regel | Allvar | Var | Anmärkning | Källa |",
        "en": "| Rule | Severity | Where | Finding | Source |",
    },
    "md_waiver": {
        "sv": "undantag: {reason}; godkänt av {by}, {decision}",
        "en": "waived: {reason}; approved by {by}, {decision}",
    },
    "rule_checked": {"sv": "granskad mot {rule}", "en": "checked against {rule}"},
    "junit_input": {"sv": "indata", "en": "input"},
    "tool_rule_reading": {
        "sv": "Ett värde kunde inte läsas ut ur dokumentet.",
        "en": "A value could not be read from the document.",
    },
    "tool_rule_waiver": {
        "sv": "Ett undantag som inte tillämpas (ogiltigt, utgånget eller oanvänt).",
        "en": "A waiver that is not applied (invalid, expired or unused).",
    },
    "tool_rule_no_rules": {
        "sv": "Inga regler i ett regelpaket gäller på utkastets datum.",
        "en": "No rule of a rule pack is in force on the draft's date.",
    },
    "tool_rule_other": {
        "sv": "En anmärkning från govcheck självt.",
        "en": "A finding from govcheck itself.",
    },
    "sarif_help": {
        "sv": "{title}\n\nKälla: {source}\n”{quote}”",
        "en": "{title}\n\nSource: {source}\n“{quote}”",
    },
    "sarif_help_md": {
        "sv": "{title}\n\n**Källa:** {source}\n\n> {quote}",
        "en": "{title}\n\n**Source:** {source}\n\n> {quote}",
    },
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
    # --- questions ----------------------------------------------------------------------------
    "no_questions": {
        "sv": "Utkastet har inga frågor att besvara.",
        "en": "The draft has no questions to answer.",
    },
    "answered": {"sv": "besvarad", "en": "answered"},
    "unanswered": {"sv": "OBESVARAD", "en": "UNANSWERED"},
    "unanswered_question": {
        "sv": "Obesvarad fråga som ärendet ska besvara: ”{text}”",
        "en": "Unanswered question the case must answer: “{text}”",
    },
    # --- operating-system errors, as shown ------------------------------------------------------
    "os_ENOENT": {"sv": "filen eller mappen finns inte", "en": "no such file or folder"},
    "os_EACCES": {"sv": "åtkomst nekas", "en": "permission denied"},
    "os_EPERM": {"sv": "åtgärden är inte tillåten", "en": "operation not permitted"},
    "os_EISDIR": {"sv": "är en mapp", "en": "is a folder"},
    "os_ENOTDIR": {
        "sv": "en del av sökvägen är ingen mapp",
        "en": "part of the path is not a folder",
    },
    "os_ENOSPC": {"sv": "enheten är full", "en": "no space left on the device"},
    "os_EROFS": {"sv": "filsystemet är skrivskyddat", "en": "the file system is read-only"},
    "os_ELOOP": {"sv": "för många symboliska länkar", "en": "too many symbolic links"},
    "os_ENAMETOOLONG": {"sv": "namnet är för långt", "en": "the name is too long"},
    "os_EEXIST": {"sv": "finns redan", "en": "already exists"},
    "os_EIO": {"sv": "in- eller utmatningsfel", "en": "input/output error"},
    "os_EMFILE": {"sv": "för många öppna filer", "en": "too many open files"},
    "os_EXDEV": {"sv": "olika filsystem", "en": "different file systems"},
    "os_EFBIG": {"sv": "filen blir för stor", "en": "the file would be too large"},
    "os_EDQUOT": {"sv": "diskkvoten är slut", "en": "disk quota exceeded"},
    "os_other": {"sv": "systemfel (errno {number})", "en": "system error (errno {number})"},
}

#: Help texts: one entry per command, option and argument, and the closing exit-code tables.
_HELP: dict[str, dict[str, str]] = {
    "cli": {
        "sv": "govcheck granskar utkast till kommunala ärenden mot kommunens riktlinjer.",
        "en": "govcheck checks drafts of municipal case documents against the municipality's "
        "guidelines.",
    },
    "version": {"sv": "Visa versionen och avsluta.", "en": "Show the version and exit."},
    "validate": {
        "sv": "Granska utkast och dokument (TOML, JSON, text, Word, PDF; filer eller mappar).",
        "en": "Check drafts and documents (TOML, JSON, text, Word, PDF; files or folders).",
    },
    "validate.format": {
        "sv": "Rapportformat; kan anges flera gånger, var och en med sin --output. concise ger "
        "en rad per anmärkning (fil:rad:kolumn: ID allvar meddelande).",
        "en": "Report format; may be repeated, each with its own --output. concise gives one "
        "line a finding (file:line:col: ID severity message).",
    },
    "validate.output": {
        "sv": "Fil för rapporten i formatet närmast före (standard: standard ut). Mappar som "
        "saknas skapas.",
        "en": "File for the report of the --format just before it (default: standard output). "
        "Missing folders are created.",
    },
    "validate.kommun": {
        "sv": "Kommun (profilens id) för utkast som inte själva anger någon.",
        "en": "Municipality (its profile id) for drafts that do not name one.",
    },
    "validate.per": {
        "sv": "Bedöm utkasten enligt reglerna som gällde detta datum (standard: utkastets datum).",
        "en": "Judge the drafts by the rules in force on this date (default: the draft's date).",
    },
    "validate.fail_on": {
        "sv": "Lägsta allvarlighetsgrad som ger slutkod 1 (standard: varning).",
        "en": "Lowest severity that makes the exit code 1 (default: warning).",
    },
    "validate.waivers": {
        "sv": "Fil med undantag: godkända avsteg från en regel.",
        "en": "Waiver file: approved exceptions to a rule.",
    },
    "validate.baseline": {
        "sv": "Baslinje: anmärkningar som står i den rapporteras som kända och fäller inte "
        "granskningen; bara nya gör det.",
        "en": "Baseline: findings recorded in it are reported as known and do not fail the "
        "check; only new ones do.",
    },
    "validate.create_baseline": {
        "sv": "Skriv dagens anmärkningar som baslinje till den här filen.",
        "en": "Write today's findings as a baseline to this file.",
    },
    "validate.jobs": {
        "sv": "Antal arbetsprocesser (standard: maskinens kärnor).",
        "en": "Worker processes (default: the machine's cores).",
    },
    "validate.color": {
        "sv": "Färg i textrapporten (standard: på en terminal, utom när NO_COLOR är satt).",
        "en": "Colour in the text report (default: on a terminal, unless NO_COLOR is set).",
    },
    "validate.quiet": {
        "sv": "Bara anmärkningarna: ingen sammanfattning, ingen förloppsindikator, inga rader om "
        "filer utan anmärkningar.",
        "en": "Findings only: no summary, no progress bar, no lines about files without findings.",
    },
    "rules_dir": {
        "sv": "Regelkatalog (standard: de medföljande reglerna, eller $GOVCHECK_RULES).",
        "en": "Rule directory (default: the bundled rules, or $GOVCHECK_RULES).",
    },
    "config_file": {
        "sv": "Konfigurationsfil (standard: govcheck.toml eller [tool.govcheck] i "
        "pyproject.toml, sökt uppåt till projektets rot).",
        "en": "Configuration file (default: govcheck.toml or [tool.govcheck] in pyproject.toml, "
        "searched upwards to the project's root).",
    },
    "lang": {
        "sv": "Språk för meddelanden och hjälp (standard: sv, eller $GOVCHECK_LANG).",
        "en": "Language of messages and help (default: sv, or $GOVCHECK_LANG).",
    },
    "init": {
        "sv": "Skriv en mall för ett utkast, med det du ska fylla i markerat ”[FYLL I: …]”.",
        "en": "Write a template draft, with what you must fill in marked “[FYLL I: …]”.",
    },
    "init.typ": {"sv": "Ärendetyp.", "en": "Case type."},
    "init.kommun": {
        "sv": "Kommunens id: namnet på dess profilmapp i rules/kommuner/.",
        "en": "The municipality's id: the name of its profile folder in rules/kommuner/.",
    },
    "write_to": {
        "sv": "Fil att skriva (standard: standard ut). Mappar som saknas skapas.",
        "en": "File to write (default: standard output). Missing folders are created.",
    },
    "force": {"sv": "Skriv över en befintlig fil.", "en": "Overwrite an existing file."},
    "config": {
        "sv": "Visa gällande inställningar och var var och en kommer ifrån.",
        "en": "Show the settings in force and where each comes from.",
    },
    "rules": {
        "sv": "Lista reglerna med källhänvisningar, eller skriv regelboken (markdown, html).",
        "en": "List the rules with their citations, or write the rulebook (markdown, html).",
    },
    "rules.format": {
        "sv": "Format; markdown och html ger regelboken för juridisk granskning.",
        "en": "Format; markdown and html give the rulebook for legal review.",
    },
    "explain": {
        "sv": "Visa en regel: påstående, citerad källa, giltighet och scenarier.",
        "en": "Show one rule: statement, quoted source, validity and scenarios.",
    },
    "questions": {
        "sv": "Lista frågorna som utkastet ska besvara, och om de är besvarade.",
        "en": "List the questions the draft must answer, and whether they are answered.",
    },
    "questions.per": {"sv": "Bedöm per detta datum.", "en": "Judge as of this date."},
    "extract": {
        "sv": "Läs ut ett strukturerat utkast ur ett dokument (.txt, .md, .docx, .pdf).",
        "en": "Read a structured draft out of a document (.txt, .md, .docx, .pdf).",
    },
    "extract.output": {
        "sv": "Skriv utkastet (TOML) hit i stället för till standard ut.",
        "en": "Write the draft (TOML) here instead of to standard output.",
    },
    "extract.kommun": {
        "sv": "Kommun (profilens id), om dokumentet inte visar den.",
        "en": "Municipality (its profile id), when the document does not show it.",
    },
    "batch": {
        "sv": "Granska ett helt arkiv på ett Dask-kluster; en avbruten körning fortsätter där "
        "den slutade.",
        "en": "Check a whole archive on a Dask cluster; an interrupted run continues where it "
        "stopped.",
    },
    "batch.list": {
        "sv": "Fil med ett dokument (sökväg) per rad, utöver SÖKVÄG.",
        "en": "File with one document (path) a line, besides PATH.",
    },
    "batch.output": {
        "sv": "Anmärkningarna som JSON Lines (NAMN.jsonl); index, problem och Parquet läggs "
        "bredvid.",
        "en": "The findings as JSON Lines (NAME.jsonl); index, problems and Parquet are written "
        "beside it.",
    },
    "batch.scheduler": {
        "sv": "Adress till ett Dask-klusters schemaläggare (tcp://värd:8786); standard: ett "
        "lokalt kluster.",
        "en": "Address of a Dask cluster's scheduler (tcp://host:8786); default: a local cluster.",
    },
    "batch.workers": {
        "sv": "Arbetsprocesser i det lokala klustret (standard: maskinens kärnor).",
        "en": "Worker processes of the local cluster (default: the machine's cores).",
    },
    "batch.batch_size": {
        "sv": "Dokument per uppgift till en arbetare.",
        "en": "Documents per task given to a worker.",
    },
    "batch.parquet": {
        "sv": "Skriv även Parquet (standard: om pyarrow finns).",
        "en": "Also write Parquet (default: when pyarrow is installed).",
    },
    "batch.kommun": {
        "sv": "Kommun (profilens id) för dokument som inte själva anger den.",
        "en": "Municipality (its profile id) for documents that do not state it.",
    },
    "exit_codes_batch": {
        "sv": "\b\nSlutkoder:\n"
        "  0  alla dokument är granskade\n"
        "  2  något dokument i utdata kunde inte granskas (i denna körning eller en tidigare som "
        "den fortsatte), eller användnings- eller konfigurationsfel\n"
        "  3  internt fel, en bugg i govcheck (en rad, ingen traceback)",
        "en": "\b\nExit codes:\n"
        "  0  every document was checked\n"
        "  2  a document in the output could not be checked (in this run or an earlier one it "
        "continued), or a usage or configuration error\n"
        "  3  internal error, a bug in govcheck (one line, no traceback)",
    },
    "serve": {
        "sv": "Starta webbsidan där handläggare granskar ett dokument (http://127.0.0.1:8000).",
        "en": "Start the web page where officials check a document (http://127.0.0.1:8000).",
    },
    "serve.host": {"sv": "Adress att lyssna på.", "en": "Address to listen on."},
    "serve.port": {"sv": "Port att lyssna på.", "en": "Port to listen on."},
    "serve.workers": {
        "sv": "Arbetsprocesser för granskningarna (standard: maskinens kärnor, högst 4; 0 "
        "granskar i serverns egen process).",
        "en": "Worker processes for the checks (default: the machine's cores, at most 4; 0 "
        "checks in the server's own process).",
    },
    "exit_codes_validate": {
        "sv": "\b\nSlutkoder:\n"
        "  0  inget på eller över --fail-on hittades\n"
        "  1  minst en anmärkning på eller över --fail-on\n"
        "  2  användnings-, konfigurations- eller indatafel (en rad: fil, rad, nyckel)\n"
        "  3  internt fel, en bugg i govcheck (en rad, ingen traceback)",
        "en": "\b\nExit codes:\n"
        "  0  nothing at or above --fail-on was found\n"
        "  1  at least one finding at or above --fail-on\n"
        "  2  usage, configuration or input error (one line: file, line, key)\n"
        "  3  internal error, a bug in govcheck (one line, no traceback)",
    },
    "exit_codes": {
        "sv": "\b\nSlutkoder:\n"
        "  0  klart\n"
        "  2  användnings-, konfigurations- eller indatafel (en rad)\n"
        "  3  internt fel, en bugg i govcheck (en rad, ingen traceback)",
        "en": "\b\nExit codes:\n"
        "  0  done\n"
        "  2  usage, configuration or input error (one line)\n"
        "  3  internal error, a bug in govcheck (one line, no traceback)",
    },
    # metavariables
    "meta.paths": {"sv": "SÖKVÄG...", "en": "PATH..."},
    "meta.file": {"sv": "FIL", "en": "FILE"},
    "meta.folder": {"sv": "MAPP", "en": "FOLDER"},
    "meta.date": {"sv": "ÅÅÅÅ-MM-DD", "en": "YYYY-MM-DD"},
    "meta.kommun": {"sv": "KOMMUN", "en": "MUNICIPALITY"},
    "meta.severity": {"sv": "[fel|varning|info]", "en": "[error|warning|info]"},
    "meta.n": {"sv": "ANTAL", "en": "N"},
    "meta.address": {"sv": "ADRESS", "en": "ADDRESS"},
    "meta.port": {"sv": "PORT", "en": "PORT"},
    "meta.rule_id": {"sv": "REGEL-ID", "en": "RULE_ID"},
    "meta.draft": {"sv": "UTKAST", "en": "DRAFT"},
    "meta.document": {"sv": "DOKUMENT", "en": "DOCUMENT"},
    "meta.options": {"sv": "[FLAGGOR]", "en": "[OPTIONS]"},
    "meta.command": {"sv": "KOMMANDO [ARGUMENT]...", "en": "COMMAND [ARGS]..."},
}

#: click's own texts (usage lines, headings, its errors) in Swedish; English is click's own.
_CLICK_SV: dict[str, str] = {
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Positional arguments": "Argument",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Se '{command} {option}' för hjälp.",
    "Missing argument": "Argument saknas",
    "Missing option": "Flagga saknas",
    "Missing parameter": "Parameter saknas",
    "Missing command.": "Kommando saknas.",
    "Missing parameter: {param_name}": "Parameter saknas: {param_name}",
    "No such command {name!r}.": "Inget kommando heter {name!r}.",
    "No such option {name!r}.": "Ingen flagga heter {name!r}.",
    "No such option: {name}": "Ingen flagga heter {name}",
    "Did you mean {possibility}?": "Menade du {possibility}?",
    "(Possible options: {possibilities})": "(Möjliga flaggor: {possibilities})",
    "(Did you mean one of: {possibilities}?)": "(Menade du någon av: {possibilities}?)",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "Option {name!r} requires an argument.": "Flaggan {name!r} kräver ett värde.",
    "Option {name!r} requires {nargs} arguments.": "Flaggan {name!r} kräver {nargs} värden.",
    "Got unexpected extra argument ({args})": "Oväntat extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Oväntade extra argument ({args})",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "{value!r} is not one of {choices}.": "{value!r} är inte något av {choices}.",
    "{value!r} is not {choice}.": "{value!r} är inte {choice}.",
    "{value!r} is not a valid {number_type}.": "{value!r} är inget giltigt {number_type}.",
    "integer": "heltal",
    "float": "tal",
    "{value} is not in the range {range}.": "{value} ligger utanför intervallet {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en mapp.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} går inte att läsa.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} går inte att skriva.",
    "file": "filen",
    "directory": "mappen",
    "path": "sökvägen",
    "default: {default}": "standard: {default}",
    "required": "krävs",
    "Aborted!": "Avbrutet!",
    "Choose from:\n\t{choices}": "Välj bland:\n\t{choices}",
    "env var: {var}": "miljövariabel: {var}",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} är inget sanningsvärde. Tillåtna: {states}"
    ),
}


def t(message_id: str, lang: Language | None = None, /, **values: Any) -> str:
    """The text ``message_id`` in ``lang`` (the run's language when None), filled in."""
    entry = _TEXTS.get(message_id) or _HELP[message_id]
    return entry[lang or _CURRENT[0]].format(**values)


def field_label(name: str, lang: Language | None = None) -> str:
    """A document field's name for a reader of the report (the key itself when unnamed)."""
    return t(f"field_{name}", lang) if f"field_{name}" in _TEXTS else name


def help_text(help_id: str, lang: Language | None = None) -> str:
    return _HELP[help_id][lang or _CURRENT[0]]


def severity_word(value: str, lang: Language | None = None, *, title: bool = False) -> str:
    """A severity (fel, varning, info) in the language: fel is ``error`` in English."""
    return t(("sev_title_" if title else "sev_") + value, lang)


def os_error(exc: OSError, lang: Language | None = None) -> str:
    """An operating-system error as the user reads it, in the language."""
    name = errno.errorcode.get(exc.errno or 0, "")
    key = f"os_{name}"
    if key in _TEXTS:
        return t(key, lang)
    return t("os_other", lang, number=exc.errno)


#: pydantic's bound errors, said in the user's language: (message id, context key).
_BOUNDS = {
    "less_than_equal": ("too_high", "le"),
    "less_than": ("too_high", "lt"),
    "greater_than_equal": ("too_low", "ge"),
    "greater_than": ("too_low", "gt"),
    "finite_number": ("not_finite", ""),
    "string_too_long": ("too_long", "max_length"),
    "string_too_short": ("too_short", "min_length"),
    "too_long": ("too_many", "max_length"),
}
_EXPECTED = {
    "string_type": "type_str",
    "int_type": "type_int",
    "int_parsing": "type_int",
    "int_from_float": "type_int",
    "float_type": "type_float",
    "float_parsing": "type_float",
    "bool_type": "type_bool",
    "bool_parsing": "type_bool",
    "date_type": "type_date",
    "date_parsing": "type_date",
    "date_from_datetime_inexact": "type_date",
    "list_type": "type_list",
    "model_type": "type_table",
    "model_attributes_type": "type_table",
    "dict_type": "type_table",
}


def shown_value(value: Any) -> str:
    import json

    shown = json.dumps(value, ensure_ascii=False, default=str)
    return shown if len(shown) <= 60 else shown[:57] + "…"


def pydantic_message(error: Any, lang: Language | None = None) -> str:
    """One pydantic validation error in the user's language (never pydantic's English)."""
    kind = error["type"]
    value = error.get("input")
    context = error.get("ctx", {}) or {}
    if kind == "extra_forbidden":
        return t("unknown_key", lang, key=error["loc"][-1] if error["loc"] else "", hint="")
    if kind == "missing":
        return t("missing_key", lang)
    if kind in {"enum", "literal_error"}:
        return t("bad_choice", lang, value=shown_value(value), choices=context.get("expected", ""))
    if kind == "string_pattern_mismatch":
        return t("bad_pattern", lang, value=shown_value(value), pattern=context.get("pattern", ""))
    if kind in _BOUNDS:
        message_id, limit_key = _BOUNDS[kind]
        return t(message_id, lang, limit=context.get(limit_key))
    if kind in _EXPECTED:
        return t("bad_type", lang, value=shown_value(value), expected=t(_EXPECTED[kind], lang))
    return t("invalid", lang, detail=shown_value(value))


def click_gettext(message: str) -> str:
    """click's ``gettext``: its texts in the run's language."""
    if _CURRENT[0] == "sv":
        return _CLICK_SV.get(message, message)
    return message


def click_ngettext(singular: str, plural: str, count: int) -> str:
    return click_gettext(singular if count == 1 else plural)


def install_click_texts() -> None:
    """Lets click speak the run's language (its modules look texts up through ``_``)."""
    import importlib

    for name in ("core", "exceptions", "parser", "types", "decorators", "formatting", "termui"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = click_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext  # type: ignore[attr-defined]
