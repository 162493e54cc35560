from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.analytics.report import build_report
from kiosk.analytics.report_html import format_duration
from kiosk.analytics.store import AnalyticsStore

from .seed import DAYS, FIRST_DAY, Truth, seed

NOW = datetime(2026, 3, 15, 20, 0)
SVG_NS = "{http://www.w3.org/2000/svg}"


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Truth]:
    db = tmp_path_factory.mktemp("db") / "analytics.sqlite3"
    return db, seed(db)


@pytest.fixture(scope="module")
def report(seeded: tuple[Path, Truth], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    html = build_report(seeded[0], out, None, NOW)
    assert html == out / "index.html"
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def charts(html: str) -> dict[str, ET.Element]:
    """Every inline SVG, parsed as XML (which also proves it is well-formed)."""
    found = {}
    for block in re.findall(r"<svg .*?</svg>", html, flags=re.S):
        element = ET.fromstring(block)
        found[element.get("id", "")] = element
    return found


def bar_titles(chart: ET.Element) -> list[str]:
    return [rect.findtext(f"{SVG_NS}title", "") for rect in chart.iter(f"{SVG_NS}rect")]


def test_the_seed_is_big_enough_to_mean_something(seeded: tuple[Path, Truth]) -> None:
    _, truth = seeded
    assert len(truth.sessions) > 250
    assert any(s[1] is None for s in truth.sessions)  # a session still running


def test_sessions_and_views_csv(report: Path, seeded: tuple[Path, Truth]) -> None:
    _, truth = seeded
    sessions = read_csv(report / "sessions.csv")
    assert len(sessions) == len(truth.sessions)
    assert [float(r["duration_s"]) if r["duration_s"] else None for r in sessions] == [
        s[1] for s in sorted(truth.sessions, key=lambda s: s[0])
    ]
    views = read_csv(report / "views.csv")
    assert len(views) == len(truth.views)
    assert sum(float(v["dwell_s"]) for v in views) == pytest.approx(sum(v[2] for v in truth.views), abs=0.5)
    events = read_csv(report / "events.csv")
    assert Counter(e["kind"] for e in events)["language"] == sum(1 for s in truth.sessions if s[2] != "sr")


def test_daily_csv(report: Path, seeded: tuple[Path, Truth]) -> None:
    _, truth = seeded
    daily = read_csv(report / "daily.csv")
    assert [r["date"] for r in daily] == [(FIRST_DAY + timedelta(days=i)).isoformat() for i in range(DAYS)]
    for row in daily:
        day = date.fromisoformat(row["date"])
        on_day = [s for s in truth.sessions if s[0].date() == day]
        assert int(row["sessions"]) == len(on_day)
        lengths = [s[1] for s in on_day if s[1] is not None]
        assert float(row["median_duration_s"]) == pytest.approx(median(lengths), abs=0.06)  # CSV keeps 0.1 s
        assert int(row["views"]) == sum(1 for v in truth.views if v[0].date() == day)


def test_headline_numbers(report: Path, seeded: tuple[Path, Truth]) -> None:
    _, truth = seeded
    html = (report / "index.html").read_text(encoding="utf-8")
    overall = median([s[1] for s in truth.sessions if s[1] is not None])
    assert f'<div class="value">{len(truth.sessions):,}</div><div class="label">visitor sessions' in html
    assert (
        f'<div class="value">{format_duration(overall)}</div><div class="label">median session length' in html
    )
    assert f'<div class="value">{len(truth.views):,}</div><div class="label">screens viewed' in html
    hours = Counter(s[0].hour for s in truth.sessions)
    busiest = max(sorted(hours), key=lambda h: hours[h])
    assert f"{busiest:02d}:00–{busiest + 1:02d}:00</div>" in html
    assert "2 March 2026 – 15 March 2026" in html


def test_charts_show_the_real_numbers(report: Path, seeded: tuple[Path, Truth]) -> None:
    _, truth = seeded
    found = charts((report / "index.html").read_text(encoding="utf-8"))
    assert {
        "chart-daily",
        "chart-hourly",
        "chart-lengths",
        "chart-median",
        "chart-top-chapter",
        "chart-top-photo",
        "chart-top-person",
        "chart-languages",
        "chart-accessibility",
        "chart-endings",
        "chart-screens",
    } <= set(found)

    hours = Counter(s[0].hour for s in truth.sessions)
    assert bar_titles(found["chart-hourly"]) == [f"{h:02d}: {n}" for h, n in sorted(hours.items())]

    per_day = Counter(s[0].date() for s in truth.sessions)
    assert bar_titles(found["chart-daily"]) == [f"{d:%b} {d.day}: {n}" for d, n in sorted(per_day.items())]

    chapter_views = Counter(v[1] for v in truth.views if v[1].startswith("chapter/"))
    top_route, top_count = sorted(chapter_views.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    first_bar = bar_titles(found["chart-top-chapter"])[0]
    assert first_bar.startswith(f"{top_route.split('/')[1]}: {top_count:,} · ")
    dwell = [v[2] for v in truth.views if v[1] == top_route]
    assert first_bar.endswith(format_duration(median(dwell)))

    languages = Counter(s[2] for s in truth.sessions)
    total = len(truth.sessions)
    assert bar_titles(found["chart-languages"]) == [
        f"{code}: {n:,} · {100 * n / total:.0f} %"
        for code, n in sorted(languages.items(), key=lambda kv: -kv[1])
    ]
    big_text = sum(1 for s in truth.sessions if s[3])
    assert (
        bar_titles(found["chart-accessibility"])[0]
        == f"Larger text: {big_text} · {100 * big_text / total:.0f} %"
    )


def test_page_is_self_contained(report: Path) -> None:
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "src=" not in html
    assert "@import" not in html and "url(" not in html
    links = re.findall(r'href="([^"]+)"', html)
    assert sorted(links) == ["daily.csv", "events.csv", "sessions.csv", "views.csv"]
    assert all((report / link).exists() for link in links)
    external = set(re.findall(r"https?://[^\"' )]+", html))
    assert external <= {"http://www.w3.org/2000/svg"}  # the SVG namespace, not a download


def test_since_limits_every_file(seeded: tuple[Path, Truth], tmp_path: Path) -> None:
    db, truth = seeded
    since = date(2026, 3, 9)
    build_report(db, tmp_path, since, NOW)
    assert len(read_csv(tmp_path / "sessions.csv")) == sum(1 for s in truth.sessions if s[0].date() >= since)
    assert len(read_csv(tmp_path / "views.csv")) == sum(1 for v in truth.views if v[0].date() >= since)
    daily = read_csv(tmp_path / "daily.csv")
    assert (daily[0]["date"], len(daily)) == ("2026-03-09", 7)


def test_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    AnalyticsStore(db).close()
    html = build_report(db, tmp_path / "out", None, NOW).read_text(encoding="utf-8")
    assert "No visitor sessions were recorded" in html
    assert read_csv(tmp_path / "out" / "daily.csv") == [
        {
            "date": "2026-03-15",
            "sessions": "0",
            "median_duration_s": "",
            "total_duration_s": "0.0",
            "views": "0",
        }
    ]


def test_missing_database_is_an_error_not_an_empty_report(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        build_report(tmp_path / "nope.sqlite3", tmp_path / "out", None, NOW)
    assert not (tmp_path / "nope.sqlite3").exists()


def test_titles_replace_ids(seeded: tuple[Path, Truth], tmp_path: Path) -> None:
    build_report(seeded[0], tmp_path, None, NOW, titles={"person/tolbukhin": "Fyodor Tolbukhin"})
    assert "Fyodor Tolbukhin" in (tmp_path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, "–"),
        (0, "0 s"),
        (59.4, "59 s"),
        (59.6, "1 min 00 s"),
        (125, "2 min 05 s"),
        (3725, "1 h 02 min"),
    ],
)
def test_format_duration(seconds: float | None, text: str) -> None:
    assert format_duration(seconds) == text


def test_a_report_stopped_half_way_leaves_no_partial_file(
    seeded: tuple[Path, Truth], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As if killed while writing views.csv: every file is the old one or the new one, never half."""
    out = tmp_path / "report"
    build_report(seeded[0], out, None, NOW)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_iter_views = AnalyticsStore.iter_views

    def stopped_half_way(self: AnalyticsStore, *args: Any) -> Iterator[Any]:
        for n, view in enumerate(real_iter_views(self, *args)):
            if n == 500:
                raise KeyboardInterrupt  # Ctrl+C, or the process killed
            yield view

    monkeypatch.setattr(AnalyticsStore, "iter_views", stopped_half_way)
    with pytest.raises(KeyboardInterrupt):
        build_report(seeded[0], out, date(2026, 3, 10), NOW)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after.keys() == before.keys()  # no temporary file left, nothing new under a final name
    assert after["views.csv"] == before["views.csv"]  # the file being written is the old one, whole
    monkeypatch.undo()
    (out / ".views.csv.0badf00d.tmp").write_text("left by a killed report")
    build_report(seeded[0], out, None, NOW)  # the next report tidies what a kill left
    assert sorted(p.name for p in out.iterdir()) == sorted(before)
