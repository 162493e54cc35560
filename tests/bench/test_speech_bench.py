"""The speech benchmark in a tiny configuration: it runs and reports its fields (no figure is judged)."""

from __future__ import annotations

import math
import shutil

import pytest

from kiosk.bench import speech

QT_AUDIO_NOISE = r"pipewire|QtMultimedia backends|FFmpeg|symbolsresolver|PulseAudio|pa_context|audio"


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.qt_log_ignore(QT_AUDIO_NOISE)
def test_the_speech_benchmark_reports_its_figures() -> None:
    figures, data = speech.run(trials=2, max_texts=3)
    names = [f.name for f in figures]
    assert names[0].startswith("speech: preparation, en (") and names[1].startswith(
        "speech: preparation, sr ("
    )
    assert data["prepare_en"]["texts"] == 3 and data["prepare_sr"]["words"] > 0
    assert names[-1] == "speech: bundle size added" and figures[-1].value > 0
    playback = figures[2:-1]  # measured with a sound server, else one "not measured" row
    assert playback and all(math.isnan(f.value) or f.value >= 0 for f in playback)
