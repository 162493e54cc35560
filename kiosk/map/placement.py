"""Greedy label placement: each label, most important first, takes the first free spot around its
point or among its centred spots; a label with no free spot is left out, never drawn over another."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.map.geometry import Box, rotated_box


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
    over_markers: bool = False  # may cross markers (only other labels and the controls stop it)


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
    hard: Sequence[Box] = (),
) -> list[Placed]:
    """Greedy placement: each label, most important first, takes the first free spot (right of its
    point, left, above, below; or its first free centred spot); a label with no free spot is left out.
    ``obstacles`` (markers) stop every label but those ``over_markers``; ``hard`` ones (the view's
    own controls) stop all."""
    taken: list[Box] = [*obstacles, *hard]
    labels: list[Box] = []
    out = []
    for w in wishes:
        options: list[tuple[Box, Placed]] = []
        if w.spots:
            for cx, cy, angle in w.spots:
                options.append(
                    (rotated_box(cx, cy, w.width, w.height, angle), Placed(w.id, cx, cy, "centre", angle))
                )
        else:
            g = w.gap + 6
            for sx, sy, side in (
                (w.x + g, w.y - w.height / 2, "right"),
                (w.x - g - w.width, w.y - w.height / 2, "left"),
                (w.x - w.width / 2, w.y - w.gap - 2 - w.height, "above"),
                (w.x - w.width / 2, w.y + w.gap + 2, "below"),
            ):
                options.append((Box(sx, sy, w.width, w.height), Placed(w.id, sx, sy, side)))
        # Clear of everything if possible; a label that may cross markers tries that next.
        for against in ([*taken, *labels], [*labels, *hard]) if w.over_markers else ([*taken, *labels],):
            chosen = next(
                (
                    (box, placed)
                    for box, placed in options
                    if box.within(width, height) and not any(box.hits(t, pad) for t in against)
                ),
                None,
            )
            if chosen is not None:
                labels.append(chosen[0])
                out.append(chosen[1])
                break
    return out
