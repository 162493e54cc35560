"""An audio output that plays nothing and remembers everything: for tests and the speech proof.

Hand it to :class:`kiosk.speech.player.Speaker` (or the Qt speech service) instead of the sound card.
``events`` lists what the output was told, in order; ``finish()`` plays the current clip "to the
end", as the device would. Pure Python: no Qt, no sound card.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.speech.audio import Clip


@dataclass(frozen=True)
class Event:
    action: str  # "play", "stop", "pause", "resume", "volume", "finished"
    clip: Clip | None = None
    volume: float | None = None


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.playing: Clip | None = None
        self.paused = False
        self.volume = 1.0
        self._on_finished: Callable[[], None] | None = None

    # --- AudioOutput ---------------------------------------------------------------------
    def play(self, clip: Clip, on_finished: Callable[[], None]) -> None:
        if self.playing is not None:
            self.stop()
        self.events.append(Event("play", clip))
        self.playing, self.paused, self._on_finished = clip, False, on_finished

    def stop(self) -> None:
        self.events.append(Event("stop"))
        self.playing, self.paused, self._on_finished = None, False, None

    def pause(self) -> None:
        self.events.append(Event("pause"))
        self.paused = True

    def resume(self) -> None:
        self.events.append(Event("resume"))
        self.paused = False

    def set_volume(self, volume: float) -> None:
        self.events.append(Event("volume", volume=volume))
        self.volume = volume

    # --- for the test ----------------------------------------------------------------------
    def finish(self) -> None:
        """The current clip played to its end."""
        callback = self._on_finished
        self.events.append(Event("finished", self.playing))
        self.playing, self.paused, self._on_finished = None, False, None
        if callback is not None:
            callback()

    def actions(self) -> list[str]:
        return [event.action for event in self.events if event.action != "volume"]

    def clips(self) -> list[Clip]:
        return [event.clip for event in self.events if event.action == "play" and event.clip is not None]
