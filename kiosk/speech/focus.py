"""Where speech mode is in a screen's reading order, and what each visitor command means. No Qt.

The commands come from a keypad key or a touch gesture (kiosk/ui/speech_input.py maps them); the
focus moves through the reading order, wrapping at either end so that no swipe leads nowhere, and
keeps its item when the order is rebuilt (a new language, a new day on the map) as long as the
item is still there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.speech.reading import ReadingItem, Role


class Command(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    NEXT_HEADING = "next-heading"  # or a slider one step down
    PREVIOUS_HEADING = "previous-heading"  # or a slider one step up
    ACTIVATE = "activate"
    BACK = "back"
    HOME = "home"
    REPEAT = "repeat"
    PAUSE = "pause"
    HELP = "help"
    LOUDER = "louder"
    QUIETER = "quieter"
    LANGUAGE = "language"  # the next of the exhibit's languages
    STOP = "stop"  # silence, nothing else
    TOGGLE = "toggle"  # speech mode on or off


@dataclass
class Focus:
    items: list[ReadingItem] = field(default_factory=list)
    index: int = 0

    @property
    def current(self) -> ReadingItem | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def reset(self, items: Sequence[ReadingItem], keep: bool = True) -> None:
        """A new reading order: stay on the same item (by key) when it is there, else the first."""
        key = self.current.key if keep and self.current is not None else None
        self.items = list(items)
        self.index = next((i for i, item in enumerate(self.items) if item.key == key), 0)

    def move(self, step: int) -> ReadingItem | None:
        if not self.items:
            return None
        self.index = (self.index + step) % len(self.items)
        return self.current

    def heading(self, step: int) -> ReadingItem | None:
        """The next (step 1) or previous (-1) heading, wrapping; the same item when there is none."""
        count = len(self.items)
        for distance in range(1, count + 1):
            i = (self.index + step * distance) % count
            if self.items[i].role is Role.HEADING:
                self.index = i
                return self.items[i]
        return self.current

    def go_to(self, key: str) -> ReadingItem | None:
        for i, item in enumerate(self.items):
            if item.key == key:
                self.index = i
                return item
        return None
