"""A museum's own wording for the kiosk's buttons and labels, and what still shows in English.

Pure Python (no Qt). A content folder may hold ``interface/<lang>.toml`` (docs/content-format.md,
"Interface wording"): the English text of a label, exactly as the kiosk shows it in English, set
to the museum's text. It is applied on top of the shipped translation (``kiosk/ui/translations.py``
installs it as the last translator), so a museum can correct a word or fill a gap without a
programmer::

    "Touch to begin" = "Bildschirm berühren"
    "%n chapter(s) to read" = { one = "%n Kapitel", other = "%n Kapitel" }

    [NavBar]              # one screen only (the name the validator lists)
    "Home" = "Start"

The interface strings and which language has which translated come from ``catalogue.json``, which
``tools/translations.py`` writes next to the .ts files.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path
from typing import Any

from kiosk.content import cldr
from kiosk.content.languages import SOURCE_LANGUAGE, endonym, translation_for
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem, error, warning
from kiosk.content.tomlsource import read_toml

FOLDER = "interface"
CATALOGUE = Path(__file__).resolve().parents[1] / "ui" / "i18n" / "catalogue.json"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
SHOWN_IN_A_MESSAGE = 12
# Listed first when a language falls back: what every visitor meets.
FIRST_MET = ("AttractScreen", "NavBar", "HomeScreen", "IdleOverlay", "AccessibilityPanel")
_PLACEHOLDER = re.compile(r"%(\d)")
_KEY_LINE = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*')\s*=""")
_TABLE_LINE = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$")


# --- the catalogue of interface strings ---------------------------------------------------------
@dataclass(frozen=True)
class Catalogue:
    messages: list[tuple[str, str, bool]]  # (context, source, counts something)
    translated: dict[str, frozenset[int]]  # translation file name -> indexes of finished messages
    staff: frozenset[int] = frozenset()  # indexes of the admin layer's texts, which visitors never see

    def indexes(self, source: str, context: str | None = None) -> list[int]:
        return [
            i
            for i, (ctx, text, _n) in enumerate(self.messages)
            if text == source and (context is None or ctx == context)
        ]

    @property
    def contexts(self) -> list[str]:
        return sorted({ctx for ctx, _s, _n in self.messages})

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(text for _c, text, _n in self.messages))

    @property
    def visitor_sources(self) -> list[str]:
        """The texts a visitor can meet (the admin layer's left out)."""
        return list(dict.fromkeys(m[1] for i, m in enumerate(self.messages) if i not in self.staff))


@lru_cache(maxsize=4)
def catalogue(path: Path = CATALOGUE) -> Catalogue:
    data = json.loads(path.read_text(encoding="utf-8"))
    messages = [(m["context"], m["source"], bool(m["numerus"])) for m in data["messages"]]
    translated = {name: frozenset(ids) for name, ids in data["translated"].items()}
    staff = frozenset(i for i, m in enumerate(data["messages"]) if m.get("staff"))
    return Catalogue(messages, translated, staff)


# --- a museum's wording -----------------------------------------------------------------------
@dataclass(frozen=True)
class Wording:
    """One label in the museum's words: one text, or one per plural form for a count."""

    text: str
    forms: dict[str, str] = field(default_factory=dict)

    def for_count(self, count: int, lang: str) -> str:
        if not self.forms:
            return self.text
        from kiosk.content.formatting import plural_category

        return self.forms.get(plural_category(count, lang)) or self.forms["other"]


@dataclass
class InterfaceWording:
    """The valid entries of ``interface/<lang>.toml``, by (screen or None for every screen, text)."""

    language: str
    entries: dict[tuple[str | None, str], Wording] = field(default_factory=dict)

    def lookup(self, context: str, source: str) -> Wording | None:
        return self.entries.get((context, source)) or self.entries.get((None, source))

    def translate(self, context: str, source: str, count: int = -1) -> str | None:
        """The museum's text for a label (``count`` for a label with a number), or None."""
        wording = self.lookup(context, source)
        if wording is None:
            return None
        if count >= 0 or not wording.text:
            return wording.for_count(max(count, 0) if count >= 0 else 2, self.language)
        return wording.text

    def covered(self, cat: Catalogue) -> set[int]:
        found: set[int] = set()
        for context, source in self.entries:
            found.update(cat.indexes(source, context))
        return found


def read_wording(
    root: Path, lang: str, cat: Catalogue | None = None
) -> tuple[InterfaceWording, list[Problem]]:
    """The museum's wording for one language, keeping only entries that are safe to show; the
    problems say what was left out and why. No file: no wording and no problem."""
    rel = f"{FOLDER}/{lang}.toml"
    problems: list[Problem] = []
    wording = InterfaceWording(lang)
    source = read_toml(root, rel, problems, required=False)
    if source is None:
        return wording, problems
    cat = cat or catalogue()
    lines = _key_lines(source.text)
    contexts = set(cat.contexts)
    for key, value in source.data.items():
        if isinstance(value, dict) and key in contexts:
            for text, entry in value.items():
                _add(wording, cat, rel, lines.get((key, text)), key, text, entry, problems)
        elif (
            isinstance(value, dict) and not (value.keys() <= set(PLURAL_CATEGORIES)) and not cat.indexes(key)
        ):
            hint = _suggest(key, contexts)
            problems.append(
                error(
                    rel,
                    f"[{key}] is not a screen of the kiosk{hint}. Put the texts for every screen at the "
                    "top of the file, or use a screen name that 'kiosk validate' lists.",
                    lines.get((None, key)),
                )
            )
        else:
            _add(wording, cat, rel, lines.get((None, key)), None, key, value, problems)
    return wording, problems


def _add(
    wording: InterfaceWording,
    cat: Catalogue,
    rel: str,
    line: int | None,
    context: str | None,
    source: str,
    value: Any,
    problems: list[Problem],
) -> None:
    found = cat.indexes(source, context)
    if not found:
        where = f" on the {context} screen" if context else ""
        pool = [t for c, t, _n in cat.messages if context is None or c == context]
        hint = _suggest(source, pool)
        problems.append(
            error(
                rel,
                f"The kiosk shows no text {source!r}{where}{hint}. Copy the English text exactly as "
                "the kiosk shows it in English, including capitals and punctuation.",
                line,
            )
        )
        return
    counts = any(cat.messages[i][2] for i in found)
    message = _wording_problem(source, value, counts, wording.language)
    if message:
        problems.append(error(rel, f"{source!r}: {message}", line))
        return
    if isinstance(value, str):
        wording.entries[(context, source)] = Wording(value)
        return
    forms = {str(k): str(v) for k, v in value.items()}
    missing = [c for c in _categories(wording.language) if c not in forms]
    if missing:
        examples = ", ".join(f"{c} (e.g. {_example(c, wording.language)})" for c in missing)
        problems.append(
            warning(
                rel,
                f"{source!r} gives no form for {examples}: those counts use the 'other' text. "
                f"{_language(wording.language)} uses the forms {', '.join(_categories(wording.language))}.",
                line,
            )
        )
    wording.entries[(context, source)] = Wording("", forms)


def _wording_problem(source: str, value: Any, counts: bool, lang: str) -> str | None:
    """What is wrong with one entry, in plain words, or None."""
    if isinstance(value, dict):
        if not counts:
            return "this label shows no count, so it takes one text, not a table of plural forms."
        unknown = [k for k in value if k not in _categories(lang)]
        if unknown:
            return (
                f"{', '.join(map(repr, unknown))} is not a plural form of {_language(lang)}: "
                f"use {', '.join(_categories(lang))}."
            )
        if "other" not in value:
            return "give at least the 'other' form; it is used for every count the others do not cover."
        texts = list(value.values())
        if not all(isinstance(t, str) for t in texts):
            return 'every form must be text in quotes, e.g. other = "%n Kapitel".'
    elif isinstance(value, str):
        texts = [value]
    else:
        return 'write the museum\'s text in quotes, e.g. "Touch to begin" = "Bildschirm berühren".'
    wanted = sorted(set(_PLACEHOLDER.findall(source)))
    for text in texts:
        if not text.strip():
            return "the text is empty. Write the museum's text, or delete the line to keep the kiosk's."
        if "<" in text:
            return "interface texts are plain text: remove the '<'."
        if sorted(set(_PLACEHOLDER.findall(text))) != wanted:
            kept = ", ".join(f"%{n}" for n in wanted) or "no placeholder"
            return (
                f"{text!r} must use exactly the placeholders of the English text ({kept}): "
                "the kiosk puts a name or a number there."
            )
    other = value.get("other", "") if isinstance(value, dict) else value
    if "%n" in source and "%n" not in other:
        return 'keep %n where the count goes, e.g. "%n Kapitel".'
    return None


def _categories(lang: str) -> list[str]:
    from kiosk.content.formatting import plural_categories

    return plural_categories(lang)


def _example(category: str, lang: str) -> int:
    from kiosk.content.formatting import plural_category

    return next((n for n in range(0, 1001) if plural_category(n, lang) == category), 0)


def _language(lang: str) -> str:
    return f"{endonym(lang)} ({lang})"


def _suggest(text: str, pool: Iterable[str]) -> str:
    close = get_close_matches(text, list(pool), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _key_lines(text: str) -> dict[tuple[str | None, str], int]:
    """The line of every key, by (table or None, key), for messages that point at it."""
    lines: dict[tuple[str | None, str], int] = {}
    table: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TABLE_LINE.match(line)
        if header:
            table = header.group(1).strip().strip("\"'")
            lines.setdefault((None, table), number)
            continue
        match = _KEY_LINE.match(line)
        if match:
            try:
                key = next(iter(tomllib.loads(f"{match.group(1)} = 0")))
            except tomllib.TOMLDecodeError:
                continue
            lines.setdefault((table, key), number)
    return lines


# --- what validate reports --------------------------------------------------------------------
def untranslated(exhibit: Exhibit, root: Path, cat: Catalogue | None = None) -> dict[str, list[str]]:
    """For each language of the exhibit, the interface strings a visitor still sees in English:
    neither the shipped translation nor the museum's ``interface/<lang>.toml`` has them (the admin
    layer's, which only staff see, are not counted)."""
    cat = cat or catalogue()
    everything = set(range(len(cat.messages))) - cat.staff
    result: dict[str, list[str]] = {}
    for lang in exhibit.languages:
        if cldr.parse_tag(lang)[0] == SOURCE_LANGUAGE:
            continue
        served_by = translation_for(lang, cat.translated)
        done = set(cat.translated.get(served_by, frozenset())) if served_by else set()
        wording, _problems = read_wording(root, lang, cat)
        missing = everything - done - wording.covered(cat)
        order = sorted(missing, key=lambda i: (_first_met(cat.messages[i][0]), i))
        result[lang] = list(dict.fromkeys(cat.messages[i][1] for i in order))
    return result


def _first_met(context: str) -> int:
    return FIRST_MET.index(context) if context in FIRST_MET else len(FIRST_MET)


def check_interface(exhibit: Exhibit, root: Path) -> list[Problem]:
    """Problems in the museum's interface wording, each language whose interface still falls back
    to English (and which strings), and languages the kiosk cannot write dates for.

    ``kiosk validate`` adds these to its report (the hook: ``problems += check_interface(exhibit, root)``).
    """
    cat = catalogue()
    problems: list[Problem] = []
    for lang in exhibit.languages:
        problems += read_wording(root, lang, cat)[1]
        if not cldr.has_data(lang):
            problems.append(
                warning(
                    "exhibit.toml",
                    f"The kiosk has no calendar data for '{lang}': its dates and numbers are written "
                    "as in English. Check the language code (e.g. de, sr-Latn, pt-BR).",
                )
            )
    problems += _stray_files(root, exhibit.languages)
    total = len(cat.visitor_sources)
    for lang, missing in untranslated(exhibit, root, cat).items():
        if not missing:
            continue
        shown = ", ".join(repr(s) for s in missing[:SHOWN_IN_A_MESSAGE])
        more = f" and {len(missing) - SHOWN_IN_A_MESSAGE} more" if len(missing) > SHOWN_IN_A_MESSAGE else ""
        how = (
            "the kiosk has no translation of its interface into this language yet"
            if len(missing) == total
            else f"{len(missing)} of its {total} interface texts have no translation"
        )
        problems.append(
            warning(
                f"{FOLDER}/{lang}.toml",
                f"Visitors who choose {_language(lang)} see buttons and labels in English: {how}: "
                f"{shown}{more}. Write the museum's own text for them in this file "
                "(docs/content-format.md, 'Interface wording').",
            )
        )
    return problems


def _stray_files(root: Path, languages: list[str]) -> list[Problem]:
    folder = root / FOLDER
    if folder.is_symlink() or not folder.is_dir():
        return []
    problems = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        rel = f"{FOLDER}/{path.name}"
        if path.suffix != ".toml":
            problems.append(warning(rel, "Only <language>.toml files belong here, e.g. de.toml. Move it."))
        elif path.stem not in languages:
            hint = _suggest(path.stem, languages) or f" (the exhibit's languages: {', '.join(languages)})"
            problems.append(
                warning(rel, f"'{path.stem}' is not a language of this exhibit{hint}; the file is not used.")
            )
    return problems


__all__ = [
    "Catalogue",
    "InterfaceWording",
    "Wording",
    "catalogue",
    "check_interface",
    "read_wording",
    "untranslated",
]
