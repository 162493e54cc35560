"""The derivative pipeline, in-process: what it refuses (animation, truncated or mislabelled files,
decompression bombs) and why, in words a curator can act on; and the limits it is given."""

from __future__ import annotations

from pathlib import Path

import pytest
from derivative_run import output, rejection, run
from image_fixtures import (
    encoded,
    photo,
    png_claiming_size,
    save,
)
from PIL import Image, ImageFile

from kiosk.images import ImageRejected, Limits, make_derivatives


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
