from __future__ import annotations

from kiosk.speech.voices import INTERFACE_LANGUAGES, Quality, espeak_voice, languages_without_voice, voice_for


def test_every_interface_language_is_in_the_table() -> None:
    assert len(INTERFACE_LANGUAGES) == 24
    for language in INTERFACE_LANGUAGES:
        voice = voice_for(language)
        assert voice is not None, language
        assert (voice.espeak is None) == (voice.quality is Quality.NONE), language
        if voice.quality is not Quality.GOOD:
            assert voice.note, f"{language}: say what is wrong with it"


def test_serbian_in_both_scripts_uses_the_serbian_voice() -> None:
    assert espeak_voice("sr") == "sr"
    assert espeak_voice("sr-Latn") == "sr"
    assert espeak_voice("sr-Cyrl") == "sr"


def test_languages_espeak_cannot_speak_are_named() -> None:
    assert languages_without_voice() == ["zh-Hans", "ja"]
    assert espeak_voice("zh") is None and espeak_voice("zh-Hant") is None


def test_regions_fall_back_to_the_language() -> None:
    assert espeak_voice("de-AT") == "de"
    assert espeak_voice("pt-BR") == "pt-br"
    assert espeak_voice("xx") is None
