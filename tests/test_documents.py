"""Reading real documents: what is extracted from each seed, in every format, and flattened."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.documents.loader import extract_file

from conftest import RULES
from documents import write_docx, write_pdf

SEEDS = sorted((RULES / "sources").glob("*.txt"))

#: Field by field, what a careful reader takes from each seed.
EXPECTED = {
    "000": {
        "kommun": "malmo",
        "typ": "utvecklingsplan",
        "diarienummer": "SN-2023-514",
        "rubrik": "Utvecklingsplan för kommungemensam IT och digitalisering 2024",
        "beslutande_organ": "Serviceämnden",
        "slutligt_beslutande_organ": "Kommunstyrelsen",
        "handlaggare": {
            "namn": "Tatjana Bogdanovic",
            "titel": "Utvecklingssekreterare",
            "epost": "josefin.levander@malmö.se",
        },
        "beslutet_skickas_till": ["Kommunstyrelsen", "Avdelningschef för IT och digitalisering"],
        "plan_ar": 2024,
    },
    "001": {
        "kommun": "malmo",
        "typ": "remissvar",
        "diarienummer": "KN-2020-4392",
        "datum": "2020-11-11",
        "rubrik": "Remiss - Riktlinjer och omorganisering gällande IT, digitalisering och "
        "systemförvaltning",
        "beslutande_organ": "Kulturnämnden",
        "beslutet_skickas_till": ["Stadskontoret"],
        "handlaggare": {
            "namn": "Maria Andersson",
            "titel": "Planeringssekreterare",
            "epost": "maria.m.andersson@malmo.se",
        },
    },
    "002": {
        "kommun": "malmo",
        "typ": "utvecklingsplan",
        "diarienummer": "STK-2023-1044",
        "beslutande_organ": "Kommunstyrelsen",
        "beredande_namnd": "Servicenämnden",
        "beslutet_skickas_till": ["Servicenämnden", "Stadskontorets handläggare"],
    },
    "003": {
        "kommun": "goteborg",
        "typ": "informationsarende",
        "diarienummer": "0437/20",
        "datum": "2020-02-28",
        "beslutande_organ": "Kommunstyrelsen",
        "rubrik": "Redovisning av hantering av kommunfullmäktiges fyra uppdrag avseende IT och "
        "digitalisering",
        "handlaggare": {
            "namn": "Åsa Jahnsson",
            "telefon": "031-368 01 38",
            "epost": "asa.jahnsson@stadshuset.goteborg.se",
        },
        "facklig_samverkan": "Den centrala samverkansgruppen (CSG) har informerats om detta "
        "ärende.",
    },
    "004": {
        "kommun": "malmo",
        "typ": "projektdirektiv",
        "datum": "2018-06-27",
        "rubrik": "Riktlinjer för digital infrastruktur & IT samt digitalisering",
    },
}
KEY_FIELDS = ("kommun", "typ", "diarienummer", "datum", "rubrik", "beslutande_organ", "handlaggare")


def _seed(prefix: str) -> Path:
    return next(path for path in SEEDS if path.name.startswith(prefix))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_fields_extracted_from_each_seed(prefix: str) -> None:
    data = extract_file(_seed(prefix)).data
    for key, value in EXPECTED[prefix].items():
        assert data.get(key) == value, key


def test_planning_steps_of_a_remiss() -> None:
    data = extract_file(_seed("001")).data
    assert [(s["steg"], s["datum"]) for s in data["beslutsplanering"]] == [
        ("arendeberedning", "2020-11-16"),
        ("ordforandeberedning", "2020-11-24"),
        ("arbetsutskott", "2020-12-03"),
        ("sammantrade", "2020-12-16"),
    ]
    assert data["remiss"]["svar_senast"] == "2020-12-31"
    assert data["remiss"]["remittent"] == "Stadskontoret"
    assert len(data["remiss"]["fragor"]) == 2
    assert all(question.get("svar") for question in data["remiss"]["fragor"])


def test_values_keep_their_line() -> None:
    result = extract_file(_seed("001"))
    lines = _seed("001").read_text(encoding="utf-8").splitlines()
    assert "KN-2020-4392" in lines[result.lines["diarienummer"] - 1]
    assert "2020-11-11" in lines[result.lines["datum"] - 1]


def test_empty_date_is_reported_not_guessed() -> None:
    result = extract_file(_seed("000"))
    assert "datum" not in result.data
    assert "Datum" in result.empty_fields
    assert any(path == "datum" for path, _, _ in result.problems)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_flattened_document_extracts_the_same_fields(prefix: str, tmp_path: Path) -> None:
    flat = tmp_path / "flat.txt"
    flat.write_text(_seed(prefix).read_text(encoding="utf-8").replace("\n", " "), encoding="utf-8")
    original = extract_file(_seed(prefix)).data
    flattened = extract_file(flat).data
    for key in KEY_FIELDS:
        assert flattened.get(key) == original.get(key), key


def _findings(path: Path) -> Counter[str]:
    result = CliRunner().invoke(cli, ["validate", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    return Counter(f["rule_id"] for entry in report["files"] for f in entry["findings"])


@pytest.fixture(scope="module")
def formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("formats")
    out: dict[str, dict[str, Path]] = {}
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        out[seed.name[:3]] = {
            "txt": seed,
            "docx": write_docx(text, folder / f"{seed.stem}.docx"),
            "pdf": write_pdf(text, folder / f"{seed.stem}.pdf"),
        }
    return out


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_format_gives_the_same_findings(
    prefix: str, formats: dict[str, dict[str, Path]]
) -> None:
    paths = formats[prefix]
    expected = _findings(paths["txt"])
    assert _findings(paths["docx"]) == expected
    assert _findings(paths["pdf"]) == expected


def test_pdf_findings_point_to_page_and_line(formats: dict[str, dict[str, Path]]) -> None:
    result = CliRunner().invoke(cli, ["validate", "--format", "json", str(formats["000"]["pdf"])])
    findings = [f for e in json.loads(result.output)["files"] for f in e["findings"]]
    located = [f["location"] for f in findings if f["location"]["line"]]
    assert located and all(loc["page"] for loc in located)


def test_seed_findings_are_what_a_reader_finds() -> None:
    found = _findings(_seed("000"))
    # Empty Datum, misspelt Serviceämnden, guidelines cited with two references, an e-mail
    # address of someone else under a malformed domain.
    assert {
        "MAL-A-06",
        "GEN-O-01",
        "GEN-O-03",
        "MAL-T3-01",
        "MAL-T3-02",
        "GEN-A-01",
        "GEN-A-02",
        "GOVCHECK-EXTRAKTION",
    } <= set(found)
    assert "GEN-T4-01" in _findings(_seed("004"))  # juni 2019 and maj 2019 for one milestone
    assert not _findings(_seed("001"))
    assert not _findings(_seed("003"))


def test_extract_writes_a_draft_that_validates(tmp_path: Path) -> None:
    target = tmp_path / "utkast.toml"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(_seed("001")), "-o", str(target)])
    assert result.exit_code == 0
    validated = runner.invoke(cli, ["validate", str(target)])
    assert validated.exit_code == 0, validated.output


def test_extract_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "utkast.toml"
    target.write_text("mitt eget utkast\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(cli, ["extract", str(_seed("001")), "-o", str(target)])
    assert refused.exit_code == 2
    assert target.read_text(encoding="utf-8") == "mitt eget utkast\n"
    forced = runner.invoke(cli, ["extract", str(_seed("001")), "-o", str(target), "--force"])
    assert forced.exit_code == 0
    assert "KN-2020-4392" in target.read_text(encoding="utf-8")


def test_extract_lists_what_it_could_not_read() -> None:
    result = CliRunner().invoke(cli, ["extract", str(_seed("002"))])
    assert result.exit_code == 0
    assert "# Kunde inte läsas ut" in result.output
    assert "handlaggare.epost" in result.output


def _one_line_error(path: Path) -> str:
    before = path.read_bytes()
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == before
    return result.output.splitlines()[0]


def test_zip_bomb_docx_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * 70_000_000)
    assert "zip-bomb" in _one_line_error(bomb)


def test_docx_with_xml_entities_is_refused(tmp_path: Path) -> None:
    evil = tmp_path / "xxe.docx"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>',
        )
    assert "entiteter" in _one_line_error(evil)


def test_broken_docx_and_pdf_are_input_errors(tmp_path: Path) -> None:
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"PK\x03\x04 inte ett arkiv")
    assert "skadad" in _one_line_error(broken)
    truncated = tmp_path / "trasig.pdf"
    truncated.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    assert str(truncated) in _one_line_error(truncated)


def test_encrypted_pdf_is_refused(tmp_path: Path, formats: dict[str, dict[str, Path]]) -> None:
    import pypdf

    reader = pypdf.PdfReader(str(formats["001"]["pdf"]))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("hemligt")
    locked = tmp_path / "krypterad.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    assert "krypterad" in _one_line_error(locked)
