"""Greedy label placement: each label, most important first, takes the first free spot around its
point or among its centred spots; a label with no free spot is left out, never drawn over another."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.map.geometry import Box, Turned
from kiosk.map.projection import Point


@dataclass(frozen=True)
class LabelWish:
    """A label that would like a place on the map, in order of importance: beside a point
    (a marker of radius ``gap``), or centred on one of ``spots`` (x, y, angle in degrees)."""

    id: str
    width: float
    height: float
    x: float = 0.0
    y: float = 0.0
    gap: float = 0.0
    spots: tuple[tuple[float, float, float], ...] = ()
    required: bool = False  # placed even with no free spot (where it fits the view, else first)


@dataclass(frozen=True)
class Placed:
    id: str
    x: float  # top-left of the label beside a point; the centre of a centred label
    y: float
    side: str  # right, left, above, below or centre
    angle: float = 0.0


def place_labels(
    wishes: Sequence[LabelWish],
    width: float,
    height: float,
    obstacles: Sequence[Box] = (),
    pad: float = 4,
    lines: Sequence[Sequence[Point]] = (),
) -> list[Placed]:
    """Greedy placement: each label, most important first, takes the first free spot (right of its
    point, left, above, below; or its first free centred spot) inside the view and clear of the
    ``obstacles`` (markers, the view's own controls) and of the labels placed before it, by ``pad``
    at least; a label with no free spot is left out, unless it is ``required`` (the labels after it
    then keep clear of it). Of the free spots, one that no line crosses (the arrows) is taken
    first."""
    segments = [(a, b) for line in lines for a, b in itertools.pairwise(line)]
    taken = [Turned.of(b) for b in obstacles]
    out = []
    for w in wishes:
        options: list[tuple[Turned, Placed]] = []
        if w.spots:
            for cx, cy, angle in w.spots:
                options.append(
                    (Turned(cx, cy, w.width, w.height, angle), Placed(w.id, cx, cy, "centre", angle))
                )
        else:
            # As far from the point on every side: closer than the padding, a name above or below
            # its own dot would always touch it.
            g = w.gap + 6
            for sx, sy, side in (
                (w.x + g, w.y - w.height / 2, "right"),
                (w.x - g - w.width, w.y - w.height / 2, "left"),
                (w.x - w.width / 2, w.y - g - w.height, "above"),
                (w.x - w.width / 2, w.y + g, "below"),
            ):
                options.append((Turned.of(Box(sx, sy, w.width, w.height)), Placed(w.id, sx, sy, side)))
        chosen = first_free = None
        for shape, placed in options:
            if not shape.bounds.within(width, height) or any(shape.hits(t, pad) for t in taken):
                continue
            if not any(shape.crosses(a, b, pad / 2) for a, b in segments):
                chosen = (shape, placed)
                break
            first_free = first_free or (shape, placed)
        chosen = chosen or first_free
        if chosen is None and w.required:
            chosen = next((o for o in options if o[0].bounds.within(width, height)), options[0])
        if chosen is not None:
            taken.append(chosen[0])
            out.append(chosen[1])
    return out
