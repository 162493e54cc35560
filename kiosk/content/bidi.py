"""Lines that mix writing directions, as the Unicode bidirectional algorithm (UAX #9) wants them.

A value set into a sentence of another direction (an English title in an Arabic label, a date in
Hebrew, a folder path) would otherwise borrow its neighbours' direction: "Born 16 June 1894" in
Arabic shows its day and year swapped. Each such value is *isolated* (FIRST STRONG ISOLATE U+2068
… POP DIRECTIONAL ISOLATE U+2069): it keeps its own order and is placed as one piece. A line
made only of values joined by a separator takes the interface's direction from a mark in front
(U+200F RIGHT-TO-LEFT MARK or U+200E LEFT-TO-RIGHT MARK), since isolates say nothing about the
line around them. QML does the same for the lines it joins (``Kiosk/Bidi.qml``).
"""

from __future__ import annotations

from collections.abc import Iterable

FSI, PDI = "\u2068", "\u2069"
RLM, LRM = "\u200f", "\u200e"
CONTROLS = frozenset(
    {FSI, PDI, RLM, LRM, "\u2066", "\u2067", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"}
)


def isolate(value: str) -> str:
    """``value`` as one piece of its own direction inside any line ("" stays "")."""
    return f"{FSI}{value}{PDI}" if value else ""


def join(parts: Iterable[str], separator: str, right_to_left: bool) -> str:
    """The non-empty ``parts``, each isolated, in a line of the interface's direction. A single
    part is returned as it is, so that it still lines up by its own direction."""
    shown = [p for p in parts if p]
    if len(shown) <= 1:
        return shown[0] if shown else ""
    return (RLM if right_to_left else LRM) + separator.join(isolate(p) for p in shown)


def plain(text: str) -> str:
    """``text`` without direction controls (for comparing what a visitor reads)."""
    return "".join(c for c in text if c not in CONTROLS)
