"""Regular expressions that come from data (a rule's ``matches``, a registry's diarienummer
format) are vetted before anything runs them.

Python's ``re`` backtracks: ``(a+)+b`` takes exponential time, and ``.*.*x`` quadratic time, on
a text that almost matches, and a draft can hold such a text. A pattern is accepted only when a
backtracking matcher runs it in time linear in the text (up to a factor set by the pattern
itself). ``check`` refuses, with the reason:

- a quantifier inside a quantified group (``(a+)+``, ``(a*)*``, ``(ab{2,})+``): nested
  quantifiers;
- an alternation inside a quantified group whose branches can start with the same character
  (``(a|ab)*``);
- two unbounded quantifiers whose characters overlap with nothing between them that the first
  cannot consume (``a*a*``, ``.*.*x``, ``[a-z]+[a-z0-9]*``): polynomial backtracking;
- back-references, look-arounds and conditionals (not regular, and not in durable_rules);
- patterns longer than ``MAX_PATTERN``, and patterns ``re`` does not compile.

The analysis is conservative: when it cannot tell whether two character sets overlap (Unicode
categories, say) it assumes they do. ``[A-Z]{2,5}-[0-9]{4}-[0-9]+`` passes; so do all of the
shipped rules and registry formats (a test checks them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The parser behind ``re`` (private, but stable since 3.11; ``sre_parse`` is its old name).
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MAX_PATTERN = 500
#: A bounded repeat with a larger maximum is treated as unbounded.
SMALL_REPEAT = 16


class UnsafePattern(ValueError):
    """A pattern refused, with the reason in English and Swedish."""

    def __init__(self, sv: str, en: str) -> None:
        super().__init__(en)
        self.sv = sv
        self.en = en

    def text(self, lang: str) -> str:
        return self.sv if lang == "sv" else self.en


@dataclass(frozen=True)
class _Chars:
    """A conservative set of characters: exact ASCII codes and non-ASCII characters, plus a
    flag for 'some other non-ASCII characters' (categories, wide ranges, negations)."""

    ascii: frozenset[int] = frozenset()
    other: frozenset[str] = frozenset()
    any_other: bool = False

    def __or__(self, more: _Chars) -> _Chars:
        any_other = self.any_other or more.any_other
        return _Chars(self.ascii | more.ascii, self.other | more.other, any_other)

    def overlaps(self, more: _Chars) -> bool:
        if self.ascii & more.ascii or self.other & more.other:
            return True
        if self.any_other and (more.any_other or more.other):
            return True
        return bool(more.any_other and self.other)

    @property
    def empty(self) -> bool:
        return not (self.ascii or self.other or self.any_other)


_NOTHING = _Chars()
_EVERYTHING = _Chars(frozenset(range(128)), frozenset(), True)


def _char(code: int) -> _Chars:
    if code < 128:
        return _Chars(frozenset({code}))
    return _Chars(other=frozenset({chr(code)}))


def _category(name: Any) -> _Chars:
    text = str(name)
    if "DIGIT" in text:
        chars = _Chars(frozenset(range(48, 58)), any_other=True)
    elif "SPACE" in text:
        chars = _Chars(frozenset({9, 10, 11, 12, 13, 28, 29, 30, 31, 32}), any_other=True)
    elif "WORD" in text:
        word = set(range(48, 58)) | set(range(65, 91)) | set(range(97, 123)) | {95}
        chars = _Chars(frozenset(word), any_other=True)
    else:
        return _EVERYTHING
    if "NOT" in text:
        return _Chars(frozenset(range(128)) - chars.ascii, any_other=True)
    return chars


def _charset(items: list[tuple[Any, Any]]) -> _Chars:
    negate = False
    chars = _NOTHING
    for op, value in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            chars = chars | _char(value)
        elif op is sre_constants.RANGE:
            low, high = value
            ascii_part = frozenset(range(low, min(high, 127) + 1))
            chars = chars | _Chars(ascii_part, any_other=high >= 128)
        elif op is sre_constants.CATEGORY:
            chars = chars | _category(value)
        else:
            return _EVERYTHING
    if negate:
        return _Chars(frozenset(range(128)) - chars.ascii, any_other=True)
    return chars


def _refuse(sv: str, en: str) -> UnsafePattern:
    return UnsafePattern(sv, en)


class _Scan:
    """Walks the parsed pattern once, keeping the characters of the open unbounded run."""

    def items(self, items: Any, open_run: _Chars | None) -> _Chars | None:
        for op, value in items:
            open_run = self.item(op, value, open_run)
        return open_run

    def item(self, op: Any, value: Any, open_run: _Chars | None) -> _Chars | None:
        c = sre_constants
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            chars = _chars_of(op, value)
            return open_run if open_run is not None and chars.overlaps(open_run) else None
        if op is c.AT:
            return open_run
        if op is c.SUBPATTERN:
            return self.items(value[-1], open_run)
        if op is c.BRANCH:
            ends = [self.items(branch, open_run) for branch in value[1]]
            merged = [end for end in ends if end is not None]
            if not merged:
                return None
            out = merged[0]
            for end in merged[1:]:
                out = out | end
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, body = value
            unbounded = high is c.MAXREPEAT or high > SMALL_REPEAT
            if high is c.MAXREPEAT or high > 1:
                if _has_repeat(body):
                    raise _refuse(
                        "nästlade kvantifierare (t.ex. (a+)+) kan ta exponentiell tid",
                        "nested quantifiers (such as (a+)+) can take exponential time",
                    )
                _check_branches(body)
            chars = _all_chars(body)
            if unbounded:
                if open_run is not None and chars.overlaps(open_run):
                    raise _refuse(
                        "två obegränsade kvantifierare efter varandra över samma tecken "
                        "(t.ex. .*.*) kan ta polynomisk tid",
                        "two unbounded quantifiers in a row over the same characters "
                        "(such as .*.*) can take polynomial time",
                    )
                # A mandatory run ends the open one (they share no character); an optional
                # one extends it: after a*b*, another a* would backtrack against the first.
                return chars if low >= 1 or open_run is None else open_run | chars
            after = self.items(body, open_run)
            if low >= 1 or after is None:
                return after if low >= 1 else open_run
            return after if open_run is None else open_run | after
        if op in (c.GROUPREF, c.GROUPREF_EXISTS):
            raise _refuse("bakåtreferenser stöds inte", "back-references are not supported")
        if op in (c.ASSERT, c.ASSERT_NOT):
            raise _refuse(
                "lookahead och lookbehind stöds inte",
                "look-ahead and look-behind are not supported",
            )
        if op is getattr(c, "ATOMIC_GROUP", None):
            return self.items(value, open_run)
        raise _refuse(f"okänd konstruktion ({op})", f"unsupported construct ({op})")


def _chars_of(op: Any, value: Any) -> _Chars:
    c = sre_constants
    if op is c.LITERAL:
        return _char(value)
    if op is c.NOT_LITERAL:
        return _Chars(frozenset(range(128)) - {value}, any_other=True)
    if op is c.ANY:
        return _EVERYTHING
    return _charset(value)


def _all_chars(items: Any) -> _Chars:
    """Every character a sub-pattern can consume."""
    c = sre_constants
    out = _NOTHING
    for op, value in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            out = out | _chars_of(op, value)
        elif op is c.SUBPATTERN:
            out = out | _all_chars(value[-1])
        elif op is c.BRANCH:
            for branch in value[1]:
                out = out | _all_chars(branch)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            out = out | _all_chars(value[2])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            out = out | _all_chars(value)
        elif op is not c.AT:
            return _EVERYTHING
    return out


def _first_chars(items: Any) -> _Chars:
    """The characters a sub-pattern can start with (conservatively: more, never fewer)."""
    c = sre_constants
    out = _NOTHING
    for op, value in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            return out | _chars_of(op, value)
        if op is c.AT:
            continue
        if op is c.SUBPATTERN:
            inner = value[-1]
            out = out | _first_chars(inner)
            if not _can_be_empty(inner):
                return out
        elif op is c.BRANCH:
            for branch in value[1]:
                out = out | _first_chars(branch)
            if not any(_can_be_empty(branch) for branch in value[1]):
                return out
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            out = out | _first_chars(value[2])
            if value[0] >= 1 and not _can_be_empty(value[2]):
                return out
        else:
            return _EVERYTHING
    return out


def _can_be_empty(items: Any) -> bool:
    c = sre_constants
    for op, value in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            return False
        if op is c.SUBPATTERN and not _can_be_empty(value[-1]):
            return False
        if op is c.BRANCH and not any(_can_be_empty(branch) for branch in value[1]):
            return False
        if (
            op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None))
            and value[0] >= 1
            and not _can_be_empty(value[2])
        ):
            return False
    return True


def _has_repeat(items: Any) -> bool:
    c = sre_constants
    for op, value in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if value[1] is c.MAXREPEAT or value[1] > 1:
                return True
            if _has_repeat(value[2]):
                return True
        elif op is c.SUBPATTERN:
            if _has_repeat(value[-1]):
                return True
        elif op is c.BRANCH:
            if any(_has_repeat(branch) for branch in value[1]):
                return True
        elif op is getattr(c, "ATOMIC_GROUP", None) and _has_repeat(value):
            return True
    return False


def _check_branches(items: Any) -> None:
    """Alternatives inside a repeated group must start with different characters."""
    c = sre_constants
    for op, value in items:
        if op is c.BRANCH:
            seen = _NOTHING
            for branch in value[1]:
                first = _first_chars(branch)
                if first.overlaps(seen) or _can_be_empty(branch):
                    raise _refuse(
                        "alternativ i en upprepad grupp som kan börja med samma tecken "
                        "(t.ex. (a|ab)*) kan ta exponentiell tid",
                        "alternatives in a repeated group that can start with the same "
                        "character (such as (a|ab)*) can take exponential time",
                    )
                seen = seen | first
                _check_branches(branch)
        elif op is c.SUBPATTERN:
            _check_branches(value[-1])


_CHECKED: dict[str, UnsafePattern | None] = {}


def check(pattern: str) -> None:
    """Raises ``UnsafePattern`` unless ``pattern`` is safe to run on any text (see above)."""
    if pattern in _CHECKED:
        found = _CHECKED[pattern]
        if found is not None:
            raise found
        return
    try:
        _check(pattern)
    except UnsafePattern as refused:
        _CHECKED[pattern] = refused
        raise
    _CHECKED[pattern] = None


def _check(pattern: str) -> None:
    if len(pattern) > MAX_PATTERN:
        raise _refuse(
            f"mönstret är längre än {MAX_PATTERN} tecken",
            f"the pattern is longer than {MAX_PATTERN} characters",
        )
    try:
        re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        raise _refuse(f"ogiltigt mönster: {exc}", f"invalid pattern: {exc}") from None
    items = parsed.data if hasattr(parsed, "data") else list(parsed)
    _Scan().items(items, None)


def is_safe(pattern: str) -> bool:
    try:
        check(pattern)
    except UnsafePattern:
        return False
    return True
