"""macOS kiosk presentation for the frozen app: no Dock, no menu bar, no Cmd-Tab, no Force Quit.

Qt has no API for this, and the kiosk code stays platform-neutral, so the frozen entry point asks
HIToolbox's ``SetSystemUIMode`` (through ctypes: no PyObjC in the bundle) before Qt starts. The
mode belongs to the process and applies whenever the kiosk is the active app. It is skipped for
``--windowed``, ``validate`` and ``proof``, and when ``KIOSK_MACOS_PRESENTATION=0``.

UNTESTED on a real Mac (no macOS machine was available); see docs/install.md.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Sequence

K_UI_MODE_ALL_HIDDEN = 3  # Dock and menu bar hidden and not revealed by the pointer
K_UI_OPTION_DISABLE_APPLE_MENU = 1 << 2
K_UI_OPTION_DISABLE_PROCESS_SWITCH = 1 << 3  # Cmd-Tab, Cmd-Shift-Tab
K_UI_OPTION_DISABLE_FORCE_QUIT = 1 << 4  # Cmd-Option-Esc
K_UI_OPTION_DISABLE_SESSION_TERMINATE = 1 << 5  # the power key's Restart/Shut Down dialog
K_UI_OPTION_DISABLE_HIDE = 1 << 6  # Cmd-H

KIOSK_OPTIONS = (
    K_UI_OPTION_DISABLE_APPLE_MENU
    | K_UI_OPTION_DISABLE_PROCESS_SWITCH
    | K_UI_OPTION_DISABLE_FORCE_QUIT
    | K_UI_OPTION_DISABLE_SESSION_TERMINATE
    | K_UI_OPTION_DISABLE_HIDE
)

NOT_FULLSCREEN_COMMANDS = {"validate", "proof", "report", "admin", "-h", "--help"}


def wanted(argv: Sequence[str], environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    if env.get("KIOSK_MACOS_PRESENTATION", "1") == "0":
        return False
    if "--windowed" in argv:
        return False
    return not (argv and argv[0] in NOT_FULLSCREEN_COMMANDS)


def apply_kiosk_presentation(argv: Sequence[str]) -> bool:
    """Hide the Dock and menu bar and lock app switching; True when the system accepted it."""
    if sys.platform != "darwin" or not wanted(argv):
        return False
    path = ctypes.util.find_library("Carbon")
    if path is None:
        return False
    try:
        carbon = ctypes.cdll.LoadLibrary(path)
        set_mode = carbon.SetSystemUIMode
    except (OSError, AttributeError):
        return False
    set_mode.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
    set_mode.restype = ctypes.c_int32
    status: int = set_mode(K_UI_MODE_ALL_HIDDEN, KIOSK_OPTIONS)
    if status != 0:
        print(f"kiosk: SetSystemUIMode failed ({status}); the Dock may show", file=sys.stderr)
    return status == 0
