"""Dates with a stated precision: a day, a month, a year, or a range of days.

Curators write them as ISO strings: ``1944-10-20`` (day), ``1944-10`` (month), ``1944`` (year),
``1944-10-14/1944-10-20`` (range, either end at any precision). Pure Python.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer

_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


@dataclass(frozen=True, order=True)
class DateSpan:
    """The first and last day a date could mean, and how precisely it was given."""

    start: dt.date
    end: dt.date
    precision: Precision
    text: str

    @classmethod
    def parse(cls, text: str) -> DateSpan:
        text = text.strip()
        if "/" in text:
            first, _, last = text.partition("/")
            a, b = _part(first), _part(last)
            if b[1] < a[0]:
                raise ValueError(f"the range '{text}' ends before it starts")
            return cls(a[0], b[1], Precision.RANGE, text)
        start, end, precision = _part(text)
        return cls(start, end, precision, text)

    def ends(self) -> tuple[DateSpan, DateSpan]:
        """A range's first and last date, each at the precision it was written with
        (``1944-10/1945-05-09``: a month and a day); any other date is both its own ends."""
        if self.precision is not Precision.RANGE:
            return self, self
        if "/" not in self.text:  # built in code from two days, not parsed from a curator's text
            return _day(self.start), _day(self.end)
        first, _, last = self.text.partition("/")
        return DateSpan.parse(first), DateSpan.parse(last)

    def __str__(self) -> str:
        return self.text


def _part(text: str) -> tuple[dt.date, dt.date, Precision]:
    match = _PART.match(text.strip())
    if not match:
        raise ValueError(
            f"'{text}' is not a date; write 1944-10-20, 1944-10, 1944 or a range 1944-10-14/1944-10-20"
        )
    year, month, day = match.groups()
    y = int(year)
    try:
        if day:
            d = dt.date(y, int(month), int(day))
            return d, d, Precision.DAY
        if month:
            m = int(month)
            last = calendar.monthrange(y, m)[1]
            return dt.date(y, m, 1), dt.date(y, m, last), Precision.MONTH
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a real date ({exc})") from None
    return dt.date(y, 1, 1), dt.date(y, 12, 31), Precision.YEAR


def _coerce(value: Any) -> Any:
    if isinstance(value, DateSpan):
        return value
    if isinstance(value, dt.date):  # TOML's bare dates arrive as date objects
        return DateSpan(value, value, Precision.DAY, value.isoformat())
    if isinstance(value, int):
        return DateSpan.parse(str(value))
    if isinstance(value, str):
        return DateSpan.parse(value)
    raise ValueError('a date must be written as text, e.g. "1944-10-20"')


FuzzyDate = Annotated[DateSpan, BeforeValidator(_coerce), PlainSerializer(lambda d: d.text, return_type=str)]


def _day(day: dt.date) -> DateSpan:
    return DateSpan(day, day, Precision.DAY, day.isoformat())
