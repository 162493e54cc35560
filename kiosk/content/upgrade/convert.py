"""Format 1 to format 2, file by file, as text: what the curator wrote stays as written (comments,
order, layout); only what changed meaning is rewritten, and each change is said in plain words.

- exhibit.toml: ``format = 2``.
- text/people.toml: the sides people were on become ``[[group]]`` tables at the top of the file
  (named as the kiosk named them, in the exhibit's languages, with the colours and line patterns
  the kiosk drew them in); ``side`` becomes ``group``, ``rank`` becomes ``role``; ``kind`` goes
  (a political figure gets ``order = 1``, so that they are still listed after the others).
- text/forces.toml becomes text/organisations.toml: ``[[force]]`` → ``[[organisation]]``, ``side``
  → ``group``, ``commander`` → ``leader``, ``subunits`` → ``parts``, ``strength`` → labelled
  ``figures``.
- text/events.toml and text/photos.toml: ``units`` (plain names) become ``organisations`` (ids):
  a name that is an organisation's name takes its id, any other name becomes an organisation of
  its own at the end of text/organisations.toml.
- text/routes.toml: ``side`` → ``group``, ``force`` → ``organisation``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from kiosk.content.upgrade import format1
from kiosk.content.upgrade.tomltext import (
    Section,
    first_table_line,
    key_lines,
    rename_key,
    replace_key,
    sections,
    toml_value,
)

FORCES, ORGANISATIONS = "text/forces.toml", "text/organisations.toml"


@dataclass
class Converted:
    texts: dict[str, str]  # file -> its new text (only files that changed or are new)
    removed: list[str] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)  # file -> what changed, in words

    def say(self, rel: str, sentence: str) -> None:
        self.changes.setdefault(rel, []).append(sentence)


def convert(texts: dict[str, str]) -> Converted:
    """``texts``: the folder's TOML files that format 1 had (file -> text)."""
    out = Converted({})
    manifest = tomllib.loads(texts["exhibit.toml"])
    languages = [str(x) for x in manifest.get("languages", ["en"])] or ["en"]
    out.texts["exhibit.toml"] = _manifest(texts["exhibit.toml"], out)

    data = {rel: tomllib.loads(text) for rel, text in texts.items()}
    sides = _sides_used(data)
    names = _organisation_names(data.get(FORCES, {}))
    extra: dict[str, str] = {}  # new organisation id -> its plain name

    if FORCES in texts:
        out.texts[ORGANISATIONS] = _forces(texts[FORCES], languages, out)
        out.removed.append(FORCES)
    for rel, kind in (("text/events.toml", "event"), ("text/photos.toml", "photo")):
        if rel in texts:
            changed = _units(texts[rel], kind, names, extra, rel, out)
            if changed is not None:
                out.texts[rel] = changed
    if extra:
        base = out.texts.get(ORGANISATIONS, _NEW_ORGANISATIONS)
        added = "".join(f'\n[[organisation]]\nid = "{i}"\nname = {toml_value(n)}\n' for i, n in extra.items())
        out.texts[ORGANISATIONS] = base.rstrip("\n") + "\n" + added
        listing = ", ".join(f"'{n}'" for n in extra.values())
        out.say(ORGANISATIONS, f"Added an organisation for each unit name no force had: {listing}.")
    if "text/people.toml" in texts:
        out.texts["text/people.toml"] = _people(texts["text/people.toml"], sides, languages, out)
    if "text/routes.toml" in texts:
        out.texts["text/routes.toml"] = _routes(texts["text/routes.toml"], out)
    return out


_NEW_ORGANISATIONS = "# The organisations events and photos name (made by 'kiosk upgrade').\n"


def _manifest(text: str, out: Converted) -> str:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^\s*format\s*=", line):
            lines[i] = re.sub(r"=\s*1\b", "= 2", line, count=1)
            break
    else:
        lines.insert(first_key_line(lines), "format = 2")
    out.say("exhibit.toml", "format = 2: the folder is now in version 2 of the content format.")
    return "\n".join(lines) + "\n"


def first_key_line(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith("#"):
            return i
    return len(lines)


def _sides_used(data: dict[str, dict[str, Any]]) -> list[str]:
    used = {
        str(row.get("side"))
        for rel, kind in (("text/people.toml", "person"), (FORCES, "force"), ("text/routes.toml", "route"))
        for row in data.get(rel, {}).get(kind, [])
        if isinstance(row, dict) and row.get("side")
    }
    return [s for s in format1.SIDES if s in used] + sorted(used - set(format1.SIDES))


def _organisation_names(forces: dict[str, Any]) -> dict[str, str]:
    """Every name a force goes by (in any language) -> its id."""
    names: dict[str, str] = {}
    for row in forces.get("force", []):
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            continue
        name = row.get("name")
        for text in name.values() if isinstance(name, dict) else [name]:
            if isinstance(text, str):
                names.setdefault(text.strip(), row["id"])
    return names


def _each(lines: list[str], kind: str) -> list[Section]:
    return [s for s in sections(lines) if s.name == kind]


def _forces(text: str, languages: list[str], out: Converted) -> str:
    lines = text.replace(
        "#:schema ../schema/forces.json", "#:schema ../schema/organisations.json"
    ).splitlines()
    count = 0
    for i, line in enumerate(lines):
        if re.match(r"^\s*\[\[\s*force\s*\]\]", line):
            lines[i] = re.sub(r"\[\[\s*force\s*\]\]", "[[organisation]]", line, count=1)
            count += 1
    figures = 0
    for section in reversed(_each(lines, "organisation")):
        rename_key(lines, section, "side", "group")
        rename_key(lines, section, "commander", "leader")
        rename_key(lines, section, "subunits", "parts")
        spans = key_lines(lines, section, "strength")
        if spans:
            first, last = spans[0]
            strength = tomllib.loads("\n".join(lines[first : last + 1])).get("strength", {})
            rows = [
                {"label": format1.strength_label(k, languages), "value": v}
                for k, v in strength.items()
                if k in format1.STRENGTHS
            ]
            replace_key(lines, section, "strength", [f"figures = {toml_value(rows)}"])
            figures += 1
    rel = ORGANISATIONS
    out.say(rel, f"Made from text/forces.toml: its {count} [[force]] tables are now [[organisation]] tables.")
    out.say(rel, "side is now group, commander is now leader, subunits are now parts.")
    if figures:
        missing = [lang for lang in languages if lang not in format1.strength_label("men", languages)]
        todo = f" Write the labels in {', '.join(missing)} too." if missing else ""
        out.say(rel, f"strength is now figures, each with a label ({figures} organisations).{todo}")
    return "\n".join(lines) + "\n"


def _units(
    text: str, kind: str, names: dict[str, str], extra: dict[str, str], rel: str, out: Converted
) -> str | None:
    lines = text.splitlines()
    known = set(names.values())
    changed = 0
    for section in reversed(_each(lines, kind)):
        spans = key_lines(lines, section, "units")
        if not spans:
            continue
        first, last = spans[0]
        units = tomllib.loads("\n".join(lines[first : last + 1])).get("units", [])
        ids = []
        for name in units:
            ident = names.get(str(name).strip()) or _new_id(str(name), known | set(extra))
            if ident not in known and ident not in extra:
                extra[ident] = str(name)
            names.setdefault(str(name).strip(), ident)
            ids.append(ident)
        replace_key(lines, section, "units", [f"organisations = {toml_value(ids)}"] if ids else [])
        changed += 1
    if not changed:
        return None
    out.say(
        rel, f"units (names) are now organisations (ids of [[organisation]] tables), in {changed} {kind}s."
    )
    return "\n".join(lines) + "\n"


def _new_id(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "organisation"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    return ident


def _people(text: str, sides: list[str], languages: list[str], out: Converted) -> str:
    lines = text.splitlines()
    political = 0
    for section in reversed(_each(lines, "person")):
        rename_key(lines, section, "side", "group")
        rename_key(lines, section, "rank", "role")
        spans = key_lines(lines, section, "kind")
        if spans:
            first, last = spans[0]
            kind = tomllib.loads("\n".join(lines[first : last + 1])).get("kind")
            replace_key(lines, section, "kind", ["order = 1"] if kind == "political" else [])
            political += kind == "political"
    rel = "text/people.toml"
    if sides:
        block = [
            "# The groups of people the People screen lists, in this order, and the map's arrows.",
            "",
        ]
        for side in sides:
            block += [
                "[[group]]",
                f'id = "{side}"',
                f"name = {toml_value(format1.side_names(side, languages))}",
                f'colour = "{format1.COLOURS.get(side, "brown")}"',
                f'line = "{format1.LINES.get(side, "solid")}"',
                "",
            ]
        at = first_table_line(lines)
        lines[at:at] = block
        out.say(rel, f"Added a [[group]] for each side ({', '.join(sides)}), named as the kiosk named them.")
    out.say(rel, "side is now group, rank is now role.")
    if political:
        out.say(
            rel,
            f"kind is gone: the {political} political figures have order = 1, so each group still lists "
            "them after the others.",
        )
    return "\n".join(lines) + "\n"


def _routes(text: str, out: Converted) -> str:
    lines = text.splitlines()
    for section in reversed(_each(lines, "route")):
        rename_key(lines, section, "side", "group")
        rename_key(lines, section, "force", "organisation")
    out.say("text/routes.toml", "side is now group, force is now organisation.")
    return "\n".join(lines) + "\n"
