"""Hostile and odd pictures: each case is reported in plain words, and the kiosk shows everything else.

Pictures go through the whole path a curator uses (``kiosk validate --images``, and the derivative
cache the kiosk prepares a content folder with).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from kiosk.commands.validate import validate_command
from kiosk.content.loader import load
from kiosk.content.problems import Severity
from kiosk.content.scaffold import scaffold
from kiosk.images import DecodeSandbox, DerivativeCache
from kiosk.intake.image_check import Depth, inspect_photos
from tests.content.hostile import (
    animated_gif,
    big_grey_png,
    busy,
    rotated_jpeg,
    sixteen_bit_png,
)
from tests.images.image_fixtures import encoded, png_claiming_size

# photo id -> (file name, bytes or a writer, the error words expected from `validate --images`, or None)
CASES: dict[str, tuple[str, Any, str | None]] = {
    "truncated": (
        "truncated.jpg",
        lambda: encoded(busy((1600, 1200)), "JPEG", quality=95)[:60_000],
        "truncated",
    ),
    "zero-bytes": ("zero-bytes.jpg", b"", "the file is empty (0 bytes); copy it again"),
    "text-as-jpeg": ("notes.jpg", b"Not a photo at all.\n", "not a picture"),
    "cmyk": ("cmyk.jpg", lambda: encoded(Image.new("CMYK", (1600, 1200), (0, 80, 160, 20)), "JPEG"), None),
    "rotated": ("rotated.jpg", rotated_jpeg, None),
    "sixteen-bit": ("sixteen-bit.png", sixteen_bit_png, None),
    "progressive": ("progressive.jpg", lambda: encoded(busy((1600, 1200)), "JPEG", progressive=True), None),
    "gif-as-png": ("animated.png", animated_gif, "GIF picture (although its name ends in .png)"),
    "bmp-as-jpeg": ("bitmap.jpg", lambda: encoded(Image.new("RGB", (1600, 1200)), "BMP"), "BMP picture"),
    # Shown (judged by its content); validate warns that its name is wrong.
    "tiff-as-png": ("scan.png", lambda: encoded(Image.new("RGB", (1600, 1200)), "TIFF"), None),
    "webp-as-jpeg": ("really-webp.jpg", lambda: encoded(busy((1600, 1200)), "WEBP"), None),
    "bomb": ("bomb.png", "bomb", "40000 x 30000 pixels (1200 megapixels); the kiosk accepts up to 1000"),
    # kiosk/images decodes up to a gigapixel, streaming with libvips: a 100-megapixel PNG is shown.
    "huge": ("huge.png", "huge", None),
    "largest": ("largest.png", "largest", None),
}
# Found from the header alone, without decoding (the default `kiosk validate`).
HEADER_CASES = {"zero-bytes", "text-as-jpeg", "gif-as-png", "bmp-as-jpeg", "bomb", "truncated"}
LARGEST = 7700  # 59.3 megapixels


def add_photo(folder: Path, photo_id: str, file: str) -> None:
    with (folder / "text" / "photos.toml").open("a", encoding="utf-8") as fh:
        fh.write(
            f'\n[[photo]]\nid = "{photo_id}"\nfile = "{file}"\ntitle = "{photo_id}"\n'
            f'caption = "A hostile case."\ncredit = "Tests"\n'
        )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "exhibit"
    scaffold(folder, ["en", "sr"])
    for photo_id, (name, content, _) in CASES.items():
        path = folder / "photos" / name
        if content == "bomb":
            png_claiming_size(path, 40_000, 30_000)
        elif content == "huge":
            big_grey_png(path, 10_000)
        elif content == "largest":
            big_grey_png(path, LARGEST)
        else:
            path.write_bytes(content() if callable(content) else content)
        add_photo(folder, photo_id, f"photos/{name}")
    (folder / "photos" / "animated.gif").write_bytes(animated_gif())
    add_photo(folder, "gif-by-name", "photos/animated.gif")
    return folder


@pytest.fixture(scope="module")
def full_report(hostile: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = validate_command(hostile, out=out, err=out, images=True)
    return status, out.getvalue().splitlines()


@pytest.fixture(scope="module")
def header_report(hostile: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = validate_command(hostile, out=out, err=out)
    return status, out.getvalue().splitlines()


def errors_about(lines: list[str], photo_id: str) -> list[str]:
    return [line for line in lines if line.startswith("ERROR") and f"Photo '{photo_id}'" in line]


@pytest.mark.parametrize("photo_id", list(CASES))
def test_validate_images_reports_each_case_in_plain_words(
    full_report: tuple[int, list[str]], photo_id: str
) -> None:
    status, lines = full_report
    assert status == 1
    name, _, expected = CASES[photo_id]
    found = errors_about(lines, photo_id)
    if expected is None:
        assert found == [], found
    else:
        [line] = found
        assert line.startswith("ERROR: text/photos.toml, line ")
        assert f"Photo '{photo_id}': photos/{name} cannot be shown: " in line
        assert expected in line
        assert "Traceback" not in line and "Error:" not in line.split("cannot be shown")[1]


@pytest.mark.parametrize("photo_id", list(CASES))
def test_quick_validate_finds_what_the_header_shows(
    header_report: tuple[int, list[str]], photo_id: str
) -> None:
    _, lines = header_report
    assert bool(errors_about(lines, photo_id)) == (photo_id in HEADER_CASES)


def test_gif_by_name_is_refused_by_the_loader(full_report: tuple[int, list[str]]) -> None:
    [line] = errors_about(full_report[1], "gif-by-name")
    assert (
        "photos/animated.gif is not a JPEG, PNG, WebP, TIFF or JPEG 2000 file. "
        "Save it in one of those formats." in line
    )


def test_everything_else_still_shows(hostile: Path, full_report: tuple[int, list[str]]) -> None:
    exhibit = load(hostile).exhibit
    assert exhibit is not None
    assert [c.id for c in exhibit.chapters] == ["welcome", "making-it-yours"]
    assert [p.id for p in exhibit.people] == ["ana-example", "marko-example"]
    assert not errors_about(full_report[1], "example-landscape")
    assert not errors_about(full_report[1], "example-portrait")


@pytest.fixture(scope="module")
def prepared(
    hostile: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DerivativeCache, dict[str, Any]]]:
    """The kiosk's own path: the loaded exhibit's photos through the derivative cache, within 1 GB each."""
    exhibit = load(hostile).exhibit
    assert exhibit is not None
    items = [(p.id, hostile / p.file) for p in exhibit.photos]
    with (
        DecodeSandbox(2, memory_limit=1024 * 1024 * 1024) as sandbox,
        DerivativeCache(tmp_path_factory.mktemp("cache"), sandbox=sandbox) as cache,
    ):
        yield cache, cache.prepare(items)


def test_cache_shows_the_odd_but_valid_pictures(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    cache, results = prepared
    for photo_id in (
        "cmyk",
        "rotated",
        "sixteen-bit",
        "progressive",
        "webp-as-jpeg",
        "largest",
        "huge",
        "tiff-as-png",
    ):
        assert results[photo_id].ok, (photo_id, results[photo_id].reason)
        with Image.open(results[photo_id].paths["screen"]) as im:
            assert im.format == "JPEG" and im.mode in ("RGB", "L")
    for photo_id in HEADER_CASES:
        assert not results[photo_id].ok and cache.path(photo_id) is None


def test_exif_rotated_photo_is_shown_upright(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    _, results = prepared
    with Image.open(results["rotated"].paths["screen"]) as im:
        assert im.size == (1200, 1600)  # portrait, as the camera was held
        red = im.convert("RGB").getpixel((im.width - 20, 20))  # stored top-left is now top-right
        assert isinstance(red, tuple) and red[0] > 200 and red[1] < 60


def test_huge_png_is_scaled_within_the_budget(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    _, results = prepared
    info = results["largest"].info
    assert (info.width, info.height) == (LARGEST, LARGEST)
    assert info.sizes["screen"] == (2560, 2560) and info.sizes["thumb"] == (512, 512)


def test_cmyk_comes_out_rgb(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    _, results = prepared
    assert results["cmyk"].info.mode == "CMYK" and results["cmyk"].info.output_mode == "RGB"


def test_quick_inspection_reads_upright_size_without_decoding(hostile: Path) -> None:
    exhibit = load(hostile).exhibit
    assert exhibit is not None
    verdicts = inspect_photos(exhibit, hostile, Depth.QUICK)
    rotated = verdicts["rotated"].info
    assert rotated is not None and (rotated.width, rotated.height) == (1200, 1600)
    # The end of the file is read too: a JPEG without its end marker is cut off.
    assert verdicts["truncated"].reason == "the JPEG is truncated (the file ends early); copy it again"
    tiff = verdicts["tiff-as-png"].info
    assert verdicts["tiff-as-png"].reason is None and tiff is not None and tiff.format == "TIFF"


def test_quick_validate_warns_about_a_misnamed_file(header_report: tuple[int, list[str]]) -> None:
    [line] = [line for line in header_report[1] if "Photo 'tiff-as-png'" in line and "really" in line]
    assert line.startswith("WARNING: ")
    assert "photos/scan.png is really a TIFF picture, although its name ends in .png" in line
    assert "rename it to end in .tif" in line


def test_problems_are_plain_strings_with_severity(hostile: Path) -> None:
    for problem in load(hostile).problems:
        assert problem.severity in (Severity.ERROR, Severity.WARNING)
        assert "\n" not in str(problem)
