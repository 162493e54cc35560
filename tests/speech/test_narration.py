from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.speech.audio import Clip, levels, write_wav
from kiosk.speech.cache import SpeechCache
from kiosk.speech.checks import alt_text_problems, speech_problems
from kiosk.speech.narration import Narration, _sound_problems, find_narrations, main_text, narration_problems
from kiosk.speech.prepare import prepare_speech, speech_preparer
from tests.speech.fakes import FakeEngine, tone


def exhibit(folder: Path) -> Exhibit:
    result = load(folder)
    assert result.exhibit is not None
    return result.exhibit


def record(folder: Path, rel: str, clip: Clip) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    write_wav(path, clip)
    return path


def messages(problems: list) -> dict[str, str]:
    return {p.file: p.message for p in problems}


def test_a_good_recording_passes(mini: Path) -> None:
    ex = exhibit(mini)
    words = len(main_text(ex, "chapter/first", "en").split())
    assert words > 5
    record(mini, "narration/en/chapter/first.wav", tone(words / 150 * 60, amplitude=0.15))
    assert narration_problems(ex, mini) == []


def test_layout_mistakes_are_explained(mini: Path) -> None:
    ex = exhibit(mini)
    record(mini, "narration/en/first.wav", tone(1))
    record(mini, "narration/en/chapter/frist.wav", tone(1))
    record(mini, "narration/de/chapter/first.wav", tone(1))
    record(mini, "narration/en/timeline/first.wav", tone(1))
    (mini / "narration/en/chapter/notes.txt").write_text("x")
    found = messages(narration_problems(ex, mini))
    assert "narration/<language>/<screen>/<id>.wav" in found["narration/en/first.wav"]
    assert "Did you mean 'first'?" in found["narration/en/chapter/frist.wav"]
    assert "not one of the exhibit's languages" in found["narration/de/chapter/first.wav"]
    assert "'timeline' is not a screen" in found["narration/en/timeline/first.wav"]
    assert "not used" in found["narration/en/chapter/notes.txt"]


def test_bad_sound_is_reported(mini: Path) -> None:
    ex = exhibit(mini)
    record(mini, "narration/en/chapter/first.wav", Clip(bytes(16000 * 4), 16000))  # silent
    record(mini, "narration/sr/chapter/first.wav", tone(40, amplitude=0.01))  # long and quiet
    record(mini, "narration/en/person/tolbukhin.wav", tone(20, amplitude=1.0))  # clipped, loud
    (mini / "narration/en/photo").mkdir(parents=True)
    (mini / "narration/en/photo/tank.wav").write_bytes(b"RIFF broken")
    found = messages(narration_problems(ex, mini))
    assert "silent" in found["narration/en/chapter/first.wav"]
    assert "cannot be played" in found["narration/en/photo/tank.wav"]
    sr = [p.message for p in narration_problems(ex, mini) if p.file == "narration/sr/chapter/first.wav"]
    assert any("far longer than its Српски text" in m for m in sr) and any("quiet" in m for m in sr)
    loud = [p.message for p in narration_problems(ex, mini) if p.file == "narration/en/person/tolbukhin.wav"]
    assert any("clipped" in m for m in loud) and any("very loud" in m for m in loud)


def test_two_recordings_of_one_item_keep_the_wav(mini: Path) -> None:
    record(mini, "narration/en/chapter/first.wav", tone(1))
    (mini / "narration/en/chapter/first.mp3").write_bytes(b"ID3")
    narrations, problems = find_narrations(mini)
    assert [n.rel for n in narrations] == ["narration/en/chapter/first.wav"]
    assert "first.wav is played" in problems[0].message


@pytest.mark.skipif(shutil.which("sox") is None and shutil.which("ffmpeg") is None, reason="no decoder")
def test_flac_is_decoded_by_the_external_decoder(mini: Path, tmp_path: Path) -> None:
    ex = exhibit(mini)
    wav = record(tmp_path, "n.wav", tone(5, amplitude=0.15, rate=16000))
    (mini / "narration/sr/chapter").mkdir(parents=True)
    flac = mini / "narration/sr/chapter/first.flac"
    program = shutil.which("ffmpeg")
    args = [program, "-v", "error", "-i", str(wav), str(flac)] if program else ["sox", str(wav), str(flac)]
    subprocess.run(args, check=True)
    cache = SpeechCache(tmp_path / "cache", FakeEngine())
    report = prepare_speech(ex, mini, cache)
    assert report.problems == []
    library = report.library(cache)
    path = library.narration("chapter/first", "sr")
    assert path is not None and path.parent == cache.cache_dir
    assert library.find("whatever text", "sr", item="chapter/first") == path
    assert library.find("The first chapter", "en") is not None  # synthesised, prepared
    cache.close()


def test_staging_gets_warnings_only(mini: Path, tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache", FakeEngine())
    reports = []
    prepare = speech_preparer(cache, on_ready=reports.append)
    problems = prepare(exhibit(mini), mini)
    assert all(p.severity.value == "warning" for p in problems)
    assert reports and reports[0].synthesis.made > 10
    cache.close()


def test_photos_without_alt_text_are_named(mini: Path) -> None:
    result = load(mini)
    assert result.exhibit is not None
    missing = {p.message.split("'")[1] for p in alt_text_problems(result.exhibit, result.locations)}
    assert missing == {p.id for p in result.exhibit.photos if not p.alt}
    assert all(
        p.file == "text/photos.toml" and p.line for p in alt_text_problems(result.exhibit, result.locations)
    )
    assert speech_problems(result, mini) == alt_text_problems(result.exhibit, result.locations)


def test_the_bundled_exhibit_has_alt_text_for_every_photo() -> None:
    result = load(Path(__file__).resolve().parents[2] / "assets")
    assert result.exhibit is not None
    assert alt_text_problems(result.exhibit, result.locations) == []


def test_a_recording_much_shorter_than_its_text_is_questioned() -> None:
    narration = Narration("en", "chapter/first", Path("x.wav"), "narration/en/chapter/first.wav")
    found = levels(tone(5, amplitude=0.15))
    problems = list(_sound_problems(narration, found, words=100))
    assert len(problems) == 1 and "only 5 s long, for a English text of 100 words" in problems[0].message
    assert list(_sound_problems(narration, found, words=12)) == []
