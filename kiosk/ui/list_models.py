"""List models for the screens whose lists can grow long (chapters, galleries, photos).

A language change keeps the same rows in the same order, so it is signalled as ``dataChanged``
rather than a reset: the visitor's scroll position survives switching language.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement

from kiosk.ui import context
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = [
    "QML_IMPORT_MAJOR_VERSION",
    "QML_IMPORT_NAME",
    "ChapterListModel",
    "GalleryListModel",
    "PhotoListModel",
]

_FIRST_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    keys: ClassVar[tuple[str, ...]] = ()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        ctx = context.current()
        ctx.languageChanged.connect(self.refresh)
        ctx.contentChanged.connect(self.refresh)
        self.refresh()

    def build(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def refresh(self) -> None:
        rows = self.build()
        if [r["id"] for r in rows] == [r["id"] for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.get("title")
        key_index = role - _FIRST_ROLE
        if 0 <= key_index < len(self.keys):
            return row.get(self.keys[key_index])
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {_FIRST_ROLE + i: QByteArray(key.encode()) for i, key in enumerate(self.keys)}

    def _get_count(self) -> int:
        return len(self._rows)

    count = Property(int, _get_count, notify=countChanged)

    def ids(self) -> list[str]:
        return [r["id"] for r in self._rows]


@QmlElement
class ChapterListModel(RowsModel):
    keys = ("id", "route", "number", "title", "summary", "thumb")

    def build(self) -> list[dict[str, Any]]:
        return context.current().presenter.chapter_rows()


@QmlElement
class GalleryListModel(RowsModel):
    keys = ("id", "route", "title", "summary", "count", "cover")

    def build(self) -> list[dict[str, Any]]:
        return context.current().presenter.gallery_rows()


@QmlElement
class PhotoListModel(RowsModel):
    """The photos of one gallery (or of the whole exhibit when ``galleryId`` is empty)."""

    keys = ("id", "route", "title", "thumb", "image")
    galleryIdChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        self._gallery_id = ""
        super().__init__(parent)

    def _get_gallery_id(self) -> str:
        return self._gallery_id

    def _set_gallery_id(self, gallery_id: str) -> None:
        if gallery_id != self._gallery_id:
            self._gallery_id = gallery_id
            self.galleryIdChanged.emit()
            self.refresh()

    galleryId = Property(str, _get_gallery_id, _set_gallery_id, notify=galleryIdChanged)

    def _get_around_photo(self) -> str:
        return ""

    def _set_around_photo(self, photo_id: str) -> None:
        """Show the gallery this photo belongs to (the photo viewer pages through it)."""
        self._set_gallery_id(context.current().presenter.gallery_of(photo_id))

    aroundPhoto = Property(str, _get_around_photo, _set_around_photo, notify=galleryIdChanged)

    def build(self) -> list[dict[str, Any]]:
        presenter = context.current().presenter
        return [
            presenter.photo_link(pid) | {"image": presenter.image_url(pid, "screen")}
            for pid in presenter.gallery_photo_ids(self._gallery_id or None)
        ]

    @Slot(str, result=int)
    def indexOf(self, photo_id: str) -> int:
        ids = self.ids()
        return ids.index(photo_id) if photo_id in ids else -1
