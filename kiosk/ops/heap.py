"""The C heap of this process (glibc's malloc): how big it is, and giving its free pages back.

Memory a screen used and freed stays in glibc's heap: under OpenGL the process's resident size
climbs to a plateau with some 50-140 MiB of it free but held (docs/performance.md), and only
``malloc_trim`` hands those pages back to the system (fewer arenas, ``MALLOC_ARENA_MAX=2``, made
no difference when measured). Everything here is best effort and does nothing where the C
library is not glibc (macOS, Windows, musl).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass
from functools import cache
from typing import Final

MIB: Final = 1024 * 1024


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


@dataclass(frozen=True)
class HeapStats:
    used_mib: float  # allocated and not yet freed, every arena together
    free_mib: float  # freed, but still held by the heap (what malloc_trim can give back)
    mapped_mib: float  # large blocks mapped on their own (given back as soon as they are freed)


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # musl, or a glibc older than 2.33 (no mallinfo2)
        return None
    return libc


def stats() -> HeapStats | None:
    """The heap's size now; None where the C library is not glibc."""
    libc = _glibc()
    if libc is None:
        return None
    info = libc.mallinfo2()
    return HeapStats(info.uordblks / MIB, info.fordblks / MIB, info.hblkhd / MIB)


def trim() -> bool:
    """Give the free pages of every arena back to the system; True if any were given back."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
