"""Opening a curator file: real format check, then the pixel-count check, all before decoding.

``Image.open`` only parses headers, so the size check below runs before a single pixel is
decompressed: a 200-byte PNG that claims 30000 x 30000 costs microseconds, not gigabytes.
"""

from __future__ import annotations

import math
import struct
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

from kiosk.images.errors import ImageRejected
from kiosk.images.formats import display_name, sniff_format

# Pillow's bomb limit is a module global. The lock makes swapping it safe between threads of
# one process; in the sandbox each worker is single-threaded anyway. (warnings.catch_warnings
# is process-global too in Python 3.11, which the same lock covers for our own callers.)
_PILLOW_GLOBALS = threading.Lock()


@contextmanager
def _pillow_bomb_limit(max_pixels: int | None) -> Iterator[None]:
    with _PILLOW_GLOBALS, quiet_metadata_warnings():
        # Pillow only *warns* between its limit and twice its limit; a warning is easy to
        # miss in a kiosk log, so it is an error here, like everything above the limit.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        saved = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = max_pixels
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = saved


@contextmanager
def quiet_metadata_warnings() -> Iterator[None]:
    """Silence Pillow's warnings while reading a file.

    Pillow warns (rather than fails) about damaged metadata: corrupt EXIF, a malformed MPO
    index, an odd chunk. None of that affects the pixels, and the picture should be shown;
    problems that do affect pixels (truncation, bad data) raise and are reported.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def too_big_message(width: int, height: int, max_pixels: int) -> str:
    """Says how large a picture may be, and how to get there, for this picture's shape."""
    scale = math.sqrt(max_pixels / (width * height))
    fit_w, fit_h = max(1, math.floor(width * scale)), max(1, math.floor(height * scale))
    return (
        f"the image is {width} x {height} pixels ({_megapixels(width * height)} megapixels); "
        f"the kiosk accepts up to {_megapixels(max_pixels)} megapixels. Make it smaller: scale it "
        f"to at most {fit_w} x {fit_h} pixels in an image editor (or export the scan again at a "
        "lower resolution), or ask the technician to raise image_max_megapixels in kiosk.toml"
    )


def _megapixels(pixels: int) -> str:
    mp = pixels / 1_000_000
    return f"{mp:.0f}" if mp >= 10 or mp == int(mp) else f"{mp:.1f}"


def open_checked(path: Path, max_pixels: int) -> tuple[Image.Image, str]:
    """Open ``path`` lazily (headers only) and return it with its real format.

    Raises ImageRejected for anything outside the allowlist, unreadable headers, or more
    than ``max_pixels`` pixels. The caller owns (and must close) the returned image.
    """
    fmt = sniff_format(path)
    try:
        with _pillow_bomb_limit(max_pixels):
            try:
                im = Image.open(path, formats=[fmt])
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                width, height = _claimed_size(path, fmt)
                raise ImageRejected(too_big_message(width, height, max_pixels)) from None
    except ImageRejected:
        raise
    except MemoryError as exc:
        raise ImageRejected("the image needs more memory to open than the kiosk allows") from exc
    except Exception as exc:
        raise ImageRejected(damaged_message(path, fmt, exc)) from exc
    width, height = im.size
    # Pillow's check is only as strict as its global; repeat ours on the size it parsed.
    if width * height > max_pixels:
        im.close()
        raise ImageRejected(too_big_message(width, height, max_pixels))
    return im, fmt


def _claimed_size(path: Path, fmt: str) -> tuple[int, int]:
    # Called with the lock held: lift the limit just long enough to read the header again
    # for the message. Still no decoding happens.
    Image.MAX_IMAGE_PIXELS = None
    with Image.open(path, formats=[fmt]) as im:
        return im.size


def damaged_message(path: Path, fmt: str, exc: BaseException) -> str:
    name = display_name(fmt)
    text = str(exc)
    # libwebp reports a cut-off file only as "could not create decoder object"; the RIFF
    # header's declared length tells the truth.
    if "truncated" in text or isinstance(exc, EOFError) or (fmt == "WEBP" and _riff_is_short(path)):
        return f"the {name} is truncated (the file ends early); copy it again"
    detail = f" ({text})" if text else ""
    return f"the {name} file is damaged and could not be decoded{detail}; export it again"


def _riff_is_short(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            header = fh.read(8)
        declared: int = struct.unpack("<I", header[4:8])[0] + 8
        return path.stat().st_size < declared
    except (OSError, struct.error):
        return False
