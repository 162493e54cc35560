"""New content on a running kiosk, the Qt part: notice a change, let it settle, check it, swap.

The curator's folder is watched (file-system events, and a slow poll for shares that send none).
Once it has stopped changing, it is staged by kiosk/intake/staging.py in a worker thread: copied,
loaded, checked and its images prepared. Only a copy that loads cleanly is switched in, and only
when no visitor is mid-visit (on the attract screen). Anything else stays off screen; the log and
the admin view say why.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.intake.staging import ContentStore, PrepareImages, StageResult
from kiosk.ui.admin import ContentStatus
from kiosk.ui.bootstrap import Kiosk

log = logging.getLogger(__name__)
MAX_WATCHED_DIRS = 500


class ContentWatcher(QObject):
    staged = Signal(object)  # a StageResult, emitted from the staging thread
    swapped = Signal(str)  # the version now on screen

    def __init__(
        self,
        kiosk: Kiosk,
        store: ContentStore,
        source: Path,
        prepare: PrepareImages | None = None,
        *,
        settle_ms: int = 3000,
        poll_ms: int = 30000,
    ) -> None:
        super().__init__(kiosk.window)
        self._kiosk = kiosk
        self._store = store
        self._source = source
        self._prepare = prepare
        self._busy = False
        self._pending: StageResult | None = None
        # The last folder state that was checked, good or not: after a rollback and a restart the
        # folder still differs from what is shown, and must not be staged and shown again.
        status = store.status()
        last = status.last_attempt or status.current
        self._known = last.fingerprint if last else ""
        self._seen = ""
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(self._changed)
        self._fs.fileChanged.connect(self._changed)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self._settled)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self._changed)
        self._poll.start()
        self.staged.connect(self._on_staged)
        kiosk.navigator.routeChanged.connect(self._swap_if_idle)
        self._watch()
        self._changed()  # the folder may have changed while the kiosk was off

    @property
    def busy(self) -> bool:
        return self._busy

    def _watch(self) -> None:
        if not self._source.is_dir():
            return
        folders = [self._source, *(p for p in self._source.rglob("*") if p.is_dir() and not p.is_symlink())]
        wanted = {str(p) for p in folders[:MAX_WATCHED_DIRS]}
        current = set(self._fs.directories())
        if wanted - current:
            self._fs.addPaths(sorted(wanted - current))

    def _changed(self, *_: object) -> None:
        self._settle.start()

    def _settled(self) -> None:
        fingerprint = self._store.fingerprint(self._source)
        if fingerprint != self._seen:
            self._seen = fingerprint  # still changing: look again once it has been quiet
            self._settle.start()
            return
        self._watch()
        if fingerprint != self._known and not self._busy:
            self._stage()

    def _stage(self) -> None:
        self._busy = True
        log.info("content folder %s changed; checking it", self._source)
        thread = threading.Thread(target=self._stage_in_thread, name="stage-content", daemon=True)
        thread.start()

    def _stage_in_thread(self) -> None:
        self.staged.emit(self._store.stage(self._source, self._prepare))

    def _on_staged(self, result: StageResult) -> None:
        self._busy = False
        self._known = result.fingerprint
        if result.ok:
            log.info(
                "new content %s checked; it is shown at the next return to the attract screen", result.version
            )
            self._pending = result
            self._swap_if_idle()
        else:
            log.warning(
                "new content in %s was not switched in: %d error(s); the previous content stays",
                self._source,
                len(result.errors),
            )
            for problem in result.errors[:20]:
                log.warning("content: %s", problem)

    def _swap_if_idle(self) -> None:
        if self._pending is None or self._kiosk.navigator.current.screen != "attract":
            return
        result, self._pending = self._pending, None
        try:
            path = self._store.promote(result)
        except ValueError:
            log.exception("the checked content could not be switched in")
            return
        assert result.exhibit is not None
        self.show(result.exhibit, path, result.version)

    def show(self, exhibit: Exhibit, path: Path, version: str) -> None:
        self._kiosk.images.start(exhibit, path)
        self._kiosk.context.set_exhibit(exhibit, path)
        log.info("now showing content version %s", version)
        self.swapped.emit(version)

    # --- for the admin view ------------------------------------------------------------------
    def check_now(self) -> str:
        if self._busy:
            return "The folder is being checked already."
        self._seen = self._store.fingerprint(self._source)
        self._known = ""  # check even when unchanged: the admin asked
        self._stage()
        return "Checking the content folder now."

    def rollback(self) -> str:
        path = self._store.rollback()
        if path is None:
            return "There is no earlier content to go back to."
        result = load(path)
        if result.exhibit is None:
            return "The earlier content could not be loaded."
        self._pending = None
        self.show(result.exhibit, path, path.name)
        return f"Went back to the content of {path.name}."

    def status(self) -> ContentStatus:
        status = self._store.status()
        current, attempt = status.current, status.last_attempt
        problems = list(attempt.problems) if attempt and not attempt.ok else []
        return ContentStatus(
            showing=self._kiosk.context.exhibit.manifest.id + (f" ({current.version})" if current else ""),
            folder=str(self._source),
            since=current.promoted_at if current else "",
            waiting=status.waiting or "",
            problems=tuple(
                ([f"The last change was not shown ({attempt.at}):"] if problems and attempt else [])
                + problems[:30]
            ),
        )
