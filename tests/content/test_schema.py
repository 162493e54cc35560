"""``kiosk schema``: JSON Schemas for editors, generated from the models, that accept real exhibits."""

from __future__ import annotations

import io
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from kiosk.commands import curator as curator_cli
from kiosk.commands.curator import schema_command
from kiosk.content import model as m
from kiosk.content.loader import MODELS, TABLE_FILES
from kiosk.content.scaffold import scaffold
from kiosk.content.schema import DRAFT, directive, schema_files, schema_for, schemas
from kiosk.resources import bundled_exhibit

EXPECTED_FILES = {
    "exhibit.json": "exhibit.toml",
    "chapters.json": "text/chapters.toml",
    "people.json": "text/people.toml",
    "photos.json": "text/photos.toml",
    "events.json": "text/events.toml",
    "places.json": "text/places.toml",
    "organisations.json": "text/organisations.toml",
    "routes.json": "text/routes.toml",
}


def item_schema(schema: dict[str, Any], kind: str) -> dict[str, Any]:
    ref = schema["properties"][kind]["items"]["$ref"]
    definition: dict[str, Any] = schema["definitions"][ref.rsplit("/", 1)[-1]]
    return definition


def test_one_schema_per_kind_of_file() -> None:
    assert schema_files() == EXPECTED_FILES
    for name, schema in schemas().items():
        assert schema["$schema"] == DRAFT and schema["title"] == EXPECTED_FILES[name]
        json.dumps(schema)  # plain JSON


def test_schemas_mirror_the_models() -> None:
    manifest = schema_for("exhibit.toml")
    assert set(manifest["properties"]) == set(m.Manifest.model_fields)
    assert set(manifest["required"]) == {"id", "title", "languages"}
    assert manifest["additionalProperties"] is False
    for rel, kinds in TABLE_FILES.items():
        schema = schema_for(rel)
        assert set(schema["properties"]) == set(kinds) and schema["additionalProperties"] is False
        for kind in kinds:
            item = item_schema(schema, kind)
            model = MODELS[kind]
            assert set(item["properties"]) == set(model.model_fields), kind
            assert set(item.get("required", [])) == {
                n for n, f in model.model_fields.items() if f.is_required()
            }
            assert item["additionalProperties"] is False


def test_texts_and_dates_are_described_as_curators_write_them() -> None:
    photo = item_schema(schema_for("text/photos.toml"), "photo")["properties"]
    assert [o["type"] for o in photo["caption"]["anyOf"]] == ["string", "object"]
    assert photo["date"]["type"] == "string" and "pattern" in photo["date"]
    assert "null" not in json.dumps(photo)  # TOML has no null: leave the key out instead
    assert photo["credit"]["description"].startswith("The credit line")
    people = schema_for("text/people.toml")
    group = item_schema(people, "group")["properties"]
    assert set(people["definitions"]["Colour"]["enum"]) == {c.value for c in m.Colour}
    assert "red, orange" in group["colour"]["description"]
    organisation = item_schema(schema_for("text/organisations.toml"), "organisation")["properties"]
    assert organisation["figures"]["items"] == {"$ref": "#/definitions/Figure"}


def test_directive_paths_are_relative_to_each_file() -> None:
    assert directive("exhibit.toml") == "#:schema ./schema/exhibit.json"
    assert directive("text/chapters.toml") == "#:schema ../schema/chapters.json"


def files_of(folder: Path) -> dict[str, Any]:
    return {
        rel: tomllib.loads((folder / rel).read_text(encoding="utf-8"))
        for rel in EXPECTED_FILES.values()
        if (folder / rel).is_file()
    }


def test_schemas_accept_the_bundled_and_the_new_exhibit(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    scaffold(tmp_path / "new", ["en", "sr"])
    for folder in (bundled_exhibit(), tmp_path / "new"):
        documents = files_of(folder)
        assert len(documents) >= 4
        for rel, data in documents.items():
            schema = schema_for(rel)
            jsonschema.Draft4Validator.check_schema(schema)
            errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(data)]
            assert errors == [], (folder, rel, errors)


@pytest.mark.parametrize(
    ("rel", "change", "words"),
    [
        (
            "text/photos.toml",
            {"photo": [{"id": "a", "file": "a.jpg", "title": "A", "caption": "c"}]},
            "credit",
        ),
        ("text/chapters.toml", {"chapter": [{"id": "a", "title": "A", "sumary": "x"}]}, "sumary"),
        ("text/chapters.toml", {"chapter": [{"id": "Not An Id", "title": "A"}]}, "does not match"),
        ("text/people.toml", {"group": [{"id": "a", "name": "A", "colour": "martian"}]}, "martian"),
        (
            "text/events.toml",
            {"event": [{"id": "a", "date": "20 October", "title": "A", "summary": "s"}]},
            "20 Oct",
        ),
        ("exhibit.toml", {"id": "x", "title": "X", "languages": ["en"], "colour": "red"}, "colour"),
        ("text/places.toml", {"place": [{"id": "a", "name": "A", "lat": 100, "lon": 0}]}, "100"),
    ],
)
def test_schemas_flag_mistakes(rel: str, change: dict[str, Any], words: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    errors = [e.message for e in jsonschema.Draft4Validator(schema_for(rel)).iter_errors(change)]
    assert errors and any(words in e for e in errors), errors


def test_schema_command_prints_or_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert curator_cli.main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == set(EXPECTED_FILES)
    out = io.StringIO()
    assert schema_command(tmp_path / "schema", stdout=out) == 0
    assert sorted(p.name for p in (tmp_path / "schema").iterdir()) == sorted(EXPECTED_FILES)
    assert json.loads((tmp_path / "schema" / "chapters.json").read_text(encoding="utf-8")) == schema_for(
        "text/chapters.toml"
    )
    assert "#:schema" in out.getvalue()
