"""The header's fields into the draft, and the case's title."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from govcheck.documents.dates import DATE_PATTERN, find_dates
from govcheck.documents.extraction import READ, Extraction
from govcheck.documents.header import (
    DNR_BARE,
    EMAIL,
    MINISTRY,
    NUMBER_YEAR,
    PHONE,
    Field,
    LabelIndex,
    find_bare_number,
    number_after_kind,
    read_header,
    standalone_date,
)
from govcheck.documents.proposals import DECIDES
from govcheck.documents.reader import Line
from govcheck.documents.vocabulary import Vocabulary


def first_sentence_cut(text: str, vocabulary: Vocabulary) -> str:
    """A title run on into the text after it (a transcript without line breaks): cut where a
    sentence opens ("<title> Den 14 december 2012 överlämnades …")."""
    decided = DECIDES.search(text)
    if decided and decided.start() > 0 and len(text[: decided.start()].split()) >= 2:
        # "<title> Kommunstyrelsen beslutar att …": the decision sentence opens.
        text = text[: decided.start()].strip()
    words = text.split()
    openers = vocabulary.sentence_openers
    repeated = _opening_repeated(words)
    for position, word in enumerate(words):
        if (position >= 2 and word in openers) or position == repeated:
            return " ".join(words[:position])
        # "… till Stocksunds båtklubb Stocksunds båtklubb har i skrivelse …": the title's last
        # words repeated as the subject of the text's first sentence.
        for size in (3, 2):
            if (
                position >= size + 1
                and word[:1].isupper()
                and words[position : position + size] == words[position - size : position]
            ):
                return " ".join(words[:position])
    return text


def _opening_repeated(words: list[str]) -> int | None:
    """Where the text's first sentence opens with the title's own first words ("Föreningen
    Norrbys ansökan om bidrag Föreningen Norrby ansöker …"): the index of the repeat. The
    second word may differ in its ending (a genitive in the title)."""
    if len(words) < 6 or not words[0][:1].isupper() or len(words[0]) < 4:
        return None
    first, second = words[0], words[1].rstrip(",")
    stem = second[: max(4, len(second) - 2)]
    for position in range(3, len(words) - 1):
        if words[position] == first and words[position + 1].startswith(stem):
            return position
    return None  # only the first repeat: a later one may be the text citing the title


def header_fields(
    result: Extraction,
    header: Any,
    zone: list[Line],
    labels: LabelIndex,
    vocabulary: Vocabulary,
    kommun: str,
) -> None:
    date = header.get("datum")
    if date.status == READ:
        result.put("datum", date.value.isoformat(), date.line)
    else:
        alone = standalone_date(zone, labels) or _date_by_the_official(header)
        if alone:
            result.put("datum", alone[0].isoformat(), alone[1])
        elif date.status == "empty":
            result.empty_fields.append("Datum")
    number = header.get("diarienummer")
    if number.status == READ:
        result.put("diarienummer", number.value, number.line)
    else:
        patterns = [
            fmt.pattern
            for profile in vocabulary.profiles.values()
            if profile.id == kommun
            for fmt in profile.diarieformat
        ] + [DNR_BARE]
        bare = find_bare_number(zone, patterns)
        after_kind = number_after_kind(zone, labels)
        paired = _date_and_number(zone)
        if paired:
            result.put("diarienummer", paired[0], paired[1])
        elif bare:
            result.put("diarienummer", bare[0], zone[bare[1]])
        elif after_kind:
            result.put("diarienummer", after_kind[0], after_kind[1])
        elif remnant := _title_line_prefix(zone, vocabulary, kommun, labels):
            result.put("diarienummer", remnant[0], remnant[1])
    for key in (
        "handlaggare.namn",
        "handlaggare.titel",
        "handlaggare.telefon",
        "handlaggare.epost",
    ):
        found = header.get(key)
        if found.status == READ:
            result.put(key, str(found.value), found.line)
    reply = header.get("svar_senast")
    if reply.status == READ:
        result.put("remiss.svar_senast", reply.value.isoformat(), reply.line)


def _date_by_the_official(header: Any) -> tuple[dt.date, Line] | None:
    """A header run onto one line names the kind, the official, the date and the official's
    phone and e-mail ("Remiss Eva Ek 2011-01-25 031-123 45 67 e-post: …"): a full date
    between the official's name and contact details is the document's."""
    name: Field = header.get("handlaggare.namn")
    if name.status != READ or name.line is None:
        return None
    text = name.line.text
    start = text.find(str(name.value))
    contact = [
        found.start()
        for found in (EMAIL.search(text, max(start, 0)), PHONE.search(text, max(start, 0)))
        if found
    ]
    if start < 0 or not contact:
        return None
    between = text[start + len(str(name.value)) : min(contact)]
    dated = find_dates(between, compact_forms=False)
    return (dated[0][0], name.line) if dated else None


def _date_and_number(zone: list[Line]) -> tuple[str, Line] | None:
    """A header row of a date and a number with its year, without labels ("2019-04-09
    124–2019"): the number is the diarienummer."""
    for line in zone:
        text = line.text.strip()
        dated = DATE_PATTERN.match(text)
        if dated and NUMBER_YEAR.fullmatch(text[dated.end() :].strip()):
            return text[dated.end() :].strip(), line
    return None


def _title_line_prefix(
    zone: list[Line], vocabulary: Vocabulary, kommun: str, labels: LabelIndex
) -> tuple[str, Line] | None:
    """Where the municipality writes the diarienummer at the end of the title line ("… IT- och
    Telekostnader STK-2013-123") and the publisher dropped its digits: the prefix alone."""
    profile = vocabulary.profiles.get(kommun)
    if profile is None or not any(
        re.match(r"\^?\[A-Z", fmt.pattern.pattern.split(")", 1)[-1]) for fmt in profile.diarieformat
    ):
        return None
    for line in zone:
        found = re.search(r"(?<=[a-zåäö.])\s+([A-ZÅÄÖ]{3,6})$", line.text.strip())
        if found and len(line.text.split()) >= 4 and not labels.pattern.match(line.text):
            return found.group(1), line
    return None


_ORGAN_WORD = r"[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)"
#: A body a document is written to, as it stands before the title: "Kommunstyrelsen",
#: "Kultur- och föreningsnämnden", "Barn-och ungdomsnämnden".
_ADDRESSEE = (
    r"(?:[A-ZÅÄÖ][\wåäö]*-\s?(?:och|eller)\s[\wåäö-]*"
    rf"(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)|{_ORGAN_WORD})"
)


def _title(
    result: Extraction,
    zone: list[Line],
    labels: LabelIndex,
    vocabulary: Vocabulary,
    header: Any,
) -> None:
    """The title: the text of the header that is no label, value, letterhead or page marker.
    A line ending in the diarienummer gives it first ("<title> SN-2023-514"); else the first
    text at or after the last label line (what follows a label's value on its line counts:
    "Diarienummer KSN-2013-0674 Kommunstyrelsen <title>"), else the first. A title wrapped
    over lines is joined."""
    number = result.data.get("diarienummer")
    person = [
        str(header.get(key).value)
        for key in ("handlaggare.namn", "handlaggare.titel")
        if header.get(key).status == "read"
    ]
    label_lines = {hit[0] for hit in labels.hits}
    recipients = {id(line): name for name, _, line in header.recipients}
    candidates: list[tuple[int, str, Line]] = []
    for index, line in enumerate(zone):
        text = line.text
        if id(line) in recipients:
            # "Till Utbildningsnämnden 2019-08-29 <title>": what follows the body and its date.
            name = recipients[id(line)]
            text = text[text.find(name) + len(name) :] if name in text else ""
            text = _leftover(text, labels, person)
            if len(text.split()) < 2:
                continue
        # "<title> (Dnr 0432/10) <text …>": the number in brackets closes the title.
        bracketed = (
            re.search(r"\(\s*[A-Za-zÅÄÖåäö. ]{2,20}:?\s*" + re.escape(number) + r"\s*\)", text)
            if number
            else None
        )
        if bracketed and not re.search(r"\b[a-zåäö]{2,}\b", text[: bracketed.start()]):
            bracketed = None  # "Utlåtande 2016:72 RI (Dnr /2016)": a series number, no title
        if number and (text.rstrip(" .").endswith(number) or bracketed):
            before = (
                text[: bracketed.start()]
                if bracketed and not text.rstrip(" .").endswith(number)
                else text[: text.rfind(number)]
            )
            # The title follows the labels and their values ("Vår referens … e-post <title>
            # SN-2023-514"), or a label follows it ("<title> Dnr KS13/").
            after_labels = _leftover(before, labels, person, after_last_label=True)
            label = labels.pattern.search(before)
            before = (
                after_labels
                if len(after_labels.split()) >= 2 or not label
                else _leftover(before[: label.start()], labels, person)
            )
            reply = re.search(r"\b(?:Svar senast|Svarsdatum)\b", before)
            if reply:
                before = before[: reply.start()]
            before = before.strip(" -–,:")
            if len(before.split()) >= 2 and not find_dates(before):
                result.put("rubrik", tidy(before), line)
                return
        if index in label_lines:
            text = _leftover(text, labels, person, after_last_label=True)
            if re.fullmatch(r"(?:[A-ZÅÄÖÉ][^\s\d]+\s?){2,4}", text.strip()):
                continue  # a name after a label is a person, not a title
        elif EMAIL.search(text) or PHONE.search(text):
            continue  # a person's contact line
        else:
            text = _leftover(text, labels, person)
        text = addressed_to(result, text, line).strip(' -–,:"”')
        if not text or labels.pattern.match(text) or is_furniture(text, vocabulary):
            continue
        if _MEETING_COVER.search(text):
            continue  # a meeting's cover stands where a title would
        if len(text.split()) < 2 and not (
            index + 1 < len(zone) and zone[index + 1].text[:1].islower()
        ):
            continue
        candidates.append((index, text, line))
    if not candidates:
        return
    last_label = max(label_lines, default=-1)
    after = [c for c in candidates if c[0] >= last_label]
    chosen = after[0] if after else candidates[0]
    # A page header repeats the title among its own words ("Projekt <title> Noteringar"):
    # the earlier, bare form is the title.
    bare = [c for c in candidates if c[0] < chosen[0] and len(c[1]) >= 12 and c[1] in chosen[1]]
    if bare:
        chosen = bare[0]
    index, text, line = chosen
    # A title wrapped over lines: a line in lower case continues the one before it …
    parts = [text]
    while text[:1].islower() and index > 0:
        before = zone[index - 1].text.strip()
        if not before or labels.pattern.match(before) or is_furniture(before, vocabulary):
            break
        index -= 1
        line = zone[index]
        parts.insert(0, before)
        text = before
    index = chosen[0]
    # … and the next line continues it (lower case, or this one ends mid-phrase).
    for following in zone[index + 1 : index + 4]:
        nxt = following.text.strip()
        if not nxt or labels.pattern.match(nxt) or vocabulary.section(nxt) is not None:
            break
        if nxt[:1].islower() or re.search(
            r"(?:\s(?:och|för|av|i|till|om|med|samt|på)|[-–,])$", parts[-1]
        ):
            parts.append(nxt)
            continue
        break
    title = tidy(" ".join(parts))
    if title[:1].islower() or _MEETING_COVER.search(title):
        # What is left of a line after furniture ("… sammanträder 2021-11-29" / "för möte"):
        # a title opens with a capital.
        result.raw.setdefault("rubrik_unread", (title[:60], line))
        return
    # A heading run on after the title ("Årsredovisning 2016 Förslag till beslut") is not it.
    heading = _heading_in_title(vocabulary).search(title)
    if heading and heading.start() > 0:
        title = tidy(title[: heading.start()])
    if len(title) > 250:
        # Text whose line breaks were lost runs on after the title: it ends at the remiss's
        # number ("… (SOU 2008:62) M2008/2398/A Miljödepartementet har …") or where the
        # text's first sentence opens.
        closing = MINISTRY.search(title)
        if closing and len(title[: closing.start()].split()) >= 2:
            title = title[: closing.start()]
        cut = tidy(first_sentence_cut(title, vocabulary))
        # What is left must not be a sentence of the text ("PwC gjorde under 2016 …").
        title = cut if not cut.endswith(".") else title
    if len(title) > 250:
        # Text stands where the title would, but where it ends could not be told: the title
        # is there, unreadable, not absent.
        result.raw.setdefault("rubrik_unread", (title[:60], line))
        return
    if not title:
        return
    result.put("rubrik", title, line)


def _heading_in_title(vocabulary: Vocabulary) -> re.Pattern[str]:
    headings = sorted(
        {h[:1].upper() + h[1:] for h, key in vocabulary.sections.items() if key},
        key=len,
        reverse=True,
    )
    return re.compile(
        r"\s(?:" + "|".join(re.escape(h) for h in headings) + r")(?=\s*$|\s+[A-ZÅÄÖ])"
    )


_VALUE_AT_START = re.compile(
    rf"^(?:{EMAIL.pattern}|{PHONE.pattern}|{DATE_PATTERN.pattern}|{DNR_BARE.pattern}"
    r"|[A-ZÅÄÖ]{1,6}[ -]?\d[\w./:-]*)[\s,;]*",
    re.IGNORECASE,
)


def _leftover(
    text: str, labels: LabelIndex, person: list[str], *, after_last_label: bool = False
) -> str:
    """What a header line says besides its labels and their values: after the last label,
    the values (dates, numbers, e-mail, phone, the official's name and title) dropped."""
    if after_last_label:
        hits = list(labels.pattern.finditer(text))
        kinds = list(labels.kinds.finditer(text))
        cut = max([m.end() for m in hits + kinds], default=0)
        text = text[cut:]
        # Everything up to the last address or phone number belongs to the contact block.
        contacts = [m.end() for m in EMAIL.finditer(text)] + [m.end() for m in PHONE.finditer(text)]
        if contacts:
            text = text[max(contacts) :]
    text = text.strip(" :")
    for _ in range(6):
        stripped = text
        for value in person:
            if stripped.startswith(value):
                stripped = stripped[len(value) :].strip(" ,:")
        match = _VALUE_AT_START.match(stripped)
        if match and match.end() > 0:
            stripped = stripped[match.end() :]
        # A label's column names ("Handläggare, titel, telefon Eva Ek"), in lower case.
        stripped = re.sub(r"^(?:,?\s*[a-zåäö]+,)+\s*[a-zåäö]+\s+(?=[A-ZÅÄÖ])", "", stripped)
        stripped = _strip_front(stripped, labels)
        if stripped == text:
            break
        text = stripped
    return text.strip()


def addressed_to(result: Extraction, text: str, line: Line) -> str:
    """The body a document goes to, standing before the title ("Kultur- och
    föreningsnämnden Checklista …"): recorded, and cut from the title."""
    addressed = re.match(
        rf"^{_ADDRESSEE}\s+(?=[A-ZÅÄÖ])",
        text.strip(),
    )
    if not addressed:
        return text
    result.raw.setdefault("mottagare", (addressed.group(0).strip(), line))
    return text.strip()[addressed.end() :]


def choose_title(
    result: Extraction,
    header: Any,
    labels: LabelIndex,
    zone: list[Line],
    own_lines: list[Line],
    vocabulary: Vocabulary,
    hints: list[str] | None,
) -> None:
    """The publisher's name for the document when the document's own header carries it, else
    the title found in the document's own header, else in the page headers too."""
    if hints:
        _hinted_title(result, own_lines, hints, vocabulary)
    if "rubrik" not in result.data:
        own, own_labels = read_header(own_lines, vocabulary)
        _title(result, own_lines, own_labels, vocabulary, own)
    if "rubrik" not in result.data:
        _title(result, zone, labels, vocabulary, header)


def _hinted_title(
    result: Extraction, zone: list[Line], hints: list[str], vocabulary: Vocabulary
) -> None:
    """A publisher's name for the document is its title when the same words stand in the
    document's own header (and are not a meeting's name and date)."""
    # The zone as one text (a PDF wraps a title over lines), with where each line starts.
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for line in zone:
        text = re.sub(r"\s+", " ", line.text).strip()
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 1
    joined = " ".join(parts)
    numbers = "|".join(re.escape(v) for v in vocabulary.labels.get("diarienummer", ()))
    for hint in hints:
        wanted = re.sub(r"\s+", " ", hint).strip(' "”')
        # A publisher's name may end in the diarienummer without its label ("<title>
        # KS/2011:79"): the number is not part of the title.
        trailing = DNR_BARE.search(wanted)
        if trailing and trailing.end() == len(wanted) and trailing.start() > 0:
            wanted = wanted[: trailing.start()].strip(" ,-–")
        if numbers:
            # A publisher's name may carry the case number: "<title> Dnr KS13/…".
            wanted = re.split(rf"\s(?:{numbers})\b", wanted)[0].strip()
        if not wanted or (find_dates(wanted) and len(wanted.split()) <= 5):
            continue
        if is_furniture(wanted, vocabulary) or _MEETING_COVER.search(wanted):
            continue  # the meeting's time and place, or the notice, as a site named the page
        if not re.search(r"[a-zåäöé]{3,}", wanted):
            continue  # "(AU § 267)": a reference to another paragraph, no title
        if any(p.search(wanted) for p in vocabulary.not_titles):
            continue
        if re.search(r"[?!]\s+[A-ZÅÄÖ]|[a-zåäö]{2}[.?!]\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]", wanted):
            continue  # sentences of the text that a site took for the page's name
        found = joined.find(wanted)
        if found >= 0:
            index = max(i for i, start in enumerate(starts) if start <= found)
            result.put("rubrik", wanted, zone[index])
            # The body named right before the title is the one it is written to
            # ("Handläggare: Eva Ek Kommunstyrelsen <title>").
            addressed = re.search(
                rf"(?:^|\s)({_ADDRESSEE})\s*$", joined[max(0, found - 120) : found]
            )
            if addressed:
                result.raw.setdefault("mottagare", (addressed.group(1), zone[index]))
            return


def _strip_front(text: str, labels: LabelIndex) -> str:
    """Labels and document-kind words at the start of a header line."""
    while True:
        stripped = text.strip(" :")
        match = labels.kinds.match(stripped)
        if not match:
            return stripped
        text = stripped[match.end() :]


#: A table of contents' leader and page number after a title ("Val av justerare ...3").
_CONTENTS_LEADER = re.compile(r"\s*(?:\.{3,}|…+)\s*\d{0,4}$")
#: An agenda's or contents' item number before a title ("247 Val av justerare", "4. Motion
#: om …"): one to three digits, a full stop or not, then a capitalised word of letters.
_ITEM_NUMBER = re.compile(r"^\d{1,3}\.?\s+(?=[A-ZÅÄÖ][a-zåäö]{2,}\b)")
#: What runs on after a title in flattened text: a proposal's heading ("Förslag till beslut",
#: "Förslag till kommunfullmäktige") or a governing document's labelled header field
#: ("Nämnd: Byggnadsnämnden Fastställd: 2019-09-25").
_TITLE_RUN_ON = re.compile(
    r"\s(?:Förslag till (?:beslut\b"
    r"|[\wåäö-]{0,40}(?:nämnden|styrelsen|fullmäktige|utskottet)(?![\wåäö]))"
    r"|(?:Nämnd|Fastställd|Fastställt|Beslutsnummer|Antagen|Antaget|Beslutad|Beslutat"
    r"|Dokumentansvarig|Giltighetstid|Gäller från|Reviderad)\s?:)"
)


#: An agenda item's presenter after its title: "<title>. - Eva Ek", "<title>. – Per-Olof Lind".
_PRESENTER = re.compile(
    r"\.\s+[-–]\s+(?:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+){1,2}"
    r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?$"
)


def title_run_ons(result: Extraction) -> None:
    """A title read with what stands around it on a flattened or listed page: a contents
    leader and page number after it, an item number before it, a proposal's heading or a
    governing document's labelled field run on after it. Each is cut only when at least
    two words of title remain."""
    title = result.data.get("rubrik")
    if not isinstance(title, str):
        return
    text = _CONTENTS_LEADER.sub("", title)
    run_on = _TITLE_RUN_ON.search(text)
    if run_on and len(text[: run_on.start()].split()) >= 2:
        text = text[: run_on.start()]
    presenter = _PRESENTER.search(text)
    if presenter and len(text[: presenter.start()].split()) >= 2:
        text = text[: presenter.start()]
    numbered = _ITEM_NUMBER.match(text)
    if numbered and len(text[numbered.end() :].split()) >= 2:
        text = text[numbered.end() :]
    # An archive code left before the title by a case number cut short ("1.3.6 <title>").
    text = re.sub(r"^\.?\d{0,3}(?:\.\d{1,3})+\s+(?=[A-ZÅÄÖ])", "", text)
    text = tidy(text)
    if not re.search(r"[A-Za-zÅÄÖåäö]{3}", text):
        # "§ 105", "2015-11-10": a marker or a date where an item's title would stand.
        for store in (result.data, result.status, result.lines, result.pages, result.snippets):
            store.pop("rubrik", None)
        return
    if text and text != title:
        result.data["rubrik"] = text
    if len(text) > 250:
        # A paragraph's title run on into its text where the end could not be told: the
        # title is there, unreadable, not absent.
        for store in (result.data, result.status, result.lines, result.pages, result.snippets):
            store.pop("rubrik", None)
        result.raw.setdefault("rubrik_unread", (text[:60], None))


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(' -–,:"”·•')
    if text.count("”") % 2 == 1 and re.search(r"\s”[^”]+$", text):
        text += "”"  # a quoted name closing the title keeps its closing quote
    # "<title> (TEF/2019:263)": the case number in brackets closing a title is no part of it.
    bracketed = re.search(rf"\s*\(\s*(?:(?:Dnr|dnr)\.?:?\s*)?(?:{DNR_BARE.pattern})\s*\)$", text)
    if bracketed and bracketed.start() > 0:
        text = text[: bracketed.start()].strip(' -–,:"”·•')
    return text


#: A meeting's cover and notice, read where a title would stand: the notice's dates and where
#: the protocol is kept ("Datum då anslaget tas ned … Förvaringsplats för protokollet"), the
#: meeting's time and place ("Tid: Onsdagen den 7 december kl 18", "Måndagen den 18 juni 2018
#: kl 18:00", "Sammanträdesrum Bolmen"), the notice's own sentence ("Kommunfullmäktige
#: sammanträder 2021-11-29", "Kommunstyrelsen kallas till sammanträde"), the papers' names
#: ("Sammanträdesprotokoll", "Ärendeförteckning") and a reader's page counter ("Page 2 of 76").
_MEETING_COVER = re.compile(
    r"\banslag(?:et|ets|s)\s+(?:sätts|tas|uppsatt|uppsättande|nedtagande|upprättande)"
    r"|\bFörvaringsplats\b|\bUtdragsbestyrkande\b|\bJusterandes sign"
    r"|^(?:Tid|Plats|Lokal)\s*:|\bPlats och tid\b|^Sammanträdesrum\b"
    r"|^[A-ZÅÄÖa-zåäö]+dagen\s+den\s+\d"
    r"|\b(?:kl\.?|klockan)\s+\d{1,2}(?:[.:]\d\d)?\b(?!\s*(?:kap|§))"
    r"|\bsammanträder\b|\bkallas\s+(?:härmed\s+)?till\s+sammanträde"
    r"|(?i:\bsammanträdesprotokoll\b|\b(?:innehålls|ärende)förteckning\b)"
    # Who signs, or is proposed to sign, the protocol: "Sekreterare Eva Ek Ordförande …",
    # "Förslag till justerare: …"; the notice's kind opening a line ("1 KALLELSE Socialnämnden").
    r"|\b(?:Sekreterare|Ordförande|Justerare|Justerande)\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?"
    r"\s+[A-ZÅÄÖ][a-zåäö]+|(?i:\bjusterare\s*:)|^\d{0,3}\s*KALLELSE\b"
    r"|^(?:Ledamöter|Ersättare|Beslutande|Närvarande|(?:Ej\s)?[Tt]jänstgörande)\b"
    r"|\bSammanträdesdatum\b|^Sammanträdande organ$"
    r"|^(?:[A-ZÅÄÖ][\wåäö-]*\s)?[\wåäö-]+s\s+sammanträde$"
)
#: A web page's or a reader's furniture: "Page 2 of 76", "Artikeln publicerades 4 september
#: 2020", a letterhead's "| Fax: …".
_PAGE_FURNITURE = re.compile(
    r"\bPage\s+\d+\s+of\s+\d+|\bArtikeln publicerades\b|(?:^|\|\s*)Fax\s*:"
)


def is_furniture(text: str, vocabulary: Vocabulary) -> bool:
    """Letterhead and page furniture: the municipality's or an administration's name, a page
    marker, a lone date or number, text in capitals, a meeting's cover."""
    if re.fullmatch(r"[\d\s()/.:-]+", text) or any(p.search(text) for p in vocabulary.not_titles):
        return True
    if _PAGE_FURNITURE.search(text):
        return True
    if DATE_PATTERN.fullmatch(text.strip(" .,")) or "@" in text:
        return True
    bare = text
    for placeholder in vocabulary.placeholders:
        bare = placeholder.sub(" ", bare)
    if bare != text and not re.search(r"[^\W\d_]{2,}", bare):
        return True  # template fields never filled in ("«Databas» «Diarienr»")
    if find_dates(text) and len(re.sub(r"[\d\s/.:-]", "", text)) < 4:
        return True
    letters = [ch for ch in text if ch.isalpha()]
    if (
        letters
        and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)
        and len(text.split()) <= 6
    ):
        return True
    forms = "|".join(re.escape(f) for f in vocabulary.kommun_forms) or "kommun"
    if (
        re.fullmatch(rf"[A-ZÅÄÖ][\wåäö-]+\s(?:{forms})(?:\s+\S+){{0,3}}", text)
        and len(text.split()) <= 5
    ):
        return True
    if re.fullmatch(
        r"[A-ZÅÄÖ][\wåäö-]*(?:förvaltningen|kontoret|avdelningen|nämnden|styrelsen)", text
    ):
        return True
    # A body's name alone: "Miljö- och byggnämnden", "Norrby kommuns socialnämnd",
    # "Kommunstyrelsen (35)" (a page number after it).
    return bool(
        re.fullmatch(
            r"(?:[A-ZÅÄÖ][\wåäö]*s\s|[A-ZÅÄÖ][\wåäö]*\skommuns\s)?(?:[A-ZÅÄÖ][\wåäö]*-\s?(?:och|eller)\s)?"
            r"[\wåäö-]*(?:nämnd|styrelse|fullmäktige|utskott)(?:en|et|n)?(?:\s*\(\d{1,3}\))?",
            text.strip(),
        )
    )
