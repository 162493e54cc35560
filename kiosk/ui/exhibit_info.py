"""The exhibit as a whole, for the attract and home screens and the language switch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.content.languages import endonym, is_right_to_left
from kiosk.ui import context
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.navigator import BUILT_SCREENS

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ExhibitInfo"]


@QmlElement
@QmlSingleton
class ExhibitInfo(QObject):
    changed = Signal()

    _instance: ExhibitInfo | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        ctx = context.current()
        ctx.languageChanged.connect(self.changed)
        ctx.contentChanged.connect(self.changed)

    @staticmethod
    def create(_engine: object) -> ExhibitInfo:
        if ExhibitInfo._instance is None:
            ExhibitInfo._instance = ExhibitInfo()
        return ExhibitInfo._instance

    def _get_title(self) -> str:
        p = context.current().presenter
        return p.t(p.ex.manifest.title)

    title = Property(str, _get_title, notify=changed)

    def _get_subtitle(self) -> str:
        p = context.current().presenter
        return p.t(p.ex.manifest.subtitle)

    subtitle = Property(str, _get_subtitle, notify=changed)

    def _get_titles(self) -> list[dict[str, str]]:
        """The title and the invitation in every language, for the attract screen."""
        ex = context.current().exhibit
        return [
            {"language": lang, "title": ex.manifest.title.get(lang) or next(iter(ex.manifest.title.values()))}
            for lang in ex.languages
        ]

    titles = Property(list, _get_titles, notify=changed)

    def _get_languages(self) -> list[dict[str, Any]]:
        languages = context.current().exhibit.languages
        return [
            {"code": code, "name": endonym(code, languages), "rtl": is_right_to_left(code)}
            for code in languages
        ]

    languages = Property(list, _get_languages, notify=changed)

    def _get_attract_images(self) -> list[str]:
        return context.current().presenter.attract_images()

    attractImages = Property(list, _get_attract_images, notify=changed)

    def _get_sections(self) -> list[str]:
        """The home screen's tiles, in the curator's order, for the parts this exhibit has."""
        ex = context.current().exhibit
        present = {
            "story": bool(ex.chapters),
            "galleries": bool(ex.galleries),
            "people": bool(ex.people),
            "timeline": bool(ex.events),
            "map": bool(ex.places),
        }
        # A home tile appears only for a screen the kiosk can show, so no tile is a dead end.
        order = [s for s in ex.manifest.home_order if s in present] or list(present)
        order += [s for s in present if s not in order]
        return [s for s in order if present[s] and s in BUILT_SCREENS]

    sections = Property(list, _get_sections, notify=changed)

    def _get_counts(self) -> dict[str, int]:
        ex = context.current().exhibit
        return {
            "story": len(ex.chapters),
            "galleries": len(ex.galleries),
            "photos": len(ex.photos),
            "people": len(ex.people),
            "timeline": len(ex.events),
            "map": len(ex.places),
        }

    counts = Property(dict, _get_counts, notify=changed)

    def _get_covers(self) -> dict[str, str]:
        return context.current().presenter.section_covers()

    covers = Property(dict, _get_covers, notify=changed)
