"""A deterministic, realistic analytics database for report tests (and screenshots)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.analytics.store import AnalyticsStore

FIRST_DAY = date(2026, 3, 2)  # a Monday
DAYS = 14
CHAPTERS = [
    "prelude",
    "crossing-the-danube",
    "belgrade-operation",
    "street-fighting",
    "liberation",
    "aftermath",
]
PHOTOS = [f"photo-{n:02d}" for n in range(1, 13)]
PEOPLE = ["tolbukhin", "zhdanov", "peko-dapcevic", "biryuzov", "koca-popovic"]
OTHER = ["timeline", "map", "forces"]


@dataclass
class Truth:
    """What the seed wrote, kept independently of the store for the assertions."""

    sessions: list[tuple[datetime, float | None, str, bool, bool, bool, str | None]] = field(
        default_factory=list
    )
    views: list[tuple[datetime, str, float]] = field(default_factory=list)


def seed(db: Path, rng_seed: int = 1944) -> Truth:
    rng = random.Random(rng_seed)
    truth = Truth()
    with AnalyticsStore(db) as store:
        for offset in range(DAYS):
            day = FIRST_DAY + timedelta(days=offset)
            weekend = day.weekday() >= 5
            for _ in range(rng.randint(25, 45) if weekend else rng.randint(8, 30)):
                hour = rng.choices(range(9, 18), weights=[1, 3, 5, 6, 4, 5, 6, 4, 2])[0]
                start = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
                language = rng.choices(["sr", "en", "de", "ru"], weights=[50, 30, 12, 8])[0]
                sid = store.start_session(start, "sr")
                t = start
                big_text = contrast = reach = False
                if language != "sr":
                    t += timedelta(seconds=rng.randint(2, 6))
                    store.record_choice(sid, t, "language", language)
                if rng.random() < 0.12:
                    big_text = True
                    store.record_choice(sid, t, "text_scale", rng.choice([1.25, 1.5]))
                if rng.random() < 0.06:
                    contrast = True
                    store.record_choice(sid, t, "high_contrast", True)
                if rng.random() < 0.04:
                    reach = True
                    store.record_choice(sid, t, "reach_mode", True)
                for _ in range(rng.choices([1, 2, 3, 5, 8, 12], weights=[20, 25, 20, 15, 12, 8])[0]):
                    kind = rng.choices(["chapter", "photo", "person", "other"], weights=[40, 30, 20, 10])[0]
                    pool = {"chapter": CHAPTERS, "photo": PHOTOS, "person": PEOPLE}.get(kind, OTHER)
                    item = pool[min(int(rng.expovariate(0.5)), len(pool) - 1)]
                    route = item if kind == "other" else f"{kind}/{item}"
                    dwell = round(rng.uniform(3, 90), 1)
                    store.record_view(sid, route, t, dwell)
                    truth.views.append((t, route, dwell))
                    t += timedelta(seconds=dwell)
                last_touch = t
                reason = rng.choices(["timeout", "attract", "admin", None], weights=[70, 27, 2, 1])[0]
                if reason is None:  # still running when the report is made
                    duration = None
                else:
                    ended = last_touch + timedelta(seconds=60 if reason == "timeout" else rng.randint(1, 5))
                    store.end_session(sid, ended, reason, last_touch)
                    kept_end = last_touch if reason == "timeout" else ended
                    start_whole = start.replace(microsecond=0)
                    duration = (kept_end - start_whole).total_seconds()
                truth.sessions.append((start, duration, language, big_text, contrast, reach, reason))
    return truth
