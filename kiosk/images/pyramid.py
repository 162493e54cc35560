"""A picture larger than its screen copy: deep-zoom tiles, screen copy and thumbnail, with libvips.

Why libvips here and Pillow for small pictures (measured, docs/performance.md): libvips streams a
picture through in strips (sequential access), so a 300-megapixel scan needs about as much memory
as a camera photo, where Pillow holds every decoded pixel at once (1.5 GB for 300 MP). For a
24 MP JPEG both take about the same time.

One pass over the source: it is decoded once, converted to 8-bit sRGB and written by ``dzsave``
as a Deep Zoom pyramid into one uncompressed zip (one file per picture: atomic to publish, cheap
to prune, no thousands of little files). The screen copy is then made from the smallest pyramid
level that is at least its size, and the thumbnail from the screen copy, so a gigapixel TIFF is
never decoded twice.

JPEG 2000 is the exception: the libvips wheels have no OpenJPEG, so Pillow decodes it, at a
reduced resolution when the full one would not fit the worker's memory (see JP2_MAX_DECODED).
"""

from __future__ import annotations

import logging
import os
import zipfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import pyvips
from PIL import Image

from kiosk.atomic import atomic_write_bytes, temp_path_for
from kiosk.images.color import to_srgb, to_working_mode
from kiosk.images.errors import ImageRejected
from kiosk.images.formats import display_name
from kiosk.images.opening import damaged_message, open_checked, quiet_metadata_warnings, too_big_message
from kiosk.images.spec import (
    OVERLAP,
    TILE_QUALITY,
    TILE_SIZE,
    TILES,
    Heartbeat,
    ImageInfo,
    Limits,
    Pyramid,
    fit_within,
    tile_name,
)

VipsImage = Any  # pyvips has no type hints

SCREEN_QUALITY: Final = 88  # as derivatives.JPEG_QUALITY
BACKGROUND: Final = (0x1A, 0x1A, 0x1A)  # as color.BACKGROUND: transparency is flattened onto it
# OpenJPEG keeps 32 bits per sample while decoding: 48 MP of RGB is about 600 MB in the worker.
JP2_MAX_DECODED: Final = 48_000_000

_TRUNCATION_WORDS: Final = ("truncated", "premature end", "unexpected end", "read error", "out of data")

_log = logging.getLogger(__name__)


def make_pyramid_set(
    src: Path,
    fmt: str,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]],
    limits: Limits,
    tiles: Path,
    heartbeat: Heartbeat,
) -> ImageInfo:
    """Write ``tiles`` (the pyramid zip) and every variant of ``sizes``; return what was made.

    ``heartbeat`` is called every few hundred rows: the sandbox's sign that work goes on.
    """
    _configure()
    if fmt == "JPEG2000":
        image, info = _from_pillow(src, limits)
    else:
        image, info = _from_libvips(src, fmt, limits)
    pyramid = Pyramid(image.width, image.height, TILE_SIZE, OVERLAP)
    _dzsave(image, tiles, heartbeat, fmt)
    made = _variants_from_pyramid(tiles, pyramid, out, sizes)
    return ImageInfo(
        format=info.format,
        mode=info.mode,
        width=info.width,
        height=info.height,
        sizes=made,
        output_mode="L" if image.bands == 1 else "RGB",
        orientation=info.orientation,
        decoded_size=(image.width, image.height),
        icc_converted=info.icc_converted,
        had_alpha=info.had_alpha,
        pyramid=pyramid,
    )


def _configure() -> None:
    # One worker process per core already: one libvips thread each keeps the worker's memory
    # within its limit and the UI's core free. No operation cache: a worker lives for many
    # pictures, and cached operations would keep each one's buffers.
    pyvips.concurrency_set(1)
    pyvips.cache_set_max(0)


_LOADERS: Final = {"JPEG": "jpegload", "PNG": "pngload", "WEBP": "webpload", "TIFF": "tiffload"}


def _from_libvips(src: Path, fmt: str, limits: Limits) -> tuple[VipsImage, ImageInfo]:
    load = getattr(pyvips.Image, _LOADERS[fmt])
    try:
        image = load(str(src), access="sequential", fail_on="error")
        orientation = _orientation(image)
        if orientation != 1:
            # Turning a picture needs all of it: random access, which libvips backs with a
            # temporary file for a large picture rather than memory.
            image = load(str(src), access="random", fail_on="error").autorot()
    except pyvips.Error as exc:
        raise ImageRejected(_damaged(fmt, exc)) from exc
    if image.width * image.height > limits.max_pixels:
        raise ImageRejected(too_big_message(image.width, image.height, limits.max_pixels))
    mode = _mode(image)
    had_alpha = bool(image.hasalpha())
    image = _flatten(image)
    image, converted = _to_srgb8(image)
    info = ImageInfo(fmt, mode, image.width, image.height, orientation=orientation, icc_converted=converted)
    return image, replace(info, had_alpha=had_alpha)


def _orientation(image: VipsImage) -> int:
    if image.get_typeof("orientation") == 0:
        return 1
    value = image.get("orientation")
    return value if isinstance(value, int) and value in range(1, 9) else 1


def _mode(image: VipsImage) -> str:
    deep = image.format in ("ushort", "short", "uint", "int", "float", "double")
    kind = str(image.interpretation)
    if kind == "cmyk":
        return "CMYK"
    colour = "L" if image.bands - int(image.hasalpha()) == 1 else "RGB"
    if colour == "L":
        return "I;16" if deep else ("LA" if image.hasalpha() else "L")
    return ("RGBA" if image.hasalpha() else "RGB") + (";16" if deep else "")


def _flatten(image: VipsImage) -> VipsImage:
    if not image.hasalpha():
        return image
    sixteen = image.format == "ushort"
    scale = 257 if sixteen else 1
    colour_bands = image.bands - 1
    background = [BACKGROUND[0] * scale] * colour_bands
    return image.flatten(background=background, max_alpha=65535 if sixteen else 255)


def _to_srgb8(image: VipsImage) -> tuple[VipsImage, bool]:
    """8-bit sRGB, or 8-bit grey for a grey picture; the embedded ICC profile applied if usable.

    A 16-bit picture is brought to 8 bits first (v >> 8) and its profile applied to that: LittleCMS
    works with precomputed tables on 8-bit input, which measured 30 % less CPU for a 100 MP 16-bit
    TIFF with an Adobe RGB profile (docs/performance.md), for output that is 8-bit JPEG anyway.
    """
    grey = image.bands == 1
    kind = str(image.interpretation)
    if image.format == "ushort":
        label = "cmyk" if kind == "cmyk" else ("b-w" if grey else "srgb")
        image = image.cast("uchar", shift=True).copy(interpretation=label)
        kind = label
    if image.get_typeof("icc-profile-data") != 0:
        try:
            out = image.icc_transform("srgb", embedded=True, intent="perceptual", depth=8)
            return (out.colourspace("b-w") if grey else out), True
        except pyvips.Error as exc:
            # A broken or mismatched profile is common in the wild; show the picture anyway.
            _log.info("ignoring unusable ICC profile: %s", exc)
    if kind == "cmyk":
        return image.icc_transform("srgb", input_profile="cmyk", intent="perceptual", depth=8), False
    out = image.colourspace("b-w" if grey else "srgb")
    if out.format != "uchar":
        out = out.cast("uchar")
    return out, False


def _from_pillow(src: Path, limits: Limits) -> tuple[VipsImage, ImageInfo]:
    """JPEG 2000 through Pillow (OpenJPEG), at the largest resolution level that fits in memory."""
    im, fmt = open_checked(src, limits.max_pixels)
    with im:
        width, height = im.size
        reduce = 0
        while (width >> reduce) * (height >> reduce) > JP2_MAX_DECODED:
            reduce += 1
        try:
            with quiet_metadata_warnings():
                im.reduce = reduce  # type: ignore[method-assign, assignment]  # Jpeg2KImageFile
                im.load()
        except MemoryError:
            raise
        except Exception as exc:
            raise ImageRejected(damaged_message(src, fmt, exc)) from exc
        mode = im.mode
        icc = im.info.get("icc_profile")
        working = to_working_mode(im)
        had_alpha = working.mode in ("LA", "RGBA")
        rgb, converted = to_srgb(working, icc if isinstance(icc, bytes) else None, cmyk_inverted=False)
    image = _from_memory(rgb)
    info = ImageInfo(fmt, mode, width, height, icc_converted=converted, had_alpha=had_alpha)
    return image, info


def _from_memory(im: Image.Image) -> VipsImage:
    bands = 1 if im.mode == "L" else 3
    return pyvips.Image.new_from_memory(im.tobytes(), im.width, im.height, bands, "uchar")


def _dzsave(image: VipsImage, tiles: Path, heartbeat: Heartbeat, fmt: str) -> None:
    tmp = temp_path_for(tiles)
    image.set_progress(True)
    image.signal_connect("eval", lambda _image, _progress: heartbeat())
    try:
        image.dzsave(
            str(tmp),
            imagename=TILES,
            layout="dz",
            container="zip",
            compression=0,  # JPEG tiles do not deflate; stored entries are read without a copy
            tile_size=TILE_SIZE,
            overlap=OVERLAP,
            depth="onetile",
            suffix=f".jpg[Q={TILE_QUALITY}]",  # as the CLI reference; optimize_coding costs ~25 % CPU
            keep="none",
        )
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(tiles)
    except pyvips.Error as exc:
        tmp.unlink(missing_ok=True)
        message = str(exc)
        if "write" in message.lower() and ("space" in message.lower() or "No such" in message):
            raise ImageRejected(
                f"the deep-zoom tiles could not be written ({message})", permanent=False
            ) from exc
        raise ImageRejected(_damaged_from_text(message, fmt)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _variants_from_pyramid(
    tiles: Path,
    pyramid: Pyramid,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]],
) -> dict[str, tuple[int, int]]:
    """The screen copy from the smallest level at least its size; smaller variants from it."""
    ordered = sorted(sizes, key=lambda v: sizes[v][0] * sizes[v][1], reverse=True)
    primary = ordered[0]
    target = fit_within((pyramid.width, pyramid.height), sizes[primary])
    level = next(
        lv
        for lv in range(pyramid.levels)
        if pyramid.level_size(lv)[0] >= target[0] and pyramid.level_size(lv)[1] >= target[1]
    )
    with zipfile.ZipFile(tiles) as archive:
        source = _join_level(archive, pyramid, level)
        made: dict[str, tuple[int, int]] = {}
        current = source
        for variant in ordered:
            box = fit_within((pyramid.width, pyramid.height), sizes[variant])
            current = _resize_to(current, box)
            made[variant] = (current.width, current.height)
            data = current.jpegsave_buffer(Q=SCREEN_QUALITY, optimize_coding=True, keep="none")
            try:
                atomic_write_bytes(out[variant], data)
            except OSError as exc:
                raise ImageRejected(
                    f"the derivative could not be written ({exc.strerror or exc})", permanent=False
                ) from exc
            current = pyvips.Image.new_from_buffer(data, "")  # the next, smaller one is made from this
    return made


def _join_level(archive: zipfile.ZipFile, pyramid: Pyramid, level: int) -> VipsImage:
    cols, rows = pyramid.grid(level)
    width, height = pyramid.level_size(level)
    pieces = []
    for row in range(rows):
        for col in range(cols):
            x, y, _, _ = pyramid.tile_box(level, col, row)
            tile = pyvips.Image.new_from_buffer(archive.read(tile_name(level, col, row)), "")
            left, top = col * pyramid.tile_size - x, row * pyramid.tile_size - y
            w = min(pyramid.tile_size, width - col * pyramid.tile_size)
            h = min(pyramid.tile_size, height - row * pyramid.tile_size)
            pieces.append(tile.crop(left, top, w, h))
    joined = pyvips.Image.arrayjoin(
        pieces, across=cols, hspacing=pyramid.tile_size, vspacing=pyramid.tile_size
    )
    return joined.crop(0, 0, width, height)


def _resize_to(image: pyvips.Image, size: tuple[int, int]) -> VipsImage:
    if (image.width, image.height) == size:
        return image
    return image.resize(size[0] / image.width, vscale=size[1] / image.height, kernel="lanczos3")


def _damaged(fmt: str, exc: BaseException) -> str:
    return _damaged_from_text(str(exc), fmt)


def _damaged_from_text(text: str, fmt: str | None = None) -> str:
    name = display_name(fmt) if fmt else "picture"
    lowered = text.lower()
    if any(word in lowered for word in _TRUNCATION_WORDS):
        return f"the {name} is truncated (the file ends early); copy it again"
    detail = text.strip().splitlines()[-1].strip() if text.strip() else ""
    return f"the {name} file is damaged and could not be decoded ({detail}); export it again"


__all__ = ["make_pyramid_set"]
