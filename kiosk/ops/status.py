"""``kiosk status``: one kiosk's state for a technician at the machine, from its health files.

It reads the snapshot the running kiosk writes (``health/status.json``, the same data as the
Prometheus textfile), judges how old it is, and adds what the crash history says when the kiosk
cannot run at all. Exit codes follow the monitoring-plugin convention, so ``kiosk status`` can be
a Nagios/Icinga/monit check as it is:

- 0 OK: running and showing its content
- 1 WARNING: running, but something needs a look (new content rejected, statistics paused, starting)
- 2 CRITICAL: not running (no recent heartbeat), in safe mode, or crash-looping
- 3 UNKNOWN: no health files in this state folder (never ran here, or another folder is meant)
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from enum import IntEnum
from pathlib import Path

from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.health import Health, SnapshotError, read_snapshot
from kiosk.ops.paths import StateLayout


class Verdict(IntEnum):
    OK = 0
    WARNING = 1
    CRITICAL = 2
    UNKNOWN = 3


_SEVERITY = (Verdict.CRITICAL, Verdict.UNKNOWN, Verdict.WARNING)


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    text: str


@dataclass(frozen=True)
class Report:
    state_dir: Path
    health: Health | None
    heartbeat_age_s: float | None
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> Verdict:
        found = {f.verdict for f in self.findings}
        # Worst first: a known fault outranks not knowing.
        return next((v for v in _SEVERITY if v in found), Verdict.OK)


def stale_after(interval_s: float) -> float:
    """Seconds without a new heartbeat after which the kiosk counts as not running."""
    return 2 * interval_s + 30


def assess(layout: StateLayout, now: float | None = None) -> Report:
    moment = time.time() if now is None else now
    findings: list[Finding] = []
    try:
        health: Health | None = read_snapshot(layout.health_dir)
    except FileNotFoundError:
        health = None
        findings.append(
            Finding(
                Verdict.UNKNOWN,
                f"no health files in {layout.health_dir}: the kiosk has not run with this state folder "
                "(give the one it uses with --state-dir)",
            )
        )
    except (OSError, SnapshotError) as exc:
        health = None
        findings.append(Finding(Verdict.UNKNOWN, f"the health snapshot cannot be read: {exc}"))
    age = None if health is None else moment - health.now
    if health is not None and age is not None:
        findings += _judge(health, age)
    elif CrashLoopGuard(layout.crash_loop).in_safe_mode():
        findings.append(Finding(Verdict.CRITICAL, "crash loop: the recent starts all ended in a crash"))
    return Report(layout.root, health, age, tuple(findings))


def _judge(h: Health, age: float) -> list[Finding]:
    found: list[Finding] = []
    if h.stopped:
        found.append(Finding(Verdict.CRITICAL, f"not running: it was stopped normally at {_when(h.now)}"))
    elif age > stale_after(h.interval_s):
        found.append(
            Finding(
                Verdict.CRITICAL,
                "not running (crashed, frozen, killed or the machine is off): "
                f"last heartbeat {_duration(age)} ago",
            )
        )
    elif not h.up:
        found.append(Finding(Verdict.WARNING, "starting: the first screen is not up yet"))
    if h.safe_mode:
        found.append(
            Finding(
                Verdict.CRITICAL,
                "safe mode: after a crash loop it shows earlier content, not what it crashed with",
            )
        )
    if h.crash_loop:
        found.append(
            Finding(Verdict.CRITICAL, "crash loop: it restarted after crashes several times recently")
        )
    if h.content.state == "rejected":
        found.append(Finding(Verdict.WARNING, "new content rejected; the previous content stays on screen"))
    if h.analytics_paused:
        found.append(Finding(Verdict.WARNING, "visitor statistics are paused"))
    found += [Finding(Verdict.WARNING, notice) for notice in h.notices]
    return found


def _duration(seconds: float) -> str:
    s = int(max(0, seconds))
    if s < 120:
        return f"{s} s"
    if s < 2 * 3600:
        return f"{s // 60} min"
    if s < 2 * 86400:
        return f"{s // 3600} h {s % 3600 // 60} min"
    return f"{s // 86400} days"


def _when(unix: float) -> str:
    return datetime.fromtimestamp(unix).strftime("%Y-%m-%d %H:%M") if unix else "never"


CONTENT_STATE_TEXT = {
    "current": "up to date with the folder",
    "changing": "the folder is changing (sync or copy under way); not checked yet",
    "waiting": "new content checked; it is shown at the next return to the attract screen",
    "rejected": "the folder's new content has errors and is not shown",
    "bundled": "showing the exhibit bundled with the program",
}


def render_text(report: Report) -> str:
    h = report.health
    title = f"Kiosk {h.name}" if h is not None and h.name else "Kiosk"
    lines = [f"{title}: {report.verdict.name}"]
    lines += [f"  ! {f.text}" for f in report.findings]
    rows: list[tuple[str, str]] = [("state folder", str(report.state_dir))]
    if h is not None and report.heartbeat_age_s is not None:
        c = h.content
        rows += [
            ("health written", f"{_duration(report.heartbeat_age_s)} ago (every {h.interval_s:g} s)"),
            ("running since", f"{_when(h.started_at)} ({_duration(h.now - h.started_at)})"),
            ("program", h.app_version),
            ("content", f"{c.exhibit or '?'}, version {c.version or '(being computed)'}"),
            ("shown since", _when(c.shown_since)),
            ("content folder", f"{c.folder or '(none)'}: {CONTENT_STATE_TEXT.get(c.state, c.state)}"),
        ]
        if c.error:
            rows.append(("last content error", f"{c.error} ({_when(c.error_at)})"))
        rows += [
            ("safe mode", "YES" if h.safe_mode else "no"),
            ("starts", f"{h.starts_total} in all, {h.unclean_exits_total} ended uncleanly"),
            ("screen", "on" if h.display_on else "off (outside opening hours)"),
            ("visits today", "?" if h.visits_today is None else str(h.visits_today)),
            ("statistics", "PAUSED" if h.analytics_paused else "recording"),
            ("memory", "?" if h.rss_bytes is None else f"{h.rss_bytes / 2**20:.0f} MiB"),
        ]
    width = max(len(label) for label, _ in rows)
    lines += [f"  {label.ljust(width)}  {value}" for label, value in rows]
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    data = {
        "verdict": report.verdict.name.lower(),
        "exit_code": int(report.verdict),
        "findings": [{"verdict": f.verdict.name.lower(), "text": f.text} for f in report.findings],
        "state_dir": str(report.state_dir),
        "heartbeat_age_s": report.heartbeat_age_s,
        "health": asdict(report.health) if report.health is not None else None,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
