"""The viewer and its tiles: deep zoom to full resolution, tiles only where one looks, and
never an empty frame."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from image_fixtures import photo
from PySide6.QtCore import Q_ARG, QMetaObject, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem

from kiosk.testing.driver import items
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle
from tests.exhibits import build_mini
from tests.ui.conftest import close, start

pytestmark = pytest.mark.gui


@pytest.fixture
def scan_kiosk(qapp: QGuiApplication, tmp_path: Path) -> Iterator[Kiosk]:
    root = build_mini(tmp_path / "mini")
    # A wide scan: full resolution is more than 4x the fitted view.
    photo((7000, 1400)).save(root / "photos" / "tank.jpg", quality=90)
    k = start(root, tmp_path / "cache")
    yield k
    close(k)


def viewer(kiosk: Kiosk, photo_id: str) -> QQuickItem:
    kiosk.navigator.begin()
    kiosk.navigator.go(f"photo/{photo_id}")
    settle(kiosk.window)
    strip = next(i for i in items(kiosk.window) if i.inherits("QQuickListView") and i.isVisible())
    view = strip.property("currentItem")
    assert isinstance(view, QQuickItem)
    return view


def test_a_large_scan_zooms_to_full_resolution_with_tiles_only_in_view(scan_kiosk: Kiosk) -> None:
    view = viewer(scan_kiosk, "tank")
    assert view.property("deep") is True
    full = float(view.property("fullZoom"))
    assert full > 4 and float(view.property("maxZoom")) == pytest.approx(full)
    assert view.property("tileCount") == 0  # at fit the screen copy is enough

    QMetaObject.invokeMethod(view, "zoomTo", Q_ARG("double", full))
    settle(scan_kiosk.window)
    assert float(view.property("zoom")) == pytest.approx(full, rel=1e-3)
    in_view = int(view.property("tileCount"))
    # The stage shows about 1270 x 1000 px of the scan: a few 512 px tiles, not the 14 x 3 level.
    assert 0 < in_view <= 12

    for step in range(30):  # pan right across the scan: tiles come and go, their number stays
        view.setProperty("contentX", float(view.property("contentX")) + 400)
        QMetaObject.invokeMethod(view, "returnToBounds")
        settle(scan_kiosk.window, 0.02)
        assert int(view.property("tileCount")) <= 16, step


def test_the_screen_copy_is_decoded_at_the_size_it_is_shown(scan_kiosk: Kiosk) -> None:
    # Qt decodes a fitted picture to cover its sourceSize: a box of the stage's shape would decode
    # this 5:1 scan's screen copy at 1024 px high (5120 wide) for a strip about 250 px high.
    view = viewer(scan_kiosk, "tank")
    image = next(i for i in view.childItems()[0].childItems() if i.inherits("QQuickImage"))
    fitted_w = float(view.property("fittedWidth"))
    decoded_w, decoded_h = image.implicitWidth(), image.implicitHeight()
    assert fitted_w <= decoded_w <= fitted_w + 64  # as sharp as shown, in steps of 64 px
    assert decoded_w / decoded_h == pytest.approx(float(view.property("aspect")), rel=0.02)


def test_the_viewer_reads_tiles_as_files_of_the_unpacked_pyramid(scan_kiosk: Kiosk) -> None:
    found = scan_kiosk.images.pyramid("tank")
    assert found is not None
    folder, pyramid = found
    assert folder.resolve().is_relative_to(scan_kiosk.images.cache_dir.resolve())
    described = scan_kiosk.bridge.deep_zoom.describe("tank", 0)
    assert QUrl(described["source"]).toLocalFile() == str(folder / "tiles_files")
    for level in range(pyramid.levels):
        cols, rows = pyramid.grid(level)
        for col in range(cols):
            for row in range(rows):
                tile = QImage(str(folder / "tiles_files" / str(level) / f"{col}_{row}.jpg"))
                assert (tile.width(), tile.height()) == pyramid.tile_box(level, col, row)[2:]


def test_a_refused_picture_has_a_reason_and_no_url(qapp: QGuiApplication, tmp_path: Path) -> None:
    root = build_mini(tmp_path / "mini")
    (root / "photos" / "tank.jpg").write_bytes(b"\xff\xd8\xff\xe0 cut off")  # a JPEG that ends at once
    k = start(root, tmp_path / "cache")
    try:
        assert k.images.problems.get("tank")
        assert k.images.cache.reason("tank") == k.images.problems["tank"]
        assert k.images.file("tank", "screen") is None and k.context.image_url("tank", "screen") == ""
        assert k.images.pyramid("tank") is None
    finally:
        close(k)
