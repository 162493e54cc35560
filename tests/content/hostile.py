"""Hostile content made on the fly (no binary fixtures): pictures that are broken, misnamed or huge,
and the report ``kiosk validate`` gives a folder."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from kiosk.commands.validate import validate_command


def busy(size: tuple[int, int]) -> Image.Image:
    """A picture with edges and gradients, so that JPEG has real data to cut off."""
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(im)
    for x in range(0, size[0], 40):
        draw.line([(x, 0), (x + size[1] // 3, size[1])], fill=(230, 40, 20), width=5)
    return im


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(path: Path, width: int, height: int) -> None:
    """A 100-byte PNG whose header claims width x height pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + png_chunk(b"IEND", b"")
    )


def big_grey_png(path: Path, side: int) -> None:
    """A real side x side greyscale PNG, written row by row (never held in memory here)."""
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = b"\0" + bytes(range(256)) * (side // 256) + bytes(side % 256)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")
    )


def encoded(im: Image.Image, fmt: str, **params: Any) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, fmt, **params)
    return buffer.getvalue()


def marked(size: tuple[int, int]) -> Image.Image:
    """Grey with a red block in the stored top-left corner, to see where a rotation puts it."""
    im = Image.new("RGB", size, (128, 128, 128))
    ImageDraw.Draw(im).rectangle([0, 0, size[0] // 4, size[1] // 4], fill=(255, 0, 0))
    return im


def rotated_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to show": stored landscape, shown portrait
    return encoded(marked((1600, 1200)), "JPEG", quality=90, exif=exif.tobytes())


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
