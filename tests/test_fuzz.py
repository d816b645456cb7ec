"""A sample of the fuzz harness (benchmarks/fuzz.py) on every CI run: a few hundred generated
hostile inputs over TOML, JSON, txt, docx and pdf, through the real pipeline and every report
format. The benchmark runs the same harness over a million (benchmarks/README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import fuzz


def test_a_fuzz_sample_finds_no_crash_hang_leak_or_injection(tmp_path: Path) -> None:
    counts = fuzz.run(seed=20261123, count=300, jobs=1, out=tmp_path)
    assert counts.inputs == 300
    assert set(counts.by_kind) == {"toml", "json", "txt", "docx", "pdf"}
    assert counts.checked > 0 and counts.input_errors > 0
    found = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.why"))
    assert counts.problems() == 0, (counts, found)


def test_the_injection_checks_catch_what_they_look_for() -> None:
    """The harness's own checks are tested: each flags a report that breaks its format."""
    assert fuzz.injections("text", "ok\n::error file=x::pwn\n")
    assert fuzz.injections("text", "a\x1b[31m")
    assert fuzz.injections("github", "::error file=a,b,line=1,title=X::m")
    assert fuzz.injections("junit", "<a>\x01</a>")
    assert fuzz.injections("markdown", "| a | <script> | c | d | e |")
    assert fuzz.injections("sarif", "{not json")
    assert not fuzz.injections("github", "::error file=a%2Cb,line=1,title=X::m%0A::x")
