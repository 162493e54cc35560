"""The ops and analytics core must run (and be tested) without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import kiosk

REPO = Path(kiosk.__file__).resolve().parent.parent
PACKAGES = ("kiosk.ops", "kiosk.analytics")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        folder = REPO / Path(*package.split("."))
        names.append(package)
        names += [f"{package}.{p.stem}" for p in sorted(folder.glob("*.py")) if p.stem != "__init__"]
    return names


def test_importing_every_module_loads_no_qt() -> None:
    modules = _modules()
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
    )
    assert result.stdout.strip() == ""
