"""Speaking, as a visitor's actions ask for it: one utterance at a time, interrupted by any action.

Pure Python: no Qt. The sound goes to an :class:`AudioOutput` handed in: the Qt bridge gives a
QAudioSink (kiosk/ui/audio_out.py), tests give a :class:`Recorder`. Rules (EN 301 549 5.1.3):

- ``speak()`` stops whatever is playing first, so every action interrupts the speech before it;
- prepared speech is read from the cache and handed to the output at once; a text nobody prepared
  is made in the background and plays when ready, unless something else was asked for meanwhile;
- ``repeat()`` says the last utterance again; ``pause()``/``resume()`` hold and continue it;
- the volume starts every visit at the technician's default, and ``reset()`` (end of a visit)
  stops speech and restores it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Final, Protocol

from kiosk.speech.audio import AudioError, Clip, read_wav
from kiosk.speech.prepare import SpeechLibrary

VOLUME_STEP: Final = 0.1
MIN_VOLUME: Final = 0.05  # never fully silent by the visitor's own hand: they could not find it again

_log = logging.getLogger(__name__)

Post = Callable[[Callable[[], None]], None]  # run a callable on the player's (GUI) thread


class AudioOutput(Protocol):
    def play(self, clip: Clip, on_finished: Callable[[], None]) -> None:
        """Start playing now (stopping anything else); ``on_finished`` when it played to the end."""

    def stop(self) -> None:
        """Silence within 50 ms; ``on_finished`` of the stopped clip is not called."""

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def set_volume(self, volume: float) -> None:
        """0..1, perceptual (the output maps it to its own scale)."""


class State(StrEnum):
    IDLE = "idle"
    WAITING = "waiting"  # being synthesised: the text was not prepared
    SPEAKING = "speaking"
    PAUSED = "paused"


@dataclass
class Utterance:
    number: int
    text: str
    language: str
    item: str | None = None
    source: str = ""  # "narration", "prepared" or "made now"
    asked_at: float = field(default_factory=time.perf_counter)
    started_at: float | None = None  # when the clip was handed to the output


def call_now(fn: Callable[[], None]) -> None:
    fn()


class Listener(Protocol):
    def started(self, utterance: Utterance) -> None: ...

    def finished(self, utterance: Utterance, completed: bool) -> None:
        """``completed``: played to the end; False: stopped, replaced, or it could not be made."""


class Speaker:
    def __init__(
        self,
        library: SpeechLibrary,
        output: AudioOutput,
        *,
        default_volume: float = 0.6,
        post: Post = call_now,
        listener: Listener | None = None,
    ) -> None:
        self.library = library
        self._output = output
        self._post = post
        self._listener = listener
        self.default_volume = _clamp(default_volume)
        self._volume = self.default_volume
        self._state = State.IDLE
        self._current: Utterance | None = None
        self._last: tuple[str, str, str | None] | None = None
        self._count = 0
        output.set_volume(self._volume)

    @property
    def state(self) -> State:
        return self._state

    @property
    def current(self) -> Utterance | None:
        return self._current

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = max(MIN_VOLUME, _clamp(volume))
        self._output.set_volume(self._volume)

    def louder(self) -> float:
        self.set_volume(self._volume + VOLUME_STEP)
        return self._volume

    def quieter(self) -> float:
        self.set_volume(self._volume - VOLUME_STEP)
        return self._volume

    def speak(self, text: str, language: str, item: str | None = None) -> Utterance:
        """Say ``text`` in ``language`` (the item's narration instead, if the curator recorded one)."""
        self.stop()
        self._count += 1
        utterance = Utterance(self._count, text, language, item)
        self._current = utterance
        self._last = (text, language, item)
        narration = self.library.narration(item, language)
        prepared = narration or self.library.cache.path(language, text)
        if prepared is not None:
            utterance.source = "narration" if narration is not None else "prepared"
            self._play_file(utterance, prepared)
            return utterance
        utterance.source = "made now"
        self._state = State.WAITING
        try:
            future = self.library.cache.submit(language, text)
        except RuntimeError as exc:  # the cache is closed: the kiosk is stopping
            _log.info("speech not made: %s", exc)
            self._end(utterance, completed=False)
            return utterance
        future.add_done_callback(lambda f: self._post(lambda: self._made(utterance, f)))
        return utterance

    def repeat(self) -> Utterance | None:
        """Say the last utterance again from its start (None when nothing was said yet)."""
        if self._last is None:
            return None
        text, language, item = self._last
        return self.speak(text, language, item)

    def stop(self) -> None:
        current = self._current
        if current is None:
            return
        self._output.stop()
        self._end(current, completed=False)

    def pause(self) -> None:
        if self._state is State.SPEAKING:
            self._output.pause()
            self._state = State.PAUSED

    def resume(self) -> None:
        if self._state is State.PAUSED:
            self._output.resume()
            self._state = State.SPEAKING

    def toggle_pause(self) -> None:
        if self._state is State.PAUSED:
            self.resume()
        else:
            self.pause()

    def reset(self) -> None:
        """The visit ended: silence, the default volume, nothing left to repeat."""
        self.stop()
        self._last = None
        self.set_volume(self.default_volume)

    # --- internals -------------------------------------------------------------------------
    def _made(self, utterance: Utterance, future: Future[Path]) -> None:
        if self._current is not utterance:
            return  # the visitor moved on while it was being made
        try:
            path = future.result()
        except Exception as exc:  # a missing program, a timeout: the visitor hears nothing
            _log.warning("could not speak %r in %s: %s", utterance.text[:60], utterance.language, exc)
            self._end(utterance, completed=False)
            return
        self._play_file(utterance, path)

    def _play_file(self, utterance: Utterance, path: Path) -> None:
        try:
            clip = read_wav(path)
        except AudioError as exc:
            _log.warning("could not read %s: %s", path, exc)
            self._end(utterance, completed=False)
            return
        self._state = State.SPEAKING
        utterance.started_at = time.perf_counter()
        if self._listener is not None:
            self._listener.started(utterance)
        self._output.play(clip, lambda: self._played(utterance))

    def _played(self, utterance: Utterance) -> None:
        if self._current is utterance:
            self._end(utterance, completed=True)

    def _end(self, utterance: Utterance, *, completed: bool) -> None:
        self._current = None
        self._state = State.IDLE
        if self._listener is not None:
            self._listener.finished(utterance, completed)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
