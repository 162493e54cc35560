"""Shared helpers for the packaging tests: load the scripts in packaging/ (not a package: a
``packaging/__init__.py`` would shadow the ``packaging`` library that pip and pytest use)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(relative: str, name: str) -> ModuleType:
    """The module at ``packaging/<relative>`` under the name ``name`` (cached in sys.modules)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def build_module() -> ModuleType:
    return load("build.py", "kiosk_packaging_build")


def trim_module() -> ModuleType:
    return load("pyinstaller/trim.py", "kiosk_packaging_trim")


def measure_module() -> ModuleType:
    return load("measure_start.py", "kiosk_packaging_measure_start")


def presentation_module() -> ModuleType:
    return load("pyinstaller/macos_presentation.py", "kiosk_packaging_macos_presentation")
