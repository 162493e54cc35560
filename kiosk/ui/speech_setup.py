"""Speech mode put together: the speech cache, the voice, the sound output, the service and the
mode; what prepares speech off the GUI thread; and the headphone jack.

Made by the composition root (kiosk/ui/bootstrap.py). Nothing here synthesises on the GUI thread:
preparation runs in the staging thread (``preparer()``, for new content) or in a thread of its own
(``prepare_in_background()``, at start and after a rollback), and the jack is read by a thread too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtQuick import QQuickWindow

from kiosk.content.languages import INTERFACE_LANGUAGES, endonym
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem
from kiosk.map.geojson import Geography
from kiosk.map.scenes import load_scenes
from kiosk.screens.present import Presenter
from kiosk.speech.cache import SpeechCache
from kiosk.speech.devices import JackWatch, apply_route, headphones_plugged, plan_route, read_sinks
from kiosk.speech.engine import Engine, Engines
from kiosk.speech.player import MIN_VOLUME, VOLUME_STEP, AudioOutput
from kiosk.speech.prepare import PrepareSpeech, SpeechLibrary, SpeechReport, speech_preparer
from kiosk.speech.reading import fill
from kiosk.speech.reading_order import everything_said
from kiosk.speech.settings import SpeechSettings
from kiosk.ui.context import AppContext
from kiosk.ui.speech import SpeechService
from kiosk.ui.speech_input import SpeechInput
from kiosk.ui.speech_live import LiveReader
from kiosk.ui.speech_mode import SpeechMode
from kiosk.ui.speech_words import CONTEXT, PHRASES, SpeechWords

log = logging.getLogger(__name__)

JACK_POLL_S = 2.0
# How long closing waits for the preparing thread to notice the closed cache and end: it reads the
# interface's words through Qt's translators, which must not go while it does (a thread left
# running crashed a stopping kiosk).
STOP_WAIT_S = 10.0


def volumes(default: float) -> list[int]:
    """Every volume, in percent, the louder and quieter keys can reach from ``default``."""
    steps = {round(default * 100)}
    for direction in (1, -1):
        level = default
        for _ in range(int(1 / VOLUME_STEP) + 1):
            level = min(1.0, max(MIN_VOLUME, level + direction * VOLUME_STEP))
            steps.add(round(level * 100))
    return sorted(steps)


def interface_said(exhibit: Exhibit, words: SpeechWords, default_volume: float) -> list[tuple[str, str]]:
    """Speech mode's own phrases: on, off and help in every shipped language, the volume in the
    exhibit's languages, and each of them named in itself (said when the visitor switches to it)."""
    pairs = [
        (lang, words(lang, CONTEXT, PHRASES[key]))
        for lang in dict.fromkeys([*exhibit.languages, *INTERFACE_LANGUAGES])
        for key in ("enter", "help", "leave")
    ]
    for lang in exhibit.languages:
        template = words(lang, CONTEXT, PHRASES["volume"])
        pairs += [(lang, fill(template, percent)) for percent in volumes(default_volume)]
        pairs.append((lang, endonym(lang, exhibit.languages)))
    return pairs


def all_said(
    exhibit: Exhibit, folder: Path, *, idle_seconds: int, default_volume: float
) -> list[tuple[str, str]]:
    """Everything speech mode can say about this exhibit, as (language, text) pairs."""
    words = SpeechWords(folder)

    def presenter(ex: Exhibit, language: str) -> Presenter:
        return Presenter(ex, language, lambda _photo, _variant: "", lambda key: words(language, "Words", key))

    said = everything_said(
        exhibit, words, presenter, idle_seconds=idle_seconds, scenes=map_scenes(exhibit, folder)
    )
    return said + interface_said(exhibit, words, default_volume)


def map_scenes(exhibit: Exhibit, folder: Path) -> Callable[[Presenter], list[tuple[str, str]]]:
    """The map's scene buttons as the map view names them (MapComposer.scene_choices). The
    geography only narrows the default scenes' boxes, not their names, so none is read here."""
    scenes, _problems = load_scenes(folder, exhibit, Geography())
    return lambda p: [(s.id, p.t(s.title)) for s in scenes]


class _Relay(QObject):
    """Brings news from worker threads to the GUI thread (queued signals)."""

    plugged = Signal(bool)
    prepared = Signal(object, object)  # folder, SpeechReport


@dataclass
class Speech:
    settings: SpeechSettings
    cache: SpeechCache
    service: SpeechService
    words: SpeechWords
    live: LiveReader
    mode: SpeechMode
    output: AudioOutput
    idle_seconds: int = 20
    reports: dict[Path, SpeechReport] = field(default_factory=dict)
    relay: _Relay = field(default_factory=_Relay)
    input: SpeechInput | None = None  # the keypad and touch filter, once the window exists
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.relay.prepared.connect(self._prepared)
        self.relay.plugged.connect(self._plugged)
        self.live.context.contentChanged.connect(self._content_changed)

    def attach(self, window: QQuickWindow) -> SpeechInput:
        """The views have loaded: speech mode finds its items in ``window`` and takes its input."""
        self.mode.attach(window)
        self.input = SpeechInput(self.mode, window)
        return self.input

    # --- preparing ----------------------------------------------------------------------------
    def said(self, exhibit: Exhibit, folder: Path) -> list[tuple[str, str]]:
        return all_said(exhibit, folder, idle_seconds=self.idle_seconds, default_volume=self.settings.volume)

    def preparer(self) -> PrepareSpeech:
        """For staging: prepares a staged copy's speech in the staging thread, remembers its
        narrations for when the copy is shown."""

        def prepare(exhibit: Exhibit, folder: Path) -> list[Problem]:
            report_for: list[SpeechReport] = []
            problems = speech_preparer(self.cache, report_for.append, self.said)(exhibit, folder)
            if report_for:
                self.reports[folder] = report_for[0]
            return problems

        return prepare

    def prepare_in_background(self, exhibit: Exhibit, folder: Path) -> threading.Thread:
        """The content showing: speech for every screen, prepared in a thread of its own."""

        def work() -> None:
            try:
                self.live.warm(exhibit)  # before the speech: a visitor may start speech mode now
                prepared: list[SpeechReport] = []
                problems = speech_preparer(self.cache, prepared.append, self.said)(exhibit, folder)
                for problem in problems:
                    log.warning("speech: %s", problem)
                if prepared:
                    log.info("%s", prepared[0].synthesis.summary())
                    self.relay.prepared.emit(folder, prepared[0])
            except RuntimeError as exc:  # the cache closed: the kiosk is stopping
                log.info("speech preparation stopped: %s", exc)
            except Exception:
                log.exception("speech could not be prepared")

        thread = threading.Thread(target=work, name="prepare-speech", daemon=True)
        self._threads.append(thread)
        thread.start()
        return thread

    def _prepared(self, folder: Path, report: SpeechReport) -> None:
        self.reports[folder] = report
        if folder == self.live.context.content_dir:
            self._use(report)

    def _use(self, report: SpeechReport) -> None:
        self.service.set_library(report.library(self.cache))
        self.live.narrated = set(report.narrations)

    def _content_changed(self) -> None:
        folder = self.live.context.content_dir
        self.live.words = SpeechWords(folder)  # the new folder's own wording, if it has any
        report = self.reports.get(folder)
        if report is not None:
            self._use(report)
        else:  # a rollback, or a folder nobody prepared: speak what is there, prepare the rest
            self.service.set_library(SpeechLibrary(self.cache))
            self.live.narrated = set()
            self.prepare_in_background(self.live.context.exhibit, folder)

    # --- where the sound goes ---------------------------------------------------------------------
    def watch_jack(self, poll_s: float = JACK_POLL_S) -> None:
        """Headphones plugged in turn speech mode on, where the system reports the jack (docs/install.md)."""

        def work() -> None:
            watch = JackWatch()
            first = True
            while not self._stop.wait(0 if first else poll_s):
                sinks = read_sinks()
                plugged = headphones_plugged(sinks)
                if watch.changed(plugged):
                    route = plan_route(self.settings, sinks)
                    for failure in apply_route(route):
                        log.warning("speech: could not route the sound: %s", failure)
                    log.info("speech: %s (%s)", route.reason, "headphones in" if plugged else "no headphones")
                    if not first and plugged is not None:
                        self.relay.plugged.emit(plugged)
                first = False

        thread = threading.Thread(target=work, name="headphone-jack", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _plugged(self, plugged: bool) -> None:
        if plugged:
            self.mode.enter()
        elif not self.settings.speakers:
            self.mode.leave()  # nobody can hear it any more

    def close(self) -> None:
        self._stop.set()
        self.mode.detach()
        self.service.stop()
        self.cache.close()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(STOP_WAIT_S)
        close = getattr(self.output, "close", None)
        if callable(close):
            close()


def make_speech(
    context: AppContext,
    live: LiveReader,
    *,
    settings: SpeechSettings,
    cache_dir: Path,
    output: AudioOutput,
    engine: Engine | None = None,
    idle_seconds: int = 20,
) -> Speech:
    cache = SpeechCache(cache_dir, engine or Engines(settings), workers=settings.workers)
    service = SpeechService(SpeechLibrary(cache), output, default_volume=settings.volume)
    mode = SpeechMode(service, live)
    return Speech(settings, cache, service, live.words, live, mode, output, idle_seconds)
