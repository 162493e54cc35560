"""The kiosk's one door to CLDR, the Unicode locale data, through Babel. Pure Python: no Qt.

Content names its languages with BCP 47 tags (``sr``, ``sr-Latn``, ``zh-Hans``, ``pt-BR``); Babel
names locales ``sr_Latn``. Everything that needs locale data (dates, numbers, plurals, list joins,
language names, writing direction) asks this module for the locale.

Babel is imported on first use, not with this module: importing it and reading one locale's data
costs about 5-15 ms, which the kiosk spends when a screen first needs it, not before its first frame
(``tests/content/test_cldr.py`` checks that importing the core does not import Babel).

The packaged kiosk carries CLDR data only for :data:`BUNDLED_LANGUAGES` (see
``packaging/pyinstaller/trim.py``); a language without data is formatted as English, and
``kiosk validate`` says so (:func:`kiosk.content.interface_text.check_interface`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from babel import Locale

FALLBACK = "en"

# The interface languages (kiosk.content.languages.INTERFACE_LANGUAGES) and the other languages a
# museum is likely to write its content in: the European Union's, its neighbours', and the most
# widely read elsewhere. Every regional and script variant of these is kept in the package.
BUNDLED_LANGUAGES = frozenset(
    {
        *("en", "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "hu", "ro", "hr", "sr", "bg", "ru"),
        *("uk", "el", "tr", "ar", "he", "zh", "ja", "ko"),
        *("ca", "da", "et", "fi", "ga", "is", "lt", "lv", "mk", "mt", "nb", "nn", "no", "sk", "sl"),
        *("sq", "sv", "bs", "eu", "gl", "cy", "be", "ka", "hy", "az"),
        *("fa", "ur", "hi", "bn", "th", "vi", "id", "ms", "sw"),
    }
)


class Subtags(NamedTuple):
    language: str
    script: str
    territory: str


def parse_tag(tag: str) -> tuple[str, str | None, str | None]:
    """Language, script and territory of a BCP 47 tag (``sr-Latn-ME``), without Babel's data."""
    parts = tag.replace("_", "-").split("-")
    language, script, territory = parts[0].lower(), None, None
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha() and script is None and territory is None:
            script = part.title()
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            territory = territory or part.upper()
    return language, script, territory


@lru_cache(maxsize=256)
def maximize(tag: str) -> Subtags:
    """The tag with its likely script and territory filled in (CLDR likely subtags):
    ``sr`` is Cyrillic in Serbia, ``sr-Latn`` Latin, ``zh-TW`` Traditional Han, ``pt`` Brazilian."""
    from babel.core import get_global, parse_locale

    language, script, territory = parse_tag(tag)
    likely = get_global("likely_subtags")
    keys = ["_".join(p for p in (language, script, territory) if p)]
    if script:
        keys.append(f"{language}_{script}")
    if territory:
        keys.append(f"{language}_{territory}")
    keys.append(language)
    for key in keys:
        if key in likely:
            _lang, found_territory, found_script, *_rest = parse_locale(likely[key])
            return Subtags(language, script or found_script or "", territory or found_territory or "")
    return Subtags(language, script or "", territory or "")


@lru_cache(maxsize=64)
def find(tag: str) -> Locale | None:
    """The CLDR locale for a tag, or the nearest one with data in the same script; None when
    there is no data for the language at all (or only for another script of it)."""
    from babel import Locale, UnknownLocaleError

    language, script, territory = parse_tag(tag)
    wanted = maximize(tag).script
    candidates = [
        "_".join(p for p in (language, script, territory) if p),
        "_".join(p for p in (language, script) if p),
        language,
    ]
    for candidate in dict.fromkeys(candidates):
        if candidate != candidates[0] and maximize(candidate).script != wanted:
            continue  # Serbian in Latin letters never falls back to Cyrillic data
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return None


def locale(tag: str) -> Locale:
    """The locale to format for: :func:`find`, else English."""
    from babel import Locale

    return find(tag) or Locale.parse(FALLBACK)


def has_data(tag: str) -> bool:
    return find(tag) is not None
