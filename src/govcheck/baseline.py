"""A baseline, for adopting govcheck on an existing archive (as Checkov's and PHPStan's are):
``validate --skapa-baslinje FILE`` records today's findings; ``--baslinje FILE`` reports those
as known (they do not fail the gate) and fails only on new ones. Waivers stay for accepted
exceptions with accountability; a baseline is a list of debts to pay off.

A finding is recorded by its rule, its file (relative to the baseline file's folder) and the
key path it points to with list indices left out (``poster[].finansiering``), with a count.
That survives the small edits a draft goes through: lines added or removed, other values
changed, items reordered. When an edit adds a finding with the same rule and key, the surplus
over the recorded count is new. Messages are not part of it: they depend on the language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from govcheck import __version__
from govcheck.errors import GovcheckError
from govcheck.i18n import t
from govcheck.models import Finding, Language, Report
from govcheck.safe_io import FileRefused, read_bytes, shown, write_output

FORMAT = "govcheck-baslinje"
VERSION = 1
MAX_BASELINE_BYTES = 50_000_000
_INDEX = re.compile(r"\[[0-9]+\]")
_SURROGATE = re.compile("[\udc80-\udcff]")


class BaselineError(GovcheckError):
    """A baseline file that cannot be used: exit 2."""


def relative_file(file: str, folder: Path) -> str:
    """A file name as recorded: relative to ``folder`` with forward slashes when inside it."""
    full = os.path.abspath(file)
    try:
        relative = os.path.relpath(full, folder.resolve())
    except ValueError:  # another drive (Windows)
        relative = full
    if relative.startswith(".."):
        relative = full
    return relative.replace(os.sep, "/")


def key(finding: Finding, folder: Path) -> str:
    """What a finding is recorded by: rule, file, key path without list indices."""
    path = _INDEX.sub("[]", finding.location.path)
    return f"{finding.rule_id}|{relative_file(finding.location.file, folder)}|{path}"


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def fingerprints(findings: Iterable[Finding], folder: Path) -> list[str]:
    """One stable fingerprint per finding (SARIF ``partialFingerprints``): its key, and which
    occurrence of that key it is in report order."""
    seen: Counter[str] = Counter()
    out = []
    for finding in findings:
        found = key(finding, folder)
        out.append(fingerprint(f"{found}|{seen[found]}"))
        seen[found] += 1
    return out


def create(report: Report, target: Path, lang: Language | None = None) -> int:
    """Writes the baseline of a report's findings (waived ones are accepted already, not
    debts); returns how many findings it records."""
    folder = target.parent if str(target.parent) else Path(".")
    counts: Counter[str] = Counter(
        key(finding, folder) for finding in report.findings if not finding.waived
    )
    entries: list[dict[str, Any]] = []
    for found, count in sorted(counts.items()):
        rule_id, file, path = found.split("|", 2)
        entries.append(
            {
                "regel": rule_id,
                "fil": file,
                "sokvag": path,
                "antal": count,
                "fingeravtryck": fingerprint(found),
            }
        )
    document = {
        "format": FORMAT,
        "version": VERSION,
        "skapad": dt.date.today().isoformat(),
        "govcheck": __version__,
        "regelversion": report.ruleset_version,
        "anmarkningar": entries,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    # A file name's bytes that were not UTF-8 stay as JSON escapes, read back the same.
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    write_output(target, [text], lang)
    return sum(counts.values())


def load(path: Path, lang: Language | None = None) -> Counter[str]:
    """The recorded findings of a baseline file: key -> count."""
    name = shown(path)
    try:
        raw = read_bytes(path, MAX_BASELINE_BYTES)
        document = json.loads(raw.decode("utf-8"))
    except FileRefused as refused:
        raise BaselineError(f"{name}: {refused.text(lang)}") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BaselineError(t("baseline_bad", lang, file=name, detail=type(exc).__name__)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BaselineError(t("baseline_bad", lang, file=name, detail="format"))
    counts: Counter[str] = Counter()
    entries = document.get("anmarkningar")
    if not isinstance(entries, list):
        raise BaselineError(t("baseline_bad", lang, file=name, detail="anmarkningar"))
    for index, entry in enumerate(entries):
        try:
            found = f"{entry['regel']}|{entry['fil']}|{entry['sokvag']}"
            count = int(entry["antal"])
        except (KeyError, TypeError, ValueError):
            detail = f"anmarkningar[{index}]"
            raise BaselineError(t("baseline_bad", lang, file=name, detail=detail)) from None
        counts[found] += max(count, 0)
    return counts


def apply(report: Report, recorded: Counter[str], folder: Path) -> Report:
    """The report with the findings the baseline records marked known; the rest stay new."""
    left = Counter(recorded)
    marked = []
    for finding in report.findings:
        found = key(finding, folder)
        if not finding.waived and left[found] > 0:
            left[found] -= 1
            marked.append(finding.model_copy(update={"known": True}))
        else:
            marked.append(finding)
    return report.model_copy(update={"findings": tuple(marked)})
