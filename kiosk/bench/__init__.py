"""Benchmarks, run by hand (``python -m kiosk.bench.<name>``), never as timed tests."""
