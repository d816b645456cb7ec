"""Reading the web page's HTML in tests: its elements and attributes, its forms as a browser
would submit them, and multipart bodies as a browser would send them. Standard library only."""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


_VOID = {"input", "meta", "link", "br", "img", "hr", "source", "col", "area", "base", "wbr"}


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]
        self.all: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {key: value or "" for key, value in attrs})
        self.stack[-1].children.append(element)
        self.all.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        for element in self.stack[1:]:
            element.text += data


class Page:
    def __init__(self, source: str) -> None:
        tree = _Tree()
        tree.feed(source)
        self.source = source
        self.elements = tree.all

    def find(self, tag: str | None = None, **attrs: str) -> list[Element]:
        out = []
        for element in self.elements:
            if tag is not None and element.tag != tag:
                continue
            wanted = {key.rstrip("_").replace("_", "-"): value for key, value in attrs.items()}
            if all(
                (value in element.classes) if key == "class" else element.attrs.get(key) == value
                for key, value in wanted.items()
            ):
                out.append(element)
        return out

    def by_id(self, element_id: str) -> Element | None:
        found = self.find(id=element_id)
        return found[0] if found else None

    def findings(self) -> list[dict[str, str]]:
        return [
            {
                **{key[5:]: value for key, value in e.attrs.items() if key.startswith("data-")},
                "text": " ".join(e.text.split()),
            }
            for e in self.elements
            if e.tag == "li" and "finding" in e.classes
        ]

    def form(self, form_id: str) -> dict[str, str]:
        """The fields the form would submit (first submit button not included)."""
        forms = self.find("form", id=form_id)
        assert forms, f"no form {form_id}"
        values: dict[str, str] = {}

        def walk(element: Element) -> None:
            name = element.attrs.get("name")
            if (
                name
                and element.tag == "input"
                and element.attrs.get("type")
                not in (
                    "submit",
                    "file",
                )
            ):
                values[name] = element.attrs.get("value", "")
            elif name and element.tag == "textarea":
                values[name] = element.text.removeprefix("\n")
            elif name and element.tag == "select":
                options = [c for c in element.children if c.tag == "option"]
                chosen = [o for o in options if "selected" in o.attrs] or options[:1]
                values[name] = chosen[0].attrs.get("value", chosen[0].text) if chosen else ""
            for child in element.children:
                walk(child)

        walk(forms[0])
        return values

    def text_of(self, element_id: str) -> str:
        element = self.by_id(element_id)
        return " ".join(element.text.split()) if element else ""


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body and its content type, as a browser sends a form."""
    boundary = "----govcheck" + secrets.token_hex(12)
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode("utf-8")
            + b"\r\n"
        )
    for name, (filename, data) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def unescape(text: str) -> str:
    return html.unescape(text)
