"""The map's land and rivers, drawn once with Pillow into the app's cache and shown as an image.

Only the unchanging geography is drawn here; arrows, markers and labels are drawn live by the
views over it. A base map is named by a hash of everything that decides its pixels (the geography
files, the box, the size, the colours, this module's version), so an unchanged map costs one
``stat()`` and a changed one is drawn again. Files are written atomically (``kiosk.atomic``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.atomic import atomic_write
from kiosk.map.geojson import Geography
from kiosk.map.projection import Projection

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

VERSION = 3
MAX_SIDE = 4096  # pixels; a texture every GPU takes
# Zoomed in, the map is drawn at twice the view's pixels and no more: four times the pixels of the
# unzoomed map (2688 px wide took 18 MB decoded), and beyond 2x the land and rivers stretch softly.
ZOOMED_DETAIL = 2.0
PALETTE_KEYS = ("sea", "land", "border", "water", "nodata")
RIVER_KM = 0.3  # a river's width on the ground, for close-up maps


@dataclass(frozen=True)
class BaseMap:
    path: Path
    width: int  # pixels of the file
    height: int
    made: bool  # drawn now (False: found in the cache)
    seconds: float


def detail(pixel_ratio: float, zoom: float) -> float:
    """File pixels per view pixel: the screen's pixels at zoom 1, twice them once zoomed in at all.

    Two levels, not one per zoom, so a pinch settling at 1.3x or 1.7x finds the same drawing."""
    return max(1.0, pixel_ratio) * (ZOOMED_DETAIL if zoom > 1.001 else 1.0)


def render_size(view_width: float, view_height: float, scale: float = 1.0) -> tuple[int, int]:
    """The file's size for a view of this size, ``scale`` file pixels per view pixel, capped."""
    scale = min(scale, MAX_SIDE / max(view_width, view_height, 1))
    return max(1, round(view_width * scale)), max(1, round(view_height * scale))


def key(geo: Geography, projection: Projection, size: tuple[int, int], palette: Mapping[str, str]) -> str:
    view = projection.view
    text = json.dumps(
        {
            "v": VERSION,
            "geo": geo.digest,
            "size": size,
            "view": [round(v, 7) for v in view.as_list()],
            "palette": {k: palette.get(k, "") for k in PALETTE_KEYS},
        },
        sort_keys=True,
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _rgb(value: str, fallback: str) -> tuple[int, int, int]:
    from PIL import ImageColor

    try:
        colour = ImageColor.getrgb(value or fallback)
    except ValueError:
        colour = ImageColor.getrgb(fallback)
    return colour[0], colour[1], colour[2]


def render(
    geo: Geography,
    projection: Projection,
    palette: Mapping[str, str],
    folder: Path,
    scale: float = 1.0,
) -> BaseMap:
    """The base map for this view at ``scale`` file pixels per view pixel (see :func:`detail`),
    from ``folder`` (the kiosk's cache of maps) or drawn now."""
    started = time.perf_counter()
    size = render_size(projection.width, projection.height, scale)
    path = folder / f"{key(geo, projection, size, palette)}.png"
    if path.is_file():
        return BaseMap(path, size[0], size[1], False, time.perf_counter() - started)
    image = draw(geo, projection, size, palette)
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as stream:
        image.save(stream, format="PNG", compress_level=1)
    seconds = time.perf_counter() - started
    log.info("base map %s drawn in %.2f s (%d x %d)", path.name, seconds, *size)
    return BaseMap(path, size[0], size[1], True, seconds)


def draw(
    geo: Geography, projection: Projection, size: tuple[int, int], palette: Mapping[str, str]
) -> Image.Image:
    # Pillow loads on the first map drawn, not at start-up.
    from PIL import Image, ImageDraw

    sea = _rgb(palette.get("sea", ""), "#15120e")
    land = _rgb(palette.get("land", ""), "#2e271f")
    border = _rgb(palette.get("border", ""), "#4d4235")
    water = _rgb(palette.get("water", ""), "#4f6b78")
    nodata = _rgb(palette.get("nodata", ""), "#1d1914")
    k = size[0] / projection.width  # file pixels per view pixel

    image = Image.new("RGB", size, nodata if geo.extent is not None else sea)
    pen = ImageDraw.Draw(image)

    def px(lon: float, lat: float) -> tuple[float, float]:
        x, y = projection.point(lon, lat)
        return x * k, y * k

    if geo.extent is not None:
        # Where the content folder has geography, what is not land is sea.
        e = geo.extent
        (x1, y1), (x2, y2) = px(e.west, e.north), px(e.east, e.south)
        pen.rectangle([x1, y1, x2, y2], fill=sea)
    for area in geo.areas:
        for polygon in area.polygons:
            outer, *holes = polygon
            pen.polygon([px(*p) for p in outer], fill=land)
            for hole in holes:
                pen.polygon([px(*p) for p in hole], fill=sea)
    line = max(1, round(1.2 * k))
    for area in geo.areas:
        for polygon in area.polygons:
            for ring in polygon:
                pen.line([px(*p) for p in ring], fill=border, width=line, joint="curve")
    # Rivers are at least a line wide, and as wide as they really are when the map is close.
    px_per_km = projection.px_per_km()
    for river in geo.waters:
        drawn = max(2.2 + 1.4 * (river.weight - 1), RIVER_KM * river.weight * px_per_km)
        width = max(1, round(drawn * k))
        for part in river.lines:
            pen.line([px(*p) for p in part], fill=water, width=width, joint="curve")
    return image
