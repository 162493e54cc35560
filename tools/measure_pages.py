"""How long opening each screen holds the interface thread, and what it costs in memory.

    python tools/measure_pages.py                       # every screen of the bundled exhibit
    python tools/measure_pages.py FOLDER chapter/x ...  # some screens of a content folder

Runs the real kiosk offscreen, opens each route in turn and prints, per route, how long
``navigator.go()`` took, when the first frame after it was drawn, the longest gap between frames
while the screen settled (the interface thread was busy for that long), and the process's memory.
The figures are for docs/performance.md; on a shared machine they are noisy, so say so.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path


def _memory_mb(field: str) -> float:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from kiosk.content.routes import all_routes
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from kiosk import resources
    from kiosk.content.loader import load
    from kiosk.ui.bootstrap import KioskOptions, build
    from kiosk.ui.navigator import BUILT_SCREENS
    from kiosk.ui.settle import settle

    folder = Path(argv[0]) if argv else resources.bundled_exhibit()
    app = QGuiApplication([])
    started = time.perf_counter()
    result = load(folder)
    print(f"loaded {folder} in {(time.perf_counter() - started) * 1000:.0f} ms")
    for problem in result.errors:
        print(f"  {problem}")
    assert result.exhibit is not None
    routes = argv[1:] or [str(r) for r in all_routes(result.exhibit) if r.screen in BUILT_SCREENS]
    kiosk = build(result.exhibit, folder, KioskOptions(cache_dir=Path.home() / ".cache" / "kiosk-measure"))
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    kiosk.images.wait()
    kiosk.navigator.begin()
    settle(kiosk.window, 1.0)
    print(f"memory on the home screen: {_memory_mb('VmRSS'):.0f} MB")
    frames: list[float] = []
    kiosk.window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))
    worst: list[tuple[float, str]] = []
    for route in routes:
        frames.clear()
        start = time.perf_counter()
        kiosk.navigator.go(route)
        QCoreApplication.processEvents()
        go_ms = (time.perf_counter() - start) * 1000
        settle(kiosk.window, 1.0)
        gaps = [(b - a) * 1000 for a, b in zip([start, *frames], frames, strict=False)]
        first = (frames[0] - start) * 1000 if frames else float("nan")
        longest = max(gaps, default=float("nan"))
        worst.append((longest, route))
        print(
            f"{route}: go() {go_ms:.0f} ms, first frame {first:.0f} ms, longest frame gap {longest:.0f} ms, "
            f"memory {_memory_mb('VmRSS'):.0f} MB (peak {_memory_mb('VmHWM'):.0f} MB)"
        )
    kiosk.navigator.go("home")
    settle(kiosk.window, 1.0)
    worst.sort(reverse=True)
    print(
        f"{len(routes)} screens; median of the longest gaps {statistics.median(w for w, _ in worst):.0f} ms"
    )
    print("longest: " + ", ".join(f"{route} {gap:.0f} ms" for gap, route in worst[:5]))
    print(f"memory back on home: {_memory_mb('VmRSS'):.0f} MB (peak {_memory_mb('VmHWM'):.0f} MB)")
    kiosk.shut_down()
    del app
    return 0


if __name__ == "__main__":  # the photo workers are spawned processes: they must not run this again
    sys.exit(main(sys.argv[1:]))
