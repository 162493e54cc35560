"""Opening hours: when the exhibit is open, and when the screen should be awake.

Config (from the kiosk's settings)::

    {
        "monday": ["09:00-17:00"],
        "friday": ["09:00-13:00", "14:00-22:00"],
        "saturday": ["20:00-02:00"],          # crosses midnight: ends Sunday 02:00
        "exceptions": {"2026-12-25": [], "2026-12-31": ["09:00-14:00"]},
        "wake_before_minutes": 10
    }

Rules:

- A weekday that is not listed is closed; ``[]`` is closed too. At least one weekday
  must be named, so that an empty or misspelt config fails loudly instead of turning
  the screen off for good.
- An exception date replaces that date's weekday hours.
- A range belongs to the day it starts on: ``"20:00-02:00"`` on the 24th runs into the
  25th even if the 25th is an exception with ``[]``.
- ``"00:00-24:00"`` is a whole day. Adjacent ranges (also across midnight) join up.
- The screen wakes ``wake_before_minutes`` before each opening (state ``WAKING``), so
  it is warm and showing the attract loop when the doors open.

Times are wall-clock times of the ``datetime`` passed in (naive local time from the
default clock); nothing here converts time zones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
MAX_WAKE_MINUTES = 12 * 60
# next_change gives up after this many days (a schedule closed for years has no "next").
HORIZON_DAYS = 1024


class ScheduleError(ValueError):
    """The opening-hours config is wrong; the message says where and how to fix it."""


class State(StrEnum):
    CLOSED = "closed"
    WAKING = "waking"  # closed, but the screen is already on for the opening
    OPEN = "open"


@dataclass(frozen=True)
class TimeRange:
    start_min: int  # minutes after the day's midnight
    end_min: int  # > start_min; up to 2 * 1440 when the range crosses midnight

    @classmethod
    def parse(cls, text: str, where: str) -> TimeRange:
        if not isinstance(text, str):
            raise ScheduleError(f'{where}: {text!r} is not a range like "09:00-17:00"')
        match = _RANGE.match(text)
        if not match:
            raise ScheduleError(f'{where}: {text!r} is not a range like "09:00-17:00"')
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2 != 0):
            raise ScheduleError(f"{where}: {text!r} has an impossible time (use 00:00 to 24:00)")
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end == start:
            raise ScheduleError(f'{where}: {text!r} is empty; for a whole day write "00:00-24:00"')
        if end < start:
            end += 24 * 60  # crosses midnight
        return cls(start, end)


def _parse_ranges(value: Any, where: str) -> tuple[TimeRange, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ScheduleError(f'{where}: expected a list of ranges such as ["09:00-17:00"], or [] for closed')
    return tuple(TimeRange.parse(item, where) for item in value)


class Schedule:
    def __init__(
        self,
        weekly: Mapping[int, Sequence[TimeRange]],
        exceptions: Mapping[date, Sequence[TimeRange]] | None = None,
        wake_before: timedelta = timedelta(0),
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """``weekly`` maps ``date.weekday()`` (Monday = 0) to that day's ranges."""
        self._weekly = {day: tuple(ranges) for day, ranges in weekly.items()}
        self._exceptions = {day: tuple(ranges) for day, ranges in (exceptions or {}).items()}
        if not timedelta(0) <= wake_before <= timedelta(minutes=MAX_WAKE_MINUTES):
            raise ScheduleError(f"wake_before_minutes must be 0 to {MAX_WAKE_MINUTES}")
        self.wake_before = wake_before
        self._clock = clock

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], *, clock: Callable[[], datetime] = datetime.now
    ) -> Schedule:
        allowed = {*WEEKDAYS, "exceptions", "wake_before_minutes"}
        unknown = sorted(set(config) - allowed)
        if unknown:
            raise ScheduleError(
                f"unknown key(s) {', '.join(map(repr, unknown))} in opening hours; "
                f"use weekday names ({', '.join(WEEKDAYS)}), 'exceptions' and 'wake_before_minutes'"
            )
        if not any(day in config for day in WEEKDAYS):
            raise ScheduleError('opening hours name no weekday; list at least one, e.g. "monday"')
        weekly = {i: _parse_ranges(config[name], name) for i, name in enumerate(WEEKDAYS) if name in config}
        raw_exceptions = config.get("exceptions", {})
        if not isinstance(raw_exceptions, Mapping):
            raise ScheduleError('exceptions: expected a table of dates, e.g. {"2026-12-25": []}')
        exceptions: dict[date, tuple[TimeRange, ...]] = {}
        for key, value in raw_exceptions.items():
            try:
                day = date.fromisoformat(str(key))
            except ValueError:
                raise ScheduleError(f"exceptions: {key!r} is not a date like 2026-12-25") from None
            exceptions[day] = _parse_ranges(value, f"exceptions {key}")
        wake = config.get("wake_before_minutes", 0)
        if isinstance(wake, bool) or not isinstance(wake, int):
            raise ScheduleError("wake_before_minutes must be a whole number of minutes")
        return cls(weekly, exceptions, timedelta(minutes=wake), clock)

    # -- queries --------------------------------------------------------------------

    def ranges_for(self, day: date) -> tuple[TimeRange, ...]:
        """The ranges that start on ``day`` (exception first, else the weekday's)."""
        if day in self._exceptions:
            return self._exceptions[day]
        return self._weekly.get(day.weekday(), ())

    def _intervals(self, day: date, like: datetime) -> Iterator[tuple[datetime, datetime]]:
        midnight = datetime.combine(day, time(), tzinfo=like.tzinfo)
        for r in self.ranges_for(day):
            yield midnight + timedelta(minutes=r.start_min), midnight + timedelta(minutes=r.end_min)

    def state(self, now: datetime | None = None) -> State:
        moment = now if now is not None else self._clock()
        waking = False
        # A range starting yesterday may still run; one starting tomorrow may be waking.
        for offset in (-1, 0, 1):
            for start, end in self._intervals(moment.date() + timedelta(days=offset), moment):
                if start <= moment < end:
                    return State.OPEN
                if start - self.wake_before <= moment < start:
                    waking = True
        return State.WAKING if waking else State.CLOSED

    def is_awake(self, now: datetime | None = None) -> bool:
        """The screen should be on: open, or within the wake-up margin before opening."""
        return self.state(now) is not State.CLOSED

    def next_change(self, now: datetime | None = None) -> datetime | None:
        """The next moment :meth:`state` differs from now (e.g. to arm a timer).

        ``None`` when nothing changes within :data:`HORIZON_DAYS` (always open, or
        closed for good).
        """
        moment = now if now is not None else self._clock()
        current = self.state(moment)
        checked_until = moment
        span = 2
        while span <= HORIZON_DAYS * 2:
            last_day = moment.date() + timedelta(days=span)
            # Boundaries of later days all lie after this cut-off, so every candidate
            # before it has been generated.
            cutoff = datetime.combine(last_day + timedelta(days=1), time(), tzinfo=moment.tzinfo)
            cutoff -= self.wake_before
            candidates: set[datetime] = set()
            day = moment.date() - timedelta(days=1)
            while day <= last_day:
                for start, end in self._intervals(day, moment):
                    candidates.update((start - self.wake_before, start, end))
                day += timedelta(days=1)
            for candidate in sorted(c for c in candidates if checked_until < c < cutoff):
                if self.state(candidate) is not current:
                    return candidate
            checked_until = max(checked_until, cutoff - timedelta(microseconds=1))
            span *= 2
        return None


def schedule_from_settings(
    settings: Mapping[str, Any], *, clock: Callable[[], datetime] = datetime.now
) -> Schedule | None:
    """The ``[schedule]`` table of the settings file; ``None`` (always on) when it is empty."""
    if not settings:
        return None
    return Schedule.from_config(settings, clock=clock)
