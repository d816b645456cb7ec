"""The reader's fourth round: rules of reading taken from the misses on holdout4 (agendas,
kallelser and protocols published as flattened transcripts), each tested on synthetic text of
the same general shape (invented municipality, names and numbers)."""

from __future__ import annotations

from pathlib import Path

from reading import read_text as _read

#: A tjänsteskrivelse on the page after its nämnd's kallelse, one line a page; the kallelse's
#: list has the columns "Ärende Dnr".
_KALLELSE_THEN_SKRIVELSE = (
    "Transkript\n\n1 Kansliet Per Holm Nämndsekreterare Kallelse Ärende Dnr 1. Godkännande "
    "av dagordningen 2. Kvartalsrapport juni 2017 för tekniska nämnden\n\n"
    "2 Tekniska kontoret Anna Berg Enhetschef Tjänsteskrivelse Datum Diarienummer TN 2017/22 "
    "Kvartalsrapport juni 2017 för tekniska nämnden Förslag till beslut överlämnar "
    "kvartalsrapporten till kommunstyrelsen. Ärendet Tekniska kontoret har tagit fram en "
    "rapport för nämndens verksamheter."
)


# --- what runs on around a title on a flattened or listed page --------------------------------


def test_protocol_title_ends_before_the_proposal_to_fullmaktige(tmp_path: Path) -> None:
    # A flattened protocol paragraph: the proposal's heading follows the title on its line.
    text = (
        "Transkript\n\n1 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sammanträdesdatum 2016-03-02\n\n"
        "2 KS 14 Dnr KS 40/2016 Flytt av parkeringsintäkter till finansieringen Förslag till "
        "kommunfullmäktige 1. Intäkterna från parkering flyttas till finansieringen. 2. Budgeten "
        "för gatuenheten justeras. Kommunstyrelsens arbetsutskott har tidigare beslutat att "
        "ekonomichefen ska utreda frågan och nu lämnas ett förslag."
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Flytt av parkeringsintäkter till finansieringen"
    assert result.data["diarienummer"] == "KS 40/2016"


def test_skrivelse_title_ends_before_forslag_till_beslut(tmp_path: Path) -> None:
    # A tjänsteskrivelse on the page after its nämnd's kallelse, one line a page.
    text = _KALLELSE_THEN_SKRIVELSE
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Kvartalsrapport juni 2017 för tekniska nämnden"


def test_title_keeps_a_quoted_forslag_till_inside_it(tmp_path: Path) -> None:
    # "Förslag till" opening a quoted government proposal is part of the title, not a heading.
    text = (
        "Tjänsteskrivelse\nDnr KS 2014/77\nRemissvar avseende promemorian ”Förslag till "
        "ändringar i kommunallagen”\nFörslag till beslut\nKommunstyrelsen beslutar att "
        "lämna yttrande enligt förvaltningens förslag.\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == (
        "Remissvar avseende promemorian ”Förslag till ändringar i kommunallagen”"
    )


def test_governing_document_title_ends_before_its_labelled_fields(tmp_path: Path) -> None:
    text = (
        "Full text\n\n(1)\n\nIntern kontrollplan År:2020 Nämnd: Socialnämnden Fastställd: "
        "2020-02-12 Beslutsnummer:\n\nInnehåll\n\n1. Inledning\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Intern kontrollplan År:2020"


def test_contents_line_loses_its_item_number_and_page_leader(tmp_path: Path) -> None:
    text = (
        "KALLELSE\nKommunstyrelsen\nFöredragningslista\n112 Val av justerare ...3\n"
        "113 Godkännande av dagordning ...4\n\n(3)\n\n112 Val av justerare\n"
        "Förslag till beslut\n1. ____________ väljs till justerare.\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Val av justerare"


# --- a "Dnr" column heading over an agenda's list ----------------------------------------------


def test_agenda_column_heading_dnr_is_not_read_with_the_item_number(tmp_path: Path) -> None:
    # The kallelse's list has the columns "Ärende Dnr"; the item's number after them is no
    # case number, and the tjänsteskrivelse on the next page states its own.
    text = _KALLELSE_THEN_SKRIVELSE
    result = _read(tmp_path, text)
    assert result.data.get("diarienummer") == "TN 2017/22"


def test_agenda_list_under_a_dnr_heading_gives_no_case_number(tmp_path: Path) -> None:
    text = (
        "KALLELSE\nKommunstyrelsen\nMåndag den 27 januari 2020\n\nFöredragningslista Dnr\n\n"
        "1. Upprop\n\n2. Justering\n\n3. Presentation av medborgarundersökningen\n"
    )
    result = _read(tmp_path, text)
    assert result.data.get("diarienummer") not in {"1", "2", "3"}


def test_a_case_number_of_digits_and_year_is_still_read(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDatum 2015-03-02\nDnr 123/2015\nNy taxa för bygglov\n"
        "Förslag till beslut\nKommunfullmäktige beslutar att anta taxan.\n"
    )
    result = _read(tmp_path, text)
    assert result.data["diarienummer"] == "123/2015"


# --- a meeting page names the meeting's people, not the ärende's handläggare --------------------


def test_kallelse_secretary_is_not_the_handlaggare(tmp_path: Path) -> None:
    text = (
        "Transkript\n\n1 KALLELSE Kommunstyrelsen Kommunstyrelsen kallas till sammanträde för "
        "behandling av ärenden enligt bilagd förteckning Tid 2015-04-07, kl. 13:30 Plats "
        "Stora salen, Exempelby kommun Karin Lund Förvaltningssekreterare Ledamöter Per Ek (M) "
        "Eva Berg (S) Förteckning över ärenden 1. Val av justerare 2. Ny taxa för bygglov\n"
    )
    result = _read(tmp_path, text)
    assert result.get("handlaggare.namn") is None
    assert result.get("handlaggare.titel") is None
    # No page labels an official ("Handläggare", "Kontaktperson"): absent, not undecided.
    assert result.status["handlaggare.namn"] == "absent"
    notes = [message for path, message, _ in result.problems if path == "handlaggare.namn"]
    assert notes and "kunde inte avgöras" not in notes[0]


def test_protocol_roll_of_officials_is_not_the_handlaggare(tmp_path: Path) -> None:
    text = (
        "Transkript\n\n1 SAMMANTRÄDESPROTOKOLL 1 (20) Plats och tid Sammanträdesrum 3, kl. "
        "08.30-10.00 Beslutande Ledamöter Anna Holm (M) ordförande Bo Lind (S) Tjänstemän "
        "Kommunchef Lars Nyström Ekonomichef Maria Sjö Personalchef Justerare Bo Lind\n"
    )
    result = _read(tmp_path, text)
    assert result.get("handlaggare.namn") is None
    assert result.status["handlaggare.namn"] != "read"


def test_a_secretary_writing_a_tjansteskrivelse_is_its_handlaggare(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDatum 2018-02-01\nDnr KS 2018/12\nHandläggare Karin Lund, "
        "nämndsekreterare\nSammanträdesplan 2019 för kommunstyrelsen\nFörslag till beslut\n"
        "Kommunstyrelsen beslutar att fastställa sammanträdesplanen.\n"
    )
    result = _read(tmp_path, text)
    assert result.get("handlaggare.namn") == "Karin Lund"


# --- kommunfullmäktige's own meeting page -------------------------------------------------------

_NOTICE = (
    "Kommunfullmäktige sammanträder 2022-05-30\n\nDatum för möte:\n\nMåndag 30 maj 2022, "
    "klockan 09.00\n\nPlats för möte:\n\nStadshuset\n\nÄrenden\n\n1. Val av justerare\n\n"
    "2. Ny renhållningstaxa\n\n3. Svar på motion om cykelvägar\n"
)


def test_fullmaktige_notice_gives_the_meeting_date_and_the_deciding_body(
    tmp_path: Path,
) -> None:
    result = _read(tmp_path, _NOTICE)
    assert result.data["datum"] == "2022-05-30"
    assert result.data["beslutande_organ"] == "Kommunfullmäktige"


def test_fullmaktige_kallelse_item_is_decided_by_fullmaktige(tmp_path: Path) -> None:
    text = (
        "Transkript\n\n1 KALLELSE Nämnd/Styrelse Kommunfullmäktige Sammanträdesdatum Sida 1(20) "
        "Tid Måndag kl 17:00 Plats Stadshuset Föredragningslista Nr Ärende Diarienummer "
        "1. Upprop 2. Val av justerare 3. Svar på medborgarförslag om en ny lekplats\n"
    )
    result = _read(tmp_path, text)
    assert result.data["beslutande_organ"] == "Kommunfullmäktige"


def test_a_committee_agenda_names_no_deciding_body(tmp_path: Path) -> None:
    # A styrelse's or nämnd's item may be prepared for fullmäktige: its agenda says nothing.
    text = _NOTICE.replace("Kommunfullmäktige sammanträder", "Tekniska nämnden sammanträder")
    result = _read(tmp_path, text)
    assert result.data.get("beslutande_organ") != "Kommunfullmäktige"


# --- the meeting's date the page lost, kept in the publisher's name for it ----------------------


def test_kallelse_date_dropped_by_the_site_is_taken_from_the_download_title(
    tmp_path: Path,
) -> None:
    text = (
        "KALLELSE Tekniska nämnden Tekniska nämnden kallas till sammanträde, ärende 1 12.\n\n"
        "Storlek: px\nStarta visningen från sidan:\n\n"
        'Download "KALLELSE Tekniska nämnden 2016-09-14. Tekniska nämnden kallas till '
        'sammanträde, ärende 1 12."\n\nTranskript\n\n'
        "1 KALLELSE Tekniska nämnden Tekniska nämnden kallas till sammanträde, ärende 1 12 Tid "
        ", kl. 13:30 Plats Stadshuset Ledamöter Per Ek (M) Eva Berg (S) Förteckning över "
        "ärenden 1. Val av justerare 2. Ny parkeringsnorm 3. Delårsrapport\n"
    )
    result = _read(tmp_path, text)
    assert result.data["datum"] == "2016-09-14"


def test_download_title_without_a_meeting_word_gives_no_date(tmp_path: Path) -> None:
    # A title that names no meeting ("Årsredovisning 2016-09-14") says nothing of its date.
    text = (
        "Årsredovisning för Exempelby 2016\n\nStorlek: px\nStarta visningen från sidan:\n\n"
        'Download "Årsredovisning för Exempelby 2016-09-14"\n\nTranskript\n\n'
        "1 KALLELSE Tekniska nämnden kallas till sammanträde Tid , kl. 13:30 Plats Stadshuset "
        "Förteckning över ärenden 1. Val av justerare 2. Ny parkeringsnorm\n"
    )
    result = _read(tmp_path, text)
    assert result.data.get("datum") != "2016-09-14"


# --- a protocol paragraph numbered "§12:14", and an OCR'd logo's "0" --------------------------


def test_paragraph_numbered_with_the_meeting_is_the_arende(tmp_path: Path) -> None:
    text = (
        "0 - Exempelby kommun\n\n"
        "Sammanträdesprotokoll för Kommunstyrelsen 2014-11-24\nKS §12:14\n"
        "Dnr. KS 2013/372-100\nSvar på medborgarförslag om en ny badplats\n"
        "Kommunstyrelsens beslut\nKommunstyrelsen föreslår Kommunfullmäktige besluta\n"
        "Anse medborgarförslaget besvarat.\nSammanfattning\nEtt medborgarförslag har kommit in.\n"
        "Expedieras\n- Förslagsställaren\n- Akten\nJusterandes signaturer\n0 Exempelby\n"
        "BESLUTSFÖRSLAG\nKommunstyrelsens ordförande\nPer Ek\n2014-10-29\n"
        "Dnr KS 2013/372-100\nTill Kommunstyrelsen\nSvar på medborgarförslag om en ny badplats\n"
    )
    result = _read(tmp_path, text)
    assert result.data["rubrik"] == "Svar på medborgarförslag om en ny badplats"
    assert result.data["diarienummer"] == "KS 2013/372-100"
    deciding = result.get("slutligt_beslutande_organ") or result.get("beslutande_organ")
    assert deciding == "Kommunfullmäktige"


def test_expedieras_list_ends_at_the_adjusters_signatures(tmp_path: Path) -> None:
    text = (
        "Sammanträdesprotokoll för Kommunstyrelsen 2014-11-24\nKS §12:14\n"
        "Dnr. KS 2013/372-100\nSvar på medborgarförslag om en ny badplats\n"
        "Kommunstyrelsens beslut\nKommunstyrelsen föreslår Kommunfullmäktige besluta\n"
        "Anse medborgarförslaget besvarat.\nExpedieras\n- Förslagsställaren\n- Akten\n"
        "Justerandes signaturer\nPfOt^\nUtdragsbestyrkande\n"
    )
    result = _read(tmp_path, text)
    assert result.data["beslutet_skickas_till"] == ["Förslagsställaren", "Akten"]


# --- a proposal to a body with its numbered points, run on in a flattened paragraph ------------


def test_run_on_proposal_to_fullmaktige_gives_body_and_points(tmp_path: Path) -> None:
    text = (
        "Transkript\n\n1 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sammanträdesdatum 2016-03-02\n\n"
        "2 KS 14 Dnr KS 40/2016 Flytt av parkeringsintäkter till finansieringen Förslag till "
        "kommunfullmäktige 1. Intäkterna från parkering flyttas till finansieringen. 2. Budgeten "
        "för gatuenheten justeras. Kommunstyrelsens arbetsutskott har tidigare beslutat att "
        "ekonomichefen ska utreda frågan."
    )
    result = _read(tmp_path, text)
    assert result.data["beslutande_organ"] == "Kommunfullmäktige"
    assert result.data["forslag_till_beslut"] == [
        "Intäkterna från parkering flyttas till finansieringen.",
        "Budgeten för gatuenheten justeras.",
    ]


def test_proposal_of_the_following_points_names_the_final_body(tmp_path: Path) -> None:
    text = (
        "Transkript\n\n1 SAMMANTRÄDESPROTOKOLL Kommunstyrelsens arbetsutskott 92 Dnr 2010/303 "
        "Markbyte vid Norrby Kommunstyrelsens arbetsutskott beslutar att föreslå att "
        "kommunstyrelsen föreslår kommunfullmäktige följande: 1. Kommunen förvärvar del av "
        "Norrby 3:1. 2. Kommunen avstår del av Norrby 7:3. 3. Finansieringen sker genom "
        "budgeterade medel för markförvärv. Yrkande Per Ek (C) yrkar bifall till förslaget."
    )
    result = _read(tmp_path, text)
    deciding = result.get("slutligt_beslutande_organ") or result.get("beslutande_organ")
    assert str(deciding).casefold() == "kommunfullmäktige"
    assert len(result.data["forslag_till_beslut"]) == 3


def test_numbered_points_out_of_sequence_are_not_a_proposal(tmp_path: Path) -> None:
    # "3." first: the next item of an agenda, not points of this proposal.
    text = (
        "Transkript\n\n1 KALLELSE Kommunstyrelsen Förslag till kommunfullmäktige "
        "3. Ny taxa för bygglov 4. Delårsrapport\n"
    )
    result = _read(tmp_path, text)
    assert result.data.get("forslag_till_beslut") in (None, [])


def test_a_classified_case_number_is_no_item_number(tmp_path: Path) -> None:
    # "3.1-123/2019": a classification code before the serial, not an agenda's "3.".
    text = "Tjänsteutlåtande\nDnr 3.1-123/2019\nSida 1 (5)\n2019-05-14\nNy riktlinje för stöd\n"
    result = _read(tmp_path, text)
    assert result.data["diarienummer"] == "3.1-123/2019"


# --- an address footer's switchboard is no official's -------------------------------------------


def test_address_footer_contacts_are_not_the_handlaggare(tmp_path: Path) -> None:
    text = (
        "KALLELSE/UNDERRÄTTELSE\nKommunstyrelsen\n\nFull text\n\n(1)\n\n"
        "POSTADRESS 100 10 Exempelby BESÖKSADRESS Storgatan 2 TELEFON 08-123 45 00 "
        "E-POST exempelbykommun@exempelby.se\n\nJusteringens plats och tid\n\n"
        "Föredragningslista\n\n112 Val av justerare\n\nFörslag till beslut\n"
        "1. ____________ väljs till justerare.\n"
    )
    result = _read(tmp_path, text)
    assert result.get("handlaggare.epost") is None
    assert result.get("handlaggare.telefon") is None


def test_an_official_with_a_footer_below_keeps_their_own_contacts(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDatum 2019-02-01\nDnr KS 2019/5\nHandläggare Per Ek\n"
        "Telefon 08-123 45 67\nE-post per.ek@exempelby.se\nNy taxa för parkering\n"
        "Förslag till beslut\nKommunstyrelsen beslutar att anta taxan.\n"
        "Postadress 100 10 Exempelby Växel 08-123 45 00 kommun@exempelby.se\n"
    )
    result = _read(tmp_path, text)
    assert result.get("handlaggare.telefon") == "08-123 45 67"
    assert result.get("handlaggare.epost") == "per.ek@exempelby.se"


# --- decision points whose numbers after "1." the transcript dropped ----------------------------


def test_points_whose_numbers_were_dropped_are_counted_by_their_openings(tmp_path: Path) -> None:
    text = (
        "Transkript\n\n1 Tjänsteutlåtande Utredare Per Ek Dnr: TN/2016:12 Tekniska nämnden "
        "Beställning av nya lokaler Förslag till beslut 1. Tekniska nämnden beställer 40 "
        "förskoleplatser i Norrby med start under första halvåret Tekniska nämnden beställer "
        "100 förskoleplatser i Söderby med start under kvartal Tekniska nämnden beställer 50 "
        "skolplatser i paviljonger Sammanfattning Behovet av platser ökar.\n"
    )
    result = _read(tmp_path, text)
    assert len(result.data["forslag_till_beslut"]) == 3


def test_a_body_named_again_inside_its_point_is_one_point(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDnr KS 2019/7\nNy ordning för lokaler\nFörslag till beslut\n"
        "1. Tekniska nämnden beställer lokaler som Tekniska nämnden beställer varje år.\n"
        "Sammanfattning\nBehovet ökar.\n"
    )
    result = _read(tmp_path, text)
    assert len(result.data["forslag_till_beslut"]) == 1
