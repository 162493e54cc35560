"""A blind visit: speech mode driven by keypad and gestures alone, checked by what is heard.

The visitor never looks at the screen: every step is a key or a gesture, and every assertion is on
what the kiosk said (the speaker's output is a recorder), in order, and on every action silencing
the speech before it. Touches land where a finger would; what is under them is for the kiosk to say.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk.speech.recorder import Recorder
from kiosk.testing.driver import centre, close_kiosk, find_text, settle, start_kiosk
from tests.speech.fakes import FakeEngine
from tests.ui.speech_visitor import Heard, Visitor


@pytest.fixture
def visit(qapp: QGuiApplication, mini: Path, tmp_path: Path) -> Iterator[Visitor]:
    output = Recorder()
    kiosk = start_kiosk(mini, tmp_path / "cache", audio=output, speech_engine=FakeEngine())
    Visitor.wait_for_speech(kiosk, mini)
    yield Visitor(kiosk, output)
    close_kiosk(kiosk)


def texts(heard: list[Heard]) -> list[str]:
    return [h.text for h in heard]


def walk_whole_screen(visitor: Visitor) -> None:
    """Round the whole reading order with the keypad: every item once, in order, then the first."""
    order = visitor.kiosk.speech.live.order()  # what the screen says now (the map's day is set late)
    assert order, visitor.route
    start = visitor.kiosk.speech.mode.focus.index
    expected = [order[(start + i) % len(order)].text for i in range(1, len(order) + 1)]
    assert texts(visitor.walk(len(order))) == expected


def test_a_blind_visit_from_the_attract_screen_through_the_exhibit_and_home(visit: Visitor) -> None:
    kiosk, mode = visit.kiosk, visit.kiosk.speech.mode
    assert visit.route == "attract" and not mode.property("active")

    # The marked corner: a long press starts speech mode with its short help (the touch, as any
    # touch on the attract screen, has begun the visit)...
    assert texts(visit.hold_corner()) == [mode.phrase("enter")]
    assert mode.property("active") and visit.route == "home"
    # ...and when the help ends, where the visitor is: the first item of home. Then all of it.
    visit.output.finish()
    assert visit.last == Heard("Mini exhibit", "en", "prepared")
    walk_whole_screen(visit)

    # A touch says what is under the finger and opens nothing; a double tap opens it.
    story = centre(find_text(kiosk.window, "The story"))
    assert texts(visit.touch(story)) == ["The story, 3 chapters to read, link"]
    assert visit.route == "home"
    visit.double_tap(story)
    assert visit.route == "story"
    assert visit.last.text == "The story"

    # A swipe right moves on; the keypad opens the first chapter and reads it all.
    assert visit.swipe(200)[-1].text.startswith("Chapter 1, ")
    visit.press("5")
    assert visit.route == "chapter/first"
    assert visit.last.text == mode.focus.items[0].text
    walk_whole_screen(visit)

    # A photo from the chapter: its caption, credit and description of the picture are read.
    visit.until("link/photo/tank")
    visit.press("5")
    assert visit.route == "photo/tank"
    photo = {item.key: item for item in visit.order()}
    walk_whole_screen(visit)
    assert {"caption", "credit", "picture"} <= photo.keys()

    # A person in the photo; then the language key: the language's name in its own voice, and the
    # screen from then on in Serbian.
    visit.until("link/person/tolbukhin")
    visit.press("5")
    assert visit.route == "person/tolbukhin"
    english = [item.text for item in visit.order()]
    walk_whole_screen(visit)
    assert visit.press("/") == [Heard("Српски", "sr", "prepared")]
    visit.output.finish()
    assert visit.last.language == "sr" and visit.last.text == visit.order()[0].text
    assert [item.text for item in visit.order()] != english
    walk_whole_screen(visit)
    assert visit.press("/")[0].language == "en"
    visit.output.finish()

    # Home by its key; then the timeline, opened from home's list, read event by event.
    visit.press("7")
    assert visit.route == "home" and visit.last.text == "Mini exhibit"
    visit.until("link/timeline")
    visit.press("5")
    assert visit.route == "timeline"
    walk_whole_screen(visit)

    # The map from home: its date is a slider; up and down go to the next and previous day on which
    # something happened, and say what happened then.
    visit.press("7")
    visit.until("link/map")
    visit.press("5")
    assert visit.route == "map"
    settle(kiosk.window)
    walk_whole_screen(visit)
    visit.until("slider")
    days = [visit.last.text] + [visit.press("2")[-1].text for _ in range(2)]
    assert len(set(days)) == 3 and all(day.startswith("Date: ") for day in days)
    assert visit.press("8")[-1].text == days[1]  # one event day later again
    focused = visit.kiosk.speech.mode.focus.current
    assert focused is not None and focused.key == "slider"

    # Back, repeat, pause, help and the volume, all by keypad.
    visit.press("1")
    assert visit.route == "home"
    said = visit.last
    assert visit.press("9") == [said]
    visit.press("3")
    assert visit.output.paused
    assert visit.press("*")[0].text == mode.phrase("help")
    louder = visit.press("+")
    assert len(louder) == 1 and "70" in louder[0].text
    assert visit.output.volume == pytest.approx(0.7)

    # Nothing said during the visit was synthesised on the tap: all of it was prepared, but for the
    # map's line of land and water names, which depends on where the view found room for labels.
    made_now = [h for h in visit.heard if h.source != "prepared"]
    assert [h for h in made_now if not h.text.startswith("Also on the map: ")] == []
    assert visit.actions >= 60  # every one of them silenced the speech before it

    # The visit ends: speech mode off, silence, the volume back where the technician set it.
    kiosk.end_session()
    assert not mode.property("active") and visit.output.playing is None
    assert visit.output.volume == pytest.approx(0.6)
    assert visit.route == "attract"


def test_gestures_move_through_a_screen_and_two_fingers_pause(visit: Visitor) -> None:
    visit.hold_corner()
    visit.press("5")
    assert visit.route == "home"
    order = visit.order()
    assert texts(visit.swipe(200))[-1] == order[1].text  # the next item, whatever the finger touched
    assert texts(visit.swipe(-200))[-1] == order[0].text
    headings = [item for item in order if item.role.value == "heading"]
    assert texts(visit.swipe(0, 200))[-1] == (headings[1] if len(headings) > 1 else headings[0]).text
    visit.hold_corner()  # the corner again: speech mode off, said as it ends
    assert not visit.kiosk.speech.mode.property("active")
    assert visit.last.text == visit.kiosk.speech.mode.phrase("leave")


def test_any_speech_key_starts_speech_mode_on_the_attract_screen_and_5_begins(visit: Visitor) -> None:
    mode = visit.kiosk.speech.mode
    assert texts(visit.press("6")) == [mode.phrase("enter")]
    assert visit.route == "attract" and mode.property("active")
    visit.output.finish()  # the help ends: the exhibit's title, then in each language's own voice
    assert visit.last == Heard("Mini exhibit", "en", "prepared")
    assert [h.language for h in visit.press("6")] == ["sr"]
    walk_whole_screen(visit)
    visit.press("5")
    assert visit.route == "home" and visit.last.text == "Mini exhibit"
