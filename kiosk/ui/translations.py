"""Interface text in the visitor's language, switched at any moment without leaving the screen.

Interface strings go through Qt's tooling (``qsTr`` in QML, .ts sources, .qm compiled files in
``kiosk/ui/i18n``); exhibit text comes from the content's language maps instead. For the visitor's
language three translators are installed, asked last-installed first:

1. the museum's own wording from the content folder (``interface/<lang>.toml``), if any;
2. the shipped translation that serves the language (``sr-Latn`` → ``kiosk_sr_Latn.qm``, never a
   file in another script: :func:`kiosk.content.languages.translation_for`);
3. English, always, so that a string nobody translated still reads "3 chapters", never the
   source's "3 chapter(s)".
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtQml import QQmlEngine

from kiosk.content.interface_text import InterfaceWording, read_wording
from kiosk.content.languages import SOURCE_LANGUAGE, file_name, is_right_to_left, translation_for
from kiosk.ui import fonts
from kiosk.ui.context import AppContext

__all__ = ["Translations"]

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).resolve().parent / "i18n"


def available(folder: Path = I18N_DIR) -> list[str]:
    """The translation files shipped, by name: ``sr``, ``sr_Latn``, ``zh_Hans``..."""
    return sorted(p.stem.removeprefix("kiosk_") for p in folder.glob("kiosk_*.qm"))


def load_translator(language: str, folder: Path = I18N_DIR) -> QTranslator | None:
    """The shipped translation that serves a content language (``sr-Latn``, ``pt-BR``), or None."""
    name = translation_for(language, available(folder))
    if name is None:
        log.info("no interface translation for %s; its interface is shown in English", language)
        return None
    translator = QTranslator()
    if not translator.load(str(folder / f"kiosk_{name}.qm")):
        log.warning("could not read the interface translation kiosk_%s.qm", name)
        return None
    return translator


class MuseumWording(QTranslator):
    """The museum's ``interface/<lang>.toml``, asked before the shipped translation. Only entries
    the core found valid get here (known strings, placeholders kept, plain text)."""

    def __init__(self, wording: InterfaceWording, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wording = wording

    def translate(
        self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) lets Qt ask the next translator; "" would blank the label.
        return self._wording.translate(str(context), sourceText, n)

    def isEmpty(self) -> bool:
        return not self._wording.entries

    def language(self) -> str:
        return self._wording.language


class Translations(QObject):
    changed = Signal()
    # Translators are installed on the application, which outlives any one kiosk instance.
    _installed: list[QTranslator] = []  # noqa: RUF012 (shared on purpose, see above)

    def __init__(
        self, languages: list[str], context: AppContext | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._languages = list(languages)
        self._content_dir: Path | None = None
        self._english = self._load_english()
        self._stacks: dict[str, list[QTranslator]] = {}
        self._language = ""
        self._engine: QQmlEngine | None = None
        self._context = context  # None for a translator on its own (tools, tests): no content folder
        if context is not None:
            self._content_dir = context.content_dir
            context.contentChanged.connect(self._content_changed)
        self._load()

    @staticmethod
    def _load_english() -> QTranslator | None:
        translator = QTranslator()
        return (
            translator if translator.load(str(I18N_DIR / f"kiosk_{file_name(SOURCE_LANGUAGE)}.qm")) else None
        )

    def _load(self) -> None:
        self._stacks = {}
        for lang in self._languages:
            stack: list[QTranslator] = []
            wording = self._wording(lang)
            if wording is not None:
                stack.append(MuseumWording(wording))
            shipped = load_translator(lang)
            if shipped is not None:
                stack.append(shipped)
            if self._english is not None:
                stack.append(self._english)
            self._stacks[lang] = stack

    def _wording(self, lang: str) -> InterfaceWording | None:
        if self._content_dir is None:
            return None
        wording, problems = read_wording(self._content_dir, lang)
        for problem in problems:  # `kiosk validate` tells the curator; the log keeps a trace
            log.warning("%s", problem)
        return wording if wording.entries else None

    def _content_changed(self) -> None:
        ctx = self._context
        assert ctx is not None  # only connected when there is a context
        self._languages = list(ctx.exhibit.languages)
        self._content_dir = ctx.content_dir
        self._load()
        self._install(ctx.language)

    def attach(self, engine: QQmlEngine) -> None:
        self._engine = engine

    def switch(self, language: str) -> None:
        if language != self._language:
            self._install(language)

    def _install(self, language: str) -> None:
        for translator in Translations._installed:
            if shiboken6.isValid(translator):  # Qt removed it itself if it was deleted
                QCoreApplication.removeTranslator(translator)
        stack = self._stacks.get(language) or ([self._english] if self._english else [])
        # Qt asks the last installed first: English goes in first, the museum's wording last.
        for translator in reversed(stack):
            QCoreApplication.installTranslator(translator)
        Translations._installed = list(stack)
        self._language = language
        if self._engine is not None:
            self._engine.retranslate()
        self.changed.emit()

    def translate(self, language: str, context: str, text: str) -> str:
        for translator in self._stacks.get(language, []):
            translated = translator.translate(context, text)
            if translated:
                return translated
        return text

    @Property(list, notify=changed)
    def invitations(self) -> list[str]:
        """'Touch to begin' in every language of the exhibit, for the attract screen."""
        texts = [self.translate(lang, "AttractScreen", "Touch to begin") for lang in self._languages]
        return list(dict.fromkeys(texts))  # a language without a translation would repeat English

    @Property(bool, notify=changed)
    def rightToLeft(self) -> bool:
        return is_right_to_left(self._language)

    @Property(str, notify=changed)
    def sansFamily(self) -> str:
        return fonts.families_for(self._language).sans

    @Property(str, notify=changed)
    def serifFamily(self) -> str:
        return fonts.families_for(self._language).serif
