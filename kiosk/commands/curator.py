"""The curator's commands of ``kiosk``: ``validate``, ``new``, ``upgrade`` and ``schema``.

kiosk/cli.py adds them with ``register``; ``python -m kiosk.commands.curator ...`` runs the same
commands on their own. Each sets ``func`` (the convention of every command module here).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kiosk.commands import validate as validating
from kiosk.commands.validate import CHECKS_HELP, EXIT_STATUS_HELP
from kiosk.content.scaffold import ScaffoldError, parse_languages, scaffold
from kiosk.content.schema import SCHEMA_FOLDER, schemas, write_schemas
from kiosk.content.upgrade import UpgradeError, upgrade


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = subparsers.add_parser(
        "validate",
        help="check a content folder and list its problems",
        description="Check a content folder and list its problems, one line each: the file and line, "
        "what is wrong and what to do. " + CHECKS_HELP,
        epilog=EXIT_STATUS_HELP,
    )
    validate.add_argument("content", type=Path, help="the content folder")
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
    validate.set_defaults(
        func=lambda args: validating.validate_command(args.content, images=args.images, quick=args.quick)
    )

    new = subparsers.add_parser(
        "new",
        help="make a small example exhibit to start from",
        description="Make a small, working example exhibit in a new (or empty) folder: two "
        "chapters, a gallery of two example images and a group of two people, with a comment on "
        "every field, in the languages you name. It never writes over existing files.",
    )
    new.add_argument("folder", type=Path, help="the new folder")
    new.add_argument(
        "--languages",
        default="en",
        help="the exhibit's languages, separated by commas, the default language first "
        "(e.g. de,en,ar; default: en)",
    )
    new.set_defaults(func=lambda args: new_command(args.folder, args.languages))

    up = subparsers.add_parser(
        "upgrade",
        help="convert a content folder made for an earlier kiosk to the current format",
        description="Convert a content folder in version 1 of the content format to version 2, in "
        "place. The old folder is kept beside it (FOLDER.format-1); the folder is swapped only once "
        "the converted one loads. Says what it changed, file by file.",
    )
    up.add_argument("folder", type=Path, help="the content folder")
    up.set_defaults(func=lambda args: upgrade_command(args.folder))

    schema = subparsers.add_parser(
        "schema",
        help="JSON Schemas of the content files, for editors that check TOML",
        description="Print (or write with --out) one JSON Schema per kind of content file, for "
        "editors with TOML schema support (Taplo, Even Better TOML). Bind a file to its schema "
        "with a first line such as '#:schema ../schema/chapters.json'.",
    )
    schema.add_argument("--out", type=Path, help="write one NAME.json per file kind into this folder")
    schema.set_defaults(func=lambda args: schema_command(args.out))


def new_command(target: Path, languages: str = "en", *, out: TextIO | None = None) -> int:
    """``kiosk new DIR``: 0 when made, 1 when the folder may not be used."""
    stream = out or sys.stdout
    try:
        made = scaffold(target, parse_languages(languages))
    except ScaffoldError as exc:
        print(f"kiosk new: {exc}", file=stream)
        return 1
    except OSError as exc:
        print(f"kiosk new: the folder could not be written ({exc.strerror or exc}).", file=stream)
        return 1
    if made.english_for:
        print(
            f"There are no example texts in {', '.join(made.english_for)}: those texts are the English "
            "ones, to be replaced like every other.",
            file=stream,
        )
    print(
        f"Made an example exhibit in {target}.\n"
        f"Check it:  kiosk validate {target}\n"
        f"Proof it:  kiosk proof {target} --out {target}-proof\n"
        "Then replace its texts and photos with your own; docs/curator-guide.md shows each step.",
        file=stream,
    )
    return 0


def upgrade_command(folder: Path, *, out: TextIO | None = None) -> int:
    """``kiosk upgrade DIR``: 0 when upgraded (or nothing to do), 1 when it could not be."""
    stream = out or sys.stdout
    try:
        done = upgrade(folder)
    except UpgradeError as exc:
        print(f"kiosk upgrade: {exc}", file=stream)
        return 1
    except OSError as exc:
        print(f"kiosk upgrade: nothing was changed ({exc.strerror or exc}).", file=stream)
        return 1
    if done.backup is None:
        print(f"{folder} is already in the current content format; nothing to do.", file=stream)
        return 0
    print(f"Upgraded {folder} to version 2 of the content format.", file=stream)
    for rel, sentences in done.changes.items():
        print(f"\n{rel}:", file=stream)
        for sentence in sentences:
            print(f"  - {sentence}", file=stream)
    for rel in done.removed:
        print(f"\n{rel}: removed (its content is in the files above).", file=stream)
    print(
        f"\nThe folder as it was is kept in {done.backup}. Delete it once you are happy with the result.",
        file=stream,
    )
    if done.problems:
        print(f"\n'kiosk validate' finds {len(done.problems)} things to look at:", file=stream)
        for problem in done.problems:
            print(problem, file=stream)
    else:
        print(f"'kiosk validate {folder}' finds no problems.", file=stream)
    return 0


def schema_command(out_dir: Path | None, *, stdout: TextIO | None = None) -> int:
    """``kiosk schema``: print every schema (one JSON object keyed by file name), or write them."""
    stream = stdout or sys.stdout
    if out_dir is None:
        print(json.dumps(schemas(), indent=2, ensure_ascii=False), file=stream)
        return 0
    written = write_schemas(out_dir)
    for path in written:
        print(path, file=stream)
    print(
        f"{len(written)} schemas written. Put the folder in your content folder as '{SCHEMA_FOLDER}/' "
        "and start each file with its #:schema line (see docs/curator-guide.md).",
        file=stream,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="The curator's commands of the kiosk.")
    register(parser.add_subparsers(dest="command", required=True))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
