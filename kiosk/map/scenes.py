"""The map's scenes: the boxes of ``geo/map.toml`` (each a ``bbox`` or a place and a radius), or,
without it, the whole campaign and a close-up of the place the story centres on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, ValidationError, model_validator

from kiosk.content.messages import describe_validation_error
from kiosk.content.model import Exhibit, Id, Strict, Text
from kiosk.content.problems import Problem, error
from kiosk.content.tomlsource import read_toml
from kiosk.map.geojson import Geography
from kiosk.map.projection import BBox, Point, circle_bbox, distance_km

SCENES_FILE = "geo/map.toml"
DEFAULT_CITY_RADIUS_KM = 16.0


class SceneSpec(Strict):
    """One ``[[scene]]`` of ``geo/map.toml``."""

    id: Id
    title: Text | None = None
    bbox: list[float] | None = Field(default=None, min_length=4, max_length=4)
    around: Id | None = None
    radius_km: float = Field(default=DEFAULT_CITY_RADIUS_KM, gt=0, le=5000)

    @model_validator(mode="after")
    def _one_way(self) -> SceneSpec:
        if (self.bbox is None) == (self.around is None):
            raise ValueError("give a scene either a bbox = [west, south, east, north] or around = a place id")
        if self.bbox is not None:
            west, south, east, north = self.bbox
            if not (-180 <= west < east <= 180 and -85 <= south < north <= 85):
                raise ValueError("bbox is [west, south, east, north] in degrees, west < east, south < north")
        return self


@dataclass(frozen=True)
class Scene:
    id: str
    title: dict[str, str]  # empty: the view names it ("The campaign")
    bbox: BBox


def map_places(exhibit: Exhibit) -> list[str]:
    """The places the campaign map is about: every route's waypoints and every event's places."""
    ids: dict[str, None] = {}
    for r in exhibit.routes:
        ids.update(dict.fromkeys(r.waypoints))
    for e in exhibit.events:
        if e.place:
            ids[e.place] = None
        ids.update(dict.fromkeys(e.places))
    return list(ids)


def focal_place(exhibit: Exhibit) -> str | None:
    """The place the story centres on: the most events happen there (places named count half)."""
    score: dict[str, float] = {}
    for e in exhibit.events:
        if e.place:
            score[e.place] = score.get(e.place, 0) + 1
        for p in e.places:
            score[p] = score.get(p, 0) + 0.5
    return max(score, key=lambda k: (score[k], k)) if score else None


def load_scenes(root: Path, exhibit: Exhibit, geo: Geography) -> tuple[list[Scene], list[Problem]]:
    """The scenes of ``geo/map.toml``, or, without it, the whole campaign and a close-up of its
    focal place."""
    problems: list[Problem] = []
    places = {p.id: p for p in exhibit.places}
    scenes: list[Scene] = []
    src = read_toml(root, SCENES_FILE, problems, required=False)
    if src is not None:
        rows = src.data.get("scene", [])
        for key in src.data:
            if key != "scene":
                problems.append(error(SCENES_FILE, f"'{key}' does not belong here; write [[scene]] tables."))
        for index, row in enumerate(rows if isinstance(rows, list) else []):
            line = src.table_line("scene", index)
            try:
                spec = SceneSpec.model_validate(row)
            except ValidationError as exc:
                problems.extend(describe_validation_error(exc, SceneSpec, src, line, f"scene #{index + 1}"))
                continue
            if any(s.id == spec.id for s in scenes):
                problems.append(error(SCENES_FILE, f"The scene id '{spec.id}' is used twice.", line))
                continue
            if spec.bbox is not None:
                bbox = BBox(*spec.bbox)
            else:
                place = places.get(spec.around or "")
                if place is None:
                    problems.append(
                        error(SCENES_FILE, f"Scene '{spec.id}': there is no place '{spec.around}'.", line)
                    )
                    continue
                bbox = circle_bbox((place.lon, place.lat), spec.radius_km)
            scenes.append(Scene(spec.id, dict(spec.title or {}), bbox))
        if scenes:
            return scenes, problems
    return default_scenes(exhibit, geo), problems


def default_scenes(exhibit: Exhibit, geo: Geography) -> list[Scene]:
    places = {p.id: p for p in exhibit.places}
    wanted = [places[i] for i in map_places(exhibit) if i in places] or list(exhibit.places)
    within = [p for p in wanted if geo.extent is None or geo.extent.contains(p.lon, p.lat)]
    box = BBox.around((p.lon, p.lat) for p in (within or wanted))
    if box is None:
        box = geo.extent or BBox(-10, 35, 40, 60)
        return [Scene("campaign", {}, box)]
    scenes = [Scene("campaign", {}, box.padded(0.06, 0.2))]
    focus = focal_place(exhibit)
    if focus and focus in places:
        centre = places[focus]
        near = [
            p
            for p in exhibit.places
            if distance_km((p.lon, p.lat), (centre.lon, centre.lat)) <= DEFAULT_CITY_RADIUS_KM
        ]
        close = BBox.around((p.lon, p.lat) for p in near)
        if len(near) >= 3 and close is not None and close.area() < box.area() / 50:
            scenes.append(Scene("city", dict(centre.name), close.padded(0.15, 0.01)))
    return scenes


def scene_for(place_lonlat: Point, scenes: Sequence[Scene]) -> Scene | None:
    """The closest scene that shows a place (the smallest box holding it); None when none does."""
    holding = [s for s in scenes if s.bbox.contains(*place_lonlat)]
    return min(holding, key=lambda s: s.bbox.area()) if holding else None


def choose_scene(exhibit: Exhibit, scenes: Sequence[Scene], scene_id: str, focus: str) -> Scene | None:
    """The scene a view asked for by id; else the closest one showing its focus place; else the first."""
    chosen = next((s for s in scenes if s.id == scene_id), None)
    if chosen is None and focus:
        place = next((p for p in exhibit.places if p.id == focus), None)
        if place is not None:
            chosen = scene_for((place.lon, place.lat), scenes)
    if chosen is None and scenes:
        chosen = scenes[0]
    return chosen
