"""The organ registry and the registry of governing documents, read from ``rules/registry``.

Both are data: who the bodies of each municipality are (kind, abbreviations, diarienummer
prefixes) and which governing documents were in force when. Derived facts use them to turn the
names officials write into identities that rules can test.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from govcheck.errors import RuleError
from govcheck.safe_regex import check as check_pattern
from govcheck.tomlfile import load_rule_toml


class OrganKind(StrEnum):
    FULLMAKTIGE = "fullmaktige"
    STYRELSE = "styrelse"
    NAMND = "namnd"
    UTSKOTT = "utskott"
    FORVALTNING = "forvaltning"
    GRUPP = "grupp"


class Organ(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kommun: str
    namn: str
    typ: OrganKind
    forkortningar: list[str] = Field(default_factory=list)
    diarieprefix: list[str] = Field(default_factory=list)
    tillhor: str | None = None
    tjanar: str | None = None

    @property
    def deciding(self) -> bool:
        return self.typ in {OrganKind.FULLMAKTIGE, OrganKind.STYRELSE, OrganKind.NAMND}


class DiaryFormat(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kommun: str
    monster: str
    exempel: str
    fran: dt.date
    till: dt.date | None = None

    @field_validator("monster")
    @classmethod
    def _runs_in_linear_time(cls, value: str) -> str:
        check_pattern(value)  # an invalid or backtracking pattern is refused at load (exit 2)
        return value


class GoverningDocument(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kommun: str
    titel: str
    alias: list[str] = Field(default_factory=list)
    beslut: str | None = None
    antaget: dt.date | None = None
    upphor: dt.date | None = None
    ersatt_av: str | None = None


class EmailDomain(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kommun: str
    doman: str


class _OrganFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organ: list[Organ]
    diarieformat: list[DiaryFormat] = Field(default_factory=list)
    epostdoman: list[EmailDomain] = Field(default_factory=list)


class _DocumentFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    dokument: list[GoverningDocument]


def normalise_name(name: str) -> str:
    """Case-, space- and hyphen-insensitive form of a body's or document's name."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"[\s\u00a0]+", " ", text).strip(" .,:;")
    return text.replace(" - ", "-")


_RESOLVED_LIMIT = 4096


@dataclass(frozen=True)
class Resolution:
    organ: Organ | None
    suggestion: str | None = None


class Registry:
    def __init__(
        self,
        organs: list[Organ],
        formats: list[DiaryFormat],
        documents: list[GoverningDocument],
        email_domains: list[EmailDomain] | None = None,
    ) -> None:
        self.email_domains: dict[str, list[str]] = {}
        for entry in email_domains or []:
            self.email_domains.setdefault(entry.kommun, []).append(entry.doman)
        self.organs = {organ.id: organ for organ in organs}
        self.formats = formats
        self.documents = documents
        self._names: dict[str, dict[str, Organ]] = {}
        self._resolved: dict[tuple[str, str], Resolution] = {}
        for organ in organs:
            names = self._names.setdefault(organ.kommun, {})
            for name in [organ.namn, *organ.forkortningar]:
                key = normalise_name(name)
                names[key] = organ
                # Genitive, as in "Kulturnämndens arbetsutskott" or "Servicenämndens".
                names.setdefault(key + "s", organ)
                names.setdefault(key + "ens", organ)

    def resolve(self, kommun: str, name: str) -> Resolution:
        """Find the body a draft names; when unknown, suggest the closest known name."""
        cached = self._resolved.get((kommun, name))
        if cached is not None:
            return cached
        names = self._names.get(kommun, {})
        key = normalise_name(name)
        if key in names:
            found = Resolution(names[key])
        else:
            close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.75)
            found = Resolution(None, names[close[0]].namn if close else None)
        if len(self._resolved) >= _RESOLVED_LIMIT:
            self._resolved.clear()  # bounded: a long batch must not grow memory with names
        self._resolved[(kommun, name)] = found
        return found

    def prefix_owner(self, kommun: str, prefix: str) -> Organ | None:
        for organ in self.organs.values():
            if organ.kommun == kommun and prefix in organ.diarieprefix:
                return organ
        return None

    def diary_format(self, kommun: str, on: dt.date) -> DiaryFormat | None:
        for fmt in self.formats:
            if fmt.kommun == kommun and fmt.fran <= on and (fmt.till is None or on <= fmt.till):
                return fmt
        return None

    def document(self, kommun: str, title: str) -> GoverningDocument | None:
        key = normalise_name(title)
        for doc in self.documents:
            if doc.kommun != kommun:
                continue
            if key in {normalise_name(name) for name in [doc.titel, *doc.alias]}:
                return doc
        return None


def load_registry(directory: Path) -> Registry:
    organ_path = directory / "organ.toml"
    doc_path = directory / "dokument.toml"
    try:
        organ_file = _OrganFile.model_validate(load_rule_toml(organ_path))
    except ValidationError as exc:
        raise RuleError(str(organ_path), _first(exc)) from None
    try:
        doc_file = _DocumentFile.model_validate(load_rule_toml(doc_path))
    except ValidationError as exc:
        raise RuleError(str(doc_path), _first(exc)) from None
    return Registry(
        organ_file.organ, organ_file.diarieformat, doc_file.dokument, organ_file.epostdoman
    )


def _first(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}"
