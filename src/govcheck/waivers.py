"""Waivers (undantag): accountable exceptions to a rule, in the draft or in a waiver file.

A waiver names the rule, why (motivering), who approved it (godkand_av), by which decision
(beslut, a diarienummer) and until when (galler_till). A waiver that lacks any of these is
invalid and applies to nothing; an expired one no longer applies; a waiver that matches no
finding is reported as unused. Waived findings stay in every report, marked as waived, and do
not fail the gate.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from govcheck.drafts import LoadedDraft, _describe, path_text, read_text
from govcheck.errors import InputError
from govcheck.i18n import t
from govcheck.locate import line_of, toml_lines
from govcheck.models import Finding, FindingKind, Language, Location, Severity, Waiver

INVALID_ID = "GOVCHECK-UNDANTAG-OGILTIGT"
EXPIRED_ID = "GOVCHECK-UNDANTAG-UTGANGET"
UNUSED_ID = "GOVCHECK-UNDANTAG-OANVANT"
REQUIRED = ("motivering", "godkand_av", "beslut", "galler_till")


class FileWaiver(Waiver):
    """A waiver in a waiver file: ``fil`` says which drafts it covers (a shell pattern)."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)
    fil: str = "*"


class _WaiverFile(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    undantag: list[FileWaiver] = Field(default_factory=list)


@dataclass(frozen=True)
class PlacedWaiver:
    """A waiver and where it was written (for findings about the waiver itself)."""

    waiver: Waiver
    file: str
    path: str
    line: int | None
    covers: str = "*"


def load_waiver_file(path: Path, lang: Language = "sv") -> list[PlacedWaiver]:
    import tomli

    text = read_text(path, lang)
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        detail = t("toml_syntax", lang, detail=getattr(exc, "msg", str(exc)))
        raise InputError(str(path), detail, line=getattr(exc, "lineno", None)) from None
    except RecursionError:
        raise InputError(str(path), t("too_deep_file", lang)) from None
    try:
        parsed = _WaiverFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = path_text(tuple(error["loc"]))
        raise InputError(
            str(path), _describe(error, lang), key=key, line=line_of(toml_lines(text), key)
        ) from None
    lines = toml_lines(text)
    return [
        PlacedWaiver(
            entry, str(path), f"undantag[{i}]", line_of(lines, f"undantag[{i}]"), entry.fil
        )
        for i, entry in enumerate(parsed.undantag)
    ]


def _covers(placed: PlacedWaiver, draft_file: str) -> bool:
    name = Path(draft_file)
    return placed.covers == "*" or any(
        fnmatch.fnmatch(candidate, placed.covers)
        for candidate in (draft_file, name.as_posix(), name.name)
    )


def _problem(waiver: Waiver, today: dt.date, lang: Language) -> tuple[str, Severity, str] | None:
    """Why a waiver does not apply (invalid or expired), or None when it is in force."""
    missing = [t(f"waiver_field_{key}", lang) for key in REQUIRED if not getattr(waiver, key)]
    if missing:
        message = t("waiver_invalid", lang, rule=waiver.regel, missing=", ".join(missing))
        return INVALID_ID, Severity.FEL, message
    assert waiver.galler_till is not None
    if waiver.galler_till < today:
        message = t("waiver_expired", lang, rule=waiver.regel, date=waiver.galler_till)
        return EXPIRED_ID, Severity.VARNING, message
    return None


def _note(
    rule_id: str, severity: Severity, message: str, where: PlacedWaiver, version: str
) -> Finding:
    return Finding(
        rule_id=rule_id,
        severity=severity,
        message=message,
        location=Location(file=where.file, path=where.path, line=where.line),
        kind=FindingKind.VIOLATION,
        ruleset_version=version,
    )


def _waive(findings: list[Finding], waiver: Waiver) -> bool:
    """Marks, in place, the findings the waiver covers; says whether there were any."""
    used = False
    for index, finding in enumerate(findings):
        if finding.rule_id != waiver.regel or finding.waived:
            continue
        if waiver.omfattning and not finding.location.path.startswith(waiver.omfattning):
            continue
        plain = Waiver.model_validate(waiver.model_dump(include=set(Waiver.model_fields)))
        findings[index] = finding.model_copy(update={"waiver": plain})
        used = True
    return used


def apply_waivers(
    findings: list[Finding],
    loaded: LoadedDraft,
    from_file: list[PlacedWaiver],
    today: dt.date,
    lang: Language = "sv",
    ruleset_version: str = "",
) -> tuple[list[Finding], tuple[int, ...]]:
    """Applies the draft's own waivers and those of the waiver file that cover it.

    Problems with the draft's own waivers (invalid, expired, unused) are reported here, on the
    draft. The waiver file's are judged once for the whole run (see ``waiver_file_notes``), so
    this returns, with the findings, the indices of the file's waivers that were used.
    """
    out = list(findings)
    notes: list[Finding] = []
    for i, waiver in enumerate(loaded.draft.undantag):
        where = PlacedWaiver(waiver, loaded.file, f"undantag[{i}]", loaded.line(f"undantag[{i}]"))
        problem = _problem(waiver, today, lang)
        if problem is not None:
            notes.append(_note(*problem, where, ruleset_version))
        elif not _waive(out, waiver):
            message = t("waiver_unused", lang, rule=waiver.regel)
            notes.append(_note(UNUSED_ID, Severity.VARNING, message, where, ruleset_version))
    used: list[int] = []
    for index, placed in enumerate(from_file):
        if not _covers(placed, loaded.file) or _problem(placed.waiver, today, lang) is not None:
            continue
        if _waive(out, placed.waiver):
            used.append(index)
    return out + notes, tuple(used)


def waiver_file_notes(
    from_file: list[PlacedWaiver],
    used: set[int],
    today: dt.date,
    lang: Language = "sv",
    ruleset_version: str = "",
) -> list[Finding]:
    """The waiver file's invalid, expired and unused waivers, each reported once per run."""
    notes: list[Finding] = []
    for index, placed in enumerate(from_file):
        problem = _problem(placed.waiver, today, lang)
        if problem is not None:
            notes.append(_note(*problem, placed, ruleset_version))
        elif index not in used:
            message = t("waiver_unused", lang, rule=placed.waiver.regel)
            notes.append(_note(UNUSED_ID, Severity.VARNING, message, placed, ruleset_version))
    return notes
