"""Map key paths in a draft (``poster[1].finansiering``) to source lines, for TOML and JSON.

tomllib and json do not report positions, so this is a small scanner over the text. It is
best-effort by design: a finding or an error without a line still names the file and the key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r'^\s*("[^"]+"|[A-Za-z0-9_.\-]+)\s*=')


def _clean_key(raw: str) -> str:
    return ".".join(part.strip().strip('"') for part in raw.split("."))


def toml_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    counters: dict[str, int] = {}
    prefix = ""
    open_array: str | None = None  # key of a multi-line array value being scanned
    array_index = 0
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if open_array is not None:
            for char in line:
                if char in "[{":
                    if depth == 1 and char == "{":
                        lines.setdefault(f"{open_array}[{array_index}]", number)
                        array_index += 1
                    depth += 1
                elif char in "]}":
                    depth -= 1
            if depth <= 0:
                open_array = None
            continue
        header = _HEADER.match(line)
        if header:
            name = _clean_key(header.group(2))
            if header.group(1) == "[[":
                index = counters.get(name, 0)
                counters[name] = index + 1
                prefix = f"{name}[{index}]"
                lines.setdefault(name, number)
            else:
                prefix = name
            lines.setdefault(prefix, number)
            continue
        key = _KEY.match(line)
        if not key:
            continue
        path = f"{prefix}.{_clean_key(key.group(1))}" if prefix else _clean_key(key.group(1))
        lines.setdefault(path, number)
        value = line[key.end() :]
        opened = value.count("[") + value.count("{") - value.count("]") - value.count("}")
        if value.strip().startswith("[") and opened > 0:
            open_array, array_index, depth = path, 0, 0
            for char in value:
                if char in "[{":
                    if depth == 1 and char == "{":
                        lines.setdefault(f"{path}[{array_index}]", number)
                        array_index += 1
                    depth += 1
                elif char in "]}":
                    depth -= 1
    return lines


def json_lines(text: str) -> dict[str, int]:
    """Walk JSON text keeping a stack of containers, recording the line of every value."""
    lines: dict[str, int] = {}
    stack: list[list[object]] = []  # [path, is_array, index, pending_key]
    line = 1
    i = 0
    n = len(text)

    def current_path() -> str | None:
        if not stack:
            return None
        path, is_array, index, key = stack[-1]
        base = str(path)
        if is_array:
            return f"{base}[{index}]"
        if key is None:
            return None
        return f"{base}.{key}" if base else str(key)

    while i < n:
        char = text[i]
        if char == "\n":
            line += 1
        elif char == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            token = text[i + 1 : j]
            rest = text[j + 1 : j + 40].lstrip()
            if stack and not stack[-1][1] and rest.startswith(":"):
                stack[-1][3] = token
                path = current_path()
                if path is not None:
                    lines.setdefault(path, line)
            i = j
        elif char in "{[":
            path = current_path()
            if path is not None:
                lines.setdefault(path, line)
            stack.append([path or "", char == "[", 0, None])
        elif char in "}]":
            if stack:
                stack.pop()
        elif char == "," and stack:
            if stack[-1][1]:
                stack[-1][2] = int(str(stack[-1][2])) + 1
            else:
                stack[-1][3] = None
        elif stack and stack[-1][1] and not char.isspace():
            path = current_path()
            if path is not None:
                lines.setdefault(path, line)
        i += 1
    return lines


class LazyLines(Mapping[str, int]):
    """The line map of a text, scanned only when a line is first asked for: most drafts of a
    batch have no finding, and scanning every one would cost more than checking it."""

    def __init__(self, text: str, scan: Callable[[str], dict[str, int]]) -> None:
        self._text: str | None = text
        self._scan = scan
        self._lines: dict[str, int] | None = None

    def _map(self) -> dict[str, int]:
        if self._lines is None:
            assert self._text is not None
            self._lines = self._scan(self._text)
            self._text = None
        return self._lines

    def __getitem__(self, key: str) -> int:
        return self._map()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map())

    def __len__(self) -> int:
        return len(self._map())


def line_of(lines: Mapping[str, int], path: str) -> int | None:
    """The line of ``path`` or of its nearest ancestor that has one."""
    probe = path
    while probe:
        if probe in lines:
            return lines[probe]
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return None
