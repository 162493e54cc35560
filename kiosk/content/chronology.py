"""The exhibit's dated events in time: their order, how exactly each is dated, the campaign's days.

Pure Python: no Qt. Used by the timeline's layout, the map's slider and the screens' texts.

- **Order**: by first possible day; on the same day the more precise date comes first (a day,
  then a range, a month, a year), then the shorter span, then the id.
- **Exact or approximate**: a day, or a range between two named days of up to a month, is
  *exact*; a month, a year, a range of months or a longer range is *approximate*.
- **The campaign's days** (a :class:`Domain`): the phases' extent; without phases, the exact
  events' extent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kiosk.content.dates import DateSpan, Precision

EXACT_RANGE_MAX_DAYS = 31
_RANK = {Precision.DAY: 0, Precision.RANGE: 1, Precision.MONTH: 2, Precision.YEAR: 3}


class Group(StrEnum):
    EXACT = "exact"  # on its day
    APPROXIMATE = "approximate"  # somewhere within a month or more


class Where(StrEnum):
    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


@dataclass(frozen=True)
class Dated:
    """Anything with an id and a date: an event, for the timeline's purposes."""

    id: str
    date: DateSpan


def order_key(item: Dated) -> tuple[dt.date, int, dt.date, str]:
    span = item.date
    rank = _RANK[span.precision]
    if span.precision is Precision.RANGE and not is_exact(span):
        rank = _RANK[Precision.MONTH]  # a range of months sorts with the months
    return (span.start, rank, span.end, item.id)


def chronological(items: Iterable[Dated]) -> list[Dated]:
    return sorted(items, key=order_key)


def _full_day(text: str) -> bool:
    return len(text.strip()) == 10  # YYYY-MM-DD


def is_exact(span: DateSpan) -> bool:
    """A day, or a range between two named days no longer than a month."""
    if span.precision is Precision.DAY:
        return True
    if span.precision is not Precision.RANGE:
        return False
    first, _, last = span.text.partition("/")
    return _full_day(first) and _full_day(last) and (span.end - span.start).days < EXACT_RANGE_MAX_DAYS


def group_of(span: DateSpan) -> Group:
    return Group.EXACT if is_exact(span) else Group.APPROXIMATE


@dataclass(frozen=True)
class Domain:
    """The days the timeline's scale covers, first and last inclusive."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def day(self, index: int) -> dt.date:
        return self.first + dt.timedelta(days=index)

    def index(self, day: dt.date) -> int:
        return (day - self.first).days

    def clamp(self, day: dt.date) -> dt.date:
        return min(max(day, self.first), self.last)

    def where(self, span: DateSpan) -> Where:
        if span.end < self.first:
            return Where.BEFORE
        if span.start > self.last:
            return Where.AFTER
        return Where.DURING


def campaign_domain(phases: Sequence[tuple[DateSpan, DateSpan]], dates: Sequence[DateSpan]) -> Domain | None:
    """The phases' extent; without phases, the exact dates' extent; else every date's."""
    if phases:
        return Domain(min(s.start for s, _ in phases), max(e.end for _, e in phases))
    exact = [d for d in dates if is_exact(d)] or list(dates)
    if not exact:
        return None
    return Domain(min(d.start for d in exact), max(d.end for d in exact))


@dataclass(frozen=True)
class DayEvents:
    """What happened on one day: events dated to it (or to a few days including it), and events
    known only to a longer period that includes it."""

    day: list[str]
    around: list[str]


def events_on(day: dt.date, items: Iterable[Dated]) -> DayEvents:
    on: list[str] = []
    around: list[str] = []
    for item in chronological(items):
        if not item.date.start <= day <= item.date.end:
            continue
        (on if is_exact(item.date) else around).append(item.id)
    return DayEvents(on, around)
