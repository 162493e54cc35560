"""Hostile content made on the fly (no binary fixtures): pictures that are broken, misnamed or huge,
and the report ``kiosk validate`` gives a folder. The plainer pictures come from the image tests'
own makers (``tests/images/image_fixtures.py``)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from kiosk.commands.validate import validate_command
from tests.images.image_fixtures import encoded, exif_bytes, marked, png_chunk


def busy(size: tuple[int, int]) -> Image.Image:
    """A picture with edges and gradients, so that JPEG has real data to cut off."""
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(im)
    for x in range(0, size[0], 40):
        draw.line([(x, 0), (x + size[1] // 3, size[1])], fill=(230, 40, 20), width=5)
    return im


def big_grey_png(path: Path, side: int) -> None:
    """A real side x side greyscale PNG, written row by row (never held in memory here)."""
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = b"\0" + bytes(range(256)) * (side // 256) + bytes(side % 256)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")
    )


def rotated_jpeg() -> bytes:
    # 6: "rotate 90 degrees clockwise to show": stored landscape, shown portrait.
    return encoded(marked((1600, 1200)), "JPEG", quality=90, exif=exif_bytes(6))


def animated_gif() -> bytes:
    frames = [Image.new("P", (1600, 1200), i) for i in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


def sixteen_bit_png() -> bytes:
    return encoded(Image.linear_gradient("L").resize((1600, 1200)).convert("I;16"), "PNG")


def report(folder: Path) -> str:
    out = io.StringIO()
    validate_command(folder, out=out, err=out, quick=True)
    return out.getvalue()
