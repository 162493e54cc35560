"""The C heap: its size and giving its free pages back (glibc only; elsewhere nothing happens)."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from kiosk.ops import heap


def resident_mib() -> float:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


glibc_only = pytest.mark.skipif(heap.stats() is None, reason="the C library is not glibc")


@glibc_only
def test_the_heap_is_measured() -> None:
    stats = heap.stats()
    assert stats is not None
    assert stats.used_mib > 0
    assert stats.free_mib >= 0 and stats.mapped_mib >= 0


@glibc_only
def test_freed_memory_is_held_by_the_heap_until_trimmed() -> None:
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    heap.trim()
    blocks = [libc.malloc(4096) for _ in range(16_384)]  # 64 MiB in small blocks, below mmap's threshold
    keep_top = libc.malloc(4096)  # so the freed blocks are not the heap's top, which free() returns itself
    try:
        for block in blocks:
            libc.free(block)
        stats = heap.stats()
        assert stats is not None and stats.free_mib >= 60  # freed, but still held by the heap
        held = resident_mib()
        assert heap.trim()
        assert held - resident_mib() >= 48  # the pages went back to the system
    finally:
        libc.free(keep_top)


def test_nothing_happens_where_there_is_no_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    heap._glibc.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert heap.stats() is None
        assert heap.trim() is False
    finally:
        monkeypatch.undo()
        heap._glibc.cache_clear()
