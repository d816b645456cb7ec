"""Human-readable report, grouped by file; colour only when asked (the CLI asks on a terminal,
unless NO_COLOR or --no-color). Everything from a draft is shown escaped (reporters/escape.py):
the report is safe to print in a terminal or a CI log."""

from __future__ import annotations

from itertools import groupby

import click

from govcheck.i18n import severity_word, t
from govcheck.models import Finding, Language, Report, Severity
from govcheck.reporters.base import (
    RenderOptions,
    clean_files,
    place,
    problem_line,
    reading_line,
    register,
)
from govcheck.reporters.escape import log, log_file

_COLOURS = {Severity.FEL: "red", Severity.VARNING: "yellow", Severity.INFO: "blue"}


def _citation_lines(finding: Finding, lang: Language) -> list[str]:
    cite = finding.citation
    if cite is None:
        return []
    parts = [cite.document, cite.section]
    if cite.decision:
        parts.append(cite.decision)
    if cite.statute:
        parts.append(cite.statute)
    return [
        f"      {t('source_label', lang)} ({cite.authority.label(lang)}): "
        f"{log(' – '.join(parts))} ({log(cite.source_file)})",
        f"      ”{log(cite.quote)}”",
    ]


def _waiver_line(finding: Finding, lang: Language) -> str:
    waiver = finding.waiver
    assert waiver is not None
    return log(
        t(
            "waived_by",
            lang,
            by=waiver.godkand_av or "?",
            decision=waiver.beslut or "?",
            until=waiver.galler_till.isoformat() if waiver.galler_till else "?",
            reason=waiver.motivering or "",
        )
    )


def _finding_line(finding: Finding, lang: Language, options: RenderOptions) -> str:
    location = finding.location
    if location.page is not None:
        where = place(location, lang)
    else:
        where = f"{location.line}" if location.line else "-"
    label = severity_word(finding.severity.value, lang)
    if finding.waived:
        label = t("waived", lang)
    elif finding.known:
        label = t("known", lang)
    severity = f"{label:<7}"
    if options.color:
        severity = click.style(severity, fg=_COLOURS[finding.severity])
    path = f" [{log(location.path)}]" if location.path else ""
    return f"  {where:>4}  {severity} {finding.rule_id}: {log(finding.message)}{path}"


@register("text")
def render(report: Report, options: RenderOptions) -> str:
    lang = report.lang
    lines: list[str] = []
    for problem in report.problems:
        text = problem_line(problem)
        lines.append(click.style(text, fg="red") if options.color else text)
    for file, group in groupby(report.findings, key=lambda f: f.location.file):
        name = log_file(file)
        lines.append(click.style(name, bold=True) if options.color else name)
        reading = report.readings.get(file)
        if reading is not None and not options.quiet:
            lines.append("  " + reading_line(reading, lang))
        for finding in group:
            lines.append(_finding_line(finding, lang, options))
            if options.quiet:
                continue
            lines.extend(_citation_lines(finding, lang))
            if finding.waiver is not None:
                lines.append("      " + _waiver_line(finding, lang))
        if not options.quiet:
            lines.append("")
    if options.quiet:
        return "\n".join(lines) + ("\n" if lines else "")
    for file, reading in clean_files(report):
        lines.append(f"{log_file(file)}: {t('no_findings', lang)}")
        if reading is not None:
            lines.append("  " + reading_line(reading, lang))
    summary = t(
        "summary",
        lang,
        files=len(report.files),
        fel=report.count(Severity.FEL),
        varning=report.count(Severity.VARNING),
        info=report.count(Severity.INFO),
        problems=len(report.problems),
    )
    if report.waived_count():
        summary += t("summary_waived", lang, waived=report.waived_count())
    if report.known_count():
        summary += t("summary_known", lang, known=report.known_count())
    lines.append(summary)
    return "\n".join(lines) + "\n"


@register("concise")
def render_concise(report: Report, options: RenderOptions) -> str:
    """One line a finding, ``file:line:col: ID severity message``, for editors' problem
    matchers. Line and column are 1 where unknown; a PDF's page is said before the message.
    Waived and known findings are ``info``, with the reason after the message."""
    lang = report.lang
    lines: list[str] = []
    for problem in report.problems:
        lines.append(
            f"{log_file(problem.file)}:{problem.line or 1}:1: GOVCHECK-INDATA "
            f"{severity_word('fel', lang)} {log(problem.message)}"
        )
    for finding in report.findings:
        location = finding.location
        severity = finding.severity.value
        note = ""
        if finding.waived:
            severity, note = "info", f" ({t('waived', lang)})"
        elif finding.known:
            severity, note = "info", f" ({t('known', lang)})"
        page = f"({t('page_only', lang, page=location.page)}) " if location.page else ""
        lines.append(
            f"{log_file(location.file)}:{location.line or 1}:{location.column or 1}: "
            f"{finding.rule_id} {severity_word(severity, lang)} {page}{log(finding.message)}{note}"
        )
    return "\n".join(lines) + ("\n" if lines else "")
