"""Decode jobs that misbehave on purpose, run inside real sandbox worker processes.

They must live in an importable module (not a test file): the sandbox pickles the job by
name into spawned children. Each one behaves like make_derivatives except for sources whose
name says otherwise.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.atomic import temp_path_for
from kiosk.images import ImageInfo, ImageRejected, Limits, make_derivatives


def misbehaving_job(
    src: Path,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]],
    limits: Limits,
    heartbeat: Callable[[], None],
) -> ImageInfo:
    name = src.name
    if name.startswith("segfault"):
        _segfault()
    if name.startswith("half-written"):
        # Die in the middle of writing a derivative, as a power cut or crash would.
        first = next(iter(out.values()))
        temp_path_for(first).write_bytes(b"\xff\xd8\xff\xe0 half a JPEG")
        _segfault()
    if name.startswith("exit"):
        os._exit(3)
    if name.startswith("hang"):
        _announce(src)
        time.sleep(3600)
    if name.startswith("hog"):
        hog = bytearray(8 * 1024**3)  # far above the sandbox's address-space limit
        hog[-1] = 1
    if name.startswith("slow-but-busy"):
        for _ in range(10):  # 5 s in all, longer than the test's deadline, saying it is busy
            time.sleep(0.5)
            heartbeat()
    if name.startswith("transient"):
        raise ImageRejected("the cache folder is full", permanent=False)
    return make_derivatives(src, out, sizes, limits)


def _announce(src: Path) -> None:
    """Tell a waiting test that the job is running: write to its named pipe ``<src>.running``, if any.

    A test blocks reading the pipe, so it knows the worker is inside the job without guessing
    how long a process takes to start.
    """
    pipe = src.with_name(src.name + ".running")
    if pipe.exists():
        with pipe.open("wb") as signal_pipe:
            signal_pipe.write(b"1")


def _segfault() -> None:
    if sys.platform == "win32":  # pragma: no cover - no SIGSEGV delivery on Windows
        os._exit(0xC0000005)
    os.kill(os.getpid(), signal.SIGSEGV)
    time.sleep(10)  # the signal is delivered before this returns
