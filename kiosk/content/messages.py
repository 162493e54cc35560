"""Turning pydantic's validation errors into sentences a curator can act on."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any

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


def describe_validation_error(
    exc: ValidationError, model: type[BaseModel], src: TomlSource, line: int | None, label: str
) -> Iterator[Problem]:
    fields = list(model.model_fields)
    for err in exc.errors(include_url=False):
        loc = [str(part) for part in err["loc"] if not str(part).startswith("function-")]
        key = loc[0] if loc else ""
        where = src.key_line(key, line) if key else line
        prefix = f"{label.capitalize() if label else 'This'}: " if label else ""
        yield error(src.rel, prefix + _sentence(err, loc, fields), where)


def _sentence(err: Any, loc: list[str], fields: list[str]) -> str:
    kind = err["type"]
    name = ".".join(loc) or "this entry"
    if kind == "extra_forbidden":
        close = get_close_matches(loc[-1], fields, n=1, cutoff=0.6) if loc else []
        hint = f" Did you mean '{close[0]}'?" if close else f" Known fields: {', '.join(fields)}."
        return f"'{name}' is not a field the kiosk knows.{hint}"
    if kind == "missing":
        return f"'{name}' is required but missing. Add it."
    if kind in _TYPE_WORDS:
        return f"'{name}' should be {_TYPE_WORDS[kind]}."
    if kind == "string_pattern_mismatch":
        return (
            f"'{name}' must use lower-case letters, digits and hyphens only, "
            f"e.g. 'fall-of-belgrade' (it is {err.get('input')!r})."
        )
    if kind == "enum":
        expected = err.get("ctx", {}).get("expected", "")
        return f"'{name}' is {err.get('input')!r}; it must be one of {expected}."
    if kind == "too_short":
        return f"'{name}' must not be empty."
    if kind in {"greater_than_equal", "less_than_equal"}:
        return f"'{name}' is out of range ({err['msg'].lower()})."
    message = str(err.get("msg", "is not valid"))
    message = message.removeprefix("Value error, ")
    return f"'{name}': {message}"
