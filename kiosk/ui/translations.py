"""Interface text in the visitor's language, switched at any moment without leaving the screen.

Interface strings go through Qt's tooling (``qsTr`` in QML, .ts sources, .qm compiled files in
``kiosk/ui/i18n``); exhibit text comes from the content's language maps instead.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.languages import is_right_to_left
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Translations"]

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).resolve().parent / "i18n"
SOURCE_LANGUAGE = "en"


def load_translator(language: str, folder: Path = I18N_DIR) -> QTranslator | None:
    """English is the source language; its file only adds plural forms ("1 chapter")."""
    translator = QTranslator()
    for candidate in (language, language.split("-")[0]):
        if translator.load(str(folder / f"kiosk_{candidate}.qm")):
            return translator
    if language != SOURCE_LANGUAGE:
        log.info("no interface translation for %s; interface shown in English", language)
    return None


@QmlElement
@QmlSingleton
class Translations(QObject):
    changed = Signal()
    _instance: Translations | None = None
    # Translators are installed on the application, which outlives any one kiosk instance.
    _installed: QTranslator | None = None

    def __init__(self, languages: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._languages = languages
        self._translators = {lang: load_translator(lang) for lang in languages}
        self._active: QTranslator | None = None
        self._language = ""
        self._engine: QQmlEngine | None = None

    @staticmethod
    def create(_engine: object) -> Translations:
        assert Translations._instance is not None
        return Translations._instance

    def attach(self, engine: QQmlEngine) -> None:
        self._engine = engine

    def switch(self, language: str) -> None:
        if language == self._language:
            return
        if Translations._installed is not None:
            QCoreApplication.removeTranslator(Translations._installed)
        self._active = self._translators.get(language)
        Translations._installed = self._active
        if self._active is not None:
            QCoreApplication.installTranslator(self._active)
        self._language = language
        if self._engine is not None:
            self._engine.retranslate()
        self.changed.emit()

    def translate(self, language: str, context: str, text: str) -> str:
        translator = self._translators.get(language)
        translated = translator.translate(context, text) if translator else ""
        return translated or text

    def _get_invitations(self) -> list[str]:
        """'Touch to begin' in every language of the exhibit, for the attract screen."""
        texts = [self.translate(lang, "AttractScreen", "Touch to begin") for lang in self._languages]
        return list(dict.fromkeys(texts))  # a language without a translation would repeat English

    invitations = Property(list, _get_invitations, notify=changed)

    def _get_rtl(self) -> bool:
        return is_right_to_left(self._language)

    rightToLeft = Property(bool, _get_rtl, notify=changed)


def _touch_to_begin() -> str:
    # Listed here so lupdate extracts it in the context the attract screen asks for.
    return QCoreApplication.translate("AttractScreen", "Touch to begin")
