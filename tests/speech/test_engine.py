"""The real speech programs: espeak-ng (a system package, see docs/install.md) and a configured command."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from kiosk.speech.audio import levels
from kiosk.speech.engine import CommandEngine, EngineError, Engines, EspeakEngine
from kiosk.speech.settings import SpeechSettings, VoiceCommand

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")

# A stand-in for Piper or any program that writes WAV: a tone as long as the text has words.
FAKE_TTS = """
import sys, wave, math
args = sys.argv[1:]
text = open(args[args.index("--text") + 1], encoding="utf-8").read() if "--text" in args else sys.stdin.read()
n = 800 * len(text.split())
frames = b"".join(int(8000 * math.sin(i / 5)).to_bytes(2, "little", signed=True) for i in range(n))
out = args[args.index("--out") + 1] if "--out" in args else None
w = wave.open(out or sys.stdout.buffer, "wb"); w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
w.writeframes(frames); w.close()
"""


@needs_espeak
def test_espeak_speaks_serbian_in_cyrillic_and_latin_alike() -> None:
    engine = EspeakEngine(rate_wpm=160)
    cyrillic = engine.synthesize("Београд је ослобођен двадесетог октобра.", "sr")
    latin = engine.synthesize("Beograd je oslobođen dvadesetog oktobra.", "sr-Latn")
    assert cyrillic.duration > 1.5
    assert cyrillic.duration == pytest.approx(latin.duration, rel=0.05)  # the same words, not letters
    assert levels(cyrillic).loudness > -35


@needs_espeak
def test_the_identity_names_program_version_voice_and_settings() -> None:
    identity = EspeakEngine(rate_wpm=150, pitch=40).identity("sr-Latn")
    assert identity is not None
    assert identity.startswith("espeak-ng ") and "|sr|s150|p40" in identity
    assert EspeakEngine().identity("ja") is None


def test_a_missing_program_is_an_engine_error() -> None:
    engine = EspeakEngine(program="no-such-espeak-program")
    assert not engine.available()
    with pytest.raises(EngineError, match="could not be started"):
        engine.synthesize("Hello.", "en")


@pytest.mark.parametrize(
    "command",
    [
        ["{python}", "{script}", "--text", "{text_file}", "--out", "{out}"],
        ["{python}", "{script}"],  # text on stdin, WAV on stdout
    ],
)
def test_a_configured_command_replaces_espeak_for_its_language(tmp_path: Path, command: list[str]) -> None:
    script = tmp_path / "fake_tts.py"
    script.write_text(FAKE_TTS, encoding="utf-8")
    args = [a.replace("{python}", sys.executable).replace("{script}", str(script)) for a in command]
    settings = SpeechSettings(voices={"en": VoiceCommand(command=args, name="fake-en-v1")})
    engines = Engines(settings)
    assert isinstance(engines.engine_for("en-GB"), CommandEngine)
    clip = engines.synthesize("Four words are here.", "en")
    assert clip.duration == pytest.approx(0.4)
    assert engines.identity("en") == "command|fake-en-v1|en|s160"
    assert engines.engine_for("sr") is engines.espeak


def test_a_failing_command_says_why(tmp_path: Path) -> None:
    voice = VoiceCommand(command=[sys.executable, "-c", "import sys; sys.exit('no model file')"])
    with pytest.raises(EngineError, match="no model file"):
        CommandEngine(voice).synthesize("Hello.", "en")


def test_unknown_placeholders_are_refused() -> None:
    with pytest.raises(ValueError, match="placeholders"):
        VoiceCommand(command=["piper", "--out", "{output}"])
