"""Required follow-up questions: which questions a draft must answer, and which it leaves open.

The questions are data (``[[question]]`` in the rule packs, each with its citation). They are
evaluated here rather than in the rules engine because answering is a matter of matching the
draft's answers against a list, which is what durable_rules' list operators get wrong on empty
lists (ENGINE_NOTES.md).
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass

from govcheck.drafts import LoadedDraft
from govcheck.errors import one_line
from govcheck.i18n import t
from govcheck.models import Finding, FindingKind, Language, Location
from govcheck.registry import normalise_name
from govcheck.rulebook import Question, Rulebook


@dataclass(frozen=True)
class Asked:
    """One question a draft must answer, and whether it does."""

    question: Question
    text: str
    answered: bool
    path: str


#: What an unfilled template answer looks like: ``[FYLL I: …]``, a Word merge field
#: ``«Svar»``, ``XXX``, ``TODO``.
_PLACEHOLDER = re.compile(
    r"\[[^\[\]]{0,200}\]|«[^«»]{0,200}»|\bX{3,}\b|\bTODO\b|\blorem ipsum\b", re.IGNORECASE
)
#: Brackets inside brackets (``[Fyll i: svar [se mallen]]``) are taken from the inside out, a
#: few levels deep (each level one linear pass).
_NESTING = 5


def is_answer(text: str | None) -> bool:
    """An answer says something besides template placeholders (``svar = "[FYLL I: …]"`` is
    not an answer)."""
    if not text:
        return False
    for _ in range(_NESTING):
        text, found = _PLACEHOLDER.subn(" ", text)
        if not found:
            break
    return any(char.isalnum() for char in text)


#: The questions that apply, per rulebook, municipality, case type and date, with the
#: normalised forms of their texts and ids (computed once, not once per draft); cleared when
#: full so that memory does not grow with the number of drafts.
_APPLYING: weakref.WeakKeyDictionary[Rulebook, dict[tuple[str, str, dt.date], list[_Applying]]]
_APPLYING = weakref.WeakKeyDictionary()
_APPLYING_LIMIT = 4096


@dataclass(frozen=True)
class _Applying:
    question: Question
    asks: str
    text: str
    names: tuple[str, str]  # the text and the id, normalised: what an answer's fraga may be


def _applying(rulebook: Rulebook, kommun: str, case_type: str, on: dt.date) -> list[_Applying]:
    known = _APPLYING.get(rulebook)
    if known is None:
        known = _APPLYING[rulebook] = {}
    key = (kommun, case_type, on)
    found = known.get(key)
    if found is not None:
        return found
    applying = [
        _Applying(
            question,
            question.spec.asks,
            question.spec.text.sv,
            (normalise_name(question.spec.text.sv), normalise_name(question.spec.id)),
        )
        for question in rulebook.questions
        if question.applies_to(kommun, case_type, on)
    ]
    if len(known) >= _APPLYING_LIMIT:
        known.clear()
    known[key] = applying
    return applying


def asked(rulebook: Rulebook, loaded: LoadedDraft, per: dt.date | None = None) -> list[Asked]:
    draft = loaded.draft
    on = loaded.judged_on(per)
    applying = _applying(rulebook, draft.kommun, draft.typ._value_, on)
    if not applying:
        return []
    answers = {
        normalise_name(answer.fraga) for answer in draft.uppfoljning_svar if is_answer(answer.svar)
    }
    out: list[Asked] = []
    for item in applying:
        question = item.question
        if item.asks == "remissfragor":
            if draft.remiss is None:
                continue
            for index, asked_item in enumerate(draft.remiss.fragor):
                out.append(
                    Asked(
                        question,
                        asked_item.fraga,
                        is_answer(asked_item.svar),
                        f"remiss.fragor[{index}].svar",
                    )
                )
            continue
        if item.asks == "medborgarnara_post" and not any(p.medborgarnara for p in draft.poster):
            continue
        done = item.names[0] in answers or item.names[1] in answers
        out.append(Asked(question, item.text, done, "uppfoljning_svar"))
    return out


def unanswered_findings(
    rulebook: Rulebook, loaded: LoadedDraft, per: dt.date | None, lang: Language
) -> list[Finding]:
    findings = []
    for item in asked(rulebook, loaded, per):
        if item.answered:
            continue
        findings.append(
            Finding(
                rule_id=item.question.id,
                severity=item.question.spec.severity,
                message=t("unanswered_question", lang, text=item.text),
                location=Location(file=loaded.file, path=item.path, **loaded.where(item.path)),
                citation=item.question.citation(),
                kind=FindingKind.QUESTION,
                ruleset_version=rulebook.version,
            )
        )
    return findings


def render_questions(
    rulebook: Rulebook, loaded: LoadedDraft, per: dt.date | None, lang: Language
) -> str:
    items = asked(rulebook, loaded, per)
    if not items:
        return t("no_questions", lang) + "\n"
    status = {True: t("answered", lang), False: t("unanswered", lang)}
    lines = [f"{one_line(loaded.file)}:"]
    for item in items:
        lines.append(f"  [{status[item.answered]}] {item.question.id}: {one_line(item.text)}")
    return "\n".join(lines) + "\n"
