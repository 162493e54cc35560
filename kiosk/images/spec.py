"""What the derivative pipeline promises, without Pillow: sizes, limits and what it reports.

The GUI process imports this; only the sandboxed workers import Pillow (derivatives.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

# Bump whenever the output for the same input changes; it is part of every cache key.
PIPELINE_VERSION: Final = 1

DEFAULT_SIZES: Final[Mapping[str, tuple[int, int]]] = {"screen": (2560, 2560), "thumb": (512, 512)}

# EXIF orientations that swap width and height.
SWAPS_AXES: Final = frozenset({5, 6, 7, 8})


@dataclass(frozen=True)
class Limits:
    """What the kiosk is willing to decode. 60 MP covers every camera up to 61 MP full frame."""

    max_pixels: int = 60_000_000


DEFAULT_LIMITS: Final = Limits()


@dataclass(frozen=True)
class ImageInfo:
    """What was made. Sizes are upright (after EXIF orientation), as a visitor sees them."""

    format: str  # real format from the content: "JPEG", "PNG" or "WEBP"
    mode: str  # Pillow mode of the file as stored, e.g. "RGB", "CMYK", "I;16", "P"
    width: int  # source width after orientation
    height: int
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)  # per variant
    output_mode: str = "RGB"  # "RGB", or "L" for greyscale sources
    orientation: int = 1  # EXIF orientation that was applied (1 = none)
    decoded_size: tuple[int, int] = (0, 0)  # pixels actually decoded (smaller when draft was used)
    icc_converted: bool = False
    had_alpha: bool = False

    @property
    def draft_scale(self) -> int:
        """1 when the full file was decoded, else 2, 4 or 8 (JPEG DCT scaling)."""
        stored_width = self.height if self.orientation in SWAPS_AXES else self.width
        return max(1, round(stored_width / self.decoded_size[0])) if self.decoded_size[0] else 1
