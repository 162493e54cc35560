"""Driving a running kiosk as a visitor would: start it, find words on screen, touch them, wait.

One module for the tests (tests/ui) and the benchmarks (kiosk/bench), so what is measured is what
is tested.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPoint, QPointF, QTimer
from PySide6.QtGui import QAccessible, QGuiApplication, QImage, QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.content.bidi import plain
from kiosk.content.loader import load
from kiosk.ui import settle as settling
from kiosk.ui.bootstrap import Kiosk, KioskOptions, build

if TYPE_CHECKING:
    from PySide6.QtTest import QTest

SIZE: Final = (1920, 1080)


# --- a kiosk to drive -------------------------------------------------------------------------
def qt_environment(platform: str | None = None) -> None:
    """Offscreen and software-rendered unless told otherwise; must run before Qt starts."""
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")


def application() -> QGuiApplication:
    qt_environment()
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    return QGuiApplication([sys.argv[0]])


def start_kiosk(
    content: Path,
    cache_dir: Path,
    size: tuple[int, int] = SIZE,
    *,
    wait_s: float = 60.0,
    settle_s: float = 0.3,
    **options: Any,
) -> Kiosk:
    """A kiosk as ``kiosk run`` makes it, in a window of ``size``, settled on the attract screen."""
    application()
    result = load(content)
    if result.exhibit is None:
        raise SystemExit(f"{content}: not a content folder: {[str(p) for p in result.errors]}")
    kiosk = build(result.exhibit, content, KioskOptions(cache_dir=cache_dir, **options))
    kiosk.window.resize(*size)
    kiosk.window.show()
    kiosk.images.wait(wait_s)
    settle(kiosk.window, settle_s)  # long enough for the first screen's fade-in
    return kiosk


def close_kiosk(kiosk: Kiosk) -> None:
    kiosk.app.removeEventFilter(kiosk.idle)
    kiosk.shut_down()


# --- waiting ----------------------------------------------------------------------------------
def flush_deletes() -> None:
    """Run the ``deleteLater()`` deletions that a running ``app.exec()`` would have run by now.

    ``processEvents()`` leaves DeferredDelete events alone, so code that drives Qt by processing
    events instead of running the event loop must flush them, or every screen the Loader replaced
    stays in memory (in the kiosk they are gone by the next loop iteration).
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle(window: QQuickWindow, minimum_s: float = 0.3, timeout_s: float = 20.0) -> bool:
    """``kiosk.ui.settle.settle`` (images decoded, transitions over), with the deferred deletions
    run first, as the event loop runs them on its next pass: a screen the Loader just replaced is
    gone while the new one fades in, and its pictures with the next frame (left until the end, a
    replaced screen's pictures stayed in memory beside the new screen's, then until some later frame)."""
    flush_deletes()
    done = settling.settle(window, minimum_s, timeout_s)
    flush_deletes()
    return done


def pump(seconds: float) -> None:
    """Let the event loop run for ``seconds`` (timers, animations, frames)."""
    end = time.monotonic() + seconds
    while True:
        left = end - time.monotonic()
        if left <= 0:
            break
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, max(1, int(left * 1000)))
        time.sleep(min(0.002, max(0.0, end - time.monotonic())))
    flush_deletes()


def run_loop(seconds: float) -> None:
    """Run a real event loop for ``seconds``: the process sleeps in the loop as the kiosk does,
    so its CPU time is the kiosk's own (``pump()`` polls, and the polling costs CPU)."""
    loop = QEventLoop()
    timer = QTimer(singleShot=True, interval=max(0, int(seconds * 1000)))
    timer.timeout.connect(loop.quit)
    timer.start()
    loop.exec()
    flush_deletes()


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    return True


# --- what is on screen --------------------------------------------------------------------------
def items(window: QQuickWindow) -> list[QQuickItem]:
    found: list[QQuickItem] = []
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(item.childItems())
    return found


def find_item(window: QQuickWindow, class_prefix: str, visible: bool = True) -> QQuickItem:
    for item in items(window):
        if item.metaObject().className().startswith(class_prefix) and (not visible or item.isVisible()):
            return item
    raise LookupError(f"no {class_prefix} on screen")


def centre(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def visible_on_screen(item: QQuickItem, window: QQuickWindow) -> bool:
    probe: QQuickItem | None = item
    while probe is not None:
        if not probe.isVisible() or probe.opacity() == 0:
            return False
        probe = probe.parentItem()
    middle = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return 0 <= middle.x() < window.width() and 0 <= middle.y() < window.height()


def _is_text(item: QQuickItem) -> bool:
    return item.metaObject().className().startswith("QQuickText")


def shown_text(item: QQuickItem) -> str:
    """What a visitor reads in a text item: its text without the invisible direction marks."""
    return plain(str(item.property("text")))


def texts(window: QQuickWindow) -> list[str]:
    return [shown_text(i) for i in items(window) if _is_text(i) and visible_on_screen(i, window)]


def find_text(window: QQuickWindow, text: str) -> QQuickItem:
    for item in items(window):
        if _is_text(item) and shown_text(item) == text and visible_on_screen(item, window):
            return item
    raise LookupError(f"no visible text {text!r}; visible: {texts(window)}")


def find_accessible(window: QQuickWindow, name: str) -> QQuickItem:
    for item in items(window):
        face = QAccessible.queryAccessibleInterface(item)
        if face is not None and face.text(QAccessible.Text.Name) == name and visible_on_screen(item, window):
            return item
    raise LookupError(f"nothing visible is called {name!r}")


def is_blank(image: QImage) -> bool:
    """True when a screenshot is one flat colour (nothing was drawn)."""
    small = image.scaled(64, 36)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    return len(colours) < 4


# --- touching ---------------------------------------------------------------------------------
_devices: list[QPointingDevice] = []  # one touch screen for the whole process, made when first touched


def _qtest() -> type[QTest]:
    # Imported on the first touch: QtTest loads QtWidgets (about 4 MiB resident), which the kiosk
    # never loads; the memory benchmark, which touches nothing, measures the kiosk without it.
    from PySide6.QtTest import QTest

    return QTest


def touch_device() -> QPointingDevice:
    if not _devices:
        _devices.append(_qtest().createTouchDevice())
    return _devices[0]


def touch_press(window: QQuickWindow, point: QPoint) -> None:
    _qtest().touchEvent(window, touch_device()).press(0, point, window).commit()


def touch_move(window: QQuickWindow, point: QPoint) -> None:
    _qtest().touchEvent(window, touch_device()).move(0, point, window).commit()


def touch_release(window: QQuickWindow, point: QPoint) -> None:
    _qtest().touchEvent(window, touch_device()).release(0, point, window).commit()


def tap_point(window: QQuickWindow, point: QPoint) -> None:
    touch_press(window, point)
    touch_release(window, point)
    settle(window, 0.25)


def tap(window: QQuickWindow, text: str) -> None:
    tap_point(window, centre(find_text(window, text)))


def tap_accessible(window: QQuickWindow, name: str) -> None:
    tap_point(window, centre(find_accessible(window, name)))


def scroll_to_end(window: QQuickWindow) -> None:
    """Flick every visible scrolling area to its end, as a visitor's swipe would."""
    for item in items(window):
        if item.inherits("QQuickFlickable") and visible_on_screen(item, window):
            end = max(0.0, float(item.property("contentHeight")) - item.height())
            item.setProperty("contentY", end)
    settle(window, 0.1)
