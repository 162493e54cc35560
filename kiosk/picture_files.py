"""The picture files a content folder may hold, by format and by name. No decoding here.

Shared by the loader (which refuses a file by its name early, with a plain message) and the image
pipeline (which judges a file by its content and warns when its name promises something else).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ACCEPTED: Final = ("JPEG", "PNG", "WEBP", "TIFF", "JPEG2000")
SHOWN: Final = "JPEG, PNG, WebP, TIFF and JPEG 2000"

# What a file of each accepted format is usually called; anything else is a mislabelled file.
SUFFIXES: Final[Mapping[str, frozenset[str]]] = {
    "JPEG": frozenset({".jpg", ".jpeg", ".jpe", ".jfif"}),
    "PNG": frozenset({".png"}),
    "WEBP": frozenset({".webp"}),
    "TIFF": frozenset({".tif", ".tiff"}),
    "JPEG2000": frozenset({".jp2", ".j2k", ".j2c", ".jpf", ".jpx", ".jph"}),
}
