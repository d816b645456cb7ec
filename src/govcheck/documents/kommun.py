"""Which municipality a document is from, taken from the document itself.

The evidence, strongest first: a municipality's own name in the letterhead ("Malmö stad",
"Uppsala kommun"), the e-mail domain of its staff, its diarienummer format (only when one
profile's format alone fits), then the names it goes by in the text. A municipality without a
profile is named by the ASCII id of its name ("Upplands-Bro kommun" -> "upplands-bro").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from govcheck.documents.header import EMAIL
from govcheck.documents.reader import Line
from govcheck.documents.vocabulary import KommunProfile, Vocabulary

#: How much of the document counts as its letterhead (characters from the start).
LETTERHEAD = 1500


@dataclass(frozen=True)
class KommunEvidence:
    kommun: str
    how: str  # brevhuvud | epost | diarienummer | text
    line: Line | None


def kommun_id(name: str) -> str:
    """'Göteborg' -> 'goteborg', 'Upplands Väsby' -> 'upplands-vasby'."""
    text = unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return text if re.match(r"^[a-z][a-z0-9-]*$", text) else ""


def _name_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    """'<Name> kommun', '<Name>s stad' for the country's municipalities (genitive s or not),
    and the same in capitals as letterheads set them ('ÅTVIDABERGS KOMMUN', 'SOLNA STAD');
    'Region <Name>' for a municipality that is a region too ('Region Gotland'; never 'Region
    Stockholm', a county's region, not the municipality)."""
    kinds = sorted(vocabulary.kommun_forms, key=len, reverse=True)
    forms = "|".join(re.escape(f) for f in [*kinds, *(f.upper() for f in kinds)])
    names = sorted(vocabulary.municipalities, key=len, reverse=True)
    alternatives = (
        "|".join(
            [re.escape(name) + "s?" for name in names]
            + [re.escape(name.upper()) + "S?" for name in names]
        )
        or r"[A-ZÅÄÖ][a-zåäö]+"
    )
    regions = "|".join(
        re.escape(form)
        for name in vocabulary.region_municipalities
        for form in (name, name.upper())
    )
    region = rf"|(?:Region|REGION)\s(?P<region>{regions})(?![\wåäö])" if regions else ""
    return re.compile(
        rf"(?<![\wåäöÅÄÖ-])(?:(?P<name>{alternatives})\s(?:{forms or 'kommun'})(?![\wåäö]){region})"
    )


def _base_name(raw: str, vocabulary: Vocabulary) -> str:
    """'Stockholms' -> 'Stockholm' (a genitive s), 'Västerås' stays."""
    if raw in vocabulary.municipalities or not raw.endswith("s"):
        return raw
    return raw[:-1]


def _stems(profile: KommunProfile) -> set[str]:
    out = set()
    for known in profile.kallas:
        stem = known.casefold().rsplit(" ", 1)[0]
        out |= {stem, stem.removesuffix("s")}
    return out


def _profile_by_name(name: str, profiles: dict[str, KommunProfile]) -> str | None:
    folded = name.casefold()
    for profile in profiles.values():
        if folded in _stems(profile):
            return profile.id
    return None


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def _by_domain(address: str, profiles: dict[str, KommunProfile]) -> str | None:
    domain = _ascii(address.rsplit("@", 1)[-1])
    for profile in profiles.values():
        for known in profile.epostdomaner:
            known = _ascii(known)
            if domain == known or domain.endswith("." + known):
                return profile.id
    return None


def _own_domain(address: str, text: str, vocabulary: Vocabulary) -> str | None:
    """'viktoria.thonang@huddinge.se' -> 'huddinge': a municipality's staff write from its
    own domain, which is its name (one of the country's municipalities)."""
    domain = address.rsplit("@", 1)[-1].casefold()
    if not domain.endswith(".se") or domain in vocabulary.foreign_domains:
        return None
    name = domain.removesuffix(".se").rsplit(".", 1)[-1]
    ident = kommun_id(name)
    known = {kommun_id(municipality) for municipality in vocabulary.municipalities}
    return ident if ident and ident in known else None


#: A person's name and a comma just before a municipality's name: the affiliation of a guest
#: on a protocol's roll ("Övriga … Maria Ek, Exempelby kommun"), not the deciding municipality.
_GUEST = re.compile(
    r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2},\s*$"
)


def _guest(found: re.Match[str]) -> bool:
    return bool(_GUEST.search(found.string[max(0, found.start() - 60) : found.start()]))


def _candidate(found: re.Match[str], vocabulary: Vocabulary) -> str | None:
    if _guest(found):
        return None
    written = found.group("name") or found.groupdict().get("region") or ""
    if written.isupper():
        # Back from capitals to the name as the list writes it.
        capitals = {name.upper(): name for name in vocabulary.municipalities}
        if written in capitals:
            return capitals[written]
        if written.endswith("S") and written[:-1] in capitals:
            return capitals[written[:-1]]
        return None
    return _base_name(written, vocabulary)


def detect_kommun(
    lines: list[Line], vocabulary: Vocabulary, number: str | None = None
) -> KommunEvidence | None:
    profiles = vocabulary.profiles
    pattern = _name_pattern(vocabulary)
    seen = 0
    letterhead: list[Line] = []
    for line in lines:
        letterhead.append(line)
        seen += len(line.text) + 1
        if seen > LETTERHEAD:
            break
    # 1. The letterhead names the municipality.
    for line in letterhead:
        for found in pattern.finditer(line.text[:LETTERHEAD]):
            name = _candidate(found, vocabulary)
            if name is None:
                continue
            ident = _profile_by_name(name, profiles) or kommun_id(name)
            if ident:
                return KommunEvidence(ident, "brevhuvud", line)
    # 2. The e-mail domain of its staff.
    text = "\n".join(line.text for line in lines)
    for line in lines:
        for found in EMAIL.finditer(line.text):
            known = _by_domain(found.group(0), profiles) or _own_domain(
                found.group(0), text, vocabulary
            )
            if known:
                return KommunEvidence(known, "epost", line)
    # 3. A diarienummer format only one profile has.
    if number:
        fitting = {
            profile.id
            for profile in profiles.values()
            for fmt in profile.diarieformat
            if fmt.pattern.fullmatch(number)
        }
        if len(fitting) == 1:
            return KommunEvidence(fitting.pop(), "diarienummer", None)
    # 4. The name it goes by, most often in the text ("X kommun", "X stad", or a profile's
    # own name at least twice).
    counts: Counter[str] = Counter()
    first: dict[str, Line] = {}
    for line in lines:
        for found in pattern.finditer(line.text):
            candidate = _candidate(found, vocabulary)
            named = (
                (_profile_by_name(candidate, profiles) or kommun_id(candidate))
                if candidate
                else None
            )
            if named:
                counts[named] += 2
                first.setdefault(named, line)
        for profile in profiles.values():
            stems = sorted(_stems(profile), key=len, reverse=True)
            hits = re.findall(
                r"(?<![\wåäö])(?:" + "|".join(re.escape(s) for s in stems) + r")(?![\wåäö])",
                line.text.casefold(),
            )
            if hits:
                counts[profile.id] += len(hits)
                first.setdefault(profile.id, line)
    if counts:
        ident, count = counts.most_common(1)[0]
        if count >= 2:
            return KommunEvidence(ident, "text", first[ident])
    # 5. The municipality named once where only its own can stand: a body or an
    # administration "i <Name>" ("Socialnämnden i Exempelby"), the place of signing before
    # the date ("Exempelby den 3 maj 2013"), its council ("Exempelby kommunfullmäktige"), a
    # protocol's place of meeting; only when one municipality is so named.
    placed: dict[str, Line] = {}
    where = _placed_pattern(vocabulary)
    for line in lines:
        for found in where.finditer(line.text):
            name = next(found.group(key) for key in "abcdefg" if found.group(key))
            ident = _profile_by_name(name, profiles) or kommun_id(name)
            if ident:
                placed.setdefault(ident, line)
    if len(placed) == 1:
        ident, line = next(iter(placed.items()))
        return KommunEvidence(ident, "text", line)
    # 6. Words only one municipality uses for its own bodies and offices ([kommun]
    # kannetecken in its lasning.toml: "Borgarrådsberedningen").
    marked: dict[str, Line] = {}
    for ident, overlay in vocabulary.overlays.items():
        marks = overlay.kommun.kannetecken
        if not marks:
            continue
        mark = re.compile(
            r"(?<![\wåäö])(?:" + "|".join(re.escape(m) for m in marks) + r")(?![\wåäö])",
            re.IGNORECASE,
        )
        for line in lines:
            if mark.search(line.text):
                marked.setdefault(ident, line)
                break
    if len(marked) == 1:
        ident, line = next(iter(marked.items()))
        return KommunEvidence(ident, "text", line)
    return _named_as_the_place(lines, vocabulary)


def _named_as_the_place(lines: list[Line], vocabulary: Vocabulary) -> KommunEvidence | None:
    """7. The place the document's matter is in ("principer för medborgardialog i
    Exempelby"), when that is the only municipality the text names at all: a text that names
    two (a conference in one, a neighbour) names none."""
    names = "|".join(
        re.escape(name) for name in sorted(vocabulary.municipalities, key=len, reverse=True)
    )
    if not names:
        return None
    anywhere = re.compile(rf"(?<![\wåäöÅÄÖ-])({names})s?(?![\wåäö-])")
    placed = re.compile(rf"(?<![\wåäöÅÄÖ-])i\s+({names})(?![\wåäö-])")
    named: set[str] = set()
    first: Line | None = None
    for line in lines:
        named.update(found.group(1) for found in anywhere.finditer(line.text))
        if first is None and placed.search(line.text):
            first = line
    if first is None or len(named) != 1:
        return None
    ident = _profile_by_name(next(iter(named)), vocabulary.profiles) or kommun_id(next(iter(named)))
    return KommunEvidence(ident, "text", first) if ident else None


_TOWN_HALL = "[Kk]ommunhus(?:et)?|[Kk]ommunkontor(?:et)?|[Ss]tadshus(?:et)?"
_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"


def _placed_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    names = "|".join(
        re.escape(name) for name in sorted(vocabulary.municipalities, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:(?:nämnden|styrelsen|fullmäktige|förvaltningen|kontoret)\s+i\s+(?P<a>{names})"
        rf"(?![\wåäö-])|(?<![\wåäö-])(?P<b>{names}),?\s+den\s+\d{{1,2}}\s+(?:{_MONTHS})\b"
        # "ledamot i Exempelby kommunfullmäktige": the municipality's own council or board.
        rf"|(?<![\wåäö-])(?P<c>{names})s?\s+(?:kommunfullmäktige|kommunstyrelse)"
        # A protocol's place of meeting: "Plats och tid Kommunhuset, Exempelby 2018-09-11".
        rf"|\bPlats och tid\b[^\n]{{0,60}}?(?<![\wåäö-])(?P<d>{names})(?![\wåäö-])"
        # Where the protocol is kept, in its notice: "Protokollet förvaras på
        # samhällsbyggnadsförvaltningen, Folkets Hus, Exempelby".
        rf"|\b(?:Förvaringsplats(?: för protokollet)?|Protokollet förvaras)\b[^\n]{{0,80}}?"
        rf"(?<![\wåäö-])(?P<e>{names})(?![\wåäö-])"
        # Its own town hall, where its bodies meet: "Plats Sammanträdesrummet, Exempelby
        # kommunhus", "Kommunhuset i Exempelby".
        rf"|(?<![\wåäö-])(?P<f>{names})s?\s+(?:{_TOWN_HALL})(?![\wåäö])"
        rf"|\b(?:{_TOWN_HALL})\s+i\s+(?P<g>{names})(?![\wåäö-]))"
    )
