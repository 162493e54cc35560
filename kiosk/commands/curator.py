"""The curator's commands of ``kiosk``: ``new``, ``schema``, and the options of ``validate``.

kiosk/cli.py wires them in with two calls (``register`` at the end of ``build_parser``, ``dispatch``
first thing in ``main``). ``python -m kiosk.curator_cli ...`` runs the same commands on their own.
Pure Python: no Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.validate import CHECKS_HELP, EXIT_STATUS_HELP

_VALIDATE_DESCRIPTION = (
    "Check a content folder and list its problems, one line each: the file and line, what is wrong "
    "and what to do. " + CHECKS_HELP
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``new`` and ``schema``, and give ``validate`` its options and help (once; idempotent)."""
    choices: dict[str, argparse.ArgumentParser] = subparsers.choices
    validate = choices.get("validate")
    if validate is None:
        validate = subparsers.add_parser("validate", help="check a content folder and list its problems")
        validate.add_argument("content", type=Path, help="the content folder")
    if not any("--images" in action.option_strings for action in validate._actions):
        validate.description = _VALIDATE_DESCRIPTION
        validate.epilog = EXIT_STATUS_HELP
        depth = validate.add_mutually_exclusive_group()
        depth.add_argument(
            "--images",
            action="store_true",
            help="decode every photo as the kiosk does, to find damaged or cut-off files (slower)",
        )
        depth.add_argument(
            "--quick",
            action="store_true",
            help="do not open the photos at all (only check that their files exist)",
        )
    # Every command here also sets ``func`` (the convention of kiosk/ops/cli.py), so a main that
    # runs ``args.func(args)`` needs no dispatch() call.
    validate.set_defaults(func=dispatch)
    if "new" not in choices:
        new = subparsers.add_parser(
            "new",
            help="make a small example exhibit to start from",
            description="Make a small, working example exhibit in a new (or empty) folder: two "
            "languages, two chapters, a gallery of two example images and two people, with a "
            "comment on every field. It never writes over existing files.",
        )
        new.add_argument("folder", type=Path, help="the new folder")
        new.set_defaults(func=dispatch)
    if "schema" not in choices:
        schema = subparsers.add_parser(
            "schema",
            help="JSON Schemas of the content files, for editors that check TOML",
            description="Print (or write with --out) one JSON Schema per kind of content file, for "
            "editors with TOML schema support (Taplo, Even Better TOML). Bind a file to its schema "
            "with a first line such as '#:schema ../schema/chapters.json'.",
        )
        schema.add_argument("--out", type=Path, help="write one NAME.json per file kind into this folder")
        schema.set_defaults(func=dispatch)


def dispatch(args: argparse.Namespace) -> int | None:
    """Run a curator command and return its exit status, or None when the command is not one of these."""
    command = getattr(args, "command", None)
    if command == "validate":
        from kiosk.validate import validate_command

        return validate_command(
            args.content, images=getattr(args, "images", False), quick=getattr(args, "quick", False)
        )
    if command == "new":
        from kiosk.content.scaffold import new_command

        return new_command(args.folder)
    if command == "schema":
        from kiosk.content.schema import schema_command

        return schema_command(args.out)
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="The curator's commands of the kiosk.")
    register(parser.add_subparsers(dest="command", required=True))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result = dispatch(args)
    return 2 if result is None else result


if __name__ == "__main__":
    sys.exit(main())
