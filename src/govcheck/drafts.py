"""Reading structured drafts (TOML or JSON) into validated ``Draft`` models.

Every failure becomes an ``InputError`` naming the file, and the line and key where known.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli
from pydantic import BaseModel, ValidationError

from govcheck.errors import InputError
from govcheck.i18n import _BOUNDS, _EXPECTED, shown_value, t
from govcheck.locate import (
    LazyPositions,
    LineView,
    Position,
    json_positions,
    line_of,
    parse_toml,
    toml_positions,
)
from govcheck.models import Draft, Language
from govcheck.safe_io import FileRefused, read_bytes

MAX_DRAFT_BYTES = 2_000_000
MAX_DEPTH = 12
DRAFT_SUFFIXES = (".toml", ".json")


@dataclass(frozen=True)
class ReadingNote:
    """A value a document should give but that could not be read from it (never guessed)."""

    path: str
    message: str
    line: int | None = None
    page: int | None = None
    snippet: str | None = None
    paragraph: int | None = None
    #: "absent" (the document does not state it) or "unreadable" (it does, but the value
    #: was not understood).
    status: str = "unreadable"


@dataclass(frozen=True)
class LoadedDraft:
    """A validated draft with the file it came from and where each key stands in it. For a
    document (text, Word, PDF) also the page of each key and what could not be read."""

    draft: Draft
    file: str
    lines: Mapping[str, int] = field(default_factory=dict)
    pages: Mapping[str, int] = field(default_factory=dict)
    columns: Mapping[str, int] = field(default_factory=dict)
    notes: tuple[ReadingNote, ...] = ()
    empty_fields: tuple[str, ...] = ()
    #: For a document: per field, "read", "absent", "unreadable" or "inferred" (see
    #: documents/extract.py), so a report can say which.
    field_status: Mapping[str, str] = field(default_factory=dict)
    #: For a document whose header states no date: the date inferred from its text, which the
    #: rules in force follow (the draft's own datum stays empty).
    inferred_datum: dt.date | None = None
    #: For a document: a short quote of the text each value was read from.
    snippets: Mapping[str, str] = field(default_factory=dict)
    #: A Word document: positions are paragraph numbers, not lines.
    paragraphs: bool = False
    #: For a document: the values of the checks over its whole text (placeholders, misspelt
    #: body names, decision points; documents/textchecks.py), as fact fields of the ärende.
    text_values: Mapping[str, str | int | float | bool] = field(default_factory=dict)

    def line(self, path: str) -> int | None:
        return line_of(self.lines, path)

    def snippet(self, path: str) -> str | None:
        probe = path
        while probe:
            if probe in self.snippets:
                return self.snippets[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return None

    def where(self, path: str) -> dict[str, Any]:
        """The position of ``path`` as Location fields: line and page, and for a Word
        document the paragraph; with a short quote of the text when it was read from one."""
        line = self.line(path)
        out: dict[str, Any] = {"line": line, "page": self.page(path), "snippet": self.snippet(path)}
        if self.columns:
            out["column"] = self.column(path)
        if self.paragraphs:
            # Word shows no line numbers: the position is a paragraph (``line`` keeps the same
            # number for the reporters that show only a line).
            out["paragraph"] = line
        return out

    def judged_on(self, per: dt.date | None = None) -> dt.date:
        """The day the draft is judged as of: --per, its own date, the date inferred from
        its text, else today."""
        return per or self.draft.datum or self.inferred_datum or dt.date.today()

    def page(self, path: str) -> int | None:
        return line_of(self.pages, path)

    def column(self, path: str) -> int | None:
        """The column where ``path`` (or the ancestor whose line ``line`` gives) starts."""
        return line_of(self.columns, path)


def path_text(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _model_at(loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model class that owns the last key of ``loc`` (for 'did you mean' suggestions)."""
    model: type[BaseModel] | None = Draft
    for part in loc[:-1]:
        if model is None or isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            return None
        model = _inner_model(info.annotation)
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _describe(error: Any, lang: Language) -> str:
    kind = error["type"]
    loc = tuple(error["loc"])
    value = error.get("input")
    if kind == "extra_forbidden":
        model = _model_at(loc)
        known = list(model.model_fields) if model else []
        guesses = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        hint = t("did_you_mean", lang, guess=guesses[0]) if guesses else ""
        return t("unknown_key", lang, key=loc[-1], hint=hint)
    if kind == "missing":
        return t("missing_key", lang)
    if kind in {"enum", "literal_error"}:
        choices = error.get("ctx", {}).get("expected", "")
        return t("bad_choice", lang, value=shown_value(value), choices=choices)
    if kind in {"date_type", "date_parsing"} and isinstance(value, str):
        return t("bad_date_string", lang)
    if kind in _BOUNDS:
        limit = error.get("ctx", {}).get(_BOUNDS[kind][1])
        return t(_BOUNDS[kind][0], lang, limit=limit)
    if kind in _EXPECTED:
        return t("bad_type", lang, value=shown_value(value), expected=t(_EXPECTED[kind], lang))
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern", "")
        return t("bad_pattern", lang, value=shown_value(value), pattern=pattern)
    return t("invalid", lang, detail=shown_value(value))


def _date_fields(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[str]:
    """Names of the date-typed keys anywhere in the draft format (JSON has no date type)."""
    seen = seen or set()
    seen.add(model)
    names: set[str] = set()
    for name, info in model.model_fields.items():
        if "date" in repr(info.annotation):
            names.add(name)
        inner = _inner_model(info.annotation)
        if inner is not None and inner not in seen:
            names |= _date_fields(inner, seen)
    return names


DATE_KEYS = frozenset(_date_fields(Draft))


def iso_dates(value: Any) -> Any:
    """ISO date strings at date keys become dates; anything else is left for validation."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in DATE_KEYS and isinstance(item, str):
                with contextlib.suppress(ValueError):
                    item = dt.date.fromisoformat(item)
            out[key] = iso_dates(item)
        return out
    if isinstance(value, list):
        return [iso_dates(item) for item in value]
    return value


def _depth(value: Any, limit: int) -> int:
    """Nesting depth, stopping early past ``limit`` so hostile input stays cheap."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


def read_text(path: Path, lang: Language = "sv", limit: int = MAX_DRAFT_BYTES) -> str:
    name = str(path)
    try:
        raw = read_bytes(path, limit)
    except FileRefused as refused:
        raise InputError(name, refused.text(lang)) from None
    if not raw.strip():
        raise InputError(name, t("empty_file", lang))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, t("not_utf8", lang, position=exc.start)) from None
    return text.removeprefix("\ufeff")


def parse_draft_text(
    text: str, name: str, suffix: str, lang: Language = "sv", default_kommun: str | None = None
) -> LoadedDraft:
    shallow = False  # known to nest less than MAX_DEPTH deep
    data: Any
    positions: Mapping[str, Position]
    if suffix == ".toml":
        # The common draft is read in one pass that also keeps where each key stands; what
        # that pass does not read (anything unusual, any error) tomli reads, as always.
        fast = parse_toml(text)
        if fast is not None:
            data, positions = fast
            shallow = True  # parse_toml nests at most 8 deep
        else:
            try:
                data = tomli.loads(text)
            except tomli.TOMLDecodeError as exc:
                detail = str(exc.msg) if hasattr(exc, "msg") else str(exc)
                raise InputError(
                    name, t("toml_syntax", lang, detail=detail), line=exc.lineno
                ) from None
            except RecursionError:  # tomli refuses deep nesting with its own RecursionError
                raise InputError(name, t("too_deep", lang, limit=MAX_DEPTH)) from None
            positions = LazyPositions(text, toml_positions)
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                name, t("json_syntax", lang, detail=exc.msg), line=exc.lineno
            ) from None
        except RecursionError:
            raise InputError(name, t("too_deep", lang, limit=MAX_DEPTH)) from None
        except ValueError:  # an integer of more digits than Python converts
            detail = t("too_many_digits", lang)
            raise InputError(name, t("json_syntax", lang, detail=detail)) from None
        positions = LazyPositions(text, json_positions)
    else:
        shown = suffix or t("no_suffix", lang)
        raise InputError(name, t("unsupported_format", lang, suffix=shown))
    lines = LineView(positions)
    if not isinstance(data, dict):
        raise InputError(name, t("draft_not_a_table", lang))
    if not shallow and _depth(data, MAX_DEPTH) > MAX_DEPTH:
        raise InputError(name, t("too_deep", lang, limit=MAX_DEPTH))
    defaulted = default_kommun is not None and "kommun" not in data
    if defaulted:
        data["kommun"] = default_kommun
    try:
        draft = Draft.model_validate(iso_dates(data) if suffix == ".json" else data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = path_text(tuple(first["loc"]))
        message = _describe(first, lang)
        if suffix == ".json" and first["type"] in {"date_type", "date_parsing"}:
            message = t(
                "bad_type",
                lang,
                value=json.dumps(first.get("input"), ensure_ascii=False, default=str),
                expected=t("type_date", lang),
            )
        raise InputError(name, message, line=line_of(lines, key), key=key) from None
    return LoadedDraft(draft=draft, file=name, lines=lines, columns=LineView(positions, 1))


def load_draft(path: Path, lang: Language = "sv", default_kommun: str | None = None) -> LoadedDraft:
    """A structured draft (.toml, .json). Documents are read by ``govcheck.inputs``."""
    suffix = path.suffix.lower()
    if suffix not in DRAFT_SUFFIXES:
        shown = suffix or t("no_suffix", lang)
        raise InputError(str(path), t("unsupported_format", lang, suffix=shown))
    text = read_text(path, lang)
    return parse_draft_text(text, str(path), suffix, lang, default_kommun)


def toml_values(value: Any) -> Any:
    """``value`` with enums as their values, for writing as TOML (``govcheck extract`` and the
    web page's "download as a draft" write the same)."""
    if isinstance(value, dict):
        return {key: toml_values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [toml_values(item) for item in value]
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    return value
