"""The web page (``govcheck serve``) through Starlette's TestClient: what an official sees
after an upload, a correction and a download; hostile uploads; the rulebook; the texts in both
languages; and that uploads stay in memory and out of the logs."""

from __future__ import annotations

import asyncio
import builtins
import io
import itertools
import logging
import os
import re
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from e2e.pages import Page, multipart
from govcheck.documents.reader import MAX_TEXT_CHARS
from govcheck.drafts import parse_draft_text
from govcheck.runner import RunConfig, Validator
from govcheck.web import checking
from govcheck.web import fields as form_fields
from govcheck.web.app import Settings, create_app
from govcheck.web.pool import CheckFailed, CheckPool, CheckTimedOut
from govcheck.web.store import TextStore
from govcheck.web.texts import TEXTS

from documents import write_docx, write_pdf
from hostile import CORPUS

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
SEEDS = {path.name[:3]: path for path in sorted((RULES / "sources").glob("[0-9][0-9][0-9]_*.txt"))}
TEMPLATES = ROOT / "src" / "govcheck" / "web" / "templates"
EXAMPLES = ROOT / "fixtures" / "examples"


@pytest.fixture(scope="module")
def client() -> Any:
    app = create_app(Settings(RunConfig(rules_dir=RULES), workers=1))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(RunConfig(rules_dir=RULES))


def upload(client: Any, name: str, data: bytes, **fields: str) -> Any:
    return client.post("/check?lang=sv", files={"file": (name, data)}, data=fields)


def expected(validator: Validator, path: Path) -> list[tuple[str, str, str, str]]:
    """What ``govcheck validate`` finds in the same file: rule, line, page, message."""
    result = validator.check_file(path)
    assert result.problem is None, result.problem
    return sorted(
        (f.rule_id, str(f.location.line or ""), str(f.location.page or ""), f.message)
        for f in result.findings
    )


def shown(page: Page) -> list[tuple[str, str, str, str]]:
    out = []
    for finding in page.findings():
        out.append((finding["rule"], finding["line"], finding["page"], finding["text"]))
    return sorted(out)


def same_findings(page: Page, wanted: list[tuple[str, str, str, str]]) -> None:
    got = shown(page)
    assert [g[:3] for g in got] == [w[:3] for w in wanted]
    unmatched = list(got)
    for *key, message in wanted:
        match = next(g for g in unmatched if list(g[:3]) == key and message in g[3])
        unmatched.remove(match)


# --- checking a document -------------------------------------------------------------------


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_a_seed_shows_the_findings_validate_gives(
    client: Any, validator: Validator, prefix: str
) -> None:
    response = upload(client, SEEDS[prefix].name, SEEDS[prefix].read_bytes())
    assert response.status_code == 200
    page = Page(response.text)
    same_findings(page, expected(validator, SEEDS[prefix]))


def test_each_finding_is_marked_at_its_line_and_links_both_ways(client: Any) -> None:
    page = Page(upload(client, "000.txt", SEEDS["000"].read_bytes()).text)
    located = [f for f in page.findings() if f["line"]]
    assert located, "seed 000 has findings with a line"
    for finding in located:
        line = page.by_id(f"l{finding['line']}")
        assert line is not None and "marked" in line.classes
        marks = [c for c in line.children if c.tag == "a" and "mark" in c.classes]
        number = finding["text"].split(".")[0]
        assert any(mark.text == number for mark in marks)
    for mark in page.find("a", class_="mark"):
        assert page.by_id(mark.attrs["href"][1:]) is not None


def test_findings_are_grouped_by_severity_with_rule_link_and_quote(client: Any) -> None:
    page = Page(upload(client, "000.txt", SEEDS["000"].read_bytes()).text)
    severities = [f["severity"] for f in page.findings()]
    order = {"fel": 0, "varning": 1, "info": 2}
    assert severities == sorted(severities, key=order.__getitem__)
    headings = [h.text for h in page.find("h3", class_="sev-heading")]
    assert headings[0].startswith("Fel (")
    rules = {f["rule"] for f in page.findings()}
    links = {a.attrs["href"] for a in page.find("a") if "/rules?" in a.attrs.get("href", "")}
    for rule in rules - {"GOVCHECK-EXTRAKTION", "GOVCHECK-INGA-REGLER"}:
        assert any(link.endswith(f"#{rule}") for link in links), rule
    assert page.find("blockquote")


def test_a_word_document_is_read_from_memory(
    client: Any, validator: Validator, tmp_path: Path
) -> None:
    docx = write_docx(SEEDS["000"].read_text(encoding="utf-8"), tmp_path / "000.docx")
    page = Page(upload(client, "000.docx", docx.read_bytes()).text)
    same_findings(page, expected(validator, docx))
    assert "stycke" in " ".join(f["text"] for f in page.findings() if f["line"])


def test_a_pdf_shows_pages_and_page_anchors(
    client: Any, validator: Validator, tmp_path: Path
) -> None:
    pdf = write_pdf(SEEDS["000"].read_text(encoding="utf-8"), tmp_path / "000.pdf")
    page = Page(upload(client, "000.pdf", pdf.read_bytes()).text)
    same_findings(page, expected(validator, pdf))
    assert page.find("h3", class_="page-heading")
    assert page.by_id("p1-l1") is not None


def test_a_structured_draft_is_checked_and_its_fields_are_given(
    client: Any, validator: Validator
) -> None:
    path = EXAMPLES / "malmo-utvecklingsplan-med-brister.toml"
    response = upload(client, path.name, path.read_bytes())
    page = Page(response.text)
    same_findings(page, expected(validator, path))
    assert page.text_of("f-diarienummer-status") == "angivet i utkastet"


def test_pasted_text_is_checked(client: Any, validator: Validator) -> None:
    text = SEEDS["003"].read_text(encoding="utf-8")
    response = client.post("/check?lang=sv", data={"text": text})
    page = Page(response.text)
    assert "inklistrad-text.txt" in page.find("h1")[0].text
    same_findings(page, expected(validator, SEEDS["003"]))


def test_the_questions_the_draft_must_answer_are_listed(client: Any) -> None:
    draft = (
        'kommun = "malmo"\ntyp = "uppfoljning"\ndatum = 2024-03-01\n'
        '[[uppfoljning_svar]]\nfraga = "MAL-Q1-01"\nsvar = "Ja, enligt plan."\n'
    )
    page = Page(upload(client, "uppfoljning.toml", draft.encode()).text)
    items = [e for e in page.elements if e.tag == "li" and e.classes & {"answered", "unanswered"}]
    answered = {" ".join(e.text.split()) for e in items if "answered" in e.classes}
    unanswered = {" ".join(e.text.split()) for e in items if "unanswered" in e.classes}
    assert any("MAL-Q1-01" in item for item in answered)
    assert unanswered and not any("MAL-Q1-01" in item for item in unanswered)
    asked = {f["rule"] for f in page.findings() if "obesvarad fråga" in f["text"].casefold()}
    assert asked and "MAL-Q1-01" not in asked
    assert all(any(rule in item for item in unanswered) for rule in asked)


def test_the_municipality_chosen_applies_to_a_document_that_names_none(client: Any) -> None:
    # The document names its municipality in the letterhead, the e-mail domain and the text:
    # all of it goes, so that the document names none (the reader takes it from the document).
    seed = SEEDS["003"].read_text(encoding="utf-8")
    text = seed.replace("Göteborgs Stad", "staden").replace("Göteborgs", "stadens")
    text = text.replace("Göteborg", "staden").replace("goteborg", "example")
    response = client.post("/check?lang=sv", data={"text": text, "kommun": "malmo"})
    assert response.status_code == 200
    assert Page(response.text).form("correct")["kommun"] == "malmo"


# --- correcting and checking again ---------------------------------------------------------


def _first_check(client: Any) -> tuple[Page, dict[str, str]]:
    page = Page(upload(client, "000.txt", SEEDS["000"].read_bytes()).text)
    return page, page.form("correct")


def test_fields_are_marked_read_absent_or_unreadable(client: Any) -> None:
    page, form = _first_check(client)
    assert form["beslutande_organ"] == "Serviceämnden"
    assert page.text_of("f-beslutande_organ-status") == "läst ur dokumentet"
    # Seed 000's Datum stands empty: the date is inferred from its Beslutsplanering.
    assert page.text_of("f-datum-status") == "härlett ur texten"
    assert page.text_of("f-handlaggare-telefon-status") == "saknas i dokumentet"
    datum = page.by_id("f-datum")
    assert datum is not None and "f-datum-status" in datum.attrs["aria-describedby"]


def test_a_correction_is_checked_again_without_uploading(client: Any) -> None:
    page, form = _first_check(client)
    before = {f["rule"] for f in page.findings()}
    assert {"MAL-A-06", "MAL-D1-02"} <= before
    form["beslutande_organ"] = "Servicenämnden"
    form["datum"] = "2023-05-15"
    again = Page(client.post("/check/again?lang=sv", data=form).text)
    after = {f["rule"] for f in again.findings()}
    assert "MAL-A-06" not in after and "MAL-D1-02" not in after
    assert again.text_of("f-datum-status") == "rättat av dig"
    assert again.text_of("f-beslutande_organ-status") == "rättat av dig"
    assert again.text_of("f-diarienummer-status") == "läst ur dokumentet"
    # the document's text is still shown, findings still at their lines
    assert again.by_id("l15") is not None
    assert any(f["line"] == "15" for f in again.findings())
    assert "Granskat igen" in again.source


def test_what_the_reader_said_holds_until_the_official_corrects_that_field(
    client: Any,
) -> None:
    page, form = _first_check(client)

    def unread(view: Page) -> list[tuple[str, str]]:
        return [
            (f["path"], f["line"]) for f in view.findings() if f["rule"] == "GOVCHECK-EXTRAKTION"
        ]

    assert ("datum", "5") in unread(page)
    same = Page(client.post("/check/again?lang=sv", data=form).text)
    assert unread(same) == unread(page)
    form["datum"] = "2023-05-15"
    corrected = Page(client.post("/check/again?lang=sv", data=form).text)
    assert all(path != "datum" for path, _ in unread(corrected))


def test_reader_fields_about_a_corrected_field_are_dropped() -> None:
    reading = {
        "notes": (),
        "field_status": {"datum": "unreadable", "rubrik": "read"},
        "paragraphs": True,
    }
    kept = checking._still_holds(reading, {"datum"})
    assert kept == {"field_status": {"rubrik": "read"}, "paragraphs": True}


def test_a_refused_correction_is_said_at_its_field(client: Any) -> None:
    _, form = _first_check(client)
    form["datum"] = "15 maj 2023"
    response = client.post("/check/again?lang=sv", data=form)
    assert response.status_code == 422
    page = Page(response.text)
    field = page.by_id("f-datum")
    assert field is not None and field.attrs.get("aria-invalid") == "true"
    assert "f-datum-error" in field.attrs["aria-describedby"]
    assert "datum" in page.text_of("f-datum-error")
    summary = page.by_id("error-summary")
    assert summary is not None and summary.attrs.get("role") == "alert"
    assert any(a.attrs.get("href") == "#f-datum" for a in page.find("a"))
    # what the official typed is kept
    assert page.form("correct")["datum"] == "15 maj 2023"


def test_a_step_can_be_added_and_corrected(client: Any) -> None:
    _, form = _first_check(client)
    form["beslutsplanering[0].organ"] = "Servicenämnden"
    form["beslutsplanering[3].organ"] = "Kommunstyrelsen"
    form["beslutsplanering[3].datum"] = "2023-09-01"
    page = Page(client.post("/check/again?lang=sv", data=form).text)
    rows = page.form("correct")
    assert rows["beslutsplanering[3].organ"] == "Kommunstyrelsen"
    assert rows["beslutsplanering[5].organ"] == ""  # spare rows follow


def test_a_long_beslutsplanering_survives_a_correction(client: Any) -> None:
    steps = "".join(
        f'[[beslutsplanering]]\norgan = "Kommunstyrelsen"\ndatum = 2024-{1 + i // 28:02d}-'
        f"{1 + i % 28:02d}\n"
        for i in range(60)
    )
    draft = 'kommun = "malmo"\ntyp = "tjansteskrivelse"\ndatum = 2024-01-01\n' + steps
    form = Page(upload(client, "lang.toml", draft.encode()).text).form("correct")
    assert form["beslutsplanering[59].datum"] == "2024-03-04"
    form["rubrik"] = "Ny rubrik"
    response = client.post("/download/draft?lang=sv", data=form)
    loaded = parse_draft_text(response.text, "lang.toml", ".toml")
    assert len(loaded.draft.beslutsplanering) == 60 and loaded.draft.rubrik == "Ny rubrik"


def test_the_language_switch_on_a_result_checks_again_in_english(client: Any) -> None:
    page = Page(upload(client, "000.txt", SEEDS["000"].read_bytes()).text)
    switch = [b for b in page.find("button") if b.attrs.get("form") == "correct"]
    assert switch and switch[0].attrs["formaction"] == "/check/again?lang=en"
    english = Page(client.post(switch[0].attrs["formaction"], data=page.form("correct")).text)
    assert english.find("html")[0].attrs["lang"] == "en"
    assert english.find("h1")[0].text.startswith("Review of 000.txt")
    assert {f["rule"] for f in english.findings()} == {f["rule"] for f in page.findings()}


def test_the_corrected_draft_downloads_as_toml_that_validates(client: Any) -> None:
    _, form = _first_check(client)
    form["beslutande_organ"] = "Servicenämnden"
    form["datum"] = "2023-05-15"
    response = client.post("/download/draft?lang=sv", data=form)
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["content-type"].startswith("application/toml")
    loaded = parse_draft_text(response.text, "000.toml", ".toml")
    assert loaded.draft.beslutande_organ == "Servicenämnden"
    assert str(loaded.draft.datum) == "2023-05-15"
    assert loaded.draft.diarienummer == "SN-2023-514"
    assert response.text.startswith("# Utkast utläst ur 000.txt")


def test_the_report_downloads_as_markdown_with_the_corrections(client: Any) -> None:
    _, form = _first_check(client)
    form["beslutande_organ"] = "Servicenämnden"
    response = client.post("/download/report?lang=sv", data=form)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/markdown")
    assert 'filename="govcheck-rapport-000.md"' in response.headers["content-disposition"]
    assert response.text.startswith("# Granskningsrapport från govcheck")
    assert "| MAL-A-06 |" in response.text
    assert "| MAL-D1-02 |" not in response.text


def test_a_tampered_state_is_refused_with_a_message(client: Any) -> None:
    _, form = _first_check(client)
    form["state"] = '{"file": 3}'
    response = client.post("/check/again?lang=sv", data=form)
    assert response.status_code == 400
    assert "Ladda upp dokumentet igen" in response.text


def test_without_the_kept_text_the_corrections_are_still_checked(client: Any) -> None:
    _, form = _first_check(client)
    form["doc"] = "unknown-token"
    form["beslutande_organ"] = "Servicenämnden"
    page = Page(client.post("/check/again?lang=sv", data=form).text)
    assert "hålls inte längre i minnet" in page.source
    assert "MAL-D1-02" not in {f["rule"] for f in page.findings()}


# --- hostile and broken uploads ------------------------------------------------------------


@pytest.mark.parametrize(("name", "make", "mention"), CORPUS, ids=[c[0] for c in CORPUS])
def test_hostile_uploads_get_a_clear_message(
    client: Any, name: str, make: Any, mention: str
) -> None:
    response = upload(client, name, make())
    assert 400 <= response.status_code < 500
    page = Page(response.text)
    summary = page.text_of("error-summary")
    assert mention.casefold() in summary.casefold(), summary
    assert "Traceback" not in response.text
    assert client.get("/health").text == "ok\n"


def test_too_large_an_upload_is_refused_before_it_is_read(client: Any) -> None:
    response = upload(client, "stor.docx", b"x" * (checking.MAX_DOCUMENT_BYTES + 2_000_000))
    assert response.status_code == 413
    assert "för stor" in Page(response.text).text_of("error-summary")


def test_unsupported_types_and_empty_forms_are_said(client: Any) -> None:
    page = Page(upload(client, "program.exe", b"MZ\x90\x00").text)
    assert "filtypen .exe stöds inte" in page.text_of("error-summary")
    page = Page(client.post("/check?lang=sv", data={"text": "  "}).text)
    assert "Välj en fil eller klistra in en text" in page.text_of("error-summary")
    field = page.by_id("file")
    assert field is not None and "file-error" in field.attrs["aria-describedby"]


def test_a_broken_multipart_body_is_a_message(client: Any) -> None:
    response = client.post(
        "/check?lang=sv",
        content=b'--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
        headers={"content-type": "multipart/form-data; boundary=y"},
    )
    assert response.status_code in (200, 400)
    assert "Traceback" not in response.text


def test_the_server_keeps_running_when_a_worker_dies() -> None:
    async def scenario() -> None:
        pool = CheckPool(RunConfig(rules_dir=RULES), workers=1, timeout=20)
        await pool.start()
        try:
            with pytest.raises(CheckFailed):
                await pool.run(os._exit, 1)
            assert await pool.run(checking.ping)
        finally:
            pool.close()

    asyncio.run(scenario())


def test_a_check_past_the_time_limit_is_stopped() -> None:
    async def scenario() -> None:
        pool = CheckPool(RunConfig(rules_dir=RULES), workers=1, timeout=1)
        await pool.start()
        try:
            started = time.monotonic()
            with pytest.raises(CheckTimedOut):
                await pool.run(time.sleep, 30)
            assert time.monotonic() - started < 10
            pool.timeout = 20
            assert await pool.run(checking.ping)
        finally:
            pool.close()

    asyncio.run(scenario())


# --- errors never show a traceback ---------------------------------------------------------


def test_unknown_pages_get_the_page_not_found(client: Any) -> None:
    response = client.get("/finns-inte")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.text
    assert client.get("/check", follow_redirects=False).status_code == 303
    response = client.put("/check")
    assert response.status_code == 405 and "Traceback" not in response.text


def test_an_internal_error_is_a_plain_page_and_logs_no_content(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = create_app(Settings(RunConfig(rules_dir=RULES), workers=0))

    async def boom(request: Any) -> Any:
        raise ValueError("hemlig text ur dokumentet")

    app.router.routes.append(Route("/boom", boom))
    with (
        TestClient(app, raise_server_exceptions=False) as test_client,
        caplog.at_level(logging.DEBUG),
    ):
        response = test_client.get("/boom")
    assert response.status_code == 500
    assert "Något gick fel" in response.text
    assert "hemlig" not in response.text and "Traceback" not in response.text
    assert all("hemlig" not in record.getMessage() for record in caplog.records)


# --- privacy -------------------------------------------------------------------------------


def test_uploads_are_never_written_to_disk_or_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """In-process checking (workers=0) runs the same code as a worker; during the request
    every way of writing a file fails the test."""
    marker = "Hemligpersonnummer 19121212-1212"
    # Past the size Starlette's own parser spools to disk (1 MB), within the text a document
    # may hold (MAX_TEXT_CHARS): letters of four bytes each.
    padding = ("\U0001d504" * 70 + "\n") * 3950
    text = SEEDS["001"].read_text(encoding="utf-8") + f"\n{marker}\n" * 40 + padding
    data = text.encode("utf-8")
    assert len(data) > 1_100_000 and len(text) < MAX_TEXT_CHARS
    app = create_app(Settings(RunConfig(rules_dir=RULES), workers=0))
    written: list[str] = []
    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        written.append("tempfile")
        raise AssertionError("an upload must not be spooled to disk")

    with TestClient(app) as test_client:
        monkeypatch.setattr(builtins, "open", guarded_open)
        monkeypatch.setattr(io, "open", guarded_open)
        monkeypatch.setattr(tempfile, "SpooledTemporaryFile", refuse)
        monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
        monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
        monkeypatch.setattr(tempfile, "mkstemp", refuse)
        with caplog.at_level(logging.DEBUG):
            response = test_client.post(
                "/check?lang=sv", files={"file": ("stor.txt", data)}, data={}
            )
            body, content_type = multipart({"text": marker * 3}, {})
            pasted = test_client.post(
                "/check?lang=sv", content=body, headers={"content-type": content_type}
            )
        monkeypatch.undo()
    assert response.status_code == 200 and pasted.status_code in (200, 422)
    assert written == []
    assert all("Hemlig" not in record.getMessage() for record in caplog.records)


def test_the_page_loads_nothing_from_outside_and_sets_safe_headers(client: Any) -> None:
    for path in ("/", "/rules"):
        response = client.get(path)
        page = Page(response.text)
        for element in page.elements:
            for attribute in ("src", "href", "action"):
                value = element.attrs.get(attribute, "")
                assert not re.match(r"^(https?:)?//", value), (path, value)
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
    result = upload(client, "000.txt", SEEDS["000"].read_bytes())
    assert result.headers["cache-control"] == "no-store"
    for asset in ("/static/app.css", "/static/app.js"):
        assert client.get(asset).status_code == 200


# --- concurrency ---------------------------------------------------------------------------


def test_concurrent_uploads_get_their_own_results(client: Any, validator: Validator) -> None:
    wanted = {prefix: expected(validator, path) for prefix, path in SEEDS.items()}
    jobs = [prefix for prefix in sorted(SEEDS) for _ in range(3)]

    def run(prefix: str) -> tuple[str, Page]:
        response = upload(client, f"{prefix}.txt", SEEDS[prefix].read_bytes())
        return prefix, Page(response.text)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, jobs))
    for prefix, page in results:
        assert f"{prefix}.txt" in page.find("h1")[0].text
        same_findings(page, wanted[prefix])


# --- language and accessibility -------------------------------------------------------------


def test_swedish_first_and_english_by_a_switch(client: Any) -> None:
    fresh = TestClient(client.app)
    page = Page(fresh.get("/").text)
    assert page.find("html")[0].attrs["lang"] == "sv"
    assert page.find("h1")[0].text == "Granska ett utkast"
    switch = [a for a in page.find("a") if a.attrs.get("href") == "/?lang=en"]
    assert switch and switch[0].attrs.get("lang") == "en"
    english = fresh.get("/?lang=en")
    assert Page(english.text).find("html")[0].attrs["lang"] == "en"
    assert "govcheck_lang=en" in english.headers["set-cookie"]
    assert Page(fresh.get("/rules").text).find("h1")[0].text == "The rulebook"  # cookie


def test_findings_speak_english_on_the_english_page(client: Any) -> None:
    response = client.post("/check?lang=en", files={"file": ("000.txt", SEEDS["000"].read_bytes())})
    page = Page(response.text)
    assert page.find("html")[0].attrs["lang"] == "en"
    assert page.text_of("f-datum-status") == "inferred from the text"
    assert any("Errors (" in h.text for h in page.find("h3"))


def test_every_text_has_both_languages_and_templates_use_only_known_texts() -> None:
    assert all(set(entry) == {"sv", "en"} and all(entry.values()) for entry in TEXTS.values())
    used = set()
    for template in TEMPLATES.glob("*.html"):
        source = template.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_.]+)["']""", source))
    prefixes = {key for key in used if key.endswith("_")}  # t("field_" ~ spec.key)
    assert used - prefixes - set(TEXTS) == set()
    assert all(any(key.startswith(prefix) for key in TEXTS) for prefix in prefixes)
    assert len(used) > 50, "the templates take their words from the catalogue"
    for spec in form_fields.FIELDS:
        assert f"field_{spec.key}" in TEXTS


def _labelled(page: Page) -> None:
    labels = {label.attrs.get("for") for label in page.find("label")}
    for element in page.elements:
        if element.tag in ("input", "select", "textarea") and element.attrs.get("type") not in (
            "hidden",
            "submit",
        ):
            assert element.attrs.get("id") in labels, element.attrs


def test_the_pages_meet_the_wcag_basics(client: Any) -> None:
    pages = [
        Page(client.get("/").text),
        Page(client.get("/rules").text),
        Page(upload(client, "000.txt", SEEDS["000"].read_bytes()).text),
    ]
    for page in pages:
        assert page.find("html")[0].attrs.get("lang") in ("sv", "en")
        skip = page.find("a", class_="skip-link")
        assert skip and skip[0].attrs["href"] == "#main" and page.by_id("main") is not None
        assert len(page.find("h1")) == 1
        assert page.find("title")[0].text.strip()
        _labelled(page)
        levels = [int(e.tag[1]) for e in page.elements if re.fullmatch(r"h[1-6]", e.tag)]
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    css = (ROOT / "src" / "govcheck" / "web" / "static" / "app.css").read_text()
    assert ":focus-visible" in css


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_text_colours_have_aa_contrast() -> None:
    css = (ROOT / "src" / "govcheck" / "web" / "static" / "app.css").read_text()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    pairs = [
        ("ink", "paper"),
        ("muted", "paper"),
        ("accent", "paper"),
        ("fel", "paper"),
        ("varning", "paper"),
        ("info", "paper"),
        ("ok", "paper"),
        ("fel", "fel-bg"),
        ("varning", "varning-bg"),
        ("info", "info-bg"),
        ("ink", "fel-bg"),
        ("ink", "varning-bg"),
    ]
    for fore, back in pairs:
        a, b = _luminance(colours[fore]), _luminance(colours[back])
        ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
        assert ratio >= 4.5, (fore, back, round(ratio, 2))


# --- the rulebook --------------------------------------------------------------------------


def test_the_rulebook_lists_every_rule_with_source_and_validity(client: Any) -> None:
    app_index = client.app.state.indexes["sv"]
    page = Page(client.get("/rules?lang=sv").text)
    articles = page.find("article")
    assert len(articles) == len(app_index.entries) > 50
    first = articles[0]
    text = " ".join(first.text.split())
    assert "Giltighet" in text and "Källa" in text and "från " in text
    assert page.find("blockquote")


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("q=MAL-F1-01", lambda ids: ids == ["MAL-F1-01"]),
        ("q=mal-f1-01", lambda ids: ids == ["MAL-F1-01"]),
        ("riktlinje=F1", lambda ids: ids and all("-F1-" in i for i in ids)),
        ("kommun=goteborg", lambda ids: ids and not any(i.startswith("MAL-") for i in ids)),
        ("q=kommunbidrag", lambda ids: "MAL-F1-01" in ids),
        ("q=ingetsådantordfinns", lambda ids: ids == []),
    ],
)
def test_the_rulebook_is_searchable(client: Any, query: str, check: Any) -> None:
    page = Page(client.get(f"/rules?lang=sv&{query}").text)
    ids = [article.attrs["id"] for article in page.find("article")]
    assert check(ids), ids


def test_a_finding_links_to_its_rule_in_the_rulebook(client: Any) -> None:
    page = Page(upload(client, "000.txt", SEEDS["000"].read_bytes()).text)
    link = next(a for a in page.find("a") if "#MAL-D1-02" in a.attrs.get("href", ""))
    rules = Page(client.get(link.attrs["href"].split("#")[0]).text)
    assert rules.by_id("MAL-D1-02") is not None


# --- the parts ---------------------------------------------------------------------------


def test_the_authority_of_a_source_is_said_in_words_where_the_rulebook_gives_it() -> None:
    from enum import Enum
    from types import SimpleNamespace

    from govcheck.web.rulebook_view import authority_words

    class Authority(Enum):
        FORSLAG = "forslag"

    class Labelled:
        def label(self, lang: str) -> str:
            return "förslag, inte beslut" if lang == "sv" else "proposal, not a decision"

    assert authority_words(SimpleNamespace(), "sv") is None
    assert authority_words(SimpleNamespace(authority=None), "sv") is None
    # rulebook_render.AUTHORITY_NAMES gives the words for a bare value
    assert authority_words(SimpleNamespace(authority=Authority.FORSLAG), "sv") == (
        "förslag, inte beslut"
    )
    assert authority_words(SimpleNamespace(authority="antaget_beslut"), "sv") == "antaget beslut"
    assert authority_words(SimpleNamespace(authority=Labelled()), "en") == (
        "proposal, not a decision"
    )


def test_the_text_store_forgets_after_its_time_and_when_full() -> None:
    now = [0.0]
    store = TextStore(ttl=10, max_entries=2, clock=lambda: now[0])
    line = (checking.DocLine(None, 1, "rad"),)
    first, second, third = store.put(line), store.put(line), store.put(line, {"a": 1})
    kept, last = store.get(second), store.get(third)
    assert store.get(first) is None and kept is not None and kept.lines == line
    assert last is not None and last.reading == {"a": 1}
    now[0] = 11
    assert store.get(second) is None and len(store) == 0
    assert len(first) >= 40 and first != second


def test_file_names_are_reduced_to_a_safe_name() -> None:
    assert checking.safe_name("C:\\Users\\a\\Mina dokument\\utkast.docx") == "utkast.docx"
    assert checking.safe_name("../../etc/passwd") == "passwd"
    assert checking.safe_name("a\nb\x00.txt") == "ab.txt"
    assert len(checking.safe_name("x" * 500 + ".pdf")) <= 120
    assert checking.safe_name("") == "dokument"


def test_form_fields_round_trip_through_draft_data() -> None:
    data = {
        "kommun": "malmo",
        "typ": "remissvar",
        "handlaggare": {"namn": "A"},
        "beslutsunderlag": ["Ett", "Två"],
        "beslutsplanering": [{"organ": "KS", "steg": "sammantrade", "datum": "2024-01-02"}],
    }
    values = form_fields.form_values(data)
    assert values["beslutsunderlag"] == "Ett\nTvå"
    form = dict(values)
    form["handlaggare.namn"] = ""
    form["beslutsplanering[0].organ"] = "KS"
    form["beslutsplanering[0].datum"] = "2024-01-02"
    out = form_fields.apply_form(data, form)
    assert "handlaggare" not in out
    assert out["beslutsunderlag"] == ["Ett", "Två"]
    assert out["beslutsplanering"] == [{"organ": "KS", "datum": "2024-01-02"}]
    assert form_fields.field_for_error("beslutsplanering[0].datum") == (
        "f-beslutsplanering-0-datum"
    )
    assert form_fields.field_for_error("handlaggare.epost") == "f-handlaggare-epost"


# --- the command ---------------------------------------------------------------------------


def test_serve_starts_the_page_on_this_machine_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from govcheck import cli
    from govcheck.web import server

    started: list[tuple[Any, ...]] = []
    monkeypatch.setattr(server, "serve", lambda *args: started.append(args))
    runner = CliRunner()
    result = runner.invoke(cli.cli, ["serve"])
    assert result.exit_code == 0, result.output
    config, host, port, workers = started[0]
    assert (host, port) == ("127.0.0.1", 8000) and workers >= 1
    assert config.rules_dir.is_dir()
    result = runner.invoke(cli.cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0 and started[1][1:3] == ("0.0.0.0", 8123)
    assert "ingen inloggning" in result.output
    broken = tmp_path / "regler"
    shutil.copytree(RULES, broken)
    (broken / "rulebook.toml").write_text("version = [\n", encoding="utf-8")
    result = runner.invoke(cli.cli, ["serve", "--rules", str(broken)])
    assert result.exit_code == 2 and len(started) == 2


def test_loopback_addresses_are_recognised() -> None:
    from govcheck.web.server import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")
