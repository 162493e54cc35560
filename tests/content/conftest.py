"""Fixtures shared by the content tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.scaffold import scaffold


@pytest.fixture
def new(tmp_path: Path) -> Path:
    """A `kiosk new` exhibit: clean, so every problem a test finds is the one it made."""
    folder = tmp_path / "exhibit"
    scaffold(folder, ["en", "sr"])
    return folder
