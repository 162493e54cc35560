"""The measurements that drive a kiosk: each runs in its own process (``python -m kiosk.bench.app
child ...``) and returns one JSON-able dict. The driving itself is kiosk/testing/driver.py, the
same as the tests'."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.bench.figures import FRAME_MS
from kiosk.bench.process import peak_rss_mib, rss_mib
from kiosk.screens.routes import Route
from kiosk.screens.table import proof_routes
from kiosk.testing.driver import (
    centre,
    close_kiosk,
    find_item,
    items,
    pump,
    run_loop,
    settle,
    start_kiosk,
    touch_move,
    touch_press,
    touch_release,
    wait_until,
)
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import loading_images


class FrameClock:
    """Times of every ``frameSwapped`` of a window (``perf_counter`` seconds)."""

    def __init__(self, window: QQuickWindow) -> None:
        self.times: list[float] = []
        self._window = window
        window.frameSwapped.connect(self._swapped)

    def _swapped(self) -> None:
        self.times.append(time.perf_counter())

    def clear(self) -> None:
        self.times.clear()

    def intervals_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.times, self.times[1:], strict=False)]

    def close(self) -> None:
        self._window.frameSwapped.disconnect(self._swapped)


def _visit_every_route(kiosk: Kiosk, rss_by_screen: dict[str, float]) -> int:
    """Show every route in turn; ``rss_by_screen`` gets the highest RSS seen on each kind of screen
    once it had settled (where the walk's memory goes)."""
    visited = 0
    for route in proof_routes(kiosk.context.exhibit):
        kiosk.navigator.show(route)
        settle(kiosk.window, 0.2)
        rss_by_screen[route.screen] = max(rss_by_screen.get(route.screen, 0.0), rss_mib())
        visited += 1
    return visited


def scroll_to_end(kiosk: Kiosk, step_fraction: float = 0.9) -> dict[str, float]:
    """Page through the current screen's GridView end to end, settling after every step."""
    grid = find_item(kiosk.window, "QQuickGridView")
    steps = 0
    started = time.perf_counter()
    for _ in range(100_000):
        grid.setProperty("contentY", float(grid.property("contentY")) + grid.height() * step_fraction)
        grid.setProperty("contentY", grid.property("contentY"))
        settle(kiosk.window, 0.0)
        steps += 1
        if bool(grid.property("atYEnd")):
            break
    return {"steps": steps, "seconds": time.perf_counter() - started, "count": float(grid.property("count"))}


def _trimmed_rss() -> float:
    """RSS once glibc has handed back the free heap it keeps (live memory, roughly)."""
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mib()


def child_memory(content: Path, cache_dir: Path, gallery: str | None) -> dict[str, Any]:
    started = time.perf_counter()
    kiosk = start_kiosk(content, cache_dir, wait_s=24 * 3600, settle_s=0.05)
    ready_s = time.perf_counter() - started
    after_start = rss_mib()
    by_screen: dict[str, float] = {}
    visited = _visit_every_route(kiosk, by_screen) if gallery is None else 0
    paged: dict[str, float] = {}
    if gallery is not None:
        kiosk.navigator.begin()
        kiosk.navigator.show(Route("gallery", gallery))
        settle(kiosk.window, 0.3)
        paged = scroll_to_end(kiosk)
    at_end = rss_mib()
    kiosk.end_session()  # what the idle timeout does when a visitor walks away
    settle(kiosk.window, 4.0)  # past the attract screen's fade-in and the heap trim 3 s after
    result = {
        "photos": len(kiosk.context.exhibit.photos),
        "ready_s": ready_s,
        "graphics_api": kiosk.window.rendererInterface().graphicsApi().name,
        "rss_after_start_mib": after_start,
        "rss_mib": at_end,
        "rss_after_visit_mib": rss_mib(),
        "peak_rss_mib": peak_rss_mib(),
        "routes_visited": visited,
        "rss_by_screen_mib": by_screen,
        "paged": paged,
    }
    result["rss_after_trim_mib"] = _trimmed_rss()
    close_kiosk(kiosk)
    return result


def _press_latency(kiosk: Kiosk, clock: FrameClock, button: QQuickItem) -> dict[str, Any]:
    """Touch-press a button; is ``down`` true, and has a frame showing it been swapped, by the next frame?"""
    point = centre(button)
    pump(0.3)  # nothing animating
    clock.clear()
    frames_before = len(clock.times)
    pressed_at = time.perf_counter()
    touch_press(kiosk.window, point)
    down_at_once = bool(button.property("down"))
    wait_until(lambda: len(clock.times) >= frames_before + 1, 2.0)
    first_frame_s = (
        clock.times[frames_before] - pressed_at if len(clock.times) > frames_before else float("nan")
    )
    down_by_frame = bool(button.property("down"))
    touch_release(kiosk.window, point)
    pump(0.05)
    return {
        "down_at_once": down_at_once,
        "down_by_first_frame": down_by_frame,
        "frame_ms": first_frame_s * 1000,
    }


def _transition(kiosk: Kiosk, clock: FrameClock, route: str) -> float:
    """ms from the route change to the last frame of the settled screen (fade-in over, images in)."""

    stage_item: list[QQuickItem] = []
    pump(0.3)
    clock.clear()
    started = time.perf_counter()
    if route == "home":
        kiosk.navigator.home()
    else:
        kiosk.navigator.go(route)

    def settled() -> bool:
        if loading_images(kiosk.window.contentItem()) > 0:
            return False
        if not stage_item:
            stage_item.extend(
                i
                for i in items(kiosk.window)
                if i.metaObject().className().startswith("QQuickLoader") and i.property("item") is not None
            )
        return all(
            float(s.property("item").property("opacity")) >= 1.0 for s in stage_item if s.property("item")
        )

    wait_until(settled, 10.0)
    settled_at = time.perf_counter()
    # The frame that shows the settled state: the next one if one is still due (the last animation
    # step), else the last one swapped, which already showed it (nothing left to draw).
    frames = len(clock.times)
    wait_until(lambda: len(clock.times) > frames, 0.05)
    last = clock.times[-1] if clock.times else settled_at
    end = clock.times[frames] if len(clock.times) > frames else last
    return (end - started) * 1000


def _photo_open(kiosk: Kiosk, clock: FrameClock, photo_id: str) -> dict[str, float]:
    """From route photo/<id> (derivative already cached): ms to the screen's first frame, to the
    viewer's image being loaded (progress 1, i.e. Ready), and to the frame that shows it."""
    settle(kiosk.window, 0.3)
    clock.clear()
    started = time.perf_counter()
    kiosk.navigator.show(Route("photo", photo_id))

    derivative = kiosk.images.file(photo_id, "screen")  # QML shows the cached file itself
    wanted = derivative.name if derivative is not None else f"/{photo_id}/screen"

    def ready() -> bool:
        # Looked up afresh each time: the ListView may create a delegate, then release it
        # (hidden, deleted later) while it moves to the photo, and make a new one.
        return any(
            item.metaObject().className().startswith("QQuickImage")
            and item.property("source").toString().endswith(wanted)
            and item.isVisible()
            and float(item.property("progress")) >= 1.0
            and item.width() > 0
            for item in items(kiosk.window)
        )

    ok = wait_until(ready, 10.0)
    ready_at = time.perf_counter()
    frames = len(clock.times)
    wait_until(lambda: len(clock.times) > frames, 1.0)
    shown_at = clock.times[frames] if len(clock.times) > frames else float("nan")
    first = clock.times[0] if clock.times else float("nan")
    return {
        "first_frame_ms": (first - started) * 1000,
        "ready_ms": (ready_at - started) * 1000 if ok else float("nan"),
        "shown_ms": (shown_at - started) * 1000 if ok else float("nan"),
    }


def _viewer_mismatches(kiosk: Kiosk) -> list[dict[str, Any]]:
    """Open every photo from its gallery; where the viewer's current index is not the photo's
    place in that gallery, the viewer shows another photograph than the caption describes."""
    presenter = kiosk.context.presenter
    wrong: list[dict[str, Any]] = []
    for photo in kiosk.context.exhibit.photos:
        gallery = presenter.gallery_of(photo.id)
        ids = presenter.gallery_photo_ids(gallery or None)
        kiosk.navigator.home()
        kiosk.navigator.show(Route("gallery", gallery))
        kiosk.navigator.show(Route("photo", photo.id))
        run_loop(0.4)
        strip = find_item(kiosk.window, "QQuickListView")
        index = int(strip.property("currentIndex"))
        if index != ids.index(photo.id):
            wrong.append(
                {"photo": photo.id, "gallery": gallery, "expected": ids.index(photo.id), "index": index}
            )
    return wrong


def swipe_viewer(kiosk: Kiosk, clock: FrameClock, pages: int) -> list[float]:
    """Swipe the photo viewer's ListView page by page with touch drags; frame intervals in ms."""

    strip = find_item(kiosk.window, "QQuickListView")
    mid = centre(strip)
    width = int(strip.width())
    intervals: list[float] = []
    for _ in range(pages):
        pump(0.05)
        clock.clear()
        x0 = mid.x() + width // 3
        touch_press(kiosk.window, QPoint(x0, mid.y()))
        for step in range(1, 13):  # a quick swipe: 12 moves, one per frame
            touch_move(kiosk.window, QPoint(x0 - step * width // 18, mid.y()))
            pump(FRAME_MS / 1000)
        touch_release(kiosk.window, QPoint(x0 - 12 * width // 18, mid.y()))
        wait_until(lambda: not bool(strip.property("moving")), 3.0)
        pump(0.05)
        intervals += clock.intervals_ms()
    return intervals


def child_responsiveness(content: Path, cache_dir: Path) -> dict[str, Any]:
    kiosk = start_kiosk(content, cache_dir, wait_s=24 * 3600, settle_s=0.05)
    clock = FrameClock(kiosk.window)
    exhibit = kiosk.context.exhibit
    kiosk.navigator.begin()
    settle(kiosk.window, 0.4)

    # 1. tap to pressed state: the Home screen's first tile (an AbstractButton)
    presses = []
    for _ in range(5):
        button = next(
            i
            for i in items(kiosk.window)
            if i.property("down") is not None and i.isVisible() and i.isEnabled() and i.width() > 200
        )
        presses.append(_press_latency(kiosk, clock, button))
        kiosk.navigator.home()
        settle(kiosk.window, 0.3)

    # 2. screen transitions, each from home
    gallery = next(g for g in exhibit.galleries if len(g.photos) >= 3)
    chapter = exhibit.chapters[0]
    person = exhibit.people[0]
    routes = [
        "story",
        str(Route("chapter", chapter.id)),
        "galleries",
        str(Route("gallery", gallery.id)),
        "people",
        str(Route("person", person.id)),
    ]
    transitions: dict[str, list[float]] = {r: [] for r in [*routes, "home"]}
    for _ in range(3):
        for route in routes:
            transitions[route].append(_transition(kiosk, clock, route))
            transitions["home"].append(_transition(kiosk, clock, "home"))

    # 3. a photo opening from the cache: from its gallery, photos not yet shown in this process
    photo_ms: list[dict[str, float]] = []
    for photo_id in gallery.photos[:5]:
        kiosk.navigator.home()
        kiosk.navigator.show(Route("gallery", gallery.id))
        photo_ms.append(_photo_open(kiosk, clock, photo_id))

    # 3b. does the viewer show the photo asked for? (the figures above mean nothing if not)
    wrong = _viewer_mismatches(kiosk)

    # 4. frame times while swiping the viewer
    kiosk.navigator.show(Route("photo", gallery.photos[0]))
    settle(kiosk.window, 0.5)
    swipe = swipe_viewer(kiosk, clock, min(len(gallery.photos) - 1, 8))
    reached = kiosk.navigator.route
    clock.close()
    result = {
        "platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "backend": os.environ.get("QT_QUICK_BACKEND", "") or "default",
        "press": presses,
        "transitions_ms": transitions,
        "photo_open_ms": photo_ms,
        "swipe_intervals_ms": swipe,
        "swipe_reached": reached,
        "viewer_checked": len(exhibit.photos),
        "viewer_wrong": wrong,
    }
    close_kiosk(kiosk)
    return result


def child_idle(content: Path, cache_dir: Path, seconds: float) -> dict[str, Any]:
    kiosk = start_kiosk(content, cache_dir, wait_s=24 * 3600, settle_s=0.05)
    clock = FrameClock(kiosk.window)
    out: dict[str, Any] = {}
    exhibit = kiosk.context.exhibit
    static = str(Route("chapter", exhibit.chapters[0].id)) if exhibit.chapters else "home"
    for name, route in (("attract", "attract"), ("static", static)):
        kiosk.idle.set_timeout(24 * 3600)  # the idle timeout must not move the screen mid-measure
        if route == "attract":
            kiosk.navigator.toAttract()
        else:
            kiosk.navigator.begin()
            kiosk.navigator.go(route)
        settle(kiosk.window, 3.0)  # past the fade-in and image loading
        clock.clear()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        run_loop(seconds)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        out[name] = {
            "route": route,
            "cpu_s": cpu,
            "wall_s": wall,
            "share": cpu / wall,
            "frames": len(clock.times),
        }
    clock.close()
    close_kiosk(kiosk)
    return out
