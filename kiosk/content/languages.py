"""Languages named in their own language (a visitor looks for their language, not a flag)."""

from __future__ import annotations

ENDONYMS = {
    "ar": "العربية",
    "bg": "Български",
    "bs": "Bosanski",
    "cs": "Čeština",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "he": "עברית",
    "hr": "Hrvatski",
    "hu": "Magyar",
    "it": "Italiano",
    "ja": "日本語",
    "mk": "Македонски",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "ru": "Русский",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "sq": "Shqip",
    "sr": "Српски",
    "sr-Latn": "Srpski",
    "tr": "Türkçe",
    "uk": "Українська",
    "zh": "中文",
}
RIGHT_TO_LEFT = {"ar", "he", "fa", "ur"}


def endonym(code: str) -> str:
    return ENDONYMS.get(code) or ENDONYMS.get(code.split("-")[0]) or code.upper()
