"""What staging copies from a curator's folder, and when it waits: links, special, hidden and
system files are left behind; a folder a copy or sync is still writing into is not staged."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.intake.staging import ContentStore


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
