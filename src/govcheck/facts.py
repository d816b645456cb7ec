"""Derived facts: the one place where a validated draft becomes what the rules test.

Each object the rules speak of becomes one flat fact (the ärende, each plan item, each step of
the beslutsplanering): scalar values only, never lists, so the engine's traps around empty
lists and large nested facts cannot occur. What a TOML condition cannot express (do the dates
increase? do the recipients include the remitting body?) is computed here and named, and the
names are declared in ``FACT_SCHEMA`` so that a rule testing an unknown field fails to load
instead of silently never firing.

Dates are carried as integers ``YYYYMMDD`` because the engine compares numbers, not dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

from govcheck.drafts import LoadedDraft
from govcheck.models import CaseType, CiteratDokument, Draft, Post, StepKind, Summa
from govcheck.registry import Organ, OrganKind, Registry, normalise_name
from govcheck.vocabulary import ObjectKind, Scalar, date_int

if TYPE_CHECKING:
    from govcheck.documents.vocabulary import Vocabulary


_T = TypeVar("_T")


@dataclass(frozen=True)
class Fact:
    """One object of a draft as the engine sees it, with where it stands in the draft."""

    kind: ObjectKind
    path: str
    values: dict[str, Scalar] = field(default_factory=dict)


def _amount(mnkr: float | None) -> float | None:
    """Amounts to whole thousands of kronor: durable's parser rejects floats that JSON writes in
    exponent notation (1e-05), and no rule needs finer than 1 tkr."""
    if mnkr is None:
        return None
    return round(mnkr, 3) + 0.0  # + 0.0 turns -0.0 into 0.0


# An enum member's value is read as ``member._value_`` (the attribute Enum keeps it in) in the
# loops below: ``member.value`` goes through a descriptor, ~20 times a draft.


def _put(values: dict[str, Scalar], key: str, value: Scalar | dt.date | None) -> None:
    """Only present values go into a fact: the engine treats null as present (ENGINE_NOTES)."""
    if value is None:
        return
    values[key] = date_int(value) if isinstance(value, dt.date) else value


_FIXED_RULE_WORDS = re.compile(
    r"\b(får inte|får ej|är förbjudet|måste alltid|ska alltid|är inte tillåtet)\b", re.IGNORECASE
)
_AI_WORDS = re.compile(r"\b(AI|artificiell intelligens|maskininlärning)\b")


_PLACEHOLDER = re.compile(
    # \x00 separates the texts searched in one pass (see _finished_text): never inside a match.
    r"\[[^\[\]\x00]{1,40}\]|\bX{3,}\b|ÅÅÅÅ-MM-DD|YYYY-MM-DD|\blorem ipsum\b|<[^<>\x00]{1,40}>"
    r"|\bTODO\b",
    re.IGNORECASE,
)
#: A placeholder match contains one of these (casefolded); texts without any are skipped.
_PLACEHOLDER_MARKERS = ("[", "<", "xxx", "åååå", "yyyy", "lorem ipsum", "todo")
# The gap between "Bifogat" and "finns" is bounded: unbounded, each "Bifogat" of a long text
# without full stops scans to its end (quadratic time on a hostile draft).
_ATTACHED = re.compile(
    r"\bBifoga(?:t|de)\b[^.]{0,300}?\bfinns\s+([A-ZÅÄÖ][^,.;]{3,80})", re.IGNORECASE
)
#: At most this many attachments mentioned in the text are compared with the list.
MAX_MENTIONED = 200
_FOLD = str.maketrans("åäöéü", "aaoeu")


#: StepKind.order, looked up (the property lists the enum every time).
_STEP_ORDER = {kind: index for index, kind in enumerate(StepKind)}
_STEP_WORDS = {
    StepKind.ARENDEBEREDNING: "ärendeberedning",
    StepKind.ORDFORANDEBEREDNING: "ordförandeberedning",
    StepKind.ARBETSUTSKOTT: "arbetsutskott",
    StepKind.SAMMANTRADE: "sammanträde",
}
#: Case types whose adoption decides the verksamhet's goals or direction (KL 6 kap. 38 §
#: första stycket 1): governing documents, not the reply to a remiss about one.
_GOAL_SETTING = frozenset(
    {
        CaseType.RIKTLINJER,
        CaseType.POLICY,
        CaseType.PROGRAM,
        CaseType.PLAN,
        CaseType.PRINCIPER,
        CaseType.UTVECKLINGSPLAN,
    }
)
#: "remitterad till samtliga nämnder": how documents say that every nämnd was consulted.
_ALL_BOARDS = frozenset({"samtliga nämnder", "alla nämnder", "samtliga nämnder och bolag"})
#: The body that proposes in a decision point: "Servicenämnden föreslår att kommunstyrelsen …".
_PROPOSER = re.compile(r"\s*(\S.{1,80}?)\s+föreslår\b")
_DIGITALISATION = re.compile(r"digitali|\bIT\b|\be-(?:tjänst|samhälle|förvaltning)", re.IGNORECASE)

#: The searches below are kept per text, for texts up to this long (boilerplate recurs from
#: draft to draft; a long text seldom does, and memory stays bounded).
_MEMO_LONGEST = 4000
_MEMO_TEXTS = 4096


def _per_text(search: Callable[[str], _T]) -> Callable[[str], _T]:
    """``search`` with its answers kept for the last ``_MEMO_TEXTS`` short texts."""
    kept = functools.lru_cache(maxsize=_MEMO_TEXTS)(search)

    def run(text: str) -> _T:
        return kept(text) if len(text) <= _MEMO_LONGEST else search(text)

    return run


@_per_text
def _states_fixed_rules(text: str) -> bool:
    return _FIXED_RULE_WORDS.search(text) is not None


@_per_text
def _on_digitalisation(text: str) -> bool:
    return _DIGITALISATION.search(text) is not None


@_per_text
def _on_ai(text: str) -> bool:
    return _AI_WORDS.search(text) is not None


@_per_text
def _on_system_management(text: str) -> bool:
    return "systemförvaltning" in text.casefold()


@_per_text
def _attachments(text: str) -> tuple[str, ...]:
    """The attachments a text says are attached ("Bifogat finns …"), as written."""
    return tuple(m.group(1).strip() for m in _ATTACHED.finditer(text))


@functools.lru_cache(maxsize=_MEMO_TEXTS)
def _kept_decision_points(points: tuple[str, ...]) -> dict[str, Scalar]:
    from govcheck.documents.textchecks import decision_points

    return decision_points((), points)


def _decision_points(points: tuple[str, ...]) -> dict[str, Scalar]:
    """``decision_points((), points)`` (numbering and bodies named one way), kept for short
    lists of points; the caller copies it."""
    from govcheck.documents.textchecks import decision_points

    if sum(map(len, points)) <= _MEMO_LONGEST:
        return _kept_decision_points(points)
    return decision_points((), points)


@_per_text
def _proposer(point: str) -> str | None:
    """The body that proposes in a decision point, as written."""
    found = _PROPOSER.match(point)
    return found.group(1) if found else None


def _is_placeholder(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


_SPACES = re.compile(r"\s+")
_NAME_PARTS = re.compile(r"[\s-]+")
_ADDRESS_PARTS = re.compile(r"[._-]+")


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.casefold().translate(_FOLD)).strip()


def _strings(draft: Draft) -> list[str]:
    """Every text value of a draft, for the placeholder check: the strings of
    ``draft.model_dump(exclude_none=True)`` in the same order (depth first, fields in their
    declared order), read from the model itself without building the dump."""
    out: list[str] = []
    _collect_strings(draft, out)
    return out


def _collect_strings(model: BaseModel, out: list[str]) -> None:
    # A validated model's ``__dict__`` holds its fields in the order the dump writes them.
    for value in model.__dict__.values():
        if value is None:
            continue
        if isinstance(value, str):  # enum members too: the dump keeps them as they are
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    out.append(item)
                elif isinstance(item, BaseModel):
                    _collect_strings(item, out)
        elif isinstance(value, BaseModel):
            _collect_strings(value, out)


#: The whole-text checks keep what they found for this many distinct texts (then start again),
#: and only for texts up to this long: a long text seldom recurs, and memory stays bounded.
TEXT_CACHE_ENTRIES = 16384
TEXT_CACHE_LONGEST = 2000


class _Text:
    """What the whole-text checks found in one text (its ``\x00`` read as a space): made when
    the text is first seen, filled in when it is seen again. Nothing is allocated after it
    is made (flags, the known names by reference, shared empty answers), so a cache that
    has seen a batch's texts does not grow when it checks the batch again."""

    __slots__ = (
        "filled", "hyphened", "known", "marked", "matches", "more", "regular", "rooted", "words"
    )  # fmt: skip

    # Slots: what ``fill`` sets is stored in place, without allocating.
    filled: bool
    regular: bool
    rooted: bool
    hyphened: bool
    marked: bool
    #: ``misspelt_bodies`` of this text alone for the list of known body names ``known``
    #: (compared by identity: hashing a tuple of ~100 names costs more than the lookup), and
    #: for other lists in ``more``
    known: tuple[str, ...] | None
    words: tuple[tuple[str, str], ...]
    more: dict[int, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] | None
    #: the texts ``_PLACEHOLDER`` matches in it, found when first needed
    matches: frozenset[str] | None

    def __init__(self) -> None:
        self.filled = False  # the rest is set by ``fill``, the second time the text is seen

    def fill(self, text: str, roots: tuple[str, ...], hyphened: re.Pattern[str] | None) -> None:
        part = text.replace("\x00", " ")
        lowered = part.lower()
        #: lower-casing keeps its length (the spelling check searches the lower-cased text at
        #: the positions of the original; where it does not, the draft is checked whole)
        self.regular = len(lowered) == len(part)
        #: it holds a body-name root: only then can it hold a misspelt body name
        self.rooted = any(root in lowered for root in roots)
        #: a word with a root has a hyphen inside it (see ``TextChecks._bodies``)
        self.hyphened = bool(self.rooted and hyphened and hyphened.search(lowered))
        #: it holds a placeholder marker (see ``_PLACEHOLDER_MARKERS``)
        folded = part.casefold()
        self.marked = any(marker in folded for marker in _PLACEHOLDER_MARKERS)
        self.known, self.words, self.more, self.matches = None, (), None, None
        self.filled = True

    def bodies(self, known: tuple[str, ...]) -> tuple[tuple[str, str], ...] | None:
        if self.known is known:
            return self.words
        found = self.more.get(id(known)) if self.more else None
        return found[1] if found is not None and found[0] is known else None

    def keep(self, known: tuple[str, ...], words: list[tuple[str, str]]) -> None:
        kept = tuple(words) if words else ()
        if self.known is None:
            self.known, self.words = known, kept
        else:
            if self.more is None:
                self.more = {}
            self.more[id(known)] = (known, kept)


_NO_MATCHES: frozenset[str] = frozenset()


class TextChecks:
    """The checks over every text of a draft (misspelt body names, template placeholders),
    computed once per distinct text and combined per draft: the texts of a batch recur (body
    names, plan items, standard phrases), and most hold neither a body's name nor a
    placeholder marker. A text is looked at alone from the second time it is seen; the texts
    seen for the first time are checked together in one pass, as before.

    The answer is exactly that of the checks over all texts joined by ``\\x00``: neither
    check's matches cross a ``\\x00``; ``misspelt_bodies`` reports a word at its first
    appearance unless the draft's own organ names (``already``) or an earlier appearance said
    it, and whether it reports a word depends on the word alone, so the words of a part of the
    texts, less those said before it, are what the whole says there; the placeholder pattern
    runs over all texts when any holds a marker. A draft with a text whose lower-casing
    changes its length is checked whole, by ``misspelt_bodies`` itself."""

    def __init__(self) -> None:
        self._reading: object = None
        self._roots: tuple[str, ...] = ()
        self._hyphened: re.Pattern[str] | None = None
        self._texts: dict[str, _Text] = {}
        self._unfilled = 0  # texts of the cache seen only once

    def check(
        self,
        strings: list[str],
        known: tuple[str, ...],
        reading: Vocabulary,
        already: list[str],
    ) -> tuple[list[tuple[str, str]], list[str]]:
        """(``misspelt_bodies(strings, known, reading, already)``, the sorted distinct
        placeholders ``_PLACEHOLDER`` finds in the strings when any holds a marker)."""
        from govcheck.documents.textchecks import misspelt_bodies

        if reading is not self._reading:
            self._reading = reading
            self._roots = tuple({root.lower() for root in reading.organ_roots})
            self._hyphened = _hyphened(self._roots)
            self._texts = {}
            self._unfilled = 0
        texts = self._texts
        entries: list[_Text | None] = [texts.get(text) for text in strings]
        if self._unfilled and any(entries):  # seen before: what it holds is kept from now on
            for text, entry in zip(strings, entries, strict=True):
                if entry is not None and not entry.filled:
                    entry.fill(text, self._roots, self._hyphened)
                    self._unfilled -= 1
        # One pass: the texts not kept, and what the kept ones say (all filled by now).
        new: list[str] = []
        whole = marked = False
        for text, entry in zip(strings, entries, strict=True):
            if entry is None:
                new.append(text)
            else:
                if not entry.regular or entry.hyphened:
                    whole = True
                if entry.marked:
                    marked = True
        joined = ""  # the texts not kept, joined as the checks join them
        if new:
            joined = "\x00".join(text.replace("\x00", " ") for text in new)
            kept = [text for text in new if len(text) <= TEXT_CACHE_LONGEST]
            if len(texts) + len(kept) > TEXT_CACHE_ENTRIES:
                texts = self._texts = {}  # bounded: any text may come
                self._unfilled = 0
            made = {text: _Text() for text in dict.fromkeys(kept)}
            texts.update(made)
            self._unfilled += len(made)
            if len(new) == len(strings):  # none kept: the checks as they were, in one pass
                wrong = misspelt_bodies(strings, known, reading, already)
                folded = joined.casefold()
                if not any(marker in folded for marker in _PLACEHOLDER_MARKERS):
                    return wrong, []
                return wrong, sorted({m.group(0) for m in _PLACEHOLDER.finditer(joined)})
        if not whole and joined:  # the texts not kept: lower-cased alike, no hyphened word
            lowered = joined.lower()
            whole = len(lowered) != len(joined) or bool(
                self._hyphened and self._hyphened.search(lowered)
            )
        if whole:
            wrong = misspelt_bodies(strings, known, reading, already)
        else:
            wrong = self._bodies(strings, entries, known, reading, already)
        if not marked:
            folded = joined.casefold()
            marked = any(marker in folded for marker in _PLACEHOLDER_MARKERS)
        found: list[str] = []
        if marked:
            matches = {m.group(0) for m in _PLACEHOLDER.finditer(joined)} if new else set()
            for text, entry in zip(strings, entries, strict=True):
                if entry is not None:
                    if entry.matches is None:
                        part = text.replace("\x00", " ")
                        entry.matches = (
                            frozenset(m.group(0) for m in _PLACEHOLDER.finditer(part))
                            or _NO_MATCHES
                        )
                    matches |= entry.matches
            found = sorted(matches)
        return wrong, found

    @staticmethod
    def _bodies(
        strings: list[str],
        entries: list[_Text | None],
        known: tuple[str, ...],
        reading: Vocabulary,
        already: list[str],
    ) -> list[tuple[str, str]]:
        """``misspelt_bodies`` of the texts, all lower-cased to the same length and without a
        hyphen inside a word with a root: per text where it is kept, else over each run of
        texts not kept (with the texts between them that hold no root), then each word only
        where it is said first. (A word with a hyphen inside, "kommunfyll-mäktige", is not
        said when its form without the hyphen was seen before it, said or not, in any text
        of the draft: what a single text's answer cannot tell; the draft is checked whole.)"""
        from govcheck.documents.textchecks import misspelt_bodies

        parts: list[Sequence[tuple[str, str]]] = []
        run: list[str] = []
        for text, entry in zip(strings, entries, strict=True):
            if entry is None:
                run.append(text)
                continue
            if not entry.rooted:
                continue  # holds no body name: it ends no run
            bodies = entry.bodies(known)
            if bodies is None:
                found = misspelt_bodies([text], known, reading)
                entry.keep(known, found)
                bodies = tuple(found)
            if bodies:
                if run:
                    parts.append(misspelt_bodies(run, known, reading, already))
                    run = []
                parts.append(bodies)
        if run:
            parts.append(misspelt_bodies(run, known, reading, already))
        if len(parts) == 1 and run:
            return list(parts[0])  # all texts not kept: one pass, as the checks make it
        wrong: list[tuple[str, str]] = []
        said = _said(already) if parts else set()
        for part in parts:
            for word, guess in part:
                folded = word.casefold()
                if folded not in said:
                    said.add(folded)
                    wrong.append((word, guess))
        return wrong


def _hyphened(roots: tuple[str, ...]) -> re.Pattern[str] | None:
    """Finds, in a lower-cased text, a hyphen inside a word before a root (or more: a
    hyphen after any character but a blank, in the same stretch without blanks)."""
    if not roots:
        return None
    return re.compile(r"[^\s\x00]-[^\s\x00]*?(?:" + "|".join(map(re.escape, roots)) + ")")


def _said(already: list[str]) -> set[str]:
    """The words ``misspelt_bodies`` does not report: those of the names in ``already``, in
    both forms (with and without a genitive s)."""
    said = {word.casefold() for name in already for word in re.findall(r"[\wåäöÅÄÖ]+", name)}
    for word in list(said):
        said.update((word + "s", word.removesuffix("s")))
    return said


class FactBuilder:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        #: per municipality: the body names the spelling check knows (with the vocabulary's)
        self._bodies: dict[str, tuple[object, tuple[str, ...]]] = {}
        #: the whole-text checks, per distinct text
        self._texts = TextChecks()
        #: per municipality and date: its nämnder in force
        self._boards: dict[tuple[str, dt.date], tuple[Organ, ...]] = {}

    def _known_bodies(self, kommun: str, reading: Vocabulary) -> tuple[str, ...]:
        found = self._bodies.get(kommun)
        if found is None or found[0] is not reading:
            names = (*self.registry.known_names(kommun), *reading.common_bodies)
            if len(self._bodies) >= 256:
                self._bodies.clear()  # bounded: any municipality may be named
            found = self._bodies[kommun] = (reading, names)
        return found[1]

    def build(self, loaded: LoadedDraft, per: dt.date | None = None) -> list[Fact]:
        draft = loaded.draft
        judged_on = loaded.judged_on(per)
        common: dict[str, Scalar] = {
            "kommun": draft.kommun,
            "typ": draft.typ._value_,
            "per_datum": date_int(judged_on),
            "kommun_har_profil": self.registry.has_profile(draft.kommun),
        }
        # A document's whole-text checks (placeholders over all its text, not only the
        # values read) replace those computed from the draft's values.
        facts = [
            Fact("arende", "", {**common, **self._arende(draft, judged_on), **loaded.text_values})
        ]
        for index, item in enumerate(draft.poster):
            facts.append(Fact("post", f"poster[{index}]", {**common, **self._post(draft, item)}))
        for index, step in enumerate(draft.beslutsplanering):
            values = dict(common)
            _put(values, "organ", step.organ)
            self._organ(values, "organ", draft.kommun, step.organ, suggest=True)
            values.pop("organ_typ", None)
            _put(values, "steg", step.steg._value_)
            _put(values, "datum", step.datum)
            values["nummer"] = index + 1
            facts.append(Fact("steg", f"beslutsplanering[{index}]", values))
        for index, cited in enumerate(draft.citerade_dokument):
            facts.append(
                Fact(
                    "dokument",
                    f"citerade_dokument[{index}]",
                    {**common, **self._document(draft, cited, judged_on)},
                )
            )
        for index, total in enumerate(draft.summor):
            facts.append(Fact("summa", f"summor[{index}]", {**common, **self._total(draft, total)}))
        return facts

    # --- helpers ------------------------------------------------------------------------------

    def _organ_id(self, kommun: str, name: str | None) -> str | None:
        if not name:
            return None
        organ = self.registry.resolve(kommun, name).organ
        return organ.id if organ else None

    def _organ(
        self,
        values: dict[str, Scalar],
        prefix: str,
        kommun: str,
        name: str | None,
        *,
        suggest: bool = False,
    ) -> None:
        """``<prefix>_id`` and ``<prefix>_typ`` for a named body ("okand" when not in the
        registry), and ``<prefix>_forslag``, the closest known name, when asked. A template
        placeholder ("[FYLL I: nämnd]") is not a name: the placeholder check reports it."""
        if not name or _is_placeholder(name) or not self.registry.has_profile(kommun):
            return  # without a registry, a name is neither known nor unknown
        resolution = self.registry.resolve(kommun, name)
        if resolution.organ is not None:
            values[f"{prefix}_id"] = resolution.organ.id
            values[f"{prefix}_typ"] = resolution.organ.typ._value_
        else:
            values[f"{prefix}_typ"] = "okand"
            if suggest and resolution.suggestion:
                values[f"{prefix}_forslag"] = resolution.suggestion

    def _post(self, draft: Draft, item: Post) -> dict[str, Scalar]:
        kommun = draft.kommun
        values: dict[str, Scalar] = {}
        _put(values, "namn", item.namn)
        _put(values, "it_klass", item.it_klass._value_ if item.it_klass else None)
        _put(values, "omrade", item.omrade.casefold() if item.omrade else None)
        _put(values, "kostnadsslag", item.kostnadsslag._value_ if item.kostnadsslag else None)
        _put(values, "belopp_mnkr", _amount(item.belopp_mnkr))
        _put(values, "finansiering", item.finansiering._value_ if item.finansiering else None)
        _put(values, "inom_ram", item.inom_ram)
        _put(values, "askande", item.askande)
        parties = {self._organ_id(kommun, name) for name in item.samplanering}
        registry = self.registry
        values["samplanerad_med_ledningskontoret"] = bool(
            parties & registry.role_ids(kommun, "ledningskontor")
        )
        values["samplanerad_med_arkivet"] = bool(parties & registry.role_ids(kommun, "arkiv"))
        text = " ".join(filter(None, [item.namn, item.beskrivning]))
        values["namner_systemforvaltning"] = _on_system_management(text)
        values["medborgarnara"] = item.medborgarnara
        _put(values, "beslutande_organ", item.beslutande_organ)
        self._organ(values, "beslutande_organ", kommun, item.beslutande_organ)
        _put(values, "avvikelse", item.avvikelse)
        _put(values, "finansieras_av", item.finansieras_av)
        decider_name = item.beslutande_organ or draft.beslutande_organ
        decider = self.registry.resolve(kommun, decider_name).organ if decider_name else None
        # Only a nämnd putting a cost on another nämnd is asked about: fullmäktige and the
        # styrelse placing costs on nämnder is budget power (KL 5 kap. 1 §), not a violation.
        if item.finansieras_av and decider is not None and decider.typ == OrganKind.NAMND:
            payer = self._organ_id(kommun, item.finansieras_av) or item.finansieras_av.casefold()
            values["finansieras_av_annan_namnd"] = payer != decider.id
        values["antal_forvantade_nyttor"] = len(item.forvantade_nyttor)
        _put(values, "nyttouppfoljning", item.nyttouppfoljning)
        values["galler_ai"] = bool(
            _on_ai(text) or (item.omrade or "").casefold() in {"ai", "artificiell intelligens"}
        )
        _put(values, "riskbedomning", item.riskbedomning)
        _put(values, "informationsagare", item.informationsagare)
        return values

    def _arende(self, draft: Draft, judged_on: dt.date) -> dict[str, Scalar]:
        kommun = draft.kommun
        values: dict[str, Scalar] = {}
        for key in (
            "datum",
            "diarienummer",
            "rubrik",
            "sammanfattning",
            "arendet",
            "plan_ar",
            "beskrivning_av_arendet",
            "forvaltningens_bedomning",
            "bedomning_ekonomisk",
            "bedomning_ekologisk",
            "bedomning_social",
            "behovsunderlag",
            "facklig_samverkan",
            "omfang_sidor",
        ):
            _put(values, key, getattr(draft, key))
        values["organisationsforandring"] = draft.organisationsforandring
        if draft.handlaggare:
            _put(values, "handlaggare_namn", draft.handlaggare.namn)
            _put(values, "handlaggare_titel", draft.handlaggare.titel)
            _put(values, "handlaggare_epost", draft.handlaggare.epost)
            _put(values, "handlaggare_telefon", draft.handlaggare.telefon)

        _put(values, "beslutande_organ", draft.beslutande_organ)
        self._organ(values, "beslutande_organ", kommun, draft.beslutande_organ, suggest=True)
        final_name = draft.slutligt_beslutande_organ or draft.beslutande_organ
        _put(values, "slutligt_beslutande_organ", final_name)
        self._organ(values, "slutligt_beslutande_organ", kommun, final_name)
        preparing = draft.beredande_namnd
        if preparing is None and draft.slutligt_beslutande_organ and draft.beslutande_organ:
            preparing = draft.beslutande_organ  # this ärende is the nämnd's own preparation
        _put(values, "beredande_namnd", preparing)
        if preparing:
            # An utskott or a förvaltning prepares for its board (issue 14: "SN:s AU" is SN).
            organ = self.registry.resolve(kommun, preparing).organ
            board = self.registry.board_of(organ) if organ is not None else None
            _put(values, "beredande_namnd_id", (board or organ).id if organ else None)
        self._diarienummer(values, draft)

        values["antal_beslutspunkter"] = len(draft.forslag_till_beslut)
        values["antal_beslutsunderlag"] = len(draft.beslutsunderlag)
        values["antal_steg"] = len(draft.beslutsplanering)
        values["antal_mottagare"] = len(draft.beslutet_skickas_till)
        values["antal_ansvariga"] = len(draft.ansvariga)
        values["antal_poster"] = len(draft.poster)
        values["antal_remissinstanser"] = len(draft.remitterad_till)
        values["antal_dialogforum"] = len(draft.dialogforum)
        if draft.planperiod_fran is not None and draft.planperiod_till is not None:
            values["planperiod_ar"] = draft.planperiod_till - draft.planperiod_fran + 1
        self._beslutsplanering(values, draft, values.get("beslutande_organ_id"))
        self._remiss(values, draft)
        self._consistency(values, draft)
        self._plan_content(values, draft)
        self._finished_text(values, draft)
        self._authority_facts(values, draft, judged_on)
        return values

    def _finished_text(self, values: dict[str, Scalar], draft: Draft) -> None:
        """A draft ready for decision: contact details that belong together, no template
        placeholders left, every attachment the text mentions listed in Beslutsunderlag, body
        names spelt right anywhere and one body named one way in the decision points (for a
        document these last are computed over its whole text: documents/textchecks.py)."""
        from govcheck.documents.vocabulary import load_vocabulary

        reading = load_vocabulary()
        organs = [draft.beslutande_organ, draft.slutligt_beslutande_organ, draft.beredande_namnd]
        organs += [step.organ for step in draft.beslutsplanering]
        strings = _strings(draft)
        wrong, found = self._texts.check(
            strings,
            self._known_bodies(draft.kommun, reading),
            reading,
            [name for name in organs if name],
        )
        values["antal_felstavade_organ"] = len(wrong)
        if wrong:
            values["felstavade_organ"] = "; ".join(
                f"{word} (menade du {guess}?)" for word, guess in wrong[:5]
            )
        values.update(_decision_points(tuple(draft.forslag_till_beslut)))
        person = draft.handlaggare
        if person and person.epost and "@" in person.epost:
            local, domain = person.epost.rsplit("@", 1)
            if person.namn:
                names = {t for t in _NAME_PARTS.split(_fold(person.namn)) if len(t) >= 2}
                values["epost_matchar_handlaggare"] = bool(
                    names & set(_ADDRESS_PARTS.split(_fold(local)))
                )
            domains = self.registry.email_domains.get(draft.kommun, [])
            if domains:
                values["epost_doman"] = domain
                values["epost_forvantad_doman"] = " eller ".join(domains)
                values["epost_doman_ok"] = any(
                    domain.casefold() == d or domain.casefold().endswith("." + d) for d in domains
                )
        values["antal_platshallare"] = len(found)
        if found:
            values["platshallare"] = ", ".join(found)
        mentioned = {
            name
            for text in (draft.sammanfattning, draft.arendet)
            if text
            for name in _attachments(text)
        }
        missing: list[str] = []
        if mentioned:  # the list is folded only when the text mentions an attachment
            listed = [_fold(item) for item in draft.beslutsunderlag]
            folds = {name: _fold(name) for name in sorted(mentioned)[:MAX_MENTIONED]}
            missing = sorted(
                name
                for name, fold in folds.items()
                if not any(fold in item or item in fold for item in listed)
            )
        values["antal_bilagor_utanfor_underlag"] = len(missing)
        if missing:
            values["bilagor_utanfor_underlag"] = "; ".join(missing)

    def _diarienummer(self, values: dict[str, Scalar], draft: Draft) -> None:
        number = draft.diarienummer
        if not number:
            return
        kommun = draft.kommun
        # The format is judged by the date the number was given: the draft's own date.
        formats = self.registry.diary_formats(kommun, draft.datum or dt.date.today())
        if formats:
            values["diarienummer_format_ok"] = any(
                re.fullmatch(fmt.monster, number) is not None for fmt in formats
            )
        prefix = number.split("-", 1)[0] if "-" in number else None
        owner = self.registry.prefix_owner(kommun, prefix) if prefix and prefix.isalpha() else None
        if owner is None:
            return
        values["diarienummer_prefix_organ"] = owner.namn
        deciding = values.get("beslutande_organ_id")
        if isinstance(deciding, str):
            organ = self.registry.organs[deciding]
            registering = {deciding, organ.tillhor, organ.tjanar}
            # The number may be the board's own or its administration's (SLK serves KS).
            values["diarienummer_prefix_stammer"] = (
                owner.id in registering or owner.tjanar == deciding
            )

    def _beslutsplanering(
        self, values: dict[str, Scalar], draft: Draft, deciding: Scalar | None
    ) -> None:
        steps = draft.beslutsplanering
        if not steps:
            return
        kommun = draft.kommun
        dates = [step.datum for step in steps if step.datum is not None]
        if len(dates) >= 2:
            values["beslutsplanering_datum_stigande"] = all(
                a < b for a, b in itertools.pairwise(dates)
            )
        # Within the chain of one owning body, the kinds must not go backwards.
        owners = [self._owner(kommun, step.organ, step.steg) for step in steps]
        values["beslutsplanering_ordning_korrekt"] = all(
            not (owner_a == owner_b and _STEP_ORDER[kind_b] < _STEP_ORDER[kind_a])
            for (owner_a, kind_a), (owner_b, kind_b) in itertools.pairwise(owners)
        )
        last = steps[-1]
        _put(values, "sista_steg_organ", last.organ)
        _put(values, "sista_steg_datum", last.datum)
        values["sista_steg"] = f"{last.organ} ({_STEP_WORDS[last.steg]})"
        if isinstance(deciding, str):
            expected = self._deciding_meeting(deciding)
            if expected is not None:
                values["sista_steg_ar_beslutande"] = owners[-1] == expected
            values["har_arbetsutskott_for_beslutande"] = any(
                owner == deciding and kind == StepKind.ARBETSUTSKOTT for owner, kind in owners
            )

    def _deciding_meeting(self, deciding: str) -> tuple[str, StepKind] | None:
        """The step at which the deciding body decides: a board at its meeting, an utskott at
        the utskott's meeting; none for an employee deciding on delegation."""
        organ = self.registry.organs[deciding]
        if organ.deciding:
            return (organ.id, StepKind.SAMMANTRADE)
        if organ.typ == OrganKind.UTSKOTT and organ.tillhor:
            return (organ.tillhor, StepKind.ARBETSUTSKOTT)
        return None

    def _owner(self, kommun: str, name: str, kind: StepKind) -> tuple[str, StepKind]:
        """The body whose chain a step belongs to: an arbetsutskott belongs to its board, an
        administration's ärendeberedning to the board it serves."""
        organ = self.registry.resolve(kommun, name).organ
        if organ is None:
            return (name.casefold(), kind)
        if organ.typ == OrganKind.UTSKOTT and organ.tillhor:
            return (organ.tillhor, StepKind.ARBETSUTSKOTT)
        if organ.typ == OrganKind.FORVALTNING and organ.tjanar:
            # A förvaltning holds no meetings of the board: its step is the ärendeberedning.
            return (organ.tjanar, StepKind.ARENDEBEREDNING)
        return (organ.id, kind)

    # --- issue 14: facts for rules that speak with their source's authority -------------------

    def _principal(self, kommun: str, name: str) -> str:
        """The board a named body acts for (see Registry.board_of); the name itself, folded,
        when it is no known body."""
        organ = self.registry.resolve(kommun, name).organ
        if organ is None:
            return name.casefold()
        board = self.registry.board_of(organ)
        return (board or organ).id

    def _authority_facts(self, values: dict[str, Scalar], draft: Draft, on: dt.date) -> None:
        if draft.stadsovergripande is not None:
            values["stadsovergripande"] = draft.stadsovergripande
        if draft.plan_ar is not None and draft.datum is not None:
            values["plan_ar_efter_datum"] = draft.plan_ar - draft.datum.year
        text = " ".join(filter(None, [draft.rubrik, draft.sammanfattning]))
        values["galler_digitalisering"] = _on_digitalisation(text)
        self._remitted_boards(values, draft, on)
        self._kf_preparation(values, draft)
        self._delegation(values, draft, on)

    def _boards_on(self, kommun: str, on: dt.date) -> tuple[Organ, ...]:
        """``registry.boards``, kept per municipality and date (bounded)."""
        key = (kommun, on)
        found = self._boards.get(key)
        if found is None:
            if len(self._boards) >= 4096:
                self._boards.clear()
            found = self._boards[key] = self.registry.boards(kommun, on)
        return found

    def _remitted_boards(self, values: dict[str, Scalar], draft: Draft, on: dt.date) -> None:
        """Which nämnder in force (the registry) a governing document was not sent to on
        remiss (asked of governing documents, or of any draft that names its remissinstanser)."""
        if draft.typ not in _GOAL_SETTING and not draft.remitterad_till:
            return
        boards = self._boards_on(draft.kommun, on)
        if not boards:
            return
        named = {normalise_name(name) for name in draft.remitterad_till}
        if named & _ALL_BOARDS:
            missing: list[str] = []
        else:
            reached = {self._organ_id(draft.kommun, name) for name in draft.remitterad_till}
            missing = [board.namn for board in boards if board.id not in reached]
        values["antal_namnder_utan_remiss"] = len(missing)
        if missing:
            values["namnder_utan_remiss"] = ", ".join(missing)

    def _kf_preparation(self, values: dict[str, Scalar], draft: Draft) -> None:
        """KL 5 kap. 26 och 28 §§: a case fullmäktige decides has been prepared by a nämnd
        (the styrelse is one), and the styrelse has had the chance to give its view."""
        kommun = draft.kommun
        final = values.get("slutligt_beslutande_organ_typ")
        if final != "fullmaktige":
            return
        names = [draft.beredande_namnd, draft.beslutande_organ]
        names += [step.organ for step in draft.beslutsplanering]
        # "Kommunstyrelsen föreslår att kommunfullmäktige beslutar …": the proposing body.
        names += [_proposer(point) for point in draft.forslag_till_beslut]
        boards = []
        for name in filter(None, names):
            organ = self.registry.resolve(kommun, name).organ
            board = self.registry.board_of(organ) if organ is not None else None
            if board is not None and board.typ in {OrganKind.NAMND, OrganKind.STYRELSE}:
                boards.append(board)
        values["kf_arende_berett_av_namnd"] = bool(boards)
        values["kf_arende_styrelsen_med"] = any(b.typ == OrganKind.STYRELSE for b in boards)

    def _delegation(self, values: dict[str, Scalar], draft: Draft, on: dt.date) -> None:
        """A decision taken by someone other than the board: by an utskott (KL 6 kap. 37 §),
        by an employee of the board's förvaltning (7 kap. 5 §), or by a body the law does not
        allow to decide for a board (a group). What the municipality has delegated is data
        (the profile's delegation.toml)."""
        kommun, registry = draft.kommun, self.registry
        name = draft.beslutande_organ
        organ = registry.resolve(kommun, name).organ if name else None
        if organ is None or organ.deciding:
            return
        values["beslut_pa_delegation"] = True
        board = registry.board_of(organ)
        if organ.typ == OrganKind.GRUPP:
            values["delegat_tillaten_enligt_lag"] = False
        if board is None:
            return  # a group, or a förvaltning whose board the registry does not know
        values["delegat_tillaten_enligt_lag"] = True
        values["delegerande_organ"] = board.namn
        values["delegerande_organ_id"] = board.id
        entries = [
            entry
            for entry in registry.delegations(kommun, draft.typ._value_, on)
            if entry.organ == board.id and organ.id in entry.delegat
        ]
        values["delegation_i_delegationsordning"] = any(e.delegationsordning for e in entries)
        report_to = next((e.anmals_till for e in entries if e.anmals_till), board.id)
        values["anmals_till_organ"] = registry.organs[report_to].namn
        reported = [draft.anmals_till, *draft.beslutet_skickas_till]
        values["delegationsbeslut_anmals"] = report_to in {
            self._principal(kommun, name) for name in reported if name
        }
        # KL 6 kap. 38 §: matters that may not be delegated.
        values["ej_delegerbart_mal_inriktning"] = draft.typ in _GOAL_SETTING
        remittent = draft.remiss.remittent if draft.remiss else None
        asked_by = registry.resolve(kommun, remittent).organ if remittent else None
        values["ej_delegerbart_till_fullmaktige"] = (
            asked_by is not None and asked_by.typ == OrganKind.FULLMAKTIGE
        ) or values.get("slutligt_beslutande_organ_typ") == "fullmaktige"

    def _remiss(self, values: dict[str, Scalar], draft: Draft) -> None:
        remiss = draft.remiss
        if remiss is None:
            return
        kommun = draft.kommun
        _put(values, "remittent", remiss.remittent)
        _put(values, "svar_senast", remiss.svar_senast)
        if remiss.remittent:
            # A reply sent to the remitting body's administration (Stadskontoret for
            # Kommunstyrelsen) answers that body: both sides are compared by the board they
            # act for.
            target = self._principal(kommun, remiss.remittent)
            recipients = {self._principal(kommun, name) for name in draft.beslutet_skickas_till}
            values["mottagare_inkluderar_remittent"] = target in recipients

    def _consistency(self, values: dict[str, Scalar], draft: Draft) -> None:
        """What a draft states twice must agree: milestones, decision references."""
        dates: dict[str, set[dt.date]] = {}
        for milestone in draft.milstolpar:
            dates.setdefault(milestone.namn.casefold(), set()).add(milestone.datum)
        clashes = sorted(
            f"{name} ({', '.join(d.isoformat() for d in sorted(found))})"
            for name, found in dates.items()
            if len(found) > 1
        )
        values["antal_motstridiga_milstolpar"] = len(clashes)
        if clashes:
            values["motstridiga_milstolpar"] = "; ".join(clashes)
        late = [
            task.namn
            for task in draft.uppdrag
            if task.redovisas is not None and task.redovisas > task.senast and not task.avvikelse
        ]
        values["antal_forsenade_uppdrag_utan_avvikelse"] = len(late)
        if late:
            values["forsenade_uppdrag"] = "; ".join(late)
        references: dict[str, set[str]] = {}
        for cited in draft.citerade_dokument:
            if cited.beslut:
                doc = self.registry.document(draft.kommun, cited.titel)
                key = doc.titel if doc else cited.titel
                references.setdefault(key, set()).add(_normal_decision(cited.beslut))
        double = sorted(title for title, refs in references.items() if len(refs) > 1)
        values["antal_dokument_med_olika_beslut"] = len(double)
        if double:
            values["dokument_med_olika_beslut"] = "; ".join(double)

    def _plan_content(self, values: dict[str, Scalar], draft: Draft) -> None:
        values["antal_mal"] = len(draft.mal)
        values["antal_mal_utan_indikator"] = sum(1 for goal in draft.mal if not goal.indikatorer)
        values["antal_aktiviteter"] = len(draft.aktiviteter)
        values["antal_aktiviteter_utan_ansvarig"] = sum(
            1 for act in draft.aktiviteter if not act.ansvarig
        )
        values["antal_aktiviteter_utan_tidpunkt"] = sum(
            1 for act in draft.aktiviteter if not act.nar
        )
        text = " ".join(
            filter(None, [draft.sammanfattning, draft.arendet, draft.beskrivning_av_arendet])
        )
        values["innehaller_fasta_regler"] = _states_fixed_rules(text)

    def _document(
        self, draft: Draft, cited: CiteratDokument, judged_on: dt.date
    ) -> dict[str, Scalar]:
        values: dict[str, Scalar] = {}
        _put(values, "titel", cited.titel)
        _put(values, "beslut", cited.beslut)
        doc = self.registry.document(draft.kommun, cited.titel)
        values["kant"] = doc is not None
        if doc is None:
            return values
        values["dokument_id"] = doc.id
        values["som_gallande"] = cited.som_gallande
        values["upphort"] = doc.upphor is not None and doc.upphor <= judged_on
        _put(values, "upphor", doc.upphor)
        if doc.upphor is not None:
            _put(values, "gallde_till", doc.upphor - dt.timedelta(days=1))
        # "Expired" and "replaced" are kept apart: a replacement counts from its own decision.
        values["ersatt"] = doc.ersatt_fran is not None and doc.ersatt_fran <= judged_on
        _put(values, "ersatt_fran", doc.ersatt_fran)
        _put(values, "ersatt_av", doc.ersatt_av)
        _put(values, "registrerat_beslut", doc.beslut)
        if doc.beslut and cited.beslut:
            values["beslut_stammer"] = _normal_decision(doc.beslut) == _normal_decision(
                cited.beslut
            )
        return values

    def _total(self, draft: Draft, total: Summa) -> dict[str, Scalar]:
        items = {item.namn.casefold(): item for item in draft.poster}
        named = [items.get(name.casefold()) for name in total.poster]
        known = [item for item in named if item is not None]
        counted = sum(item.belopp_mnkr or 0.0 for item in known)
        values: dict[str, Scalar] = {}
        _put(values, "rubrik", total.rubrik)
        _put(values, "belopp_mnkr", _amount(total.belopp_mnkr))
        _put(values, "summa_poster_mnkr", _amount(counted))
        deviation = abs(round(total.belopp_mnkr * 1000) - round(counted * 1000))
        values["avvikelse_tkr"] = deviation
        base = abs(total.belopp_mnkr) * 1000
        values["avvikelse_procent"] = round(100.0 * deviation / base, 1) if base else 0.0
        values["ca"] = total.ca or any(item.ca for item in known)
        # "ca 5 mnkr" is rounded to its last stated digit: half of that place is the
        # tolerance the text itself gives, for each approximate figure.
        approximate = [item.belopp_mnkr for item in known if item.ca] + (
            [total.belopp_mnkr] if total.ca else []
        )
        values["avrundning_tkr"] = sum(_rounding_tkr(amount) for amount in approximate)
        values["antal_okanda_poster"] = len(named) - len(known)
        return values


def _rounding_tkr(mnkr: float | None) -> int:
    """Half the place value of the last non-zero digit, in tkr: ca 5 -> 500, ca 2,5 -> 50,
    ca 10 -> 5000 (a trailing zero is not taken as a stated digit)."""
    if mnkr is None:
        return 0
    value = abs(round(mnkr * 1000))
    if value == 0:
        return 0
    place = 1
    while value % (place * 10) == 0:
        place *= 10
    return place // 2


def _normal_decision(reference: str) -> str:
    """'KF 2021-03-31 §100' and 'KF 2021-03-31 § 100' are the same reference."""
    return _SPACES.sub("", reference).casefold()
