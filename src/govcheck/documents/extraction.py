"""What reading a document gives (``Extraction``), the field statuses, and the small text helpers
the parts of the reader share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from govcheck.documents.dates import MONTHS
from govcheck.documents.kommun import KommunEvidence
from govcheck.documents.reader import Line
from govcheck.documents.vocabulary import Vocabulary

MONTH = "(" + "|".join(MONTHS) + ")"
READ, ABSENT, UNREADABLE, INFERRED = "read", "absent", "unreadable", "inferred"

#: The fields every case document is expected to give, and how a message names them.
FIELD_NAMES = {
    "datum": "datum",
    "diarienummer": "diarienummer",
    "rubrik": "rubrik",
    "handlaggare.namn": "handläggarens namn",
    "handlaggare.titel": "handläggarens titel",
    "handlaggare.epost": "handläggarens e-post",
    "handlaggare.telefon": "handläggarens telefon",
    "beslutande_organ": "beslutande organ (Förslag till beslut)",
}
#: Of those, the ones whose absence is worth a reading note (a title or a phone number is often
#: left out on purpose).
NOTED = (
    "datum",
    "diarienummer",
    "rubrik",
    "handlaggare.namn",
    "handlaggare.epost",
    "beslutande_organ",
)


@dataclass
class Extraction:
    """What a document gave: the draft data, where each value stands, what could not be read."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    snippets: dict[str, str] = field(default_factory=dict)
    problems: list[tuple[str, str, Line | None]] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)
    inferred: dict[str, Any] = field(default_factory=dict)
    kommun: KommunEvidence | None = None
    #: Values as they stand in the text, for comparison with labels (the planning steps).
    raw: dict[str, Any] = field(default_factory=dict)
    #: Named values of the whole-text checks (documents/textchecks.py), for the rules.
    text_values: dict[str, Any] = field(default_factory=dict)
    #: Per problem: "absent" or "unreadable".
    problem_status: list[str] = field(default_factory=list)

    def put(self, path: str, value: Any, line: Line | None) -> None:
        target = self.data
        parts = path.split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
        self.status[path] = READ
        if line is not None:
            self.lines.setdefault(path, line.line)
            if line.page is not None:
                self.pages.setdefault(path, line.page)
            self.snippets.setdefault(path, snippet(line.text))

    def forget_official(self, keys: Iterable[str]) -> None:
        """Take back what ``put`` recorded of ``handlaggare.<key>`` for each key (a person read
        from a place that names someone else), and the official when nothing of them is left."""
        person = self.data.get("handlaggare")
        if not isinstance(person, dict):
            return
        for key in list(keys):
            person.pop(key, None)
            for store in (self.status, self.lines, self.pages, self.snippets):
                store.pop(f"handlaggare.{key}", None)
        if not person:
            self.data.pop("handlaggare")

    def problem(
        self, path: str, message: str, line: Line | None = None, status: str = "unreadable"
    ) -> None:
        self.problems.append((path, message, line))
        self.problem_status.append(status)

    def get(self, path: str) -> Any:
        target: Any = self.data
        for part in path.split("."):
            if not isinstance(target, dict) or part not in target:
                return None
            target = target[part]
        return target


def snippet(text: str, limit: int = 60) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def label_key(text: str) -> str:
    return text.strip().rstrip(":").strip().casefold()


def bullet(text: str) -> str:
    return re.sub(r"^(?:[-–•*·]|\d+[.)])\s*", "", text).strip()


def month_end(month: str, year: str) -> str:
    import calendar

    number = MONTHS[month.casefold()]
    day = calendar.monthrange(int(year), number)[1]
    return f"{int(year):04d}-{number:02d}-{day:02d}"


def fold(text: str) -> str:
    return text.strip().casefold()


def labels_only(text: str, vocabulary: Vocabulary) -> bool:
    """A line that is a header label and its value ("Diarienummer KS 2020/990")."""
    words = {fold(v) for values in vocabulary.labels.values() for v in values}
    return any(fold(text).startswith(word + " ") for word in words)
