"""The reader's third round: rules of reading taken from false findings on real documents, each
tested on synthetic text of the same general shape (invented municipality, names and numbers)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reading import read_text as _read

# --- a title in capitals is not a heading -------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "FÖRSLAG TILL NYA LOKALA ORDNINGSFÖRESKRIFTER",
        "YTTRANDE ÖVER REMISS OM NY FÄRDTJÄNSTLAG",
        "BESLUT OM TAXA FÖR PARKERING",
    ],
)
def test_title_in_capitals_keeps_the_header_that_follows(tmp_path: Path, title: str) -> None:
    # A flattened protocol paragraph: the title in capitals opens with a heading's word, and
    # the number after its label must still be read (here damaged to its prefix).
    text = (
        "EXEMPELBY KOMMUN Sammanträdesprotokoll Kommunstyrelsen (12) 88 "
        f"{title} Dnr: EKS Enligt lagen ska varje kommun ha föreskrifter om detta och "
        "kommunen har arbetat fram ett förslag som nu läggs fram för beslut i styrelsen. "
        "Beslutsunderlag Tjänsteskrivelse med bilagor."
    )
    result = _read(tmp_path, text)
    assert result.data["diarienummer"] == "EKS"
    assert result.status["diarienummer"] == "read"


# --- a meeting's date line whose date the publisher dropped -------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Datum och tid: , kl 18:30 Plats: Rådhuset, sessionssalen",
        "Datum: kl. 13.00-16.00 Plats: Kommunhuset",
    ],
)
def test_date_line_with_only_a_clock_time_states_no_date(tmp_path: Path, line: str) -> None:
    text = (
        "KALLELSE KOMMUNFULLMÄKTIGE Kommunfullmäktige i Exempelby kommun kallas till "
        f"sammanträde.\n{line}\nÄRENDEN 1. Justering den 3 december 2014 kl 13:30\n"
    )
    result = _read(tmp_path, text)
    assert result.status["datum"] != "unreadable"
    assert not any(
        "kunde inte tolkas" in message for path, message, _ in result.problems if path == "datum"
    )


def test_date_line_with_a_damaged_date_is_unreadable(tmp_path: Path) -> None:
    # The date is there but not understood: say so, do not call it absent.
    text = "Tjänsteskrivelse\nDatum: 2014-13-45 kl 18:30\nDnr KS 2014/12\nNy taxa\nÄrendet\nText."
    result = _read(tmp_path, text)
    assert result.status["datum"] == "unreadable"


# --- a proposal passed on: "X föreslår Y tillstyrka Z besluta" ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "final"),
    [
        (
            "Arbetsutskottet föreslår kommunstyrelsen tillstyrka kommunfullmäktige besluta",
            "Kommunfullmäktige",
        ),
        ("Utskottet föreslår nämnden att föreslå kommunstyrelsen besluta", "Kommunstyrelsen"),
    ],
)
def test_body_the_proposal_is_passed_on_to_decides(
    tmp_path: Path, sentence: str, final: str
) -> None:
    text = (
        "Protokoll Kommunstyrelsens arbetsutskott\n(1)\nNärvarande Per Ek, ordförande\n(2)\n"
        "§ 12\nÖverföring av budgetmedel 2017-2018 KS 2018/113\nBeslut\n"
        f"{sentence}\n"
        "1 Ingen överföring av underskott ska ske.\n"
        "2 Överföring av investeringsmedel ska göras med 2 146 tkr.\n"
        "3 Resten antecknas till protokollet.\n"
        "Beslutsunderlag Tjänsteskrivelse 2018-02-27\n"
    )
    result = _read(tmp_path, text)
    assert (
        result.data.get("slutligt_beslutande_organ") or result.data.get("beslutande_organ")
    ) == final
    assert len(result.data["forslag_till_beslut"]) == 3
    assert result.status["beslutande_organ"] == "read"


def test_points_numbered_without_stop_after_a_page_line_are_kept(tmp_path: Path) -> None:
    # A transcript numbers its pages "1 …", "2 …"; after the site's page line "(3)" a "1 …"
    # is the first decision point, not page 1.
    text = (
        "• No results found\nProtokoll\nFull text\n(1)\nNärvarande Per Ek\n(2)\nÖvriga\n(3)\n"
        "§ 270\nRedovisning av uppdrag om ungdomsdemokrati\nKS 2016/15\n"
        "Förslag till beslut\nKommunstyrelsen föreslår kommunfullmäktige besluta\n"
        "1 Anteckna till protokollet att uppdraget är redovisat.\n"
        "2 Hänvisa utredningens förslag till budgetberedningen.\n"
    )
    result = _read(tmp_path, text)
    assert len(result.data["forslag_till_beslut"]) == 2


# --- agenda items named "Ärende N." end where the next item begins -----------------------------


def test_agenda_item_ends_where_the_next_begins(tmp_path: Path) -> None:
    text = (
        "Exempelby stad\nKommunfullmäktige måndagen den 24 juni 2019 kl. 14:00\n"
        "Ärende 1. Val av revisorer Dnr 2019/00034 Fullmäktige ska välja revisorer.\n"
        "Förslag till beslut Enligt valberedningens förslag.\n"
        "Ärende 2. Ny taxa för parkering Dnr 2019/00035 Taxan ses över.\n"
        "Förslag till beslut Kommunfullmäktige beslutar att anta taxan.\n"
        "3. Svar på interpellation om parkering Dnr 2019/00393\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Ny taxa för parkering"
    assert result.data["diarienummer"] == "2019/00035"
    assert result.data["beslutande_organ"] == "Kommunfullmäktige"
    # The next item ("3. Svar på …") is no decision point of this one.
    assert result.data["forslag_till_beslut"] == ["Kommunfullmäktige beslutar att anta taxan."]


# --- case numbers without a label ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("BN/2016/ 412, BN/2016/398", "BN/2016/ 412, BN/2016/398"),
        ("KS/2014/87", "KS/2014/87"),
        ("KS 2016-15", "KS 2016-15"),
    ],
)
def test_unlabelled_case_number_forms(tmp_path: Path, written: str, expected: str) -> None:
    text = (
        f"KALLELSE/PROTOKOLLSFÖRSLAG BYGGNADSNÄMNDEN AVSÄGELSER {written}\n"
        "Sammanfattning av ärendet\nEn ledamot har lämnat in en avsägelse.\n"
    )
    assert _read(tmp_path, text).data["diarienummer"] == expected


def test_year_and_month_is_no_case_number(tmp_path: Path) -> None:
    text = "Protokoll KS 2016-05\nSammanfattning av ärendet\nEn ledamot har avsagt sig.\n"
    assert _read(tmp_path, text).data.get("diarienummer") != "KS 2016-05"


def test_a_paragraph_reference_is_no_title(tmp_path: Path) -> None:
    # The site names the page after the paragraph's references: the paragraph's own title
    # stands under its § sign.
    text = (
        '• No results found\n(AU § 88) KS 2016-44\nShare "(AU § 88) KS 2016-44"\nFull text\n(1)\n'
        "§ 91\nUtredning av fritidsgårdarnas öppettider.\n(AU § 88) KS 2016-44\n"
        "Förslag till beslut\nKommunstyrelsen beslutar att lägga utredningen till grund.\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"].rstrip(".") == "Utredning av fritidsgårdarnas öppettider"


# --- a deciding body written but not understood is "unreadable", never "absent" -----------------


def _organ_status(tmp_path: Path, sentence: str) -> tuple[str, list[str]]:
    text = (
        "Tjänsteskrivelse\nDatum 2020-01-01\nDnr KS 2020/11\nNy taxa för parkering\n"
        f"Ärendet\nTaxan har setts över. {sentence}\n"
    )
    result = _read(tmp_path, text)
    notes = [message for path, message, _ in result.problems if path == "beslutande_organ"]
    return result.status["beslutande_organ"], notes


def test_body_written_as_deciding_is_never_called_absent(tmp_path: Path) -> None:
    status, notes = _organ_status(
        tmp_path, "Efter remissen ska sedan kommunfullmäktige besluta om taxan i maj."
    )
    assert status == "unreadable"
    # Only in the field statuses: a sentence not taken apart gives no place a note could
    # quote with confidence (the body may be another item's), so there is no reading note.
    assert notes == []


def test_body_that_decides_nothing_is_no_deciding_body(tmp_path: Path) -> None:
    status, _ = _organ_status(tmp_path, "Kommunstyrelsen beslutar inte i ärendet.")
    assert status == "absent"


# --- the official in a flattened header ----------------------------------------------------------


def test_label_heading_a_row_of_column_names(tmp_path: Path) -> None:
    text = (
        "Vårt diarienummer Miljödepartementet STOCKHOLM KS-1234/ YTTRANDE 1(3) "
        "Handläggare, titel, telefon Åsa Berg, miljöstrateg Remiss om ny myndighet för "
        "miljön Departementet har bjudit in kommunen att lämna synpunkter på betänkandet."
    )
    data = _read(tmp_path, text).data
    assert data["handlaggare"]["namn"] == "Åsa Berg"
    assert data["handlaggare"]["titel"] == "miljöstrateg"


def test_two_officials_joined_by_a_slash(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDatum: 2014-03-01\nHandläggare: Per Ek/ Eva Berg\nDnr: KS 12/\n"
        "Ny strandskyddsgräns\nÄrendet\nText om gränsen.\n"
    )
    assert _read(tmp_path, text).data["handlaggare"]["namn"] == "Per Ek/ Eva Berg"


def test_case_document_after_a_protocol_paragraph_is_read(tmp_path: Path) -> None:
    # A protocol paragraph, then the tjänsteskrivelse of the same ärende, all on one line
    # with its page number after the kind word ("Tjänsteskrivelse 1 (1) Datum: …").
    text = (
        "EXEMPELBY KOMMUN SAMMANTRÄDESPROTOKOLL Samhällsbyggnadsutskottet KSsu 68 dnr: KS 77/ "
        "Ny strandskyddsgräns Beskrivning av ärendet Kommunfullmäktige beslutade om "
        "strandskyddet och förslaget ligger hos länsstyrelsen. Beslutsunderlag Tjänsteskrivelse "
        "från miljöstrateg Per Ek. Förslag till beslut Utskottet föreslår kommunstyrelsen att "
        "godkänna gränsen. - 12- EXEMPELBY KOMMUN Samhällsbyggnad Tjänsteskrivelse 1 (1) Datum: "
        "Handläggare: Per Ek/ Eva Berg Dnr: KS 77/ Till: Kommunstyrelsen Bilagor: 1 Karta"
    )
    result = _read(tmp_path, text)
    assert result.data["handlaggare"]["namn"] == "Per Ek/ Eva Berg"


# --- the municipality ---------------------------------------------------------------------------


def test_municipality_where_the_protocol_is_kept(tmp_path: Path) -> None:
    text = (
        "SAMMANTRÄDESPROTOKOLL 1 (18) Plats Folkets Hus, Gillesalen Dag och tid Onsdag den "
        "10 oktober 2012 kl. 14.00 Protokollet förvaras på samhällsbyggnadsförvaltningen, "
        "Folkets Hus, Ludvika Underskrift\n§ 38 Detaljplan för kvarteret Eken\n"
    )
    result = _read(tmp_path, text)
    assert result.data["kommun"] == "ludvika"
    assert result.status["kommun"] == "read"


def test_no_municipality_named_is_not_read(tmp_path: Path) -> None:
    result = _read(tmp_path, "Tjänsteskrivelse\nNy taxa för parkering\nÄrendet\nText.\n")
    assert result.data["kommun"] == "okand"
    assert result.status["kommun"] == "absent"


# --- the title ------------------------------------------------------------------------------------


def test_title_after_the_official_in_a_flattened_yttrande(tmp_path: Path) -> None:
    text = (
        "Vårt diarienummer Miljödepartementet STOCKHOLM KS-1234/ YTTRANDE 1(3) "
        "Handläggare, titel, telefon Åsa Berg, miljöstrateg Remiss om ny myndighet för "
        "miljön (SOU 2008:99) M2008/1234/A Miljödepartementet har bjudit in kommunen att "
        "lämna synpunkter på betänkandet. " + "Kommunen delar utredningens bedömning. " * 8
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Remiss om ny myndighet för miljön (SOU 2008:99)"


def test_title_that_cannot_be_told_from_the_text_is_unreadable(tmp_path: Path) -> None:
    # One long line: the title runs into the text and no cut is sure.
    text = (
        "Tjänsteskrivelse Datum 2014-05-02 Dnr KS 2014/12 Delårsrapport april "
        + "Kontoret har sammanställt en delårsrapport till och med april och en prognos. " * 5
    )
    result = _read(tmp_path, text)
    assert "rubrik" not in result.data
    assert result.status["rubrik"] == "unreadable"  # never "Står inte i dokumentet"
    # No reading note: where a title ends could not be told, so there is nothing sure to quote.
    assert [path for path, _, _ in result.problems if path == "rubrik"] == []


def test_protocol_paragraph_after_a_running_head_and_two_case_numbers(tmp_path: Path) -> None:
    text = (
        "SAMMANTRÄDESPROTOKOLL 1 (9) Plats Rådhuset, Sessionssalen Dag och tid Onsdag den "
        "10 oktober 2012 kl. 14.00 Närvarande Per Ek (S) ordförande\n"
        "SAMMANTRÄDESPROTOKOLL 2 (9) 37 Ändringar i föredragningslistan Nämnden godkänner "
        "ändringen.\n"
        "SAMMANTRÄDESPROTOKOLL 3 (9) 38 BN 2012/101 21 MB 2011-000958 Detaljplan för "
        "kvarteret Eken, antagande Byggnadsnämnden beslutar att anta detaljplanen.\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Detaljplan för kvarteret Eken, antagande"
    assert result.data["beslutande_organ"] == "Byggnadsnämnden"


# --- several ärenden on one page: the one the page is about ------------------------------------


def test_agenda_page_whose_first_items_are_information(tmp_path: Path) -> None:
    # Information items come first and repeat every heading; the item going to a decision is
    # the ärende, with its long proposer's heading naming the bodies it passes through.
    item = (
        "{n} {title}\n\nDiarienummer 2023/BUN {dnr}\n\n"
        "Barn- och utbildningsnämndens förslag till beslut\n* Informationen noteras.\n\n"
        "Beskrivning av ärendet\nNämnden informeras.\n\n"
    )
    text = (
        "Din position: Hem > Exempelby kommun > Barn- och utbildningsnämnden > Sammanträde "
        "2023-03-20\n\nSammanträde 2023-03-20\n\n"
        + item.format(n=1, title="Informationsärende", dnr="0001")
        + item.format(n=2, title="Månadsrapport", dnr="0004")
        + item.format(n=3, title="Tertialrapport", dnr="0007")
        + "4 Riktlinjer för skolskjuts\n\nDiarienummer 2022/BUN 0116 003\n\n"
        "Barn- och utbildningsnämndens förslag till kommunstyrelsen för förslag till "
        "kommunfullmäktige\n* Riktlinjer för skolskjuts fastställs.\n\n"
        "Beskrivning av ärendet\nRiktlinjerna har setts över.\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Riktlinjer för skolskjuts"
    assert result.data["diarienummer"] == "2022/BUN 0116 003"
    organ = result.data.get("slutligt_beslutande_organ") or result.data.get("beslutande_organ")
    assert organ == "Kommunfullmäktige"


def test_case_numbers_every_item_repeats_are_no_page_furniture(tmp_path: Path) -> None:
    item = (
        "{n} {title}\n\nDiarienummer 2021/FN {dnr}\n\n"
        "Fritidsnämndens förslag till beslut\n- Informationen noteras\n\n"
        "Beskrivning av ärendet\nNämnden informeras.\n\n"
    )
    text = (
        "Din position: Hem > Exempelby kommun > Fritidsnämnden > Sammanträde 2021-04-26\n\n"
        + item.format(n=1, title="Informationsärende - Digital fritidsgård", dnr="0002 001")
        + item.format(n=2, title="Månadsrapport", dnr="0014 10")
        + "3 Nytt stall på ridskolan\n\nDiarienummer 2017/FN 0070 71\n\n"
        "Fritidsnämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige\n"
        "1. Utökad investeringsbudget godkänns.\n2. Rambudgeten nyttjas från 1 juli 2022.\n\n"
        "Beskrivning av ärendet\nStallet behöver byggas om.\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Nytt stall på ridskolan"
    assert result.data["diarienummer"] == "2017/FN 0070 71"
    assert len(result.data["forslag_till_beslut"]) == 2


def test_a_page_header_repeating_its_number_is_still_furniture(tmp_path: Path) -> None:
    page = "Diarienummer KS 2020/11 Sida {n}\nText på sidan {n} om taxan och dess grunder.\n"
    text = "Tjänsteskrivelse\nNy taxa för parkering\nÄrendet\n" + "".join(
        page.format(n=n) for n in range(1, 5)
    )
    result = _read(tmp_path, text)
    assert result.data["diarienummer"] == "KS 2020/11"


# --- values the header lacks but the page has ----------------------------------------------------


def test_officials_address_in_a_page_footer(tmp_path: Path) -> None:
    text = (
        "Utbildningsförvaltningen Sida 1 (9) 2019-08-07 Handläggare Hanna Lindqvist "
        "Telefon: 08-508 33 293 Till Utbildningsnämnden 2019-08-29\nNytt program för skolan\n"
        "Sammanfattning\nProgrammet ersätter flera styrdokument.\nUtbildningsförvaltningen "
        "Box 22 049 104 22 Exempelby hanna.lindqvist@edu.exempelby.se exempelby.se\n"
    )
    result = _read(tmp_path, text)
    assert result.data["handlaggare"]["epost"] == "hanna.lindqvist@edu.exempelby.se"


def test_someone_elses_address_is_not_the_officials(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nHandläggare Per Lindqvist\nNytt program för skolan\n"
        "Sammanfattning\nFrågor besvaras av per.svensson@exempelby.se.\n"
    )
    result = _read(tmp_path, text)
    assert "epost" not in result.data.get("handlaggare", {})


def test_number_label_with_a_value_outside_the_header_is_unreadable() -> None:
    # The header gave no number; a labelled one further down (a case document after a
    # meeting's list) makes the number "unreadable", quoted, never "absent".
    from govcheck.documents.extraction import Extraction
    from govcheck.documents.reader import Line
    from govcheck.documents.statuses import number_written
    from govcheck.documents.vocabulary import load_vocabulary

    result = Extraction()
    lines = [Line("Ledamöter och ersättare", 1), Line("Ärendenr 2015/142-00 Handläggare Eva", 9)]
    number_written(result, lines, load_vocabulary(None))
    assert result.raw["diarienummer_unread"][0] == "Ärendenr 2015/142-00"


def test_another_cases_number_in_the_account_is_not_this_ones(tmp_path: Path) -> None:
    text = (
        "Ansökan om utökad budget\nBakgrund\nSocialnämnden beställde boendet 2004 "
        "(Dnr SN/2004:50). Boendet behöver nu byggas om.\n"
    )
    result = _read(tmp_path, text)
    assert result.status["diarienummer"] == "absent"


@pytest.mark.parametrize(
    ("proposal", "organ"),
    [
        ("- Arvodena fastställs enligt förvaltningens förslag.", "Byggnadsnämnden"),
        ("Kommunfullmäktige beslutar att fastställa arvodena.", "Kommunfullmäktige"),
    ],
)
def test_a_bodys_proposal_on_its_own_agenda(tmp_path: Path, proposal: str, organ: str) -> None:
    # "<Body>s förslag till beslut" on the body's agenda: the body decides, unless the text
    # under it names its own deciding body.
    text = (
        "Föredragningslista Byggnadsnämnden 2024-02-01\n"
        "1 Arvoden vid valet 2026\nDiarienummer 2023/BN 0012 004\n"
        f"Byggnadsnämndens förslag till beslut\n{proposal}\n"
        "Beskrivning av ärendet\nArvodena ses över inför valet.\n"
    )
    assert _read(tmp_path, text).data["beslutande_organ"] == organ


def test_the_draft_protocols_body_decides_the_item(tmp_path: Path) -> None:
    text = (
        "KALLELSE KOMMUNFULLMÄKTIGE Kommunfullmäktige i Exempelby kommun kallas till "
        "sammanträde.\nÄrende 2 Avsägelser 2\n"
        "KALLELSE/PROTOKOLLSFÖRSLAG KOMMUNFULLMÄKTIGE AVSÄGELSER KS/2014/ 887\n"
        "Sammanfattning av ärendet\nEn ledamot har lämnat in en avsägelse.\n"
    )
    data = _read(tmp_path, text).data
    assert data["beslutande_organ"] == "Kommunfullmäktige"
    assert data["rubrik"] == "AVSÄGELSER"


@pytest.mark.parametrize(
    ("proposal", "title"),
    [
        # Filing the notices and asking for a new count: more than information.
        (
            "Kommunfullmäktige beslutar att lägga meddelandena till handlingarna. "
            "Hemställes hos länsstyrelsen om ny sammanräkning.",
            "Meddelande från länsstyrelsen",
        ),
        # Only filing the notices: an information item, and the next item is the ärende.
        (
            "Kommunfullmäktige beslutar att lägga meddelandena till handlingarna.",
            "Val av revisorer",
        ),
    ],
)
def test_an_item_that_asks_more_than_noting_is_the_arende(
    tmp_path: Path, proposal: str, title: str
) -> None:
    text = (
        "Exempelby stad\nKommunfullmäktige måndagen den 24 juni 2019 kl. 14:00\n"
        "Ärende 1. Meddelande från länsstyrelsen Dnr 2019/00034 Länsstyrelsen meddelar nya "
        f"ledamöter.\nFörslag till beslut {proposal}\n"
        "Ärende 2. Val av revisorer Dnr 2019/00035 Fullmäktige ska välja revisorer.\n"
        "Förslag till beslut Kommunfullmäktige beslutar att välja revisorer enligt "
        "valberedningens förslag.\n"
    )
    assert _read(tmp_path, text).data["rubrik"] == title


def test_the_bodys_meeting_day_dates_its_agenda_items(tmp_path: Path) -> None:
    text = (
        "Exempelby stad\nByggnadsnämnden tisdagen den 4 juni 2019 kl. 14:00 i Sessionssalen\n"
        "Ärende 1. Ny taxa för bygglov Dnr 2019/00034 Taxan ses över.\n"
        "Förslag till beslut Byggnadsnämnden beslutar att anta taxan.\n"
    )
    assert _read(tmp_path, text).data["datum"] == "2019-06-04"


def test_paragraph_title_between_an_archive_code_and_the_decision_heading(
    tmp_path: Path,
) -> None:
    text = (
        "EXEMPELBY KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 1(4) Kommunstyrelsen "
        "KS 235 Dnr 191/2013 Kod 623 Riktlinjer för skolskjuts - revidering Kommunstyrelsens "
        "beslut Kommunstyrelsen föreslår kommunfullmäktige besluta att anta riktlinjerna.\n"
    )
    assert _read(tmp_path, text).data["rubrik"] == "Riktlinjer för skolskjuts - revidering"


def test_a_governing_documents_page_with_a_facts_block(tmp_path: Path) -> None:
    # A municipality's web page for an adopted document: its title, two paragraphs, and a
    # block of facts whose labels carry colons.
    text = (
        "Hoppa till huvudinnehåll\n\nInformationssäkerhetspolicy för Exempelby kommun\n\n"
        "Informationen är en viktig tillgång för kommunen och ska skyddas väl.\n\n"
        "Denna policy gäller alla verksamheter. Den kompletteras av riktlinjer som beskriver "
        "hur arbetet ska bedrivas i vardagen och vem som ansvarar för vad i organisationen.\n\n"
        "Dokumenttyp: Policy\nAntaget av: Kommunfullmäktige\n"
        "Status: Antaget, 2019-11-05, § 330\nGiltighetstid: Tills vidare\n"
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Informationssäkerhetspolicy för Exempelby kommun"
    assert data["datum"] == "2019-11-05"
    assert data["beslutande_organ"] == "Kommunfullmäktige"
    assert data["typ"] == "policy"


def test_a_hostile_line_of_hyphenated_letters_is_read_quickly(tmp_path: Path) -> None:
    # 80,000 characters of "a-a-a-…": the body-name patterns must not backtrack over it
    # (it took more than a minute before they were bounded).
    started = time.monotonic()
    result = _read(tmp_path, "Tjänsteskrivelse\n" + "a-" * 40_000 + "\n")
    assert time.monotonic() - started < 20
    assert result.status["beslutande_organ"] == "absent"
