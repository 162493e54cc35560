"""The campaign map's view model: a scene of kiosk/content/geography.py at one moment of the
campaign, in the visitor's language, for the size the view has.

The view sets the scene, its size, the zoom it settled on and the time (days since the campaign's
first day, fractions allowed, so arrows grow smoothly); this model says where every marker,
label and arrow goes, in map pixels at zoom 1, and which places and events belong to the day.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtQml import QmlElement

from kiosk.content import geography as g
from kiosk.content import timeline
from kiosk.content.model import Exhibit
from kiosk.ui import basemap
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, uncreatable
from kiosk.ui.context import AppContext
from kiosk.ui.rows import RowsListModel

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "MapPlaceModel", "MapRouteModel", "MapView"]

log = logging.getLogger(__name__)

_FIRST_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_geo_cache: dict[tuple[str, tuple[tuple[str, int, int], ...]], g.Geography] = {}


def geography(root: Path) -> g.Geography:
    """The content folder's geography, read again only when a geography file changes."""
    folder = root / g.GEO_DIR
    files = sorted(folder.glob("*.geojson")) if folder.is_dir() else []
    signature = tuple((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    cache_key = (str(root.resolve()), signature)
    found = _geo_cache.get(cache_key)
    if found is None:
        found = g.load_geography(root)
        for problem in found.problems:
            log.warning("map: %s", problem)
        _geo_cache.clear()
        _geo_cache[cache_key] = found
    return found


def map_domain(ex: Exhibit) -> timeline.Domain | None:
    """The days the map's slider covers: the campaign's phases, else its events and arrows."""
    phases = [(p.start, p.end) for p in ex.phases]
    dates = [e.date for e in ex.events] + [d for r in ex.routes for d in (r.start, r.end)]
    return timeline.campaign_domain(phases, dates)


def nice_distance(max_km: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not over ``max_km``."""
    if max_km <= 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(max_km))
    return max((m * power for m in (1, 2, 5) if m * power <= max_km), default=power)


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
        "labelShown",
        "labelDx",
        "labelDy",
    )


@QmlElement
@uncreatable("Made by Python (the Models singleton), not by QML")
class MapRouteModel(RowsListModel):
    """The arrows: the part of each route reached at the map's time."""

    keys = ("routeId", "side", "label", "points", "drawn", "tipX", "tipY", "angle", "head")


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

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._scene_id = ""
        self._focus = ""
        self._width = 0.0
        self._height = 0.0
        self._zoom = 1.0
        self._time = -1.0  # not set: the end of the campaign
        self._label_px = 23
        self._marker_px = 16.0
        self._palette: dict[str, str] = {}
        self._reserved: list[tuple[float, float, float, float]] = []
        self._visible: set[str] = set()
        self._places = MapPlaceModel(self)
        self._routes = MapRouteModel(self)
        self._geo = g.Geography()
        self._scenes: list[g.Scene] = []
        self._scene: g.Scene | None = None
        self._projection: g.Projection | None = None
        self._domain: timeline.Domain | None = None
        self._tracks: list[g.Track] = []
        self._markers: list[g.Marker] = []
        self._base_url = ""
        self._moment: g.Moment | None = None
        self._labels: dict[str, g.Placed] = {}
        self._water_labels: list[dict[str, Any]] = []
        self._area_labels: list[dict[str, Any]] = []
        self._events: dict[str, list[dict[str, Any]]] = {"day": [], "around": []}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._relayout)
        ctx = self._context
        ctx.languageChanged.connect(self._language)
        ctx.contentChanged.connect(self._load)
        self._load()

    # --- inputs -----------------------------------------------------------------------------
    def _later(self) -> None:
        self.inputsChanged.emit()
        self._timer.start()

    def _get_scene_id(self) -> str:
        return self._scene.id if self._scene else self._scene_id

    def _set_scene_id(self, value: str) -> None:
        if value != self._scene_id:
            self._scene_id = value
            self._choose_scene()
            self._later()

    sceneId = Property(str, _get_scene_id, _set_scene_id, notify=sceneChanged)

    def _get_focus(self) -> str:
        return self._focus

    def _set_focus(self, value: str) -> None:
        if value != self._focus:
            self._focus = value
            self._choose_scene()
            self._later()

    focusPlace = Property(str, _get_focus, _set_focus, notify=inputsChanged)

    def _get_width(self) -> float:
        return self._width

    def _set_width(self, value: float) -> None:
        if value != self._width:
            self._width = float(value)
            self._later()

    viewWidth = Property(float, _get_width, _set_width, notify=inputsChanged)

    def _get_height(self) -> float:
        return self._height

    def _set_height(self, value: float) -> None:
        if value != self._height:
            self._height = float(value)
            self._later()

    viewHeight = Property(float, _get_height, _set_height, notify=inputsChanged)

    def _get_label_px(self) -> int:
        return self._label_px

    def _set_label_px(self, value: int) -> None:
        if value != self._label_px:
            self._label_px = max(8, int(value))
            self.inputsChanged.emit()
            self._relabel()

    labelSize = Property(int, _get_label_px, _set_label_px, notify=inputsChanged)

    def _get_marker_px(self) -> float:
        return self._marker_px

    def _set_marker_px(self, value: float) -> None:
        if value != self._marker_px:
            self._marker_px = max(2.0, float(value))
            self.inputsChanged.emit()
            self._relabel()

    markerSize = Property(float, _get_marker_px, _set_marker_px, notify=inputsChanged)

    def _get_palette(self) -> dict[str, str]:
        return dict(self._palette)

    def _set_palette(self, value: dict[str, Any]) -> None:
        palette = {str(k): v.name() if isinstance(v, QColor) else str(v) for k, v in (value or {}).items()}
        if palette != self._palette:
            self._palette = palette
            self._later()

    palette = Property(dict, _get_palette, _set_palette, notify=inputsChanged)

    def _get_reserved(self) -> list[Any]:
        return [QRectF(*r) for r in self._reserved]

    def _set_reserved(self, value: list[Any]) -> None:
        rects = []
        for r in value or []:
            if isinstance(r, QRectF):
                rects.append((r.x(), r.y(), r.width(), r.height()))
            elif isinstance(r, dict):
                rects.append((float(r["x"]), float(r["y"]), float(r["width"]), float(r["height"])))
        if rects != self._reserved:
            self._reserved = rects
            self.inputsChanged.emit()
            self._relabel()

    reserved = Property(list, _get_reserved, _set_reserved, notify=inputsChanged)
    """Parts of the view covered by the view's own controls (at zoom 1): no label goes there."""

    def _get_zoom(self) -> float:
        return self._zoom

    def _set_zoom(self, value: float) -> None:
        value = max(1.0, float(value))
        if abs(value - self._zoom) > 1e-3:
            self._zoom = value
            self.zoomChanged.emit()
            self.layoutChanged.emit()
            self._relabel()

    zoom = Property(float, _get_zoom, _set_zoom, notify=zoomChanged)

    def _get_time(self) -> float:
        return max(0.0, self._time)

    def _set_time(self, value: float) -> None:
        value = max(0.0, min(float(self._day_count()), float(value)))
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

    def _get_scenes(self) -> list[dict[str, str]]:
        presenter = self._context.presenter
        return [{"id": s.id, "title": presenter.t(s.title)} for s in self._scenes]

    scenes = Property(list, _get_scenes, notify=sceneChanged)

    def _get_base_map(self) -> str:
        return self._base_url

    baseMap = Property(str, _get_base_map, notify=baseMapChanged)

    def _day_count(self) -> int:
        return self._domain.days if self._domain else 1

    def _get_day_count(self) -> int:
        return self._day_count()

    dayCount = Property(int, _get_day_count, notify=sceneChanged)

    def _get_date_text(self) -> str:
        if self._domain is None or self._moment is None:
            return ""
        return self._context.presenter.day_text(self._domain.day(self._moment.day))

    dateText = Property(str, _get_date_text, notify=dayChanged)

    def _get_day_events(self) -> list[dict[str, Any]]:
        return self._events["day"]

    dayEvents = Property(list, _get_day_events, notify=dayChanged)

    def _get_around_events(self) -> list[dict[str, Any]]:
        return self._events["around"]

    aroundEvents = Property(list, _get_around_events, notify=dayChanged)

    def _get_months(self) -> list[dict[str, Any]]:
        if self._domain is None:
            return []
        presenter = self._context.presenter
        out = []
        for i in range(self._domain.days):
            day = self._domain.day(i)
            if i == 0 or day.day == 1:
                out.append({"label": presenter.month_name(day.month), "at": i / self._domain.days})
        return out

    months = Property(list, _get_months, notify=sceneChanged)

    def _get_water_labels(self) -> list[dict[str, Any]]:
        return self._water_labels

    waterLabels = Property(list, _get_water_labels, notify=labelsChanged)

    def _get_area_labels(self) -> list[dict[str, Any]]:
        return self._area_labels

    areaLabels = Property(list, _get_area_labels, notify=labelsChanged)

    def _get_legend(self) -> list[dict[str, str]]:
        if self._projection is None:
            return []
        presenter = self._context.presenter
        sides = []
        for t in self._tracks:
            if t.side not in sides and any(self._projection.inside(p) for p in t.points):
                sides.append(t.side)
        order = ["soviet", "yugoslav", "bulgarian", "german", "other"]
        return [{"side": s, "label": presenter.ui(f"side:{s}")} for s in sorted(sides, key=order.index)]

    legend = Property(list, _get_legend, notify=layoutChanged)

    def _get_scale_bar(self) -> dict[str, Any]:
        if self._projection is None:
            return {"width": 0, "label": ""}
        px_km = self._projection.px_per_km() * self._zoom
        km = nice_distance(180 / px_km)
        label = f"{km:g} km"
        return {"width": km * px_km, "label": label}

    scaleBar = Property(dict, _get_scale_bar, notify=layoutChanged)

    def _get_focus_info(self) -> dict[str, Any]:
        empty = {"id": "", "name": "", "inside": False, "x": 0, "y": 0, "edgeX": 0, "edgeY": 0, "angle": 0}
        places = {p.id: p for p in self._context.exhibit.places}
        place = places.get(self._focus)
        if place is None or self._projection is None:
            return empty
        x, y = self._projection.point(place.lon, place.lat)
        (ex, ey), angle = g.edge_pointer((x, y), self._width, self._height, 0)
        return {
            "id": place.id,
            "name": self._context.presenter.t(place.name),
            "inside": self._projection.inside((x, y)),
            "x": x,
            "y": y,
            "edgeX": ex,
            "edgeY": ey,
            "angle": angle,
        }

    focus = Property(dict, _get_focus_info, notify=layoutChanged)

    @Slot(float, float, float, result=str)
    def placeAt(self, x: float, y: float, radius: float) -> str:
        """The place a touch at (x, y) (map pixels at zoom 1) means: its label, or the nearest
        marker within ``radius``; empty when none."""
        zx, zy = x * self._zoom, y * self._zoom
        rows = {r["id"]: r for r in self._places.rows()}
        for ident, placed in self._labels.items():
            row = rows.get(ident)
            if row is None or not row["shown"] or placed.side == "centre":
                continue
            w = g.estimate_width(row["name"], self._label_px)
            box = g.Box(
                row["mapX"] * self._zoom + row["labelDx"],
                row["mapY"] * self._zoom + row["labelDy"],
                w,
                self._label_px * 1.4,
            )
            if box.x <= zx <= box.x + box.w and box.y <= zy <= box.y + box.h:
                return ident
        best, best_d = "", radius
        for r in rows.values():
            if not r["shown"]:
                continue
            d = math.hypot(r["mapX"] - x, r["mapY"] - y)
            if d <= best_d:
                best, best_d = r["id"], d
        return best

    @Slot(str, result=float)
    def timeOf(self, event_id: str) -> float:
        """Where on the slider an event begins (the middle of its first day)."""
        ex = self._context.exhibit
        event = next((e for e in ex.events if e.id == event_id), None)
        if event is None or self._domain is None:
            return self._get_time()
        day = self._domain.clamp(event.date.start)
        return self._domain.index(day) + 0.5

    # --- work -------------------------------------------------------------------------------
    def _load(self) -> None:
        ctx = self._context
        self._geo = geography(ctx.content_dir)
        scenes, problems = g.load_scenes(ctx.content_dir, ctx.exhibit, self._geo)
        for problem in problems:
            log.warning("map: %s", problem)
        self._scenes = scenes
        self._domain = map_domain(ctx.exhibit)
        self._choose_scene()
        self._relayout()

    def _choose_scene(self) -> None:
        chosen = next((s for s in self._scenes if s.id == self._scene_id), None)
        if chosen is None and self._focus:
            place = next((p for p in self._context.exhibit.places if p.id == self._focus), None)
            if place is not None:
                chosen = g.scene_for((place.lon, place.lat), self._scenes)
        if chosen is None and self._scenes:
            chosen = self._scenes[0]
        if chosen is not self._scene:
            self._scene = chosen
            self.sceneChanged.emit()

    def _language(self) -> None:
        self.sceneChanged.emit()
        self.layoutChanged.emit()
        self._relabel()
        self._advance(force=True)

    def _relayout(self) -> None:
        self._timer.stop()
        ex = self._context.exhibit
        if self._scene is None or self._width < 8 or self._height < 8:
            self._projection = None
            self._markers, self._tracks = [], []
            self._places.set_rows([])
            self._routes.set_rows([])
            self.layoutChanged.emit()
            return
        projection = g.Projection(self._scene.bbox, self._width, self._height)
        self._projection = projection
        self._markers = g.markers(ex, projection)
        self._tracks = g.tracks(ex, projection, self._domain) if self._domain else []
        try:
            made = basemap.render(self._geo, projection, self._palette)
            url = QUrl.fromLocalFile(str(made.path)).toString()
        except OSError:
            log.exception("the base map could not be drawn")
            url = ""
        if url != self._base_url:
            self._base_url = url
            self.baseMapChanged.emit()
        if self._time < 0:
            self._time = float(self._day_count())
            self.timeChanged.emit()
        self._moment = None
        self.layoutChanged.emit()
        self._relabel()
        self._advance(force=True)

    def _place_rows(self) -> list[dict[str, Any]]:
        if self._projection is None:
            return []
        presenter = self._context.presenter
        places = {p.id: p for p in presenter.ex.places}
        moment = self._moment
        rows = []
        for m in self._markers:
            focus = m.id == self._focus
            shown = m.id in self._visible
            placed = self._labels.get(m.id)
            rows.append(
                {
                    "id": m.id,
                    "placeId": m.id,
                    "route": f"place/{m.id}",
                    "name": presenter.t(places[m.id].name),
                    "kind": m.kind.value,
                    "mapX": m.x,
                    "mapY": m.y,
                    "shown": shown,
                    "lit": bool(moment and m.id in moment.lit),
                    "today": bool(moment and m.id in moment.today),
                    "focused": focus,
                    "major": g.KIND_RANK[m.kind] == 0,
                    "labelShown": placed is not None and shown,
                    "labelDx": (placed.x - m.x * self._zoom) if placed else 0.0,
                    "labelDy": (placed.y - m.y * self._zoom) if placed else 0.0,
                }
            )
        return rows

    def _relabel(self) -> None:
        """Which labels fit, at the zoom the view settled on. Importance never depends on the
        time, so labels do not come and go while the campaign plays."""
        projection = self._projection
        if projection is None:
            self._labels, self._water_labels, self._area_labels = {}, [], []
            self.labelsChanged.emit()
            return
        presenter = self._context.presenter
        ex = presenter.ex
        z = self._zoom
        width, height = self._width * z, self._height * z
        px = self._label_px
        line = px * 1.4
        close = projection.px_per_km() * z >= g.MINOR_PX_PER_KM
        counts: dict[str, int] = {}
        for e in ex.events:
            if e.place:
                counts[e.place] = counts.get(e.place, 0) + 1
        names = {p.id: presenter.t(p.name) for p in ex.places}
        candidates = sorted(
            (
                m
                for m in self._markers
                if m.inside and (m.id == self._focus or (m.marked and (close or not m.minor)))
            ),
            key=lambda m: (m.id != self._focus, g.KIND_RANK[m.kind], -counts.get(m.id, 0), names[m.id]),
        )
        # Close neighbours of a more important place wait until the visitor zooms in.
        self._visible = g.declutter([(m.id, m.x * z, m.y * z) for m in candidates], self._marker_px * 1.6)
        shown = [m for m in candidates if m.id in self._visible]
        radius = self._marker_px / 2 + 3
        obstacles = [g.Box(m.x * z - radius, m.y * z - radius, radius * 2, radius * 2) for m in shown]
        hard = [g.Box(*r) for r in self._reserved] if z < 1.001 else []
        wishes: list[g.LabelWish] = []
        focus = [m for m in shown if m.id == self._focus]
        for m in focus:
            wishes.append(
                g.LabelWish(m.id, g.estimate_width(names[m.id], px), line, m.x * z, m.y * z, radius)
            )

        # Rivers, at a few points along the longest stretch in view.
        water_wishes: list[tuple[g.LabelWish, str]] = []
        for i, water in enumerate(self._geo.waters):
            name = presenter.t(water.names)
            if not name:
                continue
            runs = [
                run
                for part in g.project_lines(water.lines, projection)
                for run in g.visible_runs([(x * z, y * z) for x, y in part], width, height)
            ]
            if not runs:
                continue
            run = max(runs, key=g.run_length)
            w = g.estimate_width(name, px * 0.9)
            if g.run_length(run) < w * 0.75:
                continue
            spots: list[tuple[float, float, float]] = []
            for at in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9):
                (cx, cy), angle = g.along(run, at)
                # Beside the line, not on it: above it first, then below.
                a = math.radians(angle)
                off = line * 0.55
                spots.append((cx + math.sin(a) * off, cy - math.cos(a) * off, angle))
                spots.append((cx - math.sin(a) * off, cy + math.cos(a) * off, angle))
            water_wishes.append(
                (g.LabelWish(f"water:{i}", w, px * 1.2, spots=tuple(spots), over_markers=True), name)
            )
        wishes += [w for w, _ in water_wishes]

        # A city seen close up is named across its area, before its own districts.
        area_px = px * 0.95
        area_wishes: list[tuple[g.LabelWish, str]] = []
        for m in self._markers:
            if m.inside and not m.marked and m.kind.value == "city" and m.id != self._focus:
                text = names[m.id].upper()
                w = g.estimate_width(text, px * 1.1, px * 0.2)
                cx, cy = m.x * z, m.y * z
                step = line * 1.6
                city_spots = tuple(
                    (cx + dx, cy + dy, 0.0)
                    for dx, dy in ((0, 0), (0, -step), (0, step), (0, -2 * step), (0, 2 * step), (w * 0.6, 0))
                )
                area_wishes.append((g.LabelWish(f"area:{m.id}", w, px * 1.5, spots=city_spots), text))
        wishes += [w for w, _ in area_wishes]

        others = sorted(
            (m for m in shown if m.id != self._focus),
            key=lambda m: (g.KIND_RANK[m.kind], -counts.get(m.id, 0), names[m.id]),
        )
        for m in others:
            wishes.append(
                g.LabelWish(m.id, g.estimate_width(names[m.id], px), line, m.x * z, m.y * z, radius)
            )

        # Regions among the places, and the areas (countries) of the geography files.
        cities = len(area_wishes)
        for m in self._markers:
            if m.inside and not m.marked and m.kind.value == "region" and m.id != self._focus:
                text = names[m.id].upper()
                w = g.estimate_width(text, area_px, area_px * 0.18)
                area_wishes.append(
                    (g.LabelWish(f"area:{m.id}", w, area_px * 1.3, spots=((m.x * z, m.y * z, 0.0),)), text)
                )
        regions = len(area_wishes)
        for i, area in enumerate(self._geo.areas):
            text = presenter.t(area.names).upper()
            if not text:
                continue
            rings = [
                [projection.point(lon, lat) for lon, lat in polygon[0]]
                for polygon in area.polygons
                if polygon
            ]
            rings = [[(x * z, y * z) for x, y in r] for r in rings]
            if not rings:
                continue
            ring = max(rings, key=g.ring_area)
            centres = g.polygon_label_points(ring, width, height)
            if not centres:
                continue
            w = g.estimate_width(text, area_px, area_px * 0.18)
            area_spots = tuple((cx, cy, 0.0) for cx, cy in centres)
            area_wishes.append((g.LabelWish(f"area:geo:{i}", w, area_px * 1.3, spots=area_spots), text))
        wishes += [w for w, _ in area_wishes[cities:]]

        placed = {p.id: p for p in g.place_labels(wishes, width, height, obstacles, hard=hard)}
        self._labels = {k: v for k, v in placed.items() if not k.startswith(("water:", "area:"))}
        self._water_labels = [
            {"name": name, "x": placed[w.id].x / z, "y": placed[w.id].y / z, "angle": placed[w.id].angle}
            for w, name in water_wishes
            if w.id in placed
        ]
        self._area_labels = [
            {
                "name": name,
                "x": placed[w.id].x / z,
                "y": placed[w.id].y / z,
                "major": n < cities,
                "place": n < regions,
            }
            for n, (w, name) in enumerate(area_wishes)
            if w.id in placed
        ]
        self._places.set_rows(self._place_rows())
        self.labelsChanged.emit()

    def _advance(self, force: bool = False) -> None:
        """Move the map to its time: arrows every time; places and the day's events by the day."""
        if self._domain is None:
            return
        t = self._get_time()
        ex = self._context.exhibit
        moment = g.moment(ex, self._domain, self._tracks, t)
        if force or self._moment is None or moment != self._moment:
            day_changed = force or self._moment is None or moment.day != self._moment.day
            self._moment = moment
            self._places.set_rows(self._place_rows())
            if day_changed:
                self._events = self._day_events(moment.day)
                self.dayChanged.emit()
        rows = []
        presenter = self._context.presenter
        labels = {r.id: presenter.t(r.label) for r in ex.routes}
        for track in self._tracks:
            points, angle = track.partial(t)
            tip = points[-1] if points else track.points[0]
            head = [QPointF(x, y) for x, y in g.arrow_head(angle, self._marker_px * 1.5)]
            rows.append(
                {
                    "id": track.id,
                    "routeId": track.id,
                    "side": track.side,
                    "label": labels.get(track.id, ""),
                    "points": [QPointF(x, y) for x, y in points],
                    "drawn": len(points) >= 2,
                    "tipX": tip[0],
                    "tipY": tip[1],
                    "angle": angle,
                    "head": head,
                }
            )
        self._routes.set_rows(rows)

    def _day_events(self, index: int) -> dict[str, list[dict[str, Any]]]:
        assert self._domain is not None
        presenter = self._context.presenter
        found = timeline.events_on(self._domain.day(index), presenter.dated_events())
        return {
            "day": [presenter.event_card(i) for i in found.day],
            "around": [presenter.event_card(i) for i in found.around],
        }
