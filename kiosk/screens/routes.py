"""Route strings: every screen has one (``chapter/foundational-myth``, ``person/tolbukhin``).

Routes are made as ``Route(screen, arg)`` and read with ``Route.parse``, here and nowhere else.
Which screens exist and which take an argument is the screen table's business
(kiosk/screens/table.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Route:
    screen: str
    arg: str = ""

    @classmethod
    def parse(cls, text: str) -> Route:
        screen, _, arg = text.strip().strip("/").partition("/")
        if not screen:
            raise ValueError(f"'{text}' is not a route")
        return cls(screen, arg)

    def __str__(self) -> str:
        return f"{self.screen}/{self.arg}" if self.arg else self.screen
