"""Qt runs offscreen with the software renderer, so the tests need no display or GPU."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from tests.exhibits import build_mini


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    return build_mini(tmp_path / "mini")
