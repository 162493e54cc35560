"""Swapping content on a running kiosk: a broken or half-copied folder never shows; the last good
stays. What is copied from the curator's folder is in test_staging_copy.py; photos that cannot be
prepared in test_staging_photos.py."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from kiosk.content.scaffold import scaffold
from kiosk.intake.staging import LAST_ATTEMPT, POINTER, ContentStore, StageResult
from tests.intake.staging_helpers import (
    Clock,
    retitle,
    scaffold_again,
    stage_and_promote,
    title_of,
)


def test_fingerprint_sees_every_change_and_only_changes(source: Path, store: ContentStore) -> None:
    first = store.fingerprint(source)
    assert store.fingerprint(source) == first
    photo = source / "photos" / "example-portrait.jpg"
    stamp = photo.stat()
    photo.write_bytes(photo.read_bytes())  # same bytes, new mtime
    os.utime(photo, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))
    second = store.fingerprint(source)
    assert second != first
    (source / "photos" / "new.jpg").write_bytes(b"x")
    third = store.fingerprint(source)
    assert third != second
    (source / "photos" / "new.jpg").rename(source / "photos" / "renamed.jpg")
    assert store.fingerprint(source) != third
    (source / ".syncthing.renamed.jpg.tmp").write_bytes(b"")  # a sync tool at work counts too
    assert store.fingerprint(source) != third
    assert store.fingerprint(source.parent / "gone") == store.fingerprint(source.parent / "also-gone")


def test_good_half_copied_broken_good(source: Path, store: ContentStore) -> None:
    assert store.current() is None
    first = stage_and_promote(store, source, "First")
    assert store.current() == first and title_of(first) == "First"

    # Half-copied: the TOML file is cut off mid-way (here inside a text; a cut that happens to
    # leave valid TOML is an edit like any other: the watcher waits for the folder to settle).
    chapters = source / "text" / "chapters.toml"
    whole = chapters.read_bytes()
    chapters.write_bytes(whole[: whole.index(b'"Welcome"') + 4])
    half = store.stage(source)
    assert not half.ok and not half.path.exists()
    assert any("not valid TOML" in p.message for p in half.errors)
    assert store.current() == first
    chapters.write_bytes(whole)

    # Half-copied: a photo has not arrived yet.
    portrait = source / "photos" / "example-portrait.jpg"
    portrait_bytes = portrait.read_bytes()
    portrait.unlink()
    missing = store.stage(source)
    assert not missing.ok
    assert any("photos/example-portrait.jpg does not exist" in p.message for p in missing.errors)
    assert store.current() == first
    portrait.write_bytes(portrait_bytes)

    # Broken: a curator's typo.
    retitle(source, "Broken")
    (source / "text" / "people.toml").write_text('[[person]]\nid = "Bad Id"\n', encoding="utf-8")
    broken = store.stage(source)
    assert not broken.ok and store.current() == first
    status = store.status()
    assert status.last_attempt is not None and not status.last_attempt.ok
    assert status.last_attempt.errors == len(broken.errors) > 0
    assert any("cannot be used as an id" in line for line in status.last_attempt.problems)
    assert status.current is not None and status.current.path == first

    # Fixed: good again.
    shutil.rmtree(source)
    scaffold(source, ["en", "sr"])
    second = stage_and_promote(store, source, "Second")
    assert store.current() == second != first and title_of(second) == "Second"
    status = store.status()
    assert status.current is not None and status.previous is not None
    assert status.current.version == second.name and status.previous.version == first.name
    assert status.last_attempt is not None and status.last_attempt.ok
    assert status.current.source == str(source) and status.current.promoted_at.startswith("2026-03-01T")


def test_warnings_do_not_block_and_are_kept_for_the_admin_view(source: Path, store: ContentStore) -> None:
    (source / "text" / "chapters" / "welcome.sr.md").unlink()
    result = store.stage(source)
    assert result.ok and result.errors == []
    assert any("Missing translation (sr)" in p.message for p in result.warnings)
    store.promote(result)
    status = store.status()
    assert status.current is not None and status.current.warnings == len(result.warnings)
    assert status.last_attempt is not None and status.last_attempt.warnings == len(result.warnings)


def test_restart_keeps_the_last_good_even_when_the_source_is_broken(
    source: Path, store: ContentStore, tmp_path: Path
) -> None:
    good = stage_and_promote(store, source, "Good")
    (source / "exhibit.toml").write_text("this is not = = toml", encoding="utf-8")
    assert not store.stage(source).ok
    again = ContentStore(store.root)
    assert again.current() == good and title_of(good) == "Good"
    shutil.rmtree(source)
    assert ContentStore(store.root).current() == good
    last = ContentStore(store.root).status().last_attempt
    assert last is not None and not last.ok


def test_the_copy_is_isolated_from_later_edits(source: Path, store: ContentStore) -> None:
    shown = stage_and_promote(store, source, "Shown")
    retitle(source, "Edited later")
    (source / "photos" / "example-landscape.jpg").write_bytes(b"half a file")
    assert title_of(shown) == "Shown"
    with Image.open(shown / "photos" / "example-landscape.jpg") as im:
        assert im.size == (2400, 1600)


def test_rollback(source: Path, store: ContentStore) -> None:
    assert store.rollback() is None
    first = stage_and_promote(store, source, "First")
    assert store.rollback() is None  # nothing to go back to: unchanged
    assert store.current() == first
    second = stage_and_promote(store, source, "Second")
    assert store.rollback() == first
    assert store.current() == first
    assert ContentStore(store.root).current() == first  # survives a restart
    assert second.exists()  # kept until the next promotion prunes it


def test_pruning_keeps_current_previous_and_one_more(source: Path, store: ContentStore) -> None:
    made = [stage_and_promote(store, source, f"Version {n}") for n in range(5)]
    on_disk = store.status().versions_on_disk
    assert on_disk == tuple(p.name for p in made[-3:])
    assert store.current() == made[-1]
    assert store.rollback() == made[-2]
    assert store.rollback() == made[-3]
    assert store.rollback() is None


def test_rollback_to_a_chosen_good_version(source: Path, store: ContentStore) -> None:
    """Safe mode keeps what it shows: every version after it is forgotten at once."""
    made = [stage_and_promote(store, source, f"Version {n}") for n in range(3)]
    assert store.good_versions() == made[::-1]
    assert store.rollback(to=made[2]) is None  # already the current one
    assert store.rollback(to=source) is None  # not a version at all
    assert store.rollback(to=made[0]) == made[0]
    assert store.current() == made[0] and store.good_versions() == [made[0]]


def test_a_checked_version_waits_without_being_pruned(source: Path, store: ContentStore) -> None:
    stage_and_promote(store, source, "Shown")
    retitle(source, "Waiting")
    waiting = store.stage(source)
    assert waiting.ok and store.status().waiting == waiting.version
    store.prune()
    assert waiting.path.is_dir()
    assert title_of(store.current() or Path()) == "Shown"  # not shown until promoted
    store.promote(waiting)
    assert store.current() == waiting.path and store.status().waiting is None


def test_promote_refuses_a_failed_or_vanished_result(source: Path, store: ContentStore) -> None:
    (source / "exhibit.toml").unlink()
    bad = store.stage(source)
    with pytest.raises(ValueError, match="has errors"):
        store.promote(bad)
    scaffold_again(source)
    good = store.stage(source)
    shutil.rmtree(good.path)
    with pytest.raises(ValueError, match="no longer in the store"):
        store.promote(good)
    assert store.current() is None


def test_unchanged_files_share_the_current_copy(source: Path, store: ContentStore) -> None:
    first = stage_and_promote(store, source, "First")
    second = stage_and_promote(store, source, "Second")
    old, new = (p / "photos" / "example-landscape.jpg" for p in (first, second))
    assert old.stat().st_ino == new.stat().st_ino  # a hard link: no second copy of the photo
    assert (first / "exhibit.toml").stat().st_ino != (second / "exhibit.toml").stat().st_ino


def test_crash_debris_is_cleared_and_a_damaged_pointer_is_survived(source: Path, tmp_path: Path) -> None:
    root = tmp_path / "state"
    store = ContentStore(root, clock=Clock())
    good = stage_and_promote(store, source, "Good")
    (root / "staging" / "20260301-090000-deadbeef").mkdir()
    (root / "staging" / "20260301-090000-deadbeef" / "exhibit.toml").write_text("half", encoding="utf-8")
    again = ContentStore(root)
    assert list((root / "staging").iterdir()) == []
    assert again.current() == good
    (root / POINTER).write_text("{not json", encoding="utf-8")
    (root / LAST_ATTEMPT).write_text("[]", encoding="utf-8")
    damaged = ContentStore(root)
    assert damaged.current() is None and damaged.status().last_attempt is None


def test_pointer_is_small_readable_json(source: Path, store: ContentStore) -> None:
    stage_and_promote(store, source, "One")
    stage_and_promote(store, source, "Two")
    data = json.loads((store.root / POINTER).read_text(encoding="utf-8"))
    assert (
        data["format"] == 1
        and [set(e) for e in data["history"]]
        == [{"version", "source", "fingerprint", "staged_at", "promoted_at", "warnings", "left_out"}] * 2
    )


def test_stage_result_is_what_the_qt_side_needs(source: Path, store: ContentStore) -> None:
    result: StageResult = store.stage(source)
    assert result.ok and result.exhibit is not None
    assert result.fingerprint == store.fingerprint(source)
    assert result.version == result.path.name and result.path.parent.name == "versions"
    assert [c.id for c in result.exhibit.chapters] == ["welcome", "making-it-yours"]


def test_missing_texts_and_unknown_links_mark_the_result_incomplete(
    source: Path, store: ContentStore
) -> None:
    assert not store.stage(source).incomplete
    (source / "text" / "chapters" / "welcome.sr.md").unlink()
    result = store.stage(source)
    assert result.ok and result.incomplete  # shown only once the folder has been quiet a long while
