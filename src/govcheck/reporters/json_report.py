"""Machine-readable report. The schema is documented in README.md ("JSON report") and is
stable: fields are only ever added."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from govcheck import __version__
from govcheck.models import Report, Severity
from govcheck.reporters.base import RenderOptions, register
from govcheck.reporters.escape import json_text
from govcheck.spool import FileEntry, file_entries

SCHEMA_VERSION = 1


def _head(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "govcheck", "version": __version__},
        "ruleset_version": report.ruleset_version,
        "language": report.lang,
        "judged_on": report.judged_on.isoformat() if report.judged_on else None,
        "fail_on": report.fail_on.value,
        "exit_code": report.exit_code,
        "summary": {
            "files": len(report.files),
            "fel": report.count(Severity.FEL),
            "varning": report.count(Severity.VARNING),
            "info": report.count(Severity.INFO),
            "input_errors": len(report.problems),
            "waived": report.waived_count(),
            "known": report.known_count(),
        },
        "rules_evaluated": list(report.rules_evaluated),
    }


def _findings(entry: FileEntry) -> list[dict[str, Any]]:
    return [f.model_dump(mode="json", exclude={"ruleset_version"}) for f in entry.findings]


def _passed(entry: FileEntry) -> list[str]:
    failed = {f.rule_id for f in entry.findings}
    return [rule_id for rule_id in entry.evaluated if rule_id not in failed]


def _file_entries(report: Report) -> Iterator[dict[str, Any]]:
    """One entry per file, in report order, built one at a time."""
    for entry in file_entries(report):
        item: dict[str, Any] = {
            "file": entry.file,
            "findings": _findings(entry),
            "rules_evaluated": list(entry.evaluated),
            "checks_passed": _passed(entry),
        }
        if entry.reading is not None:  # a document: what the reader made of each field
            item["reading"] = entry.reading.model_dump(mode="json")
        yield item


_IN = "\n      "  # an entry's fields: ``_dumps(item, 2)`` indents them by six


def _entry_text(entry: FileEntry) -> str:
    """``_dumps`` of the item ``_file_entries`` makes of ``entry`` at level 2, the same text
    written without the item: most files have no finding, and their rules passed are the
    rules evaluated, one cached list."""
    pad = _IN[1:]
    passed = _indented(_passed(entry), pad) if entry.findings else None
    evaluated = _indented(entry.evaluated, pad)
    text = (
        f'{{{_IN}"file": {json_text(_string(entry.file))},'
        f'{_IN}"findings": {_indented(_findings(entry), pad)},'
        f'{_IN}"rules_evaluated": {evaluated},'
        f'{_IN}"checks_passed": {evaluated if passed is None else passed}'
    )
    if entry.reading is not None:
        text += f',{_IN}"reading": {_indented(entry.reading.model_dump(mode="json"), pad)}'
    return text + "\n    }"


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as one object (for callers that want it in memory)."""
    return {
        **_head(report),
        "files": list(_file_entries(report)),
        "input_errors": [problem.model_dump(mode="json") for problem in report.problems],
    }


_encode = json.JSONEncoder(ensure_ascii=False).encode
_string = json.encoder.encode_basestring  # what _encode does with a str, without the dispatch
_LISTS: dict[tuple[tuple[str, ...], str], str] = {}
_TABLES: dict[tuple[tuple[tuple[Any, Any], ...], tuple[type, ...], str], str] = {}
#: Floats are left out: 0.0 and -0.0 are equal keys too.
_SCALARS = frozenset({str, int, bool, type(None)})


def _indented(value: Any, pad: str) -> str:
    """``json_text(json.dumps(value, ensure_ascii=False, indent=2))`` at indentation ``pad``,
    the same text, several times faster: json's C encoder is used only without ``indent``, a
    large report is mostly lists of rule ids, and ``json_text`` changes only what is inside a
    string (JSON's own punctuation is none of what it escapes), so each string is escaped on
    its own and a list of rule ids once for all the drafts that share it."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        # A table of scalars seen before (a finding's citation, the same for each finding of a
        # rule) is kept, with its values' types: 1 and True are equal keys, not equal JSON.
        types = tuple(map(type, value.values()))
        key = (tuple(value.items()), types, pad) if _SCALARS.issuperset(types) else None
        text = _TABLES.get(key) if key is not None else None
        if text is not None:
            return text
        inner = pad + "  "
        items = (
            f"{inner}{json_text(_string(str(name)))}: {_indented(item, inner)}"
            for name, item in value.items()
        )
        text = "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if key is not None:
            if len(_TABLES) >= 1024:
                _TABLES.clear()
            _TABLES[key] = text
        return text
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = pad + "  "
        if value[0].__class__ is str:
            text = _strings(value, pad)
            if text is not None:
                return text
        return (
            "[\n" + ",\n".join(inner + _indented(item, inner) for item in value) + "\n" + pad + "]"
        )
    return _scalar(value)


#: The JSON of the scalars a report holds most: json's encoder takes its slow path for them.
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _scalar(value: Any) -> str:
    cls = value.__class__
    if cls is str:
        return json_text(_string(value))
    if value is None or cls is bool:
        return _CONSTANTS[value]
    if cls is int:
        return int.__repr__(value)  # what json writes for an int
    return json_text(_encode(value))


def _strings(value: list[Any] | tuple[Any, ...], pad: str) -> str | None:
    """A list of strings (rule ids, the bulk of a large report: drafts of one kind repeat
    them) as ``_indented`` writes it, from a cache; None for a list holding anything else. The
    cache is looked up first: a tuple holding anything but strings equals no key in it."""
    try:
        key = (tuple(value), pad)
        text = _LISTS.get(key)
    except TypeError:  # something unhashable in the list: not a list of strings
        return None
    if text is None and all(item.__class__ is str for item in value):
        inner = pad + "  "
        text = json_text(f"[\n{inner}" + f",\n{inner}".join(map(_string, value)) + f"\n{pad}]")
        if len(_LISTS) >= 1024:
            _LISTS.clear()
        _LISTS[key] = text
    return text


def _dumps(value: Any, level: int) -> str:
    return _indented(value, "  " * level)


@register("json")
def render(report: Report, options: RenderOptions) -> Iterator[str]:
    """The same document as ``json.dumps(report_dict(report), indent=2)``, written file by
    file: memory does not grow with the size of the report text."""
    yield "{\n"
    for key, value in _head(report).items():
        yield f"  {json.dumps(key)}: {_dumps(value, 1)},\n"
    yield '  "files": ['
    for index, entry in enumerate(file_entries(report)):
        yield ("," if index else "") + "\n    " + _entry_text(entry)
    yield "\n  ]" if report.files or report.findings else "]"
    problems = [problem.model_dump(mode="json") for problem in report.problems]
    yield f',\n  "input_errors": {_dumps(problems, 1)}\n}}\n'
