"""Speech: touch to first audio, stop, preparation throughput, and what it adds to the bundle.

``python -m kiosk.bench speech``. Needs espeak-ng; the playback figures need a sound server
(PulseAudio or PipeWire; a null sink will do: ``pactl load-module module-null-sink``), and the
"audible" ones also ``parec`` (pulseaudio-utils), which records the sink's monitor: the time until
the first non-silent sample arrives there, which includes the monitor's own latency (an upper
bound). Without a server those figures are reported as not measured.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from kiosk.bench.figures import Figure
from kiosk.content.loader import load
from kiosk.resources import bundled_exhibit
from kiosk.speech.cache import SpeechCache
from kiosk.speech.engine import Engines
from kiosk.speech.texts import SpeechItem, exhibit_texts

TARGET_FIRST_AUDIO_MS: Final = 100.0
TARGET_STOP_MS: Final = 50.0
MAX_BUNDLE_ADDED_MB: Final = 50.0  # 230 MB allowed, ~180 MB before speech
_MONITOR_RATE: Final = 16000
_LOUD: Final = 500  # a sample above this on the monitor is sound, not silence


class _Monitor:
    """Timestamps of the sink's monitor becoming loud or quiet (parec, 5 ms chunks)."""

    def __init__(self, parec: str) -> None:
        args = [parec, "-d", "@DEFAULT_MONITOR@", "--raw", "--format=s16le", f"--rate={_MONITOR_RATE}"]
        self._proc = subprocess.Popen([*args, "--channels=1", "--latency-msec=5"], stdout=subprocess.PIPE)
        self._loud: list[tuple[float, bool]] = []
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        chunk = _MONITOR_RATE * 2 // 200
        while data := self._proc.stdout.read(chunk):
            now = time.perf_counter()
            samples = array("h", data[: len(data) // 2 * 2])
            loud = bool(samples) and max(abs(min(samples)), max(samples)) > _LOUD
            with self._lock:
                self._loud.append((now, loud))

    def first(self, after: float, loud: bool, timeout: float = 3.0) -> float | None:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self._lock:
                found = next((t for t, state in self._loud if t > after and state == loud), None)
            if found is not None:
                return found
            time.sleep(0.005)  # a benchmark's polling loop, not a test's synchronisation
        return None

    def last_loud(self, after: float, wait: float = 0.5) -> float | None:
        """When the sound after ``after`` ended: the last loud chunk within ``wait`` seconds."""
        time.sleep(wait)
        with self._lock:
            loud = [t for t, state in self._loud if after < t <= after + wait and state]
        return max(loud) if loud else None

    def close(self) -> None:
        self._proc.kill()
        self._proc.wait()
        self._reader.join(5)  # it reads to the end of the killed process's output
        if self._proc.stdout is not None:
            self._proc.stdout.close()


def _pump(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def playback(cache: SpeechCache, texts: list[SpeechItem], trials: int) -> dict[str, Any]:
    """speak() -> first buffer at the device, -> audible on the monitor; stop() -> silence."""
    from kiosk.speech.prepare import SpeechLibrary
    from kiosk.testing.driver import application
    from kiosk.ui.audio_out import QtAudioOutput
    from kiosk.ui.speech import SpeechService

    application()

    output = QtAudioOutput()
    service = SpeechService(SpeechLibrary(cache), output)
    parec = shutil.which("parec")
    monitor = _Monitor(parec) if parec else None
    first_buffer, audible, stop_call, stop_silent = [], [], [], []
    try:
        _pump(0.5)
        for i in range(trials):
            item = texts[i % len(texts)]
            asked = time.perf_counter()
            service.speak(item.text, item.language)
            if output.first_buffer_at is not None:
                first_buffer.append((output.first_buffer_at - asked) * 1000)
            heard = monitor.first(asked, loud=True) if monitor else None
            if heard is not None:
                audible.append((heard - asked) * 1000)
            _pump(0.4)
            stopping = time.perf_counter()
            service.stop()
            stop_call.append((time.perf_counter() - stopping) * 1000)
            if monitor is not None:
                ended = monitor.last_loud(stopping)
                stop_silent.append((ended - stopping) * 1000 if ended is not None else 0.0)
    finally:
        if monitor is not None:
            monitor.close()
    return {
        "device": output.device.description(),
        "first_buffer_ms": first_buffer,
        "audible_ms": audible,
        "stop_call_ms": stop_call,
        "stop_silent_ms": stop_silent,
    }


def bundle_added_bytes(root: Path | None = None) -> tuple[int, list[str]]:
    """Bytes of the files speech brings into a bundle (or the installed wheel): QtMultimedia,
    QtConcurrent, their Python module, and libpulse with its libraries (Linux)."""
    import PySide6

    base = root or Path(PySide6.__file__).parent
    patterns = (
        "libQt6Multimedia.so*",
        "libQt6Concurrent.so*",
        "QtMultimedia.*.so",
        "Qt6Multimedia.dll",
        "Qt6Concurrent.dll",
        "QtMultimedia.pyd",
    )
    system = (
        "libpulse*.so*",
        "libsndfile.so*",
        "libFLAC.so*",
        "libvorbis*.so*",
        "libopus.so*",
        "libogg.so*",
        "libmpg123.so*",
        "libmp3lame.so*",
        "libasyncns.so*",
    )
    found: dict[Path, int] = {}
    for pattern in patterns + (system if root is not None else ()):
        for path in base.rglob(pattern):
            if path.is_file() and not path.is_symlink():
                found[path] = path.stat().st_size
    return sum(found.values()), sorted(p.name for p in found)


def run(
    trials: int = 20, bundle: Path | None = None, max_texts: int | None = None
) -> tuple[list[Figure], dict[str, Any]]:
    """The figures; ``max_texts`` per language keeps a smoke run short."""
    exhibit = load(bundled_exhibit()).exhibit
    if exhibit is None:
        raise SystemExit("the bundled exhibit does not load")
    items = exhibit_texts(exhibit)
    figures: list[Figure] = []
    data: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-speech-") as tmp:
        cache = SpeechCache(Path(tmp), Engines(), workers=2)
        try:
            for language in exhibit.languages:
                mine = [i for i in items if i.language == language][:max_texts]
                report = cache.prepare(mine)
                data[f"prepare_{language}"] = {"texts": len(mine), "words": report.words, "s": report.seconds}
                figures.append(
                    Figure(
                        f"speech: preparation, {language} ({report.words} words)",
                        report.words_per_second,
                        "words/s",
                        reference="spoken at 160 wpm",
                        reference_value=160 / 60,
                        note=f"{len(mine)} texts in {report.seconds:.1f} s, 2 espeak-ng processes",
                    )
                )
            data["cache_mb"] = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
            short = [i for i in items if 3 <= i.words <= 40][:trials]
            figures += _playback_figures(lambda: playback(cache, short, trials), data)
        finally:
            cache.close()
    added, files = bundle_added_bytes(bundle)
    data["bundle_added"] = {"bytes": added, "files": files, "from": str(bundle or "installed PySide6")}
    figures.append(
        Figure(
            "speech: bundle size added",
            added / 1e6,
            "MB",
            target=f"<= {MAX_BUNDLE_ADDED_MB:.0f} MB",
            met=added / 1e6 <= MAX_BUNDLE_ADDED_MB,
            note=("in " + bundle.name) if bundle else "Qt parts only, from the installed wheel",
        )
    )
    return figures, data


def _playback_figures(measure: Callable[[], dict[str, Any]], data: dict[str, Any]) -> list[Figure]:
    try:
        found = measure()
    except Exception as exc:  # no sound server: say so, keep the other figures
        return [Figure("speech: playback", float("nan"), "", note=f"not measured: {exc}"[:200])]
    data["playback"] = found

    def median(name: str) -> float:
        values = found[name]
        return statistics.median(values) if values else float("nan")

    rows = [
        ("speech: speak() -> first buffer at the device", "first_buffer_ms", TARGET_FIRST_AUDIO_MS),
        ("speech: speak() -> audible on the sink monitor", "audible_ms", TARGET_FIRST_AUDIO_MS),
        ("speech: stop() call", "stop_call_ms", TARGET_STOP_MS),
        ("speech: stop() -> last sound on the sink monitor", "stop_silent_ms", TARGET_STOP_MS),
    ]
    return [
        Figure(
            name,
            median(key),
            "ms",
            target=f"<= {target:.0f} ms",
            met=None if not found[key] else median(key) <= target,
            note=f"median of {len(found[key])}, max {max(found[key], default=float('nan')):.1f}; "
            + found["device"],
        )
        for name, key, target in rows
    ]
