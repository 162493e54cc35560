"""A fake speech engine: deterministic tones instead of a speech program, counting its calls."""

from __future__ import annotations

import math
import threading
from array import array

from kiosk.speech.audio import Clip
from kiosk.speech.engine import EngineError

RATE = 8000


def tone(seconds: float, amplitude: float = 0.3, rate: int = RATE, freq: float = 220.0) -> Clip:
    samples = array(
        "h",
        (
            int(amplitude * 32767 * math.sin(2 * math.pi * freq * i / rate))
            for i in range(int(seconds * rate))
        ),
    )
    return Clip(samples.tobytes(), rate)


class FakeEngine:
    """Speaks en and sr (a tone 0.05 s per word); fails on texts containing "FAIL"."""

    def __init__(self, version: str = "1", gate: threading.Event | None = None) -> None:
        self.version = version
        self.calls: list[tuple[str, str]] = []
        self.gate = gate
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def identity(self, language: str) -> str | None:
        return f"fake {self.version}|{language}" if language in {"en", "sr"} else None

    def synthesize(self, text: str, language: str) -> Clip:
        with self._lock:
            self.calls.append((language, text))
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            if self.gate is not None:
                self.gate.wait(30)
            if "FAIL" in text:
                raise EngineError("the fake engine refuses")
            return tone(0.05 * max(1, len(text.split())))
        finally:
            with self._lock:
                self.running -= 1
