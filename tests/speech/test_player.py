from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.speech.audio import write_wav
from kiosk.speech.cache import SpeechCache
from kiosk.speech.player import MIN_VOLUME, Speaker, State, Utterance
from kiosk.speech.prepare import SpeechLibrary
from kiosk.speech.recorder import Recorder
from kiosk.speech.texts import SpeechItem
from tests.speech.fakes import FakeEngine, tone


class Posted:
    """The player's thread: callables posted to it wait here until the test runs them."""

    def __init__(self) -> None:
        self.calls: list[Callable[[], None]] = []
        self.arrived = threading.Event()

    def __call__(self, fn: Callable[[], None]) -> None:
        self.calls.append(fn)
        self.arrived.set()

    def run_next(self) -> None:
        assert self.arrived.wait(30)
        self.calls.pop(0)()


class Heard:
    def __init__(self) -> None:
        self.log: list[tuple[str, str, bool | None]] = []

    def started(self, utterance: Utterance) -> None:
        self.log.append(("started", utterance.text, None))

    def finished(self, utterance: Utterance, completed: bool) -> None:
        self.log.append(("finished", utterance.text, completed))


@pytest.fixture
def cache(tmp_path: Path) -> SpeechCache:
    cache = SpeechCache(tmp_path / "cache", FakeEngine())
    cache.prepare(
        [SpeechItem("en", "Home."), SpeechItem("en", "A long chapter text."), SpeechItem("sr", "Почетак.")]
    )
    yield cache
    cache.close()


def make(cache: SpeechCache, post: Callable[[Callable[[], None]], None] | None = None, **narr: Path):
    recorder, heard = Recorder(), Heard()
    library = SpeechLibrary(cache, {("en", k.replace("_", "/")): v for k, v in narr.items()})
    speaker = Speaker(
        library, recorder, default_volume=0.5, listener=heard, **({"post": post} if post else {})
    )
    return speaker, recorder, heard


def test_prepared_speech_plays_at_once_and_finishes(cache: SpeechCache) -> None:
    speaker, recorder, heard = make(cache)
    utterance = speaker.speak("Home.", "en")
    assert utterance.source == "prepared" and speaker.state is State.SPEAKING
    assert recorder.actions() == ["play"]
    recorder.finish()
    assert heard.log == [("started", "Home.", None), ("finished", "Home.", True)]
    assert speaker.state is State.IDLE


def test_every_new_utterance_interrupts_the_one_before(cache: SpeechCache) -> None:
    speaker, recorder, heard = make(cache)
    speaker.speak("A long chapter text.", "en")
    speaker.speak("Почетак.", "sr")
    assert recorder.actions() == ["play", "stop", "play"]
    assert heard.log[1] == ("finished", "A long chapter text.", False)


def test_repeat_pause_resume_and_stop(cache: SpeechCache) -> None:
    speaker, recorder, _ = make(cache)
    assert speaker.repeat() is None
    speaker.speak("Home.", "en")
    speaker.pause()
    assert speaker.state is State.PAUSED
    speaker.resume()
    again = speaker.repeat()
    assert again is not None and again.text == "Home."
    speaker.stop()
    assert recorder.actions() == ["play", "pause", "resume", "stop", "play", "stop"]
    assert speaker.state is State.IDLE


def test_volume_steps_have_a_floor_and_reset_at_the_end_of_a_visit(cache: SpeechCache) -> None:
    speaker, recorder, _ = make(cache)
    assert recorder.volume == 0.5
    for _ in range(20):
        speaker.quieter()
    assert speaker.volume == MIN_VOLUME
    speaker.louder()
    speaker.speak("Home.", "en")
    speaker.reset()
    assert recorder.volume == 0.5 and speaker.volume == 0.5
    assert speaker.repeat() is None  # nothing of the last visitor is left to repeat


def test_a_narration_replaces_the_synthesised_text(cache: SpeechCache, tmp_path: Path) -> None:
    recording = tmp_path / "narration.wav"
    write_wav(recording, tone(1.5, rate=16000))
    speaker, recorder, _ = make(cache, photo_tank=recording)
    utterance = speaker.speak("A text nobody prepared.", "en", item="photo/tank")
    assert utterance.source == "narration"
    assert recorder.clips()[0].rate == 16000


def test_unprepared_text_is_made_in_the_background_and_played_on_the_players_thread(
    cache: SpeechCache,
) -> None:
    posted = Posted()
    speaker, recorder, heard = make(cache, post=posted)
    utterance = speaker.speak("Nobody prepared this.", "en")
    assert utterance.source == "made now" and speaker.state is State.WAITING
    assert posted.arrived.wait(30)
    assert recorder.actions() == []  # nothing plays until the player's thread runs it
    posted.run_next()
    assert recorder.actions() == ["play"] and heard.log == [("started", "Nobody prepared this.", None)]


def test_a_late_result_does_not_talk_over_what_the_visitor_chose_since(cache: SpeechCache) -> None:
    posted = Posted()
    speaker, recorder, _ = make(cache, post=posted)
    speaker.speak("Slow to make.", "en")
    speaker.speak("Home.", "en")
    posted.run_next()
    assert recorder.actions() == ["stop", "play"]  # "Home." only, never the late text


def test_a_language_without_voice_ends_quietly(cache: SpeechCache) -> None:
    speaker, recorder, heard = make(cache)
    speaker.speak("Guten Tag.", "de")
    assert recorder.actions() == []
    assert heard.log == [("finished", "Guten Tag.", False)]
