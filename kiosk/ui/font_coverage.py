"""Which of an exhibit's languages no installed font can write, said where a technician looks.

The frozen bundle leaves the Chinese, Japanese and Korean fonts out (they are an optional pack,
docs/install.md): Windows and macOS have CJK fonts of their own, Debian and Raspberry Pi OS get them
with ``fonts-noto-cjk``, and otherwise the pack goes into the kiosk's fonts folder. A kiosk whose
exhibit is in Japanese with none of those would draw empty boxes; instead it logs a warning and
``kiosk status`` (and the health snapshot) carries a line such as "Japanese text needs a CJK font:
install the CJK font pack (docs/install.md)".

Qt's font database knows which writing systems each installed family covers; a language needs the
writing system of its script (CLDR likely subtags: ``ja`` is Japanese, ``sr`` Cyrillic).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QFontDatabase

from kiosk.content import cldr
from kiosk.ui import fonts

log = logging.getLogger(__name__)

WS = QFontDatabase.WritingSystem
# ISO 15924 script (as CLDR's likely subtags give it) -> the writing system Qt's database knows.
WRITING_SYSTEMS: Final[dict[str, QFontDatabase.WritingSystem]] = {
    "Latn": WS.Latin,
    "Cyrl": WS.Cyrillic,
    "Grek": WS.Greek,
    "Armn": WS.Armenian,
    "Geor": WS.Georgian,
    "Hebr": WS.Hebrew,
    "Arab": WS.Arabic,
    "Syrc": WS.Syriac,
    "Thaa": WS.Thaana,
    "Deva": WS.Devanagari,
    "Beng": WS.Bengali,
    "Guru": WS.Gurmukhi,
    "Gujr": WS.Gujarati,
    "Orya": WS.Oriya,
    "Taml": WS.Tamil,
    "Telu": WS.Telugu,
    "Knda": WS.Kannada,
    "Mlym": WS.Malayalam,
    "Sinh": WS.Sinhala,
    "Thai": WS.Thai,
    "Laoo": WS.Lao,
    "Tibt": WS.Tibetan,
    "Mymr": WS.Myanmar,
    "Khmr": WS.Khmer,
    "Hans": WS.SimplifiedChinese,
    "Hant": WS.TraditionalChinese,
    "Jpan": WS.Japanese,
    "Kore": WS.Korean,
    "Nkoo": WS.Nko,
}
CJK_WRITING_SYSTEMS: Final = frozenset({WS.SimplifiedChinese, WS.TraditionalChinese, WS.Japanese, WS.Korean})
Covered = Callable[[QFontDatabase.WritingSystem], bool]


@dataclass(frozen=True)
class ScriptGap:
    language: str  # the language tag that needs it (the first, when several do)
    writing_system: QFontDatabase.WritingSystem

    @property
    def message(self) -> str:
        name = language_name(self.language)
        if self.writing_system in CJK_WRITING_SYSTEMS:
            return f"{name} text needs a CJK font: install the CJK font pack (docs/install.md)"
        script = self.writing_system.name
        return (
            f"{name} text needs a font for the {script} script: copy one (e.g. the Noto font for "
            "it) into the kiosk's fonts folder (docs/install.md)"
        )


def language_name(tag: str) -> str:
    found = cldr.find(tag)
    return (found.get_display_name("en") if found is not None else None) or tag


def installed(system: QFontDatabase.WritingSystem) -> bool:
    """Some installed or registered family covers the writing system, or the bundled CJK
    collection does (it may still be waiting to be registered after the first frame)."""
    if system in CJK_WRITING_SYSTEMS and fonts.cjk_files():
        return True
    return bool(QFontDatabase.families(system))


def script_gaps(languages: Iterable[str], covered: Covered = installed) -> list[ScriptGap]:
    """One gap per writing system that a language needs and no font covers, in language order."""
    gaps: dict[QFontDatabase.WritingSystem, ScriptGap] = {}
    for language in dict.fromkeys(lang for lang in languages if lang):
        system = WRITING_SYSTEMS.get(cldr.maximize(language).script)
        if system is not None and system not in gaps and not covered(system):
            gaps[system] = ScriptGap(language, system)
    return list(gaps.values())


class FontNotices:
    """The health report's font lines for the exhibit on screen (``languages()`` is asked each
    time; the answer is worked out, and logged, once per set of languages)."""

    def __init__(self, languages: Callable[[], Sequence[str]], covered: Covered = installed) -> None:
        self._languages = languages
        self._covered = covered
        self._known: tuple[tuple[str, ...], tuple[str, ...]] | None = None

    def __call__(self) -> tuple[str, ...]:
        wanted = tuple(self._languages())
        if self._known is None or self._known[0] != wanted:
            lines = tuple(gap.message for gap in script_gaps(wanted, self._covered))
            for line in lines:
                log.warning("fonts: %s", line)
            self._known = (wanted, lines)
        return self._known[1]
