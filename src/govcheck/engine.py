"""Evaluating drafts against a rulebook: facts in, frozen findings out.

Two backends read the same compiled conditions: ``durable`` (durable_rules, the production
engine) and ``oracle`` (plain Python, the test oracle). The checker above them is shared, so any
difference between their findings is a difference in matching, which the tests look for.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from typing import Any, Literal, Protocol

from govcheck.conditions import AllOf, AnyOf, Condition, Leaf, holds, leaves, to_durable
from govcheck.drafts import LoadedDraft, ReadingNote
from govcheck.facts import Fact, FactBuilder
from govcheck.i18n import field_label, t
from govcheck.models import Citation, Finding, FindingKind, Language, Location, Severity
from govcheck.questions import unanswered_findings
from govcheck.rulebook import Rule, Rulebook
from govcheck.vocabulary import FACT_SCHEMA, LABELLED_FIELDS, VALUE_LABELS, Scalar, int_date

Backend = Literal["durable", "oracle"]
NO_RULES_ID = "GOVCHECK-INGA-REGLER"
NO_PROFILE_ID = "GOVCHECK-INGEN-PROFIL"
READING_ID = "GOVCHECK-EXTRAKTION"
#: Entries kept per memo of the checker (dates of one municipality and case type): cleared when
#: full, so that a checker's memory does not grow with the number of drafts it checks.
_MEMO_LIMIT = 4096
_NOT_READ = {"sv": "Kunde inte läsas ut: {message}", "en": "Could not be read: {message}"}
_NOT_STATED = {"sv": "Står inte i dokumentet: {message}", "en": "Not in the document: {message}"}


def _note_text(note: ReadingNote, lang: Language) -> str:
    """What a reading note says: the reader's own Swedish sentence, or in English the field's
    name (the location's snippet quotes the text it stands in)."""
    if lang == "sv":
        return note.message
    return field_label(note.path, lang)


class Matcher(Protocol):
    def matches(self, packs: tuple[str, ...], fact: Fact) -> list[str]: ...

    def matches_all(self, packs: tuple[str, ...], facts: Sequence[Fact]) -> list[list[str]]:
        """For each fact of one draft, the ids of the rules it breaks."""
        ...


class OracleMatcher:
    def __init__(self, rulebook: Rulebook) -> None:
        self._packs = {
            pack: [(rule.id, rule.guarded_condition()) for rule in rulebook.pack(pack)]
            for pack in {rule.pack for rule in rulebook.rules}
        }

    def matches(self, packs: tuple[str, ...], fact: Fact) -> list[str]:
        values: dict[str, Scalar] = {**fact.values, "kind": fact.kind}
        return [
            rule_id
            for pack in packs
            for rule_id, cond in self._packs.get(pack, [])
            if holds(cond, values)
        ]

    def matches_all(self, packs: tuple[str, ...], facts: Sequence[Fact]) -> list[list[str]]:
        return [self.matches(packs, fact) for fact in facts]


class DurableMatcher:
    """One durable_rules ruleset per combination of packs a draft is judged by (common and its
    municipality's), compiled on first use: each fact is asserted once, not once per pack.

    The engine sees each field under a short alias (``f0``, ``f1``, …): the facts of a draft
    cross into the C core as one JSON text, and field names such as
    ``samplanerad_med_stadskontoret`` were most of its bytes (~2.7 kB a draft, half that
    aliased). The aliases are given at compile time and live only between here and the engine."""

    def __init__(self, rulebook: Rulebook) -> None:
        from govcheck.durable_adapter import DurableEngine  # import cost only when used

        self._engine = DurableEngine.shared()
        self._rulebook = rulebook
        self._names: dict[tuple[str, ...], str] = {}
        #: per combination of packs and kind of object: field -> (alias, sent as presence only)
        self._send: dict[tuple[str, ...], dict[str, dict[str, tuple[str, bool]]]] = {}
        #: per combination of packs: the alias of ``kind``
        self._kind: dict[tuple[str, ...], str] = {}
        # Nothing is compiled here: a run compiles only the combinations its drafts need (a
        # one-draft run one of three, ~10 ms of its start), a run with workers none in this
        # process. The rules were vetted when the rulebook was loaded; the engine's own checks
        # (the operators' allow-list, durable's compile) run when a combination is first used.

    def _compile(self, packs: tuple[str, ...]) -> None:
        book = self._rulebook
        rules = [rule for pack in packs for rule in book.pack(pack)]
        conditions = {rule.id: rule.guarded_condition() for rule in rules}
        # Only the fields some condition tests go to the engine: a fact carries whole texts
        # (sammanfattning, ärendet) that would otherwise be serialised for nothing. Absent
        # stays absent, so "missing" reads the same.
        all_leaves = [leaf for cond in conditions.values() for leaf in leaves(cond)]
        fields = sorted(
            {field for leaf in all_leaves for field in (leaf.field, leaf.other) if field}
        )
        alias = {field: f"f{index}" for index, field in enumerate(fields)}
        # A field only tested for presence goes as 1: its text matters only by being there.
        valued = {leaf.field for leaf in all_leaves if leaf.op not in ("exists", "missing")}
        valued |= {leaf.other for leaf in all_leaves if leaf.other is not None}
        compiled = {
            rule_id: to_durable(_aliased(cond, alias)) for rule_id, cond in conditions.items()
        }
        name = "_".join(packs) + f"_{book.fingerprint}"
        origin = ", ".join(str(book.root / pack) for pack in packs)
        self._engine.register(name, compiled, origin)
        self._names[packs] = name
        # Every rule is guarded by the kind of object it speaks of, so a fact can only match
        # the rules of its kind: only their fields go with it (a plan item does not carry the
        # fields that only rules on the ärende test, ~60 % fewer bytes to encode and parse).
        send: dict[str, dict[str, tuple[str, bool]]] = {}
        for rule in rules:
            tested = send.setdefault(rule.spec.object, {})
            for leaf in leaves(conditions[rule.id]):
                for field in (leaf.field, leaf.other):
                    if field:
                        tested[field] = (alias[field], field not in valued)
        self._send[packs] = send
        self._kind[packs] = alias.get("kind", "kind")  # no rules: nothing to match

    def matches(self, packs: tuple[str, ...], fact: Fact) -> list[str]:
        """One fact through the Host (two JSON round trips): the reference ``matches_all`` is
        tested against."""
        if packs not in self._names:
            self._compile(packs)
        return self._engine.match(self._names[packs], self._payload(packs, fact))

    def matches_all(self, packs: tuple[str, ...], facts: Sequence[Fact]) -> list[list[str]]:
        """All facts of one draft in one call to the engine."""
        if packs not in self._names:
            self._compile(packs)
        payloads = [self._payload(packs, fact) for fact in facts]
        return self._engine.match_all(self._names[packs], payloads)

    def _payload(self, packs: tuple[str, ...], fact: Fact) -> dict[str, Scalar]:
        send = self._send[packs].get(fact.kind, {})
        payload: dict[str, Scalar] = {}
        for key, value in fact.values.items():
            found = send.get(key)
            if found is not None:
                payload[found[0]] = 1 if found[1] else value
        payload[self._kind[packs]] = fact.kind
        return payload


def _aliased(condition: Condition, alias: dict[str, str]) -> Condition:
    """The condition over the engine's aliases of its fields."""
    if isinstance(condition, Leaf):
        other = alias[condition.other] if condition.other is not None else None
        return condition.model_copy(update={"field": alias[condition.field], "other": other})
    # Rebuilt without validation: the children are validated conditions already (validating
    # again built the condition models in every start of a cached rule set).
    if isinstance(condition, AllOf):
        return AllOf.model_construct(all=[_aliased(child, alias) for child in condition.all])
    return AnyOf.model_construct(any=[_aliased(child, alias) for child in condition.any])


def _display(kind: str, name: str, value: Scalar | None, lang: Language) -> str:
    if value is None:
        return "(saknas)" if lang == "sv" else "(missing)"
    field_type = FACT_SCHEMA[kind][name]  # type: ignore[index]
    if field_type == "date" and isinstance(value, int):
        return int_date(value)
    if isinstance(value, bool):
        return ("ja" if value else "nej") if lang == "sv" else ("yes" if value else "no")
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "sv" else text
    if name in LABELLED_FIELDS:
        return VALUE_LABELS[lang].get(str(value), str(value))
    return str(value)


def render_message(template: str, fact: Fact, lang: Language) -> str:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    values: dict[str, Any] = {
        name: _display(fact.kind, name, fact.values.get(name), lang) for name in names
    }
    return template.format(**values)


class Checker:
    """Checks drafts against one rulebook with one backend. Reuse it: building it compiles."""

    def __init__(
        self, rulebook: Rulebook, backend: Backend = "durable", lang: Language = "sv"
    ) -> None:
        self.rulebook = rulebook
        self.lang = lang
        self.facts = FactBuilder(rulebook.registry)
        self._case_rules: dict[tuple[str, str, str | None], list[Rule]] = {}
        self._case_kinds: dict[tuple[str, str], frozenset[str]] = {}
        self._citations: dict[str, Citation] = {}
        self._applicable: dict[tuple[str, str, dt.date], tuple[str, ...]] = {}
        self._silent: dict[tuple[str, str, str, dt.date], bool] = {}
        self.matcher: Matcher = (
            DurableMatcher(rulebook) if backend == "durable" else OracleMatcher(rulebook)
        )

    def check(self, loaded: LoadedDraft, per: dt.date | None = None) -> list[Finding]:
        draft = loaded.draft
        judged_on = loaded.judged_on(per)
        findings: list[Finding] = []
        if not self.rulebook.registry.has_profile(draft.kommun):
            findings.append(self._no_profile(loaded))
        for pack in self.rulebook.packs_for(draft.kommun):
            findings.extend(self._silent_pack(loaded, pack, judged_on))
        findings.extend(unanswered_findings(self.rulebook, loaded, per, self.lang))
        findings.extend(
            Finding(
                rule_id=READING_ID,
                # What the document does not state is said (info); what it states but could
                # not be understood is a warning.
                severity=Severity.INFO if note.status == "absent" else Severity.VARNING,
                message=(
                    _NOT_STATED[self.lang].format(message=_note_text(note, self.lang))
                    if note.status == "absent"
                    else _NOT_READ[self.lang].format(message=_note_text(note, self.lang))
                ),
                location=Location(
                    file=loaded.file,
                    path=note.path,
                    page=note.page,
                    snippet=note.snippet,
                    line=note.line,
                    paragraph=note.line if loaded.paragraphs else None,
                ),
                kind=FindingKind.EXTRACTION,
                ruleset_version=self.rulebook.version,
            )
            for note in loaded.notes
        )
        kommun, case_type = draft.kommun, draft.typ._value_
        packs = self.rulebook.packs_for(kommun)
        kinds = self._kinds(kommun, case_type)
        # Only the kinds of object some rule for this case speaks of go to the engine.
        facts = [fact for fact in self.facts.build(loaded, per) if fact.kind in kinds]
        for fact, rule_ids in zip(facts, self.matcher.matches_all(packs, facts), strict=True):
            for rule_id in rule_ids:
                findings.append(self._finding(self.rulebook.by_id[rule_id], fact, loaded))
        return sorted(set(findings), key=Finding.sort_key)

    def applicable(self, loaded: LoadedDraft, per: dt.date | None = None) -> tuple[str, ...]:
        """Ids of the rules and questions that apply to this draft on its date: the checks a
        report can say were evaluated (and, where nothing was found, passed).

        One tuple per municipality, case type and date, kept for the drafts that follow
        (a batch has few distinct ones; drafts of one kind then share one tuple)."""
        draft = loaded.draft
        on = loaded.judged_on(per)
        kommun, case_type = draft.kommun, draft.typ._value_
        key = (kommun, case_type, on)
        found = self._applicable.get(key)
        if found is None:
            ids = [rule.id for rule in self._for_case(kommun, case_type) if rule.in_force(on)]
            ids += [q.id for q in self.rulebook.questions if q.applies_to(kommun, case_type, on)]
            if len(self._applicable) >= _MEMO_LIMIT:
                self._applicable.clear()  # bounded: memory must not grow with an archive
            found = self._applicable[key] = tuple(ids)
        return found

    def _citation(self, rule: Rule) -> Citation:
        """One immutable Citation per rule, shared by all its findings."""
        found = self._citations.get(rule.id)
        if found is None:
            found = self._citations[rule.id] = rule.citation(self.rulebook.sources_dir)
        return found

    def _kinds(self, kommun: str, case_type: str) -> frozenset[str]:
        key = (kommun, case_type)
        kinds = self._case_kinds.get(key)
        if kinds is None:
            kinds = frozenset(r.spec.object for r in self._for_case(kommun, case_type))
            self._case_kinds[key] = kinds
        return kinds

    def _for_case(self, kommun: str, case_type: str, pack: str | None = None) -> list[Rule]:
        """The rules for a municipality and case type (of one pack, or all), in rulebook order.
        Kept per (kommun, case type, pack): a bounded handful, whatever the number of drafts."""
        key = (kommun, case_type, pack)
        found = self._case_rules.get(key)
        if found is None:
            rules = self.rulebook.rules if pack is None else self.rulebook.pack(pack)
            found = [rule for rule in rules if rule.applies_to(kommun, case_type)]
            self._case_rules[key] = found
        return found

    def _finding(self, rule: Rule, fact: Fact, loaded: LoadedDraft) -> Finding:
        spec = rule.spec
        path = ".".join(part for part in (fact.path, spec.path) if part)
        if not path and loaded.lines:
            # A check of the whole text (a placeholder, a misspelt body name): where the
            # document reader found what it counts, when it says.
            path = next(
                (leaf.field for leaf in leaves(spec.when) if leaf.field in loaded.lines), ""
            )
        return Finding(
            rule_id=rule.id,
            severity=spec.severity,
            message=render_message(spec.message.get(self.lang), fact, self.lang),
            location=Location(file=loaded.file, path=path, **loaded.where(path)),
            citation=self._citation(rule),
            kind=FindingKind.VIOLATION,
            ruleset_version=self.rulebook.version,
        )

    def _no_profile(self, loaded: LoadedDraft) -> Finding:
        """Said once per draft: only the common rules and the text checks were applied."""
        return Finding(
            rule_id=NO_PROFILE_ID,
            severity=Severity.INFO,
            message=t("no_profile", self.lang, kommun=loaded.draft.kommun),
            location=Location(file=loaded.file, path="kommun", **loaded.where("kommun")),
            ruleset_version=self.rulebook.version,
        )

    def _silent_pack(self, loaded: LoadedDraft, pack: str, judged_on: dt.date) -> list[Finding]:
        """A pack with rules for this case but none in force on the date is said, not skipped."""
        draft = loaded.draft
        key = (draft.kommun, draft.typ._value_, pack, judged_on)
        silent = self._silent.get(key)
        if silent is None:
            applicable = self._for_case(draft.kommun, draft.typ._value_, pack)
            silent = bool(applicable) and not any(rule.in_force(judged_on) for rule in applicable)
            if len(self._silent) >= _MEMO_LIMIT:
                self._silent.clear()
            self._silent[key] = silent
        if not silent:
            return []
        return [
            Finding(
                rule_id=NO_RULES_ID,
                severity=Severity.VARNING,
                message=t("no_rules_in_force", self.lang, pack=pack, date=judged_on.isoformat()),
                location=Location(file=loaded.file, path="datum", **loaded.where("datum")),
                ruleset_version=self.rulebook.version,
            )
        ]
