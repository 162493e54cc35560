"""Where the kiosk's own files are, however it was installed.

One helper for every case: a source checkout, ``pip install .`` (the exhibit is packed into the
wheel as ``kiosk/_bundled_exhibit``) and a frozen PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _frozen_root() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


def bundled_exhibit() -> Path:
    candidates = [PACKAGE_DIR / "_bundled_exhibit", PACKAGE_DIR.parent / "assets"]
    frozen = _frozen_root()
    if frozen:
        candidates.insert(0, frozen / "assets")
    for candidate in candidates:
        if (candidate / "exhibit.toml").is_file():
            return candidate
    return candidates[-1]


def qml_dir() -> Path:
    """The folder that holds the ``Kiosk`` QML module (added to the engine's import path)."""
    frozen = _frozen_root()
    if frozen and (frozen / "kiosk" / "ui" / "qml").is_dir():
        return frozen / "kiosk" / "ui" / "qml"
    return PACKAGE_DIR / "ui" / "qml"
