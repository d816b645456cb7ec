"""The reading vocabulary: labels, headings, case-type phrases and municipality profiles, as data.

Nothing here names a label or a municipality: the common vocabulary is read from
``rules/common/lasning.toml``, each municipality's additions from
``rules/kommuner/<id>/lasning.toml``, and what a municipality is called (letterhead names,
e-mail domains, diarienummer formats) from ``rules/kommuner/<id>/kommun.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from govcheck.errors import RuleError
from govcheck.i18n import current_language
from govcheck.safe_regex import UnsafePattern
from govcheck.safe_regex import check as check_pattern

VOCABULARY_FILE = "lasning.toml"
PROFILE_FILE = "kommun.toml"


class _Model(BaseModel):
    # defer_build: a run that takes the vocabulary from the disk cache never validates a file,
    # so the validators are built only when a vocabulary file is read
    model_config = ConfigDict(defer_build=True, extra="forbid")


class _CaseTypeEntry(_Model):
    typ: str
    rubrik: list[str] = Field(default_factory=list)
    avsnitt: list[str] = Field(default_factory=list)
    minst: int = 2
    forslag: list[str] = Field(default_factory=list)
    fore_dokumentslag: bool = False
    kraver_svar_senast: bool = False


class _Proposal(_Model):
    foreslas: list[str] = Field(default_factory=list)
    foreslar: list[str] = Field(default_factory=list)
    beslutsverb: list[str] = Field(default_factory=list)
    information: list[str] = Field(default_factory=list)


class _Wrappers(_Model):
    rader: list[str] = Field(default_factory=list)
    sidmarkorer: list[str] = Field(default_factory=list)
    inledning_slut: list[str] = Field(default_factory=list)
    sidrad: str | None = None


class _People(_Model):
    titelord: list[str] = Field(default_factory=list)
    namnpartiklar: list[str] = Field(default_factory=list)
    inte_handlaggare: list[str] = Field(default_factory=list)
    sidfot: list[str] = Field(default_factory=list)


class _Bodies(_Model):
    andelser: list[str] = Field(default_factory=list)
    rotter: list[str] = Field(default_factory=list)
    allmanna: list[str] = Field(default_factory=list)
    steg: dict[str, str] = Field(default_factory=dict)


class _Municipality(_Model):
    former: list[str] = Field(default_factory=list)
    inte_kommundomaner: list[str] = Field(default_factory=list)
    alla: list[str] = Field(default_factory=list)
    #: In a municipality's own lasning.toml: words only it uses (its own bodies' or offices'
    #: names), evidence of the municipality when nothing stronger names it.
    kannetecken: list[str] = Field(default_factory=list)
    #: Municipalities that are a region too and name themselves "Region <Name>" ("Gotland").
    regioner: list[str] = Field(default_factory=list)


class _Placeholders(_Model):
    monster: list[str] = Field(default_factory=list)
    inte: list[str] = Field(default_factory=list)
    instruktion: str | None = None


class _Title(_Model):
    inte: list[str] = Field(default_factory=list)
    meningsborjan: list[str] = Field(default_factory=list)
    styrdokument: list[str] = Field(default_factory=list)


class _Papers(_Model):
    #: The kinds of paper a Beslutsunderlag lists ("Tjänsteutlåtande", "Rapport", "Protokoll").
    slag: list[str] = Field(default_factory=list)


class _VocabularyFile(_Model):
    """The schema of ``lasning.toml`` (common and per municipality alike)."""

    etiketter: dict[str, list[str]] = Field(default_factory=dict)
    dokumentslag: dict[str, list[str]] = Field(default_factory=dict)
    arendetyp: list[_CaseTypeEntry] = Field(default_factory=list)
    forslag: _Proposal = Field(default_factory=_Proposal)
    avsnitt: dict[str, list[str] | str] = Field(default_factory=dict)
    omslag: _Wrappers = Field(default_factory=_Wrappers)
    person: _People = Field(default_factory=_People)
    rubrik: _Title = Field(default_factory=_Title)
    organ: _Bodies = Field(default_factory=_Bodies)
    kommun: _Municipality = Field(default_factory=_Municipality)
    platshallare: _Placeholders = Field(default_factory=_Placeholders)
    underlag: _Papers = Field(default_factory=_Papers)


class _DiaryFormat(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="ignore")
    monster: str
    exempel: str | None = None
    fran: dt.date | None = None
    till: dt.date | None = None


class _ProfileFile(BaseModel):
    """The keys of ``kommun.toml`` the reader uses (the profile has more; they are ignored here)."""

    model_config = ConfigDict(defer_build=True, extra="ignore")
    id: str
    namn: str
    kallas: list[str] = Field(default_factory=list)
    epostdomaner: list[str] = Field(default_factory=list)
    diarieformat: list[_DiaryFormat] = Field(default_factory=list)


@dataclass(frozen=True)
class DiaryFormat:
    pattern: re.Pattern[str]
    valid_from: dt.date | None
    valid_to: dt.date | None

    def in_force(self, on: dt.date | None) -> bool:
        if on is None:
            return True
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


@dataclass(frozen=True)
class KommunProfile:
    id: str
    namn: str
    kallas: tuple[str, ...]
    epostdomaner: tuple[str, ...]
    diarieformat: tuple[DiaryFormat, ...]
    organ: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseTypeRule:
    """A case type given by the title (any pattern matches) or by the document's own
    headings (at least ``least`` of them stand in it)."""

    typ: str
    patterns: tuple[re.Pattern[str], ...]
    headings: frozenset[str] = frozenset()
    least: int = 2
    proposal: tuple[re.Pattern[str], ...] = ()
    before_kind: bool = False
    needs_deadline: bool = False


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))


@dataclass(frozen=True)
class Vocabulary:
    """Everything the reader knows about the words of a case document, for one municipality
    (the common vocabulary with that municipality's additions) or for none."""

    labels: dict[str, tuple[str, ...]]
    doc_kinds: dict[str, str]
    case_types: tuple[CaseTypeRule, ...]
    sections: dict[str, str]
    assessment: re.Pattern[str] | None
    #: A heading of this form ("Kommunstyrelsens beslut", "Kulturnämndens förslag till
    #: kommunfullmäktige") opens the decision (draft key forslag_till_beslut).
    decision: re.Pattern[str] | None
    wrapper_lines: tuple[re.Pattern[str], ...]
    page_markers: tuple[re.Pattern[str], ...]
    preamble_ends: tuple[re.Pattern[str], ...]
    page_line: re.Pattern[str] | None
    title_words: tuple[str, ...]
    #: Roles that sign a protocol or a decision (Sekreterare, Ordförande, Justerare): a name
    #: with one of these is not the official who wrote the document.
    not_officials: tuple[str, ...]
    #: Words that open a sentence, not a title's next word ("Den", "En", "På"): where a title
    #: run on into the text after it ends.
    sentence_openers: frozenset[str]
    not_titles: tuple[re.Pattern[str], ...]
    #: The kinds of governing document a title opens with ("Policy", "Riktlinjer" …
    #: [rubrik] styrdokument), "<kind> för …".
    governing_kinds: tuple[str, ...]
    name_particles: tuple[str, ...]
    organ_endings: tuple[str, ...]
    organ_roots: tuple[str, ...]
    common_bodies: tuple[str, ...]
    steps: dict[str, str]
    kommun_forms: tuple[str, ...]
    municipalities: tuple[str, ...]
    #: Municipalities that name themselves "Region <Name>" ([kommun] regioner).
    region_municipalities: tuple[str, ...]
    foreign_domains: tuple[str, ...]
    placeholders: tuple[re.Pattern[str], ...]
    not_placeholders: tuple[re.Pattern[str], ...]
    instruction: re.Pattern[str] | None
    proposed: tuple[str, ...]
    proposes: tuple[str, ...]
    verbs: tuple[str, ...]
    information: tuple[re.Pattern[str], ...]
    #: The kinds of paper a Beslutsunderlag lists ([underlag] slag): where items run together
    #: on one line are told apart.
    paper_kinds: tuple[str, ...] = ()
    #: A web page's footer ([person] sidfot): the contact after it is the page's.
    page_footer: tuple[str, ...] = ()
    profiles: dict[str, KommunProfile] = field(default_factory=dict)
    overlays: dict[str, _VocabularyFile] = field(default_factory=dict, repr=False)

    def label_field(self, text: str) -> str | None:
        """The header field a label names ("Dnr" -> "diarienummer")."""
        key = _fold_label(text)
        for name, variants in self.labels.items():
            if any(_fold_label(v) == key for v in variants):
                return name
        return None

    def section(self, text: str) -> str | None:
        """The draft key a heading fills ("" for a heading that fills none), else None."""
        key = _fold_label(text)
        if key in self.sections:
            return self.sections[key]
        if self.assessment is not None and self.assessment.match(text.strip().rstrip(":")):
            return "forvaltningens_bedomning"
        if self.decision is not None and self.decision.match(text.strip().rstrip(":")):
            return "forslag_till_beslut"
        return None

    def known_bodies(self, kommun: str | None) -> tuple[str, ...]:
        """The bodies a document of this municipality may name: its registry (when it has a
        profile) and the bodies every municipality has."""
        profile = self.profiles.get(kommun or "")
        return _unique([*(profile.organ if profile else ()), *self.common_bodies])

    def for_kommun(self, kommun: str | None) -> Vocabulary:
        """This vocabulary with a municipality's additions (itself when it has none)."""
        overlay = self.overlays.get(kommun or "")
        if overlay is None:
            return self
        return _merge(self, overlay, kommun or "")


def _fold_label(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).casefold()


@functools.lru_cache(maxsize=1)
def _shipped_strings() -> frozenset[str]:
    """Every string of the reading vocabularies shipped with govcheck: their patterns are
    reviewed with the code. A pattern any other rules folder adds must pass ``safe_regex``
    (no nested quantifiers, look-arounds or back-references), so that no text can make it
    backtrack for ever."""
    found: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in default_rules_root().glob(f"**/{VOCABULARY_FILE}"):
        try:
            with path.open("rb") as handle:
                collect(tomllib.load(handle))
        except (OSError, tomllib.TOMLDecodeError):
            continue
    return frozenset(found)


def _compile(
    patterns: Iterable[str], where: str, flags: int = 0, *, vetted: bool = False
) -> tuple[re.Pattern[str], ...]:
    out = []
    for pattern in patterns:
        if not vetted and pattern not in _shipped_strings():
            try:
                check_pattern(pattern)
            except UnsafePattern as exc:
                raise RuleError(where, f"{pattern!r}: {exc.text(current_language())}") from None
        try:
            out.append(re.compile(pattern, flags))
        except re.error as exc:
            raise RuleError(where, f"ogiltigt reguljärt uttryck {pattern!r}: {exc}") from None
    return tuple(out)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(str(path), f"kan inte läsas: {exc}") from None


def _parse_vocabulary(path: Path) -> _VocabularyFile:
    try:
        return _VocabularyFile.model_validate(_read_toml(path))
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise RuleError(str(path), f"{where}: {error['msg']}") from None


def _sections(data: _VocabularyFile) -> tuple[dict[str, str], str | None, str | None]:
    sections: dict[str, str] = {}
    pattern: str | None = None
    decision: str | None = None
    for key, value in data.avsnitt.items():
        if key == "bedomning_monster":
            pattern = value if isinstance(value, str) else None
            continue
        if key == "beslut_monster":
            decision = value if isinstance(value, str) else None
            continue
        target = "" if key == "ovriga" else key
        for heading in [value] if isinstance(value, str) else value:
            sections.setdefault(_fold_label(heading), target)
    return sections, pattern, decision


def _build(data: _VocabularyFile, where: str) -> Vocabulary:
    sections, assessment, decision = _sections(data)
    doc_kinds: dict[str, str] = {}
    for typ, words in data.dokumentslag.items():
        for word in words:
            doc_kinds[word] = typ
    return Vocabulary(
        labels={key: _unique(values) for key, values in data.etiketter.items()},
        doc_kinds=doc_kinds,
        case_types=tuple(
            CaseTypeRule(
                entry.typ,
                _compile(entry.rubrik, where),
                frozenset(_fold_label(h) for h in entry.avsnitt),
                entry.minst,
                _compile(entry.forslag, where),
                entry.fore_dokumentslag,
                entry.kraver_svar_senast,
            )
            for entry in data.arendetyp
        ),
        sections=sections,
        assessment=re.compile(assessment) if assessment else None,
        decision=_compile([decision], where)[0] if decision else None,
        wrapper_lines=_compile(data.omslag.rader, where),
        page_markers=_compile(data.omslag.sidmarkorer, where),
        preamble_ends=_compile(data.omslag.inledning_slut, where),
        page_line=_compile([data.omslag.sidrad], where)[0] if data.omslag.sidrad else None,
        title_words=_unique(word.casefold() for word in data.person.titelord),
        not_officials=_unique(word.casefold() for word in data.person.inte_handlaggare),
        not_titles=_compile(data.rubrik.inte, where),
        governing_kinds=_unique(data.rubrik.styrdokument),
        sentence_openers=frozenset(data.rubrik.meningsborjan),
        name_particles=_unique(data.person.namnpartiklar),
        organ_endings=_unique(data.organ.andelser),
        organ_roots=_unique(data.organ.rotter),
        common_bodies=_unique(data.organ.allmanna),
        steps={key.casefold(): value for key, value in data.organ.steg.items()},
        kommun_forms=_unique(data.kommun.former),
        municipalities=_unique(data.kommun.alla),
        region_municipalities=_unique(data.kommun.regioner),
        foreign_domains=_unique(d.casefold() for d in data.kommun.inte_kommundomaner),
        placeholders=_compile(data.platshallare.monster, where),
        not_placeholders=_compile(data.platshallare.inte, where, re.IGNORECASE),
        instruction=(
            _compile([data.platshallare.instruktion], where)[0]
            if data.platshallare.instruktion
            else None
        ),
        proposed=_unique(data.forslag.foreslas),
        proposes=_unique(data.forslag.foreslar),
        verbs=_unique(data.forslag.beslutsverb),
        information=_compile(data.forslag.information, where, re.IGNORECASE),
        paper_kinds=_unique(data.underlag.slag),
        page_footer=_unique(data.person.sidfot),
    )


def _merge(base: Vocabulary, overlay: _VocabularyFile, kommun: str) -> Vocabulary:
    extra = _build(overlay, f"kommuner/{kommun}/{VOCABULARY_FILE}")
    labels = dict(base.labels)
    for key, values in extra.labels.items():
        labels[key] = _unique([*labels.get(key, ()), *values])
    sections = dict(base.sections)
    sections.update(extra.sections)
    return replace(
        base,
        labels=labels,
        doc_kinds={**base.doc_kinds, **extra.doc_kinds},
        case_types=extra.case_types + base.case_types,
        sections=sections,
        wrapper_lines=base.wrapper_lines + extra.wrapper_lines,
        page_markers=base.page_markers + extra.page_markers,
        preamble_ends=base.preamble_ends + extra.preamble_ends,
        title_words=_unique([*base.title_words, *extra.title_words]),
        not_officials=_unique([*base.not_officials, *extra.not_officials]),
        not_titles=base.not_titles + extra.not_titles,
        sentence_openers=base.sentence_openers | extra.sentence_openers,
        organ_endings=_unique([*base.organ_endings, *extra.organ_endings]),
        steps={**base.steps, **extra.steps},
        placeholders=base.placeholders + extra.placeholders,
        not_placeholders=base.not_placeholders + extra.not_placeholders,
        proposed=_unique([*base.proposed, *extra.proposed]),
        proposes=_unique([*base.proposes, *extra.proposes]),
        verbs=_unique([*base.verbs, *extra.verbs]),
        information=base.information + extra.information,
        overlays={},
    )


def _profile(path: Path) -> KommunProfile:
    try:
        data = _ProfileFile.model_validate(_read_toml(path))
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise RuleError(str(path), f"{where}: {error['msg']}") from None
    formats = []
    for entry in data.diarieformat:
        _compile([entry.monster], str(path))  # the format itself, as data, is vetted
        pattern = entry.monster.removeprefix("^").removesuffix("$")
        formats.append(
            DiaryFormat(
                # Bounded on both sides by one-character look-arounds: linear still.
                _compile([rf"(?<![\w/.-]){pattern}(?![\w/-])"], str(path), vetted=True)[0],
                entry.fran,
                entry.till,
            )
        )
    organ: list[str] = []
    registry = path.with_name("organ.toml")
    if registry.is_file():
        for entry in _read_toml(registry).get("organ", []):
            if isinstance(entry, dict) and isinstance(entry.get("namn"), str):
                organ.append(entry["namn"])
    return KommunProfile(
        organ=tuple(organ),
        id=data.id,
        namn=data.namn,
        kallas=_unique([data.namn, *data.kallas]),
        epostdomaner=tuple(domain.casefold() for domain in data.epostdomaner),
        diarieformat=tuple(formats),
    )


def default_rules_root() -> Path:
    """The repository's rules/ in a source checkout, else the installed ``govcheck.rules``."""
    here = Path(__file__).resolve().parents[3] / "rules"
    if (here / "common" / VOCABULARY_FILE).is_file():
        return here
    from importlib.resources import files

    return Path(str(files("govcheck.rules")))


def load_vocabulary(roots: Sequence[Path] | Path | None = None) -> Vocabulary:
    """The common vocabulary of the first root that has one, every municipality's additions
    and profiles from all roots (a later root's profile of the same id wins)."""
    if roots is None:
        return _load_default()
    if isinstance(roots, Path):
        roots = [roots]
    return _load(tuple(Path(root).resolve() for root in roots))


@functools.lru_cache(maxsize=1)
def _load_default() -> Vocabulary:
    return _load((default_rules_root().resolve(),))


@functools.lru_cache(maxsize=8)
def _load(roots: tuple[Path, ...]) -> Vocabulary:
    """Kept on disk between runs (``govcheck.diskcache``): parsing and vetting the reading
    vocabulary's files was a sixth of a one-draft run's start."""
    from govcheck.diskcache import cached

    folders = (*roots, default_rules_root())
    return cached("vocabulary", folders, "|".join(map(str, folders)), lambda: _read(roots))


def _read(roots: tuple[Path, ...]) -> Vocabulary:
    common = next(
        (
            root / "common" / VOCABULARY_FILE
            for root in roots
            if (root / "common" / VOCABULARY_FILE).is_file()
        ),
        None,
    )
    if common is None:
        common = default_rules_root() / "common" / VOCABULARY_FILE
    vocabulary = _build(_parse_vocabulary(common), str(common))
    profiles: dict[str, KommunProfile] = {}
    overlays: dict[str, _VocabularyFile] = {}
    for root in roots:
        folder = root / "kommuner"
        if not folder.is_dir():
            continue
        for kommun in sorted(folder.iterdir()):
            if (kommun / PROFILE_FILE).is_file():
                profile = _profile(kommun / PROFILE_FILE)
                profiles[profile.id] = profile
            if (kommun / VOCABULARY_FILE).is_file():
                overlays[kommun.name] = _parse_vocabulary(kommun / VOCABULARY_FILE)
    return replace(vocabulary, profiles=profiles, overlays=overlays)
