"""Touch gestures of speech mode, recognised from touch points and their times. No Qt.

In the manner of VoiceOver and TalkBack:

- a finger down speaks what is under it (at once: the first sound within 100 ms of the touch), and
  moving it speaks each new thing it reaches, without activating anything;
- a quick second tap (within ``double_tap_s``, near the first) opens the item last spoken;
- a quick stroke right or left moves to the next or previous item, up or down to the previous or
  next heading (or moves a slider); the item under the finger where the stroke began is not kept;
- two fingers tapped together pause or resume the speech;
- outside speech mode, a finger held still for ``hold_s`` in the marked corner turns speech mode
  on (inside it, the same turns it off).

Times are seconds from any clock; distances are pixels. The Qt side (kiosk/ui/speech_input.py)
feeds :class:`Gestures` and does what the returned :class:`Gesture` says.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

SWIPE_MAX_S: Final = 0.35  # a stroke quicker than this...
SWIPE_MIN_PX: Final = 60.0  # ...and longer than this is a swipe
TAP_SLOP_PX: Final = 24.0  # a tap moves less than this
DOUBLE_TAP_S: Final = 0.4
DOUBLE_TAP_PX: Final = 120.0
HOLD_S: Final = 1.5


class Kind(StrEnum):
    EXPLORE = "explore"  # speak what is at (x, y); focus it
    ACTIVATE = "activate"  # open the focused item
    SWIPE_RIGHT = "swipe-right"
    SWIPE_LEFT = "swipe-left"
    SWIPE_UP = "swipe-up"
    SWIPE_DOWN = "swipe-down"
    PAUSE = "pause"


@dataclass(frozen=True)
class Gesture:
    kind: Kind
    x: float = 0.0
    y: float = 0.0


@dataclass
class _Touch:
    x0: float
    y0: float
    t0: float
    x: float
    y: float
    fingers: int = 1
    moved: bool = False


class Gestures:
    def __init__(self, *, double_tap_s: float = DOUBLE_TAP_S, hold_s: float = HOLD_S) -> None:
        self.double_tap_s = double_tap_s
        self.hold_s = hold_s
        self._touch: _Touch | None = None
        self._last_tap: tuple[float, float, float] | None = None  # x, y, time of the last tap
        self._second = False  # this touch may be a double tap's second

    def press(self, x: float, y: float, t: float, fingers: int = 1) -> list[Gesture]:
        self._touch = _Touch(x, y, t, x, y, fingers)
        last = self._last_tap
        self._second = (
            last is not None
            and t - last[2] <= self.double_tap_s
            and abs(x - last[0]) <= DOUBLE_TAP_PX
            and abs(y - last[1]) <= DOUBLE_TAP_PX
        )
        if self._second or fingers > 1:
            return []  # a double tap's second touch says nothing new; it opens on release
        return [Gesture(Kind.EXPLORE, x, y)]

    def move(self, x: float, y: float, t: float, fingers: int = 1) -> list[Gesture]:
        touch = self._touch
        if touch is None:
            return []
        touch.fingers = max(touch.fingers, fingers)
        touch.x, touch.y = x, y
        if abs(x - touch.x0) > TAP_SLOP_PX or abs(y - touch.y0) > TAP_SLOP_PX:
            touch.moved = True
        if touch.moved and touch.fingers == 1 and t - touch.t0 > SWIPE_MAX_S:
            return [Gesture(Kind.EXPLORE, x, y)]  # a slow finger explores: say what it reaches
        return []

    def release(self, x: float, y: float, t: float) -> list[Gesture]:
        touch, self._touch = self._touch, None
        if touch is None:
            return []
        touch.x, touch.y = x, y
        dx, dy = x - touch.x0, y - touch.y0
        quick = t - touch.t0 <= SWIPE_MAX_S
        if touch.fingers > 1:
            self._last_tap = None
            return [Gesture(Kind.PAUSE, x, y)] if quick and not touch.moved else []
        if quick and max(abs(dx), abs(dy)) >= SWIPE_MIN_PX:
            self._last_tap = None
            if abs(dx) >= abs(dy):
                return [Gesture(Kind.SWIPE_RIGHT if dx > 0 else Kind.SWIPE_LEFT, x, y)]
            return [Gesture(Kind.SWIPE_DOWN if dy > 0 else Kind.SWIPE_UP, x, y)]
        tap = not touch.moved and quick
        if tap and self._second:
            self._last_tap = None
            return [Gesture(Kind.ACTIVATE, x, y)]
        self._last_tap = (x, y, t) if tap else None
        return []

    def held(self, t: float) -> bool:
        """Whether the finger now down has stayed still for ``hold_s`` (asked by a timer)."""
        touch = self._touch
        return touch is not None and touch.fingers == 1 and not touch.moved and t - touch.t0 >= self.hold_s

    def cancel(self) -> None:
        self._touch = None
        self._last_tap = None

    @property
    def down(self) -> tuple[float, float] | None:
        """Where the finger now down went down."""
        return (self._touch.x0, self._touch.y0) if self._touch is not None else None
