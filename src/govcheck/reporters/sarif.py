"""SARIF 2.1.0, for code-scanning views in CI.

Complete for viewers and for Microsoft's SARIF validator, not only the schema: every rule has a
Pascal-case ``name``, ``shortDescription``, ``fullDescription`` (the statement and its source),
``help`` and, when the published rulebook's address is configured (``rulebook_url``), a
``helpUri`` to the rule's anchor there. Every result has a region with start and end, and
stable ``partialFingerprints`` (the baseline's fingerprint: rule, file, key path). File
names are relative references to ``%SRCROOT%`` (the working folder) when they lie inside it.
A PDF's page is said in the location's message and in the region's properties. Waived
findings carry a suppression with the waiver's justification; findings known from a baseline
have ``baselineState`` "unchanged", the others "new" when a baseline was given.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from govcheck import __version__
from govcheck.baseline import fingerprints
from govcheck.i18n import t
from govcheck.models import Finding, Language, Location, Report, RuleInfo, Severity
from govcheck.reporters.base import RenderOptions, place, problem_line, register
from govcheck.reporters.escape import base_uri, file_uri, json_text

LEVELS = {Severity.FEL: "error", Severity.VARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
_TOOL_RULES = {
    "GOVCHECK-EXTRAKTION": "tool_rule_reading",
    "GOVCHECK-INGA-REGLER": "tool_rule_no_rules",
    "GOVCHECK-UNDANTAG-OGILTIGT": "tool_rule_waiver",
    "GOVCHECK-UNDANTAG-UTGANGET": "tool_rule_waiver",
    "GOVCHECK-UNDANTAG-OANVANT": "tool_rule_waiver",
}


def friendly_name(rule_id: str) -> str:
    """A rule id as a Pascal-case identifier: ``MAL-S4-02`` -> ``MalS402``."""
    parts = [part for part in re.split(r"[^A-Za-z0-9]+", rule_id) if part]
    return "".join(part[:1].upper() + part[1:].lower() for part in parts) or "Rule"


def _source(rule: RuleInfo, lang: Language) -> str:
    cite = rule.citation
    assert cite is not None
    source = f"{cite.document}, {t('section_label', lang)} ”{cite.section}”"
    source += f" ({cite.authority.label(lang)})"
    if cite.decision:
        source += f", {cite.decision}"
    if cite.statute:
        source += f", {cite.statute}"
    return source


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!", "”", "“", '"')) else text + "."


def _rule(rule: RuleInfo, lang: Language, base_url: str | None) -> dict[str, Any]:
    title = _sentence(rule.title)
    if rule.citation is None:
        help_ = {"text": title, "markdown": title}
        full = title
    else:
        source = _source(rule, lang)
        quote = rule.citation.quote
        help_ = {
            "text": t("sarif_help", lang, title=title, source=source, quote=quote),
            "markdown": t("sarif_help_md", lang, title=title, source=source, quote=quote),
        }
        full = f"{title} {t('source_label', lang)}: {_sentence(source)}"
    entry: dict[str, Any] = {
        "id": rule.id,
        "name": friendly_name(rule.id),
        "shortDescription": {"text": title},
        "fullDescription": {"text": full},
        "help": help_,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["governance"]},
    }
    if base_url:
        entry["helpUri"] = f"{base_url}#{rule.id}"
    if rule.citation is not None:
        entry["properties"]["citation"] = rule.citation.model_dump(exclude_none=True)
    return entry


def _artifact(file: str, base: str | None) -> dict[str, Any]:
    uri, relative = file_uri(file, base)
    artifact: dict[str, Any] = {"uri": uri}
    if relative and base is not None:
        artifact["uriBaseId"] = SRCROOT
    return artifact


def _region(location: Location, lang: Language) -> dict[str, Any]:
    """Start and end, always: a known key from its first character on its line; a finding
    without a known line covers the start of the file (a document-level finding)."""
    line = location.line or 1
    column = location.column or 1
    key = re.split(r"[.\[]", location.path.rsplit(".", 1)[-1])[0] if location.path else ""
    width = len(key) if location.line and location.column and key else 1
    region: dict[str, Any] = {
        "startLine": line,
        "startColumn": column,
        "endLine": line,
        "endColumn": column + max(width, 1),
    }
    if location.page is not None:
        region["properties"] = {"page": location.page}
    return region


def _location(location: Location, lang: Language, base: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": _artifact(location.file, base),
            "region": _region(location, lang),
        },
    }
    spoken = place(location, lang)
    if location.page is not None and spoken:
        entry["message"] = {"text": _sentence(spoken)}
    if location.path:
        entry["logicalLocations"] = [{"fullyQualifiedName": location.path, "kind": "member"}]
    return entry


def _result(
    finding: Finding,
    index: dict[str, int],
    lang: Language,
    base: str | None,
    fingerprint: str,
    with_baseline: bool,
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": index[finding.rule_id],
        "level": LEVELS[finding.severity],
        "message": {"text": _sentence(finding.message)},
        "locations": [_location(finding.location, lang, base)],
        "partialFingerprints": {"govcheckFingerprint/v1": fingerprint},
        "properties": {"kind": finding.kind.value},
    }
    if with_baseline:
        result["baselineState"] = "unchanged" if finding.known else "new"
    if finding.waiver is not None:
        waiver = finding.waiver
        justification = waiver.motivering or ""
        if waiver.godkand_av or waiver.beslut:
            approved = t(
                "approved_by", lang, by=waiver.godkand_av or "?", decision=waiver.beslut or "?"
            )
            justification += f" ({approved})"
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": justification.strip()}
        ]
    return result


@register("sarif")
def render(report: Report, options: RenderOptions) -> str:
    lang = report.lang
    base = options.base_dir if options.base_dir is not None else os.getcwd()
    known = {rule.id for rule in report.rules}
    rules = list(report.rules)
    # Tool findings (reading problems, waiver notes) get a rule entry too, so every result
    # points to a rule.
    for finding in report.findings:
        if finding.rule_id not in known:
            known.add(finding.rule_id)
            title = t(_TOOL_RULES.get(finding.rule_id, "tool_rule_other"), lang)
            rules.append(RuleInfo(id=finding.rule_id, title=title, severity=finding.severity))
    index = {rule.id: position for position, rule in enumerate(rules)}
    notifications = [
        {
            "level": "error",
            "message": {"text": _sentence(problem_line(problem))},
            "locations": [_location(Location(file=problem.file, line=problem.line), lang, base)],
        }
        for problem in report.problems
    ]
    base_url = options.rulebook_url.rstrip("#") if options.rulebook_url else None
    driver: dict[str, Any] = {
        "name": "govcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_rule(rule, lang, base_url) for rule in rules],
    }
    if base_url:
        driver["informationUri"] = base_url
    with_baseline = any(finding.known for finding in report.findings)
    prints = fingerprints(report.findings, Path(base))
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {SRCROOT: {"uri": base_uri(base)}},
        "results": [
            _result(finding, index, lang, base, prints[number], with_baseline)
            for number, finding in enumerate(report.findings)
        ],
        "invocations": [
            {
                "executionSuccessful": not report.problems,
                "exitCode": report.exit_code,
                "toolExecutionNotifications": notifications,
            }
        ],
        "language": "sv-SE" if lang == "sv" else "en-US",
        "properties": {"ruleset_version": report.ruleset_version},
        "columnKind": "unicodeCodePoints",
    }
    if report.readings:  # documents: what the reader made of each field (a property bag)
        run["properties"]["documentReadings"] = [
            {"file": file, **reading.model_dump(mode="json")}
            for file, reading in report.readings.items()
        ]
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
