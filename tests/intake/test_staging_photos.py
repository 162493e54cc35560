"""Photos while staging: one that cannot be prepared is left out everywhere and the rest of the
exhibit is shown; pictures are prepared on the copy that will be shown, never on what is shown."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.images import DerivativeCache
from kiosk.intake.staging import ContentStore, prepare_in
from tests.intake.staging_helpers import (
    photo_ids_anywhere,
    rejections,
    stage_and_promote,
)


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
