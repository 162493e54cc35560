"""Dates as the graphics write them: short spans on the arrows ('12–20 Oct') and the months of a title."""

from __future__ import annotations

from drawing.content import date_parts

from kiosk.content import cldr
from kiosk.content.formatting import MONTHS

# The kiosk's own month names (CLDR), so that maps and screens agree.
MONTHS_EN = MONTHS["en"]
MONTHS_SHORT = [str(cldr.locale("en").months["stand-alone"]["abbreviated"][m]) for m in range(1, 13)]
MONTHS_SR = MONTHS["sr"]


def ymd(text: str) -> tuple[int, int | None, int | None]:
    """The first (or only) date of a date text, as (year, month, day)."""
    return date_parts(str(text).split("/")[0])


def _ymd_end(text: str) -> tuple[int, int | None, int | None]:
    return ymd(str(text).split("/")[-1])


def short_span(start: str, end: str) -> str:
    """'1944-10-12','1944-10-20' -> '12–20 Oct'; '1944-10','1944-10-05' -> 'by 5 Oct'; and so on."""
    a, b = ymd(start), _ymd_end(end)

    def one(d):
        if d[2]:
            return f"{d[2]} {MONTHS_SHORT[d[1] - 1]}"
        if d[1]:
            return MONTHS_SHORT[d[1] - 1]
        return str(d[0])

    if a == b:
        return one(a)
    if a[1] == b[1] and a[0] == b[0]:
        if a[2] and b[2]:
            return f"{a[2]}–{b[2]} {MONTHS_SHORT[a[1] - 1]}"
        if b[2]:
            return f"by {one(b)}"
        if a[2]:
            return f"from {one(a)}"
    return f"{one(a)} – {one(b)}"


def sort_key(date: str) -> tuple[int, int, int]:
    y, m, d = ymd(date)
    return y, m or 0, d or 0


def month_span_text(dates: list[str]) -> tuple[str, str]:
    """The months the dates cover, in English and Serbian: 'September–October 1944'."""
    first = min(dates, key=sort_key)
    last = max((str(d).split("/")[-1] for d in dates), key=sort_key)
    a, b = ymd(first), ymd(last)
    if a[1] and b[1] and (a[0], a[1]) != (b[0], b[1]):
        return (
            f"{MONTHS_EN[a[1] - 1]}–{MONTHS_EN[b[1] - 1]} {b[0]}",
            f"{MONTHS_SR[a[1] - 1]}–{MONTHS_SR[b[1] - 1]} {b[0]}.",
        )
    if a[1]:
        return f"{MONTHS_EN[a[1] - 1]} {a[0]}", f"{MONTHS_SR[a[1] - 1]} {a[0]}."
    return str(a[0]), f"{a[0]}."
