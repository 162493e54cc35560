"""kiosk/heap.py: the glibc tuning applies where there is glibc, and is harmless elsewhere."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_tuning_applies_and_large_blocks_are_returned() -> None:
    # In a child: the thresholds last for the rest of a process.
    code = (
        "from kiosk import heap\n"
        "from kiosk.bench.process import rss_mib\n"
        "assert heap.tune()\n"
        "before = rss_mib()\n"
        "for _ in range(20):\n"
        "    block = bytearray(8 * 1024 * 1024)\n"  # a decoded photo's size, freed again
        "    small = [bytes(64) for _ in range(1000)]\n"  # something above it in the heap
        "    del block\n"
        "print(rss_mib() - before)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # Untuned, glibc keeps the last 8 MiB block in its heap (measured: +8.1 MiB); tuned, none.
    assert float(done.stdout.strip()) < 4


def test_trim_is_harmless_anywhere() -> None:
    from kiosk import heap

    heap.trim()


def test_module_sources_pyside_reads_are_not_kept(tmp_path: Path) -> None:
    # In a child: which modules are imported, and PySide's hook, are per process.
    (tmp_path / "uses_qt.py").write_text("import PySide6.QtCore\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("VALUE = 2\n", encoding="utf-8")
    code = (
        "import linecache, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import PySide6\n"
        "from kiosk import heap\n"
        "assert heap.forget_module_sources()\n"
        "assert heap.forget_module_sources()\n"  # a second call changes nothing more
        "import uses_qt, plain\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "print(sorted(f for f in linecache.cache if f.endswith(('uses_qt.py', 'plain.py'))))\n"
        "print(feature.pyside_feature_dict['uses_qt'], feature.pyside_feature_dict['plain'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    kept, answers = done.stdout.strip().splitlines()
    assert kept == "[]"  # nothing of either source stays in memory
    assert answers == "0 -1"  # and PySide still knows which module uses it


def test_module_sources_without_pyside_changes_nothing() -> None:
    code = (
        "import sys\nfrom kiosk import heap\nprint(heap.forget_module_sources(), 'PySide6' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_pyside_gets_the_answer_its_own_check_gives_for_every_module_the_kiosk_imports() -> None:
    code = (
        "import sys, PySide6\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "own = feature._mod_uses_pyside\n"
        "import kiosk.ui.bootstrap, kiosk.content.loader\n"
        "from kiosk import heap\n"
        "assert feature._mod_uses_pyside is heap._uses_pyside\n"
        "modules = [m for m in list(sys.modules.values()) if getattr(m, '__file__', None)]\n"
        "differ = [m.__name__ for m in modules if own(m) != heap._uses_pyside(m)]\n"
        "print(len(modules), sum(heap._uses_pyside(m) for m in modules), differ)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, using, differ = done.stdout.split(maxsplit=2)
    assert int(count) > 200 and int(using) > 20  # the kiosk's bridge modules, at least
    assert differ.strip() == "[]"
