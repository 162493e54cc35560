"""The running kiosk's exhibit state, shared by the view models: the exhibit, its folder, the
visitor's language and the presenter for that language.

One object, made by the composition root (kiosk/ui/bootstrap.py) and handed to every view model
that needs it in its constructor. It owns the language: ``Session`` shows and changes it here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal

from kiosk.content.model import Exhibit
from kiosk.screens.present import Presenter
from kiosk.ui.words import interface_words

# A photo's derivative file (in the app's cache) if it exists now, else None: ImageService.file.
PictureFiles = Callable[[str, str], Path | None]


def no_pictures(photo_id: str, variant: str) -> None:
    return None


def picture_url(file: Path | None) -> str:
    """A ``file:`` URL Qt's image reader opens by itself (no Python on its thread), or "" (QML
    draws its plate). The derivative's name holds its content digest, so a photo replaced under
    the same id gets a new URL and Qt's cache, keyed by URL, cannot show the old picture."""
    return QUrl.fromLocalFile(str(file)).toString() if file is not None else ""


class AppContext(QObject):
    contentChanged = Signal()
    languageChanged = Signal()
    picturesChanged = Signal()  # more photos have their derivatives: image URLs may have changed
    _picturesElsewhere = Signal()  # emitted by the preparing thread; handled in the GUI thread

    def __init__(
        self,
        exhibit: Exhibit,
        content_dir: Path,
        pictures: PictureFiles = no_pictures,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.exhibit = exhibit
        self.content_dir = content_dir
        self.language = exhibit.default_language
        self.revision = 0
        self._pictures = pictures
        self._presenter: Presenter | None = None
        self._picturesElsewhere.connect(self._pictures_arrived, Qt.ConnectionType.QueuedConnection)

    def image_url(self, photo_id: str, variant: str) -> str:
        return picture_url(self._pictures(photo_id, variant))

    def pictures_prepared(self) -> None:
        """From any thread: photos have become available (ImageService.on_prepared)."""
        self._picturesElsewhere.emit()

    def _pictures_arrived(self) -> None:
        self._presenter = None
        self.picturesChanged.emit()

    @property
    def presenter(self) -> Presenter:
        if (
            self._presenter is None
            or self._presenter.lang != self.language
            or self._presenter.ex is not self.exhibit
        ):
            words = interface_words()
            self._presenter = Presenter(
                self.exhibit, self.language, self.image_url, lambda key: words.get(key, key)
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
