"""The rulebook as people read it: generated from the rule files alone (nothing written twice)."""

from __future__ import annotations

import json

from govcheck.models import Language
from govcheck.rulebook import Rule, Rulebook


def _validity(rule: Rule) -> str:
    spec = rule.spec
    end = spec.valid_to.isoformat() if spec.valid_to else "tills vidare"
    return f"{spec.valid_from.isoformat()} – {end}"


def rule_dict(rule: Rule, lang: Language) -> dict[str, object]:
    spec = rule.spec
    return {
        "id": rule.id,
        "guideline": spec.guideline,
        "pack": rule.pack,
        "title": spec.title.get(lang),
        "severity": spec.severity.value,
        "object": spec.object,
        "case_types": [t.value for t in spec.case_types],
        "valid_from": spec.valid_from.isoformat(),
        "valid_to": spec.valid_to.isoformat() if spec.valid_to else None,
        "citation": spec.citation.model_dump(),
        "file": rule.file,
    }


def render_rules(rulebook: Rulebook, fmt: str, lang: Language) -> str:
    if fmt == "json":
        data = {
            "ruleset_version": rulebook.version,
            "rules": [rule_dict(rule, lang) for rule in rulebook.rules],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = [f"govcheck-regler {rulebook.version} ({len(rulebook.rules)} regler)", ""]
    for rule in rulebook.rules:
        spec = rule.spec
        cite = spec.citation
        decision = f", {cite.decision}" if cite.decision else ""
        lines.append(f"{rule.id}  [{spec.severity.value}]  {spec.title.get(lang)}")
        lines.append(f"    gäller {_validity(rule)}; riktlinje {spec.guideline}; paket {rule.pack}")
        lines.append(f"    källa: {cite.document}, avsnitt ”{cite.section}”{decision}")
        lines.append(f"    ”{cite.quote}”")
        lines.append("")
    return "\n".join(lines)
