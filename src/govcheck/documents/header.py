"""The header fields of a case document, wherever they stand.

A label is found on any line and in any order; its value stands after it on the same line, on
the next line, or, in a two-column header, after the other labels of its row ("Datum  Vår
referens" / "2015-08-21  Agneta Arnesson"). What a label is called comes from the vocabulary.
Every field ends as read (with the line it came from), absent (neither label nor value), or
unreadable (a label whose value is not understood, quoted in the message).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from govcheck.documents.dates import DATE_PATTERN, find_dates, parse_match
from govcheck.documents.reader import Line
from govcheck.documents.vocabulary import Vocabulary

if TYPE_CHECKING:  # extraction imports this module (through kommun)
    from govcheck.documents.extraction import Extraction

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
PHONE = re.compile(r"(?<![\w-])(?:\+46[\s-]?\(?0?\)?|0)\d{1,3}(?:[\s-]?\d){4,9}(?![\w-])")
#: A diarienummer after its label: an optional prefix of letters, then digits and separators.
DNR_VALUE = re.compile(
    r"(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,7}\s?[-./:]?\s?)?(?:\d[\w.§]*(?:[-/:.][\w.§]*)*)"
    # The archive's code after the number, as the case system prints it: "2010/303 264",
    # "Ks 2012.512 1.3.6", "KULN/2019:58 - 800"; the register's letters after a number
    # that stands alone on its line ("2020.052 KS").
    r"(?:\s\d{1,6}(?:\.\d{1,3})*(?![\d-])){0,2}(?:\s-\s\d{2,4}(?![\d-]))?(?:\s+nr\s+\d{1,8})?"
    r"(?:\s[A-ZÅÄÖ]{2,5}$)?"
)
#: What a publisher left of a diarienummer whose digits it dropped, after its label: the
#: prefix alone ("KSN"), or the year alone ("/2009"), or both ("KS-2012/").
DNR_REMNANT = re.compile(r"(?:[A-ZÅÄÖ]{2,6}(?:[-/ ]?\d{0,4}/)?|/\d{4})(?=\s|$|[),.;])")
#: A diarienummer without its label: prefix-year-number (SN-2023-514, SLK-2023-01047) or
#: prefix year/number (KS 2019/123, KS-2014/742.912, SN 18/0098).
#: The case systems' "prefix/year:number" (KS/2018:217) and "prefix: number/year" (KS: 348/2015)
#: forms count too.
DNR_BARE = re.compile(
    r"(?<![\w/-])(?:[A-ZÅÄÖ]{1,6}-\d{4}-\d{1,6}|[A-ZÅÄÖ]{1,6}[ -]\d{2,4}/\d{1,6}(?:\.\d{1,4})*"
    r"|[A-ZÅÄÖ]{1,6} ?/ ?\d{4}:\d{1,6}|[A-ZÅÄÖ]{1,6}: ?\d{1,6}/\d{4}"
    # "Ks 2008:225" on a cover; never a government series ("Ds 2008:12", "SFS 2017:725").
    r"|(?!Ds\b)[A-ZÅÄÖ][a-zåäö]{1,4} \d{4}:\d{1,6}"
    # "KS/2014/887": prefix, year and number between slashes (the number's space a
    # publisher's damage: "KS/2014/ 887").
    r"|[A-ZÅÄÖ]{1,6}/(?:19|20)\d\d/ ?\d{1,6}"
    # "KS 2016-15": prefix, year and number; never a date's year and month ("KS 2016-05").
    r"|[A-ZÅÄÖ]{2,6} (?:19|20)\d\d-(?!(?:0[1-9]|1[0-2])(?![\d]))\d{1,6}(?!-\d)"
    r")"
    # The archive's code after a " - " ("KULN/2019:58 - 800").
    r"(?:\s-\s\d{3}(?![\d-]))?"
    r"(?![\w/-])"
)
DNR_LABELLESS = DNR_BARE
_NAME_WORD = re.compile(
    r"^[A-ZÅÄÖÉÈÜØÆÁ][a-zåäöéèëêüøæáàíóúçñ'’]+(?:-[A-ZÅÄÖÉÜ]?[a-zåäöéèëêüøæáàíóúçñ'’]+)*$"
)
_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")


@dataclass
class Field:
    """One header field: its value and line when read; else why not."""

    value: object = None
    line: Line | None = None
    status: str = "absent"  # read | absent | unreadable | empty
    seen: str = ""  # what stood after the label when it could not be understood


@dataclass
class Header:
    fields: dict[str, Field] = field(default_factory=dict)
    recipients: list[tuple[str, dt.date | None, Line]] = field(default_factory=list)
    consumed: set[tuple[int, int]] = field(default_factory=set)  # (line index, char) spans start

    def get(self, key: str) -> Field:
        return self.fields.setdefault(key, Field())


class LabelIndex:
    """Where each label stands in the header lines: (line index, start, end, field)."""

    def __init__(self, lines: list[Line], vocabulary: Vocabulary) -> None:
        words = []
        self.field_of: dict[str, str] = {}
        for name, variants in vocabulary.labels.items():
            for variant in variants:
                for form in (variant, variant.upper()):
                    words.append(re.escape(form))
                    self.field_of[form.casefold()] = name
        # A kind word opening a title ("Yttrande över …") is the title, not a label.
        kinds = [
            re.escape(f) + r"(?![ \t]+[a-zåäö])"
            for w in vocabulary.doc_kinds
            for f in (w, w.upper())
        ]
        self.pattern = re.compile(
            r"(?:(?<=[\s(,;])|^)(?P<l>"
            + "|".join(sorted(set(words), key=len, reverse=True))
            # "Handläggare, titel, telefon Eva Ek, …": a label heading a row of column names.
            + r")(?:\s*:|(?=\s|$)|(?=,\s+[a-zåäö]+,?\s))"
        )
        self.kinds = re.compile(
            r"(?:(?<=\s)|^)(?:"
            + "|".join(sorted(set(kinds), key=len, reverse=True))
            + r")(?=\s|$|:)"
            if kinds
            else r"(?!)"
        )
        self.hits: list[tuple[int, int, int, str]] = []
        for index, line in enumerate(lines):
            for match in self.pattern.finditer(line.text):
                name = self.field_of[match.group("l").casefold()]
                if name == "mottagare":
                    rest = line.text[match.end() :]
                    if not rest.strip() and index + 1 < len(lines):
                        rest = lines[index + 1].text  # "Till" alone, the body below it
                    if not _looks_like_recipient(rest):
                        continue
                self.hits.append((index, match.start(), match.end(), name))

    def of(self, name: str) -> list[tuple[int, int, int, str]]:
        return [hit for hit in self.hits if hit[3] == name]


def _looks_like_recipient(rest: str) -> bool:
    """'Till Kommunstyrelsen 2019-06-12', 'Till kommunfullmäktige': a body (and a date)."""
    return bool(
        re.match(r"\s*:?\s*[A-ZÅÄÖa-zåäö][\w-]*(?:nämnden|styrelsen|fullmäktige|utskott)", rest)
    ) or bool(re.match(r"\s*:?\s*[A-ZÅÄÖ][\wåäö -]{2,80}?\s(?:den\s)?\d", rest))


def _stream(lines: list[Line], start: int, offset: int, limit: int = 240) -> list[tuple[str, int]]:
    """The text after a label: the rest of its line and the following lines, as (text, line
    index) pieces, up to ``limit`` characters."""
    out: list[tuple[str, int]] = []
    total = 0
    index = start
    text = lines[start].text[offset:]
    while index < len(lines) and total < limit:
        out.append((text, index))
        total += len(text) + 1
        index += 1
        if index < len(lines):
            text = lines[index].text
    return out


def _skip_labels(text: str, labels: LabelIndex) -> str:
    """Drop labels and document-kind words at the front (a two-column row of labels)."""
    while True:
        stripped = text.lstrip(" :\n")
        match = labels.pattern.match(stripped) or labels.kinds.match(stripped)
        if not match or match.end() == 0:
            return stripped
        text = stripped[match.end() :]


def read_header(lines: list[Line], vocabulary: Vocabulary) -> tuple[Header, LabelIndex]:
    header = Header()
    labels = LabelIndex(lines, vocabulary)
    _rows(header, lines, labels)
    _stacked(header, lines, labels)
    _date(header, lines, labels)
    _number(header, lines, labels)
    _person(header, lines, labels, vocabulary)
    _recipients(header, lines, labels)
    _reply(header, lines, labels)
    return header, labels


def _after(
    lines: list[Line], labels: LabelIndex, hit: tuple[int, int, int, str]
) -> tuple[str, int, list[tuple[str, int]]]:
    """The value text after a label (labels of a two-column row skipped), the index of the line
    it starts on, and the pieces it was taken from."""
    index, _, end, _ = hit
    pieces = _stream(lines, index, end)
    joined = "\n".join(text for text, _ in pieces)
    value = _skip_labels(joined, labels)
    skipped = len(joined) - len(value)
    # Which line does the value start on?
    position = 0
    start_line = index
    for text, line_index in pieces:
        if position + len(text) >= skipped:
            start_line = line_index
            break
        position += len(text) + 1
    return value, start_line, pieces


def _rows(header: Header, lines: list[Line], labels: LabelIndex) -> None:
    """A row of labels ("Datum  Vår beteckning  Er beteckning") and, a few lines below, the
    row of their values ("2018-08-28  SN 18/0098  Socialnämnden"): values taken in order."""
    for index, line in enumerate(lines):
        row = [hit for hit in labels.hits if hit[0] == index]
        if len(row) < 2 or _skip_labels(line.text, labels):
            continue  # not a line of labels only
        fields = [hit[3] for hit in sorted(row, key=lambda hit: hit[1])]
        if fields[0] != "datum":
            continue
        for below in lines[index + 1 : index + 9]:
            start = DATE_PATTERN.match(below.text.strip())
            if not start or not (found := parse_match(start)):
                continue
            rest = below.text.strip()[start.end() :].strip()
            date = header.get("datum")
            if date.status != "read":
                date.value, date.line, date.status = found, below, "read"
            if len(fields) > 1 and fields[1] == "diarienummer":
                number = DNR_VALUE.match(rest)
                target = header.get("diarienummer")
                if (
                    number
                    and target.status != "read"
                    and any(ch.isdigit() for ch in number.group(0))
                ):
                    target.value, target.line, target.status = (
                        _clean_number(number.group(0)),
                        below,
                        "read",
                    )
            return


def _stacked(header: Header, lines: list[Line], labels: LabelIndex) -> None:
    """A header column as a PDF gives it, each label on its line and then each value in the
    same order: "Datum" / "Dnr" / "2015-04-24" / "MSN.2015.13"."""
    only = {
        hit[0]: hit[3]
        for hit in labels.hits
        if hit[1] == 0 and not lines[hit[0]].text[hit[2] :].strip(" :")
    }
    for index, name in only.items():
        if name != "datum" or only.get(index + 1) != "diarienummer" or index + 3 >= len(lines):
            continue
        date_line, number_line = lines[index + 2], lines[index + 3]
        dated = DATE_PATTERN.fullmatch(date_line.text.strip())
        number = DNR_VALUE.fullmatch(number_line.text.strip())
        if not dated or not (found := parse_match(dated)) or not number:
            continue
        if not any(ch.isdigit() for ch in number.group(0)):
            continue
        date, target = header.get("datum"), header.get("diarienummer")
        if date.status != "read":
            date.value, date.line, date.status = found, date_line, "read"
        if target.status != "read":
            target.value, target.line, target.status = (
                _clean_number(number.group(0)),
                number_line,
                "read",
            )
        return


def _date(header: Header, lines: list[Line], labels: LabelIndex) -> None:
    target = header.get("datum")
    if target.status == "read":
        return
    for hit in labels.of("datum"):
        if _NOTICE_DATE.match(lines[hit[0]].text[hit[2] :]):
            continue
        value, start, _ = _after(lines, labels, hit)
        first_line = value.split("\n", 1)[0].strip()
        match = DATE_PATTERN.match(value)
        if match and (found := parse_match(match)):
            target.value, target.line, target.status = found, lines[start], "read"
            return
        # A date a few words further: "Datum: den 15 maj 2023", or a misaligned row
        # ("Datum:" / "Diarienummer: Redovisande dokument 2020-05-15 KS-…").
        early = find_dates(" ".join(first_line.split()[:6]), compact_forms=False)
        if early and not re.search(r"\d", first_line[: early[0][1].start()]):
            target.value, target.line, target.status = early[0][0], lines[start], "read"
            return
        near = re.match(r"^(?:den|de|d\.)\s+", first_line)
        if near:
            dated = find_dates(first_line, compact_forms=True)
            if dated:
                target.value, target.line, target.status = dated[0][0], lines[start], "read"
                return
        if target.status == "absent":
            target.line = lines[hit[0]]
            own = _own_value(lines, labels, hit)
            remnant = _CASE_NUMBER_FIRST.match(own) if own else None
            if own and _datelike(_without_clock(own)) and not remnant:
                target.status, target.seen = "unreadable", own[:60]
            else:
                # Nothing, or the next field's value ("Datum Ks/2015: Organisation": the
                # publisher dropped the date, the number's remnant follows): no date stated.
                target.status = "empty"
                number = header.get("diarienummer")
                if remnant and number.status == "absent" and not labels.of("diarienummer"):
                    # The number, unlabelled, is what stands there, damaged as it is.
                    number.value, number.line, number.status = (
                        own.split()[0],
                        lines[hit[0]],
                        "read",
                    )


#: "Datum för anslags uppsättande", "Datum då anslaget sätts upp", "Datum för publicering": a
#: protocol's notice (anslag/bevis) dates its posting, not the document.
_NOTICE_DATE = re.compile(
    r"\s*(?:för|då|när)\s+(?:\S+\s+)?(?:anslag|juster|publicer|avpublicer|nedtag|uppsätt)",
    re.IGNORECASE,
)

#: A case number, or what a publisher left of one, opening a label's value.
_CASE_NUMBER_FIRST = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,6}\s?[/-]\s?(?:19|20)\d\d\b(?!-\d\d-)")


_DATELIKE = re.compile(
    r"\d|«|\[|ÅÅ|XX|\b(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)", re.IGNORECASE
)


#: A clock time ("kl 18:30", "kl. 13.00-17.00") and the label's own words before it ("Datum och
#: tid: , kl 18:30"): what a meeting's date line keeps when the publisher dropped the date.
_CLOCK = re.compile(
    r"^\s*(?:och\s+tid\b)?[\s:,]*|\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?",
    re.IGNORECASE,
)


def _without_clock(text: str) -> str:
    """The first words of a label's value, without a clock time: a date, damaged or not,
    stands first; a date further on belongs to something else (the agenda's items)."""
    return " ".join(_CLOCK.sub(" ", text).split()[:4])


def _datelike(text: str) -> bool:
    return bool(_DATELIKE.search(text))


def _own_value(lines: list[Line], labels: LabelIndex, hit: tuple[int, int, int, str]) -> str:
    """What stands right after a label on its line (or, when nothing does, on the next
    line), before any other label."""
    index, _, end, _ = hit
    text = lines[index].text[end:].strip(" :")
    if not text and index + 1 < len(lines):
        text = lines[index + 1].text.strip()
    other = labels.pattern.search(text)
    if other and other.start() == 0:
        return ""
    if other:
        text = text[: other.start()]
    kind = labels.kinds.search(text)
    if kind:
        text = text[: kind.start()] if kind.start() > 0 else ""
    return text.strip()


def _is_label_or_heading(text: str, labels: LabelIndex) -> bool:
    return bool(labels.pattern.match(text) or labels.kinds.match(text))


def _clean_number(text: str) -> str:
    return text.strip().rstrip(".,;:)").strip()


#: What follows a "Dnr" heading over an agenda's list: an item's number alone or before the
#: item's title ("1. Upprop", "2 Godkännande av …"), never a case number.
_ITEM_NUMBER_AFTER = re.compile(r"\d{1,3}\.?(?:\s+[A-ZÅÄÖ][a-zåäö]+\b|\s*$)")


def _number(header: Header, lines: list[Line], labels: LabelIndex) -> None:
    target = header.get("diarienummer")
    if target.status == "read":
        return
    for hit in labels.of("diarienummer"):
        value, start, _ = _after(lines, labels, hit)
        first_line = value.split("\n", 1)[0].strip()
        # "DATUM  DNR" / "2018-09-17  KS/2018:217": a row of labels whose values follow in
        # the same order puts the date before the number; a date is never the number.
        dated = DATE_PATTERN.match(first_line)
        if dated and DNR_VALUE.match(first_line[dated.end() :].strip()):
            first_line = first_line[dated.end() :].strip()
        match = DNR_VALUE.match(first_line)
        if not match and _dated_row(labels, hit):
            # "Datum  Vår beteckning" / "KULTURFÖRVALTNINGEN 2019-05-22 KN/2019:58 - 800": the
            # row's values after the office's name, the date before the number.
            dated_at = DATE_PATTERN.search(first_line)
            if dated_at and parse_match(dated_at):
                match = DNR_BARE.match(first_line[dated_at.end() :].lstrip())
        if match and MINISTRY.fullmatch(_clean_number(match.group(0))):
            continue  # "(dnr Fi2018/03212/K)": the ministry's number of its remiss
        if match and _ITEM_NUMBER_AFTER.match(first_line):
            continue  # "Ärende Dnr 1. Upprop": an agenda's column heading, then its item number
        if match and any(ch.isdigit() for ch in match.group(0)):
            number = _clean_number(match.group(0))
            # "KS 2019/123" keeps its space; a date is not a number.
            if number and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", number):
                target.value, target.line, target.status = number, lines[start], "read"
                return
        own = _own_value(lines, labels, hit)
        remnant = DNR_REMNANT.match(own)
        if remnant and not labels.pattern.match(own):
            target.value, target.line, target.status = remnant.group(0), lines[hit[0]], "read"
            return
        if target.status == "absent":
            target.line = lines[hit[0]]
            if own:
                target.status, target.seen = "unreadable", own[:60]
            else:
                target.status = "empty"


def _dated_row(labels: LabelIndex, hit: tuple[int, int, int, str]) -> bool:
    """A Datum label before this label on its line: a row of labels whose values follow."""
    return any(
        other[0] == hit[0] and other[3] == "datum" and other[2] <= hit[1] for other in labels.hits
    )


#: The Government Offices' diarienummer ("Fi2018/03212/K", "S2019/01234/FS"): a ministry's
#: reference to its remiss, quoted in the municipality's reply, never the reply's own number.
MINISTRY = re.compile(r"[A-ZÅÄÖ][a-zåäö]{0,2}\s?\d{4}/\d{3,6}/[A-ZÅÄÖ]{1,4}")
#: A number and its year after the date, without labels, as a header row gives them
#: ("2019-04-09  124–2019").
NUMBER_YEAR = re.compile(r"\d{1,6}\s?[–-]\s?(?:19|20)\d\d")


def number_after_kind(lines: list[Line], labels: LabelIndex) -> tuple[str, Line] | None:
    """A diarienummer right after the word naming the document's kind ("Tjänsteskrivelse
    KFN 2011/45", "TJÄNSTEUTLÅTANDE KS-2012/…"), as some templates place it."""
    for line in lines:
        found = labels.kinds.search(line.text)
        if not found:
            continue
        rest = line.text[found.end() :].strip(" :")
        if labels.pattern.match(rest):
            continue
        value = DNR_VALUE.match(rest)
        if (
            value
            and re.search(r"\d[-/.:]|[A-ZÅÄÖ]", value.group(0))
            and not DATE_PATTERN.match(rest)
        ):
            return _clean_number(value.group(0)), line
        remnant = DNR_REMNANT.match(rest)
        if remnant:
            return remnant.group(0), line
    return None


def find_bare_number(lines: list[Line], patterns: list[re.Pattern[str]]) -> tuple[str, int] | None:
    """A diarienummer standing without its label (the title line "… SN-2023-514")."""
    for index, line in enumerate(lines):
        if EMAIL.search(line.text) and "@" in line.text:
            text = EMAIL.sub(" ", line.text)
        else:
            text = line.text
        for pattern in patterns:
            found = pattern.search(text)
            if found:
                # An archive code after the number ("KS/2018:298 - 001") belongs to it.
                code = re.match(r"\s-\s\d{2,4}(?![\d-])", text[found.end() :])
                number = found.group(0) + (code.group(0) if code else "")
                # A case about several ärenden lists their numbers: "KS/2014/887, KS/2014/869".
                listed = re.match(rf"(?:,\s*(?:{pattern.pattern}))+", text[found.end() :])
                if listed and not code:
                    number += listed.group(0)
                return _clean_number(number), index
    return None


def _person(header: Header, lines: list[Line], labels: LabelIndex, vocabulary: Vocabulary) -> None:
    """Handläggare / Vår referens / Kontaktperson: name, title, phone, e-mail."""
    hits = labels.of("handlaggare")
    name = header.get("handlaggare.namn")
    title = header.get("handlaggare.titel")
    phone = header.get("handlaggare.telefon")
    email = header.get("handlaggare.epost")
    block: list[tuple[str, Line]] = []
    for hit in hits:
        index, _, end, _ = hit
        taken = _block(lines, labels, index, end)
        if taken:
            block = taken
            break
        if name.status == "absent":
            name.status, name.line = "empty", lines[index]
    if block:
        _parse_person(block, vocabulary, name, title, phone, email)
    # Telefon / E-post labels anywhere in the header (Göteborg: below the name), not in the
    # address footer (the switchboard and the registry's mailbox are no official's).
    if phone.status != "read":
        for hit in labels.of("telefon"):
            if _FOOTER.search(lines[hit[0]].text):
                continue
            value, start, _ = _after(lines, labels, hit)
            found = PHONE.match(value.split("\n", 1)[0].strip())
            if found:
                phone.value, phone.line, phone.status = found.group(0).strip(), lines[start], "read"
                break
    if email.status != "read":
        for hit in labels.of("epost"):
            if _FOOTER.search(lines[hit[0]].text):
                continue
            value, start, _ = _after(lines, labels, hit)
            found = EMAIL.match(value.split("\n", 1)[0].strip())
            if found:
                email.value, email.line, email.status = found.group(0), lines[start], "read"
                break
            if email.status == "absent":
                first_line = value.split("\n", 1)[0].strip()
                email.line = lines[hit[0]]
                if (
                    first_line
                    and not _is_label_or_heading(first_line, labels)
                    and "@" in first_line
                ):
                    email.status, email.seen = "unreadable", first_line[:60]
    if name.status != "read":
        _unlabelled_person(lines, labels, name, email, phone, title)
    if name.status != "read":
        signed = name_and_title(lines, vocabulary)
        if signed is not None:
            (written, job), at = signed
            name.value, name.line, name.status = written, at, "read"
            if job:
                title.value, title.line, title.status = job, at, "read"
    if email.status != "read" and name.status == "read":
        # An address that belongs to the named official, anywhere in the header.
        for line in lines:
            for found in EMAIL.finditer(line.text):
                if belongs(str(found.group(0)), str(name.value)):
                    email.value, email.line, email.status = found.group(0), line, "read"
                    return


#: An address footer's line: it names the switchboard and the registry's mailbox.
_FOOTER = re.compile(
    r"\b(?:Postadress|Besöksadress|Växel|vx|Fax|Telefax|Webb|Webbadress|Org\.? ?nr|"
    r"Organisationsnummer|Bankgiro|Plusgiro|Internet)\b|\bwww\.",
    re.IGNORECASE,
)
_NAME_RUN = re.compile(r"([A-ZÅÄÖÉ][a-zåäöéèëüøæáíóú'’-]+(?:\s+[A-ZÅÄÖÉ][a-zåäöéèëüøæáíóú'’-]+)+)")


def _beside(text: str, written: str, line: Line, phone: Field, title: Field) -> None:
    """The phone number and the title between an unlabelled name and its e-mail address
    ("Thomas Brandell, Socialchef 0171-525 79 thomas.brandell@…")."""
    start = text.find(written)
    if start < 0:
        return
    between = EMAIL.split(text[start + len(written) :])[0].strip(" ,")
    number = PHONE.search(between)
    if number and phone.status != "read":
        phone.value, phone.line, phone.status = number.group(0).strip(), line, "read"
    words = []
    for word in (between[: number.start()] if number else between).strip(" ,").split():
        if _organ_like(word) or "/" in word:
            break  # the unit after the title
        words.append(word)
    if words and len(words) <= 4 and title.status != "read" and words[0][:1].isupper():
        title.value, title.line, title.status = " ".join(words), line, "read"


def _unlabelled_person(
    lines: list[Line], labels: LabelIndex, name: Field, email: Field, phone: Field, title: Field
) -> None:
    """An official named without a label: the name that the e-mail address beside it spells
    ("Lena Bergström … lena.bergstrom@…"), or the name just before a Telefon/E-post label."""
    for index, line in enumerate(lines):
        for found in EMAIL.finditer(line.text):
            address = found.group(0)
            local = set(re.split(r"[._-]+", _fold(address.split("@", 1)[0])))
            before = [*(lines[i].text for i in range(max(0, index - 3), index))]
            before.append(line.text[: found.start()])
            for text in reversed(before):
                # Every run of capitalised words, each window of two or three of them
                # ("… Digitaliseringsenheten Eva Hansson": "Eva Hansson").
                for run in reversed(_NAME_RUN.findall(text)):
                    parts = run.split()
                    for size in (2, 3):
                        for start in range(len(parts) - size + 1):
                            chosen = parts[start : start + size]
                            if {_fold(p) for p in chosen} <= local | {""} and len(
                                {_fold(p) for p in chosen} & local
                            ) >= 2:
                                written = " ".join(chosen)
                                name.value, name.line, name.status = written, line, "read"
                                if email.status != "read":
                                    email.value, email.line, email.status = address, line, "read"
                                _beside(text, written, line, phone, title)
                                return
    # The name the address spells, anywhere in the header (a Word page header puts the address
    # above and the name alone below the letterhead's table).
    for line in lines:
        for found in EMAIL.finditer(line.text):
            local = {p for p in re.split(r"[._-]+", _fold(found.group(0).split("@", 1)[0])) if p}
            if len(local) < 2:
                continue
            for other in lines:
                words = other.text.split()
                if 2 <= len(words) <= 3 and {_fold(w) for w in words} == local:
                    written = " ".join(words)
                    if all(_NAME_WORD.match(w) for w in words):
                        name.value, name.line, name.status = written, other, "read"
                        if email.status != "read":
                            email.value, email.line, email.status = found.group(0), line, "read"
                        return
    for hit in labels.of("telefon") + labels.of("epost"):
        index, start, _, _ = hit
        preceding = lines[index].text[:start].strip()
        if not preceding and index > 0:
            preceding = lines[index - 1].text.strip()  # "… Helena Mehner" / "Telefon"
        spelt = re.search(r"([A-ZÅÄÖÉ][a-zåäöéèëü'’-]+\s+[A-ZÅÄÖÉ][a-zåäöéèëü'’-]+)$", preceding)
        if spelt and not any(_organ_like(word) for word in spelt.group(1).split()):
            name.value, name.line, name.status = spelt.group(1), lines[index], "read"
            return


_TOKEN_PUNCT = " ,;:()"
#: Elected members sign some documents (the chair beside the director); they are not the
#: official who wrote it.
_ELECTED = {"ordförande", "vice", "kommunråd", "oppositionsråd", "ledamot"}
_ADJECTIVE = re.compile(r"(?:ad|at|iv|ig|isk|ell|är|ör|or|ande|ende|iör)$")
#: "Name Surname, title" (an attendance list writes several on one line).
_LISTED = re.compile(r"[A-ZÅÄÖ][a-zåäöé-]+ [A-ZÅÄÖ][a-zåäöé-]+, [\wåäöÅÄÖ/-]+")


def _name_word(word: str, vocabulary: Vocabulary) -> bool:
    """A word that may be part of a person's name: capitalised, not a job title, not a body's
    or an administration's name, not a document kind in capitals."""
    return bool(
        _NAME_WORD.match(word) and not _is_title(word, vocabulary) and not _organ_like(word)
    )


def _title_at(
    words: list[str], start: int, vocabulary: Vocabulary, labels: frozenset[str] = frozenset()
) -> int:
    """How many words from ``start`` make a job title ("Kanslichef", "Kvalificerad utredare",
    "Administrativ chef"): one to three words, the first capitalised, the others in lower case,
    the last ending in a title word; 0 when none does."""
    for size in (1, 2, 3):
        chosen = words[start : start + size]
        if len(chosen) < size:
            return 0
        first, rest = chosen[0], chosen[1:]
        if not first[:1].isupper() or any(not w[:1].islower() for w in rest):
            return 0
        if rest and not (_ADJECTIVE.search(first) or first.isupper()):
            # "Kvalificerad utredare", "Administrativ chef", "IT chef": a title of more words
            # opens with a qualifier, never with a surname ("Lund kommunsekreterare").
            return 0
        if any(not re.fullmatch(r"[\wåäöÅÄÖ-]+", w) for w in chosen):
            return 0
        if (
            _is_title(chosen[-1], vocabulary)
            and " ".join(chosen).casefold() not in labels
            and " ".join(chosen).casefold() not in vocabulary.not_officials
            and not any(_organ_like(w.removesuffix("s")) for w in chosen)
            and not any(w.casefold() in _ELECTED for w in chosen)
        ):
            return size
    return 0


def name_and_title(
    lines: list[Line], vocabulary: Vocabulary, *, name: str | None = None
) -> tuple[tuple[str, str], Line] | None:
    """An official written without a label, as a signature or a header line names one: two or
    three name words and the job title after them ("… Eva Lind Kvalificerad utredare Telefon",
    "rev. Per Ek Kanslichef Kommunstyrelsen"), or the title before them when the name closes
    its line or a phone number follows ("Administrativ chef Per Ek 0123-45 67"). The title must
    end in a word for a job (person.titelord), and is no label ("Handläggare"); with ``name``
    only that person is looked for."""
    labels = frozenset(v.casefold() for variants in vocabulary.labels.values() for v in variants)
    previous: list[str] = []
    for line in lines:
        if len(_LISTED.findall(line.text)) >= 2:
            continue  # a protocol's list of those present, each with a title
        # A word closed by a colon is a label ("Giltighetstid: Tillsvidare"), never a name.
        words = [w if w.endswith(":") else w.strip(_TOKEN_PUNCT) for w in line.text.split()]
        if 2 <= len(words) <= 3 and all(_name_word(w, vocabulary) for w in words):
            # The title on the line above the name ("Budgetchef" / "Eva Lind").
            for size_before in (2, 1):
                if (
                    len(previous) >= size_before
                    and _title_at(previous, len(previous) - size_before, vocabulary, labels)
                    == size_before
                    and (name is None or " ".join(words) == name)
                ):
                    return (" ".join(words), " ".join(previous[-size_before:])), line
        if line.text.strip():
            previous = words
        for start in range(len(words)):
            for size in (3, 2):
                chosen = words[start : start + size]
                if len(chosen) < size or not all(_name_word(w, vocabulary) for w in chosen):
                    continue
                if start > 0 and _name_word(words[start - 1], vocabulary) and size == 2:
                    continue  # a longer run of capitalised words is no name
                written = " ".join(chosen)
                if name is not None and written != name:
                    continue
                after = start + size
                length = _title_at(words, after, vocabulary, labels)
                if length:
                    following = words[after + length] if after + length < len(words) else ""
                    if not following or not following[:1].islower():
                        return (written, " ".join(words[after : after + length])), line
                following = words[after] if after < len(words) else ""
                if not following or PHONE.match(" ".join(words[after : after + 4])):
                    for size_before in (2, 1):
                        begin = start - size_before
                        if (
                            begin >= 0
                            and _title_at(words, begin, vocabulary, labels) == size_before
                        ):
                            return (written, " ".join(words[begin:start])), line
    return None


def belongs(address: str, person: str) -> bool:
    local = _fold(address.split("@", 1)[0])
    parts = [p for p in re.split(r"[\s-]+", _fold(person)) if len(p) >= 2]
    return any(part in re.split(r"[._-]+", local) for part in parts)


_FOLD = str.maketrans("åäöéüø", "aaoeuo")


def _fold(text: str) -> str:
    return text.casefold().translate(_FOLD)


def _block(lines: list[Line], labels: LabelIndex, index: int, end: int) -> list[tuple[str, Line]]:
    """The lines of a reference block: the rest of the label's line and the lines after it,
    up to the next label of another field, a heading-like line or four lines."""
    out: list[tuple[str, Line]] = []
    rest = lines[index].text[end:].strip(" :")
    rest = _skip_labels(rest, labels) if rest else rest
    if rest:
        out.append((rest, lines[index]))
        if EMAIL.search(rest):
            return out
    for line in lines[index + 1 : index + 5]:
        text = line.text
        match = labels.pattern.match(text) or labels.kinds.match(text)
        if match:
            field_name = labels.field_of.get(match.group(0).strip(" :").casefold(), "")
            if field_name not in {"telefon", "epost"}:
                if out:
                    break
                # A two-column row of labels: the values follow (on this line or the next).
                text = _skip_labels(text, labels)
                if not text:
                    continue
        out.append((text, line))
        if len(out) >= 4 or EMAIL.search(line.text):
            break  # the e-mail address closes a reference block
    return out


def _parse_person(
    block: list[tuple[str, Line]],
    vocabulary: Vocabulary,
    name: Field,
    title: Field,
    phone: Field,
    email: Field,
) -> None:
    words: list[tuple[str, Line]] = []
    for text, line in block:
        text = re.sub(r"\b(?:Telefon|Tel|Tfn|E-post|Epost|Mobil|TELEFON|E-POST)\s*:?", " ", text)
        for found in EMAIL.finditer(text):
            if email.status != "read":
                email.value, email.line, email.status = found.group(0), line, "read"
        addresses = list(EMAIL.finditer(text))
        if addresses:
            text = text[: addresses[-1].start()]  # what follows the address is not the block
        for found in PHONE.finditer(text):
            if phone.status != "read":
                phone.value, phone.line, phone.status = found.group(0).strip(), line, "read"
        text = PHONE.sub(" \x00 ", text)
        for word in text.split():
            words.append((word, line))
        words.append(("\n", line))
    # Lower-case words between the label and the name ("Kontaktperson trafikkontoret …").
    # "Handläggare, titel, telefon Eva Ek, …": the label's own column names, commas included.
    while words and (
        words[0][0] == "\n" or words[0][0][:1].islower() or not words[0][0].strip(",;:")
    ):
        words.pop(0)
    names: list[str] = []
    line_of_name: Line | None = None
    position = 0
    particles = set(vocabulary.name_particles)
    while position < len(words) and len(names) < 3:
        word, line = words[position]
        bare = word.strip(",;")
        if word == "\n":
            break
        # "Magnus Ek/ Lisa Berg": two officials, one after the other.
        shared = len(names) == 1 and bare.endswith("/") and _NAME_WORD.match(bare[:-1])
        if shared:
            names.append(bare)
            line_of_name = line_of_name or line
            position += 1
            break
        if not (_NAME_WORD.match(bare) or _INITIAL.match(bare) or (names and bare in particles)):
            break
        if names and vocabulary.section(bare) is not None:
            break  # a heading run on after the name ("Christer Berg Ärendebeskrivning")
        if len(names) >= 2 and (_is_title(bare, vocabulary) or not _ends_name(words, position)):
            break
        if len(names) < 2 and _is_title(bare, vocabulary) and names:
            break
        names.append(bare)
        line_of_name = line_of_name or line
        position += 1
        if word.endswith(",") and len(names) == 1 and position < len(words):
            # "Söderquist, Mari": surname first, as written.
            given = words[position][0].strip(",;")
            if _NAME_WORD.match(given) and not _organ_like(given):
                names[0] = word
                names.append(given)
                position += 1
            break
        if word.endswith(","):
            break
    if len(names) == 2:
        # More officials named together: "Åsa Brunkvist Pia Nordeman 08-…", "Mats Odhagen och
        # Totte Staxäng" (a run of names that ends where the line or the contact block ends).
        more: list[str] = []
        probe = position
        while probe < len(words) and len(names) + len(more) < 6:
            bare = words[probe][0].strip(",;")
            if (
                (bare == "och" and more == [])
                or (bare == "och" and more[-1] != "och")
                or (
                    _NAME_WORD.match(bare)
                    and not _is_title(bare, vocabulary)
                    and not _organ_like(bare)
                )
            ):
                more.append(bare)
            else:
                break
            probe += 1
        end = words[probe][0] if probe < len(words) else "\n"
        named = [w for w in more if w != "och"]
        if len(named) >= 2 and more[-1] != "och" and (end in {"\n", "\x00"} or _organ_like(end)):
            names += more
            position = probe
    if len(names) >= 2 and line_of_name is not None:
        name.value, name.line, name.status = " ".join(names), line_of_name, "read"
    if name.status != "read":
        return
    # The title: the rest of the name's line, or the next line; in text whose line breaks were
    # lost only words that read as a title ("Controller", "Planeringssekreterare").
    rest: list[str] = []
    rest_line: Line | None = None
    own_line = False
    for word, line in words[position:]:
        if word == "\x00":
            if rest:
                break
            continue
        if word == "\n":
            if rest:
                break
            own_line = True
            continue
        bare = word.strip(",;")
        if rest and (_organ_like(bare) or "/" in bare):
            break  # the unit after the title ("… Kommunledningskontoret")
        if not rest:
            if not (own_line or _is_title(bare, vocabulary)):
                break
        elif not own_line and bare[:1].isupper() and not _is_title(bare, vocabulary):
            break
        if re.match(r"^[A-ZÅÄÖ]{3,}$", bare) and rest:
            break
        rest.append(bare)
        rest_line = rest_line or line
        if len(rest) >= 8:
            break
    text = " ".join(rest).strip(" ,;")
    # A job title is a few words ("Kansli- och utvecklingschef"), never a sentence, a body or
    # the next label.
    plausible = (
        len(rest) <= 5
        and not any(word in {"Till", "TILL"} or _organ_like(word) for word in rest)
        and not any(ch.isdigit() for ch in text)
    )
    if text and rest_line is not None and plausible:
        title.value, title.line, title.status = text, rest_line, "read"


def _ends_name(words: list[tuple[str, Line]], position: int) -> bool:
    """A third capitalised word is part of the name only where the name's line ends after it
    (Anna Karin Svensson), not where more text follows (Karin Jirénius Kommunstyrelsen …)."""
    following = words[position + 1][0] if position + 1 < len(words) else "\n"
    return following == "\n"


def _organ_like(word: str) -> bool:
    """A body's or a unit's name, never a person's ("Kommunstyrelsen", "Ledningsstaben", and
    the unit's kind alone: "Stab Åsa Ek" is the staff unit, then the official)."""
    return bool(
        re.search(
            r"(?:nämnden|styrelsen|fullmäktige|utskottet|kontoret|förvaltningen|staben"
            r"|avdelningen|enheten|sektionen|kansliet)$",
            word,
        )
        or re.fullmatch(r"(?:Stab|Avdelning|Enhet|Sektion|Kansli|Förvaltning|Kontor)", word)
    )


def _is_title(word: str, vocabulary: Vocabulary) -> bool:
    folded = word.casefold()
    return any(folded.endswith(ending) for ending in vocabulary.title_words)


_BODY_PHRASE = re.compile(
    r"^(?:[A-ZÅÄÖa-zåäö][\wåäö]*-\s(?:och|eller)\s)?[A-ZÅÄÖa-zåäö][\wåäö-]*"
    r"(?:nämnden|styrelsen|fullmäktige|utskottet)(?:\s+och\s+[\wåäö-]*(?:nämnden|styrelsen))?"
)
_BODY_NAME = re.compile(r"(?:nämnden?|styrelsen?|fullmäktige|utskott(?:et)?)\b", re.IGNORECASE)


def _recipients(header: Header, lines: list[Line], labels: LabelIndex) -> None:
    """'Till Kommunstyrelsen 2019-06-12' (one body a line, or several; the date on the body's
    line or on the line below it)."""
    for hit in labels.of("mottagare"):
        index, _, end, _ = hit
        window = lines[index : index + 6]
        position = 0
        while position < len(window):
            line = window[position]
            text = (line.text[end:] if position == 0 else line.text).strip(" :")
            position += 1
            if not text:
                continue
            dates = find_dates(text, compact_forms=False)
            body = text[: dates[0][1].start()].strip(" ,") if dates else text
            if not body and header.recipients and dates and header.recipients[-1][1] is None:
                # The date below the body: "Socialnämnden" / "2019-06-18".
                name, _, at = header.recipients[-1]
                header.recipients[-1] = (name, dates[0][0], at)
                continue
            named = _BODY_PHRASE.match(body)
            if named and not dates:
                # "Till Utbildningsnämnden <title>": the body ends where its name ends.
                body = named.group(0)
            if not _BODY_NAME.search(body) or len(body.split()) > 8:
                if position > 1 or header.recipients:
                    break
                continue
            header.recipients.append((body, dates[0][0] if dates else None, line))


def _reply(header: Header, lines: list[Line], labels: LabelIndex) -> None:
    target = header.get("svar_senast")
    for hit in labels.of("svar_senast"):
        value, start, _ = _after(lines, labels, hit)
        match = DATE_PATTERN.match(value)
        if match and (found := parse_match(match)):
            target.value, target.line, target.status = found, lines[start], "read"
            return


def standalone_date(lines: list[Line], labels: LabelIndex) -> tuple[dt.date, Line] | None:
    """A date standing in the header without a label ("2012-12-19  TJÄNSTEUTLÅTANDE …"), not a
    meeting date after 'Till <body>' nor a deadline."""
    recipient_lines = {hit[0] for hit in labels.of("mottagare")}
    reply_lines = {hit[0] for hit in labels.of("svar_senast")}
    for index, line in enumerate(lines):
        if (
            index in reply_lines
            or any(0 < index - r <= 3 for r in recipient_lines)
            or index in recipient_lines
        ):
            continue
        dated = find_dates(line.text, compact_forms=False)
        if not dated:
            continue
        value, match = dated[0]
        before = line.text[: match.start()].strip()
        after = line.text[match.end() :].strip()
        if not before and (
            not after
            or labels.kinds.match(after)
            or labels.pattern.match(after)
            or DNR_LABELLESS.match(after)
            or NUMBER_YEAR.fullmatch(after)
        ):
            return value, line
        if not after and before and labels.kinds.fullmatch(before):
            return value, line
        if not after and line.text[: match.start()].endswith("  ") and index < 6:
            # Right-aligned on the letterhead's line: "Utbildningsförvaltningen  2019-08-07".
            return value, line
    return None


#: A case number in a list of cases: year and number, with a prefix or not ("KS 2018/124",
#: "2017-000131", "BUN 2018/41", "2016/KS0405"); never a date.
_LISTED_NUMBER = re.compile(
    r"(?<![\w/.:-])(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}[ /.-]?)?(?:19|20)\d\d"
    r"(?:[/:.]|-(?=\d{3}))(?:[A-ZÅÄÖ]{1,4})?\d{1,6}(?![\d-])"
)


def not_a_listed_number(result: Extraction, lines: list[Line]) -> None:
    """A case number read from a list of cases (an agenda's or a protocol's ärendelista: "26
    Dnr KS 2018/14 Information … 27 Dnr KS 2018/124 Årsredovisning …") is the document's only
    when the title read stands beside it; a title read elsewhere says the number is another
    item's, and it is left undecided ("unreadable")."""
    number = result.data.get("diarienummer")
    at = result.lines.get("diarienummer")
    pieces = [line for line in lines if line.line == at]  # a line split in pieces is whole
    if not isinstance(number, str) or not pieces:
        return
    text = " ".join(line.text for line in pieces)
    listed = {found.group(0) for found in _LISTED_NUMBER.finditer(text)}
    where = text.find(number)
    if len(listed) < 3 or where < 0:
        return
    title = str(result.data.get("rubrik") or "")
    near = text[max(0, where - 160) : where + len(number) + 160]
    if not title or title[:40] in near:
        return  # no title read: the list's first case is the one the page is taken for
    result.data.pop("diarienummer")
    for store in (result.status, result.lines, result.pages, result.snippets):
        store.pop("diarienummer", None)
    result.raw["diarienummer_unread"] = (number, pieces[0])
