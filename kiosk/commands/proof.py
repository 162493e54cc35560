"""``kiosk proof``: every screen of an exhibit rendered to PNG, with a contact sheet.

A curator signs off opening day from this: what they see here is what visitors will see. So the
exhibit is proofed as the kiosk shows it: what the checks refuse (an item with an error, a photo
that cannot be prepared) is left out, and the contact sheet lists each with why. The command exits
1 when there are errors. kiosk/ui/proof.py renders the screens; this prints, and writes
``index.html``.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from kiosk.content.checks import content_warnings
from kiosk.content.loader import LoadResult, load
from kiosk.content.model import Exhibit
from kiosk.content.omit import without_photos
from kiosk.content.problems import Problem, Severity
from kiosk.images.cache import DerivativeCache
from kiosk.ui.image_service import default_cache_dir
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
    if result.exhibit is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"kiosk: {content} cannot be shown; fix the errors above first.", file=sys.stderr)
        return 1
    exhibit, problems = as_shown(result, content)
    for problem in problems:
        print(problem, file=sys.stderr)
    _offscreen()

    sheet = render(exhibit, content, out, size, language, only, settings)
    note = f"{sheet.language}, {settings.describe()}"
    page = contact_sheet(sheet.title, size, sheet.shots, note, problems)
    (out / "index.html").write_text(page, encoding="utf-8")
    print(f"{len(sheet.shots)} screens written to {out}")
    errors = sum(p.severity is Severity.ERROR for p in problems)
    if errors:
        print(
            f"kiosk proof: {errors} error{'s' if errors != 1 else ''}: what they name is left out of the "
            f"exhibit and of this proof until fixed (listed in {out / 'index.html'}).",
            file=sys.stderr,
        )
        return 1
    return 0


def as_shown(result: LoadResult, content: Path) -> tuple[Exhibit, list[Problem]]:
    """The exhibit as the kiosk would show it, and every problem: photos that cannot be prepared
    are left out as the kiosk leaves them out (kiosk/content/omit.py)."""
    assert result.exhibit is not None
    problems = list(result.problems) + content_warnings(result, content)
    cache = DerivativeCache(default_cache_dir())  # the kiosk's cache: the screens find them made
    try:
        prepared = cache.prepare([(p.id, content / p.file) for p in result.exhibit.photos])
    finally:
        cache.close()
    reasons = {key: r.reason for key, r in prepared.items() if r.reason}
    exhibit, omitted = without_photos(result.exhibit, reasons, result.locations)
    return exhibit, problems + omitted


def contact_sheet(
    title: str,
    size: tuple[int, int],
    shots: list[tuple[str, str]],
    note: str = "",
    problems: list[Problem] | None = None,
) -> str:
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
.left-out {{ background: #fff3f0; border-left: 6px solid #b3261e; padding: 8px 16px; margin: 16px 0; }}
.warnings {{ background: #fffbea; border-left: 6px solid #a36a00; padding: 8px 16px; margin: 16px 0; }}
li {{ margin: 4px 0; }} code {{ font-size: 14px; }}
</style></head><body>
<h1>Proof: {html.escape(title)}</h1>
<p>{len(shots)} screens at {size[0]}&times;{size[1]} ({html.escape(note)}).
Click a screen to see it full size.</p>
{_problem_list(problems or [])}
<main>
{cells}
</main></body></html>
"""


def _problem_list(problems: list[Problem]) -> str:
    """The curator's list: what is left out of the exhibit and why, then what could be better."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    left_out = errors + [p for p in problems if "left out" in p.message and p not in errors]
    rest = [p for p in problems if p not in left_out]
    parts = []
    if left_out:
        parts.append(
            '<section class="left-out"><h2>Left out of the exhibit</h2>'
            "<p>Visitors will not see these until they are fixed; this proof does not show them either.</p>"
            f"<ul>{_items(left_out)}</ul></section>"
        )
    else:
        parts.append("<p>Nothing is left out: every item of the folder is shown.</p>")
    if rest:
        parts.append(
            f'<details class="warnings"><summary>{len(rest)} warning{"s" if len(rest) != 1 else ""}: '
            f"everything shows, but something could be better</summary><ul>{_items(rest)}</ul></details>"
        )
    return "\n".join(parts)


def _items(problems: list[Problem]) -> str:
    return "".join(
        f"<li><code>{html.escape(p.file)}{f', line {p.line}' if p.line else ''}</code>: "
        f"{html.escape(p.message)}</li>"
        for p in problems
    )
