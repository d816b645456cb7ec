"""Checking at scale: the lazy folder walk, the report spooled to disk, worker processes.

What the command line does on an archive (``run(stream=True)``, ``--jobs N``) must give the
very report a run held in memory gives, in every format.
"""

from __future__ import annotations

import gc
import shutil
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from govcheck import runner
from govcheck import spool as spool_module
from govcheck.models import Finding, Location, Report, Severity
from govcheck.reporters import REPORTERS
from govcheck.reporters.base import RenderOptions, chunks
from govcheck.runner import SCANNED_SUFFIXES, RunConfig, Validator, collect, default_rules_dir
from govcheck.spool import Spool, file_entries
from govcheck.spooled import SpooledReport, spooled
from govcheck.waivers import load_waiver_file

from conftest import FIXTURES, ROOT
from documents import write_docx, write_pdf

EXAMPLES = FIXTURES / "examples"
BAD = EXAMPLES / "malmo-utvecklingsplan-med-brister.toml"


def _generated(count: int, seed: int) -> list[tuple[str, dict[str, Any]]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    return list(generate(count, seed))


def write_drafts(folder: Path, count: int, seed: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in _generated(count, seed):
        (folder / f"{name}.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    return folder


def rendered(report: Report, fmt: str) -> str:
    return "".join(chunks(REPORTERS[fmt](report, RenderOptions())))


def _sorted_rglob(folder: Path) -> list[Path]:
    """What ``collect`` returned before the walk was lazy (the reference)."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SCANNED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def test_the_lazy_walk_gives_the_files_of_a_sorted_rglob(tmp_path: Path) -> None:
    names = [
        "a-c.toml",  # sorts before a/ as a path, after it as a string
        "a/b.toml",
        "a/.dold/x.toml",
        ".git/y.toml",
        "B.toml",
        "b.TOML",
        "c.json",
        "d/e/f/g.txt",
        "d/e/h.pdf",
        "README.md",
        "anteckning.md",
        "z.docx",
        "ä.toml",
        "a0.toml",
    ]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    (tmp_path / "länk").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "l.toml").symlink_to(tmp_path / "a" / "b.toml")
    files, problems = collect([tmp_path])
    assert files == _sorted_rglob(tmp_path) and not problems
    assert len(files) == 11
    # Several paths: each file once, in the order given; a missing path is a problem.
    files, problems = collect([tmp_path / "a", tmp_path, tmp_path / "saknas"])
    assert files[0] == tmp_path / "a" / "b.toml" and len(files) == 11
    assert [p.file for p in problems] == [str(tmp_path / "saknas")]


def _validator(**config: Any) -> Validator:
    return Validator(RunConfig(rules_dir=default_rules_dir(), **config))


@pytest.fixture(autouse=True)
def always_spool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test archives are small: spool them as the command line spools an archive."""
    monkeypatch.setattr(runner, "SPOOL_FROM", 0)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated drafts in two folders, the example drafts, a broken draft, a seed document as
    text, Word and PDF (whose findings carry paragraphs and pages)."""
    root = tmp_path_factory.mktemp("arkiv")
    write_drafts(root / "b", 40, seed=11)
    write_drafts(root / "a", 40, seed=12)
    shutil.copytree(EXAMPLES, root / "exempel")
    seed = sorted((ROOT / "rules" / "sources").glob("0*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    shutil.copy(seed, root / "exempel" / "dokument.txt")
    write_docx(text, root / "exempel" / "dokument.docx")
    write_pdf(text, root / "exempel" / "dokument.pdf")
    (root / "exempel" / "trasig.toml").write_text("kommun = [", encoding="utf-8")
    (root / "exempel" / "tom.json").write_text("", encoding="utf-8")
    return root


def test_a_streamed_report_is_the_report_in_memory_in_every_format(
    archive: Path, tmp_path: Path
) -> None:
    waivers = tmp_path / "undantag.toml"
    waivers.write_text(
        '[[undantag]]\nregel = "MAL-S4-02"\nfil = "*brister*"\nmotivering = "Produktnamn."\n'
        'godkand_av = "L S"\nbeslut = "SN-2024-12"\ngaller_till = 2099-12-31\n'
        '[[undantag]]\nregel = "MAL-X-99"\nmotivering = "Gammalt."\n',
        encoding="utf-8",
    )
    validator = _validator(waivers=tuple(load_waiver_file(waivers)))
    # A folder (files in name order), and paths given out of order (the findings must then
    # be sorted), with a path that does not exist.
    for paths in ([archive], [archive / "exempel", archive / "a", archive / "saknas"]):
        held = validator.run(paths)
        streamed = validator.run(paths, stream=True)
        assert isinstance(streamed, SpooledReport) and not isinstance(held, SpooledReport)
        assert held.findings and held.problems
        assert held.exit_code == streamed.exit_code == 2
        for severity in Severity:
            assert held.count(severity) == streamed.count(severity)
        assert held.waived_count() == streamed.waived_count() > 0
        assert list(held.files) == list(streamed.files)
        assert list(held.findings) == list(streamed.findings)
        assert any(f.location.paragraph for f in streamed.findings)  # Word: kept through the spool
        assert [e.file for e in file_entries(held)] == [e.file for e in file_entries(streamed)]
        for fmt in sorted(REPORTERS):
            assert rendered(held, fmt) == rendered(streamed, fmt), fmt


def test_every_format_reads_a_spooled_report_a_bounded_number_of_times(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reporter goes through a spooled report's files a few times in all, never once per
    file: JUnit asked ``file in report.files`` for each file, which read the whole spool each
    time (10,000 drafts took almost six minutes)."""
    report = _validator().run([archive], stream=True)
    assert isinstance(report, SpooledReport) and len(report.files) > 80
    reads = 0
    entries = Spool.entries

    def counted(self: Spool) -> Any:
        nonlocal reads
        reads += 1
        return entries(self)

    monkeypatch.setattr(Spool, "entries", counted)
    for fmt in sorted(REPORTERS):
        reads = 0
        rendered(report, fmt)
        assert reads <= 8, (fmt, reads)


def test_worker_processes_give_the_report_of_one_process(archive: Path) -> None:
    validator = _validator()
    one = validator.run([archive], jobs=1, stream=True)
    two = validator.run([archive], jobs=2, stream=True)
    assert len(one.files) > 2 * 25  # enough files for two workers
    assert rendered(one, "json") == rendered(two, "json")


def test_the_spool_reads_back_records_across_its_read_blocks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spool_module, "_BLOCK", 64)  # records straddle every block boundary
    spool = Spool(Severity.VARNING)
    expected = []
    for number in range(300):
        file = f"utkast-{number:04d}.toml"
        findings = [
            Finding(
                rule_id=f"R-{n}",
                severity=Severity.FEL if n % 2 else Severity.INFO,
                message="x" * (number * 7 % 500),
                location=Location(file=file, path=f"poster[{n}]", line=n + 1),
            )
            for n in range(number % 4)
        ]
        spool.add(file, findings, ("R-0", "R-1") if number % 2 else ())
        expected.append((file, tuple(findings)))
    assert [(e.file, e.findings) for e in spool.entries()] == expected
    report = spooled(spool, [], [], ruleset_version="v")
    assert report.count(Severity.FEL) == sum(
        1 for _, found in expected for f in found if f.severity == Severity.FEL
    )
    assert report.exit_code == 1


def test_a_streamed_run_keeps_nothing_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a streamed report holds in memory does not grow with the files it covers: the
    command line's memory stays flat over an archive."""
    monkeypatch.setattr(spool_module, "_BLOCK", 4096)  # the write buffer: bounded, made small
    small = write_drafts(tmp_path / "liten", 60, seed=21)
    large = write_drafts(tmp_path / "stor", 360, seed=21)
    validator = _validator()
    validator.run([large], stream=True)  # rules compiled, bounded memos (dates) filled

    def held(folder: Path) -> tuple[int, SpooledReport]:
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        report = validator.run([folder], stream=True)
        gc.collect()
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
        grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
        assert isinstance(report, SpooledReport)
        return grown, report

    grown_small, report_small = held(small)
    grown_large, report_large = held(large)
    assert len(report_large.files) == 360 and len(report_small.files) == 60
    # 300 more drafts, about a fifth with findings: a report held in memory grows by ~1 kB a
    # draft (file names, findings, evaluated lists); the spooled one by nothing measurable.
    assert (grown_large - grown_small) / 300 < 40, (grown_small, grown_large)


def test_only_a_large_run_is_spooled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pre-commit hook's few drafts need no temporary file; an archive is kept on disk."""
    monkeypatch.setattr(runner, "SPOOL_FROM", 10)
    validator = _validator()
    assert not isinstance(validator.run([BAD], stream=True), SpooledReport)
    assert isinstance(validator.run([EXAMPLES, EXAMPLES / "x"], stream=True), Report)
    monkeypatch.setattr(runner, "SPOOL_FROM", 5)
    assert isinstance(validator.run([EXAMPLES], stream=True), SpooledReport)
