"""locate.parse_toml reads the common part of TOML in one pass with positions: what it accepts
must be exactly what tomli and toml_positions give (values, types, key order, positions), and
everything else must be left to tomli (None). Checked on the bundled drafts, generated drafts
and random mutations of them."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest
import tomli

from govcheck.locate import parse_toml, toml_positions

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

PIECES = [
    '"', "'", '"""', "'''", "\\", "\n", "#", "[", "]", "{", "}", ",", "=", " ", "\t", "\r\n",
    "a", "[[x]]", "é", "1", "0", "_", ".", "e", "-", "+", "T", ":", " 10:00", "true",
    "x.y = 1\n", "\x00", "\x7f", "\x1f", "[poster]\n", "[[remiss]]\n", "[remiss]\n",
    "[[remiss.fragor]]\n", "[handlaggare]\n", "kommun = 'x'\n", "0x1", "inf", "1e5",
    "2020-13-01", "2020-02-30", "1979-05-27 07:32:00", " 07:32", "{}", "[]", "a = {b = 1}\n",
]  # fmt: skip


def _same(one: Any, two: Any) -> bool:
    if type(one) is not type(two):
        return False
    if isinstance(one, dict):
        return list(one) == list(two) and all(_same(one[key], two[key]) for key in one)
    if isinstance(one, list):
        return len(one) == len(two) and all(_same(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, float):
        return repr(one) == repr(two)
    return bool(one == two)


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    from generate import write_corpus

    corpus = tmp_path_factory.mktemp("corpus")
    write_corpus(corpus, 300, 5)
    found = [path.read_text(encoding="utf-8") for path in sorted(corpus.rglob("*.toml"))]
    found += [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("fixtures/**/*.toml"))]
    return found


def _check(text: str) -> bool:
    """True when parse_toml read the text (and agreed with tomli and toml_positions)."""
    got = parse_toml(text)
    if got is None:
        return False
    data, positions = got
    assert _same(data, tomli.loads(text)), text  # tomli raising here is a failure too
    assert list(dict(positions).items()) == list(toml_positions(text).items()), text
    return True


def test_drafts_are_read_in_one_pass(texts: list[str]) -> None:
    assert all(_check(text) for text in texts)


def test_mutations_agree_with_tomli_or_go_to_it(texts: list[str]) -> None:
    rnd = random.Random(16)
    read = 0
    for text in texts:
        for _ in range(8):
            i = rnd.randrange(len(text) + 1)
            choice = rnd.random()
            if choice < 0.5:
                mutated = text[:i] + rnd.choice(PIECES) + text[i:]
            elif choice < 0.7:
                mutated = text[:i]
            else:
                j = min(len(text), i + rnd.randrange(1, 40))
                mutated = text[:i] + text[j:]
            read += _check(mutated)
    assert read > 0


@pytest.mark.parametrize(
    "text",
    [
        'a = "x\\ty"\n',  # an escape
        'a = """x"""\n',
        "a = '''x'''\n",
        "a.b = 1\n",
        '"a" = 1\n',
        "a = 1979-05-27T07:32:00\n",
        "a = 1979-05-27 07:32:00\n",
        "a = 07:32:00\n",
        "a = 1_000\n",
        "a = 0x1f\n",
        "a = inf\n",
        "a = 1\na = 2\n",
        "[t]\n[t]\n",
        "a = 1\r\n",
        "a = [[[[[1]]]]]\n",
        "a = {b = 1,}\n",
        "[a.b]\nc = 1\n",
        "[[a.b]]\nc = 1\n",
        'a = "\x01"\n',
        "a = 2020-02-30\n",
    ],
)
def test_what_is_left_to_tomli(text: str) -> None:
    assert parse_toml(text) is None


def test_a_draft_read_in_one_pass_can_be_pickled(texts: list[str]) -> None:
    """serve sends a LoadedDraft to a worker process: its positions must survive pickling."""
    import pickle

    from govcheck.drafts import parse_draft_text

    loaded = parse_draft_text(texts[0], "utkast.toml", ".toml")
    again = pickle.loads(pickle.dumps(loaded))
    assert dict(again.lines) == dict(loaded.lines) and again.line("kommun") == 1
