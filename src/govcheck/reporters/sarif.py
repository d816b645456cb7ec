"""SARIF 2.1.0, for code-scanning views in CI: one SARIF rule per govcheck rule, with its help
text and citation; waived findings carry a suppression with the waiver's justification."""

from __future__ import annotations

import json
from typing import Any

from govcheck import __version__
from govcheck.models import Finding, Report, RuleInfo, Severity
from govcheck.reporters.base import RenderOptions, register

LEVELS = {Severity.FEL: "error", Severity.VARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _help(rule: RuleInfo) -> dict[str, str]:
    cite = rule.citation
    if cite is None:
        return {"text": rule.title}
    source = f"{cite.document}, avsnitt ”{cite.section}” ({cite.authority.label('sv')})"
    if cite.decision:
        source += f", {cite.decision}"
    if cite.statute:
        source += f", {cite.statute}"
    return {
        "text": f"{rule.title}\n\nKälla: {source}\n”{cite.quote}”",
        "markdown": f"{rule.title}\n\n**Källa:** {source}\n\n> {cite.quote}",
    }


def _rule(rule: RuleInfo) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": rule.id,
        "name": rule.id.replace("-", ""),
        "shortDescription": {"text": rule.title},
        "help": _help(rule),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["governance"]},
    }
    if rule.citation is not None:
        entry["properties"]["citation"] = rule.citation.model_dump(exclude_none=True)
    return entry


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": finding.location.file}},
    }
    if finding.location.line:
        location["physicalLocation"]["region"] = {"startLine": finding.location.line}
    if finding.location.path:
        location["logicalLocations"] = [
            {"fullyQualifiedName": finding.location.path, "kind": "member"}
        ]
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "properties": {"kind": finding.kind.value},
    }
    if finding.rule_id in index:
        result["ruleIndex"] = index[finding.rule_id]
    if finding.waiver is not None:
        waiver = finding.waiver
        justification = waiver.motivering or ""
        if waiver.godkand_av or waiver.beslut:
            justification += (
                f" (godkänt av {waiver.godkand_av or '?'}, beslut {waiver.beslut or '?'})"
            )
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": justification.strip()}
        ]
    return result


@register("sarif")
def render(report: Report, options: RenderOptions) -> str:
    known = {rule.id for rule in report.rules}
    rules = list(report.rules)
    # Tool findings (reading problems, waiver notes) get a rule entry too, so every result
    # points to a rule.
    for finding in report.findings:
        if finding.rule_id not in known:
            known.add(finding.rule_id)
            rules.append(
                RuleInfo(id=finding.rule_id, title=finding.rule_id, severity=finding.severity)
            )
    index = {rule.id: position for position, rule in enumerate(rules)}
    notifications = [
        {
            "level": "error",
            "message": {"text": problem.one_line()},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": problem.file},
                        **({"region": {"startLine": problem.line}} if problem.line else {}),
                    }
                }
            ],
        }
        for problem in report.problems
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "govcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://example.invalid/govcheck",
                "rules": [_rule(rule) for rule in rules],
            }
        },
        "results": [_result(finding, index) for finding in report.findings],
        "invocations": [
            {
                "executionSuccessful": not report.problems,
                "exitCode": report.exit_code,
                "toolExecutionNotifications": notifications,
            }
        ],
        "properties": {"ruleset_version": report.ruleset_version},
        "columnKind": "unicodeCodePoints",
    }
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
