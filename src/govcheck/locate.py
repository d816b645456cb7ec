"""Where each value of a draft stands: key paths (``poster[1].finansiering``) to line and column.

tomli and json do not report positions, so this module parses the text a second time with a
small parser that knows the structure of TOML and JSON (strings of every kind, comments, arrays,
inline tables, tables and arrays of tables) and keeps positions, instead of scanning lines: a
``[[poster]]`` inside a multi-line string is text, not a table. It runs only on text the real
parser has accepted, in one pass (time linear in the size of the text), and never raises: on
anything it does not expect it stops and returns what it has, so a finding without a position
still names the file and the key.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

Position = tuple[int, int]  # (line, column), both from 1; the column counts code points

_SCALAR_END = frozenset(",]}#\n\r")


class _Stop(Exception):
    """The text is not what this parser expects: keep what was found so far."""


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.n = len(text)
        self.found: dict[str, Position] = {}
        starts = [0]
        index = text.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = text.find("\n", index + 1)
        self._starts = starts

    def position(self, index: int) -> Position:
        line = bisect.bisect_right(self._starts, index)
        return line, index - self._starts[line - 1] + 1

    def record(self, path: str, index: int) -> None:
        if path and path not in self.found:
            self.found[path] = self.position(index)

    def peek(self, ahead: int = 0) -> str:
        j = self.i + ahead
        return self.text[j] if j < self.n else ""

    def startswith(self, prefix: str) -> bool:
        return self.text.startswith(prefix, self.i)


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


# --- TOML --------------------------------------------------------------------------------------


#: Blanks and comments on one line; with newlines, across lines (inside arrays).
_SPACE = re.compile(r"(?:[ \t]+|#[^\n]*)*")
_SPACE_NL = re.compile(r"(?:[ \t\r\n]+|#[^\n]*)*")
#: A basic string on one line (a backslash escapes the next character, whatever it is), a
#: literal string on one line, a bare key, the rest of a scalar value.
_BASIC = re.compile(r'"[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*"')
_LITERAL = re.compile(r"'[^'\n]*'")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SCALAR = re.compile(r"[^,\]}#\n\r]+")


_STRING = r'"[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*"' r"|'[^'\n]*'"
_PLAIN = r'[^,\]}#\n\r"\'\[{ \t][^,\]}#\n\r]*'
_NOT_TRIPLE = r"(?!\"\"\"|''')"
#: An array item that is a string on one line (not a multi-line one), and the blanks, line
#: breaks and comments after it.
_ITEM_STRING = re.compile(rf"{_NOT_TRIPLE}(?:{_STRING})(?:[ \t\r\n]+|#[^\n]*)*")
#: A pair of an inline table with a bare key and a string on one line or a plain scalar, and
#: the blanks after it.
_INLINE_PAIR = re.compile(
    rf"([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:{_NOT_TRIPLE}(?:{_STRING})|{_PLAIN})(?:[ \t]+|#[^\n]*)*"
)


def _toml_space(s: _Text, newlines: bool) -> None:
    """Skips blanks, and comments; with ``newlines`` also line breaks (inside arrays)."""
    s.i = (_SPACE_NL if newlines else _SPACE).match(s.text, s.i).end()  # type: ignore[union-attr]


def _toml_string(s: _Text) -> str:
    """Reads a string of any of TOML's four kinds at ``s.i``; returns its raw content."""
    if s.startswith('"""') or s.startswith("'''"):
        quote = s.text[s.i : s.i + 3]
        start = s.i + 3
        j = start
        while True:
            end = s.text.find(quote, j)
            if end == -1:
                raise _Stop
            if quote == '"""':
                backslashes = 0
                k = end - 1
                while k >= start and s.text[k] == "\\":
                    backslashes += 1
                    k -= 1
                if backslashes % 2:
                    j = end + 1
                    continue
            # A closing run of up to five quotes ends the string ("""a"""" is 'a"').
            run = 3
            while run < 5 and s.text.startswith(quote[0], end + run):
                run += 1
            end += run - 3
            s.i = end + 3
            return s.text[start:end]
    found = (_BASIC if s.text[s.i] == '"' else _LITERAL).match(s.text, s.i)
    if found is None:  # unterminated, or a line break inside
        raise _Stop
    s.i = found.end()
    return s.text[found.start() + 1 : s.i - 1]


def _toml_key(s: _Text) -> list[str]:
    """A dotted key: its parts, quotes removed."""
    parts: list[str] = []
    while True:
        _toml_space(s, newlines=False)
        char = s.peek()
        if char in "\"'":
            parts.append(_toml_string(s))
        else:
            found = _BARE_KEY.match(s.text, s.i)
            if found is None:
                raise _Stop
            s.i = found.end()
            parts.append(found.group())
        _toml_space(s, newlines=False)
        if s.peek() != ".":
            return parts
        s.i += 1


def _toml_value(s: _Text, path: str) -> None:
    char = s.peek()
    if char in "\"'":
        _toml_string(s)
    elif char == "[":
        s.i += 1
        index = 0
        while True:
            _toml_space(s, newlines=True)
            if s.peek() == "]":
                s.i += 1
                return
            item = f"{path}[{index}]"
            s.record(item, s.i)
            found = _ITEM_STRING.match(s.text, s.i)  # the common item: a string on one line
            if found is not None:
                s.i = found.end()
            else:
                _toml_value(s, item)
                _toml_space(s, newlines=True)
            index += 1
            if s.peek() == ",":
                s.i += 1
            elif s.peek() == "]":
                s.i += 1
                return
            else:
                raise _Stop
    elif char == "{":
        s.i += 1
        while True:
            _toml_space(s, newlines=False)
            if s.peek() == "}":
                s.i += 1
                return
            start = s.i
            found = _INLINE_PAIR.match(s.text, start)  # the common pair: key = plain value
            if found is not None:
                s.record(_join(path, found[1]), start)
                s.i = found.end()
                if s.peek() == ",":
                    s.i += 1
                continue
            key = _join(path, ".".join(_toml_key(s)))
            s.record(key, start)
            if s.peek() != "=":
                raise _Stop
            s.i += 1
            _toml_space(s, newlines=False)
            _toml_value(s, key)
            _toml_space(s, newlines=False)
            if s.peek() == ",":
                s.i += 1
    elif char and char not in _SCALAR_END:
        s.i = _SCALAR.match(s.text, s.i).end()  # type: ignore[union-attr]
    else:
        raise _Stop


class _Tables:
    """The tables seen so far: which names are arrays of tables, and how many each has."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def resolve(self, parts: list[str]) -> str:
        """``a.b`` as a path, each array of tables on the way at its latest entry."""
        path = ""
        for part in parts:
            path = _join(path, part)
            if path in self.counts:
                path = f"{path}[{self.counts[path] - 1}]"
        return path

    def append(self, parts: list[str]) -> tuple[str, str]:
        parent = self.resolve(parts[:-1])
        name = _join(parent, parts[-1])
        index = self.counts.get(name, 0)
        self.counts[name] = index + 1
        return f"{name}[{index}]", name


#: The common line, read in one match: a bare key, ``=``, a string on one line or a plain
#: scalar, blanks and a comment, then the end of the line. Anything else (arrays, inline
#: tables, multi-line strings, dotted or quoted keys, tables) takes the general path.
_SIMPLE_LINE = re.compile(
    r"([A-Za-z0-9_-]+)[ \t]*=[ \t]*"
    r'(?:"[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*"'
    r"|'[^'\n]*'"
    r'|[^,\]}#\n\r"\'\[{ \t][^,\]}#\n\r]*)'
    r"(?:[ \t]+|#[^\n]*)*(?=[\r\n]|\Z)"
)


def toml_positions(text: str) -> dict[str, Position]:
    s = _Text(text)
    tables = _Tables()
    prefix = ""
    found = s.found
    simple = _SIMPLE_LINE.match
    space = _SPACE_NL.match
    try:
        while s.i < s.n:
            s.i = space(text, s.i).end()  # type: ignore[union-attr]
            if s.i >= s.n:
                break
            start = s.i
            line = simple(text, start)
            if line is not None:
                key = f"{prefix}.{line[1]}" if prefix else line[1]
                if key not in found:
                    found[key] = s.position(start)
                s.i = line.end()
                continue
            if s.startswith("[["):
                s.i += 2
                parts = _toml_key(s)
                if not s.startswith("]]"):
                    raise _Stop
                s.i += 2
                prefix, name = tables.append(parts)
                s.record(name, start)
                s.record(prefix, start)
            elif s.peek() == "[":
                s.i += 1
                parts = _toml_key(s)
                if s.peek() != "]":
                    raise _Stop
                s.i += 1
                prefix = tables.resolve(parts)
                s.record(prefix, start)
            else:
                key = _join(prefix, ".".join(_toml_key(s)))
                s.record(key, start)
                if s.peek() != "=":
                    raise _Stop
                s.i += 1
                _toml_space(s, newlines=False)
                _toml_value(s, key)
            _toml_space(s, newlines=False)
            if s.i < s.n and s.peek() not in "\r\n":
                raise _Stop
    except _Stop:
        pass
    return s.found


# --- JSON --------------------------------------------------------------------------------------


def _json_space(s: _Text) -> None:
    while s.i < s.n and s.text[s.i] in " \t\r\n":
        s.i += 1


def _json_string(s: _Text) -> str:
    j = s.i + 1
    while j < s.n:
        char = s.text[j]
        if char == "\\":
            j += 2
            continue
        if char == '"':
            content = s.text[s.i + 1 : j]
            s.i = j + 1
            return content
        j += 1
    raise _Stop


def _json_value(s: _Text, path: str) -> None:
    """One JSON value; iterative over containers so deep nesting cannot exhaust the stack."""
    # Each frame: [path, is_array, next index]
    stack: list[list[object]] = []
    current = path
    while True:
        _json_space(s)
        char = s.peek()
        if char == "{" or char == "[":
            s.i += 1
            stack.append([current, char == "[", 0])
        elif char == '"':
            _json_string(s)
        elif char and char not in ",]}":
            while s.i < s.n and s.text[s.i] not in ",]} \t\r\n":
                s.i += 1
        else:
            raise _Stop
        # After a value (or an opening bracket): find the next value to read, or close.
        while True:
            if not stack:
                return
            frame = stack[-1]
            _json_space(s)
            char = s.peek()
            if char in "]}":
                s.i += 1
                stack.pop()
                continue
            if frame[2] != 0 or char == ",":
                if char != ",":
                    raise _Stop
                s.i += 1
                _json_space(s)
            base = str(frame[0])
            if frame[1]:
                current = f"{base}[{frame[2]}]"
                s.record(current, s.i)
            else:
                key_start = s.i
                if s.peek() != '"':
                    raise _Stop
                current = _join(base, _json_string(s))
                s.record(current, key_start)
                _json_space(s)
                if s.peek() != ":":
                    raise _Stop
                s.i += 1
            frame[2] = int(str(frame[2])) + 1
            break


def json_positions(text: str) -> dict[str, Position]:
    s = _Text(text)
    with contextlib.suppress(_Stop):
        _json_value(s, "")
    return s.found


# --- lookup -----------------------------------------------------------------------------------


def toml_lines(text: str) -> dict[str, int]:
    return {path: line for path, (line, _) in toml_positions(text).items()}


class LazyPositions(Mapping[str, Position]):
    """The positions in a text, found only when one is first asked for: most drafts of a batch
    have no finding, and parsing every one a second time would cost more than checking it."""

    def __init__(self, text: str, scan: Callable[[str], dict[str, Position]]) -> None:
        self._text: str | None = text
        self._scan = scan
        self._found: dict[str, Position] | None = None

    def _map(self) -> dict[str, Position]:
        if self._found is None:
            assert self._text is not None
            self._found = self._scan(self._text)
            self._text = None
        return self._found

    def __getitem__(self, key: str) -> Position:
        return self._map()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map())

    def __len__(self) -> int:
        return len(self._map())


class LineView(Mapping[str, int]):
    """The line numbers (``part=0``) or the columns (``part=1``) of a map of positions."""

    def __init__(self, positions: Mapping[str, Position], part: int = 0) -> None:
        self._positions = positions
        self._part = part

    def __getitem__(self, key: str) -> int:
        return self._positions[key][self._part]

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


def nearest(mapping: Mapping[str, object], path: str) -> str | None:
    """``path`` or its nearest ancestor that ``mapping`` has."""
    probe = path
    while probe:
        if probe in mapping:
            return probe
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return None


def line_of(lines: Mapping[str, int], path: str) -> int | None:
    """The line of ``path`` or of its nearest ancestor that has one."""
    found = nearest(lines, path)
    return None if found is None else lines[found]


# --- TOML parsed with its positions, for the common case ----------------------------------------

#: The part of TOML that drafts are written in, read in one pass that also keeps the positions:
#: bare keys, ``[table]``, ``[[array]]`` and ``[[table.array]]`` headers, strings on one line
#: without escapes, integers and floats in plain decimal, booleans, dates, arrays and inline
#: tables of these. Anything else (escapes, multi-line strings, quoted or dotted keys, times,
#: hexadecimal, underscores in numbers, a redefined key or table, ``\r``, a control character,
#: deeper nesting) is not guessed at: ``parse_toml`` answers None and the draft is read by tomli
#: and ``toml_positions``, as before. What it accepts, tomli reads to the same values (the tests
#: compare both, and the positions with ``toml_positions``, on thousands of drafts and mutations).
_COMMENT = r"#[^\x00-\x08\x0a-\x1f\x7f]*"
_LINE_END = re.compile(rf"[ \t]*(?:{_COMMENT})?(?:\n|\Z)")
_BLANK_LINES = re.compile(rf"(?:[ \t]*(?:{_COMMENT})?\n)*[ \t]*")
_LAST_COMMENT = re.compile(rf"{_COMMENT}\Z")
_BARE = r"[A-Za-z0-9_-]+"
_PAIR = re.compile(rf"({_BARE})[ \t]*=[ \t]*")
_ARRAY_HEADER = re.compile(rf"\[\[({_BARE})(?:\.({_BARE}))?\]\]{_LINE_END.pattern}")
_TABLE_HEADER = re.compile(rf"\[({_BARE})\]{_LINE_END.pattern}")
_ARRAY_GAP = re.compile(rf"(?:[ \t\n]+|{_COMMENT})*")
_BLANKS = re.compile(r"[ \t]*")
_VALUE = re.compile(
    r'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'  # 1: a basic string without escapes
    r"|'([^'\x00-\x08\x0a-\x1f\x7f]*)'"  # 2: a literal string
    r"|([0-9]{4})-([0-9]{2})-([0-9]{2})"  # 3-5: a date (a time after it is refused below)
    r"|(true|false)"  # 6
    r"|([+-]?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)"  # 7-9: a decimal number
)
#: The common line in one match: a bare key, ``=``, a string without escapes, a date, a
#: boolean or a decimal number, a comment, the end of the line (groups as in ``_VALUE``).
_SIMPLE_PAIR = re.compile(
    rf"({_BARE})[ \t]*=[ \t]*"
    r'(?:"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'  # 2: a basic string without escapes
    r"|([0-9]{4})-([0-9]{2})-([0-9]{2})"  # 3-5: a date
    r"|(true|false)"  # 6
    r"|([+-]?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?))"  # 7-9: a decimal number
    rf"{_LINE_END.pattern}"
)
#: An array item that is a basic string without escapes.
_ITEM_BASIC = re.compile(r'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"')
#: A pair of an inline table whose value is a scalar (groups of ``_VALUE`` one further on),
#: and the blanks after it, up to a comma or the closing brace.
_INLINE_PAIR_VALUE = re.compile(rf"({_BARE})[ \t]*=[ \t]*(?:{_VALUE.pattern})[ \t]*(?=[,}}])")
#: Containers within a value (an array in an inline table in an array …): past this, tomli.
_MAX_NESTING = 4


class _Refused(Exception):
    """Outside the part of TOML ``parse_toml`` reads: tomli reads the draft instead."""


def parse_toml(text: str) -> tuple[dict[str, Any], Mapping[str, Position]] | None:
    """The draft's data as ``tomli.loads`` gives it, and the positions ``toml_positions``
    gives (computed when first asked for), in one pass; None when the text uses anything
    outside the common part of TOML (see above). Nesting stays within 8 levels."""
    if "\r" in text:
        return None
    offsets: dict[str, int] = {}
    try:
        data = _parse_document(text, offsets)
    except (_Refused, ValueError, IndexError):
        return None
    return data, OffsetPositions(text, offsets)


class OffsetPositions(Mapping[str, Position]):
    """The positions of the keys whose offsets ``parse_toml`` kept, each computed when first
    asked for: a draft's findings ask for a few keys, most drafts for none. (A class, not a
    closure: a LoadedDraft crosses process boundaries, pickled, in serve.)"""

    __slots__ = ("_found", "_offsets", "_text")

    def __init__(self, text: str, offsets: dict[str, int]) -> None:
        self._text = text
        self._offsets = offsets
        self._found: dict[str, Position] = {}

    def __getitem__(self, key: str) -> Position:
        found = self._found.get(key)
        if found is None:
            offset = self._offsets[key]
            start = self._text.rfind("\n", 0, offset) + 1
            found = self._found[key] = (self._text.count("\n", 0, offset) + 1, offset - start + 1)
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._offsets

    def __iter__(self) -> Iterator[str]:
        return iter(self._offsets)

    def __len__(self) -> int:
        return len(self._offsets)


def _parse_document(text: str, offsets: dict[str, int]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    table = root
    prefix = ""
    explicit: set[str] = set()  # tables made by a [name] header
    arrays: set[str] = set()  # arrays of tables made by [[name]] headers
    counts: dict[str, int] = {}
    size = len(text)
    i = 0
    while True:
        if i < size and text[i] in " \t\n#":  # blank lines, comments, indentation
            i = _BLANK_LINES.match(text, i).end()  # type: ignore[union-attr]
        if i >= size:
            return root
        line = _SIMPLE_PAIR.match(text, i)
        if line is not None:
            key = line[1]
            if key in table:
                raise _Refused
            path = f"{prefix}.{key}" if prefix else key
            offsets.setdefault(path, i)
            kind = line.lastindex
            if kind == 2:
                table[key] = line[2]
            elif kind == 5:
                table[key] = dt.date(int(line[3]), int(line[4]), int(line[5]))
            elif kind == 6:
                table[key] = line[6] == "true"
            else:
                table[key] = float(line[7]) if line[8] or line[9] else int(line[7])
            i = line.end()
            continue
        char = text[i]
        if char == "#":
            if _LAST_COMMENT.match(text, i) is None:
                raise _Refused
            return root
        if char == "[":
            found = _ARRAY_HEADER.match(text, i)
            if found is not None:
                first, second = found[1], found[2]
                if second is None:
                    owner, key, name = root, first, first
                elif first in explicit:
                    owner, key, name = root[first], second, f"{first}.{second}"
                else:
                    raise _Refused
                if key not in owner:
                    owner[key] = []
                    arrays.add(name)
                elif name not in arrays:
                    raise _Refused
                table = {}
                owner[key].append(table)
                index = counts.get(name, 0)
                counts[name] = index + 1
                prefix = f"{name}[{index}]"
                offsets.setdefault(name, i)
                offsets.setdefault(prefix, i)
                i = found.end()
                continue
            found = _TABLE_HEADER.match(text, i)
            if found is None or found[1] in root:
                raise _Refused
            prefix = found[1]
            table = root[prefix] = {}
            explicit.add(prefix)
            offsets.setdefault(prefix, i)
            i = found.end()
            continue
        found = _PAIR.match(text, i)
        if found is None:
            raise _Refused
        key = found[1]
        if key in table:
            raise _Refused
        path = f"{prefix}.{key}" if prefix else key
        offsets.setdefault(path, i)
        table[key], i = _parse_value(text, found.end(), path, offsets, 0)
        end = _LINE_END.match(text, i)
        if end is None:
            raise _Refused
        i = end.end()


def _parse_value(
    text: str, i: int, path: str, offsets: dict[str, int], nesting: int
) -> tuple[Any, int]:
    char = text[i]
    if char == "[":
        if nesting >= _MAX_NESTING:
            raise _Refused
        items: list[Any] = []
        i += 1
        while True:
            if text[i] in " \t\n#":
                i = _ARRAY_GAP.match(text, i).end()  # type: ignore[union-attr]
            if text[i] == "]":
                return items, i + 1
            item = f"{path}[{len(items)}]"
            offsets.setdefault(item, i)
            found = _ITEM_BASIC.match(text, i)  # the common item: a string
            if found is not None:
                items.append(found[1])
                i = found.end()
            else:
                value, i = _parse_value(text, i, item, offsets, nesting + 1)
                items.append(value)
            if text[i] in " \t\n#":
                i = _ARRAY_GAP.match(text, i).end()  # type: ignore[union-attr]
            char = text[i]
            if char == ",":
                i += 1
            elif char == "]":
                return items, i + 1
            else:
                raise _Refused
    if char == "{":
        if nesting >= _MAX_NESTING:
            raise _Refused
        table: dict[str, Any] = {}
        i = _BLANKS.match(text, i + 1).end()  # type: ignore[union-attr]
        if text[i] == "}":
            return table, i + 1
        while True:
            pair = _INLINE_PAIR_VALUE.match(text, i)  # the common pair: key = scalar
            if pair is not None:
                name = pair[1]
                if name in table:
                    raise _Refused
                offsets.setdefault(f"{path}.{name}", i)
                table[name] = _scalar(pair, 1)
                i = pair.end()
            else:
                found = _PAIR.match(text, i)
                if found is None or found[1] in table:
                    raise _Refused
                key = f"{path}.{found[1]}"
                offsets.setdefault(key, i)
                table[found[1]], i = _parse_value(text, found.end(), key, offsets, nesting + 1)
                i = _BLANKS.match(text, i).end()  # type: ignore[union-attr]
            char = text[i]
            if char == ",":
                i = _BLANKS.match(text, i + 1).end()  # type: ignore[union-attr]
            elif char == "}":
                return table, i + 1
            else:
                raise _Refused
    found = _VALUE.match(text, i)
    if found is None:
        raise _Refused
    end = found.end()
    if end < len(text) and text[end] not in " \t\n#,]}":
        raise _Refused  # a time after a date, 1_000, 0x1f, 1.5.3, trueish …
    if (
        found.lastindex == 5
        and end < len(text)
        and text[end] == " "
        and text[end + 1 : end + 2].isdigit()
    ):
        raise _Refused  # "1979-05-27 07:32:00": a date and a time
    return _scalar(found, 0), end


def _scalar(found: re.Match[str], shift: int) -> Any:
    """The value of a match of ``_VALUE``'s groups, ``shift`` groups further on."""
    kind = found.lastindex
    if kind == 1 + shift or kind == 2 + shift:
        return found[kind]
    if kind == 5 + shift:
        return dt.date(int(found[3 + shift]), int(found[4 + shift]), int(found[5 + shift]))
    if kind == 6 + shift:
        return found[kind] == "true"
    number = found[7 + shift]
    return float(number) if found[8 + shift] or found[9 + shift] else int(number)
