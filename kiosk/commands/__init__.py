"""The ``kiosk`` subcommands: they parse arguments, print, and return exit codes.

The core packages below return data and never print; kiosk/cli.py builds the parser from these.
"""
