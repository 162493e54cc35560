"""The viewer and the tile provider: deep zoom to full resolution, tiles only where one looks, and
never an empty frame."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from image_fixtures import photo
from PySide6.QtCore import Q_ARG, QMetaObject, QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem

from kiosk.testing.driver import items
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.image_provider import DerivedImageProvider
from kiosk.ui.settle import settle
from kiosk.ui.tile_provider import TileImageProvider, parse_tile_id
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


def test_tile_provider_serves_tiles_and_never_an_empty_frame(scan_kiosk: Kiosk) -> None:
    found = scan_kiosk.images.pyramid("tank")
    assert found is not None
    tile_set, pyramid = found
    provider = TileImageProvider(scan_kiosk.images.tile)
    size = QSize()
    top = pyramid.levels - 1
    image = provider.requestImage(f"{tile_set}/{top}/0_0", size, QSize())
    assert not image.isNull() and (image.width(), image.height()) == pyramid.tile_box(top, 0, 0)[2:]
    for bad in (f"{tile_set}/{top}/99_99", "0" * 32 + "/0/0_0", "../../etc/passwd/0/0_0", "nonsense"):
        blank = provider.requestImage(bad, size, QSize())
        assert not blank.isNull() and blank.pixelColor(1, 1).alpha() == 0  # the coarser level shows through
    assert parse_tile_id("abc/3/4_5") == ("abc", 3, 4, 5)
    assert parse_tile_id("abc/-1/4_5") is None


def test_a_refused_picture_has_a_reason_and_the_provider_still_draws_a_frame(
    qapp: QGuiApplication, tmp_path: Path
) -> None:
    root = build_mini(tmp_path / "mini")
    (root / "photos" / "tank.jpg").write_bytes(b"\xff\xd8\xff\xe0 cut off")  # a JPEG that ends at once
    k = start(root, tmp_path / "cache")
    try:
        assert k.images.problems.get("tank")
        assert k.images.cache.reason("tank") == k.images.problems["tank"]
        image = DerivedImageProvider(k.images.resolve).requestImage("0/tank/screen", QSize(), QSize(300, 200))
        assert isinstance(image, QImage) and not image.isNull()
        assert k.images.pyramid("tank") is None
    finally:
        close(k)
