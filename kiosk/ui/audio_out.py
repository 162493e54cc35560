"""Speech to the sound device through Qt Multimedia's QAudioSink: raw PCM, no codec, no FFmpeg.

Implements :class:`kiosk.speech.player.AudioOutput`. Clips are 16-bit PCM already (the speech cache
made them), so the sink is fed from memory in pull mode: the first buffer goes to the device inside
``play()``, and ``stop()`` drops what the device still holds (``reset()``) before it stops. The
sink's buffer is kept short (``buffer_ms``) so speech starts soon after a touch; on Linux it plays
through PulseAudio or PipeWire's pulse server (libpulse), elsewhere through the system's API.

Only QtMultimedia's library is bundled (packaging/pyinstaller/trim.py): none of its FFmpeg media
backend, which QAudioSink does not need.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QIODevice, QObject
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from kiosk.speech.audio import Clip

DEFAULT_BUFFER_MS = 80


class _ClipSource(QIODevice):
    """A clip's bytes for the sink to pull; notes when the device first took some."""

    def __init__(self, pcm: bytes) -> None:
        super().__init__()
        self._data = pcm
        self._pos = 0
        self.first_read_at: float | None = None

    def readData(self, maxlen: int) -> bytes:
        if self.first_read_at is None:
            self.first_read_at = time.perf_counter()
        chunk = self._data[self._pos : self._pos + maxlen]
        self._pos += len(chunk)
        return chunk

    def writeData(self, data: bytes | QByteArray) -> int:  # type: ignore[override]
        return -1

    def bytesAvailable(self) -> int:
        return len(self._data) - self._pos + super().bytesAvailable()

    def isSequential(self) -> bool:
        return True

    def atEnd(self) -> bool:
        return self._pos >= len(self._data)


class QtAudioOutput(QObject):
    """One clip at a time on ``device`` (the system default when None)."""

    def __init__(
        self,
        device: QAudioDevice | None = None,
        *,
        buffer_ms: int = DEFAULT_BUFFER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._device = device
        self._buffer_ms = buffer_ms
        self._volume = 1.0
        self._sink: QAudioSink | None = None
        self._source: _ClipSource | None = None
        self._on_finished: Callable[[], None] | None = None
        # Stopped sinks wait here until the next play() or stop(): one may be stopped from inside
        # its own stateChanged (a finished utterance starts the next), so it is not deleted there.
        # They have no Qt parent: deleteLater() on a child whose parent went first crashed PySide.
        self._retired: list[tuple[QAudioSink, _ClipSource]] = []

    @property
    def device(self) -> QAudioDevice:
        return self._device if self._device is not None else QMediaDevices.defaultAudioOutput()

    @property
    def first_buffer_at(self) -> float | None:
        """perf_counter() when the device took the current clip's first bytes (for the benchmark)."""
        return self._source.first_read_at if self._source is not None else None

    def play(self, clip: Clip, on_finished: Callable[[], None]) -> None:
        self._retired.clear()
        self.stop()
        fmt = QAudioFormat()
        fmt.setSampleRate(clip.rate)
        fmt.setChannelCount(clip.channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(self.device, fmt)
        bytes_per_second = clip.rate * clip.channels * 2
        sink.setBufferSize(max(2048, bytes_per_second * self._buffer_ms // 1000))
        sink.setVolume(_linear(self._volume))
        source = _ClipSource(clip.pcm)
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink, self._source, self._on_finished = sink, source, on_finished
        # No argument taken: PySide 6.11 cannot convert the signal's QAudio::State (renamed QtAudio).
        sink.stateChanged.connect(lambda: self._state_changed(sink))
        sink.start(source)

    def stop(self) -> None:
        sink, source = self._sink, self._source
        self._sink = self._source = None
        self._on_finished = None
        if sink is not None and source is not None:
            sink.blockSignals(True)  # its last state changes are not news any more
            sink.reset()  # drop what the device still holds: silence now, not after the buffer
            sink.stop()
            source.close()
            self._retired.append((sink, source))

    def close(self) -> None:
        """Stop and release every sink (at shutdown)."""
        self.stop()
        self._retired.clear()

    def pause(self) -> None:
        if self._sink is not None:
            self._sink.suspend()

    def resume(self) -> None:
        if self._sink is not None:
            self._sink.resume()

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._sink is not None:
            self._sink.setVolume(_linear(volume))

    def _state_changed(self, sink: QAudioSink) -> None:
        if sink is not self._sink:
            return
        state = sink.state()
        drained = state == QtAudio.State.IdleState and self._source is not None and self._source.atEnd()
        failed = state == QtAudio.State.StoppedState and sink.error() != QtAudio.Error.NoError
        if drained or failed:
            callback = self._on_finished
            self._on_finished = None
            if callback is not None:
                callback()


def _linear(volume: float) -> float:
    """The visitor's volume steps are perceptual; the sink's scale is linear amplitude."""
    return float(
        QtAudio.convertVolume(
            volume, QtAudio.VolumeScale.LogarithmicVolumeScale, QtAudio.VolumeScale.LinearVolumeScale
        )
    )
