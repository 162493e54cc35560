"""What each screen shows, as typed data: one frozen dataclass per screen, built by the presenter.

Everything here is plain text, numbers and routes in the visitor's language, decided in Python and
tested without a display. The Qt bridge converts it for QML in one place (kiosk/ui/qml_data.py);
a later reader (speech mode) can walk the same structures in reading order.

To give a screen data: add its dataclass here, a presenter method that builds it, and name that
method in the screen table (kiosk/screens/table.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.screens.routes import Route


@dataclass(frozen=True)
class Link:
    """A tappable link to another screen. Photos carry a thumbnail, people their portrait's (when
    they have one) and their group's colour (a palette name, Theme.qml), events a date."""

    id: str
    route: Route
    title: str
    thumb: str = ""
    colour: str = ""
    date: str = ""


@dataclass(frozen=True)
class Block:
    """A block of chapter or biography text: ``markup`` is escaped curator text plus our own <b>/<i>."""

    kind: str  # paragraph, heading, subheading, bullet
    markup: str


@dataclass(frozen=True)
class Lead:
    """The large picture at the head of a chapter or an event, and the photo screen it opens."""

    image: str
    route: Route
    caption: str


@dataclass(frozen=True)
class Neighbours:
    """Where previous and next lead in a sequence (chapters, events), and how far along it is."""

    number: int
    count: int
    previous: Route | None
    next: Route | None
    next_title: str


@dataclass(frozen=True)
class ChapterRow:
    """A chapter in the story's list."""

    id: str
    route: Route
    number: int
    title: str
    summary: str
    thumb: str


@dataclass(frozen=True)
class GalleryRow:
    id: str
    route: Route
    title: str
    summary: str
    count: int
    cover: str


@dataclass(frozen=True)
class PhotoRow:
    """A photo in a gallery's grid and in the viewer's strip."""

    id: str
    route: Route
    title: str
    thumb: str
    image: str


@dataclass(frozen=True)
class Tile:
    """A home tile: a part of the exhibit, how many things it holds, and a picture for it."""

    section: str
    route: Route
    count: int
    cover: str


@dataclass(frozen=True)
class ChapterPage:
    id: str
    title: str
    fallback: bool  # some of it is shown in the default language
    blocks: tuple[Block, ...]
    lead: Lead | None
    sequence: Neighbours
    people: tuple[Link, ...]
    photos: tuple[Link, ...]
    events: tuple[Link, ...]
    places: tuple[Link, ...]
    sources: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class GalleryPage:
    id: str
    title: str
    summary: str
    count: int


@dataclass(frozen=True)
class PhotoPage:
    id: str
    title: str
    caption: str
    fallback: bool
    credit: str
    rights: str
    alt: str
    date: str
    place: str
    placeholder: bool
    screen: str
    thumb: str
    people: tuple[Link, ...]
    events: tuple[Link, ...]
    chapters: tuple[Link, ...]
    places: tuple[Link, ...]


@dataclass(frozen=True)
class PersonCard:
    id: str
    route: Route
    name: str
    role: str
    dates: str
    colour: str  # the group's palette colour; "" ungrouped
    initials: str  # drawn only when there is no portrait
    portrait: str  # the portrait's thumbnail, or ""


@dataclass(frozen=True)
class PeopleGroup:
    id: str  # "" for the people in no group
    label: str  # the group's name; "" for the people in no group, listed without a heading
    colour: str
    people: tuple[PersonCard, ...]


@dataclass(frozen=True)
class PeoplePage:
    groups: tuple[PeopleGroup, ...]


@dataclass(frozen=True)
class PersonPage:
    card: PersonCard
    native_name: str
    group: str  # the group's name, "" ungrouped
    blocks: tuple[Block, ...]
    fallback: bool
    born: str
    died: str
    photos: tuple[Link, ...]
    chapters: tuple[Link, ...]
    events: tuple[Link, ...]
    sources: tuple[str, ...]
    note: str
    portrait: str  # the portrait at screen size, or ""


@dataclass(frozen=True)
class EventPage:
    id: str
    title: str
    fallback: bool
    date: str
    precision: str  # day, month, year, range
    approximate: bool
    phase: str
    paragraphs: tuple[str, ...]
    places: tuple[Link, ...]  # where it happened first, then the other places it names
    map_route: Route | None  # "show on map"
    map_place: str
    people: tuple[Link, ...]
    organisations: tuple[str, ...]  # names of the organisations that took part
    photos: tuple[Link, ...]
    chapters: tuple[Link, ...]
    sources: tuple[str, ...]
    note: str
    lead: Lead | None
    sequence: Neighbours


@dataclass(frozen=True)
class PlacePage:
    id: str
    name: str
    native: str
    kind: str
    summary: str
    fallback: bool
    events: tuple[Link, ...]  # what happened here
    mentions: tuple[Link, ...]  # events that name it among others
    chapters: tuple[Link, ...]
    photos: tuple[Link, ...]


ScreenData = ChapterPage | GalleryPage | PhotoPage | PeoplePage | PersonPage | EventPage | PlacePage


@dataclass(frozen=True)
class NotFound:
    """The route names nothing in this exhibit (any more): a content change took the item away."""

    route: Route
