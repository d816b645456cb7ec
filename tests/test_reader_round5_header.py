"""Header classes of the fifth reader round (2026-11-23): which municipality a document is from,
its case number and date, and the meeting's people who are no handläggare. Synthetic text
written for each class, not taken from the corpus: names, numbers and wording are invented (a
municipality's name is one of the country's, since the reader knows only those)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import ABSENT, field
from reading import read_text as _read

# --- the deciding municipality, not a guest's or a place's ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kommun"),
    [
        # A guest on the roll of another municipality's protocol names his own: no evidence.
        (
            "1 (20) Plats och tid Sessionssalen kl. 09:00-11:00 Beslutande Eva Ek (S), ordförande"
            " Övriga Lars Holm, kommunsekreterare Maja Berg, Boxholms kommun 12, 14\n"
            "2 (20) 12 Val av justerare Kommunstyrelsens beslut Per Ek väljs till justerare.",
            "okand",
        ),
        # The same roll when the municipality's own council is also named: its own wins.
        (
            "1 (20) Plats och tid Sessionssalen, Ydre kommunhus kl. 09:00 Beslutande Eva Ek (S)"
            " Övriga Maja Berg, Boxholms kommun 12\n"
            "2 (20) 12 Val av justerare Kommunstyrelsens beslut Per Ek väljs till justerare.",
            "ydre",
        ),
        # The place of meeting, the municipality's own town hall, is its only naming.
        (
            "Kallelse till sammanträde med barn- och utbildningsnämnden\n"
            "Tid Måndagen den 4 mars 2019, kl 13:00\n"
            "Plats Sammanträdesrummet Ekan, Ydre kommunhus\n"
            "1 Val av justerare\n2 Delegationsordning",
            "ydre",
        ),
    ],
)
def test_the_municipality_is_its_own_not_a_guests(tmp_path: Path, text: str, kommun: str) -> None:
    assert _read(tmp_path, text).data.get("kommun", "okand") == kommun


# --- the meeting's people are no handläggare ------------------------------------------------------


@pytest.mark.parametrize(
    "roll",
    [
        # A long roll: the official is far past the heading "Övriga närvarande".
        "Övriga närvarande Eva Lund (kommundirektör) Per Sten (ekonomichef) Anna Vik (kommunjurist)"
        " Lars Ås (näringslivschef) 12 Karin Ek (lokalstrateg) 13 Olof Falk (folkhälsostrateg)"
        " 14 Sara Holm (HR-strateg) 12-15",
        # The roll on a page of its own, without the meeting's place and time.
        "Ej tjänstgörande ersättare Kim Ros (S) Ulf Ring (M) Övriga deltagande"
        " Sara Holm (HR-strateg) Ann Lind (sekreterare)",
    ],
)
def test_a_protocols_roll_names_no_handlaggare(tmp_path: Path, roll: str) -> None:
    text = (
        "1 (30) Plats och tid Kommunhuset kl. 08:00-12:00 Utses att justera Ulf Ring\n"
        f"2 (30) Beslutande Kim Ros (S) ordförande {roll}\n"
        "3 (30) 12 Yttrande över remiss Kommunstyrelsens beslut Kommunstyrelsen antar yttrandet."
    )
    assert field(_read(tmp_path, text).data, "handlaggare.namn") is ABSENT


# --- the date: a protocol's notice dates its posting, not the document ----------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Datum för anslags uppsättande 2016-03-14 Förvaringsplats för protokollet Kommunkansliet",
        "Datum då anslaget sätts upp 2016-03-14 Datum då anslaget tas ned 2016-04-05",
    ],
)
def test_the_notices_posting_date_is_not_the_documents(tmp_path: Path, notice: str) -> None:
    # A protocol's first page, flattened: its head, roll, signatures and notice on one line.
    text = (
        "SAMMANTRÄDESPROTOKOLL 1 (12) 2016-03-02 Kommunstyrelsen Plats och tid Sessionssalen"
        " kl. 09:00-11:00 Beslutande Eva Ek (S), ordförande Utses att justera Per Ek"
        " Underskrifter Sekreterare Anna Berg ANSLAG/BEVIS Protokollet är justerat."
        " Justeringen har tillkännagivits genom anslag. Organ Kommunstyrelsen"
        f" Sammanträdesdatum 2016-03-02 {notice}"
    )
    assert field(_read(tmp_path, text).data, "datum") == "2016-03-02"


# --- the case number as the case system prints it -------------------------------------------------


@pytest.mark.parametrize(
    ("header", "number"),
    [
        # The archive's code after the number, dotted.
        ("Dnr Ks 2015.233 1.2.4", "Ks 2015.233 1.2.4"),
        # The register's letters after a number alone on its line.
        ("Diarienummer: 2021.118 KS", "2021.118 KS"),
    ],
)
def test_the_case_number_is_read_whole(tmp_path: Path, header: str, number: str) -> None:
    text = (
        f"{header}\nHandläggare Eva Ek\nÖversyn av taxor\n"
        "Förslag till beslut\nNämnden beslutar att anta taxan.\nÄrendet\nTaxan ses över."
    )
    assert field(_read(tmp_path, text).data, "diarienummer") == number


def test_the_papers_own_number_after_the_agendas(tmp_path: Path) -> None:
    # A kallelse's agenda gives the number short; the tjänsteskrivelse after it, in a row of
    # labels whose values follow the office's name, gives it whole with the archive's code.
    text = (
        "KALLELSE\nFritidsnämnden kallas till sammanträde\nTid Tisdagen den 4 juni 2019 kl. 13.00\n"
        "Ärende Beteckning\n1. Upprop\n2. Val av justerare\n3. Delårsrapport FRN/2019:41\n"
        "4. Övrigt\nEva Ek (S)\nOrdförande fritidsnämnden\nTJÄNSTESKRIVELSE 1 (1)\n"
        "Datum Vår beteckning\nFRITIDSFÖRVALTNINGEN 2019-05-20 FRN/2019:41 - 805\n"
        "Vår handläggare\nPer Holm\nFritidsnämnden\nDelårsrapport\nFörslag till beslut\n"
        "Fritidsnämnden godkänner rapporten.\n"
    )
    assert field(_read(tmp_path, text).data, "diarienummer") == "FRN/2019:41 - 805"


# --- a list of cases gives no one case's number ---------------------------------------------------


def test_a_case_list_number_beside_another_title_is_undecided(tmp_path: Path) -> None:
    # A protocol's ärendelista, each item with its own number; the title read is another
    # item's than the first number's: which number is the document's is not known.
    text = (
        "1(20) Plats och tid Kommunhuset kl. 09.00-11.00 Beslutande ledamöter Eva Ek (S)"
        " Per Holm (M) Justerare Per Holm ANSLAG/BEVIS Protokollet är justerat.\n"
        "2(20) Kommunstyrelsens arbetsutskott Ärendelista 40 Dnr KS 2019/21 Information... 3"
        " 41 Dnr KS 2019/133 Delårsrapport för nämnderna 2019... 4 42 Dnr KS 2019/101 Ny"
        " strategi för vägunderhåll... 9 43 Dnr KS 2018/377 Svar på medborgarförslag om"
        " belysning... 12\n"
    )
    result = _read(tmp_path, text)
    assert field(result.data, "diarienummer") is ABSENT
    assert result.status["diarienummer"] == "unreadable"


@pytest.mark.parametrize(
    ("after", "status"),
    [
        # The pages label no official: the handläggare is absent.
        ("", "absent"),
        # A page further on has a handläggare's label: undecided, one may be named there.
        ("\n2 Tjänsteskrivelse Ny taxa för bygglov Handläggare", "unreadable"),
        # The officials' own paper follows, which may name one without a label.
        ("\n2 TJÄNSTESKRIVELSE Ny taxa för bygglov", "unreadable"),
    ],
)
def test_a_meeting_person_leaves_the_handlaggare_absent_or_undecided(
    tmp_path: Path, after: str, status: str
) -> None:
    text = (
        "Transkript\n\n1 KALLELSE Byggnadsnämnden Byggnadsnämnden kallas till sammanträde Tid"
        " 2016-05-11, kl. 09:00 Plats Lilla salen Maja Ström Nämndsekreterare Ledamöter Kim Ros"
        " (S) Ulf Ring (M) Förteckning över ärenden 1. Val av justerare 2. Ny taxa för bygglov"
        f"{after}\n"
    )
    assert _read(tmp_path, text).status["handlaggare.namn"] == status


@pytest.mark.parametrize(
    "published",
    ["Artikeln publicerades 12 mars 2021", "Publicerad 2021-03-12", "Publicerad: 12 mars 2021"],
)
def test_a_news_pages_date_is_its_publication(tmp_path: Path, published: str) -> None:
    text = (
        f"{published}\n\nKultur- och fritidsnämnden ställer in sammanträdet 23 mars\n\n"
        "Nämnden ställer in sitt sammanträde den 23 mars 2021 på grund av smittorisken.\n"
    )
    result = _read(tmp_path, text)
    assert field(result.data, "datum") == "2021-03-12"
    assert (
        field(result.data, "rubrik") == "Kultur- och fritidsnämnden ställer in sammanträdet 23 mars"
    )


def test_a_header_column_of_labels_then_values(tmp_path: Path) -> None:
    # A PDF's header column: each label on its line, then each value in the same order.
    text = (
        "Tjänsteskrivelse\nSocialförvaltningen\nDatum\nDnr\n2016-09-12\nSN.2016.77\n"
        "Socialnämnden\nÖversyn av riktlinjer för bistånd\nFörslag till beslut\n"
        "Socialnämnden antar riktlinjerna.\n"
    )
    data = _read(tmp_path, text).data
    assert (field(data, "datum"), field(data, "diarienummer")) == ("2016-09-12", "SN.2016.77")


@pytest.mark.parametrize(
    ("unit", "name"),
    [
        ("Socialförvaltningen", "Karin Vik"),
        ("Miljö- och byggförvaltningen", "Karin Vik"),
        # A title that ends in a unit's word is no unit alone.
        ("Attestlista för socialkontoret", ABSENT),
    ],
)
def test_the_official_alone_under_the_unit(tmp_path: Path, unit: str, name: object) -> None:
    text = (
        f"Tjänsteskrivelse\n{unit}\nKarin Vik\nDatum\n2016-09-12\n"
        "Socialnämnden\nÖversyn av riktlinjer för bistånd\nFörslag till beslut\n"
        "Socialnämnden antar riktlinjerna.\n"
    )
    assert field(_read(tmp_path, text).data, "handlaggare.namn") == name


# --- fullmäktige's own meeting paper: its items are decided there --------------------------------

KF = "Kommunfullmäktige"


@pytest.mark.parametrize(
    ("head", "organ"),
    [
        # An agenda whose heading names the paper twice before the body.
        ("1 Kallelse Föredragningslista Kommunfullmäktige 1(2) Plats och tid Stadshuset", KF),
        # A protocol's cover: the letterhead, the paper, a page word, the body in capitals.
        ("YDRE KOMMUN SAMMANTRÄDESPROTOKOLL Sida KOMMUNFULLMÄKTIGE 2014-05-12 1 (30)", KF),
        # A table's cells one a line: the paper, its date, a column heading, the body.
        ("KALLELSE/UNDERRÄTTELSE\nUpprättad\n2016-03-01\nFörslag\nKommunfullmäktige", KF),
        # Another body's paper that mentions fullmäktige is no fullmäktige paper.
        ("Kallelse Kommunstyrelsen 2016-03-01 inför Kommunfullmäktige", None),
        # A paper's name that is another item's subject.
        ("Föredragningslista\nProtokoll från Kommunfullmäktige 2016-02-01", None),
    ],
)
def test_fullmaktige_paper_names_its_deciding_body(
    tmp_path: Path, head: str, organ: str | None
) -> None:
    text = f"{head}\n3 Taxa för bygglov\nÄrendet gäller en ny taxa.\n"
    read = field(_read(tmp_path, text).data, "beslutande_organ")
    assert read == (organ or ABSENT)
