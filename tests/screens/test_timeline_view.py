"""The timeline screen's data in a language: every card with its text and place on the scale."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load
from kiosk.content.timeline import LayoutParams
from kiosk.screens.present import Presenter
from kiosk.screens.timeline_view import event_summary, timeline_view


def presenter(mini: Path, language: str) -> Presenter:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    return Presenter(exhibit, language, lambda photo, variant: f"image://{photo}/{variant}", lambda key: key)


def test_the_timeline_in_english_and_serbian(mini: Path) -> None:
    en = presenter(mini, "en")
    view = timeline_view(en, LayoutParams(card_width=300), 5)
    cards = {c.id: c for c in view.cards}
    assert len(cards) == len(en.ex.events)
    assault = cards["assault"]
    assert (assault.title, assault.date, assault.route) == (
        "The assault begins",
        "October 14, 1944",
        "event/assault",
    )
    assert assault.group == "exact" and not assault.approximate and assault.span_width > 0
    assert cards["siege"].group == "approximate" and cards["siege"].approximate
    assert cards["bombing"].span_width == 0  # before the campaign: in the column of earlier events
    assert view.before_width > 0 and not view.has_after
    assert [p.title for p in view.phases] == ["The approach", "The assault"]
    assert [m.label for m in view.months] == ["October 1944"]
    assert view.days[0].label == "1" and view.days[0].show_label
    assert view.scale_end == view.days[-1].x + view.days[-1].width
    assert view.period == "October 1\u2009–\u200922, 1944"
    sr = timeline_view(presenter(mini, "sr"), LayoutParams(card_width=300), 5)
    assert next(c for c in sr.cards if c.id == "assault").date == "14. октобра 1944."


def test_an_event_in_a_list(mini: Path) -> None:
    summary = event_summary(presenter(mini, "en"), "belgrade-falls")
    assert summary.thumb == "image://parade/thumb" and summary.place == "Kalemegdan Fortress"
