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

from kiosk.analytics.guarded import GuardedStore
from kiosk.atomic import atomic_write_json
from kiosk.content.model import LANG_PATTERN
from kiosk.content.textfile import decode
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.paths import StateLayout
from kiosk.ops.pin import PinGate
from kiosk.ui.admin import IDLE_MAX_S, IDLE_MIN_S, AdminServices, ContentStatus, VisitsToday
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.unattended import Lockdown

log = logging.getLogger(__name__)
RESTART_EXIT_CODE = 75  # systemd's Restart=always starts us again; by hand, run() re-executes


def settings_path(layout: StateLayout) -> Path:
    return layout.root / "admin-settings.json"


def load_admin_settings(layout: StateLayout) -> tuple[dict[str, Any], list[str]]:
    """Settings the admin changed on the kiosk (they win over the settings file), and what was wrong.

    Only the admin view writes this file, but it lives on a disk that can be damaged or edited by
    hand: every value is checked against what the admin view could have set. A bad one is left
    out (the settings file's value stays in force) and reported with its line.
    """
    path = settings_path(layout)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, []
    except OSError as exc:
        return {}, [f"{path}: could not be read ({exc.strerror}); the admin's changes are not applied."]
    decoded = decode(raw, path.name)
    text = decoded.text or ""
    try:
        data = json.loads(text)
    except ValueError as exc:
        at = f"line {exc.lineno}, column {exc.colno}: " if isinstance(exc, json.JSONDecodeError) else ""
        return {}, [f"{path}: {at}this is not valid JSON; the admin's changes are not applied."]
    if not isinstance(data, dict):
        return {}, [f"{path}: this is not a table of settings; the admin's changes are not applied."]
    good: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in data.items():
        why = _admin_value_problem(key, value)
        if why is None:
            good[key] = value
            continue
        line = next((n for n, row in enumerate(text.splitlines(), 1) if f'"{key}"' in row), None)
        problems.append(f"{path}: {f'line {line}: ' if line else ''}{why}; it is not applied.")
    return good, problems


def _admin_value_problem(key: str, value: Any) -> str | None:
    if key == "idle_timeout_s":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"idle_timeout_s is {value!r}, but it must be a number of seconds"
        if not IDLE_MIN_S <= value <= IDLE_MAX_S:
            return f"idle_timeout_s is {value!r}, but it must be from {IDLE_MIN_S} to {IDLE_MAX_S} seconds"
        return None
    if key == "language":
        if not isinstance(value, str) or not LANG_PATTERN.match(value):
            return f'language is {value!r}, but it must be a language code such as "en"'
        return None
    return f"'{key}' is not a setting the admin view makes"


def admin_services(
    kiosk: Kiosk,
    layout: StateLayout,
    store: GuardedStore,
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

    def leave_safe_mode() -> None:
        """Forget the crashes and start again with the content folder's current content."""
        try:
            guard.reset()
        except OSError:
            log.exception("could not leave safe mode; restarting anyway")
        stop(RESTART_EXIT_CODE)

    return AdminServices(
        gate=PinGate(layout.admin_pin, layout.pin_lockout),
        log_dir=layout.logs,
        today=today,
        content_status=content_status,
        reload_content=reload_content,
        rollback_content=rollback_content,
        set_idle_timeout=set_idle_timeout,
        set_default_language=set_default_language,
        leave_safe_mode=leave_safe_mode,
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
