"""What the frozen kiosk leaves out of PyInstaller's collection, and why.

PyInstaller's PySide6 hooks collect every QML module, plugin and translation of the wheel, because
they cannot know which ones a QML app imports. The kiosk knows: ``import QtQuick``,
``QtQuick.Controls.Basic`` (the style is pinned in code, see ``kiosk/ui/bootstrap.py``) and
``QtQuick.Window``, drawn by a platform plugin (xcb, wayland, eglfs, offscreen) with JPEG
derivatives. Everything else goes.

The spec file applies :func:`keep` to the collected binaries and data files (their destination
path inside the bundle, with ``/`` separators). It is a plain module so the tests can check the
rules without building. Rules work on Linux (``libQt6Foo.so.6``), Windows (``Qt6Foo.dll``) and
macOS (``QtFoo.framework``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from kiosk.content.cldr import BUNDLED_LANGUAGES

# Linux and macOS wheels keep Qt under PySide6/Qt/, the Windows wheel straight under PySide6/.
QT_PREFIX = r"PySide6/(?:Qt/)?"

# Python modules the kiosk never imports but that PyInstaller would otherwise follow.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pdb",
    "doctest",
    # Line editing for an interactive prompt, and TLS: the kiosk has neither (it opens no network
    # connection; http.client and urllib run without ssl). libreadline, libtinfo and libssl go with
    # them. hashlib stays, with libcrypto: the admin PIN is hashed with hashlib.scrypt.
    "readline",
    "ssl",
    "_ssl",
    "PySide6.QtWidgets",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtVirtualKeyboard",
    "PySide6.scripts",
    # Pillow decodes JPEG, PNG and WebP only (kiosk/images/formats.py); these plugins and their
    # libraries (libavif alone is ~5 MB) are never used. Image.init() skips plugins it cannot import.
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageQt",
    # Only qtawesome's font files are read (kiosk/ui/icons.py font_dir()); its code is not needed.
    "qtawesome",
    "qtpy",
]

# Qt libraries (by module name) nothing the kiosk loads depends on.
UNUSED_QT_LIBRARIES = [
    "3D\\w*",
    "Bluetooth",
    "Charts\\w*",
    # Concurrent stays: QtMultimedia needs it.
    "DataVisualization\\w*",
    "Designer\\w*",
    "Graphs\\w*",
    "Help",
    "Labs\\w*",
    "Location",
    "HttpServer",
    "NetworkAuth",
    "CanvasPainter",
    "Protobuf\\w*",
    "Grpc\\w*",
    "Lottie\\w*",
    "Multimedia(?:Quick|Widgets)\\w*",  # only QtMultimedia itself: QAudioSink for speech
    "FFmpegStub[\\w-]*",
    "Nfc",
    "OpenGLWidgets",
    "Pdf\\w*",
    "Positioning\\w*",
    "PrintSupport",
    "QmlCompiler",
    "QmlDesignSupport",
    "QmlLocalStorage",
    "QmlXmlListModel",
    "Quick3D\\w*",
    "QuickControls2(?:Fusion|Imagine|Material|Universal|FluentWinUI3|Windows|MacOS|IOS|Native)\\w*",
    "QuickDialogs2\\w*",
    "QuickParticles",
    "QuickShapesDesignHelpers",
    "QuickTest",
    "QuickTimeline\\w*",
    "QuickVectorImage\\w*",
    "QuickWidgets",
    "RemoteObjects\\w*",
    "Scxml\\w*",
    "Sensors\\w*",
    "SerialBus",
    "SerialPort",
    "ShaderTools",
    "SpatialAudio",
    "Sql",
    "StateMachine\\w*",
    "Svg\\w*",
    "Test",
    "TextToSpeech",
    "UiTools",
    "VirtualKeyboard\\w*",
    "WaylandCompositor\\w*",
    "WaylandEglCompositor\\w*",
    "WebChannel\\w*",
    "WebEngine\\w*",
    "WebSockets",
    "WebView\\w*",
    "Widgets",
    "WlShellIntegration",
    "Xml",
]

# Under PySide6/Qt/qml: the QML modules the kiosk does not import (nor do the ones it does).
UNUSED_QML = [
    "Qt/labs",
    "QtCore",
    "QtNetwork",
    "QtTest",
    "QtWayland",
    "QtQuick/Controls/(?:Fusion|Imagine|Material|Universal|FluentWinUI3|Native|Windows|macOS|iOS|designer)",
    "QtQuick/(?:Dialogs|Effects|LocalStorage|Particles|Pdf|Scene2D|Scene3D|Timeline|VectorImage"
    "|VirtualKeyboard|tooling|NativeStyle)",
    "QtQml/(?:DesignSupport|XmlListModel|StateMachine)",
    "QtQuick/Shapes/DesignHelpers",
    "QtQuick3D",
    "QtMultimedia",  # the QML types; speech plays through QAudioSink from Python
    "QtWebEngine",
    "Qt3D",
    "Qt5Compat",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "QtLocation",
    "QtPositioning",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtTextToSpeech",
    "QtWebChannel",
    "QtWebSockets",
    "QtWebView",
]

# Under PySide6/Qt/plugins: whole plugin kinds, then single plugins, that the kiosk does not load.
UNUSED_PLUGIN_KINDS = [
    "designer",
    "qmltooling",
    "qmllint",  # plugins of the developer tool qmllint
    "qmlls",
    "sqldrivers",
    "printsupport",
    "platformthemes",  # gtk3 would pull in GTK and QtWidgets; the kiosk draws its own theme
    "networkinformation",
    "tls",
    "vectorimageformats",
    "iconengines",
    "wayland-graphics-integration-server",  # the compositor side; the kiosk is a client
    "multimedia",  # the FFmpeg media backend: QAudioSink plays PCM without it
    "position",
    "geoservices",
    "canbus",
    "scxmldatamodel",
    "sensors",
    "texttospeech",
    "virtualkeyboard",
    "webview",
    "geometryloaders",
    "sceneparsers",
    "renderers",
    "renderplugins",
    "assetimporters",
    "styles",  # QtWidgets styles
]
UNUSED_PLUGINS = [
    # Photos reach QML only as the JPEG derivatives the pipeline wrote (PNG is built into QtGui).
    "imageformats/(?!(?:lib)?qjpeg)",
    "platforminputcontexts/(?:lib)?(?:qtvirtualkeyboard|ibus)",
    "platforms/(?:lib)?q(?:vnc|vkkhrdisplay|minimalegl|direct2d)",
    "generic/(?:lib)?qtuiotouch",
    "wayland-shell-integration/(?:lib)?(?:ivi-shell|wl-shell|qt-shell)",
    "wayland-graphics-integration-client/(?:lib)?vulkan",
    # The kiosk window is frameless; Qt's own "bradient" decorations stay as the fallback.
    "wayland-decoration-client/(?:lib)?adwaita",
]

_LIBRARY = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(?:" + "|".join(UNUSED_QT_LIBRARIES) + r")(?:\.so|\.dll|\.dylib|\.framework/|$)"
)
_QML = re.compile(QT_PREFIX + r"qml/(?:" + "|".join(UNUSED_QML) + r")(?:/|$)")
_PLUGIN_KIND = re.compile(QT_PREFIX + r"plugins/(?:" + "|".join(UNUSED_PLUGIN_KINDS) + r")/")
_PLUGIN = re.compile(QT_PREFIX + r"plugins/(?:" + "|".join(UNUSED_PLUGINS) + r")")
# FFmpeg, which Qt Multimedia's media backend loads (QAudioSink does not): ~20 MB.
_FFMPEG = re.compile(r"(?:^|/)(?:lib)?(?:avcodec|avformat|avutil|swresample|swscale)[-.]")
# Qt's own translations (qtbase_de.qm, ...): the kiosk ships its interface text in kiosk/ui/i18n.
_QT_TRANSLATIONS = re.compile(QT_PREFIX + r"translations/")
# Babel carries CLDR data for about 1,000 locales (32 MB); the kiosk keeps the languages a museum
# is likely to write in (kiosk/content/cldr.py BUNDLED_LANGUAGES), each with all its regional and
# script variants, and root, which every locale inherits from.
_CLDR_LOCALE = re.compile(r"^babel/locale-data/([a-z]+)(?:_[A-Za-z0-9_]+)?\.dat$")
# The Chinese, Japanese and Korean fonts (19.5 MB) are the optional CJK font pack that
# packaging/build.py writes beside the bundle (docs/install.md); the source tree keeps them.
CJK_FONT_PACK = re.compile(r"^kiosk/ui/qml/Kiosk/fonts/NotoSansCJK[^/]*\.(?:ttc|otc|ttf|otf)$")
# Tools and metadata the wheel carries for developers (the kiosk runs none of them).
_TOOLS = re.compile(
    r"^PySide6/(?:designer|assistant|linguist|lupdate|lrelease|qmllint|qmlformat|qmlls|qmlcachegen"
    r"|qmlimportscanner|qmltyperegistrar|balsam\w*|svgtoqml|Qt/libexec|Qt/metatypes|metatypes|include"
    r"|typesystems|glue|scripts|examples)(?:\.exe|\.app)?(?:/|$)"
)


def reason_to_drop(dest: str) -> str | None:
    """Why the file at ``dest`` (its path inside the bundle) is left out, or None to keep it."""
    path = dest.replace("\\", "/")
    if _QT_TRANSLATIONS.search(path):
        return "Qt translation"
    if _QML.search(path):
        return "unused QML module"
    if _PLUGIN_KIND.search(path) or _PLUGIN.search(path):
        return "unused Qt plugin"
    if _TOOLS.search(path):
        return "developer tool"
    if _FFMPEG.search(path):
        return "FFmpeg (only Qt's media backend uses it)"
    if _LIBRARY.search(path):
        return "unused Qt library"
    if CJK_FONT_PACK.match(path):
        return "in the optional CJK font pack"
    if path.startswith("qtawesome/fonts/") and not path.split("/")[-1].startswith("fontawesome6-solid"):
        return "unused icon font"
    cldr = _CLDR_LOCALE.match(path)
    if cldr and cldr.group(1) not in {*BUNDLED_LANGUAGES, "root"}:
        return "CLDR data for a language the kiosk does not carry"
    return None


def keep(dest: str) -> bool:
    return reason_to_drop(dest) is None


Entry = TypeVar("Entry", bound=tuple[str, ...])
ImportsOf = Callable[[str], set[str]]


def filter_toc(entries: Iterable[Entry]) -> list[Entry]:
    """The TOC entries (``(dest, src, kind)`` tuples) that stay in the bundle."""
    return [entry for entry in entries if keep(entry[0])]


def unneeded_libraries(binaries: Iterable[tuple[str, str, str]], imports_of: ImportsOf) -> set[str]:
    """Shared libraries at the bundle's top level that no kept binary loads (Linux).

    PyInstaller copies the system libraries of every binary it collected, including the plugins
    that were trimmed above (the GTK platform theme alone brings GTK, cairo, pango and their
    dependencies). ``imports_of(path)`` names the libraries a binary loads, transitively (ldd):
    whatever the kept Python extensions, Qt libraries and plugins do not load is left out.
    """
    entries = list(binaries)
    top_level = {dest for dest, _src, kind in entries if "/" not in dest and kind == "BINARY"}
    needed: set[str] = set()
    for dest, src, kind in entries:
        if dest not in top_level and kind in {"BINARY", "EXTENSION"}:
            needed |= imports_of(src)
    return {name for name in top_level - needed if not name.startswith("libpython")}
