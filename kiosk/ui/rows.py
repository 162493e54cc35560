"""A list model of plain dicts, the base of every list the views show.

New rows with the same ids signal only the rows that changed, so a view keeps its delegates (and
their animations and scroll position); other changes reset the model.
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
)

FIRST_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class RowsListModel(QAbstractListModel):
    """Rows of plain dicts. New rows with the same ids signal only the rows that changed, so the
    view's delegates (and their animations) live on."""

    keys: ClassVar[tuple[str, ...]] = ()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        if [r["id"] for r in rows] != [r["id"] for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            self.countChanged.emit()
            return
        old, self._rows = self._rows, rows
        for i, (a, b) in enumerate(zip(old, rows, strict=True)):
            if a != b:
                roles = [FIRST_ROLE + k for k, key in enumerate(self.keys) if a.get(key) != b.get(key)]
                self.dataChanged.emit(self.index(i), self.index(i), roles)

    def rows(self) -> list[dict[str, Any]]:
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()].get("title")
        k = role - FIRST_ROLE
        if 0 <= k < len(self.keys):
            return self._rows[index.row()].get(self.keys[k])
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {FIRST_ROLE + i: QByteArray(key.encode()) for i, key in enumerate(self.keys)}

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    def ids(self) -> list[str]:
        return [str(r["id"]) for r in self._rows]
