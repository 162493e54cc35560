"""Deep-zoom pyramids: every tile shows its region of the source, and the cache keys by content."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from image_fixtures import photo, save
from PIL import Image, ImageChops, ImageFilter, ImageStat

from kiosk.images import DerivativeCache, make_derivatives
from kiosk.images.spec import TILES, Pyramid
from kiosk.images.tiles import TileArchive, archive_path, digest_of, prune_unpacked, unpack, unpacked_dir

SIZES = {"screen": (400, 400), "thumb": (80, 80)}


@pytest.fixture(scope="module")
def pyramid_of(tmp_path_factory: pytest.TempPathFactory) -> tuple[Image.Image, TileArchive]:
    """An odd-sized picture (halving rounds up at every level) and its pyramid."""
    folder = tmp_path_factory.mktemp("pyramid")
    # Blurred a little: the pyramid's box filter and Pillow's differ most on one-pixel lines.
    source = photo((2101, 1333)).filter(ImageFilter.GaussianBlur(3))
    src = save(source, folder / "odd.png", "PNG")
    out = {"screen": folder / "s.jpg", "thumb": folder / "t.jpg", TILES: folder / "tiles.zip"}
    info = make_derivatives(src, out, SIZES)
    assert info.pyramid == Pyramid(2101, 1333, 510, 1)
    return source, TileArchive(out[TILES])


def test_the_pyramid_goes_from_one_tile_to_full_size(pyramid_of: tuple[Image.Image, TileArchive]) -> None:
    _, archive = pyramid_of
    pyramid = archive.pyramid
    assert pyramid.levels == 4
    assert [pyramid.level_size(lv) for lv in range(pyramid.levels)] == [
        (263, 167),
        (526, 334),
        (1051, 667),
        (2101, 1333),
    ]
    assert pyramid.grid(0) == (1, 1) and pyramid.grid(3) == (5, 3)
    assert archive.tile(3, 5, 0) is None and archive.tile(9, 0, 0) is None


def test_every_tile_at_every_level_matches_the_source_region(
    pyramid_of: tuple[Image.Image, TileArchive],
) -> None:
    source, archive = pyramid_of
    pyramid = archive.pyramid
    for level in range(pyramid.levels):
        # Compared in luminance: tiles are JPEGs with halved colour resolution, like any photo.
        reference = source.resize(pyramid.level_size(level), Image.Resampling.BOX).convert("L")
        shifted = ImageChops.offset(reference, reference.width // 7 + 9, reference.height // 7 + 9)
        cols, rows = pyramid.grid(level)
        for row in range(rows):
            for col in range(cols):
                data = archive.tile(level, col, row)
                assert data is not None, (level, col, row)
                x, y, w, h = pyramid.tile_box(level, col, row)
                with Image.open(io.BytesIO(data)) as tile:
                    assert tile.size == (w, h), (level, col, row)
                    got = tile.convert("L")
                box = (x, y, x + w, y + h)
                error = mean_difference(got, reference.crop(box))
                # JPEG at quality 85 and another downscaling filter: close, not equal ...
                assert error < 4, (level, col, row, error)
                # ... and far closer than the same pixels a few steps off would be.
                assert mean_difference(got, shifted.crop(box)) > 3 * error, (level, col, row)


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return float(ImageStat.Stat(ImageChops.difference(a, b)).mean[0])


def test_archives_are_read_by_digest_only(tmp_path: Path) -> None:
    assert archive_path(tmp_path, "../../etc/passwd") is None
    assert archive_path(tmp_path, "0" * 32) == tmp_path / f"{'0' * 32}.tiles.zip"
    assert unpacked_dir(tmp_path, "../x") is None
    assert unpack(tmp_path / "missing.tiles.zip", tmp_path / "unpacked" / ("0" * 32)) is None


def test_tiles_are_unpacked_once_completely_and_pruned(
    pyramid_of: tuple[Image.Image, TileArchive], tmp_path: Path
) -> None:
    _, archive = pyramid_of
    folder = unpacked_dir(tmp_path, "a" * 32)
    assert folder is not None
    assert unpack(archive.path, folder) == archive.pyramid
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.jpg"))
    with zipfile.ZipFile(archive.path) as zf:
        assert names == sorted(n for n in zf.namelist() if n.endswith(".jpg"))
    assert not [p for p in folder.parent.iterdir() if p.name.endswith(".tmp")]
    assert unpack(tmp_path / "gone.zip", folder) == archive.pyramid  # already there: not read again
    other = unpacked_dir(tmp_path, "b" * 32)
    assert other is not None and unpack(archive.path, other) is not None
    assert prune_unpacked(tmp_path, ["a" * 32]) == 1
    assert folder.is_dir() and not other.exists()


def prepared_tiles(cache: DerivativeCache, key: str, src: Path) -> Path:
    result = cache.prepare([(key, src)])[key]
    assert result.ok, result.reason
    return result.paths[TILES]


def test_a_moved_renamed_or_copied_scan_reuses_everything(tmp_path: Path) -> None:
    src = save(photo((1200, 800)), tmp_path / "content" / "scan.tif", "TIFF")
    with DerivativeCache(tmp_path / "cache", SIZES, workers=1) as cache:
        tiles = prepared_tiles(cache, "scan", src)
        made = cache.stats.made

        moved = tmp_path / "elsewhere" / "renamed.tif"
        moved.parent.mkdir()
        src.rename(moved)  # same inode: not even read again
        hashed = cache.stats.hashed
        assert prepared_tiles(cache, "scan", moved) == tiles
        assert cache.stats.hashed == hashed

        copied = tmp_path / "version-2" / "photos" / "scan.tif"
        copied.parent.mkdir(parents=True)
        shutil.copyfile(moved, copied)  # a new file with the same bytes: read once, no image work
        assert prepared_tiles(cache, "2/scan", copied) == tiles
        assert cache.stats.hashed == hashed + 1

        linked = tmp_path / "version-3.tif"
        os.link(copied, linked)  # staging hard-links unchanged files into the next version
        assert prepared_tiles(cache, "3/scan", linked) == tiles
        assert cache.stats.hashed == hashed + 1
        assert cache.stats.made == made


def test_the_memo_survives_a_restart(tmp_path: Path) -> None:
    src = save(photo((1200, 800)), tmp_path / "scan.jpg", "JPEG")
    with DerivativeCache(tmp_path / "cache", SIZES, workers=1) as cache:
        prepared_tiles(cache, "scan", src)
    with DerivativeCache(tmp_path / "cache", SIZES, workers=1) as restarted:
        assert restarted.prepare([("scan", src)])["scan"].reused
        assert restarted.stats.hashed == 0 and restarted._sandbox is None


def test_new_content_under_the_same_name_is_made_again(tmp_path: Path) -> None:
    src = save(photo((1200, 800)), tmp_path / "scan.jpg", "JPEG")
    with DerivativeCache(tmp_path / "cache", SIZES, workers=1) as cache:
        first = prepared_tiles(cache, "scan", src)
        save(photo((800, 1200)), src, "JPEG")
        second = prepared_tiles(cache, "scan", src)
        assert second != first and digest_of(second) != digest_of(first)
        assert TileArchive(second).pyramid.height == 1200


def test_a_picture_that_fits_its_screen_copy_has_no_tiles(tmp_path: Path) -> None:
    src = save(photo((300, 200)), tmp_path / "small.jpg", "JPEG")
    with DerivativeCache(tmp_path / "cache", SIZES, workers=1) as cache:
        result = cache.prepare([("small", src)])["small"]
        assert result.ok and TILES not in result.paths
        assert cache.path("small", TILES) is None
