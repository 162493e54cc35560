"""Speech mode in the running kiosk: a key or a touch to the clip handed to the sound output.

``python -m kiosk.bench speech-mode``. The bundled exhibit runs offscreen with speech mode on; the
screens visited are prepared first with espeak-ng (as staging prepares them), then each trial is
a keypad 6 (next item) or a finger on an item (explore), timed from just before the event is sent
to the window until the speech output is handed the clip. That is what the kiosk controls: the
sound card's own latency comes on top (``python -m kiosk.bench speech`` measures QAudioSink's,
about 40 ms to audible on a null sink). Also timed: building a screen's reading order, which
every command does first. Needs espeak-ng.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.bench.figures import Figure
from kiosk.resources import bundled_exhibit
from kiosk.screens.routes import Route
from kiosk.speech.audio import Clip
from kiosk.speech.recorder import Recorder
from kiosk.speech.texts import SpeechItem
from kiosk.testing.driver import close_kiosk, settle, start_kiosk, touch_press, touch_release
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.speech_ring import Screen

TARGET_MS: Final = 100.0
ROUTES: Final = ("home", "story", "chapter/the-assault", "people", "timeline", "map")


class TimedOutput(Recorder):
    """A recorder that notes when each clip was handed over."""

    def __init__(self) -> None:
        super().__init__()
        self.handed_at: float | None = None

    def play(self, clip: Clip, on_finished: Callable[[], None]) -> None:
        self.handed_at = time.perf_counter()
        super().play(clip, on_finished)


def _prepare(kiosk: Kiosk) -> dict[str, Any]:
    """Speech for the screens the bench visits and speech mode's phrases, in the kiosk's cache."""
    items: list[SpeechItem] = []
    for route in ROUTES:
        kiosk.navigator.show(Route.parse(route))
        settle(kiosk.window, 0.05)
        items += [SpeechItem(i.language or kiosk.context.language, i.text) for i in kiosk.speech.live.order()]
    items += [SpeechItem(kiosk.context.language, kiosk.speech.mode.phrase(k)) for k in ("enter", "help")]
    report = kiosk.speech.cache.prepare(items)
    return {"texts": len(items), "made": report.made, "words": report.words, "s": report.seconds}


def _time(kiosk: Kiosk, output: TimedOutput, act: Callable[[], None]) -> float | None:
    output.handed_at = None
    asked = time.perf_counter()
    act()
    handed = output.handed_at
    settle(kiosk.window, 0.02)  # the ring and the views catch up, outside the timing
    return (handed - asked) * 1000 if handed is not None else None


def measure(trials: int = 30) -> dict[str, Any]:
    output = TimedOutput()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-speech-mode-") as tmp:
        kiosk = start_kiosk(bundled_exhibit(), Path(tmp) / "cache", audio=output)
        try:
            found: dict[str, Any] = {
                "prepared": _prepare(kiosk),
                "key_ms": [],
                "touch_ms": [],
                "order_ms": {},
            }
            for route in ROUTES:
                kiosk.navigator.show(Route.parse(route))
                settle(kiosk.window, 0.05)
                times = []
                for _ in range(5):
                    started = time.perf_counter()
                    kiosk.speech.live.order()
                    times.append((time.perf_counter() - started) * 1000)
                found["order_ms"][route] = statistics.median(times)
            kiosk.navigator.show(Route.parse("chapter/the-assault"))
            settle(kiosk.window)
            kiosk.speech.mode.enter()
            window = kiosk.window
            for _ in range(trials):
                key = _time(
                    kiosk,
                    output,
                    lambda: QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.KeypadModifier),
                )
                if key is not None:
                    found["key_ms"].append(key)
            screen = Screen(window)
            targets = [screen.locate(i) for i in kiosk.speech.mode.focus.items]
            points = [t.mapToScene(QPointF(t.width() / 2, t.height() / 2)).toPoint() for t in targets if t]
            points = [p for p in points if 0 <= p.y() < window.height() and 0 <= p.x() < window.width()]
            for i in range(min(trials, len(points) * 3)):
                point = points[i % len(points)]

                def touch(point: QPoint = point) -> None:
                    touch_press(window, point)
                    touch_release(window, point)

                took = _time(kiosk, output, touch)
                if took is not None:
                    found["touch_ms"].append(took)
                settle(window, 0.5)  # never the second tap of a double tap
        finally:
            close_kiosk(kiosk)
    return found


def run(trials: int = 30) -> tuple[list[Figure], dict[str, Any]]:
    found = measure(trials)
    figures = []
    for name, key in (("keypad 6 (next item)", "key_ms"), ("a touch on an item", "touch_ms")):
        values = found[key]
        middle = statistics.median(values) if values else float("nan")
        figures.append(
            Figure(
                f"speech mode: {name} -> clip handed to the output",
                middle,
                "ms",
                target=f"<= {TARGET_MS:.0f} ms",
                met=None if not values else middle <= TARGET_MS,
                note=f"median of {len(values)}, max {max(values, default=float('nan')):.1f}; prepared speech",
            )
        )
    orders = found["order_ms"]
    worst = max(orders, key=orders.get) if orders else ""
    figures.append(
        Figure(
            "speech mode: building a screen's reading order",
            statistics.median(orders.values()) if orders else float("nan"),
            "ms",
            note=f"median over {', '.join(orders)}; slowest {worst} {orders.get(worst, 0):.1f} ms",
        )
    )
    return figures, found
