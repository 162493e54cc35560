from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk.testing.driver import close_kiosk, start_kiosk
from kiosk.ui.bootstrap import Kiosk

# A kiosk as ``kiosk run`` makes it, settled on the attract screen; and its orderly end.
start, close = start_kiosk, close_kiosk


@pytest.fixture
def kiosk(qapp: QGuiApplication, mini: Path, tmp_path: Path) -> Iterator[Kiosk]:
    k = start(mini, tmp_path / "cache")
    yield k
    close(k)
