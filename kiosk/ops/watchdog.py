"""systemd's ``sd_notify`` protocol in the standard library.

Under ``Type=notify`` the kiosk says ``READY=1`` once the first screen is up, then
``WATCHDOG=1`` every :func:`watchdog_interval` seconds from the UI thread's timer: if
the UI freezes, the pings stop and systemd restarts the kiosk after ``WatchdogSec``.
Outside systemd (no ``$NOTIFY_SOCKET``) every call is a cheap no-op returning False.

``$WATCHDOG_PID`` is deliberately not checked. Under cage the service's main process is
the compositor and the kiosk is its child, so systemd's WATCHDOG_PID names cage; the
unit sets ``NotifyAccess=all`` so that the child's pings count.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


def _address(env: Mapping[str, str]) -> str | None:
    raw = env.get("NOTIFY_SOCKET", "")
    if not raw:
        return None
    if raw.startswith("@"):
        # Linux abstract namespace: the leading '@' stands for a NUL byte.
        return "\0" + raw[1:]
    if raw.startswith("/"):
        return raw
    # e.g. "vsock:..." (systemd in a VM): not something a kiosk needs.
    log.debug("NOTIFY_SOCKET %r is not a unix socket; notifications disabled", raw)
    return None


def notify(message: str, *, env: Mapping[str, str] | None = None) -> bool:
    """Send raw ``KEY=value`` lines to systemd. True if the datagram was sent."""
    address = _address(os.environ if env is None else env)
    if address is None or not hasattr(socket, "AF_UNIX"):
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode("utf-8"), address)
    except OSError as exc:
        log.warning("sd_notify(%s) failed: %s", message.split("=", 1)[0], exc)
        return False
    return True


def ready(status: str | None = None, *, env: Mapping[str, str] | None = None) -> bool:
    """Tell systemd start-up is done (ends ``Type=notify``'s start timeout)."""
    lines = ["READY=1"]
    if status:
        lines.append(f"STATUS={_one_line(status)}")
    return notify("\n".join(lines), env=env)


def ping(*, env: Mapping[str, str] | None = None) -> bool:
    """Watchdog keep-alive: call from the UI thread so a frozen UI stops the pings."""
    return notify("WATCHDOG=1", env=env)


def status(text: str, *, env: Mapping[str, str] | None = None) -> bool:
    """A one-line status shown by ``systemctl status`` (e.g. "open, content v12")."""
    return notify(f"STATUS={_one_line(text)}", env=env)


def stopping(*, env: Mapping[str, str] | None = None) -> bool:
    """Tell systemd a clean shutdown has begun, so the watchdog does not fire during it."""
    return notify("STOPPING=1", env=env)


def _one_line(text: str) -> str:
    # The protocol is newline-separated assignments; a newline would start a new one.
    return " ".join(text.split())


def watchdog_interval(*, env: Mapping[str, str] | None = None) -> float | None:
    """Seconds between pings (half of ``WatchdogSec``), or None without a watchdog."""
    source = os.environ if env is None else env
    try:
        usec = int(source.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    return usec / 2 / 1_000_000
