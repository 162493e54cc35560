from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk.content.loader import load
from kiosk.ui.bootstrap import Kiosk, KioskOptions, build
from kiosk.ui.settle import settle


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    return QGuiApplication


def start(content: Path, cache: Path, size: tuple[int, int] = (1920, 1080), **options: object) -> Kiosk:
    result = load(content)
    assert result.exhibit is not None
    kiosk = build(result.exhibit, content, KioskOptions(cache_dir=cache, **options))  # type: ignore[arg-type]
    kiosk.window.resize(*size)
    kiosk.window.show()
    kiosk.images.wait()
    settle(kiosk.window)  # long enough for the first screen's fade-in
    return kiosk


@pytest.fixture
def kiosk(qapp: QGuiApplication, mini: Path, tmp_path: Path) -> Iterator[Kiosk]:
    k = start(mini, tmp_path / "cache")
    yield k
    close(k)


def close(k: Kiosk) -> None:
    k.app.removeEventFilter(k.idle)
    k.shut_down()
