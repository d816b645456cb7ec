"""Swedish dates in the forms municipal documents write them.

"2023-05-15", "2023-5-15", "15 maj 2023", "den 15 maj 2023", "15 maj, 2023", "15 jan. 2023",
"15/5 2023", "15/5-2023", "15.5.2023", "230620" (YYMMDD, as in "beslut 230620 § 56") and
"20230620". A form that names an impossible day ("2023-02-30") is no date.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
_SHORT = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_WORD = "|".join(sorted([*MONTHS, *_SHORT], key=len, reverse=True))

#: One alternative per form; the named groups say which parts it gives.
DATE_PATTERN = re.compile(
    r"(?<![\d/.-])(?:"
    r"(?P<iy>(?:19|20)\d{2})-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)"
    r"|(?P<wd>[0-3]?\d)(?:\s*:?e)?\s+(?P<wm>" + _MONTH_WORD + r")\.?,?\s+(?P<wy>(?:19|20)\d{2})"
    r"|(?P<sd>[0-3]?\d)/(?P<sm>[01]?\d)(?:\s+|\s*-\s*|/)(?P<sy>(?:19|20)\d{2})"
    r"|(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<dy>(?:19|20)\d{2})"
    r"|(?P<ly>(?:19|20)\d{2})(?P<lm>[01]\d)(?P<ld>[0-3]\d)"
    r"|(?P<cy>\d{2})(?P<cm>[01]\d)(?P<cd>[0-3]\d)"
    r")(?![\d/-])",
    re.IGNORECASE,
)


def _month(word: str) -> int:
    word = word.casefold().rstrip(".")
    return MONTHS.get(word) or _SHORT[word]


def parse_match(match: re.Match[str]) -> dt.date | None:
    """The date a DATE_PATTERN match names, or None when the day does not exist."""
    groups = match.groupdict()
    try:
        if groups["iy"]:
            return dt.date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        if groups["wy"]:
            return dt.date(int(groups["wy"]), _month(groups["wm"]), int(groups["wd"]))
        if groups["sy"]:
            return dt.date(int(groups["sy"]), int(groups["sm"]), int(groups["sd"]))
        if groups["dy"]:
            return dt.date(int(groups["dy"]), int(groups["dm"]), int(groups["dd"]))
        if groups["ly"]:
            return dt.date(int(groups["ly"]), int(groups["lm"]), int(groups["ld"]))
        if groups["cy"]:
            year = 2000 + int(groups["cy"])
            if year > dt.date.today().year + 1:
                year -= 100
            return dt.date(year, int(groups["cm"]), int(groups["cd"]))
    except (ValueError, KeyError):
        return None
    return None


def compact(match: re.Match[str]) -> bool:
    """A six- or eight-digit form (230620): a date only where a date is expected."""
    return bool(match.group("cy") or match.group("ly"))


def find_dates(text: str, *, compact_forms: bool = False) -> list[tuple[dt.date, re.Match[str]]]:
    """Every date in the text, in order. Six- and eight-digit runs count only when asked
    (they are just as often numbers)."""
    out = []
    for match in DATE_PATTERN.finditer(text):
        if compact(match) and not compact_forms:
            continue
        value = parse_match(match)
        if value is not None:
            out.append((value, match))
    return out


def first_date(text: str, *, compact_forms: bool = True) -> tuple[dt.date, re.Match[str]] | None:
    found = find_dates(text, compact_forms=compact_forms)
    return found[0] if found else None


def parse_date(text: str) -> dt.date | None:
    """The date a whole string names (surrounding space and a trailing period allowed)."""
    text = text.strip().rstrip(".").strip()
    match = DATE_PATTERN.fullmatch(text)
    if match is None:
        match = DATE_PATTERN.fullmatch(re.sub(r"^den\s+", "", text, flags=re.IGNORECASE))
    return parse_match(match) if match else None
