"""Health for monitoring: node_exporter's textfile collector, a JSON twin and a heartbeat.

The running kiosk writes three files into ``<state dir>/health/`` on a timer and whenever its
content changes (the Qt side decides when; see :mod:`kiosk.ops.health_board`):

- ``kiosk.prom``: Prometheus text exposition format for node_exporter's textfile collector
  (``--collector.textfile.directory``). The collector reads every ``*.prom`` file on each scrape,
  so the file is replaced atomically (temporary file in the same folder, then rename) and is
  world-readable (node_exporter runs as its own user).
- ``status.json``: the same snapshot for ``kiosk status`` and humans.
- ``heartbeat``: one ISO timestamp, for monitors simpler than Prometheus (a file-age check).

Everything is derived from one :class:`Health` snapshot, so the three never disagree.

node_exporter keeps serving the last file after the kiosk stops, with ``kiosk_up 1`` in it.
Alert on the heartbeat's age (``time() - kiosk_heartbeat_timestamp_seconds``) rather than on
``kiosk_up`` alone: a frozen or killed kiosk writes nothing at all.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from kiosk.atomic import atomic_write_text

READABLE_BY_ALL: Final = 0o644
TEXTFILE: Final = "kiosk.prom"
SNAPSHOT: Final = "status.json"
HEARTBEAT: Final = "heartbeat"
SNAPSHOT_FORMAT: Final = 1
MAX_LABEL_CHARS: Final = 200  # a content error is a label value: keep series and alerts readable
MAX_HISTORY: Final = 10

# What the kiosk does with its content folder (kiosk_content_state{state=...}).
CONTENT_STATES: Final = (
    "current",  # showing the folder as it is now
    "changing",  # the folder differs from what is shown and has not been checked yet (syncing, settling)
    "waiting",  # a checked copy waits for the attract screen
    "rejected",  # the folder as it is now has errors; the previous content stays on screen
    "bundled",  # showing the exhibit bundled with the program (no folder, or no good copy yet)
)


@dataclass(frozen=True)
class Shown:
    """One content version that was on screen, for the history in status.json."""

    version: str
    exhibit: str
    since: float


@dataclass(frozen=True)
class ContentReport:
    exhibit: str  # the manifest's id
    version: str  # content fingerprint of the folder on screen ("" while it is being computed)
    state: str  # one of CONTENT_STATES
    shown_since: float  # Unix time it was switched in (or the kiosk started with it)
    error: str = ""  # the first error of the last check, when that check failed
    error_at: float = 0.0  # Unix time of that check (0: none)
    store_version: str = ""  # the kiosk's own name for its copy (versions/<name> in the state dir)
    folder: str = ""  # the curator's folder it watches ("" for the bundled exhibit)
    history: tuple[Shown, ...] = ()  # newest first, at most MAX_HISTORY


@dataclass(frozen=True)
class Health:
    """One snapshot of a running kiosk. Times are Unix seconds; ``None``: not known here."""

    up: bool
    app_version: str
    now: float
    interval_s: float
    started_at: float
    starts_total: int
    unclean_exits_total: int
    crash_loop: bool
    safe_mode: bool
    content: ContentReport
    display_on: bool
    analytics_paused: bool
    visits_today: int | None = None
    rss_bytes: int | None = None
    last_error_at: float | None = None
    name: str = ""  # the kiosk's name from its settings: a `kiosk` label on every metric
    stopped: bool = False  # the last write of a run that quit normally
    notices: tuple[str, ...] = ()  # what a technician should fix, e.g. a language with no font


def one_line(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """Collapse whitespace to single spaces and cut to ``limit`` characters (with an ellipsis)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _label_value(text: str) -> str:
    # Exposition format escapes: backslash, double quote and newline.
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _labels(pairs: Mapping[str, str]) -> str:
    shown = [(k, v) for k, v in pairs.items() if v != ""]
    if not shown:
        return ""
    return "{" + ",".join(f'{k}="{_label_value(v)}"' for k, v in shown) + "}"


def _number(value: float) -> str:
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int) or (math.isfinite(value) and value == int(value)):
        return str(int(value))
    return repr(float(value))


Sample = tuple[dict[str, str], float]

# name -> (type, help), in the order written. Units are in the names (Prometheus conventions).
METRICS: Final[dict[str, tuple[str, str]]] = {
    "kiosk_up": (
        "gauge",
        "1 while the kiosk runs and shows its exhibit, 0 while it starts or after it stopped.",
    ),
    "kiosk_build_info": ("gauge", "The kiosk program's version (always 1; the version is the label)."),
    "kiosk_heartbeat_timestamp_seconds": ("gauge", "Unix time the kiosk last wrote this file."),
    "kiosk_health_interval_seconds": ("gauge", "How often the kiosk rewrites this file, at most."),
    "kiosk_start_time_seconds": ("gauge", "Unix time this run of the kiosk started."),
    "kiosk_uptime_seconds": ("gauge", "Seconds since this run of the kiosk started."),
    "kiosk_starts_total": ("counter", "Times the kiosk has started (counted in its state folder)."),
    "kiosk_unclean_exits_total": (
        "counter",
        "Runs that ended without a clean stop (crash, kill, power cut).",
    ),
    "kiosk_crash_loop": ("gauge", "1 if recent runs ended uncleanly often enough to count as a crash loop."),
    "kiosk_safe_mode": ("gauge", "1 if this run started in safe mode after a crash loop."),
    "kiosk_content_info": ("gauge", "The content on screen (always 1): exhibit id and content version."),
    "kiosk_content_state": (
        "gauge",
        "What the kiosk does with its content folder (1 for the current state).",
    ),
    "kiosk_content_shown_since_timestamp_seconds": (
        "gauge",
        "Unix time the content on screen was switched in.",
    ),
    "kiosk_content_error_info": (
        "gauge",
        "The first error of the last content check (empty when it passed).",
    ),
    "kiosk_content_error_timestamp_seconds": (
        "gauge",
        "Unix time of the last content check that failed (0: none).",
    ),
    "kiosk_last_error_timestamp_seconds": (
        "gauge",
        "Unix time of the last error logged in this run (0: none).",
    ),
    "kiosk_display_on": ("gauge", "1 if the opening hours want the screen on now, 0 while it is off."),
    "kiosk_analytics_paused": ("gauge", "1 if visitor statistics are not being recorded (storage trouble)."),
    "kiosk_visits_today": ("gauge", "Visits (sessions) started today, local time."),
    "kiosk_resident_memory_bytes": ("gauge", "Memory the kiosk process holds in RAM (resident set size)."),
}


def _samples(h: Health) -> dict[str, list[Sample]]:
    c = h.content
    samples: dict[str, list[Sample]] = {
        "kiosk_up": [({}, h.up)],
        "kiosk_build_info": [({"version": h.app_version}, 1)],
        "kiosk_heartbeat_timestamp_seconds": [({}, math.floor(h.now))],
        "kiosk_health_interval_seconds": [({}, h.interval_s)],
        "kiosk_start_time_seconds": [({}, math.floor(h.started_at))],
        "kiosk_uptime_seconds": [({}, max(0, math.floor(h.now - h.started_at)))],
        "kiosk_starts_total": [({}, h.starts_total)],
        "kiosk_unclean_exits_total": [({}, h.unclean_exits_total)],
        "kiosk_crash_loop": [({}, h.crash_loop)],
        "kiosk_safe_mode": [({}, h.safe_mode)],
        "kiosk_content_info": [({"exhibit": c.exhibit, "version": c.version}, 1)],
        "kiosk_content_state": [({"state": s}, s == c.state) for s in CONTENT_STATES],
        "kiosk_content_shown_since_timestamp_seconds": [({}, math.floor(c.shown_since))],
        "kiosk_content_error_info": [({"error": one_line(c.error)}, 1)],
        "kiosk_content_error_timestamp_seconds": [({}, math.floor(c.error_at))],
        "kiosk_last_error_timestamp_seconds": [({}, math.floor(h.last_error_at or 0))],
        "kiosk_display_on": [({}, h.display_on)],
        "kiosk_analytics_paused": [({}, h.analytics_paused)],
    }
    # Not known on every platform: left out rather than reported as 0.
    if h.visits_today is not None:
        samples["kiosk_visits_today"] = [({}, h.visits_today)]
    if h.rss_bytes is not None:
        samples["kiosk_resident_memory_bytes"] = [({}, h.rss_bytes)]
    return samples


def render_metrics(h: Health) -> str:
    """The textfile's content (exposition format 0.0.4, newline-terminated)."""
    base = {"kiosk": h.name} if h.name else {}
    lines: list[str] = []
    samples = _samples(h)
    for name, (kind, help_text) in METRICS.items():
        if name not in samples:
            continue
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
        for labels, value in samples[name]:
            lines.append(f"{name}{_labels({**base, **labels})} {_number(value)}")
    return "\n".join(lines) + "\n"


def snapshot_json(h: Health) -> str:
    return json.dumps({"format": SNAPSHOT_FORMAT, **asdict(h)}, indent=2, ensure_ascii=False) + "\n"


def write_health(health_dir: Path, h: Health) -> None:
    """Replace the three files atomically. Raises OSError (the caller logs it)."""
    atomic_write_text(health_dir / TEXTFILE, render_metrics(h), mode=READABLE_BY_ALL)
    atomic_write_text(health_dir / SNAPSHOT, snapshot_json(h), mode=READABLE_BY_ALL)
    moment = datetime.fromtimestamp(h.now).astimezone()
    atomic_write_text(
        health_dir / HEARTBEAT, moment.isoformat(timespec="seconds") + "\n", mode=READABLE_BY_ALL
    )


class SnapshotError(ValueError):
    """status.json is missing a field or is not a snapshot this version understands."""


def _build(cls: type[Any], data: Mapping[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def parse_snapshot(text: str) -> Health:
    """The :class:`Health` in a status.json written by :func:`write_health`."""
    try:
        data = json.loads(text)
        if data.get("format") != SNAPSHOT_FORMAT:
            raise SnapshotError(f"unknown snapshot format {data.get('format')!r}")
        raw_content = dict(data["content"])
        raw_content["history"] = tuple(_build(Shown, e) for e in raw_content.get("history", ()))
        content = _build(ContentReport, raw_content)
        notices = tuple(str(n) for n in data.get("notices", ()))
        health: Health = _build(Health, {**data, "content": content, "notices": notices})
        return health
    except SnapshotError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SnapshotError(f"not a kiosk health snapshot ({exc})") from None


def read_snapshot(health_dir: Path) -> Health:
    """Read status.json. Raises FileNotFoundError, or SnapshotError for a damaged file."""
    return parse_snapshot((health_dir / SNAPSHOT).read_text(encoding="utf-8"))
