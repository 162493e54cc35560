"""Fixtures shared by the intake tests: a curator's folder and the kiosk's content store."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.scaffold import scaffold
from kiosk.intake.staging import ContentStore
from tests.intake.staging_helpers import Clock


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "curator" / "exhibit"
    scaffold(folder, ["en", "sr"])
    return folder


@pytest.fixture
def store(tmp_path: Path) -> ContentStore:
    return ContentStore(tmp_path / "state" / "content", clock=Clock())
