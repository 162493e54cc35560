"""Running unattended: the pure-Python core the Qt layer and the CLI call.

Nothing in this package imports Qt, so every piece can be tested (and used from the
command line) without a display. Modules:

- ``atomic``: power-cut-safe file writes (settings, PIN, state files)
- ``pin``: the admin PIN and its persistent back-off
- ``schedule``: opening hours and when the screen should wake
- ``display_power``: asking the OS to switch the display off and on
- ``watchdog``: systemd ``sd_notify`` (READY, WATCHDOG, STATUS)
- ``crashloop``: safe mode after repeated unclean starts
- ``logs``: size-capped log files and a tail for the admin view
- ``health``: Prometheus textfile metrics, a JSON twin and a heartbeat file
- ``health_sources``, ``health_board``: the facts in them, and the board that gathers them
- ``status``: the ``kiosk status`` subcommand
- ``paths``: where state lives on each platform
- ``cli``: the ``kiosk report`` and ``kiosk admin`` subcommands
"""
