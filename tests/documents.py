"""Word and PDF versions of the seed documents, generated for the tests (python-docx and
reportlab), so that every format is tested on the same content."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "Vera"
pdfmetrics.registerFont(
    TTFont(FONT, os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf"))
)


def _pdf_safe(text: str) -> str:
    # Word's private-use bullet glyphs (U+F0B7 …) have no shape in any font.
    return "".join("-" if 0xE000 <= ord(ch) <= 0xF8FF else ch for ch in text)


def write_docx(text: str, target: Path) -> Path:
    document = docx.Document()
    for paragraph in text.split("\n"):
        document.add_paragraph(paragraph)
    document.save(str(target))
    return target


def write_pdf(text: str, target: Path, header: str = "Malmö stad") -> Path:
    """One line per paragraph, wrapped to the page, with a header and a page-numbered footer
    repeated on every page (as published PDFs have)."""
    pdf = canvas.Canvas(str(target), pagesize=A4)
    width, height = A4
    page = 1

    def furniture() -> None:
        pdf.setFont(FONT, 8)
        pdf.drawString(50, height - 30, header)
        pdf.drawString(width - 100, 30, f"Sida {page}")
        pdf.setFont(FONT, 10)

    furniture()
    y = height - 60
    for paragraph in _pdf_safe(text).split("\n"):
        for line in simpleSplit(paragraph, FONT, 10, width - 100) or [""]:
            if y < 60:
                pdf.showPage()
                page += 1
                furniture()
                y = height - 60
            pdf.drawString(50, y, line)
            y -= 13
    pdf.save()
    return target
