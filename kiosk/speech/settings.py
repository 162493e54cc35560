"""The technician's speech settings: the ``[speech]`` table of kiosk.toml. Pure Python: no Qt.

Every field has a default, so a kiosk speaks through espeak-ng into headphones with no settings at
all. Example (the full list is in docs/install.md, "Audio: headphones, speakers and voices")::

    [speech]
    speakers = false           # true: speech may also come out of the loudspeakers
    rate_wpm = 160
    volume = 0.6               # where every visit starts; visitors change it, the next visit resets it

    [speech.voices.en]         # a better voice where one is installed (any program that writes WAV)
    command = ["piper", "--model", "/opt/voices/en_GB-alba-medium.onnx", "--output_file", "{out}"]
    # the text goes to the program's standard input unless the command names {text_file}
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

PLACEHOLDERS = ("{out}", "{text_file}", "{language}", "{rate_wpm}")


class VoiceCommand(BaseModel):
    """Another speech program for one language: ``command`` is its argument list.

    ``{out}`` is the WAV file it must write (without it, the WAV is read from its standard output);
    ``{text_file}`` a UTF-8 file holding the text (without it, the text goes to standard input);
    ``{language}`` and ``{rate_wpm}`` are filled in too. ``name`` goes into the cache key: change it
    when you change the voice model, so the cache is made again.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    command: list[str] = Field(min_length=1)
    name: str = ""
    timeout_s: float = Field(default=60, gt=0, le=600)

    @field_validator("command")
    @classmethod
    def _known_placeholders(cls, value: list[str]) -> list[str]:
        for arg in value:
            rest = arg
            for placeholder in PLACEHOLDERS:
                rest = rest.replace(placeholder, "")
            if "{" in rest or "}" in rest:
                raise ValueError(f"'{arg}': the placeholders are {', '.join(PLACEHOLDERS)}")
        return value


class SpeechSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    speakers: bool = False  # loudspeakers stay silent unless the technician allows them
    rate_wpm: int = Field(default=160, ge=80, le=450)  # espeak-ng's own default is 175
    pitch: int = Field(default=45, ge=0, le=99)
    volume: float = Field(default=0.6, ge=0.05, le=1.0)
    espeak: str = "espeak-ng"  # the program, or its full path
    workers: int = Field(default=2, ge=1, le=16)  # speech programs run at once while preparing
    voices: dict[str, VoiceCommand] = {}
    # Linux sound routing (PulseAudio/PipeWire names, from `pactl list sinks`); empty = automatic.
    sink: str = ""
    headphone_port: str = ""
    speaker_port: str = ""
