"""Turn a document file into numbered lines: (page, line, text).

Defensive by design: a document is untrusted input. Files are size-limited; a .docx is a zip
whose members are checked for size and compression ratio before anything is decompressed, and
its XML is parsed without resolving entities or fetching anything; an encrypted or broken PDF
is an input error, not a crash.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govcheck.errors import InputError
from govcheck.i18n import t
from govcheck.safe_io import FileRefused, read_bytes

MAX_DOCUMENT_BYTES = 20_000_000
MAX_UNZIPPED_BYTES = 60_000_000
MAX_COMPRESSION_RATIO = 200
MAX_PDF_PAGES = 500
#: The most text one document may hold (about 120 pages): reading and checking cost a few
#: microseconds a character, so the check of any accepted document ends within seconds.
MAX_TEXT_CHARS = 300_000
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
    if raw is None:
        try:  # a regular file of bounded size, opened without blocking (gate: safe_io)
            raw = read_bytes(path, MAX_DOCUMENT_BYTES)
        except FileRefused as refused:
            raise InputError(name, refused.text()) from None
    elif len(raw) > MAX_DOCUMENT_BYTES:
        raise InputError(name, t("too_large", size=len(raw), limit=MAX_DOCUMENT_BYTES))
    if not raw.strip():
        raise InputError(name, t("empty_file"))
    suffix = path.suffix.lower()
    if suffix in {".txt", ".md"}:
        lines = _text_lines(raw, name)
    elif suffix == ".docx":
        lines = _docx_lines(raw, name)
    elif suffix == ".pdf":
        lines = _pdf_lines(raw, name)
    else:
        raise InputError(name, t("doc_type_unsupported", suffix=suffix))
    size = sum(len(line.text) + 1 for line in lines)
    if size > MAX_TEXT_CHARS:
        raise InputError(name, t("document_text_too_long", limit=MAX_TEXT_CHARS))
    return lines


def _utf16_without_mark(raw: bytes) -> bytes:
    """UTF-16 saved without a byte-order mark (Windows tools do): text of Latin letters has a
    zero byte in every other place. Given a mark, so that it is read as UTF-16; anything else
    is returned as it was."""
    head = raw[:4096]
    if len(head) < 8 or len(head) % 2:
        return raw
    odd, even = head[1::2], head[0::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return b"\xff\xfe" + raw  # little-endian
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return b"\xfe\xff" + raw  # big-endian
    return raw


def _text_lines(raw: bytes, name: str) -> list[Line]:
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = _utf16_without_mark(raw)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(name, t("not_utf8", position=exc.start)) from None
    if b"\x00" in raw[:4096]:
        raise InputError(name, t("doc_binary"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Exported municipal text is sometimes Windows-1252; accept it, but only when it
        # decodes cleanly and looks like text.
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(name, t("not_utf8", position=exc.start)) from None
    text = text.removeprefix("\ufeff")
    return [Line(t, n) for n, t in enumerate(text.splitlines(), start=1)]


def _check_zip(raw: bytes, name: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise InputError(name, t("docx_not_zip")) from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNZIPPED_BYTES or ratio > MAX_COMPRESSION_RATIO:
            raise InputError(name, t("docx_zip_bomb"))
    if "word/document.xml" not in archive.namelist():
        raise InputError(name, t("docx_no_body"))
    return archive


#: Declarations refused in any encoding an XML parser accepts (UTF-8, UTF-16, UTF-32).
_DECLARATIONS = tuple(
    word.encode(codec)
    for word in ("<!ENTITY", "<!DOCTYPE")
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
#: Word tables have at most 63 columns; a larger span is a hostile file (python-docx would
#: expand it cell by cell).
MAX_GRID_SPAN = 64
_GRID_SPAN = re.compile(rb"gridSpan\b[^>]{0,100}?val\s*=\s*[\"']\s*\+?0*([0-9]{3,})")


def _docx_lines(raw: bytes, name: str) -> list[Line]:
    archive = _check_zip(raw, name)
    for member in archive.namelist():
        if member.startswith("word/") and member.endswith(".xml"):
            try:
                xml = archive.read(member)
            except Exception:  # bad CRC, encrypted member, unknown compression, truncated data
                raise InputError(name, t("docx_broken_member")) from None
            if any(declaration in xml for declaration in _DECLARATIONS):  # in any encoding
                raise InputError(name, t("docx_entities"))
            if any(int(found) > MAX_GRID_SPAN for found in _GRID_SPAN.findall(xml)):
                raise InputError(name, t("docx_table_too_wide", limit=MAX_GRID_SPAN))
    import docx  # python-docx; imported here so plain drafts never pay for it

    try:
        document = docx.Document(io.BytesIO(raw))
        header = _docx_page_header(document)
        blocks = _docx_blocks(document.element.body, document)
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds for broken files
        raise InputError(name, t("docx_unreadable", detail=type(exc).__name__)) from None
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
            raise InputError(name, t("pdf_encrypted"))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(name, t("pdf_too_many_pages", limit=MAX_PDF_PAGES))
        budget = _PdfBudget(len(raw))  # before any page is laid out or read
        for page in reader.pages:
            budget.content(page, name)
        lines = _pdf_layout_lines(raw)
        size = sum(len(line.text) + 1 for line in lines)
        # Layout analysis costs about a tenth of a second a page: the pages after the first
        # LAYOUT_PAGES (appendices, long reports) are read as plain text, so that a long
        # document's time stays in proportion to its size.
        for page_number, page in enumerate(reader.pages, start=1):
            if page_number <= LAYOUT_PAGES:
                continue
            text = page.extract_text(visitor_operand_before=budget.operation) or ""
            size += len(text) + 1
            if size > MAX_TEXT_CHARS:  # said at once: the pages after it are not read
                raise InputError(name, t("document_text_too_long", limit=MAX_TEXT_CHARS))
            for line_number, text_line in enumerate(text.splitlines(), start=1):
                lines.append(Line(text_line, line_number, page_number))
    except InputError:
        raise
    except _TooComplex:
        raise InputError(name, t("pdf_too_complex")) from None
    except PdfReadError:
        raise InputError(name, t("pdf_broken")) from None
    except Exception as exc:  # PDF libraries raise many kinds on hostile files; none may escape
        raise InputError(name, t("pdf_broken_detail", detail=type(exc).__name__)) from None
    if not any(line.text.strip() for line in lines):
        raise InputError(name, t("pdf_no_text"))
    return lines


class _TooComplex(Exception):
    """A PDF whose pages ask for far more work than its size explains."""


class _PdfBudget:
    """Keeps the work of reading a PDF linear in its size. Pages may share one content stream
    and a content stream may repeat a form: a 70 kB file declaring 500 pages over one large
    stream would take hours. The decoded content of all pages together, counted once per page
    that uses it, and the operations the text extraction visits are bounded by a multiple of
    the file's size (legitimate PDFs stay far below: about 0.5 operations and 10 decoded bytes
    per byte of file)."""

    BYTES_PER_BYTE = 50
    OPERATIONS_PER_BYTE = 5
    FLOOR = 1_000_000

    def __init__(self, size: int) -> None:
        self.content_left = self.FLOOR + self.BYTES_PER_BYTE * size
        self.operations_left = self.FLOOR // 10 + self.OPERATIONS_PER_BYTE * size
        self._sizes: dict[object, int] = {}

    def content(self, page: Any, name: str) -> None:
        contents = page.get("/Contents")
        if contents is None:
            return
        items = contents if isinstance(contents, list) else [contents]
        for item in items:
            key = (getattr(item, "idnum", None), getattr(item, "generation", None), id(item))
            if key[0] is not None:
                key = (key[0], key[1], 0)
            if key not in self._sizes:
                stream = item.get_object() if hasattr(item, "get_object") else item
                data = stream.get_data() if hasattr(stream, "get_data") else b""
                self._sizes[key] = len(data)
            self.content_left -= self._sizes[key]
            if self.content_left < 0:
                raise _TooComplex

    def operation(self, *_: Any) -> None:
        self.operations_left -= 1
        if self.operations_left < 0:
            raise _TooComplex


#: How far short of its box's right edge a line may end and still count as wrapped (points).
_WRAP_SLACK = 25.0
#: Only a box this wide (points) holds wrapped text; a narrower one is a header column of
#: labels and values, one a line.
_WRAP_MIN_WIDTH = 200.0


#: Above this many text boxes on a page, pdfminer's ordering of the boxes into columns (work
#: quadratic in their number: 20 s for one hostile page of 3.5 KB with 900 boxes) is skipped
#: and the boxes are read top to bottom, left to right. A page of a real case document has a
#: few dozen.
FLOW_PAGE_BOXES = 200


def _layout_pages(raw: bytes, params: Any) -> Iterator[Any]:
    """pdfminer's pages with their layout (as ``extract_pages``), the column analysis bounded
    per page by ``FLOW_PAGE_BOXES``."""
    import copy

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    plain = copy.copy(params)
    plain.boxes_flow = None

    class _Bounded(PDFPageAggregator):
        def end_page(self, page: Any) -> None:
            # The boxes the page will have (a linear step, done again by the analysis).
            chars = [item for item in self.cur_item if isinstance(item, LTChar)]
            lines = [x for x in self.cur_item.group_objects(params, chars) if not x.is_empty()]
            boxes = sum(1 for _ in self.cur_item.group_textlines(params, lines))
            self.laparams = plain if boxes > FLOW_PAGE_BOXES else params
            super().end_page(page)

    resources = PDFResourceManager(caching=True)
    device = _Bounded(resources, laparams=params)
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.get_pages(io.BytesIO(raw), maxpages=LAYOUT_PAGES, caching=True):
        interpreter.process_page(page)
        yield device.get_result()


def _pdf_layout_lines(raw: bytes) -> list[Line]:
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine

    params = LAParams(line_margin=0.6, char_margin=2.5, word_margin=0.1, boxes_flow=0.5)
    lines: list[Line] = []
    for page_number, page in enumerate(_layout_pages(raw, params), start=1):
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
