"""The visitor report's page: one self-contained HTML page, no JavaScript and no external assets
(charts are inline SVG, styles inline), so it opens from a USB stick on any laptop and prints
cleanly. ``kiosk.analytics.report`` writes it beside the CSV files it links to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from html import escape

from kiosk.analytics import charts
from kiosk.analytics.stats import CONTENT_KINDS, ReportData, RouteStats

KIND_HEADINGS = {"chapter": "Chapters", "photo": "Photos", "person": "People", "other": "Other screens"}
END_REASON_LABELS = {
    "timeout": "Left (idle timeout)",
    "attract": "Went back to start",
    "admin": "Staff opened admin",
    "shutdown": "Kiosk shut down",
}
CSV_FILES = ("daily.csv", "sessions.csv", "views.csv", "events.csv")  # beside the page, linked from it


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    total = round(seconds)
    if total < 60:
        return f"{total} s"
    if total < 3600:
        return f"{total // 60} min {total % 60:02d} s"
    return f"{total // 3600} h {total % 3600 // 60:02d} min"


def _minutes_seconds(seconds: float) -> str:
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _day_label(day: date) -> str:
    return f"{day:%b} {day.day}"


STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f6; color: #2b2f33;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 28px 24px 40px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 12px; }
h3 { font-size: 14px; margin: 0 0 8px; color: #6b7379; text-transform: uppercase; letter-spacing: .04em; }
p { margin: 0 0 8px; }
.period { color: #6b7379; margin-bottom: 20px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px;
  margin-bottom: 16px; }
.tile, section { background: #fff; border: 1px solid #e1e4e7; border-radius: 10px; }
.tile { padding: 14px 16px; }
.tile .value { font-size: 26px; font-weight: 650; color: #2f6f8f; }
.tile .label { color: #6b7379; font-size: 13px; }
section { padding: 18px 20px; margin-bottom: 16px; break-inside: avoid; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 20px 28px; }
.pairs { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 20px 28px; }
.note { color: #6b7379; font-size: 13px; }
.empty { color: #6b7379; font-style: italic; }
svg.chart { width: 100%; height: auto; display: block; font-size: 12px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
table { border-collapse: collapse; font-size: 13px; }
td, th { text-align: left; padding: 3px 14px 3px 0; }
footer { color: #6b7379; font-size: 13px; }
a { color: #2f6f8f; }
@media print { body { background: #fff; } main { padding: 0; } section, .tile { border-color: #ccc; } }
"""


def render_html(data: ReportData, titles: Mapping[str, str], ranked: Mapping[str, str] | None = None) -> str:
    headings = {**(ranked or {k: KIND_HEADINGS[k] for k in CONTENT_KINDS}), "other": KIND_HEADINGS["other"]}
    period = f"{_long_date(data.first_day)} – {_long_date(data.last_day)}"
    body = [
        "<header>",
        "<h1>Visitor report</h1>",
        f'<p class="period">{escape(period)} · generated {escape(_long_date(data.generated_at.date()))}'
        f" {data.generated_at:%H:%M} · times are the kiosk's local time</p>",
        "</header>",
        _tiles(data),
    ]
    if data.sessions == 0:
        body.append(
            '<section><p class="empty">No visitor sessions were recorded in this period.</p></section>'
        )
    else:
        body += [
            _daily_section(data),
            _hour_and_length_section(data),
            _median_section(data),
            _top_routes_section(data, titles, headings),
            _choices_section(data),
            _endings_section(data, headings),
        ]
    body.append(_footer())
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Visitor report · {escape(period)}</title>\n<style>{STYLE}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _tiles(data: ReportData) -> str:
    open_days = sum(1 for d in data.daily if d.sessions)
    hour = data.busiest_hour()
    tiles = [
        (f"{data.sessions:,}", "visitor sessions"),
        (format_duration(data.median_duration_s), "median session length"),
        (f"{data.sessions / open_days:.0f}" if open_days else "–", "sessions per day with visitors"),
        (f"{data.views:,}", "screens viewed"),
        (f"{hour:02d}:00–{(hour + 1) % 24:02d}:00" if hour is not None else "–", "busiest hour"),
    ]
    cells = "".join(
        f'<div class="tile"><div class="value">{escape(value)}</div>'
        f'<div class="label">{escape(label)}</div></div>'
        for value, label in tiles
    )
    return f'<div class="tiles">{cells}</div>'


def _daily_section(data: ReportData) -> str:
    chart = charts.column_chart(
        [(_day_label(d.day), d.sessions) for d in data.daily],
        title="Sessions per day",
        highlight=[d.day.weekday() >= 5 for d in data.daily],
        chart_id="chart-daily",
    )
    return (
        f'<section><h2>Sessions per day</h2>{chart}<p class="note">Lighter columns are Saturdays and '
        "Sundays.</p></section>"
    )


def _hour_and_length_section(data: ReportData) -> str:
    used = [h for h in range(24) if data.hourly[h]]
    # Only the hours the museum is actually busy, padded by one, so bars are not hairlines.
    first = max(0, min(used) - 1) if used else 8
    last = min(23, max(used) + 1) if used else 18
    hourly = charts.column_chart(
        [(f"{h:02d}", data.hourly[h]) for h in range(first, last + 1)],
        title="Sessions by hour of day",
        width=520,
        chart_id="chart-hourly",
    )
    lengths = charts.column_chart(
        data.length_histogram,
        title="How long sessions lasted",
        width=520,
        chart_id="chart-lengths",
    )
    return (
        '<section><div class="cols">'
        f"<div><h2>Sessions by hour of day</h2>{hourly}"
        '<p class="note">By the hour a session started (for example 14 = 14:00–14:59).</p></div>'
        f"<div><h2>How long sessions lasted</h2>{lengths}"
        '<p class="note">From the first touch to the last; the idle time before the kiosk '
        "returned to its start screen is not counted.</p></div>"
        "</div></section>"
    )


def _median_section(data: ReportData) -> str:
    chart = charts.column_chart(
        [(_day_label(d.day), (d.median_duration_s or 0) / 60) for d in data.daily],
        title="Median session length per day (minutes)",
        value_format=lambda m: format_duration(m * 60),
        tick_format=lambda m: f"{m:g} min",
        label_format=lambda m: _minutes_seconds(m * 60),
        integer=False,
        chart_id="chart-median",
    )
    return (
        f"<section><h2>Median session length per day</h2>{chart}"
        f'<p class="note">Minutes:seconds. Half the sessions were shorter, half longer. Over the '
        f"whole period: {escape(format_duration(data.median_duration_s))}.</p></section>"
    )


def _route_rows(routes: Sequence[RouteStats], titles: Mapping[str, str]) -> list[tuple[str, float, str]]:
    return [
        (
            titles.get(r.route, r.item),
            r.views,
            f"{r.views:,} · {format_duration(r.median_dwell_s)}",
        )
        for r in routes
    ]


def _top_routes_section(data: ReportData, titles: Mapping[str, str], headings: Mapping[str, str]) -> str:
    columns = []
    for kind, heading in headings.items():
        top = data.top_routes(kind, ranked=headings.keys() - {"other"})
        if top:
            chart = charts.bar_list(
                _route_rows(top, titles),
                title=f"Most viewed: {heading.lower()}",
                width=500,
                label_width=170,
                chart_id=f"chart-top-{kind}",
            )
        else:
            chart = '<p class="empty">None viewed.</p>'
        columns.append(f"<div><h3>{heading}</h3>{chart}</div>")
    return (
        '<section><h2>Most viewed</h2><div class="pairs">' + "".join(columns) + "</div>"
        '<p class="note">Views, then the median time spent on the screen. Top ten of each; '
        "every screen is in views.csv.</p></section>"
    )


def _choices_section(data: ReportData) -> str:
    total = data.sessions
    languages = charts.bar_list(
        [(code, count, f"{count:,} · {_percent(count, total)}") for code, count in data.languages],
        title="Language",
        width=520,
        label_width=90,
        chart_id="chart-languages",
    )
    use = data.accessibility
    access_rows = [
        ("Larger text", use.larger_text),
        ("High contrast", use.high_contrast),
        ("Reach mode", use.reach_mode),
    ]
    accessibility = charts.bar_list(
        [(label, count, f"{count:,} · {_percent(count, total)}") for label, count in access_rows],
        title="Accessibility options used",
        width=520,
        label_width=120,
        chart_id="chart-accessibility",
    )
    return (
        '<section><div class="cols">'
        f"<div><h2>Language</h2>{languages}"
        '<p class="note">The language each session ended in.</p></div>'
        f"<div><h2>Accessibility options</h2>{accessibility}"
        '<p class="note">Sessions that turned the option on at least once.</p></div>'
        "</div></section>"
    )


def _endings_section(data: ReportData, headings: Mapping[str, str]) -> str:
    ended = sum(data.end_reasons.values())
    endings = charts.bar_list(
        [
            (END_REASON_LABELS[reason], count, f"{count:,} · {_percent(count, ended)}")
            for reason, count in data.end_reasons.items()
        ],
        title="How sessions ended",
        width=520,
        label_width=170,
        chart_id="chart-endings",
    )
    kinds = data.views_by_kind()
    screens = charts.bar_list(
        [(headings.get(k, k.capitalize()), n, f"{n:,} · {_percent(n, data.views)}") for k, n in kinds],
        title="Views by kind of screen",
        width=520,
        label_width=120,
        chart_id="chart-screens",
    )
    return (
        '<section><div class="cols">'
        f"<div><h2>How sessions ended</h2>{endings}</div>"
        f"<div><h2>Views by kind of screen</h2>{screens}</div>"
        "</div></section>"
    )


def _footer() -> str:
    links = ", ".join(f'<a href="{name}">{name}</a>' for name in CSV_FILES)
    return (
        "<footer><p>The numbers behind this page, for spreadsheets: "
        f"{links} (in the same folder as this page).</p>"
        "<p>A session is one visitor's use of the kiosk, from the first touch until the kiosk went "
        "back to its start screen. The kiosk records no names, faces, photos or anything a visitor "
        "types: only which screens were open, for how long, and the language and accessibility "
        "options chosen.</p></footer>"
    )
