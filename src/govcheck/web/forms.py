"""Reading a posted form into memory, with limits, and nowhere else.

Starlette's own form parser spools uploads over 1 MB to a temporary file on disk; documents
an official uploads can hold personal data and must never reach the disk. This reader keeps
every part in memory, refuses a body over the limit while it streams (the rest is read and
dropped, up to a hard cap, so the browser still gets the page that says why), and never logs
what it reads.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

#: Beyond the limit, this many more bytes are read and dropped before the connection is let go.
DRAIN_CAP = 200_000_000
#: Fields of a form (a correction form has three per step of a long beslutsplanering).
MAX_PARTS = 5000


class FormRejected(Exception):
    """A form that cannot be read. ``reason`` is a text id of the page's catalogue."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Upload:
    filename: str
    data: bytes


@dataclass
class Form:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)

    def get(self, key: str, default: str = "") -> str:
        return self.fields.get(key, default)


async def _drain(request: Request, seen: int) -> None:
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > DRAIN_CAP:
            break


async def read_form(request: Request, limit: int) -> Form:
    """The posted form, at most ``limit`` bytes of body. Raises FormRejected."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        await _drain(request, 0)
        raise FormRejected("error_too_large")
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    if content_type == b"multipart/form-data":
        return await _multipart(request, params.get(b"boundary"), limit)
    if content_type == b"application/x-www-form-urlencoded":
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                await _drain(request, len(body))
                raise FormRejected("error_too_large")
        try:
            pairs = urllib.parse.parse_qsl(
                body.decode("utf-8"),
                keep_blank_values=True,
                strict_parsing=False,
                max_num_fields=MAX_PARTS,
            )
        except (UnicodeDecodeError, ValueError):
            raise FormRejected("error_bad_form") from None
        return Form(fields=dict(pairs))
    raise FormRejected("error_bad_form")


class _Parts:
    """python-multipart callbacks gathering each part into memory."""

    def __init__(self) -> None:
        self.form = Form()
        self.count = 0
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._data = bytearray()

    def on_part_begin(self) -> None:
        self.count += 1
        if self.count > MAX_PARTS:
            raise FormRejected("error_bad_form")
        self._disposition = b""
        self._data = bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.strip().lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = b""
        self._header_value = b""

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self._data += data[start:end]

    def on_part_end(self) -> None:
        _, options = parse_options_header(self._disposition)
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if not name:
            return
        if b"filename" in options:
            filename = options[b"filename"].decode("utf-8", "replace")
            if filename or self._data:
                self.form.files.setdefault(name, Upload(filename, bytes(self._data)))
        else:
            try:
                self.form.fields.setdefault(name, self._data.decode("utf-8"))
            except UnicodeDecodeError:
                raise FormRejected("error_bad_form") from None
        self._data = bytearray()


async def _multipart(request: Request, boundary: bytes | None, limit: int) -> Form:
    if not boundary:
        raise FormRejected("error_bad_form")
    parts = _Parts()
    callbacks = {
        "on_part_begin": parts.on_part_begin,
        "on_part_data": parts.on_part_data,
        "on_part_end": parts.on_part_end,
        "on_header_field": parts.on_header_field,
        "on_header_value": parts.on_header_value,
        "on_header_end": parts.on_header_end,
    }
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    seen = 0
    try:
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > limit:
                await _drain(request, seen)
                raise FormRejected("error_too_large")
            parser.write(chunk)
        parser.finalize()
    except FormParserError:
        raise FormRejected("error_bad_form") from None
    return parts.form
