"""Is a picture file whole? Cheap checks of its structure: the header and the last bytes only.

``kiosk validate`` (quick mode) runs these in the decode sandbox on every photo, so a file cut
short by an interrupted copy is found without decoding it: a JPEG whose end marker is missing, a
PNG without its IEND chunk, a TIFF whose first page's data runs past the end of the file, a
JPEG 2000 whose code stream does not end, a WebP shorter than its RIFF header says. A full decode
(``kiosk validate --images``, and staging) finds damage inside a file as well.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Final

from PIL import Image

from kiosk.images.formats import display_name

TAIL: Final = 64 * 1024
_JPEG_EOI: Final = b"\xff\xd9"
_PNG_IEND: Final = b"IEND\xaeB`\x82"
# A phone's "motion photo" appends a video after the JPEG; its header says so.
_MOTION_PHOTO_HINTS: Final = (b"MotionPhoto", b"MicroVideo", b"GContainer")
# TIFF tags: StripOffsets, StripByteCounts, TileOffsets, TileByteCounts.
_DATA_TAGS: Final = ((273, 279), (324, 325))


def truncation(path: Path, fmt: str, im: Image.Image | None = None) -> str | None:
    """Why the file looks cut short, or None. ``im`` is the already-opened header (TIFF)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(TAIL)
            fh.seek(max(0, size - TAIL))
            tail = fh.read(TAIL)
    except OSError:
        return None  # the decoder reports unreadable files in its own words
    whole = True
    if fmt == "JPEG":
        whole = _JPEG_EOI in tail or any(hint in head for hint in _MOTION_PHOTO_HINTS)
    elif fmt == "PNG":
        whole = _PNG_IEND in tail
    elif fmt == "JPEG2000":
        whole = tail.rstrip(b"\x00").endswith(_JPEG_EOI)
    elif fmt == "WEBP":
        declared = struct.unpack("<I", head[4:8])[0] + 8 if len(head) >= 8 else 0
        whole = size >= declared
    elif fmt == "TIFF" and im is not None:
        whole = _tiff_data_end(im) <= size
    if whole:
        return None
    return f"the {display_name(fmt)} is truncated (the file ends early); copy it again"


def _tiff_data_end(im: Image.Image) -> int:
    """Where the first page's last strip or tile ends, from the tags Pillow already parsed."""
    tags = getattr(im, "tag_v2", None)
    if tags is None:
        return 0
    for offsets_tag, counts_tag in _DATA_TAGS:
        offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
        if offsets is None or counts is None:
            continue
        offsets = offsets if isinstance(offsets, tuple) else (offsets,)
        counts = counts if isinstance(counts, tuple) else (counts,)
        return max((int(o) + int(c) for o, c in zip(offsets, counts, strict=False)), default=0)
    return 0
