"""Pictures reach QML as plain files of the app's own cache, and no Python runs on Qt's reader thread.

A Python image provider once deadlocked the kiosk: Qt's pixmap reader thread, holding its mutex,
asked PySide for the provider's overrides (which needs the GIL) while the GUI thread, holding the
GIL inside a Python slot, waited for that mutex to create an Image (docs/performance.md).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load
from kiosk.images.cache import DerivativeCache
from kiosk.resources import PACKAGE_DIR
from kiosk.testing.driver import items
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle
from tests.exhibits import build_mini
from tests.ui.conftest import close, start

pytestmark = pytest.mark.gui

PROVIDER_WORDS = (
    "QQuickImageProvider",
    "QQuickAsyncImageProvider",
    "QQuickImageResponse",
    "addImageProvider",
)


def local(url: str) -> Path:
    qurl = QUrl(url)
    assert qurl.isLocalFile(), url
    return Path(qurl.toLocalFile())


def urls_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value.startswith(("file:", "image:", "/")) or "://" in value:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from urls_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from urls_in(item)


def test_no_image_provider_is_implemented_in_python_or_used_by_qml(kiosk: Kiosk) -> None:
    for name in ("derived", "tiles"):
        assert kiosk.engine.imageProvider(name) is None
    for source in PACKAGE_DIR.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not any(word in text for word in PROVIDER_WORDS), source
    for qml in (PACKAGE_DIR / "ui" / "qml").rglob("*.qml"):
        assert "image://" not in qml.read_text(encoding="utf-8"), qml


def test_every_picture_url_points_into_the_cache_never_at_a_curators_file(
    kiosk: Kiosk, mini: Path, tmp_path: Path
) -> None:
    cache = (tmp_path / "cache").resolve()
    exhibit = kiosk.context.exhibit
    curators = {(mini / p.file).resolve() for p in exhibit.photos}
    handed: list[str] = []
    for photo in exhibit.photos:
        for variant in ("thumb", "screen"):
            handed.append(kiosk.context.image_url(photo.id, variant))
    presenter = kiosk.context.presenter
    handed += list(urls_in(presenter.attract_images()))
    assert handed and all(handed)
    for url in handed:
        file = local(url).resolve()
        assert file.is_relative_to(cache) and file not in curators, url
        assert file.is_file() and not QImage(str(file)).isNull()
    # The curator's own file name is not what is shown, under any variant or a made-up one.
    assert kiosk.context.image_url("tank", "original") == ""
    assert kiosk.context.image_url("no-such-photo", "screen") == ""


def test_deep_zoom_tiles_are_unpacked_files_in_the_cache(qapp: QGuiApplication, tmp_path: Path) -> None:
    root = build_mini(tmp_path / "mini")
    Image.new("RGB", (7000, 1400), (90, 120, 60)).save(root / "photos" / "tank.jpg", quality=90)
    k = start(root, tmp_path / "cache")
    try:
        described = k.bridge.deep_zoom.describe("tank", 0)
        folder = local(described["source"]).resolve()
        assert folder.is_relative_to((tmp_path / "cache").resolve())
        top = described["levels"] - 1
        tile = QImage(str(folder / str(top) / "0_0.jpg"))
        assert not tile.isNull() and tile.width() == min(described["tileSize"] + described["overlap"], 7000)
    finally:
        close(k)


def test_a_photo_replaced_under_the_same_id_gets_a_new_url(
    kiosk: Kiosk, mini: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    before = kiosk.context.image_url("tank", "screen")
    swapped = tmp_path / "swapped"
    shutil.copytree(mini, swapped)
    Image.new("RGB", (1200, 800), (20, 160, 40)).save(swapped / "photos" / "tank.jpg", quality=90)
    exhibit = load(swapped).exhibit
    assert exhibit is not None
    with qtbot.waitSignal(kiosk.context.picturesChanged, timeout=60_000):
        kiosk.images.start(exhibit, swapped)
        kiosk.context.set_exhibit(exhibit, swapped)
        assert kiosk.images.wait()
    after = kiosk.context.image_url("tank", "screen")
    assert after and after != before
    green = QImage(str(local(after))).pixelColor(10, 10)
    assert green.green() > 120 and green.red() < 60
    assert kiosk.context.image_url("parade", "screen") == kiosk.context.image_url("parade", "screen") != ""


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Preparing waits until the test lets it go: a photo is still being made."""
    gate = threading.Event()
    real = DerivativeCache.prepare

    def gated(self: DerivativeCache, *args: Any, **kwargs: Any) -> Any:
        gate.wait()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(DerivativeCache, "prepare", gated)
    yield gate
    gate.set()


def below(item: QQuickItem) -> Iterator[QQuickItem]:
    for child in item.childItems():
        yield child
        yield from below(child)


def photo_view(kiosk: Kiosk) -> QQuickItem:
    strip = next(i for i in items(kiosk.window) if i.inherits("QQuickListView") and i.isVisible())
    view = strip.property("currentItem")
    assert isinstance(view, QQuickItem)
    return view


def test_a_photo_still_being_made_shows_the_plate_then_the_picture(
    qapp: QGuiApplication, mini: Path, tmp_path: Path, qtbot: QtBot, held: threading.Event
) -> None:
    k = start(mini, tmp_path / "cache", wait_s=0)
    try:
        k.navigator.begin()
        k.navigator.go("photo/tank")
        settle(k.window)
        view = photo_view(k)
        assert view.property("source") == QUrl()
        plates = [i for i in below(view) if i.inherits("QQuickRectangle") and i.isVisible()]
        assert any(p.width() > 100 and p.height() > 100 for p in plates)  # the calm plate, not a hole

        with qtbot.waitSignal(k.context.picturesChanged, timeout=60_000):
            held.set()
            assert k.images.wait()
        settle(k.window)
        view = photo_view(k)
        assert QUrl(view.property("source")).isLocalFile()
        shown = next(i for i in below(view) if i.inherits("QQuickImage") and i.isVisible())
        while shown.implicitWidth() <= 0:  # decoded by Qt's own reader thread (a failure would warn)
            with qtbot.waitSignal(shown.implicitWidthChanged, timeout=60_000):
                pass
        assert shown.implicitWidth() > 0 and shown.opacity() > 0
    finally:
        held.set()
        k.images.wait()
        close(k)


def test_pictures_are_decoded_as_large_as_they_are_shown_and_no_larger(kiosk: Kiosk) -> None:
    # Qt decodes a cropped picture to cover the sourceSize it is given; Picture gives its own box
    # (in 32 px steps), so what is decoded covers what is shown and is tight in one direction.
    kiosk.navigator.begin()
    checked = 0
    for route in ("home", "galleries", "chapter/first", "person/tolbukhin"):
        kiosk.navigator.go(route)
        settle(kiosk.window)
        for picture in items(kiosk.window):
            if not picture.metaObject().className().startswith("Picture") or not picture.isVisible():
                continue
            image = next(i for i in picture.childItems() if i.inherits("QQuickImage"))
            box_w, box_h = picture.width(), picture.height()
            if image.implicitWidth() <= 0 or box_w > int(picture.property("decodeWidth")):
                continue  # not loaded, or wider than the screen asks to decode (a thumbnail's width)
            decoded_w, decoded_h = image.implicitWidth(), image.implicitHeight()
            assert decoded_w >= box_w - 1 and decoded_h >= box_h - 1, (route, decoded_w, decoded_h)
            assert decoded_w <= box_w + 33 or decoded_h <= box_h + 33, (route, decoded_w, decoded_h)
            checked += 1
    assert checked >= 2  # the chapter's lead photo and the portrait at least
