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
from kiosk.content.bodies import load_bodies
from kiosk.content.links import Item, fix_links, fix_manifest
from kiosk.content.messages import describe_validation_error
from kiosk.content.paths import ContentPathError, FileIndex, missing_file_hint, safe_content_file
from kiosk.content.problems import Problem, Severity, error, warning
from kiosk.content.tomlsource import TomlSource, read_toml
from kiosk.picture_files import SHOWN, SUFFIXES

T = TypeVar("T", bound=BaseModel)

TABLE_FILES: dict[str, tuple[str, ...]] = {
    "text/chapters.toml": ("chapter",),
    "text/people.toml": ("group", "person"),
    "text/photos.toml": ("gallery", "photo"),
    "text/events.toml": ("phase", "event"),
    "text/places.toml": ("place",),
    "text/organisations.toml": ("organisation",),
    "text/routes.toml": ("route",),
}
MODELS: dict[str, type[BaseModel]] = {
    "chapter": m.Chapter,
    "group": m.Group,
    "person": m.Person,
    "gallery": m.Gallery,
    "photo": m.Photo,
    "phase": m.Phase,
    "event": m.Event,
    "place": m.Place,
    "organisation": m.Organisation,
    "route": m.Route,
}
ALLOWED_IMAGE_SUFFIXES = frozenset().union(*SUFFIXES.values())  # kiosk/picture_files.py
FORMAT_1_FILE = "text/forces.toml"  # format 1's forces; format 2 has text/organisations.toml


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


def load(root: Path) -> LoadResult:
    root = Path(root)
    problems: list[Problem] = []
    if not root.is_dir():
        return LoadResult(None, [error(str(root), "This folder does not exist. Check the path.")])
    manifest_src = _read_toml(root, "exhibit.toml", problems, required=True)
    if manifest_src is None:
        return LoadResult(None, problems)
    outdated = format_problem(root, manifest_src)
    if outdated is not None:
        return LoadResult(None, [*problems, outdated])
    manifest = _validate(m.Manifest, manifest_src.data, manifest_src, None, problems)
    if manifest is None:
        return LoadResult(None, problems)

    items: dict[str, list[Item]] = {kind: [] for kind in MODELS}
    absent: set[str] = set()
    refused: dict[tuple[str, str], Problem] = {}  # items left out, and the first reason why
    for rel, kinds in TABLE_FILES.items():
        src = _read_toml(root, rel, problems, required=False, absent=absent)
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
                count = len(problems)
                value = _validate(MODELS[kind], row, src, line, problems, f"{kind} #{index + 1}")
                if value is not None:
                    items[kind].append(Item(kind, value, rel, line))
                elif isinstance(row, dict) and isinstance(row.get("id"), str) and len(problems) > count:
                    refused[(kind, row["id"])] = problems[count]

    for kind in items:
        items[kind] = _unique(items[kind], problems)
    if (root / FORMAT_1_FILE).exists():
        problems.append(
            warning(
                FORMAT_1_FILE,
                "This file belongs to the first version of the content format and is not read. Run "
                f"'kiosk upgrade {root}' to turn it into text/organisations.toml.",
            )
        )

    languages = manifest.languages
    listing = FileIndex(root)  # one listing of the folder for every "did you mean" of this load
    photos = _check_photo_files(root, items["photo"], problems, listing)
    for item in items["photo"]:
        if item not in photos:
            refused[("photo", item.id)] = problems[-1]  # the one problem that left it out
    ids = {kind: {i.id for i in rows} for kind, rows in items.items()}
    ids["photo"] = {p.id for p in photos}
    ids["source"] = {s.id for s in manifest.source}
    fixed = fix_links(items | {"photo": photos}, ids, absent, problems, refused)
    manifest = fix_manifest(manifest, ids, absent, problems)

    chapter_bodies = load_bodies(root, "chapters", fixed["chapter"], languages, problems, listing)
    person_bodies = load_bodies(root, "people", fixed["person"], languages, problems, listing)
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
        groups=m.with_styles([i.value for i in fixed["group"]]),  # type: ignore[misc]
        organisations=[i.value for i in fixed["organisation"]],
        routes=[i.value for i in fixed["route"]],
        chapter_bodies=chapter_bodies,
        person_bodies=person_bodies,
    )
    locations = {(item.kind, item.id): (item.file, item.line) for rows in fixed.values() for item in rows}
    if not any(fixed[kind] for kind in ("chapter", "person", "photo", "event", "place")):
        problems.append(
            error(
                "exhibit.toml",
                "The exhibit has nothing to show yet: no chapters, people, photos, events or places. If "
                "the folder is still being copied, the kiosk waits for it; otherwise add them to the "
                "files in text/ ('kiosk new' makes an example).",
            )
        )
    return LoadResult(exhibit, problems, locations)


def _read_toml(
    root: Path, rel: str, problems: list[Problem], *, required: bool, absent: set[str] | None = None
) -> TomlSource | None:
    try:
        source = read_toml(root, rel, problems, required=required)
        if source is None and absent is not None and not (root / rel).exists():
            absent.add(rel)
        return source
    except RecursionError:  # tomllib recurses once per nested bracket: [[[[[[...]]]]]]
        problems.append(
            error(
                rel,
                "This file has brackets nested too deeply to read. Look for a run of [ or { characters. "
                "Nothing from this file is shown until it is fixed.",
            )
        )
        return None


def format_problem(root: Path, src: TomlSource) -> Problem | None:
    """An error when exhibit.toml says it is written in another version of the format."""
    version = src.data.get("format", m.FORMAT)
    line = src.key_line("format", None)
    if version == m.FORMAT:
        return None
    if isinstance(version, int) and 1 <= version < m.FORMAT:
        return error(
            "exhibit.toml",
            f"This folder is written in version {version} of the content format; this kiosk reads "
            f"version {m.FORMAT}. Run 'kiosk upgrade {root}' once: it converts the folder (keeping a "
            "copy of the old one) and says what it changed. Nothing is shown until then.",
            line,
        )
    if isinstance(version, int) and version > m.FORMAT:
        return error(
            "exhibit.toml",
            f"This folder is written in version {version} of the content format, made for a newer kiosk; "
            f"this kiosk reads version {m.FORMAT}. Update the kiosk program, or use a folder made for it.",
            line,
        )
    return error("exhibit.toml", f"'format' should be the whole number {m.FORMAT} (it is {version!r}).", line)


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


def _unique(rows: list[Item], problems: list[Problem]) -> list[Item]:
    seen: dict[str, Item] = {}
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


def _check_photo_files(
    root: Path, photos: list[Item], problems: list[Problem], listing: FileIndex
) -> list[Item]:
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
            hint = missing_file_hint(root, photo.file, index=listing)
            problems.append(
                error(
                    item.file,
                    f"Photo '{photo.id}': the file {photo.file} does not exist."
                    f"{hint or ' Copy the photo into the content folder.'}",
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


def _check_translations(item: Item, languages: list[str], problems: list[Problem]) -> None:
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
    if isinstance(value, m.Organisation):  # texts inside its lists
        for n, figure in enumerate(value.figures, start=1):
            yield f"figure {n}'s label", figure.label
        for n, part in enumerate(value.parts, start=1):
            yield f"part {n}", part


def load_or_none(root: Path, log: Callable[[Problem], None] | None = None) -> m.Exhibit | None:
    result = load(root)
    if log:
        for problem in result.problems:
            log(problem)
    return result.exhibit
