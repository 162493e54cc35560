"""The content schema (format 2): what a curator's TOML files may say.

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
    # defer_build: validators are built when a folder is first checked, not at import: a kiosk
    # starting with content from the cache (kiosk/content/cache.py) never builds them.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


FORMAT = 2  # the format this kiosk reads; `kiosk upgrade` converts older folders


class Colour(StrEnum):
    """The colours a group may take: Theme.qml's palette, each readable in both themes
    (tests/ui/test_accessibility.py measures them)."""

    RED = "red"
    ORANGE = "orange"
    GOLD = "gold"
    GREEN = "green"
    TEAL = "teal"
    BLUE = "blue"
    PURPLE = "purple"
    ROSE = "rose"
    SLATE = "slate"
    BROWN = "brown"


class Line(StrEnum):
    """How a group's arrows are drawn on the map: the pattern tells groups apart without colour."""

    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"
    DASH_DOT = "dash-dot"


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


class Group(Strict):
    """A group of people the exhibit declares (in text/people.toml), in the order listed."""

    id: Id
    name: Text
    colour: Colour | None = None  # None: the first colour of the palette no other group has
    line: Line | None = None  # None: the first pattern no other group has


class Person(Linked):
    id: Id
    name: Text
    native_name: str | None = None
    sort_name: str | None = None
    group: Id | None = None  # a [[group]] id; ungrouped people form one list with no heading
    role: Text | None = None  # who they were in the exhibit's story, a line under the name
    order: int = 0  # within a group, smaller first; then by sort_name
    born: FuzzyDate | None = None
    died: FuzzyDate | None = None
    portrait: Id | None = None  # a photo id; without one the kiosk draws initials


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
    organisations: list[Id] = []
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
    organisations: list[Id] = []  # [[organisation]] ids, shown by name on the event's page
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


class Figure(Strict):
    """A labelled number: { label = { en = "Members" }, value = 1200 }."""

    label: Text
    value: int | float


class Organisation(Linked):
    """An organisation, institution or company, with its figures and parts; any exhibit may list
    them (text/organisations.toml), events and photos name them, map arrows follow them."""

    id: Id
    name: Text
    group: Id | None = None
    leader: Id | None = None  # a person id
    parent: Id | None = None  # the organisation it belonged to
    figures: list[Figure] = []
    parts: list[Text] = []  # its parts, by name, when they have no entry of their own
    summary: Text | None = None


class Route(Strict):
    """An arrow on the map: a movement through places, between two dates."""

    id: Id
    label: Text
    group: Id | None = None  # its colour and line pattern come from the group
    start: FuzzyDate
    end: FuzzyDate
    waypoints: list[Id] = Field(min_length=2)
    organisation: Id | None = None  # who moved (the map times arrows of one organisation together)


class Manifest(Strict):
    """``exhibit.toml``: the exhibit as a whole."""

    format: int = FORMAT
    id: Id
    title: Text
    subtitle: Text | None = None
    languages: list[str] = Field(min_length=1)
    attract_photos: list[Id] = []
    home_order: list[str] = []
    # The regional form of dates and numbers per language, e.g. { en = "en-GB" } for "20 October".
    regional: dict[str, str] = {}
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

    @field_validator("regional")
    @classmethod
    def _regional(cls, value: dict[str, str]) -> dict[str, str]:
        for lang, region in value.items():
            if not LANG_PATTERN.match(lang):
                raise ValueError(f"'{lang}' is not a language code (use codes like en, sr, de)")
            if not LANG_PATTERN.match(region) or region.split("-")[0] != lang.split("-")[0]:
                raise ValueError(
                    f"'{region}' is not a regional form of '{lang}': write the language, a hyphen and "
                    'the country, e.g. en = "en-GB" for British English or de = "de-CH" for Swiss German'
                )
        return value

    def region(self, lang: str) -> str:
        """The language tag to write dates and numbers of ``lang`` in."""
        return self.regional.get(lang, lang)


def with_styles(groups: list[Group]) -> list[Group]:
    """Groups with every colour and line pattern filled in: one left out takes the first of the
    palette that no other group has (the palette's start again once all are taken)."""
    colours = {g.colour for g in groups if g.colour}
    lines = {g.line for g in groups if g.line}
    out: list[Group] = []
    for g in groups:
        colour, line = g.colour, g.line
        if colour is None:
            colour = next((c for c in Colour if c not in colours), list(Colour)[len(out) % len(Colour)])
            colours.add(colour)
        if line is None:
            line = next((x for x in Line if x not in lines), Line.SOLID)
            lines.add(line)
        out.append(g.model_copy(update={"colour": colour, "line": line}))
    return out


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
    groups: list[Group] = []
    organisations: list[Organisation] = []
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
