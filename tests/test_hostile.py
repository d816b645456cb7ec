"""No input, however broken or hostile, crashes govcheck or changes a file.

Each file of the hostile corpus (tests/hostile.py) is given to the real command in its own
process, under a memory limit and a timeout: the answer must be exit 2 and one line naming the
file and saying what is wrong, no traceback, and the file byte-for-byte unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.runner import SCANNED_SUFFIXES

import hostile
from conftest import FIXTURES, ROOT, RULES
from test_rule_loading import GOOD_RULE

GOVCHECK = [sys.executable, "-m", "govcheck"]
MEMORY_LIMIT = 1_500_000_000  # bytes of address space for one run
TIME_LIMIT = 60  # seconds for one run


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVCHECK_NO_CONFIG": "1"}
    return subprocess.run(
        [*GOVCHECK, *args],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        preexec_fn=_limits,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile.build(tmp_path_factory.mktemp("hostile"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "mention"), [(name, m) for name, _, m in hostile.CORPUS])
def test_hostile_input_is_one_clear_line_and_exit_2(
    corpus: dict[str, Path], name: str, mention: str
) -> None:
    path = corpus[name]
    before = _digest(path)
    result = _run("validate", "--jobs", "1", str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == "", result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(str(path))]
    assert len(problems) == 1, result.stdout
    assert mention.casefold() in problems[0].casefold(), problems[0]
    assert len(problems[0]) < 300
    assert _digest(path) == before


def test_the_whole_corpus_at_once_reports_every_file(corpus: dict[str, Path]) -> None:
    folder = next(iter(corpus.values())).parent
    before = {path: _digest(path) for path in corpus.values()}
    result = _run("validate", "--format", "json", str(folder))
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    scanned = [str(path) for path in corpus.values() if path.suffix in SCANNED_SUFFIXES]
    assert sorted(p["file"] for p in report["input_errors"]) == sorted(scanned)
    assert {path: _digest(path) for path in corpus.values()} == before


def test_a_large_valid_text_is_checked_not_refused(tmp_path: Path) -> None:
    draft = tmp_path / "stor-rubrik.json"
    draft.write_text(
        '{"kommun": "malmo", "typ": "remissvar", "rubrik": "' + "a" * 1_900_000 + '"}',
        encoding="utf-8",
    )
    result = _run("validate", str(draft))
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr


# --- rule files ---------------------------------------------------------------------------------

BROKEN_RULE_FILES = {
    "syntax": ("[[rule]]\nid = \n", "TOML"),
    "deep": ("x = " + "[" * 5000 + "]" * 5000 + "\n", "djupt"),
    "binary": (None, "UTF-8"),
    "unknown key": (
        GOOD_RULE.replace('severity = "fel"', 'severity = "fel"\nallvarlighet = 1'),
        "allvarlighet",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN_RULE_FILES))
def test_malformed_rule_file_is_exit_2_naming_the_file(tmp_path: Path, case: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    text, mention = BROKEN_RULE_FILES[case]
    bad = rules / "kommuner" / "malmo" / "regler" / "trasig.toml"
    if text is None:
        bad.write_bytes(bytes(range(256)))
    else:
        bad.write_text(text, encoding="utf-8")
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    before = _digest(bad)
    result = _run("validate", "--rules", str(rules), str(draft))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and mention in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(bad) == before


def test_a_report_is_never_written_over_an_input(tmp_path: Path) -> None:
    draft = tmp_path / "utkast.toml"
    shutil.copy(FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml", draft)
    before = _digest(draft)
    result = CliRunner().invoke(cli, ["validate", str(draft), "--format", "json", "-o", str(draft)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert _digest(draft) == before


@pytest.mark.parametrize("limit", [0, 4096])
def test_no_report_replaces_a_draft_of_a_large_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """Drafts beyond the inputs remembered one by one (none, with a limit of 0) are still
    protected: the walk that compares them with the outputs keeps nothing per draft."""
    from govcheck import safe_io

    monkeypatch.setattr(safe_io, "INPUT_LIMIT", limit)
    folder = tmp_path / "utkast"
    folder.mkdir()
    for number in range(5):
        shutil.copy(
            FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml", folder / f"{number}.toml"
        )
    victim = folder / "3.toml"
    before = _digest(victim)
    for lang, word in (("sv", "läser"), ("en", "reads")):
        result = CliRunner().invoke(
            cli, ["--lang", lang, "validate", str(folder), "--format", "sarif", "-o", str(victim)]
        )
        assert result.exit_code == 2, result.output
        assert str(victim) in result.output and word in result.output.casefold()
        assert "Traceback" not in result.output
    assert _digest(victim) == before
    outside = tmp_path / "rapport.json"
    result = CliRunner().invoke(
        cli, ["validate", str(folder), "--format", "json", "-o", str(outside)]
    )
    assert result.exit_code in (0, 1) and outside.is_file()


# --- accepted inputs in linear time ------------------------------------------------------------


def _timed(path: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.monotonic()
    result = _run("validate", "--jobs", "1", "--format", "json", str(path))
    return time.monotonic() - start, result


@pytest.mark.parametrize("name", sorted(hostile.LINEAR))
def test_accepted_input_is_checked_in_time_linear_in_its_size(tmp_path: Path, name: str) -> None:
    """Each took over 60 s at the attack's size (quadratic work). The bound: at that size well
    within 20 s, and four times the size in at most about four times the time (start-up aside;
    quadratic work would take sixteen)."""
    make, size = hostile.LINEAR[name]
    small, big = tmp_path / "a" / name, tmp_path / "b" / name
    small.parent.mkdir()
    big.parent.mkdir()
    small.write_bytes(make(size))
    big.write_bytes(make(4 * size))
    small_time, result = _timed(small)
    assert result.returncode in (0, 1), result.stdout[-500:] + result.stderr
    assert small_time < 20, small_time
    big_time, result = _timed(big)
    assert result.returncode in (0, 1), result.stdout[-500:] + result.stderr
    assert big_time < 8 * small_time + 5, (small_time, big_time)


# --- files that are not what they seem ------------------------------------------------------


def test_a_fifo_is_refused_not_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "utkast.toml"
    os.mkfifo(fifo)
    waivers = tmp_path / "undantag.toml"
    os.mkfifo(waivers)
    result = _run("validate", str(fifo))
    assert result.returncode == 2 and "vanlig fil" in result.stdout, result.stdout
    good = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    result = _run("validate", "--undantag", str(waivers), str(good))
    assert result.returncode == 2 and "vanlig fil" in result.stdout + result.stderr


@pytest.mark.parametrize("option", ["--config", "--undantag"])
def test_dev_zero_as_config_or_waivers_is_exit_2(option: str) -> None:
    good = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    result = _run("validate", option, "/dev/zero", str(good))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "/dev/zero" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


def test_dev_zero_named_in_a_config_is_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "govcheck.toml"
    config.write_text('undantag = "/dev/zero"\n', encoding="utf-8")
    good = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    result = _run("validate", "--config", str(config), str(good))
    assert result.returncode == 2 and "/dev/zero" in result.stdout + result.stderr


def test_a_bad_tool_table_in_a_pyproject_found_upwards_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('tool = "x"\n', encoding="utf-8")
    draft = tmp_path / "d.toml"
    shutil.copy(FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml", draft)
    result = subprocess.run(
        [*GOVCHECK, "validate", str(draft)],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "pyproject.toml" in result.stderr and "[tool]" in result.stderr


@pytest.mark.parametrize("kind", ["folder", "dangling-link", "latin-1-source"])
def test_a_rule_directory_with_a_strange_entry_is_exit_2(tmp_path: Path, kind: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    if kind == "folder":
        (rules / "common" / "x.toml").mkdir()
        named = "x.toml"
    elif kind == "dangling-link":
        (rules / "common" / "y.toml").symlink_to(tmp_path / "finns-inte.toml")
        named = "y.toml"
    else:
        source = next(iter(sorted((rules / "sources").glob("*.txt"))))
        source.write_bytes(source.read_bytes().replace("ä".encode(), "ä".encode("latin-1")))
        named = source.name
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    result = _run("validate", "--rules", str(rules), str(draft))
    assert result.returncode == 2, result.stdout + result.stderr
    assert named in result.stderr and "Traceback" not in result.stderr


# --- regular expressions from data ----------------------------------------------------------


def test_a_backtracking_rule_pattern_is_refused_at_load(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    rule = GOOD_RULE.replace(
        'when = { field = "antal_steg", op = "eq", value = 0 }',
        'when = { field = "rubrik", op = "matches", value = "(a+)+b" }',
    ).replace('object = "arende"', 'object = "arende"')
    (rules / "common" / "farlig.toml").write_text(rule.replace("MAL-X1-01", "GEN-X1-01"), "utf-8")
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    result = _run("validate", "--rules", str(rules), str(draft))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "farlig.toml" in result.stderr and "nästlade" in result.stderr


@pytest.mark.parametrize(("pattern", "mention"), [("(S+)+N", "nästlade"), ("([A-Z", "ogiltigt")])
def test_a_bad_diarienummer_format_is_refused_at_load(
    tmp_path: Path, pattern: str, mention: str
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    profile = rules / "kommuner" / "malmo" / "kommun.toml"
    text = profile.read_text(encoding="utf-8")
    first = text.index('monster = "')
    end = text.index('"\n', first + len('monster = "'))
    profile.write_text(text[:first] + f'monster = "{pattern}' + text[end:], encoding="utf-8")
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    result = _run("validate", "--rules", str(rules), str(draft))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "kommun.toml" in result.stderr and mention in result.stderr, result.stderr


# --- outputs ----------------------------------------------------------------------------------


def _inputs(tmp_path: Path) -> dict[str, Path]:
    draft = tmp_path / "u.toml"
    shutil.copy(FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml", draft)
    waivers = tmp_path / "w.toml"
    waivers.write_text(
        '[[undantag]]\nregel = "MAL-S4-02"\nmotivering = "m"\ngodkand_av = "g"\n'
        'beslut = "SN-2024-1"\ngaller_till = 2099-12-31\n',
        encoding="utf-8",
    )
    config = tmp_path / "govcheck.toml"
    config.write_text('fail_on = "fel"\n', encoding="utf-8")
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    return {"draft": draft, "waivers": waivers, "config": config, "rules": rules}


@pytest.mark.parametrize("victim", ["draft", "waivers", "config", "rule file", "source"])
def test_no_input_of_the_run_can_be_its_output(tmp_path: Path, victim: str) -> None:
    paths = _inputs(tmp_path)
    targets = {
        "draft": paths["draft"],
        "waivers": paths["waivers"],
        "config": paths["config"],
        "rule file": next(iter(sorted((paths["rules"] / "common").glob("*.toml")))),
        "source": next(iter(sorted((paths["rules"] / "sources").glob("*.txt")))),
    }
    target = targets[victim]
    before = _digest(target)
    result = _run(
        "validate",
        "--undantag",
        str(paths["waivers"]),
        "--config",
        str(paths["config"]),
        "--rules",
        str(paths["rules"]),
        "--format",
        "json",
        "-o",
        str(target),
        str(paths["draft"]),
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "läser" in result.stderr, result.stderr
    assert _digest(target) == before


@pytest.mark.parametrize("kind", ["fifo", "dangling-link", "link", "device", "folder"])
def test_a_report_is_written_only_as_a_regular_file(tmp_path: Path, kind: str) -> None:
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    elsewhere = tmp_path / "elsewhere.json"
    target = tmp_path / "rapport.json"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "dangling-link":
        target.symlink_to(elsewhere)
    elif kind == "link":
        elsewhere.write_text("mitt\n", encoding="utf-8")
        target.symlink_to(elsewhere)
    elif kind == "device":
        target = Path("/dev/null")
    else:
        target.mkdir()
    result = _run("validate", "--format", "json", "-o", str(target), str(draft))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if kind == "dangling-link":
        assert not elsewhere.exists()
    if kind == "link":
        assert elsewhere.read_text(encoding="utf-8") == "mitt\n"
    if kind == "device":
        assert Path("/dev/null").is_char_device()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".govcheck-")]


def test_extract_never_writes_over_its_document_or_through_a_link(tmp_path: Path) -> None:
    document = tmp_path / "skrivelse.txt"
    document.write_text(
        (ROOT / "fixtures" / "documents").glob("*.txt").__next__().read_text(encoding="utf-8")
        if (ROOT / "fixtures" / "documents").is_dir()
        else "Tjänsteskrivelse\nDatum 2024-01-01\n",
        encoding="utf-8",
    )
    before = _digest(document)
    result = _run("extract", str(document), "-o", str(document), "--force")
    assert result.returncode == 2 and _digest(document) == before, result.stderr
    link = tmp_path / "utkast.toml"
    link.symlink_to(tmp_path / "nowhere.toml")
    result = _run("extract", str(document), "-o", str(link))
    assert result.returncode == 2 and not (tmp_path / "nowhere.toml").exists(), result.stderr


@pytest.mark.parametrize("command", ["rules", "init", "extract"])
def test_outputs_of_every_command_create_folders_and_refuse_devices(
    tmp_path: Path, command: str
) -> None:
    document = tmp_path / "skrivelse.txt"
    document.write_text("Tjänsteskrivelse\nDatum 2024-01-01\nSammanfattning\nText.\n", "utf-8")
    args = {
        "rules": ["rules", "--format", "markdown"],
        "init": ["init", "--typ", "remissvar", "--kommun", "malmo"],
        "extract": ["extract", str(document)],
    }[command]
    nested = tmp_path / "ny" / "mapp" / "ut.txt"
    result = _run(*args, "-o", str(nested))
    assert result.returncode == 0, result.stderr
    assert nested.is_file() and nested.stat().st_size > 0
    result = (
        _run(*args, "-o", "/dev/full", "--force")
        if command != "rules"
        else _run(*args, "-o", "/dev/full")
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr


def test_a_rule_folder_in_the_config_that_holds_no_rules_is_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "govcheck.toml"
    config.write_text('rules = ["/etc"]\n', encoding="utf-8")
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    result = _run("validate", "--config", str(config), str(draft))
    assert result.returncode == 2 and "/etc" in result.stderr, result.stderr


def test_file_names_with_bytes_that_are_not_utf8_are_reported_in_every_format(
    tmp_path: Path,
) -> None:
    folder = os.fsencode(tmp_path)
    name = folder + b"/utkast\xff.toml"
    source = FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml"
    with open(name, "wb") as handle:
        handle.write(source.read_bytes())
    for fmt in ("text", "json", "sarif", "junit", "github", "markdown", "concise"):
        target = tmp_path / f"rapport.{fmt}"
        result = _run("validate", "--format", fmt, "-o", str(target), os.fsdecode(name))
        assert result.returncode == 1, (fmt, result.stderr)
        text = target.read_bytes().decode("utf-8")  # valid UTF-8, whatever the file name
        assert "\\xff" in text or "%FF" in text, fmt
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def _group_is_gone(group: int) -> bool:
    """No live process of the group within a few seconds (exited ones reaped by init)."""
    for _ in range(50):
        listing = subprocess.run(
            ["ps", "-o", "stat=", "-g", str(group)], capture_output=True, text=True, check=False
        )
        if not [state for state in listing.stdout.split() if not state.startswith("Z")]:
            return True
        time.sleep(0.1)
    return False


def test_ctrl_c_under_jobs_ends_cleanly(tmp_path: Path) -> None:
    """SIGINT to the whole process group (as a terminal sends it) while 2 workers check the
    drafts: exit 130, one line, no traceback, no worker left, no report half-written.

    The run must still be going when the signal comes: 400 drafts took about 1.5 s, so a
    signal at 1.5 s sometimes reached a process that had finished and was shutting down
    (Python then has restored the default handler: exit -2, as for any program); 12,000
    drafts take several seconds even on a fast machine."""
    drafts = tmp_path / "utkast"
    drafts.mkdir()
    source = (FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml").read_bytes()
    for number in range(12_000):
        (drafts / f"u{number:05d}.toml").write_bytes(source)
    report = tmp_path / "rapport.json"
    for delay in (1.0, 2.5):
        process = subprocess.Popen(
            [
                *GOVCHECK,
                "validate",
                "--jobs",
                "2",
                "--format",
                "json",
                "-o",
                str(report),
                str(drafts),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            env={**os.environ, "GOVCHECK_NO_CONFIG": "1"},
        )
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGINT)
        try:
            _, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise AssertionError("govcheck did not stop after Ctrl-C (deadlock)") from None
        assert process.returncode in (130, 1), (process.returncode, err)
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        assert _group_is_gone(process.pid), "workers left behind"
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".govcheck-")]
        if report.exists():
            json.loads(report.read_text(encoding="utf-8"))  # whole, never half-written


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_text_document_is_read_not_refused_as_binary(tmp_path: Path, encoding: str) -> None:
    """With a byte-order mark, and without one (as some Windows tools save it)."""
    text = (FIXTURES.parent / "rules" / "sources" / "001_6835b5e5a4073dc4.txt").read_text(
        encoding="utf-8"
    )
    document = tmp_path / "skrivelse.txt"
    document.write_bytes(text.encode(encoding))
    result = _run("validate", "--format", "json", str(document))
    assert result.returncode in (0, 1), result.stdout[-400:]
    assert json.loads(result.stdout)["input_errors"] == []


def test_a_backtracking_pattern_in_a_reading_vocabulary_is_refused_at_load(tmp_path: Path) -> None:
    """The reader's vocabulary is data too: a rules folder whose lasning.toml adds `(a+)+b`
    is refused (exit 2, naming the file) before any text is read, instead of hanging on a
    document of 40 a's. The shipped patterns, copied unchanged, still load."""
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    document = tmp_path / "redos.txt"
    document.write_text("Tjänsteskrivelse\n" + "a" * 40 + "!\n", encoding="utf-8")
    result = _run("validate", "--rules", str(rules), str(document))
    assert result.returncode in (0, 1), result.stdout + result.stderr  # the copy loads
    vocabulary = rules / "common" / "lasning.toml"
    text = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(text.replace("monster = [\n", "monster = [\n  '(a+)+b',\n", 1))
    result = _run("validate", "--rules", str(rules), str(document))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "lasning.toml" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("delay", [0.0, 0.1, 0.3])
def test_ctrl_c_while_starting_is_quiet(tmp_path: Path, delay: float) -> None:
    """A Ctrl-C in the first tenths of a second (while the command line is imported) printed
    a traceback from the import: now exit 130 and one word, at any moment after govcheck's
    first line has run (Python's own start-up before it is Python's). The interpreter says
    when that line has run (-X importtime names each module as it is imported)."""
    draft = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"
    process = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "govcheck", "validate", str(draft)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "GOVCHECK_NO_CONFIG": "1"},
    )
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.rstrip().endswith("govcheck._entry"):
            break
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode in (130, 0, 1), (process.returncode, err[-800:])
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err[-800:]
