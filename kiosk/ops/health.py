"""Health for monitoring: a Prometheus textfile and a heartbeat file.

node_exporter's textfile collector reads every ``*.prom`` file in its directory on each
scrape, so the file must be replaced atomically (it would otherwise scrape a half
written file) and be world-readable (node_exporter runs as its own user). The
heartbeat file is for simpler monitors (a cron job, a Nagios file-age check) and
humans: one ISO timestamp.

Alert on ``time() - kiosk_heartbeat_timestamp_seconds > 120`` (the app stopped writing)
rather than on ``kiosk_up`` alone: a frozen app writes nothing at all.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.atomic import StrPath, atomic_write_text

READABLE_BY_ALL = 0o644


def _label_value(text: str) -> str:
    # Exposition format escapes: backslash, double quote and newline.
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _timestamp(moment: datetime | float | None) -> int:
    if moment is None:
        return 0
    if isinstance(moment, datetime):
        return int(moment.timestamp())  # a naive datetime is local time, as elsewhere
    return int(moment)


def render_metrics(
    up: bool, content_version: str, last_error: datetime | float | None, sessions_today: int, now: datetime
) -> str:
    """The textfile's content (exposition format 0.0.4, newline-terminated)."""
    metrics = [
        ("kiosk_up", "1 if the kiosk is running and showing its exhibit, 0 if not.", "", int(up)),
        (
            "kiosk_content_info",
            "The content version the kiosk is showing (always 1; the version is the label).",
            f'{{version="{_label_value(content_version)}"}}',
            1,
        ),
        (
            "kiosk_last_error_timestamp_seconds",
            "Unix time of the last error logged (0: none since the kiosk started)",
            "",
            _timestamp(last_error),
        ),
        ("kiosk_sessions_today", "Visitor sessions started today (local time).", "", int(sessions_today)),
        (
            "kiosk_heartbeat_timestamp_seconds",
            "Unix time the kiosk last wrote this file.",
            "",
            _timestamp(now),
        ),
    ]
    lines: list[str] = []
    for name, help_text, labels, value in metrics:
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} gauge", f"{name}{labels} {value}"]
    return "\n".join(lines) + "\n"


def write_health(
    textfile_path: StrPath,
    heartbeat_path: StrPath,
    up: bool,
    content_version: str,
    last_error: datetime | float | None,
    sessions_today: int,
    now: datetime,
) -> None:
    """Write both files atomically. ``textfile_path`` should end in ``.prom``.

    ``last_error`` is a datetime or Unix time (``LoggingSetup.last_error_at``), or None.
    Raises OSError if a directory is missing or not writable; the caller logs it.
    """
    atomic_write_text(
        textfile_path,
        render_metrics(up, content_version, last_error, sessions_today, now),
        mode=READABLE_BY_ALL,
    )
    atomic_write_text(
        heartbeat_path, now.astimezone().isoformat(timespec="seconds") + "\n", mode=READABLE_BY_ALL
    )
