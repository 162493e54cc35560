"""Arabic and Hebrew mirror the layout: the items a visitor steers by sit where English has them,
reflected across the window (measured on item geometry, not pixels).

An item that keeps to an edge of the window keeps the same distance from the opposite edge; items
in a row (Home then Back, earlier then later events) come in the opposite order.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk.screens.routes import Route
from kiosk.testing.driver import close_kiosk, start_kiosk
from kiosk.testing.layout import draw, find, items_of, scene_rect
from kiosk.ui.bootstrap import Kiosk
from tests.exhibits import build_mini, with_languages

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
TOLERANCE = 2.0  # pixels


@pytest.fixture(scope="module")
def kiosk(qapp: QGuiApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    folder = tmp_path_factory.mktemp("mirroring")
    content = with_languages(build_mini(folder / "content"), ["en", "ar", "he"])
    k = start_kiosk(content, folder / "cache")
    k.idle.arm(False)
    yield k
    close_kiosk(k)


def _named(k: Kiosk, name: str) -> QQuickItem:
    found = [i for i in items_of(k.window.contentItem()) if i.objectName() == name and i.isVisible()]
    assert found, f"nothing called {name!r} on screen"
    return found[0]


def _button(k: Kiosk, icon: str) -> QQuickItem:
    found = find(k.window.contentItem(), "KButton", iconName=icon)
    assert found, f"no button with the {icon!r} icon on screen"
    return found[0]


def _measure(k: Kiosk, language: str, size: tuple[int, int]) -> dict[str, object]:
    """Where the steering items are, in one language."""
    k.window.resize(*size)
    k.context.set_language(language)
    k.navigator.show(Route.parse("home"))
    k.navigator.go("chapter/second")
    draw(k.window)
    out: dict[str, object] = {
        "Home": scene_rect(_button(k, "home")),
        "Back": scene_rect(_button(k, "back")),
        "Accessibility": scene_rect(_button(k, "accessibility")),
        "Previous chapter": scene_rect(_button(k, "previous")),
        "Next chapter": scene_rect(_button(k, "next")),
        "Reading progress": scene_rect(_named(k, "progressFill")),
    }
    k.navigator.show(Route.parse("photo/tank"))  # the first of the viewer's photos
    draw(k.window)
    out["Next photo"] = scene_rect(_button(k, "next"))
    k.navigator.show(Route.parse("photo/parade"))  # the last
    draw(k.window)
    out["Previous photo"] = scene_rect(_button(k, "previous"))

    k.navigator.show(Route.parse("timeline"))
    draw(k.window)
    cards = find(k.window.contentItem(), "EventCard")
    assert len(cards) >= 3
    # Where each card dated to a day begins, along the line of reading (its left edge in English,
    # its right edge in a right-to-left language).
    out["timeline"] = {
        str(c.property("route")): c.x() + (c.width() if language != "en" else 0)
        for c in cards
        if not c.property("approximate")
    }

    k.navigator.show(Route.parse("map"))
    draw(k.window)
    out["Map panel"] = scene_rect(_named(k, "mapPanel"))
    slider = _named(k, "dateSlider")
    out["Date slider"] = scene_rect(slider)
    handle = slider.property("handle")
    out["Date slider's handle"] = scene_rect(handle)
    out["Zoom in"] = scene_rect(_button(k, "zoom-in"))
    return out


def _mirrors(name: str, ltr: QRectF, rtl: QRectF, width: float) -> str | None:
    """An item by an edge keeps its distance from the other edge."""
    if ltr.center().x() < width / 2:
        ltr_gap, rtl_gap = ltr.left(), width - rtl.right()
    else:
        ltr_gap, rtl_gap = width - ltr.right(), rtl.left()
    if abs(ltr_gap - rtl_gap) > TOLERANCE:
        return f"{name}: {ltr_gap:.0f} px from its edge in English, {rtl_gap:.0f} px from the other edge"
    return None


@pytest.mark.parametrize("orientation", list(SIZES))
@pytest.mark.parametrize("language", ["ar", "he"])
def test_right_to_left_mirrors_english(kiosk: Kiosk, language: str, orientation: str) -> None:
    size = SIZES[orientation]
    english = _measure(kiosk, "en", size)
    mirrored = _measure(kiosk, language, size)
    kiosk.context.set_language("en")
    width = size[0]
    wrong = []
    for name in (
        "Home",
        "Accessibility",
        "Previous chapter",
        "Next chapter",
        "Reading progress",
        "Previous photo",
        "Next photo",
        "Map panel",
        "Zoom in",
    ):
        ltr, rtl = english[name], mirrored[name]
        assert isinstance(ltr, QRectF) and isinstance(rtl, QRectF)
        problem = _mirrors(name, ltr, rtl, width)
        if problem:
            wrong.append(problem)

    def rect(m: dict[str, object], name: str) -> QRectF:
        r = m[name]
        assert isinstance(r, QRectF)
        return r

    # Back follows Home in the direction of reading.
    if not rect(english, "Back").left() >= rect(english, "Home").right():
        wrong.append("Back is not after Home in English")
    if not rect(mirrored, "Back").right() <= rect(mirrored, "Home").left():
        wrong.append("Back is not after Home (to its left)")
    # Going forward is towards the end of the line: next on the left, previous on the right.
    if not rect(mirrored, "Next chapter").right() < rect(mirrored, "Previous chapter").left():
        wrong.append("the next chapter is not on the left")
    # The date slider ends at the same distance from the window's edge (its start follows the Play
    # button, whose label differs), and its handle is as far along it from its right end.
    ltr_s, rtl_s = rect(english, "Date slider"), rect(mirrored, "Date slider")
    if abs((width - ltr_s.right()) - rtl_s.left()) > TOLERANCE:
        wrong.append(
            f"the date slider ends {width - ltr_s.right():.0f} px / {rtl_s.left():.0f} px from the edge"
        )
    ltr_h, rtl_h = rect(english, "Date slider's handle"), rect(mirrored, "Date slider's handle")
    along_ltr = (ltr_h.center().x() - ltr_s.left()) / ltr_s.width()
    along_rtl = (rtl_s.right() - rtl_h.center().x()) / rtl_s.width()
    if abs(along_ltr - along_rtl) > 0.02:
        wrong.append(
            f"the date slider's handle is {along_ltr:.2f} along in English, {along_rtl:.2f} from the right"
        )
    # Later events lie further along the line of reading: to the left.
    ltr_x, rtl_x = english["timeline"], mirrored["timeline"]
    assert isinstance(ltr_x, dict) and isinstance(rtl_x, dict)
    routes = sorted(ltr_x, key=lambda r: ltr_x[r])
    for earlier, later in itertools.pairwise(routes):
        if ltr_x[later] - ltr_x[earlier] > TOLERANCE and not rtl_x[later] < rtl_x[earlier] - TOLERANCE:
            wrong.append(f"on the timeline {later} is not left of {earlier}")
    assert not wrong, "\n".join(wrong)


def test_the_viewer_follows_a_photo_from_another_gallery(qapp: QGuiApplication, tmp_path: Path) -> None:
    """Shown straight from another gallery's photo (the screen stays, its strip gets a new list),
    the viewer shows that photo, not the new list's first, and the route stays put (it once jumped
    to the first photo, in a binding loop)."""
    root = build_mini(tmp_path / "content")
    photos = root / "text" / "photos.toml"
    more = ['[[gallery]]\nid = "more"\ntitle = { en = "More" }\nphotos = ["street", "square"]']
    for name in ("street", "square"):
        more.append(
            f'[[photo]]\nid = "{name}"\nfile = "photos/{name}.jpg"\ntitle = {{ en = "{name}" }}\n'
            f'caption = {{ en = "A {name}." }}\ncredit = "Test"'
        )
    photos.write_text(photos.read_text(encoding="utf-8") + "\n" + "\n\n".join(more) + "\n", encoding="utf-8")
    for name in ("street", "square"):
        Image.new("RGB", (900, 600), (90, 90, 90)).save(root / "photos" / f"{name}.jpg")
    k = start_kiosk(root, tmp_path / "cache")
    try:
        k.navigator.show(Route.parse("photo/tank"))
        draw(k.window)
        k.navigator.show(Route.parse("photo/square"))
        draw(k.window)
        strip = next(
            i for i in items_of(k.window.contentItem()) if i.inherits("QQuickListView") and i.isVisible()
        )
        assert k.navigator.route == "photo/square"
        assert strip.property("currentItem").property("photoId") == "square"
    finally:
        close_kiosk(k)
