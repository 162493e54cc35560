from __future__ import annotations

from pathlib import Path

from kiosk.content.bidi import plain
from kiosk.content.loader import load
from kiosk.screens.present import Presenter, initials
from kiosk.screens.routes import Route


def presenter(root: Path, lang: str) -> Presenter:
    exhibit = load(root).exhibit
    assert exhibit is not None
    return Presenter(exhibit, lang, lambda pid, v: f"image://derived/{pid}/{v}", lambda key: f"[{key}]")


def test_chapter_neighbours_links_and_progress(mini: Path) -> None:
    d = presenter(mini, "en").chapter("second")
    assert (d.sequence.number, d.sequence.count) == (2, 3)
    assert d.sequence.previous == Route("chapter", "first") and d.sequence.next == Route("chapter", "third")
    assert d.sequence.next_title == "The third chapter"
    assert [str(p.route) for p in d.people] == ["person/tito"]
    assert [str(p.route) for p in d.photos] == ["photo/parade", "photo/tank"]
    assert [plain(s) for s in d.sources] == ["A. Author, “A Book”, 1983, [pp. 1-10]"]
    assert d.note == "The sources disagree about the date."


def test_the_last_chapter_has_no_next_and_the_first_no_previous(mini: Path) -> None:
    p = presenter(mini, "en")
    assert p.chapter("third").sequence.next is None
    assert p.chapter("first").sequence.previous is None


def test_missing_language_falls_back_visibly(mini: Path) -> None:
    sr = presenter(mini, "sr")
    third = sr.chapter("third")
    assert third.title == "The third chapter" and third.fallback is True
    first = sr.chapter("first")
    assert first.title == "Прво поглавље" and first.fallback is False


def test_person_page_collects_what_mentions_them(mini: Path) -> None:
    d = presenter(mini, "en").person("tolbukhin")
    assert [c.id for c in d.chapters] == ["first"]
    assert [p.id for p in d.photos] == ["tank"]
    assert d.card.dates == "1894–1949" and d.born == "June 16, 1894"
    assert d.card.initials == "FT"


def test_people_grouped_by_side_in_a_fixed_order(mini: Path) -> None:
    groups = presenter(mini, "en").people().groups
    assert [g.side for g in groups] == ["soviet", "yugoslav", "german"]
    assert groups[0].label == "[side:soviet]"


def test_photo_viewer_data(mini: Path) -> None:
    d = presenter(mini, "sr").photo("parade")
    assert d.date == "14.–20. октобра 1944."
    assert d.fallback is True  # caption only in English
    assert d.credit == "Test"
    assert [c.id for c in d.chapters] == ["second"]


def test_initials() -> None:
    assert initials("Maximilian von Weichs") == "MW"
    assert initials("Tito") == "T"
    assert initials("Фјодор Толбухин") == "ФТ"


def test_home_covers_skip_placeholders_and_never_repeat(mini: Path) -> None:
    covers = presenter(mini, "en").section_covers()
    # "tank" is a placeholder plate; "parade" is real and leads no chapter, so only galleries get it.
    assert covers == {"galleries": "image://derived/parade/thumb"}
