"""Between visitors, the kiosk gives back the memory the last visit left behind.

Under OpenGL (Mesa's llvmpipe, or a GPU driver) the process's resident size climbs after start-up
to a plateau well above what is in use: screens, images and textures are made and freed on the GUI
thread, the render thread and the driver's threads, and glibc keeps much of what they freed
(docs/performance.md, "Soak under OpenGL": about 430 MiB against 271 at start; nothing was seen to
grow without bound). So once the attract screen has been showing for a few seconds, nobody is
there, and the kiosk collects Python's and QML's garbage, drops QML components no screen uses and
hands the heap's free pages back (``malloc_trim``): about 40 MiB lower between visitors, measured.
That took 120-250 ms on the GUI thread on a loaded machine, most of it Python's ``gc.collect()``,
at a moment when no one is looking; it is kept because the bounded figures were measured with it
(a run without it was within the noise, and hung before it could say more).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQml import QQmlEngine

from kiosk import heap
from kiosk.screens import table
from kiosk.ui.navigator import Navigator

log = logging.getLogger(__name__)

# long enough for the last screen's fade-out and deletion, short enough to be done before most
# next visitors arrive (a visitor who taps first only postpones it to the next attract screen)
SETTLE_MS: Final = 3000


class HeapKeeper(QObject):
    """Gives memory back once the attract screen has settled (``attract_shown`` starts it)."""

    def __init__(
        self,
        engine: QQmlEngine,
        on_attract: Callable[[], bool],
        trim: Callable[[], object] = heap.trim,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._on_attract = on_attract
        self._trim = trim
        self.releases = 0  # how many times memory was given back (read by tests and the soak)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.release)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def route_changed(self) -> None:
        """Start the wait on the attract screen; any other screen calls it off."""
        if self._on_attract():
            self._timer.start()
        else:
            self._timer.stop()

    def release(self) -> None:
        """Give back now, if the attract screen is still what is shown."""
        self._timer.stop()
        if not self._on_attract():
            return
        gc.collect()
        self._engine.collectGarbage()
        self._engine.trimComponentCache()
        self._trim()
        self.releases += 1
        log.debug("memory given back between visitors")


def between_visits(engine: QQmlEngine, navigator: Navigator) -> HeapKeeper:
    """A keeper that gives memory back whenever the attract screen has settled."""
    keeper = HeapKeeper(engine, lambda: navigator.current.screen == table.ATTRACT.screen)
    navigator.routeChanged.connect(keeper.route_changed)
    return keeper
