"""Load a content folder into an :class:`Exhibit`, collecting problems instead of failing.

A bad item is skipped and reported; a bad link is dropped and reported; the rest shows. Nothing
here raises because of content: the kiosk must never show a traceback to a visitor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kiosk.content import model as m
from kiosk.content.messages import describe_validation_error
from kiosk.content.paths import ContentPathError, missing_file_hint, safe_content_file
from kiosk.content.problems import Problem, Severity, error, warning
from kiosk.content.tomlsource import TomlSource, read_toml
from kiosk.picture_files import SHOWN, SUFFIXES

T = TypeVar("T", bound=BaseModel)

TABLE_FILES: dict[str, tuple[str, ...]] = {
    "text/chapters.toml": ("chapter",),
    "text/people.toml": ("person",),
    "text/photos.toml": ("gallery", "photo"),
    "text/events.toml": ("phase", "event"),
    "text/places.toml": ("place",),
    "text/forces.toml": ("force",),
    "text/routes.toml": ("route",),
}
MODELS: dict[str, type[BaseModel]] = {
    "chapter": m.Chapter,
    "person": m.Person,
    "gallery": m.Gallery,
    "photo": m.Photo,
    "phase": m.Phase,
    "event": m.Event,
    "place": m.Place,
    "force": m.Force,
    "route": m.Route,
}
ALLOWED_IMAGE_SUFFIXES = frozenset().union(*SUFFIXES.values())  # kiosk/picture_files.py


@dataclass
class LoadResult:
    exhibit: m.Exhibit | None
    problems: list[Problem] = field(default_factory=list)
    # Where each loaded item is written: (kind, id) -> (file, line of its [[table]] header).
    # Kinds are the TOML table names: "chapter", "person", "photo", "gallery", "event", ...
    locations: dict[tuple[str, str], tuple[str, int | None]] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


@dataclass
class _Item:
    kind: str
    value: BaseModel
    file: str
    line: int | None


def load(root: Path) -> LoadResult:
    root = Path(root)
    problems: list[Problem] = []
    if not root.is_dir():
        return LoadResult(None, [error(str(root), "This folder does not exist. Check the path.")])
    manifest_src = _read_toml(root, "exhibit.toml", problems, required=True)
    if manifest_src is None:
        return LoadResult(None, problems)
    manifest = _validate(m.Manifest, manifest_src.data, manifest_src, None, problems)
    if manifest is None:
        return LoadResult(None, problems)

    items: dict[str, list[_Item]] = {kind: [] for kind in MODELS}
    for rel, kinds in TABLE_FILES.items():
        src = _read_toml(root, rel, problems, required=False)
        if src is None:
            continue
        for key in src.data:
            if key not in kinds:
                problems.append(
                    error(rel, f"'[[{key}]]' does not belong in this file; it may hold {_listing(kinds)}.")
                )
        for kind in kinds:
            rows = src.data.get(kind, [])
            if not isinstance(rows, list):
                problems.append(error(rel, f"Write each {kind} as a '[[{kind}]]' table."))
                continue
            for index, row in enumerate(rows):
                line = src.table_line(kind, index)
                value = _validate(MODELS[kind], row, src, line, problems, f"{kind} #{index + 1}")
                if value is not None:
                    items[kind].append(_Item(kind, value, rel, line))

    for kind in items:
        items[kind] = _unique(items[kind], problems)

    languages = manifest.languages
    photos = _check_photo_files(root, items["photo"], problems)
    ids = {kind: {i.value.id for i in rows} for kind, rows in items.items()}  # type: ignore[attr-defined]
    ids["photo"] = {p.value.id for p in photos}  # type: ignore[attr-defined]
    ids["source"] = {s.id for s in manifest.source}
    fixed = _fix_links(items | {"photo": photos}, ids, problems)
    manifest = _fix_manifest(manifest, ids, problems)

    chapter_bodies = _bodies(root, "chapters", fixed["chapter"], languages, problems)
    person_bodies = _bodies(root, "people", fixed["person"], languages, problems)
    for rows in fixed.values():
        for item in rows:
            _check_translations(item, languages, problems)

    exhibit = m.Exhibit(
        manifest=manifest,
        chapters=[i.value for i in fixed["chapter"]],
        people=[i.value for i in fixed["person"]],
        photos=[i.value for i in fixed["photo"]],
        galleries=[i.value for i in fixed["gallery"]],
        events=[i.value for i in fixed["event"]],
        phases=[i.value for i in fixed["phase"]],
        places=[i.value for i in fixed["place"]],
        forces=[i.value for i in fixed["force"]],
        routes=[i.value for i in fixed["route"]],
        chapter_bodies=chapter_bodies,
        person_bodies=person_bodies,
    )
    locations = {
        (item.kind, item.value.id): (item.file, item.line)  # type: ignore[attr-defined]
        for rows in fixed.values()
        for item in rows
    }
    return LoadResult(exhibit, problems, locations)


def _read_toml(root: Path, rel: str, problems: list[Problem], *, required: bool) -> TomlSource | None:
    try:
        return read_toml(root, rel, problems, required=required)
    except RecursionError:  # tomllib recurses once per nested bracket: [[[[[[...]]]]]]
        problems.append(
            error(
                rel,
                "This file has brackets nested too deeply to read. Look for a run of [ or { characters. "
                "Nothing from this file is shown until it is fixed.",
            )
        )
        return None


def _listing(kinds: Iterable[str]) -> str:
    return " and ".join(f"'[[{k}]]'" for k in kinds)


def _validate(
    model: type[T],
    data: Any,
    src: TomlSource,
    line: int | None,
    problems: list[Problem],
    what: str = "",
) -> T | None:
    if not isinstance(data, dict):
        problems.append(error(src.rel, f"{what or 'This'} should be a table of fields.", line))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        label = what
        if what and isinstance(data.get("id"), str):
            label = f"{what.split(' #')[0]} '{data['id']}'"
        for problem in describe_validation_error(exc, model, src, line, label):
            problems.append(problem)
        return None


def _unique(rows: list[_Item], problems: list[Problem]) -> list[_Item]:
    seen: dict[str, _Item] = {}
    kept = []
    for item in rows:
        ident = item.value.id  # type: ignore[attr-defined]
        if ident in seen:
            first = seen[ident]
            problems.append(
                error(
                    item.file,
                    f"The {item.kind} id '{ident}' is used twice (first at line {first.line}). "
                    "Give this one a different id; it is left out until then.",
                    item.line,
                )
            )
            continue
        seen[ident] = item
        kept.append(item)
    return kept


def _check_photo_files(root: Path, photos: list[_Item], problems: list[Problem]) -> list[_Item]:
    kept = []
    for item in photos:
        photo: m.Photo = item.value  # type: ignore[assignment]
        try:
            path = safe_content_file(root, photo.file)
        except ContentPathError as exc:
            problems.append(error(item.file, f"Photo '{photo.id}': {exc}", item.line))
            continue
        if path.is_dir():
            problems.append(
                error(
                    item.file,
                    f"Photo '{photo.id}': {photo.file} is a folder. Give the photo's file name, "
                    "e.g. photos/name.jpg.",
                    item.line,
                )
            )
            continue
        if not path.is_file():
            problems.append(
                error(
                    item.file,
                    f"Photo '{photo.id}': the file {photo.file} does not exist."
                    f"{missing_file_hint(root, photo.file) or ' Copy the photo into the content folder.'}",
                    item.line,
                )
            )
            continue
        if path.suffix.lower() not in ALLOWED_IMAGE_SUFFIXES:
            problems.append(
                error(
                    item.file,
                    f"Photo '{photo.id}': {photo.file} is not a {SHOWN.replace(' and ', ' or ')} file. "
                    "Save it in one of those formats.",
                    item.line,
                )
            )
            continue
        kept.append(item)
    return kept


_LINK_FIELDS = {
    "people": "person",
    "photos": "photo",
    "events": "event",
    "places": "place",
    "sources": "source",
}
_SINGLE_LINKS = {
    "lead_photo": "photo",
    "portrait": "photo",
    "place": "place",
    "phase": "phase",
    "commander": "person",
    "parent": "force",
    "force": "force",
}


def _fix_links(
    items: dict[str, list[_Item]], ids: dict[str, set[str]], problems: list[Problem]
) -> dict[str, list[_Item]]:
    """Drop links to things that do not exist, saying so, so that every tap leads somewhere."""
    fixed: dict[str, list[_Item]] = {}
    for kind, rows in items.items():
        out = []
        for item in rows:
            value = item.value
            update: dict[str, Any] = {}
            name = f"{kind.capitalize()} '{value.id}'"  # type: ignore[attr-defined]
            for fld, target in (_LINK_FIELDS | {"waypoints": "place"}).items():
                links = getattr(value, fld, None)
                if kind == "gallery" and fld == "photos":
                    target = "photo"
                if not isinstance(links, list):
                    continue
                good = [x for x in links if x in ids[target]]
                for bad in (x for x in links if x not in ids[target]):
                    problems.append(
                        warning(
                            item.file,
                            f"{name} links to the {target} '{bad}', which the exhibit does not have. "
                            f"Check the spelling{_suggest(bad, ids[target])}, or add that {target}.",
                            item.line,
                        )
                    )
                if len(good) != len(links):
                    update[fld] = good
            for fld, target in _SINGLE_LINKS.items():
                link = getattr(value, fld, None)
                if isinstance(link, str) and link not in ids[target]:
                    problems.append(
                        warning(
                            item.file,
                            f"{name}: {fld} is '{link}', but there is no {target} with that id"
                            f"{_suggest(link, ids[target])}.",
                            item.line,
                        )
                    )
                    update[fld] = None
            waypoints: list[str] = update.get("waypoints", getattr(value, "waypoints", []))
            if kind == "route" and len(waypoints) < 2:
                problems.append(
                    error(item.file, f"{name} needs at least two known places; it is left out.", item.line)
                )
                continue
            if kind == "gallery" and not update.get("photos", True):
                problems.append(
                    error(item.file, f"{name} has no photos the exhibit knows; it is left out.", item.line)
                )
                continue
            out.append(
                _Item(kind, value.model_copy(update=update) if update else value, item.file, item.line)
            )
        fixed[kind] = out
    return fixed


def _fix_manifest(manifest: m.Manifest, ids: dict[str, set[str]], problems: list[Problem]) -> m.Manifest:
    good = [p for p in manifest.attract_photos if p in ids["photo"]]
    for bad in (p for p in manifest.attract_photos if p not in ids["photo"]):
        problems.append(warning("exhibit.toml", f"attract_photos names '{bad}', which is not a photo here."))
    return manifest.model_copy(update={"attract_photos": good})


def _suggest(bad: str, known: Iterable[str]) -> str:
    from difflib import get_close_matches

    close = get_close_matches(bad, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _bodies(
    root: Path, folder: str, rows: list[_Item], languages: list[str], problems: list[Problem]
) -> dict[str, dict[str, str]]:
    bodies: dict[str, dict[str, str]] = {}
    if rows:
        try:  # a link at text/ or text/<folder> is reported once, not once per text
            safe_content_file(root, f"text/{folder}")
        except ContentPathError as exc:
            problems.append(error(f"text/{folder}", f"{exc} No text in it is shown."))
            return {row.value.id: {} for row in rows}  # type: ignore[attr-defined]
    # Other items' texts are never offered as "did you mean": third.en.md is not sr for third.
    claimed = {
        f"text/{folder}/{row.value.id}.{lang}.md"  # type: ignore[attr-defined]
        for row in rows
        for lang in languages
    }
    for item in rows:
        ident: str = item.value.id  # type: ignore[attr-defined]
        texts: dict[str, str] = {}
        for lang in languages:
            rel = f"text/{folder}/{ident}.{lang}.md"
            try:
                # Refuses a symbolic link anywhere on the way (text/, text/chapters/ or the file),
                # so nothing outside the content folder is ever read.
                path = safe_content_file(root, rel)
            except ContentPathError as exc:
                problems.append(error(rel, f"{str(exc)[:1].upper()}{str(exc)[1:]} It is not shown."))
                continue
            if not path.is_file():
                hint = missing_file_hint(root, rel, ignore=claimed)
                if lang == languages[0]:
                    problems.append(
                        warning(rel, f"There is no text for '{ident}'. Write it in this file.{hint}", None)
                    )
                else:
                    problems.append(
                        warning(rel, f"Missing translation ({lang}) of the text for '{ident}'.{hint}")
                    )
                continue
            try:
                texts[lang] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                problems.append(
                    error(rel, "This file could not be read as text. Save it as UTF-8 plain text.")
                )
        bodies[ident] = texts
    return bodies


def _check_translations(item: _Item, languages: list[str], problems: list[Problem]) -> None:
    ident = getattr(item.value, "id", "?")
    for name, value in _text_fields(item.value):
        if m.NEUTRAL in value:
            continue
        missing = [lang for lang in languages if lang not in value]
        if missing:
            problems.append(
                warning(
                    item.file,
                    f"{item.kind.capitalize()} '{ident}': {name} has no {', '.join(missing)} translation.",
                    item.line,
                )
            )


def _text_fields(value: BaseModel) -> Iterable[tuple[str, dict[str, str]]]:
    for name, info in type(value).model_fields.items():
        current = getattr(value, name)
        if isinstance(current, dict) and "dict[str, str]" in str(info.annotation) and current:
            yield name, current


def load_or_none(root: Path, log: Callable[[Problem], None] | None = None) -> m.Exhibit | None:
    result = load(root)
    if log:
        for problem in result.problems:
            log(problem)
    return result.exhibit
