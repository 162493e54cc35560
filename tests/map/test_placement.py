"""Greedy label placement: most important first, never overlapping, inside the view."""

from __future__ import annotations

import itertools

from kiosk.map.geometry import Box, rotated_box
from kiosk.map.placement import LabelWish, place_labels


def test_labels_never_overlap_and_keep_their_order() -> None:
    wishes = [
        LabelWish("first", 100, 30, 200, 200, 8),
        LabelWish("second", 100, 30, 210, 200, 8),
        LabelWish("third", 100, 30, 205, 205, 8),
        LabelWish("fourth", 100, 30, 215, 195, 8),
        LabelWish("edge", 100, 30, 395, 20, 8),
        LabelWish("river", 80, 20, spots=((200, 200, 30.0), (300, 300, 30.0))),
    ]
    placed = place_labels(wishes, 400, 400)
    sides = {p.id: p.side for p in placed}
    assert sides["first"] == "right" and sides["second"] == "left"
    assert sides["edge"] == "left"  # no room on the right
    boxes = [
        rotated_box(p.x, p.y, 80, 20, p.angle) if p.side == "centre" else Box(p.x, p.y, 100, 30)
        for p in placed
    ]
    assert all(b.within(400, 400) for b in boxes)
    for a, b in itertools.combinations(boxes, 2):
        assert not a.hits(b)
    assert next(p for p in placed if p.id == "river").x == 300  # its first spot was taken


def test_markers_and_controls_stop_labels() -> None:
    marker = Box(240, 190, 20, 20)
    controls = Box(0, 0, 400, 100)
    wishes = [
        LabelWish("place", 100, 30, 200, 200, 8),
        LabelWish("river", 60, 20, spots=((250, 200, 0.0),), over_markers=True),
        LabelWish("hidden", 60, 20, spots=((50, 50, 0.0),), over_markers=True),
    ]
    placed = {p.id: p for p in place_labels(wishes, 400, 400, [marker], hard=[controls])}
    assert placed["place"].side == "left"  # the marker sits where its name would go on the right
    assert placed["river"].side == "centre"  # a river's name may cross a marker when it must
    assert "hidden" not in placed  # but never the view's own controls
