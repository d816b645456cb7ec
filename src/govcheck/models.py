"""The data govcheck works on: the draft of an ärende, and the findings it reports.

Vocabulary (Swedish domain terms kept as they are, because officials use them):

- ärende: a case put before a political body for decision.
- diarienummer: the case number under which the case is registered (``SN-2023-514``).
- beslutsplanering: the ordered meetings a case passes before it is decided
  (ordförandeberedning, arbetsutskott, the nämnd itself).
- beslutsunderlag: the documents the decision rests on.
- nämnd / förvaltning: a political board that decides / the administration that prepares.

Draft keys are ASCII spellings of the Swedish words officials use, so that a draft reads like
the document it describes and TOML bare keys work (they cannot contain å/ä/ö).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SkipValidation,
    StringConstraints,
    field_validator,
)

from govcheck.errors import one_line


class Severity(StrEnum):
    """How serious a finding is; the order is fel > varning > info."""

    FEL = "fel"
    VARNING = "varning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"fel": 3, "varning": 2, "info": 1}[self.value]


class Authority(StrEnum):
    """What the passage a rule rests on *is*, which decides how hard the rule may speak
    (DOMAIN.md section 5). A rule never speaks with more authority than its source."""

    LAG = "lag"  # statute, verified to the paragraph
    BESLUT = "beslut"  # adopted decision or governing document, quoted as in force
    FORSLAG = "forslag"  # proposal, assignment, plan, planned date, project directive
    BEDOMNING = "bedomning"  # an administration's assessment or recommendation
    ONSKEMAL = "onskemal"  # wish, example, success factor
    PRAXIS = "praxis"  # municipal practice or template, no reglemente cited
    KVALITET = "kvalitet"  # quality check of the document itself (totals, dates, names)

    @property
    def ceiling(self) -> Severity:
        """The highest severity a rule resting on such a passage may have."""
        return _CEILINGS[self]

    def label(self, lang: str = "sv") -> str:
        """The authority in words a reader understands, shown beside the quote."""
        return AUTHORITY_LABELS["en" if lang == "en" else "sv"][self.value]


_CEILINGS: dict[Authority, Severity] = {
    Authority.LAG: Severity.FEL,
    Authority.BESLUT: Severity.FEL,
    Authority.FORSLAG: Severity.VARNING,
    Authority.BEDOMNING: Severity.VARNING,
    Authority.ONSKEMAL: Severity.INFO,
    Authority.PRAXIS: Severity.VARNING,
    # A check of the document itself is as serious as its effect (a total that does not add
    # up can go into the protocol as a wrong figure); it is labelled as such, never as a rule.
    Authority.KVALITET: Severity.FEL,
}

AUTHORITY_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "lag": "lag",
        "beslut": "antaget beslut eller styrdokument",
        "forslag": "förslag, inte beslut",
        "bedomning": "bedömning, inte beslut",
        "onskemal": "önskemål eller exempel, inte krav",
        "praxis": "praxis eller mall, inte beslut",
        "kvalitet": "kvalitetskontroll av dokumentet, inte en riktlinje",
    },
    "en": {
        "lag": "statute",
        "beslut": "adopted decision or governing document",
        "forslag": "proposal, not a decision",
        "bedomning": "assessment, not a decision",
        "onskemal": "wish or example, not a requirement",
        "praxis": "practice or template, not a decision",
        "kvalitet": "quality check of the document, not a guideline",
    },
}


class CaseType(StrEnum):
    TJANSTESKRIVELSE = "tjansteskrivelse"
    TJANSTEUTLATANDE = "tjansteutlatande"
    UTVECKLINGSPLAN = "utvecklingsplan"
    REMISSVAR = "remissvar"
    RIKTLINJER = "riktlinjer"
    POLICY = "policy"
    PROGRAM = "program"
    PLAN = "plan"
    PRINCIPER = "principer"
    PROJEKTDIREKTIV = "projektdirektiv"
    INFORMATIONSARENDE = "informationsarende"
    UPPFOLJNING = "uppfoljning"


class StepKind(StrEnum):
    """The kinds of preparatory meeting, in the order a case passes them."""

    ARENDEBEREDNING = "arendeberedning"
    ORDFORANDEBEREDNING = "ordforandeberedning"
    ARBETSUTSKOTT = "arbetsutskott"
    SAMMANTRADE = "sammantrade"

    @property
    def order(self) -> int:
        return list(StepKind).index(self)


class ItClass(StrEnum):
    GEMENSAM = "gemensam"
    DOMANSPECIFIK = "domanspecifik"
    LOKAL = "lokal"


class CostKind(StrEnum):
    UTVECKLING = "utveckling"
    FORVALTNING = "forvaltning"
    DRIFT = "drift"
    TILLAMPNING = "tillampning"
    EFFEKTHEMTAGNING = "effekthemtagning"


class KfMatter(StrEnum):
    """What a plan item may change that only kommunfullmäktige decides (KL 5 kap. 1 §)."""

    BUDGETRAM = "budgetram"
    ORGANISATION = "organisation"
    RIKTLINJER = "riktlinjer"


class Financing(StrEnum):
    KOMMUNBIDRAG = "kommunbidrag"
    RESPEKTIVE_NAMND = "respektive_namnd"
    SOLIDARISK = "solidarisk"


Text = Annotated[str, StringConstraints(strip_whitespace=True)]
#: A municipality's id: the name of its profile folder under ``rules/kommuner/`` (ASCII, lower
#: case). Any municipality may be named; one without a profile gets the common rules only.
KommunId = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9-]{0,39}$")
]
# Enum fields take their listed string values (strict mode would demand enum instances).
_LAX = Field(strict=False)


class _Strict(BaseModel):
    """Unknown keys are errors (a misspelt key must never be silently ignored)."""

    model_config = ConfigDict(
        defer_build=True, extra="forbid", strict=True, frozen=True, allow_inf_nan=False
    )

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_missing(cls, value: Any) -> Any:
        # An empty string in a draft means "not filled in", which the rules must see as missing.
        if isinstance(value, str) and not value.strip():
            return None
        return value


class Handlaggare(_Strict):
    """The official who prepared the case (Vår referens / Handläggare)."""

    namn: Text | None = None
    titel: Text | None = None
    epost: Text | None = None
    telefon: Text | None = None


class Person(_Strict):
    namn: Text
    titel: Text | None = None


class Steg(_Strict):
    """One meeting in the beslutsplanering: which body, what kind of meeting, when."""

    organ: Text
    steg: Annotated[StepKind, _LAX] = StepKind.SAMMANTRADE
    datum: dt.date | None = None


class RemissFraga(_Strict):
    fraga: Text
    svar: Text | None = None


class Remiss(_Strict):
    """A consultation the case answers: who asked, by when, and what they asked."""

    remittent: Text | None = None
    svar_senast: dt.date | None = None
    fragor: list[RemissFraga] = Field(default_factory=list)


class Post(_Strict):
    """One item of a development plan (utvecklingsplan)."""

    namn: Text
    it_klass: Annotated[ItClass, _LAX] | None = None
    omrade: Text | None = None
    kostnadsslag: Annotated[CostKind, _LAX] | None = None
    # Bounded so that the engine never sees a float in exponent notation (ENGINE: error 204).
    belopp_mnkr: float | None = Field(default=None, ge=-1_000_000, le=1_000_000)
    ca: bool = False
    finansiering: Annotated[Financing, _LAX] | None = None
    #: Inside the IT department's existing frame? Not stated (None) is not "inside": silence
    #: is not compliance (issue 14, MAL-F2-01).
    inom_ram: bool | None = None
    askande: Text | None = None
    beslutande_organ: Text | None = None
    samplanering: list[Text] = Field(default_factory=list)
    beskrivning: Text | None = None
    medborgarnara: bool = False
    andrar: list[Annotated[KfMatter, _LAX]] = Field(default_factory=list)
    finansieras_av: Text | None = None
    forvantade_nyttor: list[Text] = Field(default_factory=list)
    nyttouppfoljning: Text | None = None
    riskbedomning: Text | None = None
    informationsagare: Text | None = None
    #: A stated exception from the financing model, as the plan itself states it ("licens-
    #: kostnaden ökar för stadens förvaltningar med ca 5 mnkr"): not a violation of it.
    avvikelse: Text | None = None


class Summa(_Strict):
    """A stated total ("IT-säkerhetssatsningar 8 mnkr") over named plan items."""

    rubrik: Text
    belopp_mnkr: float = Field(ge=-1_000_000, le=1_000_000)
    ca: bool = False
    poster: list[Text] = Field(default_factory=list)


class Milstolpe(_Strict):
    namn: Text
    datum: dt.date


class Uppdrag(_Strict):
    """An assignment with a deadline set by a body (e.g. in kommunfullmäktige's budget)."""

    namn: Text
    beslutat_av: Text | None = None
    senast: dt.date
    redovisas: dt.date | None = None
    avvikelse: Text | None = None


class Mal(_Strict):
    namn: Text
    indikatorer: list[Text] = Field(default_factory=list)


class Aktivitet(_Strict):
    namn: Text
    ansvarig: Text | None = None
    nar: Text | None = None


class FragaSvar(_Strict):
    """An answer to a required follow-up question: ``fraga`` is its id or its text."""

    fraga: Text
    svar: Text | None = None


class CiteratDokument(_Strict):
    """A governing document (styrande dokument) the draft cites as in force."""

    titel: Text
    beslut: Text | None = None
    #: False for a historical mention ("under Det digitala Malmö 2017-2022 …"): only a
    #: citation as in force is judged against the document's validity.
    som_gallande: bool = True


class Waiver(BaseModel):
    """An accountable exception (undantag) to a rule for a draft."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    regel: str
    motivering: str | None = None
    godkand_av: str | None = None
    beslut: str | None = None
    galler_till: dt.date | None = None
    omfattning: str | None = None


class Draft(_Strict):
    """One ärende as a structured draft. See README.md, "Draft format"."""

    kommun: KommunId
    typ: Annotated[CaseType, _LAX]
    diarienummer: Text | None = None
    rubrik: Text | None = None
    datum: dt.date | None = None
    handlaggare: Handlaggare | None = None
    beslutande_organ: Text | None = None
    slutligt_beslutande_organ: Text | None = None
    beredande_namnd: Text | None = None
    #: Does the governing document bind all nämnder (stadsövergripande)? None: not stated.
    stadsovergripande: bool | None = None
    #: For a decision taken on delegation: the body it is reported (anmäls) to.
    anmals_till: Text | None = None
    sammanfattning: Text | None = None
    forslag_till_beslut: list[Text] = Field(default_factory=list)
    beslutsunderlag: list[Text] = Field(default_factory=list)
    beslutsplanering: list[Steg] = Field(default_factory=list)
    beslutet_skickas_till: list[Text] = Field(default_factory=list)
    arendet: Text | None = None
    ansvariga: list[Person] = Field(default_factory=list)
    remiss: Remiss | None = None
    plan_ar: int | None = Field(default=None, ge=1900, le=2200)
    poster: list[Post] = Field(default_factory=list)
    citerade_dokument: list[CiteratDokument] = Field(default_factory=list)
    remitterad_till: list[Text] = Field(default_factory=list)
    planperiod_fran: int | None = Field(default=None, ge=1900, le=2200)
    planperiod_till: int | None = Field(default=None, ge=1900, le=2200)
    behovsunderlag: Text | None = None
    dialogforum: list[Text] = Field(default_factory=list)
    organisationsforandring: bool = False
    facklig_samverkan: Text | None = None
    beskrivning_av_arendet: Text | None = None
    forvaltningens_bedomning: Text | None = None
    bedomning_ekonomisk: Text | None = None
    bedomning_ekologisk: Text | None = None
    bedomning_social: Text | None = None
    summor: list[Summa] = Field(default_factory=list)
    milstolpar: list[Milstolpe] = Field(default_factory=list)
    uppdrag: list[Uppdrag] = Field(default_factory=list)
    mal: list[Mal] = Field(default_factory=list)
    aktiviteter: list[Aktivitet] = Field(default_factory=list)
    omfang_sidor: int | None = Field(default=None, ge=0, le=100_000)
    uppfoljning_svar: list[FragaSvar] = Field(default_factory=list)
    undantag: list[Waiver] = Field(default_factory=list)


# --- Findings ---------------------------------------------------------------------------------


class FindingKind(StrEnum):
    VIOLATION = "violation"
    QUESTION = "question"
    EXTRACTION = "extraction"


class Citation(BaseModel):
    """Where a rule comes from: the governing text, quoted verbatim."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    document: str
    decision: str | None = None
    section: str
    quote: str
    source_file: str
    statute: str | None = None
    #: What the quoted passage is (statute, adopted decision, proposal …): see ``Authority``.
    authority: Authority


class Location(BaseModel):
    """Where a finding stands: the key path in the draft and, for a document, what a person
    can follow: page and line of a PDF or text file; for a Word document the paragraph (Word
    shows no line numbers) with a short quote of the text the finding is about."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    file: str
    path: str = ""
    line: int | None = None
    page: int | None = None
    paragraph: int | None = None
    snippet: str | None = None
    #: where on the line the key or value starts (code points, from 1), where known
    column: int | None = None


class Finding(BaseModel):
    """One thing govcheck has to say about one draft. Every reporter reads only these."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    rule_id: str
    severity: Severity
    message: str
    location: Location
    citation: Citation | None = None
    kind: FindingKind = FindingKind.VIOLATION
    ruleset_version: str = ""
    waiver: Waiver | None = None
    #: recorded in the baseline the run was given: reported, but does not fail the gate
    known: bool = False

    @property
    def waived(self) -> bool:
        return self.waiver is not None

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.location.file, self.location.line or 0, self.location.path, self.rule_id)


Language = Literal["sv", "en"]


class InputProblem(BaseModel):
    """A file that could not be read as a draft (exit code 2): one line, never a traceback."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    file: str
    message: str
    line: int | None = None
    key: str = ""

    def one_line(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        key = f" [{self.key}]" if self.key else ""
        return one_line(f"{where}:{key} {self.message}")


class RuleInfo(BaseModel):
    """What a reporter may say about a rule (SARIF rules, JUnit test names): from the rulebook."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    id: str
    title: str
    severity: Severity
    citation: Citation | None = None


FieldStatus = Literal["read", "absent", "unreadable", "inferred"]


class Reading(BaseModel):
    """What the reader made of one document's fields: each one read, absent (the document does
    not state it), unreadable (it does, but the value was not understood) or inferred (taken
    from the text, not the header: a date). A structured draft has none: nothing is read."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    fields: dict[str, FieldStatus]
    #: The date the rules in force follow when the header gives none (status "inferred").
    inferred_datum: dt.date | None = None

    def with_status(self, status: FieldStatus) -> tuple[str, ...]:
        return tuple(name for name, seen in self.fields.items() if seen == status)


class Report(BaseModel):
    """Everything one run found: what every reporter renders, and what decides the exit code."""

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    files: tuple[str, ...]
    findings: tuple[Finding, ...]
    problems: tuple[InputProblem, ...] = ()
    ruleset_version: str
    rules_evaluated: tuple[str, ...] = ()
    rules: tuple[RuleInfo, ...] = ()
    #: per file, the rules and questions in force for it (its kommun, case type and date).
    #: Not validated again: the runner builds it from validated rule ids, and drafts of one kind
    #: share one tuple, which validation would copy once per file (about 340 bytes a draft).
    evaluated: SkipValidation[dict[str, tuple[str, ...]]] = Field(default_factory=dict)
    #: per document (text, Word, PDF), what the reader made of its fields.
    readings: SkipValidation[dict[str, Reading]] = Field(default_factory=dict)
    fail_on: Severity = Severity.VARNING
    lang: Language = "sv"
    judged_on: dt.date | None = None

    def failing(self) -> tuple[Finding, ...]:
        return tuple(
            f
            for f in self.findings
            if f.severity.rank >= self.fail_on.rank and not f.waived and not f.known
        )

    @property
    def exit_code(self) -> int:
        if self.problems:
            return 2
        return 1 if self.failing() else 0

    def count(self, severity: Severity) -> int:
        """Findings of a severity that count: not waived, not known from the baseline."""
        return sum(
            1 for f in self.findings if f.severity == severity and not f.waived and not f.known
        )

    def known_count(self) -> int:
        return sum(1 for finding in self.findings if finding.known and not finding.waived)

    def waived_count(self) -> int:
        return sum(1 for finding in self.findings if finding.waived)
