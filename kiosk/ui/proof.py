"""``kiosk proof``: every screen of an exhibit rendered to PNG, with a contact sheet.

A curator signs off opening day from this: what they see here is what visitors will see.
"""

from __future__ import annotations

import html
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.loader import load
from kiosk.content.routes import all_routes

log = logging.getLogger(__name__)


def _offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")


@dataclass(frozen=True)
class ProofSettings:
    """How the visitor has set the kiosk up for this proof: the accessibility choices."""

    high_contrast: bool = False
    reach_mode: bool = False
    text_step: int = 0

    def describe(self) -> str:
        parts = [f"text size {self.text_step + 1}"]
        if self.high_contrast:
            parts.append("high contrast")
        if self.reach_mode:
            parts.append("reach mode")
        return ", ".join(parts)


def proof_command(
    content: Path,
    out: Path,
    size: tuple[int, int],
    language: str | None,
    only: str | None = None,
    settings: ProofSettings = ProofSettings(),
) -> int:
    result = load(content)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.exhibit is None:
        print(f"kiosk: {content} cannot be shown; fix the errors above first.", file=sys.stderr)
        return 1
    _offscreen()
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.bootstrap import KioskOptions, build
    from kiosk.ui.navigator import BUILT_SCREENS
    from kiosk.ui.settle import settle

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    kiosk = build(result.exhibit, content, KioskOptions(language=language))
    kiosk.idle.arm(False)
    kiosk.window.resize(*size)
    kiosk.window.show()
    kiosk.images.wait()
    out.mkdir(parents=True, exist_ok=True)
    shots: list[tuple[str, str]] = []
    routes = [r for r in all_routes(result.exhibit) if r.screen in BUILT_SCREENS]
    for route in routes:
        text = str(route)
        if only and not text.startswith(only):
            continue
        kiosk.navigator.go(text)
        kiosk.idle.arm(False)
        kiosk.session.choose(settings.text_step, settings.high_contrast, settings.reach_mode)
        settle(kiosk.window)
        settle(kiosk.window)  # again: a slow first draw (a base map) can leave a fade-in just started
        name = text.replace("/", "--") + ".png"
        kiosk.window.grabWindow().save(str(out / name))
        shots.append((text, name))
    title = kiosk.context.presenter.t(result.exhibit.manifest.title)
    note = f"{kiosk.context.language}, {settings.describe()}"
    (out / "index.html").write_text(contact_sheet(title, size, shots, note), encoding="utf-8")
    print(f"{len(shots)} screens written to {out}")
    kiosk.shut_down()
    del app
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
