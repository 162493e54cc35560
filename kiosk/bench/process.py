"""Measuring a process from outside Qt: memory, file descriptors, threads, lost references, and
running each measurement in a fresh child process (peak RSS is per process). No Qt here."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

SIZE: Final = (1920, 1080)
DEFAULT_GEN_ROOT: Final = Path(tempfile.gettempdir()) / "kiosk-bench-exhibits"


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


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def malloc_mib() -> tuple[float, float, float]:
    """glibc's heap, every arena (``mallinfo2``), in MiB: in use, free but held (trimmed pages
    count as free too), mapped on its own; NaNs where there is no glibc. RSS minus these is what is
    not malloc's: code, Python's own arenas, mappings a GL driver makes itself."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        info = libc.mallinfo2()
    except (OSError, AttributeError):  # not glibc, or older than 2.33
        nan = float("nan")
        return nan, nan, nan
    mib = 1024 * 1024
    return info.uordblks / mib, info.fordblks / mib, info.hblkhd / mib


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
        stop(proc, 5)


def stop(proc: subprocess.Popen[Any], grace_s: float) -> None:
    """Ask a child process to end; kill it if it has not within ``grace_s``."""
    proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def bundled() -> Path:
    from kiosk import resources

    return resources.bundled_exhibit()
