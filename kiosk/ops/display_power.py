"""Asking the OS to switch the display off outside opening hours and on again.

Only X11 has a portable, unprivileged way: ``xset dpms force off|on``. Everywhere else
(Wayland compositors such as cage, eglfs without a compositor, Windows, macOS) this is a
documented no-op that returns ``False``; the Qt layer then shows a black screen
instead, and docs/operations.md lists the per-platform tools an installer can run from
a timer (wlr-randr, vcgencmd display_power, nircmd, pmset displaysleepnow).

Failures are logged, never raised: a screen that stays on is better than a kiosk that
crashes at closing time.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence

log = logging.getLogger(__name__)

Runner = Callable[..., subprocess.CompletedProcess[bytes]]
TIMEOUT_S = 5.0


class DisplayPower:
    """Switches the display; construct once, then call :meth:`set` on schedule changes."""

    def __init__(
        self,
        *,
        env: Mapping[str, str] | None = None,
        platform: str = sys.platform,
        which: Callable[[str], str | None] = shutil.which,
        run: Runner = subprocess.run,
    ) -> None:
        self._env = dict(os.environ if env is None else env)
        self._platform = platform
        self._run = run
        self._xset = which("xset") if self._backend_reason() is None else None

    def _backend_reason(self) -> str | None:
        """Why there is no X11 backend here (``None``: X11 it is)."""
        if self._platform == "win32":
            return "Windows"
        if self._platform == "darwin":
            return "macOS"
        qpa = self._env.get("QT_QPA_PLATFORM", "").split(":")[0]
        if qpa in ("eglfs", "linuxfb", "vnc", "offscreen"):
            return f"QT_QPA_PLATFORM={qpa}"
        if qpa == "wayland" or (self._env.get("WAYLAND_DISPLAY") and qpa != "xcb"):
            return "Wayland"
        if not self._env.get("DISPLAY"):
            return "no X11 display ($DISPLAY unset)"
        return None

    @property
    def method(self) -> str:
        """What :meth:`set` will do, for the admin view and the log."""
        reason = self._backend_reason()
        if reason is not None:
            return f"none ({reason}): see docs/operations.md"
        if self._xset is None:
            return "none (xset not installed)"
        return "xset dpms"

    def set(self, on: bool) -> bool:
        """Switch the display on or off. True if the OS was asked and said yes."""
        if self._xset is None:
            log.debug("display power %s skipped: %s", "on" if on else "off", self.method)
            return False
        return self._xset_dpms(self._xset, on)

    def _xset_dpms(self, xset: str, on: bool) -> bool:
        argv: Sequence[str] = [xset, "dpms", "force", "on" if on else "off"]
        try:
            result = self._run(argv, capture_output=True, timeout=TIMEOUT_S, check=False, env=self._env)
        except (OSError, subprocess.SubprocessError) as exc:
            log.error("display power: %s failed: %s", " ".join(argv), exc)
            return False
        if result.returncode != 0:
            stderr = (result.stderr or b"").decode("utf-8", "replace").strip()
            log.error("display power: %s exited %d: %s", " ".join(argv), result.returncode, stderr)
            return False
        log.info("display switched %s (xset)", "on" if on else "off")
        return True
