"""How the running kiosk behaves: memory, responsiveness and idle CPU.

``python -m kiosk.bench.app {memory,responsiveness,idle} [--json out.json]``, or all of them through
``python -m kiosk.bench``. Each figure is taken in a fresh child process (peak RSS is per process)
and each has its reference taken in the same run, because machines are noisy: ratios hold,
absolute times do not.

Qt runs offscreen with the software renderer unless the environment says otherwise; the
responsiveness benchmark can also run under Xvfb (``--xvfb``) with ``QT_QPA_PLATFORM=xcb``.

The helpers here (starting a kiosk, touching it, counting frames, reading /proc) are shared with
``kiosk.bench.soak``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication, QPointingDevice
    from PySide6.QtQuick import QQuickItem, QQuickWindow

    from kiosk.ui.bootstrap import Kiosk

SIZE: Final = (1920, 1080)
FRAME_MS: Final = 1000 / 60
TARGET_TRANSITION_MS: Final = 250.0
TARGET_PHOTO_OPEN_MS: Final = 100.0
TARGET_BUNDLED_MIB: Final = 150.0
TARGET_LARGE_MIB: Final = 250.0
TARGET_IDLE_CPU: Final = 0.02  # "near zero": at most 2 % of one core between animations
DEFAULT_GEN_ROOT: Final = Path(tempfile.gettempdir()) / "kiosk-bench-exhibits"


# --- the Qt side, shared with the soak -------------------------------------------------------------


def qt_environment(platform: str | None = None) -> None:
    """Offscreen and software-rendered unless told otherwise; must run before Qt starts."""
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")


def application() -> QGuiApplication:
    from PySide6.QtGui import QGuiApplication

    qt_environment()
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    return QGuiApplication([sys.argv[0]])


def start_kiosk(content: Path, cache_dir: Path, size: tuple[int, int] = SIZE, **options: Any) -> Kiosk:
    """A kiosk as ``kiosk run`` makes it, in a window of ``size``, settled on the attract screen."""
    from kiosk.content.loader import load
    from kiosk.ui.bootstrap import KioskOptions, build

    application()
    result = load(content)
    if result.exhibit is None:
        raise SystemExit(f"{content}: not a content folder: {[str(p) for p in result.errors]}")
    kiosk = build(result.exhibit, content, KioskOptions(cache_dir=cache_dir, **options))
    kiosk.window.resize(*size)
    kiosk.window.show()
    kiosk.images.wait(24 * 3600)
    settle(kiosk.window, 0.05)
    return kiosk


def close_kiosk(kiosk: Kiosk) -> None:
    kiosk.app.removeEventFilter(kiosk.idle)
    kiosk.window.close()
    kiosk.engine.deleteLater()
    kiosk.images.close()
    settle(kiosk.window, 0.0, 2.0)


_device: list[QPointingDevice] = []


def touch_device() -> QPointingDevice:
    from PySide6.QtTest import QTest

    if not _device:
        _device.append(QTest.createTouchDevice())
    return _device[0]


def touch_press(window: QQuickWindow, point: QPoint) -> None:
    from PySide6.QtTest import QTest

    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()


def touch_release(window: QQuickWindow, point: QPoint) -> None:
    from PySide6.QtTest import QTest

    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()


def touch_move(window: QQuickWindow, point: QPoint) -> None:
    from PySide6.QtTest import QTest

    QTest.touchEvent(window, touch_device()).move(0, point, window).commit()


def items(window: QQuickWindow) -> list[QQuickItem]:
    found: list[QQuickItem] = []
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(item.childItems())
    return found


def find_item(window: QQuickWindow, class_prefix: str, visible: bool = True) -> QQuickItem:
    for item in items(window):
        if item.metaObject().className().startswith(class_prefix) and (not visible or item.isVisible()):
            return item
    raise LookupError(f"no {class_prefix} on screen")


def centre(item: QQuickItem) -> QPoint:
    from PySide6.QtCore import QPointF

    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def flush_deletes() -> None:
    """Run the ``deleteLater()`` deletions that a running ``app.exec()`` would have run by now.

    ``processEvents()`` leaves DeferredDelete events alone, so a benchmark that drives Qt by
    processing events instead of running the event loop must flush them, or every screen the
    Loader replaced stays in memory (in the kiosk they are gone by the next loop iteration).
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle(window: QQuickWindow, minimum_s: float = 0.3, timeout_s: float = 20.0) -> bool:
    """``kiosk.ui.settle.settle`` and then the deferred deletions."""
    from kiosk.ui import settle as settling

    done = settling.settle(window, minimum_s, timeout_s)
    flush_deletes()
    return done


def pump(seconds: float) -> None:
    """Let the event loop run for ``seconds`` (timers, animations, frames)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + seconds
    while True:
        left = end - time.monotonic()
        if left <= 0:
            break
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, max(1, int(left * 1000)))
        time.sleep(min(0.002, max(0.0, end - time.monotonic())))
    flush_deletes()


def run_loop(seconds: float) -> None:
    """Run a real event loop for ``seconds``: the process sleeps in the loop as the kiosk does,
    so its CPU time is the kiosk's own (``pump()`` polls, and the polling costs CPU)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()
    flush_deletes()


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    return True


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


def status_kib(field_name: str) -> int:
    """A ``kB`` field of /proc/self/status (VmRSS, VmHWM), in KiB; getrusage where there is none."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_mib() -> float:
    return status_kib("VmRSS") / 1024


def peak_rss_mib() -> float:
    return status_kib("VmHWM") / 1024


def open_fds() -> int:
    try:
        return sum(1 for _ in Path("/proc/self/fd").iterdir())
    except OSError:
        return -1


def threads() -> int:
    try:
        return sum(1 for _ in Path("/proc/self/task").iterdir())
    except OSError:
        import threading

        return threading.active_count()


class RefGuard:
    """Counts, and makes up for, references to ``None``, ``True`` and ``False`` that PySide6 drops.

    PySide6 6.12.0 (the cp310-abi3 wheel) on Python 3.11 returns these singletons from its
    functions without taking a reference: every ``Signal.emit()`` takes one reference away from
    ``True``, every call of a void Qt function (``processEvents()``, ``QTimer.start()``) one from
    ``None``. When a count reaches zero the interpreter aborts ("none_dealloc: deallocating None").
    Python 3.12+ makes them immortal, so only 3.11 is hit. The guard lets a benchmark run past
    that point and measures the loss; it does not fix the kiosk.
    """

    FLOOR: Final = 100_000
    TOP_UP: Final = 10_000_000

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.objects: dict[str, object] = {"None": None, "True": True, "False": False}
        self.start = {name: sys.getrefcount(obj) for name, obj in self.objects.items()}
        self.added = dict.fromkeys(self.objects, 0)
        self.check()

    def check(self) -> None:
        if not self.enabled:
            return
        import ctypes

        for name, obj in self.objects.items():
            if sys.getrefcount(obj) < self.FLOOR:
                ctypes.c_ssize_t.from_address(id(obj)).value += self.TOP_UP
                self.added[name] += self.TOP_UP

    def lost(self) -> dict[str, int]:
        """References lost since the guard was made, by object (negative: more were taken)."""
        return {
            name: self.start[name] + self.added[name] - sys.getrefcount(obj)
            for name, obj in self.objects.items()
        }


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


# --- figures --------------------------------------------------------------------------------------


@dataclass
class Figure:
    """One measured figure beside its reference and its target."""

    name: str
    value: float
    unit: str
    reference: str = ""
    reference_value: float | None = None
    target: str = ""
    met: bool | None = None  # None: no target, or not measured
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def figure_from_dict(data: Mapping[str, Any]) -> Figure:
    return Figure(**{k: data[k] for k in Figure.__dataclass_fields__ if k in data})


def format_value(value: float, unit: str) -> str:
    if value != value:  # nan
        return "-"
    if unit == "%":
        return f"{value:.2f} %"
    if unit == "x":
        return f"{value:.2f}x"
    if unit in {"taps", "count"}:
        return f"{value:,.0f}"
    return f"{value:,.1f} {unit}"


def table(figures: Sequence[Figure]) -> str:
    rows = [("figure", "value", "reference", "target", "met")]
    for f in figures:
        ref = f.reference
        if f.reference_value is not None:
            ref = f"{ref}: {format_value(f.reference_value, f.unit)}" if ref else str(f.reference_value)
        met = "-" if f.met is None else ("yes" if f.met else "NO")
        rows.append((f.name, format_value(f.value, f.unit), ref, f.target, met))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["notes:", *notes] if notes else []))


# --- running a measurement in a fresh process ------------------------------------------------------


def run_child(args: Sequence[str], env: Mapping[str, str] | None = None, timeout_s: float = 3600) -> Any:
    """Run ``python -m kiosk.bench.app child ...`` and return the JSON it prints last."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.bench.app", "child", *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = "\n".join(done.stderr.splitlines()[-15:])
        raise RuntimeError(f"child {' '.join(args)} failed ({done.returncode}):\n{tail}")
    return json.loads(lines[-1])


@contextlib.contextmanager
def xvfb(size: tuple[int, int] = SIZE) -> Iterator[dict[str, str] | None]:
    """An Xvfb server for the duration, as environment for a child; None when Xvfb is missing."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    display = f":{90 + os.getpid() % 100}"
    proc = subprocess.Popen(
        [binary, display, "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        if proc.poll() is not None or not socket.exists():
            yield None
            return
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- children: each runs in its own process and prints one JSON object ----------------------------


def _visit_every_route(kiosk: Kiosk) -> int:
    from kiosk.content.routes import all_routes
    from kiosk.ui.navigator import BUILT_SCREENS

    visited = 0
    exhibit = kiosk.context.exhibit
    for route in all_routes(exhibit):
        if route.screen not in BUILT_SCREENS:
            continue
        if route.screen == "attract":
            kiosk.navigator.toAttract()
        else:
            kiosk.navigator.go(str(route))
        settle(kiosk.window, 0.2)
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
    kiosk = start_kiosk(content, cache_dir)
    ready_s = time.perf_counter() - started
    after_start = rss_mib()
    visited = _visit_every_route(kiosk) if gallery is None else 0
    paged: dict[str, float] = {}
    if gallery is not None:
        kiosk.navigator.begin()
        kiosk.navigator.go(f"gallery/{gallery}")
        settle(kiosk.window, 0.3)
        paged = scroll_to_end(kiosk)
    result = {
        "photos": len(kiosk.context.exhibit.photos),
        "ready_s": ready_s,
        "rss_after_start_mib": after_start,
        "rss_mib": rss_mib(),
        "peak_rss_mib": peak_rss_mib(),
        "routes_visited": visited,
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
    from kiosk.ui.settle import loading_images

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
    kiosk.navigator.go(f"photo/{photo_id}")

    def ready() -> bool:
        # Looked up afresh each time: the ListView may create a delegate, then release it
        # (hidden, deleted later) while it moves to the photo, and make a new one.
        return any(
            item.metaObject().className().startswith("QQuickImage")
            and item.property("source").toString().endswith(f"/{photo_id}/screen")
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
        kiosk.navigator.go(f"gallery/{gallery}")
        kiosk.navigator.go(f"photo/{photo.id}")
        run_loop(0.4)
        strip = find_item(kiosk.window, "QQuickListView")
        index = int(strip.property("currentIndex"))
        if index != ids.index(photo.id):
            wrong.append(
                {"photo": photo.id, "gallery": gallery, "expected": ids.index(photo.id), "index": index}
            )
    return wrong


def _swipe(kiosk: Kiosk, clock: FrameClock, pages: int) -> list[float]:
    """Swipe the photo viewer's ListView page by page with touch drags; frame intervals in ms."""
    from PySide6.QtCore import QPoint

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
    kiosk = start_kiosk(content, cache_dir)
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
        f"chapter/{chapter.id}",
        "galleries",
        f"gallery/{gallery.id}",
        "people",
        f"person/{person.id}",
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
        kiosk.navigator.go(f"gallery/{gallery.id}")
        photo_ms.append(_photo_open(kiosk, clock, photo_id))

    # 3b. does the viewer show the photo asked for? (the figures above mean nothing if not)
    wrong = _viewer_mismatches(kiosk)

    # 4. frame times while swiping the viewer
    kiosk.navigator.go(f"photo/{gallery.photos[0]}")
    settle(kiosk.window, 0.5)
    swipe = _swipe(kiosk, clock, min(len(gallery.photos) - 1, 8))
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
    kiosk = start_kiosk(content, cache_dir)
    clock = FrameClock(kiosk.window)
    out: dict[str, Any] = {}
    exhibit = kiosk.context.exhibit
    static = f"chapter/{exhibit.chapters[0].id}" if exhibit.chapters else "home"
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


# --- the parent: assembling figures ---------------------------------------------------------------


def bundled() -> Path:
    from kiosk import resources

    return resources.bundled_exhibit()


def memory_figures(
    photo_counts: Sequence[int], gen_root: Path = DEFAULT_GEN_ROOT, cache_root: Path | None = None
) -> tuple[list[Figure], dict[str, Any]]:
    from kiosk.bench import exhibit_gen

    cache_root = cache_root or gen_root / "cache"
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    print("memory: bundled exhibit, every route ...", file=sys.stderr, flush=True)
    base = run_child(["memory", str(bundled()), str(cache_root / "bundled")])
    raw["bundled"] = base
    figures.append(
        Figure(
            "peak RSS, bundled exhibit, every route",
            base["peak_rss_mib"],
            "MiB",
            reference="RSS after start-up",
            reference_value=base["rss_after_start_mib"],
            target=f"< {TARGET_BUNDLED_MIB:.0f} MiB",
            met=base["peak_rss_mib"] < TARGET_BUNDLED_MIB,
            note=(
                f"{base['routes_visited']} routes; at the end {base['rss_mib']:.0f} MiB,"
                f" {base['rss_after_trim_mib']:.0f} MiB after malloc_trim"
            ),
            extra={"routes": base["routes_visited"]},
        )
    )
    for count in photo_counts:
        folder = gen_root / f"photos-{count}"
        print(f"memory: generating {count} photos in {folder} ...", file=sys.stderr, flush=True)
        gen = exhibit_gen.generate(folder, count)
        cache_dir = cache_root / f"photos-{count}"
        prep = exhibit_gen.prepare(folder, cache_dir)
        made = prep.get("made_run", prep)
        print(f"memory: {count} photos, paging the biggest gallery ...", file=sys.stderr, flush=True)
        data = run_child(["memory", str(folder), str(cache_dir), "--gallery", gen.biggest_gallery])
        raw[f"photos_{count}"] = {"generate": gen.as_dict(), "prepare": prep, "run": data}
        figures.append(
            Figure(
                f"peak RSS, {count:,} photos, gallery paged end to end",
                data["peak_rss_mib"],
                "MiB",
                reference="bundled exhibit",
                reference_value=base["peak_rss_mib"],
                target=f"< {TARGET_LARGE_MIB:.0f} MiB",
                met=data["peak_rss_mib"] < TARGET_LARGE_MIB,
                note=(
                    f"gallery of {int(data['paged'].get('count', 0))} photos in"
                    f" {data['paged'].get('steps', 0)} steps;"
                    f" derivatives prepared in {made['first_s']:.0f} s (cached run {prep['second_s']:.1f} s)"
                ),
                extra={"generate": gen.as_dict(), "prepare": prep},
            )
        )
        figures.append(
            Figure(
                f"derivative preparation, {count:,} photos",
                made["first_s"],
                "s",
                reference="second prepare (all cached)",
                reference_value=prep["second_s"],
                note="" if prep["made"] else "made by an earlier run with the same cache folder (its time)",
            )
        )
    return figures, raw


def responsiveness_figures(
    content: Path, cache_dir: Path, label: str, env: Mapping[str, str]
) -> tuple[list[Figure], dict[str, Any]]:
    print(f"responsiveness ({label}) ...", file=sys.stderr, flush=True)
    data = run_child(["responsiveness", str(content), str(cache_dir)], env=env)
    presses = data["press"]
    press_ok = all(p["down_by_first_frame"] for p in presses)
    press_ms = statistics.median(p["frame_ms"] for p in presses)
    cold = {route: values[0] for route, values in data["transitions_ms"].items()}
    warm_by_route = {route: values[1:] for route, values in data["transitions_ms"].items()}
    warm = [ms for values in warm_by_route.values() for ms in values]
    worst_route = max(warm_by_route, key=lambda r: max(warm_by_route[r], default=0.0))
    worst_cold = max(cold, key=lambda r: cold[r])
    swipe = data["swipe_intervals_ms"]
    opened = [p for p in data["photo_open_ms"] if p["ready_ms"] == p["ready_ms"]]
    ready = [p["ready_ms"] for p in opened]
    shown = [p["shown_ms"] for p in opened if p["shown_ms"] == p["shown_ms"]]
    screen_frame = [p["first_frame_ms"] for p in opened if p["first_frame_ms"] == p["first_frame_ms"]]
    transition_ref = "fade-in (Theme.transitionMs)"
    wrong = data.get("viewer_wrong", [])
    checked = data.get("viewer_checked", 0)
    figures = [
        Figure(
            f"tap to pressed state [{label}]",
            press_ms,
            "ms",
            reference="one frame",
            reference_value=FRAME_MS,
            target="pressed by the next frame",
            met=press_ok,
            note=(
                "down on the touch itself, drawn by the next frame"
                if press_ok
                else "the pressed state was not shown on the first frame after the touch"
            ),
        ),
        Figure(
            f"screen transition, warm, median [{label}]",
            statistics.median(warm),
            "ms",
            reference=transition_ref,
            reference_value=160.0,
            target=f"<= {TARGET_TRANSITION_MS:.0f} ms",
            met=statistics.median(warm) <= TARGET_TRANSITION_MS,
        ),
        Figure(
            f"screen transition, warm, worst [{label}]",
            max(warm),
            "ms",
            reference=transition_ref,
            reference_value=160.0,
            target=f"<= {TARGET_TRANSITION_MS:.0f} ms",
            met=max(warm) <= TARGET_TRANSITION_MS,
            note=f"slowest: {worst_route}",
        ),
        Figure(
            f"screen transition, first visit, worst [{label}]",
            cold[worst_cold],
            "ms",
            reference=transition_ref,
            reference_value=160.0,
            target=f"<= {TARGET_TRANSITION_MS:.0f} ms",
            met=cold[worst_cold] <= TARGET_TRANSITION_MS,
            note=f"{worst_cold}; first visits: "
            + ", ".join(f"{r} {ms:.0f}" for r, ms in sorted(cold.items(), key=lambda kv: -kv[1])[:4]),
        ),
        Figure(
            f"photo opens from cache (image Ready), median [{label}]",
            statistics.median(ready) if ready else float("nan"),
            "ms",
            reference="route to the screen's first frame",
            reference_value=statistics.median(screen_frame) if screen_frame else None,
            target=f"< {TARGET_PHOTO_OPEN_MS:.0f} ms",
            met=bool(ready) and statistics.median(ready) < TARGET_PHOTO_OPEN_MS,
            note=(
                f"worst {max(ready):.0f} ms; on screen (next frame) median {statistics.median(shown):.0f} ms"
                if ready and shown
                else "the image never became ready"
            ),
        ),
        Figure(
            f"viewer shows the photo asked for [{label}]",
            float(checked - len(wrong)),
            "count",
            reference="photos opened",
            reference_value=float(checked),
            target="all",
            met=not wrong,
            note=(
                f"{len(wrong)} show another photo, e.g. {wrong[0]['photo']}: index {wrong[0]['index']},"
                f" expected {wrong[0]['expected']} in gallery {wrong[0]['gallery']}"
                if wrong
                else ""
            ),
        ),
        Figure(
            f"swipe frame interval, median [{label}]",
            statistics.median(swipe) if swipe else float("nan"),
            "ms",
            reference="60 Hz frame",
            reference_value=FRAME_MS,
        ),
        Figure(
            f"swipe frame interval, p95 [{label}]",
            percentile(swipe, 95),
            "ms",
            reference="60 Hz frame",
            reference_value=FRAME_MS,
            note=f"{len(swipe)} intervals, worst {max(swipe):.0f} ms" if swipe else "",
        ),
    ]
    return figures, data


def idle_figures(content: Path, cache_dir: Path, seconds: float) -> tuple[list[Figure], dict[str, Any]]:
    print(f"idle CPU, {seconds:.0f} s per screen ...", file=sys.stderr, flush=True)
    data = run_child(["idle", str(content), str(cache_dir), "--seconds", str(seconds)])
    attract, static = data["attract"], data["static"]
    figures = [
        Figure(
            "idle CPU, attract screen (crossfade every 9 s)",
            attract["share"] * 100,
            "%",
            reference="static page",
            reference_value=static["share"] * 100,
            note=f"{attract['frames']} frames in {attract['wall_s']:.0f} s",
        ),
        Figure(
            f"idle CPU, static page ({static['route']})",
            static["share"] * 100,
            "%",
            reference="frames drawn",
            reference_value=float(static["frames"]),
            target=f"<= {TARGET_IDLE_CPU * 100:.0f} % of a core",
            met=static["share"] <= TARGET_IDLE_CPU,
            note=f"{static['frames']} frames in {static['wall_s']:.0f} s",
        ),
    ]
    return figures, data


def write_json(path: Path | None, figures: Sequence[Figure], raw: Mapping[str, Any]) -> None:
    if path is None:
        return
    from dataclasses import asdict

    payload = {"figures": [asdict(f) for f in figures], "raw": raw}
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["child"]:
        return _child_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.app", description=__doc__.split("\n")[0])
    parser.add_argument(
        "which", choices=["memory", "responsiveness", "idle", "all"], nargs="?", default="all"
    )
    parser.add_argument(
        "--photos", type=int, nargs="*", default=[1000, 10000], help="generated exhibit sizes"
    )
    parser.add_argument(
        "--gen-root", type=Path, default=DEFAULT_GEN_ROOT, help="generated exhibits and caches"
    )
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--no-xvfb", action="store_true", help="offscreen only")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    figures, raw = run(args.which, args.photos, args.gen_root, args.idle_seconds, not args.no_xvfb)
    print(table(figures))
    write_json(args.json, figures, raw)
    return 0


def run(
    which: str, photos: Sequence[int], gen_root: Path, idle_seconds: float, use_xvfb: bool
) -> tuple[list[Figure], dict[str, Any]]:
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    cache = gen_root / "cache" / "bundled"
    if which in {"memory", "all"}:
        f, r = memory_figures(photos, gen_root)
        figures += f
        raw["memory"] = r
    if which in {"responsiveness", "all"}:
        f, r = responsiveness_figures(bundled(), cache, "offscreen", {"QT_QPA_PLATFORM": "offscreen"})
        figures += f
        raw["responsiveness_offscreen"] = r
        if use_xvfb:
            with xvfb() as env:
                if env is None:
                    figures.append(
                        Figure("responsiveness under Xvfb", float("nan"), "ms", note="skipped: no Xvfb")
                    )
                else:
                    f, r = responsiveness_figures(bundled(), cache, "Xvfb xcb", env)
                    figures += f
                    raw["responsiveness_xvfb"] = r
    if which in {"idle", "all"}:
        f, r = idle_figures(bundled(), cache, idle_seconds)
        figures += f
        raw["idle"] = r
    return figures, raw


def _child_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.app child")
    parser.add_argument("what", choices=["memory", "responsiveness", "idle"])
    parser.add_argument("content", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--gallery")
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    qt_environment()
    result: dict[str, Any]
    if args.what == "memory":
        result = child_memory(args.content, args.cache, args.gallery)
    elif args.what == "responsiveness":
        result = child_responsiveness(args.content, args.cache)
    else:
        result = child_idle(args.content, args.cache, args.seconds)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
