"""A seeded generator of realistic drafts for the benchmark (and for anyone who needs a corpus).

Each draft starts from one of the compliant example drafts in ``fixtures/examples/`` (Malmö
tjänsteskrivelser, remissvar, development plans, follow-up reports; Göteborg tjänsteutlåtanden,
plans and policies), gets new case numbers, names, dates (shifted together, so the order of the
beslutsplanering holds) and, for a development plan, between 1 and 30 plan items of every cost
kind. About a third then receive one to three faults of the kinds officials make: a wrong
deciding body, financing that does not follow the guidelines, meetings out of order, a missing
e-mail, a template placeholder left in the text, a mistyped body name, a total that does not add
up. The same seed gives the same corpus, byte for byte.

    python benchmarks/generate.py --count 10000 --seed 1 --out /tmp/korpus
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import tomli
import tomli_w

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "fixtures" / "examples"
FLAWED = "malmo-utvecklingsplan-med-brister.toml"

Draft = dict[str, Any]

FIRST_NAMES = ["Anna", "Erik", "Fatima", "Johan", "Leila", "Mikael", "Sara", "Omar", "Karin", "Ali"]
LAST_NAMES = ["Andersson", "Berg", "Hassan", "Lind", "Nilsson", "Persson", "Yilmaz", "Holm"]
ITEM_NAMES = [
    "Gemensam e-tjänsteplattform",
    "Förvaltning av identitets- och behörighetssystem",
    "Drift av stadens nätverk",
    "Utveckling av medarbetarportalen",
    "Säker e-post för förvaltningarna",
    "Licenser för kontorsprogramvara",
    "Digital arkivering av ärenden",
    "Effekthemtagning av automatiserad fakturahantering",
    "Utveckling av öppna data",
    "Förvaltning av intranätet",
]
AREAS = ["IT-säkerhet", "Infrastruktur", "Digitala tjänster", "Arkiv", "Arbetsplats"]
FINANCING = {
    "utveckling": "kommunbidrag",
    "forvaltning": "kommunbidrag",
    "drift": "kommunbidrag",
    "tillampning": "respektive_namnd",
    "effekthemtagning": "respektive_namnd",
}


def _examples() -> list[tuple[str, Draft]]:
    out = []
    for path in sorted(EXAMPLES.glob("*.toml")):
        if path.name != FLAWED:
            out.append((path.stem, tomli.loads(path.read_text(encoding="utf-8"))))
    if not out:
        raise SystemExit(f"no example drafts in {EXAMPLES}")
    return out


def _shift_dates(value: Any, days: int) -> Any:
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=days)
    if isinstance(value, dict):
        return {key: _shift_dates(item, days) for key, item in value.items()}
    if isinstance(value, list):
        return [_shift_dates(item, days) for item in value]
    return value


def _person(rng: random.Random, kommun: str) -> dict[str, str]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    domain = "malmo.se" if kommun == "malmo" else "stadshuset.goteborg.se"
    return {
        "namn": f"{first} {last}",
        "titel": rng.choice(["Utredare", "Handläggare", "Utvecklingssekreterare", "Controller"]),
        "epost": f"{first.lower()}.{last.lower()}@{domain}",
    }


def _plan_items(rng: random.Random, base: list[Draft]) -> list[Draft]:
    template = base[-1] if base else {}
    items = []
    for index in range(rng.choice([1, 2, 3, 5, 8, 12, 20, 30])):
        kind = rng.choice(list(FINANCING))
        item = {key: value for key, value in copy.deepcopy(template).items() if key != "ca"}
        item.update(
            namn=f"{rng.choice(ITEM_NAMES)} {index + 1}",
            omrade=rng.choice(AREAS),
            kostnadsslag=kind,
            finansiering=FINANCING[kind],
            belopp_mnkr=round(rng.uniform(0.2, 12.0), 1),
        )
        if kind in {"tillampning", "effekthemtagning"}:
            item.pop("askande", None)
            item["inom_ram"] = True
        items.append(item)
    return items


def _fault_kinds() -> dict[str, Callable[[random.Random, Draft], bool]]:
    def deciding_body(rng: random.Random, draft: Draft) -> bool:
        if draft.get("typ") != "utvecklingsplan":
            return False
        draft["slutligt_beslutande_organ"] = "Servicenämnden"
        return True

    def financing(rng: random.Random, draft: Draft) -> bool:
        items = [p for p in draft.get("poster", []) if p.get("kostnadsslag") == "drift"]
        if not items:
            return False
        rng.choice(items)["finansiering"] = "respektive_namnd"
        return True

    def meetings_out_of_order(rng: random.Random, draft: Draft) -> bool:
        steps = draft.get("beslutsplanering", [])
        if len(steps) < 2:
            return False
        steps[0]["datum"], steps[-1]["datum"] = steps[-1]["datum"], steps[0]["datum"]
        return True

    def missing_email(rng: random.Random, draft: Draft) -> bool:
        person = draft.get("handlaggare")
        if not person or "epost" not in person:
            return False
        del person["epost"]
        return True

    def placeholder(rng: random.Random, draft: Draft) -> bool:
        draft["sammanfattning"] = draft.get("sammanfattning", "") + " [FYLL I: bakgrund]"
        return True

    def misspelled_body(rng: random.Random, draft: Draft) -> bool:
        if "beslutande_organ" not in draft:
            return False
        draft["beslutande_organ"] = draft["beslutande_organ"].replace("nämnden", "nämden")
        return True

    def wrong_total(rng: random.Random, draft: Draft) -> bool:
        sums = draft.get("summor", [])
        if not sums:
            return False
        sums[0]["belopp_mnkr"] = round(sums[0]["belopp_mnkr"] + rng.uniform(1.0, 5.0), 1)
        return True

    return {
        "deciding_body": deciding_body,
        "financing": financing,
        "meetings_out_of_order": meetings_out_of_order,
        "missing_email": missing_email,
        "placeholder": placeholder,
        "misspelled_body": misspelled_body,
        "wrong_total": wrong_total,
    }


def generate(count: int, seed: int = 1, faulty_share: float = 0.35) -> Iterator[tuple[str, Draft]]:
    """``count`` (name, draft) pairs; the same seed gives the same drafts."""
    rng = random.Random(seed)
    examples = _examples()
    faults = _fault_kinds()
    for number in range(count):
        stem, base = rng.choice(examples)
        draft = _shift_dates(copy.deepcopy(base), rng.randint(0, 45))
        kommun = draft["kommun"]
        if "diarienummer" in draft and kommun == "malmo":
            prefix, year, _ = draft["diarienummer"].split("-")
            draft["diarienummer"] = f"{prefix}-{year}-{rng.randint(1, 9999)}"
        if "handlaggare" in draft:
            draft["handlaggare"] = {**draft["handlaggare"], **_person(rng, kommun)}
            if "telefon" in base.get("handlaggare", {}):
                draft["handlaggare"]["telefon"] = base["handlaggare"]["telefon"]
        if draft.get("typ") == "utvecklingsplan" and draft.get("poster"):
            draft["poster"] = _plan_items(rng, draft["poster"])
            names = [item["namn"] for item in draft["poster"]]
            total = round(sum(item["belopp_mnkr"] for item in draft["poster"]), 1)
            draft["summor"] = [{"rubrik": "Totalt", "belopp_mnkr": total, "poster": names}]
        if rng.random() < faulty_share:
            for kind in rng.sample(sorted(faults), rng.randint(1, 3)):
                faults[kind](rng, draft)
        yield f"{number:06d}-{stem}", draft


def write_corpus(out: Path, count: int, seed: int = 1) -> list[Path]:
    """Writes the corpus as TOML files, 1,000 to a folder; refuses a non-empty ``out``."""
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty; choose a new folder")
    paths = []
    for name, draft in generate(count, seed):
        folder = out / f"{int(name[:6]) // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.toml"
        path.write_bytes(tomli_w.dumps(draft).encode("utf-8"))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.count, args.seed)
    print(f"{len(paths)} drafts in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
