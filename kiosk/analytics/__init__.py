"""Anonymous, offline visitor analytics: the SQLite store and the HTML/CSV report.

Pure Python, no Qt. ``store.AnalyticsStore`` is what the UI writes to;
``report.build_report`` is what ``kiosk report`` runs.
"""
