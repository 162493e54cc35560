"""The derivative pipeline, in-process: colour spaces, ICC profiles, metadata and pixel formats all
come out as clean sRGB (or grey) JPEGs."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from derivative_run import assert_clean_jpeg, close_to, loaded, output, run
from image_fixtures import (
    adobe_rgb_profile,
    encoded,
    exif_bytes,
    photo,
    png_16bit_rgb,
    save,
    without_adobe_marker,
)
from PIL import Image, ImageCms


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    cmyk = Image.new("CMYK", (200, 100), (0, 255, 255, 0))  # pure red in ink
    src = save(cmyk, tmp_path / "cmyk.jpg", "JPEG", quality=95)
    info = run(src, tmp_path)
    assert info.mode == "CMYK"
    screen = output(tmp_path, src, "screen")
    assert screen.mode == "RGB"
    assert close_to(screen.getpixel((100, 50)), (255, 0, 0))


def test_cmyk_jpeg_without_adobe_marker_is_not_inverted(tmp_path: Path) -> None:
    # Pillow writes Adobe's inverted polarity; inverting the ink first yields a file whose
    # bytes hold plain CMYK for red, as a non-Adobe tool would write it.
    stored = Image.new("CMYK", (200, 100), (255, 0, 0, 255))
    src = tmp_path / "plain-cmyk.jpg"
    src.write_bytes(without_adobe_marker(encoded(stored, "JPEG", quality=95)))
    assert "adobe" not in loaded(src).info
    run(src, tmp_path)
    assert close_to(output(tmp_path, src, "screen").getpixel((100, 50)), (255, 0, 0))


def test_embedded_wide_gamut_profile_is_converted_to_srgb(tmp_path: Path) -> None:
    profile = adobe_rgb_profile()
    colour = (200, 100, 50)
    src = save(
        Image.new("RGB", (64, 64), colour), tmp_path / "adobe.jpg", "JPEG", quality=98, icc_profile=profile
    )
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), colour),
        ImageCms.ImageCmsProfile(io.BytesIO(profile)),
        ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")),
        outputMode="RGB",
    )
    assert expected is not None
    want = expected.getpixel((0, 0))
    assert isinstance(want, tuple)
    assert abs(want[0] - colour[0]) > 15, "the test colour must actually move"

    info = run(src, tmp_path)
    assert info.icc_converted
    screen = output(tmp_path, src, "screen")
    assert close_to(screen.getpixel((32, 32)), want, 4)
    assert "icc_profile" not in screen.info


def test_profile_on_png_is_converted_too(tmp_path: Path) -> None:
    src = save(
        Image.new("RGB", (32, 32), (200, 100, 50)),
        tmp_path / "adobe.png",
        "PNG",
        icc_profile=adobe_rgb_profile(),
    )
    assert run(src, tmp_path).icc_converted


def test_broken_profile_falls_back_to_plain_conversion(tmp_path: Path) -> None:
    src = save(
        Image.new("RGB", (32, 32), (200, 100, 50)),
        tmp_path / "broken.jpg",
        "JPEG",
        icc_profile=b"not a profile" * 20,
    )
    info = run(src, tmp_path)
    assert not info.icc_converted
    assert close_to(output(tmp_path, src, "screen").getpixel((16, 16)), (200, 100, 50))


def test_metadata_is_stripped(tmp_path: Path) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    src = save(
        photo((640, 480)),
        tmp_path / "meta.jpg",
        "JPEG",
        exif=exif_bytes(1, make="Museum Scanner", model="X1", software="secret"),
        icc_profile=srgb,
        comment=b"curator notes",
        xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>private</x:xmpmeta>",
        dpi=(300, 300),
    )
    source = loaded(src)
    assert {"exif", "icc_profile", "comment", "xmp"} <= set(source.info)
    info = run(src, tmp_path)
    assert info.icc_converted
    for variant in ("screen", "thumb"):
        im = output(tmp_path, src, variant)
        assert_clean_jpeg(im)
        raw = (tmp_path / "out" / f"meta.{variant}.jpg").read_bytes()
        assert b"Museum Scanner" not in raw and b"curator notes" not in raw and b"xmpmeta" not in raw


def test_16bit_grey_png_is_scaled_not_clipped(tmp_path: Path) -> None:
    values = [0, 257 * 64, 257 * 128, 257 * 192, 65535]
    row = b"".join(struct.pack("<H", v) for v in values)
    im = Image.frombytes("I;16", (len(values), 1), row).resize((250, 50), Image.Resampling.NEAREST)
    src = save(im, tmp_path / "deep.png", "PNG")
    assert loaded(src).mode.startswith("I")
    info = run(src, tmp_path)
    assert info.output_mode == "L"
    screen = output(tmp_path, src, "screen")
    for column, expected in zip((25, 75, 125, 175, 225), (0, 64, 128, 192, 255), strict=True):
        value = screen.getpixel((column, 25))
        assert isinstance(value, int)
        assert abs(value - expected) <= 3, (column, value)


def test_16bit_rgb_png(tmp_path: Path) -> None:
    src = png_16bit_rgb(tmp_path / "deep-rgb.png", [(65535, 0, 32896)] * 40)
    run(src, tmp_path)
    assert close_to(output(tmp_path, src, "screen").getpixel((20, 0)), (255, 0, 128), 8)


def test_palette_png(tmp_path: Path) -> None:
    src = save(photo((400, 300)).quantize(16), tmp_path / "palette.png", "PNG")
    assert loaded(src).mode == "P"
    info = run(src, tmp_path)
    assert info.output_mode == "RGB" and not info.had_alpha


def test_palette_png_with_transparent_index_is_flattened(tmp_path: Path) -> None:
    im = Image.new("P", (100, 100), 0)
    im.putpalette([255, 255, 255, 0, 0, 255] + [0] * 762)
    im.paste(1, (50, 0, 100, 100))
    src = save(im, tmp_path / "palette-t.png", "PNG", transparency=0)
    info = run(src, tmp_path)
    assert info.had_alpha
    screen = output(tmp_path, src, "screen")
    assert close_to(screen.getpixel((10, 50)), (26, 26, 26), 3)
    assert close_to(screen.getpixel((90, 50)), (0, 0, 255), 6)


def test_rgba_png_is_composited_on_dark_neutral(tmp_path: Path) -> None:
    im = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    im.paste((255, 200, 0, 255), (100, 0, 200, 100))
    src = save(im, tmp_path / "alpha.png", "PNG")
    info = run(src, tmp_path)
    assert info.had_alpha and info.output_mode == "RGB"
    screen = output(tmp_path, src, "screen")
    assert close_to(screen.getpixel((20, 50)), (26, 26, 26), 3)
    assert close_to(screen.getpixel((180, 50)), (255, 200, 0), 6)


def test_grey_with_alpha_png(tmp_path: Path) -> None:
    im = Image.new("LA", (100, 100), (200, 0))
    im.paste((200, 255), (50, 0, 100, 100))
    src = save(im, tmp_path / "la.png", "PNG")
    run(src, tmp_path)
    screen = output(tmp_path, src, "screen")
    assert screen.mode == "L"
    assert abs(int(screen.getpixel((10, 50))) - 26) <= 3  # type: ignore[arg-type]


def test_webp(tmp_path: Path) -> None:
    src = save(photo((1200, 800)), tmp_path / "pic.webp", "WEBP", quality=80)
    info = run(src, tmp_path, {"screen": (600, 600), "thumb": (100, 100)})
    assert info.format == "WEBP"
    assert info.sizes == {"screen": (600, 400), "thumb": (100, 67)}
    assert_clean_jpeg(output(tmp_path, src, "screen"))


def test_animated_webp_shows_its_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (120, 80), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    src = save(
        frames[0], tmp_path / "anim.webp", "WEBP", save_all=True, append_images=frames[1:], lossless=True
    )
    run(src, tmp_path)
    assert close_to(output(tmp_path, src, "screen").getpixel((60, 40)), (255, 0, 0))
