"""What the admin view acts on, built from the running kiosk and its state folder."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.analytics.store import AnalyticsStore
from kiosk.atomic import atomic_write_json
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.paths import StateLayout
from kiosk.ops.pin import PinGate
from kiosk.ui.admin import AdminServices, ContentStatus, VisitsToday
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.unattended import Lockdown

log = logging.getLogger(__name__)
RESTART_EXIT_CODE = 75  # systemd's Restart=always starts us again; by hand, run() re-executes


def settings_path(layout: StateLayout) -> Path:
    return layout.root / "admin-settings.json"


def load_admin_settings(layout: StateLayout) -> dict[str, Any]:
    """Settings the admin changed on the kiosk; they win over the settings file."""
    try:
        data = json.loads(settings_path(layout).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def admin_services(
    kiosk: Kiosk,
    layout: StateLayout,
    store: AnalyticsStore,
    guard: CrashLoopGuard,
    lockdown: Lockdown,
    settings: dict[str, Any],
    content_status: Callable[[], ContentStatus],
    reload_content: Callable[[], str],
    rollback_content: Callable[[], str],
) -> AdminServices:
    def save() -> None:
        try:
            atomic_write_json(settings_path(layout), settings)
        except OSError:
            log.exception("could not save the admin settings")

    def today() -> VisitsToday:
        summary = store.today_summary(datetime.now())
        return VisitsToday(summary.sessions, summary.median_duration_s or 0, summary.views)

    def set_idle_timeout(seconds: float) -> None:
        kiosk.idle.set_timeout(seconds)
        settings["idle_timeout_s"] = int(seconds)
        save()

    def set_default_language(language: str) -> None:
        kiosk.session.set_default_language(language)
        settings["language"] = language
        save()

    def stop(code: int) -> None:
        lockdown.allow_quit()
        kiosk.app.exit(code)

    return AdminServices(
        gate=PinGate(layout.admin_pin, layout.pin_lockout),
        log_dir=layout.logs,
        today=today,
        content_status=content_status,
        reload_content=reload_content,
        rollback_content=rollback_content,
        set_idle_timeout=set_idle_timeout,
        set_default_language=set_default_language,
        leave_safe_mode=guard.reset,
        restart=lambda: stop(RESTART_EXIT_CODE),
        quit=lambda: stop(0),
        safe_mode=guard.in_safe_mode(),
        settings=settings,
    )


def restart_process() -> None:
    """Start the kiosk again in this process's place (when no service manager does it)."""
    if os.environ.get("INVOCATION_ID"):  # under systemd: exit and let Restart=always do it
        return
    os.execv(sys.executable, [sys.executable, *sys.argv])
