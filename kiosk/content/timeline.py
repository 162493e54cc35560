"""The timeline's layout: every card, day, month and phase band in timeline pixels, without overlap.

Pure Python: no Qt. The views give the sizes (card width, lanes that fit the screen); this module
decides where everything goes. Order and exactness come from :mod:`kiosk.content.chronology`.

- **Groups**: *exact* events (a day, or a range of days up to a month) sit on the day they began;
  *approximate* ones (a month, a year, a range of months, or a long range) sit in lanes of their
  own below, anywhere inside the period they could mean, so they never pretend to a day.
- **Scale**: piecewise. A day with nothing on it is ``min_day`` wide; a day on which a card cannot
  start because every lane is still busy widens the quiet days before it, and a day with more
  cards than lanes is as wide as its cards. Dense days therefore get room; cards never overlap.
- Events wholly before or after the campaign (the phases, or the exact events when there are no
  phases) go in a column before or after the scale.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kiosk.content.chronology import (
    Dated,
    Domain,
    Group,
    Where,
    campaign_domain,
    chronological,
    group_of,
    is_exact,
)
from kiosk.content.dates import DateSpan


@dataclass(frozen=True)
class LayoutParams:
    card_width: float = 300
    gap: float = 16
    min_day: float = 24  # a day with nothing on it
    lanes: int = 3  # lanes for exact events
    approximate_lanes: int = 2
    label_spacing: float = 56  # the least room between two labelled days on the axis
    end_margin: float = 48  # room after the last card or day


@dataclass(frozen=True)
class Card:
    id: str
    x: float
    lane: int  # within its group
    group: Group
    where: Where
    span_x: float  # the part of the scale the date covers (0 wide when outside it)
    span_width: float


@dataclass(frozen=True)
class Day:
    date: dt.date
    x: float
    width: float
    label: bool  # room to write the day's number under it
    cards: int  # exact cards that begin on it


@dataclass(frozen=True)
class Band:
    """A phase of the campaign, as a band above the axis."""

    id: str
    x: float
    width: float
    row: int


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    x: float
    width: float


@dataclass
class Layout:
    domain: Domain | None
    cards: list[Card] = field(default_factory=list)
    days: list[Day] = field(default_factory=list)
    months: list[Month] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    width: float = 0
    lanes: int = 0  # exact lanes in use
    approximate_lanes: int = 0
    band_rows: int = 0
    before_width: float = 0  # the column of earlier events
    after_x: float = 0  # where the column of later events starts

    def x_of(self, day: dt.date) -> float:
        """The left edge of a day on the scale (clamped to the scale)."""
        if not self.days or self.domain is None:
            return 0.0
        return self.days[self.domain.index(self.domain.clamp(day))].x

    def end_of(self, day: dt.date) -> float:
        if not self.days or self.domain is None:
            return 0.0
        d = self.days[self.domain.index(self.domain.clamp(day))]
        return d.x + d.width


class _Lanes:
    def __init__(self, count: int) -> None:
        self.end = [float("-inf")] * max(1, count)

    def free_at(self, x: float) -> int | None:
        return next((i for i, e in enumerate(self.end) if e <= x), None)

    def earliest(self) -> int:
        return min(range(len(self.end)), key=self.end.__getitem__)

    def take(self, x: float, width: float, gap: float) -> tuple[float, int]:
        lane = self.free_at(x)
        if lane is None:
            lane = self.earliest()
            x = self.end[lane]
        self.end[lane] = x + width + gap
        return x, lane


def layout(
    items: Sequence[Dated],
    phases: Sequence[tuple[str, DateSpan, DateSpan]] = (),
    params: LayoutParams | None = None,
) -> Layout:
    """Place every card, day, month and phase band. See the module's docstring for the rules."""
    p = params or LayoutParams()
    pitch = p.card_width + p.gap
    domain = campaign_domain([(s, e) for _, s, e in phases], [i.date for i in items])
    result = Layout(domain)
    if domain is None:
        return result
    ordered = chronological(items)
    outside = {
        Where.BEFORE: [i for i in ordered if domain.where(i.date) is Where.BEFORE],
        Where.AFTER: [i for i in ordered if domain.where(i.date) is Where.AFTER],
    }
    during = [i for i in ordered if domain.where(i.date) is Where.DURING]

    # The column of earlier events: one card per lane (either group's lanes), then more columns.
    def column(rows: list[Dated], x0: float) -> tuple[list[Card], float]:
        cards = []
        lanes = {Group.EXACT: _Lanes(p.lanes), Group.APPROXIMATE: _Lanes(p.approximate_lanes)}
        right = x0
        for item in rows:
            group = group_of(item.date)
            x, lane = lanes[group].take(x0, p.card_width, p.gap)
            where = domain.where(item.date)
            cards.append(Card(item.id, x, lane, group, where, 0.0, 0.0))
            right = max(right, x + pitch)
        return cards, right

    before_cards, before_width = column(outside[Where.BEFORE], 0.0)
    if before_cards:
        before_width += p.gap * 2  # a clear gap before the scale starts
    result.before_width = before_width

    # Exact events, on the day they began.
    anchored: dict[int, list[Dated]] = defaultdict(list)
    for item in during:
        if is_exact(item.date):
            anchored[domain.index(domain.clamp(item.date.start))].append(item)
    lanes = _Lanes(p.lanes)
    xs: list[float] = []
    placed: dict[str, tuple[float, int]] = {}
    x = before_width
    previous_card_day = -1
    # A day with cards is at least a lane's share of a card wide: cards on following days then
    # step down the lanes like stairs, and every such day has room for its number.
    busy_day = max(p.min_day, p.label_spacing, pitch / max(1, p.lanes))
    for index in range(domain.days):
        todays = anchored.get(index, [])
        if todays:
            earliest_free = min(lanes.end)
            if earliest_free > x:
                # Every lane is busy: widen the quiet days since the last day with cards, evenly.
                stretch = earliest_free - x
                first = previous_card_day if previous_card_day >= 0 else 0
                span = index - first
                for k in range(first + 1, index):
                    xs[k] += stretch * (k - first) / span
                x = earliest_free
            previous_card_day = index
        day_x = x
        furthest = day_x
        for item in todays:
            cx, lane = lanes.take(day_x, p.card_width, p.gap)
            placed[item.id] = (cx, lane)
            furthest = max(furthest, cx)
        xs.append(day_x)
        x = furthest + (busy_day if todays else p.min_day)
    widths = [xs[i + 1] - xs[i] for i in range(len(xs) - 1)] + [max(p.min_day, x - xs[-1])]

    counts = {i: len(v) for i, v in anchored.items()}
    labels = _day_labels(domain, xs, counts, p.label_spacing)
    for i, (dx, w) in enumerate(zip(xs, widths, strict=True)):
        result.days.append(Day(domain.day(i), dx, w, labels[i], counts.get(i, 0)))

    for item in during:
        if item.id in placed:
            cx, lane = placed[item.id]
            sx = result.x_of(item.date.start)
            result.cards.append(
                Card(item.id, cx, lane, Group.EXACT, Where.DURING, sx, result.end_of(item.date.end) - sx)
            )

    # Approximate events: within the period they could mean, in lanes of their own.
    loose = _Lanes(p.approximate_lanes)
    for item in during:
        if is_exact(item.date):
            continue
        sx = result.x_of(item.date.start)
        cx, lane = loose.take(sx, p.card_width, p.gap)
        result.cards.append(
            Card(item.id, cx, lane, Group.APPROXIMATE, Where.DURING, sx, result.end_of(item.date.end) - sx)
        )

    scale_end = xs[-1] + widths[-1]
    content_end = max([scale_end] + [c.x + p.card_width for c in result.cards])
    result.after_x = content_end + (p.gap * 2 if outside[Where.AFTER] else 0)
    after_cards, after_end = column(outside[Where.AFTER], result.after_x)
    result.cards = before_cards + result.cards + after_cards
    result.cards.sort(key=lambda c: (c.x, c.group != Group.EXACT, c.lane))
    result.width = max(content_end, after_end) + p.end_margin

    result.lanes = 1 + max((c.lane for c in result.cards if c.group is Group.EXACT), default=-1)
    result.approximate_lanes = 1 + max(
        (c.lane for c in result.cards if c.group is Group.APPROXIMATE), default=-1
    )

    # Months along the axis.
    day = domain.first
    while day <= domain.last:
        next_month = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        last = min(domain.last, next_month - dt.timedelta(days=1))
        mx = result.x_of(day)
        result.months.append(Month(day.year, day.month, mx, result.end_of(last) - mx))
        day = next_month

    # Phases as bands; overlapping phases take another row.
    rows: list[float] = []
    for ident, start, end in sorted(phases, key=lambda ph: (ph[1].start, ph[2].end, ph[0])):
        bx = result.x_of(start.start)
        bw = result.end_of(end.end) - bx
        row = next((r for r, e in enumerate(rows) if e <= bx), None)
        if row is None:
            rows.append(0.0)
            row = len(rows) - 1
        rows[row] = bx + bw
        result.bands.append(Band(ident, bx, bw, row))
    result.band_rows = len(rows)
    return result


def _day_labels(domain: Domain, xs: Sequence[float], counts: dict[int, int], spacing: float) -> list[bool]:
    """Which days get their number written: the first of each month and every day with cards
    first, then other days wherever there is room; no two numbers closer than ``spacing``."""
    chosen: list[int] = []

    def fits(i: int) -> bool:
        return all(abs(xs[i] - xs[j]) >= spacing for j in chosen)

    firsts = [i for i in range(len(xs)) if domain.day(i).day == 1 or i == 0]
    busy = sorted((i for i in counts if i not in firsts), key=lambda i: (-counts[i], i))
    for i in [*firsts, *busy, *range(len(xs))]:
        if i not in chosen and fits(i):
            chosen.append(i)
    picked = set(chosen)
    return [i in picked for i in range(len(xs))]


def spill(result: Layout, card_width: float) -> float:
    """How far approximate cards reach beyond the period they could mean (0: all inside)."""
    total = 0.0
    for c in result.cards:
        if c.group is Group.APPROXIMATE and c.where is Where.DURING:
            total += max(0.0, c.x + card_width - (c.span_x + c.span_width))
    return total


def best_layout(
    items: Sequence[Dated],
    phases: Sequence[tuple[str, DateSpan, DateSpan]],
    params: LayoutParams,
    available_lanes: int,
) -> Layout:
    """The split of the lanes that fit the screen between exact and approximate events that keeps
    approximate cards inside their periods best, then the shortest timeline."""
    available = max(2, available_lanes)
    if not any(not is_exact(i.date) for i in items):
        return layout(items, phases, replace(params, lanes=available, approximate_lanes=1))
    best: tuple[tuple[float, float], Layout] | None = None
    for loose in range(1, max(1, available // 2) + 1):
        candidate = layout(items, phases, replace(params, lanes=available - loose, approximate_lanes=loose))
        score = (round(spill(candidate, params.card_width)), candidate.width)
        if best is None or score < best[0]:
            best = (score, candidate)
    assert best is not None
    return best[1]
