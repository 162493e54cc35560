"""Language names, directions and which interface file serves a content language, from CLDR."""

from __future__ import annotations

import pytest
from babel import Locale

from kiosk.content import cldr
from kiosk.content.languages import (
    COMPLETE_INTERFACE,
    INTERFACE_LANGUAGES,
    endonym,
    file_name,
    is_right_to_left,
    translation_for,
)


@pytest.mark.parametrize("tag", INTERFACE_LANGUAGES)
def test_every_language_is_named_in_itself_as_cldr_names_it(tag: str) -> None:
    loc = Locale.parse(tag, sep="-")
    name = loc.get_language_name(loc)
    assert endonym(tag) == name[:1].upper() + name[1:]


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("en", "English"),
        ("de", "Deutsch"),
        ("fr", "Français"),
        ("sr", "Српски"),
        ("sr-Latn", "Srpski"),
        ("zh-Hans", "中文"),
        ("pt", "Português"),
        ("pt-BR", "Português"),
        ("ar", "العربية"),
        ("he", "עברית"),
        ("ja", "日本語"),
        ("el", "Ελληνικά"),
    ],
)
def test_hand_checked_names(tag: str, name: str) -> None:
    assert endonym(tag) == name


def test_a_qualifier_only_when_two_would_read_the_same() -> None:
    offered = ["pt", "pt-BR", "sr", "sr-Latn", "zh-Hans", "zh-Hant"]
    assert endonym("pt", offered) == "Português"
    assert endonym("pt-BR", offered) == "Português (Brasil)"
    assert endonym("zh-Hans", offered) == "中文 (简体)"
    assert endonym("zh-Hant", offered) == "中文 (繁體)"
    # Serbian in two scripts already reads differently: no qualifier.
    assert (endonym("sr", offered), endonym("sr-Latn", offered)) == ("Српски", "Srpski")


def test_a_language_cldr_does_not_know_is_shown_by_its_code() -> None:
    assert endonym("xx") == "XX"


def test_direction() -> None:
    assert [t for t in INTERFACE_LANGUAGES if is_right_to_left(t)] == ["ar", "he"]
    assert is_right_to_left("fa") and is_right_to_left("ur") and not is_right_to_left("xx")


def test_file_names() -> None:
    tags = ("sr-Latn", "zh-Hans", "pt-BR", "en")
    assert [file_name(t) for t in tags] == ["sr_Latn", "zh_Hans", "pt_BR", "en"]


@pytest.mark.parametrize(
    ("tag", "served_by"),
    [
        ("sr", "sr"),
        ("sr-Cyrl", "sr"),
        ("sr-Latn", "sr_Latn"),
        ("sr-Latn-ME", "sr_Latn"),
        ("sr-ME", "sr_Latn"),  # CLDR: Serbian in Montenegro is written in Latin letters
        ("zh", "zh_Hans"),
        ("zh-Hans", "zh_Hans"),
        ("zh-TW", None),  # Traditional: not served by Simplified
        ("pt-BR", "pt"),
        ("en-GB", "en"),
        ("fr", None),
    ],
)
def test_which_translation_serves_a_language(tag: str, served_by: str | None) -> None:
    assert translation_for(tag, ["en", "sr", "sr_Latn", "zh_Hans", "pt", "de"]) == served_by


def test_serbian_latin_never_falls_back_to_cyrillic() -> None:
    assert translation_for("sr-Latn", ["en", "sr"]) is None


def test_the_interface_languages() -> None:
    assert len(INTERFACE_LANGUAGES) == 24 and len(set(INTERFACE_LANGUAGES)) == 24
    assert set(INTERFACE_LANGUAGES) >= COMPLETE_INTERFACE
    # Every interface language has its CLDR data in the package.
    assert {cldr.parse_tag(t)[0] for t in INTERFACE_LANGUAGES} <= cldr.BUNDLED_LANGUAGES
