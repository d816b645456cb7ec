#!/usr/bin/env python3
"""Render corpus documents (.txt) as Word and PDF files laid out like the real templates.

    python scripts/render_corpus.py [--out .cache/corpus] [--forms docx,pdf] FILE.txt …

Word: the document's first line (the letterhead: municipality, administration) stands in the
page header (``section.header``), the other header lines (Datum, Vår referens, Dnr, …) in a
two-column header table, the title below it and the body as paragraphs. PDF: the letterhead on
every page, the header lines in two columns side by side, the title in full width (wrapped
when long), the body wrapped to the page, page numbers in the footer. The text is the .txt's,
line by line: nothing is added or corrected, so the same fields can be read from every form.

Generated at test and benchmark time into a cache folder; never committed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from govcheck.documents.vocabulary import Vocabulary, load_vocabulary  # noqa: E402

FONT = "Vera"
_FONT_READY = False


def _font() -> None:
    global _FONT_READY
    if _FONT_READY:
        return
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(
        TTFont(FONT, os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf"))
    )
    _FONT_READY = True


def _safe(text: str) -> str:
    # Private-use glyphs (Word bullets) and controls have no shape in any font.
    return "".join(
        "-" if 0xE000 <= ord(ch) <= 0xF8FF else (" " if ord(ch) < 32 and ch != "\n" else ch)
        for ch in text
    )


def layout(text: str, vocabulary: Vocabulary) -> tuple[str, list[str], str, list[str]]:
    """(letterhead, header lines, title, body lines) of a document's text: the header is what
    stands before the first section heading (at most 14 lines), its last long line the title."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "", [], "", []
    first_heading = next(
        (
            index
            for index, line in enumerate(lines)
            if len(line) <= 80 and vocabulary.section(line) is not None
        ),
        len(lines),
    )
    if first_heading > 15 or first_heading == len(lines) or len(lines[0]) > 300:
        return "", [], "", lines  # no template header to lay out (a flattened transcript)
    letterhead, header = lines[0], lines[1:first_heading]
    title = ""
    if header and len(header[-1]) > 40:
        title = header.pop()
    return letterhead, header, title, lines[first_heading:]


def write_docx(text: str, target: Path, vocabulary: Vocabulary) -> Path:
    import docx

    letterhead, header, title, body = layout(_safe(text), vocabulary)
    document = docx.Document()
    if letterhead:
        document.sections[0].header.paragraphs[0].text = letterhead
    if header:
        half = (len(header) + 1) // 2
        left, right = header[:half], header[half:]
        table = document.add_table(rows=half, cols=2)
        for row in range(half):
            table.cell(row, 0).text = left[row]
            table.cell(row, 1).text = right[row] if row < len(right) else ""
    if title:
        document.add_paragraph(title)
    for line in body:
        document.add_paragraph(line)
    document.save(str(target))
    return target


def write_pdf(text: str, target: Path, vocabulary: Vocabulary) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    _font()
    letterhead, header, title, body = layout(_safe(text), vocabulary)
    pdf = canvas.Canvas(str(target), pagesize=A4)
    width, height = A4
    state = {"page": 1, "y": height - 60.0}

    def furniture() -> None:
        pdf.setFont(FONT, 8)
        if letterhead:
            pdf.drawString(50, height - 30, letterhead[:90])
        pdf.drawString(width - 100, 30, f"Sida {state['page']}")
        pdf.setFont(FONT, 10)

    def new_page() -> None:
        pdf.showPage()
        state["page"] += 1
        furniture()
        state["y"] = height - 60.0

    def draw(line: str, x: float = 50, size: float = 10) -> None:
        if state["y"] < 60:
            new_page()
        pdf.setFont(FONT, size)
        pdf.drawString(x, state["y"], line)
        state["y"] -= size * 1.3

    furniture()
    if header:
        # Two columns side by side: the left half of the header lines and the right half.
        half = (len(header) + 1) // 2
        columns = (header[:half], header[half:])
        column_width = (width - 100) / 2 - 10
        top = state["y"]
        bottoms = []
        for number, column in enumerate(columns):
            state["y"] = top
            for line in column:
                for part in simpleSplit(line, FONT, 10, column_width) or [""]:
                    draw(part, x=50 + number * (column_width + 20))
            bottoms.append(state["y"])
        state["y"] = min(bottoms) - 14
    if title:
        # The title in larger type over the text width: a long one wraps.
        for part in simpleSplit(title, FONT, 14, width - 160):
            draw(part, size=14)
        state["y"] -= 8
    for paragraph in body:
        for part in simpleSplit(paragraph, FONT, 10, width - 100) or [""]:
            draw(part)
    pdf.save()
    return target


def render_all(
    sources: Sequence[Path], out: Path, forms: Sequence[str] = ("docx", "pdf")
) -> dict[tuple[str, str], Path]:
    """Render each source in each form into ``out`` (kept while newer than the source and
    this script). Returns (source stem, form) -> rendered file."""
    out.mkdir(parents=True, exist_ok=True)
    vocabulary = load_vocabulary()
    newest_code = max(Path(__file__).stat().st_mtime, 0.0)
    rendered: dict[tuple[str, str], Path] = {}
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for form in forms:
            target = out / f"{source.stem}.{form}"
            fresh = target.is_file() and target.stat().st_mtime >= max(
                source.stat().st_mtime, newest_code
            )
            if not fresh:
                writer = write_docx if form == "docx" else write_pdf
                writer(text, target, vocabulary)
            rendered[(source.stem, form)] = target
    return rendered


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / ".cache" / "corpus")
    parser.add_argument("--forms", default="docx,pdf")
    args = parser.parse_args(argv)
    forms = [f for f in re.split(r"[,\s]+", args.forms) if f in {"docx", "pdf"}]
    for (stem, form), path in sorted(render_all(args.files, args.out, forms).items()):
        print(f"{stem} {form}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
