"""Exploring a large scan in the photo viewer: ``python -m kiosk.bench.deepzoom_view SCAN [--frames N]``.

A one-photo exhibit shows SCAN (prepared into a cache first, untimed). The viewer is then driven
frame by frame, as fast as frames are drawn ("accelerated pace": one scripted step per frame
instead of one per 16.7 ms of a visitor's time): pinch in from fit to the scan's full resolution
around a wandering point, pan across it at full resolution, pinch out, and again, for ``--frames``
frames (18,000 = five minutes at 60 frames a second). Reported: the time from each step to the
frame that shows it (median, 95th percentile) while pinching and while panning, and RSS every
1,000 frames, with the growth after the first fifth (warm-up).

Offscreen with the software renderer at 1920x1080, like the other view benchmarks.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.bench import figures, process


def exhibit_with(scan: Path, folder: Path) -> Path:
    from kiosk.bench.exhibit_gen import generate

    generate(folder, 1)
    target = folder / "photos" / f"scan{scan.suffix}"
    if not target.exists():
        try:
            target.hardlink_to(scan)
        except OSError:
            shutil.copyfile(scan, target)
    toml = folder / "text" / "photos.toml"
    text = toml.read_text(encoding="utf-8")
    first = text.index('file = "photos/') + len('file = "')
    end = text.index('"', first)
    toml.write_text(text[:first] + f"photos/scan{scan.suffix}" + text[end:], encoding="utf-8")
    return folder


def explore(scan: Path, frames: int, root: Path, every: int = 1000) -> dict[str, Any]:
    from PySide6.QtCore import Q_ARG, QCoreApplication, QEventLoop, QMetaObject, QPointF
    from PySide6.QtQuick import QQuickItem

    from kiosk.bench import children
    from kiosk.testing import driver

    content = exhibit_with(scan, root / "exhibit")
    driver.qt_environment()
    application = driver.application()
    started = time.perf_counter()
    # A visitor who never touches would be sent back to the attract screen: no idle timeout here.
    kiosk = driver.start_kiosk(content, root / "cache", idle_timeout_s=86_400)
    kiosk.images.wait(3600)
    prepare_s = time.perf_counter() - started
    photo = kiosk.context.exhibit.photos[0].id
    kiosk.navigator.begin()
    kiosk.navigator.go(f"photo/{photo}")
    driver.settle(kiosk.window, 1.0)
    strip = next(i for i in driver.items(kiosk.window) if i.inherits("QQuickListView") and i.isVisible())
    view = strip.property("currentItem")
    assert isinstance(view, QQuickItem)
    full = float(view.property("fullZoom"))
    frames_seen = children.FrameClock(kiosk.window)

    def step_and_draw() -> float:
        count = len(frames_seen.times)
        t0 = time.perf_counter()
        kiosk.window.update()
        deadline = t0 + 0.5
        while len(frames_seen.times) == count and time.perf_counter() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        driver.flush_deletes()
        return (time.perf_counter() - t0) * 1000

    pinch_ms: list[float] = []
    pan_ms: list[float] = []
    rss: list[tuple[int, float]] = []
    cycle = 600  # frames per round: 150 in, 300 panning, 150 out
    per_frame = math.exp(math.log(full) / 150)
    for frame in range(frames):
        phase = frame % cycle
        width, height = float(view.property("width")), float(view.property("height"))
        angle = frame / 97
        cx, cy = width * (0.5 + 0.3 * math.sin(angle)), height * (0.5 + 0.3 * math.cos(angle * 1.3))
        if phase < 150 or phase >= 450:
            factor = per_frame if phase < 150 else 1 / per_frame
            QMetaObject.invokeMethod(
                view,
                "zoomAround",
                Q_ARG("double", factor),
                Q_ARG("double", float(view.property("contentX")) + cx),
                Q_ARG("double", float(view.property("contentY")) + cy),
            )
            pinch_ms.append(step_and_draw())
        else:
            dx, dy = 40 * math.cos(angle), 40 * math.sin(angle * 0.7)
            view.setProperty("contentX", max(0.0, float(view.property("contentX")) + dx))
            view.setProperty("contentY", max(0.0, float(view.property("contentY")) + dy))
            QMetaObject.invokeMethod(view, "returnToBounds")
            pan_ms.append(step_and_draw())
        if frame % every == every - 1:
            rss.append((frame + 1, process.rss_mib()))
            print(
                f"frame {frame + 1}: RSS {rss[-1][1]:.0f} MiB, tiles {view.property('tileCount')}",
                file=sys.stderr,
            )
    del QPointF
    frames_seen.close()
    warm = rss[len(rss) // 5] if rss else (0, process.rss_mib())
    result = {
        "scan": str(scan),
        "scan_pixels": kiosk.images.pyramid(photo)[1].width * kiosk.images.pyramid(photo)[1].height  # type: ignore[index]
        if kiosk.images.pyramid(photo)
        else 0,
        "prepare_s": prepare_s,
        "full_zoom": full,
        "frames": frames,
        "pinch_ms_median": figures.percentile(pinch_ms, 50),
        "pinch_ms_p95": figures.percentile(pinch_ms, 95),
        "pan_ms_median": figures.percentile(pan_ms, 50),
        "pan_ms_p95": figures.percentile(pan_ms, 95),
        "rss_samples": rss,
        "rss_after_warmup_mib": warm[1],
        "rss_end_mib": rss[-1][1] if rss else process.rss_mib(),
        "growth_after_warmup_mib": (rss[-1][1] - warm[1]) if rss else 0.0,
        "peak_rss_mib": process.peak_rss_mib(),
    }
    driver.close_kiosk(kiosk)
    del application
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.bench.deepzoom_view", description=__doc__.split("\n")[0]
    )
    parser.add_argument("scan", type=Path)
    parser.add_argument("--frames", type=int, default=18_000)
    parser.add_argument(
        "--root", type=Path, help="exhibit and cache (default: a temporary folder; reused if given)"
    )
    parser.add_argument("--json", type=Path)
    parser.add_argument("--sample-every", type=int, default=1000, help="frames between RSS samples")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-view-") as tmp:
        root = args.root or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        result = explore(args.scan.resolve(), args.frames, root, args.sample_every)
    print(json.dumps({k: v for k, v in result.items() if k != "rss_samples"}, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
