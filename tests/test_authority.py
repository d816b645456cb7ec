"""A rule speaks with the authority of its source, never more (issue 14, DOMAIN.md section 5).

The loader refuses, naming the file and the rule id: a severity above what the quoted passage
allows, a decision reference on a passage that is not adopted text, a decision the source never
names, a statute paragraph that is not in the stored statute text, and a quote "from the law"
that does not stand in the paragraph cited. Every report shows the authority beside the quote.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.errors import RuleError
from govcheck.models import AUTHORITY_LABELS, Authority, Severity
from govcheck.rulebook import customised, load_rulebook, statute_references

from conftest import FIXTURES, RULES

KL = "sfs-2017-725-kommunallag.txt"


def _rule(
    *,
    severity: str = "varning",
    authority: str = "forslag",
    quote: str = "Förslaget till riktlinjer ska gå på remiss till samtliga nämnder.",
    source: str = "004_f898a27d66db78c7.txt",
    extra: str = "",
) -> str:
    return f"""
[[rule]]
id = "MAL-X1-01"
guideline = "X1"
title.sv = "t"
title.en = "t"
severity = "{severity}"
object = "arende"
valid_from = 2021-01-01
message.sv = "m"
message.en = "m"
when = {{ field = "antal_steg", op = "eq", value = 0 }}
[rule.citation]
document = "d"
section = "s"
quote = "{quote}"
source = "{source}"
authority = "{authority}"
{extra}
"""


def _rules_dir(tmp_path: Path, text: str) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(RULES / "sources", root / "sources")
    profile = root / "kommuner" / "malmo"
    shutil.copytree(RULES / "kommuner" / "malmo", profile, ignore=shutil.ignore_patterns("regler"))
    (profile / "regler").mkdir()
    (profile / "regler" / "extra.toml").write_text(text, encoding="utf-8")
    return root


def _refusal(tmp_path: Path, text: str) -> str:
    with pytest.raises(RuleError) as error:
        load_rulebook(_rules_dir(tmp_path, text))
    message = str(error.value)
    assert "extra.toml" in message and "MAL-X1-01" in message
    return message


@pytest.mark.parametrize(
    ("authority", "too_high"),
    [
        ("forslag", "fel"),
        ("bedomning", "fel"),
        ("praxis", "fel"),
        ("onskemal", "varning"),
    ],
)
def test_a_rule_above_its_sources_authority_is_refused(
    tmp_path: Path, authority: str, too_high: str
) -> None:
    message = _refusal(tmp_path, _rule(severity=too_high, authority=authority))
    assert "högre än källan tillåter" in message
    assert AUTHORITY_LABELS["sv"][authority] in message


def test_the_ceiling_itself_is_allowed(tmp_path: Path) -> None:
    book = load_rulebook(_rules_dir(tmp_path, _rule(severity="varning", authority="forslag")))
    assert book.by_id["MAL-X1-01"].spec.severity == Severity.VARNING


def test_a_citation_without_authority_is_refused(tmp_path: Path) -> None:
    text = _rule().replace('authority = "forslag"\n', "")
    assert "citation.authority" in _refusal(tmp_path, text)


def test_a_decision_on_a_proposal_is_refused(tmp_path: Path) -> None:
    text = _rule(extra='decision = "KF 2021-03-31 § 100"')
    assert "beslutet 'KF 2021-03-31 § 100'" in _refusal(tmp_path, text)


def test_a_decision_the_source_does_not_name_is_refused(tmp_path: Path) -> None:
    # 001 is from 2020: it cannot state anything as in force under KF 2021-03-31 § 100.
    text = _rule(
        authority="beslut",
        quote="Servicenämnden får därmed ansvar för kommungemensam IT.",
        source="001_6835b5e5a4073dc4.txt",
        extra='decision = "KF 2021-03-31 § 100"',
    )
    assert "nämns inte i 001_6835b5e5a4073dc4.txt" in _refusal(tmp_path, text)


def test_a_decision_the_source_names_is_accepted(tmp_path: Path) -> None:
    text = _rule(
        severity="fel",
        authority="beslut",
        quote="Utvecklingsplanen ska enligt riktlinjen beslutas av kommunstyrelsen.",
        source="002_0e7d5ccc0a5d7ee2.txt",
        extra='decision = "KF 2021-03-31 § 100"',
    )
    assert load_rulebook(_rules_dir(tmp_path, text)).by_id["MAL-X1-01"]


def test_a_rule_of_law_names_its_paragraph(tmp_path: Path) -> None:
    text = _rule(
        severity="fel",
        authority="lag",
        quote="Fullmäktige ska tillsätta en styrelse.",
        source=KL,
    )
    assert "lagrummet" in _refusal(tmp_path, text)


def test_a_paragraph_not_in_the_stored_statute_is_refused(tmp_path: Path) -> None:
    text = _rule(
        severity="fel",
        authority="lag",
        quote="Fullmäktige ska tillsätta en styrelse.",
        source=KL,
        extra='statute = "Kommunallagen (2017:725) 3 kap. 9 §"',
    )
    assert "3 kap. 9 § finns inte" in _refusal(tmp_path, text)


def test_a_quote_from_another_paragraph_is_refused(tmp_path: Path) -> None:
    # The sentence is in 3 kap. 3 §, not in 5 kap. 1 §: the reference would be wrong.
    text = _rule(
        severity="fel",
        authority="lag",
        quote="Fullmäktige ska tillsätta en styrelse.",
        source=KL,
        extra='statute = "Kommunallagen (2017:725) 5 kap. 1 §"',
    )
    assert "citatet står inte i 5 kap. 1 §" in _refusal(tmp_path, text)


def test_a_quote_in_the_cited_paragraph_is_accepted(tmp_path: Path) -> None:
    text = _rule(
        severity="fel",
        authority="lag",
        quote="Fullmäktige ska tillsätta en styrelse.",
        source=KL,
        extra='statute = "Kommunallagen (2017:725) 3 kap. 3–4 §§"',
    )
    assert load_rulebook(_rules_dir(tmp_path, text)).by_id["MAL-X1-01"]


def test_statute_references_expand_to_paragraph_headings() -> None:
    assert statute_references("Kommunallagen (2017:725) 3 kap. 3–4 §§") == [
        "3 kap. 3 §",
        "3 kap. 4 §",
    ]
    assert statute_references("Kommunallagen (2017:725) 6 kap. 40 §, 7 kap. 8 §") == [
        "6 kap. 40 §",
        "7 kap. 8 §",
    ]
    assert statute_references("Lagen (1976:580) om medbestämmande i arbetslivet 11 §") == ["11 §"]


def test_configuration_may_lower_a_severity_but_not_raise_it_above_the_source() -> None:
    book = load_rulebook(RULES)
    lowered = customised(book, lambda _: True, {"MAL-D1-01": Severity.INFO})
    assert lowered.by_id["MAL-D1-01"].spec.severity == Severity.INFO
    with pytest.raises(RuleError) as error:
        customised(book, lambda _: True, {"MAL-S6-01": Severity.FEL})
    assert "MAL-S6-01" in str(error.value)


def _json_findings(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(
        cli, ["validate", "--format", "json", *args], env={"GOVCHECK_NO_CONFIG": "1"}
    )
    report = json.loads(result.output)
    return [f for entry in report["files"] for f in entry["findings"]]


def test_reports_carry_the_authority_beside_the_quote() -> None:
    draft = str(FIXTURES / "rules" / "MAL-S4-01" / "fail.toml")
    found = [f for f in _json_findings(draft) if f["rule_id"] == "MAL-S4-01"]
    assert found[0]["citation"]["authority"] == "forslag"  # type: ignore[index]
    text = CliRunner().invoke(cli, ["validate", draft], env={"GOVCHECK_NO_CONFIG": "1"}).output
    assert "Källa (förslag, inte beslut):" in text
    english = (
        CliRunner()
        .invoke(cli, ["validate", "--lang", "en", draft], env={"GOVCHECK_NO_CONFIG": "1"})
        .output
    )
    assert "Source (proposal, not a decision):" in english
    sarif = (
        CliRunner()
        .invoke(cli, ["validate", "--format", "sarif", draft], env={"GOVCHECK_NO_CONFIG": "1"})
        .output
    )
    rules = {r["id"]: r for r in json.loads(sarif)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["MAL-S4-01"]["properties"]["citation"]["authority"] == "forslag"
    assert "förslag, inte beslut" in rules["MAL-S4-01"]["help"]["text"]


def test_every_authority_has_words_in_both_languages() -> None:
    for authority in Authority:
        assert authority.label("sv") and authority.label("en")
        assert authority.label("sv") != authority.label("en")


ADOPTED_QUESTIONS = """
[[question]]
id = "MAL-Q1-01"
guideline = "Q1"
text.sv = "Hur har nämnden följt upp principerna för digitalisering under året?"
text.en = "How has the board followed up the principles for digitalisation this year?"
severity = "varning"
case_types = ["uppfoljning"]
valid_from = 2025-01-01
[question.citation]
document = "Kommunstyrelsens beslut om uppföljningsfrågor"
decision = "KS 2024-12-04 § 300"
section = "Beslut"
quote = "Nämnderna ska i årsanalysen besvara frågan hur nämnden har följt upp principerna."
source = "malmo-fragor.txt"
authority = "beslut"
"""


def test_a_municipality_replaces_the_example_questions_with_its_adopted_ones(
    tmp_path: Path,
) -> None:
    extra = tmp_path / "egna"
    (extra / "malmo").mkdir(parents=True)
    (extra / "malmo" / "fragor.toml").write_text(ADOPTED_QUESTIONS, encoding="utf-8")
    (extra / "sources").mkdir()
    (extra / "sources" / "malmo-fragor.txt").write_text(
        "Beslut KS 2024-12-04 § 300\nNämnderna ska i årsanalysen besvara frågan hur nämnden "
        "har följt upp principerna.\n",
        encoding="utf-8",
    )
    bundled = load_rulebook(RULES)
    assert {q.id for q in bundled.questions if q.spec.guideline == "Q1"} == {
        "MAL-Q1-01",
        "MAL-Q1-02",
        "MAL-Q1-03",
        "MAL-Q1-04",
    }
    book = load_rulebook(RULES, extra=(extra,))
    q1 = [q for q in book.questions if q.spec.guideline == "Q1"]
    assert [q.id for q in q1] == ["MAL-Q1-01"]
    assert q1[0].spec.severity == Severity.VARNING  # an adopted set may ask for more
    assert q1[0].spec.text.sv.startswith("Hur har nämnden följt upp")
    assert "MAL-Q2-01" in book.questions_by_id  # other guidelines stay
