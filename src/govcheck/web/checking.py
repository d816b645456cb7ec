"""What one check on the page does, away from the web server: read an upload (bytes held in
memory, never written to disk), check it, and return everything the page shows as plain,
picklable data. These functions run in worker processes (see ``pool.py``): durable_rules wants
one host per process and threads must never share it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import signal
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from govcheck.drafts import (
    DRAFT_SUFFIXES,
    MAX_DRAFT_BYTES,
    LoadedDraft,
    ReadingNote,
    parse_draft_text,
    toml_values,
)
from govcheck.errors import InputError, one_line
from govcheck.i18n import t
from govcheck.models import Finding, Language, Report
from govcheck.reporters import get_reporter
from govcheck.reporters.base import RenderOptions, chunks
from govcheck.runner import RunConfig, Validator, rule_infos
from govcheck.web import fields as form_fields
from govcheck.web.texts import text

DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
UPLOAD_SUFFIXES = (*DOCUMENT_SUFFIXES, *DRAFT_SUFFIXES)
#: The CLI's limits: a document (reader.MAX_DOCUMENT_BYTES) and a structured draft.
MAX_DOCUMENT_BYTES = 20_000_000
#: Lines of document text shown on the page (a 500-page PDF has ~25,000; findings beyond the
#: shown part are still listed).
MAX_SHOWN_LINES = 12_000

SourceKind = Literal["document", "draft"]


class DraftState(BaseModel):
    """What the page carries between checks (in the form, as JSON): the draft as last checked,
    where its keys stand in the document, and what the first reading said of each field."""

    model_config = ConfigDict(defer_build=True, extra="forbid", strict=True)

    file: str
    source: SourceKind
    draft: dict[str, Any]
    lines: dict[str, int] = {}
    pages: dict[str, int] = {}
    notes: list[tuple[str, str, int | None, int | None]] = []
    empty_fields: list[str] = []
    #: field key -> status and form text as first read from the upload
    read: dict[str, str] = {}
    original: dict[str, str] = {}

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, text: str) -> DraftState | None:
        try:
            return cls.model_validate_json(text, strict=False)
        except ValidationError:
            return None


@dataclass(frozen=True)
class DocLine:
    page: int | None
    line: int
    text: str


@dataclass(frozen=True)
class FieldView:
    key: str
    value: str
    status: form_fields.Status
    note: str | None = None


@dataclass(frozen=True)
class AskedView:
    id: str
    text: str
    answered: bool


@dataclass(frozen=True)
class Outcome:
    """One check, as the page shows it. ``problem`` set means nothing could be checked;
    ``field_error`` means the corrected form was refused (the previous state still holds)."""

    file: str
    problem: str | None = None
    field_error: tuple[str, str] | None = None  # (draft key, message)
    lines: tuple[DocLine, ...] = ()
    lines_cut: bool = False
    findings: tuple[Finding, ...] = ()
    questions: tuple[AskedView, ...] = ()
    fields: tuple[FieldView, ...] = ()
    steps: tuple[dict[str, str], ...] = ()
    state: DraftState | None = None
    markdown: str = ""
    judged_on: dt.date | None = None
    form: dict[str, str] = field(default_factory=dict)
    #: What the document reader said beyond the draft (reading notes in full, and any further
    #: fields of LoadedDraft), kept on the server with the text for checking again.
    reading: dict[str, Any] = field(default_factory=dict)


# --- the worker's checker ----------------------------------------------------------------------

_VALIDATORS: dict[Language, Validator] = {}
_CONFIG: RunConfig | None = None


def start_worker(config: RunConfig, memory_limit: int | None = None) -> None:
    """Process initialiser: build the checker once per language (compiling the rules)."""
    global _CONFIG
    if threading.current_thread() is threading.main_thread():
        # A worker process: Ctrl-C at the terminal reaches the whole process group; the server
        # stops its workers itself, so they need not print a KeyboardInterrupt each.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_limit:
        import resource

        # A document that slips past the reader's limits fails with MemoryError in this
        # worker instead of taking the machine's memory.
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    _CONFIG = config
    _VALIDATORS.clear()
    validator("sv")


def validator(lang: Language) -> Validator:
    found = _VALIDATORS.get(lang)
    if found is None:
        assert _CONFIG is not None, "worker not started"
        found = _VALIDATORS[lang] = Validator(replace(_CONFIG, lang=lang))
    return found


def ping() -> bool:
    """Used to start the workers before the first request and to see that they run."""
    return _CONFIG is not None


# --- reading an upload ------------------------------------------------------------------------


def safe_name(filename: str) -> str:
    """The file's own name, no folders, printable, short: shown on the page and in reports."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip() or "dokument"
    if len(base) > 120:
        suffix = PurePosixPath(base).suffix[:10]
        base = base[: 120 - len(suffix)] + suffix
    return base


def _draft_text(raw: bytes, name: str, lang: Language) -> str:
    if len(raw) > MAX_DRAFT_BYTES:
        raise InputError(name, t("too_large", lang, size=len(raw), limit=MAX_DRAFT_BYTES))
    if not raw.strip():
        raise InputError(name, t("empty_file", lang))
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(name, t("not_utf8", lang, position=exc.start)) from None


def _read(
    raw: bytes, name: str, lang: Language, kommun: str | None
) -> tuple[LoadedDraft, list[DocLine]]:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in DRAFT_SUFFIXES:
        source = _draft_text(raw, name, lang)
        loaded = parse_draft_text(source, name, suffix, lang, kommun)
        shown = [DocLine(None, n, line) for n, line in enumerate(source.splitlines(), start=1)]
        return loaded, shown
    if suffix not in DOCUMENT_SUFFIXES:
        allowed = ", ".join(UPLOAD_SUFFIXES)
        raise InputError(
            name, text("unsupported_upload", lang, suffix=suffix or "-", allowed=allowed)
        )
    # Imported here: the document readers cost start-up time for a draft-only check.
    from govcheck.documents.loader import load_document
    from govcheck.documents.reader import read_document

    lines = read_document(Path(name), raw=raw)
    loaded = load_document(Path(name), kommun, lines=lines)
    return loaded, [DocLine(line.page, line.line, line.text) for line in lines]


# --- field status ------------------------------------------------------------------------------


def _reader_status(loaded: LoadedDraft, key: str) -> form_fields.Status | None:
    """The reader's own word on a field, where the document reader gives one."""
    for name in ("field_status", "field_statuses", "statuses", "status"):
        table = getattr(loaded, name, None)
        if isinstance(table, Mapping) and key in table:
            value = table[key]
            word = str(getattr(value, "value", value)).casefold()
            aliases: dict[str, form_fields.Status] = {
                "read": "read",
                "absent": "absent",
                "missing": "absent",
                "unreadable": "unreadable",
                "inferred": "inferred",
            }
            return aliases.get(word)
    return None


def read_statuses(loaded: LoadedDraft, data: dict[str, Any]) -> dict[str, str]:
    """Each form field as the upload gave it: read, absent, or there but not understood (a
    reading note names it). For a structured draft there is nothing to misread."""
    noted = form_fields.note_keys(note.path for note in loaded.notes)
    out: dict[str, str] = {}
    for key in form_fields.FIELD_KEYS:
        status = _reader_status(loaded, key)
        if status is None:
            if key in noted:
                status = "unreadable"
            elif form_fields.present(data, key):
                status = "read"
            else:
                status = "absent"
        out[key] = status
    return out


# --- checking ----------------------------------------------------------------------------------

#: LoadedDraft fields the page's state carries itself; any other is the reader's to keep.
_CARRIED = {"draft", "file", "lines", "pages", "notes", "empty_fields"}


def _reading(loaded: LoadedDraft) -> dict[str, Any]:
    reading: dict[str, Any] = {
        item.name: getattr(loaded, item.name)
        for item in dataclasses.fields(loaded)
        if item.name not in _CARRIED
    }
    reading["notes"] = loaded.notes
    return reading


def _still_holds(reading: dict[str, Any], edited: set[str]) -> dict[str, Any]:
    """What the reader said, less what it said about the fields the official has corrected."""
    out: dict[str, Any] = {}
    for name, value in reading.items():
        if name == "notes":
            continue
        if isinstance(value, Mapping):
            value = {
                key: item
                for key, item in value.items()
                if not (isinstance(key, str) and form_fields.note_keys([key]) & edited)
            }
        out[name] = value
    return out


def _draft_data(loaded: LoadedDraft) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        loaded.draft.model_dump_json(exclude_none=True, exclude_defaults=True)
    )
    # kommun and typ are required, so never left out as "defaults".
    return {"kommun": str(loaded.draft.kommun), "typ": str(loaded.draft.typ), **data}


def _mapping(values: Any) -> dict[str, int]:
    try:
        return {str(key): int(value) for key, value in dict(values).items()}
    except (TypeError, ValueError):
        return {}


def _outcome(
    loaded: LoadedDraft,
    state: DraftState,
    lang: Language,
    per: dt.date | None,
    lines: list[DocLine],
) -> Outcome:
    checker = validator(lang)
    findings = checker.check_loaded(loaded)
    from govcheck.questions import asked

    rulebook = checker.rulebook
    questions = tuple(
        AskedView(
            item.question.id,
            item.text
            if item.question.spec.asks == "remissfragor"
            else item.question.spec.text.get(lang),
            item.answered,
        )
        for item in asked(rulebook, loaded, per)
    )
    report = Report(
        files=(state.file,),
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        ruleset_version=rulebook.version,
        rules_evaluated=tuple(rulebook.all_ids),
        rules=rule_infos(rulebook, lang),
        evaluated={state.file: checker.checker.applicable(loaded, per)},
        fail_on=checker.config.fail_on,
        lang=lang,
        judged_on=per,
    )
    markdown = "".join(chunks(get_reporter("markdown")(report, RenderOptions())))
    values = form_fields.form_values(state.draft)
    edited = form_fields.changed(state.original, values) if state.original else set()
    notes = {note[0]: note[1] for note in state.notes}
    views = []
    for key in form_fields.FIELD_KEYS:
        status: Any = "corrected" if key in edited else state.read.get(key, "absent")
        note = next((m for p, m in notes.items() if form_fields.note_keys([p]) == {key}), None)
        views.append(FieldView(key, values[key], status, None if key in edited else note))
    return Outcome(
        file=state.file,
        lines=tuple(lines[:MAX_SHOWN_LINES]),
        lines_cut=len(lines) > MAX_SHOWN_LINES,
        findings=report.findings,
        questions=questions,
        fields=tuple(views),
        steps=tuple(form_fields.step_rows(state.draft)),
        state=state,
        markdown=markdown,
        judged_on=per or loaded.draft.datum,
    )


def check_upload(
    raw: bytes, filename: str, lang: Language, kommun: str | None, per: dt.date | None = None
) -> Outcome:
    """Check an uploaded file or pasted text. Never raises: a file that cannot be read is an
    outcome with ``problem`` set, in one line, without a traceback."""
    name = safe_name(filename)
    try:
        loaded, lines = _read(raw, name, lang, kommun or None)
        data = _draft_data(loaded)
        source: SourceKind = (
            "draft" if PurePosixPath(name).suffix.lower() in DRAFT_SUFFIXES else "document"
        )
        state = DraftState(
            file=name,
            source=source,
            draft=data,
            lines=_mapping(loaded.lines),
            pages=_mapping(loaded.pages),
            notes=[(n.path, n.message, n.line, n.page) for n in loaded.notes],
            empty_fields=list(loaded.empty_fields),
            read=read_statuses(loaded, data),
            original=form_fields.form_values(data),
        )
        outcome = _outcome(loaded, state, lang, per, lines)
        return replace(outcome, reading=_reading(loaded))
    except InputError as error:
        return Outcome(file=name, problem=describe(error, lang))
    except MemoryError:
        return Outcome(file=name, problem=text("upload_too_big_to_read", lang))
    except RecursionError:
        return Outcome(file=name, problem=text("upload_too_deep", lang))


def check_again(
    state: DraftState,
    form: dict[str, str],
    lang: Language,
    per: dt.date | None = None,
    lines: list[DocLine] | None = None,
    reading: dict[str, Any] | None = None,
) -> Outcome:
    """Check the draft with the official's corrections, without reading the upload again.
    Reading notes and empty-field marks of a corrected field are dropped: the official has
    now given that value."""
    data = form_fields.apply_form(state.draft, form)
    source = json.dumps(data, ensure_ascii=False)
    try:
        loaded = parse_draft_text(source, state.file, ".json", lang)
    except InputError as error:
        # The previous state still holds: the page shows the official's input with the error.
        return Outcome(
            file=state.file,
            field_error=(error.key, error.message),
            state=state,
            form=dict(form),
        )
    values = form_fields.form_values(data)
    edited = form_fields.changed(state.original, values) if state.original else set()
    reading = reading or {}
    notes = [note for note in state.notes if not (form_fields.note_keys([note[0]]) & edited)]
    full_notes = tuple(
        note
        for note in reading.get("notes", ())
        if isinstance(note, ReadingNote) and not (form_fields.note_keys([note.path]) & edited)
    )
    empty = [name for name in state.empty_fields if name.casefold() not in edited]
    new_state = state.model_copy(
        update={"draft": _draft_data(loaded), "notes": notes, "empty_fields": empty}
    )
    # Findings keep pointing into the text first uploaded (the corrected values have no
    # place of their own there).
    loaded = LoadedDraft(
        draft=loaded.draft,
        file=state.file,
        lines=state.lines,
        pages=state.pages,
        notes=full_notes or tuple(ReadingNote(p, m, line, page) for p, m, line, page in notes),
        empty_fields=tuple(empty),
        **_still_holds(reading, edited),
    )
    outcome = _outcome(loaded, new_state, lang, per, lines or [])
    return replace(outcome, reading=reading)


def corrected_toml(state: DraftState, form: dict[str, str], lang: Language) -> tuple[str, str]:
    """The corrected draft as TOML, as ``govcheck extract`` writes it: (file name, text).
    Raises InputError when the corrections do not make a valid draft."""
    import tomli_w

    data = form_fields.apply_form(state.draft, form)
    loaded = parse_draft_text(json.dumps(data, ensure_ascii=False), state.file, ".json", lang)
    plain = loaded.draft.model_dump(mode="python", exclude_none=True, exclude_defaults=True)
    plain = {"kommun": str(loaded.draft.kommun), "typ": str(loaded.draft.typ), **plain}
    header = [text("toml_header", lang, file=one_line(state.file)), text("toml_how", lang)]
    notes = [
        note
        for note in state.notes
        if note[0] not in form_fields.changed(state.original, form_fields.form_values(data))
    ]
    if notes:
        header.append(text("toml_unread", lang))
        header.extend(f"#   {path}: {one_line(message)}" for path, message, _, _ in notes)
    stem = PurePosixPath(state.file).stem or "utkast"
    return f"{stem}.toml", "\n".join(header) + "\n" + tomli_w.dumps(toml_values(plain))


def describe(error: InputError, lang: Language) -> str:
    """An input error in one line for the page (the file is named by the page itself)."""
    message = error.message
    if error.key:
        message = f"[{error.key}] {message}"
    if error.line is not None:
        message = text("problem_at_line", lang, line=error.line, message=message)
    return one_line(message)
