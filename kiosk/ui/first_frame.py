"""The first frame: a picture of the attract screen, on screen before the kiosk is built.

Importing the kiosk, reading its content and building its views takes several times as long as Qt
takes to open a window (docs/performance.md, issue 18). So ``kiosk run`` first opens a plain window
(:class:`FirstFrame`, Qt GUI only: no QML engine, none of the kiosk's modules) showing a picture of
the attract screen as the kiosk last showed it, then builds the kiosk, and closes the picture once
the live attract screen is drawn with its pictures (:class:`HandOver`). A picture and its own
window, not the attract screen's QML: Qt takes no QML singleton registered after a QML engine
exists (measured: the views then fail to load), and registering the kiosk's needs all of it.

The picture is taken (:class:`FirstFrameKeeper`) a few seconds after each start, and again after the
content or its pictures change, whenever the attract screen is showing with its pictures loaded,
never during a visit: it holds nothing of a visitor. After a content change while the kiosk was off,
the first frame shows the previous exhibit's attract screen for the moment the new one takes to
load; on a kiosk's very first start there is no picture and that moment is black.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QRasterWindow, QWindow

from kiosk.atomic import atomic_write_bytes, atomic_write_json

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QMouseEvent, QPaintEvent, QTouchEvent
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.context import AppContext
    from kiosk.ui.navigator import Navigator

log = logging.getLogger(__name__)

FILE_NAME: Final = "first-frame.json"  # in the state folder; the picture beside it
PICTURE_NAME: Final = "first-frame.jpg"
VERSION: Final = 1  # a file of another version is ignored (the first frame is then black)
DRAWN: Final = "first frame on screen"  # logged once drawn: the start-up benchmark reads it
WAIT_MS: Final = 3000  # a window never exposed (a display switched off) never draws: go on without
HAND_OVER_MS: Final = 5000  # the live attract screen takes over by then, pictures loaded or not
# After a start or a content change: long enough for the attract screen's first picture to load,
# short of its first crossfade (9 s).
PICTURE_DELAY_MS: Final = 4000


def read_start(path: Path) -> dict[str, Any]:
    """The screen the kiosk filled last time and its picture; empty when there is nothing usable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return {}
    screen = data.get("screen")
    picture = path.with_name(PICTURE_NAME)  # only the kiosk's own picture, whatever the file says
    return {"screen": screen if isinstance(screen, int) else None, "picture": picture}


class FirstFrame(QRasterWindow):
    """The picture, filling the window as the attract screen fills it (cropped, never stretched)."""

    def __init__(self, start_file: Path) -> None:
        super().__init__()
        self.start_file = start_file
        start = read_start(start_file)
        self.screen_index: int | None = start.get("screen")
        picture = start.get("picture")
        self._image = QImage(str(picture)) if picture is not None else QImage()
        self.touched = False  # a visitor touched it: the visit begins once the kiosk is up
        self.drawn = False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = QRect(0, 0, self.width(), self.height())
        painter.fillRect(area, QColor("#000000"))
        if not self._image.isNull():
            scaled = self._image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(area.center())
            painter.drawImage(target, self._image)
        painter.end()
        if not self.drawn:
            self.drawn = True
            log.info("%s", DRAWN)

    def forget(self) -> None:
        """Closed for good, and deleted: its picture and its window's buffer are 8 MB each at 1080p."""
        self.close()
        self._image = QImage()
        self.deleteLater()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched = True

    def touchEvent(self, event: QTouchEvent) -> None:
        self.touched = True
        event.accept()


def show_first_frame(
    start_file: Path, screen: int | None, windowed: bool, size: tuple[int, int] | None
) -> FirstFrame:
    """The picture, shown and drawn (the event loop runs until it is, at most :data:`WAIT_MS`)."""
    first = FirstFrame(start_file)
    index = screen if screen is not None else first.screen_index or 0
    place_window(first, index, windowed, size)
    loop = QEventLoop()
    timer = QTimer()  # a QTimer object: QTimer.singleShot(callable) trips a PySide bug
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(WAIT_MS)
    while not first.drawn and timer.isActive():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    timer.stop()
    return first


def place_window(window: QWindow, screen_index: int, windowed: bool, size: tuple[int, int] | None) -> None:
    """Fullscreen on the chosen screen with explicit geometry: under a bare X server,
    FullScreen alone leaves a 160x160 window."""
    app = QGuiApplication.instance()
    screens = QGuiApplication.screens() if app else []
    screen = screens[screen_index] if 0 <= screen_index < len(screens) else QGuiApplication.primaryScreen()
    if windowed:
        width, height = size or (1280, 800)
        window.resize(width, height)
        window.show()
        return
    window.setScreen(screen)
    window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)


class HandOver(QObject):
    """Closes the first frame once the kiosk's window has drawn the attract screen with its
    pictures (or after :data:`HAND_OVER_MS`, whatever it shows): the kiosk's window opens over the
    picture, and the picture goes only once the same screen is live beneath it."""

    finished = Signal()

    def __init__(self, first: FirstFrame, window: QQuickWindow, begin: Callable[[], None]) -> None:
        super().__init__()
        self._first, self._window, self._begin = first, window, begin
        self._pictures_in = self.done = False
        window.frameSwapped.connect(self._swapped, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finish)
        self._timer.start(HAND_OVER_MS)

    def _swapped(self) -> None:
        from kiosk.ui.settle import loading_images

        if self.done:  # a frame swapped before the disconnection, its call queued
            return
        if self._pictures_in:  # this frame was drawn with the pictures in
            self.finish()
        elif not loading_images(self._window.contentItem()):
            self._pictures_in = True
            self._window.update()

    def finish(self) -> None:
        if self.done:
            return
        self.done = True
        self._window.frameSwapped.disconnect(self._swapped)
        self._timer.stop()
        touched = self._first.touched
        self._first.forget()
        self._window.requestActivate()
        if touched:  # a visitor touched the picture: their visit begins now
            self._begin()
        self.finished.emit()


class FirstFrameKeeper(QObject):
    """Takes the picture the next start's first frame shows: once the kiosk has started, and again
    after its content or pictures change, each time the attract screen is showing with its
    pictures loaded (if a visit is on, when it ends)."""

    def __init__(
        self,
        start_file: Path,
        screen: int,
        window: QQuickWindow,
        navigator: Navigator,
        context: AppContext,
        alone: Callable[[], bool] = lambda: True,
    ) -> None:
        """``alone``: nothing is over the attract screen (the admin path, speech mode's captions)."""
        super().__init__()  # no Qt parent: the kiosk keeps it, so Python owns it
        self._path, self._screen, self._window, self._navigator = start_file, screen, window, navigator
        self._alone = alone
        self._wanted = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PICTURE_DELAY_MS)
        self._timer.timeout.connect(self.capture)
        context.contentChanged.connect(self._want)
        context.picturesChanged.connect(self._want)
        navigator.routeChanged.connect(self._route_changed)
        self._timer.start()

    def _want(self) -> None:
        self._wanted = True
        self._timer.start()

    def _on_attract(self) -> bool:
        from kiosk.screens.table import ATTRACT

        return self._navigator.current.screen == ATTRACT.screen

    def _route_changed(self) -> None:
        if self._wanted and self._on_attract():
            self._timer.start()

    def capture(self) -> bool:
        """Take the picture now if the attract screen is showing, settled; True if taken."""
        from kiosk.ui.settle import loading_images

        if not self._on_attract() or not self._window.isVisible() or not self._alone():
            return False
        if loading_images(self._window.contentItem()):
            self._timer.start()  # not yet: look again in a while
            return False
        image = self._window.grabWindow()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide's stub asks for bytes; the function itself takes only str (as in kiosk/ui/bridge.py).
        jpeg: Any = "JPG"
        if image.isNull() or not image.save(buffer, jpeg, 88):
            return False
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self._path.with_name(PICTURE_NAME), bytes(data.data()))
            atomic_write_json(self._path, {"version": VERSION, "screen": self._screen})
        except OSError as exc:
            log.info("the first frame's picture %s cannot be written (%s)", self._path, exc.strerror)
            return False
        self._wanted = False
        return True
