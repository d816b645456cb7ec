"""End to end in a real browser: headless Chromium from the system's packages, driven by
Playwright, against a real ``govcheck serve`` on 127.0.0.1.

An official uploads a seed rendered as Word, sees its findings and follows one from the text,
corrects two fields, checks again, downloads the report; then searches the rulebook and
switches to English. A screenshot of each step is written to build/e2e-screenshots/.

Skipped when no browser is installed, unless GOVCHECK_E2E=required (as .ci/run sets it):
then a missing browser fails the test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from e2e.serving import Server

from documents import write_docx

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "e2e-screenshots"
SEED = ROOT / "rules" / "sources" / "000_528893d35161c68e.txt"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REQUIRED = os.environ.get("GOVCHECK_E2E") == "required"


def _chromium() -> str | None:
    for candidate in (os.environ.get("GOVCHECK_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[dev]')"
    if _chromium() is None:
        return "no Chromium on this machine (apt-get install -y chromium)"
    return None


def _gate(reason: str | None, required: bool) -> None:
    """No browser: skip, saying why; or, where the test is required (CI), fail."""
    if reason is None:
        return
    if required:
        pytest.fail(f"GOVCHECK_E2E=required, but {reason}")
    pytest.skip(reason)


def test_a_missing_browser_skips_or_fails_as_configured() -> None:
    with pytest.raises(pytest.skip.Exception, match="no Chromium"):
        _gate("no Chromium on this machine", required=False)
    with pytest.raises(pytest.fail.Exception, match="GOVCHECK_E2E=required"):
        _gate("no Chromium on this machine", required=True)
    _gate(None, required=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _gate(_unavailable(), REQUIRED)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Any]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="sv-SE"
    )
    tab = context.new_page()
    requests: list[str] = []
    problems: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda error: problems.append(str(error)))
    tab.requests = requests
    tab.problems = problems
    yield tab
    context.close()
    # Nothing is ever loaded from outside the machine, and nothing breaks in the console
    # (a Content-Security-Policy violation would show there).
    assert all(url.startswith(server.url) for url in requests), requests
    assert problems == []


def shot(tab: Any, name: str, full: bool = False) -> None:
    tab.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def test_an_official_checks_corrects_and_downloads(
    page: Any, server: Server, tmp_path: Path
) -> None:
    tab = page
    tab.goto(f"{server.url}/")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip-link"
    shot(tab, "01-start-skip-link-focused")

    document = write_docx(SEED.read_text(encoding="utf-8"), tmp_path / "tjansteskrivelse.docx")
    tab.set_input_files("#file", str(document))
    tab.get_by_role("button", name="Granska", exact=True).click()
    tab.wait_for_selector("li.finding")
    assert "Granskning av tjansteskrivelse.docx" in tab.locator("h1").inner_text()
    rules = tab.locator("li.finding").evaluate_all("els => els.map(e => e.dataset.rule)")
    assert "MAL-D1-02" in rules and "MAL-A-06" in rules
    shot(tab, "02-findings")

    # follow a mark in the text to its finding
    mark = tab.locator("a.mark").first
    target = mark.get_attribute("href")
    mark.click()
    assert tab.evaluate("location.hash") == target
    assert tab.locator(f"{target}").is_visible()
    shot(tab, "03-mark-followed-to-its-finding")

    # correct two fields and check again, without uploading again
    organ = tab.locator("#f-beslutande_organ")
    assert organ.input_value() == "Serviceämnden"
    # The header's Datum field is empty; the reader infers a date from the text and says so.
    assert tab.locator("#f-datum-status").inner_text() == "härlett ur texten"
    organ.fill("Servicenämnden")
    tab.locator("#f-datum").fill("2023-05-15")
    tab.locator("#correct").scroll_into_view_if_needed()
    shot(tab, "04-fields-corrected")
    tab.get_by_role("button", name="Granska igen").click()
    tab.wait_for_selector("text=Granskat igen med dina rättelser.")
    rules = tab.locator("li.finding").evaluate_all("els => els.map(e => e.dataset.rule)")
    assert "MAL-D1-02" not in rules and "MAL-A-06" not in rules
    assert tab.locator("#f-datum-status").inner_text() == "rättat av dig"
    # what the official did not touch comes back as it was (an e-mail field would have sent
    # the domain as punycode)
    assert tab.locator("#f-handlaggare-epost").input_value() == "josefin.levander@malmö.se"
    assert tab.locator("ol.doc-lines li").count() > 10  # the text is still there
    shot(tab, "05-checked-again")

    with tab.expect_download() as download_info:
        tab.get_by_role("button", name="Ladda ner rapporten (Markdown)").click()
    download = download_info.value
    assert download.suggested_filename == "govcheck-rapport-tjansteskrivelse.md"
    report = SHOTS / "06-report.md"
    download.save_as(str(report))
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Granskningsrapport från govcheck")
    assert "| MAL-D1-02 |" not in text and "| GEN-A-02 |" in text
    with tab.expect_download() as draft_info:
        tab.get_by_role("button", name="Ladda ner utkastet (TOML)").click()
    draft = SHOTS / "06-draft.toml"
    draft_info.value.save_as(str(draft))
    assert 'beslutande_organ = "Servicenämnden"' in draft.read_text(encoding="utf-8")
    shot(tab, "06-after-downloads")


def test_the_result_reflows_on_a_narrow_screen(page: Any, server: Server) -> None:
    """WCAG 1.4.10: at 320 CSS pixels wide, nothing needs scrolling sideways."""
    tab = page
    tab.set_viewport_size({"width": 320, "height": 800})
    tab.goto(f"{server.url}/?lang=sv")
    tab.set_input_files("#file", str(SEED))
    tab.get_by_role("button", name="Granska", exact=True).click()
    tab.wait_for_selector("li.finding")
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, width
    shot(tab, "10-narrow-screen")
    tab.goto(f"{server.url}/rules")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320


def test_the_rulebook_filters_as_one_types_and_speaks_english(page: Any, server: Server) -> None:
    tab = page
    tab.goto(f"{server.url}/rules")
    total = tab.locator("article.rule").count()
    tab.locator("#q").fill("kommunbidrag")
    tab.wait_for_function(
        "n => document.querySelectorAll('article.rule:not([hidden])').length < n", arg=total
    )
    visible = tab.locator("article.rule:not([hidden])")
    assert 0 < visible.count() < total
    assert tab.locator("#MAL-F1-01").is_visible()
    shot(tab, "07-rulebook-search")

    tab.get_by_role("link", name="Read this page in English").click()
    assert tab.locator("html").get_attribute("lang") == "en"
    assert tab.locator("h1").inner_text() == "The rulebook"
    tab.goto(f"{server.url}/")
    assert tab.locator("h1").inner_text() == "Check a draft"  # the choice is remembered
    shot(tab, "08-english")


def test_a_broken_upload_gets_a_message_in_the_browser(
    page: Any, server: Server, tmp_path: Path
) -> None:
    tab = page
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"PK\x03\x04 inte ett riktigt Word-dokument")
    tab.goto(f"{server.url}/?lang=sv")
    tab.set_input_files("#file", str(broken))
    tab.get_by_role("button", name="Granska", exact=True).click()
    alert = tab.get_by_role("alert")
    assert "Word-filen" in alert.inner_text()
    assert tab.locator("#file").get_attribute("aria-invalid") == "true"
    assert tab.evaluate("document.activeElement.id") == "error-summary"
    shot(tab, "09-broken-upload-message")
    # The page answers 422 on purpose; the browser logs the status, which is no error here.
    tab.problems[:] = [p for p in tab.problems if "status of 422" not in p]
