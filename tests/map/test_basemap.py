"""The base map: drawn once with Pillow, found in the cache afterwards, written atomically."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kiosk.map import basemap
from kiosk.map.geojson import load_geography
from kiosk.map.projection import BBox, Projection


def test_base_map_is_drawn_once_and_cached(mini: Path, tmp_path: Path) -> None:
    geo = load_geography(mini)
    p = Projection(BBox(19.9, 44.4, 21.6, 45.3), 600, 400)
    palette = {"sea": "#000010", "land": "#302010", "border": "#ffffff", "water": "#0000ff"}
    first = basemap.render(geo, p, palette, tmp_path, 2.0)
    assert first.made and (first.width, first.height) == (1200, 800)
    again = basemap.render(geo, p, palette, tmp_path, 2.0)
    assert not again.made and again.path == first.path
    other = basemap.render(geo, p, palette | {"land": "#303030"}, tmp_path, 2.0)
    assert other.path != first.path
    unzoomed = basemap.render(geo, p, palette, tmp_path)
    assert unzoomed.path != first.path and (unzoomed.width, unzoomed.height) == (600, 400)
    with Image.open(unzoomed.path) as drawn:
        assert drawn.size == (600, 400)
    image = Image.open(first.path).convert("RGB")
    k = first.width / p.width
    lx, ly = p.point(21.3, 44.5)  # open country in Serbia
    assert image.getpixel((round(lx * k), round(ly * k))) == (0x30, 0x20, 0x10)
    wx, wy = p.point(20.3, 44.95)  # on the Danube
    assert image.getpixel((round(wx * k), round(wy * k))) == (0, 0, 255)
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, nothing left over


def test_drawn_as_sharp_as_the_screen_shows_it_and_no_sharper() -> None:
    # The whole map: the screen's own pixels, whatever its pixel ratio.
    assert basemap.detail(1.0, 1.0) == 1.0
    assert basemap.detail(2.0, 1.0) == 2.0
    assert basemap.detail(0.5, 1.0) == 1.0  # never fewer pixels than the view's
    # Zoomed in at all: twice that, one drawing for every zoom, so a pinch finds it drawn.
    assert basemap.detail(1.0, 1.3) == basemap.detail(1.0, 4.0) == 2.0
    assert basemap.detail(1.5, 2.5) == 3.0
    assert basemap.render_size(1344, 838) == (1344, 838)
    assert basemap.render_size(1344, 838, 2.0) == (2688, 1676)
    # Never larger than a texture every GPU takes.
    assert basemap.render_size(3000, 1500, 2.0) == (basemap.MAX_SIDE, 2048)
