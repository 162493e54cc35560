"""The C heap of a kiosk that runs for months: big blocks go back to the system when freed.

Measured on the bundled exhibit (docs/performance.md): after a walk through every screen glibc held
35-50 MiB of freed memory it did not return, a quarter of the peak. Two of its defaults cause it:

- the mmap threshold is dynamic: once a block larger than 128 KiB is freed, blocks up to that size
  come from the heap instead of their own mapping. A decoded photo (8-15 MB) then sits in the heap,
  and the heap can only shrink from its top: one small block above it keeps the whole gap.
  Setting the threshold fixes it, so every decoded picture, texture upload or scene buffer is
  mapped on its own and unmapped when Qt frees it;
- each thread that allocates gets an arena of its own (up to eight per core): Qt's image loading,
  QML's incubation and the render thread each keep theirs. Two arenas serve a kiosk's handful of
  threads with little contention.

:func:`trim` returns what is still held (after a visit ends, when nothing is being drawn). glibc
only; elsewhere (Windows, macOS, musl) both do nothing.

:func:`forget_module_sources` is about Python's heap: PySide6 reads the source of every module
imported after it, and ``linecache`` would keep every line for the life of the process. No Qt here
(it looks PySide's hook up in ``sys.modules``; it never imports Qt).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import sys
from pathlib import Path
from types import ModuleType
from typing import Final

M_TRIM_THRESHOLD: Final = -1
M_MMAP_THRESHOLD: Final = -3
M_ARENA_MAX: Final = -8
MMAP_THRESHOLD: Final = 256 * 1024  # blocks this large or larger get their own mapping
TRIM_THRESHOLD: Final = 4 * 1024 * 1024  # free memory at the heap's top beyond this is returned
ARENA_MAX: Final = 2


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt  # noqa: B018 - absent on musl, which has no such tuning
        libc.malloc_trim  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def tune() -> bool:
    """Set the thresholds and the arena limit for the rest of the process; True when applied."""
    libc = _glibc()
    if libc is None:
        return False
    ok = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    ok = libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1 and ok
    return bool(libc.mallopt(M_ARENA_MAX, ARENA_MAX) == 1) and ok


def trim() -> None:
    """Give the free memory every arena holds back to the system."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def forget_module_sources() -> bool:
    """Answer PySide6's question about every imported module without keeping or scanning anything.

    Once PySide6 is imported, its import hook asks of each module imported after it whether it
    uses PySide (to scope its ``__feature__`` switches, PYSIDE-2029), by searching the module's
    source for "PySide6" through ``inspect.getsource``. That costs twice: ``linecache`` keeps every
    line read (measured: 270 files, 106,000 lines, 10 MiB of Python strings resident from start-up
    on), and ``inspect`` looks every loaded module over on each call to find the source's module
    (measured: 290 calls, 70-110 ms of the kiosk's imports). The same question is answered here by
    reading the file's bytes: the same answer (tested), none of the cost. What was read before is
    dropped. Returns False (and changes nothing) where PySide6 is not imported or its hook is not
    there (another PySide6 version).
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()
    return True


def _uses_pyside(module: ModuleType) -> bool:
    """PySide's test (does the module's source name PySide6?) on the source file itself. A module
    without one (built in, an extension, a frozen bundle's) does not, for PySide as for this."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str):
        return False
    source = Path(path[:-1] if path.endswith(".pyc") else path)
    if source.suffix != ".py":
        return False
    try:
        return b"PySide6" in source.read_bytes()
    except OSError:
        return False
