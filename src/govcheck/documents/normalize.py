"""Cleaning extracted lines: page headers and footers, hyphenation, flattened text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from govcheck.documents.reader import Line

#: Section headings in each municipality's template order. Text whose line breaks were lost is
#: re-split at them, each heading searched for after the previous one (so the word "Ärendet"
#: in a summary is not taken for the heading); the order that finds more headings wins.
MALMO_ORDER = (
    "Datum",
    "Vår referens",
    "Sammanfattning",
    "Förslag till beslut",
    "Beslutsunderlag",
    "Beslutsplanering",
    "Beslutet skickas till",
    "Ärendet",
    "Ansvariga",
)
GOTEBORG_ORDER = (
    "Tjänsteutlåtande",
    "Utfärdat",
    "Diarienummer",
    "Handläggare",
    "Förslag till beslut",
    "Sammanfattning",
    "Bedömning ur ekonomisk dimension",
    "Bedömning ur ekologisk dimension",
    "Bedömning ur social dimension",
    "Ärendet",
    "Beskrivning av ärendet",
)
ORDERED_HEADINGS = tuple(dict.fromkeys(MALMO_ORDER + GOTEBORG_ORDER))
INLINE_LABELS = {"Utfärdat", "Diarienummer", "Datum", "Vår referens", "Handläggare"}

_PAGE_NUMBER = re.compile(r"\d+")
#: Unicode's categories Cc (controls, but the tab) and Co (private use), as one pattern: the
#: same characters as asking unicodedata.category of each, some fifty times faster on a long
#: document (linear either way).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # Private-use glyphs (Word bullets such as U+F0B7) and other invisible controls go.
    text = _INVISIBLE.sub(" ", text)
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("**", "")
    return re.sub(r" {2,}", "  ", text).strip()


def drop_repeated(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Remove page headers/footers: short lines repeated (up to page numbers) three or more
    times. Returns the kept lines and the first occurrence of each removed one."""
    keys = [_PAGE_NUMBER.sub("#", line.text.strip()) for line in lines]
    counts = Counter(key for key in keys if key)
    repeated = {key for key, count in counts.items() if count >= 3 and len(key) < 200}
    kept: list[Line] = []
    first: dict[str, Line] = {}
    for line, key in zip(lines, keys, strict=True):
        if key in repeated:
            first.setdefault(key, line)
        else:
            kept.append(line)
    return kept, list(first.values())


def join_hyphenation(lines: list[Line]) -> list[Line]:
    """'kommunge-' + 'mensam' becomes 'kommungemensam' (the first line's position is kept);
    'IT- och' stays as it is."""
    # Parts are gathered and joined once: joining line by line copies the growing text each
    # time, quadratic over a run of hyphenated lines.
    out: list[Line] = []
    parts: list[str] = []
    tail = ""  # the last two characters of the line being built
    for line in lines:
        if parts and re.search(r"[a-zåäö]-$", tail) and re.match(r"[a-zåäö]", line.text):
            parts[-1] = parts[-1][:-1]
            parts.append(line.text)
            tail = (tail[:-1] + line.text)[-2:]
            continue
        if parts:
            out[-1] = Line("".join(parts), out[-1].line, out[-1].page)
        out.append(line)
        parts = [line.text]
        tail = line.text[-2:]
    if parts:
        out[-1] = Line("".join(parts), out[-1].line, out[-1].page)
    return out


def is_flattened(lines: list[Line]) -> bool:
    """Text whose line breaks were lost: few lines carry almost all of the text."""
    text_lines = [line for line in lines if line.text.strip()]
    if not text_lines:
        return False
    longest = max(len(line.text) for line in text_lines)
    total = sum(len(line.text) for line in text_lines)
    return len(text_lines) <= 5 and longest > 1500 and longest > 0.8 * total


_SPLIT_BEFORE = re.compile(
    r"\s+(?=(?:\d+\.\s+[A-ZÅÄÖ])|(?:[-•]\s+[A-ZÅÄÖ])|(?:Telefon:)|(?:E-post:))"
)
_DATED_STEP = re.compile(r"(?<=\d{4}-\d{2}-\d{2})\s+(?=[A-ZÅÄÖ])")


def unflatten(lines: list[Line]) -> list[Line]:
    """Re-split a one-line document at its headings (in template order), list markers and
    dated steps, so the same extraction applies. Positions become character offsets on the
    original line, reported as that line."""
    if not is_flattened(lines):
        return lines
    source = max(lines, key=lambda line: len(line.text))
    text = source.text
    cuts = max((_cuts(text, order) for order in (MALMO_ORDER, GOTEBORG_ORDER)), key=len)
    pieces: list[str] = []
    previous = 0
    for cut in sorted(set(cuts)):
        pieces.append(text[previous:cut])
        previous = cut
    pieces.append(text[previous:])
    out: list[Line] = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        heading = next((h for h in ORDERED_HEADINGS if piece.startswith(h)), None)
        if heading in INLINE_LABELS:
            # "Utfärdat 2020-02-28", "Diarienummer 0437/20": the value belongs on the label's
            # line; the reference block (name, title, e-mail, title of the case) stays whole.
            for part in re.split(r"\s+(?=Telefon:|E-post:)", piece):
                out.append(Line(part.strip(), source.line, source.page))
            continue
        if heading:
            out.append(Line(heading, source.line, source.page))
            piece = piece[len(heading) :].strip()
        for part in _SPLIT_BEFORE.split(piece):
            for sub in _DATED_STEP.split(part):
                if sub.strip():
                    out.append(Line(sub.strip(), source.line, source.page))
    return out


def _cuts(text: str, order: tuple[str, ...]) -> list[int]:
    cuts: list[int] = []
    position = 0
    for heading in order:
        pattern = re.compile(r"(?:(?<=\s)|^)" + re.escape(heading) + r"(?=[\s:]|$)")
        found = pattern.search(text, position)
        if found:
            cuts.append(found.start())
            position = found.end()
    return cuts


def normalise(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Clean lines ready for extraction, and the removed page headers (which may carry the
    document's date)."""
    cleaned = [Line(clean_text(line.text), line.line, line.page) for line in lines]
    cleaned = unflatten(cleaned)
    kept, headers = drop_repeated(cleaned)
    kept = [line for line in kept if line.text]
    return join_hyphenation(kept), headers
