"""The command line as a user meets it: exit codes, one-line errors, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli

from conftest import FIXTURES

EXAMPLES = FIXTURES / "examples"
GOOD = EXAMPLES / "malmo-utvecklingsplan-sn-2024.toml"
BAD = EXAMPLES / "malmo-utvecklingsplan-med-brister.toml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_compliant_draft_exits_0() -> None:
    code, out, _ = run("validate", str(GOOD))
    assert code == 0
    assert "inga anmärkningar" in out


def test_findings_exit_1_with_citation() -> None:
    code, out, _ = run("validate", str(BAD))
    assert code == 1
    assert "MAL-D1-01" in out
    assert "KF 2021-03-31 § 100" in out
    assert "”Utvecklingsplanen ska enligt riktlinjen beslutas av kommunstyrelsen.”" in out


def test_fail_on_fel_lets_warnings_pass(tmp_path: Path) -> None:
    draft = tmp_path / "d.toml"
    # Only a warning: the recipients are missing.
    text = GOOD.read_text(encoding="utf-8").replace(
        'beslutet_skickas_till = ["Kommunstyrelsen", "Avdelningschef för IT och digitalisering"]',
        "",
    )
    draft.write_text(text, encoding="utf-8")
    assert run("validate", str(draft))[0] == 1
    assert run("validate", "--fail-on", "fel", str(draft))[0] == 0


def test_directory_is_searched_and_order_is_stable() -> None:
    code, out, _ = run("validate", "--format", "json", str(EXAMPLES))
    report = json.loads(out)
    files = [entry["file"] for entry in report["files"]]
    assert files == sorted(files)
    assert len(files) == len(list(EXAMPLES.glob("*.toml")))
    assert code == 1


def test_english_messages() -> None:
    _, out, _ = run("validate", "--lang", "en", str(BAD))
    assert "must be decided by Kommunstyrelsen" in out


@pytest.mark.parametrize(
    ("content", "line", "expected"),
    [
        ('kommun = "malmo"\ntyp = utvecklingsplan\n', 2, "TOML-fel"),
        ('kommun = "malmo"\ntyp = "utvecklingsplan"\nplan_ar = "2024"\n', 3, "[plan_ar] fel typ"),
        (
            'kommun = "malmo"\ntyp = "utvecklingsplan"\ndiarienumer = "SN-1"\n',
            3,
            "[diarienumer] okänd nyckel 'diarienumer' (menade du 'diarienummer'?)",
        ),
        (
            'kommun = "malmo"\ntyp = "plan"\n[[poster]]\nnamn = "x"\n'
            'finansering = "kommunbidrag"\n',
            5,
            "[poster[0].finansering] okänd nyckel 'finansering' (menade du 'finansiering'?)",
        ),
        ('kommun = "Lund kommun"\ntyp = "plan"\n', 1, "[kommun] ogiltigt värde"),
        ('kommun = "malmo"\ntyp = "plan"\ndatum = "2023-05-01"\n', 3, "utan citattecken"),
    ],
    ids=["syntax", "wrong-type", "unknown-key", "nested-unknown-key", "bad-choice", "quoted-date"],
)
def test_bad_input_is_one_line_with_file_line_key(
    tmp_path: Path, content: str, line: int, expected: str
) -> None:
    draft = tmp_path / "draft.toml"
    draft.write_text(content, encoding="utf-8")
    code, out, err = run("validate", str(draft))
    assert code == 2
    first = out.splitlines()[0]
    assert first.startswith(f"{draft}:{line}:"), first
    assert expected in first
    assert "Traceback" not in out + err


def test_json_draft_with_error_names_line(tmp_path: Path) -> None:
    draft = tmp_path / "draft.json"
    draft.write_text(
        '{\n  "kommun": "malmo",\n  "typ": "plan",\n  "plan_ar": true\n}\n', encoding="utf-8"
    )
    code, out, _ = run("validate", str(draft))
    assert code == 2
    assert out.startswith(f"{draft}:4: [plan_ar]")


def test_json_draft_is_checked_like_toml(tmp_path: Path) -> None:
    import tomli

    data = tomli.loads(BAD.read_text(encoding="utf-8"))
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(data, default=str, ensure_ascii=False), encoding="utf-8")
    code_json, out_json, _ = run("validate", "--format", "json", str(draft))
    code_toml, out_toml, _ = run("validate", "--format", "json", str(BAD))
    ids = lambda out: sorted(f["rule_id"] for e in json.loads(out)["files"] for f in e["findings"])  # noqa: E731
    assert code_json == code_toml == 1
    assert ids(out_json) == ids(out_toml)


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\xff\xfe binary", b"   \n"], ids=["empty", "binary", "blank"]
)
def test_empty_and_binary_files_exit_2(tmp_path: Path, content: bytes) -> None:
    draft = tmp_path / "draft.toml"
    draft.write_bytes(content)
    code, out, err = run("validate", str(draft))
    assert code == 2
    assert str(draft) in out and "Traceback" not in out + err


def test_missing_path_exits_2() -> None:
    code, out, _ = run("validate", "finns/inte.toml")
    assert code == 2 and "finns inte" in out


def test_one_bad_file_does_not_hide_findings_in_others(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("kommun = \n", encoding="utf-8")
    (tmp_path / "b.toml").write_text(BAD.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run("validate", str(tmp_path))
    assert code == 2
    assert "MAL-D1-01" in out


def test_per_date_judges_by_rules_then_in_force() -> None:
    # In 2019 neither the guidelines (KF 2021-03-31) nor the replacement of Det digitala Malmö
    # applied, so those findings disappear; the chain-order findings remain.
    code, out, _ = run("validate", "--format", "json", "--per", "2019-01-01", str(BAD))
    found = {f["rule_id"] for e in json.loads(out)["files"] for f in e["findings"]}
    assert found == {"MAL-D5-01", "MAL-D5-02"}
    assert code == 1


def test_no_rules_in_force_is_said(tmp_path: Path) -> None:
    draft = tmp_path / "old.toml"
    draft.write_text(
        'kommun = "malmo"\ntyp = "utvecklingsplan"\ndatum = 2010-01-01\n', encoding="utf-8"
    )
    code, out, _ = run("validate", str(draft))
    assert "GOVCHECK-INGA-REGLER" in out
    assert code == 1


def test_bad_per_date_is_usage_error() -> None:
    code, _, _err = run("validate", "--per", "igår", str(GOOD))
    assert code == 2


def test_rules_lists_every_rule_with_citation() -> None:
    code, out, _ = run("rules", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert len(data["rules"]) >= 12
    assert all(rule["citation"]["quote"] for rule in data["rules"])


def test_kommun_option_fills_in_missing_kommun(tmp_path: Path) -> None:
    draft = tmp_path / "d.toml"
    draft.write_text(
        GOOD.read_text(encoding="utf-8").replace('kommun = "malmo"\n', ""), encoding="utf-8"
    )
    assert run("validate", str(draft))[0] == 2
    assert run("validate", "--kommun", "malmo", str(draft))[0] == 0


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run("validate", "--format", "json", "-o", str(target), str(BAD))
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["exit_code"] == 1


def test_help_documents_exit_codes() -> None:
    _, out, _ = run("validate", "--help")
    assert "Slutkoder" in out and "--fail-on" in out
