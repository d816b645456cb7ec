"""Title classes of the fifth reader round (2026-11-23), each on synthetic text written for the
class (not taken from the corpus): municipality, names, numbers and wording are invented. Most are
the forms of protocols and meeting papers: which item of a contents list or agenda is the ärende,
and where a paragraph's title ends when the text runs on after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import ABSENT, field
from reading import read_text as _read

_COVER = (
    "Protokoll\nSocialnämnden 2021-04-12\n"
    "Plats och tid Rådhuset, kl 13.00-15.00\nBeslutande Anna Ek (S), ordförande\n"
)

# --- which item of a contents list or an agenda is the ärende -------------------------------------


@pytest.mark.parametrize(
    ("listing", "title"),
    [
        # The meeting's own business opens the contents: the first item after it.
        (
            "Innehållsförteckning\n§ 12 Val av justerare ... 3\n"
            "§ 13 Taxa för färdtjänst ... 4\n§ 14 Bokslut för nämnden ... 6\n",
            "Taxa för färdtjänst",
        ),
        # A report from an official, and the delegation decisions noted, are no ärende either.
        (
            "§ 40 Information från förvaltningschefen\n§ 41 Anmälan av delegationsbeslut\n"
            "§ 42 Riktlinjer för bostadsanpassning\n§ 43 Internbudget\n",
            "Riktlinjer för bostadsanpassning",
        ),
        # The one paragraph printed with its text is the ärende, even when it is the meeting's
        # own business: the contents list comes before it.
        (
            "Innehållsförteckning\n§ 7 Fastställande av dagordning\n"
            "§ 8 Ny lokal för dagverksamhet\n§ 9 Uppföljning av mål\nJusterarsignaturer\n"
            "§ 7 Fastställande av dagordning\n"
            "Arbetsutskottet godkänner dagordningen med ett tillägg\n",
            "Fastställande av dagordning",
        ),
    ],
)
def test_contents_item_that_is_the_arende(tmp_path: Path, listing: str, title: str) -> None:
    assert field(_read(tmp_path, _COVER + listing).data, "rubrik") == title


# --- where a paragraph's title ends in a flattened protocol ---------------------------------------

_PAGE = "Protokoll Kommunstyrelsens arbetsutskott 2019-03-04\n"


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        # The transcript dropped the body's name before the decision: "… beslutar 1. …".
        (
            "§ 31 Dnr KS 2019/45 Yttrande över vattenplan för Exempelby kommun beslutar "
            "1. Tillstyrka planen. 2. Uppdra åt förvaltningen att följa arbetet.",
            "Yttrande över vattenplan för Exempelby kommun",
        ),
        # … and before "s beslut", the decision's heading.
        (
            "§ 32 Dnr KS 2019/46 Information om trafiksäkerhet s beslut Informationen noteras "
            "till protokollet. Föreningen arbetar med trafiksäkerhet i hela länet sedan länge.",
            "Information om trafiksäkerhet",
        ),
        # A body the decision sentences do not know, named before "beslutar att".
        (
            "§ 33 Dnr KS 2019/47 Bidrag till hembygdsgården Kommunstyrelsens arbetsutskott "
            "beslutar att bevilja bidraget om 20 000 kr ur kommunstyrelsens anslag.",
            "Bidrag till hembygdsgården",
        ),
        # The text's first sentence opens with the title's own first words.
        (
            "§ 34 Dnr KS 2019/48 Idrottsförbundet Mellanbygdens begäran om ledamot i styrelsen "
            "Idrottsförbundet Mellanbygden begär att kommunen nominerar en ledamot till "
            "förbundets styrelse för tiden fram till nästa val.",
            "Idrottsförbundet Mellanbygdens begäran om ledamot i styrelsen",
        ),
    ],
)
def test_paragraph_title_ends_where_its_text_begins(
    tmp_path: Path, paragraph: str, title: str
) -> None:
    assert field(_read(tmp_path, _PAGE + paragraph).data, "rubrik") == title


def test_paragraph_title_without_an_end_is_unreadable(tmp_path: Path) -> None:
    # Nothing tells where the title ends: the title stands there, it is not read.
    words = " ".join(f"ordet{n} samt" for n in range(60))
    result = _read(tmp_path, _PAGE + f"§ 35 Dnr KS 2019/49 Uppföljning av {words}")
    assert field(result.data, "rubrik") is ABSENT
    assert result.status["rubrik"] == "unreadable"


# --- a protocol paragraph whose § sign a transcript dropped ---------------------------------------

_FLAT_COVER = (
    "Plats och tid Stadshuset, kl. 13.00-16.00 Beslutande Eva Lind (S), ordförande "
    "Utses att justera Per Ek Paragrafer 210-236 Sekreterare Lisa Berg\n"
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # The paragraph's number, one the cover lists, and its title opening a page.
        (
            "212 Ny taxa för bygglov Kommunstyrelsens beslut 1. Taxan antas. 2. Taxan gäller "
            "från den 1 januari.",
            "Ny taxa för bygglov",
        ),
        # The page's date and the paragraph's number on a line, the case number opening the next.
        (
            "2016-05-10  214\nDnr 2016/KA0112 Bidrag till föreningen Bygdegården s beslut "
            "Bidraget beviljas. Föreningen har ansökt om bidrag för ett nytt tak.",
            "Bidrag till föreningen Bygdegården",
        ),
    ],
)
def test_paragraph_without_its_sign(tmp_path: Path, page: str, title: str) -> None:
    assert field(_read(tmp_path, _FLAT_COVER + page).data, "rubrik") == title


def test_paragraph_after_the_pages_running_head(tmp_path: Path) -> None:
    # The head the first page opens with opens the paragraph's page too, a wide gap after it.
    text = (
        "Socialnämnden Sammanträdesdatum  Plats och tid Rådhuset kl 09.00 Beslutande Eva Lind\n"
        "Socialnämnden Sammanträdesdatum  44 Förändrade öppettider på träffpunkterna "
        "Enligt förvaltningens förslag ändras öppettiderna från hösten."
    )
    assert field(_read(tmp_path, text).data, "rubrik") == (
        "Förändrade öppettider på träffpunkterna"
    )


def test_meeting_date_after_the_second_word_for_the_meeting(tmp_path: Path) -> None:
    # A flattened cover names the place without a date first, the meeting's date further on,
    # then the notice's dates.
    text = (
        "Plats och tid Rådhuset, klockan 09:00-12:00 Beslutande Eva Lind (S) Paragrafer 61-70 "
        "Nämnd Socialnämnden Sammanträdesdatum 2018-03-07 Datum då anslaget sätts upp 2018-03-12\n"
        "Datum då anslaget tas ned 2018-04-03\n"
        "61 Ändrad delegationsordning Socialnämndens beslut 1. Delegationsordningen ändras.\n"
    )
    assert field(_read(tmp_path, text).data, "datum") == "2018-03-07"


# --- a meeting's cover where a title would stand ------------------------------------------------


@pytest.mark.parametrize(
    "cover",
    [
        # The notice's dates and where the protocol is kept, run together by a transcript.
        "Datum för anslagets nedtagande 2019-05-02 Förvaringsplats för protokollet Kansliet",
        # The meeting's time and place, under a label split from its value.
        "Tid\nonsdagen den 6 mars 2019 kl. 18.30\nPlats\nRådhuset",
        # The notice's own sentence.
        "Fritidsnämnden kallas härmed till sammanträde i Rådhuset",
        # Who signs the protocol.
        "Sekreterare Lisa Berg Ordförande Eva Lind Justerare Per Ek",
    ],
)
def test_meeting_cover_is_no_title(tmp_path: Path, cover: str) -> None:
    result = _read(tmp_path, f"SOCIALNÄMNDEN\n{cover}\n")
    assert field(result.data, "rubrik") is ABSENT


def test_news_page_furniture_is_no_title(tmp_path: Path) -> None:
    # A municipal news page: the line saying when it was published stands above the title.
    text = (
        "Artikeln publicerades 3 mars 2021\n"
        "Fullmäktiges möte i mars hålls på distans\n"
        "Ledamöterna deltar digitalt på grund av smittläget.\n"
    )
    assert field(_read(tmp_path, text).data, "rubrik") == (
        "Fullmäktiges möte i mars hålls på distans"
    )


def test_agenda_items_presenter_is_no_part_of_its_title(tmp_path: Path) -> None:
    text = (
        "Ärenden\n1 Ändrade regler för bostadsbidrag. - Karin Holm\n"
        "2 Ny förskola i Norrby. - Olle Sund\n"
    )
    assert field(_read(tmp_path, text).data, "rubrik") == "Ändrade regler för bostadsbidrag"


@pytest.mark.parametrize(
    "line",
    [
        # A body's name alone, with the page number a transcript left after it.
        "Kultur- och fritidsnämnden",
        "Norrbys socialnämnd",
        "Kommunstyrelsen (12)",
        # A meeting's heading.
        "Tekniska nämndens sammanträde",
    ],
)
def test_body_name_alone_is_no_title(tmp_path: Path, line: str) -> None:
    assert field(_read(tmp_path, f"{line}\n").data, "rubrik") is ABSENT


def test_publishers_name_that_is_the_meetings_time_is_no_title(tmp_path: Path) -> None:
    # A site named the page after the notice's time and place.
    text = (
        'Download "Torsdagen den 4 april 2019 kl 18:00 Plats: Folkets hus"\n'
        "Transkript\n1 Torsdagen den 4 april 2019 kl 18:00 Plats: Folkets hus Ärenden\n"
    )
    assert field(_read(tmp_path, text).data, "rubrik") is ABSENT


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A paragraph marker alone where the title would stand.
        ("PROTOKOLL\n§ 88\n", ABSENT),
        # The archive code of a case number cut short before the title.
        (
            "§ 12 Dnr Ks 2020.41 2.1.4 Försäljning av tomt i Norrby\n",
            "Försäljning av tomt i Norrby",
        ),
    ],
)
def test_item_title_without_marker_or_code(tmp_path: Path, text: str, title: object) -> None:
    assert field(_read(tmp_path, text).data, "rubrik") == title


# --- the ärende of a meeting's list of items run together ------------------------------------

_NOTICE = "KALLELSE Byggnadsnämnden kallas härmed till sammanträde torsdag den 2 maj i Rådhuset. "


@pytest.mark.parametrize(
    ("listing", "title"),
    [
        # The meeting's own business first, page numbers after the titles.
        (
            "Föredragningslista Sidnr 1. Val av justerare 2 2. Motion om laddstolpar 3 "
            "3. Motion om solceller 5 4. Medborgarförslag om parkbänkar 7",
            "Motion om laddstolpar",
        ),
        # Announcements and reports noted go to no decision; an item with its own case number
        # goes before one without.
        (
            "Föredragningslista Nr Ärende 1. Upprop 2. Anmälningar 3. Information om bygglov "
            "4. Valärenden 5. Detaljplan för Norrby centrum BN 2019/112 6. Tillsynsplan BN 2019/80",
            "Detaljplan för Norrby centrum",
        ),
        # Numbers without full stops, the first dropped by the site.
        (
            "Förteckning över byggnadsnämndens ärenden den 2 maj Justering 2 Redovisning av "
            "delegeringsbeslut 3 Ny taxa för strandskyddsdispens 4 Tillsynsplan för 2020",
            "Ny taxa för strandskyddsdispens",
        ),
    ],
)
def test_listed_item_that_is_the_arende(tmp_path: Path, listing: str, title: str) -> None:
    assert field(_read(tmp_path, _NOTICE + listing).data, "rubrik") == title


def test_printed_list_on_lines_of_its_own(tmp_path: Path) -> None:
    # Each item on its line, a title hyphenated over two, and after the list's last item
    # another paper: its case number is no item's.
    text = (
        "KALLELSE/FÖREDRAGNINGSLISTA Miljönämnden 2020-02-03\nÄrenden\n"
        "1 Muntlig information om tillsynen\n"
        "2 Ny taxa för livsmedelskontroll och investerings-\nplan för 2021\n"
        "3 Delegationsbeslut\n4 Förvaltningschefen informerar\n"
        "ORDFÖRANDEFÖRSLAG\nDnr MN/2020:12\n"
    )
    assert field(_read(tmp_path, text).data, "rubrik") == (
        "Ny taxa för livsmedelskontroll och investeringsplan för 2021"
    )


def test_list_before_the_case_document_is_not_read(tmp_path: Path) -> None:
    # The kallelse's list, then the tjänsteskrivelse of one of its items: that one's title.
    text = (
        _NOTICE + "Föredragningslista 1. Val av justerare 2. Motion om laddstolpar "
        "3. Motion om solceller 4. Tillsynsplan\n"
        "TJÄNSTESKRIVELSE\nDatum 2019-04-20\nDiarienummer BN 2019/80\n"
        "Tillsynsplan för 2020\nFörslag till beslut\nByggnadsnämnden antar planen.\n"
    )
    assert field(_read(tmp_path, text).data, "rubrik") == "Tillsynsplan för 2020"


@pytest.mark.parametrize(
    ("contents", "title"),
    [
        # A protocol's contents run together, counting its paragraphs from the meeting's first.
        (
            "ÄRENDELISTA 88 Val av justerare 89 Kommundirektören informerar "
            "90 Ny vägplan för Norrby 91 Svar på motion om gatubelysning 92 Taxa för parkering",
            "Ny vägplan för Norrby",
        ),
        # A document's own table of contents counts its chapters from 1: no list of items.
        ("Innehållsförteckning 1 Inledning 2 Bakgrund 3 Syfte 4 Mål", ABSENT),
    ],
)
def test_protocol_contents_run_together(tmp_path: Path, contents: str, title: object) -> None:
    text = "Protokoll Tekniska nämnden Plats och tid Rådhuset kl 13.00\n" + contents + "\n"
    assert field(_read(tmp_path, text).data, "rubrik") == title
