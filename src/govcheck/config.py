"""Settings: govcheck.toml or [tool.govcheck] in pyproject.toml, found from the working
directory upwards, under the command line. Each setting remembers where it came from, so
``govcheck config`` can show it.

    # govcheck.toml
    kommun = "malmo"                 # default kommun for drafts that do not name one
    fail_on = "varning"              # fel | varning | info
    lang = "sv"
    select = ["MAL-*", "GEN-*"]      # rules to run (shell patterns); default all
    exclude = ["MAL-S3-*"]           # rules not to run
    rules = ["egna-regler"]          # extra rule directories, relative to this file
    undantag = "undantag.toml"       # waiver file, relative to this file
    jobs = 2                         # worker processes for validate
    [severity]                       # severity overrides
    "MAL-S6-01" = "info"
"""

from __future__ import annotations

import difflib
import fnmatch
import json
import os
from pathlib import Path
from typing import Any

import tomli
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from govcheck.errors import GovcheckError
from govcheck.models import Language, Severity

CONFIG_NAMES = ("govcheck.toml", "pyproject.toml")


class ConfigError(GovcheckError):
    """A bad configuration file: exit 2 with one line naming the file and the key."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kommun: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9-]{0,39}$")
    fail_on: Severity = Severity.VARNING
    lang: Language = "sv"
    select: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)
    undantag: str | None = None
    jobs: int | None = Field(default=None, ge=1, le=64)

    def selects(self, rule_id: str) -> bool:
        chosen = not self.select or any(fnmatch.fnmatchcase(rule_id, p) for p in self.select)
        return chosen and not any(fnmatch.fnmatchcase(rule_id, p) for p in self.exclude)


class Effective(BaseModel):
    """The settings in force, where each came from, and the directory paths resolve against."""

    settings: Settings
    sources: dict[str, str]
    base: Path | None = None
    file: Path | None = None

    def rule_dirs(self) -> list[Path]:
        base = self.base or Path.cwd()
        return [(base / folder).resolve() for folder in self.settings.rules]

    def waiver_file(self) -> Path | None:
        if self.settings.undantag is None:
            return None
        return ((self.base or Path.cwd()) / self.settings.undantag).resolve()


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest govcheck.toml, or pyproject.toml with [tool.govcheck], from ``start`` up."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            path = folder / name
            if not path.is_file():
                continue
            data = _read(path)
            if name == "pyproject.toml":
                section = data.get("tool", {}).get("govcheck")
                if section is None:
                    continue
                return path, section
            return path, data
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomli.loads(path.read_text(encoding="utf-8"))
    except tomli.TOMLDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: TOML-fel: {exc.msg}") from None
    except RecursionError:
        raise ConfigError(f"{path}: TOML-fel: filen är nästlad för djupt") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: kan inte läsa filen: {exc}") from None


def load_settings(
    cli: dict[str, Any], start: Path | None = None, config_file: Path | None = None
) -> Effective:
    """Defaults, then the config file, then the command line (options the user gave)."""
    sources = {name: "standard" for name in Settings.model_fields}
    values: dict[str, Any] = {}
    found: tuple[Path, dict[str, Any]] | None
    if config_file is not None:
        data = _read(config_file)
        found = (
            config_file,
            data.get("tool", {}).get("govcheck", data)
            if config_file.name == "pyproject.toml"
            else data,
        )
    elif os.environ.get("GOVCHECK_NO_CONFIG"):
        found = None
    else:
        found = find_config(start or Path.cwd())
    if found is not None:
        path, data = found
        _check_keys(path, data)
        values.update(data)
        sources.update({key: str(path) for key in data})
    for key, value in cli.items():
        if value is not None and value != ():
            values[key] = list(value) if isinstance(value, tuple) else value
            sources[key] = "kommandorad"
    try:
        settings = Settings.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"])
        where = (
            found[0]
            if found is not None and sources.get(str(error["loc"][0])) != "kommandorad"
            else "kommandoraden"
        )
        raise ConfigError(f"{where}: [{key}] {error['msg']}") from None
    return Effective(
        settings=settings,
        sources=sources,
        base=found[0].parent if found else None,
        file=found[0] if found else None,
    )


def _check_keys(path: Path, data: dict[str, Any]) -> None:
    known = list(Settings.model_fields)
    for key in data:
        if key not in known:
            guess = difflib.get_close_matches(key, known, n=1)
            hint = f" (menade du '{guess[0]}'?)" if guess else ""
            raise ConfigError(f"{path}: [{key}] okänd inställning{hint}")


def describe(effective: Effective) -> str:
    """What ``govcheck config`` prints: every setting, its value and where it came from."""
    lines = [f"konfigurationsfil: {effective.file or '(ingen)'}"]
    dumped = effective.settings.model_dump(mode="json")
    for key, value in dumped.items():
        source = effective.sources.get(key, "standard")
        if value is None:
            lines.append(f"# {key}: ej satt    ({source})")
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}    # {source}")
    return "\n".join(lines) + "\n"
