"""Cleaning extracted lines: publishers' wrappers, page markers, page headers and footers,
hyphenation, and text whose line breaks were lost.

Every step is linear in the length of the text (a 300 KB one-line transcript is cut in one pass
of one compiled pattern), and none depends on a line's position: a heading or a label is found
wherever it stands.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from govcheck.documents.reader import Line
from govcheck.documents.vocabulary import Vocabulary

_PAGE_NUMBER = re.compile(r"\d+")
_INVISIBLE = {"Co", "Cc", "Cf"}
_PREAMBLE_WINDOW = 80
#: Every character that may be of those categories (all but printable ASCII, the tab and the
#: Latin letters up to U+05FF, bar the soft hyphen): only these are looked up, so a long
#: document costs one pattern scan, not a category lookup per character.
_MAYBE_INVISIBLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\xad\u0600-\U0010ffff]")


def _blank_invisible(match: re.Match[str]) -> str:
    char = match.group(0)
    return " " if unicodedata.category(char) in _INVISIBLE else char


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # Private-use glyphs (Word bullets such as U+F0B7) and other invisible controls go.
    text = _MAYBE_INVISIBLE.sub(_blank_invisible, text)
    text = text.replace("\u00a0", " ").replace("\t", "  ").replace("**", "")
    return re.sub(r" {3,}", "  ", text).strip()


def strip_wrappers(lines: list[Line], vocabulary: Vocabulary) -> list[Line]:
    """Drop what a publishing site put around the document: everything up to its transcript
    marker ("Transkript", "Full text"), its own lines anywhere ("Download …", "No results
    found"), and take page numbers from its page lines ("(2)") and numbered pages ("2 …")."""
    end = -1
    for index, line in enumerate(lines[:_PREAMBLE_WINDOW]):
        if any(p.match(line.text) for p in vocabulary.preamble_ends):
            end = index
    transcript = end >= 0
    lines = lines[end + 1 :]
    out: list[Line] = []
    page: int | None = None
    expected = 1
    for line in lines:
        text = line.text
        if vocabulary.page_line is not None and (found := vocabulary.page_line.match(text)):
            page = int(found.group(1))
            # The transcript's own page numbers go on from the site's page lines: a "1 …"
            # after page (3) is a numbered point, not a page.
            expected = page + 1
            continue
        if any(p.match(text) for p in vocabulary.wrapper_lines):
            continue
        if transcript:
            # A transcript numbers its pages: "1 KOMMUNLEDNINGSKONTORET …", "2 Kommunstyrelsen …".
            numbered = re.match(r"^(\d{1,3}) (?=\S)", text)
            if numbered and int(numbered.group(1)) == expected:
                page = expected
                expected += 1
                text = text[numbered.end() :]
        out.append(Line(text, line.line, page if page is not None else line.page))
    return out


def publisher_titles(lines: list[Line], vocabulary: Vocabulary) -> list[str]:
    """The names a publishing site gives the document in its wrapper (its first line, the
    'Download "…"' line), when the text has such a wrapper: candidates for the title, used
    only where the same words stand in the document itself."""
    window = [clean_text(line.text) for line in lines[:_PREAMBLE_WINDOW]]
    if not any(any(p.match(text) for p in vocabulary.preamble_ends) for text in window):
        return []
    out: list[str] = []
    for text in window:
        if any(p.match(text) for p in vocabulary.preamble_ends):
            break
        quoted = re.match(r'^(?:Download|Ladda ned)\s+"(.+)"\s*$', text)
        if quoted:
            out.append(quoted.group(1).strip(' "'))
        elif not out and text and not any(p.match(text) for p in vocabulary.wrapper_lines):
            out.append(text.strip(' "'))
    return [title for title in dict.fromkeys(out) if len(title.split()) >= 2]


def strip_page_markers(lines: list[Line], vocabulary: Vocabulary) -> list[Line]:
    """'1 (5)', 'Sida 2 (14)' inside a line: removed (the line keeps its position)."""
    if not vocabulary.page_markers:
        return lines
    pattern = re.compile("|".join(f"(?:{p.pattern})" for p in vocabulary.page_markers))
    out = []
    for line in lines:
        text = pattern.sub(" ", line.text) if "(" in line.text or "Sida" in line.text else line.text
        text = re.sub(r" {3,}", "  ", text).strip()
        if text:
            out.append(Line(text, line.line, line.page))
    return out


def drop_repeated(
    lines: list[Line], keep: Callable[[Line], bool] | None = None
) -> tuple[list[Line], list[Line]]:
    """Remove page headers/footers: short lines repeated (up to page numbers) three or more
    times (``keep`` spares some). Returns the kept lines and the first occurrence of each
    removed one."""
    keys = [
        # A dash alone separates a portal's agenda items (read as such), no page furniture.
        ""
        if (keep is not None and keep(line)) or line.text.strip() in ("-", "–")
        else _PAGE_NUMBER.sub("#", line.text.strip())
        for line in lines
    ]
    counts = Counter(key for key in keys if key)
    pages = {line.page for line in lines if line.page is not None}
    need = 3 if len(pages) != 2 else 2
    repeated = {key for key, count in counts.items() if count >= need and len(key) < 200}
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


# --- re-splitting text whose line breaks were lost ---------------------------------------------


@dataclass(frozen=True)
class Splitter:
    """One compiled pattern that finds, in one pass, every place a line must be cut: section
    headings followed by their text, header labels followed by a value, and the word naming
    the kind of document."""

    headings: re.Pattern[str]
    labels: re.Pattern[str] | None
    restart: re.Pattern[str] | None

    @classmethod
    def build(cls, vocabulary: Vocabulary) -> Splitter:
        headings: list[str] = []
        for variants in _heading_variants(vocabulary):
            headings.append(variants)
        words = sorted(set(headings), key=len, reverse=True)
        heading = (
            r"(?:(?<=[\s.:;!?)\]»”\"])|^)(?P<h>"
            + "|".join(words)
            + r")(?=\s*:|\s+(?:[A-ZÅÄÖ\"”«•·\-–*]|\d+[.)]\s)|\s*$)"
            # A title in capitals ("FÖRSLAG TILL REVIDERADE LOKALA AVFALLSFÖRESKRIFTER") goes
            # on with a preposition or conjunction: a heading never does.
            + r"(?!\s+(?:TILL|FÖR|OM|AV|OCH|PÅ|MED|VID|ÖVER|INOM|MOT|FRÅN)\b)"
        )
        label_words = sorted(
            {
                re.escape(form)
                for variants in vocabulary.labels.values()
                for variant in variants
                for form in (variant, variant.upper())
                if variant.casefold() != "till"
            }
            | {
                # A kind word opening a title ("Yttrande över …") is the title, not a label;
                # so is one after an agenda item's number ("1 Informationsärende - …").
                r"(?<!^\d )(?<!^\d\d )" + re.escape(form) + r"(?![ \t]+[a-zåäö])"
                for word in vocabulary.doc_kinds
                for form in (word, word.upper())
            },
            key=len,
            reverse=True,
        )
        kinds = sorted(
            {re.escape(f) for w in vocabulary.doc_kinds for f in (w, w.upper())},
            key=len,
            reverse=True,
        )
        restart = (
            re.compile(
                r"(?:(?<=\s)|^)(?:"
                + "|".join(kinds)
                # The page number may stand between ("Tjänsteskrivelse 1 (1) Datum:").
                + r")\s+(?:[\d()]+\s+){0,4}(?="
                + "|".join(label_words)
                + ")"
            )
            if kinds and label_words
            else None
        )
        labels = (
            re.compile(
                r"(?:(?<=[\s.:;!?)\]»”\"])|^)(?P<l>"
                + "|".join(label_words)
                + r")(?=\s*:|\s+\S|\s*$)"
            )
            if label_words
            else None
        )
        return cls(re.compile(heading), labels, restart)


def _heading_variants(vocabulary: Vocabulary) -> list[str]:
    out = []
    for folded in vocabulary.sections:
        # Headings are written capitalised ("Förslag till beslut") or in capitals.
        capital = folded[:1].upper() + folded[1:]
        out.append(re.escape(capital))
        out.append(re.escape(folded.upper()))
    return out


def _cut(line: Line, pattern: re.Pattern[str], group: str) -> list[Line]:
    cuts = [m.start(group) for m in pattern.finditer(line.text) if m.start(group) > 0]
    if not cuts:
        return [line]
    pieces = []
    previous = 0
    for cut in cuts:
        pieces.append(line.text[previous:cut])
        previous = cut
    pieces.append(line.text[previous:])
    return [Line(p.strip(), line.line, line.page) for p in pieces if p.strip()]


def split_heading(line: Line, splitter: Splitter) -> tuple[str, str] | None:
    """A line that opens with a heading: (heading, the text after it)."""
    found = splitter.headings.match(line.text)
    if not found:
        return None
    return found.group("h"), line.text[found.end("h") :].strip(" :")


def unflatten(
    lines: list[Line], vocabulary: Vocabulary, splitter: Splitter | None = None
) -> list[Line]:
    """Cut lines at the headings and labels inside them, so that text whose line breaks were
    lost (a web transcript on one line, at any length) reads like text with them. A heading
    leaves its text on a line of its own; a label keeps its value on its line."""
    splitter = splitter or Splitter.build(vocabulary)
    out: list[Line] = []
    seen_heading = False
    for line in lines:
        pieces = _cut(line, splitter.headings, "h") if len(line.text) > 60 else [line]
        for piece in pieces:
            opened = split_heading(piece, splitter)
            if opened and opened[1] and vocabulary.section(opened[0]) is not None:
                heading, rest = opened
                out.append(Line(heading, piece.line, piece.page))
                seen_heading = True
                piece = Line(rest, piece.line, piece.page)
            elif opened and vocabulary.section(opened[0]) is not None:
                seen_heading = True
            if seen_heading and splitter.restart is not None:
                # A second document's header ("Tjänsteutlåtande Utfärdat …" after a yttrande).
                restart = splitter.restart.search(piece.text)
                if restart:
                    if restart.start() > 0:
                        out.append(
                            Line(piece.text[: restart.start()].strip(), piece.line, piece.page)
                        )
                    piece = Line(piece.text[restart.start() :], piece.line, piece.page)
                    seen_heading = False
            if not seen_heading and splitter.labels is not None and len(piece.text) > 40:
                out.extend(_cut(piece, splitter.labels, "l"))
            else:
                out.append(piece)
    return out


def _items_own(lines: list[Line], vocabulary: Vocabulary) -> Callable[[Line], bool]:
    """What repeats on a page of several ärenden without being page furniture: a heading, and
    a case number after its label that stands once as written ("Diarienummer 2021/KFN 0002
    001", "Diarienummer 2021/KFN 0014 10"; a page header repeats its own number as is)."""
    numbers = tuple(variant.casefold() for variant in vocabulary.labels.get("diarienummer", ()))
    seen = Counter(_without_page_number(line.text) for line in lines)
    # The text right under a heading ("Informationen noteras." under each item's proposal).
    under = {
        id(line)
        for before, line in itertools.pairwise(lines)
        if vocabulary.section(before.text.strip()) is not None
    }

    def own(line: Line) -> bool:
        text = line.text.strip()
        if vocabulary.section(text) is not None or id(line) in under:
            return True
        return (
            bool(numbers)
            and seen[_without_page_number(text)] == 1
            and text.casefold().startswith(numbers)
        )

    return own


def _without_page_number(text: str) -> str:
    """A line without the page number closing it ("… Sida 2", "… 2 (5)", "… 2/5")."""
    return re.sub(r"\s*(?:[Ss]ida|s\.)?\s*\d+\s*(?:\(\d+\)|/\d+)?\s*$", "", text.strip())


def normalise(lines: list[Line], vocabulary: Vocabulary) -> tuple[list[Line], list[Line]]:
    """Clean lines ready for extraction, and the removed page headers (which may carry the
    document's date)."""
    cleaned = [Line(clean_text(line.text), line.line, line.page) for line in lines]
    cleaned = [line for line in cleaned if line.text]
    cleaned = strip_wrappers(cleaned, vocabulary)
    cleaned = strip_page_markers(cleaned, vocabulary)
    # Each item of an agenda repeats its headings ("Beskrivning av ärendet") and its own case
    # number after the same label ("Diarienummer 2021/KFN 0002 001", "… 2021/KFN 0014 10"):
    # no page furniture, however often they stand. A page header repeats its number as is.
    kept, headers = drop_repeated(cleaned, keep=_items_own(cleaned, vocabulary))
    kept = unflatten(kept, vocabulary)
    kept = [line for line in kept if line.text]
    if len(kept) > len(cleaned):
        # Text whose line breaks were lost carries its page headers inline: once cut, they
        # repeat like any page header (headings excepted).
        again, more = drop_repeated(kept, keep=_items_own(kept, vocabulary))
        kept, headers = again, [*headers, *more]
    return join_hyphenation(kept), headers
