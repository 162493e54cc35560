"""Checking the photos of a content folder for ``kiosk validate``: can each be shown, and is it big enough.

Two depths, both through the decode sandbox of ``kiosk/images`` (separate processes with a time and
memory limit), so a hostile file costs one photo, never the check:

- ``quick`` (the default of ``kiosk validate``): only each file's header and its last bytes are
  read, in one worker process. That finds a file that is empty, is not a picture, is a format the
  kiosk refuses (GIF, HEIC, ... whatever its name says), claims more pixels than the kiosk
  decodes, is cut short (a JPEG without its end marker, a PNG without IEND, a TIFF whose data runs
  past its end: kiosk/images/integrity.py), is named for another format than it is (a TIFF called
  ``.jpg``: a warning, the kiosk shows it), and a picture too small for the screen. It costs well
  under a second for a hundred photos.
- ``full`` (``kiosk validate --images``): every photo goes through the same pipeline the kiosk uses
  (``DerivativeCache.prepare`` into a temporary folder), which also finds files that are cut off or
  damaged inside. Slower: about a tenth of a second per camera-sized photo and core.

Pure Python: no Qt.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from kiosk.content.model import Exhibit
from kiosk.content.paths import ContentPathError, safe_content_file
from kiosk.content.problems import Problem, error, warning
from kiosk.images.errors import ImageRejected
from kiosk.images.formats import display_name, mislabelled
from kiosk.images.spec import DEFAULT_LIMITS, SWAPS_AXES, ImageInfo, Limits

# The kiosk's screens are 1920 x 1080 and the viewer zooms: below this, a photo looks soft.
MIN_LONG_SIDE: Final = 1280
HEADER_TIMEOUT: Final = 10.0  # seconds for one header; a real header takes milliseconds
_ORIENTATION_TAG: Final = 0x0112

Locations = Mapping[tuple[str, str], tuple[str, int | None]]


class Depth(StrEnum):
    QUICK = "quick"  # headers only
    FULL = "full"  # decode every photo as the kiosk does


@dataclass(frozen=True)
class PhotoVerdict:
    photo_id: str
    info: ImageInfo | None  # None when rejected
    reason: str | None = None  # why the kiosk will not show it


def read_header(
    src: Path,
    out: Mapping[str, Path],
    sizes: Mapping[str, tuple[int, int]],
    limits: Limits = DEFAULT_LIMITS,
    heartbeat: Callable[[], None] = lambda: None,
) -> ImageInfo:
    """A decode-sandbox job: real format and upright size from the header; no pixels are decoded.

    Raises ImageRejected (only that) for anything the kiosk would refuse before decoding. ``out``,
    ``sizes`` and ``heartbeat`` are part of the sandbox's job signature and are ignored: nothing is
    written, and reading a header is quick.
    """
    from kiosk.images.integrity import truncation
    from kiosk.images.opening import open_checked, quiet_metadata_warnings

    im, fmt = open_checked(src, limits.max_pixels)
    with im:
        cut = truncation(src, fmt, im)
        if cut is not None:
            raise ImageRejected(cut)
        orientation = 1
        try:
            with quiet_metadata_warnings():
                value = im.getexif().get(_ORIENTATION_TAG, 1)
            if isinstance(value, int) and value in range(1, 9):
                orientation = value
        except Exception:  # damaged EXIF means "no rotation", as in the pipeline
            orientation = 1
        width, height = im.size
        if orientation in SWAPS_AXES:
            width, height = height, width
        return ImageInfo(format=fmt, mode=im.mode, width=width, height=height, orientation=orientation)


def inspect_photos(
    exhibit: Exhibit, root: Path, depth: Depth = Depth.QUICK, *, workers: int | None = None
) -> dict[str, PhotoVerdict]:
    """photo id -> verdict for every photo of a loaded exhibit (its files exist: the loader checked)."""
    items: list[tuple[str, Path]] = []
    verdicts: dict[str, PhotoVerdict] = {}
    for photo in exhibit.photos:
        try:
            items.append((photo.id, safe_content_file(root, photo.file)))
        except ContentPathError as exc:  # the loader refused these already; be safe anyway
            verdicts[photo.id] = PhotoVerdict(photo.id, None, str(exc))
    if not items:
        return verdicts
    if depth is Depth.FULL:
        verdicts |= _full(items, workers)
    else:
        verdicts |= _quick(items)
    return verdicts


def _quick(items: list[tuple[str, Path]]) -> dict[str, PhotoVerdict]:
    from kiosk.images.sandbox import DecodeSandbox

    with DecodeSandbox(1, timeout=HEADER_TIMEOUT, job=read_header) as sandbox:
        futures: dict[str, Future[ImageInfo]] = {key: sandbox.submit(path, {}, {}) for key, path in items}
        return {key: _verdict(key, future) for key, future in futures.items()}


def _verdict(key: str, future: Future[ImageInfo]) -> PhotoVerdict:
    try:
        return PhotoVerdict(key, future.result())
    except ImageRejected as exc:
        return PhotoVerdict(key, None, exc.reason)


def _full(items: list[tuple[str, Path]], workers: int | None) -> dict[str, PhotoVerdict]:
    from kiosk.images.cache import DerivativeCache

    with (
        tempfile.TemporaryDirectory(prefix="kiosk-validate-") as folder,
        DerivativeCache(Path(folder), workers=workers) as cache,
    ):
        prepared = cache.prepare(items)
    return {key: PhotoVerdict(key, p.info, p.reason) for key, p in prepared.items()}


def photo_problems(
    exhibit: Exhibit,
    verdicts: Mapping[str, PhotoVerdict],
    locations: Locations,
    *,
    min_long_side: int = MIN_LONG_SIDE,
) -> list[Problem]:
    """Errors for photos the kiosk will not show; warnings for photos too small for the screen."""
    problems: list[Problem] = []
    for photo in exhibit.photos:
        verdict = verdicts.get(photo.id)
        if verdict is None:
            continue
        file, line = locations.get(("photo", photo.id), ("text/photos.toml", None))
        if verdict.reason is not None:
            problems.append(
                error(
                    file,
                    f"Photo '{photo.id}': {photo.file} cannot be shown: {verdict.reason}.",
                    line,
                )
            )
            continue
        info = verdict.info
        if info is not None and mislabelled(info.format, Path(photo.file)):
            problems.append(
                warning(
                    file,
                    f"Photo '{photo.id}': {photo.file} is really a {display_name(info.format)} picture, "
                    f"although its name ends in {Path(photo.file).suffix}. The kiosk shows it, but other "
                    f"programs may not open it: rename it to end in {_usual_suffix(info.format)}.",
                    line,
                )
            )
        if info is not None and max(info.width, info.height) < min_long_side:
            problems.append(
                warning(
                    file,
                    f"Photo '{photo.id}': {photo.file} is only {info.width} x {info.height} pixels, "
                    f"so it looks soft on the kiosk's screen. Use a scan at least {min_long_side} "
                    "pixels on its long side.",
                    line,
                )
            )
    return problems


def _usual_suffix(fmt: str) -> str:
    return {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "TIFF": ".tif", "JPEG2000": ".jp2"}.get(fmt, "")
