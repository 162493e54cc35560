"""The technician's settings file (TOML). Pure Python.

Looked for at ``--config FILE``, else ``$KIOSK_CONFIG``, else ``kiosk.toml`` in the platform's
config folder. Every setting has a sensible default, so the file is optional.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kiosk.speech.settings import SpeechSettings


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content: Path | None = None  # the curator's folder; the bundled exhibit when unset
    language: str | None = None  # the language a new visitor finds; the exhibit's first when unset
    idle_timeout_s: float = Field(default=90, ge=20, le=3600)
    idle_warning_s: int = Field(default=20, ge=5, le=120)
    screen: int = 0
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


def default_config_path() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "exhibit-kiosk" / "kiosk.toml"


def load_config(path: Path | None) -> Config:
    """Read the settings; a missing default file means defaults, a broken one is an error."""
    explicit = path or (Path(os.environ["KIOSK_CONFIG"]) if os.environ.get("KIOSK_CONFIG") else None)
    target = explicit or default_config_path()
    if not target.is_file():
        if explicit:
            raise ConfigError(f"{target}: the settings file does not exist.")
        return Config()
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{target}: not valid TOML ({exc}).") from None
    try:
        config = Config.model_validate(data)
    except ValueError as exc:
        raise ConfigError(f"{target}: {exc}") from None
    if config.content is not None and not config.content.is_absolute():
        config = config.model_copy(update={"content": (target.parent / config.content).resolve()})
    if config.rotate not in (0, 90, 180, 270):
        raise ConfigError(f"{target}: rotate must be 0, 90, 180 or 270.")
    return config


class ConfigError(Exception):
    pass
