"""Content's BCP 47 tags reach the right CLDR locale, and never one in another script."""

from __future__ import annotations

import pytest

from kiosk.content import cldr


@pytest.mark.parametrize(
    ("tag", "parts"),
    [
        ("sr-Latn-ME", ("sr", "Latn", "ME")),
        ("zh-hans", ("zh", "Hans", None)),
        ("pt-BR", ("pt", None, "BR")),
        ("es-419", ("es", None, "419")),
        ("en", ("en", None, None)),
    ],
)
def test_tags_are_parsed(tag: str, parts: tuple[str, str | None, str | None]) -> None:
    assert cldr.parse_tag(tag) == parts


@pytest.mark.parametrize(
    ("tag", "script", "territory"),
    [("sr", "Cyrl", "RS"), ("sr-Latn", "Latn", "RS"), ("zh-TW", "Hant", "TW"), ("pt", "Latn", "BR")],
)
def test_likely_subtags(tag: str, script: str, territory: str) -> None:
    assert cldr.maximize(tag)[1:] == (script, territory)


@pytest.mark.parametrize(
    ("tag", "locale"),
    [
        ("sr", "sr"),
        ("sr-Latn", "sr_Latn"),
        ("zh-Hans", "zh_Hans"),
        ("pt-BR", "pt_BR"),
        ("de-RS", "de"),  # no German-in-Serbia data: German
        ("en-GB", "en_GB"),
    ],
)
def test_the_locale_for_a_tag(tag: str, locale: str) -> None:
    assert str(cldr.locale(tag)) == locale


def test_unknown_languages_format_as_english() -> None:
    assert cldr.find("xx") is None and not cldr.has_data("xx")
    assert str(cldr.locale("xx")) == "en"
