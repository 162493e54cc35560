"""The campaign on the map in time: the routes as tracks that grow with the slider's date, and the
places that light up as their events happen or an arrow reaches them.

Time is a day number: days since the first day of the map's domain, fractions allowed, so that
arrows grow smoothly while the campaign plays."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.content.chronology import Domain, campaign_domain, is_exact
from kiosk.content.dates import Precision
from kiosk.content.model import Exhibit
from kiosk.map.projection import Point, Projection


def map_domain(exhibit: Exhibit) -> Domain | None:
    """The days the map's slider covers: the campaign's phases, else its events and arrows."""
    phases = [(p.start, p.end) for p in exhibit.phases]
    dates = [e.date for e in exhibit.events] + [d for r in exhibit.routes for d in (r.start, r.end)]
    return campaign_domain(phases, dates)


def day_number(domain: Domain, day: dt.date) -> float:
    return float((day - domain.first).days)


def route_days(exhibit: Exhibit, domain: Domain) -> dict[str, tuple[float, float]]:
    """When each route sets off and arrives, as day numbers (arrival: the end of its last day).

    A start known only to the month waits, within that month, for the organisation (or, without
    one, its group) to have got to its first place by another route (on to Hungary leaves Belgrade after
    the drive on Belgrade arrived, not on the first of October)."""
    days: dict[str, tuple[float, float]] = {}
    for r in exhibit.routes:
        start = day_number(domain, r.start.start)
        end = day_number(domain, max(r.end.end, r.start.start)) + 1
        days[r.id] = (start, end)
    for r in exhibit.routes:
        if r.start.precision is Precision.DAY:
            continue
        first = r.waypoints[0] if r.waypoints else None
        lo, hi = day_number(domain, r.start.start), day_number(domain, r.start.end) + 1
        arrivals = [
            days[o.id][1]
            for o in exhibit.routes
            if o.id != r.id
            and o.waypoints
            and o.waypoints[-1] == first
            and lo <= days[o.id][1] <= hi
            and (
                o.organisation == r.organisation if r.organisation and o.organisation else o.group == r.group
            )
        ]
        if arrivals:
            start, end = days[r.id]
            start = min(arrivals)
            days[r.id] = (start, max(end, start + 1))
    return days


@dataclass(frozen=True)
class Track:
    """A route in view pixels, with the day it starts and the day after it ends."""

    id: str
    group: str  # the group's id, "" for none
    points: list[Point]
    waypoints: list[str]
    lengths: list[float]  # distance along the track to each point
    start: float  # day number (days since the domain's first day) when it sets off
    end: float  # day number when it arrives (the end of its last day)

    @property
    def total(self) -> float:
        return self.lengths[-1] if self.lengths else 0.0

    def fraction(self, t: float) -> float:
        if t <= self.start:
            return 0.0
        if t >= self.end:
            return 1.0
        return (t - self.start) / (self.end - self.start)

    def partial(self, t: float) -> tuple[list[Point], float]:
        """The part of the track drawn at time ``t``, and the heading at its tip (degrees,
        clockwise from east, as screens measure)."""
        f = self.fraction(t)
        if f <= 0 or len(self.points) < 2:
            return [], 0.0
        reach = f * self.total
        out = [self.points[0]]
        heading = 0.0
        for i in range(1, len(self.points)):
            a, b = self.points[i - 1], self.points[i]
            seg = self.lengths[i] - self.lengths[i - 1]
            if seg > 0:
                heading = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
            if self.lengths[i] <= reach:
                out.append(b)
                continue
            k = (reach - self.lengths[i - 1]) / seg if seg > 0 else 1.0
            out.append((a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k))
            break
        return out, heading

    def reached(self, t: float) -> list[str]:
        """Waypoints the advance has reached by ``t`` (the first as soon as it sets off)."""
        if t < self.start or self.total <= 0:
            return []
        reach = self.fraction(t) * self.total
        return [w for w, d in zip(self.waypoints, self.lengths, strict=True) if d <= reach + 1e-6]


def tracks(exhibit: Exhibit, projection: Projection, domain: Domain) -> list[Track]:
    places = {p.id: p for p in exhibit.places}
    days = route_days(exhibit, domain)
    out = []
    for r in exhibit.routes:
        known = [w for w in r.waypoints if w in places]
        pts = [projection.point(places[w].lon, places[w].lat) for w in known]
        if len(pts) < 2:
            continue
        lengths = [0.0]
        for a, b in itertools.pairwise(pts):
            lengths.append(lengths[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
        start, end = days[r.id]
        out.append(Track(r.id, r.group or "", pts, known, lengths, start, end))
    return out


def arrow_head(angle: float, length: float) -> list[Point]:
    """An arrowhead's outline around its tip (0, 0), pointing at ``angle`` degrees (clockwise from
    east, as on screens), ``length`` pixels long."""
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    shape = [(0.0, 0.0), (-1.0, -0.5), (-0.8, 0.0), (-1.0, 0.5), (0.0, 0.0)]
    return [(length * (x * cos - y * sin), length * (x * sin + y * cos)) for x, y in shape]


@dataclass(frozen=True)
class Moment:
    """What the map shows at one time: places already part of the story, places of today."""

    day: int  # index of the day in the domain
    lit: frozenset[str]
    today: frozenset[str]


def moment(exhibit: Exhibit, domain: Domain, route_tracks: Sequence[Track], t: float) -> Moment:
    index = max(0, min(domain.days - 1, math.floor(t)))
    day = domain.day(index)
    lit: set[str] = set()
    today: set[str] = set()
    for e in exhibit.events:
        if not e.place or not is_exact(e.date):
            continue
        if e.date.start <= day:
            lit.add(e.place)
        if e.date.start <= day <= e.date.end:
            today.add(e.place)
    for track in route_tracks:
        lit.update(track.reached(t))
    return Moment(index, frozenset(lit), frozenset(today))
