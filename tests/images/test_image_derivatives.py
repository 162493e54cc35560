"""The derivative pipeline, in-process: formats, orientation, colour, limits, rejections."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from image_fixtures import (
    adobe_rgb_profile,
    encoded,
    exif_bytes,
    marked,
    photo,
    png_16bit_rgb,
    png_claiming_size,
    save,
    without_adobe_marker,
)
from PIL import Image, ImageCms, ImageFile

from kiosk.images import DEFAULT_SIZES, ImageInfo, ImageRejected, Limits, make_derivatives
from kiosk.images import derivatives as pipeline
from kiosk.images.derivatives import fit_within

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


# Sizes and the JPEG draft path.


def test_fit_within_keeps_aspect_and_never_upscales() -> None:
    assert fit_within((6000, 4000), (2560, 2560)) == (2560, 1707)
    assert fit_within((4000, 6000), (2560, 2560)) == (1707, 2560)
    assert fit_within((300, 200), (2560, 2560)) == (300, 200)
    assert fit_within((10000, 1), (512, 512)) == (512, 1)


def test_normal_jpeg_uses_draft_and_thumb_is_made_from_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = save(photo((5200, 3900)), tmp_path / "big.jpg", "JPEG", quality=90)
    resizes: list[tuple[tuple[int, int], tuple[int, int]]] = []
    real_resize = pipeline._resize

    def spy(im: Image.Image, size: tuple[int, int], reducing_gap: float = 3.0) -> Image.Image:
        resizes.append((im.size, size))
        return real_resize(im, size, reducing_gap)

    monkeypatch.setattr(pipeline, "_resize", spy)
    info = run(src, tmp_path)

    assert (info.format, info.mode, info.width, info.height) == ("JPEG", "RGB", 5200, 3900)
    assert info.decoded_size == (2600, 1950), "libjpeg should decode at 1/2 scale"
    assert info.draft_scale == 2
    assert info.sizes == {"screen": (2560, 1920), "thumb": (512, 384)}
    # The thumbnail's resize starts from the screen copy, not from the decoded source.
    assert resizes == [((2600, 1950), (2560, 1920)), ((2560, 1920), (512, 384))]
    screen, thumb = output(tmp_path, src, "screen"), output(tmp_path, src, "thumb")
    assert screen.size == (2560, 1920)
    assert thumb.width <= 512 and thumb.height <= 512
    assert_clean_jpeg(screen)
    assert_clean_jpeg(thumb)
    assert "progressive" not in screen.info and "progression" not in screen.info


def test_small_picture_is_not_upscaled(tmp_path: Path) -> None:
    src = save(photo((300, 200)), tmp_path / "small.png", "PNG")
    info = run(src, tmp_path)
    assert info.sizes == {"screen": (300, 200), "thumb": (300, 200)}


def test_sizes_must_match_out(tmp_path: Path) -> None:
    src = save(photo((30, 20)), tmp_path / "a.png", "PNG")
    with pytest.raises(ValueError, match="sizes"):
        make_derivatives(src, {"screen": tmp_path / "s.jpg"}, {"screen": (9, 9), "thumb": (3, 3)})


def test_progressive_jpeg_is_drafted_and_saved_baseline(tmp_path: Path) -> None:
    src = save(photo((3000, 2000)), tmp_path / "prog.jpg", "JPEG", progressive=True, quality=85)
    info = run(src, tmp_path, {"screen": (700, 700), "thumb": (128, 128)})
    assert info.decoded_size == (750, 500)
    assert info.sizes == {"screen": (700, 467), "thumb": (128, 85)}
    screen = output(tmp_path, src, "screen")
    assert "progressive" not in screen.info
    assert_clean_jpeg(screen)


def test_greyscale_jpeg_stays_grey(tmp_path: Path) -> None:
    src = save(photo((800, 600), "L"), tmp_path / "grey.jpg", "JPEG")
    info = run(src, tmp_path)
    assert info.output_mode == "L"
    assert output(tmp_path, src, "screen").mode == "L"


def test_mpo_from_a_camera_is_read_as_its_first_jpeg(tmp_path: Path) -> None:
    first, second = marked((400, 300)), Image.new("RGB", (400, 300), (0, 0, 255))
    src = save(first, tmp_path / "camera.jpg", "MPO", save_all=True, append_images=[second])
    assert loaded(src).format == "MPO"
    info = run(src, tmp_path)
    assert info.format == "JPEG"
    assert close_to(output(tmp_path, src, "screen").getpixel((10, 10)), (255, 0, 0), 20)


# Orientation.


@pytest.mark.parametrize("orientation", [6, 8])
def test_exif_rotated_jpeg_comes_out_upright_and_fits_the_box(tmp_path: Path, orientation: int) -> None:
    src = save(marked((4000, 3000)), tmp_path / f"rot{orientation}.jpg", "JPEG", exif=exif_bytes(orientation))
    box = (1000, 500)  # not square: a box chosen without the rotation in mind would not fit
    info = run(src, tmp_path, {"screen": box, "thumb": (100, 100)})

    assert (info.width, info.height) == (3000, 4000), "width and height are swapped"
    assert info.orientation == orientation
    assert info.sizes["screen"] == (375, 500)
    assert info.draft_scale == 8
    screen = output(tmp_path, src, "screen")
    assert screen.size == (375, 500)
    # Same placement of the red corner as ImageOps.exif_transpose gives for the source.
    from PIL import ImageOps

    reference = ImageOps.exif_transpose(loaded(src)).resize(screen.size)
    for x, y in [(10, 10), (365, 10), (10, 490), (365, 490)]:
        assert close_to(screen.getpixel((x, y)), reference.getpixel((x, y)), 30), (x, y)
    assert_clean_jpeg(screen)


def test_png_exif_orientation_is_applied(tmp_path: Path) -> None:
    src = save(marked((400, 200)), tmp_path / "rot.png", "PNG", exif=exif_bytes(6))
    info = run(src, tmp_path)
    assert (info.width, info.height) == (200, 400)
    assert output(tmp_path, src, "screen").size == (200, 400)


def test_corrupt_exif_means_no_rotation(tmp_path: Path) -> None:
    src = save(
        photo((300, 200)), tmp_path / "badexif.jpg", "JPEG", exif=b"Exif\x00\x00II*\x00\xff\xff\xff\x7f"
    )
    info = run(src, tmp_path)
    assert (info.orientation, info.width, info.height) == (1, 300, 200)


# Colour and pixel formats.


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


# Refusals.


def test_animated_gif_is_refused_with_advice(tmp_path: Path) -> None:
    frames = [Image.new("P", (50, 50), i) for i in range(3)]
    src = save(frames[0], tmp_path / "anim.gif", "GIF", save_all=True, append_images=frames[1:])
    reason = rejection(src, tmp_path)
    assert reason.startswith("the file is a GIF picture")
    assert "save it as PNG" in reason


def test_truncated_jpeg(tmp_path: Path) -> None:
    data = encoded(photo((800, 600)), "JPEG", quality=90)
    src = tmp_path / "cut.jpg"
    src.write_bytes(data[: len(data) * 2 // 3])
    assert rejection(src, tmp_path) == "the JPEG is truncated (the file ends early); copy it again"


def test_truncated_png(tmp_path: Path) -> None:
    data = encoded(photo((400, 300)), "PNG")
    src = tmp_path / "cut.png"
    src.write_bytes(data[: len(data) // 2])
    assert rejection(src, tmp_path) == "the PNG is truncated (the file ends early); copy it again"


def test_truncated_webp(tmp_path: Path) -> None:
    data = encoded(photo((400, 300)), "WEBP")
    src = tmp_path / "cut.webp"
    src.write_bytes(data[: len(data) // 2])
    assert rejection(src, tmp_path) == "the WebP is truncated (the file ends early); copy it again"


def test_zero_byte_file(tmp_path: Path) -> None:
    src = tmp_path / "empty.jpg"
    src.write_bytes(b"")
    assert rejection(src, tmp_path) == "the file is empty (0 bytes); copy it again"


def test_text_file_named_jpg(tmp_path: Path) -> None:
    src = tmp_path / "caption.jpg"
    src.write_text("Marshal Tolbukhin in Belgrade, October 1944\nČ Ђ Ж\n", encoding="utf-8")
    assert (
        rejection(src, tmp_path) == "the file is not a picture the kiosk can read (it looks like a text file)"
    )


def test_pdf_named_png(tmp_path: Path) -> None:
    src = tmp_path / "scan.png"
    src.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert (
        rejection(src, tmp_path)
        == "the file is not a picture the kiosk can read (it looks like a PDF document)"
    )


@pytest.mark.parametrize(("fmt", "name", "label"), [("BMP", "paint.png", "BMP"), ("GIF", "anim.jpg", "GIF")])
def test_pictures_outside_the_allowlist_are_refused_whatever_their_name(
    tmp_path: Path, fmt: str, name: str, label: str
) -> None:
    src = save(photo((64, 48)), tmp_path / name, fmt)
    reason = rejection(src, tmp_path)
    assert reason.startswith(f"the file is a {label} picture (although its name ends in {Path(name).suffix})")
    assert "JPEG, PNG, WebP, TIFF and JPEG 2000" in reason


def test_png_named_jpg_is_judged_by_content(tmp_path: Path) -> None:
    src = save(photo((64, 48)), tmp_path / "really-a-png.jpg", "PNG")
    assert run(src, tmp_path).format == "PNG"


def test_header_claiming_1200_megapixels_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = png_claiming_size(tmp_path / "bomb.png", 40000, 30000)

    def no_decoding(self: ImageFile.ImageFile) -> None:
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    reason = rejection(src, tmp_path)  # refused from its header: no_decoding shows no pixel was read
    assert reason == (
        "the image is 40000 x 30000 pixels (1200 megapixels); the kiosk accepts up to 1000 megapixels. "
        "Make it smaller: scale it to at most 36514 x 27386 pixels in an image editor (or export the "
        "scan again at a lower resolution), or ask the technician to raise image_max_megapixels in "
        "kiosk.toml"
    )
    assert Image.MAX_IMAGE_PIXELS == 1024 * 1024 * 1024 // 4 // 3, "Pillow's global must be restored"


def test_pillow_bomb_warning_range_is_an_error_too(tmp_path: Path) -> None:
    # 70 MP is above a 60 MP limit but below twice it: Pillow would only *warn* there.
    src = png_claiming_size(tmp_path / "warn.png", 10000, 7000)
    reason = rejection(src, tmp_path, limits=Limits(max_pixels=60_000_000))
    assert reason.startswith("the image is 10000 x 7000 pixels (70 megapixels); the kiosk accepts up to 60 ")


def test_limit_is_configurable(tmp_path: Path) -> None:
    src = save(photo((2000, 1000)), tmp_path / "two-mp.jpg", "JPEG")
    reason = rejection(src, tmp_path, limits=Limits(max_pixels=1_500_000))
    assert reason.startswith("the image is 2000 x 1000 pixels (2 megapixels); the kiosk accepts up to 1.5 ")
    assert "scale it to at most 1732 x 866 pixels" in reason


def test_100_megapixel_png_is_accepted_when_the_limit_allows(tmp_path: Path) -> None:
    im = Image.new("L", (10000, 10000), 90)
    im.paste(230, (0, 0, 5000, 5000))
    src = save(im, tmp_path / "huge.png", "PNG", compress_level=1)
    del im
    reason = rejection(src, tmp_path, limits=Limits(max_pixels=60_000_000))
    assert reason.startswith("the image is 10000 x 10000 pixels (100 megapixels)")

    info = run(src, tmp_path, limits=Limits(max_pixels=120_000_000))
    assert info.sizes == {"screen": (2560, 2560), "thumb": (512, 512)}
    screen = output(tmp_path, src, "screen")
    assert abs(int(screen.getpixel((100, 100))) - 230) <= 3  # type: ignore[arg-type]
    assert abs(int(screen.getpixel((2400, 2400))) - 90) <= 3  # type: ignore[arg-type]


def test_unwritable_output_is_not_a_permanent_rejection(tmp_path: Path) -> None:
    src = save(photo((64, 48)), tmp_path / "ok.png", "PNG")
    missing_dir = tmp_path / "no-such-dir"
    with pytest.raises(ImageRejected) as caught:
        make_derivatives(src, {"screen": missing_dir / "s.jpg", "thumb": missing_dir / "t.jpg"})
    assert not caught.value.permanent
    assert caught.value.reason.startswith("the derivative could not be written")
