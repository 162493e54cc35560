"""Where the health report is put together: fed by the parts of the kiosk that know each fact.

The running kiosk makes one :class:`HealthBoard` at start-up, hands it the facts fixed for the run
(version, start, safe mode), sets the ``*_source`` callables to the objects that know the rest
(the analytics store, the opening hours, the log), and tells its :class:`ContentTracker` what is
on screen. The Qt side calls :meth:`HealthBoard.write` on a timer and after every content event.
A fact whose source fails is reported as unknown (and logged); the health file is never the thing
that stops a kiosk.

Pure Python: no Qt.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from kiosk.atomic import remove_stale_temp_files
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.health import (
    MAX_HISTORY,
    ContentReport,
    Health,
    Shown,
    SnapshotError,
    read_snapshot,
    write_health,
)
from kiosk.ops.health_sources import (
    STARTS,
    ContentVersions,
    StartCounter,
    Starts,
    app_version,
    resident_memory_bytes,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Version(Protocol):
    @property
    def path(self) -> Path: ...
    @property
    def fingerprint(self) -> str: ...
    @property
    def promoted_at(self) -> str: ...


class _Attempt(Protocol):
    @property
    def at(self) -> str: ...
    @property
    def fingerprint(self) -> str: ...
    @property
    def ok(self) -> bool: ...
    @property
    def problems(self) -> tuple[str, ...]: ...


class _Status(Protocol):
    @property
    def current(self) -> _Version | None: ...
    @property
    def last_attempt(self) -> _Attempt | None: ...
    @property
    def waiting(self) -> str | None: ...


class ContentStoreView(Protocol):
    """What the report needs of the kiosk's content store (kiosk.intake.staging.ContentStore).

    A protocol rather than an import: ops and content stay independent packages.
    """

    def status(self) -> _Status: ...
    def fingerprint(self, source: Path) -> str: ...


def _iso_to_unix(text: str) -> float:
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return 0.0


class ContentTracker:
    """What content is on screen, and what the kiosk is doing with its content folder.

    ``store`` and ``source`` are the kiosk's content store and the curator's folder it watches
    (both ``None`` when it shows the bundled exhibit only).
    """

    def __init__(
        self,
        versions: ContentVersions,
        store: ContentStoreView | None,
        source: Path | None,
        history: tuple[Shown, ...] = (),
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._versions = versions
        self._store = store
        self._source = source
        self._clock = clock
        self._history = history
        self._exhibit = ""
        self._path: Path | None = None
        self._store_version = ""
        self._since = 0.0

    def shown(self, exhibit: str, path: Path, *, store_version: str = "", since: float | None = None) -> None:
        """The kiosk now shows ``path`` (a store version, or the bundled exhibit)."""
        self._exhibit, self._path, self._store_version = exhibit, path, store_version
        self._since = self._clock() if since is None else since
        self._versions.get(path)  # start fingerprinting now, not at the next report

    def shown_from_store(self, exhibit: str, path: Path) -> None:
        """Shown a version of the content store: its name and switch time come from the store."""
        since = None
        if self._store is not None:
            current = self._store.status().current
            if current is not None and current.path == path:
                since = _iso_to_unix(current.promoted_at) or None
        self.shown(exhibit, path, store_version=path.name, since=since)

    def report(self) -> ContentReport:
        version = self._versions.get(self._path) if self._path is not None else ""
        state, error, error_at = self._state()
        if version and (not self._history or self._history[0].version != version):
            self._history = (Shown(version, self._exhibit, self._since), *self._history)[:MAX_HISTORY]
        return ContentReport(
            exhibit=self._exhibit,
            version=version,
            state=state,
            shown_since=self._since,
            error=error,
            error_at=error_at,
            store_version=self._store_version,
            folder=str(self._source) if self._source is not None else "",
            history=self._history,
        )

    def _state(self) -> tuple[str, str, float]:
        """(state, first error of the last failed check, when it was made)."""
        if self._store is None or self._source is None:
            return "bundled", "", 0.0
        status = self._store.status()
        attempt = status.last_attempt
        error, error_at = "", 0.0
        if attempt is not None and not attempt.ok:
            error = attempt.problems[0] if attempt.problems else "the content could not be checked"
            error_at = _iso_to_unix(attempt.at)
        folder = self._store.fingerprint(self._source)
        if status.waiting:
            state = "waiting"
        elif attempt is not None and attempt.fingerprint == folder:
            state = "current" if attempt.ok else "rejected"
        elif status.current is not None and status.current.fingerprint == folder:
            state = "current"
        else:
            state = "changing"
        if state == "current" and not self._store_version:
            state = "bundled"  # no good copy of the folder yet: the bundled exhibit stands in
        return state, error, error_at


@dataclass(frozen=True)
class RunFacts:
    """What is fixed for one run of the kiosk."""

    health_dir: Path
    app_version: str
    started_at: float
    starts: Starts
    safe_mode: bool
    crash_limit: int = 3  # the crash-loop guard's limit and window
    crash_window_s: float = 600
    name: str = ""


def begin_run(health_dir: Path, name: str, guard: CrashLoopGuard, safe_mode: bool) -> RunFacts:
    """Count this start, first thing at start-up, so that a crash later in start-up still counts."""
    started = time.time()
    starts = StartCounter(health_dir / STARTS).record_start(started)
    return RunFacts(health_dir, app_version(), started, starts, safe_mode, guard.limit, guard.window_s, name)


class HealthBoard:
    def __init__(
        self,
        run: RunFacts,
        content: ContentTracker,
        *,
        interval_s: float,
        clock: Callable[[], float] = time.time,
        memory: Callable[[], int | None] = resident_memory_bytes,
    ) -> None:
        self.health_dir = health_dir = run.health_dir
        self.run = run
        self.content = content
        self.interval_s = interval_s
        self.up = False
        self.stopped = False
        self.visits_source: Callable[[], int | None] = lambda: None
        self.display_source: Callable[[], bool] = lambda: True
        self.analytics_paused_source: Callable[[], bool] = lambda: False
        self.last_error_source: Callable[[], float | None] = lambda: None
        self.notices_source: Callable[[], tuple[str, ...]] = lambda: ()
        self._clock = clock
        self._memory = memory
        with contextlib.suppress(OSError):
            health_dir.mkdir(parents=True, exist_ok=True)
            remove_stale_temp_files(health_dir)

    def _ask(self, what: str, source: Callable[[], T], fallback: T) -> T:
        try:
            return source()
        except Exception:
            log.exception("health: could not find out %s", what)
            return fallback

    def snapshot(self) -> Health:
        now = self._clock()
        run = self.run
        return Health(
            up=self.up,
            app_version=run.app_version,
            now=now,
            interval_s=self.interval_s,
            started_at=run.started_at,
            starts_total=run.starts.total,
            unclean_exits_total=run.starts.unclean,
            crash_loop=run.starts.crash_loop(now, run.crash_limit, run.crash_window_s),
            safe_mode=run.safe_mode,
            content=self._ask("the content state", self.content.report, _unknown_content()),
            display_on=self._ask("the display state", self.display_source, True),
            analytics_paused=self._ask("the statistics state", self.analytics_paused_source, False),
            visits_today=self._ask("today's visits", self.visits_source, None),
            rss_bytes=self._ask("the memory use", self._memory, None),
            last_error_at=self._ask("the last error", self.last_error_source, None),
            name=run.name,
            stopped=self.stopped,
            notices=self._ask("what needs fixing", self.notices_source, ()),
        )

    def clean_stop(self) -> None:
        """The kiosk is quitting normally: say it is down (not frozen) and count a clean end."""
        self.up = False
        self.stopped = True
        self.write()
        StartCounter(self.health_dir / STARTS).record_clean_stop()

    def write(self) -> bool:
        """Write the health files now. False (logged) if they could not be written."""
        try:
            write_health(self.health_dir, self.snapshot())
        except Exception:
            log.exception("could not write the health files in %s", self.health_dir)
            return False
        return True


def _unknown_content() -> ContentReport:
    return ContentReport(exhibit="", version="", state="changing", shown_since=0.0)


def previous_history(health_dir: Path) -> tuple[Shown, ...]:
    """The content history the last run wrote (empty if there is none)."""
    try:
        return read_snapshot(health_dir).content.history
    except (OSError, SnapshotError):
        return ()
