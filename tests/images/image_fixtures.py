"""Pictures for the image tests, generated on the fly: no binary fixtures in the repository."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

ORIENTATION_TAG = 0x0112


def photo(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """A cheap, deterministic picture with gradients and edges (so JPEG has work to do)."""
    width, height = size
    ramp = Image.linear_gradient("L").resize(size)
    other = ramp.transpose(Image.Transpose.ROTATE_180) if width == height else ImageOps.mirror(ramp)
    im = Image.merge("RGB", (ramp, other, ImageOps.invert(ramp)))
    draw = ImageDraw.Draw(im)
    step = max(8, width // 12)
    for x in range(0, width, step):
        draw.line([(x, 0), (x + height // 3, height)], fill=(240, 240, 20), width=max(1, step // 8))
    return im.convert(mode) if mode != "RGB" else im


def marked(size: tuple[int, int]) -> Image.Image:
    """Grey with a red block in the top-left corner, to see where a rotation put it."""
    im = Image.new("RGB", size, (128, 128, 128))
    w, h = size
    ImageDraw.Draw(im).rectangle([0, 0, w // 4, h // 4], fill=(255, 0, 0))
    return im


def exif_bytes(orientation: int | None = None, **tags: str) -> bytes:
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION_TAG] = orientation
    names = {"make": 0x010F, "model": 0x0110, "software": 0x0131}
    for name, value in tags.items():
        exif[names[name]] = value
    return exif.tobytes()


def save(im: Image.Image, path: Path, fmt: str, **params: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, fmt, **params)
    return path


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming_size(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose IHDR claims ``width`` x ``height`` RGB pixels it does not contain."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    )
    return path


def png_16bit_rgb(path: Path, pixels: list[tuple[int, int, int]]) -> Path:
    """One row of 16-bit-per-channel RGB (Pillow cannot write these itself)."""
    raw = b"\x00" + b"".join(struct.pack(">3H", *p) for p in pixels)
    ihdr = struct.pack(">IIBBBBB", len(pixels), 1, 16, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(raw))
        + png_chunk(b"IEND", b"")
    )
    return path


def without_adobe_marker(jpeg: bytes) -> bytes:
    """Drop the APP14 "Adobe" segment, as some non-Adobe tools write CMYK JPEGs."""
    out = bytearray(jpeg[:2])
    pos = 2
    while pos < len(jpeg):
        marker = jpeg[pos : pos + 2]
        if marker[1] == 0xDA:  # start of scan: the rest is entropy-coded data
            out += jpeg[pos:]
            break
        length = struct.unpack(">H", jpeg[pos + 2 : pos + 4])[0]
        segment = jpeg[pos : pos + 2 + length]
        if not (marker[1] == 0xEE and segment[4:9] == b"Adobe"):
            out += segment
        pos += 2 + length
    return bytes(out)


def _s15f16(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + _s15f16(x) + _s15f16(y) + _s15f16(z)


def _gamma_curve(gamma: float) -> bytes:
    return b"curv\x00\x00\x00\x00" + struct.pack(">IH", 1, round(gamma * 256)) + b"\x00\x00"


def _description(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\x00"
    body = (
        struct.pack(">I", len(ascii_text))
        + ascii_text
        + struct.pack(">II", 0, 0)
        + b"\x00\x00\x00"
        + b"\x00" * 67
    )
    return b"desc\x00\x00\x00\x00" + body


def adobe_rgb_profile() -> bytes:
    """An ICC v2 matrix/TRC profile with Adobe RGB (1998) primaries, built byte by byte.

    Pillow can only create sRGB, LAB and XYZ profiles; a wider-gamut one is needed to see a
    real conversion happen (colorants are the D50-adapted values from Adobe's spec).
    """
    colorants = ((0.60974, 0.31111, 0.01947), (0.20528, 0.62567, 0.06087), (0.14919, 0.06322, 0.74457))
    return matrix_profile("Adobe RGB (1998) test profile", colorants, 563 / 256)


def prophoto_profile() -> bytes:
    """ProPhoto RGB (ROMM): the widest gamut museums scan to, D50, gamma 1.8."""
    colorants = ((0.7977, 0.2880, 0.0), (0.1352, 0.7119, 0.0), (0.0313, 0.0001, 0.8249))
    return matrix_profile("ProPhoto RGB test profile", colorants, 1.8)


def matrix_profile(name: str, colorants: tuple[tuple[float, float, float], ...], gamma: float) -> bytes:
    trc = _gamma_curve(gamma)
    red, green, blue = colorants
    tags = [
        (b"desc", _description(name)),
        (b"cprt", b"text\x00\x00\x00\x00public domain test data\x00"),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(*red)),
        (b"gXYZ", _xyz(*green)),
        (b"bXYZ", _xyz(*blue)),
        (b"rTRC", trc),
        (b"gTRC", trc),
        (b"bTRC", trc),
    ]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    table = struct.pack(">I", len(tags))
    data = b""
    for signature, body in tags:
        body += b"\x00" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = 128 + table_size + len(data)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
        + b"acsp"
        + b"APPL"
        + b"\x00" * 4  # flags
        + b"\x00" * 8  # manufacturer, model
        + b"\x00" * 8  # attributes
        + struct.pack(">I", 0)  # rendering intent
        + _s15f16(0.9642)
        + _s15f16(1.0)
        + _s15f16(0.8249)
        + b"lcms"
        + b"\x00" * 16  # profile id
        + b"\x00" * 28
    )
    assert len(header) == 128
    return header + table + data


def encoded(im: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()
