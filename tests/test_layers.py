"""The house's layers, declared in pyproject.toml ([tool.importlinter]) and checked here.

import-linter reads every import, including those inside functions, so it sees what a source scan
sees. What it cannot see is an import made at run time by name; so the whole core is also imported
in a fresh interpreter, which must end without a Qt module loaded.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ["content", "images", "ops", "analytics", "screens", "intake", "speech", "map"]
CORE_MODULES = [
    "kiosk.atomic",
    "kiosk.picture_files",
    "kiosk.config",
    "kiosk.resources",
    "kiosk.bench.images",
    "kiosk.bench.exhibit_gen",
]
QT = ("PySide6", "shiboken6", "qtawesome", "PyQt5", "PyQt6", "qtpy")


def test_import_contracts_are_kept() -> None:
    from importlinter import cli

    assert cli.lint_imports(config_filename=str(ROOT / "pyproject.toml")) == cli.EXIT_STATUS_SUCCESS


def core_modules() -> list[str]:
    names = list(CORE_MODULES)
    for package in CORE:
        folder = ROOT / "kiosk" / package
        names.append(f"kiosk.{package}")
        names += [f"kiosk.{package}.{p.stem}" for p in sorted(folder.glob("*.py")) if p.stem != "__init__"]
    return names


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = core_modules()
    assert len(modules) > 40
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
