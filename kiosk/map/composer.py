"""A scene of the campaign map fitted to a view, at one moment, in the visitor's language: where
every marker, label and arrow goes (view pixels at zoom 1), which places and events belong to the
day, and the legend, scale bar and off-map pointer, as typed rows for the view.

The view model (``kiosk/ui/map_view.py``) sets the inputs and calls, in this order as they change:
:meth:`MapComposer.load` (the content), :meth:`~MapComposer.choose_scene`, :meth:`~MapComposer.fit`
and :meth:`~MapComposer.base_map` (the view's size), :meth:`~MapComposer.relabel` (the zoom settled,
or the language changed) and :meth:`~MapComposer.advance` (the time). Importance never depends on
the time, so labels do not come and go while the campaign plays."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.chronology import Domain, events_on
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem
from kiosk.map import basemap
from kiosk.map.campaign import Moment, Track, arrow_head, map_domain, moment, tracks
from kiosk.map.geojson import Geography, cached_geography
from kiosk.map.geometry import Box, edge_pointer
from kiosk.map.labels import Features, LabelRequest, MapLabels, Measure, features, label_map
from kiosk.map.places import MINOR_PX_PER_KM, Marker, MarkerSizes, event_counts, markers, shown_markers
from kiosk.map.projection import XY, Projection
from kiosk.map.scenes import Scene, choose_scene, load_scenes
from kiosk.screens.present import Presenter
from kiosk.screens.timeline_view import EventSummary, event_summary

SCALE_BAR_PX = 180  # the longest a scale bar may be


@dataclass(frozen=True)
class PlaceRow:
    id: str
    place_id: str
    route: str
    name: str
    kind: str
    map_x: float  # at zoom 1
    map_y: float
    shown: bool
    lit: bool  # already part of the story
    today: bool  # an event there on the slider's day
    focused: bool
    major: bool
    dot: float  # the dot's diameter
    ring: float  # the ring's diameter, shown on the day, when chosen or pressed
    label_shown: bool
    label_dx: float  # the name's top-left from the dot, zoomed pixels
    label_dy: float


@dataclass(frozen=True)
class RouteRow:
    id: str
    route_id: str
    colour: str  # the group's palette colour and line pattern ("" and "solid" without a group)
    line: str
    label: str
    points: tuple[XY, ...]  # the part drawn at the time, at zoom 1
    drawn: bool
    tip_x: float
    tip_y: float
    angle: float
    head: tuple[XY, ...]  # the arrowhead around its tip, in pixels


@dataclass(frozen=True)
class SceneChoice:
    id: str
    title: str  # empty: the view names it ("The campaign")


@dataclass(frozen=True)
class MonthMark:
    label: str
    short: str  # the abbreviated name, for a slider too narrow for the full ones
    at: float  # where along the slider it begins, 0 to 1
    until: float  # where the next month begins (1: the slider's end)


@dataclass(frozen=True)
class LegendEntry:
    colour: str
    line: str
    label: str


@dataclass(frozen=True)
class ScaleBar:
    width: float  # pixels at the zoom labels were placed for
    label: str


@dataclass(frozen=True)
class FocusPointer:
    """The focus place, and where a pointer to it goes when it lies beyond the view."""

    id: str = ""
    name: str = ""
    inside: bool = False
    x: float = 0.0
    y: float = 0.0
    edge_x: float = 0.0
    edge_y: float = 0.0
    angle: float = 0.0


@dataclass(frozen=True)
class DayEvents:
    day: tuple[EventSummary, ...] = ()  # dated to the slider's day
    around: tuple[EventSummary, ...] = ()  # known only to a longer period around it


def nice_distance(max_km: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not over ``max_km``."""
    if max_km <= 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(max_km))
    return max((m * power for m in (1, 2, 5) if m * power <= max_km), default=power)


class MapComposer:
    """One map view's state and everything it shows; no Qt."""

    def __init__(self, measure: Measure) -> None:
        self.measure = measure
        # Inputs, set by the view.
        self.scene_id = ""
        self.focus = ""
        self.width = 0.0
        self.height = 0.0
        self.zoom = 1.0
        self.pixel_ratio = 1.0  # device pixels per view pixel
        self.text_size = 23
        self.reserved: tuple[Box, ...] = ()  # the view's own controls at zoom 1
        self.palette: dict[str, str] = {}
        # Content.
        self.exhibit: Exhibit | None = None
        self.geo = Geography()
        self.scenes: list[Scene] = []
        self.domain: Domain | None = None
        # Derived.
        self.scene: Scene | None = None
        self.projection: Projection | None = None
        self.features = Features([], [])
        self.markers: list[Marker] = []
        self.tracks: list[Track] = []
        self.labels = MapLabels({}, [], [])
        self.shown: set[str] = set()
        self.moment: Moment | None = None

    @property
    def sizes(self) -> MarkerSizes:
        return MarkerSizes(self.text_size)

    @property
    def day_count(self) -> int:
        return self.domain.days if self.domain else 1

    # --- steps --------------------------------------------------------------------------------
    def load(self, exhibit: Exhibit, content_dir: Path) -> list[Problem]:
        """Read the content's geography and scenes; the problems are the curator's to fix."""
        self.exhibit = exhibit
        self.geo = cached_geography(content_dir)
        self.scenes, problems = load_scenes(content_dir, exhibit, self.geo)
        self.domain = map_domain(exhibit)
        return problems

    def choose_scene(self) -> bool:
        """Pick the scene for the inputs; True when it changed."""
        chosen = choose_scene(self.exhibit, self.scenes, self.scene_id, self.focus) if self.exhibit else None
        changed = chosen is not self.scene
        self.scene = chosen
        return changed

    def fit(self) -> None:
        """Fit the scene to the view's size. Without a scene or a size there is nothing to show."""
        self.moment = None
        if self.exhibit is None or self.scene is None or self.width < 8 or self.height < 8:
            self.projection = None
            self.features = Features([], [])
            self.markers, self.tracks = [], []
            return
        self.projection = Projection(self.scene.bbox, self.width, self.height)
        self.features = features(self.geo, self.projection)
        self.markers = markers(self.exhibit, self.projection)
        self.tracks = tracks(self.exhibit, self.projection, self.domain) if self.domain else []

    @property
    def detail(self) -> float:
        """File pixels per view pixel the base map needs at the view's pixel ratio and zoom."""
        return basemap.detail(self.pixel_ratio, self.zoom)

    def base_map(self, cache: Path) -> basemap.BaseMap | None:
        """The land and rivers for the fitted view, as sharp as the screen shows them at the zoom,
        drawn now or found in ``cache``."""
        if self.projection is None:
            return None
        return basemap.render(self.geo, self.projection, self.palette, cache, self.detail)

    def relabel(self, presenter: Presenter) -> None:
        """Which markers and names fit, at the zoom the view settled on."""
        if self.projection is None:
            self.labels, self.shown = MapLabels({}, [], []), set()
            return
        ex = presenter.ex
        names = {p.id: presenter.t(p.name) for p in ex.places}
        counts = event_counts(ex)
        shown = shown_markers(
            self.markers,
            focus=self.focus,
            close=self.projection.px_per_km() * self.zoom >= MINOR_PX_PER_KM,
            counts=counts,
            names=names,
            zoom=self.zoom,
            spacing=self.sizes.room * 1.6,
        )
        self.shown = {m.id for m in shown}
        request = LabelRequest(
            projection=self.projection,
            zoom=self.zoom,
            markers=self.markers,
            shown=shown,
            focus=self.focus,
            names=names,
            counts=counts,
            features=self.features,
            geo_name=presenter.t,
            text_size=self.text_size,
            reserved=self.reserved,
            arrows=[t.points for t in self.tracks],
        )
        self.labels = label_map(request, self.measure)

    def advance(self, t: float) -> tuple[bool, bool]:
        """Move to time ``t``: whether what lights up changed, and whether the day did."""
        if self.exhibit is None or self.domain is None:
            return False, False
        now = moment(self.exhibit, self.domain, self.tracks, t)
        if now == self.moment:
            return False, False
        day_changed = self.moment is None or now.day != self.moment.day
        self.moment = now
        return True, day_changed

    # --- what the view shows -----------------------------------------------------------------
    def place_rows(self, presenter: Presenter) -> list[PlaceRow]:
        if self.projection is None:
            return []
        places = {p.id: p for p in presenter.ex.places}
        lit = self.moment.lit if self.moment else frozenset()
        today = self.moment.today if self.moment else frozenset()
        sizes, z = self.sizes, self.zoom
        rows = []
        for m in self.markers:
            shown = m.id in self.shown
            placed = self.labels.places.get(m.id)
            rows.append(
                PlaceRow(
                    id=m.id,
                    place_id=m.id,
                    route=f"place/{m.id}",
                    name=presenter.t(places[m.id].name),
                    kind=m.kind.value,
                    map_x=m.x,
                    map_y=m.y,
                    shown=shown,
                    lit=m.id in lit,
                    today=m.id in today,
                    focused=m.id == self.focus,
                    major=m.major,
                    dot=sizes.dot(m.major),
                    ring=sizes.ring(m.major),
                    label_shown=placed is not None and shown,
                    label_dx=(placed.x - m.x * z) if placed else 0.0,
                    label_dy=(placed.y - m.y * z) if placed else 0.0,
                )
            )
        return rows

    def route_rows(self, presenter: Presenter, t: float) -> list[RouteRow]:
        labels = {r.id: presenter.t(r.label) for r in presenter.ex.routes}
        styles = {g.id: g for g in presenter.ex.groups}
        head_length = self.sizes.room * 1.5
        rows = []
        for track in self.tracks:
            group = styles.get(track.group)
            points, angle = track.partial(t)
            tip = points[-1] if points else track.points[0]
            rows.append(
                RouteRow(
                    id=track.id,
                    route_id=track.id,
                    colour=group.colour.value if group and group.colour else "",
                    line=group.line.value if group and group.line else "solid",
                    label=labels.get(track.id, ""),
                    points=tuple(XY(x, y) for x, y in points),
                    drawn=len(points) >= 2,
                    tip_x=tip[0],
                    tip_y=tip[1],
                    angle=angle,
                    head=tuple(XY(x, y) for x, y in arrow_head(angle, head_length)),
                )
            )
        return rows

    def day_events(self, presenter: Presenter) -> DayEvents:
        if self.domain is None or self.moment is None:
            return DayEvents()
        found = events_on(self.domain.day(self.moment.day), presenter.dated_events())
        return DayEvents(
            tuple(event_summary(presenter, i) for i in found.day),
            tuple(event_summary(presenter, i) for i in found.around),
        )

    def date_text(self, presenter: Presenter) -> str:
        if self.domain is None or self.moment is None:
            return ""
        return presenter.day_text(self.domain.day(self.moment.day))

    def scene_choices(self, presenter: Presenter) -> list[SceneChoice]:
        return [SceneChoice(s.id, presenter.t(s.title)) for s in self.scenes]

    def months(self, presenter: Presenter) -> list[MonthMark]:
        """Where each month begins along the slider."""
        if self.domain is None:
            return []
        days = self.domain.days
        starts = [i for i in range(days) if i == 0 or self.domain.day(i).day == 1]
        return [
            MonthMark(
                presenter.month_name(self.domain.day(i).month),
                presenter.month_abbreviation(self.domain.day(i).month),
                i / days,
                end / days,
            )
            for i, end in zip(starts, [*starts[1:], days], strict=True)
        ]

    def legend(self, presenter: Presenter) -> list[LegendEntry]:
        """The groups whose arrows the view shows, in the exhibit's order of groups."""
        if self.projection is None:
            return []
        shown = {t.group for t in self.tracks if any(self.projection.inside(p) for p in t.points)}
        return [
            LegendEntry(
                g.colour.value if g.colour else "", g.line.value if g.line else "solid", presenter.t(g.name)
            )
            for g in presenter.ex.groups
            if g.id in shown
        ]

    def scale_bar(self) -> ScaleBar:
        if self.projection is None:
            return ScaleBar(0, "")
        px_km = self.projection.px_per_km() * self.zoom
        km = nice_distance(SCALE_BAR_PX / px_km)
        return ScaleBar(km * px_km, f"{km:g} km")

    def focus_pointer(self, presenter: Presenter) -> FocusPointer:
        place = next((p for p in presenter.ex.places if p.id == self.focus), None)
        if place is None or self.projection is None:
            return FocusPointer()
        x, y = self.projection.point(place.lon, place.lat)
        (ex, ey), angle = edge_pointer((x, y), self.width, self.height, 0)
        return FocusPointer(
            place.id, presenter.t(place.name), self.projection.inside((x, y)), x, y, ex, ey, angle
        )
