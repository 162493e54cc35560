"""New content on a running kiosk, the Qt part: notice a change, let it settle, check it, swap.

The curator's folder is watched (file-system events, and a slow poll for shares that send none).
Once it has stopped changing, it is staged by kiosk/intake/staging.py in a worker thread: copied,
loaded, checked and its images prepared. Only a copy that loads without errors is switched in, and
only when no visitor is mid-visit (on the attract screen). Anything else stays off screen; the log
and the admin view say why.

A copy in progress must never show. Its temporary files and the files its lists name but that are
not there yet are errors; but a missing translation or a link to nothing is also what a curator may
mean, so a version with such a gap (``StageResult.incomplete``) is held back until the folder has
not changed for ``incomplete_wait_s`` (five minutes), which no copy pauses for between two files.

The first start is the same: the kiosk shows the bundled exhibit until the folder has been checked
exactly as a live change would be, photos included.

Time comes from ``clock`` and the settle timer's work is :meth:`tick`, so a test can copy a folder
file by file, with pauses as long as it likes, without sleeping.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.content.model import Exhibit
from kiosk.intake.staging import ContentStore, PrepareImages, StageResult
from kiosk.ui.admin import ContentStatus
from kiosk.ui.bootstrap import Kiosk

log = logging.getLogger(__name__)
MAX_WATCHED_DIRS = 500
INCOMPLETE_WAIT_S = 300.0
Job = Callable[[], None]


def _in_thread(job: Job) -> None:
    threading.Thread(target=job, name="stage-content", daemon=True).start()


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
        incomplete_wait_s: float = INCOMPLETE_WAIT_S,
        clock: Callable[[], float] = time.monotonic,
        run_in_background: Callable[[Job], None] = _in_thread,
        check_folder_as_it_is: bool = True,
    ) -> None:
        super().__init__(kiosk.window)
        self._kiosk = kiosk
        self._store = store
        self._source = source
        self._prepare = prepare
        self._clock = clock
        self._run = run_in_background
        self._incomplete_wait_s = incomplete_wait_s
        self._busy = False
        self._pending: StageResult | None = None
        self._held: StageResult | None = None  # checked, but with gaps: shown once quiet for long
        self._quiet_since = clock()
        self._forced = False
        # The last folder state that was checked, good or not: after a rollback and a restart the
        # folder still differs from what is shown, and must not be staged and shown again.
        status = store.status()
        last = status.last_attempt or status.current
        self._known = last.fingerprint if last else ""
        if not check_folder_as_it_is:
            # Safe mode: the folder may be what crashed the kiosk while it was being checked. Only
            # a change to it (the curator's fix) is checked, or the admin's "Check the folder again".
            self._known = store.fingerprint(source)
        self._seen = ""
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(self._changed)
        self._fs.fileChanged.connect(self._changed)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self.tick)
        self._hold = QTimer(self, singleShot=True)
        self._hold.timeout.connect(self.tick)
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

    def tick(self) -> None:
        """The settle timer's work: note a change, or act on a folder that has stopped changing."""
        fingerprint = self._store.fingerprint(self._source)
        if fingerprint != self._seen:
            self._seen = fingerprint  # still changing: look again once it has been quiet
            self._quiet_since = self._clock()
            self._held = None
            self._settle.start()
            return
        self._watch()
        if self._held is not None:
            self._release_if_quiet()
        elif fingerprint != self._known and not self._busy:
            self._stage()

    def _stage(self) -> None:
        self._busy = True
        log.info("content folder %s changed; checking it", self._source)
        self._run(self._stage_in_background)

    def _stage_in_background(self) -> None:
        self.staged.emit(self._store.stage(self._source, self._prepare))

    def _on_staged(self, result: StageResult) -> None:
        self._busy = False
        self._known = result.fingerprint
        forced, self._forced = self._forced, False
        for photo_id, reason in sorted(result.left_out.items()):
            log.warning(
                "content: photo '%s' cannot be shown and is left out of the exhibit: %s", photo_id, reason
            )
        if result.ok and result.incomplete and not forced:
            gaps = [p for p in result.problems if p.incomplete]
            log.info(
                "new content %s checked, but %d named file(s) or item(s) are missing (e.g. %s: %s); it is "
                "shown if the folder stays unchanged for %.0f minutes",
                result.version,
                len(gaps),
                gaps[0].file,
                gaps[0].message,
                self._incomplete_wait_s / 60,
            )
            self._held = result
            self._release_if_quiet()
        elif result.ok:
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

    def _release_if_quiet(self) -> None:
        held = self._held
        if held is None:
            return
        waited = self._clock() - self._quiet_since
        if held.fingerprint != self._seen:
            self._held = None
        elif waited >= self._incomplete_wait_s:
            log.info(
                "the folder has not changed for %.0f s; new content %s is shown as it is",
                waited,
                held.version,
            )
            self._held, self._pending = None, held
            self._swap_if_idle()
        else:
            self._hold.start(int((self._incomplete_wait_s - waited) * 1000) + 100)

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
        self._held = None
        self._forced = True  # and show it even with gaps: the admin knows the copy is done
        self._stage()
        return "Checking the content folder now."

    def rollback(self) -> str:
        path = self._store.rollback()
        if path is None:
            return "There is no earlier content to go back to."
        result = self._store.load_version(path)
        if result.exhibit is None:
            return "The earlier content could not be loaded."
        self._pending = None
        self.show(result.exhibit, path, path.name)
        return f"Went back to the content of {path.name}."

    def _held_lines(self) -> list[str]:
        """For the admin view: a checked version held back because named things are missing."""
        held = self._held
        if held is None:
            return []
        left = max(0.0, self._incomplete_wait_s - (self._clock() - self._quiet_since))
        due = datetime.now() + timedelta(seconds=left)
        gaps = [p for p in held.problems if p.incomplete]
        return [
            f"A new version is waiting: {len(gaps)} named file(s) or item(s) are missing, as while a copy "
            f"is still on its way. It is shown at {due:%H:%M} if the folder does not change, or at once "
            "with 'Check the folder again'.",
            *(str(p) for p in gaps[:5]),
        ]

    def status(self) -> ContentStatus:
        status = self._store.status()
        current, attempt = status.current, status.last_attempt
        problems = list(attempt.problems) if attempt and not attempt.ok else []
        held = self._held_lines()
        return ContentStatus(
            showing=self._kiosk.context.exhibit.manifest.id + (f" ({current.version})" if current else ""),
            folder=str(self._source),
            since=current.promoted_at if current else "",
            waiting=held[0] if held else status.waiting or "",
            problems=tuple(
                held
                + ([f"The last change was not shown ({attempt.at}):"] if problems and attempt else [])
                + problems[:30]
            ),
        )
