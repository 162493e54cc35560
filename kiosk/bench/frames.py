"""Frame times while the screen moves, at the sizes museums buy: 1920x1080 and 3840x2160.

Two motions, each in a fresh kiosk process per size and renderer: swiping the photo viewer page
by page with touch drags, and the map playing its campaign (the "Play" button of its time bar,
then the event loop left to run). The child is ``python -m kiosk.bench.app child frames``; the
renderers are kiosk/bench/renderers.py (the software one the tests use, and OpenGL under Xvfb).
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any, Final

from kiosk.bench.figures import FRAME_MS, Figure, percentile
from kiosk.bench.process import run_child
from kiosk.bench.renderers import renderers

SIZES: Final = ((1920, 1080), (3840, 2160))
PLAY_BUTTON: Final = "Play"  # TimeBar.qml's play button


def child_frames(content: Path, cache_dir: Path, size: tuple[int, int], play_s: float) -> dict[str, Any]:
    from kiosk.bench.children import FrameClock, swipe_viewer
    from kiosk.screens.routes import Route
    from kiosk.testing.driver import (
        centre,
        close_kiosk,
        find_accessible,
        run_loop,
        settle,
        start_kiosk,
        tap_point,
    )

    kiosk = start_kiosk(content, cache_dir, size, wait_s=24 * 3600, settle_s=0.05)
    kiosk.idle.set_timeout(24 * 3600)
    api = kiosk.window.rendererInterface().graphicsApi().name
    clock = FrameClock(kiosk.window)
    exhibit = kiosk.context.exhibit
    kiosk.navigator.begin()
    gallery = max(exhibit.galleries, key=lambda g: len(g.photos))
    kiosk.navigator.show(Route("gallery", gallery.id))
    kiosk.navigator.show(Route("photo", gallery.photos[0]))
    settle(kiosk.window, 0.5)
    swipe = swipe_viewer(kiosk, clock, min(len(gallery.photos) - 1, 8))

    play: list[float] = []
    if exhibit.places:
        kiosk.navigator.home()
        kiosk.navigator.go("map")
        settle(kiosk.window, 1.0)
        button = find_accessible(kiosk.window, PLAY_BUTTON)
        tap_point(kiosk.window, centre(button))
        clock.clear()
        run_loop(play_s)
        play = clock.intervals_ms()
    clock.close()
    close_kiosk(kiosk)
    return {"size": list(size), "graphics_api": api, "swipe_ms": swipe, "play_ms": play}


def _summary(values: list[float]) -> str:
    if not values:
        return "no frames"
    slow = sum(1 for v in values if v > 2 * FRAME_MS)
    return (
        f"p95 {percentile(values, 95):.1f}, worst {max(values):.0f} ms; {len(values)} frames,"
        f" {slow} longer than two 60 Hz frames"
    )


def frame_figures(
    content: Path, cache_dir: Path, use_xvfb: bool, play_s: float = 6.0
) -> tuple[list[Figure], dict[str, Any]]:
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    with renderers(use_xvfb, size=max(SIZES)) as (found, missing):
        for renderer in found:
            for width, height in SIZES:
                tag = f"{width}x{height}, {renderer.label}"
                print(f"frame times [{tag}] ...", file=sys.stderr, flush=True)
                args = ["frames", str(content), str(cache_dir), "--size", f"{width}x{height}"]
                data = run_child([*args, "--seconds", str(play_s)], env=renderer.env)
                raw[f"{renderer.name}_{width}x{height}"] = data
                for motion, key in (("swiping the photo viewer", "swipe_ms"), ("map playing", "play_ms")):
                    values = data[key]
                    figures.append(
                        Figure(
                            f"frame interval, {motion}, median [{tag}]",
                            statistics.median(values) if values else float("nan"),
                            "ms",
                            reference="60 Hz frame",
                            reference_value=FRAME_MS,
                            note=f"{_summary(values)}; drawn with {data['graphics_api']}",
                        )
                    )
    figures += [Figure("frame times, opengl", float("nan"), "ms", note=note) for note in missing]
    return figures, raw
