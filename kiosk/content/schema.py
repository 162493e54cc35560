"""JSON Schemas of the content files, generated from the pydantic models, for editors.

Editors with TOML schema support (Taplo, and VS Code's "Even Better TOML" built on it) use them to
complete field names and flag mistakes as the curator types, when a file starts with a directive::

    #:schema ../schema/chapters.json

One schema per kind of file (``exhibit.json`` for exhibit.toml, ``chapters.json`` for
text/chapters.toml as ``{chapter = [...]}``, ...). The schemas are JSON Schema draft 4, the newest
draft Taplo understands. They describe the *shape* of each file; what only the whole folder can
tell (a link to a photo that does not exist, a missing file) is for ``kiosk validate``.

The models are the authority; two of their types need translating, because pydantic describes what
they become rather than what a curator writes:

- a text (``Text``): a string, or a table of one string per language (``{ en = "...", sr = "..." }``);
- a date (``FuzzyDate``): ``"1944-10-20"``, ``"1944-10"``, ``"1944"`` or a range ``"a/b"``.

Pure Python: no Qt.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, create_model

from kiosk.content import model as m
from kiosk.content.loader import MODELS, TABLE_FILES

DRAFT: Final = "http://json-schema.org/draft-04/schema#"
SCHEMA_FOLDER: Final = "schema"

_DATE_PART = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
DATE_SCHEMA: Final[dict[str, Any]] = {
    "type": "string",
    "pattern": f"^{_DATE_PART}(/{_DATE_PART})?$",
    "description": 'A date as precisely as known: "1944-10-20", "1944-10", "1944" or a range '
    '"1944-10-14/1944-10-20".',
}
TEXT_SCHEMA: Final[dict[str, Any]] = {
    "anyOf": [
        {"type": "string", "description": "The same text in every language."},
        {
            "type": "object",
            "description": 'One text per language, e.g. { en = "...", sr = "..." }.',
            "patternProperties": {
                f"^({m.LANG_PATTERN.pattern.strip('^$')}|{m.NEUTRAL})$": {"type": "string"}
            },
            "additionalProperties": False,
            "minProperties": 1,
        },
    ]
}

# What each field means, shown by the editor next to the completion. By field name; a
# "Model.field" key wins over a plain one.
_DESCRIPTIONS: Final[dict[str, str]] = {
    "id": "A short name: lower-case letters, digits and hyphens. Other items link to it; never change "
    "it once the exhibit is open.",
    "title": "The title visitors read.",
    "summary": "One or two sentences shown in lists.",
    "note": "A curator's note shown to visitors, e.g. where sources disagree.",
    "people": "Ids of the people it mentions (from text/people.toml).",
    "photos": "Ids of the photos it shows or mentions (from text/photos.toml).",
    "events": "Ids of the events it mentions (from text/events.toml).",
    "places": "Ids of the places it mentions (from text/places.toml).",
    "sources": "Ids of the works its facts come from ([[source]] in exhibit.toml).",
    "Chapter.lead_photo": "The id of the photo shown at the top of the chapter.",
    "Person.name": "The person's name as visitors read it.",
    "Person.native_name": "The name in the person's own language and script.",
    "Person.sort_name": "How to sort the person in lists, e.g. the family name.",
    "Person.group": "The id of the person's [[group]]; the People screen lists each group under its "
    "name. Leave it out and the person is listed with the other ungrouped people.",
    "Person.role": "Who the person was in the exhibit's story: one line under the name.",
    "Person.order": "Where the person comes in their group: smaller first (default 0), then by sort_name.",
    "Person.born": "Date of birth.",
    "Person.died": "Date of death.",
    "Person.portrait": "The id of a photo of this person; without one the kiosk draws their initials.",
    "Photo.file": "The photo's file, e.g. photos/name.jpg (JPEG, PNG, WebP, TIFF or JPEG 2000).",
    "Photo.caption": "What the photo shows: at most 60 words, read standing up.",
    "Photo.credit": "The credit line, always shown: who made or holds the photo.",
    "Photo.rights": "Copyright or licence.",
    "Photo.alt": "A description for people who cannot see the image.",
    "Photo.date": "When the photo was taken.",
    "Photo.place": "The id of the place where it was taken.",
    "Photo.organisations": "Ids of the organisations the photo shows (from text/organisations.toml).",
    "Photo.placeholder": "true while the file is a stand-in until the real scan arrives.",
    "Gallery.photos": "Ids of the gallery's photos, in viewing order.",
    "Event.date": "When it happened.",
    "Event.place": "The id of the place where it happened (shown on the map).",
    "Event.phase": "The id of the phase ([[phase]]) it belongs to.",
    "Event.organisations": "Ids of the organisations that took part (from text/organisations.toml).",
    "Place.kind": "city, town, village, river, hill, fortress, bridge, district, region or building.",
    "Place.lat": "Latitude in degrees (north is positive).",
    "Place.lon": "Longitude in degrees (east is positive).",
    "Place.native": "The name in the local language.",
    "Group.name": "The group's name, the heading of its people on the People screen.",
    "Group.colour": "The group's colour, from the kiosk's palette: red, orange, gold, green, teal, blue, "
    "purple, rose, slate or brown. Leave it out and the kiosk picks one no other group has.",
    "Group.line": "How the group's arrows are drawn on the map: solid, dashed, dotted or dash-dot. Leave "
    "it out and the kiosk picks one no other group has.",
    "Organisation.leader": "The id of the person who led it.",
    "Organisation.parent": "The id of the organisation it belonged to.",
    "Organisation.group": "The id of the [[group]] it belongs to.",
    "Organisation.figures": 'Labelled numbers, e.g. [{ label = { en = "Members" }, value = 1200 }].',
    "Organisation.parts": "Its parts, by name, when they have no entry of their own.",
    "Figure.label": "What the number counts, in each language.",
    "Figure.value": "The number.",
    "Route.waypoints": "Place ids along the arrow, in order (at least two).",
    "Route.organisation": "The id of the organisation that moved.",
    "Route.group": "The id of the [[group]] whose colour and line the arrow takes.",
    "Manifest.format": "The version of the content format: 2.",
    "Manifest.regional": "The regional form of dates and numbers for a language, e.g. "
    '{ en = "en-GB" } for "20 October 1944" rather than "October 20, 1944".',
    "Manifest.languages": 'The exhibit\'s languages, e.g. ["en", "sr"]; the first is the default.',
    "Manifest.subtitle": "A line under the title on the attract and home screens.",
    "Manifest.attract_photos": "Ids of the photos of the slideshow shown before a visit.",
    "Manifest.home_order": 'The order of the home screen\'s tiles, e.g. ["story", "galleries", "people"].',
    "Manifest.source": "The works the exhibit cites; items refer to them by id.",
    "Source.author": "Who wrote it.",
    "Source.title": "Its title.",
    "Source.year": "The year it was published.",
    "Source.pages": 'The pages cited, e.g. "379-390".',
}


def _file_name(rel: str) -> str:
    return Path(rel).with_suffix(".json").name


# schema file name -> (content file it describes, top-level model)
def _file_models() -> dict[str, tuple[str, type[BaseModel]]]:
    files: dict[str, tuple[str, type[BaseModel]]] = {"exhibit.json": ("exhibit.toml", m.Manifest)}
    for rel, kinds in TABLE_FILES.items():
        fields: dict[str, Any] = {kind: (list[MODELS[kind]], []) for kind in kinds}  # type: ignore[valid-type]
        wrapper = create_model(
            "File_" + Path(rel).stem,
            __config__=ConfigDict(extra="forbid"),
            **fields,
        )
        files[_file_name(rel)] = (rel, wrapper)
    return files


def schema_files() -> dict[str, str]:
    """schema file name -> the content file it describes, e.g. "chapters.json" -> "text/chapters.toml"."""
    return {name: rel for name, (rel, _) in _file_models().items()}


def schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by file name."""
    return {name: _schema(rel, model) for name, (rel, model) in _file_models().items()}


def schema_for(content_file: str) -> dict[str, Any]:
    """The schema of one content file, e.g. ``schema_for("text/photos.toml")``."""
    for rel, model in _file_models().values():
        if rel == content_file:
            return _schema(rel, model)
    raise KeyError(f"no schema for {content_file}; known: {', '.join(schema_files().values())}")


def directive(content_file: str, folder: str = SCHEMA_FOLDER) -> str:
    """The first line that binds a content file to its schema in ``<content folder>/<folder>``."""
    depth = len(Path(content_file).parent.parts)
    prefix = "../" * depth if depth else "./"
    return f"#:schema {prefix}{folder}/{_file_name(content_file)}"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema as ``folder/<name>.json``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


def _schema(rel: str, model: type[BaseModel]) -> dict[str, Any]:
    raw = model.model_json_schema(ref_template="#/definitions/{model}", mode="validation")
    definitions = raw.pop("$defs", {})
    top_name = model.__name__
    for name, definition in definitions.items():
        _describe(name, definition)
    _describe(top_name, raw)
    definitions.pop("DateSpan", None)
    definitions.pop("Precision", None)
    fixed: dict[str, Any] = _fix(raw, definitions)
    fixed_defs = {name: _fix(d, definitions) for name, d in definitions.items()}
    out: dict[str, Any] = {
        "$schema": DRAFT,
        "title": rel,
        "description": f"{rel} in an exhibit's content folder (format 2). See docs/content-format.md; "
        "check the whole folder with 'kiosk validate'.",
    }
    out |= {k: v for k, v in fixed.items() if k not in ("title", "description")}
    used = _used_definitions(out, fixed_defs)
    if used:
        out["definitions"] = {name: d for name, d in fixed_defs.items() if name in used}
    return out


def _used_definitions(root: Any, definitions: dict[str, Any]) -> set[str]:
    used: set[str] = set()
    pending = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/definitions/"):
                name = ref.removeprefix("#/definitions/")
                if name not in used:
                    used.add(name)
                    pending.append(definitions.get(name))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return used


def _describe(model_name: str, schema: dict[str, Any]) -> None:
    for field, prop in schema.get("properties", {}).items():
        text = _DESCRIPTIONS.get(f"{model_name}.{field}") or _DESCRIPTIONS.get(field)
        if text and isinstance(prop, dict):
            prop["description"] = text


def _fix(node: Any, definitions: dict[str, Any]) -> Any:
    """Rewrite pydantic's output into what a curator writes, in draft 4 terms."""
    if isinstance(node, list):
        return [_fix(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    extra = {k: node[k] for k in ("title", "description") if k in node}
    if node.get("$ref") == "#/definitions/DateSpan":
        return DATE_SCHEMA | extra
    if _is_text(node):
        return TEXT_SCHEMA | extra
    if "anyOf" in node:
        options = [o for o in node["anyOf"] if o != {"type": "null"}]
        if len(options) == 1:  # "X or nothing": TOML has no null, leaving the key out is "nothing"
            rest = {k: v for k, v in node.items() if k not in ("anyOf", "default")}
            merged: dict[str, Any] = _fix(options[0], definitions)
            return merged | rest
        node = node | {"anyOf": options}
    if "propertyNames" in node:  # a table whose keys are an enum
        keys = _enum_values(node["propertyNames"], definitions)
        value = node.get("additionalProperties", {})
        node = {k: v for k, v in node.items() if k not in ("propertyNames", "additionalProperties")}
        node["properties"] = {key: value for key in keys}
        node["additionalProperties"] = False
    return {k: _fix(v, definitions) for k, v in node.items() if not (k == "default" and v is None)}


def _is_text(node: dict[str, Any]) -> bool:
    return (
        node.get("type") == "object"
        and node.get("additionalProperties") == {"type": "string"}
        and "minLength" in node  # pydantic's rendering of the Text type's min_length on a dict
    )


def _enum_values(node: dict[str, Any], definitions: dict[str, Any]) -> list[str]:
    ref = node.get("$ref", "")
    target = definitions.get(ref.rsplit("/", 1)[-1], {}) if ref else node
    values = target.get("enum", [])
    return [str(v) for v in values]
