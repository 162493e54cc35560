"""kiosk/cli.py: `kiosk run` parses without importing the other commands' modules."""

from __future__ import annotations

import argparse
import subprocess
import sys

from kiosk import cli


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_other_commands_is_every_command_but_run_and_proof() -> None:
    assert _commands(cli.build_parser()) - {"run", "proof"} == cli.OTHER_COMMANDS
    assert _commands(cli.build_parser(everything=False)) == {"run", "proof"}


def test_run_options_parse_alike_with_either_parser() -> None:
    argv = ["--content", "/srv/exhibit", "--windowed", "--size", "1280x800", "--lang", "sr"]
    assert cli.build_parser(everything=False).parse_args(argv) == cli.build_parser().parse_args(argv)


def test_the_run_parser_imports_no_other_command() -> None:
    code = (
        "import sys\n"
        "from kiosk import cli\n"
        "cli.build_parser(everything=False).parse_args(['--windowed'])\n"
        "heavy = ('kiosk.commands.', 'kiosk.analytics', 'PIL')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
