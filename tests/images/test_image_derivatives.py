"""The derivative pipeline, in-process: sizes, the JPEG draft path and orientation. Colour and pixel
formats are in test_image_colour.py, refusals in test_image_refusals.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from derivative_run import assert_clean_jpeg, close_to, loaded, output, run
from image_fixtures import (
    exif_bytes,
    marked,
    photo,
    save,
)
from PIL import Image

from kiosk.images import derivatives as pipeline
from kiosk.images import make_derivatives
from kiosk.images.derivatives import fit_within

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
    assert info.decoded_size == (500, 375), "libjpeg should decode the stored 4000 x 3000 at 1/8 scale"
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
