"""Machine-readable report. The schema is documented in README.md ("JSON report") and is
stable: fields are only ever added."""

from __future__ import annotations

import json
from typing import Any

from govcheck import __version__
from govcheck.models import Report, Severity
from govcheck.reporters.base import RenderOptions, register

SCHEMA_VERSION = 1


def report_dict(report: Report) -> dict[str, Any]:
    by_file: dict[str, list[dict[str, Any]]] = {file: [] for file in report.files}
    for finding in report.findings:
        by_file.setdefault(finding.location.file, []).append(
            finding.model_dump(mode="json", exclude={"ruleset_version"})
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "govcheck", "version": __version__},
        "ruleset_version": report.ruleset_version,
        "language": report.lang,
        "judged_on": report.judged_on.isoformat() if report.judged_on else None,
        "fail_on": report.fail_on.value,
        "exit_code": report.exit_code,
        "summary": {
            "files": len(report.files),
            "fel": report.count(Severity.FEL),
            "varning": report.count(Severity.VARNING),
            "info": report.count(Severity.INFO),
            "input_errors": len(report.problems),
            "waived": report.waived_count(),
        },
        "rules_evaluated": list(report.rules_evaluated),
        "files": [
            {
                "file": file,
                "findings": found,
                "rules_evaluated": list(report.evaluated.get(file, ())),
                "checks_passed": [
                    rule_id
                    for rule_id in report.evaluated.get(file, ())
                    if rule_id not in {f["rule_id"] for f in found}
                ],
            }
            for file, found in by_file.items()
        ],
        "input_errors": [problem.model_dump(mode="json") for problem in report.problems],
    }


@register("json")
def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
