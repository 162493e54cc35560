"""What ``kiosk run`` shows at start-up and in safe mode (issue 13, item 7): never what crashed."""

from __future__ import annotations

from pathlib import Path

from kiosk import resources
from kiosk.commands.start_content import (
    BUNDLED,
    choose_content,
    keep_shown_content,
    label,
    safe_mode_lines,
)
from kiosk.intake.staging import ContentStore
from kiosk.ops.crashloop import CrashLoopGuard
from tests.intake.conftest import source, store
from tests.intake.staging_helpers import stage_and_promote

__all__ = ["source", "store"]  # fixtures


def three_versions(store: ContentStore, source: Path) -> list[Path]:
    """Oldest first; the last one is current."""
    return [stage_and_promote(store, source, f"Version {n}") for n in range(3)]


def test_normally_the_current_version_is_shown(source: Path, store: ContentStore) -> None:
    made = three_versions(store, source)
    loading: list[str] = []
    shown, result = choose_content(source, store, loading=loading.append)
    assert shown == made[-1] and result.exhibit is not None
    assert loading == [made[-1].name]  # noted before it is loaded


def test_safe_mode_steps_back_past_every_version_that_crashed(source: Path, store: ContentStore) -> None:
    made = three_versions(store, source)
    shown, _ = choose_content(source, store, crashed={made[2].name})
    assert shown == made[1]
    shown, _ = choose_content(source, store, crashed={made[2].name, made[1].name})  # it crashed too
    assert shown == made[0]
    loading: list[str] = []
    shown, result = choose_content(source, store, crashed={m.name for m in made}, loading=loading.append)
    assert shown == resources.bundled_exhibit() and result.exhibit is not None
    assert loading == [BUNDLED] and label(shown, store) == BUNDLED


def test_safe_mode_after_crashes_of_something_else_shows_the_current_version(
    source: Path, store: ContentStore
) -> None:
    """The kiosk crashed while the bundled exhibit stood in (a first check of the folder): the
    checked copy of the folder is not to blame."""
    made = three_versions(store, source)
    shown, _ = choose_content(source, store, crashed={BUNDLED})
    assert shown == made[-1]


def test_a_crash_with_content_not_noted_is_blamed_on_the_current_version(
    source: Path, store: ContentStore
) -> None:
    """Crashes recorded by an earlier program version (it noted no content), right after an update."""
    made = three_versions(store, source)
    shown, _ = choose_content(source, store, crashed={""})
    assert shown == made[1]


def test_without_a_content_folder_safe_mode_has_only_the_bundled_exhibit() -> None:
    shown, result = choose_content(None, None, crashed={BUNDLED})
    assert shown == resources.bundled_exhibit() and result.exhibit is not None


def crash_loop(state: Path, *shown: str) -> CrashLoopGuard:
    for content in shown:
        guard = CrashLoopGuard(state)
        guard.record_start()
        guard.note_content(content)
    guard = CrashLoopGuard(state)
    assert guard.record_start()
    return guard


def test_the_admin_view_says_what_crashed_and_what_is_shown(tmp_path: Path) -> None:
    guard = crash_loop(tmp_path / "crash-loop.json", "v2", "v2", "v2")
    lines = safe_mode_lines(guard, "v1")
    assert lines[0].startswith("The kiosk stopped unexpectedly 3 times within 10 minutes")
    assert "while showing content version v2." in lines[0]
    assert lines[1] == "It now shows content version v1 instead, until safe mode is left."
    guard = crash_loop(tmp_path / "other.json", BUNDLED, BUNDLED, BUNDLED)
    assert "nothing else to show" in safe_mode_lines(guard, BUNDLED)[1]


def test_keeping_the_shown_content_forgets_what_crashed_and_leaves_safe_mode(
    source: Path, store: ContentStore, tmp_path: Path
) -> None:
    made = three_versions(store, source)
    guard = crash_loop(tmp_path / "crash-loop.json", *[made[2].name] * 3)
    message, left = keep_shown_content(store, guard, lambda: made[1])()
    assert left and made[1].name in message
    assert store.current() == made[1] and store.good_versions() == [made[1], made[0]]
    assert not CrashLoopGuard(tmp_path / "crash-loop.json").in_safe_mode()


def test_keeping_the_bundled_exhibit_is_not_offered_as_a_way_out(tmp_path: Path) -> None:
    guard = crash_loop(tmp_path / "crash-loop.json", BUNDLED, BUNDLED, BUNDLED)
    message, left = keep_shown_content(None, guard, resources.bundled_exhibit)()
    assert not left and "bundled exhibit" in message
    assert guard.in_safe_mode()
