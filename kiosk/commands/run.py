"""``kiosk run``: the exhibit, fullscreen, for visitors, with the services that keep it running."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from kiosk import resources
from kiosk.analytics.store import AnalyticsStore
from kiosk.atomic import remove_stale_temp_files
from kiosk.config import Config, ConfigError, load_config
from kiosk.content.loader import LoadResult, load
from kiosk.intake.staging import ContentStore, prepare_in
from kiosk.ops import watchdog
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.health_board import begin_run
from kiosk.ops.logs import setup_logging
from kiosk.ops.paths import StateLayout, state_dir
from kiosk.ops.schedule import ScheduleError, schedule_from_settings
from kiosk.ui.admin import ContentStatus
from kiosk.ui.admin_services import RESTART_EXIT_CODE, admin_services, load_admin_settings, restart_process
from kiosk.ui.bootstrap import KioskOptions, build, place_window
from kiosk.ui.content_watcher import ContentWatcher
from kiosk.ui.health_feed import start_health
from kiosk.ui.unattended import (
    GracefulStop,
    Lockdown,
    OpeningHours,
    VisitRecorder,
    WatchdogPinger,
)

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(getattr(args, "config", None))
        schedule = schedule_from_settings(config.schedule)
    except (ConfigError, ScheduleError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2

    layout = StateLayout(config.state_dir or state_dir())
    layout.create()
    remove_stale_temp_files(layout.root)
    logs = setup_logging(layout.logs, stderr=False)  # the command line already logs to stderr
    guard = CrashLoopGuard(layout.crash_loop)
    safe_mode = guard.record_start()
    run_facts = begin_run(layout.health_dir, config.name, guard, safe_mode)
    if safe_mode:
        log.error("the kiosk restarted too often; starting in safe mode")

    source: Path | None = args.content or config.content
    store = ContentStore(layout.root / "content") if source is not None else None
    content, result = choose_content(source, store)
    if result.exhibit is None:
        print("kiosk: not even the bundled exhibit loads; the installation is damaged.", file=sys.stderr)
        return 2

    settings: dict[str, Any] = {"language": config.language, "idle_timeout_s": int(config.idle_timeout_s)}
    settings |= {k: v for k, v in load_admin_settings(layout).items() if k in settings}

    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("exhibit-kiosk")
    kiosk = build(result.exhibit, content, options_from(args, config, layout, settings))
    place_window(
        kiosk.window, args.screen if args.screen is not None else config.screen, args.windowed, args.size
    )

    lockdown = Lockdown(kiosk.window)

    def stop() -> None:
        lockdown.allow_quit()
        app.quit()

    GracefulStop(app, stop)
    analytics = AnalyticsStore(layout.analytics_db)
    analytics.close_abandoned_sessions(datetime.now())
    recorder = VisitRecorder(analytics, kiosk.navigator, kiosk.session, kiosk.idle)
    WatchdogPinger(kiosk.window, f"showing {result.exhibit.manifest.id}")
    exhibit_id = lambda: kiosk.context.exhibit.manifest.id  # noqa: E731 - asked again after each swap
    health = start_health(
        kiosk.window, run_facts, config.health_interval_s, content, exhibit_id, store, source
    )
    health.board.last_error_source = lambda: logs.last_error_at
    health.board.visits_source = lambda: analytics.today_summary(datetime.now()).sessions
    health.board.analytics_paused_source = lambda: bool(getattr(analytics, "paused", False))
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
        )
        health.watch_content(watcher, store)
        status, reload, rollback = watcher.status, watcher.check_now, watcher.rollback
    else:
        status, reload, rollback = bundled_status, lambda: "The bundled exhibit does not change.", lambda: ""
    kiosk.admin.attach(
        admin_services(kiosk, layout, analytics, guard, lockdown, settings, status, reload, rollback)
    )

    code = app.exec()
    health.stop()
    recorder.shutdown()
    analytics.close()
    watchdog.stopping()
    kiosk.shut_down()
    guard.mark_clean_exit()
    logs.close()
    if code == RESTART_EXIT_CODE:
        restart_process()
    return code


def choose_content(source: Path | None, store: ContentStore | None) -> tuple[Path, LoadResult]:
    """What to show: the last good copy of the curator's folder (even if the folder is broken
    now), else a first copy of it, else the bundled exhibit."""
    if source is not None and store is not None:
        current = store.current()
        if current is None:
            first = store.stage(source)
            for problem in first.problems:
                log.warning("content: %s", problem)
            if first.ok:
                current = store.promote(first)
        if current is not None:
            result = load(current)
            if result.exhibit is not None:
                return current, result
        log.error("no good copy of %s yet; showing the bundled exhibit until it loads", source)
    bundled = resources.bundled_exhibit()
    return bundled, load(bundled)


def options_from(
    args: argparse.Namespace, config: Config, layout: StateLayout, settings: dict[str, Any]
) -> KioskOptions:
    language = settings.get("language")
    timeout = settings.get("idle_timeout_s")
    return KioskOptions(
        language=args.lang or (language if isinstance(language, str) else None),
        idle_timeout_s=float(timeout) if isinstance(timeout, int | float) else config.idle_timeout_s,
        idle_warning_s=config.idle_warning_s,
        rotation=args.rotate if args.rotate is not None else config.rotate,
        screen_diagonal_inches=config.screen_diagonal_inches,
        cache_dir=layout.root / "derivatives",
        max_megapixels=config.image_max_megapixels,
    )
