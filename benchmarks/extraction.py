#!/usr/bin/env python3
"""Field accuracy of the document reader over the real-document corpus.

    python benchmarks/extraction.py [--corpus DIR ...] [--formats txt,docx,pdf]
                                    [--misses] [--field KIND] [--findings]

Without ``--corpus`` the development corpora are measured together: ``corpus/documents``,
``corpus/holdout`` and ``corpus/holdout2`` (both used for development since 2026-11-23, see
their READMEs). ``--corpus`` may be given several times. The fresh held-out set
``corpus/holdout3`` is never in the default: do not look at it, and never tune the reader on it.

For every corpus document (``<name>.txt`` with its labels in ``<name>.fields.toml``, see
corpus/README.md) the reader's fields are compared with the labels, field kind by field kind:
a labelled value must be read as written, a field labelled absent must not be read at all.
The .docx and .pdf forms are rendered from the .txt by scripts/render_corpus.py (header table
and page header in Word, two-column header and wrapped title in PDF) into a cache folder.

Comparison: whitespace collapsed, case ignored, surrounding quotes and a final period ignored,
dates compared as dates, lists item by item in order. Nothing looser: a title with a word
missing, a name with the title run into it, or a list with an item too many is a miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from govcheck.documents.extraction import Extraction  # noqa: E402
from govcheck.documents.loader import extract_file  # noqa: E402
from govcheck.documents.vocabulary import load_vocabulary  # noqa: E402

#: The field kinds measured, in table order.
FIELDS = (
    "kommun",
    "typ",
    "datum",
    "diarienummer",
    "rubrik",
    "handlaggare_namn",
    "handlaggare_titel",
    "handlaggare_epost",
    "handlaggare_telefon",
    "beslutande_organ",
    "antal_beslutspunkter",
    "beslutsunderlag",
    "beslutsplanering",
    "beslutet_skickas_till",
    "svar_senast",
)
DEFAULT_CORPUS = ROOT / "corpus" / "documents"
#: The development corpora measured by default (corpus/holdout and corpus/holdout2 became
#: development material on 2026-11-23; the fresh held-out set corpus/holdout3 is never in it).
DEV_CORPORA = (DEFAULT_CORPUS, ROOT / "corpus" / "holdout", ROOT / "corpus" / "holdout2")


@dataclass
class Miss:
    document: str
    form: str
    field: str
    expected: Any
    got: Any


@dataclass
class Results:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    by_kommun: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_kommun_total: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_form: Counter[str] = field(default_factory=Counter)
    by_form_total: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    documents: int = 0

    def accuracy(self, kind: str) -> float:
        return self.right[kind] / self.total[kind] if self.total[kind] else 1.0

    def overall(self) -> float:
        total = sum(self.total.values())
        return sum(self.right.values()) / total if total else 1.0


def _norm(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_norm(item) for item in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = re.sub(r"\s+", " ", str(value)).strip()
    text = text.strip(" \"”“'’«»").rstrip(".").strip()
    text = text.replace("–", "-").replace("—", "-")
    return text.casefold()


def read_fields(result: Extraction) -> dict[str, Any]:
    """The reader's values under the label names (None when not read)."""
    data = result.data
    person = data.get("handlaggare", {})
    planning = result.raw.get("beslutsplanering")
    if planning is None and data.get("beslutsplanering"):
        planning = [f"{s['organ']} {s['datum']}" for s in data["beslutsplanering"]]
    points = data.get("forslag_till_beslut") or []
    return {
        "kommun": data.get("kommun"),
        "typ": data.get("typ"),
        "datum": data.get("datum"),
        "diarienummer": data.get("diarienummer"),
        "rubrik": data.get("rubrik"),
        "handlaggare_namn": person.get("namn"),
        "handlaggare_titel": person.get("titel"),
        "handlaggare_epost": person.get("epost"),
        "handlaggare_telefon": person.get("telefon"),
        # The label names the body the proposal asks to decide: for "Kommunstyrelsen föreslår
        # kommunfullmäktige besluta" that is the final one (the draft keeps both).
        "beslutande_organ": data.get("slutligt_beslutande_organ") or data.get("beslutande_organ"),
        "antal_beslutspunkter": len(points) or None,
        "beslutsunderlag": data.get("beslutsunderlag") or None,
        "beslutsplanering": planning or None,
        "beslutet_skickas_till": data.get("beslutet_skickas_till") or None,
        "svar_senast": data.get("remiss", {}).get("svar_senast"),
    }


def labels(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def corpus(folders: Path | Sequence[Path]) -> list[tuple[Path, dict[str, Any]]]:
    """The labelled documents of one corpus folder or of several, in order."""
    out = []
    for folder in [folders] if isinstance(folders, Path) else folders:
        for fields in sorted(Path(folder).glob("*.fields.toml")):
            text = fields.with_name(fields.name.removesuffix(".fields.toml") + ".txt")
            if text.is_file():
                out.append((text, labels(fields)))
    return out


def expected_fields(label: dict[str, Any]) -> dict[str, Any]:
    """Label name -> expected value (None for a field labelled absent); unlabelled kinds are
    left out (not measured)."""
    fields = dict(label.get("fields", {}))
    out: dict[str, Any] = {"kommun": label.get("kommun")}
    for kind in FIELDS:
        if kind in fields:
            out[kind] = fields[kind]
        elif kind != "typ" and kind in (*label.get("absent", []), *fields.get("absent", [])):
            # Every draft has a case type; a document labelled as none of the case types
            # (an utlåtande to the council, a meeting notice) is not measured on it.
            out[kind] = None
    return {key: value for key, value in out.items() if key in FIELDS}


def evaluate(
    folder: Path | Sequence[Path] = DEV_CORPORA,
    forms: Sequence[str] = ("txt",),
    cache: Path | None = None,
    rules: Sequence[Path] | None = None,
) -> Results:
    results = Results()
    vocabulary = load_vocabulary(list(rules) if rules else None)
    documents = corpus(folder)
    rendered: dict[tuple[str, str], Path] = {}
    if any(form != "txt" for form in forms):
        from render_corpus import render_all

        rendered = render_all(
            [path for path, _ in documents],
            cache or ROOT / ".cache" / "corpus",
            [form for form in forms if form != "txt"],
        )
    for path, label in documents:
        results.documents += 1
        expected = expected_fields(label)
        kommun = str(label.get("kommun", "?"))
        for form in forms:
            source = path if form == "txt" else rendered.get((path.stem, form))
            if source is None:
                continue
            try:
                result = extract_file(source, vocabulary=vocabulary)
            except Exception as exc:  # the benchmark reports a crash, it does not stop
                results.errors.append(f"{path.name} ({form}): {type(exc).__name__}: {exc}")
                got: dict[str, Any] = {}
            else:
                got = read_fields(result)
                if form == "txt":
                    results.notes[path.name] = [message for _, message, _ in result.problems]
            for kind, want in expected.items():
                have = got.get(kind)
                ok = _norm(have) == _norm(want) if want is not None else have is None
                results.total[kind] += 1
                results.by_kommun_total[kommun][kind] += 1
                results.by_form_total[form] += 1
                if ok:
                    results.right[kind] += 1
                    results.by_kommun[kommun][kind] += 1
                    results.by_form[form] += 1
                else:
                    results.misses.append(Miss(path.name, form, kind, want, have))
    return results


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:.0f} %" if total else "–"


def table(results: Results) -> str:
    kommuner = sorted(results.by_kommun_total)
    lines = [
        "| field | right | of | accuracy |",
        "|---|---:|---:|---:|",
    ]
    for kind in FIELDS:
        if results.total[kind]:
            lines.append(
                f"| {kind} | {results.right[kind]} | {results.total[kind]} | "
                f"{_pct(results.right[kind], results.total[kind])} |"
            )
    total = sum(results.total.values())
    right = sum(results.right.values())
    lines.append(f"| **all fields** | {right} | {total} | {_pct(right, total)} |")
    lines += ["", "| municipality | documents' fields right | accuracy |", "|---|---:|---:|"]
    for kommun in kommuner:
        got = sum(results.by_kommun[kommun].values())
        of = sum(results.by_kommun_total[kommun].values())
        lines.append(f"| {kommun} | {got} / {of} | {_pct(got, of)} |")
    lines += ["", "| form | fields right | accuracy |", "|---|---:|---:|"]
    for form, of in sorted(results.by_form_total.items()):
        got = results.by_form[form]
        lines.append(f"| {form} | {got} / {of} | {_pct(got, of)} |")
    return "\n".join(lines)


def misses_text(results: Results, limit: int = 400) -> str:
    out = []
    for miss in results.misses[:limit]:
        out.append(
            f"- {miss.document} ({miss.form}) {miss.field}: expected "
            f"{json.dumps(miss.expected, ensure_ascii=False, default=str)}, read "
            f"{json.dumps(miss.got, ensure_ascii=False, default=str)}"
        )
    return "\n".join(out)


def findings(folder: Path | Sequence[Path] = DEV_CORPORA) -> list[tuple[str, list[str], list[str]]]:
    """Per corpus document: the findings govcheck reports on its .txt (rule id and severity),
    and the problems its labels name ([[problem]] kind and text), for a reviewer to compare."""
    from govcheck.runner import RunConfig, Validator, default_rules_dir

    validator = Validator(RunConfig(rules_dir=default_rules_dir(), backend="oracle"))
    out = []
    for path, label in corpus(folder):
        result = validator.check_file(path)
        found = [
            f"{f.rule_id} ({f.severity.value}): {f.message}"
            for f in sorted(result.findings, key=lambda f: (f.rule_id, f.message))
        ]
        if result.problem is not None:
            found.append(f"indatafel: {result.problem.message}")
        problems = [f"{p.get('kind')}: {p.get('text')}" for p in label.get("problem", [])]
        out.append((path.name, found, problems))
    return out


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        default=None,
        help="a corpus folder (repeatable; default: corpus/documents and corpus/holdout)",
    )
    parser.add_argument("--formats", default="txt,docx,pdf")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--field", default=None, help="list the misses of one field kind")
    parser.add_argument(
        "--findings", action="store_true", help="list govcheck's findings on each document"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    forms = [form.strip() for form in args.formats.split(",") if form.strip()]
    folders = args.corpus or list(DEV_CORPORA)
    results = evaluate(folders, forms, args.cache)
    print(f"{results.documents} documents, forms: {', '.join(forms)}\n")
    print(table(results))
    if results.errors:
        print("\nErrors:")
        print("\n".join(f"- {error}" for error in results.errors))
    if args.findings:
        print("\nFindings per document (labelled problems after ->):")
        for name, found, problems in findings(folders):
            print(f"\n{name}: {len(found)} findings; labelled problems: {len(problems)}")
            for line in found:
                print(f"  - {line}")
            for line in problems:
                print(f"  -> {line}")
    if args.misses or args.field:
        chosen = [m for m in results.misses if not args.field or m.field == args.field]
        print("\nMisses:")
        print(misses_text(Results(misses=chosen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
