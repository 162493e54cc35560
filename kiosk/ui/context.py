"""The running kiosk's state that several view models share: the exhibit and its images.

Held by the application, reached by view models through :func:`current`. It is a plain Python
object with one Qt signal, not a QML context property.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.content.model import Exhibit
from kiosk.content.present import Presenter
from kiosk.ui.words import interface_words

_current: AppContext | None = None


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
        if self.language not in exhibit.languages:
            self.language = exhibit.default_language
        self._presenter = None
        self.contentChanged.emit()


def install(context: AppContext) -> None:
    global _current
    _current = context


def current() -> AppContext:
    if _current is None:
        raise RuntimeError("the kiosk's content is not loaded yet")
    return _current
