"""Human-readable report, grouped by file; colour only when asked (the CLI asks on a terminal)."""

from __future__ import annotations

from itertools import groupby

import click

from govcheck.i18n import t
from govcheck.models import Finding, Language, Report, Severity
from govcheck.reporters.base import RenderOptions, register

_COLOURS = {Severity.FEL: "red", Severity.VARNING: "yellow", Severity.INFO: "blue"}
_SOURCE = {"sv": "Källa", "en": "Source"}


def _citation_lines(finding: Finding, lang: str) -> list[str]:
    cite = finding.citation
    if cite is None:
        return []
    parts = [cite.document, cite.section]
    if cite.decision:
        parts.append(cite.decision)
    if cite.statute:
        parts.append(cite.statute)
    return [
        f"      {_SOURCE[lang]} ({cite.authority.label(lang)}): {' – '.join(parts)} "
        f"({cite.source_file})",
        f"      ”{cite.quote}”",
    ]


def _waiver_line(finding: Finding, lang: Language) -> str:
    waiver = finding.waiver
    assert waiver is not None
    return t(
        "waived_by",
        lang,
        by=waiver.godkand_av or "?",
        decision=waiver.beslut or "?",
        until=waiver.galler_till.isoformat() if waiver.galler_till else "?",
        reason=waiver.motivering or "",
    )


@register("text")
def render(report: Report, options: RenderOptions) -> str:
    lines: list[str] = []
    for problem in report.problems:
        lines.append(
            click.style(problem.one_line(), fg="red") if options.color else problem.one_line()
        )
    for file, group in groupby(report.findings, key=lambda f: f.location.file):
        lines.append(click.style(file, bold=True) if options.color else file)
        for finding in group:
            where = f"{finding.location.line}" if finding.location.line else "-"
            severity = f"{finding.severity.value:<7}"
            if finding.waived:
                severity = f"{t('waived', report.lang):<7}"
            if options.color:
                severity = click.style(severity, fg=_COLOURS[finding.severity])
            path = f" [{finding.location.path}]" if finding.location.path else ""
            lines.append(f"  {where:>4}  {severity} {finding.rule_id}: {finding.message}{path}")
            lines.extend(_citation_lines(finding, report.lang))
            if finding.waiver is not None:
                lines.append("      " + _waiver_line(finding, report.lang))
        lines.append("")
    found = {x.location.file for x in report.findings} | {p.file for p in report.problems}
    clean = [f for f in report.files if f not in found]
    for file in clean:
        lines.append(f"{file}: {t('no_findings', report.lang)}")
    lines.append(
        t(
            "summary",
            report.lang,
            files=len(report.files),
            fel=report.count(Severity.FEL),
            varning=report.count(Severity.VARNING),
            info=report.count(Severity.INFO),
            problems=len(report.problems),
        )
        + (
            t("summary_waived", report.lang, waived=report.waived_count())
            if report.waived_count()
            else ""
        )
    )
    return "\n".join(lines) + "\n"
