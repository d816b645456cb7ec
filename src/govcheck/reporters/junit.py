"""JUnit XML: one test case per draft and rule, so CI dashboards count the checks passed."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from govcheck.models import Report
from govcheck.reporters.base import RenderOptions, register


@register("junit")
def render(report: Report, options: RenderOptions) -> str:
    suites = ET.Element("testsuites", name="govcheck")
    by_file: dict[str, list[object]] = {file: [] for file in report.files}
    for finding in report.findings:
        by_file.setdefault(finding.location.file, []).append(finding)
    all_ids = [rule.id for rule in report.rules]
    for file in by_file:
        # A file that is not a draft (a waiver file) has only the findings about itself.
        rule_ids = list(report.evaluated.get(file, all_ids if file in report.files else ()))
        findings = [f for f in report.findings if f.location.file == file]
        extra = sorted({f.rule_id for f in findings} - set(rule_ids))
        suite = ET.SubElement(suites, "testsuite", name=file)
        failures = skipped = 0
        for rule_id in [*rule_ids, *extra]:
            case = ET.SubElement(suite, "testcase", classname=file, name=rule_id)
            mine = [f for f in findings if f.rule_id == rule_id]
            blocking = [f for f in mine if f.severity.rank >= report.fail_on.rank and not f.waived]
            if blocking:
                failures += 1
                failure = ET.SubElement(
                    case, "failure", message=blocking[0].message, type=blocking[0].severity.value
                )
                failure.text = "\n".join(
                    f"{f.location.path} (rad {f.location.line or '-'}): {f.message}"
                    for f in blocking
                )
            elif mine and all(f.waived for f in mine):
                skipped += 1
                waiver = mine[0].waiver
                reason = waiver.motivering if waiver and waiver.motivering else "undantag"
                ET.SubElement(case, "skipped", message=f"undantag: {reason}")
            elif mine:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(f"{f.severity.value}: {f.message}" for f in mine)
        suite.set("tests", str(len(rule_ids) + len(extra)))
        suite.set("failures", str(failures))
        suite.set("skipped", str(skipped))
        suite.set("errors", "0")
    for problem in report.problems:
        suite = ET.SubElement(
            suites, "testsuite", name=problem.file, tests="1", failures="0", errors="1", skipped="0"
        )
        case = ET.SubElement(suite, "testcase", classname=problem.file, name="indata")
        ET.SubElement(case, "error", message=problem.one_line())
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )
