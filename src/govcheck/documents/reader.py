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
#: Pages read with word positions (the case document's header and body); the rest as text.
LAYOUT_PAGES = 40
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
    for member in archive.namelist():
        if member.startswith("word/") and member.endswith(".xml"):
            xml = archive.read(member)
            if b"<!ENTITY" in xml or b"<!DOCTYPE" in xml:
                raise InputError(name, "Word-filen deklarerar XML-entiteter; den öppnas inte")
    import docx  # python-docx; imported here so plain drafts never pay for it

    try:
        document = docx.Document(io.BytesIO(raw))
        header = _docx_page_header(document)
        blocks = _docx_blocks(document.element.body, document)
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds for broken files
        raise InputError(name, f"Word-filen kan inte läsas: {type(exc).__name__}") from None
    lines: list[Line] = []
    # The page header (Datum, Vår referens, the logo's text) comes first, as a reader sees it;
    # its position is "paragraph 0" (it is no paragraph of the body).
    for block in header:
        for text in block.splitlines() or [""]:
            lines.append(Line(text, 0))
    for number, block in enumerate(blocks, start=1):
        for text in block.splitlines() or [""]:
            lines.append(Line(text, number))
    return lines


def _docx_page_header(document: Any) -> list[str]:
    """The text of the first section's page header (first-page header when it has one):
    paragraphs and header tables, in order."""
    if not document.sections:
        return []
    section = document.sections[0]
    parts: list[Any] = []
    if section.different_first_page_header_footer:
        parts.append(section.first_page_header)
    parts.append(section.header)
    out: list[str] = []
    for part in parts:
        if part.is_linked_to_previous and part is not section.header:
            continue
        out.extend(_docx_blocks(part._element, part))
    return [text for text in out if text.strip()]


def _docx_blocks(container: Any, parent: Any) -> list[str]:
    """Paragraphs and table cells in document order. A header table (a first row of short
    labels: Datum | Vår referens) is read column by column, so that each label is followed by
    its value, as the eye reads it; other tables row by row."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, parent).text)
        elif tag == "tbl":
            table = Table(child, parent)
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            width = max((len(row) for row in rows), default=0)
            header_like = (
                rows and len(rows) <= 6 and all(len(cell) <= 40 for cell in rows[0]) and width >= 2
            )
            if header_like:
                for column in range(width):
                    above = None
                    for row in rows:
                        if column < len(row) and row[column] != above:  # merged cells repeat
                            blocks.append(row[column])
                        above = row[column] if column < len(row) else None
            else:
                for row in rows:
                    previous = None
                    for cell in row:
                        if cell != previous:  # merged cells repeat their text
                            blocks.append(cell)
                        previous = cell
    return blocks


def _pdf_lines(raw: bytes, name: str) -> list[Line]:
    """Text with word positions (pdfminer.six's layout analysis): words are grouped into
    lines and lines into text boxes by position, so a two-column header ("Datum" over
    "2015-08-21" beside "Tjänsteskrivelse") reads column by column and a title wrapped over
    two lines stays together. Each line keeps its page and its line number as the eye counts
    it on the page (rows from the top)."""
    import pypdf
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs ("EOF marker not found") to stderr; govcheck says it once.
    for logger in ("pypdf", "pdfminer"):
        quiet = logging.getLogger(logger)
        quiet.propagate = False
        if not quiet.handlers:
            quiet.addHandler(logging.NullHandler())

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise InputError(name, "PDF-filen är krypterad; spara en okrypterad version")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(name, f"PDF-filen har fler än {MAX_PDF_PAGES} sidor")
        lines = _pdf_layout_lines(raw)
        # Layout analysis costs about a tenth of a second a page: the pages after the first
        # LAYOUT_PAGES (appendices, long reports) are read as plain text, so that a long
        # document's time stays in proportion to its size.
        for page_number, page in enumerate(reader.pages, start=1):
            if page_number <= LAYOUT_PAGES:
                continue
            text = page.extract_text() or ""
            for line_number, text_line in enumerate(text.splitlines(), start=1):
                lines.append(Line(text_line, line_number, page_number))
    except InputError:
        raise
    except PdfReadError:
        raise InputError(
            name, "PDF-filen är trasig eller ofullständig och kan inte läsas"
        ) from None
    except Exception as exc:  # PDF libraries raise many kinds on hostile files; none may escape
        raise InputError(
            name, f"PDF-filen är trasig och kan inte läsas ({type(exc).__name__})"
        ) from None
    if not any(line.text.strip() for line in lines):
        raise InputError(name, "PDF-filen innehåller ingen text (skannad bild?)")
    return lines


#: How far short of its box's right edge a line may end and still count as wrapped (points).
_WRAP_SLACK = 25.0
#: Only a box this wide (points) holds wrapped text; a narrower one is a header column of
#: labels and values, one a line.
_WRAP_MIN_WIDTH = 200.0


def _pdf_layout_lines(raw: bytes) -> list[Line]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine

    params = LAParams(line_margin=0.6, char_margin=2.5, word_margin=0.1, boxes_flow=0.5)
    lines: list[Line] = []
    for page_number, page in enumerate(
        extract_pages(io.BytesIO(raw), laparams=params, maxpages=LAYOUT_PAGES), start=1
    ):
        found: list[tuple[str, float]] = []
        for element in page:
            if isinstance(element, LTTextBox):
                boxed = [item for item in element if isinstance(item, LTTextLine)]
                right = max((item.x1 for item in boxed), default=0.0)
                text, top = "", None
                for item in boxed:
                    piece = item.get_text().rstrip("\n")
                    text = f"{text} {piece}".strip() if text else piece
                    top = item.y1 if top is None else top
                    # A line that runs to the box's right edge was wrapped: the next line
                    # continues it (a wrapped title, a paragraph); a shorter one ends there.
                    slack = max(_WRAP_SLACK, 0.25 * element.width)  # a long word moves down
                    wrapped = element.width > _WRAP_MIN_WIDTH and item.x1 >= right - slack
                    if not wrapped or item is boxed[-1]:
                        found.append((text, top))
                        text, top = "", None
            elif isinstance(element, LTTextLine):
                found.append((element.get_text().rstrip("\n"), element.y1))
        # The line number a person counts: rows from the top of the page (a tolerance of a
        # few points puts the two columns of one row on one line).
        heights = sorted({round(top / 4) for _, top in found}, reverse=True)
        rank = {row: index for index, row in enumerate(heights, start=1)}
        for text, top in found:
            lines.append(Line(text, rank[round(top / 4)], page_number))
    return lines
