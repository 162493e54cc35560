"""The exhibit's events in time: their order and how exactly each is dated, for every precision."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.content.chronology import (
    Dated,
    Domain,
    Group,
    campaign_domain,
    chronological,
    events_on,
    group_of,
    is_exact,
)
from kiosk.content.dates import DateSpan


def d(ident: str, text: str) -> Dated:
    return Dated(ident, DateSpan.parse(text))


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_same_first_day_orders_the_more_precise_first() -> None:
    items = [
        d("year", "1944"),
        d("month", "1944-10"),
        d("months", "1944-10/1944-11"),
        d("week", "1944-10-01/1944-10-07"),
        d("two-days", "1944-10-01/1944-10-02"),
        d("day", "1944-10-01"),
    ]
    # 1944 begins on 1 January, so the year comes first; on 1 October: day, ranges (shorter
    # first), then the month, then the range of months.
    assert [i.id for i in chronological(items)] == ["year", "day", "two-days", "week", "month", "months"]


def test_order_is_by_first_possible_day_then_id() -> None:
    items = [d("b", "1944-10-20"), d("a", "1944-10-20"), d("c", "1944-10-19/1944-10-21"), d("z", "1944-09")]
    assert [i.id for i in chronological(items)] == ["z", "c", "a", "b"]


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("1944-10-20", True),
        ("1944-10-14/1944-10-20", True),
        ("1944-09-21/1944-10-05", True),  # fifteen days
        ("1944-09-01/1944-10-15", False),  # longer than a month
        ("1944-10", False),
        ("1944", False),
        ("1944-10/1944-11", False),  # a range of months
        ("1944-10-05/1944-11", False),  # one end known only to the month
    ],
)
def test_exact_or_approximate_per_precision(text: str, exact: bool) -> None:
    span = DateSpan.parse(text)
    assert is_exact(span) is exact
    assert group_of(span) is (Group.EXACT if exact else Group.APPROXIMATE)


def test_events_of_a_day_per_precision() -> None:
    items = [
        d("day", "1944-10-14"),
        d("range", "1944-10-14/1944-10-20"),
        d("month", "1944-10"),
        d("year", "1944"),
        d("other-day", "1944-10-15"),
        d("long", "1944-09-01/1944-10-31"),
    ]
    on = events_on(day("1944-10-14"), items)
    assert on.day == ["day", "range"]
    assert on.around == ["year", "long", "month"]
    later = events_on(day("1944-10-20"), items)
    assert later.day == ["range"] and "day" not in later.around
    assert events_on(day("1944-11-02"), items).around == ["year"]


def test_domain_from_phases_else_exact_dates() -> None:
    phases = [
        (DateSpan.parse("1944-09-28"), DateSpan.parse("1944-10-13")),
        (DateSpan.parse("1944-10"), DateSpan.parse("1944-11")),
    ]
    assert campaign_domain(phases, []) == Domain(day("1944-09-28"), day("1944-11-30"))
    dates = [DateSpan.parse(t) for t in ("1944", "1944-10-14/1944-10-20", "1944-10-05", "1944-11")]
    assert campaign_domain([], dates) == Domain(day("1944-10-05"), day("1944-10-20"))
    assert campaign_domain([], [DateSpan.parse("1944-10")]) == Domain(day("1944-10-01"), day("1944-10-31"))
    assert campaign_domain([], []) is None
