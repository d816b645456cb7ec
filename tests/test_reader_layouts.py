"""Layout classes of the third reader round (2026-11-23), each on synthetic text written for the
class (not taken from the corpus): municipality, names, numbers and wording are invented. Each
test names the class; benchmarks/README.md ("Document reading") lists the corpus misses it
covers. Mostly the forms the held-out set corpus/holdout2 showed: adopted documents' headers,
protocol paragraphs and meeting items whose decision has no heading the sections know."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reading import ABSENT, field
from reading import read_text as _read


def _deciding(data: dict[str, Any]) -> Any:
    return data.get("slutligt_beslutande_organ") or data.get("beslutande_organ")


# --- the deciding body where it is written -------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "body"),
    [
        # Each label on its own line.
        (
            "Typ av dokument: Riktlinje\nBeslutande instans: Fullmäktige\nGäller för: Alla",
            "Fullmäktige",
        ),
        # A flattened header, labels and values run on.
        (
            "2 Fastställt av: Kommunstyrelsen Datum: 3 maj 2012 Gäller för: Alla nämnder",
            "Kommunstyrelsen",
        ),
        # An office deciding by delegation.
        (
            "1(9) för IT Beslutsinstans: Kommundirektör Beslutsdatum: Giltighetstid: Tills vidare",
            "Kommundirektör",
        ),
        ("Beslutat av: Tekniska nämnden\nDiarienummer: TN 2019/4", "Tekniska nämnden"),
    ],
)
def test_adopted_documents_header_names_the_deciding_body(
    tmp_path: Path, header: str, body: str
) -> None:
    text = (
        f"Riktlinjer för parkering i Exempelby kommun\n{header}\n1. Inledning\nText om parkering."
    )
    assert _deciding(_read(tmp_path, text).data) == body


@pytest.mark.parametrize(
    ("text", "body", "points"),
    [
        # A protokollsutdrag: the proposer's heading and the decision sentence on one line, the
        # points below it.
        (
            "Kommunstyrelsen\nSammanträdesdatum\n2021-03-02\n§ 31 Dnr 2021-000077\n"
            "Delårsrapport för Exempelby kommun\n"
            "Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar\n\n"
            "att godkänna delårsrapporten, samt\n\natt avsätta 3 miljoner kronor till reserv.\n\n"
            "Sammanfattning\nText om rapporten.",
            "Kommunfullmäktige",
            2,
        ),
        # A protocol whose paragraphs the publisher ran onto one line each, § signs dropped.
        (
            "Nämnden 2014-02-03 1(9) Plats och tid: Rådhuset\n"
            "Nämnden 2014-02-03 3(9) BN 12 BN 2014/0021 Ny lekplats vid torget "
            "Byggnadsnämnden beslutar att anta förslaget till lekplats. Bakgrund text om platsen.",
            "Byggnadsnämnden",
            1,
        ),
        # A meeting page: the board proposes that the council be proposed to decide.
        (
            "Möte 2023-05-08\n-\n1\nLokalförsörjningsplan för skolan\n"
            "Med anledning av detta föreslår kommunstyrelsen att föreslå kommunfullmäktige att "
            "anta lokalförsörjningsplanen för skolan.\nMer text om planen.",
            "Kommunfullmäktige",
            1,
        ),
    ],
)
def test_decision_sentence_without_a_known_heading(
    tmp_path: Path, text: str, body: str, points: int
) -> None:
    data = _read(tmp_path, text).data
    assert _deciding(data) == body
    assert len(data["forslag_till_beslut"]) == points


def test_proposers_heading_run_on_into_the_decision_text(tmp_path: Path) -> None:
    text = (
        "KSAU 4 Rapport om intern kontroll Änr KS 2017/41 Arbetsutskottets förslag till "
        "Kommunstyrelsen Godkänna rapporten. Uppmana nämnderna att anta kontrollplaner."
    )
    assert _deciding(_read(tmp_path, text).data) == "Kommunstyrelsen"


# --- the municipality named indirectly -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kommun"),
    [
        # A municipality that is a region too names itself so.
        (
            "Tekniska nämnden Kallelse\nRegion Gotland Besöksadress Torget 1\nNy taxa\nText.",
            "gotland",
        ),
        ("REGION GOTLAND\nTjänsteskrivelse\nNy taxa\nText.", "gotland"),
        # A county's region is no municipality.
        ("Region Stockholm\nTjänsteskrivelse\nNy taxa för parkering\nText.", "okand"),
        # The place the matter is in, the only municipality the text names.
        (
            "Tjänsteskrivelse\nNy taxa\nFörslag till principer för medborgardialog i Vingåker.",
            "vingaker",
        ),
        # Two named: no guess.
        ("Tjänsteskrivelse\nNy taxa\nEn dialog i Vingåker som i Flen har prövats.", "okand"),
    ],
)
def test_municipality_named_indirectly(tmp_path: Path, text: str, kommun: str) -> None:
    assert _read(tmp_path, text).data["kommun"] == kommun


# --- an adopted governing document's title -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "typ"),
    [
        (
            "1 Driftinformation\nPolicy för öppna data i Exempelby kommun\n"
            "Typ av styrdokument: Policy\nBeslutande instans: Fullmäktige\n"
            "Gäller för: Kommunövergripande\n1. Inledning\nText.",
            "Policy för öppna data i Exempelby kommun",
            "policy",
        ),
        # The title repeated by a flattened transcript, a page number after it.
        (
            "1 Strategi Program Policy Riktlinjer Exempelby Stads Riktlinjer för e-post "
            "Riktlinjer för e-post 1\n2 Fastställt av: Kommunstyrelsen Datum: 3 maj 2012\n"
            "3 Text om e-post.",
            "Riktlinjer för e-post",
            "riktlinjer",
        ),
        # A web page: the kind above the adoption, the title quoted in the text.
        (
            "Styrdokument, riktlinje\n\nAntagen av Kommunstyrelsen den 2 december 2019 § 12\n\n"
            '"Riktlinje för kommunens bidrag till föreningar" syftar till att ange nivåer.',
            "Riktlinje för kommunens bidrag till föreningar",
            "riktlinjer",
        ),
    ],
)
def test_adopted_documents_title_names_its_kind(
    tmp_path: Path, text: str, title: str, typ: str
) -> None:
    data = _read(tmp_path, text).data
    assert data["rubrik"] == title
    assert data["typ"] == typ


# --- protocol paragraphs whose § the publisher dropped -------------------------------------------


def test_paragraph_marker_without_section_sign_and_the_item_that_decides(tmp_path: Path) -> None:
    # Page numbers kept before each paragraph; the first paragraph with a case number is only
    # announced, the second goes to a decision. Its title is run on into its text, whose
    # first sentence repeats the title's last words.
    text = (
        "1 Kungörelse om sammanträdet har varit anslagen.\n"
        "2 KS 2013/0009 Anmälan av protokoll För kännedom anmäls protokoll från länsstyrelsen.\n"
        "3 KS 2012/0220 Försäljning av bryggor till Norrviks seglarklubb Norrviks seglarklubb "
        "har framfört önskemål om att köpa bryggorna. Kommunstyrelsens förslag till beslut "
        "Kommunfullmäktige beslutar att sälja bryggorna till klubben. Yrkanden text."
    )
    data = _read(tmp_path, text).data
    assert data["diarienummer"] == "KS 2012/0220"
    assert data["rubrik"] == "Försäljning av bryggor till Norrviks seglarklubb"
    assert data["beslutande_organ"] == "Kommunfullmäktige"


def test_running_head_and_abbreviated_paragraph_marker(tmp_path: Path) -> None:
    # Each protocol page run onto one line after its running head; "BN 14" is the paragraph.
    text = (
        "Byggnadsnämnden 2015-04-07 1(20) Plats och tid: Stadshuset, kl 14:00-16:00 Justering "
        "Datum för anslags upprättande: 2015-04-10\n"
        "Byggnadsnämnden 2015-04-07 2(20) BN 13 Val av justerare Byggnadsnämnden beslutar att "
        "utse Eva Ek att justera.\n"
        "Byggnadsnämnden 2015-04-07 3(20) BN 14 BN 2015/0031 om ny detaljplan för hamnen "
        "Byggnadsnämnden beslutar att anta planen. Bakgrund text.\n"
    )
    data = _read(tmp_path, text).data
    assert data["datum"] == "2015-04-07"
    assert data["diarienummer"] == "BN 2015/0031"
    assert data["rubrik"] == "om ny detaljplan för hamnen"
    assert data["beslutande_organ"] == "Byggnadsnämnden"


def test_abbreviated_marker_with_the_number_labelled_below(tmp_path: Path) -> None:
    text = (
        "Plats och tid Stadshuset, kl. 10:00-11:00. Beslutande Eva Ek (S) Justeringens tid "
        "och plats Stadshuset 2017-02-08 Paragrafer 1-9\n"
        "Datum då anslaget sätts upp 2017-02-10\n"
        "KSAU 1 Informationer\nÄnr KS 2017/5 Kommundirektören ger en lägesrapport.\n"
        "KSAU 2 Rapport om intern kontroll 2016\n"
        "Änr KS 2017/31 Arbetsutskottets förslag till Kommunstyrelsen Godkänna rapporten.\n"
    )
    data = _read(tmp_path, text).data
    assert data["diarienummer"] == "KS 2017/31"
    assert data["rubrik"] == "Rapport om intern kontroll 2016"
    assert data["beslutande_organ"] == "Kommunstyrelsen"
    # The notice's date and the adjustment's are not the meeting's.
    assert "datum" not in data


# --- a word broken at a line end -----------------------------------------------------------------


def test_word_broken_at_a_line_end_is_no_misspelt_body(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDnr SN 2017/3\nUtökad budget för boendet\nFörslag till beslut\n"
        "Förvaltningen föreslår att Socialnämnden föreslår kommunfull-mäktige besluta om "
        "utökad budget.\nBakgrund\nKost-nadsuppskattningen visar behovet."
    )
    result = _read(tmp_path, text)
    assert result.data["beslutande_organ"] == "Kommunfullmäktige"
    assert not result.text_values.get("felstavade_organ")


def test_a_hyphen_before_och_stays(tmp_path: Path) -> None:
    # "Kultur-och fridsnämndens": two words joined by "och", the second misspelt.
    text = (
        "Tjänsteskrivelse\nDnr KFN 2020/3\nNy taxa\nÄrendet\n"
        "Ärendet har beretts av Kultur-och fridsnämndens arbetsutskott."
    )
    assert _read(tmp_path, text).text_values.get("felstavade_organ")


# --- a flattened header: the official, the cover's number, a dropped date ------------------------


@pytest.mark.parametrize(
    ("header", "name"),
    [
        (
            "Kommunstyrelsen Kommunledningskontoret Ledningsstaben Per-Olof Ek KSKF/2019:12 "
            "Ny taxa",
            "Per-Olof Ek",
        ),
        ("Kommunledningsförvaltningen Anna Berg,\nTjänsteskrivelse", "Anna Berg"),
    ],
)
def test_official_named_after_the_unit_in_a_flattened_header(
    tmp_path: Path, header: str, name: str
) -> None:
    text = (
        f"{header}\nNy taxa för parkering\nFörslag till beslut\n"
        "Kommunstyrelsen föreslås besluta att anta taxan."
    )
    assert _read(tmp_path, text).data["handlaggare"]["namn"] == name


def test_case_number_on_a_cover_after_the_title(tmp_path: Path) -> None:
    text = (
        "Program för öppna data i Exempelby kommun Ks 2011:118 kommunfullmäktige "
        "Fastställt av kommunfullmäktige 2011-05-30\n1 Inledning\nText."
    )
    data = _read(tmp_path, text).data
    assert data["diarienummer"] == "Ks 2011:118"
    assert data["rubrik"] == "Program för öppna data i Exempelby kommun"


def test_date_label_followed_by_the_numbers_remnant_states_no_date(tmp_path: Path) -> None:
    # The publisher dropped the date and the number's digits: "Datum Ks/2015: Organisation".
    text = (
        "Kommunledningsförvaltningen\nTjänsteskrivelse Datum Ks/2015: Organisation Ny taxa\nText."
    )
    result = _read(tmp_path, text)
    assert "datum" not in result.data
    assert "Datum" in result.empty_fields
    # The remnant is the number as it stands (damaged), not a number left unstated.
    assert result.data["diarienummer"] == "Ks/2015:"


# --- the case type from what the document says it is ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("Uppdaterad Policy för styrdokument\nInnehåll\nText.", "policy"),
        ("Reviderade riktlinjer för bidrag\nText.", "riktlinjer"),
        (
            "Exempelby kommuns yttrande över remissen Bättre kommuner (SOU 2021:3)\n"
            "Ärendebeskrivning\nText.",
            "remissvar",
        ),
        # Sending a draft out on remiss is no reply to one.
        (
            "Dnr KS 2019/4\nRemiss av förslag - Riktlinjer för kamerabevakning\n"
            "Förslag till beslut\n"
            "1. Förslag till riktlinjer för kamerabevakning remitteras till samtliga nämnder.\n"
            "Ärendebeskrivning\nText.",
            "tjansteskrivelse",
        ),
    ],
)
def test_case_type_from_what_the_document_says(tmp_path: Path, text: str, typ: str) -> None:
    assert _read(tmp_path, text).data["typ"] == typ


# --- the meeting's date on a protocol's or a meeting page's cover --------------------------------


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (
            "Kommunstyrelsen Tid Tisdagen den 4 december 2018 kl. 8:00-11:20 Plats Rummet",
            "2018-12-04",
        ),
        ("Möte 2024-06-17\n-\nUpprop", "2024-06-17"),
        (
            "Kommunstyrelsen\n\nSammanträdesdatum\n\n2021-04-13\n\nJusterandes signatur",
            "2021-04-13",
        ),
    ],
)
def test_meetings_date_on_the_cover(tmp_path: Path, head: str, date: str) -> None:
    text = (
        f"{head}\nLokalplan för skolan\nMed anledning av detta föreslår kommunstyrelsen att "
        "föreslå kommunfullmäktige att anta planen.\n"
    )
    assert _read(tmp_path, text).data["datum"] == date


# --- Beslutsunderlag and recipients run together or run on ---------------------------------------


def test_header_kept_only_in_the_publishers_name_for_the_page(tmp_path: Path) -> None:
    text = (
        "Riktlinjer för e-post. EXEMPELBY KOMMUN Kommunledningskontoret Eva Strand "
        "Dnr KS 2014/0031\n\n"
        'Download "Riktlinjer för e-post. EXEMPELBY KOMMUN Kommunledningskontoret Eva Strand. '
        '2014-03-12 Dnr KS 2014/0031 Riktlinjer"\n\nTranskript\n\n'
        "1 1(9) för e-post Beslutsinstans: Kommundirektör Giltighetstid: Tillsvidare\n\n"
        "2 2(9) 1 Inledning Text om e-post."
    )
    data = _read(tmp_path, text).data
    assert data["diarienummer"] == "KS 2014/0031"
    assert data["datum"] == "2014-03-12"
    assert data["handlaggare"]["namn"] == "Eva Strand"


def test_paragraph_run_on_after_the_one_before_it(tmp_path: Path) -> None:
    text = (
        "Kommunstyrelsen Tid Tisdagen den 3 mars 2020 kl. 8:00 Plats Rummet\n"
        "41 Information om budget Överläggning Ekonomichefen redovisar. Kommunstyrelsen fattar "
        "inget beslut. 42 Ny vision för Exempelby kommun\n"
        "Dnr KS 2020/0112 Kommunledningskontorets skrivelse den 1 februari om en ny vision."
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Ny vision för Exempelby kommun"
    assert data["diarienummer"] == "KS 2020/0112"


def test_agenda_item_with_its_proposal_printed_under_it(tmp_path: Path) -> None:
    text = (
        "KALLELSE/ FÖREDRAGNINGSLISTA\nKommunfullmäktige\n"
        "Tid Måndagen den 8 mars 2021 kl. 11:00 Mellan 10:30 och 11:00 sker en information.\n"
        "Föredragningslista\n1. Val av protokollsjusterare\n2. Frågor och interpellationer\n"
        "3. Utökad driftbudgetram för föreningslivet\nKommunstyrelsens förslag till beslut:\n"
        "Kommunfullmäktige beslutar att bifalla nämndens begäran.\n"
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Utökad driftbudgetram för föreningslivet"
    assert data["datum"] == "2021-03-08"


def test_a_web_pages_footer_contact_is_no_official(tmp_path: Path) -> None:
    text = (
        "Styrdokument, riktlinje\nAntagen av Kommunstyrelsen den 3 maj 2019 § 12\n"
        '"Riktlinje för kommunens bidrag till föreningar" anger nivåerna.\n'
        "Sidansvarig:\nSidan uppdaterad: 2020-09-16\nKontakta oss\n• Kansli\n"
        "• Eva Lind\n• Utredningssekreterare\n• Tfn 0123-456 78\n"
    )
    assert not _read(tmp_path, text).data.get("handlaggare")


def test_meeting_portals_dash_agenda_item_that_states_a_decision(tmp_path: Path) -> None:
    text = (
        "Möte 2023-05-08\n-\n1\nUpprop, val av justerare\n-\n2\n"
        "Försäljning av fastigheten Exempelby Berga 1:2\nBakgrund om fastigheten.\n"
        "Därför föreslår kommunstyrelsen att föreslå kommunfullmäktige att sälja fastigheten.\n"
        "-\n3\nÖvriga frågor\n"
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Försäljning av fastigheten Exempelby Berga 1:2"
    assert data["datum"] == "2023-05-08"
    assert data["slutligt_beslutande_organ"] == "Kommunfullmäktige"


# --- one field read from one text, per class ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param(
            # "… antagen av kommunfullmäktige" inside a sentence, without a colon, is background.
            "Tjänsteskrivelse\nDnr KS 2020/12\nNy taxa för parkering\nÄrendet\n"
            "Taxan antagen av kommunfullmäktige 2015 ska ses över.",
            "beslutande_organ",
            ABSENT,
            id="an_adoption_in_running_text_is_no_label",
        ),
        pytest.param(
            "Kommunledningskontoret Ekonomiavdelningen Stab KS 2019/12\nNy taxa\nText.",
            "handlaggare.namn",
            ABSENT,
            id="a_unit_after_the_unit_is_no_official",
        ),
        pytest.param(
            "Yttrande över Ds 2008:12 om kommunal redovisning\nText om förslaget.",
            "diarienummer",
            ABSENT,
            id="government_series_is_no_case_number",
        ),
        pytest.param(
            "Tjänsteskrivelse\nDnr KS 2021/8\nDelårsrapport\nBeslutsunderlag\n"
            "Allmänna utskottet 2021-02-25 § 12 Tjänsteutlåtande 2021-02-20\n"
            "Delårsrapport 2021-02-18\nÄrendet\nText.",
            "beslutsunderlag",
            [
                "Allmänna utskottet 2021-02-25 § 12",
                "Tjänsteutlåtande 2021-02-20",
                "Delårsrapport 2021-02-18",
            ],
            id="papers_run_together_on_one_line_are_told_apart",
        ),
        pytest.param(
            "Tjänsteskrivelse\nDnr KS 2015/8\nSvar på motion\nBeslutsunderlag Tjänsteskrivelse "
            "Rapport Motioner och e-förslag\nÄrendet\nText.",
            "beslutsunderlag",
            ["Tjänsteskrivelse", "Rapport Motioner och e-förslag"],
            id="a_kind_alone_before_a_named_paper",
        ),
        pytest.param(
            # A protokollsutdrag's last line, then (page 2) the report it covers.
            "(1)\n§ 12 Dnr 2021-000044\nÅrsredovisning 2020\nKommunstyrelsens förslag till "
            "kommunfullmäktige Kommunfullmäktige beslutar\natt godkänna årsredovisningen.\n"
            "Beslutet skickas till Kommunfullmäktige\n(2)\nEtt starkt bokslut för kommunen\n"
            "Året har varit ovanligt på många sätt.",
            "beslutet_skickas_till",
            ["Kommunfullmäktige"],
            id="recipients_end_with_their_page",
        ),
        pytest.param(
            "Riktlinjer för e-post\n1 1(9) för e-post Beslutsinstans: Kommundirektör "
            "Giltighetstid: Tillsvidare\n2 Inledning Text.",
            "handlaggare.namn",
            ABSENT,
            id="a_label_and_its_value_are_no_name",
        ),
        pytest.param(
            "KALLELSE 2020-01-09\nOrdförandeförslag\n"
            "Nämndens mål och internbudget 2020 (TEF/2019:263)\nText om budgeten.",
            "rubrik",
            "Nämndens mål och internbudget 2020",
            id="bracketed_case_number_closing_a_title_is_no_part_of_it",
        ),
        pytest.param(
            "PM\nDatum Diarienr Central förvaltning Stab Eva Lind, Controller\n"
            "Utredning om skolskjutsar\nBakgrund\nText.",
            "handlaggare.namn",
            "Eva Lind",
            id="a_units_kind_before_the_name_is_no_part_of_it",
        ),
        pytest.param(
            "Tjänsteskrivelse\nDnr KS 2020/4\nNy taxa för parkering\nÄrendet\n"
            "Taxan gäller för:\n-\nBoende i centrum\n-\nFöretag med tillstånd\n",
            "rubrik",
            "Ny taxa för parkering",
            id="a_bulleted_list_on_dash_lines_is_no_agenda",
        ),
    ],
)
def test_one_field_read(tmp_path: Path, text: str, path: str, expected: object) -> None:
    assert field(_read(tmp_path, text).data, path) == expected
