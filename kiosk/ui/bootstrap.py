"""Assembles a running kiosk: singletons, QML engine, image provider and window.

Used alike by ``kiosk run``, ``kiosk proof`` and the tests, so what is tested is what runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk import resources
from kiosk.content.model import Exhibit
from kiosk.map import basemap
from kiosk.ui import context

# Importing these registers their QML types under Kiosk.Bridge.
from kiosk.ui.admin import Admin, AdminGesture
from kiosk.ui.display import Display
from kiosk.ui.exhibit_info import ExhibitInfo
from kiosk.ui.icons import Icons
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.image_provider import DerivedImageProvider
from kiosk.ui.image_service import ImageService
from kiosk.ui.list_models import Models
from kiosk.ui.navigator import Navigator
from kiosk.ui.screen_data import Screens
from kiosk.ui.session import Session
from kiosk.ui.translations import Translations

log = logging.getLogger(__name__)

# Pinned so the kiosk looks the same on every OS, and so a trimmed frozen bundle that lacks the
# platform's default style cannot fail to start.
CONTROLS_STYLE = "Basic"


@dataclass
class KioskOptions:
    language: str | None = None
    idle_timeout_s: float = 90
    idle_warning_s: int = 20
    rotation: int = 0
    screen_diagonal_inches: float = 32
    cache_dir: Path | None = None


@dataclass
class Kiosk:
    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    context: context.AppContext
    session: Session
    navigator: Navigator
    idle: IdleMonitor
    images: ImageService
    translations: Translations
    admin: Admin
    keep: list[QObject] = field(default_factory=list)

    def shut_down(self) -> None:
        """Tear the views down while the Python objects they call still exist, then stop decoding."""
        self.window.close()
        self.engine.deleteLater()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        self.images.close()

    def end_session(self) -> None:
        """Back to the attract screen, with nothing of the last visitor left behind."""
        self.navigator.toAttract()
        self.session.reset()
        Models.create(None).forget_visit()


def load_fonts() -> None:
    folder = resources.qml_dir() / "Kiosk" / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path.name)


def build(exhibit: Exhibit, content_dir: Path, options: KioskOptions) -> Kiosk:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("create the QGuiApplication first")
    QQuickStyle.setStyle(CONTROLS_STYLE)
    load_fonts()

    ctx = context.AppContext(exhibit, content_dir)
    context.install(ctx)
    language = options.language if options.language in exhibit.languages else exhibit.default_language
    ctx.set_language(language)

    session = Session(language)
    session._language = language
    Session._instance = session
    navigator = Navigator()
    Navigator._instance = navigator
    idle = IdleMonitor(options.idle_timeout_s, options.idle_warning_s)
    IdleMonitor._instance = idle
    Display._instance = Display(options.rotation, options.screen_diagonal_inches)
    ExhibitInfo._instance = ExhibitInfo()
    Icons._instance = Icons()
    translations = Translations(exhibit.languages)
    Translations._instance = translations
    translations.switch(language)
    admin = Admin()
    Admin._instance = admin
    models = Models()
    Models._instance = models
    Screens._instance = Screens()

    images = ImageService(options.cache_dir)
    images.start(exhibit, content_dir)
    basemap.set_cache_dir(images.cache_dir / "maps")

    engine = QQmlApplicationEngine()
    translations.attach(engine)
    engine.addImportPath(str(resources.qml_dir()))
    engine.addImageProvider("derived", DerivedImageProvider(images.resolve))
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError("the kiosk's QML did not load; see the messages above")
    window = roots[0]

    kiosk = Kiosk(app, engine, window, ctx, session, navigator, idle, images, translations, admin)
    gesture = AdminGesture(admin.request_pin)
    window.installEventFilter(gesture)
    kiosk.keep.append(gesture)
    session.languageChanged.connect(lambda: translations.switch(ctx.language))
    navigator.routeChanged.connect(lambda: idle.arm(navigator.current.screen != "attract"))
    idle.expired.connect(kiosk.end_session)
    app.installEventFilter(idle)
    return kiosk


def place_window(
    window: QQuickWindow, screen_index: int, windowed: bool, size: tuple[int, int] | None
) -> None:
    """Fullscreen on the chosen screen with explicit geometry: under a bare X server,
    FullScreen alone leaves a 160x160 window."""
    app = QGuiApplication.instance()
    screens = QGuiApplication.screens() if app else []
    screen = screens[screen_index] if 0 <= screen_index < len(screens) else QGuiApplication.primaryScreen()
    if windowed:
        width, height = size or (1280, 800)
        window.resize(width, height)
        window.show()
        return
    window.setScreen(screen)
    window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
