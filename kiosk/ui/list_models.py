"""List models for the screens whose lists can grow long (chapters, galleries, photos).

A language change keeps the same rows in the same order, so it is signalled as ``dataChanged``
rather than a reset: the visitor's scroll position survives switching language.

The models are made and kept by the ``Models`` singleton, never instantiated by QML: PySide keeps
every Python object that QML creates alive for good, so a model made per screen visit would grow
the kiosk's memory with every visitor. One model per list (and per gallery) is made once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Property, QObject, Slot
from PySide6.QtQml import QmlElement

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, uncreatable
from kiosk.ui.context import AppContext
from kiosk.ui.map_view import MapView
from kiosk.ui.qml_data import to_qml
from kiosk.ui.rows import RowsListModel
from kiosk.ui.timeline_model import TimelineModel

__all__ = [
    "QML_IMPORT_MAJOR_VERSION",
    "QML_IMPORT_NAME",
    "ChapterListModel",
    "GalleryListModel",
    "Models",
    "PhotoListModel",
]


class RowsModel(RowsListModel):
    """Rows built from the exhibit, rebuilt when the language or the content changes."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        context.languageChanged.connect(self.refresh)
        context.contentChanged.connect(self.refresh)
        context.picturesChanged.connect(self.refresh)
        self.refresh()

    def build(self) -> list[object]:
        """The rows, as typed data of kiosk/screens/data.py."""
        raise NotImplementedError

    def refresh(self) -> None:
        self.set_rows([to_qml(row) for row in self.build()])


@QmlElement
@uncreatable("Ask the Models singleton for the chapter list")
class ChapterListModel(RowsModel):
    keys = ("id", "route", "number", "title", "summary", "thumb")

    def build(self) -> list[object]:
        return list(self._context.presenter.chapter_rows())


@QmlElement
@uncreatable("Ask the Models singleton for the gallery list")
class GalleryListModel(RowsModel):
    keys = ("id", "route", "title", "summary", "count", "cover")

    def build(self) -> list[object]:
        return list(self._context.presenter.gallery_rows())


@QmlElement
@uncreatable("Ask the Models singleton for a photo list")
class PhotoListModel(RowsModel):
    """The photos of one gallery (or of the whole exhibit when the gallery id is empty)."""

    keys = ("id", "route", "title", "thumb", "image")

    def __init__(self, context: AppContext, gallery_id: str = "", parent: QObject | None = None) -> None:
        self._gallery_id = gallery_id
        super().__init__(context, parent)

    @Property(str, constant=True)
    def galleryId(self) -> str:
        return self._gallery_id

    def build(self) -> list[object]:
        return list(self._context.presenter.photo_rows(self._gallery_id or None))

    @Slot(str, result=int)
    def indexOf(self, photo_id: str) -> int:
        ids = self.ids()
        return ids.index(photo_id) if photo_id in ids else -1

    @Slot(int, result=str)
    def idAt(self, row: int) -> str:
        return str(self._rows[row]["id"]) if 0 <= row < len(self._rows) else ""


class Models(QObject):
    """The one place list models come from; each is made once and kept."""

    def __init__(self, context: AppContext, map_cache: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._map_cache = map_cache  # where map views draw their base maps
        self._chapters: ChapterListModel | None = None
        self._galleries: GalleryListModel | None = None
        self._photos: dict[str, PhotoListModel] = {}
        self._browsing = ""  # the gallery the visitor last opened: the viewer pages through it
        self._maps: dict[str, MapView] = {}
        self._timeline: TimelineModel | None = None

    def forget_visit(self) -> None:
        """A new visitor finds the map and the timeline as new: the last visitor's date, scene and
        zoom are dropped with the objects that held them."""
        self._browsing = ""
        for obj in [*self._maps.values(), self._timeline]:
            if obj is not None:
                obj.deleteLater()
        self._maps.clear()
        self._timeline = None

    @Slot(str, result=MapView)
    def mapView(self, name: str) -> MapView:
        """One map view per use ("campaign" for the map screen, "place" for place pages)."""
        view = self._maps.get(name)
        if view is None:
            view = self._maps[name] = MapView(self._context, self._map_cache, self)
        return view

    @Slot(result=TimelineModel)
    def timeline(self) -> TimelineModel:
        if self._timeline is None:
            self._timeline = TimelineModel(self._context, self)
        return self._timeline

    @Slot(result=ChapterListModel)
    def chapters(self) -> ChapterListModel:
        if self._chapters is None:
            self._chapters = ChapterListModel(self._context, self)
        return self._chapters

    @Slot(result=GalleryListModel)
    def galleries(self) -> GalleryListModel:
        if self._galleries is None:
            self._galleries = GalleryListModel(self._context, self)
        return self._galleries

    @Slot(str, result=PhotoListModel)
    def galleryPhotos(self, gallery_id: str) -> PhotoListModel:
        self._browsing = gallery_id
        return self._model(gallery_id)

    def _model(self, gallery_id: str) -> PhotoListModel:
        model = self._photos.get(gallery_id)
        if model is None:
            model = self._photos[gallery_id] = PhotoListModel(self._context, gallery_id, self)
        return model

    @Slot(str, result=PhotoListModel)
    def photosAround(self, photo_id: str) -> PhotoListModel:
        """The photos the viewer pages through: the gallery the visitor is browsing while it holds
        this photo, else the first gallery that does."""
        if not (self._browsing and photo_id in self._model(self._browsing).ids()):
            # The viewer keeps paging through the gallery it opened on, so a swipe never swaps the
            # list under it (a photo may belong to several galleries).
            self._browsing = self._context.presenter.gallery_of(photo_id)
        return self._model(self._browsing)
