"""``kiosk proof --speech``: what speech mode says on each screen, as text beside its PNG.

A curator reads the whole spoken exhibit before opening day: every screen's reading order, in the
order a visitor moving item by item hears it, with what each item is (a heading, a link...) and
where opening it leads. The order is the running kiosk's own (kiosk/ui/speech_live.py), so what is
written is what is said, the map's date and the navigation bar included.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.speech.reading import Do, ReadingItem, Role
from kiosk.ui.bootstrap import Kiosk

DOES = {
    Do.HOME: "goes home",
    Do.BACK: "goes back",
    Do.LANGUAGE: "switches the language",
    Do.BEGIN: "begins the visit",
    Do.MORE_TIME: "gives more time",
    Do.PRESS: "presses it on screen",
    Do.ADJUST: "up and down move it",
}
WHOLE = "speech.txt"  # every screen's reading order, one after the other


def line(number: int, item: ReadingItem, language: str) -> str:
    """One item as the curator reads it: what is said, and around it what it is and does."""
    notes = ["heading"] if item.role is Role.HEADING else []  # links and buttons say what they are
    if item.language and item.language != language:
        notes.append(f"in the voice for '{item.language}'")
    if item.narration:
        notes.append("the curator's recording plays instead")
    if item.action is not None:
        go = item.action.do in (Do.GO, Do.REPLACE)
        notes.append(f"opens {item.action.arg}" if go else DOES.get(item.action.do, item.action.do.value))
    return f"{number:3d}. {item.text}" + (f"    [{'; '.join(notes)}]" if notes else "")


def reading_text(kiosk: Kiosk, title: str) -> str:
    """The reading order of what ``kiosk`` shows now, under ``title``."""
    language = kiosk.context.language
    order = kiosk.speech.live.order()
    lines = [line(i, item, language) for i, item in enumerate(order, 1)]
    return f"{title}\n{'=' * len(title)}\n" + "\n".join(lines) + "\n"


def write_reading(kiosk: Kiosk, out: Path, png_name: str, title: str) -> str:
    """Write the reading order beside the screen's PNG (``x.png`` -> ``x.speech.txt``); the text."""
    text = reading_text(kiosk, title)
    (out / (png_name.removesuffix(".png") + ".speech.txt")).write_text(text, encoding="utf-8")
    return text


def write_whole(out: Path, exhibit_title: str, texts: list[str]) -> Path:
    """All screens' reading orders in one file, in the proof's order."""
    head = f"What speech mode says: {exhibit_title}\n\n"
    path = out / WHOLE
    path.write_text(head + "\n".join(texts), encoding="utf-8")
    return path
