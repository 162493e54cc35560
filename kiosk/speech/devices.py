"""Where speech comes out on Linux: headphones by default, loudspeakers only when allowed.

Pure Python: no Qt. The sound server (PipeWire through pipewire-pulse, or PulseAudio) knows the
outputs as *sinks* with *ports*; on most analog codecs the headphone jack and the built-in speaker
are two ports of one sink, and the server reports whether something is plugged into the jack
(``availability``). ``pactl`` (package pulseaudio-utils, which speaks to both servers) reads and
sets them. Without a sound server, ALSA's own jack control (``amixer -c N contents``, a control
named "Headphone Jack") still tells whether headphones are in. docs/install.md lists which
hardware reports the jack.

:func:`plan_route` decides, :func:`apply_route` sets the server; the kiosk calls both at start and
when the jack changes. Windows and macOS route sound themselves (the default device).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from kiosk.speech.settings import SpeechSettings

_TIMEOUT_S: Final = 3.0
_JACK_CONTROL: Final = re.compile(r"name='(?:Headphone|Headphones|Front Headphone|Headset Mic)[^']*Jack'")


class Kind(StrEnum):
    HEADPHONES = "headphones"
    SPEAKER = "speaker"
    OTHER = "other"  # HDMI, line out, S/PDIF: not chosen automatically


@dataclass(frozen=True)
class Port:
    name: str
    description: str
    available: bool | None  # None: the hardware does not report it

    @property
    def kind(self) -> Kind:
        return classify(self.name, self.description)


@dataclass(frozen=True)
class Sink:
    name: str
    description: str
    ports: tuple[Port, ...] = ()
    active_port: str | None = None
    form_factor: str = ""  # PulseAudio's device.form_factor: "headphone", "headset", "speaker"...

    @property
    def kind(self) -> Kind:
        if self.form_factor in {"headphone", "headset"}:
            return Kind.HEADPHONES  # a USB headset, or a USB sound card with only a jack
        if self.form_factor in {"speaker", "internal"}:
            return Kind.SPEAKER
        return classify(self.name, self.description)


@dataclass(frozen=True)
class Route:
    sink: str | None
    port: str | None
    mute: bool
    reason: str
    headphones_plugged: bool | None = None


def classify(name: str, description: str) -> Kind:
    text = f"{name} {description}".lower()
    if "headphone" in text or "headset" in text:
        return Kind.HEADPHONES
    if "speaker" in text:
        return Kind.SPEAKER
    return Kind.OTHER


def parse_pactl_sinks(data: Any) -> list[Sink]:
    """``pactl --format=json list sinks`` (pactl 16 and later) as Sinks."""
    sinks = []
    for raw in data if isinstance(data, list) else []:
        ports = tuple(
            Port(
                str(p.get("name", "")),
                str(p.get("description", "")),
                {"available": True, "not available": False}.get(str(p.get("availability", ""))),
            )
            for p in raw.get("ports") or []
        )
        props = raw.get("properties") or {}
        sinks.append(
            Sink(
                str(raw.get("name", "")),
                str(raw.get("description", "")),
                ports,
                raw.get("active_port"),
                str(props.get("device.form_factor", "")),
            )
        )
    return sinks


def read_sinks(pactl: str = "pactl") -> list[Sink] | None:
    """The sound server's sinks, or None when there is no pactl or no server answers."""
    program = shutil.which(pactl)
    if program is None:
        return None
    out = _run([program, "--format=json", "list", "sinks"])
    if out is None:
        return None
    try:
        return parse_pactl_sinks(json.loads(out))
    except ValueError:
        return None


def parse_amixer_jack(contents: str) -> bool | None:
    """From ``amixer -c N contents``: True/False when a headphone jack control exists, else None."""
    lines = contents.splitlines()
    for i, line in enumerate(lines):
        if _JACK_CONTROL.search(line) and "Mic" not in line:
            for following in lines[i + 1 : i + 4]:
                value = re.search(r":\s*values=(on|off)", following)
                if value:
                    return value.group(1) == "on"
    return None


def alsa_headphone_jack(proc: Path = Path("/proc/asound")) -> bool | None:
    """Any sound card's ALSA "Headphone Jack" control: True if one says plugged, None if none has one."""
    amixer = shutil.which("amixer")
    if amixer is None or not proc.is_dir():
        return None
    states: list[bool] = []
    for card in sorted(proc.glob("card[0-9]*")):
        out = _run([amixer, "-c", card.name[4:], "contents"])
        state = parse_amixer_jack(out or "")
        if state is not None:
            states.append(state)
    return any(states) if states else None


def headphones_plugged(sinks: Sequence[Sink] | None) -> bool | None:
    """Whether headphones are in: the server's headphone port availability, else ALSA's jack."""
    reported = [
        port.available
        for sink in sinks or ()
        for port in sink.ports
        if port.kind is Kind.HEADPHONES and port.available is not None
    ]
    if reported:
        return any(reported)
    if any(sink.kind is Kind.HEADPHONES for sink in sinks or ()):
        return True  # a USB headset is a sink of its own: present means plugged
    return alsa_headphone_jack()


def plan_route(settings: SpeechSettings, sinks: Sequence[Sink] | None) -> Route:
    """Headphones when there are any; loudspeakers only when ``settings.speakers``; else muted."""
    if sinks is None:
        return Route(None, None, False, "no sound server: the system's default output is used")
    plugged = headphones_plugged(sinks)
    named = [s for s in sinks if s.name == settings.sink] if settings.sink else list(sinks)
    headphone_sinks = [s for s in named if s.kind is Kind.HEADPHONES]
    if headphone_sinks:
        return Route(headphone_sinks[0].name, None, False, "a headset or headphone device", plugged)
    for sink in named:
        port = _port(sink, settings.headphone_port, Kind.HEADPHONES)
        if port is not None and (port.available is not False or not settings.speakers):
            return Route(sink.name, port.name, False, "the headphone jack", plugged)
    if settings.speakers:
        for sink in named:
            port = _port(sink, settings.speaker_port, Kind.SPEAKER)
            if port is not None or sink.kind is Kind.SPEAKER or not sink.ports:
                return Route(sink.name, port.name if port else None, False, "loudspeakers (allowed)", plugged)
    target = named[0].name if named else None
    return Route(target, None, True, "no headphone output found and loudspeakers are not allowed", plugged)


def apply_route(route: Route, pactl: str = "pactl") -> list[str]:
    """Tell the sound server; returns what could not be done (empty when all went well)."""
    program = shutil.which(pactl)
    if route.sink is None or program is None:
        return [] if route.sink is None else ["pactl is not installed (package pulseaudio-utils)"]
    failed = []
    steps = [["set-default-sink", route.sink], ["set-sink-mute", route.sink, "1" if route.mute else "0"]]
    if route.port:
        steps.insert(1, ["set-sink-port", route.sink, route.port])
    for step in steps:
        if _run([program, *step]) is None:
            failed.append(" ".join(["pactl", *step]))
    return failed


def _port(sink: Sink, wanted: str, kind: Kind) -> Port | None:
    for port in sink.ports:
        if (wanted and port.name == wanted) or (not wanted and port.kind is kind):
            return port
    return None


def _run(args: list[str]) -> str | None:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


@dataclass
class JackWatch:
    """Remembers the last jack state; ``changed()`` says whether a new reading differs (poll
    ``headphones_plugged(read_sinks())`` off the GUI thread every second or so)."""

    last: bool | None = None

    def changed(self, now: bool | None) -> bool:
        differs = now != self.last
        self.last = now
        return differs
