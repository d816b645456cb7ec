"""Layout classes the reader generalises to, each on synthetic text written for the class (not
taken from the corpus): municipality, names, numbers and wording are invented. Each test names
the class; benchmarks/README.md ("Document reading") lists which corpus misses it covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from govcheck.documents.loader import extract_file
from reading import ABSENT, field
from reading import read_text as _read

# --- diarienummer forms of the case systems ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("KS/2021:345", "KS/2021:345"),
        ("BUN/2019:12", "BUN/2019:12"),
        ("KS: 77/2016", "KS: 77/2016"),
    ],
)
def test_case_system_number_after_its_label(tmp_path: Path, written: str, expected: str) -> None:
    text = (
        f"Tjänsteskrivelse\nDnr {written}\nHandläggare Olle Ek\n"
        "Ny taxa för parkering\nÄrendet\nText om taxan."
    )
    assert _read(tmp_path, text).data["diarienummer"] == expected


@pytest.mark.parametrize("written", ["KS/2021:345", "KS: 77/2016"])
def test_case_system_number_without_a_label(tmp_path: Path, written: str) -> None:
    text = f"Samhällsbyggnad  Missiv  {written}\nNy taxa för parkering\nÄrendet\nText."
    assert _read(tmp_path, text).data["diarienummer"] == written


def test_label_row_whose_values_follow_in_order(tmp_path: Path) -> None:
    # "DATUM" over "DNR <date> <number>": the values follow in the labels' order.
    text = "DATUM\nDNR 2020-03-04 KS/2020:88\nRemiss om ny färdtjänstlag\nÄrendet\nText."
    data = _read(tmp_path, text).data
    assert data["diarienummer"] == "KS/2020:88"
    assert data["datum"] == "2020-03-04"


# --- the letterhead ----------------------------------------------------------------------------


def test_letterhead_address_block_is_neither_title_nor_official(tmp_path: Path) -> None:
    text = (
        "Sida 1 POSTADRESS Exempelby kommun 123 45 Exempelby BESÖKSADRESS Torget 1\n"
        "TELEFON 0123-45 67 00 vx FAX 0123-45 67 01\n"
        "Datum 2020-01-10\n"
        "Yttrande\n"
        "Yttrande över betänkandet om vägar\n"
        "Sammanfattning\n"
        "Kommunen tillstyrker förslaget."
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Yttrande över betänkandet om vägar"
    assert "telefon" not in data.get("handlaggare", {})


def test_kind_word_alone_in_the_header_is_not_a_heading(tmp_path: Path) -> None:
    # "Yttrande" alone above the title names the document's kind; it does not end the header.
    text = "Datum 2020-01-10\nYttrande\nYttrande över planen för skolor\nBakgrund\nText."
    data = _read(tmp_path, text).data
    assert data["typ"] == "remissvar"
    assert data["rubrik"] == "Yttrande över planen för skolor"


def test_publishers_name_ending_in_the_number_gives_the_title_without_it(tmp_path: Path) -> None:
    text = (
        'Plan för nya cykelbanor KS/2019:5\n\nDownload "Plan för nya cykelbanor KS/2019:5"\n\n'
        "Transkript\n\n1 TJÄNSTESKRIVELSE Kommunstyrelsen Plan för nya cykelbanor KS/2019:5 "
        "Förslag till beslut Kommunstyrelsen beslutar att anta planen. Ärendet Text om planen."
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Plan för nya cykelbanor"
    assert data["diarienummer"] == "KS/2019:5"


# --- the official without a label ----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "name", "title"),
    [
        # name and title after the kind word and the body
        (
            "TJÄNSTESKRIVELSE Barnnämnden Lina Holm Kvalificerad handläggare Telefon",
            "Lina Holm",
            "Kvalificerad handläggare",
        ),
        # a revision mark before the name, the body after the title
        ("rev. Per-Olof Strand Kanslichef Kommunstyrelsen", "Per-Olof Strand", "Kanslichef"),
        # the title on the line above the name
        ("Exempelby kommun Miljöstrateg\nKarin Lund", "Karin Lund", "Miljöstrateg"),
        # the title before the name, a phone number after it
        ("Administrativ chef Nils Berg 0123-45 67 89", "Nils Berg", "Administrativ chef"),
    ],
)
def test_official_named_with_a_title_and_no_label(
    tmp_path: Path, header: str, name: str, title: str
) -> None:
    text = f"{header}\nNy plan för lekplatser\nÄrendet\nText om planen."
    person = _read(tmp_path, text).data["handlaggare"]
    assert (person["namn"], person["titel"]) == (name, title)


def test_title_from_the_signature_after_a_labelled_name(tmp_path: Path) -> None:
    text = (
        "Handläggare Sara Ek\nTfn Kommunstyrelsen Plan för lekplatser\nBakgrund\nText om planen. "
        "Samhällsbyggnadsförvaltningen Sara Ek Planarkitekt Postadress Box 1"
    )
    person = _read(tmp_path, text).data["handlaggare"]
    assert person == {"namn": "Sara Ek", "titel": "Planarkitekt"}


# --- the municipality named in running text only ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kommun"),
    [
        ("Barn- och utbildningsnämnden i Kungsör beslutade om detta.", "kungsor"),
        ("Kungsör den 3 maj 2012 Kommunstyrelsen", "kungsor"),
        ("Per Ek (M) entledigades som ledamot i Kungsörs kommunfullmäktige.", "kungsor"),
        ("Plats och tid Kommunhuset, Kungsör 2012-05-03, kl. 13.00", "kungsor"),
        ("KUNGSÖRS KOMMUN SAMMANTRÄDESPROTOKOLL", "kungsor"),
    ],
)
def test_municipality_named_where_only_its_own_can_stand(
    tmp_path: Path, sentence: str, kommun: str
) -> None:
    text = f"Tjänsteskrivelse\nNy plan för bad\nÄrendet\nText om planen. {sentence}"
    assert _read(tmp_path, text).data["kommun"] == kommun


def test_digits_only_number_of_one_profile_names_it_a_prefixed_one_does_not(
    tmp_path: Path,
) -> None:
    only_digits = "Tjänsteutlåtande\nDiarienummer 0123/18\nNy plan för bad\nÄrendet\nText."
    prefixed = "Tjänsteutlåtande\nDiarienummer KS 2018/123\nNy plan för bad\nÄrendet\nText."
    assert _read(tmp_path, only_digits).data["kommun"] == "goteborg"
    assert _read(tmp_path, prefixed, "b.txt").data["kommun"] == "okand"


@pytest.mark.parametrize(
    "signature",
    [
        "Justerare\nPer Dahl Sekreterare",  # a protocol's signatures
        "Övriga närvarande\nKarl Berg, ekonomichef Lisa Ek, nämndsekreterare",  # attendance
        "Närvarande Bo Lind Eva Holm kommunsekreterare",  # a list, a surname before the title
    ],
)
def test_protocol_signatures_and_attendance_are_not_the_official(
    tmp_path: Path, signature: str
) -> None:
    text = (
        f"Protokoll\n§ 12 Ny plan för bad\nKommunstyrelsen beslutar att anta planen.\n{signature}"
    )
    assert "namn" not in _read(tmp_path, text).data.get("handlaggare", {})


# --- protocol paragraphs and meeting items -------------------------------------------------


def test_protocol_paragraph_title_and_number(tmp_path: Path) -> None:
    # The first paragraph with a case number is the ärende; an announcement before it has none.
    text = (
        "Protokoll Kommunstyrelsen 2019-03-04\n"
        "§ 21 Information från kommundirektören\nKommundirektören informerar.\n"
        "§ 22 Ny taxa för hamnplatser\nDnr KS 2019/41\n"
        "Kommunstyrelsens beslut\nTaxan antas.\n"
        "Beslutsnivå\nKommunfullmäktige\n"
        "Ärendebeskrivning\nHamnen behöver en ny taxa."
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Ny taxa för hamnplatser"
    assert data["diarienummer"] == "KS 2019/41"
    assert data["beslutande_organ"] == "Kommunstyrelsen"
    assert data["slutligt_beslutande_organ"] == "Kommunfullmäktige"
    assert data["forslag_till_beslut"] == ["Taxan antas."]


def test_paragraph_marker_with_the_number_and_the_title_below(tmp_path: Path) -> None:
    text = (
        "Sammanträdesprotokoll\nKS § 7 KS/2020:12 - 002\nMotion om fler bänkar i parken\n"
        "Anna Ek (C) har lämnat in en motion."
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Motion om fler bänkar i parken"
    assert data["diarienummer"] == "KS/2020:12 - 002"  # with its archive code


def test_decision_heading_names_the_bodies(tmp_path: Path) -> None:
    text = (
        "§ 5 Riktlinjer för lokaler\nDnr 2022/KFN 0012\n"
        "Kulturnämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige\n"
        "1. Riktlinjerna fastställs.\n2. De äldre riktlinjerna upphör att gälla.\n"
        "Ärendet\nText."
    )
    data = _read(tmp_path, text).data
    final = data.get("slutligt_beslutande_organ") or data["beslutande_organ"]
    assert final == "Kommunfullmäktige"
    assert len(data["forslag_till_beslut"]) == 2


def test_second_decision_heading_below_the_first_continues_it(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDnr KS 2020/3\nPlan för parker\nFörslag till beslut\n"
        "Kontorets förslag till kommunstyrelsen:\n1. Planen antas.\n2. Kontoret får i uppdrag "
        "att följa upp planen.\nÄrendet\nText."
    )
    data = _read(tmp_path, text).data
    assert len(data["forslag_till_beslut"]) == 2


@pytest.mark.parametrize(
    "head",
    [
        "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2017-05-09",
        "Plats och tid Stadshuset 2017-05-09, kl. 13.00\nDatum då anslaget sätts upp 2017-05-16",
        "Organ Kommunstyrelsen Sammanträdesdatum 2017-05-09",
    ],
)
def test_protocol_paragraph_takes_the_meetings_date(tmp_path: Path, head: str) -> None:
    text = f"{head}\n§ 12 Ny plan för bad\nDnr KS 2017/8\nKommunstyrelsens beslut\nPlanen antas."
    assert _read(tmp_path, text).data["datum"] == "2017-05-09"


# --- adopted governing documents -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "typ", "organ", "datum"),
    [
        (
            "Kommunstyrelsens riktlinjer för resor i tjänsten\n\n"
            "Fastställda av kommunstyrelsen 12 mars 2019 § 40.\nDiarienummer KS 2019/77.\n\n"
            "Resor\n\nResor ska planeras med omsorg om miljön.",
            "Kommunstyrelsens riktlinjer för resor i tjänsten",
            "riktlinjer",
            "Kommunstyrelsen",
            "2019-03-12",
        ),
        (
            "Kommunfullmäktige Policy för ägarstyrning av bolagen "
            "Antogs av kommunfullmäktige 5 maj 2015 Inledning Bolagen styrs av ägaren.",
            "Policy för ägarstyrning av bolagen",
            "policy",
            "Kommunfullmäktige",
            "2015-05-05",
        ),
    ],
)
def test_adopted_governing_document(
    tmp_path: Path, text: str, title: str, typ: str, organ: str, datum: str
) -> None:
    data = _read(tmp_path, text).data
    assert (data["rubrik"], data["typ"], data["beslutande_organ"], data["datum"]) == (
        title,
        typ,
        organ,
        datum,
    )


# --- the deciding body -----------------------------------------------------------------------


def test_proposed_to_propose_to_another_body(tmp_path: Path) -> None:
    text = (
        "Missiv\nDnr KS 2020/3\nPlan för parker\nSammanfattning\nKommunstyrelsen föreslås "
        "besluta att föreslå kommunfullmäktige att anta planen. Samhällsbyggnad Eva Berg"
    )
    data = _read(tmp_path, text).data
    assert (data.get("slutligt_beslutande_organ") or data["beslutande_organ"]) == (
        "Kommunfullmäktige"
    )


def test_protocol_decision_sentence_without_heading(tmp_path: Path) -> None:
    text = (
        "Protokoll 2021-03-03\n§ 9\nFastställande av föredragningslista\n"
        "Sociala nämnden fastställer utsänd föredragningslista.\n§ 10\nAnmälningar"
    )
    data = _read(tmp_path, text).data
    assert data["beslutande_organ"] == "Sociala nämnden"
    assert len(data["forslag_till_beslut"]) == 1


def test_heading_run_on_after_the_title(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDnr SN 2017/4\nÅrsbokslut 2016 Förslag till beslut\n"
        "1. Socialnämnden beslutar att godkänna bokslutet.\nSammanfattning\nText."
    )
    data = _read(tmp_path, text).data
    assert data["beslutande_organ"] == "Socialnämnden"
    assert data["rubrik"] == "Årsbokslut 2016"


# --- the era and the kind, for the rules in force ------------------------------------------


@pytest.mark.parametrize(("number", "year"), [("0412/16", 2016), ("KS 2014/77", 2014)])
def test_era_from_the_diarienummer_when_no_date_is_given(
    tmp_path: Path, number: str, year: int
) -> None:
    text = f"Tjänsteutlåtande\nUtfärdat\nDiarienummer {number}\nNy plan för bad\nÄrendet\nText."
    result = _read(tmp_path, text)
    assert "datum" not in result.data
    assert result.inferred["datum"].year == year


def test_agenda_information_item_before_the_arende_is_skipped(tmp_path: Path) -> None:
    text = (
        "Föredragningslista Kommunstyrelsen 2024-02-01\n"
        "1 Rapport från kommundirektören\nDiarienummer 2024/KS 0003\n"
        "Kommunstyrelsens förslag till beslut\n- Informationen noteras.\n"
        "2 Arvoden vid valet till riksdagen 2026\nDiarienummer 2023/VN 0012 004\n"
        "Kommunstyrelsens förslag till kommunfullmäktige\n1. Arvodena fastställs.\n"
        "2. Kostnaden finansieras inom ramen.\n"
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Arvoden vid valet till riksdagen 2026"  # a year, no marker
    assert data["diarienummer"] == "2023/VN 0012 004"
    assert len(data["forslag_till_beslut"]) == 2


def test_paragraph_title_with_the_decision_heading_run_on(tmp_path: Path) -> None:
    # A PDF box joins the heading below the title onto its line.
    text = (
        "§12 Regler för parkering vid skolor Kommunstyrelsens förslag\n"
        "1. Reglerna godkänns.\n2. Nämnden får i uppdrag att följa upp.\nDnr KS 2013/9"
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Regler för parkering vid skolor"


def test_ministry_number_quoted_is_not_the_replys_and_the_date_row_gives_it(
    tmp_path: Path,
) -> None:
    text = (
        "YTTRANDE\n2020-02-03 87–2020\nExempelby kommun, 123 45 Exempelby\n"
        "Socialdepartementet\nBetänkandet Framtidens socialtjänst (SOU 2020:1)\n"
        "(dnr S2020/00123/FS)\nExempelby kommun tillstyrker förslaget."
    )
    data = _read(tmp_path, text).data
    assert data["diarienummer"] == "87–2020"
    assert data["datum"] == "2020-02-03"


def test_header_run_onto_one_line_gives_date_and_bracketed_number_title(tmp_path: Path) -> None:
    text = (
        "Skrivelse Eva Lind 2014-03-12 031-123 45 67 e-post: eva.lind@exempelby.se "
        "Förslag till plan för lekplatser (Dnr 0211/14) Stadskansliet skickar förslaget.\n"
        "Ärendet\nText."
    )
    data = _read(tmp_path, text).data
    assert data["datum"] == "2014-03-12"
    assert data["rubrik"] == "Förslag till plan för lekplatser"


def test_name_alone_below_the_letterhead_spelt_by_the_address(tmp_path: Path) -> None:
    text = (
        "Socialkontoret\nkarin.holm@exempelby.se\nTJÄNSTESKRIVELSE\n2018-05-02 SN 18/0031\n"
        "Datum Vår beteckning\nPostadress: Exempelby kommun, 123 45 Exempelby\nKarin Holm\n"
        "Ny plan för hemtjänsten\nFörslag till beslut\nSocialnämnden antar planen."
    )
    data = _read(tmp_path, text).data
    assert data["handlaggare"]["namn"] == "Karin Holm"
    assert data["rubrik"] == "Ny plan för hemtjänsten"


@pytest.mark.parametrize("body", ["Kommunstyrelsen", "Kultur- och fritidsnämnden"])
def test_body_before_a_publisher_titled_title_is_the_addressee(tmp_path: Path, body: str) -> None:
    text = (
        'Plan för simhallen\n\nDownload "Plan för simhallen"\n\nTranskript\n\n'
        f"1 Tjänsteskrivelse KS Handläggare: Olle Berg {body} Plan för simhallen "
        "Sammanfattning Simhallen behöver renoveras."
    )
    data = _read(tmp_path, text).data
    assert data["rubrik"] == "Plan för simhallen"
    assert data["beslutande_organ"] == body


# --- text checks ---------------------------------------------------------------------------


def test_placeholder_xx_for_a_name_or_an_amount() -> None:
    from govcheck.documents.textchecks import placeholders
    from govcheck.documents.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    found = placeholders(
        ["2. XX väljs till ersättare.", "Budgeten blir xx kronor.", "Dnr: KS / 2019-xxx"],
        vocabulary,
    )
    assert found == ["XX", "xx", "xxx"]
    assert placeholders(["Kapitel XXL-storlek och XX-kromosomen."], vocabulary) == []


def test_misspelt_body_wrong_in_its_fourth_letter() -> None:
    from govcheck.documents.textchecks import misspelt_bodies
    from govcheck.documents.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    found = misspelt_bodies(
        ["Kultur-och fridsnämndens förslag till kommunstyrelsen."],
        vocabulary.known_bodies(None),
        vocabulary,
    )
    assert [word for word, _ in found] == ["fridsnämndens"]


def test_list_number_run_onto_a_body_name_is_no_misspelling() -> None:
    # A flattened transcript joins "kommunstyrelsen" and the next line's "1." into one token;
    # a misspelling with a number run onto it is still found.
    from govcheck.documents.textchecks import misspelt_bodies
    from govcheck.documents.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    found = misspelt_bodies(
        [
            "Till kommunstyrelsen1. Information Till kommunfullmäktige10. Förslag",
            "2kommunstyrelen3",
        ],
        vocabulary.known_bodies(None),
        vocabulary,
    )
    assert [word for word, _ in found] == ["kommunstyrelen"]


@pytest.mark.parametrize(
    "text",
    [
        # its own number with its kind in the text
        "Dnr KS-2015/88\nGranskning av inköp\nÄrendet\nMed hänvisning till förvaltningens "
        "tjänsteutlåtande KS 2015/88, daterat den 2 mars 2015, föreslås att …",
        # the first of its Beslutsunderlag is itself
        "Dnr KS 2015/88\nGranskning av inköp\nBeslutsunderlag\nTjänsteutlåtande reviderat\n"
        "Rapport om inköp\nÄrendet\nText.",
    ],
)
def test_kind_a_document_gives_itself_when_the_header_names_none(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text).data["typ"] == "tjansteutlatande"


def test_a_chosen_municipality_wins_over_a_number_format_alone(tmp_path: Path) -> None:
    text = "Tjänsteutlåtande\nDiarienummer 0123/18\nNy plan för bad\nÄrendet\nText."
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_file(path, "malmo").data["kommun"] == "malmo"
    assert extract_file(path).data["kommun"] == "goteborg"


# --- one field read from one text, per class ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param(
            "Missiv\nDnr KS 2020/14\nPlan för simhallar\nBakgrund\nText.",
            "typ",
            "tjansteskrivelse",
            id="missive_is_a_tjansteskrivelse",
        ),
        pytest.param(
            "Yttrande över vägplanen\nÄrendet\nText.\n"
            "Kommunstyrelsen Eva Ström Kommunstyrelsens ordförande",
            "handlaggare.namn",
            ABSENT,
            id="elected_signatory_is_not_the_official",
        ),
        pytest.param(
            "Tjänsteskrivelse\nNy plan för bad\nÄrendet\nSocialnämnden i Kungsör och "
            "kommunstyrelsen i Arboga har samarbetat.",
            "kommun",
            "okand",
            id="two_municipalities_so_named_give_none",
        ),
        pytest.param(
            # A profile's [kommun] kannetecken (rules/kommuner/<id>/lasning.toml).
            "PM 2015:3 (Dnr /2015) Ny plan\n"
            "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar.",
            "kommun",
            "stockholm",
            id="a_municipalitys_own_marker_words_name_it",
        ),
        pytest.param(
            "Sammanträdesprotokoll Kommunstyrelsen Ks 4 Dnr 2015-KS Medborgarförslag om "
            "belysning vid badplatsen Den 3 mars 2015 lämnade en medborgare in ett förslag.",
            "rubrik",
            "Medborgarförslag om belysning vid badplatsen",
            id="paragraph_title_run_on_into_its_text_is_cut_where_a_sentence_opens",
        ),
        pytest.param(
            "Tjänsteskrivelse\nDnr KS 2020/3\nPlan för parker\n"
            "Förvaltningens förslag till beslut\nPlanen antas.\nÄrendet\nText.",
            "beslutande_organ",
            ABSENT,
            id="a_proposers_heading_is_not_the_deciding_body",
        ),
        pytest.param(
            "Riktlinjer för lån av lokaler\nAntagna av kommunstyrelsen 2021-02-03, KS § 12\n"
            "Diarienummer KS 2021/5\nLokaler\nLokaler lånas ut till föreningar.",
            "rubrik",
            "Riktlinjer för lån av lokaler",
            id="a_cited_decision_is_no_protocol_paragraph",
        ),
        pytest.param(
            "PM 2018:4 (Dnr 123/2018) Ny plan för parker Stadsbyggnadsberedningen föreslår att "
            "kommunstyrelsen beslutar följande. Planen antas.\nÄrendet\nText om planen.",
            "beslutande_organ",
            "Kommunstyrelsen",
            id="a_beredning_proposes",
        ),
        pytest.param(
            'KUNGSÖRS KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen\n\nDownload "KUNGSÖRS KOMMUN '
            'SAMMANTRÄDESPROTOKOLL"\n\nTranskript\n\n1 Ks 4 Dnr 2012-KS Ny plan för bad Den 3 maj '
            "lämnades ett förslag in.",
            "kommun",
            "kungsor",
            id="publishers_name_for_the_page_names_the_municipality",
        ),
        pytest.param(
            "Hoppa över navigering\nNy plan för bad\nÄrendet\nText.",
            "rubrik",
            "Ny plan för bad",
            id="portal_skip_link_is_no_title",
        ),
        pytest.param(
            # Stockholm's numbered utlåtande to the council (its profile's [dokumentslag]).
            "Stockholms stad\nUtlåtande 2015:12 RI (Dnr 123-456/2015)\nNy plan för parker\n"
            "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande. Planen antas.",
            "typ",
            "tjansteskrivelse",
            id="council_utlatande_is_not_an_administrations_tjansteutlatande",
        ),
        pytest.param(
            "Dnr BUN 2012/4-2 Barn-och ungdomsnämnden Plan för skolgårdar\nÄrendet\nText.",
            "rubrik",
            "Plan för skolgårdar",
            id="compound_body_name_before_the_title_is_the_addressee",
        ),
        pytest.param(
            "§ 3 Bidrag till hembygdsföreningen Ärendenummer: Ks 12/2013\n"
            "Handläggare: Per Holm Ärendebeskrivning\nFöreningen har sökt bidrag.",
            "handlaggare.namn",
            "Per Holm",
            id="heading_run_on_after_the_officials_name",
        ),
        pytest.param(
            "Stockholms stad\nUtlåtande 2015:12 RI (Dnr 123/2015)\n"
            "Ny plan för parker\nÄrendet\nText.",
            "rubrik",
            "Ny plan för parker",
            id="series_number_before_a_bracketed_dnr_is_no_title",
        ),
        pytest.param(
            "Taxa för tillsyn\ninklusive\nprövning\nDiarienummer KF 2020/XX\n"
            "Datum Vår beteckning\n2020-03-02 «Databas» «Diarienr»\nInnehållsförteckning\nText.",
            "rubrik",
            "Taxa för tillsyn inklusive prövning",
            id="template_fields_are_never_the_title",
        ),
        pytest.param(
            "Kapitel 3 visar läget idag? Det borde heta något annat.\n\n"
            'Download "Kapitel 3 visar läget idag? Det borde heta något annat."\n\nTranskript\n\n'
            "1 Yttrande (X) Kapitel 3 visar läget idag? Det borde heta något annat. "
            "2 Tjänsteutlåtande Diarienummer 0101/15 E-post: Plan för parkerna "
            "Förslag till beslut Kommunstyrelsen antar planen.",
            "rubrik",
            "Plan för parkerna",
            id="publishers_name_that_is_sentences_of_the_text_is_no_title",
        ),
        pytest.param(
            "Tjänsteskrivelse\nDnr KS/2020:12 - 002\nPlan för bad\nÄrendet\nText.",
            "diarienummer",
            "KS/2020:12 - 002",
            id="labelled_number_keeps_its_archive_code",
        ),
    ],
)
def test_one_field_read(tmp_path: Path, text: str, path: str, expected: object) -> None:
    assert field(_read(tmp_path, text).data, path) == expected
