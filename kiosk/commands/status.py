"""``kiosk status``: the command; the judging and wording live in ``kiosk.ops.status``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.config import ConfigError, load_config
from kiosk.ops.health_sources import content_version
from kiosk.ops.paths import StateLayout, state_dir
from kiosk.ops.status import Verdict, assess, render_json, render_text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "status",
        help="show this kiosk's state (exit 0 ok, 1 warning, 2 critical, 3 unknown)",
        description="Show whether the kiosk runs, what content it shows and what needs a look, "
        "from the health files the running kiosk writes.",
    )
    parser.add_argument("--state-dir", type=Path, metavar="DIR", help="the kiosk's state folder")
    parser.add_argument("--config", type=Path, metavar="FILE", help="the kiosk's settings (for state_dir)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--version-of",
        type=Path,
        metavar="FOLDER",
        help="print the content version of a folder (to compare with what the kiosks show) and exit",
    )
    parser.set_defaults(func=run_status)


def _layout(args: argparse.Namespace) -> StateLayout:
    if args.state_dir is not None:
        return StateLayout(args.state_dir)
    try:
        configured = load_config(args.config).state_dir
    except ConfigError as exc:
        print(f"kiosk status: {exc} (using the default state folder)", file=sys.stderr)
        configured = None
    return StateLayout(configured or state_dir())


def run_status(args: argparse.Namespace) -> int:
    if args.version_of is not None:
        if not args.version_of.is_dir():
            print(f"kiosk status: {args.version_of} is not a folder", file=sys.stderr)
            return int(Verdict.UNKNOWN)
        print(content_version(args.version_of))
        return int(Verdict.OK)
    report = assess(_layout(args))
    sys.stdout.write(render_json(report) if args.json else render_text(report))
    return int(report.verdict)
