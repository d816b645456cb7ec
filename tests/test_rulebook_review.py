"""The rulebook a municipal lawyer reviews (issue 14, item 6): Swedish headings, contents, search,
print layout, and for every rule its condition in plain Swedish, the authority of its source, its
validity window and a link to the source text with the quote marked."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from govcheck.cli import cli
from govcheck.conditions import leaves
from govcheck.rulebook import Rule, Rulebook, normalise_text
from govcheck.rulebook_render import (
    describe_condition,
    render_html,
    render_markdown,
    source_texts,
    views,
)
from govcheck.vocabulary import BOOL_WORDS, FACT_SCHEMA, FIELD_WORDS

from conftest import RULES


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.headings: list[str] = []
        self.external: list[str] = []
        self._heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        for name in ("src", "href"):
            value = found.get(name) or ""
            if value.startswith(("http:", "https:", "//")):
                self.external.append(value)
        self._heading = tag in {"h1", "h2"}

    def handle_data(self, data: str) -> None:
        if self._heading and data.strip():
            self.headings.append(data.strip())
            self._heading = False


@pytest.fixture(scope="module")
def page(rulebook: Rulebook) -> tuple[str, _Page]:
    text = render_html(rulebook, "sv")
    parsed = _Page()
    parsed.feed(text)
    return text, parsed


def test_html_has_swedish_headings_contents_search_and_print_layout(
    page: tuple[str, _Page],
) -> None:
    text, parsed = page
    for heading in (
        "Regelbok för govcheck",
        "Innehåll",
        "Allvarlighetsgrad och källans auktoritet",
        "Riktlinjer och regler",
        "Källtexter",
    ):
        assert heading in parsed.headings, heading
    # The contents link to every section that exists.
    assert all(link[1:] in parsed.ids for link in parsed.links if link.startswith("#"))
    assert '<input id="sok" type="search"' in text and "<script>" in text
    assert "break-inside:avoid" in text and "@media print" in text
    # One self-contained file: no external scripts, styles, fonts or images.
    assert not parsed.external
    assert "url(" not in text and "@import" not in text


def test_every_rule_shows_authority_validity_condition_and_a_marked_source(
    rulebook: Rulebook, page: tuple[str, _Page]
) -> None:
    text, parsed = page
    for view in views(rulebook, "sv"):
        assert view.id in parsed.ids
        assert f"kalla-{view.id}" in parsed.ids, f"{view.id}: no marked quote in its source"
        start = text.index(f'id="{view.id}"')
        article = text[start : text.index("</article>", start)]
        assert view.authority_words in article
        assert view.validity in article
        assert view.condition and view.condition in article.replace("&quot;", '"')
        assert f'href="#kalla-{view.id}"' in article


def test_each_quote_is_marked_exactly_where_it_stands(rulebook: Rulebook) -> None:
    items = [*rulebook.rules, *rulebook.questions]
    sources = source_texts(rulebook, items)
    for item in items:
        source = sources[item.spec.citation.source]
        begin, end = source.spans[item.id]
        assert normalise_text(source.text[begin:end]) == normalise_text(item.spec.citation.quote)


def test_markdown_links_each_rule_to_the_lines_of_its_quote(rulebook: Rulebook) -> None:
    text = render_markdown(rulebook, "sv")
    assert "## Innehåll" in text and "## Källtexter" not in text
    for view in views(rulebook, "sv"):
        assert view.source_lines is not None, view.id
        link = re.search(
            rf"\]\((rules/sources/{re.escape(view.source)}#L(\d+)(?:-L(\d+))?)\)",
            text[text.index(f"### {view.id} ") :],
        )
        assert link, view.id
        first = int(link.group(2))
        lines = (RULES / "sources" / view.source).read_text(encoding="utf-8").splitlines()
        last = int(link.group(3) or first)
        quoted = normalise_text("\n".join(lines[first - 1 : last]))
        assert normalise_text(view.quote) in quoted, view.id


def test_every_condition_reads_in_words(rulebook: Rulebook) -> None:
    registry_names = {organ_id: organ.namn for organ_id, organ in rulebook.registry.organs.items()}
    for rule in rulebook.rules:
        for leaf in leaves(rule.spec.when):
            field_type = FACT_SCHEMA[rule.spec.object][leaf.field]
            words_for_bool = field_type == "bool" and leaf.op in {"eq", "neq"}
            assert (leaf.field in BOOL_WORDS) if words_for_bool else (leaf.field in FIELD_WORDS), (
                f"{rule.id}: no words for {leaf.field}"
            )
        sentence = describe_condition(rule.spec.when, rule.spec.object, registry_names)
        assert "_" not in sentence.replace("e_post", ""), (rule.id, sentence)


def test_an_organ_id_in_a_condition_reads_as_the_bodys_name(rulebook: Rulebook) -> None:
    rule = rulebook.by_id["MAL-D1-01"]
    assert isinstance(rule, Rule)
    sentence = next(v.condition for v in views(rulebook, "sv") if v.id == "MAL-D1-01")
    assert "Kommunstyrelsen" in sentence and "MAL-KS" not in sentence


def test_rules_json_and_text_carry_the_authority() -> None:
    result = CliRunner().invoke(cli, ["rules", "--format", "json"])
    data = json.loads(result.output)
    by_id = {rule["id"]: rule for rule in data["rules"]}
    assert by_id["MAL-S6-01"]["citation"]["authority"] == "forslag"
    assert by_id["MAL-S6-01"]["citation"]["authority_words"] == "förslag, inte beslut"
    text = CliRunner().invoke(cli, ["rules"]).output
    assert "källa (förslag, inte beslut):" in text


def test_html_written_to_a_file_opens_on_its_own(tmp_path: Path) -> None:
    target = tmp_path / "regelbok.html"
    result = CliRunner().invoke(cli, ["rules", "--format", "html", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
