"""The rulebook as people read it, generated from the rule files and the Swedish specs alone:
nothing in it is written twice. ``govcheck rules`` (text, json, markdown, html) and
``govcheck explain ID`` render the same views."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from govcheck.models import Language
from govcheck.rulebook import COMMON, Question, Rule, Rulebook
from govcheck.specs import ScenarioText, scenarios_by_rule
from govcheck.tomlfile import load_rule_toml

ALL_MUNICIPALITIES = {"sv": "alla kommuner", "en": "all municipalities"}
SEVERITY_NAMES = {"fel": "fel", "varning": "varning", "info": "upplysning"}


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
    scenarios: list[ScenarioText] = field(default_factory=list)


def _validity(valid_from: object, valid_to: object | None) -> str:
    if valid_to:
        return f"från {valid_from} till och med {valid_to}"
    return f"från {valid_from}, tills vidare"


def _view(
    item: Rule | Question, lang: Language, scenarios: list[ScenarioText], where: str
) -> RuleView:
    spec = item.spec
    cite = spec.citation
    types = ", ".join(t.value for t in spec.case_types) or "alla ärendetyper"
    is_rule = isinstance(item, Rule)
    statement = item.spec.title.get(lang) if isinstance(item, Rule) else item.spec.text.get(lang)
    return RuleView(
        id=item.id,
        guideline=spec.guideline,
        statement=statement,
        severity=spec.severity.value,
        kind="regel" if is_rule else "fråga som ska besvaras",
        applies=f"{where}; {types}",
        validity=_validity(spec.valid_from, spec.valid_to),
        document=cite.document,
        section=cite.section,
        decision=cite.decision,
        statute=cite.statute,
        quote=cite.quote,
        source=cite.source,
        area=Path(item.file).stem.replace("_", " "),
        scenarios=scenarios,
    )


def views(rulebook: Rulebook, lang: Language = "sv") -> list[RuleView]:
    features = rulebook.root.parent / "features"
    if not features.is_dir():
        features = _installed_features()
    scenarios = scenarios_by_rule(features) if features.is_dir() else {}
    items: list[Rule | Question] = [*rulebook.rules, *rulebook.questions]

    def where(pack: str) -> str:
        if pack == COMMON:
            return ALL_MUNICIPALITIES[lang]
        return rulebook.registry.display_name(pack, lang)

    return [_view(item, lang, scenarios.get(item.id, []), where(item.pack)) for item in items]


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


def _source_line(view: RuleView) -> str:
    parts = [view.document, f"avsnitt ”{view.section}”"]
    if view.decision:
        parts.append(view.decision)
    if view.statute:
        parts.append(view.statute)
    return ", ".join(parts) + f" (källfil {view.source})"


def render_view_markdown(view: RuleView) -> str:
    lines = [
        f"### {view.id} {view.statement}",
        "",
        f"- **Slag:** {view.kind}; **allvarlighetsgrad:** {SEVERITY_NAMES[view.severity]}",
        f"- **Gäller:** {view.applies}; {view.validity}",
        f"- **Riktlinje:** {view.guideline}",
        f"- **Källa:** {_source_line(view)}",
        "",
        f"> {view.quote}",
        "",
    ]
    if view.scenarios:
        lines.append("**Scenarier (features/):**")
        lines.append("")
        for scenario in view.scenarios:
            lines.append(f"- *{scenario.title}*")
            lines.extend(f"  - {step}" for step in scenario.steps)
        lines.append("")
    return "\n".join(lines)


def render_markdown(rulebook: Rulebook, lang: Language = "sv") -> str:
    all_views = views(rulebook, lang)
    by_guideline: dict[str, list[str]] = {}
    for view in all_views:
        by_guideline.setdefault(view.guideline, []).append(view.id)
    lines = [
        f"# govchecks regelbok ({rulebook.version})",
        "",
        "Genererad ur regelfilerna i `rules/` och de svenska scenarierna i `features/`. "
        "Varje regel anger den styrande text den vilar på, ordagrant citerad.",
        "",
        "## Riktlinjer och regler",
        "",
        "| Riktlinje | Innehåll | Regler |",
        "|---|---|---|",
    ]
    for gid, title in guidelines(rulebook):
        ids = ", ".join(by_guideline.get(gid, [])) or "–"
        lines.append(f"| {gid} | {title} | {ids} |")
    lines.append("")
    current_area = None
    for view in sorted(all_views, key=lambda v: (v.area, v.id)):
        if view.area != current_area:
            current_area = view.area
            lines.extend([f"## {current_area.capitalize()}", ""])
        lines.append(render_view_markdown(view))
    return "\n".join(lines)


def render_html(rulebook: Rulebook, lang: Language = "sv") -> str:
    esc = html.escape
    all_views = views(rulebook, lang)
    by_guideline: dict[str, list[str]] = {}
    for view in all_views:
        by_guideline.setdefault(view.guideline, []).append(view.id)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        f"<title>govchecks regelbok {esc(rulebook.version)}</title>",
        "<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}"
        "blockquote{border-left:4px solid #888;margin:0;padding-left:1rem;font-style:italic}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem}</style>",
        "</head><body>",
        f"<h1>govchecks regelbok ({esc(rulebook.version)})</h1>",
        "<h2>Riktlinjer och regler</h2><table><tr><th>Riktlinje</th><th>Innehåll</th>"
        "<th>Regler</th></tr>",
    ]
    for gid, title in guidelines(rulebook):
        links = ", ".join(f'<a href="#{esc(i)}">{esc(i)}</a>' for i in by_guideline.get(gid, []))
        parts.append(f"<tr><td>{esc(gid)}</td><td>{esc(title)}</td><td>{links or '–'}</td></tr>")
    parts.append("</table>")
    current_area = None
    for view in sorted(all_views, key=lambda v: (v.area, v.id)):
        if view.area != current_area:
            current_area = view.area
            parts.append(f"<h2>{esc(current_area.capitalize())}</h2>")
        parts.append(f'<section id="{esc(view.id)}"><h3>{esc(view.id)} {esc(view.statement)}</h3>')
        parts.append(
            f"<p><b>Slag:</b> {esc(view.kind)}; <b>allvarlighetsgrad:</b> "
            f"{esc(SEVERITY_NAMES[view.severity])}<br><b>Gäller:</b> {esc(view.applies)}; "
            f"{esc(view.validity)}<br><b>Riktlinje:</b> {esc(view.guideline)}<br>"
            f"<b>Källa:</b> {esc(_source_line(view))}</p>"
        )
        parts.append(f"<blockquote>{esc(view.quote)}</blockquote>")
        if view.scenarios:
            parts.append("<p><b>Scenarier:</b></p><ul>")
            for scenario in view.scenarios:
                steps = "<br>".join(esc(step) for step in scenario.steps)
                parts.append(f"<li><i>{esc(scenario.title)}</i><br>{steps}</li>")
            parts.append("</ul>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


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
                    "citation": {
                        "document": v.document,
                        "section": v.section,
                        "decision": v.decision,
                        "statute": v.statute,
                        "quote": v.quote,
                        "source_file": v.source,
                    },
                }
                for v in all_views
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = [f"govcheck-regler {rulebook.version} ({len(all_views)} regler och frågor)", ""]
    for view in all_views:
        lines.append(f"{view.id}  [{SEVERITY_NAMES[view.severity]}]  {view.statement}")
        lines.append(f"    gäller {view.applies}; {view.validity}")
        lines.append(f"    källa: {_source_line(view)}")
        lines.append(f"    ”{view.quote}”")
        lines.append("")
    return "\n".join(lines)


def explain(rulebook: Rulebook, rule_id: str, lang: Language) -> str | None:
    for view in views(rulebook, lang):
        if view.id.casefold() == rule_id.casefold():
            return render_view_markdown(view)
    return None
