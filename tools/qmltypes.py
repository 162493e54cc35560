"""Regenerate the type description of the Python types QML imports as ``Kiosk.Bridge``.

qmllint reads ``kiosk/ui/qml/Kiosk/Bridge/`` (qmldir + bridge.qmltypes) to check the views against
the Python view models. Run after changing a Python type's properties, slots or signals:

    python tools/qmltypes.py          # write
    python tools/qmltypes.py --check  # exit 1 when out of date (used by the tests)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BRIDGE_SOURCES = [
    "admin.py",
    "deep_zoom.py",
    "display.py",
    "exhibit_info.py",
    "icons.py",
    "idle.py",
    "list_models.py",
    "map_view.py",
    "navigator.py",
    "rows.py",
    "screen_data.py",
    "session.py",
    "speech_mode.py",
    "timeline_model.py",
    "translations.py",
]
OUT_DIR = ROOT / "kiosk" / "ui" / "qml" / "Kiosk" / "Bridge"
QMLDIR = "module Kiosk.Bridge\ntypeinfo bridge.qmltypes\nimport QtQuick\n"


def generate() -> str:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    foreign = ",".join(str(p) for p in sorted((qt / "metatypes").glob("qt6*_metatypes.json")))
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "bridge.json"
        sources = [str(ROOT / "kiosk" / "ui" / name) for name in BRIDGE_SOURCES]
        subprocess.run(
            [
                sys.executable,
                str(Path(PySide6.__file__).parent / "scripts" / "metaobjectdump.py"),
                "-q",
                "-s",
                "-o",
                str(dump),
                *sources,
            ],
            check=True,
        )
        bases = _mark_base_classes(dump)
        out = Path(tmp) / "bridge.qmltypes"
        subprocess.run(
            [
                str(qt / "libexec" / "qmltyperegistrar"),
                "--import-name",
                "Kiosk.Bridge",
                "--major-version",
                "1",
                "--foreign-types",
                foreign,
                "--generate-qmltypes",
                str(out),
                "-o",
                str(Path(tmp) / "registrations.cpp"),
                str(dump),
            ],
            check=True,
            capture_output=True,  # the registrar warns about every Python base class; not actionable
        )
        return _tidy(out.read_text(), bases)


def singletons() -> set[str]:
    """The types the composition root registers as QML singletons (kiosk/ui/bootstrap.py)."""
    import typing

    sys.path.insert(0, str(ROOT))
    from kiosk.ui.bootstrap import Singletons

    return {t.__name__ for t in typing.get_type_hints(Singletons).values()}


def _mark_base_classes(dump: Path) -> dict[str, str]:
    """Mark the singletons as such, and emit Python base classes (RowsModel) as anonymous types,
    so their members are known.

    Returns each class's base class name, which the registrar leaves out for Qt's own bases."""
    data = json.loads(dump.read_text())
    _restore_constant_flags(data)
    named = singletons()
    bases = {}
    for entry in data:
        for cls in entry["classes"]:
            cls["object"] = True  # every bridge class is a QObject, even when its base is imported
            supers = cls.get("superClasses") or [{"name": "QObject"}]
            bases[cls["className"]] = supers[0]["name"]
            if cls["className"] in named:
                cls["classInfos"] = [
                    {"name": "QML.Element", "value": "auto"},
                    {"name": "QML.Singleton", "value": "true"},
                ]
            elif not cls.get("classInfos"):
                cls["classInfos"] = [{"name": "QML.Element", "value": "anonymous"}]
    dump.write_text(json.dumps(data))
    return bases


def _restore_constant_flags(data: list[dict[str, Any]]) -> None:
    """metaobjectdump drops Property(constant=True); read it back from the live metaobjects."""
    import importlib

    sys.path.insert(0, str(ROOT))
    classes: dict[str, Any] = {}
    for name in BRIDGE_SOURCES:
        module = importlib.import_module("kiosk.ui." + Path(name).stem)
        classes.update({k: v for k, v in vars(module).items() if hasattr(v, "staticMetaObject")})
    for entry in data:
        for cls in entry["classes"]:
            meta = getattr(classes.get(cls["className"]), "staticMetaObject", None)
            if meta is None:
                continue
            for prop in cls.get("properties", []):
                index = meta.indexOfProperty(prop["name"])
                if index >= 0 and meta.property(index).isConstant():
                    prop["constant"] = True


def _tidy(text: str, bases: dict[str, str]) -> str:
    """metaobjectdump spells Python's container types as Python names; QML knows Qt's."""
    text = text.replace('type: "dict"', 'type: "QVariantMap"').replace('type: "list"', 'type: "QVariantList"')
    blocks = text.split("    Component {\n")
    fixed = [blocks[0]]
    for block in blocks[1:]:
        name = block.split('name: "', 1)[1].split('"', 1)[0]
        if "prototype:" not in block[:200]:
            prototype = bases.get(name, "QObject")
            block = block.replace(
                'accessSemantics: "reference"\n',
                f'accessSemantics: "reference"\n        prototype: "{prototype}"\n',
                1,
            )
        fixed.append(block)
    return "    Component {\n".join(fixed)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = generate()
    target = OUT_DIR / "bridge.qmltypes"
    if args.check:
        current = target.read_text() if target.exists() else ""
        if current != text or (OUT_DIR / "qmldir").read_text() != QMLDIR:
            print("kiosk/ui/qml/Kiosk/Bridge is out of date: run python tools/qmltypes.py", file=sys.stderr)
            return 1
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    (OUT_DIR / "qmldir").write_text(QMLDIR)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
