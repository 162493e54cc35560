"""The content schema (format v1): what a curator's TOML files may say.

Pure Python: no Qt. Unknown keys are errors (``extra="forbid"``) so that a typo in a
field name is reported instead of silently ignored. Every visitor-facing string is a
language map (``{ en = "...", sr = "..." }``) in the spirit of IIIF ``label``; a plain
string is accepted too and counts for every language (stored under ``"none"``).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from kiosk.content.dates import FuzzyDate

NEUTRAL = "none"  # IIIF's key for text that is the same in every language
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
LANG_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _as_language_map(value: Any) -> Any:
    if isinstance(value, str):
        return {NEUTRAL: value}
    return value


def _check_language_keys(value: dict[str, str]) -> dict[str, str]:
    for key in value:
        if key != NEUTRAL and not LANG_PATTERN.match(key):
            raise ValueError(f"'{key}' is not a language code (use codes like en, sr, de)")
    return value


Text = Annotated[
    dict[str, str],
    BeforeValidator(_as_language_map),
    AfterValidator(_check_language_keys),
    Field(min_length=1),
]
Id = Annotated[str, Field(pattern=ID_PATTERN)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Side(StrEnum):
    SOVIET = "soviet"
    GERMAN = "german"
    BULGARIAN = "bulgarian"
    YUGOSLAV = "yugoslav"
    OTHER = "other"


class Source(Strict):
    id: Id
    author: str
    title: str
    year: int | None = None
    publisher: str | None = None
    pages: str | None = None
    note: Text | None = None


class Linked(Strict):
    """Fields shared by everything that links to the rest of the exhibit."""

    people: list[Id] = []
    photos: list[Id] = []
    events: list[Id] = []
    places: list[Id] = []
    sources: list[Id] = []
    note: Text | None = None  # a curator's note shown to visitors, e.g. where sources disagree


class Chapter(Linked):
    id: Id
    title: Text
    summary: Text | None = None
    lead_photo: Id | None = None


class Person(Linked):
    id: Id
    name: Text
    native_name: str | None = None
    sort_name: str | None = None
    side: Side
    kind: str = Field(default="commander", pattern=r"^(commander|political)$")
    rank: Text | None = None  # rank and command in the exhibit's period
    born: FuzzyDate | None = None
    died: FuzzyDate | None = None
    portrait: Id | None = None  # a photo id; without one the kiosk draws initials on the side's colour


class Photo(Linked):
    id: Id
    file: str
    title: Text
    caption: Text
    credit: Text
    rights: Text | None = None
    alt: Text | None = None
    date: FuzzyDate | None = None
    place: Id | None = None
    units: list[str] = []
    placeholder: bool = False


class Gallery(Strict):
    id: Id
    title: Text
    summary: Text | None = None
    photos: list[Id] = Field(min_length=1)


class Phase(Strict):
    id: Id
    title: Text
    start: FuzzyDate
    end: FuzzyDate


class Event(Linked):
    id: Id
    date: FuzzyDate
    title: Text
    summary: Text
    place: Id | None = None
    units: list[str] = []
    phase: Id | None = None


class PlaceKind(StrEnum):
    CITY = "city"
    TOWN = "town"
    VILLAGE = "village"
    RIVER = "river"
    HILL = "hill"
    FORTRESS = "fortress"
    BRIDGE = "bridge"
    DISTRICT = "district"
    REGION = "region"
    BUILDING = "building"


class Place(Strict):
    id: Id
    name: Text
    native: str | None = None
    kind: PlaceKind = PlaceKind.TOWN
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    summary: Text | None = None


class StrengthKind(StrEnum):
    MEN = "men"
    TANKS = "tanks"
    ASSAULT_GUNS = "assault_guns"
    GUNS = "guns"
    MORTARS = "mortars"
    AIRCRAFT = "aircraft"
    VEHICLES = "vehicles"
    DIVISIONS = "divisions"
    BRIGADES = "brigades"


class Force(Linked):
    id: Id
    name: Text
    side: Side
    commander: Id | None = None
    parent: Id | None = None
    strength: dict[StrengthKind, int] = {}
    summary: Text | None = None
    subunits: list[str] = []


class Route(Strict):
    """An arrow on the campaign map: a force's advance through places, between two dates."""

    id: Id
    label: Text
    side: Side
    start: FuzzyDate
    end: FuzzyDate
    waypoints: list[Id] = Field(min_length=2)
    force: Id | None = None


class Manifest(Strict):
    """``exhibit.toml``: the exhibit as a whole."""

    format: int = Field(default=1, ge=1, le=1)
    id: Id
    title: Text
    subtitle: Text | None = None
    languages: list[str] = Field(min_length=1)
    attract_photos: list[Id] = []
    home_order: list[str] = []
    source: list[Source] = []

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        for code in value:
            if not LANG_PATTERN.match(code):
                raise ValueError(f"'{code}' is not a language code (use codes like en, sr, de)")
        if len(set(value)) != len(value):
            raise ValueError("a language is listed twice")
        return value


class Exhibit(Strict):
    """Everything the kiosk shows, after loading and cross-checking."""

    manifest: Manifest
    chapters: list[Chapter] = []
    people: list[Person] = []
    photos: list[Photo] = []
    galleries: list[Gallery] = []
    events: list[Event] = []
    phases: list[Phase] = []
    places: list[Place] = []
    forces: list[Force] = []
    routes: list[Route] = []
    # Markdown bodies keyed by (item id, language): chapters and biographies.
    chapter_bodies: dict[str, dict[str, str]] = {}
    person_bodies: dict[str, dict[str, str]] = {}

    @property
    def languages(self) -> list[str]:
        return self.manifest.languages

    @property
    def default_language(self) -> str:
        return self.manifest.languages[0]
