"""Assembles a running kiosk: singletons, QML engine, image service and window.

Used alike by ``kiosk run``, ``kiosk proof`` and the tests, so what is tested is what runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk import heap, resources
from kiosk.content.model import Exhibit
from kiosk.images.spec import DEFAULT_MAX_PIXELS, Limits
from kiosk.speech.engine import Engine
from kiosk.speech.player import AudioOutput
from kiosk.speech.recorder import Recorder
from kiosk.speech.settings import SpeechSettings
from kiosk.ui.admin import ADMIN_IDLE_S, Admin, AdminGesture
from kiosk.ui.bridge import SINGLETONS
from kiosk.ui.context import AppContext
from kiosk.ui.deep_zoom import DeepZoom
from kiosk.ui.display import Display
from kiosk.ui.exhibit_info import ExhibitInfo
from kiosk.ui.fonts import load_fonts
from kiosk.ui.icons import Icons
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.image_service import ImageService
from kiosk.ui.list_models import Models
from kiosk.ui.memory import between_visits
from kiosk.ui.navigator import Navigator
from kiosk.ui.screen_data import Screens
from kiosk.ui.session import Session
from kiosk.ui.speech_live import LiveReader
from kiosk.ui.speech_mode import SpeechMode
from kiosk.ui.speech_setup import Speech, make_speech
from kiosk.ui.speech_words import SpeechWords
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
    max_megapixels: int = DEFAULT_MAX_PIXELS // 1_000_000
    fonts_dir: Path | None = None  # a technician's extra fonts; None: <default state dir>/fonts
    # Speech mode: the technician's settings, where its speech cache lives (default: beside the
    # image derivatives), the sound output (kiosk run hands the sound card's; a silent one
    # otherwise) and the voice (espeak-ng or the configured commands unless one is handed in).
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    speech_dir: Path | None = None
    audio: AudioOutput | None = None
    speech_engine: Engine | None = None


@dataclass
class Singletons:
    """Every object the views reach by name under ``import Kiosk.Bridge`` (QML names them by their
    class). tools/qmltypes.py reads this list to tell qmllint which types are singletons."""

    session: Session
    navigator: Navigator
    screens: Screens
    models: Models
    exhibit_info: ExhibitInfo
    translations: Translations
    idle: IdleMonitor
    display: Display
    icons: Icons
    admin: Admin
    deep_zoom: DeepZoom
    speech_mode: SpeechMode

    def register(self) -> None:
        SINGLETONS.register(getattr(self, f.name) for f in fields(self))


@dataclass
class Kiosk:
    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    context: AppContext
    bridge: Singletons
    images: ImageService
    speech: Speech
    keep: list[QObject] = field(default_factory=list)

    @property
    def session(self) -> Session:
        return self.bridge.session

    @property
    def navigator(self) -> Navigator:
        return self.bridge.navigator

    @property
    def idle(self) -> IdleMonitor:
        return self.bridge.idle

    @property
    def translations(self) -> Translations:
        return self.bridge.translations

    @property
    def admin(self) -> Admin:
        return self.bridge.admin

    @property
    def models(self) -> Models:
        return self.bridge.models

    def shut_down(self) -> None:
        """Tear the views down while the Python objects they call still exist, then stop decoding."""
        if self.speech.input is not None:
            self.app.removeEventFilter(self.speech.input)
        self.speech.close()
        self.window.close()
        self.engine.deleteLater()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        self.images.close()

    def end_session(self) -> None:
        """Back to the attract screen, with nothing of the last visitor (or of staff) left behind."""
        self.admin.close()
        self.speech.mode.reset()
        self.navigator.toAttract()
        self.session.reset()
        self.models.forget_visit()


def build(exhibit: Exhibit, content_dir: Path, options: KioskOptions) -> Kiosk:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("create the QGuiApplication first")
    heap.tune()
    QQuickStyle.setStyle(CONTROLS_STYLE)
    load_fonts(extra=options.fonts_dir, languages=exhibit.languages)

    images = ImageService(options.cache_dir, Limits(options.max_megapixels * 1_000_000))
    # QML loads derived pictures as plain files from the cache (no Python image provider: Qt's
    # reader thread must never wait for the GIL; docs/performance.md, "the pixmap reader").
    ctx = AppContext(exhibit, content_dir, images.file)
    images.on_prepared(ctx.pictures_prepared)
    language = options.language if options.language in exhibit.languages else exhibit.default_language
    translations = Translations(exhibit.languages, ctx)
    translations.switch(language)
    # First to hear of a new language, so Python's interface words are translated before any view
    # model asks the presenter for them.
    ctx.languageChanged.connect(lambda: translations.switch(ctx.language))
    ctx.set_language(language)

    # The composition root: every view model is made here, handed what it needs.
    session, navigator = Session(ctx, language), Navigator(ctx)
    models = Models(ctx, images.cache_dir / "maps")
    idle = IdleMonitor(options.idle_timeout_s, options.idle_warning_s)
    speech = make_speech(
        ctx,
        LiveReader(ctx, navigator, session, idle, models, SpeechWords(content_dir)),
        settings=options.speech,
        cache_dir=options.speech_dir or images.cache_dir / "speech",
        output=options.audio if options.audio is not None else Recorder(),
        engine=options.speech_engine,
        idle_seconds=options.idle_warning_s,
    )
    bridge = Singletons(
        session=session,
        navigator=navigator,
        screens=Screens(ctx),
        models=models,
        exhibit_info=ExhibitInfo(ctx),
        translations=translations,
        idle=idle,
        display=Display(options.rotation, options.screen_diagonal_inches),
        icons=Icons(),
        admin=Admin(),
        deep_zoom=DeepZoom(images),
        speech_mode=speech.mode,
    )
    images.start(exhibit, content_dir)

    bridge.register()
    engine = QQmlApplicationEngine()
    SINGLETONS.attach(engine)
    translations.attach(engine)
    engine.addImportPath(str(resources.qml_dir()))
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError("the kiosk's QML did not load; see the messages above")
    window = roots[0]

    kiosk = Kiosk(app, engine, window, ctx, bridge, images, speech)
    gesture = AdminGesture(bridge.admin.request_pin)
    window.installEventFilter(gesture)
    kiosk.keep.append(gesture)
    navigator, idle, admin = bridge.navigator, bridge.idle, bridge.admin

    def arm_idle() -> None:
        visit = navigator.current.screen != "attract"
        idle.arm(visit or admin.is_open, ADMIN_IDLE_S if admin.is_open else None)

    navigator.routeChanged.connect(arm_idle)
    admin.openChanged.connect(arm_idle)
    idle.expired.connect(kiosk.end_session)
    # Speech mode's keys and touches come before everything else (before lockdown and the views);
    # installed before the idle monitor, which is asked first and so still sees them as activity.
    app.installEventFilter(speech.attach(window))
    app.installEventFilter(idle)
    kiosk.keep.append(between_visits(engine, navigator))  # gives the visit's memory back (kiosk/heap.py)
    return kiosk
