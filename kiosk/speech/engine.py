"""Text to speech through separate programs: espeak-ng by default, any WAV-writing program per language.

espeak-ng is GPL-3: it is never linked or imported, only run as its own process
(``espeak-ng -v <voice> -s <wpm> -b 1 -f text.txt -w out.wav``), like any other command a
technician configures (``[speech.voices.<lang>]``, see :mod:`kiosk.speech.settings`). Each call
runs in a fresh temporary folder, at a lower priority than the kiosk, with a time limit. Pure
Python: no Qt.

An engine's ``identity(language)`` names everything that decides the sound (program, version,
voice, rate, pitch); the speech cache keys files by it, so changing a setting makes new files.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Final, Protocol

from kiosk.speech.audio import AudioError, Clip, parse_wav
from kiosk.speech.settings import SpeechSettings, VoiceCommand
from kiosk.speech.voices import espeak_voice

ESPEAK_TIMEOUT_S: Final = 60.0
NICENESS: Final = 5  # below the kiosk's own threads, like the image workers


class EngineError(Exception):
    """Speech could not be made; the message says why, for the admin view and the log."""


class Engine(Protocol):
    def identity(self, language: str) -> str | None:
        """What decides the sound for ``language``; None when this engine cannot speak it."""

    def synthesize(self, text: str, language: str) -> Clip:
        """The spoken text. Blocks (runs a program): never call it on the GUI thread."""


def run_program(args: list[str], *, stdin: bytes | None, timeout: float) -> bytes:
    """Run a speech program quietly at low priority; its standard output, or EngineError."""
    flags = 0
    if sys.platform == "win32":  # no console window flashing up, below the kiosk's priority
        flags = subprocess.CREATE_NO_WINDOW | subprocess.BELOW_NORMAL_PRIORITY_CLASS
    try:
        proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            creationflags=flags,
        )
    except OSError as exc:
        raise EngineError(f"{args[0]} could not be started ({exc.strerror or exc})") from None
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):  # it may already have finished
            os.setpriority(os.PRIO_PROCESS, proc.pid, NICENESS)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise EngineError(f"{args[0]} took longer than {timeout:g} s") from None
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise EngineError(f"{args[0]} failed (exit status {proc.returncode}: {detail[0]})")
    return out


@functools.cache
def espeak_version(program: str) -> str:
    """``espeak-ng --version``'s version, or "" when the program is missing."""
    try:
        out = run_program([program, "--version"], stdin=None, timeout=10)
    except EngineError:
        return ""
    words = out.decode("utf-8", "replace").split()
    return next((w for w in words if w[:1].isdigit()), "?")


class EspeakEngine:
    def __init__(self, program: str = "espeak-ng", rate_wpm: int = 160, pitch: int = 45) -> None:
        self.program = program
        self.rate_wpm = rate_wpm
        self.pitch = pitch

    def available(self) -> bool:
        return bool(espeak_version(self.program))

    def identity(self, language: str) -> str | None:
        voice = espeak_voice(language)
        if voice is None:
            return None
        return f"espeak-ng {espeak_version(self.program)}|{voice}|s{self.rate_wpm}|p{self.pitch}"

    def synthesize(self, text: str, language: str) -> Clip:
        voice = espeak_voice(language)
        if voice is None:
            raise EngineError(f"espeak-ng has no usable voice for '{language}'")
        program = shutil.which(self.program) or self.program
        with tempfile.TemporaryDirectory(prefix="kiosk-speech-") as tmp:
            text_file, out = Path(tmp) / "text.txt", Path(tmp) / "out.wav"
            text_file.write_text(text, encoding="utf-8")
            args = [program, "-v", voice, "-s", str(self.rate_wpm), "-p", str(self.pitch), "-b", "1"]
            run_program([*args, "-f", str(text_file), "-w", str(out)], stdin=None, timeout=ESPEAK_TIMEOUT_S)
            return _read_result(out, "espeak-ng")


class CommandEngine:
    """A configured program for one language (Piper, RHVoice, a vendor's CLI...)."""

    def __init__(self, voice: VoiceCommand, rate_wpm: int = 160) -> None:
        self.voice = voice
        self.rate_wpm = rate_wpm

    def identity(self, language: str) -> str | None:
        name = self.voice.name or " ".join(self.voice.command)
        return f"command|{name}|{language}|s{self.rate_wpm}"

    def synthesize(self, text: str, language: str) -> Clip:
        with tempfile.TemporaryDirectory(prefix="kiosk-speech-") as tmp:
            text_file, out = Path(tmp) / "text.txt", Path(tmp) / "out.wav"
            text_file.write_text(text, encoding="utf-8")
            values = {
                "{out}": str(out),
                "{text_file}": str(text_file),
                "{language}": language,
                "{rate_wpm}": str(self.rate_wpm),
            }
            args = [_fill(arg, values) for arg in self.voice.command]
            uses_file = any("{text_file}" in arg for arg in self.voice.command)
            writes_file = any("{out}" in arg for arg in self.voice.command)
            stdout = run_program(
                args, stdin=None if uses_file else text.encode("utf-8"), timeout=self.voice.timeout_s
            )
            name = Path(self.voice.command[0]).name
            if writes_file:
                return _read_result(out, name)
            try:
                return parse_wav(stdout)
            except AudioError as exc:
                raise EngineError(f"{name} did not write a WAV file to its output ({exc})") from None


class Engines:
    """The engine for each language: a configured command where there is one, else espeak-ng."""

    def __init__(self, settings: SpeechSettings | None = None) -> None:
        settings = settings or SpeechSettings()
        self.espeak = EspeakEngine(settings.espeak, settings.rate_wpm, settings.pitch)
        self.commands = {
            lang: CommandEngine(voice, settings.rate_wpm) for lang, voice in settings.voices.items()
        }

    def engine_for(self, language: str) -> Engine | None:
        command = self.commands.get(language) or self.commands.get(language.split("-")[0])
        if command is not None:
            return command
        return self.espeak if espeak_voice(language) is not None else None

    def identity(self, language: str) -> str | None:
        engine = self.engine_for(language)
        return engine.identity(language) if engine is not None else None

    def synthesize(self, text: str, language: str) -> Clip:
        engine = self.engine_for(language)
        if engine is None:
            raise EngineError(f"no voice speaks '{language}': configure one in kiosk.toml")
        return engine.synthesize(text, language)


def _fill(arg: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        arg = arg.replace(key, value)
    return arg


def _read_result(out: Path, name: str) -> Clip:
    try:
        data = out.read_bytes()
    except OSError:
        raise EngineError(f"{name} wrote no sound file") from None
    try:
        return parse_wav(data)
    except AudioError as exc:
        raise EngineError(f"{name} wrote a sound file that cannot be read ({exc})") from None
