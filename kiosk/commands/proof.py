"""``kiosk proof``: every screen of an exhibit rendered to PNG, with a contact sheet.

A curator signs off opening day from this: what they see here is what visitors will see.
kiosk/ui/proof.py renders the screens; this prints, and writes ``index.html``.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from kiosk.content.loader import load
from kiosk.ui.proof import ProofSettings, render


def _offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")


def proof_command(
    content: Path,
    out: Path,
    size: tuple[int, int],
    language: str | None,
    only: str | None = None,
    settings: ProofSettings | None = None,
) -> int:
    settings = settings or ProofSettings()
    result = load(content)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.exhibit is None:
        print(f"kiosk: {content} cannot be shown; fix the errors above first.", file=sys.stderr)
        return 1
    _offscreen()

    sheet = render(result.exhibit, content, out, size, language, only, settings)
    note = f"{sheet.language}, {settings.describe()}"
    (out / "index.html").write_text(contact_sheet(sheet.title, size, sheet.shots, note), encoding="utf-8")
    print(f"{len(sheet.shots)} screens written to {out}")
    return 0


def contact_sheet(title: str, size: tuple[int, int], shots: list[tuple[str, str]], note: str = "") -> str:
    cells = "\n".join(
        f'<figure><a href="{html.escape(name)}"><img src="{html.escape(name)}" loading="lazy" '
        f'alt="{html.escape(route)}"></a><figcaption>{html.escape(route)}</figcaption></figure>'
        for route, name in shots
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Proof: {html.escape(title)}</title>
<style>
body {{ font: 15px/1.4 system-ui, sans-serif; margin: 24px; background: #f4f1ec; color: #222; }}
main {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 18px; }}
figure {{ margin: 0; background: #fff; padding: 8px; box-shadow: 0 1px 3px #0003; }}
img {{ width: 100%; display: block; }}
figcaption {{ font-family: monospace; padding-top: 6px; }}
</style></head><body>
<h1>Proof: {html.escape(title)}</h1>
<p>{len(shots)} screens at {size[0]}&times;{size[1]} ({html.escape(note)}).
Click a screen to see it full size.</p>
<main>
{cells}
</main></body></html>
"""
