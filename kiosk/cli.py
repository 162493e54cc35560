"""The ``kiosk`` command: run the exhibit, check a content folder, proof every screen, and the rest of
kiosk/commands."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import resources


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("write the size as WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError("the size must be between 200 and 10000 pixels each way")
    return width, height


# The commands kiosk/commands registers besides run and proof (tests/test_cli.py keeps the list
# whole). Their modules import much (validation, pictures, analytics, speech): a plain `kiosk run`,
# the start-up that matters, does not import them (issue 18).
APP_NAME = "exhibit-kiosk"  # Qt's application name: its QML cache and settings are kept under it
OTHER_COMMANDS = frozenset({"admin", "new", "report", "schema", "status", "upgrade", "validate"})


def build_parser(everything: bool = True) -> argparse.ArgumentParser:
    """The command line; ``everything=False`` leaves out :data:`OTHER_COMMANDS`."""
    parser = argparse.ArgumentParser(prog="kiosk", description="A touchscreen museum exhibit.")
    sub = parser.add_subparsers(dest="command")

    def add_run_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--content", type=Path, help="the content folder (default: the bundled exhibit)")
        p.add_argument("--config", type=Path, help="a settings file (kiosk.toml)")
        p.add_argument("--windowed", action="store_true", help="a normal window instead of fullscreen")
        p.add_argument("--size", type=_size, help="window size when --windowed, e.g. 1920x1080")
        p.add_argument("--screen", type=int, help="which screen to fill (0 = the first)")
        p.add_argument("--rotate", type=int, choices=(0, 90, 180, 270), help="rotate the picture")
        p.add_argument("--lang", help="the language a new visitor finds")

    add_run_options(parser)
    add_run_options(sub.add_parser("run", help="run the exhibit (the default)"))

    proof = sub.add_parser("proof", help="render every screen to PNG with a contact sheet")
    proof.add_argument("content", type=Path, nargs="?")
    proof.add_argument("--out", type=Path, required=True)
    proof.add_argument("--size", type=_size, default=(1920, 1080))
    proof.add_argument("--lang")
    proof.add_argument("--only", help="render only routes starting with this text")
    proof.add_argument("--high-contrast", action="store_true", help="as a visitor who chose high contrast")
    proof.add_argument("--reach", action="store_true", help="as a visitor who chose reach mode")
    proof.add_argument("--text-step", type=int, choices=range(4), default=0, help="0 (normal) to 3 (largest)")
    proof.add_argument(
        "--speech", action="store_true", help="also write what speech mode says on each screen, as text"
    )

    if not everything:
        return parser
    from kiosk.commands import curator, ops, status

    ops.register(sub)  # report, admin
    status.register(sub)  # status
    curator.register(sub)  # validate, new, schema, upgrade
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # Any word naming another command (even a folder so named) or asking for help: the full parser.
    everything = bool(OTHER_COMMANDS.intersection(words)) or "-h" in words or "--help" in words
    args = build_parser(everything).parse_args(words)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    command = args.command or "run"
    if hasattr(args, "func"):  # subcommands that register themselves (validate, new, schema, report, admin)
        code: int = args.func(args)
        return code
    # run and proof load Qt, so their modules are imported only when asked for.
    if command == "proof":
        from kiosk.commands.proof import proof_command
        from kiosk.ui.proof import ProofSettings

        settings = ProofSettings(args.high_contrast, args.reach, args.text_step, args.speech)
        content = args.content or resources.bundled_exhibit()
        return proof_command(content, args.out, args.size, args.lang, args.only, settings)
    # A picture of the attract screen is on screen before the rest of the kiosk is even imported
    # (kiosk/ui/first_frame.py, issue 18).
    from PySide6.QtGui import QGuiApplication

    from kiosk.ops.paths import state_dir
    from kiosk.ui.first_frame import FILE_NAME, show_first_frame

    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    first = show_first_frame(state_dir() / FILE_NAME, args.screen, args.windowed, args.size)
    from kiosk.commands.run import run

    return run(args, first)


if __name__ == "__main__":
    sys.exit(main())
