"""The metadata an official corrects on the page: which draft keys are shown as form fields,
how a draft's values become form text, and how the corrected form text becomes draft data again.

Only the header and the decision path are shown (what a reader takes from a document's first
page); everything else in the draft travels unchanged with the form, so checking again never
loses what the official did not touch.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from govcheck.models import CaseType, StepKind

FieldKind = Literal["text", "date", "year", "select", "lines", "email"]
#: How a field stands after reading: read from the document, absent from it, present but not
#: understood, inferred from the text (the docs reader's word), or corrected on the page.
Status = Literal["read", "absent", "unreadable", "inferred", "corrected"]


@dataclass(frozen=True)
class FieldSpec:
    key: str  # the draft key path ("handlaggare.epost")
    kind: FieldKind = "text"
    group: str = "header"  # the fieldset it is shown in

    @property
    def form_name(self) -> str:
        return self.key

    @property
    def html_id(self) -> str:
        return "f-" + self.key.replace(".", "-")


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("kommun", "select"),
    FieldSpec("typ", "select"),
    FieldSpec("datum", "date"),
    FieldSpec("diarienummer"),
    FieldSpec("rubrik"),
    FieldSpec("handlaggare.namn", group="handlaggare"),
    FieldSpec("handlaggare.titel", group="handlaggare"),
    FieldSpec("handlaggare.epost", "email", group="handlaggare"),
    FieldSpec("handlaggare.telefon", group="handlaggare"),
    FieldSpec("beslutande_organ", group="decision"),
    FieldSpec("slutligt_beslutande_organ", group="decision"),
    FieldSpec("beredande_namnd", group="decision"),
    FieldSpec("plan_ar", "year", group="decision"),
    FieldSpec("forslag_till_beslut", "lines", group="decision"),
    FieldSpec("beslutsunderlag", "lines", group="decision"),
    FieldSpec("beslutet_skickas_till", "lines", group="decision"),
    FieldSpec("remiss.remittent", group="remiss"),
    FieldSpec("remiss.svar_senast", "date", group="remiss"),
)
FIELD_KEYS = tuple(spec.key for spec in FIELDS)
BY_KEY = {spec.key: spec for spec in FIELDS}
#: Steps of the beslutsplanering are a table: ``beslutsplanering[0].organ`` and so on.
STEP_KEYS = ("organ", "steg", "datum")
STEPS = "beslutsplanering"
#: Empty rows offered after the draft's steps, so a step can be added without JavaScript.
SPARE_STEPS = 2
_STEP_KEY = re.compile(r"beslutsplanering\[([0-9]{1,4})\]\.")
CASE_TYPES = tuple(kind.value for kind in CaseType)
STEP_KINDS = tuple(kind.value for kind in StepKind)


def _get(data: Mapping[str, Any], key: str) -> Any:
    value: Any = data
    for part in key.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def form_values(data: Mapping[str, Any]) -> dict[str, str]:
    """The form text of every field (lists one item a line), from draft data."""
    return {spec.key: _text(_get(data, spec.key)) for spec in FIELDS}


def step_rows(data: Mapping[str, Any]) -> list[dict[str, str]]:
    steps = data.get(STEPS) or []
    rows = [
        {key: _text(step.get(key)) for key in STEP_KEYS}
        for step in steps
        if isinstance(step, Mapping)
    ]
    return rows + [dict.fromkeys(STEP_KEYS, "") for _ in range(SPARE_STEPS)]


def present(data: Mapping[str, Any], key: str) -> bool:
    value = _get(data, key)
    return value not in (None, "", [])


def _set(data: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    target = data
    for part in parts[:-1]:
        inner = target.get(part)
        if not isinstance(inner, dict):
            if value is None:
                return
            inner = target[part] = {}
        target = inner
    if value is None:
        target.pop(parts[-1], None)
    else:
        target[parts[-1]] = value


def _parsed(spec: FieldSpec, text: str) -> Any:
    """Form text to a draft value; what cannot be converted is kept as text, for the draft's
    own validation to refuse with its message (never guessed)."""
    text = text.strip()
    if spec.kind == "lines":
        items = [line.strip() for line in text.splitlines()]
        return [item for item in items if item] or None
    if not text:
        return None
    if spec.kind == "year":
        return int(text) if text.isdigit() and len(text) <= 6 else text
    return text


def apply_form(data: Mapping[str, Any], form: Mapping[str, str]) -> dict[str, Any]:
    """The draft data with the form's fields put in (an emptied field removes its key)."""
    out = copy.deepcopy(dict(data))
    for spec in FIELDS:
        if spec.form_name in form:
            _set(out, spec.key, _parsed(spec, form[spec.form_name]))
    for parent in ("handlaggare", "remiss"):
        if isinstance(out.get(parent), dict) and not out[parent]:
            del out[parent]
    indexes = sorted({int(found.group(1)) for key in form if (found := _STEP_KEY.match(key))})
    if indexes:
        steps = []
        for index in indexes:
            row = {key: form.get(f"{STEPS}[{index}].{key}", "").strip() for key in STEP_KEYS}
            if not any(row[key] for key in ("organ", "datum")):
                continue
            steps.append({key: value for key, value in row.items() if value})
        _set(out, STEPS, steps or None)
    return out


def changed(before: Mapping[str, str], after: Mapping[str, str]) -> set[str]:
    """Keys whose form text differs (ignoring surrounding blanks and blank lines)."""

    def norm(text: str) -> str:
        return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())

    return {key for key in FIELD_KEYS if norm(before.get(key, "")) != norm(after.get(key, ""))}


def field_for_error(key: str) -> str | None:
    """The form field an error at draft key ``key`` belongs to (its html id), if shown."""
    if key in BY_KEY:
        return BY_KEY[key].html_id
    for spec in FIELDS:
        if key.startswith(spec.key + "[") or key.startswith(spec.key + "."):
            return spec.html_id
    if key.startswith(STEPS + "["):
        index, _, rest = key[len(STEPS) + 1 :].partition("]")
        column = rest.lstrip(".").split(".")[0] or "organ"
        if index.isdigit() and column in STEP_KEYS:
            return f"f-{STEPS}-{index}-{column}"
    return None


def note_keys(paths: Iterable[str]) -> set[str]:
    """The form fields that reading notes at ``paths`` speak of."""
    out = set()
    for path in paths:
        for spec in FIELDS:
            if (
                path == spec.key
                or path.startswith(spec.key + ".")
                or path.startswith(spec.key + "[")
            ):
                out.add(spec.key)
    return out
