"""The renderers a benchmark runs under: the one the tests use, and the one kiosks run.

- ``software``: ``QT_QPA_PLATFORM=offscreen`` with Qt Quick's software backend, as in the tests;
- ``opengl``: an X server (Xvfb here) with ``QT_QPA_PLATFORM=xcb`` and Qt Quick's default RHI
  backend on OpenGL, which is what ``kiosk run`` gets on a Linux kiosk (Mesa, here llvmpipe).

Every figure taken under a renderer has its reference (the minimal Qt Quick window) taken under
the same renderer in the same run. No Qt here: these are environments for child processes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from kiosk.bench.process import SIZE, xvfb

SOFTWARE: Final = {"QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
OPENGL: Final = {"QT_QUICK_BACKEND": "rhi", "QSG_RHI_BACKEND": "opengl"}
# Python as it runs once installed: with compiled bytecode. The development environment may set
# PYTHONDONTWRITEBYTECODE, which makes every start compile the kiosk's modules from source (its
# imports 29 % slower here); the benchmark keeps its own bytecode cache instead.
PYCACHE: Final = Path(tempfile.gettempdir()) / "kiosk-bench-pycache"


@dataclass(frozen=True)
class Renderer:
    name: str  # "software" or "opengl"
    label: str  # for the table: "offscreen, software" / "Xvfb xcb, OpenGL (llvmpipe ...)"
    env: dict[str, str] = field(default_factory=dict)


def python_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` with Python writing and reading its bytecode in the benchmark's own cache."""
    out = dict(env)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    out["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return out


def gl_renderer_name(display_env: dict[str, str]) -> str:
    """What OpenGL draws with on that display (``glxinfo -B``), or "" when it cannot be told."""
    binary = shutil.which("glxinfo")
    if binary is None:
        return ""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        done = subprocess.run(
            [binary, "-B"], env=dict(os.environ) | display_env, capture_output=True, text=True, timeout=20
        )
        for line in done.stdout.splitlines():
            if "OpenGL renderer string" in line:
                return line.split(":", 1)[1].strip()
    return ""


@contextlib.contextmanager
def renderers(
    use_xvfb: bool = True, size: tuple[int, int] = SIZE
) -> Iterator[tuple[list[Renderer], list[str]]]:
    """The renderers available here, and a note for each one that is not (an X server for
    ``opengl`` lives until the ``with`` ends)."""
    found = [Renderer("software", "offscreen, software", dict(SOFTWARE))]
    missing: list[str] = []
    if not use_xvfb:
        yield found, ["opengl: not asked for (--no-xvfb)"]
        return
    with xvfb(size) as display:
        if display is None:
            missing.append("opengl: skipped, no Xvfb (apt-get install -y xvfb)")
        else:
            gl = gl_renderer_name(display) or "OpenGL"
            found.append(Renderer("opengl", f"Xvfb xcb, {gl}", display | OPENGL))
        yield found, missing
