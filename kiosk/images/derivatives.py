"""From one curator picture to the JPEGs the kiosk shows: a screen copy and a thumbnail.

A picture larger than the screen copy (or than a Full HD screen: spec.wants_tiles) goes to
pyramid.py instead (libvips: deep-zoom tiles as well, with bounded memory). What stays here, with
Pillow, is every smaller picture: there Pillow is as fast and has the longer record of odd files
handled.

Order of work, first chosen for speed on 24-megapixel camera files:

1. sniff the real format and check the pixel count from the header (opening.py);
2. JPEG only: ``draft()`` so libjpeg decodes at 1/2, 1/4 or 1/8 scale (DCT scaling), the
   smallest scale that is still at least the target size; this is most of the speed-up;
3. expand exotic modes (palette, 16-bit) and resize with LANCZOS (``reducing_gap`` lets
   Pillow do a cheap integer ``reduce()`` first when the factor is large);
4. rotate upright per EXIF Orientation *after* the downscale, where it is cheap; the target
   box was already swapped for 90-degree orientations so the upright result fits the box;
5. colour-manage to sRGB and flatten transparency (color.py);
6. save a metadata-free baseline JPEG; every smaller variant is made from this screen copy
   in memory, never from the source again.

Animated WebP and APNG files are accepted and show their first frame (Pillow's default), as a
multi-page TIFF shows its first page; GIF is refused, see formats.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Final

from PIL import ExifTags, Image

from kiosk.atomic import atomic_write
from kiosk.images.color import to_srgb, to_working_mode
from kiosk.images.errors import ImageRejected
from kiosk.images.opening import damaged_message, open_checked, quiet_metadata_warnings
from kiosk.images.spec import (
    DEFAULT_LIMITS,
    DEFAULT_SIZES,
    SWAPS_AXES,
    TILES,
    ImageInfo,
    Limits,
    fit_within,
    wants_tiles,
)

JPEG_QUALITY: Final = 88
# 3.0 is where Pillow's docs say reduce()+resize becomes indistinguishable from a plain
# LANCZOS resize: the screen copy is what visitors look at closely. Thumbnails (about 5x
# smaller than the screen copy) use 2.0, which halves their cost (about 15 ms per 24 MP
# photo) with no difference visible at thumbnail size.
REDUCING_GAP: Final = 3.0
THUMB_REDUCING_GAP: Final = 2.0
# Above this many decoded pixels Pillow's whole-picture buffers would crowd the worker's memory
# limit (a 16-bit RGBA picture of 50 MP is 400 MB before conversion); libvips streams instead.
PILLOW_MAX_DECODED: Final = 50_000_000

_log = logging.getLogger(__name__)

# Same table as ImageOps.exif_transpose; see _upright for why it is applied by hand.
_TRANSPOSE: Final[Mapping[int, Image.Transpose]] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def make_derivatives(
    src: Path,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]] = DEFAULT_SIZES,
    limits: Limits = DEFAULT_LIMITS,
    *,
    heartbeat: Callable[[], None] = lambda: None,
) -> ImageInfo:
    """Write one JPEG per variant in ``sizes`` to ``out[variant]`` (atomically).

    The variant with the largest box (the "screen" copy) is made from ``src``; the others
    are made from it. A picture larger than the screen copy also gets deep-zoom tiles, in
    ``out["tiles"]`` (pyramid.py; without that entry they are made and thrown away). Raises
    ImageRejected, and only that, for any reason the picture cannot be shown; MemoryError is
    reported as ImageRejected caused by MemoryError. ``heartbeat`` is called while a large
    picture is being worked on.

    Meant to run one call per process at a time (the sandbox does that): it briefly swaps
    Pillow's global bomb limit (under a lock) and the warning filters, which Python 3.11
    keeps process-wide.
    """
    primary, others = _plan(out, sizes)
    try:
        fmt, upright = _header(src, limits)
        deep = wants_tiles(upright, sizes[primary]) and TILES in out
        if deep or _decoded_pixels(fmt, upright, sizes[primary]) > PILLOW_MAX_DECODED:
            return _large(src, fmt, out, sizes, limits, heartbeat)
        screen, info = _decode_screen(src, sizes[primary], limits)
    except ImageRejected:
        raise
    except MemoryError as exc:
        raise ImageRejected("the image needs more memory to decode than the kiosk allows") from exc
    except Exception as exc:
        # Past a successful decode this would be a bug or an exotic mode, not a bad file,
        # but the contract is one exception type, and the reason still names the cause.
        _log.exception("processing %s failed", src)
        raise ImageRejected(f"the image could not be processed ({type(exc).__name__}: {exc})") from exc

    made = {primary: screen.size}
    for variant in others:
        made[variant] = fit_within(screen.size, sizes[variant])
    try:
        _save_jpeg(screen, out[primary])
        for variant in others:
            _save_jpeg(_resize(screen, made[variant], THUMB_REDUCING_GAP), out[variant])
    except OSError as exc:
        raise ImageRejected(
            f"the derivative could not be written ({exc.strerror or exc})", permanent=False
        ) from exc
    return replace(info, sizes=made)


def _header(src: Path, limits: Limits) -> tuple[str, tuple[int, int]]:
    """The real format and the upright size, from the header alone."""
    im, fmt = open_checked(src, limits.max_pixels)
    with im:
        with quiet_metadata_warnings():
            orientation = _orientation(im)
        width, height = im.size
    return fmt, ((height, width) if orientation in SWAPS_AXES else (width, height))


def _decoded_pixels(fmt: str, size: tuple[int, int], box: tuple[int, int]) -> int:
    """How many pixels Pillow would hold decoding this picture for ``box`` (JPEG: after draft)."""
    width, height = size
    if fmt == "JPEG":
        target = fit_within(size, box)
        scale = 1
        while scale < 8 and width // (scale * 2) >= target[0] and height // (scale * 2) >= target[1]:
            scale *= 2
        return -(-width // scale) * -(-height // scale)
    return width * height


def _large(
    src: Path,
    fmt: str,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]],
    limits: Limits,
    heartbeat: Callable[[], None],
) -> ImageInfo:
    from kiosk.images.pyramid import make_pyramid_set

    tiles = out.get(TILES)
    if tiles is not None:
        return make_pyramid_set(src, fmt, out, sizes, limits, tiles, heartbeat)
    scratch = next(iter(out.values())).with_name(f".{src.stem}.scratch-tiles.zip")
    try:
        info = make_pyramid_set(src, fmt, out, sizes, limits, scratch, heartbeat)
    finally:
        scratch.unlink(missing_ok=True)
    return replace(info, pyramid=None)


def _plan(out: Mapping[str, Path], sizes: Mapping[str, tuple[int, int]]) -> tuple[str, list[str]]:
    if not sizes:
        raise ValueError("sizes must name at least one variant")
    if TILES in sizes:
        raise ValueError(f"{TILES!r} names the deep-zoom tiles, not a variant")
    if set(out) - {TILES} != set(sizes):
        raise ValueError(f"out names {sorted(out)} but sizes names {sorted(sizes)}")
    for variant, (w, h) in sizes.items():
        if w < 1 or h < 1:
            raise ValueError(f"variant {variant!r} has an empty box {w}x{h}")
    primary = max(sizes, key=lambda v: sizes[v][0] * sizes[v][1])
    return primary, [v for v in sizes if v != primary]


def _decode_screen(src: Path, box: tuple[int, int], limits: Limits) -> tuple[Image.Image, ImageInfo]:
    im, fmt = open_checked(src, limits.max_pixels)
    with im:
        stored_mode, stored_size = im.mode, im.size
        try:
            with quiet_metadata_warnings():
                if fmt == "JPEG":
                    # EXIF sits in the header: orientation is known before choosing the scale.
                    orientation = _orientation(im)
                    im.draft(im.mode, fit_within(im.size, _stored_box(box, orientation)))
                    im.load()
                else:
                    im.load()
                    orientation = _orientation(im)  # a PNG's eXIf chunk may follow the pixels
        except MemoryError:
            raise
        except Exception as exc:
            _log.info("decode of %s failed: %r", src, exc)
            raise ImageRejected(damaged_message(src, fmt, exc)) from exc

        decoded_size = im.size
        icc = im.info.get("icc_profile")
        cmyk_inverted = im.mode == "CMYK" and "adobe" not in im.info
        working = to_working_mode(im)
        had_alpha = working.mode in ("LA", "RGBA")
        target = fit_within(working.size, _stored_box(box, orientation))
        if target != working.size:
            working = _resize(working, target)
        working = _upright(working, orientation)
        screen, icc_converted = to_srgb(
            working, icc if isinstance(icc, bytes) else None, cmyk_inverted=cmyk_inverted
        )
        if screen is im:  # already small, upright and sRGB: detach it from the file object
            screen = im.copy()

    width, height = stored_size[::-1] if orientation in SWAPS_AXES else stored_size
    info = ImageInfo(
        format=fmt,
        mode=stored_mode,
        width=width,
        height=height,
        output_mode=screen.mode,
        orientation=orientation,
        decoded_size=decoded_size,
        icc_converted=icc_converted,
        had_alpha=had_alpha,
    )
    return screen, info


def _stored_box(box: tuple[int, int], orientation: int) -> tuple[int, int]:
    """The box in the file's own (not yet rotated) axes."""
    return (box[1], box[0]) if orientation in SWAPS_AXES else box


def _orientation(im: Image.Image) -> int:
    # Corrupt EXIF is common (phone editors, old scanners): a tag that cannot be read
    # means "no rotation", not a rejected picture.
    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) and value in range(1, 9) else 1


def _upright(im: Image.Image, orientation: int) -> Image.Image:
    # ImageOps.exif_transpose would re-read EXIF from the resized copy (which only works if
    # resize happened to carry info along) and rewrite metadata we discard anyway; the
    # orientation was read once, before the box was chosen, so apply that same value.
    method = _TRANSPOSE.get(orientation)
    return im if method is None else im.transpose(method)


def _resize(im: Image.Image, size: tuple[int, int], reducing_gap: float = REDUCING_GAP) -> Image.Image:
    return im.resize(size, Image.Resampling.LANCZOS, reducing_gap=reducing_gap)


def _save_jpeg(im: Image.Image, path: Path) -> None:
    # Pillow copies the comment (and, for some plugins, XMP or ICC) from im.info when
    # saving; an empty info guarantees nothing of the source's metadata survives.
    im.info = {}
    with atomic_write(path) as fh:
        im.save(fh, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False)
