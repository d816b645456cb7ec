"""The web page for officials (``govcheck serve``): check a document, correct what was read
and check again, download the corrected draft and the report, browse the rulebook.

Server-rendered pages (Starlette and Jinja2); every page works without JavaScript, and the
little script there is only filters the rulebook as one types. Nothing is loaded from outside
the machine. Checks run in worker processes (``pool.py``); uploads are read into memory
(``forms.py``) and never written to disk or to a log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import logging
import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govcheck.drafts import MAX_DRAFT_BYTES
from govcheck.errors import InputError
from govcheck.models import Finding, Language, Severity
from govcheck.runner import RunConfig
from govcheck.web import checking
from govcheck.web import fields as form_fields
from govcheck.web.checking import DocLine, DraftState, Outcome
from govcheck.web.forms import FormRejected, read_form
from govcheck.web.pool import CheckFailed, CheckPool, CheckTimedOut
from govcheck.web.rulebook_view import RulebookIndex, build_index, validity
from govcheck.web.store import TextStore
from govcheck.web.texts import TEXTS, text

log = logging.getLogger("govcheck.web")
HERE = Path(__file__).resolve().parent
LANG_COOKIE = "govcheck_lang"
LANGUAGES: tuple[Language, ...] = ("sv", "en")
#: An upload's body: the document limit plus room for the other fields of the form.
UPLOAD_LIMIT = checking.MAX_DOCUMENT_BYTES + 1_000_000
#: A correction's body: the draft (at most a structured draft's size) and where it stands.
CORRECTION_LIMIT = 2 * MAX_DRAFT_BYTES + 1_000_000
SEVERITY_ORDER = (Severity.FEL, Severity.VARNING, Severity.INFO)

CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


@dataclass
class Settings:
    config: RunConfig
    workers: int = 2
    timeout: float = 60.0


# --- language and rendering -----------------------------------------------------------------------


def language(request: Request) -> Language:
    wanted = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "sv"
    return "en" if wanted == "en" else "sv"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


ENV = _environment()


def render(
    request: Request, template: str, lang: Language, status_code: int = 200, **context: Any
) -> HTMLResponse:
    def t(key: str, /, **values: Any) -> str:
        return text(key, lang, **values)

    def url(path: str, **params: str) -> str:
        query = {key: value for key, value in params.items() if value}
        query["lang"] = lang
        return f"{path}?{urlencode(query)}"

    other: Language = "en" if lang == "sv" else "sv"
    indexes: dict[str, RulebookIndex] = request.app.state.indexes
    store: TextStore = request.app.state.store
    page = ENV.get_template(template).render(
        kommun_names=indexes[lang].kommun_names,
        text_minutes=round(store.ttl / 60),
        t=t,
        url=url,
        lang=lang,
        other_lang=other,
        path=request.url.path,
        **context,
    )
    response = HTMLResponse(page, status_code=status_code)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True
        )
    return response


# --- the result page's view of an outcome ---------------------------------------------------


def anchor(page: int | None, line: int) -> str:
    return f"p{page}-l{line}" if page is not None else f"l{line}"


@dataclass(frozen=True)
class FindingView:
    number: int
    finding: Finding
    where: str
    anchor: str | None
    authority: str | None
    known_rule: bool

    @property
    def id(self) -> str:
        return f"finding-{self.number}"


@dataclass(frozen=True)
class LineView:
    anchor: str
    number: int
    text: str
    marks: tuple[FindingView, ...]


_STEP_PATH = re.compile(r"beslutsplanering\[(\d+)\](?:\.(\w+))?$")


def path_words(path: str, lang: Language) -> str:
    """A draft key as the form names it ("Beslutsplanering, steg 2: Organ"), else as it is."""

    def label(key: str) -> str:
        return text(key, lang).split(" (")[0]

    if f"field_{path}" in TEXTS:
        return label(f"field_{path}")
    step = _STEP_PATH.match(path)
    if step:
        words = f"{label('group_steps')}, {text('step_n', lang, n=int(step.group(1)) + 1).lower()}"
        column = step.group(2)
        return (
            f"{words}: {label(f'field_steg.{column}')}"
            if column in ("organ", "steg", "datum")
            else words
        )
    return path


def _where(finding: Finding, file: str, lang: Language) -> str:
    location = finding.location
    parts = []
    if location.line is not None:
        if location.page is not None:
            parts.append(text("page_line", lang, page=location.page, line=location.line))
        elif PurePosixPath(file).suffix.lower() == ".docx":
            parts.append(text("paragraph_n", lang, line=location.line))
        else:
            parts.append(text("line_n", lang, line=location.line))
    if location.path:
        parts.append(text("where_field", lang, path=path_words(location.path, lang)))
    return ", ".join(parts) or text("where_whole", lang)


def result_context(
    outcome: Outcome,
    lines: tuple[DocLine, ...] | None,
    token: str,
    index: RulebookIndex,
    lang: Language,
) -> dict[str, Any]:
    from govcheck.web.rulebook_view import authority_words

    shown = {anchor(line.page, line.line) for line in lines or ()}
    known = {entry.id for entry in index.entries}

    # Numbered in the order the page lists them: by severity, then as the report orders them.
    def listed(finding: Finding) -> tuple[int, int]:
        group = 3 if finding.waived else SEVERITY_ORDER.index(finding.severity)
        return (group, outcome.findings.index(finding))

    views = []
    for number, finding in enumerate(sorted(outcome.findings, key=listed), start=1):
        location = finding.location
        place = None
        if location.line is not None:
            candidate = anchor(location.page, location.line)
            place = candidate if candidate in shown else None
        views.append(
            FindingView(
                number=number,
                finding=finding,
                where=_where(finding, outcome.file, lang),
                anchor=place,
                authority=authority_words(finding.citation, lang) if finding.citation else None,
                known_rule=finding.rule_id in known,
            )
        )
    groups = []
    for severity in SEVERITY_ORDER:
        members = [v for v in views if v.finding.severity == severity and not v.finding.waived]
        groups.append((severity.value, text(f"sev_{severity.value}", lang), members))
    waived = [view for view in views if view.finding.waived]
    if waived:
        groups.append(("waived", text("sev_waived", lang), waived))
    marks: dict[str, list[FindingView]] = {}
    for view in views:
        if view.anchor:
            marks.setdefault(view.anchor, []).append(view)
    pages: list[tuple[int | None, list[LineView]]] = []
    for line in lines or ():
        if not pages or pages[-1][0] != line.page:
            pages.append((line.page, []))
        key = anchor(line.page, line.line)
        pages[-1][1].append(LineView(key, line.line, line.text, tuple(marks.get(key, ()))))
    state = outcome.state
    values = dict(outcome.form) if outcome.field_error else {f.key: f.value for f in outcome.fields}
    if outcome.field_error and state is not None:
        statuses = {key: state.read.get(key, "absent") for key in form_fields.FIELD_KEYS}
        steps = _steps_from_form(outcome.form)
    else:
        statuses = {f.key: f.status for f in outcome.fields}
        steps = [dict(row) for row in outcome.steps]
    error_id = None
    if outcome.field_error:
        error_id = form_fields.field_for_error(outcome.field_error[0])
    return {
        "outcome": outcome,
        "groups": groups,
        "counts": {
            sev.value: sum(1 for f in outcome.findings if f.severity == sev and not f.waived)
            for sev in SEVERITY_ORDER
        },
        "pages": pages,
        "text_kept": lines is not None,
        "token": token,
        "state_json": state.to_json() if state else "",
        "values": values,
        "statuses": statuses,
        "notes": {f.key: f.note for f in outcome.fields if f.note},
        "steps": steps,
        "fields": form_fields.FIELDS,
        "step_kinds": form_fields.STEP_KINDS,
        "case_types": form_fields.CASE_TYPES,
        "kommuner": index.kommuner,
        "error_id": error_id,
        "show_remiss": values.get("typ") == "remissvar"
        or any(values.get(k) for k in ("remiss.remittent", "remiss.svar_senast")),
        "source_is_draft": state is not None and state.source == "draft",
        "known_ids": known,
        "max_lines": checking.MAX_SHOWN_LINES,
    }


def _steps_from_form(form: Mapping[str, str]) -> list[dict[str, str]]:
    rows = []
    for index in itertools.count():
        keys = [f"{form_fields.STEPS}[{index}].{key}" for key in form_fields.STEP_KEYS]
        if not any(key in form for key in keys):
            break
        rows.append(
            {key: form.get(name, "") for key, name in zip(form_fields.STEP_KEYS, keys, strict=True)}
        )
    return rows


# --- routes --------------------------------------------------------------------------------


def _pool(request: Request) -> CheckPool:
    pool: CheckPool = request.app.state.pool
    return pool


def _index(request: Request, lang: Language) -> RulebookIndex:
    indexes: dict[str, RulebookIndex] = request.app.state.indexes
    return indexes[lang]


def _per(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    return dt.date.fromisoformat(value)


async def home(request: Request) -> Response:
    lang = language(request)
    return render(request, "index.html", lang, **_home_context(request, lang))


def _home_context(request: Request, lang: Language, **extra: Any) -> dict[str, Any]:
    context: dict[str, Any] = {
        "kommuner": _index(request, lang).kommuner,
        "error": None,
        "error_field": None,
        "chosen": {"kommun": "", "per": "", "text": ""},
    }
    context.update(extra)
    return context


def _upload_error(
    request: Request,
    lang: Language,
    message: str,
    field: str | None,
    chosen: dict[str, str],
    status_code: int = 400,
) -> HTMLResponse:
    context = _home_context(request, lang, error=message, error_field=field, chosen=chosen)
    return render(request, "index.html", lang, status_code=status_code, **context)


async def check(request: Request) -> Response:
    lang = language(request)
    try:
        form = await read_form(request, UPLOAD_LIMIT)
    except FormRejected as rejected:
        message = text(rejected.reason, lang, limit=checking.MAX_DOCUMENT_BYTES // 1_000_000)
        status = 413 if rejected.reason == "error_too_large" else 400
        return _upload_error(request, lang, message, "file", {}, status)
    chosen = {
        "kommun": form.get("kommun"),
        "per": form.get("per"),
        "text": form.get("text") if "file" not in form.files else "",
    }
    kommun = form.get("kommun") or None
    if kommun is not None and kommun not in _index(request, lang).kommuner:
        kommun = None
    try:
        per = _per(form.get("per"))
    except ValueError:
        return _upload_error(request, lang, text("error_bad_date", lang), "per", chosen)
    upload = form.files.get("file")
    if upload is not None and (upload.filename or upload.data):
        raw, name = upload.data, upload.filename or "dokument"
    elif form.get("text").strip():
        raw, name = form.get("text").encode("utf-8"), text("pasted_name", lang)
    else:
        return _upload_error(request, lang, text("error_nothing", lang), "file", chosen)
    if len(raw) > checking.MAX_DOCUMENT_BYTES:
        limit = checking.MAX_DOCUMENT_BYTES // 1_000_000
        return _upload_error(
            request, lang, text("error_too_large", lang, limit=limit), "file", chosen, 413
        )
    try:
        outcome = await _pool(request).run(checking.check_upload, raw, name, lang, kommun, per)
    except CheckTimedOut:
        return _upload_error(request, lang, text("error_busy", lang), "file", chosen, 503)
    except CheckFailed:
        return _upload_error(request, lang, text("error_worker", lang), "file", chosen, 422)
    del raw, form
    if outcome.problem is not None:
        message = text("error_read", lang, file=outcome.file, message=outcome.problem)
        return _upload_error(request, lang, message, "file", chosen, 422)
    store: TextStore = request.app.state.store
    token = store.put(outcome.lines, outcome.reading)
    context = result_context(outcome, outcome.lines, token, _index(request, lang), lang)
    return render(request, "result.html", lang, rechecked=False, per=form_per(per), **context)


def form_per(per: dt.date | None) -> str:
    return per.isoformat() if per else ""


async def _correction(request: Request) -> tuple[Language, Any, DraftState | None, str]:
    lang = language(request)
    form = await read_form(request, CORRECTION_LIMIT)
    state = DraftState.from_json(form.get("state"))
    return lang, form, state, form.get("doc")


async def _correction_or_error(request: Request) -> Any:
    """The corrected form and its kept state, or the page that says why there is none (shared
    by checking again and the two downloads)."""
    try:
        lang, form, state, token = await _correction(request)
    except FormRejected as rejected:
        lang = language(request)
        return _upload_error(request, lang, text(rejected.reason, lang, limit=2), None, {}, 400)
    if state is None:
        return _upload_error(request, lang, text("error_state", lang), None, {}, 400)
    return lang, form, state, token


async def check_again(request: Request) -> Response:
    found = await _correction_or_error(request)
    if isinstance(found, Response):
        return found
    lang, form, state, token = found
    return await _recheck(request, lang, form.fields, state, token)


async def _recheck(
    request: Request, lang: Language, fields: dict[str, str], state: DraftState, token: str
) -> Response:
    store: TextStore = request.app.state.store
    kept = store.get(token) if token else None
    lines = kept.lines if kept else None
    try:
        per = _per(fields.get("per", ""))
    except ValueError:
        per = None
    try:
        outcome = await _pool(request).run(
            checking.check_again,
            state,
            fields,
            lang,
            per,
            list(lines or ()),
            kept.reading if kept else None,
        )
    except CheckTimedOut:
        return _upload_error(request, lang, text("error_busy", lang), None, {}, 503)
    except CheckFailed:
        return _upload_error(request, lang, text("error_worker", lang), None, {}, 422)
    context = result_context(outcome, lines, token, _index(request, lang), lang)
    status = 422 if outcome.field_error else 200
    return render(
        request,
        "result.html",
        lang,
        status_code=status,
        rechecked=True,
        per=fields.get("per", ""),
        **context,
    )


def _attachment(body: str, filename: str, media_type: str) -> Response:
    ascii_name = "".join(
        ch if (ch.isascii() and ch.isalnum()) or ch in "-_." else "_" for ch in filename
    )
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(
        body.encode("utf-8"),
        media_type=media_type,
        headers={"Content-Disposition": disposition},
    )


async def download_draft(request: Request) -> Response:
    found = await _correction_or_error(request)
    if isinstance(found, Response):
        return found
    lang, form, state, token = found
    try:
        name, body = checking.corrected_toml(state, form.fields, lang)
    except InputError:
        # The page says what is wrong, at the field, as a check again would.
        return await _recheck(request, lang, form.fields, state, token)
    return _attachment(body, name, "application/toml; charset=utf-8")


async def download_report(request: Request) -> Response:
    found = await _correction_or_error(request)
    if isinstance(found, Response):
        return found
    lang, form, state, token = found
    try:
        per = _per(form.get("per"))
    except ValueError:
        per = None
    try:
        store: TextStore = request.app.state.store
        kept = store.get(token) if token else None
        reading = kept.reading if kept else None
        outcome = await _pool(request).run(
            checking.check_again, state, form.fields, lang, per, None, reading
        )
    except CheckFailed:
        return _upload_error(request, lang, text("error_worker", lang), None, {}, 422)
    if outcome.field_error:
        return await _recheck(request, lang, form.fields, state, token)
    stem = PurePosixPath(state.file).stem or "utkast"
    prefix = "govcheck-rapport" if lang == "sv" else "govcheck-report"
    return _attachment(outcome.markdown, f"{prefix}-{stem}.md", "text/markdown; charset=utf-8")


async def rules_page(request: Request) -> Response:
    lang = language(request)
    index = _index(request, lang)
    query = request.query_params.get("q", "")[:200]
    guideline = request.query_params.get("riktlinje", "")[:20]
    kommun = request.query_params.get("kommun", "")[:40]
    if kommun not in index.kommuner:
        kommun = ""
    found = index.search(query, guideline, kommun)
    return render(
        request,
        "rules.html",
        lang,
        index=index,
        found=found,
        query=query,
        guideline=guideline,
        kommun=kommun,
        validity=validity,
    )


async def redirect_home(request: Request) -> Response:
    return RedirectResponse(f"/?lang={language(request)}", status_code=303)


async def health(request: Request) -> Response:
    return Response("ok\n", media_type="text/plain")


# --- errors, headers -----------------------------------------------------------------------


async def http_error(request: Request, exc: Exception) -> Response:
    lang = language(request)
    code = exc.status_code if isinstance(exc, HTTPException) else 500
    if code == 404:
        return render(
            request,
            "error.html",
            lang,
            status_code=404,
            title_key="not_found_title",
            text_key="not_found_text",
        )
    if code == 405:
        return render(
            request,
            "error.html",
            lang,
            status_code=405,
            title_key="method_title",
            text_key="method_text",
        )
    return render(
        request,
        "error.html",
        lang,
        status_code=code,
        title_key="server_error_title",
        text_key="server_error_text",
    )


class Guard:
    """Outermost middleware: security headers on every response, and any error becomes the
    plain 500 page. Only the kind of error is logged: its message may quote a document."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Frame-Options"] = "DENY"
                if not static:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            log.error("internal error in govcheck serve: %s", type(exc).__name__)
            if started:
                raise RuntimeError("response already started") from None
            request = Request(scope)
            lang = language(request)
            page = ENV.get_template("error.html").render(
                t=lambda key, **values: text(key, lang, **values),
                url=lambda path, **params: f"{path}?lang={lang}",
                lang=lang,
                other_lang="en" if lang == "sv" else "sv",
                path="/",
                text_minutes=round(TextStore().ttl / 60),
                title_key="server_error_title",
                text_key="server_error_text",
            )
            response = HTMLResponse(page, status_code=500)
            await response(scope, receive, send_with_headers)


def create_app(settings: Settings) -> Starlette:
    rulebook = settings.config.rulebook()
    indexes = {lang: build_index(rulebook, lang) for lang in LANGUAGES}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool = CheckPool(settings.config, settings.workers, settings.timeout)
        app.state.pool = pool
        await pool.start()
        try:
            yield
        finally:
            pool.close()
            app.state.store.clear()

    routes = [
        Route("/", home),
        Route("/check", check, methods=["POST"]),
        Route("/check", redirect_home, methods=["GET"]),
        Route("/check/again", check_again, methods=["POST"]),
        Route("/check/again", redirect_home, methods=["GET"]),
        Route("/download/draft", download_draft, methods=["POST"]),
        Route("/download/report", download_report, methods=["POST"]),
        Route("/rules", rules_page),
        Route("/health", health),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error},
    )
    app.state.indexes = indexes
    app.state.store = TextStore()
    app.state.version = rulebook.version
    app.add_middleware(Guard)
    return app


def missing_texts() -> set[str]:
    """Catalogue keys lacking a language (the tests require none)."""
    return {key for key, entry in TEXTS.items() if set(entry) != set(LANGUAGES)}
