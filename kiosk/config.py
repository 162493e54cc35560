"""The technician's settings file (TOML). Pure Python.

Looked for at ``--config FILE``, else ``$KIOSK_CONFIG``, else ``kiosk.toml`` in the platform's
config folder. Every setting has a sensible default, so the file is optional.

A mistake in the file never stops the kiosk: :func:`read_config` reports each problem in plain
words with its line and uses the default for that setting (the whole file's defaults when it is not
TOML at all); the kiosk logs the problems and starts. :func:`load_config` is the strict form, for
tools that check a settings file.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.content.textfile import decode
from kiosk.ops.schedule import ScheduleError, schedule_from_settings
from kiosk.speech.settings import SpeechSettings

ROTATIONS = (0, 90, 180, 270)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content: Path | None = None  # the curator's folder; the bundled exhibit when unset
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    idle_timeout_s: float = Field(default=90, ge=20, le=3600)
    idle_warning_s: int = Field(default=20, ge=5, le=120)
    screen: int = Field(default=0, ge=0, le=16)
    rotate: int = Field(default=0)
    screen_diagonal_inches: float = Field(default=32, gt=5, lt=200)
    state_dir: Path | None = None  # analytics, logs, last good content; platform default when unset
    image_max_megapixels: int = Field(default=1000, ge=1, le=100_000)  # the decompression-bomb guard
    schedule: dict[str, Any] = {}
    speech: SpeechSettings = SpeechSettings()  # [speech]: voices, headphones, volume
    name: str = Field(default="", max_length=64)  # the `kiosk` label in health metrics (fleets)
    health_interval_s: float = Field(default=15, ge=0.2, le=600)  # how often the health files are written
    content_settle_s: float = Field(
        default=3, ge=0.05, le=600
    )  # quiet time before a changed folder is checked


@dataclass
class ConfigReport:
    """The settings in force, and what was wrong with the file (each line: where, what, what now)."""

    config: Config
    path: Path | None  # the file read, or None when there is none
    problems: list[str] = field(default_factory=list)


class ConfigError(Exception):
    pass


def default_config_path() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "exhibit-kiosk" / "kiosk.toml"


def installed_config_path(system: str = sys.platform) -> Path:
    """Where the install recipes put the kiosk's settings (docs/install.md): the file the kiosk
    service is started with, which a technician's own shell does not name."""
    if system == "win32":
        return Path("C:/ExhibitKiosk/kiosk.toml")
    if system == "darwin":
        return Path("/Users/Shared/exhibit-kiosk/kiosk.toml")
    return Path("/etc/exhibit-kiosk/kiosk.toml")


def kiosk_config_path(path: Path | None) -> Path | None:
    """The settings a tool run on a kiosk should read, to judge as that kiosk does: ``path`` when
    given, else ``$KIOSK_CONFIG``, else the user's kiosk.toml, else the installed one; None when
    there is none (the defaults then apply, as they do to the kiosk)."""
    if path is not None:
        return path
    if os.environ.get("KIOSK_CONFIG"):
        return Path(os.environ["KIOSK_CONFIG"])
    for candidate in (default_config_path(), installed_config_path()):
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None) -> Config:
    """The settings, strictly: any problem in the file raises ConfigError (for checking tools)."""
    report = read_config(path)
    if report.problems:
        raise ConfigError("\n".join(report.problems))
    return report.config


def read_config(path: Path | None) -> ConfigReport:
    """The settings, whatever the file holds: a bad value falls back to its default, and says so."""
    explicit = path or (Path(os.environ["KIOSK_CONFIG"]) if os.environ.get("KIOSK_CONFIG") else None)
    target = explicit or default_config_path()
    if not target.is_file():
        if explicit:
            return ConfigReport(
                Config(), None, [f"{target}: the settings file does not exist; using the defaults."]
            )
        return ConfigReport(Config(), None)
    try:
        decoded = decode(target.read_bytes(), target.name)
    except OSError as exc:
        return ConfigReport(
            Config(), target, [f"{target}: could not be read ({exc.strerror}); using the defaults."]
        )
    problems = (
        []
        if decoded.problem is None
        else [f"{target}: {_where(decoded.problem.line)}{decoded.problem.message}"]
    )
    text = decoded.text or ""
    data, text = _parse_salvaging(text, target, problems)
    good: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{target}: {_where(_line_of(text, key))}"
        if key not in Config.model_fields:
            problems.append(
                f"{where}'{key}' is not a setting the kiosk knows{_did_you_mean(key)}; it is ignored."
            )
            continue
        try:
            Config.model_validate({key: value})
        except ValidationError as exc:
            problems.append(f"{where}{_explain(key, exc)}; using the default ({_default(key)}).")
            continue
        good[key] = value
    config = Config.model_validate(good)
    config, more = _cross_checks(config, text, target)
    problems += more
    if config.content is not None and not config.content.is_absolute():
        config = config.model_copy(update={"content": (target.parent / config.content).resolve()})
    return ConfigReport(config, target, problems)


def _cross_checks(config: Config, text: str, target: Path) -> tuple[Config, list[str]]:
    problems: list[str] = []
    update: dict[str, Any] = {}
    if config.rotate not in ROTATIONS:
        where = _where(_line_of(text, "rotate"))
        problems.append(
            f"{target}: {where}rotate must be 0, 90, 180 or 270 (it is {config.rotate}); using 0."
        )
        update["rotate"] = 0
    try:
        schedule_from_settings(config.schedule)
    except ScheduleError as exc:
        where = _where(_line_of(text, "schedule"))
        problems.append(
            f"{target}: {where}opening hours: {exc}. Until this is fixed the exhibit stays on at all hours."
        )
        update["schedule"] = {}
    if config.idle_warning_s >= config.idle_timeout_s:
        where = _where(_line_of(text, "idle_warning_s"))
        warning = min(20, int(config.idle_timeout_s) // 2)
        problems.append(
            f"{target}: {where}idle_warning_s ({config.idle_warning_s} s) must be shorter than "
            f'idle_timeout_s ({config.idle_timeout_s:g} s), or "Still there?" would show at once; '
            f"using {warning} s."
        )
        update["idle_warning_s"] = warning
    return (config.model_copy(update=update) if update else config), problems


_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
MAX_BAD_LINES = 20


def _parse_salvaging(text: str, target: Path, problems: list[str]) -> tuple[dict[str, Any], str]:
    """Parse the file; a line that is not valid TOML is reported and left out, and the rest is read.

    Returns the settings and the text as parsed (bad lines blanked, so line numbers stay right).
    """
    lines = text.split("\n")
    for _ in range(MAX_BAD_LINES):
        try:
            return tomllib.loads("\n".join(lines)), "\n".join(lines)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            match = _POSITION.search(message)
            reason = _POSITION.sub("", message).strip().rstrip(".")
            if match is None or not 1 <= int(match.group(1)) <= len(lines):
                break
            number = int(match.group(1))
            problems.append(
                f"{target}: line {number}, column {match.group(2)}: this is not valid TOML ({reason}); "
                "look for a missing quote, bracket or '='. The line is ignored."
            )
            lines[number - 1] = ""
    problems.append(f"{target}: the file could not be read as TOML; using the defaults for every setting.")
    return {}, text


def _where(line: int | None) -> str:
    return f"line {line}: " if line else ""


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*(\[\s*{re.escape(key)}\s*[.\]]|{re.escape(key)}\s*[=.])")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _did_you_mean(key: str) -> str:
    close = get_close_matches(key, list(Config.model_fields), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _default(key: str) -> str:
    value = Config.model_fields[key].default
    if value is None:
        return "none"
    return "no schedule: always on" if key == "schedule" else repr(value)


_WORDS = {
    "float_type": "a number",
    "float_parsing": "a number",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "string_type": "text in quotes",
    "path_type": "a folder or file path in quotes",
    "dict_type": "a table",
}
_BOUNDS = {
    "greater_than_equal": "at least",
    "greater_than": "more than",
    "less_than_equal": "at most",
    "less_than": "less than",
}


def _explain(key: str, exc: ValidationError) -> str:
    err = exc.errors(include_url=False)[0]
    shown = repr(err.get("input"))
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    kind = err["type"]
    if kind in _BOUNDS:
        limit = next(iter(err.get("ctx", {}).values()), "")
        return f"{key} is {shown}, but it must be {_BOUNDS[kind]} {limit:g}"
    if kind in _WORDS:
        return f"{key} is {shown}, but it must be {_WORDS[kind]}"
    if kind == "string_pattern_mismatch":
        return f'{key} is {shown}, but it must be a language code such as "en" or "sr"'
    return f"{key} is {shown}: {err.get('msg', 'not valid')}"
