"""A long random-touch soak: does anything grow? ``python -m kiosk.bench.soak [--taps N] [--json out.json]``.

Offscreen with the software renderer by default; ``--xvfb --renderer opengl`` runs it as kiosks
run, under an X server (xcb) with Qt Quick drawing through OpenGL (Mesa's llvmpipe under Xvfb).

Monkey style and seeded: random touches anywhere on a 1920x1080 kiosk, with now and then Home,
Back or a jump to a random route, so every screen is reached (the idle timeout may fire too:
that is part of a day). Every ``--every`` taps it samples the resident memory, the open file
descriptors and the threads. After the warm-up nothing may grow: the target is at most 5 MiB of
RSS growth over the run, and the same fds and threads. The slope is fitted by least squares
(MiB per 10,000 taps).

Each tap is a touch press and release followed by a short spin of the event loop, not a full
settle: screens change far faster than a visitor could, which is the point.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from kiosk import heap
from kiosk.bench import process
from kiosk.bench.figures import Figure, table, write_json
from kiosk.bench.soak_figures import Sample, figures, least_squares
from kiosk.testing import driver
from kiosk.ui.memory import HeapKeeper

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.bootstrap import Kiosk

__all__ = ["Run", "Sample", "figures", "least_squares", "main", "run", "soak"]  # least_squares: its tests

STALL_S: Final = 900  # no sample for this long: the soak is hung


@dataclass(frozen=True)
class Run:
    samples: list[Sample]
    screens: list[str]
    true_refs_at_start: int
    reclaim: dict[str, float]  # RSS at the end, before and after giving memory back
    renderer: str  # what the scene graph drew with, on which platform


def soak(
    content: Path,
    cache_dir: Path,
    taps: int,
    every: int,
    seed: int,
    progress: Path | None = None,
    idle_timeout_s: float = 30.0,
    guard: bool = True,
    visit_taps: int = 0,
) -> Run:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint

    from kiosk.screens.table import proof_routes

    kiosk = driver.start_kiosk(
        content, cache_dir, wait_s=24 * 3600, settle_s=0.05, idle_timeout_s=idle_timeout_s, idle_warning_s=5
    )
    refs = process.RefGuard(guard)
    refs_at_start = min(refs.start["None"], refs.start["True"])
    window = kiosk.window
    routes = [str(r) for r in proof_routes(kiosk.context.exhibit)]
    rng = random.Random(seed)
    width, height = process.SIZE
    samples: list[Sample] = []
    seen: set[str] = set()
    started = time.perf_counter()
    out = progress.open("w", encoding="utf-8") if progress else None

    renderer = graphics_api(window)
    keeper = next(k for k in kiosk.keep if isinstance(k, HeapKeeper))

    def sample(n: int, between_visits: bool = False) -> None:
        lost = refs.lost()
        s = Sample(
            n,
            time.perf_counter() - started,
            process.rss_mib(),
            process.open_fds(),
            process.threads(),
            str(kiosk.navigator.route),
            lost["None"],
            lost["True"],
            len(gc.get_objects()),
            *process.malloc_mib(),
            between_visits,
        )
        samples.append(s)
        # a hang (the GIL/pixmap-reader deadlock in docs/performance.md) ends the run with every
        # thread's traceback instead of stalling it for ever
        faulthandler.dump_traceback_later(STALL_S, exit=True)
        if out is not None:
            out.write(json.dumps(asdict(s) | {"screens": sorted(seen)}) + "\n")
            out.flush()

    sample(0)
    for n in range(1, taps + 1):
        roll = rng.random()
        if roll < 0.01:
            kiosk.navigator.home()
        elif roll < 0.02:
            kiosk.navigator.back()
        elif roll < 0.04:
            kiosk.navigator.go(rng.choice(routes))
        else:
            point = QPoint(rng.randrange(width), rng.randrange(height))
            driver.touch_press(window, point)
            driver.touch_release(window, point)
        seen.add(str(kiosk.navigator.screen))
        # a short spin: deliver the events, run due timers and animations, draw what is due
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if n % 10 == 0:
            driver.pump(0.005)  # and the deferred deletions, as the event loop would
            refs.check()
        if n % every == 0:
            sample(n)
        if visit_taps and n % visit_taps == 0:
            kiosk.end_session()  # the visitor walks away (what the idle timeout does)
            driver.settle(window, 0.3)  # the last screen fades out and is deleted
            keeper.release()  # what the kiosk does once the attract screen has settled
            sample(n, between_visits=True)
    if taps % every:
        sample(taps)
    faulthandler.cancel_dump_traceback_later()
    if out is not None:
        out.close()
    reclaim = reclaimable(kiosk)
    driver.close_kiosk(kiosk)
    return Run(samples, sorted(seen), refs_at_start, reclaim, renderer)


def graphics_api(window: QQuickWindow) -> str:
    """What the scene graph draws with, as Qt names it (``Software``, ``OpenGL``), and the platform."""
    from PySide6.QtGui import QGuiApplication

    api = window.rendererInterface().graphicsApi().name
    return f"{api} on {QGuiApplication.platformName()}"


def reclaimable(kiosk: Kiosk) -> dict[str, float]:
    """RSS before and after everything that could give memory back: home screen, Python's and the
    QML engine's garbage collection, the deferred deletions, and glibc's malloc_trim."""
    kiosk.navigator.home()
    driver.settle(kiosk.window, 0.5)
    before = process.rss_mib()
    gc.collect()
    kiosk.engine.collectGarbage()
    kiosk.engine.trimComponentCache()
    driver.settle(kiosk.window, 0.2)
    after_gc = process.rss_mib()
    heap.trim()
    return {"rss_home_mib": before, "rss_after_gc_mib": after_gc, "rss_after_trim_mib": process.rss_mib()}


RENDERERS: Final = {
    # QT_QUICK_BACKEND and the RHI backend for each; "opengl" is what a kiosk with a GPU (or Mesa) uses
    "software": {"QT_QUICK_BACKEND": "software"},
    "opengl": {"QT_QUICK_BACKEND": "rhi", "QSG_RHI_BACKEND": "opengl"},
}


def run(
    taps: int,
    every: int,
    seed: int,
    content: Path | None = None,
    progress: Path | None = None,
    *,
    renderer: str = "software",
    visit_taps: int = 0,
    use_xvfb: bool = False,
    env: dict[str, str] | None = None,
) -> tuple[list[Figure], dict[str, object]]:
    """In a child process, so the soak's memory is its own; under a fresh Xvfb with ``use_xvfb``."""
    args = [
        *("--taps", str(taps), "--every", str(every), "--seed", str(seed)),
        *("--renderer", renderer, "--visit-taps", str(visit_taps), "--raw"),
    ]
    if content is not None:
        args += ["--content", str(content)]
    if progress is not None:
        args += ["--progress", str(progress)]
    if use_xvfb:
        with process.xvfb() as display:
            if display is None:
                raise RuntimeError("no Xvfb: apt-get install -y xvfb (and Mesa: libgl1-mesa-dri)")
            under = (env or {}) | display
            return run(
                taps, every, seed, content, progress, renderer=renderer, visit_taps=visit_taps, env=under
            )
    import subprocess

    print(f"soak: {taps:,} taps, {renderer} ...", file=sys.stderr, flush=True)
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.bench.soak", *args],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ) | (env or {}),
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"soak failed ({done.returncode}):\n" + "\n".join(done.stderr.splitlines()[-15:]))
    raw = json.loads(lines[-1])
    samples = [Sample(**s) for s in raw["samples"]]
    figs = figures(
        samples, raw["screens"], raw["true_refs_at_start"], raw.get("reclaim"), raw.get("renderer", "")
    )
    return figs, raw


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.soak", description=__doc__.split("\n")[0])
    parser.add_argument("--taps", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=1000, help="sample every N taps")
    parser.add_argument("--seed", type=int, default=1944)
    parser.add_argument("--content", type=Path, help="content folder (default: the bundled exhibit)")
    parser.add_argument("--cache", type=Path, default=process.DEFAULT_GEN_ROOT / "cache" / "bundled")
    parser.add_argument(
        "--progress", type=Path, help="append each sample to this JSON-lines file as it is taken"
    )
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--renderer", choices=sorted(RENDERERS), default="software", help="Qt Quick's scene graph backend"
    )
    parser.add_argument(
        "--visit-taps",
        type=int,
        default=0,
        help="end a visit every N taps (as the idle timeout does) and let the kiosk give memory back",
    )
    parser.add_argument(
        "--xvfb",
        action="store_true",
        help="run under a fresh Xvfb with QT_QPA_PLATFORM=xcb (a child process)",
    )
    parser.add_argument(
        "--no-guard",
        action="store_true",
        help="do not make up for the references to True that PySide6 6.12 drops (the run then aborts)",
    )
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.taps < 1 or args.every < 1:
        parser.error("--taps and --every must be at least 1")
    if args.xvfb and not args.raw:
        figs, raw = run(
            args.taps,
            args.every,
            args.seed,
            args.content,
            args.progress,
            renderer=args.renderer,
            visit_taps=args.visit_taps,
            use_xvfb=True,
        )
    else:
        os.environ.update(RENDERERS[args.renderer])
        driver.qt_environment()
        content = args.content or process.bundled()
        done = soak(
            *(content, args.cache, args.taps, args.every, args.seed, args.progress),
            guard=not args.no_guard,
            visit_taps=args.visit_taps,
        )
        raw = {
            "samples": [asdict(s) for s in done.samples],
            "screens": done.screens,
            "true_refs_at_start": done.true_refs_at_start,
            "reclaim": done.reclaim,
            "renderer": done.renderer,
        }
        if args.raw:
            print(json.dumps(raw))
            return 0
        figs = figures(done.samples, done.screens, done.true_refs_at_start, done.reclaim, done.renderer)
    print(table(figs))
    if args.json is not None:
        write_json(args.json, figs, raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
