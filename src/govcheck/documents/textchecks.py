"""Checks over the whole text of a case document (or every text of a structured draft), as
named values the rules can test.

- Template placeholders of any length in the template style ("[Här kommer namnet på de
  handlingar … under denna rubrik.]", "[FYLL I: …]", "ÅÅÅÅ-MM-DD", "XXX"), never a citation
  ("[1]"), an editorial mark ("[sic]") or a publisher's masking ("[e-post]", "[namn]").
- Body names anywhere, capitalised or not ("Kommunfyllmäktiges protokoll", "skrivelsen till
  kommunstyrelen"), compared with the bodies the municipality has (and the common ones), with
  the closest known name.
- Decision points numbered in sequence ("1. … 3. 4." is not), and each body named one way
  across the points ("nämnden för Konsument- och medborgarservice" / "nämnden för
  medborgarservice" is two ways).

Every pass is linear in the length of the text: the patterns are compiled once, the fuzzy
comparison runs only on the distinct words that contain a body-name root.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Sequence

from govcheck.documents.vocabulary import Vocabulary

Scalar = str | int | float | bool

#: Values this module gives the rules (declared in facts.FACT_SCHEMA).
VALUE_NAMES = (
    "antal_platshallare",
    "platshallare",
    "antal_felstavade_organ",
    "felstavade_organ",
    "beslutspunkter_i_foljd",
    "beslutspunkter_numrering",
    "antal_organ_med_olika_namn",
    "organ_med_olika_namn",
)
_MAX_SHOWN = 5


def placeholders(texts: Iterable[str], vocabulary: Vocabulary) -> list[str]:
    """Template placeholders left in the texts, in order of first appearance, each once."""
    found: dict[str, None] = {}
    if not vocabulary.placeholders:
        return []
    pattern = re.compile("|".join(f"(?:{p.pattern})" for p in vocabulary.placeholders))
    for text in texts:
        for match in pattern.finditer(text):
            value = match.group(0)
            if value.startswith("[") and not _is_placeholder(value[1:-1], vocabulary):
                continue
            found.setdefault(re.sub(r"\s+", " ", value).strip(), None)
    return list(found)


def _is_placeholder(inner: str, vocabulary: Vocabulary) -> bool:
    if vocabulary.instruction is not None and vocabulary.instruction.match(inner):
        return True
    return not any(p.search(inner) for p in vocabulary.not_placeholders)


def _forms(name: str) -> set[str]:
    """A one-word body name in its written forms: Kommunstyrelsen, Kommunstyrelsens,
    kommunstyrelse, kommunstyrelses."""
    word = name.casefold()
    forms = {word, word + "s"}
    for ending in ("en", "et", "n"):
        if word.endswith(ending) and len(word) > 6:
            stem = word[: -len(ending)]
            forms |= {stem, stem + "s"}
    return forms


def misspelt_bodies(
    texts: Iterable[str],
    known: Sequence[str],
    vocabulary: Vocabulary,
    already: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """(word as written, closest known name) for words that read as a body's name but are no
    known body's: misspellings ("Kommunfyllmäktiges", "kommunstyrelen", "Serviceämnden").
    Words of ``already`` (names the organ checks judge on their own, such as the deciding
    body) are not said twice."""
    roots = vocabulary.organ_roots
    if not roots:
        return []
    key = tuple(known)
    variants = _variants(key)
    seen: dict[str, str] = {
        word.casefold(): "" for name in already for word in re.findall(r"[\wåäöÅÄÖ]+", name)
    }
    for word in list(seen):
        # The same name's other forms: "Serviceämnden" checked, "Serviceämndens" too.
        for form in (word + "s", word.removesuffix("s")):
            seen.setdefault(form, "")
    out: list[tuple[str, str]] = []
    # One text, lower-cased (the same length: positions carry over), searched for each root
    # with str.find (C speed; a regular expression alternation of non-ASCII words is slow).
    text = "\x00".join(part.replace("\x00", " ") for part in texts)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    hits = sorted(
        {index for root in {root.lower() for root in roots} for index in _find_all(lowered, root)}
    )
    last_end = -1
    for position in hits:
        if position < last_end:
            continue  # another root of the same word ("nämnden": nämn, ämnd)
        start = position
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        tail = _WORD_TAIL.match(text, position)
        end = last_end = tail.end() if tail else position
        # No body's name has a digit: a list number a publisher ran onto the name
        # ("Till kommunstyrelsen1. Information") is not part of it.
        word = text[start:end].lstrip("-0123456789").rstrip("0123456789")
        folded = word.casefold()
        if len(folded) < 9 or folded in variants or folded in seen:
            continue
        joined = _line_break_joined(folded)
        if joined != folded and (joined in variants or joined in seen):
            continue  # "kommunfull-mäktige": a word broken at a line end, kept by a publisher
        close = _closest(folded, key)
        seen[folded] = close[0] if close else ""
        if close and folded[:3] == close[0][:3] and not _compound(folded, variants):
            out.append((word, _as_written(word, variants[close[0]], close[0])))
    return out


def _line_break_joined(word: str) -> str:
    """A word a line-end hyphen broke, joined again ("kommunfull-mäktige" -> "kommunfullmäktige");
    a hyphen before "och" or "samt" ("kultur-och") joins two words and stays."""
    return re.sub(r"(?<=[a-zåäö])-(?!(?:och|samt|eller)\b)(?=[a-zåäö])", "", word)


@functools.lru_cache(maxsize=64)
def _variants(known: tuple[str, ...]) -> dict[str, str]:
    """Every written form of the one-word body names -> the name (kept per registry)."""
    variants: dict[str, str] = {}
    for name in known:
        if " " not in name.strip():
            for form in _forms(name):
                variants[form] = name
    return variants


_WORD_TAIL = re.compile(r"[^\W_]*")


def _find_all(text: str, part: str) -> Iterable[int]:
    index = text.find(part)
    while index >= 0:
        yield index
        index = text.find(part, index + 1)


@functools.lru_cache(maxsize=8192)
def _closest(word: str, known: tuple[str, ...]) -> list[str]:
    """The closest known form of a word (the same words recur from draft to draft)."""
    return difflib.get_close_matches(word, list(_variants(known)), n=1, cutoff=0.88)


def _compound(word: str, variants: dict[str, str]) -> bool:
    """A real word built on a body's name ("kommunstyrelseordförande") is no misspelling."""
    return any(word.startswith(form) and len(word) > len(form) + 3 for form in variants)


def _as_written(word: str, name: str, form: str) -> str:
    """The known name in the form the word has (genitive, lower case)."""
    shown = form
    if word[:1].isupper():
        shown = shown[:1].upper() + shown[1:]
    elif name[:1].isupper() and word[:1].islower():
        shown = shown[:1].lower() + shown[1:]
    return shown


_BODY_IN_POINT = re.compile(
    r"\b((?:[Nn]ämnden|[Ss]tyrelsen|[Uu]tskottet) för [\wåäöÅÄÖ-]+(?: (?:och|samt) [\wåäöÅÄÖ-]+)?)"
)


def decision_points(numbers: Sequence[str], points: Sequence[str]) -> dict[str, Scalar]:
    """Numbering in sequence, and the bodies named in the points named one way."""
    values: dict[str, Scalar] = {}
    if numbers:
        # Numbering may start again at 1 for a second body ("I kommunstyrelsen: 1. 2.",
        # "I kommunfullmäktige: 1."); within a run it goes 1, 2, 3 …
        runs: list[list[int]] = []
        for number in (int(n) for n in numbers if n.isdigit()):
            if number == 1 or not runs:
                runs.append([])
            runs[-1].append(number)
        values["beslutspunkter_i_foljd"] = all(run == list(range(1, len(run) + 1)) for run in runs)
        values["beslutspunkter_numrering"] = ", ".join(numbers)
    names: dict[str, dict[str, str]] = {}
    for point in points:
        for match in _BODY_IN_POINT.finditer(point):
            phrase = match.group(1)
            head = phrase.split(" för ", 1)[0].casefold()
            last = phrase.rsplit(" ", 1)[-1].casefold().rstrip(".,")
            # A capital at the start of a sentence is no other name.
            names.setdefault(f"{head}|{last}", {}).setdefault(phrase.casefold(), phrase)
    twice = sorted(" / ".join(sorted(forms.values())) for forms in names.values() if len(forms) > 1)
    values["antal_organ_med_olika_namn"] = len(twice)
    if twice:
        values["organ_med_olika_namn"] = "; ".join(twice[:_MAX_SHOWN])
    return values


def check_texts(
    texts: Sequence[str],
    vocabulary: Vocabulary,
    known_bodies: Sequence[str],
    numbers: Sequence[str] = (),
    points: Sequence[str] = (),
    already: Iterable[str] = (),
) -> dict[str, Scalar]:
    """Every value of this module for the given texts."""
    values: dict[str, Scalar] = {}
    found = placeholders(texts, vocabulary)
    values["antal_platshallare"] = len(found)
    if found:
        values["platshallare"] = ", ".join(_short(item) for item in found[:_MAX_SHOWN])
    wrong = misspelt_bodies(texts, known_bodies, vocabulary, already)
    values["antal_felstavade_organ"] = len(wrong)
    if wrong:
        values["felstavade_organ"] = "; ".join(
            f"{word} (menade du {guess}?)" for word, guess in wrong[:_MAX_SHOWN]
        )
    values.update(decision_points(numbers, points))
    return values


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…]"
