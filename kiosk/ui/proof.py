"""Every screen of an exhibit rendered to PNG, in the order of the screen table's proof entries.

``kiosk proof`` (kiosk/commands/proof.py) calls this and writes the contact sheet.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt
from PySide6.QtGui import QGuiApplication

from kiosk.content.model import Exhibit
from kiosk.screens.table import HOME, proof_routes
from kiosk.ui.bootstrap import Kiosk, KioskOptions, build
from kiosk.ui.settle import settle


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


@dataclass
class ProofSheet:
    title: str  # the exhibit's title in the proof's language
    language: str
    shots: list[tuple[str, str]] = field(default_factory=list)  # (route, PNG file name)


def render(
    exhibit: Exhibit,
    content: Path,
    out: Path,
    size: tuple[int, int],
    language: str | None,
    only: str | None = None,
    settings: ProofSettings = ProofSettings(),
) -> ProofSheet:
    """Write one PNG per screen into ``out``; say which."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    kiosk = build(exhibit, content, KioskOptions(language=language))
    kiosk.idle.arm(False)
    kiosk.window.resize(*size)
    kiosk.window.show()
    kiosk.images.wait()
    out.mkdir(parents=True, exist_ok=True)
    sheet = ProofSheet(kiosk.context.presenter.t(exhibit.manifest.title), kiosk.context.language)
    for route in proof_routes(exhibit):
        text = str(route)
        if only and not text.startswith(only):
            continue
        kiosk.navigator.show(route)
        kiosk.idle.arm(False)
        kiosk.session.choose(settings.text_step, settings.high_contrast, settings.reach_mode)
        settle(kiosk.window)
        settle(kiosk.window)  # again: a slow first draw (a base map) can leave a fade-in just started
        name = text.replace("/", "--") + ".png"
        kiosk.window.grabWindow().save(str(out / name))
        sheet.shots.append((text, name))
    if not only:
        _overlays(kiosk, out, sheet)
    kiosk.shut_down()
    del app
    return sheet


def _overlays(kiosk: Kiosk, out: Path, sheet: ProofSheet) -> None:
    """What a visitor meets over the screens: the accessibility panel, and "Still there?"."""
    kiosk.navigator.show(HOME)
    settle(kiosk.window)
    panel = next((o for o in kiosk.window.findChildren(QObject) if _is(o, "AccessibilityPanel")), None)
    if panel is not None:
        QMetaObject.invokeMethod(panel, "open", Qt.ConnectionType.DirectConnection)
        settle(kiosk.window)
        kiosk.window.grabWindow().save(str(out / "accessibility-panel.png"))
        sheet.shots.append(("accessibility panel (over home)", "accessibility-panel.png"))
        QMetaObject.invokeMethod(panel, "close", Qt.ConnectionType.DirectConnection)
        settle(kiosk.window)
    kiosk.idle.arm(True)
    kiosk.idle.warn_now()
    settle(kiosk.window)
    kiosk.window.grabWindow().save(str(out / "idle-prompt.png"))
    sheet.shots.append(("idle prompt “Still there?” (over home)", "idle-prompt.png"))
    kiosk.idle.arm(False)


def _is(obj: QObject, qml_type: str) -> bool:
    # A QML component's class is named after its file: AccessibilityPanel_QMLTYPE_12.
    return obj.metaObject().className().startswith(qml_type + "_")
