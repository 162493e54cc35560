"""The exhibit as a whole, for the attract and home screens and the language switch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal

from kiosk.content.languages import endonym, is_right_to_left
from kiosk.screens.table import home_tiles
from kiosk.ui.context import AppContext
from kiosk.ui.qml_data import to_qml


class ExhibitInfo(QObject):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        context.languageChanged.connect(self.changed)
        context.contentChanged.connect(self.changed)
        context.picturesChanged.connect(self.changed)

    @Property(str, notify=changed)
    def title(self) -> str:
        p = self._context.presenter
        return p.t(p.ex.manifest.title)

    @Property(str, notify=changed)
    def subtitle(self) -> str:
        p = self._context.presenter
        return p.t(p.ex.manifest.subtitle)

    @Property(list, notify=changed)
    def titles(self) -> list[dict[str, str]]:
        """The title in every language that has its own, for the attract screen (a language
        without one would only repeat another's)."""
        ex = self._context.exhibit
        titles = {lang: ex.manifest.title[lang] for lang in ex.languages if ex.manifest.title.get(lang)}
        if not titles:
            titles = {ex.languages[0]: next(iter(ex.manifest.title.values()), "")}
        return [{"language": lang, "title": title} for lang, title in titles.items()]

    @Property(list, notify=changed)
    def languages(self) -> list[dict[str, Any]]:
        languages = self._context.exhibit.languages
        return [
            {"code": code, "name": endonym(code, languages), "rtl": is_right_to_left(code)}
            for code in languages
        ]

    @Property(list, notify=changed)
    def attractImages(self) -> list[str]:
        return self._context.presenter.attract_images()

    @Property(list, notify=changed)
    def tiles(self) -> list[dict[str, Any]]:
        """The home screen's tiles (section, route, count, cover), from the screen table."""
        converted: list[dict[str, Any]] = to_qml(home_tiles(self._context.presenter))
        return converted
