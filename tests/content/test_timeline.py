"""The timeline's layout: every precision in its place, dense days widened, cards never overlap."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from kiosk.content.chronology import Dated, Domain, Group, Where
from kiosk.content.dates import DateSpan
from kiosk.content.loader import load
from kiosk.content.timeline import LayoutParams, best_layout, layout, spill

BUNDLED = Path(__file__).resolve().parents[2] / "assets"


def d(ident: str, text: str) -> Dated:
    return Dated(ident, DateSpan.parse(text))


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


PHASES = [
    ("approach", DateSpan.parse("1944-10-01"), DateSpan.parse("1944-10-13")),
    ("assault", DateSpan.parse("1944-10-14"), DateSpan.parse("1944-10-22")),
]
MIXED = [
    d("before", "1944-04/1944-05"),
    d("day", "1944-10-05"),
    d("range", "1944-10-14/1944-10-20"),
    d("assault", "1944-10-14"),
    d("month", "1944-10"),
    d("year", "1944"),
    d("after", "1945-05-09"),
]


def boxes_overlap(cards: list, width: float) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """Pairs of cards whose rectangles intersect, whatever their lanes claim."""
    clashes = []
    for a, b in itertools.combinations(cards, 2):
        same_row = (a.group, a.lane) == (b.group, b.lane)
        if same_row and a.x < b.x + width and b.x < a.x + width:
            clashes.append((a.id, b.id))
    return clashes


def test_every_precision_has_its_place() -> None:
    p = LayoutParams(card_width=300, gap=16, min_day=20, lanes=3, approximate_lanes=2)
    result = layout(MIXED, PHASES, p)
    cards = {c.id: c for c in result.cards}
    assert result.domain == Domain(day("1944-10-01"), day("1944-10-22"))
    # A day and a range of days sit on the day they begin, in the exact lanes.
    assert cards["day"].group is Group.EXACT and cards["day"].x == result.x_of(day("1944-10-05"))
    assert cards["range"].group is Group.EXACT
    assert cards["range"].x >= result.x_of(day("1944-10-14"))
    assert cards["range"].span_width == pytest.approx(
        result.end_of(day("1944-10-20")) - cards["range"].span_x
    )
    # A month and a year sit in lanes of their own, from the start of what they could mean.
    assert cards["month"].group is Group.APPROXIMATE and cards["year"].group is Group.APPROXIMATE
    assert cards["year"].span_x == result.x_of(day("1944-10-01"))  # clipped to the scale
    # Outside the campaign: a column before and a column after.
    assert cards["before"].where is Where.BEFORE and cards["before"].x < result.days[0].x
    assert cards["after"].where is Where.AFTER and cards["after"].x >= result.after_x
    assert boxes_overlap(result.cards, p.card_width + p.gap) == []


def test_dense_days_widen_the_scale_and_cards_never_overlap() -> None:
    busy = [d(f"e{i}", "1944-10-16") for i in range(7)] + [d(f"f{i}", "1944-10-17") for i in range(2)]
    quiet = [d("q", "1944-10-03")]
    p = LayoutParams(card_width=300, gap=16, min_day=20, lanes=3)
    result = layout(busy + quiet, PHASES, p)
    widths = {x.date: x.width for x in result.days}
    assert widths[day("1944-10-16")] >= 2 * (p.card_width + p.gap)  # seven cards in three lanes
    assert widths[day("1944-10-05")] == p.min_day
    assert widths[day("1944-10-16")] > widths[day("1944-10-03")] > widths[day("1944-10-05")]
    assert boxes_overlap(result.cards, p.card_width + p.gap) == []
    # Every card starts inside its own day.
    for c in result.cards:
        own = next(x for x in result.days if x.date == day(f"1944-10-{16 if c.id[0] == 'e' else 17}"))
        if c.id != "q":
            assert own.x <= c.x < own.x + own.width


def test_overlapping_phases_take_two_rows() -> None:
    phases = [
        ("romania", DateSpan.parse("1944-08-20"), DateSpan.parse("1944-09-12")),
        ("bulgaria", DateSpan.parse("1944-09-05"), DateSpan.parse("1944-09-27")),
        ("approach", DateSpan.parse("1944-09-28"), DateSpan.parse("1944-10-13")),
    ]
    result = layout([d("x", "1944-09-06")], phases)
    rows = {b.id: b.row for b in result.bands}
    assert rows == {"romania": 0, "bulgaria": 1, "approach": 0}
    assert result.band_rows == 2
    bands = {b.id: b for b in result.bands}
    assert bands["approach"].x == pytest.approx(bands["bulgaria"].x + bands["bulgaria"].width)


def test_months_and_day_labels() -> None:
    p = LayoutParams(label_spacing=56)
    result = layout(MIXED, [("all", DateSpan.parse("1944-09-25"), DateSpan.parse("1944-10-10"))], p)
    assert [(m.year, m.month) for m in result.months] == [(1944, 9), (1944, 10)]
    assert result.months[1].x == result.x_of(day("1944-10-01"))
    labelled = [x for x in result.days if x.label]
    assert day("1944-10-01") in {x.date for x in labelled}  # a month's first day is always written
    for a, b in itertools.pairwise(labelled):
        assert b.x - a.x >= p.label_spacing


def test_bundled_timeline_lays_out_cleanly_at_every_screen_height() -> None:
    exhibit = load(BUNDLED).exhibit
    assert exhibit is not None
    items = [Dated(e.id, e.date) for e in exhibit.events]
    phases = [(p.id, p.start, p.end) for p in exhibit.phases]
    for available in range(2, 10):
        p = LayoutParams(card_width=338, gap=16, min_day=24)
        result = best_layout(items, phases, p, available)
        assert result.domain == Domain(day("1944-08-20"), day("1944-11-30"))
        assert len(result.cards) == len(items)
        assert result.lanes + result.approximate_lanes <= max(2, available)
        assert boxes_overlap(result.cards, p.card_width + p.gap) == []
        if available >= 4:
            assert spill(result, p.card_width) == 0  # approximate cards stay inside their periods
    # The assault (14-20 October) gets far more room per day than the quiet weeks.
    result = best_layout(items, phases, LayoutParams(card_width=338), 5)
    widths = {x.date: x.width for x in result.days}
    assault = sum(widths[day(f"1944-10-{n}")] for n in range(14, 21)) / 7
    november = sum(widths[day(f"1944-11-{n:02d}")] for n in range(1, 31)) / 30
    assert assault > 4 * november
