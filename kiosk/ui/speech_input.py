"""Keypad keys and touch gestures for speech mode, taken before anything else sees them.

Installed on the application (kiosk/ui/bootstrap.py), so it sees the window's events before the
window's own filters (lockdown, the admin gesture) and the views do. It takes only what it uses:
the keys of the map below, which do nothing else anywhere (lockdown still refuses every other key,
and every key that would leave the app), and, while speech mode is on, every touch on the window.

The keypad map, for a standard USB numeric keypad, with Num Lock on or off (README, "Speech mode"):

    /  language      *  help        -  quieter
    7  home          8  up          9  repeat        +  louder
    4  previous      5  open        6  next
    1  back          2  down        3  pause         Enter  open
    0  speech mode on/off           .  stop

"up" and "down" go to the previous and next heading, or move a slider (the map's date). Any of
these keys turns speech mode on when it is off. The arrow keys, Enter and Space of a keyboard, or
of an accessible kiosk keypad that sends them, do the same as 4 6 8 2 and 5.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QInputDevice, QKeyEvent, QMouseEvent, QPointingDevice, QTouchEvent
from PySide6.QtQuick import QQuickWindow

from kiosk.speech.focus import Command
from kiosk.speech.gestures import Gesture, Gestures, Kind
from kiosk.ui.speech_mode import SpeechMode

Key = Qt.Key
KEYPAD: dict[Key, Command] = {
    Key.Key_0: Command.TOGGLE,
    Key.Key_Insert: Command.TOGGLE,
    Key.Key_1: Command.BACK,
    Key.Key_End: Command.BACK,
    Key.Key_2: Command.NEXT_HEADING,
    Key.Key_Down: Command.NEXT_HEADING,
    Key.Key_3: Command.PAUSE,
    Key.Key_PageDown: Command.PAUSE,
    Key.Key_4: Command.PREVIOUS,
    Key.Key_Left: Command.PREVIOUS,
    Key.Key_5: Command.ACTIVATE,
    Key.Key_Clear: Command.ACTIVATE,
    Key.Key_6: Command.NEXT,
    Key.Key_Right: Command.NEXT,
    Key.Key_7: Command.HOME,
    Key.Key_Home: Command.HOME,
    Key.Key_8: Command.PREVIOUS_HEADING,
    Key.Key_Up: Command.PREVIOUS_HEADING,
    Key.Key_9: Command.REPEAT,
    Key.Key_PageUp: Command.REPEAT,
    Key.Key_Enter: Command.ACTIVATE,
    Key.Key_Plus: Command.LOUDER,
    Key.Key_Minus: Command.QUIETER,
    Key.Key_Asterisk: Command.HELP,
    Key.Key_Slash: Command.LANGUAGE,
    Key.Key_Period: Command.STOP,
    Key.Key_Delete: Command.STOP,
    Key.Key_Comma: Command.STOP,  # the keypad's decimal key in many European layouts
}
# Keys outside the keypad that kiosk keypads and keyboards send for the same things.
CURSOR: dict[Key, Command] = {
    Key.Key_Left: Command.PREVIOUS,
    Key.Key_Right: Command.NEXT,
    Key.Key_Up: Command.PREVIOUS_HEADING,
    Key.Key_Down: Command.NEXT_HEADING,
    Key.Key_Return: Command.ACTIVATE,
    Key.Key_Enter: Command.ACTIVATE,
    Key.Key_Space: Command.ACTIVATE,
}
SWIPES = {
    Kind.SWIPE_RIGHT: Command.NEXT,
    Kind.SWIPE_LEFT: Command.PREVIOUS,
    Kind.SWIPE_DOWN: Command.NEXT_HEADING,
    Kind.SWIPE_UP: Command.PREVIOUS_HEADING,
    Kind.PAUSE: Command.PAUSE,
}
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
_MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease}
_MOUSE_ALSO = {QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel}


def command_for(event: QKeyEvent) -> Command | None:
    key = Key(event.key())
    if event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
        return KEYPAD.get(key)
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None  # Alt+Left and the like: not ours (lockdown refuses them)
    return CURSOR.get(key)


class SpeechInput(QObject):
    def __init__(
        self,
        mode: SpeechMode,
        window: QQuickWindow,
        *,
        clock: Callable[[], float] = time.monotonic,
        hold_s: float | None = None,
    ) -> None:
        super().__init__(mode)
        self.mode = mode
        self.window = window
        self.clock = clock
        self.gestures = Gestures() if hold_s is None else Gestures(hold_s=hold_s)
        self._hold = QTimer(self, singleShot=True, interval=int(self.gestures.hold_s * 1000))
        self._hold.timeout.connect(self._held)
        self._focus_at_press = ""
        self._owned = False  # this touch sequence belongs to speech mode
        self._device: QPointingDevice | None = None

    # --- events ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind in _TOUCH and isinstance(event, QTouchEvent):
            return self._touch(event)
        if kind in _MOUSE and isinstance(event, QMouseEvent):
            return self._mouse(event)
        return kind in _MOUSE_ALSO and self.mode.property("active")

    def _key(self, event: QKeyEvent) -> bool:
        command = command_for(event)
        if command is None:
            return False
        if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            if self.mode.property("active"):
                self.mode.command(command)
            else:
                self.mode.enter()  # any speech key starts speech mode; it does nothing else
        return True

    def _touch(self, event: QTouchEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self.gestures.cancel()
            self._hold.stop()
            self._owned = False
            return False
        points = list(event.points())
        if not points:
            return bool(self.mode.property("active"))
        fingers = len(points)
        x, y = _centre([p.position() for p in points])
        t = self.clock()
        if kind == QEvent.Type.TouchBegin:
            self._device = event.pointingDevice()
            return self._press(x, y, t, fingers)
        if kind == QEvent.Type.TouchUpdate:
            return self._move(x, y, t, fingers)
        return self._release(x, y, t)

    def _mouse(self, event: QMouseEvent) -> bool:
        device = event.device()
        if device is not None and device.type() != QInputDevice.DeviceType.Mouse:
            return bool(self.mode.property("active"))  # made from a touch we already had
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
            return bool(self.mode.property("active"))
        where = event.position()
        t = self.clock()
        if event.type() == QEvent.Type.MouseButtonPress:
            return self._press(where.x(), where.y(), t, 1)
        if event.type() == QEvent.Type.MouseMove:
            if not event.buttons() & Qt.MouseButton.LeftButton:
                return bool(self.mode.property("active"))
            return self._move(where.x(), where.y(), t, 1)
        return self._release(where.x(), where.y(), t)

    # --- gestures -------------------------------------------------------------------------------
    def _press(self, x: float, y: float, t: float, fingers: int) -> bool:
        active = bool(self.mode.property("active"))
        current = self.mode.focus.current
        self._focus_at_press = current.key if current is not None else ""
        gestures = self.gestures.press(x, y, t, fingers)
        if self.in_corner(x, y) and fingers == 1:
            self._hold.start()
        self._owned = active
        if active:
            self._run(gestures)
        return active

    def _move(self, x: float, y: float, t: float, fingers: int) -> bool:
        gestures = self.gestures.move(x, y, t, fingers)
        if self.gestures.down is None or not self.in_corner(x, y) or fingers > 1:
            self._hold.stop()
        if self._owned:
            self._run(gestures)
        return self._owned

    def _release(self, x: float, y: float, t: float) -> bool:
        self._hold.stop()
        gestures = self.gestures.release(x, y, t)
        owned, self._owned = self._owned, False
        if owned:
            self._run(gestures)
        return owned

    def _run(self, gestures: list[Gesture]) -> None:
        for gesture in gestures:
            if gesture.kind is Kind.EXPLORE:
                self.mode.explore(gesture.x, gesture.y)
            elif gesture.kind is Kind.ACTIVATE:
                self.mode.command(Command.ACTIVATE)
            elif gesture.kind in SWIPES:
                if gesture.kind is not Kind.PAUSE and self._focus_at_press:
                    self.mode.focus.go_to(self._focus_at_press)  # the stroke's start is not kept
                self.mode.command(SWIPES[gesture.kind])

    def _held(self) -> None:
        """A finger stayed still in the marked corner: speech mode on (or off)."""
        if not self.gestures.held(self.clock()):
            return
        self._cancel_views()
        self._owned = True  # the rest of this touch is speech mode's
        self.mode.toggle()

    def _cancel_views(self) -> None:
        """The views had the touch so far: take it back without a click."""
        if self._device is not None:
            QCoreApplication.sendEvent(self.window, QTouchEvent(QEvent.Type.TouchCancel, self._device))
        grabber = self.window.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()

    def in_corner(self, x: float, y: float) -> bool:
        """Whether a window point lies in the marked corner (the frame's lower left, as the
        visitor sees it, whatever the screen's rotation)."""
        layer = self.mode.layer
        if layer is None:
            return False
        size = float(layer.property("cornerSize") or 0)
        local = layer.mapFromScene(QPointF(x, y))
        return 0 <= local.x() <= size and layer.height() - size <= local.y() <= layer.height()


def _centre(points: list[QPointF]) -> tuple[float, float]:
    return sum(p.x() for p in points) / len(points), sum(p.y() for p in points) / len(points)
