"""A visitor who cannot see the screen, for the speech-mode tests: keypad keys and touch gestures
only, and an ear on what the kiosk says.

The sound card is replaced by a :class:`Recorder`, which never plays a clip to its end by itself
(``finish()`` does that), so whatever was said last is still "playing" when the next action comes:
every action must stop it before it speaks. Gestures run on a clock the test moves by hand, and the
corner's long press is the hold timer firing: nothing here waits for real time to pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.speech.reading import ReadingItem
from kiosk.speech.recorder import Recorder
from kiosk.testing.driver import settle, touch_move, touch_press, touch_release, wait_until
from kiosk.ui.bootstrap import Kiosk

KEYPAD = Qt.KeyboardModifier.KeypadModifier


@dataclass(frozen=True)
class Heard:
    text: str
    language: str
    source: str  # "prepared", "narration" or "made now" (synthesised on the tap: must not happen)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Visitor:
    kiosk: Kiosk
    output: Recorder
    heard: list[Heard] = field(default_factory=list)
    clock: Clock = field(default_factory=Clock)
    actions: int = 0  # actions taken while something was being said

    def __post_init__(self) -> None:
        service = self.kiosk.speech.service
        service.started.connect(self._started)
        assert self.kiosk.speech.input is not None
        self.kiosk.speech.input.clock = self.clock

    def _started(self, _number: int, text: str, language: str) -> None:
        current = self.kiosk.speech.service.speaker.current
        self.heard.append(Heard(text, language, current.source if current is not None else ""))

    @staticmethod
    def wait_for_speech(kiosk: Kiosk, content: Path) -> None:
        """Every text of the exhibit prepared, as the kiosk prepares them when content is staged."""
        kiosk.speech.prepare_in_background(kiosk.context.exhibit, content)
        assert wait_until(lambda: content in kiosk.speech.reports, 120), "speech was never prepared"

    # --- what the visitor hears --------------------------------------------------------------------
    @property
    def last(self) -> Heard:
        return self.heard[-1]

    def order(self) -> list[ReadingItem]:
        return self.kiosk.speech.mode.focus.items

    @property
    def route(self) -> str:
        return str(self.kiosk.navigator.current)

    # --- acting ------------------------------------------------------------------------------------
    def _act(self, action: object) -> list[Heard]:
        """Run an action; check that it silenced what was playing before anything new was said."""
        playing = self.output.playing is not None
        before_events, before_heard = len(self.output.events), len(self.heard)
        assert callable(action)
        action()
        settle(self.kiosk.window, 0.05)
        events = [e.action for e in self.output.events[before_events:] if e.action != "volume"]
        new = self.heard[before_heard:]
        if playing and (new or events):
            # Pause holds the speech (to resume it); everything else stops it.
            assert events and events[0] in ("stop", "pause"), f"the speech was not interrupted: {events}"
            self.actions += 1
        return new

    def key(self, key: Qt.Key) -> list[Heard]:
        return self._act(lambda: QTest.keyClick(self.kiosk.window, key, KEYPAD))

    def press(self, keys: str) -> list[Heard]:
        """Keypad digits and signs, e.g. "66" or "5"."""
        heard: list[Heard] = []
        for char in keys:
            heard += self.key(KEYS[char])
        return heard

    def touch(self, point: QPoint) -> list[Heard]:
        """A finger down and up again on one spot: says what is there."""

        def tap() -> None:
            touch_press(self.kiosk.window, point)
            self.clock.advance(0.1)
            touch_release(self.kiosk.window, point)

        heard = self._act(tap)
        self.clock.advance(1.0)  # not the first half of a double tap
        return heard

    def double_tap(self, point: QPoint) -> list[Heard]:
        def twice() -> None:
            for _ in range(2):
                touch_press(self.kiosk.window, point)
                self.clock.advance(0.08)
                touch_release(self.kiosk.window, point)
                self.clock.advance(0.12)

        heard = self._act(twice)
        self.clock.advance(1.0)
        return heard

    def swipe(self, dx: int, dy: int = 0, start: QPoint | None = None) -> list[Heard]:
        window = self.kiosk.window
        at = start or QPoint(window.width() // 2, window.height() // 2)

        def stroke() -> None:
            touch_press(window, at)
            self.clock.advance(0.05)
            touch_move(window, at + QPoint(dx // 2, dy // 2))
            self.clock.advance(0.05)
            touch_release(window, at + QPoint(dx, dy))

        heard = self._act(stroke)
        self.clock.advance(1.0)
        return heard

    def hold_corner(self) -> list[Heard]:
        """A long press in the marked corner (lower left): the hold timer fires after the hold."""
        window = self.kiosk.window
        corner = QPoint(12, window.height() - 12)
        speech_input = self.kiosk.speech.input
        assert speech_input is not None and speech_input.in_corner(corner.x(), corner.y())

        def hold() -> None:
            touch_press(window, corner)
            self.clock.advance(speech_input.gestures.hold_s + 0.1)
            speech_input._hold.timeout.emit()  # the timer's moment, without waiting for it
            touch_release(window, corner)

        heard = self._act(hold)
        self.clock.advance(1.0)
        return heard

    def until(self, key: str, step: str = "6") -> list[Heard]:
        """Move (keypad 6, or ``step``) until the item ``key`` is spoken; what was heard on the way."""
        heard: list[Heard] = []
        for _ in range(len(self.order()) + 1):
            current = self.kiosk.speech.mode.focus.current
            if current is not None and current.key == key and heard:
                return heard
            heard += self.press(step)
            current = self.kiosk.speech.mode.focus.current
            if current is not None and current.key == key:
                return heard
        raise AssertionError(f"{key} is not in the reading order of {self.route}")

    def walk(self, steps: int) -> list[Heard]:
        """Keypad 6, ``steps`` times."""
        heard: list[Heard] = []
        for _ in range(steps):
            heard += self.press("6")
        return heard


KEYS = {
    "0": Qt.Key.Key_0,
    "1": Qt.Key.Key_1,
    "2": Qt.Key.Key_2,
    "3": Qt.Key.Key_3,
    "4": Qt.Key.Key_4,
    "5": Qt.Key.Key_5,
    "6": Qt.Key.Key_6,
    "7": Qt.Key.Key_7,
    "8": Qt.Key.Key_8,
    "9": Qt.Key.Key_9,
    "+": Qt.Key.Key_Plus,
    "-": Qt.Key.Key_Minus,
    "*": Qt.Key.Key_Asterisk,
    "/": Qt.Key.Key_Slash,
    ".": Qt.Key.Key_Period,
}
