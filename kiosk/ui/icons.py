"""The one icon registry: what each icon means, and which qtawesome glyph draws it.

Icons are glyphs of qtawesome's bundled Font Awesome 6 (solid) font, drawn by QML as text so
they stay sharp at any size and take the theme's colours. The font and its character map are
read straight from qtawesome's package folder: importing qtawesome itself costs about a quarter
of a second at start-up and gives us nothing more.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import Property, QObject, Slot
from PySide6.QtGui import QFontDatabase

__all__ = ["Icons"]

log = logging.getLogger(__name__)

FONT = "fontawesome6-solid-webfont-6.7.2.ttf"
CHARMAP = "fontawesome6-solid-webfont-charmap-6.7.2.json"

# meaning -> qtawesome name (prefix fa6s)
REGISTRY: dict[str, str] = {
    "home": "fa6s.house",
    "back": "fa6s.arrow-left",
    "previous": "fa6s.chevron-left",
    "next": "fa6s.chevron-right",
    "language": "fa6s.language",
    "accessibility": "fa6s.universal-access",
    "zoom-in": "fa6s.magnifying-glass-plus",
    "zoom-out": "fa6s.magnifying-glass-minus",
    "zoom-fit": "fa6s.expand",
    "story": "fa6s.book-open",
    "galleries": "fa6s.images",
    "people": "fa6s.users",
    "timeline": "fa6s.timeline",
    "map": "fa6s.map-location-dot",
    "touch": "fa6s.hand-pointer",
    "close": "fa6s.xmark",
    "more": "fa6s.plus",
    "less": "fa6s.minus",
    "text-size": "fa6s.text-height",
    "contrast": "fa6s.circle-half-stroke",
    "reach": "fa6s.arrows-down-to-line",
    "photo": "fa6s.image",
    "date": "fa6s.calendar-days",
    "place": "fa6s.location-dot",
    "person": "fa6s.user",
    "info": "fa6s.circle-info",
    "play": "fa6s.play",
    "pause": "fa6s.pause",
    "lock": "fa6s.lock",
    "check": "fa6s.check",
    "delete": "fa6s.delete-left",
    "restart": "fa6s.rotate",
    "undo": "fa6s.rotate-left",
    "warning": "fa6s.triangle-exclamation",
    "power": "fa6s.power-off",
    "chart": "fa6s.chart-column",
    "list": "fa6s.list",
    "source": "fa6s.book",
    "clock": "fa6s.clock",
    "headphones": "fa6s.headphones",
}
# Icons that point along the line of reading: drawn mirrored in a right-to-left language, so that
# Back points to where the visitor came from and Next to where the text goes on. Play stays as it is
# (the sign is the same in every language), as do icons of things in the world (a map's pointer).
DIRECTIONAL: frozenset[str] = frozenset({"back", "previous", "next", "delete", "undo", "list"})


def font_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "qtawesome" / "fonts").is_dir():
        return Path(frozen) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def load_glyphs(folder: Path) -> dict[str, str]:
    charmap: dict[str, str] = json.loads((folder / CHARMAP).read_text(encoding="utf-8"))
    glyphs = {}
    for meaning, name in REGISTRY.items():
        code = charmap.get(name.split(".", 1)[1])
        if code is None:
            raise KeyError(f"icon {name!r} for {meaning!r} is not in {CHARMAP}")
        glyphs[meaning] = chr(int(code, 16))
    return glyphs


class Icons(QObject):
    """``Text { font.family: Icons.family; text: Icons.glyph("home") }``"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = font_dir()
        font_id = QFontDatabase.addApplicationFont(str(folder / FONT))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        self._family = families[0] if families else ""
        self._glyphs = load_glyphs(folder)

    @Property(str, constant=True)
    def family(self) -> str:
        return self._family

    @Property(list, constant=True)
    def directional(self) -> list[str]:
        return sorted(DIRECTIONAL)

    @Slot(str, result=str)
    def glyph(self, meaning: str) -> str:
        if not meaning:
            return ""
        found = self._glyphs.get(meaning)
        if found is None:
            log.error("no icon called %r in the registry", meaning)
            return ""
        return found
