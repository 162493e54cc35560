from __future__ import annotations

import wave
from pathlib import Path

import pytest

from kiosk.speech.audio import AudioError, Clip, levels, parse_wav, read_wav, wav_bytes, write_wav
from tests.speech.fakes import tone


def test_a_tone_has_the_levels_of_a_sine() -> None:
    found = levels(tone(2.0, amplitude=0.5))
    assert found.duration == pytest.approx(2.0)
    assert found.peak_dbfs == pytest.approx(-6.0, abs=0.1)
    assert found.rms_dbfs == pytest.approx(-9.0, abs=0.1)  # a sine's RMS is 3 dB under its peak
    assert found.loudness == pytest.approx(-9.7, abs=0.2)  # BS.1770's -0.691 offset
    assert found.clipped == 0


def test_silence_is_silent() -> None:
    found = levels(Clip(bytes(16000), 8000))
    assert found.loudness <= -100 and found.peak_dbfs <= -100


def test_wav_round_trip_and_atomic_write(tmp_path: Path) -> None:
    clip = tone(0.5)
    target = tmp_path / "a.wav"
    write_wav(target, clip)
    assert read_wav(target) == clip
    assert [p.name for p in tmp_path.iterdir()] == ["a.wav"]  # no temp file left


def test_24_bit_wav_is_read_as_16_bit(tmp_path: Path) -> None:
    path = tmp_path / "24.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(3)
        w.setframerate(48000)
        w.writeframes(bytes([0x00, 0x34, 0x12, 0x00, 0xCC, 0xED]))  # 0x123400 and -0x123400
    clip = read_wav(path)
    assert clip.samples().tolist() == [0x1234, -0x1234]
    assert clip.rate == 48000


def test_what_is_not_a_wav_says_so() -> None:
    with pytest.raises(AudioError, match="not a readable PCM WAV"):
        parse_wav(b"ID3 this is an mp3")
    assert parse_wav(wav_bytes(tone(0.1))).duration == pytest.approx(0.1)
