"""What there is to say: the exhibit's texts as (language, text) pairs to prepare. Pure Python: no Qt.

The speech cache is keyed by content (language and text), not by screen: whatever reading order a
screen builds later finds its audio as long as it speaks the same text, normalised by
:func:`speech_text`. So this module lists every visitor-facing text of the exhibit, per language,
with chapter and biography bodies split into the blocks the screens show (headings and paragraphs).
A text shown in the default language because a translation is missing is listed in that language,
so it is spoken by that language's voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kiosk.content import markdown
from kiosk.content.model import NEUTRAL, Exhibit

_SPACE = re.compile(r"\s+")
# Direction marks and isolates the interface puts around inserted values: invisible, never spoken.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, order=True)
class SpeechItem:
    language: str
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def speech_text(text: str) -> str:
    """The form that is spoken and hashed: markdown emphasis marks dropped, whitespace collapsed."""
    blocks = markdown.parse(text)
    plain = " ".join(block.plain for block in blocks) if blocks else text
    return _SPACE.sub(" ", _BIDI_CONTROLS.sub("", plain)).strip()


def body_blocks(source: str) -> list[str]:
    """A chapter or biography body as the texts of its blocks, in order (headings included)."""
    return [speech_text(block.plain) for block in markdown.parse(source) if block.plain.strip()]


def localized(value: dict[str, str] | None, language: str, default: str) -> SpeechItem | None:
    """The text a screen in ``language`` shows for a language map, in the language it is written in."""
    if not value:
        return None
    if language in value:
        found, lang = value[language], language
    elif NEUTRAL in value:
        found, lang = value[NEUTRAL], language
    elif default in value:
        found, lang = value[default], default
    else:
        lang, found = next(iter(value.items()))
    text = speech_text(found)
    return SpeechItem(lang, text) if text else None


def exhibit_texts(exhibit: Exhibit) -> list[SpeechItem]:
    """Every text of the exhibit a visitor can hear, in every exhibit language; no repeats."""
    seen: dict[SpeechItem, None] = {}
    for language in exhibit.languages:
        for item in texts_in(exhibit, language):
            seen.setdefault(item, None)
    return list(seen)


def texts_in(ex: Exhibit, lang: str) -> Iterator[SpeechItem]:
    """The exhibit's texts a screen in ``lang`` shows, each in the language it is written in."""
    default = ex.default_language

    def loc(*values: dict[str, str] | None) -> Iterator[SpeechItem]:
        for value in values:
            item = localized(value, lang, default)
            if item is not None:
                yield item

    def bodies(table: dict[str, dict[str, str]], ident: str) -> Iterator[SpeechItem]:
        texts = table.get(ident, {})
        body_lang = lang if lang in texts else default
        for text in body_blocks(texts.get(body_lang, "")):
            yield SpeechItem(body_lang, text)

    yield from loc(ex.manifest.title, ex.manifest.subtitle)
    for chapter in ex.chapters:
        yield from loc(chapter.title, chapter.summary, chapter.note)
        yield from bodies(ex.chapter_bodies, chapter.id)
    for person in ex.people:
        yield from loc(person.name, person.role, person.note)
        yield from bodies(ex.person_bodies, person.id)
    for photo in ex.photos:
        yield from loc(photo.title, photo.caption, photo.credit, photo.rights, photo.alt, photo.note)
    for gallery in ex.galleries:
        yield from loc(gallery.title, gallery.summary)
    for event in ex.events:
        yield from loc(event.title, event.summary, event.note)
    for phase in ex.phases:
        yield from loc(phase.title)
    for place in ex.places:
        yield from loc(place.name, place.summary)
    for group in ex.groups:
        yield from loc(group.name)
    for organisation in ex.organisations:
        yield from loc(organisation.name, organisation.summary, organisation.note)
    for route in ex.routes:
        yield from loc(route.label)


def phrases(pairs: Iterable[tuple[str, str]]) -> list[SpeechItem]:
    """Interface phrases ((language, text) pairs: spoken help, button names...) as items to prepare."""
    items = (SpeechItem(lang, speech_text(text)) for lang, text in pairs)
    return list(dict.fromkeys(item for item in items if item.text))
