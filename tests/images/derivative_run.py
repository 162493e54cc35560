"""Running the derivative pipeline in-process on one picture, and reading what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kiosk.images import DEFAULT_SIZES, ImageInfo, ImageRejected, make_derivatives

JFIF_ONLY = {"jfif", "jfif_version", "jfif_unit", "jfif_density"}


def run(
    src: Path, tmp_path: Path, sizes: dict[str, tuple[int, int]] | None = None, **kw: object
) -> ImageInfo:
    sizes = dict(sizes or DEFAULT_SIZES)
    out = {variant: tmp_path / "out" / f"{src.stem}.{variant}.jpg" for variant in sizes}
    (tmp_path / "out").mkdir(exist_ok=True)
    return make_derivatives(src, out, sizes, **kw)  # type: ignore[arg-type]


def loaded(path: Path) -> Image.Image:
    with Image.open(path) as im:
        im.load()
        return im


def output(tmp_path: Path, src: Path, variant: str) -> Image.Image:
    return loaded(tmp_path / "out" / f"{src.stem}.{variant}.jpg")


def assert_clean_jpeg(im: Image.Image) -> None:
    assert im.format == "JPEG"
    assert set(im.info) <= JFIF_ONLY, f"metadata left in the derivative: {sorted(set(im.info) - JFIF_ONLY)}"
    assert not im.getexif()
    assert im.mode in ("RGB", "L")


def rejection(src: Path, tmp_path: Path, **kw: object) -> str:
    with pytest.raises(ImageRejected) as caught:
        run(src, tmp_path, **kw)  # type: ignore[arg-type]
    return caught.value.reason


def close_to(actual: tuple[int, ...] | float, expected: tuple[int, ...], tolerance: int = 6) -> bool:
    assert isinstance(actual, tuple)
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))
