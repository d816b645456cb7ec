"""A document file to a ``LoadedDraft``: read, normalise, extract, validate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from govcheck.documents.extract import extract, municipality
from govcheck.documents.extraction import Extraction, snippet
from govcheck.documents.kommun import detect_kommun
from govcheck.documents.normalize import normalise, publisher_titles
from govcheck.documents.reader import DOCUMENT_SUFFIXES, Line, read_document
from govcheck.documents.vocabulary import Vocabulary, load_vocabulary
from govcheck.drafts import LoadedDraft, ReadingNote, iso_dates, path_text, toml_values
from govcheck.errors import InputError
from govcheck.i18n import t
from govcheck.models import Draft

__all__ = ["DOCUMENT_SUFFIXES", "extract_file", "extracted_toml", "load_document"]

Roots = Sequence[Path] | Path | None


def extract_file(
    path: Path,
    default_kommun: str | None = None,
    rules: Roots = None,
    vocabulary: Vocabulary | None = None,
    lines: list[Line] | None = None,
) -> Extraction:
    """Read a document (or ``lines`` already read from it, e.g. from an upload). Its
    municipality is the one the document names (letterhead, e-mail domain, diarienummer);
    ``default_kommun`` only fills in when the document names none."""
    vocabulary = vocabulary or load_vocabulary(rules)
    raw = read_document(path) if lines is None else lines
    lines, headers = normalise(raw, vocabulary)
    if not lines:
        raise InputError(str(path), t("doc_no_text"))
    evidence = municipality(lines, vocabulary, by_number=default_kommun is None)
    if evidence is None:
        # The publisher's name for the document ("ÅTVIDABERGS KOMMUN SAMMANTRÄDESPROTOKOLL …"),
        # when the text kept names no municipality.
        titles = [Line(title, 0) for title in publisher_titles(raw, vocabulary)]
        evidence = detect_kommun(titles, vocabulary) if titles else None
    kommun = evidence.kommun if evidence else default_kommun
    own = vocabulary.for_kommun(kommun)
    if own is not vocabulary:
        # Read again with the municipality's own headings and labels.
        lines, headers = normalise(raw, own)
    result = extract(lines, own, headers, default_kommun, evidence, publisher_titles(raw, own))
    _place_text_values(result, lines)
    return result


#: The whole-text checks' counts, each with the value that shows what was found: the first
#: item shown is looked for in the text, so a finding can say where it stands.
_SHOWN = {
    "antal_platshallare": ("platshallare", ", "),
    "antal_felstavade_organ": ("felstavade_organ", " (menade du"),
    "antal_organ_med_olika_namn": ("organ_med_olika_namn", " / "),
}


def _place_text_values(result: Extraction, lines: Sequence[Line]) -> None:
    """The line, page and a quote around the first thing each whole-text check found."""
    for count, (key, separator) in _SHOWN.items():
        shown = result.text_values.get(key)
        if not result.text_values.get(count) or not isinstance(shown, str):
            continue
        first = shown.split(separator, 1)[0].strip().rstrip("…]").strip()
        if not first:
            continue
        wanted = first.casefold()
        for line in lines:
            at = line.text.casefold().find(wanted)
            if at < 0:
                continue
            result.lines[count] = line.line
            if line.page is not None:
                result.pages[count] = line.page
            result.snippets[count] = snippet(line.text[max(0, at - 20) : at + len(first) + 30])
            break


def _drop(data: dict[str, Any], loc: tuple[int | str, ...]) -> None:
    target: Any = data
    for part in loc[:-1]:
        target = target[part]
    if isinstance(target, dict):
        target.pop(loc[-1], None)
    elif isinstance(target, list):
        del target[int(loc[-1])]


def validated(result: Extraction, name: str) -> Draft:
    """Validate what was read; a value the model refuses is dropped and said, not guessed."""
    data = iso_dates(result.data)
    for _ in range(50):
        try:
            return Draft.model_validate(data)
        except ValidationError as exc:
            error = exc.errors()[0]
            loc = tuple(error["loc"])
            if not loc or loc[0] in {"kommun", "typ"}:
                detail = error["msg"]
                raise InputError(name, t("doc_not_understood_detail", detail=detail)) from None
            key = path_text(loc)
            result.problem(key, f"värdet för {key} kunde inte tolkas ({error['msg']})")
            result.status[key] = "unreadable"
            _drop(data, loc)
    raise InputError(name, t("doc_not_understood"))


def load_document(
    path: Path,
    default_kommun: str | None = None,
    rules: Roots = None,
    lines: list[Line] | None = None,
) -> LoadedDraft:
    result = extract_file(path, default_kommun, rules, lines=lines)
    draft = validated(result, str(path))
    notes = tuple(
        ReadingNote(
            path=key,
            message=message,
            line=line.line if line else None,
            page=line.page if line else None,
            snippet=snippet(line.text) if line and line.text else None,
            status=status,
        )
        for (key, message, line), status in zip(result.problems, result.problem_status, strict=True)
    )
    return LoadedDraft(
        draft=draft,
        file=str(path),
        lines=result.lines,
        pages=result.pages,
        notes=notes,
        empty_fields=tuple(result.empty_fields),
        field_status=dict(result.status),
        inferred_datum=result.inferred.get("datum"),
        snippets=dict(result.snippets),
        paragraphs=path.suffix.lower() == ".docx",
        text_values=dict(result.text_values),
    )


def extracted_toml(path: Path, default_kommun: str | None = None, rules: Roots = None) -> str:
    """The draft read from a document, as TOML a user can correct and validate again. What
    could not be read is listed at the top, so nothing silently goes missing."""
    import tomli_w

    result = extract_file(path, default_kommun, rules)
    draft = validated(result, str(path))
    data = draft.model_dump(mode="python", exclude_none=True, exclude_defaults=True)
    data = {"kommun": draft.kommun, "typ": draft.typ.value, **data}
    header = t("extract_header", name=path.name).splitlines()
    if "datum" in result.inferred:
        header.append(t("extract_inferred_date", date=result.inferred["datum"]))
    if result.problems:
        header.append(t("extract_unread"))
        header.extend(f"#   {key}: {message}" for key, message, _ in result.problems)
    return "\n".join(header) + "\n" + tomli_w.dumps(toml_values(data))
