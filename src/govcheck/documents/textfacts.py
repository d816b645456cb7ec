"""Facts of the whole text the rules ask for (remiss questions, plan dimensions …)."""

from __future__ import annotations

import re
from typing import Any

from govcheck.documents.extraction import MONTH, Extraction, label_key, month_end
from govcheck.documents.reader import Line


def text_facts(result: Extraction, lines: list[Line]) -> None:
    """Values the rules need that stand in running text: cited governing documents with their
    decision, milestones, assignments, the remiss and its questions, union information."""
    text = " ".join(line.text for line in lines)
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line.text) + 1

    def line_at(position: int) -> Line:
        import bisect

        index = max(0, bisect.bisect_right(starts, position) - 1)
        return lines[index] if lines else Line("", 0)

    cited = []
    places: list[Line] = []
    reference = r"[A-ZÅÄÖ]{2,6}\s+\d{4}-\d{2}-\d{2}\s*§\s*\d+|[A-ZÅÄÖ]{2,5}-\d{4}-\d{1,6}"
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
                "datum": month_end(match.group(2), match.group(3)),
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
                "senast": month_end(match.group(4), match.group(5)),
                "redovisas": month_end(match.group(2), match.group(3)),
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
        elif questions and label_key(text) in {"ansvariga"}:
            break
        elif questions:
            answer.append(text)
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


def plan_facts(result: Extraction, lines: list[Line]) -> None:
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
