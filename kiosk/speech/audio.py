"""Sound as the kiosk keeps it: 16-bit PCM WAV, and the figures that say whether it is speech.

Pure Python (stdlib ``wave`` and ``array``): no Qt, no numpy. Every clip the player gets is
16-bit little-endian PCM, mono or stereo, at the rate it was made; Qt's QAudioSink plays that
without a codec, so the bundle needs no FFmpeg.
"""

from __future__ import annotations

import io
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kiosk.atomic import atomic_write

SILENCE_DBFS: Final = -120.0
_BLOCK_S: Final = 0.4  # BS.1770 gating block
_ABSOLUTE_GATE: Final = -70.0
_RELATIVE_GATE: Final = -10.0


class AudioError(Exception):
    """A sound file that cannot be read as the kiosk needs it; the message is for a curator."""


@dataclass(frozen=True)
class Clip:
    """Signed 16-bit little-endian PCM, interleaved."""

    pcm: bytes
    rate: int
    channels: int = 1

    @property
    def frames(self) -> int:
        return len(self.pcm) // (2 * self.channels)

    @property
    def duration(self) -> float:
        return self.frames / self.rate if self.rate else 0.0

    def samples(self) -> array[int]:
        values = array("h")
        values.frombytes(self.pcm[: len(self.pcm) // 2 * 2])
        if sys.byteorder == "big":
            values.byteswap()
        return values


@dataclass(frozen=True)
class Levels:
    """How loud a clip is. ``loudness`` is BS.1770-style gated loudness without the K-weighting
    filter: within about 1-2 dB of LUFS for speech, which is enough to warn about a recording far
    quieter or louder than the rest."""

    duration: float
    rms_dbfs: float
    peak_dbfs: float
    loudness: float  # "LUFS-ish", see above
    clipped: float  # share of samples at full scale


def to_dbfs(value: float) -> float:
    return 20 * math.log10(value) if value > 0 else SILENCE_DBFS


def levels(clip: Clip) -> Levels:
    samples = clip.samples()
    n = len(samples)
    if n == 0:
        return Levels(0.0, SILENCE_DBFS, SILENCE_DBFS, SILENCE_DBFS, 0.0)
    full = 32768.0
    peak = max(max(samples), -min(samples))
    total = math.fsum(float(s) * s for s in samples)
    rms = math.sqrt(total / n) / full
    block = max(1, int(_BLOCK_S * clip.rate) * clip.channels)
    powers = []
    for start in range(0, n - block + 1, block // 4 or 1):  # 75 % overlap, as BS.1770
        chunk = samples[start : start + block]
        powers.append(math.fsum(float(s) * s for s in chunk) / len(chunk) / full / full)
    if not powers:
        powers = [total / n / full / full]
    gated = [p for p in powers if _power_db(p) > _ABSOLUTE_GATE]
    if gated:
        relative = _power_db(sum(gated) / len(gated)) + _RELATIVE_GATE
        gated = [p for p in gated if _power_db(p) > relative]
    loudness = _power_db(sum(gated) / len(gated)) if gated else SILENCE_DBFS
    clipped = sum(1 for s in samples if s >= 32767 or s <= -32768) / n
    return Levels(clip.duration, to_dbfs(rms), to_dbfs(peak / full), loudness, clipped)


def _power_db(power: float) -> float:
    return 10 * math.log10(power) - 0.691 if power > 0 else SILENCE_DBFS


def parse_wav(data: bytes) -> Clip:
    """A WAV file's bytes as a 16-bit clip (8, 24 and 32-bit integer PCM are converted)."""
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
            raw = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise AudioError(f"not a readable PCM WAV file ({exc})") from None
    if channels not in (1, 2):
        raise AudioError(f"{channels} channels: use mono or stereo")
    if not 8000 <= rate <= 192000:
        raise AudioError(f"a sample rate of {rate} Hz is not usable")
    return Clip(_to_16_bit(raw, width), rate, channels)


def read_wav(path: Path) -> Clip:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise AudioError(f"the file could not be read ({exc.strerror or exc})") from None
    return parse_wav(data)


def wav_bytes(clip: Clip) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(clip.channels)
        w.setsampwidth(2)
        w.setframerate(clip.rate)
        w.writeframes(clip.pcm)
    return out.getvalue()


def write_wav(path: Path, clip: Clip) -> None:
    """Write atomically (fsync, then rename): a file under its final name is complete."""
    with atomic_write(Path(path)) as fh:
        fh.write(wav_bytes(clip))


def _to_16_bit(raw: bytes, width: int) -> bytes:
    if width == 2:
        return raw
    if width == 1:  # unsigned 8-bit
        return b"".join(((b - 128) << 8).to_bytes(2, "little", signed=True) for b in raw)
    if width in (3, 4):
        out = bytearray()
        for i in range(0, len(raw) - width + 1, width):
            out += raw[i + width - 2 : i + width]  # the two most significant bytes (little-endian)
        return bytes(out)
    raise AudioError(f"{width * 8}-bit samples are not supported: export 16 or 24-bit PCM")
