"""Keep the interface translations in step with the code.

    python tools/translations.py            # lupdate every language's .ts, lrelease the .qm files
    python tools/translations.py --status   # how far each language is
    python tools/translations.py --check    # exit 1 when anything is stale or a finished language
                                            # has a string untranslated

There is one ``kiosk/ui/i18n/kiosk_<lang>.ts`` per interface language
(``kiosk.content.languages.INTERFACE_LANGUAGES``); translators fill them with Qt Linguist or any
text editor (docs/translating.md). English is the source language: its file only holds the English
plural forms ("1 chapter", "2 chapters"). A language listed in ``COMPLETE_INTERFACE`` must have
every string translated; the others may be partial (the kiosk shows English for what is missing,
and ``kiosk validate`` says which strings).

Also written: ``catalogue.json``, the list of interface strings and which each language has
translated, which the core reads without Qt to check a museum's own wording (``interface/<lang>.toml``).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.content.languages import (  # noqa: E402
    COMPLETE_INTERFACE,
    INTERFACE_LANGUAGES,
    SOURCE_LANGUAGE,
    file_name,
)

I18N = ROOT / "kiosk" / "ui" / "i18n"
CATALOGUE = I18N / "catalogue.json"
SOURCES = [
    *sorted((ROOT / "kiosk" / "ui" / "qml").rglob("*.qml")),
    ROOT / "kiosk" / "ui" / "words.py",
    ROOT / "kiosk" / "ui" / "speech_words.py",
    ROOT / "kiosk" / "ui" / "admin.py",
    ROOT / "kiosk" / "ui" / "translations.py",
]
PLACEHOLDER = re.compile(r"%(\d)")
# Screens only staff see (the admin layer): a language missing them does not fail its visitors.
STAFF_CONTEXTS = {"Admin", *(p.stem for p in (ROOT / "kiosk/ui/qml/Kiosk/admin").glob("*.qml"))}


def tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found in the PySide6 installation")


def ts_path(tag: str) -> Path:
    return I18N / f"kiosk_{file_name(tag)}.ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]  # the translation (one form, or one per plural form); empty when missing
    finished: bool

    @property
    def key(self) -> tuple[str, str, bool]:
        return (self.context, self.source, self.numerus)


def read_ts(ts: Path) -> tuple[str, list[Message]]:
    """The file's language attribute and its current messages (vanished and obsolete ones left out)."""
    root = ET.parse(ts).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in {"vanished", "obsolete"}:
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple((f.text or "") for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            finished = kind != "unfinished" and bool(forms) and all(f.strip() for f in forms)
            messages.append(Message(name, message.findtext("source") or "", numerus, forms, finished))
    return root.get("language", ""), messages


def placeholder_problems(message: Message) -> list[str]:
    """A translation must keep every %1..%9 of its source, and say %n somewhere if the source does."""
    if not any(f.strip() for f in message.forms):
        return []
    wanted = set(PLACEHOLDER.findall(message.source))
    problems = []
    for form in message.forms:
        if form.strip() and set(PLACEHOLDER.findall(form)) != wanted:
            problems.append(f"{message.source!r}: the translation {form!r} must use {sorted(wanted)}")
    if "%n" in message.source and not any("%n" in f or "%Ln" in f for f in message.forms):
        problems.append(f"{message.source!r}: no form of the translation shows the count (%n)")
    return problems


def lupdate(ts: Path, tag: str) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            # No file/line locations: the 24 files then change only when a string does, not
            # whenever a view's lines move (translators see each string's screen as its context).
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            file_name(tag),
            *map(str, SOURCES),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def catalogue() -> dict[str, object]:
    """The interface strings (from the source language's file) and, per language, the indexes of
    those it has translated."""
    _lang, source = read_ts(ts_path(SOURCE_LANGUAGE))
    keys = [m.key for m in source]
    index = {k: i for i, k in enumerate(keys)}
    translated: dict[str, list[int]] = {}
    for tag in INTERFACE_LANGUAGES:
        if tag == SOURCE_LANGUAGE:
            continue
        _lang, messages = read_ts(ts_path(tag))
        translated[file_name(tag)] = sorted(index[m.key] for m in messages if m.finished and m.key in index)
    return {
        "about": "Written by tools/translations.py; read by kiosk/content/interface_text.py.",
        "messages": [
            {"context": c, "source": s, "numerus": n, "staff": c in STAFF_CONTEXTS} for c, s, n in keys
        ],
        "translated": translated,
    }


def catalogue_text() -> str:
    return json.dumps(catalogue(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def update() -> int:
    for tag in INTERFACE_LANGUAGES:
        ts = ts_path(tag)
        lupdate(ts, tag)
        release(ts, ts.with_suffix(".qm"))
    CATALOGUE.write_text(catalogue_text(), encoding="utf-8")
    return status()


def status() -> int:
    _lang, source = read_ts(ts_path(SOURCE_LANGUAGE))
    total = len(source)
    print(f"{'language':<10} {'file':<20} {'translated':>12}  state")
    for tag in INTERFACE_LANGUAGES:
        ts = ts_path(tag)
        if not ts.exists():
            print(f"{tag:<10} {ts.name:<20} {'-':>12}  missing: run python tools/translations.py")
            continue
        _lang, messages = read_ts(ts)
        done = total if tag == SOURCE_LANGUAGE else sum(m.finished for m in messages)
        if tag == SOURCE_LANGUAGE:
            state = "source language"
        elif done == total:
            shipped = tag in COMPLETE_INTERFACE
            state = "complete, shipped" if shipped else "complete: add it to COMPLETE_INTERFACE"
        else:
            state = "NOT COMPLETE, shipped as complete" if tag in COMPLETE_INTERFACE else "in progress"
            state = state if done else "not started"
        print(f"{tag:<10} {ts.name:<20} {f'{done}/{total}':>12}  {state}")
    return 0


def check() -> list[str]:
    problems: list[str] = []
    expected = {ts_path(tag).name for tag in INTERFACE_LANGUAGES}
    for stray in sorted({p.name for p in I18N.glob("*.ts")} - expected):
        problems.append(f"{stray}: not an interface language (kiosk/content/languages.py)")
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / "fresh.ts"
        lupdate(fresh_ts, SOURCE_LANGUAGE)
        current = {m.key for m in read_ts(fresh_ts)[1]}
        for tag in INTERFACE_LANGUAGES:
            ts = ts_path(tag)
            if not ts.exists():
                problems.append(f"{ts.name} is missing: run python tools/translations.py")
                continue
            language, messages = read_ts(ts)
            if language != file_name(tag):
                problems.append(f"{ts.name}: language is {language!r}, not {file_name(tag)!r}")
            if {m.key for m in messages} != current:
                problems.append(f"{ts.name} is not in step with the code: run python tools/translations.py")
            for message in messages:
                problems += [f"{ts.name}: {p}" for p in placeholder_problems(message)]
                if tag in COMPLETE_INTERFACE and tag != SOURCE_LANGUAGE and not message.finished:
                    problems.append(f"{ts.name}: untranslated: {message.source!r}")
                if tag == SOURCE_LANGUAGE and message.numerus and not message.finished:
                    problems.append(f"{ts.name}: no English plural forms for {message.source!r}")
            fresh = Path(tmp) / f"{ts.stem}.qm"
            release(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or fresh.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is stale: run python tools/translations.py")
    if not CATALOGUE.exists() or CATALOGUE.read_text(encoding="utf-8") != catalogue_text():
        problems.append(f"{CATALOGUE.name} is stale: run python tools/translations.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="exit 1 when anything is stale or missing")
    group.add_argument("--status", action="store_true", help="how far each language is")
    args = parser.parse_args()
    if args.status:
        return status()
    if args.check:
        problems = check()
        print("\n".join(problems))
        return 1 if problems else 0
    return update()


if __name__ == "__main__":
    sys.exit(main())
