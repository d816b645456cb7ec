"""Reading the Swedish specifications in ``features/``: for each rule id, its scenarios.

Used by the rulebook (which shows each rule's scenarios to legal staff) and by the meta-test
(which requires a failing and a passing scenario per rule). Scenario outlines are expanded over
their examples, so a reader sees every concrete case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_STEP = re.compile(r"(Givet|När|Så|Och|Men)\b")
_SCENARIO = ("Scenario:", "Scenariomall:", "Abstrakt Scenario:")


@dataclass
class ScenarioText:
    title: str
    steps: list[str] = field(default_factory=list)


def scenarios_by_rule(features_dir: Path) -> dict[str, list[ScenarioText]]:
    out: dict[str, list[ScenarioText]] = {}
    for feature in sorted(features_dir.glob("*.feature")):
        current: str | None = None
        title = ""
        outline = False
        template: list[str] = []
        header: list[str] | None = None
        for raw in feature.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            rule = re.match(r"Regel:\s+(\S+)", line)
            if rule:
                current = rule.group(1)
                out.setdefault(current, [])
                continue
            if current is None:
                continue
            if line.startswith(_SCENARIO):
                title = line.split(":", 1)[1].strip()
                outline = not line.startswith("Scenario:")
                template, header = [], None
                if not outline:
                    out[current].append(ScenarioText(title))
            elif line.startswith("Exempel:"):
                header = []
            elif line.startswith("|") and header is not None:
                cells = [cell.strip() for cell in line.strip("|").split("|")]
                if not header:
                    header.extend(cells)
                    continue
                row = dict(zip(header, cells, strict=True))
                steps = []
                for step in template:
                    for column, value in row.items():
                        step = step.replace(f"<{column}>", value)
                    steps.append(step)
                label = ", ".join(f"{k} {v}" for k, v in row.items() if k != "utfall")
                out[current].append(ScenarioText(f"{title} ({label})" if label else title, steps))
            elif _STEP.match(line):
                if outline:
                    template.append(line)
                elif out[current]:
                    out[current][-1].steps.append(line)
    return out
