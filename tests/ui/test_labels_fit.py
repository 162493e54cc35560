"""No interface label is cut or sits on another, in any shipped interface language, at the largest
text size, in landscape and in portrait (kiosk/testing/layout.py says what counts).

Every screen of the test exhibit is drawn once per language and orientation, then the overlays a
visitor or a technician meets: the accessibility panel, "Still there?", the PIN pad and the admin
view. The whole sweep takes about two minutes, so it runs with the slow tests; the languages that
run longest or mirror (German, Greek, Arabic) and English stay in every run.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMetaObject, QObject, QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk.content.languages import INTERFACE_LANGUAGES
from kiosk.ops.pin import PinGate, set_pin
from kiosk.screens.table import HOME, proof_routes
from kiosk.testing.driver import close_kiosk, start_kiosk
from kiosk.testing.layout import InterfaceLabels, draw, find, items_of, problems
from kiosk.ui.admin import AdminServices, ContentStatus, VisitsToday
from kiosk.ui.bootstrap import Kiosk
from tests.exhibits import build_mini, with_languages

LARGEST = 3  # the accessibility panel's largest text step
ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
EVERY_RUN = {"en", "de", "el", "ar"}


def _languages() -> list[object]:
    return [
        pytest.param(tag, id=tag, marks=() if tag in EVERY_RUN else pytest.mark.slow)
        for tag in INTERFACE_LANGUAGES
    ]


@pytest.fixture(scope="module")
def kiosk(qapp: QGuiApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    """One kiosk for the module, offering the exhibit in every interface language (text the
    exhibit lacks in one is shown in English, with the note that says so); each test turns its
    window to the orientation it wants."""
    folder = tmp_path_factory.mktemp("every-language")
    content = with_languages(build_mini(folder / "content"), list(INTERFACE_LANGUAGES))
    kiosk = start_kiosk(content, folder / "cache")
    set_pin(folder / "pin.json", "2468")
    kiosk.admin.attach(
        AdminServices(
            gate=PinGate(folder / "pin.json", folder / "lock.json"),
            content_status=lambda: ContentStatus("mini", "/srv/exhibit", "today"),
            today=lambda: VisitsToday(12, 48, 90),
            settings={"language": "en", "idle_timeout_s": 90},
        )
    )
    yield kiosk
    close_kiosk(kiosk)


def _check(kiosk: Kiosk, where: str, labels: InterfaceLabels, root: QQuickItem | None = None) -> list[str]:
    window = kiosk.window
    draw(window)
    maps = [i for i in items_of(window.contentItem()) if i.objectName() == "mapContent"]
    top = root if root is not None else window.contentItem()
    area = QRectF(0, 0, window.width(), window.height())
    return [f"{where}: {p}" for p in problems(top, area, labels, maps)]


@pytest.mark.parametrize("language", _languages())
@pytest.mark.parametrize("orientation", list(ORIENTATIONS))
def test_no_label_is_cut_or_covered(kiosk: Kiosk, orientation: str, language: str) -> None:
    kiosk.window.resize(*ORIENTATIONS[orientation])
    kiosk.idle.arm(False)
    kiosk.context.set_language(language)
    kiosk.session.choose(LARGEST, False, False)
    labels = InterfaceLabels()
    found: list[str] = []
    for route in proof_routes(kiosk.context.exhibit):
        kiosk.navigator.show(route)
        found += _check(kiosk, str(route), labels)

    kiosk.navigator.show(HOME)
    found += _overlay(kiosk, "accessibility panel", labels)

    kiosk.idle.arm(True)
    kiosk.idle.warn_now()
    found += _check(kiosk, "idle prompt", labels, find(kiosk.window.contentItem(), "IdleOverlay")[0])
    kiosk.idle.arm(False)

    kiosk.admin.request_pin()
    found += _check(kiosk, "PIN pad", labels, find(kiosk.window.contentItem(), "PinPad")[0])
    kiosk.admin.submitPin("2468")
    found += _check(kiosk, "admin view", labels, find(kiosk.window.contentItem(), "AdminPanel")[0])
    kiosk.admin.close()
    assert not found, "\n".join(found)


def _overlay(kiosk: Kiosk, where: str, labels: InterfaceLabels) -> list[str]:
    panel = next(
        o
        for o in kiosk.window.findChildren(QObject)
        if o.metaObject().className().startswith("AccessibilityPanel_")
    )
    QMetaObject.invokeMethod(panel, "open", Qt.ConnectionType.DirectConnection)
    content = panel.property("contentItem").parentItem()  # the popup's own item, over the screen
    found = _check(kiosk, where, labels, content)
    QMetaObject.invokeMethod(panel, "close", Qt.ConnectionType.DirectConnection)
    return found


def test_still_there_is_never_under_the_accessibility_panel(kiosk: Kiosk) -> None:
    kiosk.window.resize(*ORIENTATIONS["landscape"])
    kiosk.context.set_language("en")
    kiosk.navigator.show(HOME)
    panel = next(
        o
        for o in kiosk.window.findChildren(QObject)
        if o.metaObject().className().startswith("AccessibilityPanel_")
    )
    QMetaObject.invokeMethod(panel, "open", Qt.ConnectionType.DirectConnection)
    draw(kiosk.window)
    assert panel.property("visible")
    kiosk.idle.arm(True)
    kiosk.idle.warn_now()
    draw(kiosk.window)
    assert not panel.property("visible"), "the accessibility panel stayed over “Still there?”"
    kiosk.idle.arm(False)
