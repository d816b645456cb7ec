"""The whole-text checks of a draft (misspelt body names, template placeholders) are computed
once per distinct text (facts.TextChecks) and combined per draft: the answer must be exactly
that of the checks over all the draft's texts joined, as computed before. Compared on generated
drafts, the bundled drafts and random mutations of their texts (misspellings, placeholders,
``\\x00``, characters whose lower case is longer, long texts), with one cache across all of
them and with a tiny cache that is emptied again and again."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import tomli_w

from govcheck import facts
from govcheck.documents.textchecks import misspelt_bodies
from govcheck.documents.vocabulary import Vocabulary, load_vocabulary
from govcheck.drafts import load_draft, parse_draft_text
from govcheck.facts import _PLACEHOLDER, _PLACEHOLDER_MARKERS, FactBuilder, TextChecks
from govcheck.rulebook import Rulebook

ROOT = Path(__file__).resolve().parent.parent

INSERTS = [
    "Kommunstyrelen", "kommunfyllmäktiges", "Serviceämnden", "Kommunstyrelsen", "nämden",
    "Kommunfullmäktige", "kommunstyrelseordförande", "Stadsbyggnadsnämdens", "utskotet",
    "[FYLL I: nämnd]", "[1]", "[sic]", "XXX", "xxxx", "TODO", "todo", "<namn>", "<>",
    "lorem ipsum", "lorem ıpsum", "LOREM IPSUM", "ÅÅÅÅ-MM-DD", "åååå-mm-dd", "YYYY-MM-DD",
    "\x00", "İ", "İstanbulnämnden", "ẞ", "ß", "-", "Kultur-nämnden", " ", "\n", "Å",
    "Fullmäktigeförsamlingen", "styrlsen", "[", "]", "Kommunstyrelsens", "kommunstyrelse",
    "Styrlsens", "Utskotets", "Nämdernas", "İ KommunStyrlsen", "ValNämden",
    "kommunfyll-mäktige", "kommunfyllmäktige", "Kommunstyr-elsen", "kommunstyrelsen",
    "Kommun-styrlsen", "kommunstyrlsen", "kultur-och-fritidsnämnden", "Social-nämnden",
    "Valnämdens-kansli", "-nämnden", "x-y nämnden",
]  # fmt: skip


def _reference(
    strings: list[str], known: tuple[str, ...], reading: Vocabulary, already: list[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The checks as they were computed before: once over all texts joined."""
    wrong = misspelt_bodies(strings, known, reading, already)
    texts = "\x00".join(text.replace("\x00", " ") for text in strings)
    folded = texts.casefold()
    found = (
        sorted({m.group(0) for m in _PLACEHOLDER.finditer(texts)})
        if any(marker in folded for marker in _PLACEHOLDER_MARKERS)
        else []
    )
    return wrong, found


def _mutated(rng: random.Random, strings: list[str]) -> list[str]:
    out = list(strings)
    for _ in range(rng.randint(1, 4)):
        if not out:
            out.append("")
        index = rng.randrange(len(out))
        text = out[index]
        cut = rng.randint(0, len(text))
        choice = rng.random()
        if choice < 0.7:
            text = text[:cut] + rng.choice(INSERTS) + text[cut:]
        elif choice < 0.8:
            text = text * (facts.TEXT_CACHE_LONGEST // max(len(text), 1) + 2)  # a long text
        elif choice < 0.9:
            out.append(rng.choice(out))  # a text twice in one draft
        else:
            text = text[:cut]
        out[index] = text
    return out


@pytest.fixture(scope="module")
def drafts() -> list[tuple[str, list[str], list[str]]]:
    """(kommun, texts, the draft's own organ names) of generated and bundled drafts."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    loaded = [
        parse_draft_text(tomli_w.dumps(data), f"{name}.toml", ".toml")
        for name, data in generate(400, 11)
    ]
    for path in sorted((ROOT / "fixtures").rglob("*.toml")):
        try:
            loaded.append(load_draft(path))
        except Exception:  # broken fixtures are for other tests
            continue
    out = []
    for item in loaded:
        draft = item.draft
        organs = [draft.beslutande_organ, draft.slutligt_beslutande_organ, draft.beredande_namnd]
        organs += [step.organ for step in draft.beslutsplanering]
        out.append((draft.kommun, facts._strings(draft), [name for name in organs if name]))
    return out


def _compare(rulebook: Rulebook, drafts: list[tuple[str, list[str], list[str]]], seed: int) -> int:
    builder = FactBuilder(rulebook.registry)
    reading = load_vocabulary()
    checks = TextChecks()
    rng = random.Random(seed)
    kommuner = sorted({kommun for kommun, _, _ in drafts} | {"okand-kommun"})
    said = 0
    for _ in range(3):  # the second and third time, from the cache
        for kommun, strings, already in drafts:
            for texts in (strings, _mutated(rng, strings)):
                place = rng.choice([kommun, kommun, rng.choice(kommuner)])
                known = builder._known_bodies(place, reading)
                expected = _reference(texts, known, reading, already)
                assert checks.check(texts, known, reading, already) == expected, texts
                said += bool(expected[0]) + bool(expected[1])
    return said


def test_per_text_checks_equal_the_joined_checks(
    rulebook: Rulebook, drafts: list[tuple[str, list[str], list[str]]]
) -> None:
    assert _compare(rulebook, drafts, seed=3) > 200  # the checks found things to compare


def test_a_small_cache_emptied_often_gives_the_same(
    rulebook: Rulebook,
    drafts: list[tuple[str, list[str], list[str]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(facts, "TEXT_CACHE_ENTRIES", 40)
    monkeypatch.setattr(facts, "TEXT_CACHE_LONGEST", 60)
    _compare(rulebook, drafts[::3], seed=4)


def test_the_cache_stays_bounded(rulebook: Rulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts, "TEXT_CACHE_ENTRIES", 100)
    reading = load_vocabulary()
    known = FactBuilder(rulebook.registry)._known_bodies("goteborg", reading)
    checks = TextChecks()
    for number in range(1000):
        checks.check([f"text {number}", "Kommunstyrelsen"], known, reading, [])
        assert len(checks._texts) <= 100
    checks.check(["x" * (facts.TEXT_CACHE_LONGEST + 1)], known, reading, [])
    assert "x" * (facts.TEXT_CACHE_LONGEST + 1) not in checks._texts


def test_a_text_whose_lower_case_is_longer_makes_the_draft_checked_whole(
    rulebook: Rulebook,
) -> None:
    """Lower-casing "İ" gives two characters: the spelling check then searches the texts as
    written, and misses "KommunStyrlsen" (its root "styrls" is written with a capital). Per text,
    the other texts would be lower-cased: the draft must be checked whole instead."""
    reading = load_vocabulary()
    known = FactBuilder(rulebook.registry)._known_bodies("goteborg", reading)
    checks = TextChecks()
    text = "KommunStyrlsen beslut"
    for texts in ([text], ["İ", text], [text, "İ"]):
        assert checks.check(texts, known, reading, []) == _reference(texts, known, reading, [])
    assert checks.check([text], known, reading, [])[0]
    assert not checks.check(["İ", text], known, reading, [])[0]


def test_the_searches_kept_per_text_answer_as_the_patterns() -> None:
    """The searches of single texts that facts.py keeps per text give what the patterns give,
    kept or not (a text over the length kept is searched every time)."""
    rng = random.Random(5)
    words = ["Bifogat finns Bilaga A, ", "får inte", "FÅR EJ", "AI", "ai", "IT", "e-tjänst",
             "digitalisering", "systemförvaltning", "Systemförvaltning", "Kommunstyrelsen",
             " föreslår ", "föreslår", ".", " ", "x" * 50]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.05:
            text *= facts._MEMO_LONGEST // max(len(text), 1) + 1
        for _ in range(2):
            assert facts._states_fixed_rules(text) == bool(facts._FIXED_RULE_WORDS.search(text))
            assert facts._on_digitalisation(text) == bool(facts._DIGITALISATION.search(text))
            assert facts._on_ai(text) == bool(facts._AI_WORDS.search(text))
            assert facts._on_system_management(text) == ("systemförvaltning" in text.casefold())
            assert facts._attachments(text) == tuple(
                m.group(1).strip() for m in facts._ATTACHED.finditer(text)
            )
            found = facts._PROPOSER.match(text)
            assert facts._proposer(text) == (found.group(1) if found else None)


def test_a_word_broken_by_a_hyphen_is_judged_with_the_whole_draft(rulebook: Rulebook) -> None:
    """A word with a hyphen inside ("kommunfyll-mäktige") may be left unsaid by the spelling
    check because its form without the hyphen was seen earlier in another text of the draft,
    or is one of the draft's own organ names: what the text alone cannot tell."""
    reading = load_vocabulary()
    known = FactBuilder(rulebook.registry)._known_bodies("goteborg", reading)
    drafts = [
        (["Kommunfyllmäktige beslutar", "enligt kommunfyll-mäktige"], []),
        (["enligt kommunfyll-mäktige", "Kommunfyllmäktige beslutar"], []),
        (["ett yttrande", "Kommunstyr-lsen har", "x"], ["Kommunstyrlsen"]),
        (["Kommunstyr-lsen har"], []),
    ]
    checks = TextChecks()
    for _ in range(3):  # seen once, then kept
        for texts, already in drafts:
            expected = _reference(texts, known, reading, already)
            assert checks.check(texts, known, reading, already) == expected, texts
