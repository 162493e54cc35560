"""The child side of the decode sandbox: one process, one picture at a time.

Kept apart from sandbox.py so the child imports nothing but the pipeline (spawned children
start from a fresh interpreter; every import here is paid once per worker start).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Final, Literal

from kiosk.images.errors import ImageRejected
from kiosk.images.spec import Heartbeat, ImageInfo, Limits

# (source, outputs, sizes, limits, heartbeat): a job calls heartbeat() while a long picture is worked on.
DecodeJob = Callable[[Path, Mapping[str, Path], Mapping[str, tuple[int, int]], Limits, Heartbeat], ImageInfo]
Request = tuple[Path, dict[str, Path], dict[str, tuple[int, int]]]
# ("rejected", reason, permanent, worker_exits_now)
Reply = tuple[Literal["ok"], ImageInfo] | tuple[Literal["rejected"], str, bool, bool]

READY: Final = "ready"
# Sent while a long picture is being worked on: the parent's deadline is for silence, not for the
# whole picture, so a gigapixel scan may take minutes while a hung decoder is still caught.
BUSY: Final = "busy"
_BEAT_EVERY_S: Final = 1.0
MEMORY_MESSAGE: Final = "the image needs more memory to decode than the kiosk allows"


def apply_process_limits(memory_limit: int | None, niceness: int) -> None:
    """Cap this process's address space and keep it below the UI in the scheduler."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the parent's timeout still applies
        return
    if memory_limit is not None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = memory_limit if hard == resource.RLIM_INFINITY else min(memory_limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    # A crashing decoder must not leave a core file the size of its heap on the kiosk disk.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)


# glibc mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD: Final = -1
_M_MMAP_THRESHOLD: Final = -3
_M_ARENA_MAX: Final = -8


def tune_allocator() -> None:
    """Keep freed image buffers in the heap between pictures (glibc only, best effort).

    By default glibc hands a large freed heap top back to the kernel, so every picture
    page-faults its ~60 MB of buffers in again: measured at ~15,000 faults and 10-15% of
    the decode time for a 24 MP JPEG. A worker decodes picture after picture of similar
    size, so keeping up to 128 MB around is the right trade. libvips runs a few threads; each
    would get a 64 MB arena of address space of its own, which the worker's RLIMIT_AS counts.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
        if mallopt is not None:
            mallopt(_M_TRIM_THRESHOLD, 128 * 1024 * 1024)
            mallopt(_M_MMAP_THRESHOLD, 32 * 1024 * 1024)
            mallopt(_M_ARENA_MAX, 2)
    except (OSError, AttributeError):  # not glibc (musl, a static build): keep the defaults
        pass


class _Heartbeat:
    """Tells the parent, at most once a second, that this worker is still making progress."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._last = 0.0

    def __call__(self) -> None:
        now = time.monotonic()
        if now - self._last < _BEAT_EVERY_S:
            return
        self._last = now
        with contextlib.suppress(BrokenPipeError, OSError):  # the parent is gone: the main loop sees it
            self.conn.send(BUSY)


def default_job(
    src: Path,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]],
    limits: Limits,
    heartbeat: Heartbeat,
) -> ImageInfo:
    """The real pipeline, imported here so that Pillow loads in the worker, not the GUI process."""
    from kiosk.images.derivatives import make_derivatives

    return make_derivatives(src, out, sizes, limits, heartbeat=heartbeat)


def worker_main(
    conn: Connection, job: DecodeJob, limits: Limits, memory_limit: int | None, niceness: int
) -> None:
    """Serve requests until the parent sends None or goes away."""
    apply_process_limits(memory_limit, niceness)
    tune_allocator()
    heartbeat = _Heartbeat(conn)
    conn.send(READY)
    while True:
        try:
            request: Request | None = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if request is None:
            return
        src, out, sizes = request
        reply = _run(job, src, out, sizes, limits, heartbeat)
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return
        if reply[0] == "rejected" and reply[3]:
            # After a MemoryError the heap may be fragmented or half-freed; a fresh worker is
            # cheaper than finding out.
            sys.exit(0)


def _run(
    job: DecodeJob,
    src: Path,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]],
    limits: Limits,
    heartbeat: Heartbeat,
) -> Reply:
    try:
        return ("ok", job(src, out, sizes, limits, heartbeat))
    except ImageRejected as exc:
        return ("rejected", exc.reason, exc.permanent, isinstance(exc.__cause__, MemoryError))
    except MemoryError:
        return ("rejected", MEMORY_MESSAGE, True, True)
    except Exception as exc:
        return ("rejected", f"the image could not be decoded ({type(exc).__name__}: {exc})", True, False)
