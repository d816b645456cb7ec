"""Loading the rules in ``rules/``: each file is checked before anything runs.

Layout of a rule directory::

    rules/
      rulebook.toml          version of the rule set
      riktlinjer.toml        the guidelines the rules encode (for the rulebook)
      sources/               the governing texts the rules quote (verbatim)
      common/                the common pack: applies to every draft, whatever its kommun
      kommuner/<id>/         a municipality's profile (see registry.py) and, in regler/,
                             its rule pack, applied to that municipality's drafts only

A rule that names an unknown fact field, uses an operator outside the allow-list, misquotes its
source or duplicates another rule's id stops the load with the file and the rule id named.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from govcheck.conditions import (
    AllOf,
    Condition,
    Leaf,
    leaves,
)
from govcheck.errors import RuleError
from govcheck.models import Authority, CaseType, Citation, Language, Severity
from govcheck.registry import Registry, load_registry, profile_folders
from govcheck.safe_regex import UnsafePattern
from govcheck.safe_regex import check as check_pattern
from govcheck.tomlfile import load_rule_toml, read_rule_file, read_source_text
from govcheck.vocabulary import FACT_SCHEMA, FieldType, ObjectKind

COMMON = "common"
MAX_RULES_PER_PACK = 350  # durable_rules hangs or fails past ~500 rules in one ruleset
#: <pack prefix>-<guideline>-<number>: GEN for the common pack, else the profile's regelprefix.
RULE_ID = re.compile(r"^(?P<prefix>[A-Z]{2,5})-[A-Z][A-Z0-9]*-[0-9]{2}$")
FAR_FUTURE = dt.date(9999, 12, 31)


class Texts(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)
    sv: str
    en: str

    def get(self, lang: Language) -> str:
        return self.sv if lang == "sv" else self.en


class CitationSpec(BaseModel):
    """Where a rule comes from, as written in a rule file.

    ``authority`` says what the quoted passage is; the rule's severity may not exceed what it
    allows (``Authority.ceiling``). ``decision`` (e.g. "KF 2021-03-31 § 100") is given only
    for an adopted text quoted as in force, and the decision must be named in the source.
    ``statute`` names paragraphs of a statute stored in ``sources/`` ("Kommunallagen
    (2017:725) 6 kap. 37 §"); a rule of authority ``lag`` quotes one of them."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)
    document: str
    decision: str | None = None
    section: str
    quote: str
    source: str
    statute: str | None = None
    authority: Authority

    def to_citation(self) -> Citation:
        # model_construct: every value was validated when the rule was loaded
        return Citation.model_construct(
            document=self.document,
            decision=self.decision,
            section=self.section,
            quote=self.quote,
            source_file=self.source,
            statute=self.statute,
            authority=self.authority,
        )


class RuleSpec(BaseModel):
    """A rule as written in a rule file."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    id: str
    guideline: str
    title: Texts
    severity: Severity
    object: ObjectKind
    case_types: list[CaseType] = Field(default_factory=list)
    valid_from: dt.date
    valid_to: dt.date | None = None
    message: Texts
    path: str = ""
    when: Condition
    citation: CitationSpec


class QuestionSpec(BaseModel):
    """A question a draft must answer (a required follow-up question), as written in a rule file.

    ``asks`` says when it is required: ``arende`` (every draft of the case types),
    ``medborgarnara_post`` (a plan with an item for citizen-facing services) or ``remissfragor``
    (each question the remiss itself asked; ``text`` is then a description, the questions come
    from the draft).
    """

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    id: str
    guideline: str
    text: Texts
    severity: Severity = Severity.VARNING
    asks: Literal["arende", "medborgarnara_post", "remissfragor"] = "arende"
    case_types: list[CaseType] = Field(default_factory=list)
    valid_from: dt.date
    valid_to: dt.date | None = None
    citation: CitationSpec


@dataclass(frozen=True)
class Question:
    spec: QuestionSpec
    pack: str
    file: str

    @property
    def id(self) -> str:
        return self.spec.id

    def applies_to(self, kommun: str, case_type: str, on: dt.date) -> bool:
        spec = self.spec
        if self.pack != COMMON and self.pack != kommun:
            return False
        if spec.case_types and case_type not in {t.value for t in spec.case_types}:
            return False
        return spec.valid_from <= on <= (spec.valid_to or FAR_FUTURE)

    def citation(self) -> Citation:
        return self.spec.citation.to_citation()


class _RuleFile(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    rule: list[dict[str, Any]] = Field(default_factory=list)
    question: list[dict[str, Any]] = Field(default_factory=list)


@dataclass(frozen=True)
class Rule:
    spec: RuleSpec
    pack: str
    file: str

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def kommun(self) -> str | None:
        return None if self.pack == COMMON else self.pack

    def citation(self, sources_dir: Path) -> Citation:
        return self.spec.citation.to_citation()

    def in_force(self, on: dt.date) -> bool:
        return self.spec.valid_from <= on <= (self.spec.valid_to or FAR_FUTURE)

    def applies_to(self, kommun: str, case_type: str) -> bool:
        if self.kommun is not None and self.kommun != kommun:
            return False
        return not self.spec.case_types or case_type in {t.value for t in self.spec.case_types}

    def guarded_condition(self) -> Condition:
        """The rule's condition behind the guards both engines apply: object kind, kommun,
        case type and validity window (judged on the fact's ``per_datum``).

        Built without validation (``model_construct``): every value comes from the validated
        rule, and validating again built the condition models' validators in every start (a
        run whose rule set comes from the cache never needs them otherwise).
        tests/test_rulebook.py checks the result equals the validated one for every rule."""
        spec = self.spec
        leaf = Leaf.model_construct
        guards: list[Condition] = [leaf(field="kind", op="eq", value=spec.object)]
        if self.kommun is not None:
            guards.append(leaf(field="kommun", op="eq", value=self.kommun))
        if spec.case_types:
            guards.append(leaf(field="typ", op="in", value=[t.value for t in spec.case_types]))
        guards.append(leaf(field="per_datum", op="gte", value=spec.valid_from))
        if spec.valid_to is not None:
            guards.append(leaf(field="per_datum", op="lte", value=spec.valid_to))
        return AllOf.model_construct(all=[*guards, spec.when])


def normalise_text(text: str) -> str:
    """For quote checks: NFC, hyphenated line breaks joined, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"-[ \t]*\r?\n[ \t]*", "", text)
    text = text.replace("\u00a0", " ").replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


_PYTHON_TYPES: dict[FieldType, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "date": (dt.date,),
}


def _check_value(rule_id: str, file: str, leaf: Leaf, field_type: FieldType) -> None:
    def fail(message: str) -> None:
        raise RuleError(file, f"villkoret på '{leaf.field}': {message}", rule_id=rule_id)

    if leaf.op in {"exists", "missing"}:
        if leaf.value is not None or leaf.other is not None:
            fail(f"'{leaf.op}' tar inget värde")
        return
    if (leaf.value is None) == (leaf.other is None):
        fail("ange antingen 'value' eller 'other'")
    if leaf.other is not None:
        if leaf.op in {"matches", "in", "not_in"}:
            fail(f"'{leaf.op}' kan inte jämföra två fält")
        return
    expected = _PYTHON_TYPES[field_type]
    items = leaf.value if isinstance(leaf.value, list) else [leaf.value]
    if (leaf.op in {"in", "not_in"}) != isinstance(leaf.value, list):
        fail("'in' och 'not_in' tar en lista, övriga operatorer ett enskilt värde")
    for item in items:
        # bool is an int in Python; the engine would compare true > 0 as true (ENGINE_NOTES).
        wrong_bool = isinstance(item, bool) and field_type != "bool"
        if (
            wrong_bool
            or not isinstance(item, expected)
            or (field_type == "date" and isinstance(item, dt.datetime))
        ):
            fail(f"värdet {item!r} är inte av fältets typ ({field_type})")
    if leaf.op == "matches":
        if field_type != "str":
            fail("'matches' kräver ett textfält")
        pattern = str(leaf.value)
        if "\\" in pattern:
            fail(
                "mönstret får inte innehålla '\\' (motorn förstår inte \\d eller \\.; "
                "skriv [0-9] eller [.])"
            )
        try:
            check_pattern(pattern)  # also refuses what could backtrack for ever (safe_regex)
        except UnsafePattern as exc:
            fail(f"ogiltigt mönster: {exc.sv}")
    if leaf.op in {"gt", "gte", "lt", "lte"} and field_type in {"str", "bool"}:
        fail(f"'{leaf.op}' kan bara jämföra tal och datum")


def check_id(rule_id: str, prefix: str | None, file: str) -> None:
    """A rule's id names its pack: GEN-… in the common pack, the profile's prefix elsewhere."""
    found = RULE_ID.match(rule_id)
    if not found:
        message = "id ska ha formen PREFIX-RIKTLINJE-NN, t.ex. GEN-D1-01"
        raise RuleError(file, message, rule_id=rule_id)
    if prefix is not None and found.group("prefix") != prefix:
        raise RuleError(file, f"id ska börja med '{prefix}-' i detta regelpaket", rule_id=rule_id)


def check_authority(spec: RuleSpec | QuestionSpec, file: str) -> None:
    """A rule speaks with the authority of its source, never more (DOMAIN.md section 5): its
    severity stays within what the quoted passage allows, and a decision reference goes only
    on a passage that is adopted text, or stated as in force under that decision."""
    cite = spec.citation
    ceiling = cite.authority.ceiling
    if spec.severity.rank > ceiling.rank:
        raise RuleError(
            file,
            f"allvarlighetsgraden '{spec.severity.value}' är högre än källan tillåter: "
            f'citatet är {cite.authority.label("sv")} (authority = "{cite.authority.value}"), '
            f"som bär högst '{ceiling.value}'",
            rule_id=spec.id,
        )
    if cite.decision is not None and cite.authority != Authority.BESLUT:
        raise RuleError(
            file,
            f"beslutet '{cite.decision}' får bara anges på ett citat ur antagen text eller ett "
            f'som anges gälla enligt beslutet (authority = "beslut"), inte på '
            f"{cite.authority.label('sv')}",
            rule_id=spec.id,
        )
    if cite.authority == Authority.LAG and cite.statute is None:
        raise RuleError(
            file, "ett citat ur lag anger lagrummet (statute), till paragrafen", rule_id=spec.id
        )


def check_spec(spec: RuleSpec, file: str, prefix: str | None = None) -> None:
    """Everything about one rule that can be checked without the others."""
    check_id(spec.id, prefix, file)
    check_authority(spec, file)
    if spec.valid_to is not None and spec.valid_to < spec.valid_from:
        raise RuleError(file, "valid_to ligger före valid_from", rule_id=spec.id)
    schema = FACT_SCHEMA[spec.object]
    for leaf in leaves(spec.when):
        if leaf.field not in schema:
            raise RuleError(
                file, f"okänt fält '{leaf.field}' för objektet '{spec.object}'", rule_id=spec.id
            )
        if leaf.other is not None:
            if leaf.other not in schema:
                raise RuleError(file, f"okänt fält '{leaf.other}'", rule_id=spec.id)
            if schema[leaf.other] != schema[leaf.field]:
                raise RuleError(
                    file, f"'{leaf.field}' och '{leaf.other}' har olika typer", rule_id=spec.id
                )
        _check_value(spec.id, file, leaf, schema[leaf.field])
    languages: tuple[Language, ...] = ("sv", "en")
    for lang in languages:
        text = spec.message.get(lang)
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        except ValueError as exc:
            raise RuleError(file, f"meddelandet ({lang}): {exc}", rule_id=spec.id) from None
        unknown = names - set(schema)
        if unknown:
            raise RuleError(
                file,
                f"meddelandet ({lang}) nämner okända fält: {', '.join(sorted(unknown))}",
                rule_id=spec.id,
            )


class Rulebook:
    """All rules of a rule directory, checked, with the registry they rely on."""

    def __init__(
        self,
        root: Path,
        rules: list[Rule],
        registry: Registry,
        version: str,
        questions: list[Question] | None = None,
    ) -> None:
        self.root = root
        self.rules = rules
        self.questions = questions or []
        self.registry = registry
        self.version = version
        self.by_id = {rule.id: rule for rule in rules}
        self.questions_by_id = {question.id: question for question in self.questions}

    @property
    def all_ids(self) -> list[str]:
        """Ids of rules and required questions: everything that can be reported."""
        return [rule.id for rule in self.rules] + [q.id for q in self.questions]

    @property
    def sources_dir(self) -> Path:
        return self.root / "sources"

    def pack(self, name: str) -> list[Rule]:
        return [rule for rule in self.rules if rule.pack == name]

    def packs_for(self, kommun: str) -> tuple[str, ...]:
        """The common pack, and the municipality's own when it has a profile: a municipality
        without one is never judged by another's rules."""
        return (COMMON, kommun) if self.registry.has_profile(kommun) else (COMMON,)

    @cached_property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.version.encode()).hexdigest()[:10]


def _iter_rule_files(root: Path, registry: Registry) -> Iterable[tuple[str, Path]]:
    """(pack, file) for every rule file of a rule directory: ``common/*.toml`` and
    ``kommuner/<id>/regler/*.toml``; an extra directory may also hold ``<id>/*.toml`` for a
    municipality with a profile."""
    folders: list[tuple[str, Path]] = [(COMMON, root / COMMON)]
    for folder in profile_folders(root):
        folders.append((folder.name, folder / "regler"))
    for kommun in registry.municipalities:
        folders.append((kommun, root / kommun))
    for pack, folder in folders:
        if folder.is_dir():
            # Every entry, files or not: a folder named x.toml or a dangling link is refused
            # when read (exit 2 naming it), never skipped in silence.
            for path in sorted(folder.glob("*.toml")):
                # common/lasning.toml is the document reader's vocabulary, not rules. Every
                # other entry is read, file or not: a folder named x.toml or a dangling link
                # is refused (exit 2 naming it), never skipped in silence.
                if path.name != "lasning.toml":
                    yield pack, path


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"okänd nyckel '{where}'"
    if error["type"] == "missing":
        return f"nyckeln '{where}' saknas"
    return f"{where}: {error['msg']}"


def customised(
    book: Rulebook,
    selects: Callable[[str], bool],
    severities: dict[str, Severity],
) -> Rulebook:
    """The rulebook a configuration asks for: some rules selected, some severities changed.
    A severity may be lowered freely, never raised above what the rule's source allows."""
    specs: dict[str, RuleSpec | QuestionSpec] = {r.id: r.spec for r in book.rules}
    specs.update({q.id: q.spec for q in book.questions})
    for rule_id, severity in sorted(severities.items()):
        found = specs.get(rule_id)
        if found is None:
            continue
        authority = found.citation.authority
        if severity.rank > authority.ceiling.rank:
            raise RuleError(
                "[severity]",
                f"'{severity.value}' är högre än källan tillåter: citatet är "
                f"{authority.label('sv')}, som bär högst '{authority.ceiling.value}'",
                rule_id=rule_id,
            )
    rules = [
        Rule(
            spec=rule.spec.model_copy(update={"severity": severities[rule.id]}),
            pack=rule.pack,
            file=rule.file,
        )
        if rule.id in severities
        else rule
        for rule in book.rules
        if selects(rule.id)
    ]
    questions = [
        Question(
            spec=q.spec.model_copy(update={"severity": severities[q.id]}), pack=q.pack, file=q.file
        )
        if q.id in severities
        else q
        for q in book.questions
        if selects(q.id)
    ]
    changes = sorted(f"{k}={v.value}" for k, v in severities.items())
    digest = hashlib.sha256(
        "|".join([r.id for r in rules] + [q.id for q in questions] + changes).encode()
    ).hexdigest()[:6]
    version = (
        book.version
        if len(rules) == len(book.rules) and not severities
        else (f"{book.version}~{digest}")
    )
    return Rulebook(book.root, rules, book.registry, version, questions)


def load_rulebook(
    root: Path, *, check_quotes: bool = True, extra: tuple[Path, ...] = ()
) -> Rulebook:
    if not root.is_dir():
        raise RuleError(str(root), "regelkatalogen finns inte")
    for folder in extra:
        if not folder.is_dir():
            raise RuleError(str(folder), "regelkatalogen finns inte")
    registry = load_registry([root, *extra])
    meta = load_rule_toml(root / "rulebook.toml") if (root / "rulebook.toml").exists() else {}
    digest = hashlib.sha256()
    rules: list[Rule] = []
    questions: list[Question] = []
    # (from an extra rule directory?, question): checked for duplicate ids once the sets that
    # replace others are known.
    loaded_questions: list[tuple[bool, Question]] = []
    seen: dict[str, str] = {}
    sources: dict[str, str] = {}
    rule_files = [(root, pack, path) for pack, path in _iter_rule_files(root, registry)]
    for folder in extra:
        rule_files += [(folder, pack, path) for pack, path in _iter_rule_files(folder, registry)]
    for origin, pack, path in rule_files:
        # An extra rule directory quotes its own sources/ when it has one.
        sources_dir = origin / "sources" if (origin / "sources").is_dir() else root / "sources"
        content, data = read_rule_file(path)  # a regular UTF-8 file, or exit 2 naming it
        digest.update(content)
        try:
            parsed = _RuleFile.model_validate(data)
        except ValidationError as exc:
            raise RuleError(str(path), _first_error(exc)) from None
        raw_rules = parsed.rule
        for raw in parsed.question:
            question_id = str(raw.get("id", ""))
            try:
                qspec = QuestionSpec.model_validate(raw)
            except ValidationError as exc:
                raise RuleError(str(path), _first_error(exc), rule_id=question_id) from None
            check_id(qspec.id, _prefix(registry, pack), str(path))
            check_authority(qspec, str(path))
            if check_quotes:
                _check_quote(qspec, sources_dir, sources, str(path))
            question = Question(spec=qspec, pack=pack, file=str(path))
            loaded_questions.append((origin != root, question))
        for raw in raw_rules:
            rule_id = str(raw.get("id", ""))
            try:
                spec = RuleSpec.model_validate(raw)
            except ValidationError as exc:
                raise RuleError(str(path), _first_error(exc), rule_id=rule_id) from None
            check_spec(spec, str(path), _prefix(registry, pack))
            if spec.id in seen:
                raise RuleError(str(path), f"id används redan i {seen[spec.id]}", rule_id=spec.id)
            seen[spec.id] = str(path)
            if check_quotes:
                _check_quote(spec, sources_dir, sources, str(path))
            rules.append(Rule(spec=spec, pack=pack, file=str(path)))
    for pack in {rule.pack for rule in rules}:
        count = sum(1 for rule in rules if rule.pack == pack)
        if count > MAX_RULES_PER_PACK:
            raise RuleError(
                pack,
                f"{count} regler i ett paket; högst "
                f"{MAX_RULES_PER_PACK} (motorn klarar inte fler i en regeluppsättning)",
            )
    # A question set is data a municipality replaces: questions of one guideline in an extra
    # rule directory replace the bundled questions of that guideline for that municipality (the
    # bundled Q1 questions are examples from a proposal, not an adopted set).
    replaced = {(q.pack, q.spec.guideline) for extra_dir, q in loaded_questions if extra_dir}
    for extra_dir, question in loaded_questions:
        if not extra_dir and (question.pack, question.spec.guideline) in replaced:
            continue
        if question.id in seen:
            raise RuleError(
                question.file, f"id används redan i {seen[question.id]}", rule_id=question.id
            )
        seen[question.id] = question.file
        questions.append(question)
    _check_conflicts(rules)
    declared = str(meta.get("version", "0"))
    return Rulebook(root, rules, registry, f"{declared}+{digest.hexdigest()[:8]}", questions)


def load_rulebook_cached(
    root: Path, *, check_quotes: bool = True, extra: tuple[Path, ...] = ()
) -> Rulebook:
    """``load_rulebook``, kept on disk between runs (``govcheck.diskcache``): a run whose rule
    folders and govcheck are unchanged reads the checked rule set back instead of parsing,
    validating and quote-checking every rule file again. A rule folder with an error is never
    cached: it fails the same way every run."""
    from govcheck.diskcache import cached

    if not root.is_dir() or not all(folder.is_dir() for folder in extra):
        return load_rulebook(root, check_quotes=check_quotes, extra=extra)
    return cached(
        "rulebook",
        (root, *extra),
        f"{root.resolve()}|{[str(folder.resolve()) for folder in extra]}|{check_quotes}",
        lambda: load_rulebook(root, check_quotes=check_quotes, extra=extra),
    )


def _prefix(registry: Registry, pack: str) -> str:
    profile = registry.profile(pack)
    return profile.regelprefix if profile is not None else "GEN"


def _check_conflicts(rules: list[Rule]) -> None:
    """Rules that can never report, or that no draft can satisfy together: see analysis.py
    (imported here: a run whose rule set comes from the cache never needs it)."""
    from govcheck.analysis import RuleShape, conflicts

    shapes = []
    for rule in rules:
        guarded = rule.guarded_condition()
        assert isinstance(guarded, AllOf)
        guard = AllOf(all=guarded.all[:-1])
        shapes.append(RuleShape(rule.id, rule.file, rule.spec.object, guard, rule.spec.when))
    found = conflicts(shapes)
    if found:
        first = found[0]
        more = f" (och {len(found) - 1} till)" if len(found) > 1 else ""
        raise RuleError(first.file, first.message + more, rule_id=first.rule_id)


def _check_quote(
    spec: RuleSpec | QuestionSpec, sources_dir: Path, cache: dict[str, str], file: str
) -> None:
    source = spec.citation.source
    key = str(sources_dir / source)
    if key not in cache:
        path = sources_dir / source
        if "/" in source or not path.is_file():
            raise RuleError(
                file, f"källfilen '{source}' finns inte i {sources_dir}", rule_id=spec.id
            )
        cache[key] = normalise_text(read_source_text(path, spec.id))
    cite = spec.citation
    if normalise_text(cite.quote) not in cache[key]:
        raise RuleError(file, f"citatet finns inte ordagrant i {source}", rule_id=spec.id)
    if cite.decision is not None and _compact(cite.decision) not in _compact(cache[key]):
        raise RuleError(
            file,
            f"beslutet '{cite.decision}' nämns inte i {source}: ett beslut anges bara när "
            "källan själv säger att texten gäller enligt det",
            rule_id=spec.id,
        )
    if cite.statute is not None:
        paragraphs = _statute_paragraphs(cite.statute, sources_dir, file, spec.id)
        if cite.authority == Authority.LAG and not any(
            normalise_text(cite.quote) in text for text in paragraphs.values()
        ):
            raise RuleError(
                file,
                f"citatet står inte i {', '.join(paragraphs)} i källfilen för {cite.statute}",
                rule_id=spec.id,
            )


def _compact(text: str) -> str:
    """'KF 2021-03-31 §100' and 'KF 2021-03-31 § 100' are the same reference."""
    return re.sub(r"\s+", "", text).casefold()


_SFS = re.compile(r"\((?P<year>[0-9]{4}):(?P<number>[0-9]+)\)")
_REFERENCE = re.compile(
    r"(?:(?P<chapter>[0-9]+) kap\. )?(?P<first>[0-9]+(?: ?[a-z])?)"
    r"(?:[–-](?P<last>[0-9]+))? §§?"
)
_HEADING = re.compile(r"^(?:[0-9]+ kap\. )?[0-9]+(?: ?[a-z])? §$")


def statute_file(statute: str, sources_dir: Path) -> Path | None:
    """The stored text of the statute a reference names ("… (2017:725) …"), if any."""
    found = _SFS.search(statute)
    if found is None:
        return None
    matches = sorted(sources_dir.glob(f"sfs-{found['year']}-{found['number']}-*.txt"))
    return matches[0] if matches else None


def statute_references(statute: str) -> list[str]:
    """The paragraphs a statute reference names, each as its heading in the source file:
    "Kommunallagen (2017:725) 6 kap. 37–38 §§" -> ["6 kap. 37 §", "6 kap. 38 §"]."""
    found = _SFS.search(statute)
    tail = statute[found.end() :] if found else statute
    refs: list[str] = []
    for match in _REFERENCE.finditer(tail):
        chapter = f"{match['chapter']} kap. " if match["chapter"] else ""
        first, last = match["first"], match["last"]
        if last is not None and first.isdigit():
            refs += [f"{chapter}{n} §" for n in range(int(first), int(last) + 1)]
        else:
            refs.append(f"{chapter}{first} §")
    return refs


def statute_text(path: Path) -> dict[str, str]:
    """Paragraph heading -> its text (normalised), from a stored statute: a heading line
    ("6 kap. 37 §", "11 §") starts a paragraph; lines starting with # are the file's notes."""
    paragraphs: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        if _HEADING.match(stripped):
            current = paragraphs.setdefault(stripped, [])
        elif current is not None:
            current.append(stripped)
    return {ref: normalise_text(" ".join(lines)) for ref, lines in paragraphs.items()}


def _statute_paragraphs(statute: str, sources_dir: Path, file: str, rule_id: str) -> dict[str, str]:
    """The cited paragraphs' texts; a paragraph not in the stored statute is not cited."""
    path = statute_file(statute, sources_dir)
    if path is None:
        raise RuleError(
            file,
            f"lagrummet '{statute}': ingen lagtext (sfs-ÅÅÅÅ-NNN-….txt) finns i {sources_dir}",
            rule_id=rule_id,
        )
    refs = statute_references(statute)
    if not refs:
        message = f"lagrummet '{statute}' anger ingen paragraf (skriv t.ex. '6 kap. 37 §')"
        raise RuleError(file, message, rule_id=rule_id)
    texts = statute_text(path)
    missing = [ref for ref in refs if ref not in texts]
    if missing:
        raise RuleError(
            file,
            f"lagrummet '{statute}': {', '.join(missing)} finns inte i {path.name}; "
            "en paragraf som inte kan kontrolleras citeras inte",
            rule_id=rule_id,
        )
    return {ref: texts[ref] for ref in refs}
