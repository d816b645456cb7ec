"""The rulebook as people read it, generated from the rule files, the source texts and the Swedish
specs alone: nothing in it is written twice. ``govcheck rules`` (text, json, markdown, html) and
``govcheck explain ID`` render the same views.

For review by legal staff (issue 14) each rule shows what the draft must not do, its condition in
plain Swedish, the authority of the passage it rests on (and so the highest severity it may
have), its validity window and a link to the source text with the quoted passage marked. The
HTML rulebook is one self-contained file: a table of contents, a search field (a few lines of
inline script, no external resources), print styles that keep a rule on one page, and the source
texts themselves at the end with every quote highlighted.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from govcheck.conditions import AllOf, AnyOf, Condition, Leaf
from govcheck.i18n import severity_word
from govcheck.models import AUTHORITY_LABELS, Authority, Language
from govcheck.reporters.escape import html_text as md
from govcheck.rulebook import COMMON, Question, Rule, Rulebook, normalise_text
from govcheck.specs import ScenarioText, scenarios_by_rule
from govcheck.tomlfile import load_rule_toml
from govcheck.vocabulary import (
    BOOL_WORDS,
    FACT_SCHEMA,
    FIELD_WORDS,
    VALUE_WORDS,
    ObjectKind,
    int_date,
)

ALL_MUNICIPALITIES = {"sv": "alla kommuner", "en": "all municipalities"}
#: One word for each severity, the same everywhere (the CLI's --fail-on takes these words).
SEVERITY_NAMES = {"fel": "fel", "varning": "varning", "info": "info"}
#: The authority of a source in words a reader understands (read by the web view too).
AUTHORITY_NAMES = {
    value: {"sv": AUTHORITY_LABELS["sv"][value], "en": AUTHORITY_LABELS["en"][value]}
    for value in AUTHORITY_LABELS["sv"]
}

#: The words of `govcheck rules` (the plain-text listing), in each language.
_TEXT_LISTING: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "govcheck-regler {version} ({count} regler och frågor)",
        "applies": "gäller",
        "source": "källa",
    },
    "en": {
        "heading": "govcheck rules {version} ({count} rules and questions)",
        "applies": "applies to",
        "source": "source",
        "fel": "error",
        "varning": "warning",
    },
}

_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Regelbok för govcheck",
        "contents": "Innehåll",
        "authority_heading": "Allvarlighetsgrad och källans auktoritet",
        "guidelines": "Riktlinjer och regler",
        "areas": "Regler per område",
        "sources": "Källtexter",
        "search": "Sök bland reglerna",
        "guideline": "Riktlinje",
        "content": "Innehåll",
        "rules": "Regler",
        "kind": "Slag",
        "severity": "Allvarlighetsgrad",
        "authority": "Källans auktoritet",
        "ceiling": "tillåter högst",
        "applies": "Gäller",
        "validity": "Giltighet",
        "condition": "Villkor",
        "condition_intro": "Anmärkning när",
        "source": "Källa",
        "section": "avsnitt",
        "source_file": "källfil",
        "read_source": "Läs citatet i källtexten",
        "scenarios": "Scenarier (features/)",
        "quoted_by": "Citeras av",
        "generated": "Genererad ur regelfilerna i rules/, källtexterna i rules/sources/ och de "
        "svenska scenarierna i features/. Varje regel citerar ordagrant den text den vilar på och "
        "anger vad den texten är; ingen regel talar med större auktoritet än sin källa.",
        "severities": "fel: utkastet bryter mot regeln; varning: utkastet gör det sannolikt, eller "
        "en granskare behöver titta; info: en upplysning.",
        "no_match": "Ingen regel matchar sökningen.",
        "shown": "regler visas",
        "printed": "Utskriven",
    },
    "en": {
        "title": "govcheck rulebook",
        "contents": "Contents",
        "authority_heading": "Severity and the authority of the source",
        "guidelines": "Guidelines and rules",
        "areas": "Rules by area",
        "sources": "Source texts",
        "search": "Search the rules",
        "guideline": "Guideline",
        "content": "Content",
        "rules": "Rules",
        "kind": "Kind",
        "severity": "Severity",
        "authority": "Authority of the source",
        "ceiling": "allows at most",
        "applies": "Applies to",
        "validity": "In force",
        "condition": "Condition",
        "condition_intro": "Reported when",
        "source": "Source",
        "section": "section",
        "source_file": "source file",
        "read_source": "Read the quote in the source text",
        "scenarios": "Scenarios (features/)",
        "quoted_by": "Quoted by",
        "generated": "Generated from the rule files in rules/, the source texts in rules/sources/ "
        "and the Swedish scenarios in features/. Every rule quotes the text it rests on verbatim "
        "and says what that text is; no rule speaks with more authority than its source.",
        "severities": "error: the draft breaks the rule; warning: it very likely does, or a "
        "reviewer must look; info: a note.",
        "no_match": "No rule matches the search.",
        "shown": "rules shown",
        "printed": "Printed",
    },
}


@dataclass
class RuleView:
    """One rule or required question, as the rulebook shows it."""

    id: str
    guideline: str
    statement: str
    severity: str
    kind: str
    applies: str
    validity: str
    document: str
    section: str
    decision: str | None
    statute: str | None
    quote: str
    source: str
    area: str
    authority: str = ""
    authority_words: str = ""
    condition: str = ""
    source_lines: tuple[int, int] | None = None
    source_link: str = ""
    scenarios: list[ScenarioText] = field(default_factory=list)


# --- conditions in plain Swedish ------------------------------------------------------------


def _value_words(name: str, value: object, names: dict[str, str], lang: Language) -> str:
    if isinstance(value, list):
        items = [_value_words(name, item, names, lang) for item in value]
        joiner = " eller " if lang == "sv" else " or "
        return ", ".join(items[:-1]) + joiner + items[-1] if len(items) > 1 else items[0]
    if isinstance(value, bool):
        return ("ja" if value else "nej") if lang == "sv" else ("yes" if value else "no")
    text = str(value)
    if text in names:
        return names[text]
    if lang == "sv":
        return VALUE_WORDS.get(f"{name}:{text}", VALUE_WORDS.get(text, text))
    return text


def _leaf_words(leaf: Leaf, kind: ObjectKind, names: dict[str, str], lang: Language) -> str:
    field_type = FACT_SCHEMA[kind][leaf.field]
    sv = lang == "sv"
    noun = FIELD_WORDS.get(leaf.field, leaf.field) if sv else leaf.field
    if field_type == "bool" and leaf.op in {"eq", "neq"} and sv and leaf.field in BOOL_WORDS:
        true_words, false_words = BOOL_WORDS[leaf.field]
        return true_words if (leaf.value is True) == (leaf.op == "eq") else false_words
    if leaf.op == "missing":
        return f"{noun} saknas" if sv else f"{noun} is missing"
    if leaf.op == "exists":
        return f"{noun} finns" if sv else f"{noun} is present"
    if leaf.other is not None:
        other = FIELD_WORDS.get(leaf.other, leaf.other) if sv else leaf.other
        value = other
    else:
        raw = leaf.value
        if field_type == "date" and isinstance(raw, int):
            raw = int_date(raw)
        value = _value_words(leaf.field, raw, names, lang)
    dated = field_type == "date"
    words_sv = {
        "eq": "är",
        "neq": "är inte",
        "in": "är",
        "not_in": "är varken",
        "gt": "är senare än" if dated else "är större än",
        "gte": "är samma dag som eller senare än" if dated else "är minst",
        "lt": "är tidigare än" if dated else "är mindre än",
        "lte": "är samma dag som eller tidigare än" if dated else "är högst",
        "matches": "har formen",
    }
    words_en = {
        "eq": "is",
        "neq": "is not",
        "in": "is",
        "not_in": "is none of",
        "gt": "is later than" if dated else "is greater than",
        "gte": "is on or after" if dated else "is at least",
        "lt": "is earlier than" if dated else "is less than",
        "lte": "is on or before" if dated else "is at most",
        "matches": "matches",
    }
    verb = (words_sv if sv else words_en)[leaf.op]
    return f"{noun} {verb} {value}"


def describe_condition(
    condition: Condition, kind: ObjectKind, names: dict[str, str], lang: Language = "sv"
) -> str:
    """A rule's condition as a sentence: when the draft gets the finding."""
    if isinstance(condition, Leaf):
        return _leaf_words(condition, kind, names, lang)
    if isinstance(condition, AllOf):
        parts = [
            f"({describe_condition(c, kind, names, lang)})"
            if isinstance(c, AnyOf)
            else describe_condition(c, kind, names, lang)
            for c in condition.all
        ]
        joiner = " och " if lang == "sv" else " and "
        return joiner.join(parts)
    assert isinstance(condition, AnyOf)
    parts = [describe_condition(c, kind, names, lang) for c in condition.any]
    if lang == "sv":
        return "minst ett av: " + "; ".join(parts) if len(parts) > 2 else " eller ".join(parts)
    return "any of: " + "; ".join(parts) if len(parts) > 2 else " or ".join(parts)


def _value_names(rulebook: Rulebook, pack: str) -> dict[str, str]:
    """Registry ids a condition may test, as names: organ ids and governing documents."""
    names = {organ_id: organ.namn for organ_id, organ in rulebook.registry.organs.items()}
    found = rulebook.registry.municipalities.get(pack)
    for doc in found.documents if found else ():
        names[doc.id] = doc.titel
    return names


# --- source texts with the quotes marked ----------------------------------------------------

_HYPHEN_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*")


def _normalised_with_positions(raw: str) -> tuple[str, list[int]]:
    """``normalise_text(raw)`` and, for each of its characters, where it stands in ``raw``, so
    that a quote found in the normalised text can be marked in the text as stored."""
    out: list[str] = []
    where: list[int] = []
    index, size = 0, len(raw)
    while index < size:
        joined = _HYPHEN_BREAK.match(raw, index)
        if joined:
            index = joined.end()
            continue
        char = raw[index]
        if char == "*":
            index += 1
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(index)
            index += 1
            continue
        out.append(char)
        where.append(index)
        index += 1
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


@dataclass
class SourceText:
    """One source file as stored, with the span each rule quotes."""

    name: str
    text: str
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def lines(self, rule_id: str) -> tuple[int, int] | None:
        span = self.spans.get(rule_id)
        if span is None:
            return None
        return self.text.count("\n", 0, span[0]) + 1, self.text.count("\n", 0, span[1] - 1) + 1


def source_texts(rulebook: Rulebook, items: Iterable[Rule | Question]) -> dict[str, SourceText]:
    """The source texts the rules quote, each quote located in the stored text."""
    found: dict[str, SourceText] = {}
    positions: dict[str, tuple[str, list[int]]] = {}
    for item in items:
        name = item.spec.citation.source
        path = Path(item.file).parents[0]
        candidates = [rulebook.sources_dir / name]
        candidates += [parent / "sources" / name for parent in path.parents]
        source = next((c for c in candidates if c.is_file()), None)
        if source is None:
            continue
        if name not in found:
            text = unicodedata.normalize("NFC", source.read_text(encoding="utf-8"))
            found[name] = SourceText(name, text)
            positions[name] = _normalised_with_positions(text)
        normal, where = positions[name]
        quote = normalise_text(item.spec.citation.quote)
        start = normal.find(quote)
        if start >= 0 and quote:
            found[name].spans[item.id] = (where[start], where[start + len(quote) - 1] + 1)
    return found


def _marked_html(source: SourceText) -> str:
    """The source text, escaped, with every quoted span in <mark> and an anchor where each
    rule's quote starts."""
    bounds = sorted({b for span in source.spans.values() for b in span} | {0, len(source.text)})
    starts: dict[int, list[str]] = {}
    for rule_id, (start, _) in sorted(source.spans.items()):
        starts.setdefault(start, []).append(rule_id)
    parts: list[str] = []
    for begin, end in itertools.pairwise(bounds):
        parts.extend(f'<span id="kalla-{html.escape(r)}"></span>' for r in starts.get(begin, []))
        chunk = html.escape(source.text[begin:end])
        covering = [r for r, (a, b) in source.spans.items() if a <= begin and end <= b]
        if covering and chunk:
            title = html.escape(", ".join(sorted(covering)))
            parts.append(f'<mark title="{title}">{chunk}</mark>')
        else:
            parts.append(chunk)
    return "".join(parts)


def _source_anchor(name: str) -> str:
    return "fil-" + re.sub(r"[^A-Za-z0-9_-]", "-", name)


# --- views --------------------------------------------------------------------------------------


def _validity(valid_from: object, valid_to: object | None, lang: Language = "sv") -> str:
    if lang == "en":
        return (
            f"from {valid_from} to {valid_to}"
            if valid_to
            else f"from {valid_from}, until further notice"
        )
    if valid_to:
        return f"från {valid_from} till och med {valid_to}"
    return f"från {valid_from}, tills vidare"


def _area(item: Rule | Question) -> str:
    """The heading of the rule file: its first comment line up to ':' or '(' (the file's own
    Swedish name for its area), else the file name."""
    path = Path(item.file)
    try:
        first = path.read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError):
        first = ""
    if first.startswith("#"):
        heading = re.split(r"[:(]", first.lstrip("# "), maxsplit=1)[0].strip()
        if heading:
            return heading
    return path.stem.replace("_", " ").capitalize()


def _view(
    item: Rule | Question,
    lang: Language,
    scenarios: list[ScenarioText],
    where: str,
    names: dict[str, str],
    source: SourceText | None,
    root_name: str,
) -> RuleView:
    spec = item.spec
    cite = spec.citation
    types = ", ".join(t.value for t in spec.case_types) or (
        "alla ärendetyper" if lang == "sv" else "all case types"
    )
    if isinstance(item, Rule):
        statement = item.spec.title.get(lang)
        condition = describe_condition(item.spec.when, item.spec.object, names, lang)
        kind = "regel" if lang == "sv" else "rule"
    else:
        statement = item.spec.text.get(lang)
        condition = (
            "frågan är obesvarad i utkastet" if lang == "sv" else "the draft leaves it unanswered"
        )
        kind = "fråga som ska besvaras" if lang == "sv" else "question to answer"
    lines = source.lines(item.id) if source else None
    link = f"{root_name}/sources/{cite.source}"
    if lines:
        link += f"#L{lines[0]}-L{lines[1]}" if lines[1] != lines[0] else f"#L{lines[0]}"
    return RuleView(
        id=item.id,
        guideline=spec.guideline,
        statement=statement,
        severity=spec.severity.value,
        kind=kind,
        applies=f"{where}; {types}",
        validity=_validity(spec.valid_from, spec.valid_to, lang),
        document=cite.document,
        section=cite.section,
        decision=cite.decision,
        statute=cite.statute,
        quote=cite.quote,
        source=cite.source,
        area=_area(item),
        authority=cite.authority.value,
        authority_words=cite.authority.label(lang),
        condition=condition,
        source_lines=lines,
        source_link=link,
        scenarios=scenarios,
    )


def views(rulebook: Rulebook, lang: Language = "sv") -> list[RuleView]:
    features = rulebook.root.parent / "features"
    if not features.is_dir():
        features = _installed_features()
    scenarios = scenarios_by_rule(features) if features.is_dir() else {}
    items: list[Rule | Question] = [*rulebook.rules, *rulebook.questions]
    sources = source_texts(rulebook, items)

    def where(pack: str) -> str:
        if pack == COMMON:
            return ALL_MUNICIPALITIES[lang]
        return rulebook.registry.display_name(pack, lang)

    names_by_pack: dict[str, dict[str, str]] = {}
    out = []
    for item in items:
        names = names_by_pack.setdefault(item.pack, _value_names(rulebook, item.pack))
        source = sources.get(item.spec.citation.source)
        out.append(
            _view(
                item,
                lang,
                scenarios.get(item.id, []),
                where(item.pack),
                names,
                source,
                rulebook.root.name,
            )
        )
    return out


def _installed_features() -> Path:
    try:
        from importlib.resources import files

        return Path(str(files("govcheck.features")))
    except (ModuleNotFoundError, TypeError):
        return Path("/nonexistent")


def guidelines(rulebook: Rulebook) -> list[tuple[str, str]]:
    path = rulebook.root / "riktlinjer.toml"
    if not path.is_file():
        return []
    data = load_rule_toml(path)
    return [(item["id"], item["titel"]) for item in data.get("riktlinje", [])]


def _source_line(view: RuleView, lang: Language = "sv") -> str:
    section = "avsnitt" if lang == "sv" else "section"
    parts = [view.document, f"{section} ”{view.section}”"]
    if view.decision:
        parts.append(view.decision)
    if view.statute:
        parts.append(view.statute)
    return ", ".join(parts) + f" ({_LABELS[lang]['source_file']} {view.source})"


def _lines_words(view: RuleView, lang: Language) -> str:
    if not view.source_lines:
        return ""
    first, last = view.source_lines
    if lang == "sv":
        return f", rad {first}" if first == last else f", rader {first}–{last}"
    return f", line {first}" if first == last else f", lines {first}–{last}"


def _ceiling(view: RuleView, lang: Language) -> str:
    ceiling = Authority(view.authority).ceiling.value
    return f"{view.authority_words} ({_LABELS[lang]['ceiling']} {severity_word(ceiling, lang)})"


def _grouped(
    all_views: list[RuleView], rulebook: Rulebook, lang: Language
) -> list[tuple[str, list[RuleView]]]:
    """Views by area, the common pack first, then each municipality's, in file order."""
    items: list[Rule | Question] = [*rulebook.rules, *rulebook.questions]
    packs = {item.id: item.pack for item in items}
    order = {pack: index for index, pack in enumerate(dict.fromkeys([COMMON, *packs.values()]))}
    groups: dict[tuple[int, str], list[RuleView]] = {}
    for view in all_views:
        pack = packs[view.id]
        where = (
            ALL_MUNICIPALITIES[lang]
            if pack == COMMON
            else rulebook.registry.display_name(pack, lang)
        )
        heading = view.area if where in view.area else f"{view.area} – {where}"
        groups.setdefault((order[pack], heading), []).append(view)
    return [
        (heading, sorted(found, key=lambda v: v.id))
        for (_, heading), found in sorted(groups.items())
    ]


# --- markdown -----------------------------------------------------------------------------------


def render_view_markdown(view: RuleView, lang: Language = "sv") -> str:
    labels = _LABELS[lang]
    # Rule text is data: no HTML in a rule file reaches a reader (its Markdown stays).
    lines = [
        f"### {view.id} {md(view.statement)}",
        "",
        f"- **{labels['kind']}:** {view.kind}; **{labels['severity'].lower()}:** "
        f"{severity_word(view.severity, lang)}",
        f"- **{labels['authority']}:** {_ceiling(view, lang)}",
        f"- **{labels['applies']}:** {md(view.applies)}",
        f"- **{labels['validity']}:** {view.validity}",
        f"- **{labels['condition']}:** {labels['condition_intro']} {md(view.condition)}.",
        f"- **{labels['guideline']}:** {md(view.guideline)}",
        f"- **{labels['source']}:** {md(_source_line(view, lang))}",
        "",
        f"> {md(view.quote)}",
        "",
        f"[{labels['read_source']} ({view.source}"
        + _lines_words(view, lang)
        + f")]({view.source_link})",
        "",
    ]
    if view.scenarios:
        lines.append(f"**{labels['scenarios']}:**")
        lines.append("")
        for scenario in view.scenarios:
            lines.append(f"- *{md(scenario.title)}*")
            lines.extend(f"  - {md(step)}" for step in scenario.steps)
        lines.append("")
    return "\n".join(lines)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9åäö]+", "-", text.casefold()).strip("-")


def _authority_rows(lang: Language) -> list[tuple[str, str, str]]:
    return [(a.value, a.label(lang), severity_word(a.ceiling.value, lang)) for a in Authority]


def render_markdown(rulebook: Rulebook, lang: Language = "sv") -> str:
    labels = _LABELS[lang]
    all_views = views(rulebook, lang)
    groups = _grouped(all_views, rulebook, lang)
    by_guideline: dict[str, list[str]] = {}
    for view in all_views:
        by_guideline.setdefault(view.guideline, []).append(view.id)
    lines = [
        f"# {labels['title']} ({rulebook.version})",
        "",
        labels["generated"],
        "",
        f"## {labels['contents']}",
        "",
        f"- [{labels['authority_heading']}](#{_slug(labels['authority_heading'])})",
        f"- [{labels['guidelines']}](#{_slug(labels['guidelines'])})",
    ]
    for heading, found in groups:
        lines.append(f"- [{heading}](#{_slug(heading)}) ({len(found)})")
    lines += [
        "",
        f"## {labels['authority_heading']}",
        "",
        labels["severities"],
        "",
        f"| {labels['authority']} | authority | {labels['ceiling']} |",
        "|---|---|---|",
    ]
    for value, words, ceiling in _authority_rows(lang):
        lines.append(f"| {words} | `{value}` | {ceiling} |")
    lines += [
        "",
        f"## {labels['guidelines']}",
        "",
        f"| {labels['guideline']} | {labels['content']} | {labels['rules']} |",
        "|---|---|---|",
    ]
    for gid, title in guidelines(rulebook):
        ids = ", ".join(by_guideline.get(gid, [])) or "–"
        lines.append(f"| {gid} | {title} | {ids} |")
    lines.append("")
    for heading, found in groups:
        lines.extend([f"## {heading}", ""])
        lines.extend(render_view_markdown(view, lang) for view in found)
    return "\n".join(lines)


# --- html ---------------------------------------------------------------------------------------

_CSS = """
body{font-family:Georgia,'Times New Roman',serif;max-width:62rem;margin:auto;padding:1rem 1.5rem;
line-height:1.45;color:#1b1b1b}
h1,h2,h3,nav,dl,.sok,table{font-family:system-ui,'Segoe UI',Arial,sans-serif}
h2{border-bottom:2px solid #2b4a6f;padding-bottom:.2rem;margin-top:2.5rem}
h3{margin:.2rem 0 .5rem}
nav ol{columns:2;column-gap:2rem}nav li{margin:.15rem 0}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.3rem .5rem;
vertical-align:top;text-align:left}
article.regel{border:1px solid #ccd;border-left:6px solid #889;border-radius:4px;
padding:.6rem 1rem;margin:1rem 0;background:#fcfcfe}
article.fel{border-left-color:#b3261e}article.varning{border-left-color:#c98a00}
article.info{border-left-color:#2b6cb0}
dl{display:grid;grid-template-columns:12rem 1fr;gap:.15rem .8rem;margin:.4rem 0;font-size:.93rem}
dt{font-weight:600}dd{margin:0}
.grad{font-weight:700;text-transform:uppercase;letter-spacing:.03em}
blockquote{border-left:4px solid #2b4a6f;margin:.6rem 0;padding:.2rem .9rem;background:#f3f5f9;
font-style:italic}
details{margin-top:.4rem;font-size:.9rem}
pre.kalltext{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,serif;font-size:.88rem;background:#fafafa;
border:1px solid #ddd;padding:.8rem;line-height:1.4}
mark{background:#ffe58a;padding:0 .1rem}
.sok{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}
.sok input{font-size:1rem;padding:.3rem .5rem;width:24rem;max-width:90%}
[hidden]{display:none!important}
@media print{
 .sok,script{display:none}
 body{max-width:none;padding:0;font-size:10.5pt}
 article.regel{break-inside:avoid;page-break-inside:avoid;background:none}
 h2{break-after:avoid;page-break-after:avoid}
 details{display:block}details>*{display:block}
 .steg{display:none}details ul{margin:.1rem 0;font-size:9pt}
 nav ol{columns:2}
 a{color:inherit;text-decoration:none}
 section.kalla{break-before:page;page-break-before:always}
}
"""

_SCRIPT = """
(function(){
  var box=document.getElementById('sok'), count=document.getElementById('antal');
  var rules=[].slice.call(document.querySelectorAll('article.regel'));
  var areas=[].slice.call(document.querySelectorAll('section.omrade'));
  function run(){
    var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean), shown=0;
    rules.forEach(function(r){
      var text=r.getAttribute('data-sok');
      var hit=words.every(function(w){return text.indexOf(w)>=0;});
      r.hidden=!hit; if(hit){shown++;}
    });
    areas.forEach(function(a){a.hidden=!a.querySelector('article.regel:not([hidden])');});
    count.textContent=shown+' / '+rules.length+' '+count.getAttribute('data-ord');
  }
  box.addEventListener('input',run); run();
  window.addEventListener('beforeprint',function(){
    [].forEach.call(document.querySelectorAll('details'),function(d){d.open=true;});
  });
})();
"""


def _html_view(view: RuleView, lang: Language) -> str:
    esc = html.escape
    labels = _LABELS[lang]
    haystack = " ".join(
        [
            view.id,
            view.statement,
            view.guideline,
            view.authority_words,
            view.condition,
            view.document,
            view.section,
            view.decision or "",
            view.statute or "",
            view.quote,
            view.applies,
            SEVERITY_NAMES[view.severity],
            severity_word(view.severity, lang),
        ]
    ).casefold()
    rows = [
        (
            labels["severity"],
            f'<span class="grad">{esc(severity_word(view.severity, lang))}</span>',
        ),
        (labels["authority"], esc(_ceiling(view, lang))),
        (labels["applies"], esc(view.applies)),
        (labels["validity"], esc(view.validity)),
        (labels["condition"], f"{esc(labels['condition_intro'])} {esc(view.condition)}."),
        (
            labels["guideline"],
            f'<a href="#riktlinje-{esc(view.guideline)}">{esc(view.guideline)}</a>',
        ),
        (labels["source"], esc(_source_line(view, lang))),
    ]
    where = _lines_words(view, lang)
    parts = [
        f'<article class="regel {esc(view.severity)}" id="{esc(view.id)}" '
        f'data-sok="{esc(haystack)}">',
        f"<h3>{esc(view.id)} {esc(view.statement)}</h3>",
        "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>",
        f"<blockquote>{esc(view.quote)}</blockquote>",
        f'<p><a href="#kalla-{esc(view.id)}">{esc(labels["read_source"])}</a> '
        f"({esc(view.source)}{esc(where)})</p>",
    ]
    if view.scenarios:
        parts.append(f"<details><summary>{esc(labels['scenarios'])}</summary><ul>")
        for scenario in view.scenarios:
            steps = "<br>".join(esc(step) for step in scenario.steps)
            parts.append(
                f'<li><i>{esc(scenario.title)}</i><span class="steg"><br>{steps}</span></li>'
            )
        parts.append("</ul></details>")
    parts.append("</article>")
    return "\n".join(parts)


def render_html(rulebook: Rulebook, lang: Language = "sv") -> str:
    esc = html.escape
    labels = _LABELS[lang]
    all_views = views(rulebook, lang)
    groups = _grouped(all_views, rulebook, lang)
    items: list[Rule | Question] = [*rulebook.rules, *rulebook.questions]
    sources = source_texts(rulebook, items)
    by_guideline: dict[str, list[str]] = {}
    for view in all_views:
        by_guideline.setdefault(view.guideline, []).append(view.id)
    toc = [
        f'<li><a href="#allvar">{esc(labels["authority_heading"])}</a></li>',
        f'<li><a href="#riktlinjer">{esc(labels["guidelines"])}</a></li>',
    ]
    for heading, found in groups:
        toc.append(f'<li><a href="#omrade-{_slug(heading)}">{esc(heading)}</a> ({len(found)})</li>')
    toc.append(f'<li><a href="#kalltexter">{esc(labels["sources"])}</a></li>')
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(labels['title'])} {esc(rulebook.version)}</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        f"<h1>{esc(labels['title'])}</h1>",
        f"<p>{esc(rulebook.version)}. {esc(labels['generated'])}</p>",
        f'<div class="sok"><label>{esc(labels["search"])}: <input id="sok" type="search" '
        f'autocomplete="off"></label> <span id="antal" data-ord="{esc(labels["shown"])}"></span>'
        "</div>",
        f'<nav id="innehall"><h2>{esc(labels["contents"])}</h2><ol>{"".join(toc)}</ol></nav>',
        f'<section id="allvar"><h2>{esc(labels["authority_heading"])}</h2>',
        f"<p>{esc(labels['severities'])}</p><table><tr><th>{esc(labels['authority'])}</th>"
        f"<th>authority</th><th>{esc(labels['ceiling'])}</th></tr>",
    ]
    for value, words, ceiling in _authority_rows(lang):
        parts.append(
            f"<tr><td>{esc(words)}</td><td><code>{esc(value)}</code></td>"
            f"<td>{esc(ceiling)}</td></tr>"
        )
    parts.append("</table></section>")
    parts.append(
        f'<section id="riktlinjer"><h2>{esc(labels["guidelines"])}</h2><table><tr>'
        f"<th>{esc(labels['guideline'])}</th><th>{esc(labels['content'])}</th>"
        f"<th>{esc(labels['rules'])}</th></tr>"
    )
    for gid, title in guidelines(rulebook):
        links = ", ".join(f'<a href="#{esc(i)}">{esc(i)}</a>' for i in by_guideline.get(gid, []))
        parts.append(
            f'<tr id="riktlinje-{esc(gid)}"><td>{esc(gid)}</td><td>{esc(title)}</td>'
            f"<td>{links or '–'}</td></tr>"
        )
    parts.append("</table></section>")
    for heading, found in groups:
        parts.append(
            f'<section class="omrade" id="omrade-{_slug(heading)}"><h2>{esc(heading)}</h2>'
        )
        parts.extend(_html_view(view, lang) for view in found)
        parts.append("</section>")
    parts.append(f'<section id="kalltexter" class="kalla"><h2>{esc(labels["sources"])}</h2>')
    for name in sorted(sources):
        source = sources[name]
        quoted = ", ".join(f'<a href="#{esc(r)}">{esc(r)}</a>' for r in sorted(source.spans))
        parts.append(
            f'<article class="kalltext" id="{_source_anchor(name)}"><h3>{esc(name)}</h3>'
            f"<p>{esc(labels['quoted_by'])}: {quoted}</p>"
            f'<pre class="kalltext">{_marked_html(source)}</pre></article>'
        )
    parts.append("</section>")
    parts.append(f"<script>{_SCRIPT}</script>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# --- text, json, explain ------------------------------------------------------------------------


def render_rules(rulebook: Rulebook, fmt: str, lang: Language) -> str:
    if fmt == "markdown":
        return render_markdown(rulebook, lang)
    if fmt == "html":
        return render_html(rulebook, lang)
    all_views = views(rulebook, lang)
    if fmt == "json":
        data = {
            "ruleset_version": rulebook.version,
            "rules": [
                {
                    "id": v.id,
                    "guideline": v.guideline,
                    "title": v.statement,
                    "severity": v.severity,
                    "kind": v.kind,
                    "applies": v.applies,
                    "validity": v.validity,
                    "condition": v.condition,
                    "citation": {
                        "document": v.document,
                        "section": v.section,
                        "decision": v.decision,
                        "statute": v.statute,
                        "quote": v.quote,
                        "source_file": v.source,
                        "authority": v.authority,
                        "authority_words": v.authority_words,
                        "source_lines": list(v.source_lines) if v.source_lines else None,
                    },
                }
                for v in all_views
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    labels = _LABELS[lang]
    words = _TEXT_LISTING[lang]
    lines = [words["heading"].format(version=rulebook.version, count=len(all_views)), ""]
    for view in all_views:
        severity = words.get(view.severity, view.severity)
        lines.append(f"{view.id}  [{severity}]  {view.statement}")
        lines.append(f"    {words['applies']} {view.applies}; {view.validity}")
        lines.append(f"    {labels['condition_intro'].lower()} {view.condition}")
        lines.append(f"    {words['source']} ({view.authority_words}): {_source_line(view, lang)}")
        lines.append(f"    ”{view.quote}”")
        lines.append("")
    return "\n".join(lines)


def explain(rulebook: Rulebook, rule_id: str, lang: Language) -> str | None:
    for view in views(rulebook, lang):
        if view.id.casefold() == rule_id.casefold():
            return render_view_markdown(view, lang)
    return None
