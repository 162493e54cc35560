"""The frozen kiosk's entry point (PyInstaller runs this file as ``__main__``).

The same executable is also every helper process the kiosk starts: the photo decode workers
(multiprocessing "spawn", see kiosk/images/sandbox.py) and multiprocessing's resource tracker
re-run this binary with their own arguments. ``freeze_support()`` must therefore come first: it
recognises those arguments, runs the helper and exits, before the kiosk's own command line is
parsed and long before Qt starts. Nothing at module level may start Qt either.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    if sys.platform == "darwin":
        from macos_presentation import apply_kiosk_presentation

        apply_kiosk_presentation(sys.argv[1:])
    from kiosk.cli import main as kiosk_main

    return kiosk_main()


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
