"""Qt runs offscreen with the software renderer, so the tests need no display or GPU."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from tests.exhibits import build_mini


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    return build_mini(tmp_path / "mini")


@pytest.fixture(scope="session")
def qapp_cls() -> Any:
    """Every Qt test runs on a QGuiApplication, as the kiosk does (no widgets). Imported here, so
    that the core's tests load no Qt at all."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication
