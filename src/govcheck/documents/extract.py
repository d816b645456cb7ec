"""From the lines of a Malmö tjänsteskrivelse or a Göteborg tjänsteutlåtande to a draft.

The result is the same structure as a hand-written draft (a dict that ``Draft`` validates), the
line each value came from, and the values that could not be read. Nothing is guessed: a value
the text does not give is left out and reported, so that the rules see it as missing and the
user sees why.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Any

from govcheck.documents.reader import Line

DATE = r"\d{4}-\d{2}-\d{2}"
MALMO_NUMBER = re.compile(r"\b([A-ZÅÄÖ]{2,5}-\d{4}-\d{1,6})\b")
GOTEBORG_NUMBER = re.compile(r"\b(\d{4}/\d{2}|[A-Z]{2,5}-\d{4}-\d{5})\b")
# Bounded (RFC 5321's lengths) so that a long line of word characters costs linear time.
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.UNICODE)
MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTH = "(" + "|".join(MONTHS) + ")"

#: Whole-line headings and the draft key their section fills.
SECTIONS = {
    "sammanfattning": "sammanfattning",
    "förslag till beslut": "forslag_till_beslut",
    "beslutsunderlag": "beslutsunderlag",
    "beslutsplanering": "beslutsplanering",
    "beslutet skickas till": "beslutet_skickas_till",
    "ärendet": "arendet",
    "ansvariga": "ansvariga",
    "beskrivning av ärendet": "beskrivning_av_arendet",
    "bedömning ur ekonomisk dimension": "bedomning_ekonomisk",
    "bedömning ur ekologisk dimension": "bedomning_ekologisk",
    "bedömning ur social dimension": "bedomning_social",
    "ekonomiska konsekvenser": "bedomning_ekonomisk",
}
HEADER_LABELS = {"datum", "vår referens", "handläggare", "tjänsteskrivelse", "tjänsteutlåtande"}
ASSESSMENT = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+s bedömning$")
STEP_WORDS = {
    "ärendeberedning": "arendeberedning",
    "ordförandeberedning": "ordforandeberedning",
    "arbetsutskott": "arbetsutskott",
}
DECIDING_VERBS = (
    "godkänner|antar|beslutar|fastställer|antecknar|tillstyrker|avslår|lämnar|överlämnar"
)
FIXED_FIELD_NAMES = {
    "datum": "Datum",
    "diarienummer": "Diarienummer",
    "rubrik": "rubrik",
    "handlaggare.namn": "handläggarens namn",
    "handlaggare.epost": "handläggarens e-post",
    "beslutande_organ": "beslutande organ (Förslag till beslut)",
}


@dataclass
class Extraction:
    """What a document gave: the draft data, where each value stands, what could not be read."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str, Line | None]] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)

    def put(self, path: str, value: Any, line: Line | None) -> None:
        target = self.data
        parts = path.split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
        if line is not None:
            self.lines.setdefault(path, line.line)
            if line.page is not None:
                self.pages.setdefault(path, line.page)

    def problem(self, path: str, message: str, line: Line | None = None) -> None:
        self.problems.append((path, message, line))


def _key(text: str) -> str:
    return text.strip().rstrip(":").strip().casefold()


def _bullet(text: str) -> str:
    return re.sub(r"^(?:[-–•*·]|\d+[.)])\s*", "", text).strip()


def _month_end(month: str, year: str) -> str:
    number = MONTHS[month.casefold()]
    day = calendar.monthrange(int(year), number)[1]
    return f"{int(year):04d}-{number:02d}-{day:02d}"


def _split_sections(lines: list[Line]) -> tuple[list[Line], dict[str, list[Line]], dict[str, Line]]:
    """The header block (before the first section), each section's lines, and heading lines."""
    header: list[Line] = []
    sections: dict[str, list[Line]] = {}
    headings: dict[str, Line] = {}
    current: str | None = None
    for line in lines:
        key = _key(line.text)
        if key in SECTIONS and SECTIONS[key] not in sections:
            current = SECTIONS[key]
            sections[current] = []
            headings[current] = line
            continue
        if ASSESSMENT.match(line.text.strip()) and "forvaltningens_bedomning" not in sections:
            current = "forvaltningens_bedomning"
            sections[current] = []
            headings[current] = line
            continue
        if current is None:
            header.append(line)
        else:
            sections[current].append(line)
    return header, sections, headings


def extract(lines: list[Line], page_headers: list[Line] | None = None) -> Extraction:
    result = Extraction()
    start = next((i for i, line in enumerate(lines) if _key(line.text) == "tjänsteutlåtande"), 0)
    # A Göteborg file may open with other documents (a party's yttrande); the tjänsteutlåtande
    # starts at its own heading.
    header, sections, headings = _split_sections(lines[start:])
    whole = " ".join(line.text for line in lines).casefold()
    goteborg = (
        start > 0
        or any(_key(line.text).startswith("utfärdat") for line in header)
        or whole.count("göteborg") > whole.count("malmö")
    )
    _header(result, header, goteborg, page_headers or [])
    _sections(result, sections, headings)
    _case_type(result, lines, goteborg)
    _text_facts(result, lines)
    _plan_facts(result, lines)
    _required(result)
    return result


# --- header ---------------------------------------------------------------------------------


HEADER_LINES = 15
MAX_HEADER_LINE = 400  # a longer "line" is running text whose line breaks were lost


def _header(
    result: Extraction, header: list[Line], goteborg: bool, page_headers: list[Line]
) -> None:
    result.put("kommun", "goteborg" if goteborg else "malmo", None)
    # The header fields stand at the top; a document without section headings (a project
    # mandate) must not have its body searched for a case number or a date label.
    top = header[:HEADER_LINES]
    header = [line for line in top if len(line.text) <= MAX_HEADER_LINE]
    labels = {_key(line.text): index for index, line in enumerate(header)}
    # Datum / Utfärdat
    for index, line in enumerate(top):
        found = re.match(rf"^(?:Datum|Utfärdat)\s*:?\s*({DATE})\b", line.text)
        if found:
            result.put("datum", found.group(1), line)
            break
        if _key(line.text) == "datum" or re.match(r"^Datum\s+(?!\d)", line.text):
            following = top[index + 1] if index + 1 < len(top) else None
            if _key(line.text) != "datum":
                following = None  # "Datum Tjänsteskrivelse …": the label stands empty
            if following is not None and re.fullmatch(DATE, following.text.strip()):
                result.put("datum", following.text.strip(), following)
            else:
                result.empty_fields.append("Datum")
                result.problem("datum", "rubriken Datum står utan datum (fältet är tomt)", line)
            break
    if "datum" not in result.data:
        for line in page_headers:
            found = re.search(rf"\bDatum\s+({DATE})\b", line.text)
            if found:
                result.put("datum", found.group(1), line)
                if "Datum" in result.empty_fields:
                    result.empty_fields.remove("Datum")
                    result.problems = [p for p in result.problems if p[0] != "datum"]
                break
    number_pattern = GOTEBORG_NUMBER if goteborg else MALMO_NUMBER
    _reference(result, header, labels, goteborg)
    _title(result, header, number_pattern, [*page_headers, *top])


def _reference(
    result: Extraction, header: list[Line], labels: dict[str, int], goteborg: bool
) -> None:
    """Vår referens (Malmö: name, title, e-mail) or Handläggare (Göteborg: name, phone, e-mail)."""
    label = "handläggare" if goteborg else "vår referens"
    inline = next(
        (i for i, line in enumerate(header) if _key(line.text).startswith(label + " ")), None
    )
    if label in labels:
        block = header[labels[label] + 1 :]
    elif inline is not None:
        # Flattened text: "Vår referens Maria Andersson  Planeringssekreterare  maria@…".
        first = header[inline]
        rest = first.text[len(label) :].strip()
        block = [Line(rest, first.line, first.page), *header[inline + 1 :]]
    else:
        return
    for line in block:
        email = EMAIL.search(line.text)
        phone = re.match(r"^Telefon\s*:?\s*(.+)$", line.text)
        if phone:
            result.put("handlaggare.telefon", phone.group(1).strip(), line)
        if email and "handlaggare.epost" not in result.lines:
            result.put("handlaggare.epost", email.group(0), line)
            before = line.text[: email.start()].strip()
            if before and not before.casefold().startswith("e-post"):
                # Flattened text: "Maria Andersson  Planeringssekreterare  maria@…" on one line.
                parts = re.split(r"\s{2,}", before)
                words = parts[0].split()
                name = " ".join(words[:2]) if len(parts) == 1 else parts[0]
                rest = " ".join(words[2:]) if len(parts) == 1 else " ".join(parts[1:])
                result.put("handlaggare.namn", name, line)
                if rest:
                    result.put("handlaggare.titel", rest, line)
            break
    plain = [
        line
        for line in block
        if not EMAIL.search(line.text)
        and not re.match(r"^(Telefon|E-post)\b", line.text)
        and _key(line.text) not in HEADER_LABELS
    ]
    if "handlaggare.namn" not in result.data.get("handlaggare", {}) and plain:
        result.put("handlaggare.namn", plain[0].text.strip(), plain[0])
        if not goteborg and len(plain) > 1 and not MALMO_NUMBER.search(plain[1].text):
            result.put("handlaggare.titel", plain[1].text.strip(), plain[1])


def _title(
    result: Extraction, header: list[Line], pattern: re.Pattern[str], page_headers: list[Line]
) -> None:
    """Rubrik and diarienummer: the title line carries the number (or the number stands on the
    line after it); a remiss title also carries 'Svar senast'."""
    for index, line in enumerate(header):
        labelled = re.match(r"^Diarienummer\s*:?\s*(\S+)", line.text)
        if labelled:
            result.put("diarienummer", labelled.group(1), line)
            continue
        found = pattern.search(line.text)
        if not found or (EMAIL.search(line.text) and found.start() < EMAIL.search(line.text).end()):  # type: ignore[union-attr]
            continue
        if "diarienummer" not in result.data:
            result.put("diarienummer", found.group(1), line)
        title = line.text[: found.start()]
        email = EMAIL.search(title)
        if email:
            title = title[email.end() :]
        title = re.sub(r"^\s*Tjänsteskrivelse\s+", "", title.strip())
        reply = re.search(rf"\bSvar senast\s+({DATE})", line.text)
        if reply:
            result.put("remiss.svar_senast", reply.group(1), line)
            title = title[: title.find("Svar senast")] if "Svar senast" in title else title
        title = title.strip(" -–")
        if not title and index > 0:
            previous = header[index - 1]
            if _key(previous.text) not in HEADER_LABELS and not EMAIL.search(previous.text):
                title, line = previous.text.strip(), previous
        if title:
            result.put("rubrik", re.sub(r"\s+", " ", title), line)
        break
    if "rubrik" not in result.data:
        # Göteborg: the title is the first line after the reference block that is not a label.
        candidates = []
        for line in header:
            text = line.text
            email = EMAIL.search(text)
            if email:
                # Flattened Göteborg text: "E-post: asa@… Redovisning av …" carries the title.
                text = text[email.end() :]
            text = text.strip().split("  ")[0].strip()  # a title has no double space in it
            if (
                not re.match(r"^(Telefon|E-post|Utfärdat|Diarienummer|Datum)\b", text)
                and _key(text) not in HEADER_LABELS
                and len(text.split()) >= 4
            ):
                candidates.append(Line(text, line.line, line.page))
        if candidates:
            # Göteborg's title follows the reference block; elsewhere it opens the document.
            chosen = candidates[-1] if result.data.get("kommun") == "goteborg" else candidates[0]
            result.put("rubrik", chosen.text.strip(), chosen)
    if "rubrik" not in result.data:
        # A project mandate's page header: "Projekt <title>  Noteringar".
        for line in page_headers:
            found = re.search(r"\bProjekt\s+(.+?)(?:\s+Noteringar\b|\s{2,}|$)", line.text)
            if found:
                result.put("rubrik", found.group(1).strip(), line)
                break


# --- sections -------------------------------------------------------------------------------


def _text(lines: list[Line]) -> str:
    return re.sub(r"\s+", " ", " ".join(line.text for line in lines)).strip()


def _sections(
    result: Extraction, sections: dict[str, list[Line]], headings: dict[str, Line]
) -> None:
    for key in (
        "sammanfattning",
        "arendet",
        "beskrivning_av_arendet",
        "bedomning_ekonomisk",
        "bedomning_ekologisk",
        "bedomning_social",
        "forvaltningens_bedomning",
    ):
        if key in sections:
            text = _text(sections[key])
            if text:
                result.put(key, text, sections[key][0] if sections[key] else headings[key])
            else:
                result.empty_fields.append(key)
    if "forslag_till_beslut" in sections:
        _proposal(result, sections["forslag_till_beslut"])
    if "beslutsunderlag" in sections:
        items = [(_bullet(line.text), line) for line in sections["beslutsunderlag"]]
        items = [(text, line) for text, line in items if text]
        if items:
            result.put("beslutsunderlag", [text for text, _ in items], items[0][1])
    if "beslutsplanering" in sections:
        _planning(result, sections["beslutsplanering"])
    if "beslutet_skickas_till" in sections:
        recipients = [(_bullet(line.text), line) for line in sections["beslutet_skickas_till"]]
        recipients = [(text, line) for text, line in recipients if text]
        if recipients:
            result.put("beslutet_skickas_till", [t for t, _ in recipients], recipients[0][1])
    if "ansvariga" in sections:
        _responsible(result, sections["ansvariga"])


def _organ(text: str) -> str:
    text = text.strip().strip(":").strip()
    return text[:1].upper() + text[1:]


def _proposal(result: Extraction, lines: list[Line]) -> None:
    points: list[tuple[str, Line]] = []
    intro: list[Line] = []
    opening = re.match(r"^(I\s+[^:]{2,60}:)\s*(.*)$", lines[0].text.strip()) if lines else None
    if opening:
        # Göteborg: "I kommunstyrelsen:" and then the decision text, unnumbered.
        first = lines[0]
        intro = [Line(opening.group(1), first.line, first.page)]
        rest = [Line(opening.group(2), first.line, first.page)] if opening.group(2) else []
        lines = rest + lines[1:]
        body = _text(lines)
        if body:
            points = [(body, lines[0])]
            lines = []
    for line in lines:
        if re.match(r"^\d+[.)]\s+", line.text):
            points.append((_bullet(line.text), line))
        elif points:
            text, first = points[-1]
            points[-1] = (f"{text} {line.text.strip()}", first)
        else:
            intro.append(line)
    if not points and intro and not re.match(r"^I\s+\S.*:$", intro[0].text.strip()):
        points = [(_text(intro), intro[0])]
        intro = []
    if points:
        result.put("forslag_till_beslut", [text for text, _ in points], points[0][1])
    lead = _text(intro)
    first_line = intro[0] if intro else (points[0][1] if points else None)
    deciding = final = None
    if (match := re.match(r"^I\s+(.+?):?$", lead)) or (
        match := re.match(r"^(.+?)\s+föreslås besluta", lead)
    ):
        deciding = match.group(1)
    elif match := re.match(r"^(.+?)\s+föreslår\s+(.+?)\s+besluta", lead):
        deciding = match.group(2)
    elif points:
        text = points[0][0]
        if match := re.match(
            r"^(.+?)\s+föreslår att\s+(\w+)\s+(?:" + DECIDING_VERBS + r")\b", text
        ):
            deciding, final = match.group(1), match.group(2)
        elif match := re.match(
            r"^([A-ZÅÄÖ][\wåäö]+(?:s)?(?:\s[a-zåäö]+)?)\s+(?:" + DECIDING_VERBS + r")\b", text
        ):
            deciding = match.group(1)
    if deciding:
        result.put("beslutande_organ", _organ(deciding), first_line)
    if final:
        result.put("slutligt_beslutande_organ", _organ(final), first_line)


def _planning(result: Extraction, lines: list[Line]) -> None:
    steps: list[dict[str, Any]] = []
    first: Line | None = None
    for line in lines:
        found = re.match(rf"^(.+?)\s+({DATE})\s*$", line.text.strip())
        if not found:
            result.problem("beslutsplanering", f"steget ”{line.text.strip()}” saknar datum", line)
            continue
        name, date = found.group(1).strip(), found.group(2)
        kind = "sammantrade"
        for word, value in STEP_WORDS.items():
            if re.search(rf"\b{word}\b", name, re.IGNORECASE):
                kind = value
                name = re.sub(rf"\s*\b{word}\b", "", name, flags=re.IGNORECASE).strip()
        if kind == "arbetsutskott":
            name = f"{name} arbetsutskott" if name.endswith("s") else name
        steps.append({"organ": name, "steg": kind, "datum": date})
        first = first or line
    if steps:
        result.put("beslutsplanering", steps, first)
        for index, line in enumerate(lines[: len(steps)]):
            result.lines.setdefault(f"beslutsplanering[{index}]", line.line)


def _responsible(result: Extraction, lines: list[Line]) -> None:
    people = []
    for line in lines:
        text = line.text.strip()
        if "," in text:
            name, title = text.split(",", 1)
        elif re.search(r"\s{2,}", text):
            name, title = re.split(r"\s{2,}", text, maxsplit=1)
        else:
            words = text.split()
            name, title = " ".join(words[:2]), " ".join(words[2:])
        person = {"namn": name.strip()}
        if title.strip():
            person["titel"] = title.strip()
        people.append(person)
    if people:
        result.put("ansvariga", people, lines[0])


# --- whole-text facts -----------------------------------------------------------------------


def _case_type(result: Extraction, lines: list[Line], goteborg: bool) -> None:
    title = str(result.data.get("rubrik", ""))
    proposals = " ".join(result.data.get("forslag_till_beslut", []))
    head = " ".join(line.text for line in lines[:40])
    if re.match(r"^Remiss\b", title) or "remiss" in result.data:
        kind = "remissvar"
    elif re.search(r"\bUtvecklingsplan\b", title):
        kind = "utvecklingsplan"
    elif re.search(r"\bProjektdirektiv\b|^Projekt\b", head) or (
        re.search(r"\bProjektet\b", " ".join(line.text for line in lines))
        and "forslag_till_beslut" not in result.data
    ):
        kind = "projektdirektiv"
    elif goteborg:
        kind = (
            "informationsarende" if re.search(r"\bantecknas\b", proposals) else "tjansteutlatande"
        )
    else:
        kind = "tjansteskrivelse"
    result.put("typ", kind, None)


def _text_facts(result: Extraction, lines: list[Line]) -> None:
    """Values the rules need that stand in running text: cited governing documents with their
    decision, milestones, assignments, the remiss and its questions, union information."""
    text = " ".join(line.text for line in lines)
    by_offset: list[tuple[int, Line]] = []
    offset = 0
    for line in lines:
        by_offset.append((offset, line))
        offset += len(line.text) + 1

    def line_at(position: int) -> Line:
        found = lines[0]
        for start, line in by_offset:
            if start > position:
                break
            found = line
        return found

    cited = []
    places: list[Line] = []
    reference = r"(KF|KS|KSAU|SN|KN)\s+\d{4}-\d{2}-\d{2}\s*§\s*\d+|[A-ZÅÄÖ]{2,5}-\d{4}-\d{1,6}"
    for match in re.finditer(rf"\s\(({reference})\)", text):
        before = text[max(0, match.start() - 120) : match.start()]
        split = re.split(r"\s(?:i|enligt|av|om|med|till)\s", before)
        title = split[-1].strip()
        if title[:1].isupper() and 2 <= len(title.split()) <= 10:
            entry = {"titel": title, "beslut": match.group(1)}
            if entry not in cited:
                cited.append(entry)
                places.append(line_at(match.start(1)))
    if cited:
        result.put("citerade_dokument", cited, line_at(text.find(cited[0]["titel"])))
        for index, line in enumerate(places):  # each cited document at its own line
            result.lines.setdefault(f"citerade_dokument[{index}]", line.line)
            if line.page is not None:
                result.pages.setdefault(f"citerade_dokument[{index}]", line.page)

    milestones = []
    pattern = rf"ska ha antagits av (\w+) senast {MONTH} (\d{{4}})"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        milestones.append(
            {
                "namn": f"antagande i {match.group(1).casefold()}",
                "datum": _month_end(match.group(2), match.group(3)),
            }
        )
    if milestones:
        result.put("milstolpar", milestones, line_at(text.find("ska ha antagits")))

    tasks: list[dict[str, str]] = []
    pattern = (
        rf"(uppdraget [^.]*?) redovisas i {MONTH} (\d{{4}}) "
        rf"i stället för {MONTH} (\d{{4}})([^.]*)\."
    )
    for match in re.finditer(pattern, text, re.IGNORECASE):
        if any(task["avvikelse"] == match.group(0).strip() for task in tasks):
            continue  # the same sentence repeated (summary and assessment)
        tasks.append(
            {
                "namn": match.group(1).strip(),
                "senast": _month_end(match.group(4), match.group(5)),
                "redovisas": _month_end(match.group(2), match.group(3)),
                "avvikelse": match.group(0).strip(),
            }
        )
    if tasks:
        result.put("uppdrag", tasks, line_at(text.find(tasks[0]["namn"])))

    keyword = re.compile(r"\b(?:samverkansgrupp|CSG)\b")
    start = 0
    for sentence in text.split("."):  # sentence by sentence: linear in the text's length
        end = start + len(sentence)
        found = keyword.search(sentence) if end < len(text) else None
        if found and "informerats" in sentence[found.end() :]:
            result.put("facklig_samverkan", (sentence + ".").strip(), line_at(start))
            break
        start = end + 1
    if re.search(
        r"\b(omorganisation|ny organisation|lämplig organisation|organisationsförändring)", text
    ):
        result.put("organisationsforandring", True, None)

    remitting = re.search(r"([A-ZÅÄÖ][\wåäö]+) har efterfrågat synpunkter", text)
    if remitting:
        result.put("remiss.remittent", remitting.group(1), line_at(remitting.start()))
    if "remiss" in result.data:
        _remiss_questions(result, lines)


def _remiss_questions(result: Extraction, lines: list[Line]) -> None:
    """Questions the remiss asked: lines of the case text that end in '?', each answered by
    the text up to the next question."""
    questions: list[dict[str, Any]] = []
    first: Line | None = None
    answer: list[str] = []
    for line in lines:
        text = line.text.strip()
        if text.endswith("?") and len(text.split()) >= 5 and not text.startswith("-"):
            if questions:
                questions[-1]["svar"] = " ".join(answer).strip()
            questions.append({"fraga": text})
            answer = []
            first = first or line
        elif questions and _key(text) not in SECTIONS:
            answer.append(text)
        elif questions and _key(text) in {"ansvariga"}:
            break
    if questions:
        questions[-1]["svar"] = " ".join(answer).strip()
        for question in questions:
            if not question["svar"]:
                question.pop("svar")
        result.put("remiss.fragor", questions, first)


FORUM = re.compile(
    r"\b((?:IT- och digitaliserings|samverkans|samarbets)(?:kluster|grupp)(?:et|en)?"
    r"(?: för [A-ZÅÄÖa-zåäö ]{1,200}?)?)(?=[,.;]| som | och | har |$)",
    re.IGNORECASE,
)


def _sentence_with(text: str, pattern: re.Pattern[str]) -> str | None:
    """The first sentence (up to and with its full stop) where ``pattern`` is found, in time
    linear in the text (a search for ``[^.]*word[^.]*\\.`` is quadratic in a long sentence)."""
    start = 0
    for sentence in text.split("."):
        end = start + len(sentence)
        if end < len(text) and pattern.search(sentence):
            return sentence + "."
        start = end + 1
    return None


def _plan_facts(result: Extraction, lines: list[Line]) -> None:
    """For a development plan: its year (stated in the title), the nämnd whose decision it
    rests on, how needs were gathered and the dialogue forums it names."""
    if result.data.get("typ") != "utvecklingsplan":
        return
    title = str(result.data.get("rubrik", ""))
    year = re.search(r"\b(20\d{2})\b", title)
    if year:
        result.put("plan_ar", int(year.group(1)), None)
        result.lines.setdefault("plan_ar", result.lines.get("rubrik", 0))
    for item in result.data.get("beslutsunderlag", []):
        decided = re.match(r"^([A-ZÅÄÖ][\wåäö]*nämnden) beslut \d{6} § \d+", item)
        if decided and "beredande_namnd" not in result.data:
            result.put("beredande_namnd", decided.group(1), None)
    text = " ".join(line.text for line in lines)
    needs = _sentence_with(text, re.compile(r"\bsamverkansmodell"))
    if needs:
        result.put("behovsunderlag", needs.strip(), None)
    forums: list[str] = []
    for match in FORUM.finditer(text):
        name = match.group(1).strip()
        if name.casefold() not in {f.casefold() for f in forums}:
            forums.append(name)
    if forums:
        result.put("dialogforum", forums, None)


def _required(result: Extraction) -> None:
    """Say what a case document should give but this one did not (never guess it)."""
    data = result.data
    handlaggare = data.get("handlaggare", {})
    checks = {
        "datum": "datum" in data or "Datum" in result.empty_fields,
        "diarienummer": "diarienummer" in data,
        "rubrik": "rubrik" in data,
        "handlaggare.namn": "namn" in handlaggare,
        "handlaggare.epost": "epost" in handlaggare,
        "beslutande_organ": "beslutande_organ" in data or data.get("typ") == "projektdirektiv",
    }
    for path, found in checks.items():
        if not found:
            result.problem(path, f"{FIXED_FIELD_NAMES[path]} kunde inte läsas ut ur dokumentet")
