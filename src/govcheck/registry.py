"""Municipality profiles: each municipality is a folder of data under ``rules/kommuner/<id>/``.

A profile holds what govcheck needs to know about one municipality, and nothing about it lives
in code:

- ``kommun.toml``: official name, the names it goes by, e-mail domains, the prefix of its rule
  ids, diarienummer formats each with a validity window;
- ``organ.toml``: the organ registry, every body with kind, abbreviations, the board an
  utskott belongs to or a förvaltning serves, roles, validity and source;
- ``dokument.toml``: governing documents (styrande dokument) and when they were in force;
- ``delegation.toml``: the delegationsordning as far as rules need it (optional);
- ``mallar.toml``: document templates, the sections each case type must carry, each with a
  validity window, and the ``govcheck init`` templates (optional);
- ``regler/``: the municipality's rule pack (read by the rulebook).

Derived facts use the registry to turn the names officials write into identities that rules
can test. The legal basis of the organ registry is Kommunallagen (2017:725) 3 kap. 3-4 §§:
fullmäktige sets up the styrelse and the nämnder.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from govcheck.errors import RuleError
from govcheck.i18n import current_language
from govcheck.safe_regex import UnsafePattern
from govcheck.safe_regex import check as check_pattern
from govcheck.tomlfile import load_rule_toml

PROFILE_DIR = "kommuner"
KOMMUN_ID = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
_M = TypeVar("_M", bound=BaseModel)


class OrganKind(StrEnum):
    FULLMAKTIGE = "fullmaktige"
    STYRELSE = "styrelse"
    NAMND = "namnd"
    UTSKOTT = "utskott"
    FORVALTNING = "forvaltning"
    GRUPP = "grupp"


class _Data(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)


class Organ(_Data):
    id: str
    kommun: str = ""
    namn: str
    typ: OrganKind
    forkortningar: list[str] = Field(default_factory=list)
    diarieprefix: list[str] = Field(default_factory=list)
    tillhor: str | None = None
    tjanar: str | None = None
    #: What the body is for the rules, whatever it is called locally: ``ledningskontor`` (the
    #: administration serving kommunstyrelsen), ``arkiv`` (the city archive), ``revision``.
    roller: list[str] = Field(default_factory=list)
    giltig_fran: dt.date | None = None
    giltig_till: dt.date | None = None
    kalla: str | None = None

    @property
    def deciding(self) -> bool:
        return self.typ in {OrganKind.FULLMAKTIGE, OrganKind.STYRELSE, OrganKind.NAMND}

    def in_force(self, on: dt.date) -> bool:
        return (self.giltig_fran is None or self.giltig_fran <= on) and (
            self.giltig_till is None or on <= self.giltig_till
        )


class DiaryFormat(_Data):
    monster: str
    exempel: str
    fran: dt.date
    till: dt.date | None = None

    @field_validator("monster")
    @classmethod
    def _runs_in_linear_time(cls, value: str) -> str:
        try:  # an invalid or backtracking pattern is refused at load (exit 2)
            check_pattern(value)
        except UnsafePattern as exc:
            raise PydanticCustomError("unsafe_pattern", exc.text(current_language())) from None
        return value


class GoverningDocument(_Data):
    id: str
    kommun: str = ""
    titel: str
    alias: list[str] = Field(default_factory=list)
    beslut: str | None = None
    antaget: dt.date | None = None
    upphor: dt.date | None = None
    ersatt_av: str | None = None
    ersatt_fran: dt.date | None = None
    kalla: str | None = None


class Delegation(_Data):
    """Who may decide a kind of case instead of the board (KL 6 kap. 37 §, 7 kap. 5 §)."""

    arendetyp: str
    organ: str
    delegat: list[str] = Field(default_factory=list)
    anmals_till: str | None = None
    galler_fran: dt.date | None = None
    galler_till: dt.date | None = None
    kalla: str | None = None
    #: The decision adopting the delegationsordning this entry is taken from. None: the entry
    #: models only what the law allows (KL 6 kap. 37 §, 7 kap. 5 §), not a known delegation.
    delegationsordning: str | None = None


class RequiredSections(_Data):
    """The sections the municipality's template asks for in a case type, for a period."""

    case_types: list[str] = Field(default_factory=list)
    avsnitt: list[str]
    fran: dt.date
    till: dt.date | None = None
    kalla: str | None = None

    def in_force(self, on: dt.date) -> bool:
        return self.fran <= on and (self.till is None or on <= self.till)


class InitTemplate(_Data):
    """Values ``govcheck init`` fills in for a case type (the rest are [FYLL I: …])."""

    typ: str
    varden: dict[str, object] = Field(default_factory=dict)


class Profile(_Data):
    id: str
    namn: str
    namn_en: str | None = None
    kallas: list[str] = Field(default_factory=list)
    regelprefix: str = Field(pattern=r"^[A-Z]{2,5}$")
    epostdomaner: list[str] = Field(default_factory=list)
    diarieformat: list[DiaryFormat] = Field(default_factory=list)
    kalla: str | None = None


class _OrganFile(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    organ: list[Organ] = Field(default_factory=list)


class _DocumentFile(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    dokument: list[GoverningDocument] = Field(default_factory=list)


class _DelegationFile(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    delegation: list[Delegation] = Field(default_factory=list)


class _TemplateFile(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid")
    avsnitt: list[RequiredSections] = Field(default_factory=list)
    init: list[InitTemplate] = Field(default_factory=list)


@dataclass(frozen=True)
class Municipality:
    """One loaded profile: the municipality and all its data."""

    profile: Profile
    folder: Path
    organs: tuple[Organ, ...] = ()
    documents: tuple[GoverningDocument, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    sections: tuple[RequiredSections, ...] = ()
    init_templates: tuple[InitTemplate, ...] = ()

    @property
    def id(self) -> str:
        return self.profile.id

    def role(self, role: str) -> tuple[Organ, ...]:
        return tuple(organ for organ in self.organs if role in organ.roller)


def normalise_name(name: str) -> str:
    """Case-, space- and hyphen-insensitive form of a body's or document's name."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"[\s\u00a0]+", " ", text).strip(" .,:;")
    return text.replace(" - ", "-")


_RESOLVED_LIMIT = 4096
#: Genitive forms: "Kulturnämndens arbetsutskott", "KS:s arbetsutskott", "SN:s".
_GENITIVE = re.compile(r"^(?P<name>.+?)(?::s|s|ens)$")


#: Words that name a part of a body, after the body's name in the genitive: "Stadskontorets
#: handläggare", "Kulturnämndens ordförandeberedning" name the body itself.
_PART_OF_BODY = frozenset(
    {"handläggare", "ordförandeberedning", "ärendeberedning", "presidium", "ordförande"}
)


@dataclass(frozen=True)
class Resolution:
    organ: Organ | None
    suggestion: str | None = None


@dataclass
class Registry:
    """All municipality profiles of a rule directory (and any extra ones)."""

    municipalities: dict[str, Municipality] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.organs: dict[str, Organ] = {}
        self._names: dict[str, dict[str, Organ]] = {}
        self._resolved: dict[tuple[str, str], Resolution] = {}
        self._boards: dict[str, tuple[Organ, ...]] = {}
        # Answers that depend only on the loaded profiles, kept per municipality (a handful):
        # facts ask them several times for every draft.
        self._role_ids: dict[tuple[str, str], frozenset[str]] = {}
        self._known_names: dict[str, tuple[str, ...]] = {}
        self._prefixes: dict[str, dict[str, Organ]] = {}
        self._document_names: dict[str, dict[str, GoverningDocument]] = {}
        self.email_domains: dict[str, list[str]] = {}
        for kommun, municipality in self.municipalities.items():
            self.email_domains[kommun] = list(municipality.profile.epostdomaner)
            names = self._names.setdefault(kommun, {})
            for organ in municipality.organs:
                self.organs[organ.id] = organ
                for name in [organ.namn, *organ.forkortningar]:
                    key = normalise_name(name)
                    names.setdefault(key, organ)
                    names.setdefault(key + "s", organ)
                    names.setdefault(key + "ens", organ)
                    names.setdefault(key + ":s", organ)
            for organ in municipality.organs:
                parent = self.organs.get(organ.tillhor or "")
                if parent is None or "arbetsutskott" not in normalise_name(organ.namn):
                    continue
                # "KS:s arbetsutskott", "SN AU", "Kulturnämndens AU": the board's names, in any
                # genitive, followed by the committee's word.
                for name in [parent.namn, *parent.forkortningar]:
                    key = normalise_name(name)
                    for form in (key, key + "s", key + ":s", key + "ens"):
                        names.setdefault(f"{form} arbetsutskott", organ)
                        names.setdefault(f"{form} au", organ)
            for organ in municipality.organs:
                if organ.typ in {OrganKind.STYRELSE, OrganKind.NAMND}:
                    self._committee_of(organ, names)

    def _committee_of(self, board: Organ, names: dict[str, Organ]) -> None:
        """Any nämnd or styrelse may have an arbetsutskott (Kommunallagen (2017:725) 6 kap.
        37 §: a nämnd may delegate "till presidiet, ett utskott, en ledamot …"). One the profile
        does not list ("Fritidsnämndens arbetsutskott", "Stadsområdesnämnd Västers AU") is still
        that board's committee, in force when the board is: it resolves to a committee of the
        board, never to an unknown body with another board's committee suggested."""
        committee: Organ | None = None
        for name in [board.namn, *board.forkortningar]:
            key = normalise_name(name)
            for form in (key, key + "s", key + ":s", key + "ens"):
                for word in ("arbetsutskott", "au"):
                    if f"{form} {word}" in names:
                        continue
                    if committee is None:
                        committee = self.organs.get(f"{board.id}-AU") or Organ(
                            id=f"{board.id}-AU",
                            kommun=board.kommun,
                            namn=f"{board.namn}{'' if board.namn.endswith('s') else 's'} "
                            "arbetsutskott",
                            typ=OrganKind.UTSKOTT,
                            tillhor=board.id,
                            giltig_fran=board.giltig_fran,
                            giltig_till=board.giltig_till,
                            kalla="Kommunallagen (2017:725) 6 kap. 37 §",
                        )
                        self.organs.setdefault(committee.id, committee)
                    names[f"{form} {word}"] = committee

    # --- municipalities ------------------------------------------------------------------------

    def has_profile(self, kommun: str) -> bool:
        return kommun in self.municipalities

    def profile(self, kommun: str) -> Profile | None:
        found = self.municipalities.get(kommun)
        return found.profile if found else None

    def display_name(self, kommun: str, lang: str = "sv") -> str:
        profile = self.profile(kommun)
        if profile is None:
            return kommun
        return (profile.namn_en or profile.namn) if lang == "en" else profile.namn

    def role_ids(self, kommun: str, role: str) -> frozenset[str]:
        ids = self._role_ids.get((kommun, role))
        if ids is None:
            found = self.municipalities.get(kommun)
            ids = frozenset(organ.id for organ in found.role(role)) if found else frozenset()
            if found is not None:  # a handful of roles per profile: bounded
                self._role_ids[(kommun, role)] = ids
        return ids

    # --- organ ----------------------------------------------------------------------------------

    def resolve(self, kommun: str, name: str) -> Resolution:
        """Find the body a draft names; when unknown, suggest the closest known name."""
        cached = self._resolved.get((kommun, name))
        if cached is not None:
            return cached
        names = self._names.get(kommun, {})
        key = normalise_name(name)
        head, _, last = key.rpartition(" ")
        if key in names:
            found = Resolution(names[key])
        elif last in _PART_OF_BODY and head in names:
            found = Resolution(names[head])
        else:
            close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.75)
            found = Resolution(None, names[close[0]].namn if close else None)
        if len(self._resolved) >= _RESOLVED_LIMIT:
            self._resolved.clear()  # bounded: a long batch must not grow memory with names
        self._resolved[(kommun, name)] = found
        return found

    def board_of(self, organ: Organ) -> Organ | None:
        """The board a body acts for: an utskott its board's, a förvaltning the board it serves,
        a board itself; None for a group or a förvaltning that serves no board."""
        if organ.typ == OrganKind.UTSKOTT:
            return self.organs.get(organ.tillhor or "")
        if organ.typ == OrganKind.FORVALTNING:
            return self.organs.get(organ.tjanar or "")
        return organ if organ.deciding else None

    def boards(self, kommun: str, on: dt.date) -> tuple[Organ, ...]:
        """The nämnder of a municipality in force on a date (not the revision)."""
        candidates = self._boards.get(kommun)
        if candidates is None:
            found = self.municipalities.get(kommun)
            candidates = self._boards[kommun] = tuple(
                organ
                for organ in (found.organs if found else ())
                if organ.typ == OrganKind.NAMND and "revision" not in organ.roller
            )
        return tuple(organ for organ in candidates if organ.in_force(on))

    def known_names(self, kommun: str) -> tuple[str, ...]:
        """The official names of a municipality's bodies (for text checks)."""
        names = self._known_names.get(kommun)
        if names is None:
            found = self.municipalities.get(kommun)
            names = tuple(organ.namn for organ in found.organs) if found else ()
            if found is not None:
                self._known_names[kommun] = names
        return names

    def prefix_owner(self, kommun: str, prefix: str) -> Organ | None:
        owners = self._prefixes.get(kommun)
        if owners is None:
            found = self.municipalities.get(kommun)
            if found is None:
                return None
            owners = {}
            for organ in found.organs:  # the first body that lists a prefix owns it
                for known in organ.diarieprefix:
                    owners.setdefault(known, organ)
            self._prefixes[kommun] = owners
        return owners.get(prefix)

    # --- formats, documents, delegation, templates ---------------------------------------------

    def diary_formats(self, kommun: str, on: dt.date) -> tuple[DiaryFormat, ...]:
        """The diarienummer formats in use on a date (several may be, in different offices)."""
        profile = self.profile(kommun)
        return tuple(
            fmt
            for fmt in (profile.diarieformat if profile else ())
            if fmt.fran <= on and (fmt.till is None or on <= fmt.till)
        )

    def document(self, kommun: str, title: str) -> GoverningDocument | None:
        names = self._document_names.get(kommun)
        if names is None:
            found = self.municipalities.get(kommun)
            if found is None:
                return None
            names = {}
            for doc in found.documents:  # the first document a name fits is the one found
                for name in [doc.titel, *doc.alias]:
                    names.setdefault(normalise_name(name), doc)
            self._document_names[kommun] = names
        return names.get(normalise_name(title))

    def delegations(self, kommun: str, case_type: str, on: dt.date) -> tuple[Delegation, ...]:
        found = self.municipalities.get(kommun)
        return tuple(
            entry
            for entry in (found.delegations if found else ())
            if entry.arendetyp == case_type
            and (entry.galler_fran is None or entry.galler_fran <= on)
            and (entry.galler_till is None or on <= entry.galler_till)
        )

    def init_values(self, kommun: str, case_type: str) -> dict[str, object]:
        found = self.municipalities.get(kommun)
        values: dict[str, object] = {}
        for entry in found.init_templates if found else ():
            if entry.typ in {"*", case_type}:
                values.update(entry.varden)
        return values


def _validated(model: type[_M], path: Path) -> _M:
    try:
        return model.model_validate(load_rule_toml(path) if path.is_file() else {})
    except ValidationError as exc:
        raise RuleError(str(path), _first(exc)) from None


def load_profile(folder: Path) -> Municipality:
    """One municipality's folder; every file but kommun.toml is optional."""
    kommun_file = folder / "kommun.toml"
    profile = _validated(Profile, kommun_file)
    if profile.id != folder.name or not KOMMUN_ID.match(profile.id):
        raise RuleError(
            str(kommun_file),
            f"id '{profile.id}' ska vara mappens namn '{folder.name}' (a-z, 0-9, -)",
        )
    for fmt in profile.diarieformat:
        try:
            re.compile(fmt.monster)
        except re.error as exc:
            message = f"ogiltigt diarieformat {fmt.monster!r}: {exc}"
            raise RuleError(str(kommun_file), message) from None
    organs = tuple(
        organ.model_copy(update={"kommun": profile.id})
        for organ in _validated(_OrganFile, folder / "organ.toml").organ
    )
    for organ in organs:
        if not organ.id.startswith(profile.regelprefix + "-"):
            raise RuleError(
                str(folder / "organ.toml"),
                f"organets id '{organ.id}' ska börja med '{profile.regelprefix}-'",
            )
    known = {organ.id for organ in organs}
    for organ in organs:
        for ref in (organ.tillhor, organ.tjanar):
            if ref is not None and ref not in known:
                raise RuleError(
                    str(folder / "organ.toml"), f"{organ.id}: okänt organ '{ref}' i registret"
                )
    documents = tuple(
        doc.model_copy(update={"kommun": profile.id})
        for doc in _validated(_DocumentFile, folder / "dokument.toml").dokument
    )
    delegations = tuple(_validated(_DelegationFile, folder / "delegation.toml").delegation)
    for entry in delegations:
        for ref in (entry.organ, *entry.delegat, entry.anmals_till):
            if ref is not None and ref not in known:
                raise RuleError(
                    str(folder / "delegation.toml"), f"okänt organ '{ref}' i delegationen"
                )
    templates = _validated(_TemplateFile, folder / "mallar.toml")
    return Municipality(
        profile=profile,
        folder=folder,
        organs=organs,
        documents=documents,
        delegations=delegations,
        sections=tuple(templates.avsnitt),
        init_templates=tuple(templates.init),
    )


def profile_folders(root: Path) -> list[Path]:
    base = root / PROFILE_DIR
    if not base.is_dir():
        return []
    return sorted(path for path in base.iterdir() if (path / "kommun.toml").is_file())


def load_registry(roots: Iterable[Path]) -> Registry:
    """The profiles under ``kommuner/`` of each rule directory; a later directory may add
    municipalities, never redefine one."""
    found: dict[str, Municipality] = {}
    for root in roots:
        for folder in profile_folders(root):
            municipality = load_profile(folder)
            if municipality.id in found:
                raise RuleError(
                    str(folder),
                    f"kommunen '{municipality.id}' finns redan i {found[municipality.id].folder}",
                )
            found[municipality.id] = municipality
    prefixes: dict[str, str] = {}
    for municipality in found.values():
        prefix = municipality.profile.regelprefix
        if prefix in prefixes or prefix == "GEN":
            raise RuleError(
                str(municipality.folder / "kommun.toml"),
                f"regelprefixet '{prefix}' används redan",
            )
        prefixes[prefix] = municipality.id
    return Registry(found)


def _first(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}"
