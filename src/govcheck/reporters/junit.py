"""JUnit XML: one test case per draft and rule, so CI dashboards count the checks passed.

A file that could not be read is one suite with one errored case, never a suite of passed
checks it never had. Every text is made fit for XML 1.0 (reporters/escape.py).
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from govcheck.i18n import severity_word, t
from govcheck.models import Finding, Report
from govcheck.reporters.base import RenderOptions, place, problem_line, register
from govcheck.reporters.escape import log, log_file, xml


@register("junit")
def render(report: Report, options: RenderOptions) -> str:
    lang = report.lang
    suites = ET.Element("testsuites", name="govcheck")
    unreadable = {problem.file for problem in report.problems}
    # The files once, as a list and a set: a spooled report's ``files`` reads the whole spool
    # each time it is gone through, and asking it for each file made the report quadratic
    # (2,000 drafts: 31 s; 10,000: almost six minutes).
    files = list(report.files)
    listed = set(files)
    by_file: dict[str, list[Finding]] = {file: [] for file in files if file not in unreadable}
    for finding in report.findings:
        by_file.setdefault(finding.location.file, []).append(finding)
    all_ids = [rule.id for rule in report.rules]
    total_tests = total_failures = total_errors = total_skipped = 0
    for file, findings in by_file.items():
        # A file that is not a draft (a waiver file) has only the findings about itself.
        rule_ids = list(report.evaluated.get(file, all_ids if file in listed else ()))
        extra = sorted({f.rule_id for f in findings} - set(rule_ids))
        suite = ET.SubElement(suites, "testsuite", name=xml(log_file(file)))
        reading = report.readings.get(file)
        if reading is not None:  # a document: what the reader made of each field
            properties = ET.SubElement(suite, "properties")
            for name, status in reading.fields.items():
                ET.SubElement(properties, "property", name=f"reading.{name}", value=status)
            if reading.inferred_datum is not None:
                inferred = reading.inferred_datum.isoformat()
                ET.SubElement(properties, "property", name="reading.inferred_datum", value=inferred)
        failures = skipped = 0
        for rule_id in [*rule_ids, *extra]:
            case = ET.SubElement(suite, "testcase", classname=xml(log_file(file)), name=rule_id)
            mine = [f for f in findings if f.rule_id == rule_id]
            blocking = [
                f
                for f in mine
                if f.severity.rank >= report.fail_on.rank and not f.waived and not f.known
            ]
            if blocking:
                failures += 1
                failure = ET.SubElement(
                    case,
                    "failure",
                    message=xml(log(blocking[0].message)),
                    type=severity_word(blocking[0].severity.value, lang),
                )
                failure.text = xml(
                    "\n".join(
                        f"{log(f.location.path or '')} ({place(f.location, lang) or '-'}): "
                        f"{log(f.message)}"
                        for f in blocking
                    )
                )
            elif mine and all(f.waived or f.known for f in mine):
                skipped += 1
                waiver = mine[0].waiver
                if waiver is not None:
                    reason = f"{t('waived', lang)}: {log(waiver.motivering or '')}"
                else:
                    reason = t("known", lang)
                ET.SubElement(case, "skipped", message=xml(reason))
            elif mine:
                out = ET.SubElement(case, "system-out")
                out.text = xml(
                    "\n".join(
                        f"{severity_word(f.severity.value, lang)}: {log(f.message)}" for f in mine
                    )
                )
        tests = len(rule_ids) + len(extra)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("skipped", str(skipped))
        suite.set("errors", "0")
        total_tests += tests
        total_failures += failures
        total_skipped += skipped
    for problem in report.problems:
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=xml(log_file(problem.file)),
            tests="1",
            failures="0",
            errors="1",
            skipped="0",
        )
        case = ET.SubElement(
            suite, "testcase", classname=xml(log_file(problem.file)), name=t("junit_input", lang)
        )
        ET.SubElement(case, "error", message=xml(problem_line(problem)))
        total_tests += 1
        total_errors += 1
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    suites.set("errors", str(total_errors))
    suites.set("skipped", str(total_skipped))
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )
