"""tools/translations.py reads Qt Linguist files the way --check and --status need."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from kiosk.content.interface_text import catalogue

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kiosk_tools_translations", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Kapitel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>ein Kapitel</numerusform>
            <numerusform>Kapitel</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
</TS>
"""


def test_messages_and_what_is_finished(tmp_path: Path) -> None:
    t = tool()
    ts = tmp_path / "kiosk_de.ts"
    ts.write_text(TS, encoding="utf-8")
    language, messages = t.read_ts(ts)
    assert language == "de"
    assert [(m.source, m.finished) for m in messages] == [
        ("Home", True),
        ("Back", False),
        ("Chapter %1 of %2", True),
        ("%n chapter(s) to read", True),
    ]
    problems = [p for m in messages for p in t.placeholder_problems(m)]
    assert len(problems) == 2
    assert "Chapter %1 of %2" in problems[0] and "(%n)" in problems[1]


def test_every_count_in_the_interface_is_a_plural_message() -> None:
    """No visitor may read "3 chapter(s)" or "90 seconds" for 1: a count goes through %n."""
    for context, source, numerus in catalogue().messages:
        if "(s)" in source or "%n" in source:
            assert numerus, (context, source)
        assert not re.search(r"%\d (?:\w+s)\b", source), (context, source)
