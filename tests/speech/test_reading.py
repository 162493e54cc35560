"""Reading orders, built from the typed screen data without Qt: complete, normalised, never a dead end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.screens.present import Presenter
from kiosk.screens.routes import Route
from kiosk.screens.table import ATTRACT, leads_somewhere, proof_routes
from kiosk.speech.reading import Do, MapState, Role, Shell, fill, plain
from kiosk.speech.reading_order import ScreenReader, everything_said
from kiosk.speech.texts import exhibit_texts, speech_text

CATALOGUE = Path(resources.__file__).parent / "ui" / "i18n" / "catalogue.json"


class Recording:
    """Words that answer with the source text (English plural forms aside) and note every ask."""

    def __init__(self) -> None:
        self.asked: set[tuple[str, str]] = set()

    def __call__(self, language: str, context: str, source: str, n: int = -1) -> str:
        self.asked.add((context, source))
        return source.replace("(s)", "s" if n != 1 else "")


def presenter(exhibit: Exhibit, language: str) -> Presenter:
    return Presenter(exhibit, language, lambda photo, variant: f"image://{photo}/{variant}", lambda key: key)


def reader(exhibit: Exhibit, language: str = "en", words: Recording | None = None) -> ScreenReader:
    return ScreenReader(presenter(exhibit, language), words or Recording())


@pytest.fixture(scope="module")
def bundled() -> Exhibit:
    exhibit = load(resources.bundled_exhibit()).exhibit
    assert exhibit is not None
    return exhibit


@pytest.fixture
def mini_exhibit(mini: Path) -> Exhibit:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    return exhibit


def test_every_route_of_the_bundled_exhibit_has_a_whole_reading_order(bundled: Exhibit) -> None:
    for language in bundled.languages:
        r = reader(bundled, language)
        for route in proof_routes(bundled):
            order = r.order(route)
            keys = [item.key for item in order]
            assert len(keys) == len(set(keys)), route
            own = [item for item in order if not item.key.startswith("nav/")]
            assert own, f"{route} ({language}) says nothing of its own"
            for item in order:
                assert item.text and item.text == speech_text(item.text), (route, item)
                assert item.language in bundled.languages, (route, item)
                if item.action is not None and item.action.do in (Do.GO, Do.REPLACE):
                    assert leads_somewhere(Route.parse(item.action.arg), bundled), (route, item)
            if route != ATTRACT:
                assert {"nav/home", "nav/access"} <= set(keys), route


def test_what_the_screens_say_of_the_exhibit_is_what_preparation_made(bundled: Exhibit) -> None:
    """Chapter and biography text is read block by block in exactly the form the cache holds."""
    prepared = {(item.language, item.text) for item in exhibit_texts(bundled)}
    r = reader(bundled, "sr")
    for route in [Route("chapter", c.id) for c in bundled.chapters] + [
        Route("person", p.id) for p in bundled.people
    ]:
        blocks = [item for item in r.order(route) if item.key.startswith("block/")]
        assert blocks, route
        for item in blocks:
            assert (item.language, item.text) in prepared, (route, item.text[:60])


def test_links_say_what_they_are_and_where_they_lead(mini_exhibit: Exhibit) -> None:
    order = reader(mini_exhibit).order(Route("chapter", "first"))
    by_key = {item.key: item for item in order}
    person = by_key["link/person/tolbukhin"]
    assert person.role is Role.LINK and person.text == "Fyodor Tolbukhin, link"
    assert person.action is not None and str(person.action) == "go:person/tolbukhin"
    assert [item.key for item in order][:2] == ["title", "sequence"]
    assert by_key["pager/next"].text == "Next: The second chapter, button"
    assert by_key["pager/next"].action is not None and by_key["pager/next"].action.do is Do.REPLACE
    assert (
        "pager/previous" not in by_key
    )  # the first chapter has none: a button that does nothing is not read
    assert by_key["nav/language/en"].text == "English, selected, button"
    assert by_key["nav/language/sr"].language == "sr" and by_key["nav/language/sr"].text == "Српски, button"


def test_a_text_shown_in_the_default_language_is_read_by_its_own_voice(mini_exhibit: Exhibit) -> None:
    order = reader(mini_exhibit, "sr").order(Route("chapter", "third"))
    title = next(item for item in order if item.key == "title")
    assert (title.text, title.language) == ("The third chapter", "en")
    assert next(item for item in order if item.key == "fallback").language == "sr"


def test_a_photo_is_read_with_its_alt_text_caption_and_credit(mini_exhibit: Exhibit) -> None:
    order = reader(mini_exhibit).order(Route("photo", "tank"))
    keys = [item.key for item in order]
    assert keys[:3] == ["title", "when", "placeholder"]
    assert {"caption", "credit", "counter", "photo/next"} <= set(keys)
    assert next(item for item in order if item.key == "counter").text == "1 of 2"


def test_a_recorded_narration_replaces_the_text_it_reads(mini_exhibit: Exhibit) -> None:
    r = ScreenReader(
        presenter(mini_exhibit, "en"), Recording(), narrated=lambda item: item == "chapter/first"
    )
    order = r.order(Route("chapter", "first"))
    blocks = [item for item in order if item.key.startswith("block/")]
    assert len(blocks) == 1 and blocks[0].narration == "chapter/first"
    plain_order = reader(mini_exhibit).order(Route("chapter", "first"))
    texts = [item.text for item in plain_order if item.key.startswith("block/")]
    assert len(texts) > 1 and blocks[0].text == speech_text(" ".join(texts))


def test_the_timeline_is_read_phase_by_phase(mini_exhibit: Exhibit) -> None:
    order = reader(mini_exhibit).order(Route("timeline"))
    keys = [item.key for item in order]
    assert keys[0] == "title" and order[0].text.startswith("Timeline, ")
    phases = [k for k in keys if k.startswith("phase/")]
    assert phases == ["phase/approach", "phase/assault"]
    # each phase's events follow it, in order; the loosely dated ones come after, under their heading
    assert keys.index("link/event/pancevo") > keys.index("phase/approach")
    assert keys.index("link/event/assault") > keys.index("phase/assault")
    assert keys.index("link/event/siege") > keys.index("loose") > keys.index("link/event/belgrade-falls")
    assert keys.index("earlier") < keys.index("link/event/bombing") < keys.index("phase/approach")


def test_the_map_says_what_happened_where_on_its_day(mini_exhibit: Exhibit) -> None:
    r = reader(mini_exhibit)
    order = r.order(Route("map"), map_state=MapState(day=dt.date(1944, 10, 14)))
    keys = [item.key for item in order]
    assert order[0].key == "date" and order[0].text == "October 14, 1944"
    assert order[1].role is Role.SLIDER and order[1].action is not None and order[1].action.do is Do.ADJUST
    assert keys.index("on-this-day") < keys.index("link/event/assault")
    assault = next(item for item in order if item.key == "link/event/assault")
    assert assault.text == "The assault begins, October 14, 1944, Belgrade, link"
    assert "around" in keys and "link/event/siege" in keys  # known only to the month
    assert "map/place/belgrade" in keys
    quiet = r.order(Route("map"), map_state=MapState(day=dt.date(1944, 10, 2)))
    assert next(item for item in quiet if item.key == "on-this-day").text == "No event is dated to this day."
    chosen = r.order(Route("map"), map_state=MapState(selected="belgrade"))
    assert {"place/name", "place/more", "place/close"} <= {item.key for item in chosen}


def test_overlays_are_read_instead_of_the_screen(mini_exhibit: Exhibit) -> None:
    r = reader(mini_exhibit)
    idle = r.order(Route("home"), Shell(idle_seconds=20))
    assert [item.key for item in idle] == ["idle/title", "idle/countdown", "idle/more"]
    assert idle[1].text == "The exhibit starts again for the next visitor in 20 seconds."
    assert all(item.action is not None and item.action.do is Do.MORE_TIME for item in idle)
    panel = r.order(Route("home"), Shell(panel_open=True, text_step=2, high_contrast=True))
    texts = {item.key: item.text for item in panel}
    assert texts["panel/step/2"] == "Text size 3 of 4, selected, button"
    assert texts["panel/contrast"] == "High contrast, selected, button"
    assert texts["panel/reach"] == "Bring everything lower, button"


def test_the_attract_screen_begins_in_every_language(mini_exhibit: Exhibit) -> None:
    order = reader(mini_exhibit).order(ATTRACT)
    assert [(item.key, item.language) for item in order][:2] == [("title/en", "en"), ("title/sr", "sr")]
    assert all(item.action is not None and item.action.do is Do.BEGIN for item in order)


def test_every_interface_word_read_is_in_the_translation_catalogue(
    bundled: Exhibit, mini_exhibit: Exhibit
) -> None:
    """The reading orders ask for the QML's own strings: a string renamed in a view fails here."""
    words = Recording()
    for exhibit in (bundled, mini_exhibit):
        everything_said(exhibit, words, presenter)
    catalogue = {
        (m["context"], m["source"]) for m in json.loads(CATALOGUE.read_text(encoding="utf-8"))["messages"]
    }
    asked = {pair for pair in words.asked if pair[0] != "Words"}
    assert asked - catalogue == set()


def test_everything_said_covers_every_screen_in_every_language(mini_exhibit: Exhibit) -> None:
    said = set(everything_said(mini_exhibit, Recording(), presenter))
    for language in mini_exhibit.languages:
        r = reader(mini_exhibit, language)
        for route in proof_routes(mini_exhibit):
            for item in r.order(route):
                assert (item.language, item.text) in said, (route, item.text)


def test_fill_and_plain() -> None:
    assert fill("%2 of %1", "a", "b") == "b of a"
    assert fill("Next: %1", "50% off %2") == "Next: 50% off %2"
    assert plain("<b>Bold</b> &amp; <i>it&#x27;s</i>") == "Bold & it's"
