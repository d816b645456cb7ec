"""Turn a document file into numbered lines: (page, line, text).

Defensive by design: a document is untrusted input. Files are size-limited; a .docx is a zip
whose members are checked for size and compression ratio before anything is decompressed, and
its XML is parsed without resolving entities or fetching anything; an encrypted or broken PDF
is an input error, not a crash.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govcheck.errors import InputError

MAX_DOCUMENT_BYTES = 20_000_000
MAX_UNZIPPED_BYTES = 60_000_000
MAX_COMPRESSION_RATIO = 200
MAX_PDF_PAGES = 500
DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")


@dataclass(frozen=True)
class Line:
    text: str
    line: int
    page: int | None = None


def read_document(path: Path, raw: bytes | None = None) -> list[Line]:
    """The lines of the document at ``path``; with ``raw``, of those bytes (an upload held in
    memory, never written to disk), ``path`` then only naming it and giving its type."""
    name = str(path)
    try:
        size = path.stat().st_size if raw is None else len(raw)
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(
                name, f"dokumentet är för stort ({size} byte; högst {MAX_DOCUMENT_BYTES})"
            )
        raw = path.read_bytes() if raw is None else raw
    except OSError as exc:
        raise InputError(name, f"kan inte läsa filen: {exc.strerror or exc}") from None
    if not raw.strip():
        raise InputError(name, "filen är tom")
    suffix = path.suffix.lower()
    if suffix in {".txt", ".md"}:
        return _text_lines(raw, name)
    if suffix == ".docx":
        return _docx_lines(raw, name)
    if suffix == ".pdf":
        return _pdf_lines(raw, name)
    raise InputError(name, f"filtypen {suffix} stöds inte")


def _text_lines(raw: bytes, name: str) -> list[Line]:
    if b"\x00" in raw[:4096]:
        raise InputError(name, "filen är binär, inte text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Exported municipal text is sometimes Windows-1252; accept it, but only when it
        # decodes cleanly and looks like text.
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"filen är inte UTF-8-kodad text (byte {exc.start})") from None
    text = text.removeprefix("\ufeff")
    return [Line(t, n) for n, t in enumerate(text.splitlines(), start=1)]


def _check_zip(raw: bytes, name: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise InputError(name, "Word-filen är skadad (inte ett giltigt .docx-arkiv)") from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNZIPPED_BYTES or ratio > MAX_COMPRESSION_RATIO:
            raise InputError(
                name,
                "Word-filen packas upp till orimligt mycket data "
                "(möjlig zip-bomb); den öppnas inte",
            )
    if "word/document.xml" not in archive.namelist():
        raise InputError(name, "Word-filen saknar dokumentinnehåll (word/document.xml)")
    return archive


def _docx_lines(raw: bytes, name: str) -> list[Line]:
    archive = _check_zip(raw, name)
    xml = archive.read("word/document.xml")
    if b"<!ENTITY" in xml or b"<!DOCTYPE" in xml:
        raise InputError(name, "Word-filen deklarerar XML-entiteter; den öppnas inte")
    import docx  # python-docx; imported here so plain drafts never pay for it

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many kinds for broken files
        raise InputError(name, f"Word-filen kan inte läsas: {type(exc).__name__}") from None
    lines: list[Line] = []
    number = 0
    for block in _docx_blocks(document):
        for text in block.splitlines() or [""]:
            number += 1
            lines.append(Line(text, number))
    return lines


def _docx_blocks(document: Any) -> list[str]:
    """Paragraphs and table cells in document order (tables hold header fields in templates)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    blocks.append(cell.text)
    return blocks


def _pdf_lines(raw: bytes, name: str) -> list[Line]:
    import pypdf
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs ("EOF marker not found") to stderr; govcheck says it once.
    quiet = logging.getLogger("pypdf")
    quiet.propagate = False
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise InputError(name, "PDF-filen är krypterad; spara en okrypterad version")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(name, f"PDF-filen har fler än {MAX_PDF_PAGES} sidor")
        lines: list[Line] = []
        for page_number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            for line_number, text_line in enumerate(text.splitlines(), start=1):
                lines.append(Line(text_line, line_number, page_number))
    except InputError:
        raise
    except PdfReadError:
        raise InputError(
            name, "PDF-filen är trasig eller ofullständig och kan inte läsas"
        ) from None
    except Exception as exc:  # pypdf raises many kinds on hostile files; none may escape
        raise InputError(
            name, f"PDF-filen är trasig och kan inte läsas ({type(exc).__name__})"
        ) from None
    if not any(line.text.strip() for line in lines):
        raise InputError(name, "PDF-filen innehåller ingen text (skannad bild?)")
    return lines
