"""Archival scans for the image benchmark, made by libvips in strips (no scan is ever whole in memory).

``make_scan(path, megapixels, kind)``: "jpeg" is an 8-bit JPEG at quality 90, "tiff16" a 16-bit RGB
TIFF, LZW-compressed with a horizontal predictor and an Adobe RGB profile, as a museum's master
scans are. The content is gradients, a fine grid and noise, so the JPEG and LZW coders have real
work to do (a flat picture would flatter them).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Final

ASPECT: Final = 4 / 3


def size_for(megapixels: float) -> tuple[int, int]:
    height = round(math.sqrt(megapixels * 1e6 / ASPECT))
    return round(height * ASPECT), height


def _content(width: int, height: int) -> Any:
    import pyvips

    x = pyvips.Image.xyz(width, height)
    ramp_x = x[0] * (255.0 / width)
    ramp_y = x[1] * (255.0 / height)
    grid = ((x[0] % 97) < 3) | ((x[1] % 89) < 3)  # lines every ~90 px, like a map's graticule
    noise = pyvips.Image.gaussnoise(width, height, sigma=4, mean=0)
    red = ramp_x + noise
    green = ramp_y + noise * 0.8
    blue = (ramp_x + ramp_y) * 0.5 - noise * 0.6
    rgb = red.bandjoin([green, blue])
    return grid.ifthenelse([30, 30, 30], rgb)


def make_scan(path: Path, megapixels: float, kind: str, icc: bytes | None = None) -> Path:
    width, height = size_for(megapixels)
    image = _content(width, height)
    if kind == "jpeg":
        image.cast("uchar").jpegsave(str(path), Q=90)
    elif kind == "tiff16":
        deep = (image * 257).cast("ushort").copy(interpretation="rgb16")
        if icc is not None:
            import pyvips

            deep = deep.copy()
            deep.set_type(pyvips.GValue.blob_type, "icc-profile-data", icc)
        deep.tiffsave(str(path), compression="lzw", predictor="horizontal", tile=False)
    else:
        raise ValueError(f"unknown kind {kind!r}")
    return path
