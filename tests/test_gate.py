"""govcheck as a gate in CI: report formats, several outputs, configuration, waivers, batch."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from junitparser import JUnitXml

from govcheck.cli import cli

from conftest import FIXTURES, ROOT, RULES
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
    assert line.startswith(f"::error file={BAD},line=9,col=1,title=MAL-D1-01::")


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


# --- text from drafts is data, never markup or commands --------------------------------------

#: What an attacker puts in a draft field: line breaks followed by workflow commands (v2 ``::``
#: and v1 ``##[``), a bare CR, an ANSI escape, HTML, characters XML 1.0 forbids, a bidi
#: override, Markdown syntax and GitHub's own escapes.
PAYLOAD = (
    "x\\n::error file=evil.py,line=1::injected\\r::add-mask::secret\\n::stop-commands::tok"
    "\\n  ::set-output name=a::b ##[error]v1 \\u001b[31mred <script>alert(1)</script>"
    " <img src=x onerror=alert(1)> | col ]]> \\u0001\\u000b\\u000c\\u0085\\u2028 \\u202e %0A %25"
    " & ` * _ [link](javascript:x) \\\\"
)
#: File names may hold most of it too (not "/" or NUL).
HOSTILE_NAMES = [
    "::stop-commands::pwn.toml",
    "a\n::error file=evil.py,line=1::x.toml",
    "b\r::add-mask::y <script> ##[error]z.toml",
    "c,d:e%0A\x1b[31m.toml",
]
_WORKFLOW = re.compile(
    r"^::(error|warning|notice) ((file=[^,:\r\n]*)(,line=\d+)?(,col=\d+)?,)?title=[^,:\r\n]*::"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _hostile_drafts(folder: Path) -> list[Path]:
    text = BAD.read_text(encoding="utf-8")
    for old in (
        '"Servicenämnden"',
        '"Ny e-tjänsteplattform, systemförvaltning"',
        '"Det digitala Malmö 2017-2022"',
        '"test.testsson@malmo.se"',
        '"digital service"',
    ):
        text = text.replace(old, f'"{PAYLOAD}"', 1)
    text += (
        f'\n[[undantag]]\nregel = "MAL-D6-01"\nmotivering = "{PAYLOAD}"\n'
        f'godkand_av = "{PAYLOAD}"\nbeslut = "{PAYLOAD}"\ngaller_till = 2099-12-31\n'
        f'omfattning = "poster[0]"\n'
    )
    paths = []
    for name in HOSTILE_NAMES:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    broken = folder / "e\n::error::trasig.toml"
    broken.write_text("kommun = \n", encoding="utf-8")
    return [*paths, broken]


def _log_lines(text: str, fmt: str) -> None:
    """Nothing in a log may act as a command or a terminal control: no raw CR, no control
    character, no v1 command anywhere, no line that starts (after blanks) with '::' unless
    it is one well-formed annotation of the github format."""
    assert "\r" not in text and "##[" not in text, fmt
    for line in text.split("\n"):
        assert not _CONTROL.search(line), (fmt, line)
        if fmt == "github":
            assert _WORKFLOW.match(line) or line == "" or line.startswith("::notice title="), line
        else:
            assert not line.lstrip().startswith("::"), (fmt, line)


@pytest.mark.parametrize("fmt", ["text", "concise", "github", "markdown", "junit", "json", "sarif"])
def test_hostile_text_in_every_field_and_file_name_stays_data(tmp_path: Path, fmt: str) -> None:
    drafts = _hostile_drafts(tmp_path)
    result = CliRunner().invoke(
        cli,
        ["validate", "--format", fmt, *map(str, drafts)],
        env={"GOVCHECK_NO_CONFIG": "1", "GITHUB_STEP_SUMMARY": None},
    )
    assert result.exit_code == 2, result.output  # the broken draft
    out, err = result.stdout, result.stderr
    _log_lines(err, "stderr")
    assert "injected" in out or fmt == "markdown" or "injected" in out.replace("\\", "")
    if fmt in {"text", "concise", "github"}:
        _log_lines(out, fmt)
    elif fmt == "markdown":
        assert "\r" not in out and "<script" not in out and "<img" not in out
        for line in out.splitlines():
            if line.startswith("| ") and not line.startswith("| Regel"):
                assert len(re.findall(r"(?<!\\)\|", line)) == 6, line
    elif fmt == "junit":
        from xml.etree import ElementTree

        ElementTree.fromstring(out.encode("utf-8"))  # well-formed XML 1.0
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", out)
        _log_lines(out, fmt)  # on standard output it is a log too: no line a command
    else:
        document = json.loads(out)
        assert json.dumps(document, ensure_ascii=False).encode("utf-8")
        _log_lines(out, fmt)  # C1, separators and bidi controls escaped, the same JSON
    if fmt == "github":
        files = {
            m.group(1) for line in out.splitlines() if (m := re.match(r"^::\w+ file=([^,]*)", line))
        }
        decoded = {
            f.replace("%3A", ":")
            .replace("%2C", ",")
            .replace("%0D", "\r")
            .replace("%0A", "\n")
            .replace("%25", "%")
            for f in files
        }
        assert str(drafts[1]).replace("\n", "\\n") in decoded or any(
            "::error file=evil.py" in name for name in decoded
        )


def test_junit_with_hostile_text_parses_with_junitparser(tmp_path: Path) -> None:
    drafts = _hostile_drafts(tmp_path)
    target = tmp_path / "junit.xml"
    code, _ = run("validate", "--format", "junit", "-o", str(target), *map(str, drafts))
    assert code == 2
    xml = JUnitXml.fromfile(str(target))
    assert sum(suite.tests for suite in xml) > 0


def test_rulebook_markdown_escapes_rule_text(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    extra = rules / "common" / "farlig.toml"
    extra.write_text(
        EXTRA_RULE.replace("MAL-X9-01", "GEN-X9-01").replace(
            'title.sv = "',
            'title.sv = "<script>alert(1)</script> [länk](javascript:alert(3)) '
            "![i](https://evil.example/t.png) ",
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["rules", "--format", "markdown", "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert "<script" not in result.stdout and "&lt;script" in result.stdout
    # No link a reader could follow, no image a viewer would fetch.
    assert "](javascript:" not in result.stdout and "![i](" not in result.stdout
    assert "[länk]\\(javascript:alert(3))" in result.stdout


# --- outputs: attached values, one report per stream, folders ---------------------------------


def test_an_output_value_attached_to_the_option_is_the_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.json"
    code, out = run("validate", str(BAD), "--format", "json", f"-o{target}")
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["exit_code"] == 1
    other = tmp_path / "r2.json"
    code, out = run("validate", str(BAD), "--format", "json", f"--output={other}")
    assert code == 1 and out == "" and other.is_file()


def test_two_reports_to_standard_output_is_a_usage_error() -> None:
    code, out = run("validate", "--format", "sarif", "--format", "text", str(BAD))
    assert code == 2 and out == ""


def test_output_folders_are_created(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "ci" / "x.sarif"
    code, _ = run("validate", "--format", "sarif", "-o", str(target), str(BAD))
    assert code == 1 and json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


# --- selection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        'select = ["MAL-X*"]\n',
        'exclude = ["MAL-NOPE-*"]\n',
        'select = ["MAL-D1-*"]\nexclude = ["MAL-D*"]\n',
    ],
    ids=["select", "exclude", "empty"],
)
def test_a_selection_that_matches_no_rule_is_exit_2(tmp_path: Path, content: str) -> None:
    config = tmp_path / "govcheck.toml"
    config.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--config", str(config), str(GOOD)])
    assert result.exit_code == 2, result.output
    assert "inga anmärkningar" not in result.output and "govcheck.toml" in result.output


def test_a_rule_directory_without_rules_is_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "regler"
    empty.mkdir()
    shutil.copy(RULES / "rulebook.toml", empty / "rulebook.toml")
    code, _ = run("validate", "--rules", str(empty), str(GOOD))
    assert code == 2


# --- JUnit: an unreadable draft is an error, not 80 passed checks -----------------------------


def test_junit_unreadable_draft_is_one_errored_case(tmp_path: Path) -> None:
    broken = tmp_path / "trasig.toml"
    broken.write_text("kommun = \n", encoding="utf-8")
    target = tmp_path / "junit.xml"
    code, _ = run("validate", "--format", "junit", "-o", str(target), str(broken), str(GOOD))
    assert code == 2
    suites = [suite for suite in JUnitXml.fromfile(str(target)) if suite.name == str(broken)]
    assert len(suites) == 1
    assert (suites[0].tests, suites[0].errors, suites[0].failures) == (1, 1, 0)


# --- configuration stops at the project's root -------------------------------------------------


@pytest.mark.parametrize("marker", ["pyproject.toml", ".git"])
def test_config_lookup_stops_at_the_project_root(tmp_path: Path, marker: str) -> None:
    (tmp_path / "govcheck.toml").write_text('fail_on = "info"\n', encoding="utf-8")
    project = tmp_path / "projekt"
    (project / "utkast").mkdir(parents=True)
    if marker == ".git":
        (project / ".git").mkdir()
    else:
        (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    old = os.getcwd()
    os.chdir(project / "utkast")
    try:
        shown = CliRunner().invoke(cli, ["config"], env={"GOVCHECK_NO_CONFIG": None})
    finally:
        os.chdir(old)
    assert 'fail_on = "varning"' in shown.output, shown.output
    assert str(tmp_path / "govcheck.toml") not in shown.output


# --- positions --------------------------------------------------------------------------------


def test_a_table_header_inside_a_multiline_string_does_not_move_findings(tmp_path: Path) -> None:
    text = BAD.read_text(encoding="utf-8").replace(
        'beslutet_skickas_till = ["Kommunstyrelsen"]\n',
        'beslutet_skickas_till = ["Kommunstyrelsen"]\narendet = """\n[[poster]]\nnamn = "x"\n'
        '[[poster]]\n"""\n',
    )
    draft = tmp_path / "d.toml"
    draft.write_text(text, encoding="utf-8")
    _, out = run("validate", "--format", "json", str(draft))
    lines = text.splitlines()
    string_end = max(number for number, line in enumerate(lines, start=1) if line == '"""')
    placed = [
        finding["location"]
        for finding in _findings(out)
        if str(finding["location"]["path"]).startswith("poster[")
    ]
    assert placed and all(location["line"] > string_end for location in placed), placed


def _flatten(value: object, prefix: str = "") -> set[str]:
    out = {prefix} if prefix else set()
    if isinstance(value, dict):
        for key, item in value.items():
            out |= _flatten(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out |= _flatten(item, f"{prefix}[{index}]")
    return out


def test_positions_cover_every_key_the_parser_reads() -> None:
    """The position-keeping parser agrees with tomli and json on every example draft."""
    import tomli

    from govcheck.locate import json_positions, toml_positions

    for path in sorted((FIXTURES / "examples").glob("*.toml")) + sorted(
        (FIXTURES / "rules").rglob("*.toml")
    ):
        text = path.read_text(encoding="utf-8")
        found = toml_positions(text)
        assert _flatten(tomli.loads(text)) <= set(found), path
        as_json = json.dumps(tomli.loads(text), default=str, indent=1)
        assert _flatten(json.loads(as_json)) <= set(json_positions(as_json)), path
        for key, (line, column) in found.items():
            assert 1 <= line <= text.count("\n") + 1 and column >= 1, (path, key)


# --- questions --------------------------------------------------------------------------------


def test_a_placeholder_is_not_an_answer(tmp_path: Path) -> None:
    """The template's remiss question has svar = "[FYLL I: nämndens svar]": not answered."""
    draft = tmp_path / "svar.toml"
    assert run("init", "--typ", "remissvar", "--kommun", "malmo", "-o", str(draft))[0] == 0
    assert '"[FYLL I: nämndens svar]"' in draft.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["questions", str(draft)])
    assert "[OBESVARAD] MAL-Q2-01" in result.output, result.output
    assert "[besvarad]" not in result.output
    filled = draft.read_text(encoding="utf-8").replace(
        "[FYLL I: nämndens svar]", "Nämnden tillstyrker förslaget."
    )
    draft.write_text(filled, encoding="utf-8")
    assert "[besvarad] MAL-Q2-01" in CliRunner().invoke(cli, ["questions", str(draft)]).output


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("[Fyll i: svar [se mallen]]", False),  # brackets inside brackets
        ("«Svar»", False),  # a Word merge field never filled
        ("XXX", False),
        ("Ja, [se bilaga 1] beskriver det.", True),  # a reference in brackets beside text
        ("Nej.", True),
    ],
)
def test_template_text_of_any_shape_is_not_an_answer(answer: str, answered: bool) -> None:
    from govcheck.questions import is_answer

    assert is_answer(answer) is answered


# --- reports: every format says page and line for a PDF ----------------------------------------


def _report_with_a_pdf_finding() -> object:
    from govcheck.models import Citation, Finding, Location, Report, RuleInfo, Severity

    citation = Citation(
        document="d", section="s", quote="q", source_file="f.txt", authority="kvalitet"
    )
    finding = Finding(
        rule_id="GEN-A-01",
        severity=Severity.FEL,
        message="Meddelande.",
        location=Location(file="skrivelse.pdf", path="datum", line=5, page=2, column=3),
        citation=citation,
    )
    return Report(
        files=("skrivelse.pdf",),
        findings=(finding,),
        ruleset_version="1",
        rules=(RuleInfo(id="GEN-A-01", title="T", severity=Severity.FEL, citation=citation),),
    )


@pytest.mark.parametrize("fmt", ["text", "concise", "github", "markdown", "junit", "sarif", "json"])
def test_every_format_gives_page_and_line_for_a_pdf(fmt: str) -> None:
    from govcheck.reporters import get_reporter
    from govcheck.reporters.base import RenderOptions, chunks

    report = _report_with_a_pdf_finding()
    text = "".join(chunks(get_reporter(fmt)(report, RenderOptions(base_dir="/work"))))  # type: ignore[arg-type]
    if fmt == "json":
        location = json.loads(text)["files"][0]["findings"][0]["location"]
        assert (location["page"], location["line"]) == (2, 5)
    elif fmt == "sarif":
        result = json.loads(text)["runs"][0]["results"][0]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == 5 and region["properties"]["page"] == 2
        assert result["locations"][0]["message"]["text"].startswith("sida 2, rad 5")
    elif fmt == "concise":
        assert text.startswith("skrivelse.pdf:5:3: GEN-A-01 fel (sida 2) Meddelande.")
    else:
        assert "sida 2, rad 5" in text or ("sida 2" in text and "line=5" in text), text


# --- SARIF: what Microsoft's SARIF validator checks, not only the schema ----------------------


def _sarif(tmp_path: Path, *drafts: Path, config: str = "") -> dict[str, object]:
    cfg = tmp_path / "govcheck.toml"
    cfg.write_text(
        'rulebook_url = "https://regler.example.org/regelbok.html"\n' + config, encoding="utf-8"
    )
    target = tmp_path / "r.sarif"
    result = CliRunner().invoke(
        cli,
        ["validate", "--config", str(cfg), "--format", "sarif", "-o", str(target)]
        + [str(d) for d in drafts],
    )
    assert result.exit_code in (0, 1, 2), result.output
    document: dict[str, object] = json.loads(target.read_text(encoding="utf-8"))
    return document


_PASCAL = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$")


def test_sarif_meets_the_sarif_validators_rules(tmp_path: Path) -> None:
    """The rules Sarif.Multitool 5.7 applies that this report can meet, encoded (the tool is
    .NET and not installed in CI; ``GOVCHECK_SARIF_MULTITOOL`` runs it as well, see below):
    SARIF1004/2016 relative URIs with a uriBaseId, a base URI that is absolute and ends in a
    slash; SARIF1009/1010 ruleIndex and ruleId consistent; SARIF2012 a Pascal-case name and a
    helpUri per rule (and fullDescription, which GitHub shows); SARIF2017 a region with start
    and end for every result; SARIF2001 messages end with a full stop; SARIF2006 no placeholder
    informationUri. The rule ids keep the municipalities' own scheme (GEN-A-01), not SARIF2009's
    suggested TOOL1234: they are the ids legal staff cite."""
    document = _sarif(tmp_path, BAD, FIXTURES / "examples")
    jsonschema.validate(document, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    run_ = document["runs"][0]  # type: ignore[index]
    driver = run_["tool"]["driver"]
    assert "example.invalid" not in json.dumps(driver)
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    for rule in rules:
        assert _PASCAL.match(rule["name"]), rule["name"]
        assert rule["fullDescription"]["text"] and rule["shortDescription"]["text"]
        assert rule["helpUri"] == f"https://regler.example.org/regelbok.html#{rule['id']}"
    base = run_["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file:///") and base.endswith("/")
    assert run_["results"]
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        artifact = location["artifactLocation"]
        assert not artifact["uri"].startswith("/")
        assert artifact.get("uriBaseId") == "%SRCROOT%" or artifact["uri"].startswith("file:///")
        region = location["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(region), region
        assert region["endLine"] >= region["startLine"] >= 1
        assert result["message"]["text"].endswith((".", "?", "!", "”"))
        assert result["partialFingerprints"]["govcheckFingerprint/v1"]


def test_sarif_fingerprints_are_stable_and_survive_small_edits(tmp_path: Path) -> None:
    draft = tmp_path / "a" / "u.toml"
    draft.parent.mkdir()
    shutil.copy(BAD, draft)
    os.chdir(tmp_path)
    try:
        first = _sarif(tmp_path / "a", Path("a/u.toml"))
        draft.write_text("# en ny rad\n\n" + BAD.read_text(encoding="utf-8"), encoding="utf-8")
        second = _sarif(tmp_path / "a", Path("a/u.toml"))
    finally:
        os.chdir(ROOT)

    def prints(document: dict[str, object]) -> list[str]:
        results = document["runs"][0]["results"]  # type: ignore[index]
        return sorted(r["partialFingerprints"]["govcheckFingerprint/v1"] for r in results)

    assert prints(first) == prints(second)
    assert len(set(prints(first))) == len(prints(first))


@pytest.mark.skipif(
    not os.environ.get("GOVCHECK_SARIF_MULTITOOL"), reason="Sarif.Multitool not installed"
)
def test_sarif_passes_the_real_validator(tmp_path: Path) -> None:
    """With ``GOVCHECK_SARIF_MULTITOOL=/path/to/Sarif.Multitool`` (npm's
    @microsoft/sarif-multitool-linux): no error and no warning, notes aside."""
    _sarif(tmp_path, BAD)
    out = tmp_path / "validation.sarif"
    subprocess.run(
        [
            os.environ["GOVCHECK_SARIF_MULTITOOL"],
            "validate",
            str(tmp_path / "r.sarif"),
            "--output",
            str(out),
            "--level",
            "Error;Warning",
        ],
        check=False,
        capture_output=True,
        env={**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"},
        timeout=300,
    )
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r for r in results if r.get("level") in ("error", "warning")] == []


# --- CI ergonomics -----------------------------------------------------------------------------


def test_github_says_when_annotations_exceed_its_limit(tmp_path: Path) -> None:
    for number in range(6):
        shutil.copy(BAD, tmp_path / f"u{number}.toml")
    _, out = run("validate", "--format", "github", str(tmp_path))
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) > 10
    assert out.splitlines()[-1].startswith("::notice title=govcheck::")
    assert f"{len(errors)} anm" in out.splitlines()[-1] or str(len(errors)) in out


def test_step_summary_gets_the_markdown_report(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# Tidigare steg\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["validate", "--format", "github", str(BAD)],
        env={"GOVCHECK_NO_CONFIG": "1", "GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert result.exit_code == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Tidigare steg\n") and "# Granskningsrapport från govcheck" in text
    assert "| MAL-D1-01 | Fel |" in text


def test_colour_no_color_and_quiet() -> None:
    from govcheck.cli import _use_color

    assert "\x1b[" in run("validate", "--color", str(BAD))[1]
    assert "\x1b[" not in run("validate", "--no-color", str(BAD))[1]
    import sys

    class Tty:
        def isatty(self) -> bool:
            return True

    old, sys.stdout = sys.stdout, Tty()  # type: ignore[assignment]
    try:
        os.environ["NO_COLOR"] = "1"
        assert _use_color(None) is False
        del os.environ["NO_COLOR"]
        assert _use_color(None) is True
        assert _use_color(False) is False
    finally:
        sys.stdout = old
        os.environ.pop("NO_COLOR", None)
    code, quiet = run("validate", "--quiet", str(BAD), str(GOOD))
    assert code == 1 and "MAL-D1-01" in quiet
    assert "granskade" not in quiet and "inga anmärkningar" not in quiet and "Källa" not in quiet


def test_concise_is_one_line_a_finding() -> None:
    code, out = run("validate", "--format", "concise", str(BAD))
    assert code == 1
    pattern = re.compile(r"^(.+):(\d+):(\d+): ([A-Z]+-[A-Z0-9-]+) (fel|varning|info) (.+)$")
    lines = out.splitlines()
    assert lines and all(pattern.match(line) for line in lines), lines
    assert any(line.startswith(f"{BAD}:9:1: MAL-D1-01 fel ") for line in lines)
    _, english = run("validate", "--lang", "en", "--format", "concise", str(BAD))
    assert any(" MAL-D1-01 error " in line for line in english.splitlines())


@pytest.mark.parametrize("alias", ["error", "ERROR", "warning", "info"])
def test_english_severity_aliases(alias: str) -> None:
    assert run("validate", "--fail-on", alias, str(BAD))[0] == 1
    assert run("validate", "--fail-on", "nonsense", str(BAD))[0] == 2


# --- baseline ----------------------------------------------------------------------------------


def test_a_baseline_accepts_todays_findings_and_fails_only_on_new_ones(tmp_path: Path) -> None:
    draft = tmp_path / "utkast" / "plan.toml"
    draft.parent.mkdir()
    shutil.copy(BAD, draft)
    baseline = tmp_path / "baslinje.json"
    code, _ = run("validate", "--skapa-baslinje", str(baseline), str(draft))
    assert code == 0
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert recorded["anmarkningar"] and all(
        entry["fil"] == "utkast/plan.toml" for entry in recorded["anmarkningar"]
    )
    code, out = run("validate", "--baslinje", str(baseline), "--format", "json", str(draft))
    assert code == 0 and all(f["known"] for f in _findings(out))
    # Small edits: a comment on top (every line moves), another value changed.
    text = BAD.read_text(encoding="utf-8").replace("plan_ar = 2025", "plan_ar = 2025\n# ändrad")
    draft.write_text("# Reviderad\n\n" + text, encoding="utf-8")
    assert run("validate", "--baseline", str(baseline), str(draft))[0] == 0
    # A new finding: only it fails the gate, and SARIF says which is new.
    draft.write_text(text.replace('finansiering = "kommunbidrag"', 'finansiering = "solidarisk"'))
    code, out = run("validate", "--baseline", str(baseline), "--format", "json", str(draft))
    assert code == 1
    new = [f for f in _findings(out) if not f["known"]]
    assert "MAL-F1-01" in {f["rule_id"] for f in new}
    assert all(str(f["location"]["path"]).startswith("poster[1]") for f in new), new
    code, out = run("validate", "--baseline", str(baseline), "--format", "sarif", str(draft))
    states = {r["baselineState"] for r in json.loads(out)["runs"][0]["results"]}
    assert states == {"new", "unchanged"}


def test_a_broken_baseline_is_exit_2(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text("[1, 2]", encoding="utf-8")
    assert run("validate", "--baslinje", str(baseline), str(BAD))[0] == 2


# --- installing ----------------------------------------------------------------------------


def test_every_data_folder_is_a_listed_package() -> None:
    """setuptools warns, at length, about every folder of package data that is not listed as
    a package; a new municipality's folders must be added to pyproject.toml."""
    import tomli

    config = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    for package, folder in config["setuptools"]["package-dir"].items():
        base = ROOT / folder
        if not package:
            package, base = "govcheck", base / "govcheck"
        for directory in [base, *base.rglob("*")]:
            if directory.name == "__pycache__" or "__pycache__" in directory.parts:
                continue
            if directory.is_dir() and any(p.is_file() for p in directory.iterdir()):
                parts = directory.relative_to(base).parts
                if all(part.isidentifier() for part in parts):
                    assert ".".join([package, *parts]) in listed, directory


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_building_the_package_prints_no_setuptools_warning(tmp_path: Path) -> None:
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = (result.stdout + result.stderr).splitlines()
    output = "\n".join(line for line in lines if "Location 'file" not in line)
    assert "Warning" not in output and "warning" not in output, output
    wheel = next(tmp_path.glob("govcheck-*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "govcheck/rules/kommuner/malmo/regler/beslutsordning.toml" in names


def test_the_pre_commit_hook_names_a_python_that_can_build_it() -> None:
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^  language_version: python3\.1[12]$", hook, re.MULTILINE)


def test_a_document_finding_points_to_the_line_of_its_citation() -> None:
    """Seed 000's MAL-T3-01 (a governing document cited with the wrong decision) pointed to
    the first citation's line (21); the wrong one stands on its own line."""
    seed = RULES / "sources" / "000_528893d35161c68e.txt"
    _, out = run("validate", "--format", "json", str(seed))
    found = next(f for f in _findings(out) if f["rule_id"] == "MAL-T3-01")
    lines = seed.read_text(encoding="utf-8").splitlines()
    assert "(SN-2021-692)" in lines[found["location"]["line"] - 1]
