from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import kiosk
from kiosk.ops.schedule import WEEKDAYS, Schedule, ScheduleError, State, schedule_from_settings

# 2026-03-02 is a Monday.
MON = datetime(2026, 3, 2)

CONFIG: dict[str, Any] = {
    "monday": ["09:00-17:00"],
    "tuesday": ["09:00-17:00"],
    "wednesday": ["09:00-12:00", "12:05-17:00"],
    "thursday": ["09:00-17:00"],
    "friday": ["09:00-13:00", "14:00-22:00"],
    "saturday": ["20:00-02:00"],
    "exceptions": {"2026-12-25": [], "2026-12-31": ["09:00-14:00"], "2026-12-24": ["20:00-01:00"]},
    "wake_before_minutes": 10,
}


def at(day_offset: int, hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return MON + timedelta(days=day_offset, hours=hours, minutes=minutes)


@pytest.fixture
def schedule() -> Schedule:
    return Schedule.from_config(CONFIG)


@pytest.mark.parametrize(
    ("moment", "state"),
    [
        (at(0, "08:49"), State.CLOSED),
        (at(0, "08:50"), State.WAKING),
        (at(0, "08:59"), State.WAKING),
        (at(0, "09:00"), State.OPEN),
        (at(0, "16:59"), State.OPEN),
        (at(0, "17:00"), State.CLOSED),
        # A short lunch break: the wake margin keeps the screen on across it.
        (at(2, "12:00"), State.WAKING),
        (at(2, "12:05"), State.OPEN),
        (at(4, "13:30"), State.CLOSED),
        (at(4, "13:50"), State.WAKING),
        # Saturday 20:00 to Sunday 02:00; Sunday itself is not listed.
        (at(5, "19:50"), State.WAKING),
        (at(5, "23:59"), State.OPEN),
        (at(6, "01:59"), State.OPEN),
        (at(6, "02:00"), State.CLOSED),
        (at(6, "12:00"), State.CLOSED),
    ],
)
def test_state_at_the_minute(schedule: Schedule, moment: datetime, state: State) -> None:
    assert schedule.state(moment) is state
    assert schedule.is_awake(moment) == (state is not State.CLOSED)


def test_next_change_sequence(schedule: Schedule) -> None:
    moment = at(0, "07:00")
    seen = []
    for _ in range(6):
        change = schedule.next_change(moment)
        assert change is not None
        seen.append((change, schedule.state(change)))
        moment = change
    assert seen == [
        (at(0, "08:50"), State.WAKING),
        (at(0, "09:00"), State.OPEN),
        (at(0, "17:00"), State.CLOSED),
        (at(1, "08:50"), State.WAKING),
        (at(1, "09:00"), State.OPEN),
        (at(1, "17:00"), State.CLOSED),
    ]


def test_next_change_matches_a_minute_by_minute_walk(schedule: Schedule) -> None:
    """Over two weeks, every state flip happens exactly where next_change says."""
    start = at(0, "00:00")
    minutes = 14 * 24 * 60
    states = [schedule.state(start + timedelta(minutes=m)) for m in range(minutes + 1)]
    next_flip: list[int | None] = [None] * (minutes + 1)
    upcoming: int | None = None
    for m in range(minutes - 1, -1, -1):
        if states[m + 1] is not states[m]:
            upcoming = m + 1
        next_flip[m] = upcoming
    for m in range(0, minutes, 7):
        expected = next_flip[m]
        if expected is None:
            continue
        assert schedule.next_change(start + timedelta(minutes=m)) == start + timedelta(minutes=expected), m


def test_next_change_from_the_middle_of_a_minute(schedule: Schedule) -> None:
    assert schedule.next_change(at(0, "08:49") + timedelta(seconds=30)) == at(0, "08:50")


def test_exceptions_replace_the_weekday(schedule: Schedule) -> None:
    christmas = datetime(2026, 12, 25, 10, 0)  # a Friday
    assert christmas.weekday() == 4
    assert schedule.state(christmas) is not State.OPEN
    new_years_eve = datetime(2026, 12, 31, 13, 59)
    assert schedule.state(new_years_eve) is State.OPEN
    assert schedule.state(new_years_eve + timedelta(minutes=1)) is not State.OPEN


def test_range_crossing_into_a_closed_exception_day_still_runs(schedule: Schedule) -> None:
    assert schedule.state(datetime(2026, 12, 25, 0, 59)) is State.OPEN
    assert schedule.state(datetime(2026, 12, 25, 1, 0)) is not State.OPEN
    # ...and after that, Christmas stays closed until Saturday evening's wake-up.
    assert schedule.next_change(datetime(2026, 12, 25, 1, 0)) == datetime(2026, 12, 26, 19, 50)


def test_adjacent_ranges_across_midnight_are_one_opening() -> None:
    s = Schedule.from_config({"monday": ["18:00-24:00"], "tuesday": ["00:00-02:00"]})
    assert s.state(at(0, "23:59")) is State.OPEN and s.state(at(1, "00:00")) is State.OPEN
    assert s.next_change(at(0, "20:00")) == at(1, "02:00")


def test_always_open_and_never_open_have_no_next_change() -> None:
    always = Schedule.from_config({day: ["00:00-24:00"] for day in WEEKDAYS})
    assert always.state(at(3, "03:00")) is State.OPEN
    assert always.next_change(at(3, "03:00")) is None
    never = Schedule.from_config({"monday": []})
    assert never.next_change(at(0, "12:00")) is None


def test_injectable_clock() -> None:
    now = at(0, "08:55")
    s = Schedule.from_config(CONFIG, clock=lambda: now)
    assert s.state() is State.WAKING
    assert s.is_awake() and s.state() is not State.OPEN
    assert s.next_change() == at(0, "09:00")


def test_no_wake_margin_by_default() -> None:
    s = Schedule.from_config({"monday": ["09:00-17:00"]})
    assert s.state(at(0, "08:59")) is State.CLOSED
    assert s.next_change(at(0, "08:00")) == at(0, "09:00")


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"mondey": ["09:00-17:00"]}, "unknown key"),
        ({}, "name no weekday"),
        ({"exceptions": {}}, "name no weekday"),
        ({"monday": "09:00-17:00"}, "expected a list"),
        ({"monday": ["9-17"]}, "is not a range"),
        ({"monday": ["25:00-26:00"]}, "impossible time"),
        ({"monday": ["09:60-17:00"]}, "impossible time"),
        ({"monday": ["09:00-24:30"]}, "impossible time"),
        ({"monday": ["09:00-09:00"]}, "is empty"),
        ({"monday": [900]}, "is not a range"),
        ({"monday": [], "exceptions": {"25.12.2026": []}}, "not a date"),
        ({"monday": [], "exceptions": []}, "table of dates"),
        ({"monday": [], "wake_before_minutes": "10"}, "whole number"),
        ({"monday": [], "wake_before_minutes": 24 * 60}, "0 to 720"),
        ({"monday": [], "wake_before_minutes": -1}, "0 to 720"),
    ],
)
def test_config_errors_say_what_is_wrong(config: dict[str, Any], message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        Schedule.from_config(config)


def test_no_schedule_in_the_settings_means_always_on() -> None:
    assert schedule_from_settings({}) is None
    loaded = schedule_from_settings({"monday": ["09:00-17:00"]})
    assert loaded is not None and loaded.state(at(0, "10:00")) is State.OPEN


def test_the_example_in_the_operations_guide_is_valid() -> None:
    doc = (Path(kiosk.__file__).resolve().parent.parent / "docs" / "operations.md").read_text(
        encoding="utf-8"
    )
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    schedule = schedule_from_settings(tomllib.loads(example)["schedule"])
    assert schedule is not None
    assert schedule.state(datetime(2026, 12, 25, 10, 0)) is not State.OPEN
    assert schedule.state(at(0, "08:55")) is State.WAKING
