"""``kiosk run``: the exhibit, fullscreen, for visitors."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk import resources
from kiosk.config import ConfigError, load_config
from kiosk.content.loader import load
from kiosk.ui.bootstrap import KioskOptions, build, place_window

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(getattr(args, "config", None))
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    content: Path = args.content or config.content or resources.bundled_exhibit()
    result = load(content)
    for problem in result.problems:
        log.warning("content: %s", problem)
    if result.exhibit is None:
        print(
            f"kiosk: the content folder {content} cannot be shown; run 'kiosk validate {content}'.",
            file=sys.stderr,
        )
        return 2

    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("exhibit-kiosk")
    options = KioskOptions(
        language=args.lang or config.language,
        idle_timeout_s=config.idle_timeout_s,
        idle_warning_s=config.idle_warning_s,
        rotation=args.rotate if args.rotate is not None else config.rotate,
        screen_diagonal_inches=config.screen_diagonal_inches,
    )
    kiosk = build(result.exhibit, content, options)
    screen = args.screen if args.screen is not None else config.screen
    place_window(kiosk.window, screen, args.windowed, args.size)
    code = app.exec()
    kiosk.images.close()
    return code
