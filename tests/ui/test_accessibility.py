"""Issue 5's rules, measured on the running views rather than assumed from the source."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetricsF
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

from kiosk.content.model import Colour
from kiosk.testing.driver import items, visible_on_screen
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle

ROUTES = [
    "home",
    "story",
    "chapter/first",
    "galleries",
    "gallery/armour",
    "photo/tank",
    "people",
    "person/tolbukhin",
]
# (foreground, background) token pairs the views actually combine.
PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("text", "surfaceRaised"),
    ("textMuted", "background"),
    ("textMuted", "surface"),
    ("textMuted", "surfaceRaised"),
    ("accent", "background"),
    ("accent", "surface"),
    ("accent", "surfaceRaised"),
    ("accentText", "accent"),
    ("pressedText", "pressed"),
    ("warning", "background"),
    ("warning", "surface"),
]
PALETTE = [c.value for c in Colour] + [""]  # "" is the colour of people in no group


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def theme(kiosk: Kiosk) -> QQuickItem:
    component = QQmlComponent(kiosk.engine)
    component.setData(b"import QtQuick\nimport Kiosk\nItem { property QtObject theme: Theme }", QUrl())
    holder = component.create()
    assert holder is not None, component.errorString()
    kiosk.keep.append(holder)
    found = holder.property("theme")
    assert found is not None
    return found  # type: ignore[no-any-return]


def token(obj: QQuickItem, name: str) -> QColor:
    value = obj.property(name)
    return value if isinstance(value, QColor) else QColor(value)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_text_colour_pair_meets_wcag_aa(kiosk: Kiosk, high_contrast: bool) -> None:
    kiosk.session.highContrast = high_contrast
    t = theme(kiosk)
    failures = []
    for fg, bg in PAIRS:
        ratio = contrast(token(t, fg), token(t, bg))
        if ratio < 4.5:
            failures.append(f"{fg} on {bg}: {ratio:.2f}")
    from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

    for name in PALETTE:  # a group's colour, as the exhibit names it
        fill = QMetaObject.invokeMethod(  # Q_RETURN_ARG: without it PySide returns only "it ran"
            t, "groupColour", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG(QColor), Q_ARG(str, name)
        )
        assert isinstance(fill, QColor) and fill.isValid(), name
        ratio = contrast(QColor("#ffffff"), fill)  # white initials on a placeholder portrait
        if ratio < 4.5:
            failures.append(f"white on group colour {name!r}: {ratio:.2f}")
        # A mark in the colour (a dot, a map arrow, a chip's border) beside the surfaces it sits on:
        # 3:1, WCAG's non-text contrast. High contrast draws marks in the text colour.
        mark = token(t, "text") if high_contrast else fill
        for surface in ("background", "surface", "surfaceRaised"):
            ratio = contrast(mark, token(t, surface))
            if ratio < 3:
                failures.append(f"group colour {name!r} on {surface}: {ratio:.2f}")
    badge = contrast(QColor("#1b1610"), token(t, "warning"))
    if badge < 4.5:
        failures.append(f"badge text on warning: {badge:.2f}")
    assert failures == []


def interactive(kiosk: Kiosk) -> Iterator[QQuickItem]:
    for item in items(kiosk.window):
        if (item.inherits("QQuickAbstractButton") or item.inherits("QQuickMouseArea")) and visible_on_screen(
            item, kiosk.window
        ):
            yield item


def accessible_name(item: QQuickItem) -> tuple[str, QAccessible.Role | None]:
    probe: QQuickItem | None = item
    for _ in range(3):  # a MouseArea may sit inside the item that speaks for it
        if probe is None:
            break
        face = QAccessible.queryAccessibleInterface(probe)
        if face is not None and face.text(QAccessible.Text.Name):
            return face.text(QAccessible.Text.Name), face.role()
        probe = probe.parentItem()
    return "", None


@pytest.mark.parametrize("text_step", [0, 3])
def test_touch_targets_names_and_roles(kiosk: Kiosk, text_step: int) -> None:
    display = kiosk.bridge.display
    minimum = max(44, display.minTouch)
    kiosk.session.textStep = text_step
    problems = []
    for route in ROUTES:
        kiosk.navigator.go(route)
        settle(kiosk.window)
        for item in interactive(kiosk):
            name, role = accessible_name(item)
            label = f"{route}: {item.metaObject().className()} {name!r}"
            if item.width() < minimum or item.height() < minimum:
                problems.append(f"{label} is {item.width():.0f}x{item.height():.0f} px")
            if not name:
                problems.append(f"{label} has no accessible name")
            elif role not in {QAccessible.Role.Button, QAccessible.Role.Link, QAccessible.Role.Graphic}:
                problems.append(f"{label} has role {role}")
    assert problems == []


@pytest.mark.parametrize("text_step", [0, 1, 2, 3])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_larger_text_reflows_without_running_off_screen(
    kiosk: Kiosk, text_step: int, size: tuple[int, int]
) -> None:
    kiosk.window.resize(*size)
    kiosk.session.textStep = text_step
    problems = []
    for route in ROUTES:
        kiosk.navigator.go(route)
        settle(kiosk.window)
        for item in items(kiosk.window):
            if (
                not item.metaObject().className().startswith("QQuickText")
                or not item.property("text")
                or not visible_on_screen(item, kiosk.window)
            ):
                continue
            left = item.mapToScene(item.boundingRect().topLeft()).x()
            right = left + min(item.width(), item.property("contentWidth") or item.width())
            if left < -1 or right > size[0] + 1:
                problems.append(f"{route}: {item.property('text')!r} spans {left:.0f}..{right:.0f}")
    assert problems == []


def test_body_text_size_and_line_length(kiosk: Kiosk) -> None:
    t = theme(kiosk)
    body_px = int(t.property("body"))
    points = body_px / (kiosk.bridge.display.pixelsPerMm * 25.4) * 72
    assert points >= 24, f"body text is {points:.1f} pt on the reference screen"
    kiosk.navigator.go("chapter/first")
    settle(kiosk.window)
    widths = [
        i.width()
        for i in items(kiosk.window)
        if i.metaObject().className().startswith("QQuickText")
        and i.property("text") == "The <b>first</b> words. An <i>emphasis</i>."
    ]
    assert widths, "chapter body not found"
    font = QFont(str(t.property("serif")))
    font.setPixelSize(body_px)
    characters = widths[0] / QFontMetricsF(font).averageCharWidth()
    assert 45 <= characters <= 80, f"a line holds about {characters:.0f} characters"
