"""Warnings for what the content format allows but visitors are poorer for. Pure Python: no Qt.

The loader reports what is wrong (errors) and what is missing (translations, texts). These checks
add the curator's house rules on top of a loaded exhibit:

- every photo has a credit line (the schema requires the field; here: it must not be empty);
- captions short enough to read standing up: at most ``CAPTION_MAX_WORDS`` words and
  ``CAPTION_MAX_CHARS`` characters in every language;
- every photo is in a gallery; every chapter, person and event cites a source;
- every person is mentioned somewhere (a chapter, photo, event, force or another person);
- texts only in the exhibit's languages; no stray or misnamed text files;
- no text that will not lay out as typed: reordering controls, piled-up accents, endless words
  (kiosk/content/text_layout.py).

Every message says what is wrong and what to do, with the file and line of the item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from difflib import get_close_matches
from pathlib import Path
from typing import Final

from pydantic import BaseModel

from kiosk.content import model as m
from kiosk.content.loader import LoadResult
from kiosk.content.problems import Problem, warning
from kiosk.content.text_layout import file_problems, text_problems

CAPTION_MAX_WORDS: Final = 60
CAPTION_MAX_CHARS: Final = 400

_BODY_NAME = re.compile(r"^(?P<id>.+?)\.(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$")
_BODY_FOLDERS: Final = {"chapters": "chapter", "people": "person"}
_JUNK: Final = {"thumbs.db", "desktop.ini", ".ds_store"}


def content_warnings(result: LoadResult, root: Path) -> list[Problem]:
    """The house-rule warnings for a loaded folder (nothing when it did not load)."""
    exhibit = result.exhibit
    if exhibit is None:
        return []
    where = _Where(result)
    problems: list[Problem] = []
    problems += _credits_and_captions(exhibit, where)
    problems += _languages_used(exhibit, where)
    problems += _photos_outside_galleries(exhibit, where)
    problems += _missing_sources(exhibit, where)
    problems += _people_never_mentioned(exhibit, where)
    problems += _regional_forms(exhibit)
    problems += _empty_groups(exhibit, where)
    problems += _text_files(exhibit, root, {p.file for p in result.errors})
    problems += _text_layout(exhibit, where)
    return problems


class _Where:
    def __init__(self, result: LoadResult) -> None:
        self._locations = result.locations

    def __call__(self, kind: str, ident: str, default: str) -> tuple[str, int | None]:
        return self._locations.get((kind, ident), (default, None))


def _credits_and_captions(exhibit: m.Exhibit, where: _Where) -> Iterator[Problem]:
    for photo in exhibit.photos:
        file, line = where("photo", photo.id, "text/photos.toml")
        empty = [_language_name(lang) for lang, text in photo.credit.items() if not text.strip()]
        if empty:
            problems_in = f" ({', '.join(empty)})" if photo.credit.keys() - {m.NEUTRAL} else ""
            yield warning(
                file,
                f"Photo '{photo.id}': the credit line is empty{problems_in}. Every photo shown needs "
                'one: say who made or holds it, e.g. credit = { en = "Photo: City Archive" }.',
                line,
            )
        for lang, text in photo.caption.items():
            words = len(text.split())
            if words > CAPTION_MAX_WORDS or len(text) > CAPTION_MAX_CHARS:
                yield warning(
                    file,
                    f"Photo '{photo.id}': the {_language_name(lang)} caption is {words} words "
                    f"({len(text)} characters), too long to read comfortably standing at the kiosk. "
                    f"Keep captions to at most {CAPTION_MAX_WORDS} words and {CAPTION_MAX_CHARS} "
                    "characters; tell the longer story in a chapter.",
                    line,
                )


def _language_name(lang: str) -> str:
    return "language-neutral" if lang == m.NEUTRAL else lang


def _items(exhibit: m.Exhibit) -> Iterator[tuple[str, str, BaseModel]]:
    groups: list[tuple[str, str, Iterable[BaseModel]]] = [
        ("chapter", "text/chapters.toml", exhibit.chapters),
        ("group", "text/people.toml", exhibit.groups),
        ("person", "text/people.toml", exhibit.people),
        ("gallery", "text/photos.toml", exhibit.galleries),
        ("photo", "text/photos.toml", exhibit.photos),
        ("phase", "text/events.toml", exhibit.phases),
        ("event", "text/events.toml", exhibit.events),
        ("place", "text/places.toml", exhibit.places),
        ("organisation", "text/organisations.toml", exhibit.organisations),
        ("route", "text/routes.toml", exhibit.routes),
    ]
    for kind, file, rows in groups:
        for row in rows:
            yield kind, file, row


def _text_values(value: BaseModel) -> Iterator[tuple[str, dict[str, str]]]:
    for name in type(value).model_fields:
        current = getattr(value, name)
        if isinstance(current, dict) and current and all(isinstance(v, str) for v in current.values()):
            yield name, current
    if isinstance(value, m.Organisation):  # texts inside its lists
        for n, figure in enumerate(value.figures, start=1):
            yield f"figure {n}'s label", figure.label
        for n, part in enumerate(value.parts, start=1):
            yield f"part {n}", part


def _languages_used(exhibit: m.Exhibit, where: _Where) -> Iterator[Problem]:
    """A text in a language the exhibit does not have is never shown: usually a typo (sb for sr)."""
    languages = exhibit.languages
    listed = ", ".join(languages)
    for kind, default, value in _items(exhibit):
        ident = getattr(value, "id", "?")
        file, line = where(kind, ident, default)
        for name, texts in _text_values(value):
            for lang in texts:
                if lang == m.NEUTRAL or lang in languages:
                    continue
                close = get_close_matches(lang, languages, n=1, cutoff=0.5)
                hint = f" Did you mean '{close[0]}'?" if close else ""
                yield warning(
                    file,
                    f"{kind.capitalize()} '{ident}': {name} has a '{lang}' text, but the exhibit's "
                    f"languages are {listed}, so it is never shown.{hint} To add a language, list it "
                    "in languages in exhibit.toml.",
                    line,
                )
    for key, texts in _manifest_texts(exhibit.manifest):
        for lang in texts:
            if lang != m.NEUTRAL and lang not in languages:
                yield warning(
                    "exhibit.toml",
                    f"{key} has a '{lang}' text, but the exhibit's languages are {listed}, "
                    "so it is never shown.",
                )


def _manifest_texts(manifest: m.Manifest) -> Iterator[tuple[str, dict[str, str]]]:
    yield from ((name, texts) for name, texts in _text_values(manifest) if name != "regional")
    for source in manifest.source:
        if source.note:
            yield f"Source '{source.id}': note", source.note


def _photos_outside_galleries(exhibit: m.Exhibit, where: _Where) -> Iterator[Problem]:
    if not exhibit.photos:
        return
    if not exhibit.galleries:
        yield warning(
            "text/photos.toml",
            "The exhibit has photos but no galleries, so visitors cannot browse them. Add a "
            '[[gallery]] with an id, a title and photos = ["...", "..."].',
        )
        return
    in_gallery = {pid for g in exhibit.galleries for pid in g.photos}
    for photo in exhibit.photos:
        if photo.id not in in_gallery:
            file, line = where("photo", photo.id, "text/photos.toml")
            yield warning(
                file,
                f"Photo '{photo.id}' is in no gallery, so visitors can only reach it through links. "
                "Add its id to the photos of a [[gallery]].",
                line,
            )


def _missing_sources(exhibit: m.Exhibit, where: _Where) -> Iterator[Problem]:
    """The exhibit rule: every chapter, person and event says where its facts come from."""
    known = [s.id for s in exhibit.manifest.source]
    if known:
        advice = f'Add sources = ["{known[0]}"] (or another [[source]] id from exhibit.toml).'
    else:
        advice = 'Add a [[source]] to exhibit.toml and name its id in sources = ["..."].'
    groups: list[tuple[str, str, list[m.Chapter] | list[m.Person] | list[m.Event]]] = [
        ("chapter", "text/chapters.toml", exhibit.chapters),
        ("person", "text/people.toml", exhibit.people),
        ("event", "text/events.toml", exhibit.events),
    ]
    for kind, default, rows in groups:
        for row in rows:
            if not row.sources:
                file, line = where(kind, row.id, default)
                yield warning(
                    file,
                    f"{kind.capitalize()} '{row.id}' cites no source. Every chapter, person and event "
                    f"should say where its facts come from. {advice}",
                    line,
                )


def _text_layout(exhibit: m.Exhibit, where: _Where) -> Iterator[Problem]:
    for kind, default, value in _items(exhibit):
        ident = getattr(value, "id", "?")
        file, line = where(kind, ident, default)
        for name, texts in _text_values(value):
            for lang, text in texts.items():
                what = f"{kind.capitalize()} '{ident}': the {_language_name(lang)} {name}"
                yield from text_problems(text, what, file, line)
    for key, texts in _manifest_texts(exhibit.manifest):
        for lang, text in texts.items():
            yield from text_problems(text, f"The {_language_name(lang)} {key}", "exhibit.toml")
    for folder, bodies in (("chapters", exhibit.chapter_bodies), ("people", exhibit.person_bodies)):
        for ident, by_language in bodies.items():
            for lang, text in by_language.items():
                yield from file_problems(text, f"text/{folder}/{ident}.{lang}.md")


def _regional_forms(exhibit: m.Exhibit) -> Iterator[Problem]:
    from kiosk.content.cldr import has_data

    for lang, region in exhibit.manifest.regional.items():
        if lang not in exhibit.languages:
            yield warning(
                "exhibit.toml",
                f"regional names the language '{lang}', which is not one of the exhibit's languages "
                f"({', '.join(exhibit.languages)}), so it changes nothing. Remove it, or correct the code.",
            )
        elif not has_data(region):
            yield warning(
                "exhibit.toml",
                f"regional: the kiosk knows no regional form '{region}', so {lang} dates and numbers are "
                "written the kiosk's usual way. Check the country code (e.g. en-GB, de-AT, fr-CA).",
            )


def _empty_groups(exhibit: m.Exhibit, where: _Where) -> Iterator[Problem]:
    used = {p.group for p in exhibit.people} | {r.group for r in exhibit.routes}
    used |= {o.group for o in exhibit.organisations}
    for group in exhibit.groups:
        if group.id not in used:
            file, line = where("group", group.id, "text/people.toml")
            yield warning(
                file,
                f"Group '{group.id}' has nobody in it, so visitors never see it. Give people "
                f'group = "{group.id}", or remove the group.',
                line,
            )


def _people_never_mentioned(exhibit: m.Exhibit, where: _Where) -> Iterator[Problem]:
    mentioned: set[str] = set()
    for kind, _default, value in _items(exhibit):
        people = getattr(value, "people", None)
        if isinstance(people, list):
            # A person's own people list does not count as mentioning themselves.
            own = getattr(value, "id", None) if kind == "person" else None
            mentioned.update(p for p in people if p != own)
    mentioned.update(o.leader for o in exhibit.organisations if o.leader)
    for person in exhibit.people:
        if person.id not in mentioned:
            file, line = where("person", person.id, "text/people.toml")
            yield warning(
                file,
                f"Person '{person.id}' is not mentioned by any chapter, photo or event, so visitors "
                "find them only by browsing People. Add their id to the people of the chapter, "
                "photo or event that speaks of them.",
                line,
            )


def _text_files(exhibit: m.Exhibit, root: Path, files_with_errors: set[str]) -> Iterator[Problem]:
    """Stray text files: for an id that does not exist, a language the exhibit lacks, or not .md.

    When the list file itself has errors, an item may have been left out; its text is then not
    called a stray (the error already says what to fix).
    """
    ids = {
        "chapters": [c.id for c in exhibit.chapters],
        "people": [p.id for p in exhibit.people],
    }
    languages = exhibit.languages
    for folder, kind in _BODY_FOLDERS.items():
        base = root / "text" / folder
        if base.is_symlink() or not base.is_dir():
            continue  # the loader has said what is wrong with a link
        try:
            entries = sorted(base.iterdir())
        except OSError:
            continue
        for path in entries:
            rel = f"text/{folder}/{path.name}"
            if path.name.startswith(".") or path.name.casefold() in _JUNK or not path.is_file():
                continue
            if path.stat().st_size == 0 and path.name.endswith(".md"):
                yield warning(rel, "This text file is empty. Write the text, or delete the file.")
                continue
            match = _BODY_NAME.match(path.name)
            if match is None:
                example = f"text/{folder}/{ids[folder][0] if ids[folder] else 'my-id'}.{languages[0]}.md"
                yield warning(
                    rel,
                    f"The kiosk does not read this file: a {kind}'s text must be plain text named "
                    f"<id>.<language>.md, e.g. {example}. Rename it (or save it as plain text), "
                    "or move it out of the folder.",
                )
                continue
            ident, lang = match["id"], match["lang"]
            if ident not in ids[folder]:
                if f"text/{folder}.toml" in files_with_errors:
                    continue
                close = get_close_matches(ident, ids[folder], n=1, cutoff=0.6)
                hint = f" Did you mean {close[0]}.{lang}.md?" if close else ""
                yield warning(
                    rel,
                    f"This text belongs to no {kind}: there is no {kind} with the id '{ident}'.{hint} "
                    f"Rename the file to match an id, or add the {kind} to text/{folder}.toml.",
                )
            elif lang not in languages:
                close = get_close_matches(lang, languages, n=1, cutoff=0.5)
                hint = f" Did you mean {ident}.{close[0]}.md?" if close else ""
                yield warning(
                    rel,
                    f"This text is in '{lang}', which is not one of the exhibit's languages "
                    f"({', '.join(languages)}), so it is never shown.{hint} To add a language, list "
                    "it in languages in exhibit.toml.",
                )
