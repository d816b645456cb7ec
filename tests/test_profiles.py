"""A municipality is data: a new one is a folder, one without a profile gets an honest answer."""

from __future__ import annotations

import ast
import io
import json
import re
import shutil
import tokenize
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.errors import RuleError
from govcheck.registry import load_registry
from govcheck.rulebook import load_rulebook

from conftest import FIXTURES, ROOT, RULES

SOURCE = """Testby kommun
Riktlinjer för ärendehantering (KF 2020-02-02 § 7)
Varje tjänsteskrivelse ska ha en sammanfattning som beskriver ärendet kortfattat.
"""

KOMMUN = """id = "testby"
namn = "Testby kommun"
kallas = ["Testby kommun"]
regelprefix = "TBY"
epostdomaner = ["testby.se"]

[[diarieformat]]
monster = "^TBY [0-9]{4}/[0-9]{1,4}$"
exempel = "TBY 2024/17"
fran = 2000-01-01
"""

ORGAN = """[[organ]]
id = "TBY-KF"
namn = "Kommunfullmäktige"
typ = "fullmaktige"
forkortningar = ["KF"]

[[organ]]
id = "TBY-KS"
namn = "Kommunstyrelsen"
typ = "styrelse"
forkortningar = ["KS"]

[[organ]]
id = "TBY-KLK"
namn = "Kommunledningskontoret"
typ = "forvaltning"
tjanar = "TBY-KS"
roller = ["ledningskontor"]
"""

RULE = """[[rule]]
id = "TBY-A-01"
guideline = "A"
title.sv = "En tjänsteskrivelse i Testby har en sammanfattning."
title.en = "A Testby tjänsteskrivelse has a summary."
severity = "varning"
object = "arende"
case_types = ["tjansteskrivelse"]
valid_from = 2020-02-02
path = "sammanfattning"
message.sv = "Sammanfattning saknas."
message.en = "The summary is missing."
when = { field = "sammanfattning", op = "missing" }
[rule.citation]
document = "Riktlinjer för ärendehantering"
decision = "KF 2020-02-02 § 7"
section = "Tjänsteskrivelsen"
quote = "Varje tjänsteskrivelse ska ha en sammanfattning som beskriver ärendet kortfattat."
source = "testby.txt"
authority = "beslut"
"""

DRAFT = """kommun = "testby"
typ = "tjansteskrivelse"
datum = 2024-03-01
diarienummer = "TBY 2024/17"
rubrik = "Ny parkeringsnorm"
beslutande_organ = "Kommunstyrelsen"
forslag_till_beslut = ["Kommunstyrelsen antar parkeringsnormen."]
"""


def _testby(tmp_path: Path) -> Path:
    """A rule directory holding only the new municipality: its profile, its pack, its source."""
    extra = tmp_path / "egna-regler"
    profile = extra / "kommuner" / "testby"
    (profile / "regler").mkdir(parents=True)
    (profile / "kommun.toml").write_text(KOMMUN, encoding="utf-8")
    (profile / "organ.toml").write_text(ORGAN, encoding="utf-8")
    (profile / "regler" / "anatomi.toml").write_text(RULE, encoding="utf-8")
    (extra / "sources").mkdir()
    (extra / "sources" / "testby.txt").write_text(SOURCE, encoding="utf-8")
    return extra


def _validate(*args: str, cwd: Path) -> tuple[int, dict[str, object]]:
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=cwd):
        result = runner.invoke(cli, ["validate", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


def _ids(report: dict[str, object]) -> list[str]:
    files = report["files"]
    assert isinstance(files, list) and files, report
    return [finding["rule_id"] for entry in files for finding in entry["findings"]]


def test_a_new_municipality_is_a_folder_of_data(tmp_path: Path) -> None:
    extra = _testby(tmp_path)
    (tmp_path / "govcheck.toml").write_text(f'rules = ["{extra}"]\n', encoding="utf-8")
    draft = tmp_path / "utkast.toml"
    draft.write_text(DRAFT, encoding="utf-8")
    _code, report = _validate(str(draft), cwd=tmp_path)
    ids = _ids(report)
    assert "TBY-A-01" in ids, ids  # its own rule applies
    assert "GOVCHECK-INGEN-PROFIL" not in ids  # it has a profile now
    assert not [i for i in ids if i.startswith(("MAL-", "GBG-"))], ids
    draft.write_text(DRAFT + 'sammanfattning = "Normen ersätter den från 2012."\n', "utf-8")
    _code, report = _validate(str(draft), cwd=tmp_path)
    assert "TBY-A-01" not in _ids(report)


def test_the_new_municipalitys_registry_is_used(tmp_path: Path) -> None:
    registry = load_registry([RULES, _testby(tmp_path)])
    assert registry.resolve("testby", "KS").organ is not None
    assert registry.role_ids("testby", "ledningskontor") == {"TBY-KLK"}
    # Names are per municipality: Malmö's Servicenämnden is not a body of Testby.
    assert registry.resolve("testby", "Servicenämnden").organ is None


def test_a_municipality_without_a_profile_gets_the_common_rules_and_one_notice(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "uppsala.toml"
    text = (FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml").read_text("utf-8")
    text = re.sub(r'(?m)^kommun = "malmo"', 'kommun = "uppsala"', text)
    text = re.sub(r"(?m)^rubrik = .*$", 'rubrik = "[FYLL I: ärendets rubrik]"', text)
    draft.write_text(text, "utf-8")
    _code, report = _validate(str(draft), cwd=tmp_path)
    ids = _ids(report)
    assert ids.count("GOVCHECK-INGEN-PROFIL") == 1
    assert not [i for i in ids if i.startswith(("MAL-", "GBG-"))], ids
    assert "GEN-A-03" in ids, ids  # the common pack still speaks (a template field left in)
    # Without a registry no body is "not of the municipality": that would be a false finding.
    assert not {"GEN-O-01", "GEN-O-02", "GEN-O-03", "GEN-O-04"} & set(ids), ids


@pytest.mark.parametrize("kommun", ["malmo", "goteborg"])
def test_init_writes_no_other_municipalitys_bodies(tmp_path: Path, kommun: str) -> None:
    runner = CliRunner()
    target = tmp_path / "plan.toml"
    result = runner.invoke(
        cli,
        ["init", "--typ", "utvecklingsplan", "--kommun", kommun, "-o", str(target)],
        env={"GOVCHECK_NO_CONFIG": "1"},
    )
    assert result.exit_code == 0, result.output
    _code, report = _validate(str(target), cwd=tmp_path)
    assert "GEN-O-02" not in _ids(report), report  # no unknown body in its own template


def test_a_rule_id_must_carry_its_packs_prefix(tmp_path: Path) -> None:
    extra = _testby(tmp_path)
    rule_file = extra / "kommuner" / "testby" / "regler" / "anatomi.toml"
    rule_file.write_text(RULE.replace("TBY-A-01", "MAL-A-99"), encoding="utf-8")
    with pytest.raises(RuleError, match="TBY-"):
        load_rulebook(RULES, extra=(extra,))


def test_a_municipality_cannot_be_defined_twice(tmp_path: Path) -> None:
    extra = tmp_path / "x"
    shutil.copytree(RULES / "kommuner" / "malmo", extra / "kommuner" / "malmo")
    with pytest.raises(RuleError, match="finns redan"):
        load_registry([RULES, extra])


def _docstring_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                lines.update(range(value.lineno, (value.end_lineno or value.lineno) + 1))
    return lines


def test_src_names_no_municipality() -> None:
    """Municipalities are data: no code names one (comments and docstrings may, as examples)."""
    pattern = re.compile(r"malm[oö]|g[oö]teborg|stockholm", re.IGNORECASE)
    offenders = []
    for path in sorted((ROOT / "src" / "govcheck").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        skip = _docstring_lines(ast.parse(text))
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT or token.start[0] in skip:
                continue
            if pattern.search(token.string):
                offenders.append(f"{path.relative_to(ROOT)}:{token.start[0]}: {token.string}")
    assert not offenders, "\n".join(offenders)


DOCUMENT = """Testby kommun
Kommunledningskontoret
Tjänsteskrivelse
Datum 2024-03-01
Diarienummer TBY 2024/17
Handläggare Anna Berg, utredare, anna.berg@testby.se

Ny parkeringsnorm

Förslag till beslut
Kommunstyrelsen föreslås besluta
1. Kommunstyrelsen antar parkeringsnormen.

Ärendet
Normen ersätter den från 2012.
"""


def test_a_document_of_the_new_municipality_is_read_as_its_own(tmp_path: Path) -> None:
    """The municipality is taken from the document (its name, its e-mail domain), with no
    default configured, and its own pack applies: a document with no Sammanfattning gets
    TBY-A-01 and no other municipality's rule."""
    extra = _testby(tmp_path)
    (tmp_path / "govcheck.toml").write_text(f'rules = ["{extra}"]\n', encoding="utf-8")
    document = tmp_path / "tjansteskrivelse.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    _code, report = _validate(str(document), cwd=tmp_path)
    ids = _ids(report)
    assert "TBY-A-01" in ids, ids
    assert "GOVCHECK-INGEN-PROFIL" not in ids, ids
    assert not [i for i in ids if i.startswith(("MAL-", "GBG-", "STH-"))], ids


@pytest.mark.parametrize(
    "name",
    sorted(path.name for path in (ROOT / "corpus" / "documents").glob("stockholm-*.txt")),
)
def test_a_stockholm_document_gets_no_malmo_or_goteborg_rule(tmp_path: Path, name: str) -> None:
    _code, report = _validate(str(ROOT / "corpus" / "documents" / name), cwd=tmp_path)
    ids = _ids(report)
    assert not [i for i in ids if i.startswith(("MAL-", "GBG-"))], ids
