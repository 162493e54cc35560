"""Greedy label placement: most important first, never overlapping, inside the view."""

from __future__ import annotations

import itertools

from kiosk.map.geometry import Box, Turned
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
    shapes = [
        Turned(p.x, p.y, 80, 20, p.angle) if p.side == "centre" else Turned.of(Box(p.x, p.y, 100, 30))
        for p in placed
    ]
    assert all(s.bounds.within(400, 400) for s in shapes)
    for a, b in itertools.combinations(shapes, 2):
        assert not a.hits(b)
    assert next(p for p in placed if p.id == "river").x == 300  # its first spot was taken


def test_markers_and_controls_stop_labels() -> None:
    marker = Box(240, 190, 20, 20)
    controls = Box(0, 0, 400, 100)
    wishes = [
        LabelWish("place", 100, 30, 200, 200, 8),
        LabelWish("river", 60, 20, spots=((250, 200, 0.0), (250, 300, 0.0))),
        LabelWish("hidden", 60, 20, spots=((50, 50, 0.0),)),
    ]
    placed = {p.id: p for p in place_labels(wishes, 400, 400, [marker, controls])}
    assert placed["place"].side == "left"  # the marker sits where its name would go on the right
    assert (placed["river"].x, placed["river"].y) == (250, 300)  # its first spot was on the marker
    assert "hidden" not in placed  # under the view's own controls


def test_a_slanting_name_blocks_only_what_it_covers() -> None:
    slant = Turned(100, 100, 200, 20, 45)
    assert slant.bounds.w > 150  # its upright box is large...
    assert not slant.hits(Turned.of(Box(150, 20, 40, 30)))  # ...but a name in that box's corner is clear
    assert slant.hits(Turned.of(Box(90, 90, 20, 20)))
    assert Turned.of(Box(0, 0, 10, 10)).hits(Turned.of(Box(12, 0, 5, 5)), pad=3)
    assert not Turned.of(Box(0, 0, 10, 10)).hits(Turned.of(Box(12, 0, 5, 5)))


def test_a_free_spot_off_the_arrows_comes_first() -> None:
    arrow = [(200.0, 100.0), (320.0, 200.0)]  # passes where the name would go on the right
    placed = place_labels([LabelWish("place", 100, 30, 200, 200, 8)], 400, 400, lines=[arrow])
    assert placed[0].side == "left"
    boxed_in = [
        [(0.0, 180.0), (400.0, 180.0)],
        [(0.0, 220.0), (400.0, 220.0)],
        [(200.0, 0.0), (200.0, 400.0)],
    ]
    placed = place_labels([LabelWish("place", 100, 30, 200, 200, 8)], 400, 400, lines=boxed_in)
    assert placed[0].side == "right"  # every spot is crossed: the first free one is still taken
    assert Turned(50, 50, 40, 10, 90).crosses((40, 50), (60, 50))  # across a standing name
    assert not Turned(50, 50, 40, 10, 90).crosses((40, 20), (60, 20), pad=2)


def test_a_name_goes_above_or_below_its_own_dot_when_the_sides_are_taken() -> None:
    dot = Box(192, 192, 16, 16)
    walls = [Box(0, 194, 186, 12), Box(214, 194, 186, 12)]  # left and right of the dot
    placed = place_labels([LabelWish("place", 60, 20, 200, 200, 8)], 400, 400, [dot, *walls])
    assert placed[0].side == "above" and placed[0].y + 20 <= 192 - 4


def test_a_required_name_is_placed_and_others_keep_clear_of_it() -> None:
    crowd = [Box(0, 0, 400, 190), Box(0, 210, 400, 190)]  # no free spot around the point
    wishes = [
        LabelWish("focus", 100, 30, 200, 200, 8, required=True),
        LabelWish("next", 100, 30, 250, 200, 8),
    ]
    placed = {p.id: p for p in place_labels(wishes, 400, 400, crowd)}
    assert placed["focus"].side == "right"
    assert "next" not in placed  # its only spots touch the name that had to go there
