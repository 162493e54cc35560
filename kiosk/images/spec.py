"""What the derivative pipeline promises, without Pillow or libvips: sizes, limits, what it reports.

The GUI process imports this; only the sandboxed workers import the decoders (derivatives.py,
pyramid.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

# Called while a long picture is worked on, so the parent knows the worker is alive (kiosk/images/worker.py).
Heartbeat = Callable[[], None]

# Bump whenever the output for the same input changes; it is part of every cache key.
PIPELINE_VERSION: Final = 2

DEFAULT_SIZES: Final[Mapping[str, tuple[int, int]]] = {"screen": (2560, 2560), "thumb": (512, 512)}

# The deep-zoom tiles of a picture larger than its screen copy: one zip archive per picture, Deep
# Zoom layout, entries "tiles_files/<level>/<col>_<row>.jpg" (pyramid.py writes, tiles.py reads).
TILES: Final = "tiles"
TILE_SIZE: Final = 510  # plus 1 px overlap on each side: at most 512 px square
OVERLAP: Final = 1
TILE_QUALITY: Final = 85


# A picture with more pixels than a Full HD screen shows at once is explored in deep zoom (only
# the visible tiles decoded, to full resolution), as is any picture larger than its screen copy.
DEEP_ZOOM_ABOVE: Final = 1920


def wants_tiles(size: tuple[int, int], screen_box: tuple[int, int]) -> bool:
    return max(size) > min(max(screen_box), DEEP_ZOOM_ABOVE)


def tile_name(level: int, col: int, row: int) -> str:
    return f"{TILES}_files/{level}/{col}_{row}.jpg"


# EXIF orientations that swap width and height.
SWAPS_AXES: Final = frozenset({5, 6, 7, 8})

# A stitched scan of a large map or a wall-sized print reaches a gigapixel; decoding is sequential
# (libvips), so memory does not grow with the size, only time and disk do.
DEFAULT_MAX_PIXELS: Final = 1_000_000_000


def fit_within(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """The largest size with ``size``'s aspect ratio that fits ``box``; never upscales."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))


@dataclass(frozen=True)
class Limits:
    """What the kiosk is willing to decode (the technician's ``image_max_megapixels``)."""

    max_pixels: int = DEFAULT_MAX_PIXELS


DEFAULT_LIMITS: Final = Limits()


@dataclass(frozen=True)
class Pyramid:
    """A deep-zoom tile pyramid (Deep Zoom layout): level 0 fits one tile, the last is full size.

    Each level is half the one above, rounded up. Tile (col, row) of a level covers
    ``tile_size`` pixels from ``col * tile_size``, plus ``overlap`` pixels on every side that
    has a neighbour, so tiles drawn side by side at a fractional scale show no seams.
    """

    width: int
    height: int
    tile_size: int
    overlap: int

    @property
    def levels(self) -> int:
        count, w, h = 1, self.width, self.height
        while w > self.tile_size or h > self.tile_size:
            w, h = (w + 1) // 2, (h + 1) // 2
            count += 1
        return count

    def level_size(self, level: int) -> tuple[int, int]:
        if not 0 <= level < self.levels:
            raise ValueError(f"level {level} outside 0..{self.levels - 1}")
        w, h = self.width, self.height
        for _ in range(self.levels - 1 - level):
            w, h = (w + 1) // 2, (h + 1) // 2
        return w, h

    def grid(self, level: int) -> tuple[int, int]:
        w, h = self.level_size(level)
        return -(-w // self.tile_size), -(-h // self.tile_size)

    def tile_box(self, level: int, col: int, row: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of a tile in its level's pixels, overlap included."""
        w, h = self.level_size(level)
        cols, rows = self.grid(level)
        if not (0 <= col < cols and 0 <= row < rows):
            raise ValueError(f"tile {col},{row} outside the {cols}x{rows} grid of level {level}")
        x0 = max(0, col * self.tile_size - self.overlap)
        y0 = max(0, row * self.tile_size - self.overlap)
        x1 = min(w, (col + 1) * self.tile_size + self.overlap)
        y1 = min(h, (row + 1) * self.tile_size + self.overlap)
        return x0, y0, x1 - x0, y1 - y0


@dataclass(frozen=True)
class ImageInfo:
    """What was made. Sizes are upright (after EXIF orientation), as a visitor sees them."""

    format: str  # real format from the content: "JPEG", "PNG", "WEBP", "TIFF" or "JPEG2000"
    mode: str  # Pillow mode of the file as stored, e.g. "RGB", "CMYK", "I;16", "P"
    width: int  # source width after orientation
    height: int
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)  # per variant
    output_mode: str = "RGB"  # "RGB", or "L" for greyscale sources
    orientation: int = 1  # EXIF orientation that was applied (1 = none)
    decoded_size: tuple[int, int] = (0, 0)  # pixels actually decoded (smaller when draft was used)
    icc_converted: bool = False
    had_alpha: bool = False
    pyramid: Pyramid | None = None  # deep-zoom tiles, for a picture larger than its screen copy
