"""The rulebook as people read it, generated from the rule files and the Swedish specs alone:
nothing in it is written twice. ``govcheck rules`` (text, json, markdown, html) and
``govcheck explain ID`` render the same views."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from govcheck.i18n import t
from govcheck.models import Language
from govcheck.reporters.escape import html_text as md
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
    #: the language of the labels (the rule's texts are in it too)
    lang: Language = "sv"


def _validity(valid_from: object, valid_to: object | None, lang: Language = "sv") -> str:
    if valid_to:
        return t("rb_from_to", lang, start=valid_from, end=valid_to)
    return t("rb_from", lang, start=valid_from)


def _view(
    item: Rule | Question, lang: Language, scenarios: list[ScenarioText], where: str
) -> RuleView:
    spec = item.spec
    cite = spec.citation
    types = ", ".join(kind.value for kind in spec.case_types) or t("rb_all_case_types", lang)
    is_rule = isinstance(item, Rule)
    statement = item.spec.title.get(lang) if isinstance(item, Rule) else item.spec.text.get(lang)
    return RuleView(
        id=item.id,
        guideline=spec.guideline,
        statement=statement,
        severity=spec.severity.value,
        kind=t("rb_rule" if is_rule else "rb_question", lang),
        applies=f"{where}; {types}",
        validity=_validity(spec.valid_from, spec.valid_to, lang),
        document=cite.document,
        section=cite.section,
        decision=cite.decision,
        statute=cite.statute,
        quote=cite.quote,
        source=cite.source,
        area=Path(item.file).stem.replace("_", " "),
        scenarios=scenarios,
        lang=lang,
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
    parts = [view.document, f"{t('section_label', view.lang)} ”{view.section}”"]
    if view.decision:
        parts.append(view.decision)
    if view.statute:
        parts.append(view.statute)
    return ", ".join(parts) + f" ({t('rb_source_file', view.lang)} {view.source})"


def render_view_markdown(view: RuleView) -> str:
    def label(message_id: str) -> str:
        return t(message_id, view.lang)

    # Rule text is data: no HTML in a rule file reaches a reader (its Markdown stays).
    lines = [
        f"### {md(view.id)} {md(view.statement)}",
        "",
        f"- **{label('rb_kind')}:** {md(view.kind)}; **{label('rb_severity')}:** "
        f"{t('rb_sev_' + view.severity, view.lang)}",
        f"- **{label('rb_applies')}:** {md(view.applies)}; {md(view.validity)}",
        f"- **{label('rb_guideline')}:** {md(view.guideline)}",
        f"- **{label('source_label')}:** {md(_source_line(view))}",
        "",
        f"> {md(view.quote)}",
        "",
    ]
    if view.scenarios:
        lines.append(f"**{label('rb_scenarios')} (features/):**")
        lines.append("")
        for scenario in view.scenarios:
            lines.append(f"- *{md(scenario.title)}*")
            lines.extend(f"  - {md(step)}" for step in scenario.steps)
        lines.append("")
    return "\n".join(lines)


def render_markdown(rulebook: Rulebook, lang: Language = "sv") -> str:
    all_views = views(rulebook, lang)
    by_guideline: dict[str, list[str]] = {}
    for view in all_views:
        by_guideline.setdefault(view.guideline, []).append(view.id)
    lines = [
        f"# {t('rb_title', lang)} ({rulebook.version})",
        "",
        t("rb_intro", lang),
        "",
        f"## {t('rb_guidelines_and_rules', lang)}",
        "",
        t("rb_columns", lang),
        "|---|---|---|",
    ]
    for gid, title in guidelines(rulebook):
        ids = ", ".join(by_guideline.get(gid, [])) or "–"
        lines.append(f"| {md(gid)} | {md(title)} | {md(ids)} |")
    lines.append("")
    current_area = None
    for view in sorted(all_views, key=lambda v: (v.area, v.id)):
        if view.area != current_area:
            current_area = view.area
            lines.extend([f"## {md(current_area.capitalize())}", ""])
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
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{esc(t('rb_title', lang))} {esc(rulebook.version)}</title>",
        "<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}"
        "blockquote{border-left:4px solid #888;margin:0;padding-left:1rem;font-style:italic}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem}</style>",
        "</head><body>",
        f"<h1>{esc(t('rb_title', lang))} ({esc(rulebook.version)})</h1>",
        f"<h2>{esc(t('rb_guidelines_and_rules', lang))}</h2><table><tr>"
        + "".join(
            f"<th>{esc(cell.strip())}</th>" for cell in t("rb_columns", lang).strip("|").split("|")
        )
        + "</tr>",
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
            f"<p><b>{t('rb_kind', lang)}:</b> {esc(view.kind)}; <b>{t('rb_severity', lang)}:</b> "
            f"{esc(t('rb_sev_' + view.severity, lang))}<br><b>{t('rb_applies', lang)}:</b> "
            f"{esc(view.applies)}; {esc(view.validity)}<br><b>{t('rb_guideline', lang)}:</b> "
            f"{esc(view.guideline)}<br><b>{t('source_label', lang)}:</b> "
            f"{esc(_source_line(view))}</p>"
        )
        parts.append(f"<blockquote>{esc(view.quote)}</blockquote>")
        if view.scenarios:
            parts.append(f"<p><b>{t('rb_scenarios', lang)}:</b></p><ul>")
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
    lines = [t("rb_text_title", lang, version=rulebook.version, count=len(all_views)), ""]
    for view in all_views:
        severity = t("rb_sev_" + view.severity, lang)
        lines.append(f"{view.id}  [{severity}]  {view.statement}")
        lines.append(f"    {t('rb_applies_lower', lang)} {view.applies}; {view.validity}")
        lines.append(f"    {t('rb_source_lower', lang)}: {_source_line(view)}")
        lines.append(f"    ”{view.quote}”")
        lines.append("")
    return "\n".join(lines)


def explain(rulebook: Rulebook, rule_id: str, lang: Language) -> str | None:
    for view in views(rulebook, lang):
        if view.id.casefold() == rule_id.casefold():
            return render_view_markdown(view)
    return None
