"""Languages: named in their own language, their writing direction, and which interface
translation serves each. Pure Python: names and directions come from CLDR (:mod:`kiosk.content.cldr`).

A visitor looks for their language, not a flag: the language switch names each language as its
readers write it ("Deutsch", "Српски", "Srpski", "中文"), qualified by script or region only when
two of the exhibit's languages would otherwise read the same ("中文 (简体)" and "中文 (繁體)").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from kiosk.content import cldr

# The interface languages the kiosk ships a Qt Linguist file for (kiosk/ui/i18n/kiosk_<name>.ts),
# as BCP 47 tags, the way content names its languages.
INTERFACE_LANGUAGES: tuple[str, ...] = (
    *("en", "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "hu", "ro", "hr", "sr", "sr-Latn"),
    *("bg", "ru", "uk", "el", "tr", "ar", "he", "zh-Hans", "ja", "ko"),
)
SOURCE_LANGUAGE = "en"  # the interface is written in English; its file only adds plural forms
# Translations a translator has finished and the lead has checked: `tools/translations.py --check`
# fails when one of these has a string untranslated. Add a language here when its file is done.
COMPLETE_INTERFACE = frozenset(
    {
        *("en", "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "hu", "ro", "hr"),
        *("sr", "sr-Latn", "bg", "ru", "uk", "el", "tr", "ar", "he", "zh-Hans", "ja", "ko"),
    }
)


def file_name(tag: str) -> str:
    """The Qt file suffix for a tag: ``sr-Latn`` → ``sr_Latn`` (kiosk_sr_Latn.qm)."""
    language, script, territory = cldr.parse_tag(tag)
    return "_".join(p for p in (language, script, territory) if p)


def translation_for(tag: str, available: Iterable[str]) -> str | None:
    """Which of the ``available`` translation files (``sr``, ``sr_Latn``, ``zh_Hans``...) serves
    a content language, or None (the interface then stays English).

    The most specific file in the same script wins: ``sr-Latn-ME`` takes ``sr_Latn``, ``pt-BR``
    takes ``pt``, ``zh`` takes ``zh_Hans``. A file in another script never does: a museum that
    writes Serbian in Latin letters is not shown Cyrillic buttons, nor Traditional Chinese
    readers Simplified ones.
    """
    names = set(available)
    language, _script, territory = cldr.parse_tag(tag)
    wanted = cldr.maximize(tag)
    candidates = [
        file_name(tag),
        "_".join(p for p in (language, wanted.script, territory) if p),
        f"{language}_{wanted.script}",
        "_".join(p for p in (language, territory) if p),
        language,
    ]
    for candidate in dict.fromkeys(candidates):
        if candidate in names and cldr.maximize(candidate).script == wanted.script:
            return candidate
    return None


def endonym(tag: str, among: Collection[str] = ()) -> str:
    """The language's name in itself, as a menu shows it (first letter capitalised, CLDR's
    "uiListOrMenu" context): "Deutsch", "Српски", "Srpski", "العربية", "日本語".

    ``among`` are the other languages offered with it: a script or region is added only when two
    would otherwise have the same name ("Português" and "Português (Brasil)").
    """
    loc = cldr.find(tag)
    if loc is None:
        return tag.upper() if len(tag) <= 3 else tag
    name = str(loc.get_language_name(loc) or tag)
    twins = [
        other
        for other in among
        if other != tag
        and (other_loc := cldr.find(other)) is not None
        and str(other_loc.get_language_name(other_loc)) == name
    ]
    if twins:
        name = str(loc.get_display_name(loc) or name)
    return name[:1].upper() + name[1:]


def is_right_to_left(tag: str) -> bool:
    """Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu...)."""
    loc = cldr.find(tag)
    return loc is not None and loc.character_order == "right-to-left"


# Scripts with capital letters: only these may be set in capitals (a heading's small caps line).
CASED_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek", "Armn"})


def has_letter_case(tag: str) -> bool:
    """Whether the language's script has capitals (Latin, Cyrillic, Greek, Armenian). Arabic,
    Hebrew and the CJK scripts have none: their headings are never spaced out like capitals
    (spacing breaks Arabic's joined letters apart)."""
    return cldr.maximize(tag).script in CASED_SCRIPTS
