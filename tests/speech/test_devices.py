from __future__ import annotations

from typing import Any

from kiosk.speech.devices import (
    JackWatch,
    Kind,
    Sink,
    headphones_plugged,
    parse_amixer_jack,
    parse_pactl_sinks,
    plan_route,
)
from kiosk.speech.settings import SpeechSettings


def analog(headphones: str = "not available") -> dict[str, Any]:
    """An onboard codec as `pactl --format=json list sinks` shows it (fields trimmed)."""
    return {
        "name": "alsa_output.pci-0000_00_1f.3.analog-stereo",
        "description": "Built-in Audio Analog Stereo",
        "properties": {"device.form_factor": "internal"},
        "ports": [
            {
                "name": "analog-output-speaker",
                "description": "Speakers",
                "availability": "availability unknown",
            },
            {"name": "analog-output-headphones", "description": "Headphones", "availability": headphones},
        ],
        "active_port": "analog-output-speaker",
    }


USB_HEADSET = {
    "name": "alsa_output.usb-Logitech_H390-00.analog-stereo",
    "description": "H390 headset",
    "properties": {"device.form_factor": "headset"},
    "ports": [
        {"name": "analog-output", "description": "Analog Output", "availability": "availability unknown"}
    ],
    "active_port": "analog-output",
}
HDMI = {
    "name": "alsa_output.platform-fef00700.hdmi.hdmi-stereo",
    "description": "Built-in Audio Digital Stereo (HDMI)",
    "properties": {},
    "ports": [{"name": "hdmi-output-0", "description": "HDMI / DisplayPort", "availability": "available"}],
    "active_port": "hdmi-output-0",
}

AMIXER = """numid=20,iface=CARD,name='Headphone Jack'
  ; type=BOOLEAN,access=r-------,values=1
  : values={state}
numid=19,iface=CARD,name='Headset Mic Jack'
  ; type=BOOLEAN,access=r-------,values=1
  : values=off
"""


def test_ports_and_their_jack_state_are_read() -> None:
    (sink,) = parse_pactl_sinks([analog("available")])
    assert [(p.kind, p.available) for p in sink.ports] == [(Kind.SPEAKER, None), (Kind.HEADPHONES, True)]
    assert headphones_plugged([sink]) is True
    assert headphones_plugged(parse_pactl_sinks([analog("not available")])) is False


def test_the_alsa_jack_control_is_read() -> None:
    assert parse_amixer_jack(AMIXER.format(state="on")) is True
    assert parse_amixer_jack(AMIXER.format(state="off")) is False
    assert parse_amixer_jack("numid=1,iface=MIXER,name='Master Playback Volume'\n  : values=50") is None


def test_headphones_are_the_default_and_speakers_stay_off() -> None:
    sinks = parse_pactl_sinks([HDMI, analog("not available")])
    route = plan_route(SpeechSettings(), sinks)
    assert (route.port, route.mute) == ("analog-output-headphones", False)  # silent until plugged
    assert route.headphones_plugged is False


def test_speakers_only_when_the_technician_allows_them() -> None:
    sinks = parse_pactl_sinks([analog("not available")])
    route = plan_route(SpeechSettings(speakers=True), sinks)
    assert route.port == "analog-output-speaker" and not route.mute
    plugged = plan_route(SpeechSettings(speakers=True), parse_pactl_sinks([analog("available")]))
    assert plugged.port == "analog-output-headphones"  # headphones win when they are in


def test_a_usb_headset_is_headphones() -> None:
    sinks = parse_pactl_sinks([analog(), USB_HEADSET])
    assert sinks[1].kind is Kind.HEADPHONES
    route = plan_route(SpeechSettings(), sinks)
    assert route.sink == USB_HEADSET["name"] and not route.mute


def test_only_hdmi_and_no_speakers_allowed_means_muted() -> None:
    route = plan_route(SpeechSettings(), parse_pactl_sinks([HDMI]))
    assert route.mute and "not allowed" in route.reason


def test_no_sound_server_leaves_the_system_default() -> None:
    route = plan_route(SpeechSettings(), None)
    assert route.sink is None and not route.mute


def test_named_sink_and_ports_from_the_settings_are_used() -> None:
    settings = SpeechSettings(sink=HDMI["name"], speakers=True)
    route = plan_route(settings, [Sink(HDMI["name"], "HDMI"), *parse_pactl_sinks([analog()])])
    assert route.sink == HDMI["name"]


def test_jack_watch_reports_changes_only() -> None:
    watch = JackWatch()
    assert [watch.changed(s) for s in (None, False, False, True, True)] == [False, True, False, True, False]
