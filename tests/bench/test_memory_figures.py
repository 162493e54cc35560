"""The memory benchmark's figure for the bundled exhibit says which screens weigh most."""

from __future__ import annotations

from kiosk.bench.app import TARGET_BUNDLED_MIB, _bundled_figure

RUN = {
    "peak_rss_mib": 190.0,
    "rss_after_start_mib": 150.0,
    "rss_mib": 170.0,
    "rss_after_visit_mib": 176.0,
    "rss_after_trim_mib": 174.0,
    "routes_visited": 229,
    "graphics_api": "Software",
}


def test_the_note_names_the_heaviest_screens_first() -> None:
    by_screen = {"home": 151.0, "place": 171.4, "photo": 166.0, "map": 168.9, "chapter": 160.0}
    figure = _bundled_figure({**RUN, "rss_by_screen_mib": by_screen}, "offscreen")
    assert "heaviest screens: place 171, map 169, photo 166 MiB" in figure.note
    assert figure.value == 190.0
    assert figure.met is False  # the target is below 190 MiB
    assert TARGET_BUNDLED_MIB < 190.0


def test_a_run_without_screens_has_no_such_note() -> None:
    figure = _bundled_figure(RUN, "offscreen")  # a run recorded before the field existed
    assert "heaviest" not in figure.note
    assert "229 routes" in figure.note
