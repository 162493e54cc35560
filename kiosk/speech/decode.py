"""Reading a curator's recording as 16-bit PCM. Pure Python: no Qt.

WAV (integer PCM) is read by the standard library and works everywhere. FLAC, Ogg Vorbis/Opus, MP3
and M4A/AAC are decoded by a separate program, like espeak-ng: ffmpeg if installed, else sox
(Debian: ``apt install ffmpeg``, or ``sox libsox-fmt-all``). Without either, those files are
reported (not played), and the synthesised voice speaks instead.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Final

from kiosk.speech.audio import AudioError, Clip, read_wav
from kiosk.speech.engine import EngineError, run_program

NATIVE: Final = (".wav",)
DECODED: Final = (".flac", ".ogg", ".oga", ".opus", ".mp3", ".m4a")
SUFFIXES: Final = NATIVE + DECODED  # in order of preference when an item has several
DECODE_TIMEOUT_S: Final = 120.0
MAX_NARRATION_BYTES: Final = 200 * 1024 * 1024


def decoder() -> str | None:
    """The decoding program found on this machine (ffmpeg, then sox), or None."""
    for program in ("ffmpeg", "sox"):
        found = shutil.which(program)
        if found:
            return found
    return None


def decode(path: Path) -> Clip:
    """The recording as a clip, or AudioError with a reason a curator can act on."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise AudioError(f"the file could not be read ({exc.strerror or exc})") from None
    if size > MAX_NARRATION_BYTES:
        raise AudioError(f"the file is {size // 2**20} MB; a narration should be far smaller")
    if suffix in NATIVE:
        return read_wav(path)
    if suffix not in DECODED:
        raise AudioError(f"'{suffix}' files are not used; use one of {', '.join(SUFFIXES)}")
    program = decoder()
    if program is None:
        raise AudioError(
            f"this kiosk has no decoder for {suffix} files (install ffmpeg or sox), "
            "or save the recording as WAV"
        )
    with tempfile.TemporaryDirectory(prefix="kiosk-narration-") as tmp:
        out = Path(tmp) / "decoded.wav"
        if Path(program).stem == "ffmpeg":
            args = [program, "-nostdin", "-v", "error", "-i", str(path), "-vn", "-c:a", "pcm_s16le", str(out)]
        else:
            args = [program, "-q", str(path), "-b", "16", "-e", "signed-integer", str(out)]
        try:
            run_program(args, stdin=None, timeout=DECODE_TIMEOUT_S)
        except EngineError as exc:
            raise AudioError(f"the recording could not be decoded ({exc})") from None
        return read_wav(out)
