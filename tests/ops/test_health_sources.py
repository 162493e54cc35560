"""Start counts, crash-loop window, and the content version every kiosk computes alike."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

from kiosk.intake.staging import ContentStore
from kiosk.ops.health_sources import (
    ContentVersions,
    StartCounter,
    app_version,
    content_version,
    resident_memory_bytes,
)
from tests.exhibits import build_mini


def test_starts_and_unclean_ends_are_counted_across_runs(tmp_path: Path) -> None:
    counter = StartCounter(tmp_path / "starts.json")
    first = counter.record_start(1000.0)
    assert (first.total, first.unclean, first.unclean_starts) == (1, 0, ())
    counter.record_clean_stop()
    second = counter.record_start(2000.0)
    assert (second.total, second.unclean) == (2, 0)
    # No clean stop: the run that started at 2000 crashed.
    third = StartCounter(tmp_path / "starts.json").record_start(2100.0)
    assert (third.total, third.unclean, third.unclean_starts) == (3, 1, (2000.0,))


def test_crash_loop_is_judged_in_a_window(tmp_path: Path) -> None:
    counter = StartCounter(tmp_path / "starts.json")
    for at in (0.0, 100.0, 200.0):
        counter.record_start(at)  # each run "crashes": no clean stop
    now = counter.record_start(300.0)
    assert now.unclean_starts == (0.0, 100.0, 200.0)
    assert now.crash_loop(300.0, limit=3, window_s=600)
    assert not now.crash_loop(300.0, limit=4, window_s=600)
    assert not now.crash_loop(700.0, limit=3, window_s=600)  # the first crash is too old by then


def test_a_damaged_counter_file_starts_again(tmp_path: Path) -> None:
    (tmp_path / "starts.json").write_text("{", encoding="utf-8")
    assert StartCounter(tmp_path / "starts.json").record_start(1.0).total == 1


def test_content_version_is_the_same_for_every_faithful_copy(tmp_path: Path) -> None:
    source = build_mini(tmp_path / "curator")
    copy = tmp_path / "kiosk"
    shutil.copytree(source, copy)  # new mtimes
    (copy / ".stfolder").mkdir()  # Syncthing's marker and a hidden clutter file do not count
    (copy / "Thumbs.db").write_bytes(b"x")
    os.utime(copy / "exhibit.toml", (1, 1))
    assert content_version(copy) == content_version(source)
    assert len(content_version(source)) == 12

    # ... and the same as the kiosk's own staged copy of the folder.
    store = ContentStore(tmp_path / "state" / "content")
    staged = store.stage(source)
    assert staged.ok
    assert content_version(staged.path) == content_version(source)


def test_content_version_changes_with_a_byte_or_a_name(tmp_path: Path) -> None:
    source = build_mini(tmp_path / "a")
    before = content_version(source)
    photo = source / "photos" / "tank.jpg"
    data = bytearray(photo.read_bytes())
    data[-3] ^= 0xFF
    photo.write_bytes(bytes(data))
    changed = content_version(source)
    assert changed != before
    photo.rename(source / "photos" / "tank2.jpg")
    assert content_version(source) not in (before, changed)


def test_versions_are_computed_in_the_background_and_remembered(tmp_path: Path) -> None:
    folder = build_mini(tmp_path / "content")
    done = threading.Event()
    versions = ContentVersions(tmp_path / "cache.json", on_ready=done.set)
    assert versions.get(folder) == ""  # not known yet: a thread works it out
    assert done.wait(60), "the fingerprint thread never reported"
    assert versions.get(folder) == content_version(folder)
    # A new instance (a restart) reads it from the cache file without hashing again.
    again = ContentVersions(tmp_path / "cache.json", on_ready=lambda: None)
    assert again.get(folder) == content_version(folder)
    assert again.wait(folder) == content_version(folder)


def test_memory_and_version_are_known_here() -> None:
    rss = resident_memory_bytes()
    assert rss is None or rss > 10 * 2**20
    if os.name == "posix" and Path("/proc/self/statm").exists():
        assert rss is not None
    assert app_version() != ""
