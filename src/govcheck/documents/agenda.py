"""Where the case starts on a page: agenda items of kallelser and protocols, the meeting's date,
and adopted governing documents (their title and adoption)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from govcheck.documents.dates import DATE_PATTERN, find_dates
from govcheck.documents.extraction import READ, Extraction, fold, labels_only
from govcheck.documents.header import DNR_BARE, DNR_VALUE, read_header
from govcheck.documents.proposals import (
    BODY,
    DECIDES,
    PROPOSAL_TO,
    PROPOSES_ONWARD,
    SUBJECT,
    alternation,
    organ_name,
)
from govcheck.documents.reader import Line
from govcheck.documents.statuses import own_kind
from govcheck.documents.titles import addressed_to, first_sentence_cut, is_furniture, tidy
from govcheck.documents.vocabulary import Vocabulary


def document_start(lines: list[Line], vocabulary: Vocabulary) -> int:
    """Where the case document starts when a file holds more (a party's yttrande, a meeting's
    notice and agenda before the tjänsteskrivelse): the first line naming its kind
    ("Tjänsteutlåtande") that header labels follow, when text with section headings, or a
    long stretch of other text, comes before it."""
    label_words = {fold(variant) for variants in vocabulary.labels.values() for variant in variants}
    headings_before = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if vocabulary.section(text) is not None:
            headings_before = True
            continue
        if not _doc_kind(text.split("  ")[0].strip(), vocabulary) or index == 0:
            continue
        following = lines[index + 1 : index + 13]
        labelled = sum(
            1
            for other in following
            if any(fold(other.text).startswith(word) for word in label_words)
        )
        if labelled >= 2:
            return index if headings_before or index > 30 else 0
    return 0


def _heading_at_end(vocabulary: Vocabulary) -> re.Pattern[str]:
    """A heading of two or more words that fills a draft key, at the end of a line."""
    headings = sorted(
        {h for h, key in vocabulary.sections.items() if key and len(h.split()) >= 2},
        key=len,
        reverse=True,
    )
    # … and a decision heading of the form "<Body>s förslag" / "<Body>s beslut".
    decision = (
        r"[A-ZÅÄÖ][\wåäö-]*(?: (?:och|för) [\wåäö-]+){0,2}s (?:beslut|förslag)"
        r"(?: till [\wåäö ]{1,80})?"
    )
    alternatives = "|".join([*(re.escape(h) for h in headings), decision])
    return re.compile(r"\s(" + alternatives + r"):?\s*$", re.IGNORECASE)


#: A protocol paragraph's or an agenda item's marker at the start of a line: "§ 56", "§56",
#: "KS § 127", "§ 63/20", and what follows it.
_PARAGRAPH = re.compile(
    # "KS §12:14": the paragraph and the year's meeting, as some protocols number them.
    r"^(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\s+)?§\s?\d{1,4}(?:/\d{2}|:\d{1,2})?(?=\s|$)\s*"
)
#: A marker ending its line ("Kommunstyrelsen [36] KS 138", "Ks 1", "§ 48") when the case
#: number opens the next line.
_MARKER_AT_END = re.compile(r"(?:^|\s)((?:[A-ZÅÄÖ][A-Za-zåäö]{0,3}\s+)?(?:§\s?)?)(\d{1,4})$")


def _ends_in_marker(text: str) -> bool:
    """A paragraph's marker closing its line: with a body's abbreviation or § ("KS 138",
    "Ks 1", "§ 48"), or a bare number after a heading in capitals ("PROTOKOLL 2 449"); never a
    year closing a title ("… Europaparlamentet 2024")."""
    found = _MARKER_AT_END.search(text)
    if not found or re.fullmatch(r"(?:19|20)\d\d", found.group(2)):
        return False
    return bool(found.group(1).strip()) or not any(ch.islower() for ch in text[: found.start()])


#: An agenda item's number before its title ("3 Ansökan om …").
ITEM = re.compile(
    # "1." opens a decision point, not an item; "Ärende 1." names itself an item.
    # An item counts from 1: "0 Österåker" is a page's furniture (an OCR'd logo), no item.
    r"^(?:[1-9]\d?|(?:Ärende|ÄRENDE|Punkt|PUNKT)\s+\d{1,2}\.?)\s+(?=[A-ZÅÄÖ])"
)
#: A paragraph whose § sign the publisher dropped: the body's abbreviation and the number
#: ("KS 261", "KSAU 2"), or the page's and the paragraph's numbers ("3 3"); taken only with a
#: case number right after it or, after the abbreviation, a labelled one on its line.
_BARE_PARAGRAPH = re.compile(
    r"^(?:(?P<abbr>[A-ZÅÄÖ]{2,5})\s+\d{1,4}|(?P<n>\d{1,3})(?:\s+(?P=n))?)\s+(?=[A-ZÅÄÖa-zåäö])"
)
#: A paragraph's number whose § sign was dropped, before its title.
_DROPPED_SIGN = re.compile(r"^(\d{1,4})\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[\wåäö])")
#: A flattened page's date and, or not, its page number before a paragraph's number whose §
#: sign was dropped ("2015-09-02  115", "2013-11-05 2 Ks 428"), the case number on the next line.
_DATED_MARKER = re.compile(
    r"^(?:19|20)\d\d-\d\d-\d\d\s+(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ][A-Za-zåäö]{0,3}\s+)?§?\s?(\d{1,4})$"
)
#: The paragraphs a protocol holds, as its cover lists them: "Paragrafer 62-77", "§§ 141-195",
#: "Paragrafer 232, 248-281".
_PARAGRAPHS_HELD = re.compile(
    r"(?:\bParagrafer\s*:?|§§)\s*(\d{1,4}(?:\s*(?:[-–]|,|och)\s*(?:§\s*)?\d{1,4})*)"
)


def _paragraph_numbers(texts: list[str]) -> set[int]:
    held: set[int] = set()
    for text in texts:
        for found in _PARAGRAPHS_HELD.finditer(text):
            for part in re.split(r"\s*(?:,|och)\s*", found.group(1)):
                ends = [int(n) for n in re.findall(r"\d{1,4}", part)]
                if len(ends) == 2 and 0 <= ends[1] - ends[0] <= 400:
                    held.update(range(ends[0], ends[1] + 1))
                elif len(ends) == 1:
                    held.add(ends[0])
    return held


def _without_page_head(texts: list[str]) -> list[str]:
    """The lines without the page's running head that a flattened transcript left before a
    wide gap ("Kommunstyrelsen Sammanträdesdatum  100 <title>") when the same head opens the
    first line too."""
    heads = [text.split("  ", 1)[0] if "  " in text else "" for text in texts]
    kept = []
    for text, head in zip(texts, heads, strict=True):
        repeated = head and len(head.split()) >= 2 and heads.count(head) >= 2
        kept.append(text[len(head) :].strip() if repeated else text)
    return kept


#: An agenda item's number, "3." or "3", before its title.
_PROPOSED_ITEM = re.compile(r"^(?:(?:Ärende|ÄRENDE|Punkt|PUNKT)\s+)?\d{1,2}\.?\s+(?=[A-ZÅÄÖ])")
#: A paragraph's number and title closing a line after another paragraph's last sentence.
_CLOSING_PARAGRAPH = re.compile(r"[.!?]\s+(?!(?:19|20)\d\d\b)\d{1,4}\s+([A-ZÅÄÖ][^.!?]{3,150})$")
#: A protocol's running head repeated at the start of each page's line by a transcript
#: ("Kommunstyrelsen 2013-10-01 4(47) KS 261 …").
_RUNNING_HEAD = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]+(?:\s[\wåäö-]+){0,3}\s\d{4}-\d{2}-\d{2}\s+(?:\d{1,3}\s?\(\d{1,3}\)\s+)?"
    # The papers' kind in capitals opening each page ("SAMMANTRÄDESPROTOKOLL 3 (18) 38 …",
    # its page number taken out already).
    r"|^(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL|PROTOKOLLSUTDRAG)\s+"
)


def _without_running_head(lines: list[Line]) -> list[str]:
    """The lines' texts without a running head that opens three or more of them."""
    heads = [_RUNNING_HEAD.match(line.text.strip()) for line in lines]
    counts: dict[str, int] = {}
    for head in heads:
        if head:
            key = re.sub(r"\d{1,3}\s?\(\d{1,3}\)\s+$", "", head.group(0)).strip()
            counts[key] = counts.get(key, 0) + 1
    texts = []
    for line, head in zip(lines, heads, strict=True):
        text = line.text.strip()
        if head:
            key = re.sub(r"\d{1,3}\s?\(\d{1,3}\)\s+$", "", head.group(0)).strip()
            if counts[key] >= 3:
                text = text[head.end() :]
        texts.append(text)
    return texts


@dataclass
class _Item:
    index: int
    title: str
    numbered: bool
    #: Where the next item of the agenda or protocol starts: the ärende ends there.
    end: int | None = None


def agenda_item(lines: list[Line], vocabulary: Vocabulary) -> _Item | None:
    """The ärende of a protocol or a meeting's papers: a paragraph ("§ 56 <title>", "KS § 127"
    with the number and the title on the next lines) or an agenda item ("3 <title>" with its
    Diarienummer below). The first that carries a case number is the ärende (a paragraph on
    the agenda itself or an announcement carries none); else the first paragraph."""
    numbers = [v for v in vocabulary.labels.get("diarienummer", ())]
    label = (
        re.compile(
            r"^(?:" + "|".join(re.escape(v) for v in sorted(numbers, key=len, reverse=True)) + r")"
            r"(?:\s*:|(?=\s|$))",
            re.IGNORECASE,
        )
        if numbers
        else re.compile(r"(?!)")
    )
    found: list[_Item] = []
    dashed: list[int] = []
    texts = _without_running_head(lines)
    headed = _without_page_head(texts)
    numbers_kept = _paragraph_numbers(texts[:20])
    for index, text in enumerate(texts):
        nxt = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        after = lines[index + 2].text.strip() if index + 2 < len(lines) else ""
        head: str | None = None
        bare = _BARE_PARAGRAPH.match(text)
        dropped = _DROPPED_SIGN.match(headed[index])
        if marker := _PARAGRAPH.match(text):
            head = text[marker.end() :]
        elif dropped and (
            int(dropped.group(1)) in numbers_kept or headed[index] != text
        ):
            # "232 <title> …" where the cover says "Paragrafer 232, 248-281", or after the
            # page's running head ("Kommunstyrelsen Sammanträdesdatum  100 <title>"): a
            # paragraph whose § sign a transcript dropped.
            head = headed[index][dropped.end() :]
            nxt = after = ""
        elif (
            (dated := _DATED_MARKER.match(text))
            and int(dated.group(1)) in numbers_kept
            and label.match(nxt)
        ):
            # "2015-09-02  115" / "Dnr 2015/KA0328 <title>": the page's date, the paragraph
            # (one the cover lists: a page's number stands there too).
            head = ""
        elif bare and (
            DNR_BARE.match(text[bare.end() :])
            or (
                bare.group("abbr")
                and (_number_inside(text[bare.end() :], numbers) or label.match(nxt))
            )
        ):
            head = text[bare.end() :]
            if not label.match(nxt):
                nxt = after = ""
        elif (
            _ends_in_marker(text)
            and label.match(nxt)
            and not find_dates(text, compact_forms=False)  # a decision cited: "… 2023-06-14, § 8"
        ):
            head = ""
        elif (closing := _CLOSING_PARAGRAPH.search(text)) and label.match(nxt):
            # "… informationerna. 173 Digital strategi för Exempelby kommun" / "Dnr KS …": a
            # paragraph whose § was dropped, run on after the paragraph before it.
            head = closing.group(1)
        elif (item := ITEM.match(text)) and label.match(nxt):
            head = text[item.end() :]
        elif (
            (item := _PROPOSED_ITEM.match(text))
            and not _PROPOSED_ITEM.match(nxt)
            and vocabulary.section(nxt) == "forslag_till_beslut"
        ):
            # "3. <title>" / "Kommunstyrelsens förslag till beslut:": an agenda item with the
            # proposal printed under it.
            head = text[item.end() :]
            nxt = after = ""
        elif text in ("-", "–") and nxt[:1].isupper() and len(nxt.split()) <= 25:
            # A meeting portal's agenda: a dash line, then the item's title (its number, a
            # line of its own, is publisher's furniture); kept only when it states a decision.
            dashed.append(index)
            head, nxt, after = nxt, "", ""
        if head is None:
            continue
        rest = [head] if head else []
        rest += [nxt, after]
        title, numbered = _item_title(rest, label, vocabulary)
        if title:
            found.append(_Item(index, title, numbered))
        if len(found) >= 40:
            break
    if dashed:
        # Dash items only on a page of two or more, and only the one that states a decision.
        ends = {item.index: later.index for item, later in itertools.pairwise(found)}
        kept = [
            item
            for item in found
            if item.index not in dashed
            or (
                len(dashed) >= 2
                and _states_decision(
                    " ".join(
                        line.text
                        for line in lines[item.index : ends.get(item.index, item.index + 20)][:20]
                    )
                )
            )
        ]
        found = kept
    if not found:
        return None
    for earlier, later in itertools.pairwise(found):
        earlier.end = later.index
    carrying = [item for item in found if item.numbered]
    # Of a meeting's items, the ärende is the first that goes to a decision: an item whose
    # proposal is only that information be noted ("Informationen noteras", a monthly report)
    # comes before it on the agenda.
    deciding: list[_Item] = []
    for position, candidate in enumerate(carrying):
        end = carrying[position + 1].index if position + 1 < len(carrying) else len(lines)
        start = candidate.index
        text = " ".join(line.text for line in lines[start : min(end, start + 40)])
        if _PROCEDURAL.match(candidate.title):
            continue  # the meeting's own business, though it carries a case number
        if not _only_information(lines[start : min(end, start + 40)], text, vocabulary):
            deciding.append(candidate)
            if _states_decision(text):
                # Of several, the first that states a decision ("2 KS 2012/7 Anmälan av
                # … för kännedom" before "3 KS 2010/116 … Kommunfullmäktige beslutar att").
                return candidate
    if deciding:
        return deciding[0]
    if carrying:
        return next((item for item in carrying if not _PROCEDURAL.match(item.title)), carrying[0])
    # Without case numbers, a paragraph printed with its text is the ärende before a line of
    # the protocol's contents; of either, the meeting's own business ("Val av justerare",
    # "Upprop", "Anmälan av delegationsbeslut") opens the list and is no ärende of its own
    # while a later item is one.
    # The paragraph repeats its line of the contents, and the store may cut its text short.
    listed = [item.title for item in found]
    texted = [
        item
        for position, item in enumerate(found)
        if len(" ".join(line.text for line in lines[item.index + 1 : item.end]).split()) >= 5
        or item.title in listed[:position]
    ]
    pool = texted or found
    return next((item for item in pool if not _PROCEDURAL.match(item.title)), pool[0])


#: The heading of a meeting's list of items: "Föredragningslista", "Ärendelista", "Dagordning",
#: "Förteckning över kommunstyrelsens ärenden den 6 maj".
_LIST_HEADING = re.compile(
    r"\b(?:Föredragningslista|FÖREDRAGNINGSLISTA|Ärendelista|ÄRENDELISTA|Dagordning"
    r"|Innehållsförteckning|INNEHÅLLSFÖRTECKNING|Förteckning över [\wåäö ]{0,40}ärenden)\b"
)
#: What an item of a meeting's list is that goes to no decision of its own: the meeting's own
#: business, and reports and announcements noted.
_ANNOUNCED = re.compile(
    r"(?:(?:Muntlig )?[Ii]nformation\b|Anmälningar\b|Anmälan\b"
    r"|Redovisning av (?:protokoll|delegerings|delegations)"
    r"|Allmänhetens frågor|(?:[\wåäö-]+s\s)?[Pp]rotokoll\b|Ajournering\b|Delgivningar\b"
    r"|[A-ZÅÄÖ][\wåäö-]*\s+informerar\b)",
    re.IGNORECASE,
)


def listed_title(result: Extraction, lines: list[Line], vocabulary: Vocabulary) -> None:
    """The ärende of a meeting's list of items run together on a line ("Föredragningslista 1. Val
    av justerare 2. Motion om … 3 3. …"), or on lines of their own, when no item was found
    with its text: the first that goes to a decision, one with its own case number before one
    without. Its end is the next item's number, its case number or a page number. Not when a
    case document of its own kind follows the list (a tjänsteskrivelse after the kallelse)."""
    if own_kind(lines[:60], vocabulary) is not None:
        return
    for index, line in enumerate(lines[:60]):
        heading = _LIST_HEADING.search(line.text)
        if not heading:
            continue
        text = "\n".join(
            [line.text[heading.end() :], *(other.text for other in lines[index + 1 : index + 40])]
        )
        # A protocol's contents ("Innehållsförteckning", "Ärendelista") count its paragraphs
        # from where the meeting's start ("§ 141 …"); a document's own contents count its
        # chapters from 1, and are no list of items.
        contents = heading.group(0).lower() in ("innehållsförteckning", "ärendelista")
        items = _list_items(text, paragraphs=contents)
        if len(items) < 3 or (contents and items[0][2] < 5):
            continue
        kept = [
            (title, numbered)
            for title, numbered, _ in items
            if title and not _PROCEDURAL.match(title) and not _ANNOUNCED.match(title)
        ]
        chosen = next((t for t, numbered in kept if numbered), None) or next(
            (t for t, _ in kept), None
        )
        if chosen:
            result.put("rubrik", chosen, line)
        return


def _list_items(text: str, *, paragraphs: bool) -> list[tuple[str, bool, int]]:
    """The items of a list numbered 1, 2, 3 … in one text: each title, whether a case number
    stands with it, and its number. The count may start at 2 (a site dropped the first number) and
    skip numbers the site dropped; it needs three numbers in a row to be a list."""
    marks: list[tuple[int, int, int]] = []  # (number, start, end of the number)
    position = 0
    first = re.search(r"(?:^|\s)(?:§\s?)?([1-9]\d{0,3})\.?[ \t]+(?=[A-ZÅÄÖ])", text)
    expected = int(first.group(1)) if paragraphs and first else 1
    last = expected + 60
    while expected <= last:
        found = None
        for step in range(0, 4):  # a site may drop an item's number
            number = expected + step
            found = re.compile(rf"(?:^|\s)(?:§\s?)?{number}\.?[ \t]+(?=[A-ZÅÄÖ])").search(
                text, position
            )
            if found:
                marks.append((number, found.start(), found.end()))
                position = found.end()
                expected = number + 1
                break
        if not found:
            break
    if len(marks) < 3 or marks[2][0] - marks[0][0] != 2:
        return []
    items = []
    for (count, _, start), following in itertools.zip_longest(marks, marks[1:]):
        # The list's last item ends with its line: what follows may be another paper.
        end = following[1] if following else text.find("\n", start)
        segment = text[start : end if end >= 0 else len(text)].replace("\n", " ")
        case = (
            DNR_BARE.search(segment)
            or re.search(r"\s(?:Dnr|Diarienr)\b|(?<!\S)[A-ZÅÄÖ]{1,6}\s?(?:19|20)\d\d/\d", segment)
        )
        title = segment[: case.start()] if case else segment
        if case and not title.strip():
            # "106 Dnr 2017-000002 101 <title>": the number, and an archive code, first.
            title = re.sub(r"^[\d\s-]*", "", segment[case.end() :].strip())
            title = re.sub(r"^(?:(?:19|20)\d\d-\d+|\d{1,4})\s+", "", title)
        # The time the item is taken up, and who presents it ("Kl. 13.00–13.20 Eva Ek …").
        title = re.split(r"\s(?:Kl|kl)\.?\s+\d", title)[0]
        title = re.sub(r"\s\d{1,3}$", "", title.strip())  # the page it is printed on
        title = title.strip(" ,.-–(")
        # A word a printed list hyphenated over two lines ("investerings- plan").
        title = re.sub(r"(?<=[a-zåäö])- (?!(?:och|eller|samt|till)\b)(?=[a-zåäö])", "", title)
        if not following and not case:
            title = ""  # the list's last item: where it ends cannot be told
        items.append((tidy(title) if len(title.split()) <= 25 else "", bool(case), count))
    return items


#: The meeting's own business on an agenda or in a protocol's contents: choosing who signs
#: the protocol, the roll call, adopting the agenda, reports noted without a decision.
_PROCEDURAL = re.compile(
    r"(?:Val av (?:protokolls)?justera(?:re|nde)|Justering\b|Upprop|Sammanträdets öppnande"
    r"|(?:Godkännande|Fastställande|Fastställelse) av (?:dagordning|föredragningslista)"
    r"|(?:Anmälan av )?[Dd]elegationsbeslut|(?:Övriga )?[Aa]nmälningsärenden|Delgivningar"
    r"|Meddelanden\b|Information från\b|Informationsärenden|Allmänhetens frågestund"
    r"|Övriga frågor)",
    re.IGNORECASE,
)


def _only_information(item: list[Line], text: str, vocabulary: Vocabulary) -> bool:
    """An item whose proposal is only that information be noted. Where the proposal stands
    under its heading, every sentence of it must say so ("Kommunfullmäktige beslutar att lägga
    meddelandena till handlingarna. Hemställes hos länsstyrelsen om ny sammanräkning." asks
    more); else the item's text is searched as a whole."""
    if not any(p.search(text) for p in vocabulary.information):
        return False
    proposal: list[str] = []
    for line in item:
        key = vocabulary.section(line.text.strip())
        if key == "forslag_till_beslut":
            proposal = [""]
        elif proposal and key is not None:
            break
        elif proposal:
            proposal.append(line.text)
    said = " ".join(proposal).strip()
    if not said:
        return True
    sentences = [bit for bit in re.split(r"(?<=[.!?])\s+", said) if bit.strip(" -*•")]
    return all(any(p.search(bit) for p in vocabulary.information) for bit in sentences)


def _states_decision(text: str) -> bool:
    """The text holds a decision sentence or a run-on proposer's heading."""
    return bool(DECIDES.search(text) or PROPOSAL_TO.search(text) or PROPOSES_ONWARD.search(text))


def _number_inside(text: str, labels: list[str]) -> bool:
    """A labelled case number within the line ("<title> Änr KS 2018/27 …")."""
    words = "|".join(re.escape(v) for v in sorted(labels, key=len, reverse=True))
    return bool(words) and bool(
        re.search(rf"\s(?:{words})\s*:?\s*[A-ZÅÄÖ]{{0,6}}[ /-]?\d", text, re.IGNORECASE)
    )


def _item_title(
    rest: list[str], label: re.Pattern[str], vocabulary: Vocabulary
) -> tuple[str, bool]:
    """The title in the lines after an item's marker, and whether a case number stands there.
    The number may come first ("Dnr KS 03-252 <title>"), after the title on its line
    ("<title> Ärendenummer: Ks 1092/2013") or on the next line."""
    numbered = False
    title = ""
    for text in rest:
        text = text.strip()
        if not text:
            continue
        opening = label.match(text)
        if opening:
            numbered = True
            value = DNR_VALUE.match(text[opening.end() :].strip(" :"))
            text = text[opening.end() :].strip(" :")
            if value:
                text = text[value.end() :].strip(" :-–")
            if not text:
                continue
        if title:
            break
        bare = DNR_BARE.match(text)
        if bare:
            # The case number without its label right after the marker ("KS § 80 KS/2018:298").
            numbered = True
            text = text[bare.end() :].strip(" :-–")
            text = re.sub(r"^\d{1,4}\b\s*", "", text)  # an archive code after it ("- 001")
            # Another register's number after it ("SBN 2012/101 21 MB 2011-000958 <title>").
            while (other := DNR_BARE.match(text)) or (other := _OTHER_NUMBER.match(text)):
                text = text[other.end() :].strip(" :-–")
            if not text:
                continue
        # The archive's classification code after the number ("Dnr 191/2013 Kod 623 <title>",
        # "Dnr Ks 2012.512 1.3.6 <title>", its first digit taken with the number).
        text = re.sub(r"^(?:(?:Kod|KOD)\s*:?\s*\d{1,6}|\.?\d{0,3}(?:\.\d{1,3})+)\s+", "", text)
        inside = re.search(
            r"\s(?:"
            + "|".join(
                re.escape(v)
                for v in sorted(vocabulary.labels.get("diarienummer", ()), key=len)[::-1]
            )
            + r")(?:\s*:|\s)",
            text,
        )
        if inside:
            numbered = True
            text = text[: inside.start()]
        title = first_sentence_cut(text, vocabulary)
        # "<title> Kommunstyrelsens beslut Kommunstyrelsen föreslår …": the decision's heading
        # run on after the title.
        decision = re.search(rf"\s{BODY}s (?:beslut|förslag)\s+(?=[A-ZÅÄÖ])", title)
        if decision and len(title[: decision.start()].split()) >= 2:
            title = title[: decision.start()]
        heading = _heading_at_end(vocabulary).search(title)
        if heading and heading.start() > 0 and vocabulary.section(heading.group(1)):
            title = title[: heading.start()]  # "<title> Kommunstyrelsens förslag"
        title = _decision_run_on(title)
        if numbered:
            break
    return tidy(title), numbered


#: The decision run on after a paragraph's title where a transcript dropped the body's name
#: ("<title> s beslut Informationen noteras", "<title> beslutar 1. Godkänna …"), or where the
#: body is one the decision sentences do not know ("<title> Kommunstyrelsens arbetsutskott
#: beslutar att …").
_DECISION_RUN_ON = re.compile(
    r"\s(?:(?:[A-ZÅÄÖ][\wåäö-]*s\s)?[\wåäö-]*(?:nämnd|styrelse|fullmäktige|utskott|beredning)"
    r"(?:en|n|et)?\s)?(?:s\s(?:beslut|förslag)\s+(?=[A-ZÅÄÖ\d])|beslutar(?=\s+(?:att\b|1\.)|\s*:))"
    # "<title> Kommunstyrelsens beslut 1. …": the decision's heading, its points after it.
    r"|\s[A-ZÅÄÖ][\wåäö-]*(?:nämnd|styrelse|fullmäktige|utskott|beredning)(?:en|n|et)?s\s"
    r"(?:beslut|förslag)\s+(?=1\.\s)"
)


def _decision_run_on(title: str) -> str:
    found = _DECISION_RUN_ON.search(title)
    if found and len(title[: found.start()].split()) >= 2:
        return title[: found.start()]
    return title


#: A case number of another register ("MB 2011-000958"): letters, a year and a long serial.
_OTHER_NUMBER = re.compile(r"[A-ZÅÄÖ]{1,6}[ -](?:19|20)\d\d-\d{4,8}(?![\w-])")


def _doc_kind(text: str, vocabulary: Vocabulary) -> str | None:
    # "Tjänsteskrivelse 1 (1)": the kind word and the page number.
    text = re.sub(r"(?:\s+[\d()]+){1,4}$", "", text)
    for word, kind in vocabulary.doc_kinds.items():
        if text == word or text == word.upper():
            return kind
    return None


def split_sections(
    lines: list[Line], vocabulary: Vocabulary
) -> tuple[list[Line], dict[str, list[Line]], dict[str, Line]]:
    """The header block (before the first section), each section's lines, and heading lines.
    A heading met again later (a second "Sammanfattning" in an attachment) ends the section
    before it but does not replace the first."""
    header: list[Line] = []
    sections: dict[str, list[Line]] = {}
    headings: dict[str, Line] = {}
    current: str | None = None
    ending = _heading_at_end(vocabulary)
    split: list[Line] = []
    for line in lines:
        # A heading of several words run on after the title on its line ("Årsredovisning
        # 2016 Förslag till beslut"): the title and the heading apart.
        tail = ending.search(line.text) if len(line.text) <= 120 else None
        if (
            tail
            and tail.start() > 0
            and vocabulary.section(line.text) is None  # "Kontorets förslag till beslut"
            and vocabulary.section(tail.group(1))
        ):
            split.append(Line(line.text[: tail.start()].rstrip(), line.line, line.page))
            split.append(Line(tail.group(1), line.line, line.page))
        else:
            split.append(line)
    for line in split:
        # A proposer's heading naming the bodies it passes through may be long ("Kultur- och
        # fritidsnämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige").
        named = vocabulary.decision is not None and vocabulary.decision.match(line.text.strip())
        key = vocabulary.section(line.text) if len(line.text) <= 80 or named else None
        if key == "" and current is None and _doc_kind(line.text.strip(), vocabulary):
            # A word for the document's own kind standing alone in the header ("Yttrande"
            # above the title) names the kind; it is no heading that ends the header.
            key = None
        if key is not None:
            if key and key not in sections:
                current = key
                sections[current] = []
                headings[current] = line
            elif key and key == current and not sections[key]:
                # "Förslag till beslut" / "Kontorets förslag till kommunstyrelsen:": a second
                # heading of the same kind right below the first opens the same section.
                sections[key].append(line)
            else:
                current = "_"
                sections.setdefault("_", [])
            continue
        if current is None:
            header.append(line)
        else:
            sections[current].append(line)
    sections.pop("_", None)
    return header, sections, headings


def meeting_date(
    result: Extraction, head: list[Line], vocabulary: Vocabulary, hints: list[str]
) -> None:
    """A protocol paragraph's or a meeting item's date is the meeting's: the date after a
    Datum or Sammanträdesdatum label in the protocol's head, or after the word naming the
    papers ("PROTOKOLL 1 (77) 2013-11-26", "Plats och tid … 2021-10-13"), there or in the
    publisher's name for the page ("… SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2013-01-09")."""
    # The meeting's date after its label, or on the line that names the papers' kind (before
    # a Datum label: "Datum då anslaget sätts upp" is the notice's date).
    meeting = re.compile(
        r"\b(?:Sammanträdesdatum|Plats och tid|(?:SAMMANTRÄDES)?PROTOKOLL|Protokoll|KALLELSE"
        r"|Kallelse|Möte)\b\s*:?"
        # "Tid Tisdagen den 4 december 2018 kl. 8:00": the meeting's time on a cover.
        r"|(?:^|(?<=\s))Tid\s*:?\s+(?=(?:[A-ZÅÄÖa-zåäö]+dagen\s+)?(?:den\s+)?\d)"
        # "Kommunfullmäktige måndagen den 24 juni 2019 kl. 14:00": the body's meeting.
        rf"|^{SUBJECT}\s+(?=[a-zåäö]+dagen\s+(?:den\s+)?\d)"
        # "Kommunfullmäktige sammanträder 2021-11-29": a meeting notice's heading.
        rf"|^{SUBJECT}\s+sammanträder\b(?:\s+(?:på\s+)?[a-zåäö]+dagen)?(?:\s+den)?"
    )
    texts = [line.text.strip() for line in head[:60]]
    for index, line in enumerate(head[:60]):
        # Each of the line's words for the meeting in turn: a flattened cover may name the
        # place without the date ("Plats och tid Vävaren, klockan 08:15") and the meeting's
        # date further on ("Sammanträdesdatum 2017-12-13").
        for label in meeting.finditer(line.text):
            rest = line.text[label.end() :]
            if not rest.strip():
                # "Sammanträdesdatum" alone on its line, the date on the next line with text.
                rest = next((text for text in texts[index + 1 : index + 4] if text), "")
                rest = rest if DATE_PATTERN.match(rest) else ""
            # Further on, a flattened cover holds the adjustment's and the notice's dates
            # ("Justeringens tid och plats … 2018-01-18", "anslaget sätts upp …"): not the
            # meeting's.
            other = re.search(r"(?i)\bjustering|\banslag", rest)
            dated = find_dates(rest[: other.start()] if other else rest, compact_forms=False)
            if dated:
                result.put("datum", dated[0][0].isoformat(), line)
                return
    # A protocol's running head, repeated on each page's line ("Kommunstyrelsen 2013-10-01").
    heads = [_RUNNING_HEAD.match(line.text.strip()) for line in head[:60]]
    dates = [find_dates(found.group(0), compact_forms=False) for found in heads if found]
    if len(dates) >= 2 and all(d and d[0][0] == dates[0][0][0] for d in dates):
        result.put("datum", dates[0][0][0].isoformat(), head[0] if head else None)
        return
    for hint in hints:
        dated = find_dates(hint, compact_forms=False) if meeting.search(hint) else []
        if dated:
            result.put("datum", dated[0][0].isoformat(), head[0] if head else None)
            return
    header, _ = read_header(head[:60], vocabulary)
    found = header.get("datum")
    if (
        found.status == READ
        and isinstance(found.value, dt.date)
        # "Datum då anslaget sätts upp": the notice's date, not the meeting's.
        and not (found.line and re.search(r"(?i)\banslag", found.line.text))
    ):
        result.put("datum", found.value.isoformat(), found.line)


_ADOPTED = re.compile(
    r"\b(?:Fastställd|Fastställda|Fastställt|Fastställdes|Antagen|Antagna|Antaget|Antogs|Beslutad|Beslutade|Beslutat)\s+av\s*:?\s+"
    r"([\wåäöÅÄÖ-]*(?:nämnden|styrelsen|fullmäktige|utskottet))\b"
)


def read_adoption(
    result: Extraction, body: list[Line], vocabulary: Vocabulary, header: list[Line]
) -> None:
    """An adopted governing document (a policy, riktlinjer as published) says who adopted it
    and when, under its title: "<title> / Fastställd av kommunfullmäktige 30 november 2020 §
    98", "Antogs av kommunstyrelsen 2 november 2010". The adopting body decided it, the date
    is the document's, and the line before the adoption is its title. Not for a case document
    that names its own kind (a tjänsteskrivelse quoting an earlier decision)."""
    if own_kind(header, vocabulary) is not None:
        return
    for index, line in enumerate(body[:15]):
        found = _ADOPTED.search(line.text)
        if not found:
            continue
        result.raw["antagen"] = True
        if "beslutande_organ" not in result.data:
            result.put("beslutande_organ", organ_name(found.group(1)), line)
        if "datum" not in result.data:
            following = " ".join(other.text for other in body[index : index + 6])
            start = following.find(found.group(0)) + len(found.group(0))
            dated = find_dates(following[start : start + 300], compact_forms=False)
            if dated:
                result.put("datum", dated[0][0].isoformat(), line)
        before = line.text[: found.start()].strip(" .,")
        back = index
        while (len(before.split()) < 3 or labels_only(before, vocabulary)) and back > 0:
            back -= 1  # the title stands above the adoption (and above a Dnr line)
            before = body[back].text.strip(" .,")
            if index - back >= 2:
                break
        before = addressed_to(result, before, line).strip()
        # A sentence of the text above a page's facts block ("Dokumenttyp: Policy / Antaget
        # av: Kommunfullmäktige") is no title.
        sentence = len(before.split()) > 20 or bool(re.search(r"[a-zåäö]{2}\.\s+[A-ZÅÄÖ]", before))
        if len(before.split()) >= 3 and not sentence and not is_furniture(before, vocabulary):
            result.data.pop("rubrik", None)
            result.status.pop("rubrik", None)
            result.lines.pop("rubrik", None)
            result.snippets.pop("rubrik", None)
            result.put("rubrik", tidy(before), line)
        return


def governing_title(
    result: Extraction, body: list[Line], vocabulary: Vocabulary, hints: list[str]
) -> None:
    """An adopted governing document's title names its kind: the first "<kind> för|mot|om …"
    ("Policy för styrande dokument i Exempelby kommun", "Riktlinjer för IT") near its head, or
    in the publisher's name for the page when the head lost it; cut where the title is
    repeated ("Riktlinjer för IT Riktlinjer för IT"), at its number, a label or a sentence's
    end. Only when the title read does not already open so."""
    kinds = alternation(vocabulary.governing_kinds)
    if not kinds:
        return
    # The kind may end a compound: "Representationspolicy för …", "Informationssäkerhetspolicy".
    tails = "|".join(re.escape(kind.lower()) for kind in vocabulary.governing_kinds)
    kinds = rf"{kinds}|[A-ZÅÄÖ][a-zåäö]{{3,}}(?:{tails})"
    opens = re.compile(rf"(?:^|(?<=[\s\"”“]))((?:{kinds})\s(?:för|mot|om|avseende)\s\S.*)")
    current = str(result.data.get("rubrik") or "")
    current_opens = bool(re.match(rf"(?:{kinds})\s(?:för|mot|om|avseende)\s", current))
    number = str(result.data.get("diarienummer") or "")
    ends = [
        r"[.:;\"”(]",
        r"\s(?:Pdf|PDF|Dnr|Diarienummer|Beslutsinstans|Beslutande|Fastställ\w*|Antagen|Antogs)\b",
        rf"\s(?:{kinds})\s(?:för|mot|om|avseende)\s",
        r"\s\d{1,3}$",
        r"\s[A-ZÅÄÖ][A-Za-zåäö]{0,5}\s?[/-]?\s?\d{4}[:/]\d",  # a case number after it
    ]
    if number:
        ends.append(re.escape(" " + number))
    cut = re.compile("|".join(ends))
    texts = [(line.text, line) for line in body[:15]] + [
        (hint, body[0] if body else None) for hint in hints
    ]
    if current_opens:
        # The title read opens so: only what runs on after it is cut.
        texts = [(current, None)]
    for text, line in texts:
        found = opens.search(text)
        if not found:
            continue
        title = found.group(1)
        stop = cut.search(title, 1)
        title = tidy(title[: stop.start()] if stop else title).rstrip(" ,-–")
        if 3 <= len(title.split()) <= 15 and not is_furniture(title, vocabulary):
            if title != current:
                result.put("rubrik", title, line)
            return
