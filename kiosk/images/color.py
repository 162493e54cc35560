"""Pixel formats and colour: everything becomes 8-bit sRGB (or 8-bit grey) without alpha.

Transparency decision: derivatives are always opaque JPEGs. Transparent areas are
composited onto the kiosk's dark neutral background (#1a1a1a), which is what the visitor
would see behind a transparent PNG anyway, and keeps one code path (and one file type) for
the Qt layer. A curator who needs a different backdrop should flatten the file themselves.
"""

from __future__ import annotations

import io
import logging
from typing import Final

from PIL import Image, ImageChops, ImageCms

BACKGROUND: Final = (0x1A, 0x1A, 0x1A)

# Modes that Pillow resizes correctly (alpha is premultiplied internally for LA/RGBA).
WORKING_MODES: Final = frozenset({"L", "LA", "RGB", "RGBA", "CMYK"})

_log = logging.getLogger(__name__)
_SRGB: Final = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
_SIXTEEN_BIT: Final = frozenset({"I;16", "I;16L", "I;16B", "I;16N", "I"})


def to_working_mode(im: Image.Image) -> Image.Image:
    """Bring any decoded mode to one of WORKING_MODES, before resizing.

    Palette images must be expanded before a LANCZOS resize (Pillow would otherwise resize
    indices), and 16-bit grey has to be scaled, not clipped: Pillow's own I;16 -> L clips
    everything above 255 to white.
    """
    mode = im.mode
    if mode in _SIXTEEN_BIT:
        # 65535 / 257 == 255 exactly; +0.5 rounds instead of truncating.
        return im.convert("I").point(lambda v: v * (1 / 257) + 0.5).convert("L")
    if mode == "F":
        return im.convert("L")
    if mode in ("P", "PA"):
        return im.convert("RGBA" if _has_transparency(im) else "RGB")
    if mode == "1":
        return im.convert("L")
    if mode in ("L", "RGB") and "transparency" in im.info:
        # tRNS on a grey or truecolour PNG: one colour is see-through.
        return im.convert("LA" if mode == "L" else "RGBA")
    if mode in WORKING_MODES:
        return im
    return im.convert("RGB")


def _has_transparency(im: Image.Image) -> bool:
    return im.mode == "PA" or "transparency" in im.info or im.has_transparency_data


def to_srgb(im: Image.Image, icc_profile: bytes | None, *, cmyk_inverted: bool) -> tuple[Image.Image, bool]:
    """Convert a working-mode image to opaque sRGB ("RGB") or grey ("L").

    Returns the image and whether an embedded ICC profile was applied. ``cmyk_inverted``
    says a CMYK JPEG lacked Adobe's marker: Pillow reads every CMYK JPEG with Adobe's
    inverted polarity, so a plain one has to be inverted back.
    """
    alpha: Image.Image | None = None
    if im.mode in ("LA", "RGBA"):
        alpha = im.getchannel("A")
        im = im.convert(im.mode[:-1])
    if im.mode == "CMYK" and cmyk_inverted:
        im = ImageChops.invert(im)

    converted = False
    if icc_profile:
        result = _apply_profile(im, icc_profile)
        if result is not None:
            im, converted = result, True
    if im.mode not in ("L", "RGB"):
        # No usable profile: Pillow's naive CMYK -> RGB is the best guess without one.
        im = im.convert("RGB")

    if alpha is not None:
        im = _flatten(im, alpha)
    return im, converted


def _apply_profile(im: Image.Image, icc_profile: bytes) -> Image.Image | None:
    # Grey stays grey when the profile is grey (a grey profile's curve can still differ from
    # sRGB's, so it is applied via an sRGB transform and then brought back to one channel).
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        out = ImageCms.profileToProfile(
            im,
            source,
            _SRGB,
            renderingIntent=ImageCms.Intent.PERCEPTUAL,
            outputMode="RGB",
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
        # A broken or mismatched profile (RGB profile on a CMYK file, truncated tag table)
        # is common in the wild; the picture is still worth showing with plain conversion.
        _log.info("ignoring unusable ICC profile: %s", exc)
        return None
    if out is None:  # pragma: no cover - only when inPlace=True
        return None
    return out.convert("L") if im.mode == "L" else out


def _flatten(im: Image.Image, alpha: Image.Image) -> Image.Image:
    background = Image.new(im.mode, im.size, BACKGROUND[0] if im.mode == "L" else BACKGROUND)
    background.paste(im, (0, 0), alpha)
    return background
