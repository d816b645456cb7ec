"""The rulebook legal staff read: generated from the rule files and specs, complete, readable."""

from __future__ import annotations

from html.parser import HTMLParser

from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.rulebook import Rulebook

from conftest import FIXTURES


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_markdown_rulebook_has_every_rule_quote_and_scenario(rulebook: Rulebook) -> None:
    code, text = run("rules", "--format", "markdown")
    assert code == 0
    for item in [*rulebook.rules, *rulebook.questions]:
        assert f"### {item.id} " in text
        assert f"> {item.spec.citation.quote}" in text
    step = 'Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-D1-01"'
    assert step in text
    assert "| D1 | " in text and "MAL-D1-01, MAL-D1-02" in text


def test_html_rulebook_parses_and_links_every_rule(rulebook: Rulebook) -> None:
    code, text = run("rules", "--format", "html")
    assert code == 0

    class Ids(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: set[str] = set()

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            for name, value in attrs:
                if name == "id" and value:
                    self.found.add(value)

    parser = Ids()
    parser.feed(text)
    assert set(rulebook.all_ids) <= parser.found


def test_explain_shows_one_rule() -> None:
    code, text = run("explain", "mal-f3-01")
    assert code == 0
    assert text.startswith("### MAL-F3-01 ")
    assert "ska finansieras genom kommunbidrag" in text
    assert "från 2021-03-31, tills vidare" in text


def test_explain_unknown_rule_is_usage_error() -> None:
    code, text = run("explain", "MAL-X9-99")
    assert code == 2
    assert "MAL-X9-99" in text


def test_questions_lists_answered_and_open_questions() -> None:
    code, text = run("questions", str(FIXTURES / "rules" / "MAL-Q1-02" / "fail.toml"))
    assert code == 0
    assert "[OBESVARAD] MAL-Q1-02" in text
    assert "[besvarad] MAL-Q1-01" in text


def test_questions_for_draft_without_questions() -> None:
    code, text = run("questions", str(FIXTURES / "examples" / "goteborg-plan-2021.toml"))
    assert code == 0 and "inga frågor" in text


def test_guarded_conditions_built_without_validation_equal_validated_ones(
    rulebook: Rulebook,
) -> None:
    """guarded_condition skips validation for speed; validating it must change nothing."""
    from govcheck.conditions import AllOf

    for rule in rulebook.rules:
        built = rule.guarded_condition()
        validated = AllOf.model_validate(built.model_dump())
        assert validated == built and repr(validated) == repr(built), rule.id
