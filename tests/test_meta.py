"""The contract every rule must keep: a verbatim citation that says what kind of passage it quotes
(its authority), a severity within what that authority allows, a failing and a passing example,
and a Swedish scenario under the rule's own title that shows both. Also keeps the fixtures and the
copied sources honest."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

import pytest

from govcheck.models import Authority
from govcheck.rulebook import Rulebook, normalise_text
from govcheck.specs import scenarios_by_rule

from conftest import FEATURES, FIXTURES, ROOT, RULES

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


BLOCKS = {
    rule: [step for scenario in found for step in scenario.steps]
    for rule, found in scenarios_by_rule(FEATURES).items()
}


def test_every_rule_speaks_with_the_authority_of_its_source(rulebook: Rulebook) -> None:
    # The loader refuses a rule above its ceiling; this states the contract for the whole set.
    for rule in [*rulebook.rules, *rulebook.questions]:
        cite = rule.spec.citation
        assert isinstance(cite.authority, Authority), rule.id
        assert rule.spec.severity.rank <= cite.authority.ceiling.rank, rule.id
        if cite.decision is not None:
            assert cite.authority == Authority.BESLUT, rule.id
        if cite.authority == Authority.LAG:
            assert cite.statute and cite.source.startswith("sfs-"), rule.id


def test_every_rule_has_citation_and_source(rulebook: Rulebook) -> None:
    # Loading already refuses a misquote; this says so explicitly for every rule and question.
    for rule in [*rulebook.rules, *rulebook.questions]:
        cite = rule.spec.citation
        source = normalise_text((RULES / "sources" / cite.source).read_text(encoding="utf-8"))
        assert normalise_text(cite.quote) in source, rule.id
        assert cite.section and cite.document, rule.id
        texts = rule.spec.message if hasattr(rule.spec, "message") else rule.spec.text
        assert texts.sv and texts.en, rule.id


@pytest.mark.parametrize("kind", ["fail", "pass"])
def test_every_rule_has_examples(rulebook: Rulebook, kind: str) -> None:
    missing = [
        r.id for r in rulebook.rules if not (FIXTURES / "rules" / r.id / f"{kind}.toml").is_file()
    ]
    assert not missing, f"rules without a {kind} example: {missing}"


def test_no_examples_for_unknown_rules(rulebook: Rulebook) -> None:
    folders = {path.name for path in (FIXTURES / "rules").iterdir() if path.is_dir()}
    assert folders <= set(rulebook.all_ids), folders - set(rulebook.all_ids)


FAILING = (
    'rapporteras en (anmärkning|obesvarad fråga) med allvarlighetsgraden "(fel|varning|info)" '
    "enligt regel"
)


def test_every_rule_and_question_has_failing_and_passing_scenario(rulebook: Rulebook) -> None:
    problems = []
    for rid in rulebook.all_ids:
        steps = BLOCKS.get(rid)
        if steps is None:
            problems.append(f"{rid}: ingen 'Regel: {rid}' i features/")
            continue
        if not any(re.search(f'{FAILING} "{rid}"', step) for step in steps):
            problems.append(f"{rid}: inget scenario där regeln ger en anmärkning")
        if not any(f'rapporteras ingen anmärkning enligt regel "{rid}"' in step for step in steps):
            problems.append(f"{rid}: inget scenario där regeln inte ger någon anmärkning")
    assert not problems, "\n".join(problems)


def test_fixtures_match_their_generator() -> None:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "make_rule_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stale = [
        str(path.relative_to(ROOT))
        for path, text in module.expected_files().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"run scripts/make_rule_fixtures.py; stale: {stale}"


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared/seeds is not beside the checkout")
def test_sources_are_the_seeds_unchanged() -> None:
    for seed in SHARED_SEEDS.glob("*.txt"):
        assert (RULES / "sources" / seed.name).read_bytes() == seed.read_bytes(), seed.name


@pytest.mark.parametrize("feature", sorted(FEATURES.glob("*.feature")), ids=lambda p: p.name)
def test_feature_file_is_healthy_swedish_gherkin(feature: Path) -> None:
    raw = feature.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text), "not NFC (saved on macOS?)"
    assert text.splitlines()[0].strip() == "# language: sv"
    assert "\nEgenskap:" in text


def test_every_guideline_has_a_rule(rulebook: Rulebook) -> None:
    import tomli

    listed = tomli.loads((RULES / "riktlinjer.toml").read_text(encoding="utf-8"))
    guidelines = {item["id"] for item in listed["riktlinje"]}
    used = {r.spec.guideline for r in rulebook.rules} | {
        q.spec.guideline for q in rulebook.questions
    }
    assert guidelines - used == set(), f"guidelines without a rule: {sorted(guidelines - used)}"
    assert used - guidelines == set(), (
        f"rules naming unlisted guidelines: {sorted(used - guidelines)}"
    )


def test_vendored_sarif_schema_is_the_official_one() -> None:
    official = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if not official.is_file():
        pytest.skip("shared/schemas is not beside the checkout")
    vendored = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"
    assert vendored.read_bytes() == official.read_bytes()


def titles_by_rule(features_dir: Path) -> dict[str, str]:
    """The title each ``Regel:`` block gives its rule (the text after the id)."""
    out: dict[str, str] = {}
    for feature in sorted(features_dir.glob("*.feature")):
        for raw in feature.read_text(encoding="utf-8").splitlines():
            found = re.match(r"\s*Regel:\s+(\S+)\s+(.*\S)", raw)
            if found:
                out[found.group(1)] = found.group(2)
    return out


def test_every_spec_carries_its_rules_own_title(rulebook: Rulebook) -> None:
    """The legal staff sign the specs: a rule's block there is headed by the rule's own title, so
    the spec and the rulebook can never describe two different rules."""
    titles = titles_by_rule(FEATURES)
    problems = []
    for rule in rulebook.rules:
        expected = rule.spec.title.sv.rstrip(".")
        if titles.get(rule.id) != expected:
            problems.append(
                f"{rule.id}: 'Regel: {rule.id} {expected}' (i features: {titles.get(rule.id)!r})"
            )
    for question in rulebook.questions:
        expected = question.spec.text.sv.rstrip(".")
        if titles.get(question.id) != expected:
            problems.append(f"{question.id}: 'Regel: {question.id} {expected}'")
    assert not problems, "\n".join(problems)


# Words that sound like a legal approval or rejection of the draft: a finding is reported or not.
_VERDICT_WORDS = re.compile(r"\b(underkänns|godkänns|godkänd|underkänd)\b", re.IGNORECASE)


@pytest.mark.parametrize("feature", sorted(FEATURES.glob("*.feature")), ids=lambda p: p.name)
def test_specs_report_findings_and_do_not_pass_judgement(feature: Path) -> None:
    found = [
        f"{feature.name}:{number}: {line.strip()}"
        for number, line in enumerate(feature.read_text(encoding="utf-8").splitlines(), 1)
        if _VERDICT_WORDS.search(line)
    ]
    assert not found, "\n".join(found)
