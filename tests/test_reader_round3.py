"""The reader's third round: rules of reading taken from false findings on real documents, each
tested on synthetic text of the same general shape (invented municipality, names and numbers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from govcheck.documents.loader import extract_file


def _read(tmp_path: Path, text: str, name: str = "doc.txt") -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


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
