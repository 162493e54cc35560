"""The speech service the views and the keypad call: a QObject around kiosk.speech's Speaker.

Dependencies are handed in (no globals): the :class:`SpeechLibrary` of the content shown, and the
audio output: :class:`kiosk.ui.audio_out.QtAudioOutput` in the kiosk, a
:class:`kiosk.speech.recorder.Recorder` in tests. Text that was not prepared is made on the speech
cache's worker threads; the result comes back to this object's thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from kiosk.speech.player import AudioOutput, Speaker, Utterance
from kiosk.speech.prepare import SpeechLibrary


class SpeechService(QObject):
    started = Signal(int, str, str)  # utterance number, text, language
    finished = Signal(int, bool)  # utterance number, played to the end (False: interrupted or failed)
    stateChanged = Signal()
    volumeChanged = Signal()
    _posted = Signal(object)

    def __init__(
        self,
        library: SpeechLibrary,
        output: AudioOutput,
        *,
        default_volume: float = 0.6,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._posted.connect(self._run_posted, Qt.ConnectionType.QueuedConnection)
        self.output = output
        self.speaker = Speaker(
            library, output, default_volume=default_volume, post=self._posted.emit, listener=_Relay(self)
        )

    # --- what the views and the keypad call ---------------------------------------------------
    @Slot(str, str)
    def speak(self, text: str, language: str) -> None:
        self.speaker.speak(text, language)
        self.stateChanged.emit()

    @Slot(str, str, str)
    def speakItem(self, item: str, text: str, language: str) -> None:
        """Say an item's main text; the curator's narration of ``item`` (a route) if there is one."""
        self.speaker.speak(text, language, item or None)
        self.stateChanged.emit()

    @Slot()
    def stop(self) -> None:
        self.speaker.stop()

    @Slot()
    def pause(self) -> None:
        self.speaker.pause()
        self.stateChanged.emit()

    @Slot()
    def resume(self) -> None:
        self.speaker.resume()
        self.stateChanged.emit()

    @Slot()
    def togglePause(self) -> None:
        self.speaker.toggle_pause()
        self.stateChanged.emit()

    @Slot()
    def repeat(self) -> None:
        self.speaker.repeat()

    @Slot()
    def louder(self) -> None:
        self.speaker.louder()
        self.volumeChanged.emit()

    @Slot()
    def quieter(self) -> None:
        self.speaker.quieter()
        self.volumeChanged.emit()

    @Slot()
    def reset(self) -> None:
        """The visit ended: silence and the default volume."""
        self.speaker.reset()
        self.volumeChanged.emit()
        self.stateChanged.emit()

    def set_library(self, library: SpeechLibrary) -> None:
        """New content was promoted: speak from its files from now on."""
        self.speaker.stop()
        self.speaker.library = library

    def _get_volume(self) -> float:
        return self.speaker.volume

    def _set_volume(self, volume: float) -> None:
        if abs(volume - self.speaker.volume) > 1e-9:
            self.speaker.set_volume(volume)
            self.volumeChanged.emit()

    volume = Property(float, _get_volume, _set_volume, notify=volumeChanged)

    def _get_state(self) -> str:
        return self.speaker.state.value

    state = Property(str, _get_state, notify=stateChanged)

    @Slot(object)
    def _run_posted(self, fn: Callable[[], None]) -> None:
        fn()


class _Relay:
    """The Speaker's listener: its news as the service's signals."""

    def __init__(self, service: SpeechService) -> None:
        self._service = service

    def started(self, utterance: Utterance) -> None:
        self._service.started.emit(utterance.number, utterance.text, utterance.language)
        self._service.stateChanged.emit()

    def finished(self, utterance: Utterance, completed: bool) -> None:
        self._service.finished.emit(utterance.number, completed)
        self._service.stateChanged.emit()
