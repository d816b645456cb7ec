"""Every text of the web page, in Swedish (the default) and English.

The page's own words live here, apart from the command line's catalogue (``govcheck.i18n``):
a test checks that both languages have every text and that the templates use no other.
Rule messages and rule titles carry their own translations in the rule files.
"""

from __future__ import annotations

from typing import Any

from govcheck.models import Language

TEXTS: dict[str, dict[str, str]] = {
    # --- frame
    "site_name": {"sv": "govcheck", "en": "govcheck"},
    "tagline": {
        "sv": "Granska utkast till kommunala ärenden mot kommunens riktlinjer",
        "en": "Check drafts of municipal cases against the municipality's guidelines",
    },
    "skip_link": {"sv": "Hoppa till innehållet", "en": "Skip to content"},
    "nav_label": {"sv": "Huvudmeny", "en": "Main menu"},
    "nav_check": {"sv": "Granska ett utkast", "en": "Check a draft"},
    "nav_rules": {"sv": "Regelboken", "en": "The rulebook"},
    "switch_language": {"sv": "English", "en": "Svenska"},
    "switch_language_label": {"sv": "Read this page in English", "en": "Läs sidan på svenska"},
    "privacy": {
        "sv": "Dokument du laddar upp eller klistrar in sparas aldrig på disk och skrivs aldrig "
        "till någon logg. Bara texten hålls i serverns minne, i högst {minutes} minuter, så att "
        "du kan rätta och granska igen.",
        "en": "Documents you upload or paste are never saved to disk or written to any log. "
        "Only their text is held in the server's memory, for at most {minutes} minutes, so "
        "that you can correct and check again.",
    },
    "version": {"sv": "Regelversion {version}", "en": "Rule set {version}"},
    # --- check form
    "check_title": {"sv": "Granska ett utkast", "en": "Check a draft"},
    "check_intro": {
        "sv": "Ladda upp ett dokument (Word, PDF eller text) eller ett strukturerat utkast "
        "(TOML eller JSON), eller klistra in texten. govcheck läser ut uppgifterna, granskar "
        "dem mot reglerna som gällde på dokumentets datum och visar var i texten varje "
        "anmärkning hör hemma.",
        "en": "Upload a document (Word, PDF or text) or a structured draft (TOML or JSON), or "
        "paste its text. govcheck reads the particulars, checks them against the rules in "
        "force on the document's date and shows where in the text each finding belongs.",
    },
    "file_legend": {"sv": "Dokumentet", "en": "The document"},
    "file_label": {"sv": "Välj en fil", "en": "Choose a file"},
    "file_hint": {
        "sv": ".docx, .pdf, .txt, .md, .toml eller .json; högst 20 MB (utkast högst 2 MB).",
        "en": ".docx, .pdf, .txt, .md, .toml or .json; at most 20 MB (drafts at most 2 MB).",
    },
    "paste_label": {"sv": "… eller klistra in texten", "en": "… or paste the text"},
    "paste_hint": {
        "sv": "Används bara om du inte har valt någon fil.",
        "en": "Used only when no file is chosen.",
    },
    "kommun_label": {"sv": "Kommun", "en": "Municipality"},
    "kommun_hint": {
        "sv": "Behövs bara om govcheck inte känner igen kommunen i dokumentet. Kommunen som "
        "lästes visas efter granskningen och kan rättas där.",
        "en": "Needed only when govcheck does not recognise the municipality in the document. "
        "The municipality read is shown after the check and can be corrected there.",
    },
    "kommun_auto": {"sv": "Som dokumentet anger", "en": "As the document says"},
    "per_label": {"sv": "Bedöm per datum (valfritt)", "en": "Judge as of date (optional)"},
    "per_hint": {
        "sv": "ÅÅÅÅ-MM-DD. Utan datum gäller reglerna på dokumentets datum.",
        "en": "YYYY-MM-DD. Without a date, the rules in force on the document's date apply.",
    },
    "check_button": {"sv": "Granska", "en": "Check"},
    "error_summary": {"sv": "Det gick inte att granska", "en": "The check could not be made"},
    "error_nothing": {
        "sv": "Välj en fil eller klistra in en text att granska.",
        "en": "Choose a file or paste a text to check.",
    },
    "error_too_large": {
        "sv": "Filen är för stor: högst {limit} MB.",
        "en": "The file is too large: at most {limit} MB.",
    },
    "error_bad_form": {
        "sv": "Formuläret kom inte fram helt; försök igen.",
        "en": "The form did not arrive whole; please try again.",
    },
    "error_bad_date": {
        "sv": "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-05-30.",
        "en": "Write the date as YYYY-MM-DD, for example 2023-05-30.",
    },
    "error_read": {
        "sv": "{file} kunde inte läsas: {message}",
        "en": "{file} could not be read: {message}",
    },
    "error_busy": {
        "sv": "Granskningen tog för lång tid och avbröts. Försök igen, eller med en mindre fil.",
        "en": "The check took too long and was stopped. Try again, or with a smaller file.",
    },
    "error_worker": {
        "sv": "Dokumentet kunde inte granskas: granskningen avbröts. Servern fortsätter "
        "att fungera; försök gärna med en annan fil.",
        "en": "The document could not be checked: the check was stopped. The server keeps "
        "running; you may try another file.",
    },
    "error_state": {
        "sv": "Uppgifterna från förra granskningen kunde inte läsas. Ladda upp dokumentet igen.",
        "en": "The particulars from the previous check could not be read. Upload the "
        "document again.",
    },
    "unsupported_upload": {
        "sv": "filtypen {suffix} stöds inte; använd {allowed}",
        "en": "file type {suffix} is not supported; use {allowed}",
    },
    "upload_too_big_to_read": {
        "sv": "dokumentet kräver för mycket minne för att läsas",
        "en": "the document needs too much memory to be read",
    },
    "upload_too_deep": {
        "sv": "dokumentet är nästlat för djupt för att läsas",
        "en": "the document is nested too deeply to be read",
    },
    "problem_at_line": {"sv": "rad {line}: {message}", "en": "line {line}: {message}"},
    "pasted_name": {"sv": "inklistrad-text.txt", "en": "pasted-text.txt"},
    # --- result
    "result_title": {"sv": "Granskning av {file}", "en": "Review of {file}"},
    "result_summary": {
        "sv": "{fel} fel, {varning} varningar och {info} upplysningar.",
        "en": "{fel} errors, {varning} warnings and {info} notes.",
    },
    "result_judged_on": {
        "sv": "Bedömt enligt reglerna som gällde {date}.",
        "en": "Judged by the rules in force on {date}.",
    },
    "result_judged_today": {
        "sv": "Dokumentet anger inget datum; bedömt enligt reglerna som gäller i dag.",
        "en": "The document gives no date; judged by the rules in force today.",
    },
    "result_clean": {
        "sv": "govcheck hittade inget att anmärka på.",
        "en": "govcheck found nothing to remark on.",
    },
    "rechecked": {
        "sv": "Granskat igen med dina rättelser.",
        "en": "Checked again with your corrections.",
    },
    "new_check": {"sv": "Granska ett annat dokument", "en": "Check another document"},
    "text_heading": {"sv": "Dokumentets text", "en": "The document's text"},
    "text_intro": {
        "sv": "Rader med anmärkningar är markerade; markeringen leder till anmärkningen.",
        "en": "Lines with findings are marked; the mark leads to the finding.",
    },
    "text_gone": {
        "sv": "Dokumentets text hålls inte längre i minnet. Ladda upp det igen för att se "
        "anmärkningarna i texten; granskningen nedan gäller dina uppgifter.",
        "en": "The document's text is no longer held in memory. Upload it again to see the "
        "findings in the text; the check below is of your particulars.",
    },
    "text_cut": {
        "sv": "Texten är lång: de första {count} raderna visas.",
        "en": "The text is long: the first {count} lines are shown.",
    },
    "page": {"sv": "Sida {page}", "en": "Page {page}"},
    "line_n": {"sv": "rad {line}", "en": "line {line}"},
    "page_line": {"sv": "sida {page}, rad {line}", "en": "page {page}, line {line}"},
    "paragraph_n": {"sv": "stycke {line}", "en": "paragraph {line}"},
    "mark_label": {"sv": "Anmärkning {rule} på denna rad", "en": "Finding {rule} on this line"},
    "findings_heading": {"sv": "Anmärkningar", "en": "Findings"},
    "sev_fel": {"sv": "Fel", "en": "Errors"},
    "sev_varning": {"sv": "Varningar", "en": "Warnings"},
    "sev_info": {"sv": "Upplysningar", "en": "Notes"},
    "sev_waived": {"sv": "Med godkänt undantag", "en": "Waived"},
    "sev_one_fel": {"sv": "fel", "en": "error"},
    "sev_one_varning": {"sv": "varning", "en": "warning"},
    "sev_one_info": {"sv": "upplysning", "en": "note"},
    "where": {"sv": "Var", "en": "Where"},
    "where_whole": {"sv": "hela dokumentet", "en": "the whole document"},
    "where_field": {"sv": "uppgiften {path}", "en": "the particular {path}"},
    "show_in_text": {"sv": "visa i texten", "en": "show in the text"},
    "rule": {"sv": "Regel", "en": "Rule"},
    "rule_link": {"sv": "Regeln {rule} i regelboken", "en": "The rule {rule} in the rulebook"},
    "source": {"sv": "Källa", "en": "Source"},
    "authority": {"sv": "Källans tyngd", "en": "Authority of the source"},
    "quote": {"sv": "Citat ur källan", "en": "Quotation from the source"},
    "waiver": {
        "sv": "Undantag: {reason} (godkänt av {by}, {decision})",
        "en": "Waiver: {reason} (approved by {by}, {decision})",
    },
    "questions_heading": {
        "sv": "Frågor som ärendet ska besvara",
        "en": "Questions the case must answer",
    },
    "questions_none": {
        "sv": "Utkastet har inga frågor att besvara.",
        "en": "The draft has no questions to answer.",
    },
    "answered": {"sv": "besvarad", "en": "answered"},
    "unanswered": {"sv": "obesvarad", "en": "unanswered"},
    # --- correction form
    "fields_heading": {"sv": "Uppgifterna govcheck läste", "en": "The particulars govcheck read"},
    "fields_intro": {
        "sv": "Rätta det som är fel eller fyll i det som saknas och granska igen; du behöver "
        "inte ladda upp dokumentet en gång till. Listor skrivs en punkt per rad.",
        "en": "Correct what is wrong or fill in what is missing and check again; you need not "
        "upload the document again. Lists are written one item per line.",
    },
    "fields_error": {
        "sv": "Rättelsen kunde inte granskas: {message}",
        "en": "The correction could not be checked: {message}",
    },
    "group_header": {"sv": "Dokumentets huvud", "en": "The document's header"},
    "group_handlaggare": {"sv": "Handläggare (vår referens)", "en": "Case officer (our reference)"},
    "group_decision": {"sv": "Beslut", "en": "Decision"},
    "group_remiss": {"sv": "Remiss", "en": "Consultation"},
    "group_steps": {"sv": "Beslutsplanering", "en": "Decision planning"},
    "steps_intro": {
        "sv": "Mötena ärendet passerar, i ordning. Tomma rader räknas inte.",
        "en": "The meetings the case passes, in order. Empty rows are not counted.",
    },
    "step_n": {"sv": "Steg {n}", "en": "Step {n}"},
    "step_kind_sammantrade": {"sv": "sammanträde", "en": "meeting"},
    "step_kind_arendeberedning": {"sv": "ärendeberedning", "en": "case preparation"},
    "step_kind_ordforandeberedning": {"sv": "ordförandeberedning", "en": "chair's preparation"},
    "step_kind_arbetsutskott": {"sv": "arbetsutskott", "en": "working committee"},
    "status_read": {"sv": "läst ur dokumentet", "en": "read from the document"},
    "status_absent": {"sv": "saknas i dokumentet", "en": "not in the document"},
    "status_unreadable": {"sv": "kunde inte läsas", "en": "could not be read"},
    "status_inferred": {"sv": "härlett ur texten", "en": "inferred from the text"},
    "status_corrected": {"sv": "rättat av dig", "en": "corrected by you"},
    "status_given": {"sv": "angivet i utkastet", "en": "given in the draft"},
    "recheck_button": {"sv": "Granska igen", "en": "Check again"},
    "download_draft": {"sv": "Ladda ner utkastet (TOML)", "en": "Download the draft (TOML)"},
    "download_report": {
        "sv": "Ladda ner rapporten (Markdown)",
        "en": "Download the report (Markdown)",
    },
    "downloads_hint": {
        "sv": "Nedladdningarna tar med dina rättelser i formuläret.",
        "en": "The downloads include your corrections in the form.",
    },
    "toml_header": {
        "sv": "# Utkast utläst ur {file} och rättat i govcheck serve.",
        "en": "# Draft read from {file} and corrected in govcheck serve.",
    },
    "toml_how": {
        "sv": "# Kontrollera och rätta värdena, och granska sedan med: govcheck validate "
        "<denna fil>",
        "en": "# Check and correct the values, then check with: govcheck validate <this file>",
    },
    "toml_unread": {
        "sv": "# Kunde inte läsas ut (fyll i för hand):",
        "en": "# Could not be read (fill in by hand):",
    },
    # field labels
    "field_kommun": {"sv": "Kommun", "en": "Municipality"},
    "field_typ": {"sv": "Ärendetyp", "en": "Case type"},
    "field_datum": {"sv": "Datum (ÅÅÅÅ-MM-DD)", "en": "Date (YYYY-MM-DD)"},
    "field_diarienummer": {"sv": "Diarienummer", "en": "Case number (diarienummer)"},
    "field_rubrik": {"sv": "Rubrik", "en": "Title"},
    "field_handlaggare.namn": {"sv": "Namn", "en": "Name"},
    "field_handlaggare.titel": {"sv": "Titel", "en": "Title"},
    "field_handlaggare.epost": {"sv": "E-post", "en": "E-mail"},
    "field_handlaggare.telefon": {"sv": "Telefon", "en": "Telephone"},
    "field_beslutande_organ": {"sv": "Beslutande organ", "en": "Deciding body"},
    "field_slutligt_beslutande_organ": {
        "sv": "Slutligt beslutande organ",
        "en": "Body that decides in the end",
    },
    "field_beredande_namnd": {"sv": "Beredande nämnd", "en": "Preparing board"},
    "field_plan_ar": {"sv": "Planår", "en": "Plan year"},
    "field_forslag_till_beslut": {
        "sv": "Förslag till beslut (en punkt per rad)",
        "en": "Proposed decision (one point per line)",
    },
    "field_beslutsunderlag": {
        "sv": "Beslutsunderlag (ett dokument per rad)",
        "en": "Decision documents (one per line)",
    },
    "field_beslutet_skickas_till": {
        "sv": "Beslutet skickas till (en mottagare per rad)",
        "en": "The decision is sent to (one recipient per line)",
    },
    "field_remiss.remittent": {"sv": "Remittent", "en": "Consulting body"},
    "field_remiss.svar_senast": {
        "sv": "Svar senast (ÅÅÅÅ-MM-DD)",
        "en": "Reply by (YYYY-MM-DD)",
    },
    "field_steg.organ": {"sv": "Organ", "en": "Body"},
    "field_steg.steg": {"sv": "Slag av möte", "en": "Kind of meeting"},
    "field_steg.datum": {"sv": "Datum", "en": "Date"},
    # --- rulebook
    "rules_title": {"sv": "Regelboken", "en": "The rulebook"},
    "rules_intro": {
        "sv": "Varje regel med sitt villkor, sin källa ordagrant citerad och sin giltighet. "
        "Regelboken genereras ur samma regelfiler som granskningen använder.",
        "en": "Every rule with its condition, its source quoted verbatim and its validity. "
        "The rulebook is generated from the same rule files the checks use.",
    },
    "search_legend": {"sv": "Sök i regelboken", "en": "Search the rulebook"},
    "search_label": {"sv": "Sökord eller regel-id", "en": "Word or rule id"},
    "search_hint": {
        "sv": "Till exempel MAL-F1-01, kommunbidrag eller remissvar.",
        "en": "For example MAL-F1-01, kommunbidrag or remissvar.",
    },
    "guideline_label": {"sv": "Riktlinje", "en": "Guideline"},
    "guideline_all": {"sv": "Alla riktlinjer", "en": "All guidelines"},
    "kommun_filter_label": {"sv": "Kommun", "en": "Municipality"},
    "kommun_all": {"sv": "Alla kommuner", "en": "All municipalities"},
    "search_button": {"sv": "Sök", "en": "Search"},
    "search_clear": {"sv": "Visa alla regler", "en": "Show all rules"},
    "rules_count": {
        "sv": "{count} av {total} regler och frågor",
        "en": "{count} of {total} rules and questions",
    },
    "rules_none": {
        "sv": "Ingen regel matchar sökningen.",
        "en": "No rule matches the search.",
    },
    "rule_kind_rule": {"sv": "regel", "en": "rule"},
    "rule_kind_question": {"sv": "fråga som ska besvaras", "en": "question to answer"},
    "rule_severity": {"sv": "Allvarlighetsgrad", "en": "Severity"},
    "rule_applies": {"sv": "Gäller", "en": "Applies to"},
    "rule_all_types": {"sv": "alla ärendetyper", "en": "all case types"},
    "rule_validity": {"sv": "Giltighet", "en": "Validity"},
    "rule_valid_open": {
        "sv": "från {start}, tills vidare",
        "en": "from {start}, until further notice",
    },
    "rule_valid_window": {
        "sv": "från {start} till och med {end}",
        "en": "from {start} to {end} inclusive",
    },
    "rule_guideline": {"sv": "Riktlinje", "en": "Guideline"},
    "rule_condition": {"sv": "Villkor", "en": "Condition"},
    "rule_condition_when": {"sv": "Anmärkning när", "en": "Reported when"},
    "rule_source": {"sv": "Källa", "en": "Source"},
    "rule_section": {"sv": "avsnitt ”{section}”", "en": "section “{section}”"},
    "rule_scenarios": {"sv": "Scenarier", "en": "Scenarios"},
    "kommun_common": {"sv": "alla kommuner", "en": "all municipalities"},
    # --- errors
    "not_found_title": {"sv": "Sidan finns inte", "en": "Page not found"},
    "not_found_text": {
        "sv": "Det finns ingen sida på den här adressen.",
        "en": "There is no page at this address.",
    },
    "server_error_title": {"sv": "Något gick fel", "en": "Something went wrong"},
    "server_error_text": {
        "sv": "Sidan kunde inte visas på grund av ett internt fel i govcheck. Inget av det du "
        "skickade har sparats. Försök igen.",
        "en": "The page could not be shown because of an internal error in govcheck. Nothing "
        "you sent has been kept. Please try again.",
    },
    "method_title": {"sv": "Fel sätt att nå sidan", "en": "Wrong way to reach the page"},
    "method_text": {
        "sv": "Den här adressen tar emot formulär. Börja från startsidan.",
        "en": "This address receives forms. Start from the front page.",
    },
    "go_home": {"sv": "Till startsidan", "en": "To the front page"},
}


def text(key: str, lang: Language = "sv", /, **values: Any) -> str:
    entry = TEXTS[key][lang]
    return entry.format(**values) if values else entry
