"""The placeholder plates make_placeholders.py draws: the frame, the words and the layout."""
