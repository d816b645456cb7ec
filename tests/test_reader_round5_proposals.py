"""Proposal classes of the fifth reader round (2026-11-23), on synthetic text written for the
class (not taken from the corpus): municipality, names and wording are invented. The deciding
body and the decision points where the text writes them in a form the sections do not know:
a body after "att" in a sentence, a "<body>s beslut" heading run on before the decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import read_text as _read


@pytest.mark.parametrize(
    ("text", "body", "points"),
    [
        # A protocol paragraph flattened to one line: the board asks the council to decide.
        (
            "Sammanträdesprotokoll Kommunstyrelsen 2016-04-05 § 40 Dnr 2016/7 Svar på motion om "
            "cykelbanor Bakgrund En motion har lämnats in. BESLUT Kommunstyrelsen hemställer att "
            "kommunfullmäktige beslutar att avslå motionen. Justerandes sign",
            "Kommunfullmäktige",
            1,
        ),
        # A meeting page: "Förslaget är att …", the points as bullets each opening with "att".
        (
            "Motion om fler parkbänkar\n\nFörslaget är att kommunfullmäktige beslutar\n\n"
            "  • att kommunen ska räkna bänkarna i parkerna.\n"
            "  • att kommunen ska pröva att ställa ut fler bänkar.\n\n"
            "Motionen lämnades in av ett parti.",
            "Kommunfullmäktige",
            2,
        ),
        # A protocol's decision heading run on before its numbered points.
        (
            "4 (9) 118 Val av justerare Fritidsnämndens beslut 1. Eva Berg (S) väljs till "
            "justerare. 2. Dagordningen godkänns. Yrkanden Ordföranden frågar om listan.",
            "Fritidsnämnden",
            2,
        ),
        # The decision heading with its paragraph and date, the decision on the next line.
        (
            "Medborgarförslag om fler papperskorgar\n\nSammanfattning av ärendet\n"
            "Kontoret föreslår att förslaget avslås.\n\n"
            "Kommunfullmäktiges beslut § 41 2013-05-20\n\n"
            "Medborgarförslaget om fler papperskorgar avslås.\n",
            "Kommunfullmäktige",
            1,
        ),
    ],
)
def test_deciding_body_and_points_written_in_a_sentence_or_a_run_on_heading(
    tmp_path: Path, text: str, body: str, points: int
) -> None:
    data = _read(tmp_path, text).data
    assert data.get("beslutande_organ") == body
    assert len(data.get("forslag_till_beslut", [])) == points


@pytest.mark.parametrize(
    "deciding",
    ["Kulturnämndens beslut", "Bygg- och miljönämndens beslut"],
)
def test_body_decision_line_under_the_proposers_heading_names_the_body(
    tmp_path: Path, deciding: str
) -> None:
    text = (
        "Kulturnämnden\nBidrag till föreningar 2019\n"
        "1. Kulturförvaltningens förslag till beslut\n"
        f"{deciding}\nGodkänner fördelningen av bidrag enligt bilaga 1\n"
        "2. Sammanfattning\nFöreningarna har sökt bidrag."
    )
    data = _read(tmp_path, text).data
    assert data.get("beslutande_organ") == deciding.removesuffix("s beslut")
    assert data.get("forslag_till_beslut") == ["Godkänner fördelningen av bidrag enligt bilaga 1"]


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Nämnd: Miljönämnden Fastställd: 2020-10-14 Beslutsnummer:", "Miljönämnden"),
        ("Styrelse: Kommunstyrelsen Antagen 2017-03-01", "Kommunstyrelsen"),
    ],
)
def test_adopted_plans_header_names_its_body_and_date_on_one_line(
    tmp_path: Path, header: str, body: str
) -> None:
    text = f"Internkontrollplan År:2020 {header}\n\nRisk Kontrollmoment Ansvarig\nText om risker."
    assert _read(tmp_path, text).data.get("beslutande_organ") == body


# --- Beslutsunderlag run together on one line -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "papers"),
    [
        # Each paper ends with its date (and a protocol's paragraph number); the next opens.
        (
            "Fritidsnämndens tjänsteskrivelse den 3 maj 2019 Kartbilaga Fritidsnämndens "
            "protokoll den 12 april 2019, 31",
            [
                "Fritidsnämndens tjänsteskrivelse den 3 maj 2019",
                "Kartbilaga",
                "Fritidsnämndens protokoll den 12 april 2019, 31",
            ],
        ),
        # An owner's paper after a small word; the date split keeps "om att" with its paper.
        (
            "Motion om belysning, inkom den 2 mars 2020 Kommunfullmäktiges beslut den 9 mars "
            "2020 om att remittera motionen Gatukontorets tjänsteskrivelse den 1 juni 2020",
            [
                "Motion om belysning, inkom den 2 mars 2020",
                "Kommunfullmäktiges beslut den 9 mars 2020 om att remittera motionen",
                "Gatukontorets tjänsteskrivelse den 1 juni 2020",
            ],
        ),
        # A capitalised kind after a word that does not lead on to it; titles ended by a stop.
        (
            "Förslag till lekplatsprogram för Exempelby. Begäran om yttrande över programmet. "
            "Förslag till yttrande nämnd Norr Tjänsteskrivelse lekplatser",
            [
                "Förslag till lekplatsprogram för Exempelby.",
                "Begäran om yttrande över programmet.",
                "Förslag till yttrande nämnd Norr",
                "Tjänsteskrivelse lekplatser",
            ],
        ),
        # A paper's title after its date in figures stays with it; a body after a date opens
        # the next paper.
        (
            "Tjänsteskrivelse 2020-03-02 Översyn av taxor Arbetsutskottets protokoll "
            "2020-03-10, § 12 Fritidsnämnden 2020-02-20, § 7",
            [
                "Tjänsteskrivelse 2020-03-02 Översyn av taxor",
                "Arbetsutskottets protokoll 2020-03-10, § 12",
                "Fritidsnämnden 2020-02-20, § 7",
            ],
        ),
        # One paper whose kind is led on to ("Yttrande över Förslag …") stays one.
        (
            "Yttrande över Förslag till parkeringsnorm 2021-01-12",
            ["Yttrande över Förslag till parkeringsnorm 2021-01-12"],
        ),
    ],
)
def test_papers_run_together_on_one_line_are_told_apart(
    tmp_path: Path, line: str, papers: list[str]
) -> None:
    text = (
        "Tjänsteskrivelse\nDatum 2021-02-01\nLekplatser i Exempelby\n"
        "Förslag till beslut\nFritidsnämnden beslutar att godkänna programmet.\n\n"
        f"Beslutsunderlag\n{line}\n\nÄrendet\nText om ärendet."
    )
    assert _read(tmp_path, text).data.get("beslutsunderlag") == papers


# --- a proposal written but not taken apart -----------------------------------------------------


def test_proposal_written_but_not_taken_apart_is_unreadable_not_absent(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nDatum 2021-02-01\nNy taxa för lekplatser\n\n"
        "Ärendet\nKontoret ser gärna att tekniska nämnden antar den nya taxan i vår, "
        "i enlighet med vad som sägs nedan.\n"
    )
    result = _read(tmp_path, text)
    assert "forslag_till_beslut" not in result.data
    assert result.status["beslutande_organ"] == "unreadable"
    assert result.status["forslag_till_beslut"] == "unreadable"
