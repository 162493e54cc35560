"""Driving the kiosk as a visitor would: find words on screen and touch them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QImage, QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.ui.settle import settle

_device: QPointingDevice | None = None


def touch_device() -> QPointingDevice:
    global _device
    if _device is None:
        _device = QTest.createTouchDevice()
    return _device


def items(window: QQuickWindow) -> list[QQuickItem]:
    found: list[QQuickItem] = []
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(item.childItems())
    return found


def visible_on_screen(item: QQuickItem, window: QQuickWindow) -> bool:
    probe: QQuickItem | None = item
    while probe is not None:
        if not probe.isVisible() or probe.opacity() == 0:
            return False
        probe = probe.parentItem()
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return 0 <= centre.x() < window.width() and 0 <= centre.y() < window.height()


def texts(window: QQuickWindow) -> list[str]:
    return [
        str(i.property("text"))
        for i in items(window)
        if i.metaObject().className().startswith("QQuickText") and visible_on_screen(i, window)
    ]


def find_text(window: QQuickWindow, text: str) -> QQuickItem:
    for item in items(window):
        if (
            item.metaObject().className().startswith("QQuickText")
            and item.property("text") == text
            and visible_on_screen(item, window)
        ):
            return item
    raise LookupError(f"no visible text {text!r}; visible: {texts(window)}")


def tap_point(window: QQuickWindow, point: QPoint) -> None:
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
    settle(window, 0.25)


def tap(window: QQuickWindow, text: str) -> None:
    item = find_text(window, text)
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    tap_point(window, centre)


def is_blank(image: QImage) -> bool:
    """True when a screenshot is one flat colour (nothing was drawn)."""
    small = image.scaled(64, 36)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    return len(colours) < 4


def find_accessible(window: QQuickWindow, name: str) -> QQuickItem:
    from PySide6.QtGui import QAccessible

    for item in items(window):
        face = QAccessible.queryAccessibleInterface(item)
        if face is not None and face.text(QAccessible.Text.Name) == name and visible_on_screen(item, window):
            return item
    raise LookupError(f"nothing visible is called {name!r}")


def tap_accessible(window: QQuickWindow, name: str) -> None:
    item = find_accessible(window, name)
    tap_point(window, item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint())


def scroll_to_end(window: QQuickWindow) -> None:
    """Flick every visible scrolling area to its end, as a visitor's swipe would."""
    for item in items(window):
        if item.inherits("QQuickFlickable") and visible_on_screen(item, window):
            end = max(0.0, float(item.property("contentHeight")) - item.height())
            item.setProperty("contentY", end)
    settle(window, 0.1)
