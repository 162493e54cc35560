"""Swapping content on a running kiosk: a broken or half-copied folder never shows; the last good stays."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.content.scaffold import scaffold
from kiosk.images import DerivativeCache
from kiosk.intake.image_check import rejections
from kiosk.intake.staging import LAST_ATTEMPT, POINTER, ContentStore, StageResult, prepare_in


class Clock:
    """A clock that moves one minute per reading, so every version has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "curator" / "exhibit"
    scaffold(folder)
    return folder


@pytest.fixture
def store(tmp_path: Path) -> ContentStore:
    return ContentStore(tmp_path / "state" / "content", clock=Clock())


def retitle(source: Path, title: str) -> None:
    path = source / "exhibit.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\ntitle = ") + 1
    end = text.index("\n", start)
    path.write_text(text[:start] + f'title = "{title}"' + text[end:], encoding="utf-8")


def title_of(folder: Path) -> str:
    exhibit = load(folder).exhibit
    assert exhibit is not None
    return exhibit.manifest.title["none"]


def stage_and_promote(store: ContentStore, source: Path, title: str) -> Path:
    retitle(source, title)
    result = store.stage(source)
    assert result.ok, [str(p) for p in result.errors]
    return store.promote(result)


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
    assert any("must use lower-case letters" in line for line in status.last_attempt.problems)
    assert status.current is not None and status.current.path == first

    # Fixed: good again.
    shutil.rmtree(source)
    scaffold(source)
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


def scaffold_again(source: Path) -> None:
    shutil.rmtree(source)
    scaffold(source)


def test_links_and_special_files_are_not_copied(source: Path, store: ContentStore, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    (source / "notes.txt").symlink_to(secret)
    os.mkfifo(source / "pipe")
    result = store.stage(source)
    assert result.ok
    assert not (result.path / "notes.txt").exists() and not (result.path / "pipe").exists()
    words = "\n".join(str(p) for p in result.warnings)
    assert "notes.txt: This is a shortcut (symbolic link)" in words
    assert "pipe: This is not a regular file or folder" in words
    for file in result.path.rglob("*"):
        assert not file.is_symlink()


def test_a_linked_photo_makes_the_version_fail(source: Path, store: ContentStore, tmp_path: Path) -> None:
    photo = source / "photos" / "example-portrait.jpg"
    outside = tmp_path / "outside.jpg"
    photo.rename(outside)
    photo.symlink_to(outside)
    result = store.stage(source)
    assert not result.ok
    assert any("photos/example-portrait.jpg does not exist" in p.message for p in result.errors)


def test_the_source_folder_itself_may_be_a_link(source: Path, store: ContentStore, tmp_path: Path) -> None:
    link = tmp_path / "current-release"
    link.symlink_to(source)  # an rsync release switched by renaming a link
    result = store.stage(link)
    assert result.ok and (result.path / "exhibit.toml").is_file()


def test_hidden_and_system_files_are_not_copied(source: Path, store: ContentStore) -> None:
    (source / ".git").mkdir()
    (source / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (source / "photos" / "Thumbs.db").write_bytes(b"x")
    (source / ".DS_Store").write_bytes(b"x")
    result = store.stage(source)
    assert result.ok
    assert not (result.path / ".git").exists() and not (result.path / "photos" / "Thumbs.db").exists()
    assert not (result.path / ".DS_Store").exists()


@pytest.mark.parametrize(
    "name", [".syncthing.exhibit.toml.tmp", "~syncthing~photo.jpg.tmp", "photo.jpg.part"]
)
def test_a_sync_in_progress_is_waited_for(source: Path, store: ContentStore, name: str) -> None:
    (source / name).write_bytes(b"")
    result = store.stage(source)
    assert not result.ok
    assert "still seems to be writing into the folder" in result.errors[0].message


def test_a_folder_that_changes_while_copied_is_not_used(
    source: Path, store: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    readings = iter(["before", "after"])
    monkeypatch.setattr(store, "fingerprint", lambda folder: next(readings))
    result = store.stage(source)
    assert not result.ok
    assert "The folder changed while it was being copied" in result.errors[0].message
    assert not result.path.exists() and list((store.root / "staging").iterdir()) == []


def test_a_missing_source_is_a_failed_attempt(store: ContentStore, tmp_path: Path) -> None:
    result = store.stage(tmp_path / "nowhere")
    assert not result.ok and "does not exist" in result.errors[0].message


def photo_ids_anywhere(exhibit: Exhibit) -> set[str]:
    """Every photo id the exhibit shows or links to, wherever it appears."""
    found = {p.id for p in exhibit.photos} | set(exhibit.manifest.attract_photos)
    found |= {pid for g in exhibit.galleries for pid in g.photos}
    for item in [*exhibit.chapters, *exhibit.people, *exhibit.photos, *exhibit.events, *exhibit.forces]:
        found |= set(item.photos)
    found |= {c.lead_photo for c in exhibit.chapters if c.lead_photo}
    found |= {p.portrait for p in exhibit.people if p.portrait}
    return found


def test_a_photo_that_cannot_be_prepared_is_left_out_everywhere(source: Path, store: ContentStore) -> None:
    seen: list[Path] = []

    def prepare(exhibit: Exhibit, root: Path) -> dict[str, str]:
        seen.append(root)
        return {"example-portrait": "the JPEG is truncated (the file ends early); copy it again"}

    assert "example-portrait" in photo_ids_anywhere(load(source).exhibit)  # type: ignore[arg-type]
    result = store.stage(source, prepare)
    assert result.ok and seen and seen[0] == result.path  # the rest of the exhibit is shown
    problem = next(p for p in result.warnings if "example-portrait.jpg" in p.message)
    assert problem.file == "text/photos.toml" and problem.line is not None
    assert problem.message.startswith(
        "Photo 'example-portrait': photos/example-portrait.jpg cannot be shown: "
        "the JPEG is truncated (the file ends early); copy it again. It is left out of the exhibit"
    )
    assert result.exhibit is not None and "example-portrait" not in photo_ids_anywhere(result.exhibit)
    assert result.left_out == {
        "example-portrait": "the JPEG is truncated (the file ends early); copy it again"
    }
    # After a restart the version is loaded again from disk: the same photo stays out.
    shown = store.promote(result)
    again = store.load_version(shown)
    assert again.exhibit is not None and "example-portrait" not in photo_ids_anywhere(again.exhibit)
    assert any("example-portrait.jpg cannot be shown" in p.message for p in again.warnings)


def test_prepare_images_runs_on_the_folder_that_will_be_shown(source: Path, store: ContentStore) -> None:
    roots: list[Path] = []
    result = store.stage(source, lambda exhibit, root: roots.append(root) or {})
    assert result.ok
    assert store.promote(result) == roots[0] == store.current()


def test_a_failing_prepare_images_is_a_failed_attempt(source: Path, store: ContentStore) -> None:
    def prepare(exhibit: Exhibit, root: Path) -> dict[str, str]:
        raise RuntimeError("decoder pool is gone")

    result = store.stage(source, prepare)
    assert not result.ok
    assert "The photos could not be prepared (RuntimeError: decoder pool is gone)" in result.errors[0].message


def test_a_truncated_photo_is_caught_by_the_real_image_check(source: Path, store: ContentStore) -> None:
    photo = source / "photos" / "example-landscape.jpg"
    data = photo.read_bytes()
    photo.write_bytes(data[: len(data) // 3])
    result = store.stage(source, rejections)
    assert result.ok and result.exhibit is not None
    assert "example-landscape" not in photo_ids_anywhere(result.exhibit)
    assert any(
        "Photo 'example-landscape': photos/example-landscape.jpg cannot be shown: the JPEG is truncated"
        in p.message
        for p in result.warnings
    )


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


def test_prepare_in_the_kiosk_cache_never_touches_what_is_shown(
    source: Path, store: ContentStore, tmp_path: Path
) -> None:
    with DerivativeCache(tmp_path / "cache", workers=1) as cache:
        shown = stage_and_promote(store, source, "Shown")
        on_screen = {p.id: shown / p.file for p in load(shown).exhibit.photos}  # type: ignore[union-attr]
        cache.prepare(list(on_screen.items()))
        before = cache.path("example-landscape")
        photo = source / "photos" / "example-landscape.jpg"
        Image.new("RGB", (2400, 1600), (10, 200, 10)).save(photo)
        result = store.stage(source, prepare_in(cache))
        assert result.ok
        assert cache.path("example-landscape") == before  # the screen still gets the old picture
        assert cache.path(f"{result.version}/example-landscape") not in (None, before)
        made = cache.stats.made
        promoted = store.promote(result)
        exhibit = result.exhibit
        assert exhibit is not None
        again = cache.prepare([(p.id, promoted / p.file) for p in exhibit.photos])
        assert all(r.ok and r.reused for r in again.values()) and cache.stats.made == made
        photo.write_bytes(photo.read_bytes()[:5000])
        broken = store.stage(source, prepare_in(cache))
        assert broken.ok and "truncated" in broken.left_out["example-landscape"]


# --- a copy or sync still writing (issue 13, item 2) ---------------------------------------------


@pytest.mark.parametrize(
    "temporary",
    [
        ".syncthing.example-landscape.jpg.tmp",  # Syncthing
        "~syncthing~example-landscape.jpg.tmp",  # Syncthing on Windows
        ".example-landscape.jpg.Xa9bQ2",  # rsync's file in progress
        ".rsync-partial/example-landscape.jpg",  # rsync --partial-dir
        ".~tmp~/example-landscape.jpg",  # rsync --delay-updates
    ],
)
def test_a_folder_a_copy_is_still_writing_into_is_not_staged(
    source: Path, store: ContentStore, temporary: str
) -> None:
    path = source / "photos" / temporary
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"\xff\xd8\xff")
    result = store.stage(source)
    assert not result.ok
    [problem] = result.errors
    assert problem.file == f"photos/{temporary}" and "still seems to be writing" in problem.message


def test_a_temporary_file_an_interrupted_copy_left_long_ago_no_longer_holds_the_folder(
    source: Path, store: ContentStore
) -> None:
    path = source / "photos" / ".example-landscape.jpg.Xa9bQ2"
    path.write_bytes(b"\xff\xd8\xff")
    old = datetime(2026, 1, 1, tzinfo=UTC).timestamp()
    os.utime(path, (old, old))
    result = store.stage(source)
    assert result.ok
    assert any(
        p.file == "photos/.example-landscape.jpg.Xa9bQ2" and "delete it" in p.message for p in result.warnings
    )


def test_missing_texts_and_unknown_links_mark_the_result_incomplete(
    source: Path, store: ContentStore
) -> None:
    assert not store.stage(source).incomplete
    (source / "text" / "chapters" / "welcome.sr.md").unlink()
    result = store.stage(source)
    assert result.ok and result.incomplete  # shown only once the folder has been quiet a long while
