"""Interface words for speech, in any shipped language, and the few words only speech mode says.

The views' translators are installed on the application for the visitor's language only, and are
replaced when it changes; speech needs every language at once (a language button is read in its
own voice, preparation walks all of them) and off the GUI thread (staging prepares speech in a
worker). So :class:`SpeechWords` keeps translators of its own, loaded once per language and asked
under a lock, in the same order as the views' (the museum's wording, the shipped file, English).

The strings below go through Qt's tooling like every other interface string (``tools/
translations.py`` reads this file); kiosk/speech/reading.py names them by context and source.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from kiosk.content.interface_text import read_wording
from kiosk.ui.translations import I18N_DIR, MuseumWording, load_translator

CONTEXT = "SpeechMode"
# Everything only speech mode says; QT_TRANSLATE_NOOP marks each for lupdate and gives its source.
_MARKED = {
    "enter": QT_TRANSLATE_NOOP(
        "SpeechMode",
        "Speech mode. Touch the screen to hear what is there, swipe right or left to move from item "
        "to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star "
        "explains every key.",
    ),
    "help": QT_TRANSLATE_NOOP(
        "SpeechMode",
        "Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, "
        "for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous "
        "heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two "
        "fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item "
        "again, plus or minus for the volume, slash for another language, and 0 to end speech mode.",
    ),
    "leave": QT_TRANSLATE_NOOP("SpeechMode", "Speech mode off."),
    "volume": QT_TRANSLATE_NOOP("SpeechMode", "Volume %1 percent"),
    "link": QT_TRANSLATE_NOOP("SpeechMode", "%1, link"),
    "button": QT_TRANSLATE_NOOP("SpeechMode", "%1, button"),
    "slider": QT_TRANSLATE_NOOP("SpeechMode", "%1, slider"),
    "picture": QT_TRANSLATE_NOOP("SpeechMode", "%1, picture"),
    "selected": QT_TRANSLATE_NOOP("SpeechMode", "%1, selected"),
    "places": QT_TRANSLATE_NOOP("SpeechMode", "Places on the map"),
    "arrows": QT_TRANSLATE_NOOP("SpeechMode", "Arrows on the map: %1"),
    "also": QT_TRANSLATE_NOOP("SpeechMode", "Also on the map: %1"),
}


PHRASES: dict[str, str] = {key: str(source) for key, source in _MARKED.items()}


class SpeechWords:
    """``words(language, context, source, n)``: the interface text a screen in ``language`` shows.

    Thread-safe. Made for one content folder (whose ``interface/<lang>.toml`` a museum may use to
    reword the interface); make another for another folder.
    """

    def __init__(self, content_dir: Path | None = None, folder: Path = I18N_DIR) -> None:
        self._content_dir = content_dir
        self._folder = folder
        self._lock = threading.Lock()
        self._stacks: dict[str, list[QTranslator]] = {}
        self._english: QTranslator | None = None

    def __call__(self, language: str, context: str, source: str, n: int = -1) -> str:
        with self._lock:
            for translator in self._stack(language):
                found = translator.translate(context, source, None, n)
                if found:
                    return found
        return source

    def _stack(self, language: str) -> list[QTranslator]:
        stack = self._stacks.get(language)
        if stack is not None:
            return stack
        stack = []
        if self._content_dir is not None:
            wording, _problems = read_wording(self._content_dir, language)  # the views log them
            if wording.entries:
                stack.append(MuseumWording(wording))
        shipped = load_translator(language, self._folder)
        if shipped is not None:
            stack.append(shipped)
        if self._english is None:
            english = QTranslator()
            self._english = english if english.load(str(self._folder / "kiosk_en.qm")) else None
        if self._english is not None:
            stack.append(self._english)
        self._stacks[language] = stack
        return stack
