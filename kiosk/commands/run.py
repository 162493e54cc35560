"""``kiosk run``: the exhibit, fullscreen, for visitors, with the services that keep it running.

The kiosk always comes up and shows an exhibit, whatever state it finds: a mistake in a settings
file falls back to the default, a damaged statistics database is moved aside, and a full or
read-only state folder costs the log file, the statistics and the crash history, never the
exhibit (docs/operations.md, "When something is wrong").
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from kiosk.analytics.guarded import GuardedStore
from kiosk.commands.start_content import choose_content, keep_shown_content, label, safe_mode_lines
from kiosk.config import Config, read_config
from kiosk.intake.staging import ContentStore, prepare_in
from kiosk.ops import watchdog
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.health_board import begin_run
from kiosk.ops.logs import setup_logging
from kiosk.ops.paths import StateLayout, state_dir
from kiosk.ops.schedule import schedule_from_settings
from kiosk.ui.admin import ContentStatus
from kiosk.ui.admin_services import RESTART_EXIT_CODE, admin_services, load_admin_settings, restart_process
from kiosk.ui.bootstrap import KioskOptions, build
from kiosk.ui.content_watcher import ContentWatcher
from kiosk.ui.first_frame import FirstFrame, FirstFrameKeeper, HandOver, place_window
from kiosk.ui.font_coverage import FontNotices
from kiosk.ui.health_feed import start_health
from kiosk.ui.unattended import (
    GracefulStop,
    Lockdown,
    OpeningHours,
    VisitRecorder,
    WatchdogPinger,
)

log = logging.getLogger(__name__)

CONTENT_CACHE = "content-cache"  # in the state folder: the checked content (kiosk/content/cache.py)


def run(args: argparse.Namespace, first: FirstFrame) -> int:
    """The kiosk, built while ``first`` (a picture of its attract screen, kiosk/cli.py) is shown."""
    report = read_config(getattr(args, "config", None))  # never fails: bad values fall back
    config = report.config
    schedule = schedule_from_settings(config.schedule)  # checked by read_config
    layout = StateLayout(config.state_dir or state_dir())
    state_problems = layout.prepare()
    logs = setup_logging(layout.logs, stderr=False)  # the command line already logs to stderr
    for problem in report.problems:
        log.warning("settings: %s", problem)
    for problem in state_problems:
        log.error("%s; the exhibit runs, without what cannot be written", problem)
    guard = CrashLoopGuard(layout.crash_loop)
    safe_mode = guard.record_start()
    run_facts = begin_run(layout.health_dir, config.name, guard, safe_mode)
    analytics = GuardedStore(layout.analytics_db)

    source: Path | None = args.content or config.content
    store = ContentStore(layout.root / "content") if source is not None else None
    crashed = guard.crashed_with if safe_mode else None
    cache = layout.root / CONTENT_CACHE
    content, result = choose_content(source, store, crashed, loading=guard.note_content, cache=cache)
    if safe_mode:
        for line in safe_mode_lines(guard, label(content, store)):
            log.error("safe mode: %s", line)
    if result.exhibit is None:
        print("kiosk: not even the bundled exhibit loads; the installation is damaged.", file=sys.stderr)
        return 2

    settings: dict[str, Any] = {"language": config.language, "idle_timeout_s": int(config.idle_timeout_s)}
    admin_settings, admin_problems = load_admin_settings(layout)
    for problem in admin_problems:
        log.warning("admin settings: %s", problem)
    settings |= {k: v for k, v in admin_settings.items() if k in settings}

    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)  # made for the first frame
    kiosk = build(result.exhibit, content, options_from(args, config, layout, settings))
    if config.speech.enabled:  # every text spoken, prepared in the background (never on a tap)
        kiosk.speech.prepare_in_background(result.exhibit, content)
        kiosk.speech.watch_jack()
    screen = args.screen if args.screen is not None else config.screen
    place_window(kiosk.window, screen, args.windowed, args.size)
    kiosk.keep.append(HandOver(first, kiosk.window, kiosk.navigator.begin))
    alone = lambda: not kiosk.admin.is_open and not kiosk.speech.mode.active  # noqa: E731
    keeper = FirstFrameKeeper(first.start_file, screen, kiosk.window, kiosk.navigator, kiosk.context, alone)
    kiosk.keep.append(keeper)  # the picture the next start shows first

    lockdown = Lockdown(kiosk.window)

    GracefulStop(app, stopper(app, lockdown))
    recorder = VisitRecorder(analytics, kiosk.navigator, kiosk.session, kiosk.idle)
    WatchdogPinger(kiosk.window, f"showing {result.exhibit.manifest.id}")
    exhibit_id = lambda: kiosk.context.exhibit.manifest.id  # noqa: E731 - asked again after each swap
    health = start_health(
        kiosk.window, run_facts, config.health_interval_s, content, exhibit_id, store, source
    )
    health.board.last_error_source = lambda: logs.last_error_at
    health.board.visits_source = lambda: analytics.today_summary(datetime.now()).sessions
    health.board.analytics_paused_source = lambda: not analytics.state.recording
    # The interface language is always one of the exhibit's, so its languages are all to check.
    health.board.notices_source = FontNotices(lambda: kiosk.context.exhibit.languages)
    if schedule is not None:
        hours = OpeningHours(kiosk.window, schedule, kiosk.end_session)
        health.board.display_source = lambda: hours.awake
    kiosk.keep.append(lockdown)
    started = datetime.now().strftime("%Y-%m-%d %H:%M")

    def bundled_status() -> ContentStatus:
        return ContentStatus(result.exhibit.manifest.id if result.exhibit else "", str(content), started)

    if store is not None and source is not None:
        watcher = ContentWatcher(
            kiosk,
            store,
            source,
            prepare_in(kiosk.images.cache),
            settle_ms=int(config.content_settle_s * 1000),
            check_folder_as_it_is=not safe_mode,
        )
        watcher.swapped.connect(guard.note_content)
        health.watch_content(watcher, store)
        status, reload, rollback = watcher.status, watcher.check_now, watcher.rollback
    else:
        status, reload, rollback = bundled_status, lambda: "The bundled exhibit does not change.", lambda: ""
    services = admin_services(kiosk, layout, analytics, guard, lockdown, settings, status, reload, rollback)
    if safe_mode:

        def shown() -> Path:  # asked again after each swap
            return kiosk.context.content_dir

        services.safe_mode_lines = lambda: safe_mode_lines(guard, label(shown(), store))
        services.keep_content = keep_shown_content(store, guard, shown)
    kiosk.admin.attach(services)

    code = app.exec()
    # Each step on its own: a full disk failing one must not skip the clean-stop record.
    for step in (
        health.stop,
        recorder.shutdown,
        analytics.close,
        watchdog.stopping,
        kiosk.shut_down,
        guard.mark_clean_exit,
    ):
        try:
            step()
        except Exception:
            log.exception("while stopping")
    logs.close()
    if code == RESTART_EXIT_CODE:
        restart_process()
    return code


def stopper(app: QGuiApplication, lockdown: Lockdown) -> Callable[[], None]:
    """What SIGTERM and SIGINT do: end the event loop, as a normal quit."""

    def stop() -> None:
        # exit(), not quit(): in Qt 6 quit() first closes every window inside the event loop, and a
        # window closed while its first frames are still being drawn crashed the kiosk (about one
        # SIGTERM in ten right after start-up: a crash, counted for safe mode). The window is
        # closed after the loop, by Kiosk.shut_down(), in the order that is safe.
        lockdown.allow_quit()
        app.exit(0)

    return stop


def options_from(
    args: argparse.Namespace, config: Config, layout: StateLayout, settings: dict[str, Any]
) -> KioskOptions:
    from kiosk.ui.audio_out import QtAudioOutput  # Qt Multimedia: loaded here, not on import

    language = settings.get("language")
    timeout = settings.get("idle_timeout_s")
    return KioskOptions(
        language=args.lang or (language if isinstance(language, str) else None),
        idle_timeout_s=float(timeout) if isinstance(timeout, int | float) else config.idle_timeout_s,
        idle_warning_s=config.idle_warning_s,
        rotation=args.rotate if args.rotate is not None else config.rotate,
        screen_diagonal_inches=config.screen_diagonal_inches,
        cache_dir=writable_folder(layout.root / "derivatives"),
        max_megapixels=config.image_max_megapixels,
        fonts_dir=layout.root / "fonts",
        speech=config.speech,
        speech_dir=writable_folder(layout.root / "speech"),
        audio=QtAudioOutput() if config.speech.enabled else None,  # None: silent (a recorder)
    )


def writable_folder(folder: Path) -> Path | None:
    """``folder``, made if need be, or None (a temporary folder) when the disk refuses it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        log.error(
            "%s cannot be written (%s); photos are prepared in a temporary folder", folder, exc.strerror
        )
        return None
    return folder
