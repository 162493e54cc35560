"""The running kiosk's exhibit state, shared by the view models: the exhibit, its folder, the
visitor's language and the presenter for that language.

One object, made by the composition root (kiosk/ui/bootstrap.py) and handed to every view model
that needs it in its constructor. It owns the language: ``Session`` shows and changes it here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.content.model import Exhibit
from kiosk.screens.present import Presenter
from kiosk.ui.words import interface_words


def image_url(photo_id: str, variant: str, revision: int = 0) -> str:
    """The content revision is part of the URL: Qt caches images by URL, and a curator may replace
    a photo under the same id."""
    return f"image://derived/{revision}/{photo_id}/{variant}"


class AppContext(QObject):
    contentChanged = Signal()
    languageChanged = Signal()

    def __init__(self, exhibit: Exhibit, content_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exhibit = exhibit
        self.content_dir = content_dir
        self.language = exhibit.default_language
        self.revision = 0
        self._presenter: Presenter | None = None

    @property
    def presenter(self) -> Presenter:
        if (
            self._presenter is None
            or self._presenter.lang != self.language
            or self._presenter.ex is not self.exhibit
        ):
            words = interface_words()
            self._presenter = Presenter(
                self.exhibit, self.language, image_url, lambda key: words.get(key, key)
            )
        return self._presenter

    def set_language(self, language: str) -> None:
        if language not in self.exhibit.languages or language == self.language:
            return
        self.language = language
        self._presenter = None
        self.languageChanged.emit()

    def set_exhibit(self, exhibit: Exhibit, content_dir: Path) -> None:
        self.exhibit = exhibit
        self.content_dir = content_dir
        self.revision += 1
        language = self.language if self.language in exhibit.languages else exhibit.default_language
        changed, self.language = language != self.language, language
        self._presenter = None
        self.contentChanged.emit()
        if changed:
            self.languageChanged.emit()
