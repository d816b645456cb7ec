"""The reader on the ways real documents are written: labels in any order and on any line,
label variants, Swedish dates, web-archive wrappers, flattened text at any length, Word page
headers and header tables, two-column PDF headers, the municipality taken from the document,
and every field said to be read, absent, unreadable or inferred."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.documents.dates import parse_date
from govcheck.documents.loader import extract_file, load_document
from govcheck.documents.reader import MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS
from govcheck.documents.textchecks import check_texts, placeholders
from govcheck.documents.vocabulary import load_vocabulary

from documents import write_pdf

VOCABULARY = load_vocabulary()


def _read(tmp_path: Path, text: str, name: str = "doc.txt", kommun: str | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path, kommun)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2023-05-15", dt.date(2023, 5, 15)),
        ("15 maj 2023", dt.date(2023, 5, 15)),
        ("den 15 maj 2023", dt.date(2023, 5, 15)),
        ("15 sept. 2023", dt.date(2023, 9, 15)),
        ("15/5 2023", dt.date(2023, 5, 15)),
        ("15/5-2023", dt.date(2023, 5, 15)),
        ("15.5.2023", dt.date(2023, 5, 15)),
        ("230620", dt.date(2023, 6, 20)),
        ("20230620", dt.date(2023, 6, 20)),
    ],
)
def test_swedish_dates_in_every_common_form(written: str, expected: dt.date) -> None:
    assert parse_date(written) == expected


@pytest.mark.parametrize("written", ["2023-02-30", "31 juni 2023", "maj 2023", "1234"])
def test_no_date_is_made_of_what_is_not_one(written: str) -> None:
    assert parse_date(written) is None


MALMO_FLAT = (
    "Malmö stad Serviceförvaltningen 1 (4) Datum 2015-08-21 Vår referens Agneta Arnesson "
    "Controller Tjänsteskrivelse Budgetskrivelse 2016 SN-2015-1234 Sammanfattning "
    "Servicenämnden ska lämna en budgetskrivelse. Förslag till beslut Servicenämnden "
    "föreslås besluta 1. Servicenämnden godkänner budgetskrivelsen. 2. Servicenämnden "
    "överlämnar den till kommunstyrelsen. Beslutsunderlag - Tjänsteskrivelse Budgetskrivelse "
    "2016 Beslutsplanering Servicenämndens arbetsutskott 2015-09-01 Servicenämnden "
    "2015-09-15 Ärendet Budgetskrivelsen beskriver behoven."
)


def test_flattened_header_fields_do_not_run_together(tmp_path: Path) -> None:
    result = _read(tmp_path, MALMO_FLAT)
    data = result.data
    assert data["handlaggare"] == {"namn": "Agneta Arnesson", "titel": "Controller"}
    assert data["rubrik"] == "Budgetskrivelse 2016"
    assert data["diarienummer"] == "SN-2015-1234"
    assert data["datum"] == "2015-08-21"
    assert data["beslutande_organ"] == "Servicenämnden"
    assert len(data["forslag_till_beslut"]) == 2
    assert [s["datum"] for s in data["beslutsplanering"]] == ["2015-09-01", "2015-09-15"]


def test_flattened_text_is_unflattened_at_any_length(tmp_path: Path) -> None:
    # Two hundred pages' worth of running text after the header: still one line, still read.
    long = MALMO_FLAT.replace(
        "Budgetskrivelsen beskriver behoven.", "Budgetskrivelsen beskriver behoven. " * 2000
    )
    assert "\n" not in long and len(long) > 60_000
    data = _read(tmp_path, long).data
    assert data["beslutande_organ"] == "Servicenämnden"
    assert data["handlaggare"]["namn"] == "Agneta Arnesson"


def test_labels_in_any_order_and_variants(tmp_path: Path) -> None:
    text = (
        "Uppsala kommun\nKommunledningskontoret\nHandläggare: Karin Lund\nTelefon: 018-727 00 00\n"
        "E-post: karin.lund@uppsala.se\nDnr KSN-2019-1234\nUpprättad: 3 juni 2019\n"
        "Riktlinjer för informationssäkerhet\n\nFörslag till beslut\n"
        "Kommunstyrelsen föreslås besluta att anta riktlinjerna.\n"
    )
    result = _read(tmp_path, text)
    data = result.data
    assert data["kommun"] == "uppsala"  # named by the letterhead, no profile needed
    assert data["datum"] == "2019-06-03"
    assert data["diarienummer"] == "KSN-2019-1234"
    assert data["handlaggare"] == {
        "namn": "Karin Lund",
        "telefon": "018-727 00 00",
        "epost": "karin.lund@uppsala.se",
    }
    assert data["rubrik"] == "Riktlinjer för informationssäkerhet"
    assert data["typ"] == "riktlinjer"  # the title's subject
    assert data["beslutande_organ"] == "Kommunstyrelsen"
    # A document that names its own kind is that kind, unless its subject is one that takes
    # precedence (see [[arendetyp]] fore_dokumentslag): "Revidering av riktlinjer" in a
    # tjänsteskrivelse is a tjänsteskrivelse, "Utvecklingsplan …" is an utvecklingsplan.
    kinds = {
        "Riktlinjer för informationssäkerhet": "tjansteskrivelse",
        "Utvecklingsplan för IT 2024": "utvecklingsplan",
        "Information om valet 2014": "informationsarende",
    }
    for title, kind in kinds.items():
        own = text.replace("Riktlinjer för informationssäkerhet", "Tjänsteskrivelse\n" + title)
        assert _read(tmp_path, own, "kind.txt").data["typ"] == kind, title


def test_stockholm_till_line_gives_the_deciding_body(tmp_path: Path) -> None:
    text = (
        "Socialförvaltningen\nTjänsteutlåtande\nDnr 3.1-123/2019\nSida 1 (5)\n2019-05-14\n"
        "Handläggare\nAnna Svensson\nTelefon: 08-508 250 00\nTill\nSocialnämnden\n2019-06-18\n"
        "Ny riktlinje för boendestöd\n\nSammanfattning\nEn ny riktlinje.\n"
    )
    data = _read(tmp_path, text).data
    assert data["datum"] == "2019-05-14"
    assert data["diarienummer"] == "3.1-123/2019"
    assert data["beslutande_organ"] == "Socialnämnden"
    assert data["typ"] == "tjansteutlatande"


def test_web_archive_wrappers_are_stripped(tmp_path: Path) -> None:
    text = (
        'Ny e-strategi för kommunen "\n\nStorlek: px\nStarta visningen från sidan:\n\n'
        'Download "Ny e-strategi för kommunen"\n\nTranskript\n\n'
        "1 Tjänsteskrivelse Handläggare: Nina Simonen nina.simonen@karlskoga.se Kommunstyrelsen "
        "Ny e-strategi för kommunen Sammanfattning Karlskoga kommun behöver en ny strategi. "
        "Förslag till beslut Kommunstyrelsen föreslås besluta att anta strategin.\n"
        "2 Beslutsunderlag Förvaltningens tjänsteskrivelse\n"
    )
    result = _read(tmp_path, text)
    data = result.data
    assert data["rubrik"] == "Ny e-strategi för kommunen"
    assert data["handlaggare"]["namn"] == "Nina Simonen"
    assert data["kommun"] == "karlskoga"
    assert "Download" not in json.dumps(data, ensure_ascii=False)
    assert result.pages.get("beslutsunderlag") == 2  # the transcript's page numbers are kept


def test_document_kommun_wins_over_the_default(tmp_path: Path) -> None:
    text = (
        "Göteborgs Stad\nTjänsteutlåtande\nUtfärdat 2020-02-28\nDiarienummer 0437/20\n"
        "Handläggare\nÅsa Jahnsson\nE-post: asa.jahnsson@stadshuset.goteborg.se\n"
        "Redovisning av uppdrag\n\nFörslag till beslut\nI kommunstyrelsen:\n"
        "Informationen antecknas.\n"
    )
    assert _read(tmp_path, text, kommun="malmo").data["kommun"] == "goteborg"
    # A document that names no municipality gets the default.
    bare = "Tjänsteskrivelse\nDatum 2020-01-10\nEn rubrik om något\n\nSammanfattning\nText.\n"
    assert _read(tmp_path, bare, "bare.txt", kommun="malmo").data["kommun"] == "malmo"


def test_unknown_municipality_is_its_own_id_never_another(tmp_path: Path) -> None:
    text = (
        "Upplands-Bro kommun\nTjänsteskrivelse\nDatum 2018-08-28\nDnr KS 18/0499\n"
        "Svar på väckt fråga\n\nSammanfattning\nText.\n"
    )
    assert _read(tmp_path, text, kommun="malmo").data["kommun"] == "upplands-bro"


def test_missing_and_not_understood_are_told_apart(tmp_path: Path) -> None:
    empty = _read(
        tmp_path, "Tjänsteskrivelse\nDatum\nVår referens\nEn rubrik här\n\nSammanfattning\nT.\n"
    )
    garbled = _read(
        tmp_path,
        "Tjänsteskrivelse\nDatum: 15 majj 2023\nEn rubrik här\n\nSammanfattning\nT.\n",
        "g.txt",
    )
    assert empty.status["datum"] in {"absent", "inferred"}
    assert garbled.status["datum"] == "unreadable"
    (note,) = [message for path, message, _ in garbled.problems if path == "datum"]
    assert "15 majj 2023" in note and "kunde inte tolkas" in note
    assert all("kunde inte tolkas" not in m for p, m, _ in empty.problems if p == "datum")


def test_no_warning_for_a_value_that_was_read(tmp_path: Path) -> None:
    result = _read(tmp_path, MALMO_FLAT)
    read = {path for path, status in result.status.items() if status == "read"}
    assert {"datum", "diarienummer", "handlaggare.namn"} <= read
    assert not {path for path, _, _ in result.problems} & read


def test_date_inferred_from_the_text_and_said_so(tmp_path: Path) -> None:
    text = (
        "Tjänsteskrivelse\nÅrsredovisning för verksamhetsåret 2014\n\nSammanfattning\n"
        "Nämnden redovisar verksamhetsåret 2014.\n\nBeslutsplanering\nSocialnämnden 2015-03-17\n"
    )
    path = tmp_path / "arsredovisning.txt"
    path.write_text(text, encoding="utf-8")
    loaded = load_document(path, "malmo")
    assert loaded.draft.datum is None
    assert loaded.field_status["datum"] == "inferred"
    assert loaded.inferred_datum == dt.date(2015, 3, 17)
    assert loaded.judged_on() == dt.date(2015, 3, 17)


def test_projekt_in_the_title_is_not_a_project_mandate(tmp_path: Path) -> None:
    text = (
        "Malmö stad\nDatum 2013-04-02\nTjänsteskrivelse\n"
        "Projekt Medverka, fas 5 - kommunövergripande utveckling STK-2013-12\n\n"
        "Förslag till beslut\nKommunstyrelsen föreslås besluta\n"
        "1. Kommunstyrelsen godkänner projektet.\n"
    )
    assert _read(tmp_path, text).data["typ"] == "tjansteskrivelse"


def test_word_page_header_and_header_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Malmö stad  Kulturförvaltningen"
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Datum"
    table.cell(0, 1).text = "Vår referens"
    table.cell(1, 0).text = "2020-11-11"
    table.cell(1, 1).text = "Maria Andersson\nPlaneringssekreterare\nmaria.m.andersson@malmo.se"
    document.add_paragraph("Tjänsteskrivelse")
    document.add_paragraph("Remiss - Riktlinjer för IT Svar senast 2020-12-31 KN-2020-4392")
    document.add_paragraph("Förslag till beslut")
    document.add_paragraph("Kulturnämnden föreslås besluta")
    document.add_paragraph("1. Kulturnämnden godkänner förslaget till yttrande.")
    path = tmp_path / "mall.docx"
    document.save(str(path))
    loaded = load_document(path)
    draft = loaded.draft
    assert draft.kommun == "malmo"
    assert draft.datum == dt.date(2020, 11, 11)
    assert draft.handlaggare is not None and draft.handlaggare.namn == "Maria Andersson"
    assert draft.diarienummer == "KN-2020-4392"
    assert draft.typ.value == "remissvar"
    # Word has no line numbers: positions are paragraphs, with the text quoted.
    where = loaded.where("diarienummer")
    assert where["paragraph"] and "KN-2020-4392" in where["snippet"]


def _two_column_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, height - 40, "Malmo stad")
    # Two columns: labels and values on the left, the kind of document on the right.
    pdf.drawString(50, height - 80, "Datum")
    pdf.drawString(330, height - 80, "Tjanstesskrivelse")
    pdf.drawString(50, height - 93, "2015-08-21")
    pdf.drawString(50, height - 120, "Diarienummer")
    pdf.drawString(50, height - 133, "SN-2015-1234")
    pdf.setFont("Helvetica", 14)
    pdf.drawString(50, height - 170, "Utvecklingsplan for kommungemensam IT och")
    pdf.drawString(50, height - 187, "digitalisering 2024")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, height - 220, "Forslag till beslut")
    pdf.drawString(50, height - 233, "Servicenamnden foreslas besluta att godkanna planen.")
    pdf.save()
    return path


def test_pdf_two_column_header_and_wrapped_title(tmp_path: Path) -> None:
    result = extract_file(_two_column_pdf(tmp_path / "plan.pdf"))
    assert result.data["datum"] == "2015-08-21"
    assert result.data["diarienummer"] == "SN-2015-1234"
    assert result.data["rubrik"] == "Utvecklingsplan for kommungemensam IT och digitalisering 2024"
    assert result.pages["datum"] == 1 and result.lines["datum"] == 3  # the row a person counts


def test_a_one_line_text_at_the_size_limit_is_read_in_linear_time(tmp_path: Path) -> None:
    sentence = "Kommunstyrelsen har fått i uppdrag [1] att utreda frågan. "
    unit = MALMO_FLAT + " " + sentence * 50
    half = MAX_TEXT_CHARS // 2 - 1
    text = (unit * (half // len(unit) + 1))[:half]
    path = tmp_path / "stor.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size <= MAX_DOCUMENT_BYTES
    double = tmp_path / "dubbel.txt"  # at the limit of a document's text
    double.write_text(text + " " + text, encoding="utf-8")

    def fastest(target: Path) -> float:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            extract_file(target)
            runs.append(time.perf_counter() - start)
        return min(runs)  # the least disturbed by other work on the machine

    took, twice = fastest(path), fastest(double)
    assert took < 20
    # Twice the text takes about twice the time (no quadratic step): measured, not assumed.
    assert twice < 3.5 * took + 0.5


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf"])
def test_a_document_with_more_text_than_the_limit_is_refused_at_once(
    tmp_path: Path, suffix: str
) -> None:
    """Reading costs a few microseconds a character: a document is accepted up to
    MAX_TEXT_CHARS, so that any accepted document is checked within seconds; more is one
    clear input error (exit 2) naming the limit, not minutes of work."""
    lines = [f"Rad {number} av en alldeles för lång handling om ärendet." for number in range(7000)]
    path = tmp_path / f"lang{suffix}"
    if suffix == ".txt":
        path.write_text("\n".join(lines), encoding="utf-8")
    elif suffix == ".docx":
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(str(path))
    else:
        write_pdf("\n".join(lines), path)
    assert sum(len(line) + 1 for line in lines) > MAX_TEXT_CHARS
    result = CliRunner().invoke(cli, ["validate", str(path)], env={"GOVCHECK_NO_CONFIG": "1"})
    assert result.exit_code == 2, result.output
    assert str(MAX_TEXT_CHARS) in result.output and "för mycket text" in result.output


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "[Här kommer namnet på de handlingar som ärendet grundar sig på. Listan ska stå under "
            "denna rubrik och varje handling på en egen rad.]",
            1,
        ),
        ("Svar senast [FYLL I: datum].", 1),
        ("Beslutet fattades ÅÅÅÅ-MM-DD.", 1),
        ("Dnr KF 2019/XX §XX", 2),
        ("«Databas» «Diarienr»", 2),
        ("Enligt utredningen [1] och [12, s. 4] gäller detta.", 0),
        ("Han skrev ”kommunstyrelen” [sic] i brevet.", 0),
        ("Kontakta [e-post] eller [namn] för frågor.", 0),
        ("Se KL 6 kap. [8 §] och SFS [2019:835].", 0),
    ],
)
def test_placeholders_of_any_length_never_citations_or_masking(text: str, found: int) -> None:
    assert len(placeholders([text], VOCABULARY)) == found


def test_misspelt_body_names_anywhere_with_the_closest_known_name() -> None:
    values = check_texts(
        [
            "Enligt Kommunfyllmäktiges protokoll ska skrivelsen till kommunstyrelen skickas.",
            "Kommunstyrelsens arbetsutskott och kommunstyrelseordföranden har läst den.",
        ],
        VOCABULARY,
        VOCABULARY.known_bodies(None),
    )
    assert values["antal_felstavade_organ"] == 2
    assert "Kommunfullmäktiges" in str(values["felstavade_organ"])
    assert "kommunstyrelsen" in str(values["felstavade_organ"])


def test_decision_points_in_sequence_and_one_body_one_name() -> None:
    bad = check_texts(
        [],
        VOCABULARY,
        (),
        ["1", "3", "4"],
        [
            "Nämnden för Konsument- och medborgarservice inrättas.",
            "Reglemente för nämnden för medborgarservice godkänns.",
            "Beslutet justeras omedelbart.",
        ],
    )
    assert bad["beslutspunkter_i_foljd"] is False
    assert bad["antal_organ_med_olika_namn"] == 1
    good = check_texts([], VOCABULARY, (), ["1", "2", "1"], ["A beslutar.", "B beslutar.", "C."])
    assert good["beslutspunkter_i_foljd"] is True  # a second body's points start again at 1
    assert good["antal_organ_med_olika_namn"] == 0


def test_json_location_carries_paragraph_and_snippet_for_word(tmp_path: Path) -> None:
    document = docx.Document()
    for text in (
        "Malmö stad",
        "Datum",
        "",
        "Vår referens",
        "Tjänsteskrivelse",
        "Utvecklingsplan för IT 2024 SN-2023-514",
        "Förslag till beslut",
        "Serviceämnden föreslår att kommunstyrelsen godkänner planen.",
    ):
        document.add_paragraph(text)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = CliRunner().invoke(cli, ["validate", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    findings = [f for e in json.loads(result.output)["files"] for f in e["findings"]]
    organ = [f for f in findings if f["location"]["path"] == "beslutande_organ"]
    assert organ, findings
    location = organ[0]["location"]
    assert location["paragraph"] == 8 and location["line"] == 8
    assert "Serviceämnden" in location["snippet"]
