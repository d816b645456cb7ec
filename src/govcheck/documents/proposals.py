"""The sections of a case (Förslag till beslut, Beslutsunderlag, Beslutsplanering …): the
proposal, its decision points and its deciding body, and the planned meetings."""

from __future__ import annotations

import re
from typing import Any

from govcheck.documents.dates import find_dates
from govcheck.documents.extraction import MONTH, Extraction, bullet
from govcheck.documents.reader import Line
from govcheck.documents.vocabulary import Vocabulary


def decision_level(result: Extraction, body: list[Line], vocabulary: Vocabulary) -> None:
    """'Beslutsnivå Kommunfullmäktige' (a protocol paragraph's label for the body that takes
    the decision in the end), and an adopted document's header ("Beslutande instans:
    Fullmäktige", "Fastställt av: Kommunstyrelsen", "Beslutsinstans: Kommundirektör", on its
    own line or run on in a flattened header): that body, when the proposal did not name it.
    Away from the start of a line the label needs its colon ("… riktlinjer antagna av
    kommunfullmäktige" in running text is no label)."""
    words = vocabulary.labels.get("beslutsniva", ())
    if not words or "slutligt_beslutande_organ" in result.data:
        return
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    label = re.compile(
        rf"(?:^(?:{alternatives})\s*:?|(?:^|(?<=\s))(?:{alternatives})\s*:)\s*(.*)$", re.IGNORECASE
    )
    offices = "|".join(re.escape(w) for w in vocabulary.title_words if w.isalpha())
    # "Fullmäktige", "Kommunstyrelsen", "Tekniska nämnden"; an office deciding by delegation
    # ("Kommundirektör"); never a sentence.
    deciding = re.compile(
        rf"^((?:[A-ZÅÄÖ][\wåäö]*a\s+)?{BODY}|[A-ZÅÄÖ][\wåäö-]*(?:{offices}))(?=$|[\s.,;])",
        re.IGNORECASE,
    )
    for index, line in enumerate(body[:200]):
        found = label.search(line.text.strip())
        if not found:
            continue
        value = found.group(1).strip() or (
            body[index + 1].text.strip() if index + 1 < len(body) else ""
        )
        named = deciding.match(value) if value[:1].isupper() else None
        if not named:
            continue
        organ = organ_name(named.group(1))
        if "beslutande_organ" not in result.data:
            result.put("beslutande_organ", organ, line)
        elif str(result.data["beslutande_organ"]).casefold() != organ.casefold():
            result.put("slutligt_beslutande_organ", organ, line)
        if not re.match(r"(?i)beslutsnivå", found.group(0)):
            result.raw["antagen"] = True  # an adopted document's header, not a paragraph's
        return
    if "beslutande_organ" not in result.data:
        _body_of_adoption(result, body)


def _body_of_adoption(result: Extraction, body: list[Line]) -> None:
    """An adopted document's header naming its body and when it adopted it, on one line
    ("Nämnd: Byggnadsnämnden Fastställd: 2019-09-25"): the body adopted the document."""
    adopting = re.compile(
        rf"(?:^|(?<=\s))(?:Nämnd|Styrelse|Organ)\s*:\s*({SUBJECT})\s+"
        r"(?:Fastställd|Fastställt|Antagen|Antaget|Beslutad|Beslutat|Beslutsdatum)\s*:?\s*"
        r"(?:19|20)\d\d-\d\d-\d\d"
    )
    for line in body[:40]:
        if found := adopting.search(line.text):
            result.put("beslutande_organ", organ_name(found.group(1)), line)
            return


def _text(lines: list[Line]) -> str:
    return re.sub(r"\s+", " ", " ".join(line.text for line in lines)).strip()


_ITEM_SPLIT = re.compile(r"\s+(?=(?:[-•·–]\s+[A-ZÅÄÖ\"”«])|(?:\d+[.)]\s+[A-ZÅÄÖ]))")
_DATED_STEP = re.compile(r"(?<=\d{4}-\d{2}-\d{2})\s+(?=[A-ZÅÄÖ])")


def _items(lines: list[Line]) -> list[tuple[str, Line]]:
    items: list[tuple[str, Line]] = []
    for line in lines:
        for part in _ITEM_SPLIT.split(line.text):
            text = bullet(part)
            if text:
                items.append((text, line))
    return items


def _unheaded_proposal(body: list[Line], vocabulary: Vocabulary) -> list[Line]:
    """A proposal without its heading ("Kommunstyrelsen föreslår att kommunfullmäktige
    beslutar följande 1. …" under the title of a Stockholm utlåtande): from the proposing
    sentence to the next heading."""
    proposed = alternation(vocabulary.proposed) or "föreslås besluta"
    proposes = alternation(vocabulary.proposes) or "föreslår"
    # The body's name bounded and opening a word: no long backtracking on a hostile line.
    body_name = r"[\wåäöÅÄÖ-]{0,40}(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)"
    pattern = re.compile(
        rf"(?:^|(?<=[\s(\"”])){body_name}\s+"
        rf"(?:{proposed}|(?:{proposes})\s+(?:att\s+)?{body_name}\s+beslutar?)\b",
        re.IGNORECASE,
    )
    for index, line in enumerate(body[:80]):
        found = pattern.search(line.text)
        if not found:
            continue
        out = [Line(line.text[found.start() :], line.line, line.page)]
        for following in body[index + 1 : index + 20]:
            if vocabulary.section(following.text) is not None:
                break
            out.append(following)
        return out
    return []


def read_sections(
    result: Extraction,
    sections: dict[str, list[Line]],
    headings: dict[str, Line],
    vocabulary: Vocabulary,
    body: list[Line],
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
        read_proposal(
            result, sections["forslag_till_beslut"], vocabulary, headings["forslag_till_beslut"]
        )
    elif found := _unheaded_proposal(body, vocabulary):
        read_proposal(result, found, vocabulary)
    if "beslutsunderlag" in sections:
        items = _papers(
            _items(_on_its_page(sections["beslutsunderlag"], headings["beslutsunderlag"])),
            vocabulary,
        )
        if items:
            result.put("beslutsunderlag", [text for text, _ in items], items[0][1])
    if "beslutsplanering" in sections:
        _planning(result, sections["beslutsplanering"], vocabulary)
    if "beslutet_skickas_till" in sections:
        recipients = _items(
            _on_its_page(sections["beslutet_skickas_till"], headings["beslutet_skickas_till"])
        )
        if recipients:
            result.put("beslutet_skickas_till", [t for t, _ in recipients], recipients[0][1])
    if "ansvariga" in sections:
        _responsible(result, sections["ansvariga"])


def _papers(items: list[tuple[str, Line]], vocabulary: Vocabulary) -> list[tuple[str, Line]]:
    """Beslutsunderlag items a publisher ran together on one line, told apart where a paper
    opens (see ``_run_on_papers``: "Allmänna utskottet 2021-03-25 § 20 Tjänsteutlåtande
    2021-03-24"), or after a kind standing alone ("Tjänsteskrivelse Rapport Medborgarförslag
    …")."""
    kinds = alternation(vocabulary.paper_kinds)
    if not kinds:
        return items
    alone_first = re.compile(rf"^((?:{kinds}))\s+(?=(?:{kinds})\s+[A-ZÅÄÖ\w])")
    out: list[tuple[str, Line]] = []
    for text, line in items:
        parts = []
        for part in _run_on_papers(text, kinds):
            alone = alone_first.match(part)
            if alone:
                parts += [alone.group(1), part[alone.end() :]]
            else:
                parts.append(part)
        out += [(part.strip(), line) for part in parts if part.strip()]
    return out


#: Words after which a paper's kind is the object of the item, not the start of another
#: ("Yttrande över Förslag till …", "Svar på Remiss …").
_LEADS_ON = (
    "över", "på", "till", "från", "om", "av", "med", "enligt", "angående", "gällande", "inför",
    "och", "samt", "eller", "i", "för", "den", "det", "dess", "nytt", "ny", "nya",
)  # fmt: skip
_BEFORE = "".join(rf"(?<!\s{word})(?<!^{word})" for word in _LEADS_ON)
#: A date written out or in figures, with the paragraph number a protocol gives after it
#: ("den 24 mars 2010, 24", "2018-02-13, § 47").
_PARAGRAPH = r"(?:,\s*(?:§\s*)?\d{1,3}\b)?"
_WRITTEN_DATE = rf"\b\d{{1,2}}\s+{MONTH}\s+(?:19|20)\d\d{_PARAGRAPH}"
_FIGURE_DATE = rf"\b(?:19|20)\d\d-\d\d-\d\d{_PARAGRAPH}"


def _run_on_papers(text: str, kinds: str) -> list[str]:
    """The papers of a Beslutsunderlag line that a flattened transcript ran together with no
    mark between them, told apart where a new one opens: after a paper's date (and its
    paragraph number), with a capital ("… den 26 oktober 2011 Barnchecklista …"); with a
    capitalised kind after a word that does not lead on to it ("… Malmö stad Tjänsteskrivelse
    …", "… tjänstemannaförslag Remiss …"); with an owner's kind after a small word ("…
    medborgarförslaget Tillväxtkontorets tjänsteskrivelse …")."""
    lower = "|".join(re.escape(kind.casefold()) for kind in kinds.split("|") if " " not in kind)
    # After a date in words any capital opens a paper; after a date in figures, a paper's
    # title may follow its date ("Tjänsteskrivelse 2015-08-25 Återrapportering av …"), so
    # only a body's name or an owner's paper opens one there.
    marked = re.sub(rf"({_WRITTEN_DATE})\s+(?=[A-ZÅÄÖ][\wåäö-])", "\\1\n", text)
    marked = re.sub(
        rf"({_FIGURE_DATE})\s+(?=(?:{BODY}|[A-ZÅÄÖ][\wåäö-]*s\s+(?:{lower}))\b)", "\\1\n", marked
    )
    # A paper's title ended with its stop, the next one opening with a capital.
    marked = re.sub(r"(?<=[a-zåäö]{3}\.)\s+(?=[A-ZÅÄÖ][a-zåäö])", "\n", marked)
    marked = re.sub(rf"(?<=[\wåäö.]){_BEFORE}\s+(?=(?:{kinds})\b)", "\n", marked)
    owner = r"[A-ZÅÄÖ][\wåäö]*-\s+(?:och|samt)\s+[\wåäö]+s|[A-ZÅÄÖ][\wåäö-]*s"
    marked = re.sub(rf"(?<=[a-zåäö]{{3}}){_BEFORE}\s+(?=(?:{owner})\s+(?:{lower})\b)", "\n", marked)
    return [part for part in marked.split("\n") if part.strip()]


def _on_its_page(lines: list[Line], heading: Line) -> list[Line]:
    """A short list (Beslutsunderlag, Beslutet skickas till) ends with its page when it has
    items there: what follows on the next page is another document of the file (a
    protokollsutdrag's last lines, then the report it covers). A heading that closes its page
    has its items on the next."""
    if heading.page is None:
        return lines
    own = [line for line in lines if line.page == heading.page]
    if not any(line.text.strip() for line in own):
        return lines
    return own


def organ_name(text: str) -> str:
    text = text.strip().strip(":").strip()
    # "Kommunfull-mäktige": broken at a line end and kept so by the publisher; "Barn- och
    # ungdomsnämnden", "Kultur-och fritidsnämnden" are written with their hyphen.
    joined = re.sub(r"(?<=[a-zåäö])-(?!(?:och|samt|eller)\b)(?=[a-zåäö])", "", text)
    if re.search(r"(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)$", joined):
        text = joined
    return text[:1].upper() + text[1:]


def _dropped_numbers(point: tuple[str, Line], vocabulary: Vocabulary) -> list[tuple[str, Line]]:
    """A transcript that dropped the numbers after "1." ("1. Utbildningsnämnden beställer A …
    Utbildningsnämnden beställer B …") leaves each point opening as the first one does, with
    the deciding body and its verb: each such opening starts a point of its own."""
    text, line = point
    verbs = alternation(vocabulary.verbs) or "beslutar"
    # The body and a verb in the present tense ("beställer", "ger", "antar").
    opening = re.match(
        rf"({SUBJECT}|{BODY})\s+(?:{verbs}|[a-zåäö]{{2,}}(?:ar|er|ir|år|är))\b", text
    )
    if not opening:
        return [point]
    # Not inside a sentence ("… som Utbildningsnämnden beställer"): after a word that ends
    # the previous point, never after "att", "som", "och", "om".
    again = re.compile(
        rf"(?<=[\wåäö.,)])(?<!\batt)(?<!\bsom)(?<!\boch)(?<!\bom)\s+"
        rf"(?={re.escape(opening.group(0))}\b)"
    )
    parts = [part.strip() for part in again.split(text) if part.strip()]
    return [(part, line) for part in parts] if len(parts) >= 2 else [point]


def alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


BODY = r"[\wåäöÅÄÖ-]*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)"
_GROUP = re.compile(
    rf"(?:^|(?<=\s))I\s+({BODY})(?:\s+och\s+({BODY}))?\s*:?(?=\s+(?:\d+[.)]\s|[A-ZÅÄÖ])|\s*$)"
)


def read_proposal(
    result: Extraction, lines: list[Line], vocabulary: Vocabulary, heading: Line | None = None
) -> None:
    lines = [line for line in lines if line.text.strip()]
    named: str | None = None
    if heading is not None and lines and lines[0] is not heading:
        # The heading may name the body ("Kommunstyrelsens beslut") when the text does not.
        named = _heading_bodies(heading.text, vocabulary)
        if named and re.match(
            rf"{SUBJECT}\s+(?:beslutar|föreslås|föreslår)\b", lines[0].text.strip()
        ):
            named = None  # the text names its own deciding body ("Kommunfullmäktige beslutar")
        if named and not lines[0].text.strip().endswith(":"):
            lines = [Line(named, heading.line, heading.page), *lines]
        else:
            named = None
    if not lines:
        result.empty_fields.append("forslag_till_beslut")
        return
    own = re.fullmatch(rf"({_JOINED}|{SUBJECT})s\s+beslut\s*:?", lines[0].text.strip())
    if own and len(lines) > 1 and named is None:
        # "Miljönämndens beslut" over the decision text, under the proposer's heading: the
        # sentence it stands for, as a heading naming the body would be.
        named = f"{own.group(1)} beslutar:"
        lines = [Line(named, lines[0].line, lines[0].page), *lines[1:]]
    points: list[tuple[str, Line]] = []
    intro: list[Line] = []
    lines = _numbered_without_stop(lines)
    # Numbered points may stand on their own lines or run on in one line.
    pieces: list[Line] = []
    for line in lines:
        for part in re.split(r"\s+(?=\d{1,2}[.)]\s+[A-ZÅÄÖ])", line.text):
            pieces.append(Line(part, line.line, line.page))
    opening = re.match(r"^(I\s+[^:]{2,60}:)\s*(.*)$", pieces[0].text.strip())
    if opening:
        # "I kommunstyrelsen:" and then the decision text, unnumbered.
        first = pieces[0]
        intro = [Line(opening.group(1), first.line, first.page)]
        rest = [Line(opening.group(2), first.line, first.page)] if opening.group(2) else []
        pieces = rest + pieces[1:]
    opens = next(
        (at for at, piece in enumerate(pieces) if re.match(r"^\d{1,2}[.)]\s+", piece.text)), None
    )
    if opens and not re.match(r"^1[.)]\s", pieces[opens].text):
        # Decision points count from 1: "3. <title>" after the proposal's text is the next
        # item of an agenda, no point of this one.
        pieces = pieces[:opens]
    numbers: list[str] = []
    for line in pieces:
        if numbered := re.match(r"^(\d{1,2})[.)]\s+", line.text):
            numbers.append(numbered.group(1))
            points.append((bullet(line.text), line))
        elif points:
            text, first = points[-1]
            points[-1] = (f"{text} {line.text.strip()}", first)
        else:
            intro.append(line)
    lead = _text(intro)
    if not points and intro:
        # Unnumbered: "… besluta att A, att B, samt att C" are separate points; else one.
        body = lead
        verb = re.search(r"\bbesluta(?:r)?(?: att)?:?\s", body)
        tail = body[verb.end() :] if verb else ""
        clauses = (
            [
                c
                for c in re.split(
                    r"(?:^|[,;]\s*(?:samt\s+)?|\s+samt\s+)att\s+",
                    "att " + tail if tail and not tail.startswith("att ") else tail,
                )
                if c.strip()
            ]
            if tail
            else []
        )
        if verb and len(clauses) >= 2:
            points = [(c.strip(" ,;"), intro[0]) for c in clauses]
            lead = body[: verb.end()].strip()
        elif opening:
            points = [(_text(intro[1:]) or body, intro[0])] if len(intro) > 1 else []
        else:
            points = [(body, intro[0])]
    if numbers == ["1"] and len(points) == 1:
        points = _dropped_numbers(points[0], vocabulary)
    if named:
        # The sentence the heading stood for is no part of a point.
        points = [
            (text.removeprefix(named).strip(), line) if text.startswith(named) else (text, line)
            for text, line in points
        ]
        points = [(text, line) for text, line in points if text]
    if points:
        result.put("forslag_till_beslut", [text for text, _ in points], points[0][1])
    if numbers:
        result.raw["beslutspunkter_nummer"] = numbers
    first_line = intro[0] if intro else (points[0][1] if points else None)
    proposed = alternation(vocabulary.proposed) or "föreslås besluta"
    proposes = alternation(vocabulary.proposes) or "föreslår"
    verbs = alternation(vocabulary.verbs) or "beslutar"
    deciding = final = None
    organ = (
        # "Stadsområdesnämnd Väster", "Stadsdelsnämnden Östra Göteborg": a body's kind and its
        # name; "Kultur- och föreningsnämnden"; "Kommunstyrelsens arbetsutskott".
        # "Tekniska nämnden": an adjective and the body's kind.
        r"(?:[A-ZÅÄÖ][\wåäö]*a\s+(?:nämnden|styrelsen)(?=\s+[a-zåäö])"
        r"|[A-ZÅÄÖ][\wåäö-]*(?:nämnd|nämnden|styrelse|styrelsen)(?:\s+[A-ZÅÄÖ][\wåäö]+){1,2}"
        r"(?=\s+(?:föreslå|beslut|godkänn|anta|lämna|överlämna|[a-zåäö]+r\b))"
        r"|[A-ZÅÄÖa-zåäö][\wåäö-]*(?:\s+(?:och|för|i)\s+[\wåäö-]+){0,3}"
        r"(?:(?<=s)\s+[a-zåäö]*utskott(?:et)?)?)"
    )
    if opening:
        deciding = opening.group(1)[2:].rstrip(":").strip()
    elif (match := re.match(r"^I\s+(.+?):?$", lead)) or (
        match := re.search(rf"({organ})\s+(?:{proposed})", lead)
    ):
        deciding = match.group(1)
        # "Kommunstyrelsen föreslås besluta att föreslå kommunfullmäktige att anta …": the
        # body it is to propose to decides in the end.
        onward = re.match(
            rf"\s*(?:besluta\s+)?att\s+(?:{proposes}|föreslå)\s+({BODY})\b",
            lead[match.end() :],
            re.IGNORECASE,
        )
        if onward:
            final = onward.group(1)
    elif match := re.search(
        rf"({organ})\s+(?:{proposes})\s+(?:att\s+)?({organ})\s+(?:att\s+)?(?:{_ONWARD})\s+"
        rf"({organ})\s+(?:att\s+)?(?:besluta|anta|fastställa|godkänna)\b",
        lead,
    ):
        # "Arbetsutskottet föreslår kommunstyrelsen tillstyrka kommunfullmäktige besluta": the
        # body the proposal is passed on to decides in the end.
        deciding, final = match.group(2), match.group(3)
    elif match := re.search(
        rf"({organ})\s+(?:{proposes})\s+(?:att\s+)?({organ})\s+(?:beslutar?|att)\b", lead
    ):
        deciding = match.group(2)
    elif (match := re.search(rf"\b[\wåäö-]+s förslag till\s+({organ})", lead)) or (
        match := re.match(rf"^({organ})\s+(?:{verbs}|beslutar)\b", lead)
    ):
        deciding = match.group(1)
    elif points:
        text = points[0][0]
        if match := re.match(
            rf"^({organ})\s+(?:{proposes})\s+(?:att\s+)?({organ})\s+(?:{verbs})\b", text
        ):
            deciding, final = match.group(1), match.group(2)
        elif match := re.match(rf"^({organ})\s+(?:{verbs})\b", text):
            deciding = match.group(1)
    # Göteborg's groups: "I kommunstyrelsen … I kommunstyrelsen och kommunfullmäktige …": the
    # first names the body deciding here, the last the body that decides in the end.
    joined = " ".join(line.text for line in lines)
    groups = _GROUP.findall(joined)
    if len(groups) >= 2 and not numbers:
        # Each group's decision text is at least one point ("I kommunstyrelsen: … antecknas.
        # I kommunstyrelsen och kommunfullmäktige: 1. … 2. …").
        grouped: list[str] = []
        for part in _GROUP.split(joined)[::3][1:]:
            chunks = [bit for bit in re.split(r"(?:^|\s)\d{1,2}[.)]\s+", part) if bit.strip()]
            grouped.extend(bit.strip(" :") for bit in chunks if len(bit.split()) >= 2)
        if len(grouped) > len(points):
            result.data["forslag_till_beslut"] = grouped
    if groups:
        deciding = deciding or groups[0][0]
        # "I kommunstyrelsen och kommunfullmäktige": the second body decides in the end.
        later = [second for _, second in groups if second]
        last = later[-1] if later else groups[-1][0]
        if last.casefold() != (deciding or "").casefold():
            final = last
    if deciding and re.search(r"[A-ZÅÄÖa-zåäö]", deciding):
        deciding = re.sub(r"^(?:att|Att)\s+", "", deciding).strip()
        result.put("beslutande_organ", organ_name(deciding), first_line)
    if final:
        result.put("slutligt_beslutande_organ", organ_name(final), first_line)


#: What a body does with a proposal it passes on to the body that decides in the end.
_ONWARD = r"tillstyrka|föreslå|hemställa\s+hos"
_BARE_POINT = re.compile(r"^(\d{1,2})\s+(?=[A-ZÅÄÖ])")


def _numbered_without_stop(lines: list[Line]) -> list[Line]:
    """Decision points numbered "1 …", "2 …" at the starts of lines (the stop lost in a
    transcript) are numbered points when their numbers run 1, 2, 3 …; else left as they are."""
    numbered = [
        (index, found)
        for index, line in enumerate(lines)
        if (found := _BARE_POINT.match(line.text.strip()))
    ]
    numbers = [int(found.group(1)) for _, found in numbered]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return lines
    out = list(lines)
    for index, found in numbered:
        text = lines[index].text.strip()
        out[index] = Line(
            f"{found.group(1)}. {text[found.end() :]}", lines[index].line, lines[index].page
        )
    return out


def _heading_bodies(text: str, vocabulary: Vocabulary) -> str | None:
    """A decision heading's bodies as the sentence they stand for: "Kommunstyrelsens beslut"
    -> "Kommunstyrelsen beslutar:", "Kulturnämndens förslag till kommunstyrelsen för förslag
    till kommunfullmäktige" -> "Kulturnämnden föreslår kommunfullmäktige besluta:"."""
    text = text.strip().rstrip(":")
    if vocabulary.decision is None or not vocabulary.decision.match(text):
        return None
    found = re.match(r"^(.+?)s (beslut|förslag)(?: till (.+))?$", text)
    if not found:
        return None
    own = found.group(1)
    later = re.findall(rf"({BODY})", found.group(3) or "")
    if found.group(2) == "beslut" and re.fullmatch(BODY, own):
        return f"{own} beslutar:"
    if found.group(3) == "beslut" and re.fullmatch(BODY, own):
        # "Kommunstyrelsens förslag till beslut" on the body's own agenda: it decides.
        return f"{own} beslutar:"
    if later:
        # "<proposer>s förslag till <body>": the body named last decides.
        return f"{own} föreslår {later[-1]} besluta:"
    return None  # "Förvaltningens förslag till beslut": the proposer, not the body


#: "Miljö- och samhällsbyggnadsnämnden": two bodies' fields joined in one name.
_JOINED = r"[A-ZÅÄÖ][\wåäö]*-\s+(?:och|samt)\s+[\wåäö]*(?:nämnden|styrelsen|utskottet)"
#: A body's name as a decision sentence opens with it: "Kommunfullmäktige", "Tekniska nämnden".
SUBJECT = (
    r"(?:[A-ZÅÄÖ][\wåäö]*a\s+(?:nämnden|styrelsen)"
    r"|[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen))"
)
DECIDES = re.compile(rf"(?:^|(?<=[\s.:]))({SUBJECT})\s+beslutar(?=\s+att\b|\s*:|\s*$)")
#: The deciding body inside a sentence, after "att" ("Kommunstyrelsen hemställer att
#: kommunfullmäktige beslutar att bifalla motionen", "Förslaget är att kommunfullmäktige
#: beslutar"): written in small letters there, it decides all the same.
DECIDES_AFTER_ATT = re.compile(
    rf"\b(?:[Aa]tt)\s+({BODY})\s+beslutar(?=\s+att\b|\s*:|\s*$)", re.IGNORECASE
)
#: "Kommunstyrelsens beslut" as a heading run on before the decision ("… Kommunfullmäktiges
#: beslut § 97 2011-09-26 / Medborgarförslaget avslås."): the body whose decision it is.
DECISION_OF = re.compile(
    rf"(?:^|(?<=\s))({SUBJECT})s\s+beslut(?:\s+§\s*\d{{1,3}})?(?:\s+\d{{4}}-\d\d-\d\d)?"
    r"\s*:?(?=\s+[A-ZÅÄÖ]|\s*$)"
)
PROPOSES_ONWARD = re.compile(
    rf"\bföreslår\s+(?:att\s+)?({BODY})\s+(?:att\s+)?(?:{_ONWARD})\s+({BODY})"
    r"\s+(?:att\b|besluta\s+att\b|besluta\s*:?\s*$)",
    re.IGNORECASE,
)
#: "Arbetsutskottets förslag till Kommunstyrelsen Godkänna …": a heading run on into the
#: decision text by a flattened transcript (the text after it opens with a capital); the body
#: named decides. A heading on its own line is the sections' (avsnitt.beslut_monster).
PROPOSAL_TO = re.compile(
    rf"(?:^|\s)(?:[\wåäö-]+s\s|s\s)förslag till\s+({SUBJECT}|{BODY})(?=\s+[A-ZÅÄÖ])"
)


#: A proposal to a body followed by its numbered points, run on in a flattened paragraph:
#: the heading "Förslag till kommunfullmäktige 1. …" or the sentence "… föreslår
#: kommunfullmäktige följande: 1. …". The body named decides the points.
_NUMBERED_PROPOSAL_TO = re.compile(
    rf"(?:(?:^|(?<=\s))Förslag till (?P<heading>{BODY})"
    rf"|\bföreslår\s+(?:att\s+)?(?P<proposed>{BODY})\s+(?:besluta\s+)?(?:enligt\s+)?följande"
    rf"|(?:^|(?<=\s))(?P<own>{SUBJECT})s\s+beslut)"
    r"\s*:?\s+(?=1[.)]\s+[A-ZÅÄÖ])"
)


def numbered_proposal_to(result: Extraction, body: list[Line], vocabulary: Vocabulary) -> None:
    """The body and its points of "Förslag till kommunfullmäktige 1. A. 2. B. <running text>",
    numbered in sequence from 1; the last point ends with its sentence."""
    if "forslag_till_beslut" in result.data:
        return
    for line in body[:80]:
        found = _NUMBERED_PROPOSAL_TO.search(line.text)
        if not found:
            continue
        deciding = found.group("heading") or found.group("proposed") or found.group("own")
        rest = line.text[found.end() :]
        pieces = re.split(r"\s+(?=\d{1,2}[.)]\s+[A-ZÅÄÖ])", rest)
        points: list[str] = []
        for piece in pieces:
            numbered = re.match(r"^(\d{1,2})[.)]\s+", piece)
            if not numbered or int(numbered.group(1)) != len(points) + 1:
                break
            # The point ends with its sentence; running text may follow the last one.
            said = piece[numbered.end() :]
            sentence = re.split(r"(?<=[a-zåäö\d)])\.\s+(?=[A-ZÅÄÖ])", said, maxsplit=1)[0]
            if sentence != said:
                points.append(f"{piece[: numbered.end()]}{sentence}.")
                break
            points.append(piece)
        if not points:
            return
        decides = Line(f"{organ_name(deciding)} beslutar:", line.line, line.page)
        read_proposal(
            result, [decides, *(Line(point, line.line, line.page) for point in points)], vocabulary
        )
        result.put("beslutande_organ", organ_name(deciding), line)
        return


def decision_sentence(result: Extraction, body: list[Line], vocabulary: Vocabulary) -> None:
    """A protocol paragraph, a meeting item or a protokollsutdrag that states its decision
    without a heading the sections know, in lines or run together on one line:
    "Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar / att A, samt /
    att B", "KS 261 KS 2013/0463 <title> Kommunstyrelsen beslutar att godkänna …", "föreslår
    kommunstyrelsen att föreslå kommunfullmäktige att …", "<x>s förslag till Kommunstyrelsen
    Godkänna …". The first such sentence of the ärende names the deciding body; "<body>
    beslutar att …" gives the decision points too, up to the end of its sentence."""
    head = body[:80]
    best: tuple[int, int, str, str | None, re.Match[str]] | None = None
    for index, line in enumerate(head):
        candidates = []
        if found := PROPOSES_ONWARD.search(line.text):
            candidates.append((found.start(), found.group(1), found.group(2), found))
        if found := DECIDES.search(line.text):
            candidates.append((found.start(), found.group(1), None, found))
        if found := DECIDES_AFTER_ATT.search(line.text):
            candidates.append((found.start(1), found.group(1), None, found))
        if not candidates and (found := DECISION_OF.search(line.text)):
            candidates.append((found.start(), found.group(1), None, found))
        if not candidates and (found := PROPOSAL_TO.search(line.text)):
            # The heading names the body; a decision sentence after it on its line says more.
            candidates.append((found.start(1), found.group(1), None, found))
        if candidates:
            at, deciding, final, found = min(candidates, key=lambda c: c[0])
            best = (index, at, deciding, final, found)
            break
    if best is None:
        return
    index, _, deciding, final, found = best
    line = head[index]
    listed = _points_below(head[index + 1 : index + 20], vocabulary)
    if (
        found.re is not PROPOSAL_TO
        and "forslag_till_beslut" not in result.data
        and not line.text[found.end() :].strip(" :")
        and listed
    ):
        # "… besluta" ending its line, and the numbered (or bulleted) points below it.
        decides = f"{final or deciding} beslutar:"
        bulleted = not re.match(r"\d", listed[0].text.strip())
        if bulleted:
            # Each bullet a point, in the order written; their numbers are no one's.
            listed = [
                Line(f"{at}. {bullet(point.text)}", point.line, point.page)
                for at, point in enumerate(listed, start=1)
            ]
        read_proposal(result, [Line(decides, line.line, line.page), *listed], vocabulary)
        if bulleted:
            result.raw.pop("beslutspunkter_nummer", None)
    elif found.re is not PROPOSAL_TO and "forslag_till_beslut" not in result.data:
        sentence = line.text[found.start() :]
        if found.re is PROPOSES_ONWARD:
            # "… föreslå kommunfullmäktige att A": the points the final body is to decide.
            sentence = f"{final} beslutar att {line.text[found.end() :].strip()}"
        elif found.re is DECIDES_AFTER_ATT:
            sentence = line.text[found.start(1) :]
        elif found.re is DECISION_OF:
            # "Kommunfullmäktiges beslut § 97 <date>": what follows is the decision.
            sentence = f"{organ_name(deciding)} beslutar att {line.text[found.end() :].strip()}"
        for following in head[index + 1 : index + 12]:
            if sentence.rstrip().endswith(".") or re.search(r"\.\s+[A-ZÅÄÖ]", sentence):
                break
            text = following.text.strip()
            if not text:
                continue
            if vocabulary.section(text) is not None:
                break
            sentence = f"{sentence} {text}"
        sentence = re.split(r"(?<=[a-zåäö\d)])\.\s+(?=[A-ZÅÄÖ])", sentence, maxsplit=1)[0]
        if re.search(r"\bbeslutar\s*:?\s*att\s+\S", sentence):
            read_proposal(result, [Line(sentence.strip(), line.line, line.page)], vocabulary)
    result.put("beslutande_organ", organ_name(deciding), line)
    result.data.pop("slutligt_beslutande_organ", None)
    if final:
        result.put("slutligt_beslutande_organ", organ_name(final), line)


def _points_below(lines: list[Line], vocabulary: Vocabulary) -> list[Line]:
    """The numbered points that follow a decision sentence, numbered 1, 2, 3 … (with or without
    a stop), up to the next heading or unnumbered line that does not continue one."""
    points: list[Line] = []
    bullets = False
    for line in _numbered_without_stop(lines):
        text = line.text.strip()
        if not text:
            continue
        if vocabulary.section(text) is not None:
            break
        numbered = re.match(r"^(\d{1,2})[.)]\s+", text)
        if numbered and int(numbered.group(1)) == len(points) + 1 and not bullets:
            points.append(line)
        elif re.match(r"^[-•·–]\s+att\s", text) and (bullets or not points):
            # "• att A" "• att B": bulleted points, each opening with its "att".
            bullets = True
            points.append(line)
        elif points and not numbered and text[:1].islower():
            points.append(line)  # a point broken over lines
        else:
            break
    return points


#: Where a step of a beslutsplanering whose dates the publisher dropped starts: a body's name
#: or abbreviation, unless it continues the previous one ("KS Arbetsutskott",
#: "Fritidsnämndens Arbetsutskott").
_UNDATED_STEP = re.compile(
    r"(?<![A-ZÅÄÖ]\b)(?<!s)\s+(?=[A-ZÅÄÖ]{2,5}\s|[A-ZÅÄÖ][\wåäö-]*(?:nämnd|styrelse|fullmäktige)\w*)"
)


def _planning(result: Extraction, lines: list[Line], vocabulary: Vocabulary) -> None:
    steps: list[dict[str, Any]] = []
    first: Line | None = None
    pieces: list[Line] = []
    for line in lines:
        parts = _DATED_STEP.split(line.text)
        if not find_dates(line.text, compact_forms=True):
            parts = _UNDATED_STEP.split(line.text)
        for part in parts:
            if part.strip():
                pieces.append(Line(bullet(part), line.line, line.page))
    for line in pieces:
        dated = find_dates(line.text, compact_forms=True)
        if dated and line.text[dated[-1][1].end() :].strip():
            dated = []
        if not dated:
            name = line.text.strip(" ,:-–")
            if not re.match(r"[A-ZÅÄÖ]", name) or len(name.split()) > 6:
                continue
            # A step whose date the document does not give: kept, and said.
            result.problem("beslutsplanering", f"steget ”{name}” anger inget datum", line, "absent")
            steps.append({"organ": name, "steg": _step_kind(name, vocabulary)[0], "_text": name})
            first = first or line
            continue
        value, match = dated[-1]
        name = line.text[: match.start()].strip(" ,:-–")
        kind = "sammantrade"
        for word, step in vocabulary.steps.items():
            if re.search(rf"\b{re.escape(word)}\b", name, re.IGNORECASE):
                kind = step
                name = re.sub(rf"\s*\b{re.escape(word)}\b", "", name, flags=re.IGNORECASE).strip()
        if kind == "arbetsutskott":
            name = f"{name} arbetsutskott" if name.endswith("s") else name
        if not name:
            continue
        steps.append({"organ": name, "steg": kind, "datum": value.isoformat(), "_text": line.text})
        first = first or line
    if steps:
        result.raw["beslutsplanering"] = [step.pop("_text") for step in steps]
        result.put("beslutsplanering", steps, first)
        for index, line in enumerate(pieces[: len(steps)]):
            result.lines.setdefault(f"beslutsplanering[{index}]", line.line)


def _step_kind(name: str, vocabulary: Vocabulary) -> tuple[str, str]:
    kind = "sammantrade"
    for word, step in vocabulary.steps.items():
        if re.search(rf"\b{re.escape(word)}\b", name, re.IGNORECASE):
            kind = step
            name = re.sub(rf"\s*\b{re.escape(word)}\b", "", name, flags=re.IGNORECASE).strip()
    return kind, name


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
