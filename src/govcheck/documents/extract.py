"""From the lines of a municipal case document to a draft.

The result is the same structure as a hand-written draft (a dict that ``Draft`` validates), the
line each value came from, and, for each field a case document should give, whether it was
read, is absent from the document, or stands there but could not be understood. Nothing is
guessed: a value the text does not give is left out and said, so that the rules see it as
missing and the user sees why. The one exception is said as such: when the header has no
date, the date is inferred from the text (marked ``inferred``) so that the rules and the
template in force at the time apply.
"""

from __future__ import annotations

import re
from typing import Any

from govcheck.documents.agenda import (
    ITEM,
    agenda_item,
    document_start,
    governing_title,
    listed_title,
    meeting_date,
    read_adoption,
    split_sections,
)
from govcheck.documents.extraction import ABSENT, READ, Extraction
from govcheck.documents.header import (
    EMAIL,
    belongs,
    name_and_title,
    not_a_listed_number,
    read_header,
)
from govcheck.documents.kommun import KommunEvidence, detect_kommun
from govcheck.documents.people import (
    fullmaktige_meeting,
    header_from_publisher,
    not_the_meetings_people,
    not_the_pages_contact,
    not_the_switchboard,
    official_after_unit,
)
from govcheck.documents.proposals import (
    BODY,
    alternation,
    decision_level,
    decision_sentence,
    numbered_proposal_to,
    organ_name,
    read_proposal,
    read_sections,
)
from govcheck.documents.reader import Line
from govcheck.documents.statuses import (
    PROTOCOL_DRAFT,
    case_type,
    infer_date,
    number_written,
    own_kind,
    set_statuses,
)
from govcheck.documents.textchecks import check_texts
from govcheck.documents.textfacts import plan_facts, text_facts
from govcheck.documents.titles import choose_title, header_fields, title_run_ons
from govcheck.documents.vocabulary import Vocabulary


def extract(
    lines: list[Line],
    vocabulary: Vocabulary,
    page_headers: list[Line] | None = None,
    default_kommun: str | None = None,
    evidence: KommunEvidence | None = None,
    title_hints: list[str] | None = None,
) -> Extraction:
    """Extract a draft. ``vocabulary`` should already carry the municipality's additions
    (see ``municipality``); ``evidence`` says how the municipality was found."""
    result = Extraction()
    start = document_start(lines, vocabulary)
    item = agenda_item(lines, vocabulary) if start == 0 else None
    # A kind word that titles another item of the agenda ("1 Informationsärende") is no
    # word of the page for its own kind.
    before_item = (
        [line for line in lines[: item.index + 1][:30] if not ITEM.match(line.text.strip())]
        if item is not None
        else []
    )
    if item is not None and not own_kind(before_item, vocabulary):
        start = item.index
    else:
        item = None
    body = lines[start : item.end if item is not None else None]
    header_lines, sections, headings = split_sections(body, vocabulary)
    if not header_lines:
        header_lines = body[:12]
    if evidence is None:
        evidence = municipality(lines, vocabulary, by_number=default_kommun is None)
    result.kommun = evidence
    kommun = evidence.kommun if evidence else (default_kommun or "okand")
    result.put("kommun", kommun, evidence.line if evidence else None)
    if kommun == "okand":
        result.status["kommun"] = ABSENT  # no municipality named: not "read"
    vocabulary = vocabulary.for_kommun(kommun)
    zone = [*header_lines, *(page_headers or [])]
    header, labels = read_header(zone, vocabulary)
    header_fields(result, header, zone, labels, vocabulary, kommun)
    if result.status.get("handlaggare.namn") == READ and "handlaggare.epost" not in result.status:
        # The official's own address, in a page footer after the text ("… Box 22 049 104 22
        # Stockholm hanna.berg@edu.exempel.se"): an address made of the official's name.
        official = str(result.get("handlaggare.namn"))
        for line in body:
            mine = [
                found.group(0)
                for found in EMAIL.finditer(line.text)
                if belongs(found.group(0), official.split()[-1])  # the surname, not "per."
            ]
            if mine:
                result.put("handlaggare.epost", mine[0], line)
                break
    if result.status.get("handlaggare.namn") == READ and "handlaggare.titel" not in result.status:
        # The official's title in the signature, after the name the header gave.
        signed = name_and_title(body, vocabulary, name=str(result.get("handlaggare.namn")))
        if signed and signed[0][1]:
            result.put("handlaggare.titel", signed[0][1], signed[1])
    if item is not None:
        result.put("rubrik", item.title, lines[item.index])
        if "datum" not in result.data:
            meeting_date(result, lines[: item.index], vocabulary, title_hints or [])
    elif "datum" not in result.data and not own_kind(header_lines[:30], vocabulary):
        # A protocol or meeting page whose paragraphs were not told apart: the meeting's date.
        # The publisher's name for the page may keep the date the page lost ('Download
        # "KALLELSE Kommunstyrelsen 2014-05-06. …"').
        meeting_date(result, lines[:60], vocabulary, title_hints or [])
    if item is None:
        listed_title(result, lines, vocabulary)
    choose_title(result, header, labels, zone, header_lines or body[:40], vocabulary, title_hints)
    read_sections(result, sections, headings, vocabulary, body)
    if item is not None and "forslag_till_beslut" not in result.data:
        # A protocol paragraph may state its decision as a sentence under the title, with no
        # heading: "Tekniska nämnden fastställer utsänd föredragningslista".
        verbs = alternation(vocabulary.verbs) or "beslutar"
        said = re.compile(rf"^(?:[A-ZÅÄÖ][\wåäö-]*\s(?:och\s)?)?{BODY}\s+(?:{verbs})\b")
        for line in body[1:8]:
            if said.match(line.text.strip()):
                read_proposal(result, [line], vocabulary)
                break
    if "beslutsplanering" not in result.data and header.recipients:
        # "Till Trafik- och renhållningsnämnden 2013-02-07": the meetings the case goes to.
        steps = []
        for body_name, date, _ in header.recipients:
            step: dict[str, Any] = {"organ": organ_name(body_name), "steg": "sammantrade"}
            if date:
                step["datum"] = date.isoformat()
            steps.append(step)
        result.put("beslutsplanering", steps, header.recipients[0][2])
        result.raw["beslutsplanering"] = [
            f"{name} {date.isoformat()}" if date else name for name, date, _ in header.recipients
        ]
    if "beslutsunderlag" not in result.data:
        attached = [line for line in header_lines if re.match(r"^Bilaga \d+\s*:", line.text)]
        if attached:
            result.put("beslutsunderlag", [line.text.strip() for line in attached], attached[0])
    if "beslutande_organ" not in result.data and header.recipients:
        body_name, _, line = header.recipients[0]
        result.put("beslutande_organ", organ_name(body_name), line)
    elif "beslutande_organ" not in result.data and "mottagare" in result.raw:
        # The body named above the title is the one the document is written to.
        body_name, line = result.raw["mottagare"]
        result.put("beslutande_organ", organ_name(body_name), line)
    decision_level(result, body, vocabulary)
    read_adoption(result, body, vocabulary, [*header_lines, *(page_headers or [])])
    if "beslutande_organ" not in result.data:
        numbered_proposal_to(result, body, vocabulary)
    if "beslutande_organ" not in result.data:
        decision_sentence(result, body, vocabulary)
    if "beslutande_organ" not in result.data:
        # "KALLELSE/PROTOKOLLSFÖRSLAG KOMMUNFULLMÄKTIGE <title>": the draft of that body's
        # protocol; the body decides the item.
        for line in header_lines[:20]:
            if drafted := PROTOCOL_DRAFT.search(line.text):
                result.put("beslutande_organ", drafted.group(1).capitalize(), line)
                break
    if drafted_title := PROTOCOL_DRAFT.match(str(result.data.get("rubrik", ""))):
        rest = str(result.data["rubrik"])[drafted_title.end() :].strip()
        if rest:
            result.data["rubrik"] = rest
    if result.raw.get("antagen"):
        governing_title(result, body, vocabulary, title_hints or [])
    title_run_ons(result)
    if not result.get("handlaggare.namn"):
        official_after_unit(result, zone[:8], vocabulary)
    if "datum" not in result.data and "diarienummer" not in result.data and title_hints:
        header_from_publisher(result, title_hints, vocabulary)
    not_the_pages_contact(result, body, vocabulary)
    not_the_meetings_people(result, body, vocabulary)
    not_the_switchboard(result, lines)
    fullmaktige_meeting(result, lines)
    case_type(result, body, [*header_lines, *(page_headers or [])], vocabulary)
    infer_date(result, body, header, labels)
    text_facts(result, body)
    plan_facts(result, body)
    if "diarienummer" not in result.data:
        # Not in the account of the case: "beställdes … (Dnr SN/2004:50)" there is another
        # case's number.
        told = {
            id(line)
            for key, part in sections.items()
            if key != "forslag_till_beslut"
            for line in part
        }
        number_written(result, [line for line in body if id(line) not in told], vocabulary)
    not_a_listed_number(result, lines)
    set_statuses(result, header, body)
    result.text_values = check_texts(
        [line.text for line in body],
        vocabulary,
        vocabulary.known_bodies(kommun),
        result.raw.get("beslutspunkter_nummer", ()),
        result.data.get("forslag_till_beslut", []),
        organ_names(result.data),
    )
    return result


def organ_names(data: dict[str, Any]) -> list[str]:
    """The body names the organ checks judge on their own (deciding body, planning steps)."""
    names = [
        str(data[key])
        for key in ("beslutande_organ", "slutligt_beslutande_organ", "beredande_namnd")
        if data.get(key)
    ]
    names += [str(step.get("organ", "")) for step in data.get("beslutsplanering", [])]
    return names


def municipality(
    lines: list[Line], vocabulary: Vocabulary, *, by_number: bool = True
) -> KommunEvidence | None:
    """The municipality the document names, from its own part first. ``by_number``: else
    the one whose case-number format alone fits the document's number; that is no naming, so
    a municipality the user chose wins over it (the caller passes False then)."""
    body = lines[document_start(lines, vocabulary) :]
    found = detect_kommun(body, vocabulary) or detect_kommun(lines, vocabulary)
    if found is None and by_number:
        # A diarienummer format only one municipality's profile has, when the number is
        # digits alone ("0988/17"): a number with a body's prefix ("KS 2020/990") is written
        # alike by many municipalities, with a profile or not.
        header, _ = read_header(body[:40], vocabulary)
        number = header.get("diarienummer")
        if number.status == READ and re.fullmatch(r"[\d\s/.:-]+", str(number.value)):
            found = detect_kommun([], vocabulary, str(number.value))
    return found
