from __future__ import annotations

from pathlib import Path

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
    assert d.sources == ("A. Author, “A Book”, 1983, [pp.] 1-10",)
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


def test_people_in_the_declared_groups_in_their_order(mini: Path) -> None:
    groups = presenter(mini, "en").people().groups
    assert [g.id for g in groups] == ["soviet", "yugoslav", "german"]
    assert [(g.label, g.colour) for g in groups] == [
        ("Soviet", "red"),
        ("Yugoslav Partisans", "blue"),
        ("German", "slate"),
    ]
    assert presenter(mini, "sr").people().groups[0].label == "Совјетска страна"


def test_ungrouped_people_form_one_list_without_a_heading(mini: Path) -> None:
    path = mini / "text" / "people.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('group = "german"\n', ""), encoding="utf-8")
    groups = presenter(mini, "en").people().groups
    assert [(g.id, g.label) for g in groups][-1] == ("", "")
    assert [c.id for c in groups[-1].people] == ["weichs"]
    assert groups[-1].people[0].colour == ""


def test_people_are_listed_by_order_then_sort_name(mini: Path) -> None:
    path = mini / "text" / "people.toml"
    text = path.read_text(encoding="utf-8").replace('group = "yugoslav"', 'group = "soviet"')
    path.write_text(text, encoding="utf-8")
    soviet = presenter(mini, "en").people().groups[0]
    assert [c.id for c in soviet.people] == ["tolbukhin", "tito"]  # Tito has order = 1


def test_a_portrait_is_shown_from_the_derived_image(mini: Path) -> None:
    path = mini / "text" / "people.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'born = "1894-06-16"', 'portrait = "tank"\nborn = "1894-06-16"'
        ),
        encoding="utf-8",
    )
    p = presenter(mini, "en")
    page = p.person("tolbukhin")
    assert (
        page.portrait == "image://derived/tank/screen" and page.card.portrait == "image://derived/tank/thumb"
    )
    assert p.person("weichs").portrait == "" and p.person("weichs").card.portrait == ""
    chapter = p.chapter("first")
    assert [(link.id, link.thumb, link.colour) for link in chapter.people] == [
        ("tolbukhin", "image://derived/tank/thumb", "red"),
        ("weichs", "", "slate"),
    ]


def test_a_regional_form_writes_dates_as_that_region_does(mini: Path) -> None:
    path = mini / "exhibit.toml"
    text = path.read_text(encoding="utf-8").replace(
        'languages = ["en", "sr"]', 'languages = ["en", "sr"]\nregional = { en = "en-GB" }'
    )
    path.write_text(text, encoding="utf-8")
    d = presenter(mini, "en").person("tolbukhin")
    assert d.born == "16 June 1894"
    assert presenter(mini, "sr").person("tolbukhin").born == "16. јуна 1894."


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
