"""The campaign map's view model: the view's inputs in, the core's rows out, as Qt properties.

The view sets the scene, its size, its text size and fonts, the zoom it settled on and the time
(days since the campaign's first day, fractions allowed, so arrows grow smoothly); everything it
shows is decided by :class:`kiosk.map.composer.MapComposer`, without Qt. This module only keeps
the inputs, says what changed, and measures text with the fonts the view draws with.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QRectF, QTimer, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtQml import QmlElement

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, uncreatable
from kiosk.ui.context import AppContext
from kiosk.ui.qml_data import rows, to_qml
from kiosk.ui.rows import RowsListModel

if TYPE_CHECKING:  # the map's core loads with the first map shown, not at start-up (issue 18)
    from kiosk.map.geometry import Box

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "MapPlaceModel", "MapRouteModel", "MapView"]

log = logging.getLogger(__name__)


@QmlElement
@uncreatable("Made by Python (the Models singleton), not by QML")
class MapPlaceModel(RowsListModel):
    """The places of a scene: position at zoom 1, state at the map's time, and label offset."""

    keys = (
        "placeId",
        "route",
        "name",
        "kind",
        "mapX",
        "mapY",
        "shown",
        "lit",
        "today",
        "focused",
        "major",
        "dot",
        "ring",
        "labelShown",
        "labelDx",
        "labelDy",
    )


@QmlElement
@uncreatable("Made by Python (the Models singleton), not by QML")
class MapRouteModel(RowsListModel):
    """The arrows: the part of each route reached at the map's time."""

    keys = ("routeId", "colour", "line", "label", "points", "drawn", "tipX", "tipY", "angle", "head")


def _rect(value: Any) -> Box | None:
    from kiosk.map.geometry import Box

    if isinstance(value, QRectF):
        return Box(value.x(), value.y(), value.width(), value.height())
    if isinstance(value, dict):
        return Box(float(value["x"]), float(value["y"]), float(value["width"]), float(value["height"]))
    return None


@QmlElement
@uncreatable("Made by Python (the Models singleton), not by QML")
class MapView(QObject):
    """``MapView { viewWidth: 1200; viewHeight: 900; time: 40.5 }``"""

    inputsChanged = Signal()
    sceneChanged = Signal()
    baseMapChanged = Signal()
    timeChanged = Signal()
    dayChanged = Signal()
    labelsChanged = Signal()
    zoomChanged = Signal()
    layoutChanged = Signal()

    def __init__(self, state: AppContext, cache: Path, parent: QObject | None = None) -> None:
        """``cache``: the folder base maps are drawn into (the kiosk's image cache's ``maps``)."""
        super().__init__(parent)
        self._state = state
        self._cache = cache
        from kiosk.map.composer import MapComposer
        from kiosk.ui.text_metrics import FontMeasure

        self._measure = FontMeasure()
        self._map = MapComposer(self._measure)
        self._time = -1.0  # not set: the end of the campaign
        self._base_url = ""
        self._events: dict[str, Any] = {"day": [], "around": []}
        self._places = MapPlaceModel(self)
        self._routes = MapRouteModel(self)
        self._needs_layout = False
        self._needs_labels = False
        # Inputs arrive one binding at a time: the work is done once they have all arrived.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._update)
        state.languageChanged.connect(self._language)
        state.contentChanged.connect(self._load)
        self._load()

    # --- inputs -----------------------------------------------------------------------------
    def _later(self, layout: bool = True) -> None:
        self._needs_layout = self._needs_layout or layout
        self._needs_labels = True
        self._timer.start()

    def _get_scene_id(self) -> str:
        return self._map.scene.id if self._map.scene else self._map.scene_id

    def _set_scene_id(self, value: str) -> None:
        if value != self._map.scene_id:
            self._map.scene_id = value
            self._choose_scene()
            self.inputsChanged.emit()
            self._later()

    sceneId = Property(str, _get_scene_id, _set_scene_id, notify=sceneChanged)

    def _get_focus(self) -> str:
        return self._map.focus

    def _set_focus(self, value: str) -> None:
        if value != self._map.focus:
            self._map.focus = value
            self._choose_scene()
            self.inputsChanged.emit()
            self._later()

    focusPlace = Property(str, _get_focus, _set_focus, notify=inputsChanged)

    def _get_width(self) -> float:
        return self._map.width

    def _set_width(self, value: float) -> None:
        if value != self._map.width:
            self._map.width = float(value)
            self.inputsChanged.emit()
            self._later()

    viewWidth = Property(float, _get_width, _set_width, notify=inputsChanged)

    def _get_height(self) -> float:
        return self._map.height

    def _set_height(self, value: float) -> None:
        if value != self._map.height:
            self._map.height = float(value)
            self.inputsChanged.emit()
            self._later()

    viewHeight = Property(float, _get_height, _set_height, notify=inputsChanged)

    def _get_text_size(self) -> int:
        return self._map.text_size

    def _set_text_size(self, value: int) -> None:
        value = max(8, int(value))
        if value != self._map.text_size:
            self._map.text_size = value
            self.inputsChanged.emit()
            self._later(layout=False)

    textSize = Property(int, _get_text_size, _set_text_size, notify=inputsChanged)
    """The view's small type size, in pixels: labels are measured at it, markers sized from it."""

    def _get_sans(self) -> str:
        return self._measure.sans

    def _set_sans(self, value: str) -> None:
        if self._measure.use(value, self._measure.serif):
            self.inputsChanged.emit()
            self._later(layout=False)

    sansFamily = Property(str, _get_sans, _set_sans, notify=inputsChanged)
    """The font family the view names places with (Theme.sans)."""

    def _get_serif(self) -> str:
        return self._measure.serif

    def _set_serif(self, value: str) -> None:
        if self._measure.use(self._measure.sans, value):
            self.inputsChanged.emit()
            self._later(layout=False)

    serifFamily = Property(str, _get_serif, _set_serif, notify=inputsChanged)
    """The font family the view names rivers with (Theme.serif)."""

    def _get_palette(self) -> dict[str, str]:
        return dict(self._map.palette)

    def _set_palette(self, value: dict[str, Any]) -> None:
        palette = {str(k): v.name() if isinstance(v, QColor) else str(v) for k, v in (value or {}).items()}
        if palette != self._map.palette:
            self._map.palette = palette
            self.inputsChanged.emit()
            self._later()

    palette = Property(dict, _get_palette, _set_palette, notify=inputsChanged)

    def _get_reserved(self) -> list[Any]:
        return [QRectF(b.x, b.y, b.w, b.h) for b in self._map.reserved]

    def _set_reserved(self, value: list[Any]) -> None:
        boxes = tuple(b for b in map(_rect, value or []) if b is not None)
        if boxes != self._map.reserved:
            self._map.reserved = boxes
            self.inputsChanged.emit()
            self._later(layout=False)

    reserved = Property(list, _get_reserved, _set_reserved, notify=inputsChanged)
    """Parts of the view covered by the view's own controls (at zoom 1): no label goes there."""

    def _get_zoom(self) -> float:
        return self._map.zoom

    def _set_zoom(self, value: float) -> None:
        value = max(1.0, float(value))
        if abs(value - self._map.zoom) > 1e-3:
            detail = self._map.detail
            self._map.zoom = value
            self.zoomChanged.emit()
            self.layoutChanged.emit()
            if self._map.detail != detail:
                self._redraw()  # zoomed in from the whole map, or back out to it
            self._later(layout=False)

    zoom = Property(float, _get_zoom, _set_zoom, notify=zoomChanged)

    def _get_pixel_ratio(self) -> float:
        return self._map.pixel_ratio

    def _set_pixel_ratio(self, value: float) -> None:
        value = max(1.0, float(value))
        if value != self._map.pixel_ratio:
            self._map.pixel_ratio = value
            self.inputsChanged.emit()
            self._later()

    pixelRatio = Property(float, _get_pixel_ratio, _set_pixel_ratio, notify=inputsChanged)
    """Device pixels per view pixel (the screen's): the base map is drawn as sharp as it shows."""

    def _get_time(self) -> float:
        return max(0.0, self._time)

    def _set_time(self, value: float) -> None:
        value = max(0.0, min(float(self._map.day_count), float(value)))
        if value != self._time:
            self._time = value
            self.timeChanged.emit()
            self._advance()

    time = Property(float, _get_time, _set_time, notify=timeChanged)

    # --- outputs ----------------------------------------------------------------------------
    def _get_place_model(self) -> MapPlaceModel:
        return self._places

    places = Property(QObject, _get_place_model, notify=sceneChanged)

    def _get_route_model(self) -> MapRouteModel:
        return self._routes

    routes = Property(QObject, _get_route_model, notify=sceneChanged)

    def _get_scenes(self) -> list[Any]:
        return rows(self._map.scene_choices(self._state.presenter))

    scenes = Property(list, _get_scenes, notify=sceneChanged)

    def _get_base_map(self) -> str:
        return self._base_url

    baseMap = Property(str, _get_base_map, notify=baseMapChanged)

    def _get_day_count(self) -> int:
        return self._map.day_count

    dayCount = Property(int, _get_day_count, notify=sceneChanged)

    def _get_date_text(self) -> str:
        return self._map.date_text(self._state.presenter)

    dateText = Property(str, _get_date_text, notify=dayChanged)

    def _get_day_events(self) -> list[Any]:
        return list(self._events["day"])

    dayEvents = Property(list, _get_day_events, notify=dayChanged)

    def _get_around_events(self) -> list[Any]:
        return list(self._events["around"])

    aroundEvents = Property(list, _get_around_events, notify=dayChanged)

    def _get_months(self) -> list[Any]:
        return rows(self._map.months(self._state.presenter))

    months = Property(list, _get_months, notify=sceneChanged)

    def _get_water_labels(self) -> list[Any]:
        return rows(self._map.labels.waters)

    waterLabels = Property(list, _get_water_labels, notify=labelsChanged)

    def _get_area_labels(self) -> list[Any]:
        return rows(self._map.labels.areas)

    areaLabels = Property(list, _get_area_labels, notify=labelsChanged)

    def _get_legend(self) -> list[Any]:
        return rows(self._map.legend(self._state.presenter))

    legend = Property(list, _get_legend, notify=layoutChanged)

    def _get_scale_bar(self) -> dict[str, Any]:
        return dict(to_qml(self._map.scale_bar()))

    scaleBar = Property(dict, _get_scale_bar, notify=layoutChanged)

    def _get_focus_info(self) -> dict[str, Any]:
        return dict(to_qml(self._map.focus_pointer(self._state.presenter)))

    focus = Property(dict, _get_focus_info, notify=layoutChanged)

    # --- work -------------------------------------------------------------------------------
    def _load(self) -> None:
        for problem in self._map.load(self._state.exhibit, self._state.content_dir):
            log.warning("map: %s", problem)
        self._choose_scene()
        self._relayout()

    def _choose_scene(self) -> None:
        if self._map.choose_scene():
            self.sceneChanged.emit()

    def _language(self) -> None:
        self.sceneChanged.emit()
        self.layoutChanged.emit()
        self._relabel()
        self._advance(force=True)

    def _update(self) -> None:
        if self._needs_layout:
            self._relayout()
        elif self._needs_labels:
            self._relabel()

    def _relayout(self) -> None:
        self._needs_layout = False
        self._map.fit()
        self._redraw()
        if self._map.projection is not None and self._time < 0:
            self._time = float(self._map.day_count)
            self.timeChanged.emit()
        self.layoutChanged.emit()
        self._relabel()
        self._advance(force=True)

    def _redraw(self) -> None:
        """The base map for the fitted view at its zoom (found in the cache once drawn)."""
        made = None
        try:
            made = self._map.base_map(self._cache)
        except OSError:
            log.exception("the base map could not be drawn")
        url = QUrl.fromLocalFile(str(made.path)).toString() if made else ""
        if url != self._base_url:
            self._base_url = url
            self.baseMapChanged.emit()

    def _relabel(self) -> None:
        self._needs_labels = False
        self._map.relabel(self._state.presenter)
        self._places.set_rows(rows(self._map.place_rows(self._state.presenter)))
        self.labelsChanged.emit()

    def _advance(self, force: bool = False) -> None:
        """Move the map to its time: arrows every time; places and the day's events by the day."""
        presenter = self._state.presenter
        changed, day_changed = self._map.advance(self._get_time())
        if self._map.domain is None:
            return
        if changed or force:
            self._places.set_rows(rows(self._map.place_rows(presenter)))
        if day_changed or force:
            events = self._map.day_events(presenter)
            self._events = {"day": rows(events.day), "around": rows(events.around)}
            self.dayChanged.emit()
        self._routes.set_rows(rows(self._map.route_rows(presenter, self._get_time())))
