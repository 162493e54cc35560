"""Keep the interface translations in step with the code.

    python tools/translations.py            # lupdate (new strings into the .ts files), then lrelease
    python tools/translations.py --check    # exit 1 when a .qm is stale or a string is untranslated

Translators edit ``kiosk/ui/i18n/kiosk_<lang>.ts`` with Qt Linguist or any text editor; the
compiled ``.qm`` files next to them are what the kiosk loads. English is the source language; its
.ts file only holds plural forms ("1 chapter", "2 chapters").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "kiosk" / "ui" / "i18n"
SOURCES = [
    *sorted((ROOT / "kiosk" / "ui" / "qml").rglob("*.qml")),
    ROOT / "kiosk" / "ui" / "words.py",
    ROOT / "kiosk" / "ui" / "admin.py",
    ROOT / "kiosk" / "ui" / "translations.py",
]


def tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found in the PySide6 installation")


def ts_files() -> list[Path]:
    return sorted(I18N.glob("kiosk_*.ts"))


def untranslated(ts: Path) -> list[str]:
    """Source texts whose translation is unfinished or empty (removed strings do not count)."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"vanished", "obsolete"}:
            continue
        forms = [translation.text or "", *((f.text or "") for f in translation.findall("numerusform"))]
        if translation.get("type") == "unfinished" or not any(form.strip() for form in forms):
            missing.append((message.findtext("source") or "").strip())
    return missing


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = []
        for ts in ts_files():
            if ts.stem != "kiosk_en":
                problems += [f"{ts.name}: untranslated: {text!r}" for text in untranslated(ts)]
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / "fresh.qm"
                release(ts, fresh)
                if fresh.read_bytes() != ts.with_suffix(".qm").read_bytes():
                    problems.append(
                        f"{ts.with_suffix('.qm').name} is stale: run python tools/translations.py"
                    )
        print("\n".join(problems))
        return 1 if problems else 0
    subprocess.run(
        [tool("lupdate"), "-silent", "-no-obsolete", *map(str, SOURCES), "-ts", *map(str, ts_files())],
        check=True,
    )
    for ts in ts_files():
        release(ts, ts.with_suffix(".qm"))
        left = untranslated(ts) if ts.stem != "kiosk_en" else []
        print(f"{ts.name}: {len(left)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
