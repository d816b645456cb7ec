"""Settings: govcheck.toml or [tool.govcheck] in pyproject.toml, found from the working
directory upwards to the project's root, under the command line. Each setting remembers where
it came from, so ``govcheck config`` can show it.

    # govcheck.toml
    kommun = "malmo"                 # default kommun for drafts that do not name one
    fail_on = "varning"              # fel | varning | info (or error | warning)
    lang = "sv"
    select = ["MAL-*", "GEN-*"]      # rules to run (shell patterns); default all
    exclude = ["MAL-S3-*"]           # rules not to run
    rules = ["egna-regler"]          # extra rule directories, relative to this file
    undantag = "undantag.toml"       # waiver file, relative to this file
    baslinje = "baslinje.json"       # baseline file, relative to this file
    jobs = 2                         # worker processes for validate
    rulebook_url = "https://…/regelbok.html"   # the published rulebook (SARIF helpUri)
    [severity]                       # severity overrides
    "MAL-S6-01" = "info"

The search stops at the project's root, as ruff's and black's do: the first folder on the way
up that holds ``.git`` or a ``pyproject.toml``. A govcheck.toml above the project never applies.
"""

from __future__ import annotations

import difflib
import fnmatch
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import tomli
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from govcheck.errors import GovcheckError
from govcheck.i18n import pydantic_message, t
from govcheck.models import Language, Severity
from govcheck.safe_io import FileRefused, read_bytes, shown

CONFIG_NAMES = ("govcheck.toml", "pyproject.toml")
MAX_CONFIG_BYTES = 1_000_000
#: A kommun is the id of a municipality profile: lower-case letters, digits and hyphens.
KOMMUN_PATTERN = r"^[a-z][a-z0-9-]{0,39}$"
#: English names for the severities, accepted wherever a severity is given.
SEVERITY_ALIASES = {
    "error": "fel",
    "warning": "varning",
    "note": "info",
    "notice": "info",
}


def severity_value(value: Any) -> Any:
    """``error``/``warning``/``info`` (any case) as the severities fel/varning/info."""
    if isinstance(value, str):
        folded = value.strip().casefold()
        return SEVERITY_ALIASES.get(folded, folded)
    return value


AnySeverity = Annotated[Severity, BeforeValidator(severity_value)]


class ConfigError(GovcheckError):
    """A bad configuration file: exit 2 with one line naming the file and the key."""


class Settings(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    kommun: str | None = Field(default=None, pattern=KOMMUN_PATTERN)
    fail_on: AnySeverity = Severity.VARNING
    lang: Language = "sv"
    select: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    severity: dict[str, AnySeverity] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)
    undantag: str | None = None
    baslinje: str | None = None
    jobs: int | None = Field(default=None, ge=1, le=64)
    rulebook_url: str | None = Field(default=None, pattern=r"^https?://[^\s]+$")

    def selects(self, rule_id: str) -> bool:
        chosen = not self.select or any(fnmatch.fnmatchcase(rule_id, p) for p in self.select)
        return chosen and not any(fnmatch.fnmatchcase(rule_id, p) for p in self.exclude)


@dataclass(frozen=True)
class Effective:
    """The settings in force, where each came from, and the directory paths resolve against.

    A plain dataclass: its values come from this module, already checked, so building a
    validator for it would only cost start-up time.
    """

    settings: Settings
    sources: dict[str, str]
    base: Path | None = None
    file: Path | None = None

    def _resolve(self, value: str) -> Path:
        return ((self.base or Path.cwd()) / value).resolve()

    def rule_dirs(self, lang: Language | None = None) -> list[Path]:
        folders = [self._resolve(folder) for folder in self.settings.rules]
        for folder in folders:
            if not folder.is_dir():
                where = self.sources.get("rules", "")
                raise ConfigError(
                    t("config_line", lang, file=where, key="rules")
                    + t("not_a_rule_folder", lang, folder=shown(folder))
                )
        return folders

    def waiver_file(self) -> Path | None:
        if self.settings.undantag is None:
            return None
        return self._resolve(self.settings.undantag)

    def baseline_file(self) -> Path | None:
        if self.settings.baslinje is None:
            return None
        return self._resolve(self.settings.baslinje)


def project_root(start: Path) -> Path | None:
    """The first folder from ``start`` up that holds .git or a pyproject.toml."""
    for folder in [start, *start.parents]:
        if (folder / ".git").exists() or (folder / "pyproject.toml").exists():
            return folder
    return None


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest govcheck.toml, or pyproject.toml with [tool.govcheck], from ``start`` up to
    the project's root (see the module's docstring)."""
    start = start.resolve()
    root = project_root(start)
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            path = folder / name
            if not path.exists():
                continue
            data = _read(path)
            if name == "pyproject.toml":
                section = _tool_section(path, data)
                if section is None:
                    continue
                return path, section
            return path, data
        if folder == root:
            break
    return None


def _tool_section(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """``[tool.govcheck]`` of a pyproject.toml, None when it has none."""
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(t("config_line", None, file=shown(path), key="tool") + t("not_a_table"))
    section = tool.get("govcheck")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError(
            t("config_line", None, file=shown(path), key="tool.govcheck") + t("not_a_table")
        )
    return section


def _read(path: Path) -> dict[str, Any]:
    name = shown(path)
    try:
        raw = read_bytes(path, MAX_CONFIG_BYTES)
    except FileRefused as refused:
        raise ConfigError(f"{name}: {refused.text()}") from None
    try:
        return tomli.loads(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{name}: {t('not_utf8', position=exc.start)}") from None
    except tomli.TOMLDecodeError as exc:
        detail = t("toml_syntax", detail=getattr(exc, "msg", str(exc)))
        raise ConfigError(f"{name}:{getattr(exc, 'lineno', '?')}: {detail}") from None
    except RecursionError:
        raise ConfigError(f"{name}: {t('too_deep_file')}") from None


def load_settings(
    cli: dict[str, Any], start: Path | None = None, config_file: Path | None = None
) -> Effective:
    """Defaults, then the config file, then the command line (options the user gave)."""
    default, command_line = t("source_default"), t("source_command_line")
    sources = {name: default for name in Settings.model_fields}
    values: dict[str, Any] = {}
    found: tuple[Path, dict[str, Any]] | None
    if config_file is not None:
        data = _read(config_file)
        section = _tool_section(config_file, data) if config_file.name == "pyproject.toml" else data
        found = (config_file, section if section is not None else {})
    elif os.environ.get("GOVCHECK_NO_CONFIG"):
        found = None
    else:
        found = find_config(start or Path.cwd())
    if found is not None:
        path, data = found
        _check_keys(path, data)
        values.update(data)
        sources.update({key: shown(path) for key in data})
    env_lang = os.environ.get("GOVCHECK_LANG")
    if env_lang in ("sv", "en"):  # the environment over the file, the command line over both
        values["lang"] = env_lang
        sources["lang"] = "$GOVCHECK_LANG"
    for key, value in cli.items():
        if value is not None and value != ():
            values[key] = list(value) if isinstance(value, tuple) else value
            sources[key] = command_line
    if not values:  # nothing given: the defaults, valid by construction, without a validator
        return Effective(settings=Settings.model_construct(), sources=sources)
    try:
        settings = Settings.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"])
        from_file = found is not None and sources.get(str(error["loc"][0])) != command_line
        where = shown(found[0]) if from_file and found is not None else t("the_command_line")
        raise ConfigError(
            t("config_line", None, file=where, key=key) + pydantic_message(error)
        ) from None
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
            hint = t("did_you_mean", guess=guess[0]) if guess else ""
            raise ConfigError(
                t("config_line", None, file=shown(path), key=shown(key))
                + t("unknown_setting", hint=hint)
            )


def describe(effective: Effective) -> str:
    """What ``govcheck config`` prints: every setting, its value and where it came from."""
    lines = [f"{t('config_file_label')}: {shown(effective.file or t('none'))}"]
    dumped = effective.settings.model_dump(mode="json")
    for key, value in dumped.items():
        source = effective.sources.get(key, t("source_default"))
        if value is None:
            lines.append(f"# {key}: {t('not_set')}    ({source})")
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}    # {source}")
    return "\n".join(lines) + "\n"
