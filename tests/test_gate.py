"""govcheck as a gate in CI: report formats, several outputs, configuration, waivers, batch."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from junitparser import JUnitXml

from govcheck.cli import cli

from conftest import FIXTURES, ROOT
from test_rule_loading import GOOD_RULE

BAD = FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml"
GOOD = FIXTURES / "examples" / "malmo-utvecklingsplan-sn-2024.toml"
# The official OASIS schema, copied from shared/schemas/ so that CI on a bare clone checks it.
SARIF_SCHEMA = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"


def run(*args: str, cwd: Path | None = None) -> tuple[int, str]:
    runner = CliRunner()
    if cwd is None:
        result = runner.invoke(cli, list(args), env={"GOVCHECK_NO_CONFIG": "1"})
    else:
        with runner.isolated_filesystem(temp_dir=cwd):
            result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout


def test_sarif_is_valid_against_the_official_schema(tmp_path: Path) -> None:
    waivers = tmp_path / "undantag.toml"
    waivers.write_text(
        '[[undantag]]\nregel = "MAL-S4-02"\nmotivering = "Namnet är leverantörens."\n'
        'godkand_av = "Louise Strand"\nbeslut = "SN-2024-12"\ngaller_till = 2099-12-31\n',
        encoding="utf-8",
    )
    code, out = run(
        "validate",
        "--format",
        "sarif",
        "--undantag",
        str(waivers),
        str(BAD),
        str(tmp_path / "saknas.toml"),
    )
    document = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    run_ = document["runs"][0]
    rules = {rule["id"]: rule for rule in run_["tool"]["driver"]["rules"]}
    assert "ska enligt riktlinjen beslutas av kommunstyrelsen" in rules["MAL-D1-01"]["help"]["text"]
    assert rules["MAL-D1-01"]["properties"]["citation"]["decision"] == "KF 2021-03-31 § 100"
    suppressed = [r for r in run_["results"] if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["MAL-S4-02"]
    assert code == 2  # the missing file


def test_junit_parses_with_a_standard_parser(tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    code, _ = run("validate", "--format", "junit", "--output", str(target), str(BAD), str(GOOD))
    assert code == 1
    xml = JUnitXml.fromfile(str(target))
    suites = {suite.name: suite for suite in xml}
    assert suites[str(BAD)].failures >= 8
    assert suites[str(GOOD)].failures == 0
    names = [case.name for case in suites[str(GOOD)]]
    assert "MAL-D1-01" in names and len(names) == len(set(names))


def test_github_annotations() -> None:
    _, out = run("validate", "--format", "github", str(BAD))
    line = next(line for line in out.splitlines() if "MAL-D1-01" in line)
    assert line.startswith(f"::error file={BAD},line=9,title=MAL-D1-01::")


def test_markdown_report_for_the_case_file() -> None:
    _, out = run("validate", "--format", "markdown", str(BAD))
    assert out.startswith("# Granskningsrapport från govcheck")
    assert "| MAL-D1-01 | Fel |" in out


def test_several_formats_in_one_run(tmp_path: Path) -> None:
    sarif = tmp_path / "report.sarif"
    code, out = run(
        "validate", "--format", "sarif", "--output", str(sarif), "--format", "text", str(BAD)
    )
    assert code == 1
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "MAL-D1-01: Utvecklingsplanen ska beslutas av kommunstyrelsen" in out


def test_jobs_give_byte_identical_reports(tmp_path: Path) -> None:
    drafts = tmp_path / "utkast"
    drafts.mkdir()
    for number in range(60):
        source = BAD if number % 3 else GOOD
        shutil.copy(source, drafts / f"utkast-{number:03d}.toml")
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run("validate", "--jobs", "1", "--format", "json", "-o", str(one), str(drafts))[0] == 1
    assert run("validate", "--jobs", "2", "--format", "json", "-o", str(two), str(drafts))[0] == 1
    assert one.read_bytes() == two.read_bytes()


# --- waivers ---------------------------------------------------------------------------------

WAIVER = """
[[undantag]]
regel = "MAL-S4-02"
motivering = "Namnet är leverantörens produktnamn."
godkand_av = "Louise Strand, servicedirektör"
beslut = "SN-2024-12"
galler_till = {until}
"""


def _draft_with(tmp_path: Path, waiver: str) -> Path:
    draft = tmp_path / "utkast.toml"
    draft.write_text(BAD.read_text(encoding="utf-8") + waiver, encoding="utf-8")
    return draft


def _findings(out: str) -> list[dict[str, object]]:
    return [f for entry in json.loads(out)["files"] for f in entry["findings"]]


def test_valid_waiver_marks_the_finding_waived(tmp_path: Path) -> None:
    _, out = run(
        "validate",
        "--format",
        "json",
        str(_draft_with(tmp_path, WAIVER.format(until="2099-12-31"))),
    )
    waived = [f for f in _findings(out) if f["waiver"]]
    assert [f["rule_id"] for f in waived] == ["MAL-S4-02"]
    assert waived[0]["waiver"]["beslut"] == "SN-2024-12"


def test_waived_findings_do_not_fail_the_gate(tmp_path: Path) -> None:
    draft = tmp_path / "d.toml"
    text = GOOD.read_text(encoding="utf-8").replace(
        'beskrivning = "Licenskostnaden', 'beskrivning = "Ny systemförvaltning. Licenskostnaden'
    )
    draft.write_text(text, encoding="utf-8")
    # MAL-S4-02 is a note ("info"): the 2018 glossary is a working definition.
    assert run("validate", "--fail-on", "info", str(draft))[0] == 1
    draft.write_text(text + WAIVER.format(until="2099-12-31"), encoding="utf-8")
    code, out = run("validate", "--fail-on", "info", str(draft))
    assert code == 0
    assert "undantag" in out


def test_waiver_without_justification_is_invalid(tmp_path: Path) -> None:
    waiver = WAIVER.format(until="2099-12-31").replace(
        'motivering = "Namnet är leverantörens produktnamn."\n', ""
    )
    _, out = run("validate", "--format", "json", str(_draft_with(tmp_path, waiver)))
    found = _findings(out)
    assert any(
        f["rule_id"] == "GOVCHECK-UNDANTAG-OGILTIGT" and "motivering" in f["message"] for f in found
    )
    assert not any(f["waiver"] for f in found)


def test_expired_waiver_no_longer_applies(tmp_path: Path) -> None:
    _, out = run(
        "validate",
        "--format",
        "json",
        str(_draft_with(tmp_path, WAIVER.format(until="2020-01-01"))),
    )
    found = _findings(out)
    assert any(f["rule_id"] == "GOVCHECK-UNDANTAG-UTGANGET" for f in found)
    assert any(f["rule_id"] == "MAL-S4-02" and not f["waiver"] for f in found)


def test_unused_waiver_is_reported(tmp_path: Path) -> None:
    waiver = WAIVER.format(until="2099-12-31").replace("MAL-S4-02", "MAL-D3-01")
    _, out = run("validate", "--format", "json", str(_draft_with(tmp_path, waiver)))
    assert any(f["rule_id"] == "GOVCHECK-UNDANTAG-OANVANT" for f in _findings(out))


def test_waiver_file_covers_matching_drafts(tmp_path: Path) -> None:
    waivers = tmp_path / "undantag.toml"
    waivers.write_text(
        '[[undantag]]\nfil = "*brister*"'
        + WAIVER.format(until="2099-12-31").replace("[[undantag]]", ""),
        encoding="utf-8",
    )
    _, out = run("validate", "--format", "json", "--undantag", str(waivers), str(BAD), str(GOOD))
    waived = [f for f in _findings(out) if f["waiver"]]
    assert [f["rule_id"] for f in waived] == ["MAL-S4-02"]


def test_waiver_file_problems_are_reported_once_per_run(tmp_path: Path) -> None:
    waivers = tmp_path / "undantag.toml"
    unused = WAIVER.format(until="2099-12-31").replace("MAL-S4-02", "MAL-D3-01")
    expired = WAIVER.format(until="2020-01-01")
    waivers.write_text(unused + expired, encoding="utf-8")
    drafts = [str(p) for p in sorted((FIXTURES / "examples").glob("*.toml"))]
    _, out = run("validate", "--format", "json", "--undantag", str(waivers), *drafts)
    about_waivers = [f for f in _findings(out) if f["location"]["file"] == str(waivers)]
    assert sorted(f["rule_id"] for f in about_waivers) == [
        "GOVCHECK-UNDANTAG-OANVANT",
        "GOVCHECK-UNDANTAG-UTGANGET",
    ]
    assert [f["location"]["line"] for f in about_waivers] == [2, unused.count("\n") + 2]


# --- configuration ---------------------------------------------------------------------------


def test_config_is_found_upwards_and_applied(tmp_path: Path) -> None:
    (tmp_path / "govcheck.toml").write_text(
        'fail_on = "fel"\nexclude = ["MAL-D1-*"]\n[severity]\n"MAL-S4-02" = "info"\n',
        encoding="utf-8",
    )
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    draft = nested / "d.toml"
    draft.write_text(BAD.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    import os

    old = os.getcwd()
    os.chdir(nested)
    try:
        result = runner.invoke(cli, ["validate", "--format", "json", "d.toml"])
        shown = runner.invoke(cli, ["config"])
    finally:
        os.chdir(old)
    found = _findings(result.stdout)
    assert not any(str(f["rule_id"]).startswith("MAL-D1") for f in found)
    assert next(f for f in found if f["rule_id"] == "MAL-S4-02")["severity"] == "info"
    assert json.loads(result.output)["fail_on"] == "fel"
    assert 'fail_on = "fel"' in shown.output and str(tmp_path / "govcheck.toml") in shown.output
    assert 'lang = "sv"    # standard' in shown.output


def test_pyproject_section_is_a_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.govcheck]\nkommun = "malmo"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["config", "--config", str(tmp_path / "pyproject.toml")])
    assert 'kommun = "malmo"' in result.output


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('fail_on = "kritisk"\n', "[fail_on]"),
        ('failon = "fel"\n', "menade du 'fail_on'"),
        ("fail_on = \n", "TOML-fel"),
    ],
    ids=["bad-value", "unknown-key", "syntax"],
)
def test_bad_config_is_one_line_exit_2(tmp_path: Path, content: str, expected: str) -> None:
    config = tmp_path / "govcheck.toml"
    config.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--config", str(config), str(GOOD)])
    assert result.exit_code == 2
    assert expected in result.output and "Traceback" not in result.output


EXTRA_RULE = GOOD_RULE.replace("MAL-X1-01", "MAL-X9-01").replace(
    'when = { field = "antal_steg", op = "eq", value = 0 }',
    'when = { field = "antal_steg", op = "gte", value = 0 }',
)


def test_extra_rule_directory_from_config(tmp_path: Path) -> None:
    extra = tmp_path / "egna" / "malmo"
    extra.mkdir(parents=True)
    (extra / "egen.toml").write_text(EXTRA_RULE, encoding="utf-8")
    config = tmp_path / "govcheck.toml"
    config.write_text('rules = ["egna"]\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["validate", "--config", str(config), "--format", "json", str(GOOD)]
    )
    assert any(f["rule_id"] == "MAL-X9-01" for f in _findings(result.stdout))


# --- init --------------------------------------------------------------------------------------


@pytest.mark.parametrize("typ", ["utvecklingsplan", "remissvar", "tjansteskrivelse"])
def test_init_template_passes_once_filled_in(tmp_path: Path, typ: str) -> None:
    target = tmp_path / "mall.toml"
    assert run("init", "--typ", typ, "--kommun", "malmo", "-o", str(target))[0] == 0
    code, out = run("validate", "--format", "json", str(target))
    assert code == 1
    assert any(f["rule_id"] == "GEN-A-03" for f in _findings(out))
    fills = {
        "diarienummer": "SN-2026-101",
        "nämnd som beslutar": "Servicenämnden",
        "handläggarens namn": "Anna Berg",
        "e-postadress": "anna.berg@malmo.se",
        "den som skickade remissen": "Stadskontoret",
        "mottagare": "Stadskontoret",
    }
    text = target.read_text(encoding="utf-8")
    for marker in re.findall(r"\[FYLL I: ([^\]]+)\]", text):
        key = next((k for k in fills if marker.startswith(k)), None)
        text = text.replace(f"[FYLL I: {marker}]", fills[key] if key else "Ifylld text.")
    target.write_text(text, encoding="utf-8")
    code, out = run("validate", str(target))
    assert code == 0, out


def test_init_does_not_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "mall.toml"
    target.write_text("mitt\n", encoding="utf-8")
    assert run("init", "--typ", "remissvar", "--kommun", "malmo", "-o", str(target))[0] == 2
    assert target.read_text(encoding="utf-8") == "mitt\n"


# --- pre-commit -------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_real_pre_commit_runs_the_hook(tmp_path: Path) -> None:
    """The real pre-commit tool installs govcheck from this repository's last commit and runs
    the hook on a sample repository of drafts."""
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if head.returncode != 0:
        pytest.skip("not a git checkout")
    pre_commit = shutil.which("pre-commit", path=str(Path(__import__("sys").executable).parent))
    assert pre_commit, "pre-commit is a dev dependency"
    repo = tmp_path / "utkast"
    repo.mkdir()
    env = {
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PATH": __import__("os").environ["PATH"],
        "HOME": str(tmp_path),
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True, env=env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {ROOT}\n  rev: {head.stdout.strip()}\n  hooks:\n  - id: govcheck\n",
        encoding="utf-8",
    )
    shutil.copy(GOOD, repo / "bra.toml")

    def commit_and_run() -> subprocess.CompletedProcess[str]:
        subprocess.run([*git, "add", "."], cwd=repo, check=True, env=env)
        return subprocess.run(
            [pre_commit, "run", "--all-files"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )

    passed = commit_and_run()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    shutil.copy(BAD, repo / "brister.toml")
    failed = commit_and_run()
    assert failed.returncode == 1
    assert "MAL-D1-01" in failed.stdout


def test_streamed_json_is_the_documented_document() -> None:
    """The JSON report is written file by file; it must be exactly json.dumps of the whole."""
    from govcheck.reporters.base import RenderOptions
    from govcheck.reporters.json_report import render, report_dict
    from govcheck.runner import RunConfig, Validator, default_rules_dir

    validator = Validator(RunConfig(rules_dir=default_rules_dir()))
    for paths in ([FIXTURES / "examples"], [FIXTURES / "does-not-exist"], []):
        report = validator.run(paths)
        streamed = "".join(render(report, RenderOptions()))
        assert streamed == json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


def test_drafts_of_one_kind_share_their_list_of_evaluated_rules(tmp_path: Path) -> None:
    """A run over a large archive keeps one list of evaluated rules per kind of draft, not one
    per file: what the report holds per draft stays small."""
    from govcheck.runner import RunConfig, Validator, default_rules_dir

    for index in range(3):
        shutil.copy(GOOD, tmp_path / f"plan-{index}.toml")
    report = Validator(RunConfig(rules_dir=default_rules_dir())).run([tmp_path])
    lists = list(report.evaluated.values())
    assert len(lists) == 3 and lists[0]
    assert all(evaluated is lists[0] for evaluated in lists)
