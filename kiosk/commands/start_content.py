"""What ``kiosk run`` shows at start-up, and in safe mode.

Normally: the last good copy of the curator's folder (even if the folder is broken now), else the
bundled exhibit.

Safe mode (kiosk/ops/crashloop.py: three unclean ends within ten minutes) must never load the
content that was on screen when the kiosk crashed, or content that crashes the kiosk keeps crashing
it. Every run notes what it shows before loading it, so the guard knows what the crashed runs
showed. Safe mode then shows the newest good version of the content store that none of them
showed, and only when there is none, the bundled exhibit:

- the museum's own earlier content is what its visitors expect; the bundled exhibit is the
  product's showcase, likely on another subject altogether;
- every stored version was checked and shown before; if one of them crashes the kiosk too, that
  run is blamed as well and the next start goes one version further back, down to the bundled
  exhibit (at most as many extra crashes as versions are kept, three);
- a crash that is not the content's fault (three power cuts in a row) costs only a step back to
  the previous version until safe mode is left, never a blank or "out of order" screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Final

from kiosk import resources
from kiosk.content.cache import load_cached
from kiosk.content.loader import LoadResult
from kiosk.intake.staging import ContentStore
from kiosk.ops.crashloop import CrashLoopGuard

log = logging.getLogger(__name__)

BUNDLED: Final = "bundled"  # what the crash-loop guard notes for the bundled exhibit


def choose_content(
    source: Path | None,
    store: ContentStore | None,
    crashed: Collection[str] | None = None,
    loading: Callable[[str], None] = lambda _label: None,
    cache: Path | None = None,
) -> tuple[Path, LoadResult]:
    """What to show at start-up. ``crashed``: in safe mode, what the crashed runs showed (version
    names, or "bundled"), none of which is shown. ``loading`` hears each candidate's name before it
    is loaded, so that a crash while loading is blamed on it.

    A folder never checked before is not shown here: the content watcher checks it exactly as it
    checks a change on a running kiosk (a copy still on its way, photos that cannot be shown) and
    switches to it once it is good, so the kiosk is up at once however big the folder is.
    ``cache``: where the checked content is kept, so that an unchanged folder is not checked again
    at the next start (kiosk/content/cache.py).
    """
    if source is not None and store is not None:
        versions = store.good_versions()
        if crashed is not None:
            # A crash whose content is not known is blamed on the current version, which is what
            # was most likely on screen (a history kept by an earlier program version notes none).
            blamed = set(crashed) | ({versions[0].name} if "" in crashed and versions else set())
            versions = [v for v in versions if v.name not in blamed]
        for path in versions if crashed is not None else versions[:1]:
            loading(path.name)
            result = store.load_version(path, cache)
            if result.exhibit is not None:
                for problem in result.warnings:
                    if "left out of the exhibit" in problem.message:
                        log.warning("content: %s", problem)
                return path, result
        if crashed is None:
            log.warning(
                "no checked copy of %s yet; the bundled exhibit shows until it has been checked", source
            )
    bundled = resources.bundled_exhibit()
    loading(BUNDLED)
    return bundled, load_cached(bundled, cache)


def label(path: Path, store: ContentStore | None) -> str:
    """The name the crash-loop guard and the admin view give the content in ``path``."""
    return path.name if store is not None and path in store.good_versions() else BUNDLED


def describe(name: str) -> str:
    if not name:
        return "content it did not note"
    return "the exhibit bundled with the kiosk" if name == BUNDLED else f"content version {name}"


def safe_mode_lines(guard: CrashLoopGuard, shown: str) -> tuple[str, ...]:
    """For the admin view and the log: why the kiosk is in safe mode and what it shows instead."""
    crashed = ", ".join(describe(name) for name in guard.crashed_with) or describe("")
    minutes = guard.window_s / 60
    lines = [
        f"The kiosk stopped unexpectedly {guard.unclean_runs} times within {minutes:.0f} minutes "
        f"(a crash, a freeze or a power cut) while showing {crashed}.",
        f"It now shows {describe(shown)} instead, until safe mode is left.",
        "New content in the content folder is checked and shown as usual.",
    ]
    if shown == BUNDLED and guard.crashed_with == (BUNDLED,):
        lines[1] = "It shows the exhibit bundled with the kiosk: there is nothing else to show."
    return tuple(lines)


def keep_shown_content(
    store: ContentStore | None, guard: CrashLoopGuard, shown: Callable[[], Path]
) -> Callable[[], tuple[str, bool]]:
    """The admin view's "Keep showing this content" in safe mode: what is on screen becomes the
    current content (the versions after it are forgotten) and safe mode ends. Answers a message
    and whether safe mode is over."""

    def keep() -> tuple[str, bool]:
        path = shown()
        if store is None or path not in store.good_versions():
            return (
                "The bundled exhibit is shown because no earlier content is stored. Put right the "
                "content folder (or leave safe mode to try it again).",
                False,
            )
        store.rollback(to=path)
        try:
            guard.reset()
        except OSError as exc:
            return f"{path.name} is the current content now, but safe mode could not be left ({exc}).", False
        log.info("safe mode left by the admin, keeping content version %s", path.name)
        return f"Content version {path.name} is the current content now; safe mode is over.", True

    return keep
