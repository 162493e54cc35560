"""A date as each language writes it, at the precision it was given. Pure Python.

Serbian names a month in the genitive after a day ("20. октобра 1944."), in the nominative alone.
"""

from __future__ import annotations

from typing import Any

from kiosk.content.dates import DateSpan, Precision

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "sr": [
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ],
}
# Serbian names a month in the genitive after a day ("20. октобра"), in the nominative alone.
_MONTHS_AFTER_DAY = {
    "sr": [
        "јануара",
        "фебруара",
        "марта",
        "априла",
        "маја",
        "јуна",
        "јула",
        "августа",
        "септембра",
        "октобра",
        "новембра",
        "децембра",
    ],
}


def format_date(span: DateSpan, lang: str) -> str:
    """A date as each language writes it, at the precision it was given."""
    months = MONTHS.get(lang, MONTHS["en"])
    after_day = _MONTHS_AFTER_DAY.get(lang, months)
    serbian = lang == "sr"

    def day(d: Any) -> str:
        name = after_day[d.month - 1]
        return f"{d.day}. {name} {d.year}." if serbian else f"{d.day} {name} {d.year}"

    def month(d: Any) -> str:
        return f"{months[d.month - 1]} {d.year}." if serbian else f"{months[d.month - 1]} {d.year}"

    if span.precision is Precision.DAY:
        return day(span.start)
    if span.precision is Precision.MONTH:
        return month(span.start)
    if span.precision is Precision.YEAR:
        return f"{span.start.year}." if serbian else str(span.start.year)
    a, b = span.start, span.end
    first, last = span.text.split("/")
    if len(first) == 7 and len(last) == 7:  # a span of months
        if a.year == b.year:
            return f"{months[a.month - 1]}–{month(b)}"
        return f"{month(a)} – {month(b)}"
    if a.year == b.year and a.month == b.month:
        return f"{a.day}–{day(b)}"
    if a.year == b.year:
        short = f"{a.day}. {after_day[a.month - 1]}" if serbian else f"{a.day} {months[a.month - 1]}"
        return f"{short} – {day(b)}"
    return f"{day(a)} – {day(b)}"
