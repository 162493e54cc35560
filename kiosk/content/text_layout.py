"""Warnings for text that will not lay out as typed: reordered, piled up, or too long for a line.

Curators paste text from everywhere, and some of what comes with it is invisible in an editor:

- bidirectional controls: an override (U+202D, U+202E) shows the letters after it in the opposite
  order; an embedding or isolate that is never closed reorders the rest of the text. Right-to-left
  languages need none of them: the kiosk orders Arabic or Hebrew letters by itself;
- piles of combining marks ("zalgo" text): a letter with many accents stacked on it spills over
  the lines above and below;
- a very long word with no space: it is broken at an odd place or runs past the edge of the screen.
  Scripts written without spaces (Chinese, Japanese, Thai, ...) can be broken anywhere and are not
  counted.

Pure Python: no Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Final

from kiosk.content.problems import Problem, warning

OVERRIDES: Final = {"\u202d": "LEFT-TO-RIGHT OVERRIDE", "\u202e": "RIGHT-TO-LEFT OVERRIDE"}
_OPENS: Final = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c"}
_ISOLATES: Final = {"\u2066", "\u2067", "\u2068"}
_CLOSE_EMBEDDING: Final = "\u202c"
_CLOSE_ISOLATE: Final = "\u2069"
MAX_MARKS: Final = 4  # accents on one letter; Vietnamese uses two, pointed Hebrew up to four
MAX_WORD: Final = 50  # characters without a place to break the line
_BREAKS: Final = frozenset(" \t\n\r\u00a0-\u2010\u2013\u2014/\u00ad\u200b")
# Scripts written without spaces between words: the line may be broken between any two letters.
_UNSPACED: Final = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x9FFF),  # CJK radicals, kana, ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3FFFF),  # CJK extensions
)


def text_problems(text: str, what: str, file: str, line: int | None = None) -> Iterator[Problem]:
    """Warnings for a field's text (in one language); ``what`` names it, ``line`` is the item's."""
    for message, _offset in _findings(text, what):
        yield warning(file, message, line)


def file_problems(text: str, file: str) -> Iterator[Problem]:
    """Warnings for a whole text file (a chapter or biography), each at the line where it starts."""
    for message, offset in _findings(text, "This text"):
        yield warning(file, message, None if offset is None else text.count("\n", 0, offset) + 1)


def _findings(text: str, what: str) -> Iterator[tuple[str, int | None]]:
    yield from _bidi(text, what)
    yield from _marks(text, what)
    yield from _long_words(text, what)


def _bidi(text: str, what: str) -> Iterator[tuple[str, int | None]]:
    for char, name in OVERRIDES.items():
        at = text.find(char)
        if at >= 0:
            yield (
                f"{what} contains an invisible control character (U+{ord(char):04X} {name}) that shows "
                "the letters after it in the opposite order. Delete it (turn on 'show invisible "
                "characters' in your editor to see it); the kiosk orders right-to-left letters by itself.",
                at,
            )
    embeddings = isolates = 0
    for char in text:
        if char in _OPENS:
            embeddings += 1
        elif char == _CLOSE_EMBEDDING:
            embeddings = max(0, embeddings - 1)
        elif char in _ISOLATES:
            isolates += 1
        elif char == _CLOSE_ISOLATE:
            isolates = max(0, isolates - 1)
    if embeddings or isolates:
        yield (
            f"{what} starts a left-to-right or right-to-left section with an invisible control "
            "character that is never closed, so the rest of the text may be shown out of order. "
            "Delete the control characters (U+202A to U+202E, U+2066 to U+2069).",
            None,
        )


def _marks(text: str, what: str) -> Iterator[tuple[str, int | None]]:
    run = 0
    for at, char in enumerate(text):
        if unicodedata.combining(char) or unicodedata.category(char) == "Me":
            run += 1
            if run == MAX_MARKS + 1:
                start = max(0, at - run)
                yield (
                    f"{what} has more than {MAX_MARKS} accent marks stacked on one letter "
                    f"('{text[start : at + 1]}'); they spill over the lines above and below. Remove the "
                    "extra marks.",
                    start,
                )
                return
        else:
            run = 0


def _long_words(text: str, what: str) -> Iterator[tuple[str, int | None]]:
    run = 0
    for at, char in enumerate(text):
        if char in _BREAKS or _unspaced(char):
            run = 0
            continue
        run += 1
        if run == MAX_WORD + 1:
            start = at - MAX_WORD
            end = start
            while end < len(text) and not (text[end] in _BREAKS or _unspaced(text[end])):
                end += 1
            shown = text[start : start + 30]
            yield (
                f"{what} has a word of {end - start} characters with no space ('{shown}…'). On the kiosk "
                "it is broken at an odd place or runs past the edge of the screen. Add spaces or "
                "hyphens, or shorten it.",
                start,
            )
            return


def _unspaced(char: str) -> bool:
    code = ord(char)
    return code >= 0x0E00 and any(low <= code <= high for low, high in _UNSPACED)
