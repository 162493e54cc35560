"""The checked-content cache: read back only for the same content and the same program."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.content import cache, loader
from kiosk.content.cache import content_key, load_cached
from kiosk.content.loader import LoadResult


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every folder the real loader checks (the cache's misses)."""
    seen: list[Path] = []
    real = loader.load

    def counting(root: Path) -> LoadResult:
        seen.append(root)
        return real(root)

    monkeypatch.setattr(loader, "load", counting)
    return seen


def cached_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("content-*.pickle"))


def test_an_unchanged_folder_is_read_from_the_cache(new: Path, tmp_path: Path, loads: list[Path]) -> None:
    store = tmp_path / "cache"
    first = load_cached(new, store)
    second = load_cached(new, store)
    assert loads == [new]  # checked once
    assert first.exhibit is not None and second.exhibit == first.exhibit
    assert second.problems == first.problems and second.locations == first.locations
    assert len(cached_files(store)) == 1


def test_a_changed_text_is_checked_again(new: Path, tmp_path: Path, loads: list[Path]) -> None:
    store = tmp_path / "cache"
    load_cached(new, store)
    manifest = new / "exhibit.toml"
    text = manifest.read_text(encoding="utf-8")
    stat = manifest.stat()
    # A same-length edit that keeps the modification time: only the bytes tell it apart.
    changed = text.replace("title", "TITLE", 1) if "title" in text else text + "#"
    manifest.write_text(changed, encoding="utf-8")
    os.utime(manifest, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    result = load_cached(new, store)
    assert loads == [new, new]
    assert result.exhibit is not None or result.problems  # whatever the edit did, it was checked


def test_an_added_or_removed_file_is_checked_again(new: Path, tmp_path: Path, loads: list[Path]) -> None:
    store = tmp_path / "cache"
    load_cached(new, store)
    extra = new / "photos" / "late-arrival.jpg"
    extra.parent.mkdir(exist_ok=True)
    extra.write_bytes(b"\xff\xd8" + bytes(300_000))  # larger than HASHED_BYTES: keyed by its stat
    load_cached(new, store)
    assert len(loads) == 2
    (new / "text" / "chapters.toml").unlink()
    load_cached(new, store)
    assert len(loads) == 3


def test_another_format_or_cache_version_is_never_trusted(
    new: Path, tmp_path: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "cache"
    load_cached(new, store)
    key = content_key(new)
    monkeypatch.setattr(cache, "CACHE_VERSION", cache.CACHE_VERSION + 1)
    assert content_key(new) != key
    load_cached(new, store)
    monkeypatch.setattr(cache, "CACHE_VERSION", cache.CACHE_VERSION - 1)
    monkeypatch.setattr(loader.m, "FORMAT", loader.m.FORMAT + 1)
    assert content_key(new) != key
    assert len(loads) == 2


def test_a_damaged_cache_file_is_replaced(new: Path, tmp_path: Path, loads: list[Path]) -> None:
    store = tmp_path / "cache"
    load_cached(new, store)
    (damaged,) = cached_files(store)
    damaged.write_bytes(b"not a pickle")
    result = load_cached(new, store)
    assert result.exhibit is not None and len(loads) == 2
    assert load_cached(new, store).exhibit == result.exhibit and len(loads) == 2


def test_a_folder_with_errors_is_not_kept(new: Path, tmp_path: Path, loads: list[Path]) -> None:
    store = tmp_path / "cache"
    (new / "exhibit.toml").write_text("format = [", encoding="utf-8")
    assert load_cached(new, store).exhibit is None
    assert load_cached(new, store).exhibit is None
    assert len(loads) == 2 and cached_files(store) == []


def test_no_cache_folder_or_an_unwritable_one_still_loads(
    new: Path, tmp_path: Path, loads: list[Path]
) -> None:
    assert load_cached(new, None).exhibit is not None
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert load_cached(new, blocker / "cache").exhibit is not None  # cannot be made: loaded anyway
    assert len(loads) == 2


def test_old_entries_are_pruned(new: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    for n in range(cache.KEEP + 2):
        (new / "notes.txt").write_text(f"version {n}", encoding="utf-8")
        load_cached(new, store)
    assert len(cached_files(store)) == cache.KEEP
