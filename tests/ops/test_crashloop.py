from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.ops.crashloop import MAX_ENTRIES, CrashLoopGuard


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "crash-loop.json"


def crash(state: Path, clock: FakeClock, gap_s: float = 10) -> bool:
    """One run that starts and dies without marking a clean exit; returns its safe-mode flag."""
    safe = CrashLoopGuard(state, clock=clock).record_start()
    clock.now += gap_s
    return safe


def test_three_crashes_in_the_window_mean_safe_mode(state: Path, clock: FakeClock) -> None:
    assert [crash(state, clock) for _ in range(3)] == [False, False, False]
    guard = CrashLoopGuard(state, clock=clock)
    assert guard.record_start() is True
    assert guard.in_safe_mode()


def test_clean_exits_do_not_count(state: Path, clock: FakeClock) -> None:
    for _ in range(10):
        guard = CrashLoopGuard(state, clock=clock)
        assert guard.record_start() is False
        clock.now += 5
        guard.mark_clean_exit()
    assert not CrashLoopGuard(state, clock=clock).record_start()


def test_crashes_spread_beyond_the_window_do_not_count(state: Path, clock: FakeClock) -> None:
    for _ in range(6):
        assert crash(state, clock, gap_s=301) is False  # two crashes per 10 minutes at most


def test_safe_mode_ends_when_the_crashes_age_out(state: Path, clock: FakeClock) -> None:
    for _ in range(3):
        crash(state, clock)
    clock.now += 600
    assert CrashLoopGuard(state, clock=clock).record_start() is False


def test_decision_holds_for_the_whole_run(state: Path, clock: FakeClock) -> None:
    for _ in range(3):
        crash(state, clock)
    guard = CrashLoopGuard(state, clock=clock)
    assert guard.record_start()
    clock.now += 3600
    assert guard.in_safe_mode()


def test_reset_leaves_safe_mode_but_keeps_the_current_run(state: Path, clock: FakeClock) -> None:
    for _ in range(3):
        crash(state, clock)
    guard = CrashLoopGuard(state, clock=clock)
    assert guard.record_start()
    guard.reset()
    assert not guard.in_safe_mode()
    # The current run crashes after the reset: that is one crash, not four.
    clock.now += 10
    assert crash(state, clock) is False
    starts = json.loads(state.read_text())["starts"]
    assert [s["clean_exit"] for s in starts] == [False, False]


def test_limit_and_window_are_configurable(state: Path, clock: FakeClock) -> None:
    CrashLoopGuard(state, limit=1, window_s=60, clock=clock).record_start()
    clock.now += 30
    assert CrashLoopGuard(state, limit=1, window_s=60, clock=clock).record_start()
    with pytest.raises(ValueError):
        CrashLoopGuard(state, limit=0)


def test_in_safe_mode_before_record_start_judges_history(state: Path, clock: FakeClock) -> None:
    for _ in range(3):
        crash(state, clock)
    assert CrashLoopGuard(state, clock=clock).in_safe_mode()


def test_clock_stepping_back_still_counts_recent_crashes(state: Path, clock: FakeClock) -> None:
    for _ in range(3):
        crash(state, clock)
    clock.now -= 300  # NTP corrects a fast clock
    assert CrashLoopGuard(state, clock=clock).record_start()


def test_unreadable_state_starts_fresh(state: Path, clock: FakeClock) -> None:
    state.write_text("{")
    assert CrashLoopGuard(state, clock=clock).record_start() is False
    assert len(json.loads(state.read_text())["starts"]) == 1


def test_history_is_bounded(state: Path, clock: FakeClock) -> None:
    for _ in range(MAX_ENTRIES + 20):
        crash(state, clock, gap_s=0.01)
    assert len(json.loads(state.read_text())["starts"]) == MAX_ENTRIES


# --- a full or read-only disk (issue 13, item 1) ------------------------------------------------


class Disk:
    """The state file's writer, which can be made to fail like a full or read-only disk."""

    def __init__(self) -> None:
        self.error: OSError | None = None

    def __call__(self, path: Path, data: object) -> None:
        if self.error is not None:
            raise self.error
        from kiosk.atomic import atomic_write_json

        atomic_write_json(path, data)


def full() -> OSError:
    return OSError(28, "No space left on device")


def test_a_clean_stop_on_a_full_disk_is_not_counted_as_a_crash(state: Path, clock: FakeClock) -> None:
    disk = Disk()
    for _ in range(5):
        guard = CrashLoopGuard(state, clock=clock, write=disk)
        disk.error = None
        assert guard.record_start() is False
        disk.error = full()  # the disk fills while the kiosk runs
        clock.now += 5
        guard.mark_clean_exit()  # SIGTERM: must not raise, must not leave a crash behind
        disk.error = None
    assert not CrashLoopGuard(state, clock=clock).record_start()
    assert all(entry["clean_exit"] for entry in json.loads(state.read_text())["starts"][:-1])


def test_a_crash_on_a_full_disk_still_counts(state: Path, clock: FakeClock) -> None:
    disk = Disk()
    for _ in range(3):
        CrashLoopGuard(state, clock=clock, write=disk).record_start()
        clock.now += 5  # killed: no mark_clean_exit, the marker stays
    assert CrashLoopGuard(state, clock=clock, write=disk).record_start() is True


def test_a_start_that_cannot_be_recorded_neither_crashes_nor_counts(state: Path, clock: FakeClock) -> None:
    disk = Disk()
    disk.error = OSError(30, "Read-only file system")
    for _ in range(5):
        guard = CrashLoopGuard(state, clock=clock, write=disk)
        assert guard.record_start() is False
        assert guard.problem is not None and "Read-only file system" in guard.problem
        clock.now += 5
        guard.mark_clean_exit()
    assert not state.exists()
    assert not (state.parent / (state.name + ".running")).exists()


def test_a_read_only_folder_is_survived(state: Path, clock: FakeClock) -> None:
    state.parent.chmod(0o500)
    try:
        guard = CrashLoopGuard(state, clock=clock)
        assert guard.record_start() is False
        guard.mark_clean_exit()
    finally:
        state.parent.chmod(0o700)


# --- what the crashed runs showed, for safe mode (issue 13, item 7) -----------------------------


def run_showing(
    state: Path, clock: FakeClock, *shown: str, clean: bool = False, write: Disk | None = None
) -> None:
    guard = CrashLoopGuard(state, clock=clock, **({"write": write} if write else {}))
    guard.record_start()
    for content in shown:
        guard.note_content(content)
    clock.now += 10
    if clean:
        guard.mark_clean_exit()


def test_safe_mode_knows_what_the_crashed_runs_showed(state: Path, clock: FakeClock) -> None:
    run_showing(state, clock, "v2")
    run_showing(state, clock, "v0", clean=True)  # a clean run is not blamed
    run_showing(state, clock, "v1", "v2")  # switched to v2, then crashed: v2 is blamed, not v1
    run_showing(state, clock, "bundled")
    guard = CrashLoopGuard(state, clock=clock)
    assert guard.record_start()
    assert guard.crashed_with == ("bundled", "v2")  # newest first, each once
    guard.note_content("v0")
    guard.mark_clean_exit()
    assert json.loads(state.read_text())["starts"][-1] == {
        "at": clock.now,
        "clean_exit": True,
        "marker": True,
        "content": "v0",
    }


def test_a_clean_stop_only_the_marker_recorded_is_not_blamed(state: Path, clock: FakeClock) -> None:
    """The marker (a full disk at the stop) makes a run clean; it must not be blamed either."""
    disk = Disk()
    for _ in range(2):
        run_showing(state, clock, "v2")
    guard = CrashLoopGuard(state, clock=clock, write=disk)
    guard.record_start()
    guard.note_content("v1")
    disk.error = full()
    guard.mark_clean_exit()
    disk.error = None
    run_showing(state, clock, "v3")
    guard = CrashLoopGuard(state, clock=clock)
    assert guard.record_start()  # three crashes: v2, v2, v3; the v1 run stopped cleanly
    assert guard.crashed_with == ("v3", "v2")


def test_noting_the_content_on_a_full_disk_does_not_raise(state: Path, clock: FakeClock) -> None:
    disk = Disk()
    guard = CrashLoopGuard(state, clock=clock, write=disk)
    guard.record_start()
    disk.error = full()
    guard.note_content("v1")  # the blame is lost, nothing else
    disk.error = None
    assert "content" not in json.loads(state.read_text())["starts"][-1]


def test_a_crash_before_the_content_was_noted_is_known_as_such(state: Path, clock: FakeClock) -> None:
    run_showing(state, clock)  # e.g. a history written by a program version that noted nothing
    run_showing(state, clock, "v2")
    run_showing(state, clock, "v2")
    guard = CrashLoopGuard(state, clock=clock)
    assert guard.record_start()
    assert guard.crashed_with == ("v2", "")
