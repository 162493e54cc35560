"""The speech service the views will call: signals, interruption, the background path, the real sink."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.speech.cache import SpeechCache
from kiosk.speech.prepare import SpeechLibrary
from kiosk.speech.recorder import Recorder
from kiosk.speech.texts import SpeechItem
from kiosk.ui.speech import SpeechService
from tests.speech.fakes import FakeEngine, tone

QT_AUDIO_NOISE = r"pipewire|QtMultimedia backends|FFmpeg|symbolsresolver"


@pytest.fixture
def cache(tmp_path: Path) -> SpeechCache:
    cache = SpeechCache(tmp_path / "speech", FakeEngine())
    cache.prepare([SpeechItem("en", "Chapter one."), SpeechItem("sr", "Прво поглавље.")])
    yield cache
    cache.close()


def test_signals_say_what_was_spoken_and_what_was_interrupted(qtbot: QtBot, cache: SpeechCache) -> None:
    recorder = Recorder()
    service = SpeechService(SpeechLibrary(cache), recorder, default_volume=0.4)
    started: list[tuple[int, str, str]] = []
    finished: list[tuple[int, bool]] = []
    service.started.connect(lambda n, text, lang: started.append((n, text, lang)))
    service.finished.connect(lambda n, done: finished.append((n, done)))
    service.speak("Chapter one.", "en")
    service.speakItem("chapter/first", "Прво поглавље.", "sr")
    recorder.finish()
    assert started == [(1, "Chapter one.", "en"), (2, "Прво поглавље.", "sr")]
    assert finished == [(1, False), (2, True)]
    assert recorder.actions() == ["play", "stop", "play", "finished"]


def test_volume_property_and_reset(qtbot: QtBot, cache: SpeechCache) -> None:
    recorder = Recorder()
    service = SpeechService(SpeechLibrary(cache), recorder, default_volume=0.4)
    with qtbot.waitSignal(service.volumeChanged):
        service.louder()
    assert service.property("volume") == pytest.approx(0.5)
    service.setProperty("volume", 0.9)
    assert recorder.volume == pytest.approx(0.9)
    service.reset()
    assert service.property("volume") == pytest.approx(0.4) and recorder.volume == pytest.approx(0.4)


def test_unprepared_text_comes_back_to_the_gui_thread(qtbot: QtBot, cache: SpeechCache) -> None:
    recorder = Recorder()
    service = SpeechService(SpeechLibrary(cache), recorder)
    with qtbot.waitSignal(service.started, timeout=30_000) as blocker:
        service.speak("Nobody prepared this sentence.", "en")
        assert service.property("state") == "waiting"
    assert blocker.args[1] == "Nobody prepared this sentence."
    assert recorder.actions() == ["play"]


def _sound_server() -> bool:
    pactl = shutil.which("pactl")
    return (
        pactl is not None
        and subprocess.run([pactl, "info"], capture_output=True, check=False).returncode == 0
    )


@pytest.mark.skipif(not _sound_server(), reason="no PulseAudio/PipeWire server (tests need no sound card)")
@pytest.mark.qt_log_ignore(QT_AUDIO_NOISE)
def test_the_qt_sink_plays_to_the_end_and_stops_at_once(qtbot: QtBot) -> None:
    from kiosk.ui.audio_out import QtAudioOutput

    output = QtAudioOutput()
    ended: list[str] = []
    output.play(tone(0.3, rate=16000), lambda: ended.append("short"))
    assert output.first_buffer_at is not None  # the device took the first buffer inside play()
    qtbot.waitUntil(lambda: ended == ["short"], timeout=10_000)
    output.play(tone(5.0, rate=16000), lambda: ended.append("long"))
    output.stop()
    assert output.first_buffer_at is None and ended == ["short"]  # stopped: no end reported
