"""Which espeak-ng voice speaks each interface language, and how well. Pure Python: no Qt.

Checked with espeak-ng 1.51 (Debian 12): each language's voice was asked to speak a sentence in its
own script, and the phonemes (``espeak-ng -x``) and the sound were looked at. The table says plainly
where espeak-ng has no usable voice; a museum that needs one plugs in another engine for that
language (``[speech.voices.<lang>]`` in kiosk.toml, see :mod:`kiosk.speech.settings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Quality(StrEnum):
    GOOD = "good"  # clear and correct for ordinary exhibit text
    USABLE = "usable"  # understandable, with known weaknesses (see the note)
    NONE = "none"  # espeak-ng cannot speak this language's ordinary text


@dataclass(frozen=True)
class Voice:
    language: str  # the kiosk's language code (BCP 47, as in exhibit.toml)
    espeak: str | None  # espeak-ng voice name, None when it has none
    quality: Quality
    note: str = ""


_TABLE: Final = (
    Voice("en", "en-gb", Quality.GOOD),
    Voice("en-US", "en-us", Quality.GOOD),
    Voice("de", "de", Quality.GOOD),
    Voice("fr", "fr-fr", Quality.GOOD),
    Voice("it", "it", Quality.GOOD),
    Voice("es", "es", Quality.GOOD),
    Voice("pt", "pt", Quality.GOOD, "European Portuguese; pt-BR uses the Brazilian voice"),
    Voice("pt-BR", "pt-br", Quality.GOOD),
    Voice("nl", "nl", Quality.GOOD),
    Voice("pl", "pl", Quality.GOOD),
    Voice("cs", "cs", Quality.GOOD),
    Voice("hu", "hu", Quality.GOOD),
    Voice("ro", "ro", Quality.GOOD),
    Voice("hr", "hr", Quality.GOOD),
    Voice("bs", "bs", Quality.GOOD),
    Voice("sr", "sr", Quality.GOOD, "reads Cyrillic and Latin script alike"),
    Voice("sr-Latn", "sr", Quality.GOOD, "the same voice as sr: it reads Latin script too"),
    Voice("sr-Cyrl", "sr", Quality.GOOD),
    Voice("mk", "mk", Quality.GOOD),
    Voice("bg", "bg", Quality.GOOD),
    Voice("ru", "ru", Quality.GOOD),
    Voice("uk", "uk", Quality.GOOD),
    Voice("el", "el", Quality.GOOD),
    Voice("tr", "tr", Quality.GOOD),
    Voice("sk", "sk", Quality.GOOD),
    Voice("sl", "sl", Quality.GOOD),
    Voice("sq", "sq", Quality.GOOD),
    Voice("ar", "ar", Quality.USABLE, "Modern Standard Arabic; text without vowel marks is guessed"),
    Voice(
        "he",
        "he",
        Quality.USABLE,
        "ordinary Hebrew text has no vowel marks and espeak-ng often guesses the vowels wrong; "
        "plug in another voice if one is available",
    ),
    Voice("ko", "ko", Quality.USABLE, "reads Hangul; Hanja are not read"),
    Voice(
        "zh-Hans",
        None,
        Quality.NONE,
        "espeak-ng's Mandarin voice (cmn) reads only part of ordinary Chinese text and spells the "
        "rest as English letter names: plug in another voice",
    ),
    Voice(
        "ja",
        None,
        Quality.NONE,
        "espeak-ng's Japanese voice reads only kana; every kanji is spoken as 'Chinese letter': "
        "plug in another voice",
    ),
)

VOICES: Final = {voice.language: voice for voice in _TABLE}

# The interface languages a museum may choose (docs/curator-guide.md), in the order documented.
# fmt: off
INTERFACE_LANGUAGES: Final = (
    "en", "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "hu", "ro", "hr",
    "sr", "sr-Latn", "bg", "ru", "uk", "el", "tr", "ar", "he", "zh-Hans", "ja", "ko",
)
# fmt: on


def voice_for(language: str) -> Voice | None:
    """The table's entry for ``language``, trying the code without its region or script last.

    ``zh`` and ``zh-Hant`` have no entry of their own: they are not ``zh-Hans`` and get None.
    """
    if language in VOICES:
        return VOICES[language]
    base = language.split("-")[0]
    if base == "zh":
        return None
    return VOICES.get(base)


def espeak_voice(language: str) -> str | None:
    """The espeak-ng voice for ``language``, or None when espeak-ng cannot speak it usefully."""
    voice = voice_for(language)
    return voice.espeak if voice is not None and voice.quality is not Quality.NONE else None


def languages_without_voice(languages: list[str] | tuple[str, ...] = INTERFACE_LANGUAGES) -> list[str]:
    return [lang for lang in languages if espeak_voice(lang) is None]
