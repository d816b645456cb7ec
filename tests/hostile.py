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

from govcheck.documents.reader import MAX_TEXT_CHARS

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


# --- mutated .docx files (a fuzz run found 1,605 of them ending in an internal error) ---------


def _docx_with(document_xml: bytes, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A real .docx (python-docx's own) with its document.xml replaced."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes(["Tjänsteskrivelse"]))) as source:
        members = {
            name: source.read(name) for name in source.namelist() if name != "word/document.xml"
        }
    return _zip({**members, "word/document.xml": document_xml}, compression)


_BODY = (
    b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>Tj\xc3\xa4nsteskrivelse</w:t></w:r></w:p>"
    b"</w:body></w:document>"
)


def _patch_member(data: bytes, name: bytes, offset: int, value: bytes) -> bytes:
    """Overwrites a field (at ``offset`` from the header's start) in both the local header and
    the central directory entry of one zip member."""
    out = bytearray(data)
    for signature, name_at in ((b"PK\x03\x04", 30), (b"PK\x01\x02", 46)):
        start = 0
        while (start := out.find(signature, start)) != -1:
            if out[start + name_at : start + name_at + len(name)] == name:
                field = offset if signature == b"PK\x03\x04" else offset + 2
                out[start + field : start + field + len(value)] = value
            start += 4
    return bytes(out)


def docx_bad_crc() -> bytes:
    data = bytearray(_docx_with(_BODY, zipfile.ZIP_STORED))
    at = data.find(b"Tj\xc3\xa4nsteskrivelse")
    data[at] ^= 0x20
    return bytes(data)


def docx_encrypted_member() -> bytes:
    # general-purpose flag bit 0: "encrypted"
    return _patch_member(_docx_with(_BODY), b"word/document.xml", 6, b"\x01\x00")


def docx_unknown_compression() -> bytes:
    return _patch_member(_docx_with(_BODY), b"word/document.xml", 8, b"\x63\x00")  # method 99


def docx_no_body() -> bytes:
    return _docx_with(b"<w:document " + _W + b"></w:document>")


def docx_vertically_merged_first_row() -> bytes:
    row = (
        b"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        b"<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
    )
    table = b"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>" + row + b"</w:tbl>"
    return _docx_with(b"<w:document " + _W + b"><w:body>" + table + b"</w:body></w:document>")


def docx_huge_grid_span() -> bytes:
    cell = b'<w:tc><w:tcPr><w:gridSpan w:val="50000000"/></w:tcPr><w:p/></w:tc>'
    table = b"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + cell + b"</w:tr></w:tbl>"
    return _docx_with(b"<w:document " + _W + b"><w:body>" + table + b"</w:body></w:document>")


def docx_utf16_doctype() -> bytes:
    """The DOCTYPE refusal must not depend on the encoding of document.xml."""
    body = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx_with(body.encode("utf-16"))


def pdf_declaring_500_pages() -> bytes:
    """A 100 kB PDF whose 500 pages all draw one content stream that inflates to 7 MB: hours
    of text extraction for a small file."""
    import zlib

    content = b"BT /F1 12 Tf 72 712 Td (Tjanst) Tj ET\n" * 200_000
    stream = zlib.compress(content, 9)
    pages = 500
    kids = " ".join(f"{10 + i} 0 R" for i in range(pages))
    objects = [
        (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
        (2, f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()),
        (3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        (
            5,
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ),
    ] + [
        (
            10 + i,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        )
        for i in range(pages)
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number, body in objects:
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    start = len(out)
    size = max(offsets) + 1
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for number in range(1, size):
        free = "0000000000 65535 f \n"
        out += (f"{offsets[number]:010d} 00000 n \n" if number in offsets else free).encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


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
    ("dokument.odt", lambda: b"PK\x03\x04 not read", ".docx"),
    ("crc.docx", docx_bad_crc, "skadad"),
    ("krypterad-del.docx", docx_encrypted_member, "skadad"),
    ("okand-packning.docx", docx_unknown_compression, "skadad"),
    ("utan-kropp.docx", docx_no_body, "Word-filen"),
    ("sammanslagen-rad.docx", docx_vertically_merged_first_row, "Word-filen"),
    ("gridspan.docx", docx_huge_grid_span, "kolumner"),
    ("utf16-doctype.docx", docx_utf16_doctype, "entitet"),
    ("500-sidor.pdf", pdf_declaring_500_pages, "arbete"),
]


def build(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, make, _ in CORPUS:
        path = folder / name
        path.write_bytes(make())
        paths[name] = path
    return paths


# --- accepted inputs that once took quadratic time (each over 60 s in the attack) ------------


def _bifogat_draft(size: int) -> bytes:
    """A structured draft whose summary mentions many attachments ('Bifogat … finns X') and
    whose list of documents is long: every mention was compared with every listed item."""
    count = max(1, size // 60)
    mentions = " ".join(f"Bifogat finns Bilaga{i} om saken" for i in range(count))
    items = ", ".join(f'"Underlag {i} text"' for i in range(count))
    return (MINIMAL + f'sammanfattning = "{mentions}"\nbeslutsunderlag = [{items}]\n').encode()


def _bifogat_without_full_stop(size: int) -> bytes:
    """'Bifogat' again and again in one sentence: each scanned on to its end."""
    return (MINIMAL + 'arendet = "' + "Bifogat x " * (size // 10) + '"\n').encode()


def _long_header_line(size: int) -> bytes:
    """A document whose reference block is one line of word characters and dots."""
    head = "Tjänsteskrivelse\nDatum 2024-01-01\nVår referens\n"
    return (head + "a." * (size // 2) + "\nSammanfattning\nText.\n").encode()


def _one_run_of_words(size: int) -> bytes:
    """A development plan whose text is one sentence without a full stop."""
    words = ("samverkansgruppen", "för", "CSG", "informerats", "kommun", "och", "att")
    body = " ".join(words[i % len(words)] for i in range(size // 8))
    return ("Tjänsteskrivelse\nUtvecklingsplan för IT 2024\nSammanfattning\n" + body).encode()


def _letters(number: int) -> str:
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out += chr(97 + digit)
        if not number:
            return out


def _hyphenated_lines(size: int) -> bytes:
    """Every line a word broken with a hyphen (each line distinct: repeated lines would be
    taken for page furniture): each join copied the growing line."""
    return "\n".join(f"ord{_letters(i)}-" for i in range(size // 9)).encode()


#: A quarter of the most text a document may hold: the test takes this size and four times it.
_TEXT = MAX_TEXT_CHARS // 4 - 1_000

#: name -> (make(size), size). Each is an accepted input: it must be checked (exit 0 or 1), in
#: time linear in its size. Drafts at the size the attack used; documents up to the limit of
#: their text (the attack's .txt of 683 kB is now refused as too long, at once).
LINEAR: dict[str, tuple[Callable[[int], bytes], int]] = {
    "bifogat.toml": (_bifogat_draft, 240_000),
    "bifogat-en-mening.toml": (_bifogat_without_full_stop, 300_000),
    "lang-rubrikrad.txt": (_long_header_line, _TEXT),
    "en-mening.txt": (_one_run_of_words, _TEXT),
    "avstavning.txt": (_hyphenated_lines, _TEXT),
}
