"""The numbers in the visitor report, computed from the store in one pass each."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from kiosk.analytics.schema import END_REASONS
from kiosk.analytics.store import AnalyticsStore, to_local

# Upper bounds (exclusive) in seconds and their labels; the last bucket is open-ended.
LENGTH_BUCKETS: tuple[tuple[float, str], ...] = (
    (30, "< 30 s"),
    (60, "30 s – 1 min"),
    (120, "1–2 min"),
    (300, "2–5 min"),
    (600, "5–10 min"),
    (float("inf"), "10 min +"),
)

# Content routes the report ranks; anything else is a plain screen (timeline, map...).
CONTENT_KINDS = ("chapter", "photo", "person")


@dataclass(frozen=True)
class DayStats:
    day: date
    sessions: int
    median_duration_s: float | None
    total_duration_s: float
    views: int


@dataclass(frozen=True)
class RouteStats:
    route: str
    views: int
    sessions: int  # distinct sessions that opened it
    median_dwell_s: float

    @property
    def kind(self) -> str:
        return route_kind(self.route)

    @property
    def item(self) -> str:
        return self.route.partition("/")[2] or self.route


@dataclass(frozen=True)
class AccessibilityUse:
    sessions: int
    larger_text: int
    high_contrast: int
    reach_mode: int


@dataclass(frozen=True)
class ReportData:
    first_day: date
    last_day: date
    generated_at: datetime
    sessions: int
    ended_sessions: int
    median_duration_s: float | None
    views: int
    daily: list[DayStats]
    hourly: list[int]  # sessions started in each hour of the day, 0..23
    length_histogram: list[tuple[str, int]]
    routes: list[RouteStats]  # most viewed first
    languages: list[tuple[str, int]]  # most used first
    accessibility: AccessibilityUse
    end_reasons: dict[str, int] = field(default_factory=dict)

    def top_routes(
        self, kind: str, limit: int = 10, ranked: Collection[str] = CONTENT_KINDS
    ) -> list[RouteStats]:
        """The most viewed routes of one kind; ``"other"`` is every screen not ``ranked``."""
        if kind == "other":
            return [r for r in self.routes if r.kind not in ranked][:limit]
        return [r for r in self.routes if r.kind == kind][:limit]

    def views_by_kind(self) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        for r in self.routes:
            counts[r.kind] += r.views
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def busiest_hour(self) -> int | None:
        if not any(self.hourly):
            return None
        return max(range(24), key=lambda h: (self.hourly[h], -h))


def route_kind(route: str) -> str:
    return route.partition("/")[0] if "/" in route else route


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _bucket(duration_s: float) -> int:
    for index, (upper, _label) in enumerate(LENGTH_BUCKETS):
        if duration_s < upper:
            return index
    return len(LENGTH_BUCKETS) - 1


def report_period(store: AnalyticsStore, since: date | None, now: datetime) -> tuple[date, date]:
    """First and last day (inclusive) the report covers."""
    last = to_local(now).date()
    if since is not None:
        return since, max(since, last)
    first_start = store.first_session_start()
    first = first_start.date() if first_start is not None else last
    return min(first, last), last


def collect(store: AnalyticsStore, since: date | None, now: datetime) -> ReportData:
    first_day, last_day = report_period(store, since, now)
    start = datetime.combine(first_day, time())
    end = datetime.combine(last_day + timedelta(days=1), time())

    per_day_durations: dict[date, list[float]] = defaultdict(list)
    per_day_sessions: Counter[date] = Counter()
    hourly = [0] * 24
    durations: list[float] = []
    histogram = [0] * len(LENGTH_BUCKETS)
    languages: Counter[str] = Counter()
    end_reasons: Counter[str] = Counter()
    larger_text = high_contrast = reach_mode = 0
    sessions = 0
    for s in store.iter_sessions(start, end):
        sessions += 1
        day = s.started_at.date()
        per_day_sessions[day] += 1
        hourly[s.started_at.hour] += 1
        languages[s.language] += 1
        larger_text += s.text_scale > 1.0
        high_contrast += s.high_contrast
        reach_mode += s.reach_mode
        if s.end_reason:
            end_reasons[s.end_reason] += 1
        if s.duration_s is not None:
            durations.append(s.duration_s)
            per_day_durations[day].append(s.duration_s)
            histogram[_bucket(s.duration_s)] += 1

    dwell: dict[str, list[float]] = defaultdict(list)
    route_sessions: dict[str, set[int]] = defaultdict(set)
    per_day_views: Counter[date] = Counter()
    views = 0
    for v in store.iter_views(start, end):
        views += 1
        dwell[v.route].append(v.dwell_s)
        route_sessions[v.route].add(v.session_id)
        per_day_views[v.started_at.date()] += 1

    daily: list[DayStats] = []
    day = first_day
    while day <= last_day:
        daily.append(
            DayStats(
                day=day,
                sessions=per_day_sessions[day],
                median_duration_s=_median(per_day_durations[day]),
                total_duration_s=sum(per_day_durations[day]),
                views=per_day_views[day],
            )
        )
        day += timedelta(days=1)

    routes = sorted(
        (
            RouteStats(route, len(values), len(route_sessions[route]), statistics.median(values))
            for route, values in dwell.items()
        ),
        key=lambda r: (-r.views, r.route),
    )
    return ReportData(
        first_day=first_day,
        last_day=last_day,
        generated_at=to_local(now),
        sessions=sessions,
        ended_sessions=len(durations),
        median_duration_s=_median(durations),
        views=views,
        daily=daily,
        hourly=hourly,
        length_histogram=[(label, histogram[i]) for i, (_upper, label) in enumerate(LENGTH_BUCKETS)],
        routes=routes,
        languages=sorted(languages.items(), key=lambda kv: (-kv[1], kv[0])),
        accessibility=AccessibilityUse(sessions, larger_text, high_contrast, reach_mode),
        end_reasons={reason: end_reasons[reason] for reason in END_REASONS},
    )
