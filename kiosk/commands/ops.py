"""``kiosk report`` and ``kiosk admin`` subcommands.

The main CLI builds its parser and calls :func:`register` with its subparsers; every
subcommand here sets ``func``, a ``Callable[[argparse.Namespace], int]`` returning the
exit code::

    args = parser.parse_args()
    sys.exit(args.func(args))

Default paths come from :func:`kiosk.ops.paths.state_dir` (``$KIOSK_STATE_DIR``
first). On a kiosk installed with the systemd units, run these as the kiosk user with
its state directory, e.g. ``sudo -u kiosk KIOSK_STATE_DIR=/var/lib/exhibit-kiosk kiosk
report --out /tmp/report``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from kiosk.analytics.guarded import damaged, describe
from kiosk.analytics.report import build_report
from kiosk.analytics.schema import SchemaTooNewError
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.paths import StateLayout
from kiosk.ops.pin import PinError, PinGate, reset_lockout, set_pin
from kiosk.screens.table import ranked_in_report

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-01") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser(
        "report",
        help="write the visitor report (HTML and CSV)",
        description="Write an HTML visitor report with charts, plus CSV files, into a folder.",
    )
    report.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD", help="first day (default: all data)")
    report.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into")
    report.add_argument(
        "--db", type=Path, metavar="PATH", help="analytics database (default: in the state dir)"
    )
    report.set_defaults(func=run_report)

    admin = subparsers.add_parser(
        "admin", help="admin PIN and safe mode", description="Manage the kiosk's admin access and safe mode."
    )
    admin.add_argument(
        "--state-dir",
        type=Path,
        metavar="DIR",
        help="the kiosk's state folder (default: $KIOSK_STATE_DIR or the platform's)",
    )
    actions = admin.add_subparsers(dest="admin_command", metavar="COMMAND", required=True)
    set_pin_parser = actions.add_parser(
        "set-pin",
        help="set the admin PIN (4 to 8 digits)",
        description="Set the PIN that opens the admin screen on the kiosk. Also clears a lockout.",
    )
    set_pin_parser.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from the first line of stdin (for scripts)"
    )
    set_pin_parser.set_defaults(func=run_set_pin)
    check_pin = actions.add_parser(
        "check-pin",
        help="exit 0 if the PIN on stdin is the admin PIN, 1 if not (for set-up tools such as Ansible)",
        description="Compare the PIN on the first line of stdin with the stored hash. Never counts "
        "as a failed attempt on the keypad (it needs read access to the hash anyway).",
    )
    check_pin.set_defaults(func=run_check_pin)
    status = actions.add_parser("status", help="show PIN, lockout and safe-mode state")
    status.set_defaults(func=run_status)
    leave = actions.add_parser("leave-safe-mode", help="forget recent crashes so the next start is normal")
    leave.set_defaults(func=run_leave_safe_mode)


def _layout(args: argparse.Namespace) -> StateLayout:
    state_dir: Path | None = getattr(args, "state_dir", None)
    return StateLayout(state_dir) if state_dir is not None else StateLayout.default()


def run_report(args: argparse.Namespace) -> int:
    db = args.db if args.db is not None else StateLayout.default().analytics_db
    try:
        html = build_report(db, args.out, args.since, datetime.now(), ranked=ranked_in_report())
    except FileNotFoundError as exc:
        print(f"kiosk report: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (sqlite3.DatabaseError, SchemaTooNewError) as exc:
        print(f"kiosk report: {db}: {describe(exc)}, so no report was made.", file=sys.stderr)
        if damaged(exc):
            print(
                "  The kiosk itself moves a damaged database aside at its next start and begins a new one. "
                f"What it held may be rescued with: sqlite3 {db} .recover | sqlite3 rescued.sqlite3",
                file=sys.stderr,
            )
        return EXIT_FAILED
    except OSError as exc:
        where = exc.filename or args.out
        print(
            f"kiosk report: could not write the report to {where} ({exc.strerror or exc}).", file=sys.stderr
        )
        return EXIT_FAILED
    print(f"Report written to {html}")
    return EXIT_OK


def _read_pin(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New admin PIN (4-8 digits): ")
    second = getpass.getpass("Repeat the PIN: ")
    if first != second:
        print("kiosk admin set-pin: the two PINs differ; nothing changed", file=sys.stderr)
        return None
    return first


def run_set_pin(args: argparse.Namespace) -> int:
    layout = _layout(args)
    pin = _read_pin(args.pin_stdin)
    if pin is None:
        return EXIT_FAILED
    layout.create()
    try:
        set_pin(layout.admin_pin, pin)
    except PinError as exc:
        print(f"kiosk admin set-pin: {exc}; nothing changed", file=sys.stderr)
        return EXIT_USAGE
    reset_lockout(layout.pin_lockout)
    _give_to_directory_owner(layout.admin_pin)
    print(f"Admin PIN set ({layout.admin_pin}).")
    return EXIT_OK


def run_check_pin(args: argparse.Namespace) -> int:
    layout = _layout(args)
    pin = sys.stdin.readline().rstrip("\r\n")
    with tempfile.TemporaryDirectory() as scratch:
        # A throwaway lockout file: a set-up tool checking the PIN must not lock the keypad.
        verdict = PinGate(layout.admin_pin, Path(scratch) / "lockout.json").check(pin)
    return EXIT_OK if verdict.ok else EXIT_FAILED


def _give_to_directory_owner(path: Path) -> None:
    # Run as root (sudo) the new file would be root's and 0600: the kiosk user could
    # not read it and the admin path would silently stay closed.
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    owner = path.parent.stat()
    if owner.st_uid != 0:
        os.chown(path, owner.st_uid, owner.st_gid)


def run_status(args: argparse.Namespace) -> int:
    layout = _layout(args)
    gate = PinGate(layout.admin_pin, layout.pin_lockout)
    guard = CrashLoopGuard(layout.crash_loop)
    print(f"State directory: {layout.root}")
    print(f"Admin PIN:       {'set' if gate.has_pin() else 'not set (admin screen closed)'}")
    locked = gate.seconds_locked()
    print(f"PIN lockout:     {f'locked for {locked} s' if locked else 'none'}")
    print(f"Safe mode:       {'yes (crash loop)' if guard.in_safe_mode() else 'no'}")
    return EXIT_OK


def run_leave_safe_mode(args: argparse.Namespace) -> int:
    layout = _layout(args)
    layout.create()
    CrashLoopGuard(layout.crash_loop).reset()
    _give_to_directory_owner(layout.crash_loop)
    print(
        "Crash history cleared: the next start of the kiosk is a normal one (restart it to leave safe mode)."
    )
    return EXIT_OK
