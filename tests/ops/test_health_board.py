"""The health board: what each content situation is reported as, and faults that must not stop it."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kiosk.intake.staging import ContentStore
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.health import read_snapshot
from kiosk.ops.health_board import ContentTracker, HealthBoard, RunFacts, begin_run, previous_history
from kiosk.ops.health_sources import STARTS, ContentVersions, StartCounter, content_version
from tests.exhibits import build_mini


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def tracker_for(tmp_path: Path, source: Path | None, store: ContentStore | None) -> ContentTracker:
    versions = ContentVersions(tmp_path / "versions.json", on_ready=lambda: None)
    versions.get = versions.wait  # type: ignore[method-assign]  # compute at once in tests
    return ContentTracker(versions, store, source)


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, ContentStore, ContentTracker]:
    source = build_mini(tmp_path / "curator")
    store = ContentStore(tmp_path / "state" / "content")
    first = store.stage(source)
    shown = store.promote(first)
    tracker = tracker_for(tmp_path, source, store)
    tracker.shown_from_store("mini", shown)
    return source, store, tracker


def retitle(source: Path, title: str) -> None:
    manifest = source / "exhibit.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('title = { en = "Mini exhibit"', f'title = {{ en = "{title}"'), "utf-8")


def test_current_then_changing_then_waiting_then_current(
    folder: tuple[Path, ContentStore, ContentTracker],
) -> None:
    source, store, tracker = folder
    report = tracker.report()
    assert (report.state, report.exhibit, report.error) == ("current", "mini", "")
    assert report.version == content_version(source)
    assert report.store_version == store.current().name  # type: ignore[union-attr]
    assert report.shown_since > 0 and report.folder == str(source)

    retitle(source, "Second edition")
    assert tracker.report().state == "changing"  # not checked yet
    staged = store.stage(source)
    assert staged.ok
    assert tracker.report().state == "waiting"
    tracker.shown_from_store("mini", store.promote(staged))
    report = tracker.report()
    assert report.state == "current" and report.version == content_version(source)
    assert [h.version for h in report.history][:1] == [report.version]
    assert len(report.history) == 2


def test_rejected_keeps_the_version_shown_and_says_why(
    folder: tuple[Path, ContentStore, ContentTracker],
) -> None:
    source, store, tracker = folder
    shown = tracker.report().version
    (source / "exhibit.toml").write_text('format = 2\ntitle = { en = "oops"\n', encoding="utf-8")
    assert not store.stage(source).ok
    report = tracker.report()
    assert report.state == "rejected" and report.version == shown
    assert "not valid TOML" in report.error and report.error_at > 0
    # The curator edits again: not checked yet, but the last check's error is still the last error.
    (source / "exhibit.toml").write_text('format = 2\ntitle = { en = "oops" }\n', encoding="utf-8")
    report = tracker.report()
    assert report.state == "changing" and "not valid TOML" in report.error


def test_bundled_when_there_is_no_folder(tmp_path: Path) -> None:
    bundled = build_mini(tmp_path / "bundled")
    tracker = tracker_for(tmp_path, None, None)
    tracker.shown("mini", bundled)
    report = tracker.report()
    assert report.state == "bundled" and report.version == content_version(bundled) and report.folder == ""


def test_bundled_stand_in_while_the_folder_is_broken(tmp_path: Path) -> None:
    source = build_mini(tmp_path / "curator")
    (source / "exhibit.toml").write_text("format = [", encoding="utf-8")
    store = ContentStore(tmp_path / "state" / "content")
    assert not store.stage(source).ok
    tracker = tracker_for(tmp_path, source, store)
    tracker.shown("bundled", build_mini(tmp_path / "bundled"))
    assert tracker.report().state == "rejected"
    shutil.rmtree(source)
    build_mini(source)
    store.stage(source)
    assert tracker.report().state == "waiting"


def run_facts(tmp_path: Path, **kw: object) -> RunFacts:
    starts = StartCounter(tmp_path / "health" / STARTS)
    (tmp_path / "health").mkdir(exist_ok=True)
    return RunFacts(tmp_path / "health", "0.2.0", 1000.0, starts.record_start(1000.0), False, **kw)  # type: ignore[arg-type]


def test_a_failing_source_is_reported_unknown_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    tracker = tracker_for(tmp_path, None, None)
    tracker.shown("mini", build_mini(tmp_path / "bundled"))
    board = HealthBoard(run_facts(tmp_path), tracker, interval_s=15, clock=Clock(1010.0), memory=lambda: 1)

    def broken() -> int | None:
        raise RuntimeError("database is locked")

    board.visits_source = broken
    with caplog.at_level(logging.ERROR):
        assert board.write()
    snap = read_snapshot(tmp_path / "health")
    assert snap.visits_today is None and snap.content.exhibit == "mini" and snap.rss_bytes == 1
    assert "could not find out today's visits" in caplog.text


def test_clean_stop_says_stopped_and_counts_a_clean_end(tmp_path: Path) -> None:
    tracker = tracker_for(tmp_path, None, None)
    tracker.shown("mini", build_mini(tmp_path / "bundled"))
    board = HealthBoard(run_facts(tmp_path), tracker, interval_s=15, clock=Clock(1010.0))
    board.up = True
    board.write()
    assert read_snapshot(tmp_path / "health").up
    board.clean_stop()
    snap = read_snapshot(tmp_path / "health")
    assert (snap.up, snap.stopped) == (False, True)
    assert StartCounter(tmp_path / "health" / STARTS).record_start(2000.0).unclean == 0
    assert previous_history(tmp_path / "health")[0].exhibit == "mini"


def test_begin_run_counts_and_judges_a_crash_loop(tmp_path: Path) -> None:
    health = tmp_path / "health"
    health.mkdir()
    guard = CrashLoopGuard(tmp_path / "crash-loop.json", limit=2, window_s=600)
    for _ in range(3):
        facts = begin_run(health, "gallery-3", guard, safe_mode=False)  # never a clean stop: crashes
    assert (facts.starts.total, facts.starts.unclean, facts.name) == (3, 2, "gallery-3")
    assert (facts.crash_limit, facts.crash_window_s) == (2, 600)
    tracker = tracker_for(tmp_path, None, None)
    tracker.shown("mini", build_mini(tmp_path / "bundled"))
    board = HealthBoard(facts, tracker, interval_s=15, clock=Clock(facts.started_at + 1))
    assert board.snapshot().crash_loop
    later = HealthBoard(facts, tracker, interval_s=15, clock=Clock(facts.started_at + 3600))
    assert not later.snapshot().crash_loop
