"""The photo viewer shows the photograph its route names, whatever the gallery's order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk.testing.driver import items, tap_accessible, texts
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle
from tests.exhibits import build_mini
from tests.ui.conftest import close, start

EXTRA = """
[[gallery]]
id = "streets"
title = "Streets"
photos = ["street", "tank"]

[[photo]]
id = "street"
file = "photos/street.jpg"
title = "A street"
caption = "An empty street."
credit = "Test"
"""


@pytest.fixture
def viewer_kiosk(qapp: QGuiApplication, tmp_path: Path) -> Iterator[Kiosk]:
    root = build_mini(tmp_path / "mini")
    with (root / "text" / "photos.toml").open("a", encoding="utf-8") as fh:
        fh.write(EXTRA)
    Image.new("RGB", (900, 600), (90, 90, 90)).save(root / "photos" / "street.jpg")
    k = start(root, tmp_path / "cache")
    yield k
    close(k)


def shown_photo(kiosk: Kiosk) -> str:
    strip = next(i for i in items(kiosk.window) if i.inherits("QQuickListView") and i.isVisible())
    current = strip.property("currentItem")
    assert isinstance(current, QQuickItem)
    return str(current.property("photoId"))


def test_every_photo_route_shows_that_photo(viewer_kiosk: Kiosk) -> None:
    kiosk = viewer_kiosk
    kiosk.navigator.begin()
    for photo in kiosk.context.exhibit.photos:
        kiosk.navigator.go(f"gallery/{kiosk.context.presenter.gallery_of(photo.id)}")
        settle(kiosk.window, 0.1)
        kiosk.navigator.go(f"photo/{photo.id}")
        settle(kiosk.window)
        assert shown_photo(kiosk) == photo.id
        assert kiosk.context.presenter.t(photo.caption) in texts(kiosk.window)


def test_next_and_previous_stay_in_step_with_the_caption(viewer_kiosk: Kiosk) -> None:
    kiosk = viewer_kiosk
    kiosk.navigator.begin()
    kiosk.navigator.go("photo/street")  # first of "streets"; the exhibit lists it last
    settle(kiosk.window)
    assert shown_photo(kiosk) == "street"
    tap_accessible(kiosk.window, "Next photograph")
    settle(kiosk.window)
    assert kiosk.navigator.route == "photo/tank"
    assert shown_photo(kiosk) == "tank"
    assert "A tank in the street." in texts(kiosk.window)


def test_zoom_buttons_zoom_and_decode_the_full_copy_only_when_needed(viewer_kiosk: Kiosk) -> None:
    kiosk = viewer_kiosk
    kiosk.navigator.begin()
    kiosk.navigator.go("photo/tank")
    settle(kiosk.window)
    strip = next(i for i in items(kiosk.window) if i.inherits("QQuickListView") and i.isVisible())
    view = strip.property("currentItem")
    image = next(i for i in view.childItems()[0].childItems() if i.inherits("QQuickImage"))
    assert image.property("sourceSize").width() < 2560
    tap_accessible(kiosk.window, "Zoom in")
    assert view.property("zoom") > 1.5
    assert image.property("sourceSize").width() == 2560
    assert not strip.property("interactive")  # a drag now pans the photo instead of paging
    tap_accessible(kiosk.window, "Fit to screen")
    assert view.property("zoom") == 1
    assert strip.property("interactive")


def test_a_photo_opened_from_a_chapter_pages_through_one_gallery(viewer_kiosk: Kiosk) -> None:
    kiosk = viewer_kiosk
    kiosk.navigator.begin()
    kiosk.navigator.go("chapter/second")
    settle(kiosk.window)
    kiosk.navigator.go("photo/tank")  # as the chapter's photo chip does; tank is in two galleries
    settle(kiosk.window)
    seen = [shown_photo(kiosk)]
    tap_accessible(kiosk.window, "Next photograph")
    settle(kiosk.window)
    seen.append(shown_photo(kiosk))
    assert seen == ["tank", "parade"]  # armour, the first gallery holding tank, in its order
    tap_accessible(kiosk.window, "Previous photograph")
    settle(kiosk.window)
    assert shown_photo(kiosk) == "tank"
