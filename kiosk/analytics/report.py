"""The visitor report: one self-contained HTML page (``kiosk.analytics.report_html``) plus CSV files
for spreadsheets.

Every file is written under a temporary name and renamed into place when complete, so a report
stopped half-way (Ctrl+C, a pulled USB stick, a full disk) never leaves a cut-off file under a
final name: each file is either the new one, or whatever was there before.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from kiosk.analytics.report_html import CSV_FILES, render_html
from kiosk.analytics.stats import collect, report_period
from kiosk.analytics.store import AnalyticsStore
from kiosk.atomic import atomic_write, fsync_directory

StrPath = str | Path


def build_report(
    db_path: StrPath,
    out_dir: StrPath,
    since: date | None,
    now: datetime,
    *,
    titles: Mapping[str, str] | None = None,
    ranked: Mapping[str, str] | None = None,
) -> Path:
    """Write ``index.html`` and the CSV files into ``out_dir``; return the HTML path.

    ``since`` is the first day included (``None``: from the first recorded session);
    the report runs to the day of ``now``. ``titles`` may map routes such as
    ``chapter/belgrade`` to readable names; unmapped routes show their id. ``ranked`` names the
    kinds of screen ranked item by item, with their headings (``kiosk report`` passes the screen
    table's); the rest are "other screens".
    """
    if not Path(db_path).is_file():
        # sqlite3 would silently create an empty database and report zero visitors.
        raise FileNotFoundError(f"no analytics database at {db_path}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _remove_left_over_temporary_files(out)
    with AnalyticsStore(db_path) as store:
        data = collect(store, since, now)
        first, last = report_period(store, since, now)
        start = datetime.combine(first, time())
        end = datetime.combine(last + timedelta(days=1), time())
        _write_csv(
            out / "sessions.csv",
            [
                "id",
                "started_at",
                "ended_at",
                "end_reason",
                "language",
                "text_scale",
                "high_contrast",
                "reach_mode",
                "duration_s",
            ],
            (
                [
                    s.id,
                    s.started_at.isoformat(sep=" "),
                    s.ended_at.isoformat(sep=" ") if s.ended_at else "",
                    s.end_reason or "",
                    s.language,
                    f"{s.text_scale:g}",
                    int(s.high_contrast),
                    int(s.reach_mode),
                    "" if s.duration_s is None else f"{s.duration_s:.1f}",
                ]
                for s in store.iter_sessions(start, end)
            ),
        )
        _write_csv(
            out / "views.csv",
            ["session_id", "route", "started_at", "dwell_s"],
            (
                [v.session_id, v.route, v.started_at.isoformat(sep=" "), f"{v.dwell_s:.1f}"]
                for v in store.iter_views(start, end)
            ),
        )
        _write_csv(
            out / "events.csv",
            ["session_id", "at", "kind", "value"],
            ([e.session_id, e.at.isoformat(sep=" "), e.kind, e.value] for e in store.iter_events(start, end)),
        )
    _write_csv(
        out / "daily.csv",
        ["date", "sessions", "median_duration_s", "total_duration_s", "views"],
        (
            [
                d.day.isoformat(),
                d.sessions,
                "" if d.median_duration_s is None else f"{d.median_duration_s:.1f}",
                f"{d.total_duration_s:.1f}",
                d.views,
            ]
            for d in data.daily
        ),
    )
    html_path = out / "index.html"
    with _replacing(html_path, newline=None) as handle:
        handle.write(render_html(data, titles or {}, ranked))
    return html_path


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with _replacing(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


@contextlib.contextmanager
def _replacing(path: Path, *, newline: str | None) -> Iterator[TextIO]:
    """A text file written under a temporary name, renamed over ``path`` only once complete."""
    with atomic_write(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
        yield text
        text.flush()
        text.detach()  # the binary file is flushed, synced and closed by atomic_write
    fsync_directory(path.parent)


def _remove_left_over_temporary_files(out: Path) -> None:
    """Temporary files of a report that was killed (only ours: .daily.csv.1a2b3c4d.tmp and so on)."""
    for name in (*CSV_FILES, "index.html"):
        for left in out.glob(f".{name}.*.tmp"):
            left.unlink(missing_ok=True)
