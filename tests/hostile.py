"""A corpus of hostile and broken inputs, built on demand (nothing large is committed).

Each entry is (file name, bytes, what the one-line error must mention). The corpus covers what
an official's folder or an attacker can hand govcheck: broken syntax, wrong types, unknown
keys, empty and binary files, very large files, deep nesting, non-UTF-8 text, a .docx that is
a zip bomb or declares XML entities, encrypted and truncated PDFs.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from documents import write_docx, write_pdf

MINIMAL = 'kommun = "malmo"\ntyp = "remissvar"\n'
Entry = tuple[str, Callable[[], bytes], str]


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="'
    b'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def zip_bomb_docx() -> bytes:
    """A .docx whose document.xml inflates from ~100 kB to 100 MB of spaces."""
    body = b"<w:document " + _W + b"><w:body>" + b" " * 100_000_000 + b"</w:body></w:document>"
    return _zip({"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": body})


def xxe_docx() -> bytes:
    """A .docx whose XML declares an external entity pointing at a local file."""
    body = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>"
        b"</w:document>"
    )
    return _zip({"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": body})


def billion_laughs_docx() -> bytes:
    entities = b'<!ENTITY a "ha">' + b"".join(
        b"<!ENTITY " + bytes([98 + i]) + b' "' + (b"&" + bytes([97 + i]) + b";") * 10 + b'">'
        for i in range(9)
    )
    body = (
        b'<?xml version="1.0"?><!DOCTYPE d [' + entities + b"]><w:document " + _W + b">"
        b"<w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _zip({"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": body})


def pdf_bytes(lines: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return write_pdf("\n".join(lines), Path(folder) / "d.pdf").read_bytes()


def docx_bytes(lines: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return write_docx("\n".join(lines), Path(folder) / "d.docx").read_bytes()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(["Tjänsteskrivelse", "Datum 2024-01-01"]))).pages:
        writer.add_page(page)
    writer.encrypt("hemligt")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def truncated_pdf() -> bytes:
    whole = pdf_bytes(["Tjänsteskrivelse", "Datum 2024-01-01"] * 40)
    return whole[: len(whole) // 3]


def truncated_docx() -> bytes:
    whole = docx_bytes(["Tjänsteskrivelse", "Datum 2024-01-01"])
    return whole[: len(whole) // 2]


CORPUS: list[Entry] = [
    ("trasig.toml", lambda: b'kommun = "malmo"\ntyp = \n', "TOML"),
    ("trasig.json", lambda: b'{"kommun": "malmo", "typ": ', "JSON"),
    ("fel-typ.toml", lambda: (MINIMAL + 'datum = "igår"\n').encode(), "datum"),
    ("fel-typ.json", lambda: b'{"kommun": "malmo", "typ": "remissvar", "poster": 7}', "poster"),
    ("okand-nyckel.toml", lambda: (MINIMAL + 'diarienumer = "K-1"\n').encode(), "diarienumer"),
    ("tom.toml", lambda: b"", "tom"),
    ("datum-som-kommun.toml", lambda: b'kommun = 2024-01-01\ntyp = "remissvar"\n', "kommun"),
    ("radbrytning-i-nyckel.toml", lambda: (MINIMAL + '"rad\\nbrytning" = 1\n').encode(), "\\n"),
    ("tom.json", lambda: b"", "JSON"),
    ("tom.txt", lambda: b"", "tom"),
    ("tom.docx", lambda: b"", "docx"),
    ("tom.pdf", lambda: b"", "PDF"),
    ("binar.toml", lambda: bytes(range(256)) * 64, "UTF-8"),
    ("binar.json", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16, "UTF-8"),
    ("binar.txt", lambda: b"\x00\x01\x02\xff\xfe" * 1000, "binär"),
    ("binar.docx", lambda: b"PK\x03\x04" + bytes(range(256)) * 16, "docx"),
    ("binar.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 16, "PDF"),
    ("stor.toml", lambda: (MINIMAL + "# " + "x" * 3_000_000 + "\n").encode(), "stor"),
    ("stor.txt", lambda: b"Tj\xc3\xa4nsteskrivelse\n" * 1_500_000, "stor"),
    ("djup.json", lambda: b"[" * 100_000 + b"]" * 100_000, "djup"),
    ("djup-objekt.json", lambda: b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "djup"),
    ("djup.toml", lambda: (MINIMAL + "x = " + "[" * 50_000 + "]" * 50_000 + "\n").encode(), "djup"),
    ("djup-tabell.toml", lambda: (MINIMAL + "[" + ".".join(["a"] * 5000) + "]\n").encode(), "djup"),
    (
        "latin1.toml",
        lambda: (MINIMAL + 'rubrik = "Yttrande över remiss"\n').encode("latin-1"),
        "UTF-8",
    ),
    ("utf16.json", lambda: '{"kommun": "malmo", "typ": "remissvar"}'.encode("utf-16"), "UTF-8"),
    (
        "oandlig.toml",
        lambda: (MINIMAL + '[[poster]]\nnamn = "x"\nbelopp_mnkr = inf\n').encode(),
        "belopp_mnkr",
    ),
    (
        "nan.json",
        lambda: (
            b'{"kommun": "malmo", "typ": "utvecklingsplan", "poster": '
            b'[{"namn": "x", "belopp_mnkr": NaN}]}'
        ),
        "belopp_mnkr",
    ),
    (
        "enorm.json",
        lambda: b'{"kommun": "malmo", "typ": "utvecklingsplan", "plan_ar": ' + b"9" * 5000 + b"}",
        "siffror",
    ),
    ("lista.json", lambda: b'["kommun", "malmo"]', "tabell"),
    ("zipbomb.docx", zip_bomb_docx, "zip"),
    ("xxe.docx", xxe_docx, "entitet"),
    ("skratt.docx", billion_laughs_docx, "entitet"),
    ("inte-docx.docx", lambda: _zip({"hej.txt": b"hej"}), "docx"),
    ("krypterad.pdf", encrypted_pdf, "krypterad"),
    ("trunkerad.pdf", truncated_pdf, "PDF"),
    ("trunkerad.docx", truncated_docx, "docx"),
]


def build(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, make, _ in CORPUS:
        path = folder / name
        path.write_bytes(make())
        paths[name] = path
    return paths
