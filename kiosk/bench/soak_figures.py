"""The soak's samples and what is made of them: least-squares fits and the figures reported.

See ``kiosk.bench.soak`` for how the samples are taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from kiosk.bench.figures import Figure

TARGET_GROWTH_MIB: Final = 5.0
WARM_UP_FRACTION: Final = 0.2


@dataclass(frozen=True)
class Sample:
    taps: int
    seconds: float
    rss_mib: float
    fds: int
    threads: int
    route: str
    none_refs_lost: int = 0
    true_refs_lost: int = 0
    py_objects: int = 0  # objects the Python garbage collector tracks
    heap_used_mib: float = float("nan")  # glibc malloc, every arena: in use
    heap_free_mib: float = float("nan")  # free, but still held by the heap (given back by malloc_trim)
    heap_mapped_mib: float = float("nan")  # large blocks mapped on their own
    between_visits: bool = False  # taken on the attract screen after the kiosk gave memory back


@dataclass(frozen=True)
class Fit:
    slope_per_10k: float  # MiB (or count) per 10,000 taps
    growth: float  # the fitted line's rise over the measured span
    first: float
    last: float
    low: float
    high: float


def least_squares(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Slope and intercept of the least-squares line; (0, mean) for fewer than two points."""
    n = len(xs)
    if n < 2:
        return 0.0, (ys[0] if ys else 0.0)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return 0.0, my
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    return slope, my - slope * mx


def fit(samples: Sequence[Sample], value: str) -> Fit:
    xs = [float(s.taps) for s in samples]
    ys = [float(getattr(s, value)) for s in samples]
    slope, _ = least_squares(xs, ys)
    span = (xs[-1] - xs[0]) if xs else 0.0
    return Fit(slope * 10_000, slope * span, ys[0], ys[-1], min(ys), max(ys))


def after_warm_up(samples: Sequence[Sample]) -> list[Sample]:
    skip = int(len(samples) * WARM_UP_FRACTION)
    return list(samples[skip:]) if len(samples) - skip >= 2 else list(samples)


def figures(
    samples: Sequence[Sample],
    screens: Sequence[str],
    true_refs: int,
    reclaim: dict[str, float] | None = None,
    renderer: str = "",
) -> list[Figure]:
    between = after_warm_up([s for s in samples if s.between_visits])
    samples = [s for s in samples if not s.between_visits]
    steady = after_warm_up(samples)
    rss, fds, thr = fit(steady, "rss_mib"), fit(steady, "fds"), fit(steady, "threads")
    objs = fit(steady, "py_objects")
    kept = ""
    if reclaim:
        kept = (
            f"; at the end on Home {reclaim['rss_home_mib']:.0f} MiB,"
            f" after gc {reclaim['rss_after_gc_mib']:.0f},"
            f" after malloc_trim {reclaim['rss_after_trim_mib']:.0f}"
        )
    taps = samples[-1].taps
    rate = taps / samples[-1].seconds if samples[-1].seconds else 0.0
    growth_ok = rss.growth <= TARGET_GROWTH_MIB
    lost = max(samples[-1].true_refs_lost, samples[-1].none_refs_lost)
    per_1k = max(0, lost) / taps * 1000 if taps else 0.0
    return [
        Figure(
            "soak: references to None/True lost (PySide6 bug)",
            per_1k,
            "per 1k taps",
            reference="references they have after start-up",
            reference_value=float(true_refs),
            target="0",
            met=lost <= 0,
            note=(
                f"None {samples[-1].none_refs_lost:,}, True {samples[-1].true_refs_lost:,} lost in"
                f" {taps:,} taps; unguarded, the interpreter aborts after about"
                f" {true_refs / per_1k * 1000:,.0f} taps"
                if per_1k > 0
                else "none lost (a negative count is references taken by objects that pile up)"
            ),
        ),
        Figure(
            "soak: taps",
            float(taps),
            "taps",
            note=f"{rate:.0f} taps/s; {renderer or 'renderer unknown'}; screens: {', '.join(screens)}",
        ),
        Figure(
            "soak: RSS growth after warm-up (fitted)",
            rss.growth,
            "MiB",
            reference="RSS at the end of warm-up",
            reference_value=rss.first,
            target=f"<= {TARGET_GROWTH_MIB:.0f} MiB",
            met=growth_ok,
            note=(
                f"slope {rss.slope_per_10k:+.3f} MiB per 10k taps;"
                f" range {rss.low:.1f}-{rss.high:.1f} MiB{kept}"
            ),
        ),
        *between_visits_figures(between, samples),
        Figure(
            "soak: Python objects, growth",
            objs.last - objs.first,
            "count",
            reference="after warm-up",
            reference_value=objs.first,
            note=f"slope {objs.slope_per_10k:+.0f} per 10k taps",
        ),
        Figure(
            "soak: open file descriptors, growth",
            fds.last - fds.first,
            "count",
            reference="after warm-up",
            reference_value=fds.first,
            target="no growth",
            met=fds.high - fds.first <= 2 and fds.slope_per_10k < 0.5,
            note=f"range {fds.low:.0f}-{fds.high:.0f}, slope {fds.slope_per_10k:+.2f} per 10k taps",
        ),
        Figure(
            "soak: threads, growth",
            thr.last - thr.first,
            "count",
            reference="after warm-up",
            reference_value=thr.first,
            target="no growth",
            met=thr.high - thr.first <= 2 and thr.slope_per_10k < 0.5,
            note=f"range {thr.low:.0f}-{thr.high:.0f}, slope {thr.slope_per_10k:+.2f} per 10k taps",
        ),
    ]


def between_visits_figures(between: Sequence[Sample], samples: Sequence[Sample]) -> list[Figure]:
    """RSS on the attract screen after the kiosk gave memory back, once each visit ended."""
    if len(between) < 2:
        return []
    rss = fit(between, "rss_mib")
    peak = max(s.rss_mib for s in samples)
    return [
        Figure(
            "soak: RSS between visits, growth after warm-up (fitted)",
            rss.growth,
            "MiB",
            reference="RSS between visits at the end of warm-up",
            reference_value=rss.first,
            target=f"<= {TARGET_GROWTH_MIB:.0f} MiB",
            met=rss.growth <= TARGET_GROWTH_MIB,
            note=(
                f"{len(between)} visits after warm-up; range {rss.low:.1f}-{rss.high:.1f} MiB;"
                f" slope {rss.slope_per_10k:+.3f} MiB per 10k taps; peak during visits {peak:.1f} MiB"
            ),
        )
    ]
