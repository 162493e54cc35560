"""Turning pydantic's validation errors into sentences a curator can act on."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel, ValidationError

from kiosk.content.problems import Problem, error

if TYPE_CHECKING:
    from kiosk.content.tomlsource import TomlSource

_TYPE_WORDS = {
    "string_type": "text in quotes",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "list_type": 'a list in square brackets, like ["a", "b"]',
    "bool_type": "true or false",
    "dict_type": 'a table, like { en = "..." }',
    "bool_parsing": "true or false",
}


# Words curators reach for, and the field that means it (only offered if the model has it).
_SYNONYMS = {
    "image": "file",
    "img": "file",
    "path": "file",
    "src": "file",
    "filename": "file",
    "picture": "file",
    "description": "caption",
    "text": "caption",
    "copyright": "rights",
    "licence": "rights",
    "license": "rights",
    "photographer": "credit",
    "author": "credit",
    "by": "credit",
    "name": "title",
    "heading": "title",
    "person": "people",
    "persons": "people",
    "photo": "photos",
    "event": "events",
    "source": "sources",
    "year": "date",
    "when": "date",
    "where": "place",
    "location": "place",
    "language": "languages",
    "lang": "languages",
    "subtitles": "subtitle",
    "attract": "attract_photos",
    "portrait_photo": "portrait",
    "lead": "lead_photo",
    "lead_image": "lead_photo",
    "birth": "born",
    "death": "died",
    "color": "colour",
    "title_role": "role",
    "position": "role",
    "job": "role",
    "occupation": "role",
    "members": "parts",
    "numbers": "figures",
}
# Fields of the first version of the format, and what became of them.
_FORMAT_1 = {
    "side": "group",
    "kind": "order",
    "rank": "role",
    "units": "organisations",
    "commander": "leader",
    "subunits": "parts",
    "strength": "figures",
    "force": "organisation",
}
# Long texts live in their own Markdown files, never in the TOML.
_BODY_WORDS = {"body", "content", "biography", "bio", "story", "markdown"}
_MISSING_HINTS = {
    "credit": ' (the line saying who made or owns the photo, e.g. credit = { en = "City Archive" })',
    "caption": ' (what the photo shows, e.g. caption = { en = "..." })',
    "file": ' (the photo\'s file inside the content folder, e.g. file = "photos/name.jpg")',
    "id": ' (a short name made of lower-case letters, digits and hyphens, e.g. id = "my-item")',
    "title": ' (e.g. title = { en = "..." })',
    "languages": ' (e.g. languages = ["en", "sr"]; the first is the default)',
}


def _field_hint(key: str, fields: list[str]) -> str:
    folded = key.casefold().replace("-", "_").replace(" ", "_")
    if _FORMAT_1.get(folded) in fields:
        return (
            f" '{folded}' belongs to the first version of the content format, where this folder comes "
            f"from; it is now '{_FORMAT_1[folded]}'. Run 'kiosk upgrade FOLDER' to convert the whole "
            "folder (docs/content-format.md, 'Upgrading from format 1')."
        )
    if folded in fields:
        return f" Did you mean '{folded}'? Field names are written in lower case, with _ between words."
    synonym = _SYNONYMS.get(folded)
    if synonym in fields:
        return f" Did you mean '{synonym}'?"
    if folded in _BODY_WORDS:
        return (
            " Long texts go in their own file: text/chapters/<id>.<language>.md for a chapter, "
            "text/people/<id>.<language>.md for a biography."
        )
    close = get_close_matches(key, fields, n=1, cutoff=0.6)
    if close:
        return f" Did you mean '{close[0]}'?"
    return f" Known fields: {', '.join(fields)}."


def describe_validation_error(
    exc: ValidationError, model: type[BaseModel], src: TomlSource, line: int | None, label: str
) -> Iterator[Problem]:
    fields = list(model.model_fields)
    for err in exc.errors(include_url=False):
        loc = [str(part) for part in err["loc"] if not str(part).startswith("function-")]
        nested = _nested_table(model, src, loc)
        if nested is not None:  # inside a [[table]] of this file, e.g. exhibit.toml's [[source]]
            item_label, item_line, item_fields = nested
            where = src.key_line(loc[2], item_line) if len(loc) > 2 else item_line
            yield error(src.rel, f"{item_label}: {_sentence(err, loc[2:], item_fields)}", where)
            continue
        key = loc[0] if loc else ""
        where = src.key_line(key, line) if key else line
        prefix = f"{label.capitalize()}: " if label.strip() else ""
        yield error(src.rel, prefix + _sentence(err, loc, fields), where)


def _nested_table(
    model: type[BaseModel], src: TomlSource, loc: list[str]
) -> tuple[str, int | None, list[str]] | None:
    """(label, line, fields) when ``loc`` points into an array of tables, like ['source', '0', 'year']."""
    if len(loc) < 2 or not loc[1].isdigit() or loc[0] not in model.model_fields:
        return None
    inner = [
        arg
        for arg in get_args(model.model_fields[loc[0]].annotation)
        if isinstance(arg, type) and issubclass(arg, BaseModel)
    ]
    if not inner:
        return None
    index = int(loc[1])
    rows = src.data.get(loc[0])
    row = rows[index] if isinstance(rows, list) and index < len(rows) else None
    ident = row.get("id") if isinstance(row, dict) else None
    label = (
        f"{loc[0].capitalize()} '{ident}'"
        if isinstance(ident, str)
        else f"{loc[0].capitalize()} #{index + 1}"
    )
    return label, src.table_line(loc[0], index), list(inner[0].model_fields)


def _sentence(err: Any, loc: list[str], fields: list[str]) -> str:
    kind = err["type"]
    name = ".".join(loc) or "this entry"
    if kind == "extra_forbidden":
        return f"'{name}' is not a field the kiosk knows.{_field_hint(loc[-1] if loc else '', fields)}"
    if kind == "missing":
        return f"'{name}' is required but missing. Add it{_MISSING_HINTS.get(name, '')}."
    if kind in _TYPE_WORDS:
        return f"'{name}' should be {_TYPE_WORDS[kind]}."
    if kind == "string_pattern_mismatch":
        return (
            f"'{name}' is {_shown(err.get('input'))}, which cannot be used as an id. An id is a short "
            "name made only of lower-case letters (a to z), digits and hyphens, starting with a letter "
            "or a digit, for example 'first-gallery' or 'letter-1921'."
        )
    if kind == "enum":
        expected = err.get("ctx", {}).get("expected", "")
        return f"'{name}' is {_shown(err.get('input'))}; it must be one of {expected}."
    if kind == "too_short":
        return f"'{name}' must not be empty."
    if kind in {"greater_than_equal", "less_than_equal"}:
        return f"'{name}' is out of range ({err['msg'].lower()})."
    message = str(err.get("msg", "is not valid"))
    message = message.removeprefix("Value error, ")
    return f"'{name}': {message}"


def _shown(value: Any, limit: int = 60) -> str:
    """A curator's value quoted in a message: never the whole of a pasted page."""
    try:
        text = repr(value)
    except RecursionError:
        return "a deeply nested value"
    return text if len(text) <= limit else text[: limit - 1] + "…"
