"""What archives produce: TIFF (8/16 bit, uncompressed, LZW, Deflate, multi-page), 16-bit PNG,
JPEG 2000, large JPEGs, Adobe RGB and ProPhoto profiles; each small (Pillow) and large (libvips)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import pyvips
from image_fixtures import adobe_rgb_profile, photo, prophoto_profile, save
from PIL import Image, ImageCms, features

from kiosk.images import ImageInfo, ImageRejected, Limits, make_derivatives
from kiosk.images.spec import TILES

SMALL = {"screen": (400, 400), "thumb": (80, 80)}


def run(
    src: Path, tmp_path: Path, *, tiles: bool = True, limits: Limits | None = None
) -> tuple[ImageInfo, dict[str, Path]]:
    out = {variant: tmp_path / f"{src.stem}.{variant}.jpg" for variant in SMALL}
    if tiles:
        out[TILES] = tmp_path / f"{src.stem}.tiles.zip"
    info = make_derivatives(src, out, SMALL, limits or Limits())
    return info, out


def screen_pixel(out: dict[str, Path], xy: tuple[int, int] = (5, 5)) -> tuple[int, ...]:
    with Image.open(out["screen"]) as im:
        value = im.convert("RGB").getpixel(xy)
    assert isinstance(value, tuple)
    return value


def sixteen_bit_rgb(size: tuple[int, int], rgb16: tuple[int, int, int]) -> pyvips.Image:
    width, height = size
    flat = pyvips.Image.black(width, height, bands=3).cast("ushort").new_from_image(list(rgb16))
    corner = pyvips.Image.black(width // 4, height // 4, bands=3).cast("ushort").new_from_image([65535, 0, 0])
    # A red corner, to see the picture comes out upright.
    return flat.insert(corner, 0, 0).copy(interpretation="rgb16")


@pytest.mark.parametrize("compression", ["none", "lzw", "deflate"])
@pytest.mark.parametrize("size", [(300, 200), (900, 600)], ids=["fits", "deep-zoom"])
def test_16_bit_tiff_in_every_archive_compression(
    tmp_path: Path, compression: str, size: tuple[int, int]
) -> None:
    src = tmp_path / f"scan-{compression}.tif"
    sixteen_bit_rgb(size, (32896, 16448, 49344)).tiffsave(str(src), compression=compression)
    info, out = run(src, tmp_path)
    assert info.format == "TIFF"
    assert (info.width, info.height) == size
    assert (info.pyramid is not None) == (size[0] > 400)
    # 16-bit values scaled to 8 bits (x / 257), not clipped or truncated to the low byte.
    middle = screen_pixel(out, (info.sizes["screen"][0] // 2, info.sizes["screen"][1] // 2))
    assert all(abs(a - e) <= 3 for a, e in zip(middle, (128, 64, 192), strict=True)), middle
    assert screen_pixel(out)[0] > 240 and screen_pixel(out)[1] < 15  # red corner top-left: upright


@pytest.mark.parametrize("size", [(300, 200), (900, 600)], ids=["fits", "deep-zoom"])
def test_8_bit_and_grey_16_bit_tiffs(tmp_path: Path, size: tuple[int, int]) -> None:
    eight = save(photo(size), tmp_path / "eight.tif", "TIFF", compression="tiff_lzw")
    info, _ = run(eight, tmp_path)
    assert info.format == "TIFF" and info.output_mode == "RGB"
    grey = tmp_path / "grey16.tif"
    (pyvips.Image.black(*size) + 40000).cast("ushort").copy(interpretation="grey16").tiffsave(
        str(grey), compression="deflate"
    )
    info, out = run(grey, tmp_path)
    assert info.output_mode == "L"
    with Image.open(out["screen"]) as im:
        assert im.mode == "L" and abs(int(im.getpixel((3, 3))) - 40000 // 257) <= 2  # type: ignore[arg-type]


def test_multi_page_tiff_shows_its_first_page(tmp_path: Path) -> None:
    pages = [Image.new("RGB", (600, 400), colour) for colour in ((200, 30, 30), (30, 200, 30))]
    src = tmp_path / "pages.tif"
    pages[0].save(src, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate")
    for tiles in (False, True):
        folder = tmp_path / f"tiles-{tiles}"
        folder.mkdir()
        _, out = run(src, folder, tiles=tiles)
        red, green, _ = screen_pixel(out)
        assert red > 180 and green < 60


def test_16_bit_png(tmp_path: Path) -> None:
    src = tmp_path / "deep.png"
    sixteen_bit_rgb((900, 600), (65535, 32896, 0)).pngsave(str(src))
    info, out = run(src, tmp_path)
    assert info.format == "PNG" and info.pyramid is not None
    assert all(abs(a - e) <= 3 for a, e in zip(screen_pixel(out, (300, 200)), (255, 128, 0), strict=True))


@pytest.mark.skipif(not features.check_codec("jpg_2000"), reason="this Pillow has no OpenJPEG")
@pytest.mark.parametrize("size", [(300, 200), (900, 600)], ids=["fits", "deep-zoom"])
def test_jpeg_2000(tmp_path: Path, size: tuple[int, int]) -> None:
    src = save(Image.new("RGB", size, (40, 120, 200)), tmp_path / "scan.jp2", "JPEG2000")
    info, out = run(src, tmp_path)
    assert info.format == "JPEG2000"
    assert (info.pyramid is not None) == (size[0] > 400)
    assert all(abs(a - e) <= 4 for a, e in zip(screen_pixel(out), (40, 120, 200), strict=True))


def test_large_jpeg_is_streamed_into_a_pyramid(tmp_path: Path) -> None:
    src = save(photo((4000, 3000)), tmp_path / "big.jpg", "JPEG", quality=90)
    info, out = run(src, tmp_path)
    assert info.pyramid is not None and (info.pyramid.width, info.pyramid.height) == (4000, 3000)
    assert info.sizes == {"screen": (400, 300), "thumb": (80, 60)}
    assert out[TILES].stat().st_size > 0


@pytest.mark.parametrize("profile", [adobe_rgb_profile, prophoto_profile], ids=["adobe-rgb", "prophoto"])
@pytest.mark.parametrize("size", [(300, 200), (900, 600)], ids=["fits", "deep-zoom"])
def test_wide_gamut_profiles_become_srgb(tmp_path: Path, profile: object, size: tuple[int, int]) -> None:
    icc = profile()  # type: ignore[operator]
    colour = (60, 150, 90)
    src = save(Image.new("RGB", size, colour), tmp_path / "wide.tif", "TIFF", icc_profile=icc)
    info, out = run(src, tmp_path)
    assert info.icc_converted
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), colour),
        ImageCms.ImageCmsProfile(io.BytesIO(icc)),
        ImageCms.createProfile("sRGB"),
        renderingIntent=ImageCms.Intent.PERCEPTUAL,
    )
    assert expected is not None
    want = expected.getpixel((0, 0))
    got = screen_pixel(out)
    assert isinstance(want, tuple)
    assert all(abs(a - e) <= 4 for a, e in zip(got, want, strict=True)), (got, want)
    assert got != colour  # a real conversion happened


def test_the_size_limit_is_the_technicians_and_says_how_to_fix_it(tmp_path: Path) -> None:
    src = save(photo((2000, 1500)), tmp_path / "three-mp.tif", "TIFF")
    with pytest.raises(ImageRejected) as caught:
        run(src, tmp_path, limits=Limits(max_pixels=2_000_000))
    reason = caught.value.reason
    assert reason.startswith(
        "the image is 2000 x 1500 pixels (3 megapixels); the kiosk accepts up to 2 megapixels"
    )
    assert "scale it to at most 1632 x 1224 pixels" in reason and "image_max_megapixels" in reason
    info, _ = run(src, tmp_path, limits=Limits(max_pixels=3_000_000))
    assert info.width == 2000


def test_default_limit_is_a_gigapixel() -> None:
    assert Limits().max_pixels >= 1_000_000_000
