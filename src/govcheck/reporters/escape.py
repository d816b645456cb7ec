"""Text from drafts is data, never markup or commands: each report format escapes by its own rules.

A draft (or its file name) may hold a line break followed by ``::error …``, an ANSI escape, a
``<script>``, a character XML 1.0 forbids, or bytes that are not UTF-8. These functions are the
one place where each format's rules live:

- ``log``: for anything written to a terminal or a CI log (text, concise, messages on stderr):
  one line, control and bidi-override characters shown escaped, never a workflow command
  (a line starting ``::`` or holding ``##[`` is a command to GitHub Actions);
- ``log_file``: a file name as the first thing on a log line;
- ``gh_data``/``gh_property``: GitHub's workflow-command escaping (``%``, CR, LF, and in
  properties ``:`` and ``,``);
- ``xml``: XML 1.0's forbidden characters replaced by visible escapes (ElementTree escapes the
  markup characters itself);
- ``markdown``: one line, HTML and Markdown syntax escaped;
- ``json_text``: bytes that were not UTF-8 (kept as surrogates) made valid JSON text;
- ``file_uri``: a file name as a URI reference (percent-encoded bytes).
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import PurePosixPath
from urllib.parse import quote

from govcheck.errors import one_line

_SURROGATE = re.compile("[\udc80-\udcff]")
_MARKDOWN = re.compile(r"([\\`*_\[\]#!|~])")


@functools.cache
def _xml_forbidden() -> re.Pattern[str]:
    """What XML 1.0 forbids. Compiled when first asked for (only the XML reports ask): its
    astral range takes ~4.5 ms to compile, 1.5 % of a one-draft run that writes no XML."""
    return re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _visible(match: re.Match[str]) -> str:
    char = match.group(0)
    if "\udc80" <= char <= "\udcff":
        return f"\\x{ord(char) - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii")


def log(text: str) -> str:
    """One line of plain text that is safe in a terminal and in a CI log."""
    return one_line(text).replace("##[", "#\\#[")


def log_file(name: str) -> str:
    """A file name that may begin a log line: never taken for a command or an option."""
    shown = log(name)
    if shown[:1] in {":", "-", "#", " ", "\t"} or not shown:
        return "./" + shown
    return shown


def log_line(line: str) -> str:
    """A whole line already built from safe parts: a last guard against a leading ``::``."""
    return "./" + line if line.lstrip().startswith("::") else line


def gh_data(text: str) -> str:
    """The message of a workflow command."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return log(escaped)


def gh_property(text: str) -> str:
    """A property value of a workflow command (file, title)."""
    return gh_data(text).replace(":", "%3A").replace(",", "%2C")


def xml(text: str) -> str:
    """Text for an XML 1.0 document: what XML forbids is shown escaped, never written raw."""
    return _xml_forbidden().sub(_visible, text)


def markdown(text: str) -> str:
    """Text for a Markdown table cell or list item: one line, no HTML, no Markdown syntax."""
    flat = log(text.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", flat)


def html_text(text: str) -> str:
    """Text for Markdown that may keep Markdown's own syntax but never passes raw HTML (the
    rulebook: rule statements and quotes stay as written). Only '<' opens a tag or a comment;
    an entity such as '&#60;' renders as text, never as markup. No link or image either
    (``[x](javascript:…)``, ``![i](https://…)`` that a viewer would fetch): their brackets are
    escaped, and the text shows as written."""
    text = text.replace("<", "&lt;")
    return text.replace("![", "!\\[").replace("](", "]\\(").replace("]: ", "]\\: ")


#: Characters JSON may carry raw that a terminal or log acts on: DEL, C1 controls, line and
#: paragraph separators, and the bidirectional controls that reorder what a reader sees.
_JSON_INVISIBLE = re.compile(
    r"[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
#: Anything ``json_text`` changes: most text has none, and one scan finds that out.
_JSON_CHANGED = re.compile(_JSON_INVISIBLE.pattern + "|##\\[|" + _SURROGATE.pattern)


def json_text(dumped: str) -> str:
    """JSON text with every non-UTF-8 byte of a file name shown as ``\\xff`` (valid UTF-8),
    and controls a terminal would act on written as ``\\uXXXX`` escapes (the same JSON)."""
    if _JSON_CHANGED.search(dumped) is None:
        return dumped
    dumped = _JSON_INVISIBLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped)
    dumped = dumped.replace("##[", "#\\u0023[")  # a v1 workflow command: the same string
    return _SURROGATE.sub(lambda m: f"\\\\x{ord(m.group(0)) - 0xDC00:02x}", dumped)


def plain(text: str) -> str:
    """Text with non-UTF-8 bytes shown as ``\\xff``: encodable, otherwise unchanged."""
    return _SURROGATE.sub(_visible, text)


def file_uri(name: str, base: str | None) -> tuple[str, bool]:
    """A file name as a URI reference: relative to ``base`` (the project root) when inside it,
    else an absolute file URI. Says whether the reference is relative."""
    raw = os.fsencode(name)
    absolute = os.path.isabs(name)
    if base is not None:
        full = os.path.normpath(name if absolute else os.path.join(base, name))
        relative = os.path.relpath(full, base)
        if not relative.startswith(".."):
            posix = PurePosixPath(*relative.split(os.sep)).as_posix()
            return quote(os.fsencode(posix), safe="/"), True
    if absolute:
        return "file://" + quote(raw, safe="/"), False
    posix = name.replace(os.sep, "/").lstrip("/")
    return quote(os.fsencode(posix), safe="/"), True


def base_uri(base: str) -> str:
    """The project root as an absolute file URI ending with a slash."""
    path = quote(os.fsencode(os.path.abspath(base)), safe="/")
    return "file://" + path.rstrip("/") + "/"
