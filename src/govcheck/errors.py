"""Errors that end a run with exit code 2: usage and input errors, each one clear line."""

from __future__ import annotations


def one_line(text: str) -> str:
    """Control characters (a line break in a key, say) shown escaped: an error is one line, and
    nothing from a file reaches a terminal or a CI log as a command. Bytes that were not UTF-8
    (kept as surrogates) are shown as ``\\xff``."""
    out: list[str] = []
    for ch in text:
        if ch.isprintable() or ch == " ":
            out.append(ch)
        elif "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch in "\u00a0\u202f\u2009\u2007":  # spaces that Swedish text uses
            out.append(" ")
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


class GovcheckError(Exception):
    """Base of all errors govcheck reports to the user instead of a traceback."""

    exit_code = 2


class InputError(GovcheckError):
    """A draft or document that cannot be read: names the file, and the line and key when known."""

    def __init__(self, file: str, message: str, *, line: int | None = None, key: str = "") -> None:
        self.file = file
        self.line = line
        self.key = key
        self.message = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        key = f" [{self.key}]" if self.key else ""
        return one_line(f"{where}:{key} {self.message}")


class RuleError(GovcheckError):
    """A rule file that is malformed: names the file and the rule id when known."""

    def __init__(self, file: str, message: str, *, rule_id: str = "", line: int | None = None):
        self.file = file
        self.rule_id = rule_id
        self.line = line
        where = file if line is None else f"{file}:{line}"
        rule = f" [{rule_id}]" if rule_id else ""
        super().__init__(one_line(f"{where}:{rule} {message}"))
