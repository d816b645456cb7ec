"""A Markdown report a secretary can attach to the case (and the CI job summary): what was
checked, what was found, and the governing text behind each finding. Text from drafts is
escaped: no HTML, no Markdown syntax, one table row per finding (reporters/escape.py)."""

from __future__ import annotations

from itertools import groupby

from govcheck.i18n import severity_word, t
from govcheck.models import Report, Severity
from govcheck.reporters.base import (
    RenderOptions,
    clean_files,
    place,
    problem_line,
    reading_line,
    register,
)
from govcheck.reporters.escape import markdown


@register("markdown")
def render(report: Report, options: RenderOptions) -> str:
    lang = report.lang
    lines = [
        f"# {t('md_title', lang)}",
        "",
        t(
            "md_summary",
            lang,
            version=markdown(report.ruleset_version),
            files=len(report.files),
            fel=report.count(Severity.FEL),
            varning=report.count(Severity.VARNING),
            info=report.count(Severity.INFO),
            waived=report.waived_count(),
            known=report.known_count(),
        ),
        "",
    ]
    for problem in report.problems:
        lines.append(f"- **{t('could_not_read', lang)}:** {markdown(problem_line(problem))}")
    if report.problems:
        lines.append("")
    for file, group in groupby(report.findings, key=lambda f: f.location.file):
        lines += [f"## {markdown(file)}", ""]
        reading = report.readings.get(file)
        if reading is not None:
            lines += [markdown(reading_line(reading, lang)), ""]
        lines += [t("md_columns", lang), "|---|---|---|---|---|"]
        for finding in group:
            where = finding.location.path or "-"
            spoken = place(finding.location, lang)
            if spoken:
                where += f", {spoken}"
            source = ""
            if finding.citation:
                cite = finding.citation
                source = f"{cite.document}, ”{cite.section}”" + (
                    f", {cite.decision}" if cite.decision else ""
                )
                source += f" ({cite.authority.label(lang)})"
            message = markdown(finding.message)
            if finding.waiver:
                waiver = finding.waiver
                note = t(
                    "md_waiver",
                    lang,
                    reason=waiver.motivering or "",
                    by=waiver.godkand_av or "?",
                    decision=waiver.beslut or "?",
                )
                message += f" *({markdown(note)})*"
            elif finding.known:
                message += f" *({t('known', lang)})*"
            severity = severity_word(finding.severity.value, lang, title=True)
            lines.append(
                f"| {markdown(finding.rule_id)} | {severity} | {markdown(where)} "
                f"| {message} | {markdown(source)} |"
            )
        lines.append("")
    for file, reading in clean_files(report):
        lines.append(f"- {markdown(file)}: {t('no_findings', lang)}")
        if reading is not None:
            lines.append(f"  - {markdown(reading_line(reading, lang))}")
    return "\n".join(lines).rstrip() + "\n"
