"""What each screen says, in order: a linear reading order built from the typed screen data. No Qt.

Speech mode moves through these items one by one (a swipe or a keypad arrow), speaks the one under
a finger, and opens the one chosen: every item says what it is and, if it leads somewhere, where.
Screens that change while they show (the map's date, a place touched on it, the accessibility
panel, "Still there?") are read from a :class:`Shell`, :class:`MapState` and the timeline's layout,
which the Qt bridge fills from the running views; proofs and preparation use their defaults.

Every text goes through :func:`kiosk.speech.texts.speech_text`, so the speech cache finds the file
that preparation made for it. Interface words (button names, headings) are asked of a
:class:`Words` in the screen's language, with the same context and source text as the QML that
shows them (Qt's translation files hold both): what is heard is what is shown.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from kiosk.content.model import NEUTRAL, Exhibit
from kiosk.screens.data import Link
from kiosk.screens.present import Presenter
from kiosk.screens.routes import Route
from kiosk.speech.texts import SpeechItem, speech_text, texts_in

_ARG = re.compile(r"%(\d)")
_TAG = re.compile(r"</?[bi]>")


class Role(StrEnum):
    HEADING = "heading"
    TEXT = "text"
    LINK = "link"
    BUTTON = "button"
    IMAGE = "image"
    SLIDER = "slider"


class Do(StrEnum):
    """What opening an item does."""

    GO = "go"  # to the route in ``arg``
    REPLACE = "replace"  # the current screen with ``arg`` (previous/next in a sequence)
    HOME = "home"
    BACK = "back"
    LANGUAGE = "language"  # switch to the language ``arg``
    BEGIN = "begin"  # leave the attract screen
    MORE_TIME = "more-time"  # answer "Still there?"
    PRESS = "press"  # press the item's own button on screen (the view knows what it does)
    ADJUST = "adjust"  # a slider: ``arg`` is "+1" or "-1"


@dataclass(frozen=True)
class Action:
    do: Do
    arg: str = ""

    def __str__(self) -> str:
        return f"{self.do.value}:{self.arg}" if self.arg else self.do.value


@dataclass(frozen=True)
class ReadingItem:
    key: str  # the same in every language: "title", "block/3", "link/person/tito", "nav/home"
    text: str  # what is spoken (normalised)
    role: Role
    label: str = ""  # what the screen shows for it, or its accessible name: finds it on screen
    action: Action | None = None
    language: str = ""  # the voice: the screen's language unless the text is shown in another one
    narration: str = ""  # an item's route: the curator's recording of it replaces this text
    index: int = -1  # its row in a scrolling list view, so the view can bring it into being


class Words(Protocol):
    """Interface text: (language, QML context, source text, plural count) -> the translation."""

    def __call__(self, language: str, context: str, source: str, n: int = -1) -> str: ...


def fill(template: str, *args: object) -> str:
    """``%1``, ``%2``... as QML's ``.arg()`` chain fills them."""

    def one(match: re.Match[str]) -> str:
        i = int(match[1])
        return str(args[i - 1]) if 0 < i <= len(args) else match[0]

    return _ARG.sub(one, template)


def plain(markup: str) -> str:
    """A block's markup (escaped text with our own <b>/<i>) as the text it shows."""
    return html.unescape(_TAG.sub("", markup))


@dataclass(frozen=True)
class Shell:
    """What surrounds the screen: the navigation bar, and what is open over the screen."""

    languages: tuple[tuple[str, str], ...] = ()  # (code, name in itself), in the bar's order
    can_go_back: bool = False
    bar_title: bool = True  # the bar shows the exhibit's title (wide screens)
    panel_open: bool = False  # the accessibility panel
    text_step: int = 0
    text_steps: int = 4
    high_contrast: bool = False
    reach_mode: bool = False
    idle_seconds: int | None = None  # "Still there?" is showing, with this many seconds left


@dataclass(frozen=True)
class MapState:
    """What the map shows: its day, the place touched, the names on it."""

    day: dt.date | None = None  # the slider's day; None: the campaign's last day
    scenes: tuple[tuple[str, str], ...] = ()  # (id, title); "" = "Whole map"
    scene: str = ""
    selected: str = ""  # a place touched on the map screen: its panel replaces the day's events
    places: tuple[tuple[str, str], ...] | None = None  # (id, name) labelled; None: every place
    areas: tuple[str, ...] = ()  # countries, seas and rivers named on the map
    legend: tuple[str, ...] = ()
    playing: bool = False
    off_map: str = ""  # the place a place page is about, when it lies beyond the map


# Interface words, as the QML that shows them asks for them (a test checks each against the
# translation catalogue): (context, source).
NAV = {
    "home": ("NavBar", "Home"),
    "back": ("NavBar", "Back"),
    "access": ("NavBar", "Accessibility: text size, contrast, reach"),
}
SPEECH = "SpeechMode"  # the context of the words only speech mode says (kiosk/ui/speech_words.py)
ROLE_WORDS = {
    Role.LINK: (SPEECH, "%1, link"),
    Role.BUTTON: (SPEECH, "%1, button"),
    Role.SLIDER: (SPEECH, "%1, slider"),
    Role.IMAGE: (SPEECH, "%1, picture"),
}
SELECTED = (SPEECH, "%1, selected")


class Reader:
    """Reading orders for one exhibit in one language."""

    def __init__(
        self,
        presenter: Presenter,
        words: Words,
        *,
        narrated: Callable[[str], bool] = lambda _item: False,
        written: dict[str, str] | None = None,
    ) -> None:
        self.p = presenter
        self.ex: Exhibit = presenter.ex
        self.lang = presenter.lang
        self.words = words
        self.narrated = narrated  # whether the curator recorded this item (a route) in this language
        # written_in() reads every text of the exhibit: the kiosk works it out once, in a thread.
        self._written_in = written if written is not None else written_in(self.ex, self.lang)

    # --- building blocks ------------------------------------------------------------------------
    def w(self, context: str, source: str, *args: object, n: int = -1) -> str:
        text = self.words(self.lang, context, source, n)
        if n >= 0:
            text = text.replace("%n", str(n))
        return fill(text, *args) if args else text

    def voice(self, text: str) -> str:
        """The language a shown text is written in: a missing translation is read by its own voice."""
        return self._written_in.get(speech_text(text), self.lang)

    def item(
        self,
        key: str,
        label: str,
        role: Role = Role.TEXT,
        action: Action | None = None,
        *,
        spoken: str | None = None,
        language: str | None = None,
        narration: str = "",
        selected: bool = False,
        index: int = -1,
    ) -> ReadingItem | None:
        """One item: ``label`` as shown; ``spoken`` when it is said otherwise; None when empty."""
        said = speech_text(spoken if spoken is not None else label)
        if not said:
            return None
        composed = said
        if selected:
            composed = fill(self.w(*SELECTED), composed)
        if role in ROLE_WORDS:
            composed = fill(self.w(*ROLE_WORDS[role]), composed)
        voice = language or (self.voice(said) if composed == said else self.lang)
        return ReadingItem(key, speech_text(composed), role, label, action, voice, narration, index)

    def link(
        self, key: str, link: Link | None, label: str | None = None, index: int = -1
    ) -> ReadingItem | None:
        if link is None:
            return None
        shown = label if label is not None else (f"{link.date} · {link.title}" if link.date else link.title)
        spoken = ", ".join(part for part in (link.title, link.date) if part)
        return self.item(key, shown, Role.LINK, go(link.route), spoken=spoken, index=index)

    def links(self, heading: tuple[str, str], links: Sequence[Link]) -> list[ReadingItem | None]:
        """A titled list of links, as LinkSection shows it (nothing when it is empty)."""
        if not links:
            return []
        title = self.w(*heading)
        return [
            self.item(f"heading/{heading[1]}", title, Role.HEADING),
            *(self.link(f"link/{link.route}", link) for link in links),
        ]

    # --- around every screen ----------------------------------------------------------------------
    def shell(self, shell: Shell) -> list[ReadingItem | None]:
        """The navigation bar: the exhibit's title, Home, Back, the languages, accessibility."""
        items: list[ReadingItem | None] = []
        if shell.bar_title:
            items.append(self.item("nav/title", self.p.t(self.ex.manifest.title)))
        items.append(self.item("nav/home", self.w(*NAV["home"]), Role.BUTTON, Action(Do.HOME)))
        if shell.can_go_back:
            items.append(self.item("nav/back", self.w(*NAV["back"]), Role.BUTTON, Action(Do.BACK)))
        for code, name in shell.languages:
            items.append(
                self.item(
                    f"nav/language/{code}",
                    name,
                    Role.BUTTON,
                    Action(Do.LANGUAGE, code),
                    language=code,
                    selected=code == self.lang,
                )
            )
        items.append(self.item("nav/access", self.w(*NAV["access"]), Role.BUTTON, Action(Do.PRESS)))
        return items

    def panel(self, shell: Shell) -> list[ReadingItem | None]:
        """The accessibility panel, while it is open over the screen."""
        ctx = "AccessibilityPanel"
        items = [
            self.item("panel/title", self.w(ctx, "Make it easier to use"), Role.HEADING),
            self.item("panel/close", self.w(ctx, "Close"), Role.BUTTON, Action(Do.PRESS)),
            self.item("panel/text-size", self.w(ctx, "Text size"), Role.HEADING),
        ]
        for step in range(shell.text_steps):
            name = self.w(ctx, "Text size %1 of %2", step + 1, shell.text_steps)
            items.append(
                self.item(
                    f"panel/step/{step}",
                    name,
                    Role.BUTTON,
                    Action(Do.PRESS),
                    selected=step == shell.text_step,
                )
            )
        items += [
            self.item(
                "panel/contrast",
                self.w(ctx, "High contrast"),
                Role.BUTTON,
                Action(Do.PRESS),
                selected=shell.high_contrast,
            ),
            self.item(
                "panel/reach",
                self.w(ctx, "Bring everything lower"),
                Role.BUTTON,
                Action(Do.PRESS),
                selected=shell.reach_mode,
            ),
            self.item(
                "panel/note", self.w(ctx, "These settings end when you leave; the next visitor starts fresh.")
            ),
        ]
        return items

    def idle(self, seconds: int) -> list[ReadingItem | None]:
        """'Still there?': the whole screen while it shows; any touch or key answers it."""
        ctx = "IdleOverlay"
        return [
            self.item("idle/title", self.w(ctx, "Still there?"), Role.HEADING, Action(Do.MORE_TIME)),
            self.item(
                "idle/countdown",
                self.w(ctx, "The exhibit starts again for the next visitor in %n second(s).", n=seconds),
                action=Action(Do.MORE_TIME),
            ),
            self.item("idle/more", self.w(ctx, "More time"), Role.BUTTON, Action(Do.MORE_TIME)),
        ]

    # --- screens without data of their own -----------------------------------------------------------
    def attract(self) -> list[ReadingItem | None]:
        """The title and 'Touch to begin' in every language, each in its own voice."""
        manifest = self.ex.manifest
        items: list[ReadingItem | None] = []
        for lang in self.ex.languages:
            title = manifest.title.get(lang) or next(iter(manifest.title.values()))
            items.append(self.item(f"title/{lang}", title, Role.HEADING, Action(Do.BEGIN), language=lang))
        for lang, text in invitations(self.words, self.ex.languages):
            items.append(self.item(f"begin/{lang}", text, Role.BUTTON, Action(Do.BEGIN), language=lang))
        return items


def go(route: Route | str | None) -> Action | None:
    return Action(Do.GO, str(route)) if route else None


def invitations(words: Words, languages: Sequence[str]) -> list[tuple[str, str]]:
    """'Touch to begin' in each language, as the attract screen lists it: a language whose text
    repeats another's (no translation of its own) is not listed twice."""
    seen: dict[str, str] = {}
    for lang in languages:
        text = words(lang, "AttractScreen", "Touch to begin")
        if text not in seen:
            seen[text] = lang
    return [(lang, text) for text, lang in seen.items()]


def written_in(exhibit: Exhibit, language: str) -> dict[str, str]:
    """The exhibit's texts a screen in ``language`` shows, and the language each is written in."""
    found: dict[str, str] = {}
    for item in texts_in(exhibit, language):
        found.setdefault(item.text, item.language)
    for event in exhibit.events:  # event pages show the summary paragraph by paragraph
        lang, text = _pick(event.summary, language, exhibit.default_language)
        for paragraph in text.split("\n\n"):
            found.setdefault(speech_text(paragraph), lang)
    return found


def _pick(value: dict[str, str] | None, language: str, default: str) -> tuple[str, str]:
    if not value:
        return language, ""
    for lang, key in ((language, language), (language, NEUTRAL), (default, default)):
        if key in value:
            return lang, value[key]
    first = next(iter(value))
    return first, value[first]


def compact(items: Iterable[ReadingItem | None]) -> list[ReadingItem]:
    """The items that say something, each key once (the first keeps it)."""
    out: list[ReadingItem] = []
    keys: set[str] = set()
    for item in items:
        if item is not None and item.key not in keys:
            keys.add(item.key)
            out.append(item)
    return out


@dataclass
class Spoken:
    """Every (language, text) a set of reading orders may speak, for preparing them."""

    items: dict[SpeechItem, None] = field(default_factory=dict)

    def add(self, order: Iterable[ReadingItem]) -> None:
        for item in order:
            self.items.setdefault(SpeechItem(item.language, item.text), None)

    def pairs(self) -> list[tuple[str, str]]:
        return [(i.language, i.text) for i in self.items]
