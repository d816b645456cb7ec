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
import re
from collections.abc import Callable, Iterator, Mapping

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
            _toml_value(s, item)
            index += 1
            _toml_space(s, newlines=True)
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


def json_lines(text: str) -> dict[str, int]:
    return {path: line for path, (line, _) in json_positions(text).items()}


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


def position_of(positions: Mapping[str, Position], path: str) -> Position | None:
    found = nearest(positions, path)
    return None if found is None else positions[found]
