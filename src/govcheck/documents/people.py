"""The official who wrote the case, and the people a page names who did not (the page's
contact, the meeting's roll, the switchboard)."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from govcheck.documents.dates import find_dates
from govcheck.documents.extraction import READ, UNREADABLE, Extraction, snippet
from govcheck.documents.header import read_header
from govcheck.documents.proposals import alternation
from govcheck.documents.reader import Line
from govcheck.documents.vocabulary import Vocabulary

_UNIT = r"(?:förvaltningen|kontoret|staben|avdelningen|enheten|sektionen|kansliet)"
_PERSON_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
#: "Kommunledningskontoret Ledningsstaben Lars-Anders Ek KSKF/2018:419 …", "Kommunlednings-
#: förvaltningen Anna Ek," (the kind word on the next line): a flattened header's official, a
#: name right after the unit and before a comma, the case number, a label or the line's end.
_OFFICIAL_AFTER_UNIT = re.compile(
    rf"[a-zåäö]{_UNIT}\s+(?P<name>{_PERSON_WORD}\s+{_PERSON_WORD})"
    r"(?=\s*[,.](?:\s|$)|\s*$|\s+[A-ZÅÄÖ]{2,6}[ /-]?\d|\s+[A-ZÅÄÖ]{2,6}/|\s+(?:Dnr|Diarienummer)\b)"
)

_OFFICIAL_ALONE = re.compile(rf"{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}")
#: A unit's name alone on its line: "Socialförvaltningen", "Miljö- och byggförvaltningen".
_UNIT_ALONE = re.compile(rf"[A-ZÅÄÖ][a-zåäö]*(?:-\s+och\s+[a-zåäö]+)?{_UNIT}")


def official_after_unit(result: Extraction, zone: list[Line], vocabulary: Vocabulary) -> None:
    """An official named without a label in a flattened header, right after the unit."""
    not_names = re.compile(
        rf"(?:{_UNIT[3:-1]}|nämnden|styrelsen|fullmäktige|kommun|stad|region)$", re.IGNORECASE
    )
    for line, below in pairwise(zone):
        # The unit alone on its line, the official alone on the next ("Miljöförvaltningen" /
        # "Eva Ek" / "Datum"), as a PDF's header column gives them.
        alone = _OFFICIAL_ALONE.fullmatch(below.text.strip())
        if not alone or not _UNIT_ALONE.fullmatch(line.text.strip()):
            continue
        words = alone.group(0).split()
        if any(not_names.search(word) or _is_title(word, vocabulary) for word in words):
            continue
        result.put("handlaggare.namn", alone.group(0), below)
        return
    for line in zone:
        found = _OFFICIAL_AFTER_UNIT.search(line.text)
        if not found:
            continue
        words = found.group("name").split()
        if any(
            not_names.search(word)
            or any(word.casefold().endswith(title) for title in vocabulary.title_words)
            for word in words
        ):
            continue
        result.put("handlaggare.namn", found.group("name"), line)
        return


def _is_title(word: str, vocabulary: Vocabulary) -> bool:
    folded = word.casefold()
    return any(folded.endswith(title) for title in vocabulary.title_words)


def header_from_publisher(result: Extraction, hints: list[str], vocabulary: Vocabulary) -> None:
    """A transcript that lost the document's header may keep it in the publisher's name for
    the page (docplayer's 'Download "<title> <municipality> <unit> <official>. 2013-02-26 Dnr
    KS 2013/0082 …"'): its labelled diarienummer, the date beside it, the official after the
    unit. Only when the text itself states neither date nor number."""
    for hint in sorted(hints, key=len, reverse=True):
        line = Line(hint, 1)
        header, _ = read_header([line], vocabulary)
        number = header.get("diarienummer")
        if number.status != READ:
            continue
        result.put("diarienummer", number.value, line)
        date = header.get("datum")
        dated = find_dates(hint, compact_forms=False)
        if date.status == READ and isinstance(date.value, dt.date):
            result.put("datum", date.value.isoformat(), line)
        elif len(dated) == 1:
            result.put("datum", dated[0][0].isoformat(), line)  # the header row's one date
        if not result.get("handlaggare.namn"):
            official_after_unit(result, [line], vocabulary)
        return


def not_the_pages_contact(result: Extraction, body: list[Line], vocabulary: Vocabulary) -> None:
    """A municipal web page's footer ("Sidansvarig:", "Kontakta oss") names the page's
    contact: what was read from after it is no official of the document."""
    if not vocabulary.page_footer:
        return
    footer = re.compile(rf"^[•·\s]*(?:{alternation(vocabulary.page_footer)})\b", re.IGNORECASE)
    start = next((line.line for line in body if footer.match(line.text)), None)
    person = result.data.get("handlaggare")
    if start is None or not isinstance(person, dict):
        return
    result.forget_official(
        [key for key in person if result.lines.get(f"handlaggare.{key}", -1) >= start]
    )


#: A meeting page: a kallelse or a protocol's first pages ("… kallas till sammanträde",
#: "KALLELSE", "SAMMANTRÄDESPROTOKOLL", "Plats och tid", its roll).
_MEETING_PAGE = re.compile(
    r"\bkallas\s+till\s+sammanträde|\bKALLELSE\b|\bKallelse\b|\bSAMMANTRÄDESPROTOKOLL\b"
    r"|\bSammanträdesprotokoll\b|\bPlats och tid\b"
    # A protocol's roll on a page of its own: "Ej tjänstgörande ersättare …", "Övriga
    # närvarande …".
    r"|\b(?:[Ee]j\s+)?tjänstgörande\s+ersättare\b|\bÖvriga\s+(?:närvarande|deltagande)\b"
)
#: The roll of a meeting page: the people called or present, and the chair's and secretary's
#: places ("Tjänstemän Kommunchef …", "Övriga deltagare …", "Ordförande …").
_ROLL = re.compile(
    r"\b(?:Tjänstemän|Tjänsteman|Övriga\s+(?:deltagare|deltagande|närvarande|kallade)|Närvarande|Ledamöter|Ersättare"
    r"|Beslutande|Ordförande|Sekreterare|Kallade)\b"
)


#: Where a protocol's roll ends and an ärende begins: a paragraph, or a label of the ärende's
#: own official.
_AFTER_ROLL = re.compile(r"§|\b(?:Handläggare|Kontaktperson|Ärendebeskrivning|Beslutsunderlag)\b")


def _on_the_roll(before: str) -> bool:
    """A roll runs long ("Övriga närvarande Eva Ek (kommundirektör) … Per Ek (HR-chef)"): a
    name anywhere after its heading, before the first paragraph, stands on it."""
    rolls = list(_ROLL.finditer(before))
    return bool(rolls) and not _AFTER_ROLL.search(before, rolls[-1].end())


def not_the_meetings_people(result: Extraction, body: list[Line], vocabulary: Vocabulary) -> None:
    """A kallelse's or a protocol's first page names the meeting's people: its secretary
    ("Kristoffer Berg Förvaltningssekreterare", "Ordförande … Nämndsekreterare …") and the
    officials present ("Tjänstemän Kommunchef Per Ek Ekonomichef …"). A person read from such
    a page is no official of the ärende: the handläggare is left undecided ("unreadable"), not
    "absent", when the pages label an official somewhere ("Handläggare", "Kontaktperson") or
    hold a tjänsteskrivelse, since the ärende's own pages may name one further on; absent
    when they do neither."""
    person = result.data.get("handlaggare")
    if not isinstance(person, dict) or result.status.get("handlaggare.namn") != READ:
        return
    number = result.lines.get("handlaggare.namn")
    line = next((line for line in body if line.line == number), None)
    name = str(person.get("namn", ""))
    if line is None or not name or not _MEETING_PAGE.search(line.text):
        return
    at = line.text.find(name)
    before = line.text[max(0, at - 120) : max(0, at)]
    secretary = str(person.get("titel", "")).casefold().endswith("sekreterare")
    if at < 0 or not (secretary or _ROLL.search(before) or _on_the_roll(line.text[:at])):
        return
    result.forget_official(
        [key for key in person if result.lines.get(f"handlaggare.{key}") == number]
    )
    if not _may_name_official(body, vocabulary):
        # No "Handläggare", "Kontaktperson", … anywhere, and no tjänsteskrivelse: the pages
        # name no official (a protocol's ärende seldom does): absent, not undecided.
        result.status.pop("handlaggare.namn", None)
        return
    result.status["handlaggare.namn"] = UNREADABLE
    result.raw["handlaggare_undecided"] = True
    result.problem(
        "handlaggare.namn",
        f"handläggarens namn kunde inte avgöras: ”{snippet(line.text[max(0, at - 40) :])}” "
        "namnger sammanträdets deltagare, inte ärendets handläggare",
        line,
    )


def _may_name_official(body: list[Line], vocabulary: Vocabulary) -> bool:
    """Some line labels an official ("Handläggare: …"), or the officials' own paper is among
    the pages ("Tjänsteskrivelse", "TJÄNSTEUTLÅTANDE"), which may name one without a label
    ("Samhällsbyggnadskontoret Eva Ek Samhällsbyggnadschef Tjänsteskrivelse")."""
    labels = vocabulary.labels.get("handlaggare", ())
    papers = [
        form
        for word, kind in vocabulary.doc_kinds.items()
        if kind in ("tjansteskrivelse", "tjansteutlatande")
        for form in (word, word.upper())
    ]
    words = (*labels, *papers)
    if not words:
        return True
    named = re.compile(rf"(?<![\wåäöÅÄÖ])(?:{alternation(words)})(?![\wåäöÅÄÖ])")
    return any(named.search(line.text) for line in body)


#: Kommunfullmäktige's own meeting page: its kallelse ("KALLELSE Kommunfullmäktige",
#: "KALLELSE Nämnd/Styrelse Kommunfullmäktige") or its notice ("Kommunfullmäktige
#: sammanträder 2021-11-29", "Kommunfullmäktige kallas till sammanträde").
_FULLMAKTIGE_MEETING = re.compile(
    r"^(?:\d{1,3}\s+)?(?:KALLELSE|Kallelse)\b\.?\s+(?:Nämnd/Styrelse\s+)?"
    r"(?:Kommunfullmäktige|KOMMUNFULLMÄKTIGE)\b"
    r"|^(?:\d{1,3}\s+)?Kommunfullmäktige\s+(?:sammanträder|kallas\s+till\s+sammanträde)\b"
)
#: The name of a meeting paper at the head of a page: a kallelse, an agenda, a protocol.
_MEETING_PAPER = re.compile(
    r"(?:^|(?<=\s))(?:KALLELSE|Kallelse|KUNGÖRELSE|Kungörelse|UNDERRÄTTELSE|FÖREDRAGNINGSLISTA"
    r"|Föredragningslista|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|PROTOKOLL)(?=[\s/]|$)"
)
_FULLMAKTIGE_WORD = re.compile(r"^(?:Kommunfullmäktige|KOMMUNFULLMÄKTIGE)$")
#: Words that, between a paper's name and "Kommunfullmäktige", make it another paper's subject
#: ("Protokoll från kommunfullmäktige") or another body's paper ("Kallelse Kommunstyrelsen").
_NOT_THE_PAPERS_BODY = re.compile(
    r"(?i)^(?:från|till|över|om|i|för|med|inför|angående|"
    r"[\wåäö-]*(?:styrelsen|nämnden|nämnd|utskottet|utskott|beredningen|fullmäktiges))$"
)


def _fullmaktige_paper(lines: list[Line]) -> Line | None:
    """A meeting paper's name followed within a few words, on its line or the next lines, by
    "Kommunfullmäktige" with no other body between: the page is fullmäktige's own kallelse,
    agenda or protocol ("Kallelse Föredragningslista Kommunfullmäktige", "SAMMANTRÄDESPROTOKOLL
    Blad KOMMUNFULLMÄKTIGE", a table's cells one a line: "KALLELSE/UNDERRÄTTELSE", "Upprättad",
    "<date>", "Förslag", "Kommunfullmäktige")."""
    words = [(word, line) for line in lines for word in line.text.split()]
    for index, (word, line) in enumerate(words):
        if not _MEETING_PAPER.match(word):
            continue
        for following, _ in words[index + 1 : index + 7]:
            if _FULLMAKTIGE_WORD.match(following):
                return line
            if _NOT_THE_PAPERS_BODY.match(following):
                break
    return None


def fullmaktige_meeting(result: Extraction, lines: list[Line]) -> None:
    """An item on kommunfullmäktige's own agenda is decided there: fullmäktige decides what
    it is called to decide, and no body stands above it. (A styrelse's or nämnd's agenda says
    nothing of the kind: its item may be prepared for fullmäktige.)"""
    if "beslutande_organ" in result.data:
        return
    texts = [line for line in lines[:40] if line.text.strip()]
    for line in texts[:12]:
        if _FULLMAKTIGE_MEETING.search(line.text.strip()):
            result.put("beslutande_organ", "Kommunfullmäktige", line)
            return
    if (paper := _fullmaktige_paper(texts[:12])) is not None:
        result.put("beslutande_organ", "Kommunfullmäktige", paper)


#: An address footer: the organisation's postal and visiting address, switchboard, numbers.
_ADDRESS_FOOTER = re.compile(
    r"\b(?:Postadress|Besöksadress|Växel|Org\.? ?nr|Organisationsnummer|Bankgiro|Plusgiro)\b",
    re.IGNORECASE,
)


def not_the_switchboard(result: Extraction, lines: list[Line]) -> None:
    """A telephone number or an e-mail address read, with no official named, from a line
    that is an address footer ("POSTADRESS … TELEFON 08-606 70 00 E-POST kommun@…") is the
    organisation's switchboard and registry, not a handläggare's."""
    person = result.data.get("handlaggare")
    if not isinstance(person, dict) or "namn" in person:
        return
    texts: dict[int, str] = {}
    for line in lines:  # a line split into pieces (a header row's labels) is whole again
        texts[line.line] = f"{texts.get(line.line, '')} {line.text}"
    result.forget_official(
        [
            key
            for key in ("telefon", "epost")
            if key in person
            and (number := result.lines.get(f"handlaggare.{key}")) is not None
            and _ADDRESS_FOOTER.search(texts.get(number, ""))
        ]
    )
