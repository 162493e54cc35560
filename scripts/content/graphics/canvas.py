"""A supersampled canvas: every coordinate and size is in final (2400 x 1600) pixels; the image is
drawn at twice that and scaled down for smooth lines. It also keeps the space labels have taken."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from drawing.fonts import find_font
from drawing.text import text_width, wrap
from PIL import Image, ImageDraw, ImageFont

from graphics.style import INK, PAPER, SS, H, W
from kiosk.map.geometry import Box


class Canvas:
    def __init__(self, size: tuple[int, int] = (W, H), background: tuple[int, int, int] = PAPER):
        self.size = size
        self.img = Image.new("RGB", (size[0] * SS, size[1] * SS), background)
        self.draw = ImageDraw.Draw(self.img)
        self.boxes: list[tuple[float, float, float, float]] = []  # taken label space
        self.soft: list[tuple[float, float, float, float]] = []  # lines a label may cross if it must

    # Geometry ---------------------------------------------------------------------------------

    @staticmethod
    def _p(pts: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * SS, y * SS) for x, y in pts]

    def polygon(self, pts, fill=None, outline=None, width: float = 1) -> None:
        if len(pts) < 3:
            return
        self.draw.polygon(self._p(pts), fill=fill)
        if outline is not None:
            self.line([*pts, pts[0]], outline, width)

    def line(self, pts, fill, width: float, dash: tuple[float, float] | None = None) -> None:
        if len(pts) < 2:
            return
        if dash is None:
            self.draw.line(self._p(pts), fill=fill, width=max(1, round(width * SS)), joint="curve")
            if width >= 3:  # round caps
                r = width / 2
                for x, y in (pts[0], pts[-1]):
                    self.ellipse((x, y), r, fill)
            return
        on, off = dash
        for seg in dashes(pts, on, off):
            self.draw.line(self._p(seg), fill=fill, width=max(1, round(width * SS)))

    def ellipse(
        self, c: tuple[float, float], r: float, fill=None, outline=None, width: float = 0, ry=None
    ) -> None:
        x, y = c
        ry = r if ry is None else ry
        self.draw.ellipse(
            ((x - r) * SS, (y - ry) * SS, (x + r) * SS, (y + ry) * SS),
            fill=fill,
            outline=outline,
            width=round(width * SS),
        )

    def rect(self, box, fill=None, outline=None, width: float = 0, radius: float = 0) -> None:
        x0, y0, x1, y1 = box
        self.draw.rounded_rectangle(
            (x0 * SS, y0 * SS, x1 * SS, y1 * SS),
            radius=radius * SS,
            fill=fill,
            outline=outline,
            width=round(width * SS),
        )

    # Text -------------------------------------------------------------------------------------

    @staticmethod
    def font(size: float, family: str = "sans", weight: str = "regular") -> ImageFont.ImageFont:
        return find_font(family, weight, round(size * SS))

    def textlength(self, text: str, size: float, family: str = "sans", weight: str = "regular") -> float:
        return self.draw.textlength(text, font=self.font(size, family, weight)) / SS

    def textbox(self, xy, text, size, family="sans", weight="regular", anchor="la") -> tuple[float, ...]:
        x, y = xy
        b = self.draw.textbbox((x * SS, y * SS), text, font=self.font(size, family, weight), anchor=anchor)
        return tuple(v / SS for v in b)

    def text(
        self,
        xy,
        text: str,
        size: float,
        fill=INK,
        family: str = "sans",
        weight: str = "regular",
        anchor: str = "la",
        halo: tuple[int, int, int] | None = None,
        halo_width: float = 0,
        spacing: float = 0,
    ) -> tuple[float, ...]:
        x, y = xy
        font = self.font(size, family, weight)
        if spacing:
            total = text_width(self.draw, text, font, spacing * SS)
            cx = x * SS - (total / 2 if anchor[0] == "m" else 0)
            for ch in text:
                self.draw.text(
                    (cx, y * SS),
                    ch,
                    font=font,
                    fill=fill,
                    anchor="l" + anchor[1],
                    stroke_width=round(halo_width * SS) if halo else 0,
                    stroke_fill=halo,
                )
                cx += self.draw.textlength(ch, font=font) + spacing * SS
            return (x - total / SS / 2, y, x + total / SS / 2, y)
        self.draw.text(
            (x * SS, y * SS),
            text,
            font=font,
            fill=fill,
            anchor=anchor,
            stroke_width=round(halo_width * SS) if halo else 0,
            stroke_fill=halo,
        )
        return self.textbox(xy, text, size, family, weight, anchor)

    def rotated_text(
        self,
        xy,
        text: str,
        size: float,
        angle: float,
        fill,
        family="serif",
        weight="italic",
        halo=None,
        halo_width: float = 0,
        spacing: float = 0,
    ) -> None:
        """Text centred on xy, turned angle degrees counter-clockwise (for river names)."""
        font = self.font(size, family, weight)
        pad = round((halo_width + 4) * SS)
        chars = list(text)
        widths = [self.draw.textlength(ch, font=font) for ch in chars]
        total = sum(widths) + spacing * SS * (len(chars) - 1)
        asc, desc = font.getmetrics()
        tile = Image.new("RGBA", (math.ceil(total) + 2 * pad, asc + desc + 2 * pad), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        cx = pad
        for ch, w in zip(chars, widths, strict=True):
            td.text(
                (cx, pad),
                ch,
                font=font,
                fill=fill,
                stroke_width=round(halo_width * SS) if halo else 0,
                stroke_fill=halo,
            )
            cx += w + spacing * SS
        tile = tile.rotate(angle, resample=Image.BICUBIC, expand=True)
        x, y = xy
        self.img.paste(tile, (round(x * SS - tile.width / 2), round(y * SS - tile.height / 2)), tile)

    def free(self, box, margin: float = 4, ignore=None, within=None, soft: bool = True) -> bool:
        """Whether box lies inside within (the canvas) and clear, by margin, of all taken space (a dot
        centred at ignore does not count). With soft=False, lines marked with take_path (arrows) do
        not count either.

        The overlap test is the kiosk map's own (``kiosk.map.geometry.Box.hits``). The placement is
        not: here each name or tag is placed as the graphic is drawn, where that graphic wants it
        (beside a dot, along a river, beside an arrow, with its own fallbacks), while the kiosk's
        ``kiosk.map.placement.place_labels`` places a list of wishes, each with four spots."""
        x0, y0, x1, y1 = box
        wx0, wy0, wx1, wy1 = within or (0, 0, *self.size)
        if x0 < wx0 or y0 < wy0 or x1 > wx1 or y1 > wy1:
            return False
        mine = Box(x0, y0, x1 - x0, y1 - y0)
        for b in self.boxes + (self.soft if soft else []):
            if ignore and abs((b[0] + b[2]) / 2 - ignore[0]) < 1 and abs((b[1] + b[3]) / 2 - ignore[1]) < 1:
                continue
            if mine.hits(Box(b[0], b[1], b[2] - b[0], b[3] - b[1]), margin):
                return False
        return True

    def wrap(self, text: str, size: float, width: float, weight: str = "regular") -> list[str]:
        """The text in lines no wider than width (a single long word stays whole)."""
        return wrap(self.draw, text, self.font(size, "sans", weight), width * SS)

    def take(self, box) -> None:
        self.boxes.append(tuple(box))

    def finish(self) -> Image.Image:
        return self.img.resize(self.size, Image.LANCZOS)


def dashes(pts, on: float, off: float):
    """Split a polyline into dash pieces of length on, with gaps off."""
    out, cur = [], [pts[0]]
    drawing, left = True, on
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while seg - pos > left:
            pos += left
            t = pos / seg
            p = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if drawing:
                cur.append(p)
                out.append(cur)
            else:
                cur = [p]
            drawing = not drawing
            left = on if drawing else off
        left -= seg - pos
        if drawing:
            cur.append((x1, y1))
    if drawing and len(cur) > 1:
        out.append(cur)
    return out
