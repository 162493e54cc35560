"""The health files of the running kiosk, written from the GUI thread.

A timer rewrites them every ``interval_s`` (the heartbeat); they are also rewritten at once when
the first frame is up, when new content has been checked or switched in, and when the content's
fingerprint is known, so a monitor or ``kiosk status`` sees a change without waiting for the
timer. The report itself is put together by the pure :class:`kiosk.ops.health_board.HealthBoard`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtQuick import QQuickWindow

from kiosk.intake.staging import ContentStore
from kiosk.ops.health_board import ContentTracker, HealthBoard, RunFacts, previous_history
from kiosk.ops.health_sources import ContentVersions
from kiosk.ui.content_watcher import ContentWatcher

VERSION_CACHE = "content-versions.json"


class HealthFeed(QObject):
    _fingerprinted = Signal()  # emitted from the fingerprinting thread; delivered in the GUI thread

    def __init__(self, window: QQuickWindow, board: HealthBoard, exhibit_id: Callable[[], str]) -> None:
        super().__init__(window)
        self.board = board
        self._window = window
        self._exhibit_id = exhibit_id
        self._fingerprinted.connect(self.write)
        self._timer = QTimer(self, interval=max(100, int(board.interval_s * 1000)))
        self._timer.timeout.connect(self.write)
        self._timer.start()
        # Emitted on the render thread under the threaded render loop: queued, so Python runs on
        # the GUI thread only (docs/architecture.md, "No Python on Qt's threads").
        window.frameSwapped.connect(self._first_frame, Qt.ConnectionType.QueuedConnection)
        self.write()

    def fingerprinted(self) -> None:
        """Thread-safe: the content's fingerprint is known; write it out from the GUI thread."""
        self._fingerprinted.emit()

    def _first_frame(self) -> None:
        if self.board.up:  # frames swapped before the first queued call ran: queued calls of their own
            return
        self._window.frameSwapped.disconnect(self._first_frame)
        self.board.up = True
        self.write()

    def write(self) -> None:
        self.board.write()

    def watch_content(self, watcher: ContentWatcher, store: ContentStore) -> None:
        """Report what the content watcher does: every check and every switch, at once."""

        def swapped(_version: str) -> None:
            shown = store.current()
            if shown is not None:
                self.board.content.shown_from_store(self._exhibit_id(), shown)
            self.write()

        watcher.swapped.connect(swapped)
        watcher.staged.connect(lambda _result: self.write())

    def stop(self) -> None:
        """A clean stop: the last write says the kiosk is down, not frozen."""
        self._timer.stop()
        self.board.clean_stop()


def start_health(
    window: QQuickWindow,
    run: RunFacts,
    interval_s: float,
    shown: Path,
    exhibit_id: Callable[[], str],
    store: ContentStore | None,
    source: Path | None,
) -> HealthFeed:
    """The board, the content tracker and the feed, started with what the kiosk shows first.

    ``exhibit_id`` answers the id of the exhibit on screen now.
    """
    feed: HealthFeed | None = None

    def ready() -> None:
        if feed is not None:
            feed.fingerprinted()

    versions = ContentVersions(run.health_dir / VERSION_CACHE, on_ready=ready)
    tracker = ContentTracker(versions, store, source, previous_history(run.health_dir))
    if store is not None and shown.parent == store.root / "versions":
        tracker.shown_from_store(exhibit_id(), shown)
    else:
        tracker.shown(exhibit_id(), shown, since=time.time())
    board = HealthBoard(run, tracker, interval_s=interval_s)
    feed = HealthFeed(window, board, exhibit_id)
    return feed
