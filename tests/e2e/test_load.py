"""A bounded load test against 127.0.0.1 only: 50 concurrent uploads of mixed documents (text,
Word, PDF, drafts) to a real ``govcheck serve``; every response must be that upload's own
result, and the server's memory must not grow from one burst to the next."""

from __future__ import annotations

import secrets
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from e2e.pages import Page, multipart
from e2e.serving import Server
from govcheck.runner import RunConfig, Validator

from documents import write_docx, write_pdf

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "rules" / "sources").glob("[0-9][0-9][0-9]_*.txt"))
EXAMPLES = sorted((ROOT / "fixtures" / "examples").glob("*.toml"))
CONCURRENT = 50
Result = list[tuple[str, str, str]]


def _documents(folder: Path, count: int) -> list[tuple[str, bytes, str]]:
    """``count`` uploads, each with a token of its own in its text: (name, bytes, token)."""
    out = []
    kinds = ("txt", "docx", "pdf", "toml")
    for index in range(count):
        token = f"LAST{secrets.token_hex(6).upper()}"
        kind = kinds[index % len(kinds)]
        if kind == "toml":
            source = EXAMPLES[index % len(EXAMPLES)].read_text(encoding="utf-8")
            text = f"# Kontrollrad {token}\n{source}"
        else:
            text = SEEDS[index % len(SEEDS)].read_text(encoding="utf-8")
            text += f"\nKontrollrad {token}\n"
        name = f"utkast-{index:02d}.{kind}"  # the token is in the content only
        path = folder / name
        if kind == "docx":
            write_docx(text, path)
        elif kind == "pdf":
            write_pdf(text, path)
        else:
            path.write_text(text, encoding="utf-8")
        out.append((name, path.read_bytes(), token))
    return out


def _expected(folder: Path, uploads: list[tuple[str, bytes, str]]) -> dict[str, Result]:
    validator = Validator(RunConfig(rules_dir=ROOT / "rules"))
    out = {}
    for name, _, _ in uploads:
        result = validator.check_file(folder / name)
        out[name] = sorted(
            (f.rule_id, str(f.location.line or ""), str(f.location.page or ""))
            for f in result.findings
        )
    return out


def _post(server: Server, name: str, data: bytes) -> tuple[int, str]:
    body, content_type = multipart({}, {"file": (name, data)})
    request = urllib.request.Request(
        f"{server.url}/check?lang=sv",
        data=body,
        headers={"Content-Type": content_type},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, response.read().decode("utf-8")


def _burst(
    server: Server, uploads: list[tuple[str, bytes, str]], expected: dict[str, Result]
) -> float:
    tokens = {token for _, _, token in uploads}
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
        responses = list(pool.map(lambda u: _post(server, u[0], u[1]), uploads))
    elapsed = time.monotonic() - started
    for (name, _, token), (status, html) in zip(uploads, responses, strict=True):
        assert status == 200, (name, status)
        page = Page(html)
        assert name in page.find("h1")[0].text
        got = sorted((f["rule"], f["line"], f["page"]) for f in page.findings())
        assert got == expected[name], name
        # the text shown is this upload's own, and no other upload's
        assert token in html, name
        assert not any(other in html for other in tokens - {token}), name
    return elapsed


def test_fifty_concurrent_uploads_each_get_their_own_result(server: Server, tmp_path: Path) -> None:
    uploads = _documents(tmp_path, CONCURRENT)
    expected = _expected(tmp_path, uploads)
    for name, data, _ in uploads[:8]:  # warm up: every kind of reader loaded in each worker
        assert _post(server, name, data)[0] == 200
    baseline = server.rss_bytes()
    first = _burst(server, uploads, expected)
    after_first = server.rss_bytes()
    second = _burst(server, uploads, expected)
    after_second = server.rss_bytes()
    mib = 1024 * 1024
    report = (
        f"bursts of {CONCURRENT}: {first:.1f} s, {second:.1f} s; memory {baseline / mib:.0f} MiB "
        f"before, {after_first / mib:.0f} after one, {after_second / mib:.0f} after two"
    )
    print(report)
    assert first < 90 and second < 90, report
    # Back to its baseline: a second identical burst leaves the server no larger than the
    # first did (nothing kept per request beyond the bounded text store), and the first
    # leaves it within a bounded margin of where it started.
    assert after_second <= after_first + 25 * mib, report
    assert after_first <= baseline + 80 * mib, report


@pytest.mark.parametrize("size", [21_000_000])
def test_an_oversized_upload_under_load_leaves_the_server_serving(
    server: Server, size: int
) -> None:
    body, content_type = multipart({}, {"file": ("stor.pdf", b"%PDF" + b"0" * size)})
    request = urllib.request.Request(
        f"{server.url}/check?lang=sv", data=body, headers={"Content-Type": content_type}
    )
    try:
        urllib.request.urlopen(request, timeout=60)
    except urllib.error.HTTPError as error:
        assert error.code == 413
        assert "för stor" in error.read().decode("utf-8")
    with urllib.request.urlopen(f"{server.url}/health", timeout=10) as response:
        assert response.read() == b"ok\n"
