"""A Markdown report a secretary can attach to the case: what was checked, what was found,
and the governing text behind each finding."""

from __future__ import annotations

from itertools import groupby

from govcheck.models import Report, Severity
from govcheck.reporters.base import RenderOptions, register

_SEVERITY = {
    "sv": {"fel": "Fel", "varning": "Varning", "info": "Upplysning"},
    "en": {"fel": "Error", "varning": "Warning", "info": "Note"},
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@register("markdown")
def render(report: Report, options: RenderOptions) -> str:
    sv = report.lang == "sv"
    names = _SEVERITY[report.lang]
    lines = [
        "# Granskningsrapport från govcheck" if sv else "# govcheck review report",
        "",
        (
            f"Regelversion {report.ruleset_version}; {len(report.files)} utkast granskade; "
            f"{report.count(Severity.FEL)} fel, {report.count(Severity.VARNING)} varningar, "
            f"{report.count(Severity.INFO)} upplysningar, {report.waived_count()} med undantag."
        )
        if sv
        else (
            f"Rule set {report.ruleset_version}; {len(report.files)} drafts checked; "
            f"{report.count(Severity.FEL)} errors, {report.count(Severity.VARNING)} warnings, "
            f"{report.count(Severity.INFO)} notes, {report.waived_count()} waived."
        ),
        "",
    ]
    for problem in report.problems:
        lines.append(
            f"- **{'Kunde inte läsas' if sv else 'Could not be read'}:** "
            f"{_cell(problem.one_line())}"
        )
    if report.problems:
        lines.append("")
    for file, group in groupby(report.findings, key=lambda f: f.location.file):
        found = list(group)
        lines += [
            f"## {file}",
            "",
            "| Regel | Allvar | Var | Anmärkning | Källa |"
            if sv
            else "| Rule | Severity | Where | Finding | Source |",
            "|---|---|---|---|---|",
        ]
        for finding in found:
            where = finding.location.path or "-"
            if finding.location.line:
                where += (
                    f", rad {finding.location.line}" if sv else f", line {finding.location.line}"
                )
            source = ""
            if finding.citation:
                cite = finding.citation
                source = f"{cite.document}, ”{cite.section}”" + (
                    f", {cite.decision}" if cite.decision else ""
                )
                source += f" ({cite.authority.label(report.lang)})"
            message = finding.message
            if finding.waiver:
                message += (
                    f" *(undantag: {finding.waiver.motivering}; godkänt av "
                    f"{finding.waiver.godkand_av}, {finding.waiver.beslut})*"
                )
            lines.append(
                f"| {finding.rule_id} | {names[finding.severity.value]} | {_cell(where)} "
                f"| {_cell(message)} | {_cell(source)} |"
            )
        lines.append("")
    clean = [f for f in report.files if f not in {x.location.file for x in report.findings}]
    for file in clean:
        lines.append(f"- {file}: {'inga anmärkningar' if sv else 'no findings'}")
    return "\n".join(lines).rstrip() + "\n"
