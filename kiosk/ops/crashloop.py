"""Safe mode after a crash loop.

systemd restarts the kiosk forever (``Restart=always``, no start limit), which is right
for a one-off crash but not for a content folder that crashes the app on every load.
This guard notices: if ``limit`` runs that started within ``window_s`` all ended
uncleanly (crash, watchdog kill, power cut), :meth:`in_safe_mode` says so and the app
should start in safe mode instead of crashing again: with content that was not on screen when
it crashed (kiosk/commands/start_content.py), the admin screen reachable and a notice for staff.

The state file holds recent start times, each with whether that run ended cleanly and which
content it showed (:meth:`note_content`, called before the content is loaded and again at every
switch, so a crash while loading is blamed on what was being loaded). It is written atomically,
so a power cut during the write cannot lose the history.

Usage::

    guard = CrashLoopGuard(paths.crash_loop)
    guard.record_start()
    if guard.in_safe_mode(): ...
    ...
    guard.mark_clean_exit()   # on a normal quit only

Leaving safe mode: it ends by itself once the crashed runs fall out of the window; an
admin who fixed the cause can call :meth:`reset` (``kiosk admin`` or the admin view).

A full or read-only disk must not turn a clean stop into a recorded crash (three of those and the
next start would be in safe mode). So each run also creates an empty marker file beside the state
file, ``crash-loop.json.running``, and a clean stop removes it even when the state file cannot be
rewritten: removing a file needs no free space. At the next start, a run recorded as unclean whose
marker is gone is counted as clean. A start that cannot be recorded at all (read-only disk) is
simply not recorded: the run neither counts as a crash nor could it mark a clean stop.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.atomic import StrPath, atomic_write_json

log = logging.getLogger(__name__)

# More entries than any sensible limit needs; stops the file growing without end.
MAX_ENTRIES = 50


@dataclass
class _Start:
    at: float
    clean_exit: bool
    marker: bool = False  # this run made the marker file, so its absence means a clean stop
    content: str = ""  # what it showed last (a content version, or "bundled"); "" if not known


class CrashLoopGuard:
    def __init__(
        self,
        state_path: StrPath,
        limit: int = 3,
        window_s: float = 600,
        clock: Callable[[], float] = time.time,
        write: Callable[[Path, Any], None] = atomic_write_json,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._path = Path(state_path)
        self._marker = self._path.with_name(self._path.name + ".running")
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._write = write
        self._started = False
        self._recorded = False
        self._safe_mode = False
        # What the unclean runs in the window showed, newest first (what safe mode must not show);
        # "" for a run that crashed before it noted any (or was run by an earlier program version).
        self.crashed_with: tuple[str, ...] = ()
        self.unclean_runs = 0  # in the window, before this run
        self.problem: str | None = None  # why this run could not be recorded, for the health file

    def _load(self) -> list[_Start]:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            return [
                _Start(
                    float(item["at"]),
                    bool(item["clean_exit"]),
                    bool(item.get("marker", False)),
                    str(item.get("content") or ""),
                )
                for item in raw["starts"]
            ]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("crash-loop state %s unreadable; starting a fresh history", self._path)
            return []

    def _save(self, starts: list[_Start]) -> None:
        entries = [
            {"at": s.at, "clean_exit": s.clean_exit, "marker": s.marker}
            | ({"content": s.content} if s.content else {})
            for s in starts[-MAX_ENTRIES:]
        ]
        self._write(self._path, {"starts": entries})

    def _recent(self, starts: list[_Start], now: float) -> list[_Start]:
        # abs(): a clock stepped backwards (no RTC before NTP) leaves starts "in the
        # future"; count them as recent rather than trusting either clock reading.
        return [s for s in starts if abs(now - s.at) <= self.window_s]

    def record_start(self) -> bool:
        """Call first thing at start-up; returns :meth:`in_safe_mode`.

        The run counts as unclean until :meth:`mark_clean_exit`. The safe-mode decision
        is taken here, once: it does not flip in the middle of a run as time passes.
        """
        now = self._clock()
        starts = self._load()
        marker_left = self._marker.exists()
        if starts and not starts[-1].clean_exit:
            if starts[-1].marker and not marker_left:
                starts[-1].clean_exit = True  # it stopped cleanly but could not write so (full disk)
            else:
                log.warning("previous run did not exit cleanly")
        earlier = self._recent(starts, now)
        unclean = sum(1 for s in earlier if not s.clean_exit)
        crashed = (s.content for s in reversed(earlier) if not s.clean_exit)  # "": not recorded
        self.crashed_with = tuple(dict.fromkeys(crashed))
        self.unclean_runs = unclean
        made_marker = self._make_marker(marker_left)
        try:
            self._save([*earlier, _Start(now, clean_exit=False, marker=made_marker or marker_left)])
        except OSError as exc:
            self.problem = f"this start could not be recorded ({exc.strerror or exc})"
            log.error(
                "crash-loop state %s: %s; a crash now is not counted for safe mode", self._path, self.problem
            )
            if made_marker:
                self._remove_marker()
        else:
            self._recorded = True
        self._started = True
        self._safe_mode = unclean >= self.limit
        if self._safe_mode:
            log.error(
                "crash loop: %d unclean runs within %.0f s; starting in safe mode", unclean, self.window_s
            )
        return self._safe_mode

    def note_content(self, content: str) -> None:
        """This run now shows (or is about to load) ``content``: a content version's name, or
        "bundled". Never raises: a disk that cannot take it costs only the blame for a crash."""
        if not self._recorded:
            return
        starts = self._load()
        if not starts or starts[-1].clean_exit or starts[-1].content == content:
            return
        starts[-1].content = content
        try:
            self._save(starts)
        except OSError as exc:
            log.warning("could not note the content shown in %s (%s)", self._path, exc.strerror or exc)

    def _make_marker(self, exists: bool) -> bool:
        """Create the marker (True if this call created it); one left by a crash is kept."""
        if exists:
            return False
        try:
            self._marker.touch()
        except OSError:
            return False
        return True

    def _remove_marker(self) -> None:
        try:
            self._marker.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s: %s", self._marker, exc.strerror or exc)

    def mark_clean_exit(self) -> None:
        """Call on a normal quit (closing time, admin restart), never from a crash handler.

        Never raises: on a full disk the marker's removal alone records the clean stop.
        """
        if not self._recorded:
            return  # this run was never recorded, so there is nothing to mark
        starts = self._load()
        if starts and not starts[-1].clean_exit:
            starts[-1].clean_exit = True
            try:
                self._save(starts)
            except OSError as exc:
                log.warning("could not record the clean stop in %s (%s); the marker says it", self._path, exc)
        self._remove_marker()

    def in_safe_mode(self) -> bool:
        """Whether this run is in safe mode (as decided by :meth:`record_start`)."""
        if not self._started:
            # Asked before the run was recorded (e.g. by the CLI): judge the history.
            starts = self._recent(self._load(), self._clock())
            return sum(1 for s in starts if not s.clean_exit) >= self.limit
        return self._safe_mode

    def reset(self) -> None:
        """Leave safe mode and forget earlier crashes (after an admin fixed the cause).

        The current run stays recorded, so a crash after the reset still counts.
        """
        self._save(self._load()[-1:] if self._recorded else [])
        if not self._recorded:
            self._remove_marker()  # from a crashed run; no run is in progress to own it
        self._safe_mode = False
