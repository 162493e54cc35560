"""The maps and the chart make_graphics.py draws, and the furniture they share."""
