"""The rule cache between runs (govcheck.diskcache) and the lazily imported reporters: a faster
start that never changes what a run finds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govcheck import diskcache
from govcheck.engine import Checker
from govcheck.errors import RuleError
from govcheck.inputs import load_input
from govcheck.rulebook import load_rulebook, load_rulebook_cached

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
EXAMPLES = ROOT / "fixtures" / "examples"


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GOVCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("GOVCHECK_NO_CACHE", raising=False)
    return folder


@pytest.fixture()
def rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    return copy


def _findings(book_rules: Path, cached: bool) -> list[tuple[str, str, str]]:
    book = load_rulebook_cached(book_rules) if cached else load_rulebook(book_rules)
    checker = Checker(book, "durable")
    out = []
    for path in sorted(EXAMPLES.glob("*.toml")):
        loaded = load_input(path, "sv", None, (book_rules,))
        out += [(path.name, f.rule_id, f.message) for f in checker.check(loaded)]
    return out


def test_a_cached_rule_set_finds_what_a_loaded_one_finds(cache: Path, rules: Path) -> None:
    expected = _findings(rules, cached=False)
    assert expected, "the examples hold findings"
    assert _findings(rules, cached=True) == expected  # first run: built and written
    assert len(list(cache.glob("rulebook-*.pickle"))) == 1
    assert _findings(rules, cached=True) == expected  # read back


def test_an_edited_rule_is_seen_at_once(cache: Path, rules: Path) -> None:
    first = load_rulebook_cached(rules)
    rule = first.rules[0]
    path = Path(rule.file)
    text = path.read_text(encoding="utf-8")
    old = rule.spec.message.sv
    assert text.count(old) >= 1
    path.write_text(text.replace(old, old + " (ändrad)", 1), encoding="utf-8")
    again = load_rulebook_cached(rules)
    assert again.by_id[rule.id].spec.message.sv == old + " (ändrad)"
    assert again.version != first.version
    assert len(list(cache.glob("rulebook-*.pickle"))) == 2


def test_a_rule_error_is_never_cached(cache: Path, rules: Path) -> None:
    broken = next((rules / "common").glob("*.toml"))
    broken.write_text(broken.read_text(encoding="utf-8") + "\n[[rule]]\nid = 1\n", "utf-8")
    for _ in range(2):
        with pytest.raises(RuleError):
            load_rulebook_cached(rules)
    assert not list(cache.glob("rulebook-*.pickle"))


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = load_rulebook

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("govcheck.rulebook.load_rulebook", counted)
    return calls


def test_a_damaged_entry_is_rebuilt(
    cache: Path, rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    book = load_rulebook_cached(rules)
    (entry,) = cache.glob("rulebook-*.pickle")
    entry.write_bytes(b"not a pickle")
    again = load_rulebook_cached(rules)
    assert len(calls) == 2 and again.all_ids == book.all_ids
    load_rulebook_cached(rules)
    assert len(calls) == 2  # the rebuilt entry replaced the damaged one


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file ownership is POSIX")
def test_an_entry_others_may_write_is_never_loaded(
    cache: Path, rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    load_rulebook_cached(rules)
    (entry,) = cache.glob("rulebook-*.pickle")
    entry.chmod(0o666)
    load_rulebook_cached(rules)
    assert len(calls) == 2
    assert cache.stat().st_mode & 0o077 == 0  # the folder is private


def test_the_cache_can_be_turned_off(
    cache: Path, rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVCHECK_NO_CACHE", "1")
    calls = _counting(monkeypatch)
    load_rulebook_cached(rules)
    load_rulebook_cached(rules)
    assert len(calls) == 2 and not cache.exists()


def test_an_unwritable_cache_folder_changes_nothing(
    tmp_path: Path, rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("GOVCHECK_CACHE_DIR", str(blocker / "cache"))
    assert load_rulebook_cached(rules).all_ids == load_rulebook(rules).all_ids


def test_old_entries_are_pruned(cache: Path, rules: Path) -> None:
    rule_file = next((rules / "common").glob("*.toml"))
    for number in range(diskcache.KEEP + 3):
        with rule_file.open("a", encoding="utf-8") as out:
            out.write(f"\n# edit {number}\n")
        load_rulebook_cached(rules)
    assert len(list(cache.glob("rulebook-*.pickle"))) == diskcache.KEEP


def test_every_format_is_registered_by_the_module_named_for_it() -> None:
    from govcheck.reporters import FORMATS, REPORTERS
    from govcheck.reporters.base import REPORTERS as registered

    for name in FORMATS:
        assert callable(REPORTERS[name])
    assert set(registered) == set(FORMATS)


def test_the_command_line_imports_only_the_format_it_writes() -> None:
    probe = (
        "import sys, govcheck.cli\n"
        "from govcheck.reporters import get_reporter\n"
        "get_reporter('text')\n"
        "print(sorted(m for m in sys.modules if m.startswith('govcheck.reporters.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert "govcheck.reporters.text" in out
    for other in ("sarif", "junit", "markdown", "json_report"):
        assert f"govcheck.reporters.{other}" not in out


def test_the_reading_vocabulary_is_cached_and_an_edit_is_seen(cache: Path, rules: Path) -> None:
    from govcheck.documents import vocabulary

    vocabulary._load.cache_clear()
    first = vocabulary.load_vocabulary(rules)
    assert len(list(cache.glob("vocabulary-*.pickle"))) == 1
    vocabulary._load.cache_clear()
    again = vocabulary.load_vocabulary(rules)
    assert again == first and again is not first
    reading = rules / "common" / "lasning.toml"
    text = reading.read_text(encoding="utf-8")
    assert "allmanna = [" in text
    reading.write_text(text.replace("allmanna = [", 'allmanna = ["Provnämnden", ', 1), "utf-8")
    vocabulary._load.cache_clear()
    edited = vocabulary.load_vocabulary(rules)
    assert "Provnämnden" in edited.common_bodies and "Provnämnden" not in first.common_bodies
    vocabulary._load.cache_clear()
