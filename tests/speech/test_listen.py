"""Listening, by numbers: synthesised exhibit paragraphs are speech at a human pace, not silence.

The same paragraphs were turned into WAV with sox and their spectrograms looked at (docs/performance.md,
"Speech"); this keeps them honest:
the sound must be loud enough to be speech, have pauses like speech, and last as long as its
words take to say (about 110-210 words a minute: numbers such as years are read as many words).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.speech.audio import Clip, levels
from kiosk.speech.engine import Engines
from kiosk.speech.texts import body_blocks

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "text"
PARAGRAPHS = [("chapters", "the-assault"), ("people", "biryuzov")]

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


def first_long_paragraph(folder: str, name: str, language: str) -> str:
    blocks = body_blocks((ASSETS / folder / f"{name}.{language}.md").read_text(encoding="utf-8"))
    return next(b for b in blocks if len(b.split()) > 25)


def pauses(clip: Clip, window_s: float = 0.05) -> int:
    """How many stretches of near-silence (between words and sentences) the clip has."""
    samples = clip.samples()
    size = int(clip.rate * window_s)
    quiet, count = False, 0
    for start in range(0, len(samples) - size, size):
        chunk = samples[start : start + size]
        is_quiet = max(abs(min(chunk)), max(chunk)) < 300
        count += is_quiet and not quiet
        quiet = is_quiet
    return count


@pytest.mark.parametrize(("folder", "name"), PARAGRAPHS)
@pytest.mark.parametrize("language", ["en", "sr"])
def test_a_paragraph_is_speech_of_plausible_length(folder: str, name: str, language: str) -> None:
    text = first_long_paragraph(folder, name, language)
    clip = Engines().synthesize(text, language)
    found = levels(clip)
    words = len(text.split())
    assert found.rms_dbfs > -30, "too quiet to be speech"
    assert -30 < found.loudness < -12
    assert 110 <= words / clip.duration * 60 <= 210, f"{words} words in {clip.duration:.1f} s"
    assert pauses(clip) >= text.count(".")  # at least a pause per sentence
