"""What the reader made of a document reaches every report (issue #13, item 4): each field read,
absent from the document, there but not understood, or inferred from the text; and a reading
note never appears for a field that was read."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from govcheck import runner
from govcheck.cli import cli
from govcheck.inputs import load_input

from conftest import FIXTURES, ROOT, RULES

SARIF_SCHEMA = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"
#: The development documents (corpus/holdout3 is held out: it is only ever measured).
CORPUS = sorted(
    path
    for folder in ("documents", "holdout", "holdout2")
    for path in (ROOT / "corpus" / folder).glob("*.txt")
)
SINGLE_VALUED = (
    "datum",
    "diarienummer",
    "rubrik",
    "handlaggare.namn",
    "handlaggare.titel",
    "handlaggare.epost",
    "handlaggare.telefon",
    "beslutande_organ",
)
DRAFT = FIXTURES / "examples" / "goteborg-plan-2021.toml"

# A document with a title, a case number and an official, but no date in its header: the date
# is inferred from the text, and the e-mail address is not stated at all.
DOCUMENT = """\
Tjänsteskrivelse
Diarienummer: KS 2019/0412
Handläggare: Anna Berg, utredare

Översyn av riktlinjer för sociala medier

Förslag till beslut
Kommunstyrelsen föreslås besluta
att anta riktlinjerna.

Ärendet
Riktlinjerna antogs i mars 2019 och ses nu över inför verksamhetsåret 2020.
"""


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env={"GOVCHECK_NO_CONFIG": "1"})
    return result.exit_code, result.stdout


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "skrivelse.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    return path


def _statuses(document: Path) -> dict[str, str]:
    code, out = _run("validate", "--format", "json", str(document))
    assert code in (0, 1), out
    (entry,) = json.loads(out)["files"]
    return dict(entry["reading"]["fields"])


def test_the_json_report_says_read_absent_and_inferred_per_field(document: Path) -> None:
    code, out = _run("validate", "--format", "json", str(document), str(DRAFT))
    assert code in (0, 1), out
    entries = {Path(entry["file"]).name: entry for entry in json.loads(out)["files"]}
    reading = entries["skrivelse.txt"]["reading"]
    assert reading["fields"]["diarienummer"] == "read"
    assert reading["fields"]["handlaggare.namn"] == "read"
    assert reading["fields"]["handlaggare.epost"] == "absent"
    assert reading["fields"]["datum"] == "inferred"
    assert reading["inferred_datum"].startswith("20")
    # A structured draft is not read from text: it has no reading.
    assert "reading" not in entries[DRAFT.name]


def test_an_unparseable_date_is_unreadable_not_absent(tmp_path: Path) -> None:
    path = tmp_path / "skrivelse.txt"
    path.write_text(DOCUMENT.replace("Diarienummer:", "Datum: 31 smörgås 2019\nDiarienummer:"))
    assert _statuses(path)["datum"] == "unreadable"


def test_the_text_and_markdown_reports_name_the_fields_by_status(document: Path) -> None:
    _, text = _run("validate", str(document))
    line = next(line for line in text.splitlines() if "Ur dokumentet" in line)
    assert "står inte i dokumentet: " in line and "handläggarens e-post" in line
    assert "härlett ur texten: datum (20" in line
    _, english = _run("validate", "--lang", "en", str(document))
    assert "not in the document: " in english and "the official's e-mail" in english
    _, markdown = _run("validate", "--format", "markdown", str(document))
    assert "Ur dokumentet" in markdown and "handläggarens e-post" in markdown
    _, quiet = _run("validate", "--quiet", str(document))
    assert "Ur dokumentet" not in quiet  # --quiet: findings only


def test_junit_and_sarif_carry_the_statuses(document: Path) -> None:
    _, junit = _run("validate", "--format", "junit", str(document))
    suite = ET.fromstring(junit).find("testsuite")
    assert suite is not None
    properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert properties["reading.handlaggare.epost"] == "absent"
    assert properties["reading.datum"] == "inferred"
    _, sarif = _run("validate", "--format", "sarif", str(document))
    report = json.loads(sarif)
    jsonschema.validate(report, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    (reading,) = report["runs"][0]["properties"]["documentReadings"]
    assert reading["fields"]["diarienummer"] == "read"


def test_a_spooled_report_keeps_the_readings(
    document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "SPOOL_FROM", 0)  # every run spools to disk, as large ones do
    assert _statuses(document)["handlaggare.epost"] == "absent"
    _, text = _run("validate", str(document))
    assert "Ur dokumentet" in text


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_no_reading_note_on_a_field_that_was_read(path: Path) -> None:
    """Over every real document of the corpus: a field the reader read never also gets a note
    that it could not be read, and every note names a field that is absent or unreadable."""
    loaded = load_input(path, "sv", None, (RULES,))
    for note in loaded.notes:
        if note.path not in SINGLE_VALUED:  # a list read whole may have an item not understood
            continue
        status = loaded.field_status.get(note.path)
        assert status != "read", (note.path, note.message)
        if status is not None:
            assert note.status in ("absent", "unreadable")


def test_a_whole_text_finding_says_where_it_stands(tmp_path: Path) -> None:
    """A placeholder left in the text, or a misspelt body name, is found by a check of the
    whole text; its finding now gives the line (and a quote) of the first one, not '-'."""
    lines = DOCUMENT.replace("inför verksamhetsåret 2020.", "inför [ange år].").splitlines()
    lines.insert(1, "Datum: 2020-05-04")
    lines.append("Beslutet skickas till kommunstyrelen.")
    path = tmp_path / "skrivelse.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = _run("validate", "--format", "json", str(path))
    assert code in (0, 1), out
    findings = {f["rule_id"]: f for f in json.loads(out)["files"][0]["findings"]}
    placeholder = findings["GEN-A-03"]["location"]
    assert (
        placeholder["line"]
        == lines.index("Riktlinjerna antogs i mars 2019 och ses nu över inför [ange år].") + 1
    )
    assert "[ange år]" in placeholder["snippet"]
    misspelt = next(f for f in findings.values() if "kommunstyrelen" in f["message"].casefold())
    assert misspelt["location"]["line"] == len(lines)
