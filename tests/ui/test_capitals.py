"""Headings in capitals follow the visitor's language: Greek drops its accents, Turkish keeps the
dot on its capital i, and the QML heading shows what the bridge made of it (``Bidi.caps``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.content.loader import load
from kiosk.ui import context
from kiosk.ui.translations import Translations
from tests.ui.test_translations import folder_with


def test_capitals_by_the_languages_own_rules(qapp: QGuiApplication, tmp_path: Path) -> None:
    root = folder_with(tmp_path, '["en", "el", "tr", "de"]', {})
    exhibit = load(root).exhibit
    assert exhibit is not None
    t = Translations(exhibit.languages, context.AppContext(exhibit, root))
    try:
        t.switch("el")
        assert t.upper("Φωτογραφίες") == "ΦΩΤΟΓΡΑΦΙΕΣ"  # not ΦΩΤΟΓΡΑΦΊΕΣ
        assert t.cased
        t.switch("tr")
        assert t.upper("kişiler") == "KİŞİLER"  # not KIŞILER
        t.switch("de")
        assert t.upper("Straße") == "STRASSE"
        t.switch("en")
        assert t.upper("people") == "PEOPLE"
    finally:
        t.switch("en")
