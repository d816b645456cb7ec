"""The rulebook as the page shows and searches it: built once from the same views the
``govcheck rules`` command renders (``rulebook_render.views``), with the data a search needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from govcheck import rulebook_render
from govcheck.conditions import AllOf, Condition, Leaf
from govcheck.models import Language
from govcheck.rulebook import COMMON, Question, Rule, Rulebook
from govcheck.specs import ScenarioText
from govcheck.web.texts import text

_OPS: dict[str, dict[str, str]] = {
    "eq": {"sv": "är", "en": "is"},
    "neq": {"sv": "är inte", "en": "is not"},
    "gt": {"sv": "är större än", "en": "is greater than"},
    "gte": {"sv": "är minst", "en": "is at least"},
    "lt": {"sv": "är mindre än", "en": "is less than"},
    "lte": {"sv": "är högst", "en": "is at most"},
    "exists": {"sv": "finns", "en": "is given"},
    "missing": {"sv": "saknas", "en": "is missing"},
    "matches": {"sv": "har formen", "en": "has the form"},
    "in": {"sv": "är en av", "en": "is one of"},
    "not_in": {"sv": "är ingen av", "en": "is none of"},
}
_JOIN = {"all": {"sv": " och ", "en": " and "}, "any": {"sv": " eller ", "en": " or "}}
_BOOL = {True: {"sv": "ja", "en": "yes"}, False: {"sv": "nej", "en": "no"}}


def _value(value: Any, lang: Language) -> str:
    if isinstance(value, bool):
        return _BOOL[value][lang]
    if isinstance(value, list):
        return ", ".join(_value(item, lang) for item in value)
    if isinstance(value, str):
        return f"”{value}”" if lang == "sv" else f"“{value}”"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def condition_words(condition: Condition, lang: Language, top: bool = True) -> str:
    """A rule's condition in words, where the rulebook gives no plain-language reading of its
    own: field names as the facts name them, operators in words."""
    if isinstance(condition, Leaf):
        name = condition.field.replace("_", " ")
        words = f"{name} {_OPS[condition.op][lang]}"
        if condition.other is not None:
            return f"{words} {condition.other.replace('_', ' ')}"
        if condition.op in ("exists", "missing"):
            return words
        return f"{words} {_value(condition.value, lang)}"
    kind = "all" if isinstance(condition, AllOf) else "any"
    children = condition.all if isinstance(condition, AllOf) else condition.any
    inner = _JOIN[kind][lang].join(condition_words(child, lang, False) for child in children)
    return inner if top or len(children) == 1 else f"({inner})"


@dataclass(frozen=True)
class RuleEntry:
    id: str
    is_rule: bool
    guideline: str
    statement: str
    severity: str
    pack: str
    case_types: tuple[str, ...]
    valid_from: dt.date
    valid_to: dt.date | None
    document: str
    section: str
    decision: str | None
    statute: str | None
    quote: str
    source: str
    authority: str | None
    condition: str | None
    area: str
    scenarios: tuple[ScenarioText, ...] = ()
    haystack: str = field(default="", repr=False)


def authority_words(citation: Any, lang: Language) -> str | None:
    """The authority of a rule's source in words, where the rulebook states it."""
    value = getattr(citation, "authority", None)
    if value is None:
        return None
    for name in ("label", "describe", "words"):
        method = getattr(value, name, None)
        if callable(method):
            try:
                return str(method(lang))
            except TypeError:
                return str(method())
    labels = getattr(rulebook_render, "AUTHORITY_NAMES", None)
    raw = str(getattr(value, "value", value))
    if isinstance(labels, dict) and raw in labels:
        label = labels[raw]
        return str(label.get(lang, label.get("sv"))) if isinstance(label, dict) else str(label)
    return raw.replace("_", " ")


def _entry(
    item: Rule | Question, view: rulebook_render.RuleView, lang: Language, sources: Any
) -> RuleEntry:
    spec = item.spec
    is_rule = isinstance(item, Rule)
    plain = getattr(view, "condition", None)
    if not plain and isinstance(item, Rule):
        plain = condition_words(item.spec.when, lang)
    citation = item.citation(sources) if isinstance(item, Rule) else item.citation()
    entry = RuleEntry(
        id=item.id,
        is_rule=is_rule,
        guideline=spec.guideline,
        statement=view.statement,
        severity=spec.severity.value,
        pack=item.pack,
        case_types=tuple(t.value for t in spec.case_types),
        valid_from=spec.valid_from,
        valid_to=spec.valid_to,
        document=view.document,
        section=view.section,
        decision=view.decision,
        statute=view.statute,
        quote=view.quote,
        source=view.source,
        authority=authority_words(citation, lang) or authority_words(spec.citation, lang),
        condition=str(plain) if plain else None,
        area=view.area,
        scenarios=tuple(view.scenarios),
    )
    haystack = " ".join(
        str(part)
        for part in (
            entry.id,
            entry.guideline,
            entry.statement,
            entry.document,
            entry.section,
            entry.decision or "",
            entry.statute or "",
            entry.quote,
            entry.condition or "",
            entry.area,
            " ".join(entry.case_types),
        )
    )
    return RuleEntry(**{**entry.__dict__, "haystack": haystack.casefold()})


@dataclass(frozen=True)
class RulebookIndex:
    version: str
    entries: tuple[RuleEntry, ...]
    guidelines: tuple[tuple[str, str], ...]
    kommuner: tuple[str, ...]
    kommun_names: dict[str, str]

    def search(self, query: str = "", guideline: str = "", kommun: str = "") -> list[RuleEntry]:
        words = query.casefold().split()
        found = []
        for entry in self.entries:
            if guideline and entry.guideline != guideline:
                continue
            if kommun and entry.pack not in (kommun, COMMON):
                continue
            if all(word in entry.haystack for word in words):
                found.append(entry)
        return found


def build_index(rulebook: Rulebook, lang: Language) -> RulebookIndex:
    views = {view.id: view for view in rulebook_render.views(rulebook, lang)}
    items: list[Rule | Question] = [*rulebook.rules, *rulebook.questions]
    entries = tuple(
        sorted(
            (_entry(item, views[item.id], lang, rulebook.sources_dir) for item in items),
            key=lambda e: (e.area, e.id),
        )
    )
    used = {entry.guideline for entry in entries}
    guidelines = tuple(
        (gid, title) for gid, title in rulebook_render.guidelines(rulebook) if gid in used
    )
    known = {gid for gid, _ in guidelines}
    guidelines += tuple((gid, "") for gid in sorted(used - known))
    return RulebookIndex(
        version=rulebook.version,
        entries=entries,
        guidelines=guidelines,
        kommuner=kommuner(rulebook),
        kommun_names=kommun_names(rulebook, lang),
    )


def kommuner(rulebook: Rulebook) -> tuple[str, ...]:
    """The municipalities with a profile (their rule packs, organs and formats)."""
    return tuple(sorted(rulebook.registry.municipalities))


def kommun_names(rulebook: Rulebook, lang: Language) -> dict[str, str]:
    names = {kommun: rulebook.registry.display_name(kommun, lang) for kommun in kommuner(rulebook)}
    names[COMMON] = text("kommun_common", lang)
    return names


def validity(entry: RuleEntry, lang: Language) -> str:
    if entry.valid_to is None:
        return text("rule_valid_open", lang, start=entry.valid_from.isoformat())
    return text(
        "rule_valid_window",
        lang,
        start=entry.valid_from.isoformat(),
        end=entry.valid_to.isoformat(),
    )
